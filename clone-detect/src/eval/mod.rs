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

mod bootstrap;
mod clusters;
mod corpus;
mod distractors;

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

pub use bootstrap::{Interval, DEFAULT_RESAMPLES};
pub use clusters::{cluster_quality, ClusterQuality, PairScores};
pub use corpus::{Corpus, CorpusSite, Fold, Query, Split};

use bootstrap::{family_bootstrap, Counts, Intervals};
use distractors::{Generator, RawValues};

use crate::index::SiteSignals;
use crate::verdict::{
    fit_logistic, Feature, FusedModel, KnownRef, Matcher, Scored, FEATURE_NAMES, N_FEATURES,
};
use crate::{Result, SiteFingerprint};

/// The L2 penalties tried for the fitted logistic regression.
pub const RIDGE_GRID: [f64; 5] = [0.01, 0.1, 1.0, 3.0, 10.0];
/// The precision the fused threshold must keep on the fit fold.
pub const MIN_PRECISION: f64 = 0.98;
/// Default seed of the distractors and of the bootstrap.
pub const DEFAULT_SEED: u64 = 17;

/// How [`evaluate_with`] runs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EvalConfig {
    /// Synthetic known sites added to the corpus's known sites, unrelated
    /// to every family but shaped like the corpus's sites (see
    /// [`evaluate_with`]): the figures of a large store. Default 0.
    pub distractors: usize,
    /// Seed of the distractors and of the bootstrap. Default
    /// [`DEFAULT_SEED`].
    pub seed: u64,
    /// Family resamples of the bootstrap confidence intervals. Default
    /// [`DEFAULT_RESAMPLES`] (1000).
    pub resamples: usize,
}

impl Default for EvalConfig {
    fn default() -> Self {
        Self {
            distractors: 0,
            seed: DEFAULT_SEED,
            resamples: DEFAULT_RESAMPLES,
        }
    }
}

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
    /// 95% bootstrap interval of the precision, families resampled (`None`
    /// when no resample predicts a match).
    pub precision_ci: Option<Interval>,
    /// 95% bootstrap interval of the recall, families resampled.
    pub recall_ci: Option<Interval>,
    /// 95% bootstrap interval of the F1, families resampled.
    pub f1_ci: Option<Interval>,
    /// Area under the precision-recall curve (average precision) over all
    /// thresholds.
    pub pr_auc: f64,
    /// Per query kind.
    pub by_kind: BTreeMap<String, Tally>,
    /// Per mutation type, over mirrors whose family is known.
    pub by_mutation: BTreeMap<String, Tally>,
}

/// How a query was answered, as precision and recall count it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// Matched to a known site of its family.
    #[serde(rename = "TP")]
    TruePositive,
    /// Matched to a known site of another family, or to a distractor, or
    /// matched at all when its family is unknown. A query whose family is
    /// known and that is matched elsewhere also counts as missed in recall.
    #[serde(rename = "FP")]
    FalsePositive,
    /// Its family is known and it is matched to nothing.
    #[serde(rename = "FN")]
    FalseNegative,
    /// Its family is unknown and it is matched to nothing.
    #[serde(rename = "TN")]
    TrueNegative,
}

/// The fused verdict on one query.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Prediction {
    /// The query's site id.
    pub query: String,
    /// Its family.
    pub family: String,
    /// `version`, `mirror-of-known`, `mirror-of-version` or `hard-negative`.
    pub kind: String,
    /// The known sites of its family (empty for a hard negative).
    pub expected: Vec<String>,
    /// The best candidate: a known site's id, or `distractor-N`; `None`
    /// when the index proposes none.
    pub best: Option<String>,
    /// The best candidate's family (`None` for a distractor).
    pub best_family: Option<String>,
    /// The best candidate's fused score (0 without a candidate).
    pub score: f64,
    /// The fused threshold.
    pub threshold: f64,
    /// Whether the score reaches the threshold (a match is predicted).
    pub predicted: bool,
    /// TP, FP, FN or TN.
    pub outcome: Outcome,
    /// The best fused score of a known site of its family among the
    /// index's candidates (`None`: the index proposed none, or the family
    /// is not known).
    pub family_candidate_score: Option<f64>,
    /// The best fused score of a known site of its family when every known
    /// site is scored, candidate or not: where it reaches the threshold and
    /// `family_candidate_score` does not, candidate search missed it.
    pub family_score: Option<f64>,
    /// The features of the query and its best candidate, by name (empty
    /// without a candidate): why the score is what it is.
    #[serde(default)]
    pub features: BTreeMap<String, f64>,
}

