//! "A store that loses nothing it can keep": real store files damaged on
//! disk the ways disks and crashes damage them. For each: what `verify`
//! reports, the exact records `repair` keeps, and that no writer loses a
//! record (it refuses damage in the middle and cuts only a true torn tail).
//!
//! The law the property test proves, for a store of N records: **one
//! changed byte anywhere, except in the header's version field, is reported
//! as exactly one damaged region holding that byte, and `repair` keeps
//! every record but, at most, the one whose frame holds the byte; that one
//! is kept too when the byte is in its length field or in the header.** So
//! repair always keeps at least N-1 records, never N-2, even when the byte
//! is at a record boundary. A changed version field either reads as a
//! damaged header (all N kept) or as a newer format, which `repair` refuses
//! without touching the file.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use clone_detect::store::{
    DamageKind, Fate, KnownAppender, KnownStore, NewKnownSite, NewReincarnation, OnDamage,
    RecordOp, Verification,
};
use clone_detect::{Error, FingerprintConfig, Fingerprinter, SiteFingerprint};
use clone_detect_tests::one_page;
use proptest::prelude::*;

fn fp(i: u64) -> SiteFingerprint {
    Fingerprinter::new(FingerprintConfig::default())
        .unwrap()
        .fingerprint(&one_page(
            format!("<title>site {i}</title><p>market number {i}</p>").as_bytes(),
        ))
}

/// A store of `n` sites (ids 1..=n) in a fresh folder.
fn store(n: u64) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("known.cdstore");
    let mut s = KnownStore::open(&path).unwrap();
    for i in 1..=n {
        assert_eq!(
            s.add(NewKnownSite::new(format!("site {i}"), fp(i)))
                .unwrap(),
            i
        );
    }
    (dir, path)
}

/// The records of a file as `(op, id)`.
fn ops(found: &Verification) -> Vec<(RecordOp, u64)> {
    found.records.iter().map(|r| (r.op, r.id)).collect()
}

fn adds(ids: &[u64]) -> Vec<(RecordOp, u64)> {
    ids.iter().map(|&id| (RecordOp::Add, id)).collect()
}

fn site_ids(s: &KnownStore) -> Vec<u64> {
    s.sites().map(|k| k.id).collect()
}

fn reason(err: Error) -> String {
    match err {
        Error::Store { reason, .. } => reason,
        other => panic!("not a store error: {other:?}"),
    }
}

/// Changes the byte at `at`.
fn change(path: &Path, at: u64, xor: u8) -> Vec<u8> {
    let mut bytes = std::fs::read(path).unwrap();
    bytes[at as usize] ^= xor;
    std::fs::write(path, &bytes).unwrap();
    bytes
}

/// Repairs in place and checks the store that results: clean, holding
/// exactly `kept`, and the damaged file kept byte for byte.
fn repair_keeps(path: &Path, damaged: &[u8], kept: &[u64]) -> clone_detect::store::Repair {
    let done = KnownStore::repair(path, None).unwrap();
    assert_eq!(done.written.as_deref(), Some(path));
    assert_eq!(done.records_kept, kept.len());
    let copy = done.damaged_copy.clone().expect("the damaged file is kept");
    assert!(copy
        .file_name()
        .unwrap()
        .to_string_lossy()
        .starts_with("known.cdstore.damaged-"));
    assert_eq!(std::fs::read(&copy).unwrap(), damaged);
    let after = KnownStore::verify(path).unwrap();
    assert!(after.is_clean(), "{after:?}");
    let mut expected = adds(kept);
    expected.extend(done.reserved_id.map(|id| (RecordOp::Remove, id)));
    assert_eq!(ops(&after), expected);
    assert_eq!(site_ids(&KnownStore::open_existing(path).unwrap()), kept);
    done
}

