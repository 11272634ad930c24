//! Evaluation on a labelled corpus, and fitting the fused model.
//!
//! Every query of the split is checked against the known sites. A method (the
//! fused verdict, one signal alone, or a baseline that imitates a tool in use)
//! answers each query with its best known site and a score; the query counts
//! as a true positive when the score reaches the method's threshold and the
//! known site is of the query's family, as a false positive when it reaches
//! the threshold with any other site (or when the query's family is not
//! known at all). Figures are reported per fold: the model and every
//! threshold are fitted on the `fit` fold only, so the `eval` fold's figures
//! are held out.

mod clusters;
mod corpus;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use clusters::{cluster_quality, ClusterQuality, PairScores};
pub use corpus::{Corpus, CorpusSite, Fold, Query, Split};

use crate::index::SiteSignals;
use crate::verdict::{fit_logistic, FusedModel, Matcher, FEATURE_NAMES, N_FEATURES};
use crate::{Hash64, Result, SiteFingerprint};

/// The L2 penalties tried for the fitted logistic regression.
pub const RIDGE_GRID: [f64; 5] = [0.01, 0.1, 1.0, 3.0, 10.0];
/// The precision the fused threshold must keep on the fit fold.
pub const MIN_PRECISION: f64 = 0.98;

/// Counts for a slice of the queries.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Tally {
    /// Queries in the slice.
    pub n: usize,
    /// Answered right: matched to their family, or (hard negatives) left
    /// unrelated.
    pub correct: usize,
}

/// The figures of one method.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MethodResult {
    /// Short name.
    pub name: String,
    /// What it is, in a few words.
    pub description: String,
    /// The threshold used.
    pub threshold: f64,
    /// True positives.
    pub tp: usize,
    /// False positives.
    pub fp: usize,
    /// False negatives (positive queries not matched to their family).
    #[serde(rename = "fn")]
    pub fn_: usize,
    /// Precision at the threshold.
    pub precision: f64,
    /// Recall at the threshold.
    pub recall: f64,
    /// F1 at the threshold.
    pub f1: f64,
    /// Area under the precision-recall curve (average precision) over all
    /// thresholds.
    pub pr_auc: f64,
    /// Per query kind.
    pub by_kind: BTreeMap<String, Tally>,
    /// Per mutation type, over mirrors whose family is known.
    pub by_mutation: BTreeMap<String, Tally>,
}

/// The evaluation of every method on one fold.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Evaluation {
    /// The fold the figures are computed on.
    pub fold: Fold,
    /// Known sites.
    pub known: usize,
    /// Queries in the fold.
    pub queries: usize,
    /// Queries whose family is known.
    pub positives: usize,
    /// The fused verdict first, then each signal alone, then the baselines.
    pub methods: Vec<MethodResult>,
    /// Clusters of the fold's sites against their families.
    pub clusters: ClusterQuality,
    /// The model's provenance.
    pub model: String,
}

/// One query's answer by one method.
#[derive(Clone, Debug)]
struct Answer {
    score: f64,
    family: Option<String>,
}

/// A method's answers to every query of a fold, in query order.
struct Method {
    name: String,
    description: String,
    answers: Vec<Answer>,
}

/// Everything computed once per corpus and model.
struct Run<'a> {
    corpus: &'a Corpus,
    queries: Vec<&'a Query>,
    methods: Vec<Method>,
}

