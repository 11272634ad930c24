//! Issue "Hostile sites cannot stop, slow or exhaust the tool": what a
//! site's operator controls (nesting, links, archive records, the files of
//! a folder) gives bounded work and a recorded cut or skip, never a hang,
//! an unbounded read or an aborted batch.

use std::io::Write;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use clone_detect::acquire::warc::{read_warc, SkipReason, WarcConfig, WarcStats};
use clone_detect::acquire::{read_saved_folder, FolderConfig};
use clone_detect::limits::{MAX_LINKS_PER_PAGE, MAX_NESTING};
use clone_detect::snapshot::{read_snapshot_dir, write_snapshot_dir};
use clone_detect::{
    AssetContent, Error, FingerprintConfig, Fingerprinter, PageFingerprint, SiteSnapshot,
};
use clone_detect_tests::one_page;

/// Runs `f` on another thread and fails (instead of hanging) when it takes
/// longer than a minute.
fn within<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(60))
        .unwrap_or_else(|_| panic!("{what}: still running after a minute"))
}

// ------------------------------------------------------------------ nesting

fn page_of(body: &str) -> (PageFingerprint, Vec<String>) {
    let fp = Fingerprinter::new(FingerprintConfig::default())
        .unwrap()
        .fingerprint(&one_page(body.as_bytes()));
    (fp.pages[0].clone(), fp.warnings)
}

/// Each hostile page is cut where the HTML5 tree builder would nest
/// deeper than the bound, and a page ten times longer gives the same page
/// fingerprint: the work past the cut does not grow with the input.
#[test]
fn hostile_nesting_is_cut_and_does_not_grow_with_the_page() {
    let attacks: &[(&str, &str)] = &[
        ("", "<div/>"),
        ("", "<div></p></span>"),
        ("", "<table><tr><td>"),
        ("", "<b><i>"),
        ("", "<a><div>"),
        ("<svg>", "<div/>"),
        ("<p title='<!--'>", "<div>"),
    ];
    for (prefix, unit) in attacks {
        let mut seen = None;
        for n in [100_000, 1_000_000] {
            let (page, warnings) = page_of(&format!("<title>t</title>{prefix}{}", unit.repeat(n)));
            assert!(page.truncated, "{unit} x {n}");
            let nests = format!("nests elements deeper than {MAX_NESTING}");
            assert!(
                warnings.iter().any(|w| w.contains(&nests)),
                "{unit} x {n}: {warnings:?}"
            );
            let shape = (page.template_simhash, page.tag_paths, page.title.clone());
            if let Some(first) = seen.replace(shape.clone()) {
                assert_eq!(first, shape, "{unit}: the parsed prefix grew with the page");
            }
        }
    }
}

// ------------------------------------------------------------------ links

const PNG_1X1: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x60, 0x00, 0x02, 0x00,
    0x00, 0x05, 0x00, 0x01, 0xE9, 0xFA, 0xDC, 0xD8, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44,
    0xAE, 0x42, 0x60, 0x82,
];

/// A page with 200,000 script links and 100,000 icon links: the links
/// kept are bounded, the favicon is still found, and the cut is recorded.
#[test]
fn a_page_with_hundreds_of_thousands_of_links_is_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let mut html = String::new();
    for i in 0..100_000 {
        html.push_str(&format!("<link rel=icon href=i{i}.png>"));
    }
    for i in 0..200_000 {
        html.push_str(&format!("<script src=s{i}.js></script>"));
    }
    std::fs::write(dir.path().join("index.html"), html).unwrap();
    std::fs::write(dir.path().join("i3.png"), PNG_1X1).unwrap();
    std::fs::write(dir.path().join("s0.js"), b"1").unwrap();
    let path = dir.path().to_path_buf();
    let snap = within("many links", move || {
        read_saved_folder(&path, &FolderConfig::default()).unwrap()
    });
    assert_eq!(snap.favicon.unwrap().url, "i3.png");
    assert_eq!(snap.assets.len(), 1);
    let capped = format!("more than {MAX_LINKS_PER_PAGE} links of a kind");
    assert!(
        snap.warnings.iter().any(|w| w.contains(&capped)),
        "{:?}",
        snap.warnings
    );
}

// ------------------------------------------------------------------ WARC

