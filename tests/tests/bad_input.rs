//! Inputs a stranger can send: corrupt images, decompression bombs, huge and
//! deeply nested pages, invalid UTF-8. Each gives a clear record or bounded
//! work, never a panic or a hang.

use clone_detect::signal::perceptual::{ImageLimits, PerceptualHasher};
use clone_detect::{Error, Favicon, FingerprintConfig, Fingerprinter, SiteFingerprint};
use clone_detect_tests::{corpus_sites, one_page, workspace};

fn fingerprinter() -> Fingerprinter {
    Fingerprinter::new(FingerprintConfig::default()).unwrap()
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                crc >> 1 ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let mut crc_input = kind.to_vec();
    crc_input.extend_from_slice(data);
    out.extend_from_slice(&crc32(&crc_input).to_be_bytes());
    out
}

/// A valid PNG header that claims 100,000 x 100,000 RGBA pixels (40 GB).
fn png_bomb() -> Vec<u8> {
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&100_000u32.to_be_bytes());
    ihdr.extend_from_slice(&100_000u32.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(chunk(b"IHDR", &ihdr));
    // A zlib stream of a few zero bytes; the decoder must refuse before inflating.
    png.extend(chunk(
        b"IDAT",
        &[0x78, 0x9c, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01],
    ));
    png.extend(chunk(b"IEND", b""));
    png
}

fn corpus_screenshot() -> Vec<u8> {
    std::fs::read(corpus_sites()[0].join("screenshot.png")).unwrap()
}

#[test]
fn decompression_bomb_is_refused() {
    let hasher = PerceptualHasher::new(ImageLimits::default());
    assert!(matches!(
        hasher.hash_bytes(&png_bomb(), "screenshot"),
        Err(Error::Image { .. })
    ));
    let mut snapshot = one_page(b"<p>x</p>");
    snapshot.screenshot = Some(png_bomb());
    snapshot.favicon = Some(Favicon {
        url: "favicon.png".into(),
        bytes: png_bomb(),
    });
    let fp = fingerprinter().fingerprint(&snapshot);
    assert!(fp.screenshot.is_none());
    assert!(fp.favicon.unwrap().decode_error.is_some());
    assert_eq!(fp.warnings.len(), 2, "{:?}", fp.warnings);
}

#[test]
fn truncated_and_corrupt_images_are_recorded_not_fatal() {
    let png = corpus_screenshot();
    let ico_vectors = workspace().join("tests/fixtures/favicons");
    let ico = std::fs::read_dir(&ico_vectors)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "ico"))
        .map(|p| std::fs::read(p).unwrap())
        .unwrap();
    let mut flipped = png.clone();
    for b in flipped.iter_mut().skip(100).step_by(7) {
        *b ^= 0x5a;
    }
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("truncated png", png[..png.len() / 3].to_vec()),
        ("corrupt png", flipped),
        ("truncated ico", ico[..ico.len() / 2].to_vec()),
        ("ico header only", ico[..22.min(ico.len())].to_vec()),
        ("empty", Vec::new()),
    ];
    for (what, bytes) in cases {
        let mut snapshot = one_page(b"<title>t</title><p>x</p>");
        snapshot.screenshot = Some(bytes.clone());
        snapshot.favicon = Some(Favicon {
            url: "favicon.ico".into(),
            bytes,
        });
        let fp = fingerprinter().fingerprint(&snapshot);
        assert!(
            fp.screenshot.is_none(),
            "{what}: decoded a broken screenshot"
        );
        let favicon = fp.favicon.unwrap();
        assert!(favicon.phash.is_none(), "{what}");
        assert_eq!(favicon.sha256.len(), 64, "{what}: byte hashes are kept");
        assert!(!fp.warnings.is_empty(), "{what}: the failure is recorded");
    }
}

#[test]
fn fifty_megabyte_page_is_bounded() {
    let row = "<div class=\"row\"><span class=\"cell\">lorem ipsum dolor</span><a href=\"/x\">x</a></div>\n";
    let mut page = String::from("<html><head><title>Big</title></head><body>");
    while page.len() < 50 << 20 {
        page.push_str(row);
    }
    let fp = fingerprinter().fingerprint(&one_page(page.as_bytes()));
    assert!(fp.pages[0].truncated);
    assert!(
        fp.warnings.iter().any(|w| w.contains("longer than")),
        "{:?}",
        fp.warnings
    );
    assert_eq!(fp.title.as_deref(), Some("Big"));
}

#[test]
fn deep_nesting_is_bounded() {
    let page = format!("<title>deep</title>{}", "<div><span>".repeat(100_000));
    let fp = fingerprinter().fingerprint(&one_page(page.as_bytes()));
    assert!(
        fp.warnings
            .iter()
            .any(|w| w.contains("nests elements deeper")),
        "{:?}",
        fp.warnings
    );
    assert_eq!(fp.title.as_deref(), Some("deep"));
}