fn run<'a>(
    corpus: &'a Corpus,
    fps: &BTreeMap<String, SiteFingerprint>,
    model: &FusedModel,
    fold: Fold,
) -> Result<(Run<'a>, Matcher)> {
    let known: Vec<(u64, &str, &SiteFingerprint)> = corpus
        .split
        .known
        .iter()
        .enumerate()
        .map(|(i, id)| (i as u64 + 1, id.as_str(), &fps[id]))
        .collect();
    let matcher = Matcher::new(known.iter().copied(), model.clone())?;
    let family_of = |pos: u32| corpus.sites[&matcher.known(pos).label].family.clone();
    let queries: Vec<&Query> = corpus
        .split
        .queries
        .iter()
        .filter(|q| q.fold == fold)
        .collect();
    let mut fused = Vec::new();
    let mut single: Vec<Vec<Answer>> = vec![Vec::new(); N_FEATURES];
    let mut shodan = Vec::new();
    let mut dnstwist = Vec::new();
    let mut httpx = Vec::new();
    for q in &queries {
        let fp = &fps[&q.site];
        let signals = SiteSignals::of(fp);
        let best = matcher.score(&signals, false);
        fused.push(best.first().map_or(
            Answer {
                score: 0.0,
                family: None,
            },
            |b| Answer {
                score: b.score,
                family: Some(family_of(b.site)),
            },
        ));
        let all = matcher.score(&signals, true);
        for (j, answers) in single.iter_mut().enumerate() {
            // The best known site by this feature alone; ties by store id
            // (`all` is in a deterministic order).
            let mut top: Option<(f64, u32, u64)> = None;
            for s in &all {
                let v = s.features.values[j];
                let id = matcher.known(s.site).id;
                if top.is_none_or(|(tv, _, tid)| v > tv || (v == tv && id < tid)) {
                    top = Some((v, s.site, id));
                }
            }
            answers.push(top.map_or(
                Answer {
                    score: 0.0,
                    family: None,
                },
                |(v, site, _)| Answer {
                    score: v,
                    family: Some(family_of(site)),
                },
            ));
        }
        shodan.push(best_raw(&known, corpus, |k| {
            match (&fp.favicon, &k.favicon) {
                (Some(a), Some(b)) if a.mmh3 == b.mmh3 => 1.0,
                _ => 0.0,
            }
        }));
        dnstwist.push(best_raw(&known, corpus, |k| {
            match (&fp.screenshot, &k.screenshot) {
                (Some(a), Some(b)) => similarity(a.ahash, b.ahash),
                _ => 0.0,
            }
        }));
        httpx.push(best_raw(&known, corpus, |k| {
            match (fp.pages.first(), k.pages.first()) {
                (Some(a), Some(b)) => similarity(a.text_simhash, b.text_simhash),
                _ => 0.0,
            }
        }));
    }
    let mut methods = vec![Method {
        name: "fused".into(),
        description: "fused verdict (logistic model over all signals)".into(),
        answers: fused,
    }];
    for (j, answers) in single.into_iter().enumerate() {
        methods.push(Method {
            name: FEATURE_NAMES[j].into(),
            description: format!("{} alone", FEATURE_NAMES[j]),
            answers,
        });
    }
    methods.push(Method {
        name: "baseline:shodan_favicon".into(),
        description: "favicon mmh3 equality, as a Shodan pivot".into(),
        answers: shodan,
    });
    methods.push(Method {
        name: "baseline:dnstwist_ahash".into(),
        description: "screenshot 8x8 average hash similarity, as dnstwist".into(),
        answers: dnstwist,
    });
    methods.push(Method {
        name: "baseline:httpx_simhash".into(),
        description: "root page body simhash within 3 bits, as httpx".into(),
        answers: httpx,
    });
    Ok((
        Run {
            corpus,
            queries,
            methods,
        },
        matcher,
    ))
}

/// `1 - d/64` for two 64-bit hashes `d` bits apart.
fn similarity(a: Hash64, b: Hash64) -> f64 {
    1.0 - f64::from(a.hamming(b)) / 64.0
}

/// The best known site by a raw comparison, ties by store id.
fn best_raw(
    known: &[(u64, &str, &SiteFingerprint)],
    corpus: &Corpus,
    score: impl Fn(&SiteFingerprint) -> f64,
) -> Answer {
    let mut best = Answer {
        score: 0.0,
        family: None,
    };
    for (_, label, fp) in known {
        let s = score(fp);
        if best.family.is_none() || s > best.score {
            best = Answer {
                score: s,
                family: Some(corpus.sites[*label].family.clone()),
            };
        }
    }
    best
}

/// Fixed thresholds of the baselines that imitate a tool's own rule.
fn fixed_threshold(name: &str) -> Option<f64> {
    match name {
        "baseline:shodan_favicon" => Some(1.0),
        // httpx: near-duplicate at a Hamming distance of at most 3.
        "baseline:httpx_simhash" => Some(61.0 / 64.0),
        _ => None,
    }
}

