//! The committed corpus, evaluated: the fused verdict must beat every single
//! signal and every baseline on F1 and keep precision at or above 0.98, and
//! the shipped model must be what `eval --fit` produces from the corpus.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use clone_detect::acquire::FolderConfig;
use clone_detect::eval::{self, Corpus, Fold};
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
    assert!(
        fused.precision >= 0.98,
        "{fold:?}: fused precision {:.3} < 0.98",
        fused.precision
    );
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
        c.average_link.recall >= 0.5,
        "{fold:?}: cluster pairwise recall {:.3}",
        c.average_link.recall
    );
    for m in &e.methods[1..] {
        assert!(
            fused.f1 > m.f1,
            "{fold:?}: fused F1 {:.3} does not beat {} ({:.3})",
            fused.f1,
            m.name,
            m.f1
        );
    }
}

#[test]
fn fused_verdict_beats_every_signal_on_held_out_families() {
    check_fold(Fold::Eval);
}

#[test]
fn fused_verdict_beats_every_signal_on_fitted_families() {
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
