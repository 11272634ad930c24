//! The known-site store log (`clone_detect::store`): header, checksummed
//! frames, the scan that resynchronises past damage, the JSON records, and
//! what readers, writers and `repair` make of them. The store is opened by
//! path, so the bytes are written to a file first.
//!
//! The first byte picks how the rest becomes a file: even, the bytes as
//! they are (damage of every kind); odd, a valid header (format version
//! from the second byte) and one correctly checksummed frame per line, so
//! the JSON records are fuzzed behind checksums a mutator cannot forge.
#![no_main]

use std::collections::BTreeSet;

use clone_detect::store::{KnownStore, OnDamage};
use clone_detect_fuzz::scratch;
use libfuzzer_sys::fuzz_target;
use xxhash_rust::xxh3::xxh3_64;

fn framed(version: u8, lines: &[u8]) -> Vec<u8> {
    let mut out = b"CDKNOWN\n".to_vec();
    out.extend_from_slice(&u32::from(version % 4).to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    for payload in lines.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
        out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
        out.extend_from_slice(&xxh3_64(payload).to_le_bytes());
        out.extend_from_slice(payload);
    }
    out
}

fn ids(store: &KnownStore) -> BTreeSet<u64> {
    store.sites().map(|s| s.id).collect()
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let bytes = if mode % 2 == 0 {
        rest.to_vec()
    } else {
        let Some((&version, lines)) = rest.split_first() else {
            return;
        };
        framed(version, lines)
    };
    let path = scratch().join("known.cdstore");
    std::fs::write(&path, &bytes).expect("scratch write");

    if let Ok(v) = KnownStore::verify(&path) {
        assert_eq!(v.bytes, bytes.len() as u64);
        for r in &v.records {
            assert!(r.offset + r.len <= v.bytes, "record past the end: {r:?}");
        }
        for d in &v.damage {
            assert!(d.offset + d.len <= v.bytes, "damage past the end: {d:?}");
        }
    }

    let skipping = KnownStore::open_with(&path, OnDamage::Skip);
    if let Ok(store) = &skipping {
        for site in store.sites() {
            let _ = store.root_of(site.id);
            let _ = store.lineage(site.id);
        }
    }
    let refusing = KnownStore::open_existing(&path);
    if let (Ok(strict), Ok(lenient)) = (&refusing, &skipping) {
        assert_eq!(
            ids(strict),
            ids(lenient),
            "Refuse and Skip read different sites"
        );
    }

    // `repair` to a new file: what it writes verifies clean and holds what a
    // lenient reader read.
    let out = scratch().join("repaired.cdstore");
    let _ = std::fs::remove_file(&out);
    if let Ok(repair) = KnownStore::repair(&path, Some(&out)) {
        let again = KnownStore::verify(&out).expect("a repaired store verifies");
        assert!(again.is_clean(), "repaired store is damaged: {again:?}");
        assert_eq!(
            again.records.len(),
            repair.records_kept + usize::from(repair.reserved_id.is_some())
        );
        let reopened = KnownStore::open_existing(&out).expect("a repaired store opens");
        if let Ok(lenient) = &skipping {
            assert_eq!(
                ids(&reopened),
                ids(lenient),
                "repair kept other sites than a reader reads"
            );
        }
    }

    // A writer: cuts an unfinished write (or refuses damage), then the store
    // still reads the same sites.
    if let Ok(mut store) = refusing {
        let before = ids(&store);
        if store.remove(u64::MAX).is_ok() {
            let after =
                KnownStore::open_existing(&path).expect("a store a writer accepted reopens");
            assert_eq!(ids(&after), before, "a writer's no-op changed the sites");
        }
    }
});
