//! The laws of the three features of evidence against a match
//! (`favicon_differs`, `title_differs`, `content_differs`): bounds,
//! symmetry, zero for a site against itself and for what a mirror keeps,
//! and the sign the model gives them; then the cases they are for, on real
//! corpus sites: theme-mates whose names and icons differ, and theme-mates
//! whose words differ.

use std::collections::BTreeMap;

use clone_detect::index::{exact_keys, KnownIndex, SearchConfig, SiteSignals};
use clone_detect::verdict::{pair_features, Feature, FusedModel};
use proptest::prelude::*;

const AGAINST: [Feature; 3] = [
    Feature::FaviconDiffers,
    Feature::TitleDiffers,
    Feature::ContentDiffers,
];

fn words() -> impl Strategy<Value = Vec<String>> {
    // A small vocabulary, so that sites share words; some with digits.
    let word = prop::sample::select(vec![
        "pango",
        "glib",
        "docs",
        "reference",
        "manual",
        "api",
        "1",
        "v2",
        "login",
        "shop",
        "a",
        "nimbus",
        "the",
    ]);
    prop::collection::vec(word, 0..5).prop_map(|mut w| {
        let mut w: Vec<String> = w.drain(..).map(str::to_string).collect();
        w.sort();
        w.dedup();
        w
    })
}

/// A sorted, distinct list drawn from a small range, so that sites share
/// values.
fn sorted<T: Ord + std::fmt::Debug + Clone + 'static>(
    values: impl Strategy<Value = T> + 'static,
    most: usize,
) -> impl Strategy<Value = Vec<T>> {
    prop::collection::vec(values, 0..most).prop_map(|mut v| {
        v.sort();
        v.dedup();
        v
    })
}

fn site() -> impl Strategy<Value = SiteSignals> {
    (
        prop::option::of(0i32..4),
        prop::option::of(any::<u64>()),
        words(),
        // Templates from a few patterns, so that some agree closely.
        prop::option::of(prop::sample::select(vec![0u64, 1, 3, 0xff, u64::MAX])),
        sorted(
            prop::sample::select(vec![0u64, 7, 0xffff, u64::MAX >> 1]),
            4,
        ),
        sorted(0u32..40, 24),
    )
        .prop_map(
            |(mmh3, phash, title_words, template, page_texts, vocabulary)| SiteSignals {
                favicon_mmh3: mmh3,
                favicon_phash: mmh3.and(phash),
                title_words,
                template,
                page_texts,
                vocabulary,
                ..SiteSignals::default()
            },
        )
}

