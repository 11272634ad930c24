//! `known add|list|remove` and `check` through the real binary, including a
//! crash test: the process is killed while adding, and the store keeps every
//! entry it reported added.

use clone_detect_tests::tempfile;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use clone_detect::store::KnownStore;

use crate::common::{bin, json_lines, run, site};

#[test]
fn add_list_check_remove() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("known.cdstore");
    let (code, out, err) = run(bin()
        .args(["known", "add", "--label", "attrs docs", "--db"])
        .arg(&db)
        .arg(site("python-attr-bookworm")));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.trim(), "added 1\tattrs docs");
    let (code, out, _) = run(bin()
        .args(["known", "add", "--db"])
        .arg(&db)
        .arg(site("libfmt-bookworm")));
    assert_eq!(code, 0);
    assert_eq!(out.trim(), "added 2\tlibfmt-bookworm");

    let (code, out, _) = run(bin().args(["known", "list", "--json", "--db"]).arg(&db));
    assert_eq!(code, 0);
    let listed = json_lines(&out);
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0]["label"], "attrs docs");

    // A mirror of a known site matches (exit 3), an unknown site does not.
    let (code, out, err) = run(bin()
        .args(["check", "--json", "--db"])
        .arg(&db)
        .arg(site("python-attr-bookworm-mirror"))
        .arg(site("python-mako-bookworm")));
    assert_eq!(code, 3, "{err}");
    let verdicts = json_lines(&out);
    assert_eq!(verdicts.len(), 2);
    for key in [
        "source",
        "verdict",
        "score",
        "match",
        "candidates",
        "evidence",
    ] {
        assert!(verdicts[0].get(key).is_some(), "missing {key}");
    }
    assert_eq!(verdicts[0]["verdict"], "reincarnation");
    assert_eq!(verdicts[0]["match"]["id"], 1);
    assert_eq!(verdicts[0]["match"]["label"], "attrs docs");
    assert_eq!(verdicts[1]["verdict"], "unrelated");
    assert!(verdicts[1]["match"].is_null());

    // The check kept the store's signals in a sidecar; a damaged sidecar
    // is read past (the store is read again), with the same verdicts.
    let sidecar = clone_detect::store::sidecar_path(&db);
    assert!(sidecar.exists());
    let mut damaged = std::fs::read(&sidecar).unwrap();
    let middle = damaged.len() / 2;
    damaged[middle] ^= 0x55;
    std::fs::write(&sidecar, damaged).unwrap();
    let (code, again, err) = run(bin()
        .args(["check", "--json", "--db"])
        .arg(&db)
        .arg(site("python-attr-bookworm-mirror"))
        .arg(site("python-mako-bookworm")));
    assert_eq!(code, 3, "{err}");
    let strip = |text: &str| -> Vec<serde_json::Value> {
        text.lines()
            .map(|l| {
                let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
                v.as_object_mut().unwrap().remove("provenance");
                v
            })
            .collect()
    };
    assert_eq!(strip(&again), strip(&out));
    // A sidecar that cannot be written (here a folder in its place) costs
    // a warning, never the check.
    std::fs::remove_file(&sidecar).unwrap();
    std::fs::create_dir(&sidecar).unwrap();
    let (code, unwritten, err) = run(bin()
        .args(["check", "--json", "--db"])
        .arg(&db)
        .arg(site("python-attr-bookworm-mirror"))
        .arg(site("python-mako-bookworm")));
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("warning: cannot write"), "{err}");
    assert_eq!(strip(&unwritten), strip(&out));
    std::fs::remove_dir(&sidecar).unwrap();

    // Only unrelated sites: exit 0, and the human output says so.
    let (code, out, _) = run(bin()
        .args(["check", "--db"])
        .arg(&db)
        .arg(site("python-mako-bookworm")));
    assert_eq!(code, 0);
    assert!(out.contains("unrelated"), "{out}");

    let (code, out, _) = run(bin().args(["known", "remove", "--db"]).arg(&db).arg("1"));
    assert_eq!((code, out.trim()), (0, "removed 1"));
    let (code, _, err) = run(bin().args(["known", "remove", "--db"]).arg(&db).arg("1"));
    assert_eq!(code, 1);
    assert!(err.contains("no known site with id 1"), "{err}");
    let (code, _, _) = run(bin()
        .args(["check", "--db"])
        .arg(&db)
        .arg(site("python-attr-bookworm-mirror")));
    assert_eq!(code, 0, "the removed site no longer matches");
}

