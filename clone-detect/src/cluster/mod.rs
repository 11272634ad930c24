//! Which sites of a batch are one site under several names?
//!
//! 1. **Links.** Every site is searched against all the others with the
//!    index `check` uses, in parallel on the caller's rayon pool, and each
//!    candidate pair is scored with the same fused model, the site left out
//!    of counts and document frequencies: the score of a direction is what
//!    `check` gives the one site against a store of all the others. A pair's
//!    *link* is the higher of its two directions; a pair neither direction
//!    finds has no link (0).
//! 2. **Average-link merging.** Clusters merge while the average link
//!    between them (all member pairs, unlinked pairs counting 0) is at least
//!    the bar, by default the model's threshold. Single-link clustering
//!    (connected components of matching pairs) chains: a mirror that shares
//!    a framework's template with one site and a favicon with another would
//!    pull two unrelated sites together through one link each. With averages
//!    a site joins a cluster only if its links to the members carry it *on
//!    average*, so one bridging link among many missing ones does not. The
//!    first merge of two single sites needs a link at the bar, so every
//!    cluster is grown from pairs `check` calls reincarnations.
//! 3. **Components in parallel.** A merge needs at least one link at the
//!    bar (an average cannot exceed its largest term), so clusters never
//!    span two connected components of the graph of such links; components
//!    are clustered independently, in parallel.
//!
//! The result is deterministic: sites are put in a canonical order (by
//! source, then by their signals) before anything else, ties break by that
//! order, and clusters and members are listed in it, so neither the thread
//! count nor the input order changes the output.
//!
//! ```
//! use clone_detect::cluster::{cluster, ClusterConfig};
//! use clone_detect::{Fingerprinter, FingerprintConfig, SiteSnapshot};
//!
//! let fingerprinter = Fingerprinter::new(FingerprintConfig::default())?;
//! let site = |source: &str, body: &str| {
//!     let mut fp = fingerprinter.fingerprint(
//!         &SiteSnapshot::single_page("index.html", body.as_bytes().to_vec()));
//!     fp.source = source.to_string();
//!     fp
//! };
//! let shop = "<html><head><title>Acme Market</title></head><body><nav><a>Shop</a></nav>\
//!     <script>gtag('config','G-ABCDE12345')</script><p>Welcome to Acme Market</p></body></html>";
//! let sites = [
//!     site("acme.example", shop),
//!     site("acme-mirror.example", shop),
//!     site("weather.example", "<html><body><table><tr><td>Weather</td></tr></table></body></html>"),
//! ];
//! let clustering = cluster(&sites, &ClusterConfig::default())?;
//! assert_eq!(clustering.clusters.len(), 1);
//! assert_eq!(clustering.clusters[0].members.len(), 2);
//! assert_eq!(clustering.singletons, vec!["weather.example".to_string()]);
//! # Ok::<(), clone_detect::Error>(())
//! ```

pub mod distributed;
pub(crate) mod linkage;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::index::SiteSignals;
use crate::verdict::{Evidence, FusedModel, KnownRef, Matcher};
use crate::{Result, SiteFingerprint};

/// How to cluster. Reads from and writes to configuration files with serde
/// (a missing field takes its default).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ClusterConfig {
    /// The fused model that scores pairs (the one `check` uses).
    pub model: FusedModel,
    /// The least average link at which two clusters merge. Default (`None`):
    /// the model's threshold.
    pub min_average: Option<f64>,
    /// Strongest links per cluster reported with their evidence. Default 1.
    pub evidence_links: usize,
    /// Find candidate pairs by scanning every pair instead of the index
    /// (the exact reference; quadratic). Default false.
    pub exhaustive: bool,
}

impl Default for ClusterConfig {
    fn default() -> Self {
        Self {
            model: FusedModel::shipped(),
            min_average: None,
            evidence_links: 1,
            exhaustive: false,
        }
    }
}

/// One member of a cluster.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Member {
    /// Its source.
    pub source: String,
    /// Its average link to the other members.
    pub link: f64,
    /// Its position in the input (not serialised: it depends on the order
    /// of the input, the output does not).
    #[serde(skip)]
    pub input: usize,
}