/// Document frequencies over `sites` (each site counted once per key).
fn frequencies(sites: &[SiteSignals]) -> BTreeMap<String, usize> {
    let mut df = BTreeMap::new();
    for s in sites {
        let mut keys = exact_keys(s);
        keys.sort();
        keys.dedup();
        for k in keys {
            *df.entry(k).or_insert(0) += 1;
        }
    }
    df
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn against_features_are_bounded_and_symmetric(a in site(), b in site(),
                                                  others in prop::collection::vec(site(), 0..12)) {
        let mut store = others.clone();
        store.push(a.clone());
        store.push(b.clone());
        let df = frequencies(&store);
        // A batch compared with itself: both sides are counted alike.
        let df_of = |key: &str, _in_query: bool| df.get(key).copied().unwrap_or(0);
        let n = store.len();
        let ab = pair_features(&a, &b, n, 0, df_of);
        let ba = pair_features(&b, &a, n, 0, df_of);
        for f in AGAINST {
            let v = ab.value(f);
            prop_assert!((0.0..=1.0).contains(&v), "{f} = {v}");
            prop_assert_eq!(v, ba.value(f), "{} is not symmetric", f);
        }
        // A site says nothing against itself.
        let aa = pair_features(&a, &a, n, 0, df_of);
        for f in AGAINST {
            prop_assert_eq!(aa.value(f), 0.0, "{} of a site against itself", f);
        }
        // Content differs only as far as the templates agree, and never
        // without a template on both sides.
        prop_assert!(ab.value(Feature::ContentDiffers) <= ab.value(Feature::Template) + 1e-12);
        if a.template.is_none() || b.template.is_none() {
            prop_assert_eq!(ab.value(Feature::ContentDiffers), 0.0);
        }
        // Words the two sites share in full leave nothing against.
        if !a.page_texts.is_empty() && a.page_texts == b.page_texts {
            prop_assert_eq!(ab.value(Feature::ContentDiffers), 0.0);
        }
        // The same favicon (a mirror keeps its icon) is never against.
        if a.favicon_mmh3.is_some() && a.favicon_mmh3 == b.favicon_mmh3 {
            prop_assert_eq!(ab.value(Feature::FaviconDiffers), 0.0);
        }
        // As `check` counts them (the query left out of the store).
        let left_out = |key: &str, in_query: bool| {
            df.get(key).copied().unwrap_or(0).saturating_sub(usize::from(in_query))
        };
        let checked = pair_features(&a, &b, n - 1, 0, left_out);
        for f in AGAINST {
            let v = checked.value(f);
            prop_assert!((0.0..=1.0).contains(&v), "{f} = {v}");
        }
        // A title whose names are all in the other's has none of its own:
        // nothing against (a release that adds a subtitle).
        let names = |s: &SiteSignals| -> Vec<String> {
            s.title_words
                .iter()
                .filter(|w| clone_detect::index::is_name_word(w))
                .cloned()
                .collect()
        };
        let (na, nb) = (names(&a), names(&b));
        if na.iter().all(|w| nb.contains(w)) || nb.iter().all(|w| na.contains(w)) {
            prop_assert_eq!(checked.value(Feature::TitleDiffers), 0.0);
        }
        // A name both titles gain, which no other site carries, lowers the
        // evidence against or leaves it: it never raises it.
        let with = |s: &SiteSignals| {
            let mut s = s.clone();
            s.title_words.push("zzshared".into());
            s
        };
        let shared_df = |key: &str, in_query: bool| {
            if key == "word:zzshared" {
                2 - usize::from(in_query)
            } else {
                left_out(key, in_query)
            }
        };
        let sharing = pair_features(&with(&a), &with(&b), n - 1, 0, shared_df);
        prop_assert!(
            sharing.value(Feature::TitleDiffers) <= checked.value(Feature::TitleDiffers) + 1e-12,
            "{} > {}",
            sharing.value(Feature::TitleDiffers),
            checked.value(Feature::TitleDiffers)
        );
    }

    #[test]
    fn a_common_favicon_weighs_less_than_a_rare_one(common_in in 2usize..200, extra in 1usize..50) {
        let a = SiteSignals { favicon_mmh3: Some(1), favicon_phash: Some(0), ..SiteSignals::default() };
        let b = SiteSignals { favicon_mmh3: Some(2), favicon_phash: Some(u64::MAX), ..SiteSignals::default() };
        let n = common_in + extra + 2;
        let rare = |key: &str, _: bool| usize::from(key.starts_with("favicon:"));
        let common = |key: &str, _: bool| if key == "favicon:1" { common_in } else { 1 };
        let v_rare = pair_features(&a, &b, n, 0, rare).value(Feature::FaviconDiffers);
        let v_common = pair_features(&a, &b, n, 0, common).value(Feature::FaviconDiffers);
        prop_assert_eq!(v_rare, 1.0);
        prop_assert!(v_common < v_rare);
    }
}

#[test]
fn words_of_the_title_are_counted_and_propose_candidates() {
    let site = |title: &[&str], text: u64| SiteSignals {
        text: Some(text),
        title_words: title.iter().map(|w| w.to_string()).collect(),
        ..SiteSignals::default()
    };
    let index = KnownIndex::new(
        vec![
            site(&["pango", "reference"], 0),
            site(&["glib", "reference"], u64::MAX),
            site(&["2", "reference"], 0x0f0f_0f0f_0f0f_0f0f),
        ],
        SearchConfig::default(),
    );
    assert_eq!(index.document_frequency("word:reference"), 3);
    assert_eq!(index.document_frequency("word:pango"), 1);
    // Numbers are versions, not names.
    assert_eq!(index.document_frequency("word:2"), 0);
    // A query whose hashes are far from every known site is still proposed
    // the site whose title shares its product name.
    let query = site(&["pango", "manual"], 0x5555_5555_5555_5555);
    let found: Vec<u32> = index.candidates(&query).iter().map(|c| c.site).collect();
    assert!(found.contains(&0), "{found:?}");
}

/// The fingerprints of the corpus's known sites and of one query site.
fn corpus_fingerprints(
    query: &str,
) -> (
    Vec<(String, clone_detect::SiteFingerprint)>,
    clone_detect::SiteFingerprint,
) {
    use clone_detect::acquire::{read_local_source, FolderConfig};
    use clone_detect::{FingerprintConfig, Fingerprinter};
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
    let known = split["known"]
        .as_array()
        .unwrap()
        .iter()
        .map(|id| {
            let id = id.as_str().unwrap().to_string();
            let fp = read(&id);
            (id, fp)
        })
        .collect();
    (known, read(query))
}

