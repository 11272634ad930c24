//! Clusters of the corpus against its family labels: pairwise precision
//! and recall, for the average-link rule and for single-link (connected
//! components of matching pairs) as the comparison.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::corpus::{Corpus, Fold};
use crate::cluster::{cluster, ClusterConfig, Clustering};
use crate::verdict::FusedModel;
use crate::{Result, SiteFingerprint};

/// Pairwise agreement of a clustering with the family labels.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PairScores {
    /// Site pairs put together.
    pub predicted_pairs: usize,
    /// Site pairs of one family.
    pub true_pairs: usize,
    /// Pairs put together that are of one family.
    pub correct_pairs: usize,
    /// correct / predicted (1 when nothing is put together).
    pub precision: f64,
    /// correct / true.
    pub recall: f64,
    /// Harmonic mean.
    pub f1: f64,
    /// Clusters of two or more sites.
    pub clusters: usize,
}

/// The clustering figures of one fold.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClusterQuality {
    /// The fold's families.
    pub fold: Fold,
    /// Sites clustered (every site of the fold's families).
    pub sites: usize,
    /// Families among them.
    pub families: usize,
    /// Average-link merging (what `cluster` does).
    pub average_link: PairScores,
    /// Connected components of the pairs `check` calls reincarnations.
    pub single_link: PairScores,
}

/// The fold of each family, from its queries.
fn family_folds(corpus: &Corpus) -> BTreeMap<String, Fold> {
    let mut folds = BTreeMap::new();
    for q in &corpus.split.queries {
        if let Some(site) = corpus.sites.get(&q.site) {
            folds.insert(site.family.clone(), q.fold);
        }
    }
    folds
}

/// Clusters every site of the fold's families (known sites, their versions
/// and mirrors, hard negatives) and scores the pairs against the families.
///
/// # Errors
/// When a fingerprint cannot be compared (another hash spec).
pub fn cluster_quality(
    corpus: &Corpus,
    fps: &BTreeMap<String, SiteFingerprint>,
    model: &FusedModel,
    fold: Fold,
) -> Result<ClusterQuality> {
    let folds = family_folds(corpus);
    let sites: Vec<&str> = corpus
        .sites
        .values()
        .filter(|s| folds.get(&s.family) == Some(&fold) && fps.contains_key(&s.id))
        .map(|s| s.id.as_str())
        .collect();
    let family = |id: &str| corpus.sites[id].family.as_str();
    let fingerprints: Vec<SiteFingerprint> = sites.iter().map(|id| fps[*id].clone()).collect();
    let config = ClusterConfig {
        model: model.clone(),
        ..ClusterConfig::default()
    };
    let average = cluster(&fingerprints, &config)?;
    let single = single_link(&fingerprints, &config)?;
    let truth: usize = {
        let mut per_family: BTreeMap<&str, usize> = BTreeMap::new();
        for id in &sites {
            *per_family.entry(family(id)).or_default() += 1;
        }
        per_family.values().map(|k| k * (k - 1) / 2).sum()
    };
    let families = sites
        .iter()
        .map(|id| family(id))
        .collect::<BTreeSet<_>>()
        .len();
    let score = |groups: Vec<Vec<String>>| {
        let (mut predicted, mut correct) = (0, 0);
        for g in &groups {
            for (i, a) in g.iter().enumerate() {
                for b in &g[i + 1..] {
                    predicted += 1;
                    correct += usize::from(family(a) == family(b));
                }
            }
        }
        let precision = if predicted == 0 {
            1.0
        } else {
            correct as f64 / predicted as f64
        };
        let recall = if truth == 0 {
            1.0
        } else {
            correct as f64 / truth as f64
        };
        PairScores {
            predicted_pairs: predicted,
            true_pairs: truth,
            correct_pairs: correct,
            precision,
            recall,
            f1: if precision + recall > 0.0 {
                2.0 * precision * recall / (precision + recall)
            } else {
                0.0
            },
            clusters: groups.len(),
        }
    };
    Ok(ClusterQuality {
        fold,
        sites: sites.len(),
        families,
        average_link: score(groups(&average)),
        single_link: score(single),
    })
}

fn groups(c: &Clustering) -> Vec<Vec<String>> {
    c.clusters
        .iter()
        .map(|c| c.members.iter().map(|m| m.source.clone()).collect())
        .collect()
}

/// Connected components of the pairs whose link reaches the threshold.
fn single_link(fps: &[SiteFingerprint], config: &ClusterConfig) -> Result<Vec<Vec<String>>> {
    let mut sources: Vec<String> = fps.iter().map(|f| f.source.clone()).collect();
    sources.sort();
    let pairs = crate::cluster::matching_pairs(fps, config)?;
    let index: BTreeMap<&str, usize> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.as_str(), i))
        .collect();
    let mut parent: Vec<usize> = (0..sources.len()).collect();
    fn root(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for (a, b) in &pairs {
        let (ra, rb) = (
            root(&mut parent, index[a.as_str()]),
            root(&mut parent, index[b.as_str()]),
        );
        parent[ra.max(rb)] = ra.min(rb);
    }
    let mut comps: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for (i, s) in sources.iter().enumerate() {
        comps
            .entry(root(&mut parent, i))
            .or_default()
            .push(s.clone());
    }
    Ok(comps.into_values().filter(|g| g.len() > 1).collect())
}