#[test]
fn flipped_byte_in_the_middle() {
    let (_dir, path) = store(5);
    let before = KnownStore::verify(&path).unwrap();
    assert!(before.is_clean());
    assert_eq!(ops(&before), adds(&[1, 2, 3, 4, 5]));
    let third = before.records[2].clone();
    // Handles opened before the damage, as long-running writers have.
    let mut writer = KnownStore::open_existing(&path).unwrap();
    let mut appender = KnownAppender::open(&path).unwrap();
    let damaged = change(&path, third.offset + third.len - 20, 0x04);

    let found = KnownStore::verify(&path).unwrap();
    assert_eq!(ops(&found), adds(&[1, 2, 4, 5]));
    assert_eq!(found.damage.len(), 1);
    let region = &found.damage[0];
    assert_eq!(
        (region.offset, region.len, region.kind, region.fate),
        (third.offset, third.len, DamageKind::BadChecksum, Fate::Lost)
    );
    let records: Vec<_> = region
        .records
        .iter()
        .map(|r| (r.offset, r.op, r.id))
        .collect();
    assert_eq!(records, [(third.offset + 12, RecordOp::Add, Some(3))]);

    // Readers: an error naming the byte by default; the intact records on
    // request, with the damage listed.
    let err = reason(KnownStore::open_existing(&path).unwrap_err());
    assert!(err.contains(&format!("byte {}", third.offset)), "{err}");
    assert!(err.contains("known repair"), "{err}");
    let lenient = KnownStore::open_with(&path, OnDamage::Skip).unwrap();
    assert_eq!(site_ids(&lenient), [1, 2, 4, 5]);
    assert_eq!(lenient.damage(), &found.damage[..]);

    // Writers refuse, and write nothing.
    let err = reason(writer.add(NewKnownSite::new("six", fp(6))).unwrap_err());
    assert!(
        err.contains("refusing") && err.contains("known repair"),
        "{err}"
    );
    let mut lenient = lenient;
    assert!(lenient.remove(1).is_err());
    let err = reason(
        appender
            .add_all(vec![NewKnownSite::new("six", fp(6))])
            .unwrap_err(),
    );
    assert!(
        err.contains("refusing") && err.contains(&format!("byte {}", third.offset)),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), damaged);

    let done = repair_keeps(&path, &damaged, &[1, 2, 4, 5]);
    assert_eq!(done.verification, found);
    assert_eq!(done.reserved_id, None, "id 3 is below id 5: never reused");
    // The old handle now writes to the repaired store; ids go on.
    assert_eq!(writer.add(NewKnownSite::new("six", fp(6))).unwrap(), 6);
    assert_eq!(
        site_ids(&KnownStore::open_existing(&path).unwrap()),
        [1, 2, 4, 5, 6]
    );
    // So does the appender, which reads the new file and the id another
    // process gave out.
    let seven = appender.add_all(vec![NewKnownSite::new("seven", fp(7))]);
    assert_eq!(seven.unwrap(), [7]);
    assert_eq!(
        site_ids(&KnownStore::open_existing(&path).unwrap()),
        [1, 2, 4, 5, 6, 7]
    );
}

#[test]
fn bad_length_in_the_middle_loses_nothing() {
    let (_dir, template) = store(5);
    let before = KnownStore::verify(&template).unwrap();
    let third = before.records[2].clone();
    let payload = (third.len - 12) as u32;
    let file_len = before.bytes as u32;
    // Out of range, past the end of the file (what the old reader took for
    // a torn tail, and the next writer cut with every later record), and
    // too short.
    for length in [u32::MAX, file_len * 2, payload - 5] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("known.cdstore");
        std::fs::copy(&template, &path).unwrap();
        let mut writer = KnownStore::open_existing(&path).unwrap();
        let mut bytes = std::fs::read(&path).unwrap();
        let at = third.offset as usize;
        bytes[at..at + 4].copy_from_slice(&length.to_le_bytes());
        std::fs::write(&path, &bytes).unwrap();

        let found = KnownStore::verify(&path).unwrap();
        assert_eq!(ops(&found), adds(&[1, 2, 3, 4, 5]), "length {length}");
        assert_eq!(found.damage.len(), 1);
        let region = &found.damage[0];
        assert_eq!(
            (region.offset, region.len, region.kind, region.fate),
            (third.offset, 4, DamageKind::BadLength, Fate::Recovered)
        );
        // Nothing is lost: readers read everything.
        let reader = KnownStore::open_existing(&path).unwrap();
        assert_eq!(site_ids(&reader), [1, 2, 3, 4, 5]);
        assert_eq!(reader.damage(), &found.damage[..]);
        // A writer never cuts it: it refuses until the store is repaired.
        assert!(writer.add(NewKnownSite::new("six", fp(6))).is_err());
        let mut appender = KnownAppender::open(&path).unwrap();
        assert!(appender
            .add_all(vec![NewKnownSite::new("six", fp(6))])
            .is_err());
        assert_eq!(std::fs::read(&path).unwrap(), bytes);

        repair_keeps(&path, &bytes, &[1, 2, 3, 4, 5]);
        // The repaired file is the original, byte for byte.
        assert_eq!(
            std::fs::read(&path).unwrap(),
            std::fs::read(&template).unwrap()
        );
        assert_eq!(writer.add(NewKnownSite::new("six", fp(6))).unwrap(), 6);
    }
}