/// The evaluation of every method on one fold.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Evaluation {
    /// The fold the figures are computed on.
    pub fold: Fold,
    /// Known sites of the corpus.
    pub known: usize,
    /// Distractors added to them.
    pub distractors: usize,
    /// Seed of the distractors and of the bootstrap.
    pub seed: u64,
    /// The radius each near table searched, in bits, over the known sites
    /// and distractors: template, root template, text, root text,
    /// screenshot, favicon.
    pub radii: [u32; 6],
    /// Queries in the fold.
    pub queries: usize,
    /// Queries whose family is known.
    pub positives: usize,
    /// Families of the fold's queries: the units the bootstrap resamples.
    pub families: usize,
    /// Bootstrap resamples behind the intervals.
    pub resamples: usize,
    /// The fused verdict first, then each signal alone, then the baselines.
    pub methods: Vec<MethodResult>,
    /// The fused verdict on each query, in split order.
    pub predictions: Vec<Prediction>,
    /// Clusters of the fold's sites against their families.
    pub clusters: ClusterQuality,
    /// The model's provenance.
    pub model: String,
}

/// One query's answer by one method: the known site (its position) and the
/// score.
#[derive(Clone, Copy, Debug, Default)]
struct Answer {
    score: f64,
    site: Option<u32>,
}

/// A method's answers to every query of a fold, in query order.
struct Method {
    name: String,
    description: String,
    answers: Vec<Answer>,
}

/// The known sites the queries are checked against: the corpus's, then the
/// distractors.
struct Store<'a> {
    matcher: Matcher,
    /// The family of each position (`None` for a distractor).
    families: Vec<Option<&'a str>>,
    /// What the baselines compare, per position.
    raw: Vec<RawValues>,
}

impl<'a> Store<'a> {
    fn new(
        corpus: &'a Corpus,
        fps: &BTreeMap<String, SiteFingerprint>,
        model: &FusedModel,
        distractors: usize,
        seed: u64,
    ) -> Result<Self> {
        let mut known = Vec::new();
        let mut families = Vec::new();
        let mut raw = Vec::new();
        for (i, id) in corpus.split.known.iter().enumerate() {
            let fp = &fps[id];
            fp.ensure_current()?;
            known.push((
                KnownRef {
                    id: i as u64 + 1,
                    label: id.clone(),
                },
                SiteSignals::of(fp),
            ));
            families.push(Some(corpus.sites[id].family.as_str()));
            raw.push(RawValues::of(fp));
        }
        if distractors > 0 {
            let first = known.len() as u64 + 1;
            for (j, d) in Generator::new(corpus, fps)
                .generate(distractors, seed)
                .into_iter()
                .enumerate()
            {
                known.push((
                    KnownRef {
                        id: first + j as u64,
                        label: format!("distractor-{j}"),
                    },
                    d.signals,
                ));
                families.push(None);
                raw.push(d.raw);
            }
        }
        Ok(Self {
            matcher: Matcher::from_signals(known, model.clone()),
            families,
            raw,
        })
    }

    fn family(&self, answer: &Answer) -> Option<&'a str> {
        answer.site.and_then(|s| self.families[s as usize])
    }

    /// The best known site by a raw comparison, ties to the first.
    fn best_raw(&self, score: impl Fn(&RawValues) -> f64) -> Answer {
        let mut best = Answer::default();
        for (pos, r) in self.raw.iter().enumerate() {
            let s = score(r);
            if best.site.is_none() || s > best.score {
                best = Answer {
                    score: s,
                    site: Some(pos as u32),
                };
            }
        }
        best
    }
}

/// Everything computed once per corpus, model and store.
struct Run<'a> {
    corpus: &'a Corpus,
    store: Store<'a>,
    queries: Vec<&'a Query>,
    methods: Vec<Method>,
    /// Per query: the best scores of its family (see [`QueryAnswers`]).
    family_scores: Vec<(Option<f64>, Option<f64>)>,
    /// Per query: the features behind the fused answer.
    fused_features: Vec<Option<[f64; N_FEATURES]>>,
}