#[test]
fn check_reads_fingerprint_lines_and_reports_bad_ones() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s");
    let (code, _, _) = run(bin()
        .args(["known", "add", "--db"])
        .arg(&db)
        .arg(site("libfmt-bookworm")));
    assert_eq!(code, 0);
    let fp = run(bin().arg("fingerprint").arg(site("libfmt-bookworm-mirror"))).1;
    let lines = dir.path().join("fps.jsonl");
    std::fs::write(&lines, format!("{}\nnot json\n", fp.trim())).unwrap();
    let (code, out, err) = run(bin().args(["check", "--json", "--db"]).arg(&db).arg(&lines));
    assert_eq!(code, 1, "a bad line is a failed source");
    let out = json_lines(&out);
    assert_eq!(out.len(), 2, "one line per input line");
    assert!(
        out[0]["verdict"].is_string(),
        "the good line is still checked"
    );
    assert!(out[1]["source"].as_str().unwrap().ends_with("fps.jsonl:2"));
    assert!(out[1]["error"].is_string());
    assert!(err.contains("fps.jsonl:2"), "{err}");
}

#[test]
fn missing_or_damaged_store_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("none");
    let (code, _, err) = run(bin()
        .args(["check", "--db"])
        .arg(&missing)
        .arg(site("libfmt-bookworm")));
    assert_eq!(code, 2);
    assert!(err.contains("cannot open the store"), "{err}");
    let garbage = dir.path().join("garbage");
    std::fs::write(&garbage, b"SQLite format 3\0 and more").unwrap();
    let (code, _, err) = run(bin().args(["known", "list", "--db"]).arg(&garbage));
    assert_eq!(code, 2);
    assert!(err.contains("not a clone-detect known-site store"), "{err}");
}

#[test]
fn check_against_the_shipped_corpus() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let (code, out, err) = run(bin()
        .arg("check")
        .arg("--corpus")
        .arg(&corpus)
        .arg(site("libxml2-trixie-mirror")));
    assert_eq!(code, 3, "{out}{err}");
    assert!(out.contains("REINCARNATION of"), "{out}");
    assert!(out.contains("libxml2-bookworm"), "{out}");
}

/// Kills `known add` at varied moments, many times. Every id a process
/// printed (printed only after the write was synced) must be in the store,
/// and the store must always open.
#[test]
fn killed_while_adding_loses_nothing_reported() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.cdstore");
    // 40 fingerprints per run: each add is one large write.
    let fp = run(bin()
        .arg("fingerprint")
        .arg(site("python-sqlalchemy-bookworm")))
    .1;
    let batch = dir.path().join("batch.jsonl");
    std::fs::write(&batch, vec![fp.trim(); 40].join("\n")).unwrap();
    let mut reported: Vec<u64> = Vec::new();
    // Kill at moments spread over a whole add, measured first on a run that
    // is left to finish (so some ids are always reported, whatever the
    // machine's speed); every fifth run also finishes.
    let mut full = Duration::from_millis(50);
    for round in 0..30u32 {
        let started = std::time::Instant::now();
        let mut child = bin()
            .args(["known", "add", "--json", "--db"])
            .arg(&db)
            .arg(&batch)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(&l).ok())
                .filter_map(|v| v["id"].as_u64())
                .collect::<Vec<u64>>()
        });
        if round % 5 == 0 {
            let _ = child.wait();
            if round == 0 {
                full = started.elapsed();
            }
        } else {
            std::thread::sleep(full * (round % 5) / 4);
            let _ = child.kill();
            let _ = child.wait();
        }
        reported.extend(reader.join().unwrap());
        if !db.exists() {
            // Killed before it created the store: nothing can have been added.
            assert!(reported.is_empty());
            continue;
        }
        let store = KnownStore::open_existing(&db).expect("the store always opens");
        for id in &reported {
            assert!(
                store.get(*id).is_some(),
                "round {round}: id {id} was reported but is gone"
            );
        }
    }
    let store = KnownStore::open(&db).unwrap();
    assert!(store.len() >= reported.len());
    assert!(
        !reported.is_empty(),
        "no run finished: the test did not test durability"
    );
}