/// A gzip member, compressed by hand (deflate with fixed Huffman codes:
/// runs of 258 equal bytes become back-references, the rest literals), so
/// that 10 MB of zeros make a member of about 60 KB.
fn gzip(data: &[u8]) -> Vec<u8> {
    struct Bits {
        out: Vec<u8>,
        bit: u32,
    }
    impl Bits {
        /// Writes `n` bits of `v`, least significant first.
        fn put(&mut self, v: u32, n: u32) {
            for i in 0..n {
                if self.bit == 0 {
                    self.out.push(0);
                }
                *self.out.last_mut().unwrap() |= (((v >> i) & 1) as u8) << self.bit;
                self.bit = (self.bit + 1) % 8;
            }
        }
        /// Writes a Huffman code of `n` bits, most significant first.
        fn code(&mut self, c: u32, n: u32) {
            for i in (0..n).rev() {
                self.put((c >> i) & 1, 1);
            }
        }
    }
    let mut bits = Bits {
        out: vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff],
        bit: 0,
    };
    bits.put(1, 1); // the last block
    bits.put(1, 2); // fixed codes
    let mut i = 0;
    while i < data.len() {
        let run = data[i..]
            .iter()
            .take(258)
            .take_while(|&&b| i > 0 && b == data[i - 1]);
        if run.count() == 258 {
            bits.code(0b1100_0101, 8); // length 258 (code 285)
            bits.code(0, 5); // distance 1
            i += 258;
            continue;
        }
        match u32::from(data[i]) {
            v @ 0..=143 => bits.code(0x30 + v, 8),
            v => bits.code(0x190 + v - 144, 9),
        }
        i += 1;
    }
    bits.code(0, 7); // end of block
    let mut out = bits.out;
    out.extend_from_slice(&crc32(data).to_le_bytes());
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let table: Vec<u32> = (0..256u32)
        .map(|n| {
            (0..8).fold(n, |c, _| {
                if c & 1 == 1 {
                    c >> 1 ^ 0xEDB8_8320
                } else {
                    c >> 1
                }
            })
        })
        .collect();
    !bytes.iter().fold(!0u32, |c, &b| {
        table[((c ^ u32::from(b)) & 0xff) as usize] ^ c >> 8
    })
}

/// A WARC record with these header lines (before `Content-Length`).
fn record(extra_headers: &str, uri: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n{extra_headers}Content-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn http(head: &str, body: &[u8]) -> Vec<u8> {
    let mut h = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n{head}\r\n").into_bytes();
    h.extend_from_slice(body);
    h
}

/// A good site after the hostile record.
fn good() -> Vec<u8> {
    record(
        "",
        "http://good.test/",
        &http("", b"<title>Good</title><p>still read</p>"),
    )
}

/// Reads an archive made of `parts` (gzip members or plain records); the
/// sites read and the statistics.
fn read(parts: &[Vec<u8>], config: WarcConfig) -> (Vec<SiteSnapshot>, WarcStats) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.warc");
    let mut file = std::fs::File::create(&path).unwrap();
    for part in parts {
        file.write_all(part).unwrap();
    }
    drop(file);
    within("reading an archive", move || {
        let mut sites = Vec::new();
        let stats = read_warc(&path, &config, |s| sites.push(s)).unwrap();
        drop(dir);
        (sites, stats)
    })
}

fn hosts(sites: &[SiteSnapshot]) -> Vec<String> {
    sites
        .iter()
        .map(|s| s.source.rsplit('#').next().unwrap().to_string())
        .collect()
}

#[test]
fn warc_header_lines_too_long_or_too_many_skip_one_record() {
    let long = format!("X-Long: {}\r\n", "a".repeat(10 << 20));
    let many = "X-A: b\r\n".repeat(100_000);
    for (extra, reason) in [
        (long.as_str(), SkipReason::HeaderLineTooLong),
        (many.as_str(), SkipReason::TooManyHeaders),
    ] {
        let bad = record(extra, "http://bad.test/", &http("", b"<p>bad</p>"));
        let (sites, stats) = read(&[bad, good()], WarcConfig::default());
        assert_eq!(hosts(&sites), ["good.test"], "{reason:?}");
        assert_eq!(stats.skipped.get(&reason), Some(&1), "{stats:?}");
        assert_eq!((stats.oversized, stats.malformed), (1, 0), "{stats:?}");
    }
}

