//! The JSON of fingerprints does not change by accident: the fingerprints of
//! a few corpus sites (screenshots, an ICO and a PNG favicon, many pages) and
//! of two small snapshots (an SVG favicon, which has no perceptual hashes,
//! and bytes that are no image) are compared byte for byte with
//! `tests/fixtures/fingerprints.jsonl`, and every line of that file reads
//! back and writes out unchanged.
//!
//! The fixture was written by this test, with `CLONE_DETECT_BLESS=1`, at the
//! commit before the 64-bit hashes became `Hash64` (when they were hex
//! `String`s); the lines of the corpus sites are also exactly what
//! `clone-detect fingerprint corpus/sites/<id>` printed then. Bless again only
//! for a deliberate change of the fingerprint, and say so in the commit.

use clone_detect::acquire::{read_local_source, FolderConfig};
use clone_detect::{Favicon, FingerprintConfig, Fingerprinter, SiteFingerprint, SiteSnapshot};
use clone_detect_tests::{one_page, workspace};

/// Corpus sites: an ICO favicon, a PNG favicon, no favicon; all with a
/// screenshot.
const SITES: [&str; 3] = ["phpmyadmin-trixie", "libsoup-3.0-trixie", "libfmt-bookworm"];

const FIXTURE: &str = "tests/fixtures/fingerprints.jsonl";

fn with_favicon(name: &str, bytes: &[u8]) -> SiteSnapshot {
    let mut snapshot =
        one_page(b"<html><head><title>Icon</title></head><body><p>One page</p></body></html>");
    snapshot.source = name.into();
    snapshot.favicon = Some(Favicon {
        url: "favicon".into(),
        bytes: bytes.to_vec(),
    });
    snapshot
}

fn lines() -> Vec<String> {
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default()).unwrap();
    let mut out: Vec<String> = SITES
        .iter()
        .map(|id| {
            let path = workspace().join("corpus/sites").join(id);
            let mut snapshot = read_local_source(&path, &FolderConfig::default()).unwrap();
            // As the CLI names it when run from the workspace root.
            snapshot.source = format!("corpus/sites/{id}");
            serde_json::to_string(&fingerprinter.fingerprint(&snapshot)).unwrap()
        })
        .collect();
    let svg = with_favicon("svg-favicon", b"<svg xmlns='http://www.w3.org/2000/svg'/>");
    let broken = with_favicon("broken-favicon", b"not an image");
    for snapshot in [svg, broken] {
        out.push(serde_json::to_string(&fingerprinter.fingerprint(&snapshot)).unwrap());
    }
    out
}

#[test]
fn fingerprint_json_is_unchanged() {
    let path = workspace().join(FIXTURE);
    let now = lines();
    if std::env::var_os("CLONE_DETECT_BLESS").is_some() {
        std::fs::write(&path, now.join("\n") + "\n").unwrap();
    }
    let text = std::fs::read_to_string(&path).unwrap();
    let fixture: Vec<&str> = text.lines().collect();
    assert_eq!(fixture.len(), now.len(), "{FIXTURE} has one line per case");
    for (want, got) in fixture.iter().zip(&now) {
        assert_eq!(*want, got.as_str(), "fingerprint JSON changed");
    }
}

#[test]
fn fixture_lines_read_back_and_write_out_unchanged() {
    let text = std::fs::read_to_string(workspace().join(FIXTURE)).unwrap();
    for line in text.lines() {
        let fp = SiteFingerprint::from_json(line).unwrap();
        assert_eq!(serde_json::to_string(&fp).unwrap(), line);
    }
}
