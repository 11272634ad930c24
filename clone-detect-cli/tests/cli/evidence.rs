//! Evidence captures (`--evidence DIR`) of live checks on loopback: the
//! WARC reads back in Python's `warcio` (digests checked) and in our own
//! reader with the very fingerprint of the live check, `sha256sum -c`
//! accepts the manifest, and a changed byte is found.

use std::path::{Path, PathBuf};
use std::process::Command;

use clone_detect_tests::server::Server;
use clone_detect_tests::{run_reference_python, tempfile};

use crate::common::{bin, json_lines, site};

/// Loopback sites need `--allow-private`; as root, Chromium needs
/// `--no-sandbox`.
const LIVE: [&str; 2] = ["--allow-private", "--no-sandbox"];

/// The one capture folder in `dir`.
fn only_capture(dir: &Path) -> PathBuf {
    let folders: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(folders.len(), 1, "{folders:?}");
    folders[0].clone()
}

/// What `warcio` sees: `warcio check` (every digest), then each record's
/// type, target and payload SHA-256, one JSON object per line.
const WARCIO_READ: &str = r#"
import hashlib, json, sys
from warcio.archiveiterator import ArchiveIterator
from warcio.cli import main
try:
    main(["check", sys.argv[1]])
except SystemExit as e:
    if e.code:
        raise
with open(sys.argv[1], "rb") as f:
    for r in ArchiveIterator(f, check_digests="raise"):
        body = r.content_stream().read()
        print(json.dumps({
            "type": r.rec_type,
            "uri": r.rec_headers.get_header("WARC-Target-URI"),
            "status": r.http_headers.get_statuscode() if r.http_headers else None,
            "sha256": hashlib.sha256(body).hexdigest(),
        }))
"#;

fn warcio_records(warc: &Path) -> Vec<serde_json::Value> {
    json_lines(&run_reference_python(WARCIO_READ, &[warc.as_os_str()]))
}

fn sha256_hex(bytes: &[u8]) -> String {
    let out = Command::new("sha256sum")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(bytes)?;
            child.wait_with_output()
        })
        .unwrap();
    String::from_utf8(out.stdout).unwrap()[..64].to_string()
}

#[test]
fn a_live_check_keeps_a_capture_that_reads_back_unchanged() {
    let served = site("python-attr-bookworm-mirror");
    let server = Server::folder(&served);
    let url = server.url("/");
    let dir = tempfile::tempdir().unwrap();
    let evidence = dir.path().join("evidence");
    let out = bin()
        .args(["check", "--json", "--corpus"])
        .arg(site(".."))
        .args(LIVE)
        .arg("--evidence")
        .arg(&evidence)
        .arg(&url)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(3),
        "a match: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let folder = only_capture(&evidence);
    assert_eq!(line["evidence"], folder.display().to_string());

    // The manifest, as sha256sum checks it.
    let checked = Command::new("sha256sum")
        .args(["-c", "manifest.sha256"])
        .current_dir(&folder)
        .output()
        .unwrap();
    assert!(
        checked.status.success(),
        "{}",
        String::from_utf8_lossy(&checked.stdout)
    );

    // And as `clone-detect verify` checks it.
    let (code, out, _) = crate::common::run(bin().arg("verify").arg(&folder));
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(": unchanged ("), "{out}");

    // warcio: every digest checks, and the records are what was served.
    let warc = folder.join("capture.warc.gz");
    let records = warcio_records(&warc);
    let of_type = |t: &str| records.iter().filter(|r| r["type"] == t).count();
    assert_eq!(records[0]["type"], "warcinfo");
    assert!(of_type("request") >= 1 && of_type("request") == of_type("response"));
    assert_eq!(of_type("metadata"), 1);
    let root = records
        .iter()
        .find(|r| r["type"] == "response" && r["uri"] == url.as_str())
        .expect("the root page's response");
    assert_eq!(root["status"], "200");
    assert_eq!(
        root["sha256"],
        sha256_hex(&std::fs::read(served.join("index.html")).unwrap())
    );
    let shot = records
        .iter()
        .find(|r| {
            r["uri"]
                .as_str()
                .is_some_and(|u| u.starts_with("urn:screenshot:"))
        })
        .expect("the screenshot is a resource record");
    assert_eq!(shot["type"], "resource");

    // Our reader: the fingerprint of the capture is the live one.
    let live: serde_json::Value =
        serde_json::from_slice(&std::fs::read(folder.join("fingerprint.json")).unwrap()).unwrap();
    let again = bin().arg("fingerprint").arg(&warc).output().unwrap();
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    let again: serde_json::Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(again, live);
    assert!(
        live["screenshot"]["phash"].is_string(),
        "a screenshot was taken"
    );
    // The result it was kept for, with the build and model.
    let result: serde_json::Value =
        serde_json::from_slice(&std::fs::read(folder.join("result.json")).unwrap()).unwrap();
    assert_eq!(result["verdict"], "reincarnation");
    assert_eq!(result["provenance"], line["provenance"]);

    // A changed byte: the manifest no longer checks.
    let mut bytes = std::fs::read(&warc).unwrap();
    let at = bytes.len() / 2;
    bytes[at] ^= 0x20;
    std::fs::write(&warc, &bytes).unwrap();
    let checked = Command::new("sha256sum")
        .args(["-c", "--quiet", "manifest.sha256"])
        .current_dir(&folder)
        .output()
        .unwrap();
    assert!(!checked.status.success());
    let (code, out, _) = crate::common::run(bin().args(["verify", "--json"]).arg(&folder));
    assert_eq!(code, 1);
    let line: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(line["unchanged"], false, "{line}");
    let (code, _, err) = crate::common::run(bin().arg("fingerprint").arg(&warc));
    assert_ne!(code, 0, "a changed capture is refused");
    assert!(err.contains("capture.warc.gz"), "{err}");
}

