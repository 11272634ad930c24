//! Reading a large WARC archive: throughput and peak memory.
//!
//! Writes a synthetic archive (documentation-like pages of ~14 KB, a
//! stylesheet and a script per site, 20 pages per site, sites interleaved
//! as in a crawl of many sites) to a temporary directory, then reads it in a
//! child process (so that its VmHWM is the reader's alone) with
//! `read_warc` and fingerprints every site. Reported: MB/s of archive
//! read, sites/s, peak memory; and, in the same run, the time of a bare
//! sequential read of the file (the floor).
//!
//! `cargo bench -p clone-detect-benches --bench warc` writes a 2 GB
//! uncompressed archive and a 200 MB gzip one (per-record members).
//! `WARC_BENCH_MB=200` makes the plain archive smaller.

#![allow(clippy::print_stdout)]

use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use clone_detect::acquire::warc::{read_warc, WarcConfig};
use clone_detect::{FingerprintConfig, Fingerprinter};
use clone_detect_tests::synthetic::Rng;

const WORDS: [&str; 16] = [
    "index", "module", "function", "returns", "value", "the", "of", "request", "template", "page",
    "user", "session", "default", "string", "error", "handler",
];

fn page(rng: &mut Rng, site: u64, i: u64) -> Vec<u8> {
    let mut html = format!(
        "<!DOCTYPE html><html><head><title>Site {site} page {i}</title>\
         <link rel=\"stylesheet\" href=\"/static/site.css\"><script src=\"/static/site.js\"></script>\
         </head><body><nav><a href=\"/\">Home</a></nav><main>"
    );
    for p in 0..20 {
        html.push_str(&format!("<h2>Part {p}</h2><p>"));
        for _ in 0..90 {
            html.push_str(WORDS[(rng.next_u64() % 16) as usize]);
            html.push(' ');
        }
        html.push_str("</p>");
    }
    html.push_str("</main></body></html>");
    html.into_bytes()
}

fn record(uri: &str, kind: &str, body: &[u8]) -> Vec<u8> {
    let http = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    let mut block = http.into_bytes();
    block.extend_from_slice(body);
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(&block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

/// Writes about `bytes` of archive; returns (sites, records).
fn write_archive(path: &Path, bytes: u64, gzip: bool) -> (u64, u64) {
    let mut out = BufWriter::new(File::create(path).unwrap());
    let mut rng = Rng(7);
    let (mut written, mut records, mut site) = (0u64, 0u64, 0u64);
    // Sites are written in groups of 50, their records interleaved.
    while written < bytes {
        let group: Vec<u64> = (site..site + 50).collect();
        site += 50;
        for i in 0..22u64 {
            for &s in &group {
                let host = format!("http://site{s}.example");
                let r = match i {
                    0 => record(
                        &format!("{host}/static/site.css"),
                        "text/css",
                        format!("body{{color:#{s:06x}}}").as_bytes(),
                    ),
                    1 => record(
                        &format!("{host}/static/site.js"),
                        "application/javascript",
                        format!("var site={s};").as_bytes(),
                    ),
                    2 => record(&format!("{host}/"), "text/html", &page(&mut rng, s, 0)),
                    _ => record(
                        &format!("{host}/docs/p{i}.html"),
                        "text/html",
                        &page(&mut rng, s, i),
                    ),
                };
                let data = if gzip {
                    let mut e =
                        flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
                    e.write_all(&r).unwrap();
                    e.finish().unwrap()
                } else {
                    r
                };
                out.write_all(&data).unwrap();
                written += data.len() as u64;
                records += 1;
            }
        }
    }
    out.flush().unwrap();
    (site, records)
}

fn vm_hwm_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn child(path: &str) {
    let f = Fingerprinter::new(FingerprintConfig::default()).unwrap();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .unwrap();
    let t = Instant::now();
    let mut sites = 0u64;
    let stats = pool
        .install(|| {
            read_warc(Path::new(path), &WarcConfig::default(), |s| {
                std::hint::black_box(f.fingerprint(&s));
                sites += 1;
            })
        })
        .unwrap();
    println!(
        "RESULT {} {sites} {} {} {}",
        t.elapsed().as_secs_f64(),
        vm_hwm_kib(),
        stats.passes,
        stats.records
    );
}

fn measure(path: &Path) -> Vec<f64> {
    let out = Command::new(std::env::current_exe().unwrap())
        .args(["--child", path.to_str().unwrap()])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .find(|l| l.starts_with("RESULT "))
        .unwrap_or_else(|| panic!("child failed: {}", String::from_utf8_lossy(&out.stderr)))
        .split_whitespace()
        .skip(1)
        .map(|x| x.parse().unwrap())
        .collect()
}

fn bare_read(path: &Path) -> f64 {
    let t = Instant::now();
    let mut buf = vec![0u8; 1 << 20];
    let mut f = File::open(path).unwrap();
    while f.read(&mut buf).unwrap() > 0 {}
    t.elapsed().as_secs_f64()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--child") {
        child(&args[i + 1]);
        return;
    }
    if args.iter().any(|a| a == "--list") {
        return;
    }
    let mb: u64 = std::env::var("WARC_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2048);
    let dir = tempfile::tempdir().unwrap();
    println!("| archive | size | sites | records | read + fingerprint | MB/s | sites/s | passes | peak memory | bare read of the file |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (name, size, gzip) in [
        ("plain.warc", mb << 20, false),
        ("gzip.warc.gz", (mb / 10).max(20) << 20, true),
    ] {
        let path = dir.path().join(name);
        let (sites, records) = write_archive(&path, size, gzip);
        let file_mb = std::fs::metadata(&path).unwrap().len() as f64 / (1u64 << 20) as f64;
        let bare = bare_read(&path);
        let r = measure(&path);
        assert_eq!(r[1] as u64, sites, "{name}: every site must be read");
        println!(
            "| {name} | {file_mb:.0} MiB | {sites} | {records} | {:.1} s | {:.0} | {:.0} | {} | {:.0} MiB | {bare:.1} s |",
            r[0],
            file_mb / r[0],
            r[1] / r[0],
            r[3],
            r[2] / 1024.0,
        );
        std::fs::remove_file(&path).unwrap();
    }
}
