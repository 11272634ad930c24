//! The HTTP response inside a WARC `response` record: status line, headers,
//! chunked transfer coding, gzip/deflate content coding. The parser is
//! private (`acquire::warc::http`); its nearest public entry point is the
//! archive reader, so the fuzz bytes become the block of `response` records
//! in an archive beside a fixed root page that links them, written to a file
//! and read with `read_warc`.
#![no_main]

use clone_detect::acquire::warc::{read_warc, WarcConfig};
use clone_detect_fuzz::scratch;
use libfuzzer_sys::fuzz_target;

const ROOT: &[u8] = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n\
<html><head><title>t</title><link rel=icon href=/a.html>\
<link rel=stylesheet href=/a.css></head><body><a href=/a.html>a</a></body></html>";

fn record(out: &mut Vec<u8>, uri: &str, block: &[u8]) {
    out.extend_from_slice(
        format!(
            "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .as_bytes(),
    );
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
}

fuzz_target!(|data: &[u8]| {
    let mut warc = Vec::with_capacity(data.len() * 3 + 1024);
    record(&mut warc, "http://fuzz.example/", ROOT);
    // Whatever its Content-Type says, one of these is kept and parsed whole.
    record(&mut warc, "http://fuzz.example/a.html", data);
    record(&mut warc, "http://fuzz.example/a.css", data);
    let path = scratch().join("http.warc");
    std::fs::write(&path, &warc).expect("scratch write");
    let config = WarcConfig {
        max_record_bytes: 64 << 10,
        ..WarcConfig::default()
    };
    let mut sites = 0;
    let stats = read_warc(&path, &config, |site| {
        sites += 1;
        assert_eq!(site.pages[0].url, "http://fuzz.example/");
        for p in &site.pages {
            assert!(p.body.len() <= config.max_record_bytes, "body over the cap");
        }
        for a in &site.assets {
            if let clone_detect::AssetContent::Bytes(b) = &a.content {
                assert!(b.len() <= config.max_record_bytes, "asset over the cap");
            }
        }
    })
    .expect("an archive of well-formed records reads");
    assert_eq!(stats.records, 3, "{stats:?}");
    assert_eq!(sites, 1);
});