/// A link between two members, with what supports it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Link {
    /// The site checked (the direction with the higher score).
    pub source: String,
    /// The site it matched.
    pub matched: String,
    /// The link score.
    pub score: f64,
    /// Each signal's stance, as `check` reports it.
    pub evidence: Vec<Evidence>,
}

/// Sites that are one site.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Cluster {
    /// The member with the highest average link to the others.
    pub representative: String,
    /// The average link over all member pairs.
    pub cohesion: f64,
    /// The members, in canonical order.
    pub members: Vec<Member>,
    /// The strongest links, strongest first, with evidence.
    pub strongest_links: Vec<Link>,
}

/// The clusters of a batch.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Clustering {
    /// Sites clustered.
    pub sites: usize,
    /// The model's threshold (what `check` calls a reincarnation).
    pub threshold: f64,
    /// The average link at which clusters merged.
    pub min_average: f64,
    /// Directed (site, candidate) pairs scored.
    pub pairs_scored: u64,
    /// Site pairs with a link at or above the threshold.
    pub matching_pairs: u64,
    /// Clusters of two or more sites, by their first member.
    pub clusters: Vec<Cluster>,
    /// Sources of the sites in no cluster, in canonical order.
    pub singletons: Vec<String>,
}

/// Clusters fingerprints (see the module documentation).
///
/// # Errors
/// [`crate::Error::SpecMismatch`] or [`crate::Error::SchemaVersion`] for a
/// fingerprint this build cannot compare.
pub fn cluster(fingerprints: &[SiteFingerprint], config: &ClusterConfig) -> Result<Clustering> {
    validate(fingerprints)?;
    Ok(cluster_signals(signals_of(fingerprints), config))
}

/// A link `(a, b, score)` between two sites (canonical or local positions).
type Edge = (u32, u32, f64);

/// Sites in canonical order, their matcher and their links.
struct Links {
    /// Input position of each canonical position.
    order: Vec<usize>,
    /// Sources in canonical order.
    sources: Vec<String>,
    matcher: Matcher,
    /// `(a, b, link)` with `a < b` canonical positions, each pair once.
    edges: Vec<(u32, u32, f64)>,
    /// Directed pairs scored.
    pairs_scored: u64,
}

fn validate(fingerprints: &[SiteFingerprint]) -> Result<()> {
    fingerprints
        .iter()
        .try_for_each(SiteFingerprint::ensure_current)
}

/// The `(source, signals)` item [`cluster_signals`] takes, for callers
/// that read many fingerprints and keep only what clustering needs (a
/// fingerprint is several kilobytes, its signals a few hundred bytes).
///
/// # Errors
/// As [`cluster`].
pub fn item(fp: &SiteFingerprint) -> Result<(String, SiteSignals)> {
    fp.ensure_current()?;
    Ok((fp.source.clone(), SiteSignals::of(fp)))
}

fn signals_of(fingerprints: &[SiteFingerprint]) -> Vec<(String, SiteSignals)> {
    fingerprints
        .par_iter()
        .map(|fp| (fp.source.clone(), SiteSignals::of(fp)))
        .collect()
}

/// The pairs of sources whose link reaches the model's threshold: the
/// pairs `check` calls reincarnations in at least one direction, each once,
/// sorted. (Their connected components are the single-link clusters.)
///
/// # Errors
/// As [`cluster`].
pub fn matching_pairs(
    fingerprints: &[SiteFingerprint],
    config: &ClusterConfig,
) -> Result<Vec<(String, String)>> {
    validate(fingerprints)?;
    let links = links(signals_of(fingerprints), config);
    let threshold = config.model.threshold;
    Ok(links
        .edges
        .iter()
        .filter(|e| e.2 >= threshold)
        .map(|&(a, b, _)| {
            (
                links.sources[a as usize].clone(),
                links.sources[b as usize].clone(),
            )
        })
        .collect())
}