#[test]
fn warc_http_heads_and_chunks_over_the_limits_skip_one_record() {
    let many_http = "X-H: v\r\n".repeat(2_000);
    let gigabyte_chunk = http(
        "Transfer-Encoding: chunked\r\n",
        b"40000000\r\n<p>x</p>\r\n0\r\n\r\n",
    );
    for (block, reason) in [
        (
            http(&many_http, b"<p>x</p>"),
            SkipReason::TooManyHttpHeaders,
        ),
        (gigabyte_chunk, SkipReason::ChunkTooLarge),
    ] {
        let bad = record("", "http://bad.test/", &block);
        let (sites, stats) = read(&[bad, good()], WarcConfig::default());
        assert_eq!(hosts(&sites), ["good.test"], "{reason:?}");
        assert_eq!(stats.skipped.get(&reason), Some(&1), "{stats:?}");
    }
}

/// 10 MB of zeros compress to about 60 KB; with a cap of 1 MiB, each way
/// of putting them in an archive skips one record (or stretch) and the
/// next good record is read.
#[test]
fn warc_gzip_bombs_are_skipped_at_the_cap() {
    let zeros = vec![0u8; 10 << 20];
    let config = WarcConfig {
        max_record_bytes: 1 << 20,
        ..WarcConfig::default()
    };
    // An HTTP body with `Content-Encoding: gzip`.
    let encoded = record(
        "",
        "http://bad.test/",
        &http("Content-Encoding: gzip\r\n", &gzip(&zeros)),
    );
    assert!(encoded.len() < 100 << 10);
    let (sites, stats) = read(&[encoded, good()], config.clone());
    assert_eq!(hosts(&sites), ["good.test"]);
    assert_eq!(
        stats.skipped.get(&SkipReason::DecodedTooLarge),
        Some(&1),
        "{stats:?}"
    );
    // A gzip member of a `.warc.gz` whose record block is the zeros.
    let block = record("", "http://bad.test/", &zeros);
    let (sites, stats) = read(&[gzip(&block), gzip(&good())], config.clone());
    assert_eq!(hosts(&sites), ["good.test"]);
    assert_eq!(
        stats.skipped.get(&SkipReason::BlockTooLarge),
        Some(&1),
        "{stats:?}"
    );
    // A member that is only zeros: one stretch of junk, no line end in it.
    let (sites, stats) = read(&[gzip(&zeros), gzip(&good())], config);
    assert_eq!(hosts(&sites), ["good.test"]);
    assert_eq!(stats.malformed, 1, "{stats:?}");
}

/// A damaged gzip member is counted, and the member after it read.
#[test]
fn warc_damaged_gzip_members_are_counted() {
    let mut damaged = gzip(&record("", "http://bad.test/", &http("", b"<p>x</p>")));
    let crc = damaged.len() - 8;
    damaged[crc] ^= 0xff;
    let (sites, stats) = read(&[damaged, gzip(&good())], WarcConfig::default());
    assert!(hosts(&sites).contains(&"good.test".to_string()));
    assert_eq!(stats.damaged_members, 1, "{stats:?}");
}

// ------------------------------------------------------------------ folders

#[cfg(unix)]
fn mkfifo(path: &Path) -> bool {
    std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success())
}

