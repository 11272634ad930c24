//! The committed corpus, evaluated: the fused verdict must beat every
//! baseline on F1 in each fold, rank about as well as the best signal
//! (PR-AUC within 0.01), keep precision at or above 0.98 on the fitted
//! families and recall 0.90 at precision 0.97 on the held-out ones
//! (issue 17's target is 0.99: not met on the enlarged corpus), and
//! the shipped model must be what `eval --fit` produces from the corpus.
//! Its confidence intervals and per-query predictions agree with the
//! counts, the whole evaluation is the same whatever the thread count, and
//! a store padded with distractors keeps the recall (issue 17).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use clone_detect::acquire::FolderConfig;
use clone_detect::eval::{self, Corpus, EvalConfig, Evaluation, Fold, Outcome};
use clone_detect::verdict::FusedModel;
use clone_detect::{FingerprintConfig, Fingerprinter, SiteFingerprint};
use clone_detect_tests::workspace;

fn corpus() -> &'static (Corpus, BTreeMap<String, SiteFingerprint>) {
    static CORPUS: OnceLock<(Corpus, BTreeMap<String, SiteFingerprint>)> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let corpus = Corpus::open(workspace().join("corpus")).unwrap();
        let fingerprinter = Fingerprinter::new(FingerprintConfig::default()).unwrap();
        let fps = corpus
            .fingerprint(&fingerprinter, &FolderConfig::default())
            .unwrap();
        (corpus, fps)
    })
}

fn check_fold(fold: Fold) {
    let (corpus, fps) = corpus();
    let e = eval::evaluate(corpus, fps, &FusedModel::shipped(), fold).unwrap();
    assert!(
        e.positives >= 20 && e.queries - e.positives >= 15,
        "{fold:?}: too few queries"
    );
    let fused = &e.methods[0];
    assert_eq!(fused.name, "fused");
    // The threshold keeps 0.98 on the fitted families; on the held-out ones
    // issue 17 asks for recall 0.90 at precision 0.99, which the corpus
    // enlarged on 2026-12-02 does not reach in a store of its 32 known
    // sites: two mirrors of the Rust Reference (a family never known) match
    // the Rust book, its sister site (0.974; docs/evaluation.md). The floor
    // here is what is measured, a guard against a regression, not the
    // target; with 3,000 distractors precision is 1.0 (below).
    let floor = if fold == Fold::Fit { 0.98 } else { 0.97 };
    assert!(
        fused.precision >= floor,
        "{fold:?}: fused precision {:.3} < {floor}",
        fused.precision
    );
    if fold == Fold::Eval {
        assert!(
            fused.recall >= 0.90,
            "{fold:?}: fused recall {:.3} < 0.90",
            fused.recall
        );
    }
    // Clusters of every site of the fold's families: they must be as
    // precise as the verdict they are built from, and find most relatives.
    let c = &e.clusters;
    assert!(c.sites >= 60 && c.families >= 10, "{fold:?}: {c:?}");
    assert!(
        c.average_link.precision >= 0.98,
        "{fold:?}: cluster pairwise precision {:.3}",
        c.average_link.precision
    );
    assert!(
        c.average_link.recall >= 0.7,
        "{fold:?}: cluster pairwise recall {:.3}",
        c.average_link.recall
    );
    // At its threshold, the fused verdict beats every tool's rule in use on
    // F1, and ranks queries at least about as well as every signal (PR-AUC,
    // which needs no threshold; 0.01 allowed: one fold's families are few).
    // See docs/evaluation.md.
    for m in &e.methods[1..] {
        if m.name.starts_with("baseline:") {
            assert!(
                fused.f1 > m.f1,
                "{fold:?}: fused F1 {:.3} does not beat {} ({:.3})",
                fused.f1,
                m.name,
                m.f1
            );
        }
        assert!(
            fused.pr_auc >= m.pr_auc - 0.01,
            "{fold:?}: fused PR-AUC {:.3} falls behind {} ({:.3})",
            fused.pr_auc,
            m.name,
            m.pr_auc
        );
    }
}

#[test]
fn fused_verdict_beats_every_baseline_on_held_out_families() {
    check_fold(Fold::Eval);
}

#[test]
fn fused_verdict_beats_every_baseline_on_fitted_families() {
    check_fold(Fold::Fit);
}

#[test]
fn shipped_model_is_the_fit_of_the_committed_corpus() {
    let (corpus, fps) = corpus();
    let shipped = FusedModel::shipped();
    let refit = eval::fit(corpus, fps, &shipped).unwrap();
    assert_eq!(
        refit.to_json(),
        shipped.to_json(),
        "run `clone-detect eval corpus --fit` and commit the model"
    );
}

#[test]
fn split_is_sound() {
    let (corpus, _) = corpus();
    let known: Vec<&str> = corpus.split.known.iter().map(String::as_str).collect();
    for q in &corpus.split.queries {
        assert!(
            !known.contains(&q.site.as_str()),
            "{} is both known and a query",
            q.site
        );
        let family = &corpus.sites[&q.site].family;
        let family_known = known.iter().any(|k| &corpus.sites[*k].family == family);
        assert_eq!(q.truth.is_some(), family_known, "{}", q.site);
    }
}

fn evaluate(fold: Fold, config: &EvalConfig) -> Evaluation {
    let (corpus, fps) = corpus();
    eval::evaluate_with(corpus, fps, &FusedModel::shipped(), fold, config).unwrap()
}

