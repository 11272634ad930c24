//! Inputs the fuzzers (`fuzz/`, see `fuzz/RESULTS.md`) found that crashed
//! or broke a law, each replayed through the same public entry point.

use clone_detect::blocklist::{normalize_domain, DOMAINS_FILE, RPZ_FILE};
use clone_detect::index::SiteSignals;
use clone_detect::watch::outputs::rebuild_from_disk;
use clone_detect::watch::state::RESULTS_FILE;
use clone_detect::{FingerprintConfig, Fingerprinter, SiteFingerprint, SiteSnapshot};

/// A fingerprint line whose asset hash is 64 bytes of text with a
/// multi-byte character in it (fuzz target `fingerprint_jsonl`): reading
/// its signals sliced the text at byte 4, inside the character, and
/// panicked; `check`, `known add` and `cluster` read such lines from JSON
/// Lines files.
#[test]
fn fuzz_fingerprint_jsonl_non_ascii_asset_hash() {
    let fp = Fingerprinter::new(FingerprintConfig::default())
        .unwrap()
        .fingerprint(&SiteSnapshot::single_page(
            "index.html",
            b"<p>x</p>".to_vec(),
        ));
    let mut json = serde_json::to_value(&fp).unwrap();
    // 64 bytes: 'ɖ' takes two.
    let hash = "0b7\u{0256}07b1dee940c15de038d1c33a6e7c0f7b7287e69b4d57a149abc2c5a44dd";
    assert_eq!(hash.len(), 64);
    json["assets"] = serde_json::json!([{"url": "a.js", "kind": "script", "sha256": hash}]);
    let fp = SiteFingerprint::from_json(&json.to_string()).unwrap();
    let signals = SiteSignals::of(&fp);
    assert_eq!(signals.assets.len(), 1);
    // Compared only with itself.
    assert_eq!(SiteSignals::of(&fp).assets, signals.assets);
}

/// Names `normalize_domain` accepted that did not normalise to themselves
/// (fuzz target `domain_names`). Behind a scheme the URL standard does not
/// know, the host was left opaque, so neither the IPv4 check nor IDNA
/// mapping ran (an address was accepted as a domain); and a name that is a
/// domain only with its trailing dots (`383.168..`) was returned without
/// them (`383.168`, an invalid IPv4 address, refused).
#[test]
fn fuzz_domain_names_normalised_names_are_stable() {
    for line in [
        "lttp://user:pw@host168.0.1",
        "x://1.2.3.4",
        "foo://10.0.0.1:80/p",
        // Without its trailing dots, no longer a domain.
        "383.168..:1",
        "383.168..",
    ] {
        if let Ok(d) = normalize_domain(line) {
            assert_eq!(
                normalize_domain(&d).ok(),
                Some(d.clone()),
                "{line:?} -> {d:?} is not stable"
            );
        }
    }
    assert!(
        normalize_domain("x://1.2.3.4").is_err(),
        "an address is not a domain"
    );
    assert_eq!(
        normalize_domain("foo://Mirror-Shop.example./x").unwrap(),
        "mirror-shop.example"
    );
}

/// A results line (damaged, or edited by hand) whose domain is no host
/// name (fuzz target `watch_state`): the rebuilt blocklist wrote it as it
/// was, so a name with a newline added records of its own to the zone.
/// Such a line is damage: skipped and counted, never an owner name.
#[test]
fn fuzz_watch_state_results_line_with_no_host_name() {
    let dir = tempfile::tempdir().unwrap();
    let line = |domain: &str| {
        serde_json::json!({
            "domain": domain, "url": "http://x/", "checked_at": "2026-11-29T20:30:37Z",
            "checked_at_unix": 1795984237u64, "outcome": "reincarnation", "score": 0.99,
            "min_score": 0.17, "match": {"id": 1, "label": "market"},
            "timings": {"probe_ms": 0, "crawl_ms": 0, "screenshot_ms": 0, "check_ms": 0}
        })
        .to_string()
    };
    let results = [
        line("mirror-shop.example"),
        line("evil.example\n@ IN NS ns.attacker"),
        line("shop.mirror-shop.e~ample"),
    ]
    .join("\n")
        + "\n";
    std::fs::write(dir.path().join(RESULTS_FILE), results).unwrap();
    let rebuilt = rebuild_from_disk(dir.path()).unwrap();
    assert_eq!(
        rebuilt.blocked.keys().collect::<Vec<_>>(),
        ["mirror-shop.example"]
    );
    assert_eq!(rebuilt.damaged_lines, 2);
    let list = std::fs::read_to_string(dir.path().join(DOMAINS_FILE)).unwrap();
    for name in list.lines() {
        assert_eq!(normalize_domain(name).ok().as_deref(), Some(name));
    }
    let zone = std::fs::read_to_string(dir.path().join(RPZ_FILE)).unwrap();
    assert!(!zone.contains("attacker"), "{zone}");
    assert!(!zone.contains('~'), "{zone}");
}
