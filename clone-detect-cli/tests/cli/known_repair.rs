//! `known verify` and `known repair` through the real binary, on a store
//! damaged on disk: exit codes, what they print, and what is left.

use clone_detect_tests::tempfile;

use std::path::Path;
use std::process::Command;

use clone_detect::store::KnownStore;

use crate::common::{bin, site};

fn run(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn known(args: &[&str], db: &Path) -> (i32, String, String) {
    run(bin().arg("known").args(args).arg("--db").arg(db))
}

#[test]
fn verify_then_repair_a_flipped_byte() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("known.cdstore");
    for s in [
        "libfmt-bookworm",
        "python-attr-bookworm",
        "python-mako-bookworm",
    ] {
        let (code, _, err) = run(bin().args(["known", "add", "--db"]).arg(&db).arg(site(s)));
        assert_eq!(code, 0, "{err}");
    }
    let (code, out, _) = known(&["verify"], &db);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("3 intact records") && out.contains("no damage"),
        "{out}"
    );

    // One byte of the second record's payload changes.
    let second = KnownStore::verify(&db).unwrap().records[1].clone();
    let mut bytes = std::fs::read(&db).unwrap();
    bytes[(second.offset + second.len - 40) as usize] ^= 0x08;
    std::fs::write(&db, &bytes).unwrap();

    let (code, out, _) = known(&["verify", "--json"], &db);
    assert_eq!(code, 1, "{out}");
    let found: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(found["clean"], false);
    assert_eq!(found["records"].as_array().unwrap().len(), 2);
    let region = &found["damage"][0];
    assert_eq!(region["offset"], second.offset);
    assert_eq!(region["len"], second.len);
    assert_eq!(region["kind"], "bad_checksum");
    assert_eq!(region["fate"], "lost");
    assert_eq!(region["records"][0]["op"], "add");
    assert_eq!(region["records"][0]["id"], 2);
    let (code, out, _) = known(&["verify"], &db);
    assert_eq!(code, 1);
    assert!(
        out.contains(&format!("byte {}", second.offset))
            && out.contains("bad checksum, lost: probably the addition of #2")
            && out.contains("additions #1, #3"),
        "{out}"
    );

    // Every other command refuses it, naming the byte and the fix.
    let (code, _, err) = known(&["list"], &db);
    assert_eq!(code, 2);
    assert!(
        err.contains(&format!("byte {}", second.offset)) && err.contains("known repair"),
        "{err}"
    );

    // `known add`, which reads no fingerprint of the store, refuses too
    // and writes nothing.
    let (code, _, err) = run(bin()
        .args(["known", "add", "--db"])
        .arg(&db)
        .arg(site("python-babel-bookworm")));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(&format!("byte {}", second.offset))
            && err.contains("refusing")
            && err.contains("known repair"),
        "{err}"
    );
    assert_eq!(std::fs::read(&db).unwrap(), bytes);

    let (code, out, err) = known(&["repair"], &db);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("with 2 records"), "{out}");
    assert!(out.contains("probably the addition of #2"), "{out}");
    let copy = out
        .lines()
        .next()
        .and_then(|l| l.split("kept as ").nth(1))
        .expect("names the damaged copy");
    assert_eq!(std::fs::read(copy).unwrap(), bytes);

    let (code, out, _) = known(&["verify"], &db);
    assert_eq!(code, 0, "{out}");
    let (code, out, _) = known(&["list"], &db);
    assert_eq!(code, 0);
    let ids: Vec<&str> = out.lines().map(|l| l.split('\t').next().unwrap()).collect();
    assert_eq!(ids, ["1", "3"]);
    let (code, out, _) = known(&["repair"], &db);
    assert_eq!(
        (code, out.contains("nothing to repair")),
        (0, true),
        "{out}"
    );
}

#[test]
fn zero_filled_tail_is_reported_not_lost() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("known.cdstore");
    let (code, _, err) = run(bin()
        .args(["known", "add", "--db"])
        .arg(&db)
        .arg(site("libfmt-bookworm")));
    assert_eq!(code, 0, "{err}");
    let clean = std::fs::read(&db).unwrap();
    let mut bytes = clean.clone();
    bytes.extend([0u8; 4096]);
    std::fs::write(&db, &bytes).unwrap();

    let (code, out, _) = known(&["verify"], &db);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!(
            "byte {}, 4096 bytes: zero-filled, an interrupted write",
            clean.len()
        )),
        "{out}"
    );
    // It still reads; repair to another file gives the store before.
    let (code, _, _) = known(&["list"], &db);
    assert_eq!(code, 0);
    let new = dir.path().join("new.cdstore");
    let (code, out, err) = run(bin()
        .args(["known", "repair", "-o"])
        .arg(&new)
        .arg("--db")
        .arg(&db));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("is unchanged"), "{out}");
    assert!(out.contains("no record reported written was lost"), "{out}");
    assert_eq!(std::fs::read(&new).unwrap(), clean);
    assert_eq!(std::fs::read(&db).unwrap(), bytes);
}
