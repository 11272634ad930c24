//! `known export` and `known import` through the real binary: a store shared
//! with another analyst keeps its sites, dates and lineage, and still
//! matches.

use clone_detect_tests::tempfile;

use crate::common::{bin, run, site};

#[test]
fn a_store_round_trips_through_an_export() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.cdstore");
    let (code, _, err) = run(bin()
        .args([
            "known",
            "add",
            "--first-seen",
            "2026-01-02T03:04:05Z",
            "--tag",
            "case-17",
            "--tag",
            "seized",
            "--db",
        ])
        .arg(&a)
        .arg(site("libfmt-bookworm"))
        .arg(site("libjansson-bookworm")));
    assert_eq!(code, 0, "{err}");
    let export = dir.path().join("a.jsonl");
    let (code, _, err) = run(bin()
        .args(["known", "export", "--db"])
        .arg(&a)
        .arg("-o")
        .arg(&export));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("exported 2 sites"), "{err}");

    // Another analyst's store, which already holds a site of its own.
    let b = dir.path().join("b.cdstore");
    let (code, _, err) = run(bin()
        .args(["known", "add", "--db"])
        .arg(&b)
        .arg(site("libpango1.0-bookworm")));
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = run(bin().args(["known", "import", "--db"]).arg(&b).arg(&export));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("imported 2 sites and 0 reincarnations"),
        "{out}"
    );

    // The export of the receiving store holds the same sites, fingerprints
    // and dates, under new ids.
    let (code, again, err) = run(bin().args(["known", "export", "--db"]).arg(&b));
    assert_eq!(code, 0, "{err}");
    let sites = |text: &str| -> Vec<serde_json::Value> {
        text.lines()
            .skip(1)
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
            .map(|mut l| {
                let site = l["site"].take();
                serde_json::json!({
                    "label": site["label"],
                    "first_seen": site["first_seen"],
                    "added_at": site["added_at"],
                    "tags": site["tags"],
                    "fingerprint": site["fingerprint"],
                })
            })
            .collect()
    };
    let before = sites(&std::fs::read_to_string(&export).unwrap());
    let after = sites(&again);
    assert_eq!(after.len(), 3);
    for s in &before {
        assert!(after.contains(s), "{} lost", s["label"]);
    }
    assert!(before
        .iter()
        .all(|s| s["first_seen"] == "2026-01-02T03:04:05Z"));
    assert!(before
        .iter()
        .all(|s| s["tags"] == serde_json::json!(["case-17", "seized"])));

    // The imported sites match their mirrors.
    let (code, out, err) = run(bin()
        .args(["check", "--db"])
        .arg(&b)
        .arg(site("libjansson-bookworm-mirror")));
    assert_eq!(code, 3, "{out}{err}");
    assert!(out.contains("libjansson-bookworm"), "{out}");

    // A damaged export is refused whole, naming its line.
    let text = std::fs::read_to_string(&export).unwrap();
    let cut: Vec<&str> = text.lines().collect();
    let damaged = dir.path().join("damaged.jsonl");
    std::fs::write(
        &damaged,
        format!("{}\n{}\n{{\"site\": 7}}\n", cut[0], cut[1]),
    )
    .unwrap();
    let (code, _, err) = run(bin()
        .args(["known", "import", "--db"])
        .arg(&b)
        .arg(&damaged));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("damaged.jsonl:3"), "{err}");
    let (_, listed, _) = run(bin().args(["known", "list", "--db"]).arg(&b));
    assert_eq!(listed.lines().count(), 3, "{listed}");
}

#[test]
fn dates_must_be_rfc_3339() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.cdstore");
    let (code, _, err) = run(bin()
        .args(["known", "add", "--first-seen", "last spring", "--db"])
        .arg(&db)
        .arg(site("libfmt-bookworm")));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("--first-seen") && err.contains("RFC 3339"),
        "{err}"
    );
    let (code, _, err) = run(bin()
        .args(["known", "add", "--last-seen", "2026-03-01", "--db"])
        .arg(&db)
        .arg(site("libfmt-bookworm")));
    assert_eq!(code, 0, "{err}");
}
