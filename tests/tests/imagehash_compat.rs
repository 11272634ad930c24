//! Issue 18, "Hashes others can compare": the fingerprint's
//! `screenshot.{phash,dhash}_imagehash` and `favicon.{phash,dhash}_imagehash`
//! are Python imagehash's values, as `str(imagehash.phash(Image.open(f)))`
//! prints them, on every corpus screenshot and every favicon of the corpus
//! and of `tests/fixtures/favicons/` (`tests/fixtures/imagehash.json`, made
//! by `tests/fixtures/make_imagehash.py` with imagehash 4.3.2 and Pillow
//! 13). Where Pillow cannot open a file, the fingerprint has no value
//! either. And fingerprints made before these fields existed still load,
//! write back unchanged and compare.

// The agreement per kind is printed for whoever runs the test.
#![allow(clippy::print_stderr)]

use clone_detect::acquire::{read_local_source, FolderConfig};
use clone_detect::signal::imagehash_compat::{
    hash_bytes, DHASH_IMAGEHASH_SPEC, PHASH_IMAGEHASH_SPEC,
};
use clone_detect::signal::perceptual::ImageLimits;
use clone_detect::{
    Error, Favicon, FingerprintConfig, Fingerprinter, Hash64, HashSpecs, SiteFingerprint,
};
use clone_detect_tests::{corpus_site, manifest, one_page, workspace};
use rayon::prelude::*;
use serde::Deserialize;

#[derive(Deserialize)]
struct Fixture {
    versions: Versions,
    screenshots: Vec<Entry>,
    favicons: Vec<Entry>,
}

#[derive(Deserialize)]
struct Versions {
    imagehash: String,
    pillow: String,
}

#[derive(Deserialize)]
struct Entry {
    path: String,
    phash: Option<String>,
    dhash: Option<String>,
}

fn fixture() -> Fixture {
    let path = workspace().join("tests/fixtures/imagehash.json");
    serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap()
}

/// What Python printed, and what we computed, for one file.
type Pair = (Option<String>, Option<String>);

/// Compares `ours(entry)` with Python on every entry: at least 99% agree
/// (the bar) and the disagreements are listed; today all agree.
fn agreement(kind: &str, entries: &[Entry], ours: impl Fn(&Entry, &[u8]) -> Pair + Sync) {
    assert!(!entries.is_empty(), "no {kind} in the fixture");
    let mismatches: Vec<String> = entries
        .par_iter()
        .filter_map(|e| {
            let bytes = std::fs::read(workspace().join(&e.path)).unwrap();
            let python = (e.phash.clone(), e.dhash.clone());
            let got = ours(e, &bytes);
            (got != python).then(|| format!("{}: Python {python:?}, ours {got:?}", e.path))
        })
        .collect();
    let agree = entries.len() - mismatches.len();
    eprintln!(
        "{kind}: {agree}/{} agree with Python imagehash",
        entries.len()
    );
    assert!(
        agree * 100 >= entries.len() * 99,
        "{kind}: only {agree}/{} agree:\n{}",
        entries.len(),
        mismatches.join("\n")
    );
    assert!(mismatches.is_empty(), "{kind}: {}", mismatches.join("\n"));
}

fn text(h: Option<Hash64>) -> Option<String> {
    h.map(|h| h.to_string())
}

#[test]
fn the_fixture_is_of_the_documented_versions() {
    let f = fixture();
    assert_eq!(f.versions.imagehash, "4.3.2");
    assert!(
        f.versions.pillow.starts_with("13."),
        "{}",
        f.versions.pillow
    );
    assert_eq!(f.screenshots.len(), 272, "one per corpus site");
    assert!(f.favicons.len() >= 90, "{}", f.favicons.len());
    let refused = f.favicons.iter().filter(|e| e.phash.is_none()).count();
    // Pillow refuses SVG and HTML: the 24 SVG icons of the mdBook sites and
    // 8 others, 32 of 255 when this was written; most must still be images.
    assert!(
        refused >= 1 && refused * 5 < f.favicons.len(),
        "{refused} of {} refused",
        f.favicons.len()
    );
}

