use std::time::{Duration, UNIX_EPOCH};

use super::warc_out;

use std::io::{BufReader, Read};

use super::*;
use crate::acquire::warc::GzMembers;
use crate::snapshot::{Asset, AssetContent, Favicon, Page};
use crate::verdict::FusedModel;
use crate::{FingerprintConfig, Fingerprinter};

/// A snapshot with every part a live check can give.
fn full_snapshot() -> SiteSnapshot {
    SiteSnapshot {
        source: "https://mirror.example/start".into(),
        final_url: Some("https://mirror.example/home/".into()),
        redirects: vec![
            "https://mirror.example/start".into(),
            "https://mirror.example/home/".into(),
        ],
        fetched_at: Some(UNIX_EPOCH + Duration::new(1_790_000_000, 123_456_789)),
        pages: vec![
            Page {
                url: "https://mirror.example/home/".into(),
                status: 200,
                headers: vec![
                    ("Content-Type".into(), "text/html; charset=utf-8".into()),
                    ("Server".into(), "nginx".into()),
                    ("transfer-encoding".into(), "chunked".into()),
                    ("X-Odd".into(), "a\r\nInjected: yes".into()),
                ],
                body: b"<html><head><title>Shop</title></head><body>hi</body></html>".to_vec(),
            },
            Page {
                url: "https://mirror.example/home/about.html?x=1".into(),
                status: 200,
                headers: vec![("Content-Length".into(), "99999".into())],
                body: b"<p>cut short</p>".to_vec(),
            },
        ],
        favicon: Some(Favicon {
            url: "https://mirror.example/favicon.ico".into(),
            bytes: vec![0, 0, 1, 0, 1, 2, 3],
        }),
        screenshot: Some(b"\x89PNG\r\n\x1a\nnot really".to_vec()),
        assets: vec![
            Asset {
                url: "https://mirror.example/app.js".into(),
                kind: AssetKind::Script,
                content: AssetContent::Bytes(b"console.log(1)".to_vec()),
            },
            Asset {
                url: "https://cdn.example/site.css".into(),
                kind: AssetKind::Stylesheet,
                content: AssetContent::Sha256("ab".repeat(32)),
            },
        ],
        not_found: Some(Page {
            url: "https://mirror.example/no-such-page-x".into(),
            status: 404,
            headers: vec![("Content-Type".into(), "text/html".into())],
            body: b"<h1>Not here</h1>".to_vec(),
        }),
        rendered: Some(Page {
            url: "https://mirror.example/home/".into(),
            status: 200,
            headers: Vec::new(),
            body: b"<html><body><div id=app>built</div></body></html>".to_vec(),
        }),
        warnings: vec!["one asset was over the cap".into()],
    }
}

/// The WARC's records, decompressed, as text.
fn unzip(bytes: &[u8]) -> String {
    let mut plain = Vec::new();
    GzMembers::new(bytes).read_to_end(&mut plain).unwrap();
    String::from_utf8_lossy(&plain).into_owned()
}

fn provenance() -> Provenance {
    Provenance::of(&FusedModel::shipped())
}

#[test]
fn a_capture_reads_back_as_the_same_snapshot_and_fingerprint() {
    let dir = tempfile::tempdir().unwrap();
    let snapshot = full_snapshot();
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default()).unwrap();
    let fp = fingerprinter.fingerprint(&snapshot);
    let result = serde_json::json!({"verdict": "reincarnation", "score": 0.93});
    let p = provenance();
    let capture = Capture::new(&snapshot, &p)
        .with_fingerprint(&fp)
        .with_result(&result)
        .with_user_agent("clone-detect/test");
    let written = write_capture(dir.path(), &capture).unwrap();
    assert!(written
        .folder
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .starts_with("mirror.example-2026"));
    let back = verify_capture(&written.folder).unwrap();
    assert_eq!(back, snapshot);
    assert_eq!(fingerprinter.fingerprint(&back), fp);
    assert!(is_capture(&written.warc));
    // The files the manifest lists.
    let manifest = std::fs::read_to_string(written.folder.join(MANIFEST_FILE)).unwrap();
    let files: Vec<&str> = manifest.lines().map(|l| &l[66..]).collect();
    assert_eq!(files, [WARC_FILE, FINGERPRINT_FILE, RESULT_FILE]);
    assert_eq!(&manifest[..64], written.warc_sha256);
}

#[test]
fn the_same_capture_is_the_same_bytes_and_never_replaces_another() {
    let dir = tempfile::tempdir().unwrap();
    let snapshot = full_snapshot();
    let p = provenance();
    let capture = Capture::new(&snapshot, &p);
    assert_eq!(
        capture_warc(&capture).unwrap(),
        capture_warc(&capture).unwrap()
    );
    let first = write_capture(dir.path(), &capture).unwrap();
    let second = write_capture(dir.path(), &capture).unwrap();
    assert_ne!(first.folder, second.folder);
    assert!(second.folder.to_str().unwrap().ends_with("-2"));
    assert_eq!(first.warc_sha256, second.warc_sha256);
    // No partial folder is left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.starts_with('.')), "{names:?}");
}