fn links(items: Vec<(String, SiteSignals)>, config: &ClusterConfig) -> Links {
    let n = items.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.par_sort_by(|&a, &b| {
        items[a]
            .0
            .cmp(&items[b].0)
            .then_with(|| items[a].1.cmp(&items[b].1))
            .then(a.cmp(&b))
    });
    let mut slots: Vec<Option<(String, SiteSignals)>> = items.into_iter().map(Some).collect();
    let mut sources = Vec::with_capacity(n);
    let mut known = Vec::with_capacity(n);
    for (pos, &i) in order.iter().enumerate() {
        let (source, signals) = slots[i].take().expect("each input once");
        known.push((
            KnownRef {
                id: pos as u64 + 1,
                label: String::new(),
            },
            signals,
        ));
        sources.push(source);
    }
    drop(slots);
    let matcher = Matcher::from_signals(known, config.model.clone());
    // Both directions of every candidate pair; the higher is the link.
    let mut edges: Vec<(u32, u32, f64)> = (0..n as u32)
        .into_par_iter()
        .flat_map_iter(|i| {
            matcher
                .score_among(i, config.exhaustive)
                .into_iter()
                .map(move |s| (i.min(s.site), i.max(s.site), s.score))
        })
        .collect();
    let pairs_scored = edges.len() as u64;
    edges.par_sort_unstable_by(|x, y| (x.0, x.1).cmp(&(y.0, y.1)).then(y.2.total_cmp(&x.2)));
    edges.dedup_by(|later, kept| (later.0, later.1) == (kept.0, kept.1));
    Links {
        order,
        sources,
        matcher,
        edges,
        pairs_scored,
    }
}

/// Clusters already extracted signals, given as `(source, signals)` in
/// input order (for callers that keep signals, and for benchmarks).
pub fn cluster_signals(items: Vec<(String, SiteSignals)>, config: &ClusterConfig) -> Clustering {
    let n = items.len();
    let Links {
        order,
        sources,
        matcher,
        edges,
        pairs_scored,
    } = links(items, config);
    let threshold = config.model.threshold;
    let min_average = config.min_average.unwrap_or(threshold);
    let matching_pairs = edges.iter().filter(|e| e.2 >= threshold).count() as u64;

    // 2. Components of the links at the bar.
    let mut parent: Vec<u32> = (0..n as u32).collect();
    fn root(parent: &mut [u32], mut x: u32) -> u32 {
        while parent[x as usize] != x {
            parent[x as usize] = parent[parent[x as usize] as usize];
            x = parent[x as usize];
        }
        x
    }
    for &(a, b, w) in &edges {
        if w >= min_average {
            let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
            if ra != rb {
                // The smaller root stays: roots are components' first sites.
                parent[ra.max(rb) as usize] = ra.min(rb);
            }
        }
    }
    let comp: Vec<u32> = (0..n as u32).map(|x| root(&mut parent, x)).collect();
    drop(parent);
    // Local numbering inside each component of two or more sites.
    let mut members_of: Vec<Vec<u32>> = Vec::new();
    let mut slot_of_root = vec![u32::MAX; n];
    let mut local = vec![0u32; n];
    for x in 0..n as u32 {
        let r = comp[x as usize] as usize;
        if slot_of_root[r] == u32::MAX {
            slot_of_root[r] = members_of.len() as u32;
            members_of.push(Vec::new());
        }
        let group = &mut members_of[slot_of_root[r] as usize];
        local[x as usize] = group.len() as u32;
        group.push(x);
    }
    let mut comp_edges: Vec<Vec<(u32, u32, f64)>> = vec![Vec::new(); members_of.len()];
    for &(a, b, w) in &edges {
        if comp[a as usize] == comp[b as usize] {
            comp_edges[slot_of_root[comp[a as usize] as usize] as usize].push((
                local[a as usize],
                local[b as usize],
                w,
            ));
        }
    }
    drop(edges);

    // 3. Average-link inside each component, in parallel.
    let mut clusters: Vec<Cluster> = members_of
        .par_iter()
        .zip(comp_edges.par_iter())
        .filter(|(group, _)| group.len() > 1)
        .flat_map_iter(|(group, local_edges)| {
            let label = linkage::average_link(group.len(), local_edges, min_average);
            describe(group, local_edges, &label, &matcher, config, &sources)
        })
        .collect();
    clusters.sort_by(|a, b| a.members[0].source.cmp(&b.members[0].source));
    let mut in_cluster = vec![false; n];
    for c in &clusters {
        for m in &c.members {
            in_cluster[m.input] = true;
        }
    }
    // Members carry canonical positions until here; now their input ones.
    for c in &mut clusters {
        for m in &mut c.members {
            m.input = order[m.input];
        }
    }
    let singletons = sources
        .into_iter()
        .zip(in_cluster)
        .filter(|(_, clustered)| !clustered)
        .map(|(s, _)| s)
        .collect();
    Clustering {
        sites: n,
        threshold,
        min_average,
        pairs_scored,
        matching_pairs,
        clusters,
        singletons,
    }
}