#[test]
fn theme_mates_with_other_names_are_told_apart_by_their_titles() {
    use clone_detect::verdict::{Matcher, Stance, VerdictKind};
    // Pango's reference and libsoup's are both gi-docgen sites: one theme,
    // two projects. Pango's family is never known in the corpus (a hard
    // negative); libsoup's bookworm release is.
    let (known, query) = corpus_fingerprints("libpango1.0-trixie");
    let matcher = |model: FusedModel| {
        Matcher::new(
            known
                .iter()
                .enumerate()
                .map(|(i, (id, fp))| (i as u64 + 1, id.as_str(), fp)),
            model,
        )
        .unwrap()
    };
    let shipped = FusedModel::shipped();
    let with = matcher(shipped.clone()).check(&query).unwrap();
    assert_eq!(with.verdict, VerdictKind::Unrelated, "{with:?}");
    let against = with
        .evidence
        .iter()
        .find(|e| e.signal == Feature::TitleDiffers)
        .unwrap();
    assert!(against.value > 0.5, "{against:?}");
    assert_eq!(against.stance, Stance::Disagrees, "{against:?}");
    assert!(against.contribution < 0.0, "{against:?}");
    // The same pair without evidence against scores higher: the feature
    // is what lowers it.
    let mut blind = shipped;
    for f in AGAINST {
        blind.weights[f.index()] = 0.0;
    }
    let best = with.candidates.first().expect("a candidate");
    let without = matcher(blind).check(&query).unwrap();
    let same = without
        .candidates
        .iter()
        .find(|c| c.label == best.label)
        .unwrap();
    assert!(same.score > best.score, "{} vs {}", same.score, best.score);
}

#[test]
fn a_rebranded_mirror_is_not_held_against_its_new_name() {
    // phpMyAdmin's bookworm mirror has its name replaced in its title, and
    // keeps its text: the titles share no word, but the texts agree, so
    // the titles say little against the match.
    let (known, query) = corpus_fingerprints("phpmyadmin-bookworm-mirror");
    let matcher = clone_detect::verdict::Matcher::new(
        known
            .iter()
            .enumerate()
            .map(|(i, (id, fp))| (i as u64 + 1, id.as_str(), fp)),
        FusedModel::shipped(),
    )
    .unwrap();
    let v = matcher.check(&query).unwrap();
    assert_eq!(
        v.matched.as_ref().map(|m| m.label.as_str()),
        Some("phpmyadmin-bookworm"),
        "{v:?}"
    );
    let title = v
        .evidence
        .iter()
        .find(|e| e.signal == Feature::Title)
        .unwrap();
    assert_eq!(title.value, 0.0, "the rebrand replaced every title word");
    let against = v
        .evidence
        .iter()
        .find(|e| e.signal == Feature::TitleDiffers)
        .unwrap();
    assert!(against.value < 0.25, "{against:?}");
}

#[test]
fn a_hostile_title_counts_only_its_first_words() {
    use clone_detect::index::{MAX_TITLE_WORDS, MAX_TITLE_WORD_BYTES};
    use clone_detect::{FingerprintConfig, Fingerprinter};
    // A title of 100,000 distinct words, led by one word of 200 letters: each
    // counted word would be a key the index stores and a query searches.
    let letters = |mut i: usize| {
        let mut w = String::new();
        loop {
            w.push(char::from(b'a' + (i % 26) as u8));
            i /= 26;
            if i == 0 {
                return w;
            }
        }
    };
    let mut title = "z".repeat(200);
    for i in 0..100_000 {
        title.push(' ');
        title.push_str(&letters(i + 26));
    }
    let page = format!("<html><head><title>{title}</title></head><body><p>x</p></body></html>");
    let fp = Fingerprinter::new(FingerprintConfig::default())
        .unwrap()
        .fingerprint(&clone_detect_tests::one_page(page.as_bytes()));
    let s = SiteSignals::of(&fp);
    assert_eq!(s.title_words.len(), MAX_TITLE_WORDS, "{:?}", s.title_words);
    assert!(s
        .title_words
        .iter()
        .all(|w| w.len() <= MAX_TITLE_WORD_BYTES));
    // The first words, in the order they come, not the first in sort order.
    assert!(s.title_words.contains(&letters(26)));
    assert!(exact_keys(&s).len() <= MAX_TITLE_WORDS + 8);
}