fn hashes(bytes: &[u8], what: &'static str) -> Pair {
    match hash_bytes(bytes, &ImageLimits::default(), what) {
        Ok(h) => (Some(h.phash.to_string()), Some(h.dhash.to_string())),
        Err(Error::Image { .. }) => (None, None),
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn screenshot_hashes_equal_python_imagehash() {
    let f = fixture();
    agreement("screenshots", &f.screenshots, |_, bytes| {
        hashes(bytes, "screenshot")
    });
    // The fingerprint carries them (a few: in a debug build each
    // screenshot takes a tenth of a second).
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default()).unwrap();
    let some: Vec<Entry> = f.screenshots.into_iter().step_by(35).collect();
    agreement("screenshots (fingerprint)", &some, |_, bytes| {
        let mut snapshot = one_page(b"<p>x</p>");
        snapshot.screenshot = Some(bytes.to_vec());
        let s = fingerprinter.fingerprint(&snapshot).screenshot.unwrap();
        (text(s.phash_imagehash), text(s.dhash_imagehash))
    });
}

#[test]
fn favicon_hashes_equal_python_imagehash() {
    let f = fixture();
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default()).unwrap();
    agreement("favicons", &f.favicons, |e, bytes| {
        let mut snapshot = one_page(b"<p>x</p>");
        snapshot.favicon = Some(Favicon {
            url: e.path.clone(),
            bytes: bytes.to_vec(),
        });
        let fp = fingerprinter.fingerprint(&snapshot).favicon.unwrap();
        (text(fp.phash_imagehash), text(fp.dhash_imagehash))
    });
    // The library's entry point gives the same values.
    agreement("favicons (hash_bytes)", &f.favicons, |_, bytes| {
        hashes(bytes, "favicon")
    });
}

/// The fixture holds the favicon the folder reader picks for every corpus
/// site (the bytes the fingerprinter hashes), so the test above covers them;
/// except icons written into the page as `data:` URIs (Adminer 5's), which
/// are no file and which the fixture script does not read.
#[test]
fn every_corpus_favicon_is_in_the_fixture() {
    let f = fixture();
    let (mut with_favicon, mut inline) = (0, 0);
    for (id, _, _) in manifest() {
        let snapshot = read_local_source(&corpus_site(&id), &FolderConfig::default()).unwrap();
        let Some(favicon) = snapshot.favicon else {
            continue;
        };
        if favicon.url.starts_with("data:") {
            inline += 1;
            continue;
        }
        with_favicon += 1;
        let path = format!("corpus/sites/{id}/{}", favicon.url);
        let entry = f.favicons.iter().find(|e| e.path == path);
        assert!(entry.is_some(), "{path} is not in the fixture");
        assert_eq!(
            std::fs::read(workspace().join(&path)).unwrap(),
            favicon.bytes
        );
    }
    assert!(
        with_favicon >= 30,
        "{with_favicon} corpus sites have a favicon"
    );
    assert!(inline <= 4, "{inline} corpus sites have a data: favicon");
}

#[test]
fn fingerprints_name_the_imagehash_specs() {
    let specs = HashSpecs::current();
    assert_eq!(specs.phash_imagehash.as_deref(), Some(PHASH_IMAGEHASH_SPEC));
    assert_eq!(specs.dhash_imagehash.as_deref(), Some(DHASH_IMAGEHASH_SPEC));
    assert_ne!(
        PHASH_IMAGEHASH_SPEC, specs.phash,
        "not our own pHash's spec"
    );
    let json = serde_json::to_value(&specs).unwrap();
    assert_eq!(json["phash_imagehash"], PHASH_IMAGEHASH_SPEC);
    assert_eq!(json["dhash_imagehash"], DHASH_IMAGEHASH_SPEC);
}