impl Run<'_> {
    /// (score, answered right if predicted, query has a known family) per query.
    fn outcomes(&self, m: &Method) -> Vec<(f64, bool, bool)> {
        self.queries
            .iter()
            .zip(&m.answers)
            .map(|(q, a)| {
                let right = q.truth.is_some() && a.family.as_deref() == q.truth.as_deref();
                (a.score, right, q.truth.is_some())
            })
            .collect()
    }

    fn result(&self, m: &Method, threshold: f64) -> MethodResult {
        let outcomes = self.outcomes(m);
        let positives = outcomes.iter().filter(|o| o.2).count();
        let (mut tp, mut fp) = (0, 0);
        let mut by_kind: BTreeMap<String, Tally> = BTreeMap::new();
        let mut by_mutation: BTreeMap<String, Tally> = BTreeMap::new();
        for (q, &(score, right, _)) in self.queries.iter().zip(&outcomes) {
            let predicted = score > 0.0 && score >= threshold;
            tp += usize::from(predicted && right);
            fp += usize::from(predicted && !right);
            let correct = if q.truth.is_some() {
                predicted && right
            } else {
                !predicted
            };
            let tally = by_kind.entry(q.kind.clone()).or_default();
            tally.n += 1;
            tally.correct += usize::from(correct);
            if q.truth.is_some() {
                for mutation in &self.corpus.sites[&q.site].mutations {
                    let t = by_mutation.entry(mutation.clone()).or_default();
                    t.n += 1;
                    t.correct += usize::from(correct);
                }
            }
        }
        let precision = ratio(tp, tp + fp);
        let recall = ratio(tp, positives);
        MethodResult {
            name: m.name.clone(),
            description: m.description.clone(),
            threshold,
            tp,
            fp,
            fn_: positives - tp,
            precision,
            recall,
            f1: f1(precision, recall),
            pr_auc: average_precision(&outcomes, positives),
            by_kind,
            by_mutation,
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Average precision: queries ranked by score (ties in query order), the
/// precision at each correctly answered query, summed over all positives.
fn average_precision(outcomes: &[(f64, bool, bool)], positives: usize) -> f64 {
    let mut order: Vec<usize> = (0..outcomes.len())
        .filter(|&i| outcomes[i].0 > 0.0)
        .collect();
    order.sort_by(|&a, &b| outcomes[b].0.total_cmp(&outcomes[a].0).then(a.cmp(&b)));
    let (mut hits, mut sum) = (0usize, 0.0);
    for (k, &i) in order.iter().enumerate() {
        if outcomes[i].1 {
            hits += 1;
            sum += hits as f64 / (k + 1) as f64;
        }
    }
    if positives == 0 {
        0.0
    } else {
        sum / positives as f64
    }
}

/// The threshold with the best F1 among those keeping `min_precision`
/// (or the best F1 when none does), placed halfway to the next lower score so
/// that it does not sit on a training value.
fn best_threshold(outcomes: &[(f64, bool, bool)], min_precision: f64) -> f64 {
    let positives = outcomes.iter().filter(|o| o.2).count();
    let mut scores: Vec<f64> = outcomes.iter().map(|o| o.0).filter(|&s| s > 0.0).collect();
    scores.sort_by(|a, b| b.total_cmp(a));
    scores.dedup();
    let mut best: Option<(bool, f64, usize)> = None; // (meets precision, f1, index)
    for (i, &t) in scores.iter().enumerate() {
        let predicted = outcomes.iter().filter(|o| o.0 >= t);
        let (tp, n) = predicted.fold((0, 0), |(tp, n), o| (tp + usize::from(o.1), n + 1));
        let (p, r) = (ratio(tp, n), ratio(tp, positives));
        let key = (p >= min_precision, f1(p, r), i);
        // Strictly better only: on ties the higher threshold stays.
        if best.is_none_or(|b| (key.0, key.1) > (b.0, b.1)) {
            best = Some(key);
        }
    }
    match best {
        None => 1.0,
        Some((_, _, i)) => {
            let next = scores.get(i + 1).copied().unwrap_or(0.0);
            (scores[i] + next) / 2.0
        }
    }
}

/// Evaluates every method on one fold of the corpus with `model`.
///
/// # Errors
/// When a fingerprint cannot be compared (another hash spec).
pub fn evaluate(
    corpus: &Corpus,
    fps: &BTreeMap<String, SiteFingerprint>,
    model: &FusedModel,
    fold: Fold,
) -> Result<Evaluation> {
    let (run, _) = run(corpus, fps, model, fold)?;
    let methods = run
        .methods
        .iter()
        .map(|m| {
            let threshold = if m.name == "fused" {
                model.threshold
            } else {
                fixed_threshold(&m.name)
                    .or_else(|| model.signal_threshold(&m.name))
                    .unwrap_or(1.0)
            };
            run.result(m, threshold)
        })
        .collect();
    Ok(Evaluation {
        fold,
        known: corpus.split.known.len(),
        queries: run.queries.len(),
        positives: run.queries.iter().filter(|q| q.truth.is_some()).count(),
        methods,
        clusters: cluster_quality(corpus, fps, model, fold)?,
        model: model.provenance.clone(),
    })
}

/// One penalty's leave-one-family-out result.
struct CrossValidated {
    /// Out-of-family log-loss over all pairs.
    loss: f64,
    /// The penalty.
    lambda: f64,
    /// Out-of-family (score, right, positive) per query.
    outcomes: Vec<(f64, bool, bool)>,
}

/// Fits the fused model and every threshold on the `fit` fold.
///
/// The training pairs are each fit-fold query against every known site
/// (label: same family). The L2 penalty is chosen from [`RIDGE_GRID`] by
/// leave-one-family-out cross-validation on the fit fold (the lowest
/// out-of-family log-loss; ties to the stronger penalty), and the model is
/// then fitted on all fit-fold pairs. The fused threshold is the best F1 that
/// keeps [`MIN_PRECISION`] on the *out-of-family* scores of the fit-fold
/// queries as the verdict sees them (best candidate from the index), so that
/// it is not set on scores the model was fitted to. Signal and baseline
/// thresholds are the best F1 of each alone on the fit fold.
///
/// # Errors
/// When a fingerprint cannot be compared (another hash spec).
pub fn fit(
    corpus: &Corpus,
    fps: &BTreeMap<String, SiteFingerprint>,
    base: &FusedModel,
) -> Result<FusedModel> {
    // Only the index over the known sites is needed here, not every method's answers.
    let matcher = Matcher::new(
        corpus
            .split
            .known
            .iter()
            .enumerate()
            .map(|(i, id)| (i as u64 + 1, id.as_str(), &fps[id])),
        base.clone(),
    )?;
    let queries: Vec<&Query> = corpus
        .split
        .queries
        .iter()
        .filter(|q| q.fold == Fold::Fit)
        .collect();
    let family_of = |pos: u32| corpus.sites[&matcher.known(pos).label].family.clone();
    // Per query: its family, training pairs, and the index's candidates.
    let mut data = Vec::new();
    for q in &queries {
        let signals = SiteSignals::of(&fps[&q.site]);
        let pairs: Vec<([f64; N_FEATURES], bool)> = matcher
            .score(&signals, true)
            .into_iter()
            .map(|s| {
                let same = q.truth.as_deref() == Some(family_of(s.site).as_str());
                (s.features.values, same)
            })
            .collect();
        let candidates: Vec<([f64; N_FEATURES], String)> = matcher
            .score(&signals, false)
            .into_iter()
            .map(|s| (s.features.values, family_of(s.site)))
            .collect();
        data.push((corpus.sites[&q.site].family.clone(), *q, pairs, candidates));
    }
    let mut families: Vec<&String> = data.iter().map(|d| &d.0).collect();
    families.sort();
    families.dedup();
    let score = |w: &[f64], b: f64, x: &[f64; N_FEATURES]| {
        let z = b + w.iter().zip(x).map(|(w, x)| w * x).sum::<f64>();
        1.0 / (1.0 + (-z).exp())
    };
    // Leave one family out: out-of-family log-loss and query outcomes.
    let mut best: Option<CrossValidated> = None;
    for &lambda in RIDGE_GRID.iter().rev() {
        let (mut loss, mut outcomes) = (0.0, Vec::new());
        for held in &families {
            let (xs, ys): (Vec<_>, Vec<_>) = data
                .iter()
                .filter(|d| &d.0 != *held)
                .flat_map(|d| d.2.iter().copied())
                .unzip();
            let (w, b) = fit_logistic(&xs, &ys, lambda);
            for (_, q, pairs, candidates) in data.iter().filter(|d| &d.0 == *held) {
                for (x, y) in pairs {
                    let p = score(&w, b, x).clamp(1e-12, 1.0 - 1e-12);
                    loss -= if *y { p.ln() } else { (1.0 - p).ln() };
                }
                let top = candidates
                    .iter()
                    .map(|(x, fam)| (score(&w, b, x), fam))
                    .fold(None, |acc: Option<(f64, &String)>, c| match acc {
                        Some(a) if a.0 >= c.0 => Some(a),
                        _ => Some(c),
                    });
                let (s, right) = top.map_or((0.0, false), |(s, fam)| {
                    (s, q.truth.as_deref() == Some(fam.as_str()))
                });
                outcomes.push((s, right, q.truth.is_some()));
            }
        }
        if best.as_ref().is_none_or(|b| loss < b.loss - 1e-9) {
            best = Some(CrossValidated {
                loss,
                lambda,
                outcomes,
            });
        }
    }
    let CrossValidated {
        lambda,
        outcomes: oof,
        ..
    } = best.expect("the grid is not empty");
    let (xs, ys): (Vec<_>, Vec<_>) = data.iter().flat_map(|d| d.2.iter().copied()).unzip();
    let (weights, bias) = fit_logistic(&xs, &ys, lambda);
    let mut model = FusedModel {
        weights,
        bias,
        threshold: best_threshold(&oof, MIN_PRECISION),
        signal_thresholds: Vec::new(),
        provenance: String::new(),
        ..base.clone()
    };
    let (run, _) = run(corpus, fps, &model, Fold::Fit)?;
    for m in &run.methods {
        if m.name != "fused" && fixed_threshold(&m.name).is_none() {
            let t = best_threshold(&run.outcomes(m), 0.0);
            model.signal_thresholds.push((m.name.clone(), round6(t)));
        }
    }
    model.weights = model.weights.iter().map(|&w| round6(w)).collect();
    model.bias = round6(model.bias);
    model.threshold = round6(model.threshold);
    model.provenance = format!(
        "logistic regression (weights >= 0, L2 {lambda} chosen from {RIDGE_GRID:?} by \
         leave-one-family-out log-loss) on {} pairs from {} fit-fold queries of {} families \
         against {} known sites of {}; fused threshold: best F1 with precision >= \
         {MIN_PRECISION} on out-of-family scores",
        xs.len(),
        queries.len(),
        families.len(),
        corpus.split.known.len(),
        corpus.dir.file_name().map_or_else(
            || corpus.dir.display().to_string(),
            |n| n.to_string_lossy().into_owned()
        )
    );
    model.check()?;
    Ok(model)
}

/// Rounds to six decimals, so that the shipped file reads well and refits on
/// other machines give the same bytes.
fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn threshold_keeps_precision() {
        // score, right, positive
        let o = [
            (0.9, true, true),
            (0.8, true, true),
            (0.7, false, false),
            (0.6, true, true),
            (0.5, false, true),
        ];
        let t = best_threshold(&o, 0.98);
        assert!(t > 0.7 && t < 0.8, "{t}");
        let t = best_threshold(&o, 0.0);
        assert!(t > 0.5 && t < 0.6 || t > 0.7 && t < 0.8, "{t}");
    }

    #[test]
    fn average_precision_of_a_perfect_ranking_is_one() {
        let o = [(0.9, true, true), (0.5, true, true), (0.1, false, false)];
        assert!((average_precision(&o, 2) - 1.0).abs() < 1e-12);
        let o = [(0.9, false, false), (0.5, true, true)];
        assert!((average_precision(&o, 1) - 0.5).abs() < 1e-12);
    }
}