#[test]
fn invalid_utf8_is_decoded_lossily() {
    let body = b"<html><head><title>Caf\xe9 \xff\xfe</title></head><body><p>na\xefve \xc3\x28 text</p></body></html>";
    let fp = fingerprinter().fingerprint(&one_page(body));
    assert_eq!(fp.title.as_deref(), Some("Caf\u{fffd} \u{fffd}\u{fffd}"));
    // U+FFFD is not a letter: "na\xefve" reads as two words, "na" and "ve".
    assert_eq!(fp.pages[0].words, 3);
}

#[test]
fn unreadable_sources_are_typed_errors() {
    use clone_detect::acquire::{read_local_source, FolderConfig};
    let config = FolderConfig::default();
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(
        read_local_source(&dir.path().join("missing"), &config),
        Err(Error::Io { .. })
    ));
    assert!(matches!(
        read_local_source(dir.path(), &config),
        Err(Error::UnknownSource { .. })
    ));
    let file = dir.path().join("file.html");
    std::fs::write(&file, "<p>x</p>").unwrap();
    assert!(matches!(
        read_local_source(&file, &config),
        Err(Error::UnknownSource { .. })
    ));
    std::fs::write(dir.path().join("snapshot.json"), "[1, 2").unwrap();
    assert!(matches!(
        read_local_source(dir.path(), &config),
        Err(Error::Manifest { .. })
    ));
}

/// A fingerprint line (JSON Lines that `check`, `known add` and `cluster`
/// read) whose 64-bit hash is not 16 hex digits is refused as a whole, with
/// an error that names the field. Until hashes became `Hash64`, such a
/// value was read as "no value" and the line matched on its other signals.
#[test]
fn fingerprint_line_with_an_invalid_hash_is_refused_naming_the_field() {
    let text =
        std::fs::read_to_string(workspace().join("tests/fixtures/fingerprints.jsonl")).unwrap();
    // A corpus site with a favicon, a screenshot and five pages.
    let good = text.lines().nth(1).unwrap();
    let base: serde_json::Value = serde_json::from_str(good).unwrap();
    assert!(base["favicon"]["phash"].is_string() && base["screenshot"]["phash"].is_string());
    // (field, its value as JSON)
    let cases = [
        ("template_simhash", r#""zz0123456789abcd""#),
        ("text_simhash", r#""123456789abcdef""#),
        ("screenshot.phash", r#""0123456789abcdef0""#),
        ("screenshot.ahash", "null"),
        ("favicon.dhash", "42"),
        // u64::from_str_radix takes a sign: the old reader did too.
        ("pages[0].text_simhash", r#""+123456789abcdef""#),
        ("pages[2].template_simhash", r#""""#),
        ("favicon.phash", r#""0x23456789abcdef""#),
        ("screenshot.dhash", r#"" 123456789abcdef""#),
    ];
    for (field, value) in cases {
        let pointer = format!("/{field}")
            .replace(['.', '['], "/")
            .replace(']', "");
        let mut json = base.clone();
        *json.pointer_mut(&pointer).unwrap() = serde_json::from_str(value).unwrap();
        let line = json.to_string();
        match SiteFingerprint::from_json(&line) {
            Err(Error::Hash {
                field: f, value: v, ..
            }) => {
                assert_eq!(f, field);
                assert_eq!(v, value, "{field}: the value as written");
            }
            other => panic!("{field} = {value}: {other:?}"),
        }
        assert!(serde_json::from_str::<SiteFingerprint>(&line).is_err());
    }
    // The message names the field and the value, the cause says why.
    let mut json = base.clone();
    json["screenshot"]["phash"] = "0123456789abcdeg".into();
    let e = SiteFingerprint::from_json(&json.to_string()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "fingerprint field screenshot.phash: \"0123456789abcdeg\" is not a 64-bit hash"
    );
    let cause = std::error::Error::source(&e).expect("the parse error is the source");
    assert_eq!(cause.to_string(), "'g' at byte 15 is not a hex digit");
    // A hostile value is cut in the message.
    json["screenshot"]["phash"] = "f".repeat(100_000).into();
    let e = SiteFingerprint::from_json(&json.to_string())
        .unwrap_err()
        .to_string();
    assert!(e.len() < 120, "{e}");
    // Upper-case digits read (the old reader took them) and are written in
    // lower case.
    let mut json = base.clone();
    let phash = base["screenshot"]["phash"].as_str().unwrap();
    json["screenshot"]["phash"] = phash.to_uppercase().into();
    let fp = SiteFingerprint::from_json(&json.to_string()).unwrap();
    assert_eq!(fp.screenshot.unwrap().phash.to_string(), phash);
    // An optional hash may be null; other damage is still a layout error.
    let mut json = base.clone();
    json["favicon"]["phash"] = serde_json::Value::Null;
    assert!(SiteFingerprint::from_json(&json.to_string())
        .unwrap()
        .favicon
        .unwrap()
        .phash
        .is_none());
    let mut json = base;
    json["html_mmh3"] = "not a number".into();
    assert!(matches!(
        SiteFingerprint::from_json(&json.to_string()),
        Err(Error::Layout { .. })
    ));
}
