//! WARC input: archives written by an independent writer (Python `warcio`,
//! `tests/fixtures/make_warc.py`) from corpus folders, one gzip member per
//! record and uncompressed, give the fingerprints of the folders; damage in
//! an archive is skipped and counted.

use std::collections::BTreeMap;
use std::path::PathBuf;

use clone_detect::acquire::warc::{read_warc, WarcConfig};
use clone_detect::acquire::{read_saved_folder, FolderConfig};
use clone_detect::{FingerprintConfig, Fingerprinter, SiteFingerprint};
use clone_detect_tests::workspace;

fn fixture(name: &str) -> PathBuf {
    workspace().join("tests/fixtures/warc").join(name)
}

fn from_warc(path: &std::path::Path) -> BTreeMap<String, SiteFingerprint> {
    let f = Fingerprinter::new(FingerprintConfig::default()).unwrap();
    let mut out = BTreeMap::new();
    let stats = read_warc(path, &WarcConfig::default(), |s| {
        let host = s.source.rsplit('#').next().unwrap().to_string();
        out.insert(host, f.fingerprint(&s));
    })
    .unwrap();
    assert_eq!(stats.sites as usize, out.len());
    assert_eq!(stats.malformed + stats.damaged_members, 0, "{stats:?}");
    out
}

/// The values of a fingerprint that the archive must reproduce (the
/// screenshot is not in an archive).
fn values(fp: &SiteFingerprint) -> serde_json::Value {
    let mut v = serde_json::to_value(fp).unwrap();
    let mut assets: Vec<String> = fp.assets.iter().map(|a| a.sha256.clone()).collect();
    // Where the favicon was found is a path in a folder, a URL in an archive.
    if let Some(icon) = v["favicon"].as_object_mut() {
        icon.remove("url");
    }
    assets.sort();
    serde_json::json!({
        "template": v["template_simhash"].take(),
        "text": v["text_simhash"].take(),
        "domhash": v["domhash"].take(),
        "html_mmh3": v["html_mmh3"].take(),
        "title": v["title"].take(),
        "favicon": v["favicon"].take(),
        "ids": v["ids"].take(),
        "pages": v["pages"].as_array().unwrap().len(),
        "assets": assets,
    })
}

#[test]
fn archives_give_the_fingerprints_of_the_folders() {
    let f = Fingerprinter::new(FingerprintConfig::default()).unwrap();
    for (archive, sites) in [
        ("gzip.warc.gz", ["python-attr-bookworm", "libfmt-trixie"]),
        (
            "plain.warc",
            ["python-mako-trixie", "python-markdown-bookworm"],
        ),
    ] {
        let got = from_warc(&fixture(archive));
        assert_eq!(got.len(), 2, "{archive}");
        for site in sites {
            let folder = read_saved_folder(
                &workspace().join("corpus/sites").join(site),
                &FolderConfig::default(),
            )
            .unwrap();
            let expected = f.fingerprint(&folder);
            let warc = &got[&format!("{site}.test")];
            assert_eq!(values(warc), values(&expected), "{archive}: {site}");
        }
    }
}

#[test]
fn damage_is_skipped_and_counted_and_the_rest_still_read() {
    let dir = tempfile::tempdir().unwrap();
    let plain = std::fs::read(fixture("plain.warc")).unwrap();
    // Junk, a record with a bad length, and a record cut short at the end,
    // around the good records.
    let mut damaged = b"this is not a WARC record\r\n\r\n".to_vec();
    damaged.extend_from_slice(&plain);
    damaged.extend_from_slice(
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\nbody\r\n\r\n",
    );
    damaged.extend_from_slice(
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\nHTTP/1.1 200 OK\r\n",
    );
    let path = dir.path().join("damaged.warc");
    std::fs::write(&path, damaged).unwrap();
    let mut hosts = Vec::new();
    let stats = read_warc(&path, &WarcConfig::default(), |s| hosts.push(s.source)).unwrap();
    assert_eq!(hosts.len(), 2, "{hosts:?}");
    assert_eq!(stats.malformed, 3, "{stats:?}");

    // Not a WARC at all: a typed error, not a panic.
    let junk = dir.path().join("junk.warc");
    std::fs::write(&junk, b"<html>hello</html>").unwrap();
    let err = read_warc(&junk, &WarcConfig::default(), |_| {}).unwrap_err();
    assert!(err.to_string().contains("no WARC record"), "{err}");

    // A gzip archive cut in the middle of a member: the sites before the
    // cut are still read.
    let gz = std::fs::read(fixture("gzip.warc.gz")).unwrap();
    let cut = dir.path().join("cut.warc.gz");
    std::fs::write(&cut, &gz[..gz.len() * 3 / 4]).unwrap();
    let mut n = 0;
    let stats = read_warc(&cut, &WarcConfig::default(), |_| n += 1).unwrap();
    assert!(n >= 1, "{stats:?}");
}