/// Every method's answer to one query.
struct QueryAnswers {
    fused: Answer,
    /// The features behind `fused` (`None` without a candidate).
    fused_features: Option<[f64; N_FEATURES]>,
    /// The best score of a known site of the query's family: among the
    /// candidates, and among all known sites.
    family_candidate: Option<f64>,
    family_any: Option<f64>,
    single: [Answer; N_FEATURES],
    shodan: Answer,
    dnstwist: Answer,
    httpx: Answer,
}

fn answer_query(store: &Store<'_>, fp: &SiteFingerprint, truth: Option<&str>) -> QueryAnswers {
    let matcher = &store.matcher;
    let signals = SiteSignals::of(fp);
    let of_family = |scored: &[Scored]| {
        truth.and_then(|t| {
            scored
                .iter()
                .find(|s| store.families[s.site as usize] == Some(t))
                .map(|s| s.score)
        })
    };
    let candidates = matcher.score(&signals, false);
    let fused = candidates.first().map_or(Answer::default(), |b| Answer {
        score: b.score,
        site: Some(b.site),
    });
    let fused_features = candidates.first().map(|b| b.features.values);
    let family_candidate = of_family(&candidates);
    let all = matcher.score(&signals, true);
    let family_any = of_family(&all);
    let mut single = [Answer::default(); N_FEATURES];
    for (j, answer) in single.iter_mut().enumerate() {
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
        if let Some((v, site, _)) = top {
            *answer = Answer {
                score: v,
                site: Some(site),
            };
        }
    }
    drop(all);
    let q = RawValues::of(fp);
    QueryAnswers {
        fused,
        fused_features,
        family_candidate,
        family_any,
        single,
        shodan: store.best_raw(|k| match (q.favicon_mmh3, k.favicon_mmh3) {
            (Some(a), Some(b)) if a == b => 1.0,
            _ => 0.0,
        }),
        dnstwist: store.best_raw(|k| match (q.ahash, k.ahash) {
            (Some(a), Some(b)) => similarity(a, b),
            _ => 0.0,
        }),
        httpx: store.best_raw(|k| match (q.root_text, k.root_text) {
            (Some(a), Some(b)) => similarity(a, b),
            _ => 0.0,
        }),
    }
}

fn run<'a>(
    corpus: &'a Corpus,
    fps: &BTreeMap<String, SiteFingerprint>,
    model: &FusedModel,
    fold: Fold,
    distractors: usize,
    seed: u64,
) -> Result<Run<'a>> {
    let store = Store::new(corpus, fps, model, distractors, seed)?;
    let queries: Vec<&Query> = corpus
        .split
        .queries
        .iter()
        .filter(|q| q.fold == fold)
        .collect();
    // Queries are independent: answered in parallel on the caller's pool,
    // collected in query order.
    let answers: Vec<QueryAnswers> = queries
        .par_iter()
        .map(|q| answer_query(&store, &fps[&q.site], q.truth.as_deref()))
        .collect();
    let column = |f: &dyn Fn(&QueryAnswers) -> Answer| answers.iter().map(f).collect();
    let mut methods = vec![Method {
        name: "fused".into(),
        description: "fused verdict (logistic model over all signals)".into(),
        answers: column(&|a| a.fused),
    }];
    // Evidence against cannot find a match alone: not a method.
    for (j, name) in FEATURE_NAMES.iter().enumerate() {
        if Feature::ALL[j].is_against() {
            continue;
        }
        methods.push(Method {
            name: (*name).into(),
            description: format!("{name} alone"),
            answers: column(&|a| a.single[j]),
        });
    }
    methods.push(Method {
        name: "baseline:shodan_favicon".into(),
        description: "favicon mmh3 equality, as a Shodan pivot".into(),
        answers: column(&|a| a.shodan),
    });
    methods.push(Method {
        name: "baseline:dnstwist_ahash".into(),
        description: "screenshot 8x8 average hash similarity, as dnstwist".into(),
        answers: column(&|a| a.dnstwist),
    });
    methods.push(Method {
        name: "baseline:httpx_simhash".into(),
        description: "root page body simhash within 3 bits, as httpx".into(),
        answers: column(&|a| a.httpx),
    });
    let family_scores = answers
        .iter()
        .map(|a| (a.family_candidate, a.family_any))
        .collect();
    let fused_features = answers.iter().map(|a| a.fused_features).collect();
    Ok(Run {
        corpus,
        store,
        queries,
        methods,
        family_scores,
        fused_features,
    })
}