#[test]
fn intervals_hold_the_figures_and_predictions_the_counts() {
    for fold in [Fold::Eval, Fold::Fit] {
        let e = evaluate(fold, &EvalConfig::default());
        assert_eq!(e.resamples, 1000);
        assert!(e.families >= 10, "{fold:?}: {} families", e.families);
        for m in &e.methods {
            for (name, x, ci) in [
                ("precision", m.precision, m.precision_ci),
                ("recall", m.recall, m.recall_ci),
                ("F1", m.f1, m.f1_ci),
            ] {
                if let Some(ci) = ci {
                    assert!(
                        ci.low <= ci.high && (0.0..=1.0).contains(&ci.low) && ci.high <= 1.0,
                        "{fold:?} {} {name}: {ci:?}",
                        m.name
                    );
                    if m.name == "fused" {
                        assert!(
                            ci.low <= x && x <= ci.high,
                            "{fold:?} fused {name} {x} outside {ci:?}"
                        );
                    }
                }
            }
        }
        let fused = &e.methods[0];
        assert_eq!(e.predictions.len(), e.queries);
        let count = |o: Outcome| e.predictions.iter().filter(|p| p.outcome == o).count();
        let missed_elsewhere = e
            .predictions
            .iter()
            .filter(|p| p.outcome == Outcome::FalsePositive && !p.expected.is_empty())
            .count();
        assert_eq!(count(Outcome::TruePositive), fused.tp, "{fold:?}");
        assert_eq!(count(Outcome::FalsePositive), fused.fp, "{fold:?}");
        assert_eq!(
            count(Outcome::FalseNegative) + missed_elsewhere,
            fused.fn_,
            "{fold:?}"
        );
        for p in &e.predictions {
            assert_eq!(p.predicted, p.score >= p.threshold && p.score > 0.0);
            assert_eq!(
                p.expected.is_empty(),
                p.kind == "hard-negative",
                "{}",
                p.query
            );
            if p.outcome == Outcome::TruePositive {
                assert!(p.expected.iter().any(|k| Some(k) == p.best.as_ref()));
            }
        }
    }
}

#[test]
fn evaluation_is_the_same_whatever_the_thread_count() {
    let config = EvalConfig {
        distractors: 500,
        ..EvalConfig::default()
    };
    let json = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        serde_json::to_string(&pool.install(|| evaluate(Fold::Eval, &config))).unwrap()
    };
    assert_eq!(json(1), json(3));
}

/// Issue 17: a store padded with sites unrelated to every family keeps the
/// recall (within 2 points) and the precision (at least 0.98). At this size
/// the near tables narrow by a bit (their radius shrinks with the store
/// within the work budget): recall holds here; `eval --distractors` reports
/// larger stores (docs/evaluation.md).
#[test]
fn distractors_keep_recall_and_precision() {
    let alone = evaluate(Fold::Eval, &EvalConfig::default());
    let padded = evaluate(
        Fold::Eval,
        &EvalConfig {
            distractors: 3000,
            ..EvalConfig::default()
        },
    );
    assert_eq!(padded.distractors, 3000);
    let (a, p) = (&alone.methods[0], &padded.methods[0]);
    assert!(
        p.recall >= a.recall - 0.02,
        "recall {:.3} with 3000 distractors, {:.3} without",
        p.recall,
        a.recall
    );
    assert!(p.precision >= 0.98, "precision {:.3}", p.precision);
    assert!(
        padded.radii.iter().zip(alone.radii).all(|(p, a)| *p <= a),
        "a larger store searched wider: {:?} against {:?}",
        padded.radii,
        alone.radii
    );
}

#[test]
fn the_excluded_derivative_is_matched_to_the_page_it_derives_from() {
    // `split.json` excludes shards-app-promo (docs/corpus.md): its page keeps
    // the agency landing page's title, testimonials, blog and contact. The
    // shipped model matches each of its six sites to that page, as the
    // exclusion says it does; if it stopped, the exclusion would need
    // another look.
    use clone_detect::acquire::read_local_source;
    use clone_detect::verdict::Matcher;
    let (corpus, fps) = corpus();
    let split: serde_json::Value =
        serde_json::from_slice(&std::fs::read(workspace().join("corpus/split.json")).unwrap())
            .unwrap();
    assert_eq!(split["families"]["shards-app-promo"]["role"], "excluded");
    assert!(split["families"]["shards-app-promo"]["why"]
        .as_str()
        .is_some_and(|why| why.contains("derivative")));
    let matcher = Matcher::new(
        corpus
            .split
            .known
            .iter()
            .enumerate()
            .map(|(i, id)| (i as u64 + 1, id.as_str(), &fps[id])),
        FusedModel::shipped(),
    )
    .unwrap();
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default()).unwrap();
    let derivatives: Vec<&String> = corpus
        .sites
        .values()
        .filter(|s| s.family == "shards-app-promo")
        .map(|s| &s.id)
        .collect();
    assert_eq!(derivatives.len(), 6);
    for id in derivatives {
        assert!(corpus.split.queries.iter().all(|q| &q.site != id), "{id}");
        let snapshot = read_local_source(&corpus.site_dir(id), &FolderConfig::default()).unwrap();
        let v = matcher
            .check(&fingerprinter.fingerprint(&snapshot))
            .unwrap();
        assert_eq!(
            v.matched.as_ref().map(|m| m.label.as_str()),
            Some("shards-agency-landing-2.1.2"),
            "{id}: {v:?}"
        );
    }
}