#[test]
fn zero_filled_tail_is_cut_by_the_next_writer_and_only_it() {
    let (dir, path) = store(5);
    let clean = std::fs::read(&path).unwrap();
    let mut bytes = clean.clone();
    bytes.extend([0u8; 4096]);
    std::fs::write(&path, &bytes).unwrap();

    let found = KnownStore::verify(&path).unwrap();
    assert_eq!(ops(&found), adds(&[1, 2, 3, 4, 5]));
    assert_eq!(found.damage.len(), 1);
    let region = &found.damage[0];
    assert_eq!(
        (region.offset, region.len, region.kind, region.fate),
        (
            clean.len() as u64,
            4096,
            DamageKind::ZeroFilled,
            Fate::Unfinished
        )
    );
    assert_eq!(found.lost().count(), 0);

    // Repair to another file: exactly the store before the crash.
    let out = dir.path().join("repaired.cdstore");
    let done = KnownStore::repair(&path, Some(&out)).unwrap();
    assert_eq!(
        (done.written.as_deref(), done.damaged_copy.as_deref()),
        (Some(out.as_path()), None)
    );
    assert_eq!(std::fs::read(&out).unwrap(), clean);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "the store is untouched"
    );
    assert!(
        KnownStore::repair(&path, Some(&out)).is_err(),
        "never over a file"
    );

    // The appender cuts the zeros, nothing else (on a copy).
    let copy = dir.path().join("copy.cdstore");
    std::fs::copy(&path, &copy).unwrap();
    let six = KnownAppender::open(&copy)
        .unwrap()
        .add_all(vec![NewKnownSite::new("six", fp(6))]);
    assert_eq!(six.unwrap(), [6]);
    assert_eq!(&std::fs::read(&copy).unwrap()[..clean.len()], &clean[..]);
    let found = KnownStore::verify(&copy).unwrap();
    assert!(found.is_clean());
    assert_eq!(ops(&found), adds(&[1, 2, 3, 4, 5, 6]));

    // Readers read the store; the next writer cuts the zeros, nothing else.
    let mut s = KnownStore::open_existing(&path).unwrap();
    assert_eq!((s.len(), s.unfinished_bytes()), (5, 4096));
    assert_eq!(s.add(NewKnownSite::new("six", fp(6))).unwrap(), 6);
    let after = std::fs::read(&path).unwrap();
    assert_eq!(&after[..clean.len()], &clean[..]);
    let found = KnownStore::verify(&path).unwrap();
    assert!(found.is_clean());
    assert_eq!(ops(&found), adds(&[1, 2, 3, 4, 5, 6]));
}

#[test]
fn torn_last_record_is_cut_a_damaged_last_record_is_not() {
    let (_dir, path) = store(5);
    let before = KnownStore::verify(&path).unwrap();
    let last = before.records[4].clone();
    let clean = std::fs::read(&path).unwrap();

    // Torn: the file ends inside the last record (a write interrupted).
    let torn = &clean[..(last.offset + 60) as usize];
    std::fs::write(&path, torn).unwrap();
    let found = KnownStore::verify(&path).unwrap();
    assert_eq!(ops(&found), adds(&[1, 2, 3, 4]));
    let region = &found.damage[0];
    assert_eq!(
        (region.offset, region.len, region.kind, region.fate),
        (last.offset, 60, DamageKind::Truncated, Fate::Unfinished)
    );
    assert_eq!(region.records[0].id, Some(5));
    // The torn record was never reported added: the appender gives its id
    // again, as the store's writer does (on a copy).
    let copy = path.with_extension("copy");
    std::fs::copy(&path, &copy).unwrap();
    let again = KnownAppender::open(&copy)
        .unwrap()
        .add_all(vec![NewKnownSite::new("again", fp(7))]);
    assert_eq!(again.unwrap(), [5]);
    assert!(KnownStore::verify(&copy).unwrap().is_clean());
    let mut s = KnownStore::open_existing(&path).unwrap();
    // The torn record was never reported added: its id is given again.
    assert_eq!(s.add(NewKnownSite::new("again", fp(7))).unwrap(), 5);
    let found = KnownStore::verify(&path).unwrap();
    assert!(found.is_clean());
    assert_eq!(
        &std::fs::read(&path).unwrap()[..last.offset as usize],
        &clean[..last.offset as usize]
    );

    // Damaged: a complete last record whose checksum fails was reported
    // added. It reaches the end of the file but is never cut.
    std::fs::write(&path, &clean).unwrap();
    let mut writer = KnownStore::open_existing(&path).unwrap();
    let damaged = change(&path, last.offset + last.len - 30, 0x10);
    let found = KnownStore::verify(&path).unwrap();
    let region = &found.damage[0];
    assert_eq!(
        (region.offset, region.len, region.kind, region.fate),
        (last.offset, last.len, DamageKind::BadChecksum, Fate::Lost)
    );
    assert!(writer.add(NewKnownSite::new("six", fp(6))).is_err());
    let mut appender = KnownAppender::open(&path).unwrap();
    assert!(appender
        .add_all(vec![NewKnownSite::new("six", fp(6))])
        .is_err());
    assert_eq!(std::fs::read(&path).unwrap(), damaged);
    // Repair keeps 1-4 and keeps id 5 from reuse.
    let done = repair_keeps(&path, &damaged, &[1, 2, 3, 4]);
    assert_eq!(done.reserved_id, Some(5));
    assert_eq!(writer.add(NewKnownSite::new("six", fp(6))).unwrap(), 6);
}

