//! The page-to-page text signal (`page_text`): the laws of its comparison
//! (bounds, symmetry, a set against itself, order), which pages count and
//! its bound against a stranger's fingerprint, and what it is for on the
//! real corpus: two releases of one site keep pages whose text barely moved
//! while the pages kept differ, and two sites on one theme share no page's
//! text.

use clone_detect::acquire::{read_local_source, FolderConfig};
use clone_detect::index::{SiteSignals, MAX_PAGE_TEXTS, MIN_PAGE_TEXT_WORDS};
use clone_detect::verdict::{best_match_mean, pair_features, Feature};
use clone_detect::{FingerprintConfig, Fingerprinter, Page, SiteFingerprint, SiteSnapshot};
use proptest::prelude::*;

fn sets() -> impl Strategy<Value = Vec<u64>> {
    // Hashes near a few centres, so that sets match by any amount.
    prop::collection::vec((0u64..4, any::<u64>()), 0..8).prop_map(|v| {
        let mut out: Vec<u64> = v
            .into_iter()
            .map(|(c, noise)| (c.wrapping_mul(0x9e37_79b9_7f4a_7c15)) ^ (noise & noise >> 7 & 0xff))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn bounded_symmetric_one_against_itself_and_blind_to_order(a in sets(), b in sets()) {
        let ab = best_match_mean(&a, &b);
        prop_assert!((0.0..=1.0).contains(&ab));
        prop_assert!((ab - best_match_mean(&b, &a)).abs() < 1e-12);
        prop_assert_eq!(best_match_mean(&a, &a), if a.is_empty() { 0.0 } else { 1.0 });
        let mut reversed = b.clone();
        reversed.reverse();
        prop_assert!((ab - best_match_mean(&a, &reversed)).abs() < 1e-12);
        // The feature is the comparison of the two sites' sets.
        let site = |v: &Vec<u64>| SiteSignals { page_texts: v.clone(), ..SiteSignals::default() };
        let f = pair_features(&site(&a), &site(&b), 2, 0, |_: &str, _: bool| 1);
        prop_assert_eq!(f.value(Feature::PageText), ab);
    }

    #[test]
    fn a_page_shared_exactly_counts_for_its_share(a in sets(), b in sets()) {
        // Adding one page both sites show never lowers the match (each
        // page's best match can only improve, and the new one matches
        // fully), and a set that holds all of the other's pages matches
        // those fully: at least their share of all the pages.
        prop_assume!(!a.is_empty() && !b.is_empty());
        let shared = 0x5555_aaaa_5555_aaaa_u64;
        let with = |v: &Vec<u64>| {
            let mut w = v.clone();
            w.push(shared);
            w.sort_unstable();
            w.dedup();
            w
        };
        let (wa, wb) = (with(&a), with(&b));
        let before = best_match_mean(&a, &b);
        let after = best_match_mean(&wa, &wb);
        prop_assert!(after + 1e-12 >= before, "{} then {}", before, after);
        let mut superset = wa.clone();
        superset.extend(&b);
        superset.sort_unstable();
        superset.dedup();
        let share = 2.0 * wb.len() as f64 / (superset.len() + wb.len()) as f64;
        prop_assert!(best_match_mean(&superset, &wb) + 1e-12 >= share);
    }
}

fn page(url: &str, words: usize, text: &str) -> Page {
    let body: String = (0..words).map(|i| format!("{text}{i} ")).collect();
    Page {
        url: url.into(),
        status: 200,
        body: format!("<html><body><p>{body}</p></body></html>").into_bytes(),
        ..Page::default()
    }
}

fn fingerprint(pages: Vec<Page>) -> SiteFingerprint {
    Fingerprinter::new(FingerprintConfig::default())
        .unwrap()
        .fingerprint(&SiteSnapshot {
            source: "test".into(),
            pages,
            ..SiteSnapshot::default()
        })
}

#[test]
fn short_pages_do_not_count_and_a_stranger_cannot_list_many() {
    let fp = fingerprint(vec![
        page("index.html", MIN_PAGE_TEXT_WORDS - 1, "root"),
        page("about.html", MIN_PAGE_TEXT_WORDS, "about"),
        page("faq.html", 200, "faq"),
    ]);
    let s = SiteSignals::of(&fp);
    let want: Vec<u64> = {
        let mut v: Vec<u64> = fp.pages[1..]
            .iter()
            .map(|p| p.text_simhash.as_u64())
            .collect();
        v.sort_unstable();
        v
    };
    assert_eq!(s.page_texts, want);

    // A fingerprint from a file may list any number of pages: the first
    // MAX_PAGE_TEXTS that count are kept.
    let mut json = serde_json::to_value(&fp).unwrap();
    let template = json["pages"][2].clone();
    let many: Vec<serde_json::Value> = (0..10_000u64)
        .map(|i| {
            let mut p = template.clone();
            p["url"] = format!("p{i}.html").into();
            p["text_simhash"] = format!("{:016x}", i.wrapping_mul(0x9e37_79b9_7f4a_7c15)).into();
            p
        })
        .collect();
    json["pages"] = many.into();
    let hostile = SiteFingerprint::from_json(&json.to_string()).unwrap();
    let s = SiteSignals::of(&hostile);
    let mut first: Vec<u64> = hostile.pages[..MAX_PAGE_TEXTS]
        .iter()
        .map(|p| p.text_simhash.as_u64())
        .collect();
    first.sort_unstable();
    assert_eq!(s.page_texts, first, "the first pages, sorted");
}

#[test]
fn one_shared_page_weighs_its_share_of_all_the_pages() {
    // A known site whose only long page is a licence, and a site of seven
    // pages of its own that shows the same licence: the licence counts 2
    // of the 9 pages, whichever side is small. Every other page here is
    // exactly 32 bits from every page of the other site (similarity 0).
    let licence = 0u64;
    let known = [licence, u64::MAX];
    let other = [
        licence,
        0x0000_0000_ffff_ffff,
        0xffff_ffff_0000_0000,
        0x5555_5555_5555_5555,
        0xaaaa_aaaa_aaaa_aaaa,
        0x3333_3333_3333_3333,
        0xcccc_cccc_cccc_cccc,
    ];
    assert_eq!(best_match_mean(&known, &other), 2.0 / 9.0);
    assert_eq!(best_match_mean(&[licence], &other), 2.0 / 8.0);
}

#[test]
fn a_site_without_text_has_no_page_texts() {
    let fp = fingerprint(vec![page("index.html", 2, "x")]);
    assert!(fp.uninformative.iter().any(|k| k == "text_simhash"));
    assert!(SiteSignals::of(&fp).page_texts.is_empty());
}

/// Every corpus site's signals, with its family.
fn corpus() -> Vec<(String, String, SiteSignals)> {
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default()).unwrap();
    clone_detect_tests::manifest()
        .into_iter()
        .map(|(id, family, _)| {
            let snapshot = read_local_source(
                &clone_detect_tests::corpus_site(&id),
                &FolderConfig::default(),
            )
            .unwrap();
            let signals = SiteSignals::of(&fingerprinter.fingerprint(&snapshot));
            (id, family, signals)
        })
        .collect()
}

#[test]
fn releases_match_page_to_page_where_theme_mates_do_not() {
    // Over every pair of corpus sites with text on both sides: the share
    // of same-family pairs scoring above all but the top 0.01% of pairs of
    // two families (3 of ~34,000), each signal against its own cross-family
    // scores. Page to page separates them better than the site's text
    // simhash. Not above the single highest cross pair: that one is two
    // one-page login forms of two families (PatternFly's and DokuWiki's
    // mirrors: user name, password, log in), where a site's one page text
    // is its text, so the one pair caps both signals alike and says
    // nothing of how they separate.
    let sites = corpus();
    let excluded = |id: &str| id.starts_with("shards-app-promo");
    let (mut same, mut cross) = (Vec::new(), Vec::new());
    for (i, (a, fa, sa)) in sites.iter().enumerate() {
        for (b, fb, sb) in &sites[i + 1..] {
            if excluded(a) || excluded(b) || sa.text.is_none() || sb.text.is_none() {
                continue;
            }
            let f = pair_features(sa, sb, 2, 0, |_: &str, _: bool| 1);
            let v = (f.value(Feature::PageText), f.value(Feature::Text));
            if fa == fb {
                same.push(v);
            } else {
                cross.push(v);
            }
        }
    }
    assert!(
        same.len() > 300 && cross.len() > 5000,
        "{} {}",
        same.len(),
        cross.len()
    );
    let above = |pick: fn(&(f64, f64)) -> f64| {
        let mut scores: Vec<f64> = cross.iter().map(pick).collect();
        scores.sort_by(f64::total_cmp);
        let top = scores[scores.len() - 1 - scores.len() / 10_000];
        same.iter().filter(|v| pick(v) > top).count() as f64 / same.len() as f64
    };
    let (page_text, text) = (above(|v| v.0), above(|v| v.1));
    assert!(
        page_text > text + 0.1,
        "page text {page_text:.3}, text {text:.3}"
    );

    // The case the site's text misses: Pygments's bullseye documentation
    // (another Sphinx theme, other pages kept) against its bookworm
    // release, whose FAQ and front page barely moved.
    let get = |id: &str| &sites.iter().find(|s| s.0 == id).unwrap().2;
    let f = pair_features(
        get("python-pygments-bullseye"),
        get("python-pygments-bookworm"),
        2,
        0,
        |_: &str, _: bool| 1,
    );
    // Above all but a few cross-family pairs (since the corpus grew to 38
    // families, one cross-family pair scores a little higher: 0.43 against
    // 0.42).
    let as_high = cross
        .iter()
        .filter(|v| v.0 >= f.value(Feature::PageText))
        .count();
    assert!(f.value(Feature::Text) < 0.3, "{f:?}");
    assert!(
        as_high * 1000 < cross.len(),
        "{f:?}: {as_high} of {} cross-family pairs as high",
        cross.len()
    );
}
