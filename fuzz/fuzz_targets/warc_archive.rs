//! WARC records and gzip members: the record reader over plain bytes and over
//! gzip members (public `Records` and `GzMembers`, from memory), then the
//! whole archive reader `read_warc` on the bytes written to a file (its only
//! entry point takes a path), which indexes, plans and builds snapshots.
#![no_main]

use std::io::BufReader;

use clone_detect::acquire::warc::{read_warc, GzMembers, Records, WarcConfig};
use clone_detect_fuzz::scratch;
use libfuzzer_sys::fuzz_target;

const CAP: usize = 64 << 10;

fn drain<R: std::io::BufRead>(mut records: Records<R>) {
    let mut n = 0u64;
    let mut last = None;
    while let Ok(Some(r)) = records.next_record() {
        assert!(r.block.len() <= CAP, "block over the cap");
        assert!(!r.oversized || r.block.is_empty(), "oversized block kept");
        assert!(last.is_none_or(|l| r.ordinal > l), "ordinals go back");
        last = Some(r.ordinal);
        n += 1;
    }
    assert_eq!(records.counts.records, n);
}

fuzz_target!(|data: &[u8]| {
    drain(Records::new(data, CAP));
    drain(Records::new(BufReader::new(GzMembers::new(data)), CAP));

    let path = scratch().join("archive.warc");
    std::fs::write(&path, data).expect("scratch write");
    let config = WarcConfig {
        max_pages: 4,
        max_assets: 4,
        max_record_bytes: 64 << 10,
        batch_bytes: 64 << 10,
        ..WarcConfig::default()
    };
    let mut handed = 0u64;
    if let Ok(stats) = read_warc(&path, &config, |site| {
        handed += 1;
        assert!(!site.pages.is_empty(), "a site without pages");
        assert!(
            site.pages.len() <= config.max_pages,
            "more pages than asked"
        );
        assert!(
            site.assets.len() <= config.max_assets,
            "more assets than asked"
        );
        for p in &site.pages {
            assert!(p.body.len() <= config.max_record_bytes, "body over the cap");
        }
    }) {
        assert_eq!(
            stats.sites, handed,
            "stats.sites differs from the sites handed"
        );
    }
});