/// The last addition lost with the digits of its id damaged: its id is
/// still kept from reuse (ids grow along the file, so it was above every id
/// left), and so is one for a lost region there that tells nothing.
#[test]
fn a_lost_last_addition_keeps_its_id_even_when_its_digits_are_damaged() {
    let (_dir, path) = store(5);
    let last = KnownStore::verify(&path).unwrap().records[4].clone();
    let clean = std::fs::read(&path).unwrap();
    let start = (last.offset + 12) as usize;
    assert!(clean[start..].starts_with(br#"{"op":"add","id":5,"#));
    // The digit itself: the checksum fails and the id cannot be read.
    let damaged = change(&path, last.offset + 12 + 17, 0x40);
    let found = KnownStore::verify(&path).unwrap();
    assert_eq!(found.damage.len(), 1);
    assert_eq!(found.damage[0].fate, Fate::Lost);
    assert_eq!(found.damage[0].records[0].id, None);
    let done = repair_keeps(&path, &damaged, &[1, 2, 3, 4]);
    assert_eq!(done.reserved_id, Some(5));
    let mut s = KnownStore::open_existing(&path).unwrap();
    assert_eq!(s.add(NewKnownSite::new("six", fp(6))).unwrap(), 6);

    // The digit changed into another digit, "5" into "1": the id reads as
    // one still in use, and 5 is kept all the same.
    std::fs::write(&path, &clean).unwrap();
    let damaged = change(&path, last.offset + 12 + 17, 0x04);
    assert_eq!(
        KnownStore::verify(&path).unwrap().damage[0].records[0].id,
        Some(1)
    );
    let done = repair_keeps(&path, &damaged, &[1, 2, 3, 4]);
    assert_eq!(done.reserved_id, Some(5));

    // A record after it that mentions an older id (a removal of site 1):
    // the lost addition is no longer the last record, and still came after
    // every id left.
    std::fs::write(&path, &clean).unwrap();
    assert!(KnownStore::open_existing(&path).unwrap().remove(1).unwrap());
    let damaged = change(&path, last.offset + 12 + 17, 0x40);
    let done = KnownStore::repair(&path, None).unwrap();
    assert_eq!(done.reserved_id, Some(5));
    assert!(KnownStore::verify(&path).unwrap().is_clean());
    assert_ne!(std::fs::read(&path).unwrap(), damaged);

    // The start of the record gone (its first bytes replaced): nothing
    // read, one id kept all the same.
    std::fs::write(&path, &clean).unwrap();
    let mut bytes = clean.clone();
    bytes[start..start + 8].copy_from_slice(b"xxxxxxxx");
    std::fs::write(&path, &bytes).unwrap();
    let found = KnownStore::verify(&path).unwrap();
    assert!(found.damage.iter().all(|d| d.records.is_empty()));
    let done = repair_keeps(&path, &bytes, &[1, 2, 3, 4]);
    assert_eq!(done.reserved_id, Some(5));
}

/// One fingerprint, made once for every case of the property test.
fn site_fp() -> &'static SiteFingerprint {
    static FP: OnceLock<SiteFingerprint> = OnceLock::new();
    FP.get_or_init(|| fp(99))
}

/// What the law says of a store of records `before` after the byte at
/// `at` changed: checked on `found` (a verification of the changed file).
fn check_law(before: &Verification, at: u64, found: &Verification) {
    let hit = before
        .records
        .iter()
        .position(|r| (r.offset..r.offset + r.len).contains(&at));
    let in_length = hit.is_some_and(|i| at < before.records[i].offset + 4);
    let mut expected = ops(before);
    if let Some(i) = hit.filter(|_| !in_length) {
        expected.remove(i);
    }
    assert_eq!(ops(found), expected, "byte {at}");
    assert!(found.records.len() + 1 >= before.records.len());
    assert_eq!(found.damage.len(), 1, "byte {at}: {:?}", found.damage);
    let region = &found.damage[0];
    assert!(
        (region.offset..region.offset + region.len).contains(&at),
        "byte {at}: {region:?}"
    );
    assert_ne!(region.fate, Fate::Unfinished, "byte {at}: never cut");
    let recovered = hit.is_none() || in_length;
    assert_eq!(region.fate == Fate::Recovered, recovered, "byte {at}");
}

/// A store of six records: three additions, a removal, and a confirmed
/// reincarnation added as a site (an addition and a lineage record).
fn base() -> &'static (Vec<u8>, Verification) {
    static BASE: OnceLock<(Vec<u8>, Verification)> = OnceLock::new();
    BASE.get_or_init(|| {
        let (_dir, path) = store(3);
        let mut s = KnownStore::open_existing(&path).unwrap();
        assert!(s.remove(2).unwrap());
        let next = NewReincarnation {
            matched: 1,
            domain: "one-again.example".into(),
            first_seen: "2026-01-02T00:00:00Z".into(),
            score: 0.97,
        };
        s.record_reincarnation(next, Some(NewKnownSite::new("one again", fp(9))))
            .unwrap()
            .unwrap();
        let found = KnownStore::verify(&path).unwrap();
        assert!(found.is_clean());
        assert_eq!(found.records.len(), 6);
        (std::fs::read(&path).unwrap(), found)
    })
}

