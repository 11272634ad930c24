//! Page parsing with the nesting bound: the fuzz bytes as the one page of
//! `SiteSnapshot::single_page`, fingerprinted (decoding, html5ever with the
//! depth cut, template, text, domhash, identifiers, the Shodan page hash).
//! Link extraction (icons, assets, `data:` URLs) runs on fuzzed pages in the
//! `warc_archive` and `warc_http` targets. The fingerprint's JSON (its
//! 64-bit hashes as 16 hex digits) reads back as the same fingerprint.
#![no_main]

use clone_detect::{SiteFingerprint, SiteSnapshot};
use clone_detect_fuzz::fingerprinter;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let snapshot = SiteSnapshot::single_page("http://fuzz.example/", data.to_vec());
    let fp = fingerprinter().fingerprint(&snapshot);
    assert_eq!(fp.pages.len(), 1);
    let json = serde_json::to_string(&fp).expect("serialisable");
    for hash in [
        fp.template_simhash,
        fp.text_simhash,
        fp.pages[0].template_simhash,
    ] {
        assert!(
            json.contains(&format!("\"{hash}\"")),
            "{hash} written as 16 hex digits"
        );
    }
    let back = SiteFingerprint::from_json(&json).expect("what was written reads back");
    assert_eq!(back, fp, "JSON round trip changed the fingerprint");
});