/// The clusters of one component (members as canonical positions in
/// `Member::input`, mapped to input positions by the caller).
fn describe(
    group: &[u32],
    edges: &[(u32, u32, f64)],
    label: &[u32],
    matcher: &Matcher,
    config: &ClusterConfig,
    sources: &[String],
) -> Vec<Cluster> {
    let mut by_label: std::collections::BTreeMap<u32, Vec<u32>> = Default::default();
    for (i, &l) in label.iter().enumerate() {
        by_label.entry(l).or_default().push(i as u32);
    }
    let mut link_sum = vec![0.0f64; group.len()];
    let mut internal: std::collections::BTreeMap<u32, (f64, Vec<Edge>)> = Default::default();
    for &(a, b, w) in edges {
        if label[a as usize] == label[b as usize] {
            link_sum[a as usize] += w;
            link_sum[b as usize] += w;
            let entry = internal.entry(label[a as usize]).or_default();
            entry.0 += w;
            entry.1.push((a, b, w));
        }
    }
    by_label
        .into_iter()
        .filter(|(_, m)| m.len() > 1)
        .map(|(l, local_members)| {
            let size = local_members.len() as f64;
            let (sum, mut links) = internal.remove(&l).unwrap_or_default();
            let members: Vec<Member> = local_members
                .iter()
                .map(|&i| Member {
                    source: sources[group[i as usize] as usize].clone(),
                    link: link_sum[i as usize] / (size - 1.0),
                    input: group[i as usize] as usize,
                })
                .collect();
            let best = (0..members.len())
                .max_by(|&x, &y| members[x].link.total_cmp(&members[y].link).then(y.cmp(&x)))
                .expect("two or more members");
            links.sort_by(|x, y| y.2.total_cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));
            let strongest_links = links
                .iter()
                .take(config.evidence_links)
                .map(|&(a, b, _)| {
                    explain(
                        group[a as usize],
                        group[b as usize],
                        matcher,
                        sources,
                        config.exhaustive,
                    )
                })
                .collect();
            Cluster {
                representative: members[best].source.clone(),
                cohesion: sum / (size * (size - 1.0) / 2.0),
                members,
                strongest_links,
            }
        })
        .collect()
}

/// The evidence of a link, from the direction that scored it. Candidates
/// are found the way the links were (`scan`: the exhaustive reference), so
/// a direction that did not find the other site has no score, as in
/// [`links`], and no linear scan runs on the way out.
fn explain(a: u32, b: u32, matcher: &Matcher, sources: &[String], scan: bool) -> Link {
    let direction = |q: u32, k: u32| {
        matcher
            .score_among(q, scan)
            .into_iter()
            .find(|s| s.site == k)
    };
    let (forward, backward) = (direction(a, b), direction(b, a));
    let (q, k, scored) = match (forward, backward) {
        (Some(f), Some(r)) if r.score > f.score => (b, a, Some(r)),
        (Some(f), _) => (a, b, Some(f)),
        (None, r) => (b, a, r),
    };
    Link {
        source: sources[q as usize].clone(),
        matched: sources[k as usize].clone(),
        score: scored.as_ref().map_or(0.0, |s| s.score),
        evidence: scored.map_or_else(Vec::new, |s| matcher.evidence(matcher.index().site(q), &s)),
    }
}