#[test]
fn a_changed_byte_anywhere_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let snapshot = full_snapshot();
    let p = provenance();
    let written = write_capture(dir.path(), &Capture::new(&snapshot, &p)).unwrap();
    // A changed body, with the WARC re-compressed so gzip does not notice,
    // is caught by the record digests.
    let mut plain = Vec::new();
    GzMembers::new(BufReader::new(std::fs::File::open(&written.warc).unwrap()))
        .read_to_end(&mut plain)
        .unwrap();
    let at = plain
        .windows(4)
        .position(|w| w == b"Shop")
        .expect("the title is in the WARC");
    plain[at] = b'X';
    let changed = dir.path().join("changed.warc");
    std::fs::write(&changed, &plain).unwrap();
    let err = read_capture(&changed).unwrap_err().to_string();
    assert!(err.contains("digest"), "{err}");
    // A changed file is caught by the manifest.
    let fp_file = written.folder.join(MANIFEST_FILE);
    std::fs::write(written.folder.join("extra.txt"), b"planted").unwrap();
    let err = verify_capture(&written.folder).unwrap_err().to_string();
    assert!(err.contains("does not list"), "{err}");
    std::fs::remove_file(written.folder.join("extra.txt")).unwrap();
    let mut bytes = std::fs::read(&written.warc).unwrap();
    let last = bytes.len() - 10;
    bytes[last] ^= 1;
    std::fs::write(&written.warc, &bytes).unwrap();
    let err = verify_capture(&written.folder).unwrap_err().to_string();
    assert!(err.contains("was changed"), "{err}");
    assert!(fp_file.exists());
}

#[test]
fn pages_read_from_disk_are_resources_with_file_urls() {
    let dir = tempfile::tempdir().unwrap();
    let mut snapshot = SiteSnapshot::single_page("index.html", b"<p>saved</p>".to_vec());
    snapshot.source = dir.path().join("site").display().to_string();
    let p = provenance();
    let bytes = capture_warc(&Capture::new(&snapshot, &p)).unwrap();
    let plain = unzip(&bytes);
    assert!(plain.contains("WARC-Type: resource"));
    // Its bytes alone: no HTTP head is made up for it.
    assert!(!plain.contains("application/http"));
    assert!(!plain.contains("WARC-Type: request"));
    assert!(plain.contains("WARC-Target-URI: file:///"));
    let written = write_capture(dir.path(), &Capture::new(&snapshot, &p)).unwrap();
    assert_eq!(read_capture(&written.warc).unwrap(), snapshot);
}

#[test]
fn header_injection_stays_inside_its_record() {
    let snapshot = full_snapshot();
    let p = provenance();
    let bytes = capture_warc(&Capture::new(&snapshot, &p)).unwrap();
    let plain = unzip(&bytes);
    assert!(plain.contains("X-Odd: a  Injected: yes\r\n"));
    assert!(!plain.contains("\nInjected"));
    // The truncated page is marked, the de-chunked one lost its framing.
    assert!(plain.contains("WARC-Truncated: length"));
    // (The metadata keeps the headers exactly, as JSON.)
    assert!(!plain.contains("transfer-encoding: chunked\r\n"));
}

#[test]
fn a_warc_that_is_not_a_capture_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plain.warc");
    std::fs::write(
        &path,
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Length: 0\r\n\r\n\r\n\r\n",
    )
    .unwrap();
    assert!(!is_capture(&path));
    let err = read_capture(&path).unwrap_err().to_string();
    assert!(err.contains("digest"), "{err}");
}

#[test]
fn request_records_only_for_a_site_fetched_live() {
    let snapshot = full_snapshot();
    let p = provenance();
    let read = unzip(&capture_warc(&Capture::new(&snapshot, &p)).unwrap());
    assert!(
        !read.contains("WARC-Type: request"),
        "read from an archive: no request"
    );
    let live = unzip(&capture_warc(&Capture::new(&snapshot, &p).with_user_agent("ua/1")).unwrap());
    assert!(live.contains("WARC-Type: request"));
    assert!(live.contains("User-Agent: ua/1\r\n"));
}

#[test]
fn odd_times_and_huge_heads_read_back_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let p = provenance();
    let mut snapshot = full_snapshot();
    // A folder saved with a 1960 time, and a site whose head is larger
    // than an HTTP reader takes (400 headers of 1 KiB).
    snapshot.fetched_at = Some(UNIX_EPOCH - Duration::new(315_619_200, 7));
    snapshot.pages[0].headers = (0..400)
        .map(|i| (format!("X-H{i}"), "v".repeat(1024)))
        .collect();
    let written = write_capture(dir.path(), &Capture::new(&snapshot, &p)).unwrap();
    assert!(written.folder.to_str().unwrap().contains("-undated-"));
    assert!(written.folder.is_absolute());
    assert_eq!(verify_capture(&written.folder).unwrap(), snapshot);
}