/// Removes what this change added to a fingerprint line: its imagehash
/// values and their specs. What is left is the line an earlier build wrote
/// (checked against `tests/fixtures/fingerprints.jsonl` before it was
/// blessed with the new fields).
fn as_written_before(line: &str, fp: &SiteFingerprint) -> String {
    let mut old = line.to_string();
    let mut cut = |key: &str, value: Option<String>| {
        if let Some(v) = value {
            let field = format!(",\"{key}\":\"{v}\"");
            assert!(old.contains(&field), "{field} missing");
            old = old.replacen(&field, "", 1);
        }
    };
    let shot = fp.screenshot.as_ref();
    let icon = fp.favicon.as_ref();
    cut(
        "phash_imagehash",
        text(icon.and_then(|f| f.phash_imagehash)),
    );
    cut(
        "dhash_imagehash",
        text(icon.and_then(|f| f.dhash_imagehash)),
    );
    cut(
        "phash_imagehash",
        text(shot.and_then(|s| s.phash_imagehash)),
    );
    cut(
        "dhash_imagehash",
        text(shot.and_then(|s| s.dhash_imagehash)),
    );
    cut("phash_imagehash", fp.specs.phash_imagehash.clone());
    cut("dhash_imagehash", fp.specs.dhash_imagehash.clone());
    assert!(!old.contains("imagehash"), "{old}");
    old
}

#[test]
fn fingerprints_made_before_still_load_and_compare() {
    let text_ =
        std::fs::read_to_string(workspace().join("tests/fixtures/fingerprints.jsonl")).unwrap();
    let current: Vec<SiteFingerprint> = text_
        .lines()
        .map(|l| SiteFingerprint::from_json(l).unwrap())
        .collect();
    // The fixture's corpus sites have screenshots and an ICO and a PNG
    // favicon: the new fields are there.
    assert!(current.iter().any(|f| f
        .screenshot
        .as_ref()
        .is_some_and(|s| s.phash_imagehash.is_some())));
    assert!(current.iter().any(|f| f
        .favicon
        .as_ref()
        .is_some_and(|f| f.dhash_imagehash.is_some())));
    for (line, fp) in text_.lines().zip(&current) {
        let old_line = as_written_before(line, fp);
        let old = SiteFingerprint::from_json(&old_line).unwrap();
        // Loads without the fields, writes back as it was ...
        assert!(old.specs.phash_imagehash.is_none());
        assert!(old.screenshot.iter().all(|s| s.phash_imagehash.is_none()));
        assert!(old.favicon.iter().all(|f| f.dhash_imagehash.is_none()));
        assert_eq!(serde_json::to_string(&old).unwrap(), old_line);
        // ... and compares with this build's fingerprints as strictly as
        // before: same specs for every hash the library compares.
        old.ensure_current().unwrap();
        old.ensure_comparable(fp).unwrap();
        fp.ensure_comparable(&old).unwrap();
        let mut other = old.clone();
        other.specs.phash = "phash/other".into();
        assert!(matches!(
            other.ensure_comparable(fp),
            Err(Error::SpecMismatch {
                signal: "phash",
                ..
            })
        ));
    }
}

#[test]
fn a_damaged_imagehash_value_is_refused_by_name() {
    let text_ =
        std::fs::read_to_string(workspace().join("tests/fixtures/fingerprints.jsonl")).unwrap();
    let line = text_.lines().next().unwrap();
    let fp = SiteFingerprint::from_json(line).unwrap();
    let value = fp.screenshot.unwrap().phash_imagehash.unwrap().to_string();
    let damaged = line.replacen(
        &format!("\"phash_imagehash\":\"{value}\""),
        "\"phash_imagehash\":\"0x12\"",
        1,
    );
    match SiteFingerprint::from_json(&damaged) {
        Err(Error::Hash { field, .. }) => assert_eq!(field, "screenshot.phash_imagehash"),
        other => panic!("{other:?}"),
    }
}
