//! Page parsing with the nesting bound: the fuzz bytes as the one page of
//! `SiteSnapshot::single_page`, fingerprinted (decoding, html5ever with the
//! depth cut, template, text, domhash, identifiers, the Shodan page hash).
//! Link extraction (icons, assets, `data:` URLs) runs on fuzzed pages in the
//! `warc_archive` and `warc_http` targets.
#![no_main]

use clone_detect::SiteSnapshot;
use clone_detect_fuzz::fingerprinter;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let snapshot = SiteSnapshot::single_page("http://fuzz.example/", data.to_vec());
    let fp = fingerprinter().fingerprint(&snapshot);
    assert_eq!(fp.pages.len(), 1);
    assert_eq!(fp.template_simhash.len(), 16);
    assert_eq!(fp.text_simhash.len(), 16);
    assert_eq!(fp.pages[0].template_simhash.len(), 16);
});