/// `1 - d/64` for two 64-bit hashes `d` bits apart.
fn similarity(a: u64, b: u64) -> f64 {
    1.0 - f64::from((a ^ b).count_ones()) / 64.0
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

/// Whether a score is a predicted match at `threshold`.
fn predicted(score: f64, threshold: f64) -> bool {
    score > 0.0 && score >= threshold
}

impl Run<'_> {
    /// (score, answered right if predicted, query has a known family) per query.
    fn outcomes(&self, m: &Method) -> Vec<(f64, bool, bool)> {
        self.queries
            .iter()
            .zip(&m.answers)
            .map(|(q, a)| {
                let right = q.truth.is_some() && self.store.family(a) == q.truth.as_deref();
                (a.score, right, q.truth.is_some())
            })
            .collect()
    }

    /// The family of each query (the bootstrap's unit).
    fn query_family(&self, q: &Query) -> &str {
        &self.corpus.sites[&q.site].family
    }

    /// Per family of the fold (in name order), the counts of `m` at
    /// `threshold`.
    fn family_counts(&self, m: &Method, threshold: f64) -> Vec<Counts> {
        let mut per: BTreeMap<&str, Counts> = BTreeMap::new();
        for (q, (score, right, positive)) in self.queries.iter().zip(self.outcomes(m)) {
            let c = per.entry(self.query_family(q)).or_default();
            let p = predicted(score, threshold);
            c.tp += usize::from(p && right);
            c.fp += usize::from(p && !right);
            c.positives += usize::from(positive);
        }
        per.into_values().collect()
    }

    fn result(&self, m: &Method, threshold: f64, ci: Intervals) -> MethodResult {
        let outcomes = self.outcomes(m);
        let positives = outcomes.iter().filter(|o| o.2).count();
        let (mut tp, mut fp) = (0, 0);
        let mut by_kind: BTreeMap<String, Tally> = BTreeMap::new();
        let mut by_mutation: BTreeMap<String, Tally> = BTreeMap::new();
        for (q, &(score, right, _)) in self.queries.iter().zip(&outcomes) {
            let predicted = predicted(score, threshold);
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
            precision_ci: ci.precision,
            recall_ci: ci.recall,
            f1_ci: ci.f1,
            pr_auc: average_precision(&outcomes, positives),
            by_kind,
            by_mutation,
        }
    }

    /// The fused method's verdict on each query.
    fn predictions(&self, fused: &Method, threshold: f64) -> Vec<Prediction> {
        let matcher = &self.store.matcher;
        self.queries
            .iter()
            .zip(&fused.answers)
            .zip(&self.family_scores)
            .zip(&self.fused_features)
            .map(
                |(((q, a), &(family_candidate_score, family_score)), values)| {
                    let best_family = self.store.family(a);
                    let is_predicted = predicted(a.score, threshold);
                    let right = q.truth.is_some() && best_family == q.truth.as_deref();
                    let outcome = match (is_predicted, right, q.truth.is_some()) {
                        (true, true, _) => Outcome::TruePositive,
                        (true, false, _) => Outcome::FalsePositive,
                        (false, _, true) => Outcome::FalseNegative,
                        (false, _, false) => Outcome::TrueNegative,
                    };
                    let expected = match &q.truth {
                        Some(family) => self
                            .corpus
                            .split
                            .known
                            .iter()
                            .filter(|k| &self.corpus.sites[*k].family == family)
                            .cloned()
                            .collect(),
                        None => Vec::new(),
                    };
                    Prediction {
                        query: q.site.clone(),
                        family: self.query_family(q).to_string(),
                        kind: q.kind.clone(),
                        expected,
                        best: a.site.map(|s| matcher.known(s).label.clone()),
                        best_family: best_family.map(str::to_string),
                        score: a.score,
                        threshold,
                        predicted: is_predicted,
                        outcome,
                        family_candidate_score,
                        family_score,
                        features: values
                            .iter()
                            .flat_map(|v| FEATURE_NAMES.iter().zip(v))
                            .map(|(name, &v)| ((*name).to_string(), v))
                            .collect(),
                    }
                },
            )
            .collect()
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
    best_threshold_above(outcomes, min_precision, 0.0)
}

/// [`best_threshold`] among thresholds above `floor`: a score at or below
/// it is never a threshold, and the threshold is placed halfway between the
/// lowest score kept and the higher of the next score and `floor`.
fn best_threshold_above(outcomes: &[(f64, bool, bool)], min_precision: f64, floor: f64) -> f64 {
    let positives = outcomes.iter().filter(|o| o.2).count();
    let mut scores: Vec<f64> = outcomes
        .iter()
        .map(|o| o.0)
        .filter(|&s| s > 0.0 && s > floor)
        .collect();
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
            let next = scores.get(i + 1).copied().unwrap_or(0.0).max(floor);
            (scores[i] + next) / 2.0
        }
    }
}

