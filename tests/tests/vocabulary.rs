//! The vocabulary signal: the laws of its sketch and feature (bounds,
//! symmetry, a site against itself, the union of pages), its spec string,
//! its bound against a hostile page, and the case it is for on real corpus
//! sites: a release whose generator changed, found through its words.

use clone_detect::index::{exact_keys, KnownIndex, SearchConfig, SiteSignals};
use clone_detect::signal::vocabulary::{
    jaccard, normalise, SketchBuilder, MIN_DISTINCT_WORDS, SKETCH_SIZE, VOCABULARY_SPEC,
};
use clone_detect::verdict::{pair_features, Feature, FusedModel, Matcher};
use clone_detect::{Error, FingerprintConfig, Fingerprinter, SiteFingerprint};
use proptest::prelude::*;

fn sketch_of(words: &[String]) -> Vec<u32> {
    let mut s = SketchBuilder::new();
    for w in words {
        s.add_word(w);
    }
    s.finish()
}

fn word_lists() -> impl Strategy<Value = Vec<String>> {
    // Words from a shared pool, so that lists overlap by any amount.
    prop::collection::vec(0usize..400, 0..200)
        .prop_map(|ids| ids.into_iter().map(letters).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_feature_is_bounded_symmetric_and_one_against_itself(a in word_lists(), b in word_lists()) {
        let (sa, sb) = (sketch_of(&a), sketch_of(&b));
        let site = |v: &Vec<u32>| SiteSignals { vocabulary: v.clone(), ..SiteSignals::default() };
        let df = |_: &str, _: bool| 1;
        let ab = pair_features(&site(&sa), &site(&sb), 2, 0, df).value(Feature::Vocabulary);
        let ba = pair_features(&site(&sb), &site(&sa), 2, 0, df).value(Feature::Vocabulary);
        prop_assert!((0.0..=1.0).contains(&ab));
        prop_assert_eq!(ab, ba);
        let aa = pair_features(&site(&sa), &site(&sa), 2, 0, df).value(Feature::Vocabulary);
        prop_assert_eq!(aa, if sa.is_empty() { 0.0 } else { 1.0 });
        prop_assert!(sa.len() <= SKETCH_SIZE);
    }

    #[test]
    fn a_site_sketch_is_the_sketch_of_its_pages_words(pages in prop::collection::vec(word_lists(), 1..5)) {
        // Merging page sketches gives the sketch of all words at once,
        // whatever the order of the pages.
        let mut merged = SketchBuilder::new();
        for p in pages.iter().rev() {
            let mut s = SketchBuilder::new();
            p.iter().for_each(|w| s.add_word(w));
            merged.merge(&s);
        }
        let all: Vec<String> = pages.concat();
        prop_assert_eq!(merged.finish(), sketch_of(&all));
    }

    #[test]
    fn the_estimate_is_exact_below_the_sketch_size(a in word_lists(), b in word_lists()) {
        // Sets small enough to be kept whole are compared exactly.
        let a: Vec<String> = a.into_iter().take(12).collect();
        let b: Vec<String> = b.into_iter().take(12).collect();
        let set = |v: &Vec<String>| v.iter().cloned().collect::<std::collections::BTreeSet<_>>();
        let (x, y) = (set(&a), set(&b));
        let union = x.union(&y).count();
        let truth = if x.is_empty() || y.is_empty() { 0.0 } else { x.intersection(&y).count() as f64 / union as f64 };
        prop_assert!((jaccard(&sketch_of(&a), &sketch_of(&b)) - truth).abs() < 1e-12);
    }
}

/// A distinct word of at least three letters for each `i`.
fn letters(mut i: usize) -> String {
    let mut s = String::from("wd");
    loop {
        s.push(char::from(b'a' + (i % 26) as u8));
        i /= 26;
        if i == 0 {
            return s;
        }
    }
}

fn fingerprint(html: &str) -> SiteFingerprint {
    Fingerprinter::new(FingerprintConfig::default())
        .unwrap()
        .fingerprint(&clone_detect_tests::one_page(html.as_bytes()))
}

#[test]
fn a_hostile_page_of_many_words_keeps_a_bounded_sketch() {
    // 10^5 distinct words in one page: the sketch keeps 32 hashes, and the
    // index 8 keys of them.
    let mut body = String::from("<html><body><p>");
    for i in 0..100_000 {
        body.push_str(&letters(i));
        body.push(' ');
    }
    body.push_str("</p></body></html>");
    let fp = fingerprint(&body);
    assert_eq!(fp.vocabulary.len(), SKETCH_SIZE);
    let signals = SiteSignals::of(&fp);
    assert_eq!(signals.vocabulary, fp.vocabulary);
    let vocab_keys = exact_keys(&signals)
        .into_iter()
        .filter(|k| k.starts_with("vocab:"))
        .count();
    assert_eq!(vocab_keys, clone_detect::index::VOCABULARY_KEYS);
    // A fingerprint file that says more is cut to a sketch's size.
    let mut edited = fp.clone();
    edited.vocabulary = (0..10_000).rev().collect();
    assert_eq!(
        SiteSignals::of(&edited).vocabulary,
        normalise(&edited.vocabulary)
    );
    assert_eq!(SiteSignals::of(&edited).vocabulary.len(), SKETCH_SIZE);
}

#[test]
fn few_words_are_uninformative() {
    let fp = fingerprint("<html><body><p>only seven distinct words in this page</p></body></html>");
    assert!(!fp.vocabulary.is_empty() && fp.vocabulary.len() < MIN_DISTINCT_WORDS);
    assert!(SiteSignals::of(&fp).vocabulary.is_empty());
}

#[test]
fn sketches_of_another_spec_are_refused_and_old_fingerprints_compare_without() {
    let text: String = (0..60).map(|i| letters(i) + " ").collect();
    let fp = fingerprint(&format!("<html><body><p>{text}</p></body></html>"));
    assert_eq!(fp.specs.vocabulary.as_deref(), Some(VOCABULARY_SPEC));
    let mut other = fp.clone();
    other.specs.vocabulary = Some("vocabulary/v0/bottom-64".into());
    match fp.ensure_comparable(&other) {
        Err(Error::SpecMismatch { signal, .. }) => assert_eq!(signal, "vocabulary"),
        r => panic!("{r:?}"),
    }
    // A fingerprint made before the signal: comparable, without vocabulary.
    let mut old = fp.clone();
    old.specs.vocabulary = None;
    old.vocabulary.clear();
    fp.ensure_comparable(&old).unwrap();
    let json = serde_json::to_string(&old).unwrap();
    assert!(!json.contains("vocabulary"), "{json}");
    let back: SiteFingerprint = serde_json::from_str(&json).unwrap();
    assert!(SiteSignals::of(&back).vocabulary.is_empty());
    // A file claiming the spec without a sketch is read as it says.
    let mut claimed = fp.clone();
    claimed.specs.vocabulary = None;
    assert!(SiteSignals::of(&claimed).vocabulary.is_empty());
}

#[test]
fn a_release_whose_generator_changed_is_found_through_its_words() {
    // GLib's reference moved from gtk-doc (bookworm) to gi-docgen (trixie):
    // another generator, so the template, the text's word order and the
    // look all moved. Its words did not.
    use clone_detect::acquire::{read_local_source, FolderConfig};
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default()).unwrap();
    let read = |id: &str| {
        fingerprinter.fingerprint(
            &read_local_source(
                &clone_detect_tests::corpus_site(id),
                &FolderConfig::default(),
            )
            .unwrap(),
        )
    };
    let split: serde_json::Value = serde_json::from_slice(
        &std::fs::read(clone_detect_tests::workspace().join("corpus/split.json")).unwrap(),
    )
    .unwrap();
    let known: Vec<(String, SiteFingerprint)> = split["known"]
        .as_array()
        .unwrap()
        .iter()
        .map(|id| (id.as_str().unwrap().to_string(), read(id.as_str().unwrap())))
        .collect();
    let own = known
        .iter()
        .position(|(id, _)| id == "libglib2.0-bookworm")
        .expect("GLib's bookworm release is known") as u32;
    let query = SiteSignals::of(&read("libglib2.0-trixie"));
    let signals: Vec<SiteSignals> = known.iter().map(|(_, fp)| SiteSignals::of(fp)).collect();
    // The query shares vocabulary keys with its own release.
    let keys = |s: &SiteSignals| -> Vec<String> {
        exact_keys(s)
            .into_iter()
            .filter(|k| k.starts_with("vocab:"))
            .collect()
    };
    let theirs = keys(&signals[own as usize]);
    assert!(
        keys(&query).iter().any(|k| theirs.contains(k)),
        "no vocabulary key shared"
    );
    // Found by the index through those keys alone: the same query without
    // any other signal is still proposed its own release.
    let words_only = SiteSignals {
        vocabulary: query.vocabulary.clone(),
        ..SiteSignals::default()
    };
    let index = KnownIndex::new(signals.clone(), SearchConfig::default());
    let found: Vec<u32> = index
        .candidates(&words_only)
        .iter()
        .map(|c| c.site)
        .collect();
    assert!(found.contains(&own), "{found:?}");
    // Its words agree with its own release more than with any other known
    // site, while the template and text say little.
    let matcher = Matcher::new(
        known
            .iter()
            .enumerate()
            .map(|(i, (id, fp))| (i as u64 + 1, id.as_str(), fp)),
        FusedModel::shipped(),
    )
    .unwrap();
    let scored = matcher.score(&query, true);
    let vocab = |site: u32| {
        scored
            .iter()
            .find(|s| s.site == site)
            .unwrap()
            .features
            .value(Feature::Vocabulary)
    };
    let best_other = (0..known.len() as u32)
        .filter(|&s| s != own)
        .map(vocab)
        .fold(0.0, f64::max);
    assert!(
        vocab(own) > best_other + 0.1,
        "{} vs {best_other}",
        vocab(own)
    );
    let features = &scored.iter().find(|s| s.site == own).unwrap().features;
    assert!(features.value(Feature::Template) < 0.3, "{features:?}");
    assert!(features.value(Feature::Text) < 0.3, "{features:?}");
}

