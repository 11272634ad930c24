//! Fingerprinting throughput on the committed corpus, each figure beside a
//! baseline measured in the same run:
//!
//! * pages: html5ever parse alone (the floor) vs a whole page fingerprint
//!   (parse, template and text simhash, domhash, html hash, identifiers);
//! * screenshots: PNG decode alone (the floor), the plain `image` +
//!   `image_hasher` pipeline on the full picture, and ours (fused grey and box
//!   reduction, then `image_hasher`);
//! * favicons: a naive Shodan hash (base64 to a string, then split into
//!   lines) vs ours (one-pass line-broken encoding), and decode + pHash.
//!
//! After criterion's report, `ratios` prints the medians side by side.

// A benchmark's job is to print its figures.
#![allow(clippy::print_stdout)]

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use base64::Engine;
use clone_detect::signal::perceptual::{ImageLimits, PerceptualHasher};
use clone_detect::signal::shodan::favicon_mmh3;
use clone_detect::{Favicon, FingerprintConfig, Fingerprinter, SiteSnapshot};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn files(dir: &str, name_filter: impl Fn(&str) -> bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut stack = vec![root().join(dir)];
    let mut paths = Vec::new();
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("corpus is readable") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if name_filter(p.file_name().and_then(|n| n.to_str()).unwrap_or("")) {
                paths.push(p);
            }
        }
    }
    paths.sort();
    for p in paths {
        out.push(std::fs::read(p).expect("readable file"));
    }
    out
}

fn pages() -> Vec<Vec<u8>> {
    files("corpus/sites", |n| n.ends_with(".html"))
}
fn screenshots() -> Vec<Vec<u8>> {
    files("corpus/sites", |n| n == "screenshot.png")
}
fn favicons() -> Vec<Vec<u8>> {
    files("tests/fixtures/favicons", |_| true)
}

fn snapshot(body: &[u8]) -> SiteSnapshot {
    SiteSnapshot::single_page("index.html", body.to_vec())
}

fn parse_alone(body: &[u8]) {
    black_box(scraper::Html::parse_document(&String::from_utf8_lossy(
        body,
    )));
}

fn naive_image_pipeline(png: &[u8]) -> u64 {
    let hasher = image_hasher::HasherConfig::new()
        .hash_size(8, 8)
        .preproc_dct()
        .hash_alg(image_hasher::HashAlg::Median)
        .to_hasher();
    let image = image::load_from_memory(png).expect("corpus PNG");
    let grey = image.to_luma8();
    let h = hasher.hash_image(&grey);
    h.as_bytes().iter().fold(0, |a, &b| a << 8 | u64::from(b))
}

fn naive_shodan(bytes: &[u8]) -> i32 {
    let b64 = base64::engine::general_purpose::STANDARD.encode(bytes);
    let mut lined = String::new();
    for chunk in b64.as_bytes().chunks(76) {
        lined.push_str(std::str::from_utf8(chunk).expect("base64 is ASCII"));
        lined.push('\n');
    }
    murmur3::murmur3_32(&mut std::io::Cursor::new(lined.as_bytes()), 0).expect("in memory") as i32
}

fn bench_pages(c: &mut Criterion) {
    let pages = pages();
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default()).expect("default config");
    let snapshots: Vec<SiteSnapshot> = pages.iter().map(|p| snapshot(p)).collect();
    let mut g = c.benchmark_group("pages");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function(
        BenchmarkId::new("html5ever-parse-alone", pages.len()),
        |b| b.iter(|| pages.iter().for_each(|p| parse_alone(p))),
    );
    g.bench_function(BenchmarkId::new("page-fingerprint", pages.len()), |b| {
        b.iter(|| {
            snapshots.iter().for_each(|s| {
                let _ = black_box(fingerprinter.fingerprint(s));
            })
        })
    });
    g.finish();
}