#[test]
fn fingerprint_and_snapshot_keep_captures_of_many_sites() {
    let a = Server::folder(site("python-attr-bookworm"));
    let b = Server::folder(site("libfmt-trixie"));
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("sites.txt");
    std::fs::write(&list, format!("{}\n{}\n", a.url("/"), b.url("/"))).unwrap();

    // fingerprint --evidence: one capture per site.
    let evidence = dir.path().join("fp-evidence");
    let out = bin()
        .arg("fingerprint")
        .args(LIVE)
        .arg("--no-screenshot")
        .arg("--evidence")
        .arg(&evidence)
        .arg("--input")
        .arg(&list)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = json_lines(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(std::fs::read_dir(&evidence).unwrap().count(), 2);
    for folder in std::fs::read_dir(&evidence).unwrap() {
        let folder = folder.unwrap().path();
        let kept: serde_json::Value =
            serde_json::from_slice(&std::fs::read(folder.join("fingerprint.json")).unwrap())
                .unwrap();
        assert!(
            printed.contains(&kept),
            "{} is one of the printed",
            folder.display()
        );
        assert!(!folder.join("result.json").exists(), "no verdict to keep");
        warcio_records(&folder.join("capture.warc.gz"));
    }

    // A saved folder, read from disk: its pages are resources, and the
    // capture reads back in warcio and as the same fingerprint.
    let evidence = dir.path().join("folder-evidence");
    let out = bin()
        .arg("fingerprint")
        .arg("--evidence")
        .arg(&evidence)
        .arg(site("libfmt-trixie"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let folder = only_capture(&evidence);
    let records = warcio_records(&folder.join("capture.warc.gz"));
    assert!(records
        .iter()
        .all(|r| r["type"] != "response" && r["type"] != "request"));
    let again = bin()
        .arg("fingerprint")
        .arg(folder.join("capture.warc.gz"))
        .output()
        .unwrap();
    assert_eq!(again.stdout, out.stdout);

    // snapshot --input: a snapshot folder per site, and their captures.
    let out_dir = dir.path().join("snapshots");
    let evidence = dir.path().join("snap-evidence");
    let out = bin()
        .arg("snapshot")
        .args(LIVE)
        .arg("--no-screenshot")
        .arg("--input")
        .arg(&list)
        .arg("-o")
        .arg(&out_dir)
        .arg("--evidence")
        .arg(&evidence)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let snapshots: Vec<PathBuf> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(snapshots.len(), 2);
    assert_eq!(std::fs::read_dir(&evidence).unwrap().count(), 2);
    for s in &snapshots {
        assert!(s.join("snapshot.json").is_file(), "{}", s.display());
    }
}

#[test]
fn a_folder_dated_before_1970_is_kept_and_written_undated() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("site");
    std::fs::create_dir(&saved).unwrap();
    let index = saved.join("index.html");
    std::fs::copy(site("libfmt-trixie").join("index.html"), &index).unwrap();
    // Whoever made the folder set its time to 1960.
    let sixties = std::time::UNIX_EPOCH - std::time::Duration::from_secs(315_619_200);
    std::fs::File::options()
        .write(true)
        .open(&index)
        .unwrap()
        .set_modified(sixties)
        .unwrap();
    let evidence = dir.path().join("evidence");
    let (code, _, err) = crate::common::run(
        bin()
            .arg("fingerprint")
            .arg("--evidence")
            .arg(&evidence)
            .arg(&saved),
    );
    assert_eq!(code, 0, "{err}");
    let folder = only_capture(&evidence);
    assert!(
        folder.display().to_string().contains("-undated-"),
        "{}",
        folder.display()
    );
    let (code, _, err) = crate::common::run(
        bin()
            .arg("snapshot")
            .arg(&saved)
            .arg("-o")
            .arg(dir.path().join("snap")),
    );
    assert_eq!(code, 0, "{err}");
}

/// What a run killed while writing a capture leaves (a folder under the
/// temporary name) is removed by the next run with `--evidence` once it is
/// more than an hour old; a recent one (another run may be writing it) and
/// the captures stay.
#[test]
fn the_leftovers_of_an_interrupted_run_are_swept() {
    let dir = tempfile::tempdir().unwrap();
    let evidence = dir.path().join("evidence");
    std::fs::create_dir(&evidence).unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let stale = evidence.join(format!(
        ".partial-mirror.example-20260301T000000Z-ab12cd34-999-{}",
        now - 7200 * 1_000_000_000
    ));
    let fresh = evidence.join(format!(
        ".partial-other.example-20260301T000000Z-ab12cd34-998-{now}"
    ));
    for d in [&stale, &fresh] {
        std::fs::create_dir(d).unwrap();
        std::fs::write(d.join("capture.warc.gz"), b"cut short").unwrap();
    }
    let out = bin()
        .args(["fingerprint", "--evidence"])
        .arg(&evidence)
        .arg(site("python-attr-bookworm"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("removed 1 unfinished capture folder"), "{err}");
    assert!(!stale.exists());
    assert!(fresh.exists());
    let kept: Vec<_> = std::fs::read_dir(&evidence)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| !n.starts_with('.'))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
}