#[test]
fn a_page_built_by_its_scripts_is_read_from_its_rendered_words() {
    // The raw root is an empty shell; the browser's DOM after load holds
    // the words. They count as the text simhash's do: only where the raw
    // root has no words of its own.
    let words: String = (0..80).map(|i| letters(i) + " ").collect();
    let mut snapshot = clone_detect_tests::one_page(
        b"<html><body><div id=app></div><script>render()</script></body></html>",
    );
    let shell = fingerprint_snapshot(&snapshot);
    assert!(shell.vocabulary.is_empty());
    snapshot.rendered = Some(clone_detect::Page {
        url: "index.html".into(),
        status: 200,
        headers: Vec::new(),
        body: format!("<html><body><div id=app><p>{words}</p></div></body></html>").into_bytes(),
    });
    let built = fingerprint_snapshot(&snapshot);
    let static_page = fingerprint(&format!("<html><body><p>{words}</p></body></html>"));
    assert_eq!(built.vocabulary.len(), SKETCH_SIZE);
    assert_eq!(built.vocabulary, static_page.vocabulary);
    // A raw root with words of its own keeps them, whatever the browser
    // added (an analytics banner, a consent dialog).
    let mut with_words = clone_detect_tests::one_page(
        format!("<html><body><p>{words}</p></body></html>").as_bytes(),
    );
    with_words.rendered = Some(clone_detect::Page {
        url: "index.html".into(),
        status: 200,
        headers: Vec::new(),
        body: b"<html><body><p>cookie consent banner accept decline settings</p></body></html>"
            .to_vec(),
    });
    assert_eq!(
        fingerprint_snapshot(&with_words).vocabulary,
        static_page.vocabulary
    );
}

fn fingerprint_snapshot(snapshot: &clone_detect::SiteSnapshot) -> SiteFingerprint {
    Fingerprinter::new(FingerprintConfig::default())
        .unwrap()
        .fingerprint(snapshot)
}