/// Evaluates every method on one fold of the corpus with `model`, against
/// the corpus's known sites alone, with the default bootstrap
/// ([`EvalConfig::default`]).
///
/// # Errors
/// When a fingerprint cannot be compared (another hash spec).
pub fn evaluate(
    corpus: &Corpus,
    fps: &BTreeMap<String, SiteFingerprint>,
    model: &FusedModel,
    fold: Fold,
) -> Result<Evaluation> {
    evaluate_with(corpus, fps, model, fold, &EvalConfig::default())
}

/// Evaluates every method on one fold of the corpus with `model`.
///
/// With [`EvalConfig::distractors`], the known sites are padded with that
/// many synthetic sites, unrelated to every family of the corpus and shaped
/// like its sites: each is drawn from a pair of corpus sites of different
/// families and stands to the first as the second does (the same Hamming
/// distance for every hash, the same values shared, fresh values for the
/// rest, the same signals present). A query matched to a distractor is a
/// false positive. The figures then show what a store of that size does to
/// candidate search, document frequencies and template crowds. Confidence
/// intervals: a bootstrap over the fold's families (queries of one family
/// are not independent), see [`Interval`]. Queries are answered in parallel
/// on the current rayon pool; the result does not depend on the thread
/// count.
///
/// # Errors
/// When a fingerprint cannot be compared (another hash spec).
pub fn evaluate_with(
    corpus: &Corpus,
    fps: &BTreeMap<String, SiteFingerprint>,
    model: &FusedModel,
    fold: Fold,
    config: &EvalConfig,
) -> Result<Evaluation> {
    let run = run(corpus, fps, model, fold, config.distractors, config.seed)?;
    let thresholds: Vec<f64> = run
        .methods
        .iter()
        .map(|m| {
            if m.name == "fused" {
                model.threshold
            } else {
                fixed_threshold(&m.name)
                    .or_else(|| model.signal_threshold(&m.name))
                    .unwrap_or(1.0)
            }
        })
        .collect();
    let counts: Vec<Vec<Counts>> = run
        .methods
        .iter()
        .zip(&thresholds)
        .map(|(m, &t)| run.family_counts(m, t))
        .collect();
    let families = counts.first().map_or(0, Vec::len);
    let intervals = family_bootstrap(&counts, config.resamples, config.seed);
    let methods = run
        .methods
        .iter()
        .zip(&thresholds)
        .zip(intervals)
        .map(|((m, &t), ci)| run.result(m, t, ci))
        .collect();
    Ok(Evaluation {
        fold,
        known: corpus.split.known.len(),
        distractors: config.distractors,
        seed: config.seed,
        radii: run.store.matcher.index().radii(),
        queries: run.queries.len(),
        positives: run.queries.iter().filter(|q| q.truth.is_some()).count(),
        families,
        resamples: config.resamples,
        predictions: run.predictions(&run.methods[0], thresholds[0]),
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
    /// The highest out-of-family score of a pair of fit-fold sites of two
    /// different families.
    cross_family: f64,
}

/// Fits the fused model and every threshold on the `fit` fold.
///
/// The training pairs are each fit-fold query against every known site
/// (label: same family), and, as negatives, every pair of fit-fold sites of
/// two different families that candidate search links (theme-mates, and
/// mirrors that a rebranding happened to give one name). The L2 penalty is
/// chosen from [`RIDGE_GRID`] by leave-one-family-out cross-validation on
/// the fit fold (the lowest out-of-family log-loss, the held family's
/// cross-family pairs included; ties to the stronger penalty), and the model is
/// then fitted on all fit-fold pairs. The fused threshold is the best F1 that
/// keeps [`MIN_PRECISION`] on the *out-of-family* scores of the fit-fold
/// queries as the verdict sees them (best candidate from the index), so that
/// it is not set on scores the model was fitted to, and above every
/// out-of-family score of a pair of fit-fold sites of two different families
/// (each site searched among all the fit-fold sites, scored by the model
/// fitted without its family): theme-mates that a query never meets as its
/// best candidate, such as two releases of two projects on one theme, must
/// not match either. Signal and baseline
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
    // Each known site of a fit-fold family is also a query, against the
    // store without it: a theme-mate of the other known sites come along
    // (its own family then has no known site, so every pair is a negative),
    // scored as `check` would score it, the store's counts without it. Two
    // projects on one theme that are both known are the pair a store of one
    // site per family shows best, and the fit-fold queries never pair them.
    let fit_families: BTreeSet<&str> = queries
        .iter()
        .map(|q| corpus.sites[&q.site].family.as_str())
        .collect();
    let left_out: Vec<Query> = corpus
        .split
        .known
        .iter()
        .filter(|id| fit_families.contains(corpus.sites[*id].family.as_str()))
        .map(|id| Query {
            site: id.clone(),
            truth: None,
            kind: "known-left-out".into(),
            fold: Fold::Fit,
        })
        .collect();
    let without = |site: &str| {
        Matcher::new(
            corpus
                .split
                .known
                .iter()
                .enumerate()
                .filter(|(_, id)| id.as_str() != site)
                .map(|(i, id)| (i as u64 + 1, id.as_str(), &fps[id])),
            base.clone(),
        )
    };
    // Per query: its family, training pairs, and the index's candidates.
    let mut data = Vec::new();
    for (q, store) in queries
        .iter()
        .map(|q| (*q, None))
        .chain(left_out.iter().map(|q| (q, Some(q.site.as_str()))))
    {
        let owned;
        let store = match store {
            Some(site) => {
                owned = without(site)?;
                &owned
            }
            None => &matcher,
        };
        let family_of = |pos: u32| corpus.sites[&store.known(pos).label].family.clone();
        let signals = SiteSignals::of(&fps[&q.site]);
        let pairs: Vec<([f64; N_FEATURES], bool)> = store
            .score(&signals, true)
            .into_iter()
            .map(|s| {
                let same = q.truth.as_deref() == Some(family_of(s.site).as_str());
                (s.features.values, same)
            })
            .collect();
        let candidates: Vec<([f64; N_FEATURES], String)> = store
            .score(&signals, false)
            .into_iter()
            .map(|s| (s.features.values, family_of(s.site)))
            .collect();
        data.push((corpus.sites[&q.site].family.clone(), q, pairs, candidates));
    }
    let mut families: Vec<&String> = data.iter().map(|d| &d.0).collect();
    families.sort();
    families.dedup();
    // Every pair of fit-fold sites of two different families that candidate
    // search links (within a near table's radius or sharing a value, without
    // the per-table cap; a pair it does not link is never scored, so never
    // matched), each site searched among all the others: the theme-mates
    // that queries against the known sites never pair (two hard negatives,
    // a release against another family's release). The store here holds
    // every release and mirror of each family, so values a family repeats
    // count as more common than in a store of one site per family.
    let fit_sites: Vec<&String> = corpus
        .split
        .known
        .iter()
        .chain(queries.iter().map(|q| &q.site))
        .filter(|id| families.contains(&&corpus.sites[*id].family))
        .collect();
    let among = Matcher::new(
        fit_sites
            .iter()
            .enumerate()
            .map(|(i, id)| (i as u64 + 1, id.as_str(), &fps[*id])),
        base.clone(),
    )?;
    let site_family = |pos: u32| &corpus.sites[fit_sites[pos as usize]].family;
    // (the searching site's family, the other's, the pair, its features)
    type CrossPair<'a> = (&'a String, &'a String, (u32, u32), [f64; N_FEATURES]);
    let cross_pairs: Vec<CrossPair> = (0..fit_sites.len() as u32)
        .flat_map(|pos| {
            among
                .score_among(pos, true)
                .into_iter()
                .filter(move |s| site_family(s.site) != site_family(pos))
                .map(move |s| {
                    let pair = (pos.min(s.site), pos.max(s.site));
                    (
                        site_family(pos),
                        site_family(s.site),
                        pair,
                        s.features.values,
                    )
                })
        })
        .collect();
    // The training pairs of a fit without `held` (None: all of them): the
    // queries' pairs against the known sites, and every cross-family pair
    // as a negative, so that the weights learn what theme-mates share and
    // not only what a store of one site per family shows.
    let training = |held: Option<&String>| -> (Vec<[f64; N_FEATURES]>, Vec<bool>) {
        data.iter()
            .filter(|d| Some(&d.0) != held)
            .flat_map(|d| d.2.iter().copied())
            .chain(
                cross_pairs
                    .iter()
                    .filter(|p| Some(p.0) != held && Some(p.1) != held)
                    .map(|p| (p.3, false)),
            )
            .unzip()
    };
    let score = |w: &[f64], b: f64, x: &[f64; N_FEATURES]| {
        let z = b + w.iter().zip(x).map(|(w, x)| w * x).sum::<f64>();
        1.0 / (1.0 + (-z).exp())
    };
    // Leave one family out: out-of-family log-loss and query outcomes.
    let mut best: Option<CrossValidated> = None;
    for &lambda in RIDGE_GRID.iter().rev() {
        let (mut loss, mut outcomes, mut cross_family) = (0.0, Vec::new(), 0.0f64);
        for held in &families {
            let (xs, ys) = training(Some(*held));
            let (w, b) = fit_logistic(&xs, &ys, lambda);
            for (_, _, _, x) in cross_pairs.iter().filter(|p| p.0 == *held) {
                let p = score(&w, b, x);
                cross_family = cross_family.max(p);
                loss -= (1.0 - p.clamp(1e-12, 1.0 - 1e-12)).ln();
            }
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
                cross_family,
            });
        }
    }
    let CrossValidated {
        lambda,
        outcomes: oof,
        cross_family,
        ..
    } = best.expect("the grid is not empty");
    let threshold = best_threshold_above(&oof, MIN_PRECISION, cross_family);
    if threshold >= 1.0 {
        return Err(crate::Error::Model(format!(
            "no threshold lies above every cross-family pair's score ({cross_family:.3}) \
             and below a fit-fold query's: the model would match nothing"
        )));
    }
    // Each pair is scored from both sides (by the model without either
    // family); counted once.
    let linked_pairs = {
        let mut pairs: Vec<(u32, u32)> = cross_pairs.iter().map(|p| p.2).collect();
        pairs.sort_unstable();
        pairs.dedup();
        pairs.len()
    };
    let (xs, ys) = training(None);
    let (weights, bias) = fit_logistic(&xs, &ys, lambda);
    let mut model = FusedModel {
        weights,
        bias,
        threshold,
        signal_thresholds: Vec::new(),
        provenance: String::new(),
        ..base.clone()
    };
    let run = run(corpus, fps, &model, Fold::Fit, 0, DEFAULT_SEED)?;
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
        "logistic regression (agreement weights >= 0, evidence against <= 0, L2 {lambda} \
         chosen from {RIDGE_GRID:?} by leave-one-family-out log-loss) on {} pairs: {} fit-fold queries of {} families \
         against {} known sites of {}, its {} known sites each against the others, and as negatives the \
         {} pairs of fit-fold sites of different families that candidate search links, from both sides; \
         fused threshold: best F1 with precision >= \
         {MIN_PRECISION} on out-of-family scores, above every out-of-family score of those pairs \
         (highest {:.3})",
        xs.len(),
        queries.len(),
        families.len(),
        corpus.split.known.len(),
        corpus.dir.file_name().map_or_else(
            || corpus.dir.display().to_string(),
            |n| n.to_string_lossy().into_owned()
        ),
        left_out.len(),
        linked_pairs,
        cross_family,
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
    fn threshold_stays_above_the_floor() {
        // score, right, positive
        let o = [
            (0.9, true, true),
            (0.5, true, true),
            (0.2, true, true),
            (0.1, false, false),
        ];
        assert!((best_threshold(&o, 0.98) - 0.15).abs() < 1e-12);
        // A cross-family pair scored 0.3: the threshold goes above it,
        // halfway between the lowest score kept and the floor.
        assert!((best_threshold_above(&o, 0.98, 0.3) - 0.4).abs() < 1e-12);
        // Nothing above the floor: no threshold (fit refuses it).
        assert_eq!(best_threshold_above(&o, 0.98, 0.95), 1.0);
    }

    #[test]
    fn average_precision_of_a_perfect_ranking_is_one() {
        let o = [(0.9, true, true), (0.5, true, true), (0.1, false, false)];
        assert!((average_precision(&o, 2) - 1.0).abs() < 1e-12);
        let o = [(0.9, false, false), (0.5, true, true)];
        assert!((average_precision(&o, 1) - 0.5).abs() < 1e-12);
    }
}
