//! `KnownAppender`, what `known add` writes with: the same records as the
//! store's own writer, ids that are never given twice whoever else writes
//! (another appender, a `KnownStore`, a removal, a repair), and nothing
//! written when the input is refused.

use std::path::PathBuf;

use clone_detect::store::{KnownAppender, KnownSignals, KnownStore, NewKnownSite, SidecarRead};
use clone_detect::{Error, FingerprintConfig, Fingerprinter, SiteFingerprint};
use clone_detect_tests::one_page;

fn fp(i: u64) -> SiteFingerprint {
    Fingerprinter::new(FingerprintConfig::default())
        .unwrap()
        .fingerprint(&one_page(
            format!("<title>site {i}</title><p>market number {i}, vendors and listings</p>")
                .as_bytes(),
        ))
}

fn site(i: u64) -> NewKnownSite {
    NewKnownSite::new(format!("site {i}"), fp(i))
}

fn fresh() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("known.cdstore");
    (dir, path)
}

#[test]
fn the_appender_writes_what_the_store_writes() {
    let (dir, path) = fresh();
    let other = dir.path().join("other.cdstore");
    let mut appender = KnownAppender::open(&path).unwrap();
    let mut writer = KnownStore::open(&other).unwrap();
    let dated = |i| NewKnownSite {
        first_seen: Some("2026-03-01".into()),
        last_seen: Some("2026-04-01T12:00:00+02:00".into()),
        tags: vec!["case-17".into()],
        ..site(i)
    };
    assert_eq!(appender.add_all(vec![dated(1), site(2)]).unwrap(), [1, 2]);
    assert_eq!(writer.add_all(vec![dated(1), site(2)]).unwrap(), [1, 2]);
    let a = KnownStore::open_existing(&path).unwrap();
    let b = KnownStore::open_existing(&other).unwrap();
    assert_eq!(a.len(), 2);
    for (x, y) in a.sites().zip(b.sites()) {
        // Everything but the time of the write.
        assert_eq!(
            (x.id, &x.label, &x.first_seen, &x.last_seen, &x.tags),
            (y.id, &y.label, &y.first_seen, &y.last_seen, &y.tags)
        );
        assert_eq!(x.fingerprint, y.fingerprint);
    }
    assert!(KnownStore::verify(&path).unwrap().is_clean());
}

#[test]
fn ids_are_never_given_twice_whoever_writes() {
    let (_dir, path) = fresh();
    let mut appender = KnownAppender::open(&path).unwrap();
    assert_eq!(appender.add_all(vec![site(1), site(2)]).unwrap(), [1, 2]);
    // Another process adds and removes its highest id: the appender reads
    // both records at its next write and goes on above them.
    let mut store = KnownStore::open_existing(&path).unwrap();
    assert_eq!(store.add(site(3)).unwrap(), 3);
    assert!(store.remove(3).unwrap());
    assert_eq!(appender.add_all(vec![site(4)]).unwrap(), [4]);
    // And the store's writer reads the appender's record.
    assert_eq!(store.add(site(5)).unwrap(), 5);
    assert_eq!(appender.add_all(vec![site(6)]).unwrap(), [6]);
    let ids: Vec<u64> = KnownStore::open_existing(&path)
        .unwrap()
        .sites()
        .map(|s| s.id)
        .collect();
    assert_eq!(ids, [1, 2, 4, 5, 6]);
}

#[test]
fn appenders_in_parallel_give_distinct_ids() {
    let (_dir, path) = fresh();
    let batches: Vec<Vec<u64>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4u64)
            .map(|t| {
                let path = path.clone();
                scope.spawn(move || {
                    let mut appender = KnownAppender::open(&path).unwrap();
                    let mut ids = Vec::new();
                    for b in 0..5u64 {
                        let base = 100 * t + 10 * b;
                        ids.extend(appender.add_all(vec![site(base), site(base + 1)]).unwrap());
                    }
                    ids
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut all: Vec<u64> = batches.concat();
    all.sort_unstable();
    assert_eq!(all, (1..=40).collect::<Vec<_>>());
    let store = KnownStore::open_existing(&path).unwrap();
    assert_eq!(store.len(), 40);
    // Each batch's two sites got consecutive ids (one write each).
    for ids in &batches {
        for pair in ids.chunks(2) {
            assert_eq!(pair[1], pair[0] + 1);
        }
    }
    assert!(KnownStore::verify(&path).unwrap().is_clean());
}

#[test]
fn check_sees_what_the_appender_added() {
    let (_dir, path) = fresh();
    let mut appender = KnownAppender::open(&path).unwrap();
    appender.add_all((1..=3).map(site).collect()).unwrap();
    let first = KnownSignals::open(&path).unwrap();
    assert_eq!(first.len(), 3);
    appender.add_all(vec![site(4)]).unwrap();
    let known = KnownSignals::open(&path).unwrap();
    assert_eq!(known.sidecar().read, SidecarRead::Extended { records: 1 });
    let labels: Vec<&str> = known
        .sites()
        .iter()
        .map(|(k, _)| k.label.as_str())
        .collect();
    assert_eq!(labels, ["site 1", "site 2", "site 3", "site 4"]);
}

#[test]
fn refused_input_writes_nothing() {
    let (dir, path) = fresh();
    let mut appender = KnownAppender::open(&path).unwrap();
    appender.add_all(vec![site(1)]).unwrap();
    let before = std::fs::read(&path).unwrap();
    // A fingerprint of other hash specs, in a batch with a good one.
    let mut other = fp(2);
    other.specs.template_simhash = "template-simhash/v0/other".into();
    let err = appender
        .add_all(vec![site(3), NewKnownSite::new("other", other)])
        .unwrap_err();
    assert!(matches!(err, Error::SpecMismatch { .. }), "{err:?}");
    // A date that is not RFC 3339.
    let undated = NewKnownSite {
        first_seen: Some("last spring".into()),
        ..site(4)
    };
    assert!(appender.add_all(vec![undated]).is_err());
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // A file that is not a store is not opened, and not changed.
    let not = dir.path().join("notes.txt");
    std::fs::write(&not, b"not a store at all, just some notes\n").unwrap();
    assert!(matches!(
        KnownAppender::open(&not),
        Err(Error::Store { .. })
    ));
    assert_eq!(
        std::fs::read(&not).unwrap(),
        b"not a store at all, just some notes\n"
    );
}