fn bench_images(c: &mut Criterion) {
    let shots = screenshots();
    let hasher = PerceptualHasher::new(ImageLimits::default());
    let mut g = c.benchmark_group("screenshots");
    g.throughput(Throughput::Elements(shots.len() as u64));
    g.sample_size(10);
    g.bench_function("png-decode-alone", |b| {
        b.iter(|| {
            shots.iter().for_each(|s| {
                let _ = black_box(image::load_from_memory(s));
            })
        })
    });
    g.bench_function("plain-image-hasher-pipeline", |b| {
        b.iter(|| {
            shots.iter().for_each(|s| {
                let _ = black_box(naive_image_pipeline(s));
            })
        })
    });
    g.bench_function("clone-detect-phash-dhash", |b| {
        b.iter(|| {
            shots.iter().for_each(|s| {
                let _ = black_box(hasher.hash_bytes(s, "screenshot"));
            })
        })
    });
    g.finish();

    let icons = favicons();
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default()).expect("default config");
    let mut g = c.benchmark_group("favicons");
    g.throughput(Throughput::Elements(icons.len() as u64));
    g.bench_function("shodan-hash-naive", |b| {
        b.iter(|| {
            icons.iter().for_each(|i| {
                let _ = black_box(naive_shodan(i));
            })
        })
    });
    g.bench_function("shodan-hash-clone-detect", |b| {
        b.iter(|| {
            icons.iter().for_each(|i| {
                let _ = black_box(favicon_mmh3(i));
            })
        })
    });
    g.bench_function("decode-and-phash", |b| {
        b.iter(|| {
            icons.iter().for_each(|i| {
                let _ = black_box(hasher.hash_bytes(i, "favicon"));
            })
        })
    });
    let with_favicon: Vec<SiteSnapshot> = icons
        .iter()
        .map(|i| SiteSnapshot {
            favicon: Some(Favicon {
                url: "f".into(),
                bytes: i.clone(),
            }),
            ..snapshot(b"")
        })
        .collect();
    g.bench_function("favicon-fingerprint", |b| {
        b.iter(|| {
            with_favicon.iter().for_each(|s| {
                let _ = black_box(fingerprinter.fingerprint(s));
            })
        })
    });
    g.finish();
}

/// Median wall time of `f` over `runs` runs.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn ratios(_: &mut Criterion) {
    let pages = pages();
    let mb = pages.iter().map(Vec::len).sum::<usize>() as f64 / 1e6;
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default()).expect("default config");
    let snapshots: Vec<SiteSnapshot> = pages.iter().map(|p| snapshot(p)).collect();
    let parse = median(9, || pages.iter().for_each(|p| parse_alone(p)));
    let page = median(9, || {
        snapshots.iter().for_each(|s| {
            let _ = black_box(fingerprinter.fingerprint(s));
        })
    });
    let shots = screenshots();
    let hasher = PerceptualHasher::new(ImageLimits::default());
    let n = shots.len() as f64;
    let decode = median(5, || {
        shots.iter().for_each(|s| {
            let _ = black_box(image::load_from_memory(s));
        })
    });
    let plain = median(5, || {
        shots.iter().for_each(|s| {
            let _ = black_box(naive_image_pipeline(s));
        })
    });
    let ours = median(5, || {
        shots.iter().for_each(|s| {
            let _ = black_box(hasher.hash_bytes(s, "s"));
        })
    });
    let icons = favicons();
    let k = icons.len() as f64;
    let naive = median(51, || {
        icons.iter().for_each(|i| {
            let _ = black_box(naive_shodan(i));
        })
    });
    let shodan = median(51, || {
        icons.iter().for_each(|i| {
            let _ = black_box(favicon_mmh3(i));
        })
    });
    let icon_phash = median(21, || {
        icons.iter().for_each(|i| {
            let _ = black_box(hasher.hash_bytes(i, "f"));
        })
    });
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    println!("\n== ratios (medians, same run) ==");
    println!(
        "pages: parse alone {:.1} MB/s, page fingerprint {:.1} MB/s, fingerprint/parse time {:.2}x",
        mb / parse.as_secs_f64(),
        mb / page.as_secs_f64(),
        page.as_secs_f64() / parse.as_secs_f64()
    );
    println!("screenshots ({n} x 1280x800 PNG): decode alone {:.2} ms/img, plain image+image_hasher {:.2} ms/img, clone-detect {:.2} ms/img, speed-up over plain {:.1}x",
        ms(decode) / n, ms(plain) / n, ms(ours) / n, plain.as_secs_f64() / ours.as_secs_f64());
    println!("favicons ({k}): naive Shodan hash {:.2} us/icon, clone-detect {:.2} us/icon ({:.1}x); decode + pHash + dHash {:.1} us/icon",
        us(naive) / k, us(shodan) / k, naive.as_secs_f64() / shodan.as_secs_f64(), us(icon_phash) / k);
}

criterion_group!(benches, bench_pages, bench_images, ratios);
criterion_main!(benches);