/// A matcher over the corpus's `known` sites but `left_out`: a known site's
/// theme-mate come along, as `check` sees it.
fn known_without(
    known: &[(String, clone_detect::SiteFingerprint)],
    left_out: &str,
) -> clone_detect::verdict::Matcher {
    clone_detect::verdict::Matcher::new(
        known
            .iter()
            .filter(|(id, _)| id != left_out)
            .enumerate()
            .map(|(i, (id, fp))| (i as u64 + 1, id.as_str(), fp)),
        FusedModel::shipped(),
    )
    .unwrap()
}

#[test]
fn theme_mates_with_other_words_are_told_apart_by_their_content() {
    use clone_detect::verdict::{Stance, VerdictKind};
    // GTK's and GLib's references are gtk-doc sites: one layout, the same
    // scripts and stylesheets, a root page template alike, and nothing they
    // say in common. GTK's checked against the known sites without itself.
    let (known, query) = corpus_fingerprints("libgtk-3-bookworm");
    let v = known_without(&known, "libgtk-3-bookworm")
        .check(&query)
        .unwrap();
    assert_eq!(v.verdict, VerdictKind::Unrelated, "{v:?}");
    assert_eq!(v.candidates[0].label, "libglib2.0-bookworm", "{v:?}");
    let against = v
        .evidence
        .iter()
        .find(|e| e.signal == Feature::ContentDiffers)
        .unwrap();
    assert!(against.value > 0.4, "{against:?}");
    assert_eq!(against.stance, Stance::Disagrees, "{against:?}");
    assert!(against.contribution < 0.0, "{against:?}");
}

#[test]
fn sister_sites_on_one_theme_are_scored_down_by_their_content() {
    use clone_detect::verdict::{Matcher, Stance};
    // The Rust Reference and the Rust book are mdBook sites of one project:
    // one theme, one favicon, "Rust" in both titles. The Reference's family
    // is never known in the corpus (a hard negative). The evidence against
    // lowers the pair's score: its content, and its title, whose shared
    // publisher's name ("Rust") does not outweigh the names each has alone
    // ("Reference"; "Programming Language").
    let (known, query) = corpus_fingerprints("rust-reference-bookworm");
    let matcher = |model: FusedModel| {
        Matcher::new(
            known
                .iter()
                .enumerate()
                .map(|(i, (id, fp))| (i as u64 + 1, id.as_str(), fp)),
            model,
        )
        .unwrap()
    };
    let shipped = FusedModel::shipped();
    let with = matcher(shipped.clone()).check(&query).unwrap();
    let best = with.candidates.first().expect("a candidate");
    assert!(best.label.starts_with("rust-"), "{best:?}");
    let value = |f: Feature| {
        with.evidence
            .iter()
            .find(|e| e.signal == f)
            .unwrap_or_else(|| panic!("no {f} in {with:?}"))
            .clone()
    };
    assert!(value(Feature::Template).value > 0.75, "{with:?}");
    for f in [Feature::ContentDiffers, Feature::TitleDiffers] {
        let against = value(f);
        assert!(against.value > 0.5, "{against:?}");
        assert_eq!(against.stance, Stance::Disagrees, "{against:?}");
        assert!(against.contribution < 0.0, "{against:?}");
    }
    // Without evidence against, the same pair scores higher.
    let mut blind = shipped;
    for f in AGAINST {
        blind.weights[f.index()] = 0.0;
    }
    let without = matcher(blind).check(&query).unwrap();
    let same = without
        .candidates
        .iter()
        .find(|c| c.label == best.label)
        .unwrap();
    assert!(same.score > best.score, "{} vs {}", same.score, best.score);
    // The shipped model leaves the Reference unrelated to its sister sites.
    assert_eq!(
        with.verdict,
        clone_detect::verdict::VerdictKind::Unrelated,
        "{with:?}"
    );
}

#[test]
fn a_release_that_keeps_its_words_is_not_held_against_its_template() {
    // The Rust book's bullseye release against its bookworm one: the same
    // template and most of the same pages.
    let (known, query) = corpus_fingerprints("rust-book-bullseye");
    let matcher = clone_detect::verdict::Matcher::new(
        known
            .iter()
            .enumerate()
            .map(|(i, (id, fp))| (i as u64 + 1, id.as_str(), fp)),
        FusedModel::shipped(),
    )
    .unwrap();
    let v = matcher.check(&query).unwrap();
    assert_eq!(
        v.matched.as_ref().map(|m| m.label.as_str()),
        Some("rust-book-bookworm"),
        "{v:?}"
    );
    let against = v
        .evidence
        .iter()
        .find(|e| e.signal == Feature::ContentDiffers)
        .unwrap();
    assert!(against.value < 0.25, "{against:?}");
}