/// A capture with a hand-made metadata record: one block, and `roles`.
fn hostile_capture(roles: serde_json::Value) -> Vec<u8> {
    let block = vec![b'x'; 1 << 20];
    let mut out = Vec::new();
    let info = format!("{WARCINFO_MARK}: {EVIDENCE_VERSION}\r\n");
    for (kind, id, ctype, body) in [
        (
            "warcinfo",
            "<urn:uuid:i>",
            "application/warc-fields",
            info.into_bytes(),
        ),
        ("resource", "<urn:uuid:big>", "text/css", block),
    ] {
        let record = warc_out::OutRecord {
            kind,
            target: None,
            content_type: ctype.into(),
            extra: Vec::new(),
            block: body,
            payload_at: None,
        };
        warc_out::write_record(&mut out, &record, id, "2026-01-01T00:00:00Z").unwrap();
    }
    let meta = serde_json::json!({
        "clone_detect_evidence": EVIDENCE_VERSION,
        "provenance": provenance(),
        "snapshot": roles,
    });
    let record = warc_out::OutRecord {
        kind: "metadata",
        target: None,
        content_type: METADATA_TYPE.into(),
        extra: Vec::new(),
        block: serde_json::to_vec(&meta).unwrap(),
        payload_at: None,
    };
    warc_out::write_record(&mut out, &record, "<urn:uuid:m>", "2026-01-01T00:00:00Z").unwrap();
    out
}

fn roles(assets: usize, warnings: usize) -> serde_json::Value {
    serde_json::json!({
        "source": "https://x.example/", "final_url": null, "redirects": [],
        "fetched_at_ns": null, "pages": [], "not_found": null, "rendered": null,
        "favicon": null, "screenshot": null,
        "assets": (0..assets).map(|i| serde_json::json!({
            "url": format!("https://x.example/{i}.css"), "kind": "stylesheet",
            "record": "<urn:uuid:big>", "sha256": null})).collect::<Vec<_>>(),
        "warnings": vec!["w"; warnings],
    })
}

#[test]
fn a_hostile_capture_cannot_make_one_block_count_many_times_or_flood_strings() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.warc.gz");
    // The block named once reads; named twice, it is refused.
    std::fs::write(&path, hostile_capture(roles(1, 0))).unwrap();
    assert!(is_capture(&path));
    assert_eq!(read_capture(&path).unwrap().assets.len(), 1);
    std::fs::write(&path, hostile_capture(roles(64, 0))).unwrap();
    let err = read_capture(&path).unwrap_err().to_string();
    assert!(err.contains("named twice"), "{err}");
    // Warnings past the bound are refused while parsing.
    std::fs::write(&path, hostile_capture(roles(0, MAX_WARNINGS + 1))).unwrap();
    let err = read_capture(&path).unwrap_err().to_string();
    assert!(err.contains("more than"), "{err}");
}

#[test]
fn only_old_unfinished_capture_folders_are_swept() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let old = now - 2 * 3600 * 1_000_000_000;
    let made = |name: &str| {
        std::fs::create_dir(d.join(name)).unwrap();
        std::fs::write(d.join(name).join("capture.warc.gz"), b"half").unwrap();
    };
    made(&format!(
        ".partial-mirror.example-20260301T000000Z-ab12cd34-77-{old}"
    ));
    made(&format!(
        ".partial-mirror.example-20260301T000000Z-ab12cd34-77-{now}"
    ));
    made(".partial-not-ours");
    made(&format!(".partial--77-{old}"));
    // A finished capture, a file and a link under the temporary name.
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("keep"), b"keep").unwrap();
    std::os::unix::fs::symlink(outside.path(), d.join(format!(".partial-link-1-{old}"))).unwrap();
    std::fs::write(d.join(format!(".partial-file-1-{old}")), b"x").unwrap();
    made("mirror.example-20260301T000000Z-ab12cd34");

    let removed = sweep_unfinished(d, Duration::from_secs(3600)).unwrap();
    assert_eq!(
        removed,
        [d.join(format!(
            ".partial-mirror.example-20260301T000000Z-ab12cd34-77-{old}"
        ))]
    );
    let mut left: Vec<String> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    left.sort();
    assert_eq!(left.len(), 6, "{left:?}");
    assert!(outside.path().join("keep").exists());
    // Nothing to sweep, and no folder at all: no error.
    assert!(sweep_unfinished(d, Duration::from_secs(3600))
        .unwrap()
        .is_empty());
    assert!(sweep_unfinished(&d.join("none"), Duration::ZERO)
        .unwrap()
        .is_empty());
}

#[test]
fn the_temporary_name_of_a_capture_is_one_the_sweep_reads() {
    use super::write::{partial_made_at, partial_name};
    let name = folder_name("https://mirror-2.example:8443/a-b", Some(UNIX_EPOCH));
    assert_eq!(partial_made_at(&partial_name(&name, 4242, 17)), Some(17));
    assert_eq!(
        partial_made_at(&partial_name(&name, u32::MAX, u128::MAX)),
        Some(u128::MAX)
    );
    assert_eq!(partial_made_at(&name), None);
}