#[test]
fn small_batches_give_the_same_sites() {
    // A batch budget smaller than any site forces one pass per site.
    let path = fixture("plain.warc");
    let f = Fingerprinter::new(FingerprintConfig::default()).unwrap();
    let mut one = Vec::new();
    let mut many = Vec::new();
    read_warc(&path, &WarcConfig::default(), |s| {
        one.push(serde_json::to_string(&f.fingerprint(&s)).unwrap())
    })
    .unwrap();
    let stats = read_warc(
        &path,
        &WarcConfig {
            batch_bytes: 1,
            ..WarcConfig::default()
        },
        |s| many.push(serde_json::to_string(&f.fingerprint(&s)).unwrap()),
    )
    .unwrap();
    assert_eq!(stats.passes, 3);
    assert_eq!(one, many);
}

#[test]
fn sites_by_host_or_by_registrable_domain() {
    use clone_detect::acquire::warc::GroupBy;
    assert_eq!(
        GroupBy::Domain.site_of("WWW.Example.CO.UK."),
        "example.co.uk"
    );
    assert_eq!(GroupBy::Domain.site_of("127.0.0.1"), "127.0.0.1");
    assert_eq!(
        GroupBy::Host.site_of("www.example.co.uk"),
        "www.example.co.uk"
    );
    let record = |uri: &str, body: &str| {
        let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{body}");
        format!(
            "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
            http.len()
        )
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("two-hosts.warc");
    std::fs::write(
        &path,
        record(
            "http://www.example.co.uk/",
            "<title>Home</title><p>home</p>",
        ) + &record(
            "http://shop.example.co.uk/",
            "<title>Shop</title><p>shop</p>",
        ) + &record("http://other.org/", "<title>Other</title><p>other</p>"),
    )
    .unwrap();
    let count = |group_by| {
        let mut sources = Vec::new();
        read_warc(
            &path,
            &WarcConfig {
                group_by,
                ..WarcConfig::default()
            },
            |s| {
                sources.push((
                    s.source.rsplit('#').next().unwrap().to_string(),
                    s.pages.len(),
                ))
            },
        )
        .unwrap();
        sources
    };
    assert_eq!(
        count(GroupBy::Host),
        [
            ("other.org".to_string(), 1),
            ("shop.example.co.uk".to_string(), 1),
            ("www.example.co.uk".to_string(), 1)
        ]
    );
    assert_eq!(
        count(GroupBy::Domain),
        [
            ("example.co.uk".to_string(), 2),
            ("other.org".to_string(), 1)
        ]
    );
}

/// One uncompressed WARC `response` record of an HTML page.
fn html_response(url: &str, body: &str) -> Vec<u8> {
    let http = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Record-ID: <urn:uuid:{}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
        url.len(),
        http.len()
    )
    .into_bytes()
}

#[test]
fn a_root_that_sends_browsers_on_is_followed_to_a_page_the_chooser_would_drop() {
    // Ten pages of ten shapes at the top, and the page the root's meta
    // refresh names deep down: the chooser, covering shapes at the top
    // first, would not keep it among five pages.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("site.warc");
    let mut warc = html_response(
        "http://moved.test/",
        r#"<html><head><meta http-equiv="refresh" content="0; url=/deep/a/b/home.html"><title>Moved</title></head><body></body></html>"#,
    );
    for name in [
        "about", "blog", "contact", "docs", "faq", "help", "news", "shop", "team", "terms",
    ] {
        warc.extend(html_response(
            &format!("http://moved.test/{name}.html"),
            &format!("<html><head><title>{name}</title></head><body><p>{name}</p></body></html>"),
        ));
    }
    warc.extend(html_response(
        "http://moved.test/deep/a/b/home.html",
        "<html><head><title>The real home</title></head><body><h1>Welcome</h1><p>Everything is here now.</p></body></html>",
    ));
    std::fs::write(&path, warc).unwrap();
    let config = WarcConfig {
        max_pages: 5,
        ..WarcConfig::default()
    };
    let mut snapshots = Vec::new();
    read_warc(&path, &config, |s| snapshots.push(s)).unwrap();
    assert_eq!(snapshots.len(), 1);
    let s = &snapshots[0];
    assert_eq!(
        s.pages[0].url, "http://moved.test/deep/a/b/home.html",
        "{:?}",
        s.warnings
    );
    assert_eq!(
        s.redirects,
        ["http://moved.test/", "http://moved.test/deep/a/b/home.html"]
    );
    assert!(s.pages.len() <= 5);
    assert!(
        s.warnings.iter().all(|w| !w.contains("sends browsers")),
        "{:?}",
        s.warnings
    );
}