/// A saved folder whose files lead out of it or never end: each is
/// refused or cut with a warning, and reading finishes.
#[cfg(unix)]
#[test]
fn saved_folder_links_special_files_and_huge_files_are_refused_or_cut() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(
        root.join("index.html"),
        r#"<link rel=icon href=fifo.ico><script src=zero.js></script>
           <script src=passwd.js></script><script src=huge.js></script>
           <script src=ok.js></script><a href=big.html>big</a>"#,
    )
    .unwrap();
    std::fs::write(root.join("ok.js"), b"1").unwrap();
    symlink("/dev/zero", root.join("zero.js")).unwrap();
    symlink("/etc/passwd", root.join("passwd.js")).unwrap();
    let fifo = mkfifo(&root.join("fifo.ico"));
    for name in ["huge.js", "big.html", "screenshot.png"] {
        std::fs::File::create(root.join(name))
            .unwrap()
            .set_len(100 << 20)
            .unwrap();
    }
    let path = root.to_path_buf();
    let snap = within("hostile folder", move || {
        read_saved_folder(&path, &FolderConfig::default()).unwrap()
    });
    let assets: Vec<&str> = snap.assets.iter().map(|a| a.url.as_str()).collect();
    assert_eq!(assets, ["ok.js"]);
    assert!(snap.screenshot.is_none() && snap.favicon.is_none());
    let big = snap.pages.iter().find(|p| p.url == "big.html").unwrap();
    assert_eq!(
        big.body.len() as u64,
        FolderConfig::default().max_file_bytes
    );
    let warned = |what: &str| snap.warnings.iter().any(|w| w.contains(what));
    for what in [
        "zero.js: refused: a symbolic link",
        "passwd.js: refused: a symbolic link",
        "huge.js is too large",
        "screenshot.png is too large",
        "big.html is larger than",
    ] {
        assert!(warned(what), "{what}: {:?}", snap.warnings);
    }
    if fifo {
        assert!(
            warned("fifo.ico: refused: a device, pipe or socket"),
            "{:?}",
            snap.warnings
        );
    }
    // A refused root page is a typed error.
    std::fs::remove_file(root.join("index.html")).unwrap();
    symlink("/etc/passwd", root.join("index.html")).unwrap();
    assert!(matches!(
        read_saved_folder(root, &FolderConfig::default()),
        Err(Error::Io { .. })
    ));
}

/// A snapshot directory whose files were replaced: links and special
/// files are refused with an error naming the file; a huge asset is
/// skipped (its hash kept) with a warning.
#[cfg(unix)]
#[test]
fn snapshot_directory_links_special_files_and_huge_files_are_refused_or_skipped() {
    use std::os::unix::fs::symlink;
    let snapshot = SiteSnapshot {
        source: "https://example.org/".into(),
        pages: vec![clone_detect::Page {
            url: "https://example.org/".into(),
            status: 200,
            body: b"<p>hi</p>".to_vec(),
            ..Default::default()
        }],
        favicon: Some(clone_detect::Favicon {
            url: "https://example.org/favicon.ico".into(),
            bytes: PNG_1X1.to_vec(),
        }),
        screenshot: Some(PNG_1X1.to_vec()),
        assets: vec![clone_detect::Asset {
            url: "https://example.org/app.js".into(),
            kind: clone_detect::AssetKind::Script,
            content: AssetContent::Bytes(b"1".to_vec()),
        }],
        ..SiteSnapshot::default()
    };
    let replaced = |file: &str, how: &dyn Fn(&Path)| {
        let dir = tempfile::tempdir().unwrap();
        write_snapshot_dir(&snapshot, dir.path()).unwrap();
        let path = dir.path().join(file);
        std::fs::remove_file(&path).unwrap();
        how(&path);
        let root = dir.path().to_path_buf();
        within(file, move || {
            let read = read_snapshot_dir(&root);
            drop(dir);
            read
        })
    };
    let zero = |p: &Path| symlink("/dev/zero", p).unwrap();
    let passwd = |p: &Path| symlink("/etc/passwd", p).unwrap();
    let fifo = |p: &Path| assert!(mkfifo(p));
    for (file, how) in [
        ("pages/0000.body", &zero as &dyn Fn(&Path)),
        ("favicon.bin", &passwd),
        ("snapshot.json", &passwd),
        ("screenshot.png", &fifo),
    ] {
        match replaced(file, how) {
            Err(Error::Layout { path, reason }) => {
                assert!(path.ends_with(file), "{}", path.display());
                assert!(reason.starts_with("refused"), "{reason}");
            }
            other => panic!("{file}: {other:?}"),
        }
    }
    let huge = |p: &Path| {
        std::fs::File::create(p)
            .unwrap()
            .set_len(100 << 20)
            .unwrap()
    };
    let read = replaced("assets/0000.body", &huge).unwrap();
    assert!(matches!(read.assets[0].content, AssetContent::Sha256(_)));
    assert!(
        read.warnings.iter().any(|w| w.contains("assets/0000.body")),
        "{:?}",
        read.warnings
    );
}