/// Every byte within 16 of every record boundary, two ways.
#[test]
fn every_byte_near_a_boundary() {
    let (bytes, before) = base();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("known.cdstore");
    let mut offsets: Vec<u64> = before
        .records
        .iter()
        .flat_map(|r| [r.offset, r.offset + r.len])
        .flat_map(|b| b.saturating_sub(16)..b + 16)
        .filter(|&at| at < bytes.len() as u64 && !(8..12).contains(&at))
        .collect();
    offsets.sort_unstable();
    offsets.dedup();
    for at in offsets {
        for xor in [0x01, 0xFF] {
            let mut changed = bytes.clone();
            changed[at as usize] ^= xor;
            std::fs::write(&path, &changed).unwrap();
            check_law(before, at, &KnownStore::verify(&path).unwrap());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// One changed byte anywhere: the law above, through a real repair.
    #[test]
    fn one_changed_byte_costs_at_most_its_record(pick in any::<u64>(), xor in 1u8..=255) {
        let (bytes, before) = base();
        let at = pick % bytes.len() as u64;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("known.cdstore");
        let mut changed = bytes.clone();
        changed[at as usize] ^= xor;
        std::fs::write(&path, &changed).unwrap();
        let out = dir.path().join("repaired.cdstore");
        match KnownStore::repair(&path, Some(&out)) {
            Err(Error::StoreVersion { .. }) => {
                prop_assert!((8..12).contains(&at), "byte {}", at);
                prop_assert_eq!(&std::fs::read(&path).unwrap(), &changed);
            }
            Err(e) => panic!("byte {at}: {e}"),
            Ok(done) => {
                check_law(before, at, &done.verification);
                let after = KnownStore::verify(&out).unwrap();
                prop_assert!(after.is_clean());
                // Every intact record, and the removal keeping a lost
                // addition's id from reuse, if one was needed.
                let mut expected = ops(&done.verification);
                expected.extend(done.reserved_id.map(|id| (RecordOp::Remove, id)));
                prop_assert_eq!(ops(&after), expected);
                prop_assert!(KnownStore::open_existing(&out).is_ok());
                // A writer never appends to the damaged file.
                let mut writer = KnownStore::open_with(&path, OnDamage::Skip);
                if let Ok(w) = writer.as_mut() {
                    prop_assert!(w.remove(1).is_err());
                }
                // Nor does the appender, which holds no sites.
                if let Ok(mut a) = KnownAppender::open(&path) {
                    let site = NewKnownSite::new("next", site_fp().clone());
                    prop_assert!(a.add_all(vec![site]).is_err(), "byte {}", at);
                }
                prop_assert_eq!(&std::fs::read(&path).unwrap(), &changed);
            }
        }
    }
}
