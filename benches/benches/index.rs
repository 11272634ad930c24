//! Candidate search and checks against 10^5, 10^6 and 10^7 known sites,
//! each against a linear scan measured in the same run.
//!
//! Known hashes are uniform random (seeded), the worst case for bucket
//! sizes; queries are known hashes with 0 to 8 bits flipped (a reincarnation
//! whose template moved a little) and fresh random hashes (an unknown site),
//! half each. Printed: p50 and p99 per query, the scan's p50, the ratio, and
//! the index's bytes per known site.
//!
//! `cargo bench -p clone-detect-benches --bench index` (about 3 minutes and
//! 6 GB at 10^7). Set `INDEX_BENCH_MAX=1000000` to stop at 10^6.

#![allow(clippy::print_stdout)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use clone_detect::index::{HammingIndex, SiteSignals};
use clone_detect::verdict::{FusedModel, KnownRef, Matcher};
use criterion::{criterion_group, criterion_main, Criterion};

/// SplitMix64: a fixed, seeded sequence.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn near(&mut self, h: u64, max_flips: u32) -> u64 {
        let flips = (self.next() % u64::from(max_flips + 1)) as u32;
        (0..flips).fold(h, |h, _| h ^ (1 << (self.next() % 64)))
    }
}

fn percentile(mut v: Vec<Duration>, p: f64) -> Duration {
    v.sort();
    v[((v.len() - 1) as f64 * p).round() as usize]
}

fn time_each<T>(items: &[T], mut f: impl FnMut(&T)) -> Vec<Duration> {
    items
        .iter()
        .map(|x| {
            let t = Instant::now();
            f(x);
            t.elapsed()
        })
        .collect()
}

fn queries(rng: &mut Rng, known: &[u64], n: usize) -> Vec<u64> {
    (0..n)
        .map(|i| {
            if i % 2 == 0 {
                let h = known[(rng.next() % known.len() as u64) as usize];
                rng.near(h, 8)
            } else {
                rng.next()
            }
        })
        .collect()
}

fn sizes() -> Vec<usize> {
    let max: usize = std::env::var("INDEX_BENCH_MAX")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000_000);
    [100_000, 1_000_000, 10_000_000]
        .into_iter()
        .filter(|&n| n <= max)
        .collect()
}

fn us(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

/// A BK-tree over Hamming distance (Burkhard and Keller 1973), the usual
/// alternative to multi-index hashing, measured to justify the choice.
struct BkTree {
    /// (hash, children as (distance to parent, node)).
    nodes: Vec<(u64, Vec<(u32, u32)>)>,
}

impl BkTree {
    fn new(hashes: &[u64]) -> Self {
        let mut tree = Self {
            nodes: Vec::with_capacity(hashes.len()),
        };
        for &h in hashes {
            if tree.nodes.is_empty() {
                tree.nodes.push((h, Vec::new()));
                continue;
            }
            let mut at = 0usize;
            loop {
                let d = (tree.nodes[at].0 ^ h).count_ones();
                match tree.nodes[at].1.iter().find(|c| c.0 == d) {
                    Some(&(_, child)) => at = child as usize,
                    None => {
                        let id = tree.nodes.len() as u32;
                        tree.nodes[at].1.push((d, id));
                        tree.nodes.push((h, Vec::new()));
                        break;
                    }
                }
            }
        }
        tree
    }

    /// Hashes within `radius` and the number of nodes visited.
    fn within(&self, q: u64, radius: u32) -> (usize, usize) {
        let (mut found, mut visited) = (0, 0);
        let mut stack = vec![0usize];
        while let Some(at) = stack.pop() {
            visited += 1;
            let (h, children) = &self.nodes[at];
            let d = (h ^ q).count_ones();
            found += usize::from(d <= radius);
            for &(cd, child) in children {
                if cd.abs_diff(d) <= radius {
                    stack.push(child as usize);
                }
            }
        }
        (found, visited)
    }
}

/// BK-tree vs multi-index hashing on the same data, 10^5 and 10^6 hashes.
fn bk_tree(_: &mut Criterion) {
    println!("\n== BK-tree vs multi-index hashing (same run) ==");
    println!("| known | radius | BK-tree p50 | nodes visited (mean) | multi-index p50 |");
    println!("|---:|---:|---:|---:|---:|");
    for n in sizes().into_iter().filter(|&n| n <= 1_000_000) {
        let mut rng = Rng(n as u64);
        let hashes: Vec<u64> = (0..n).map(|_| rng.next()).collect();
        let qs = queries(&mut rng, &hashes, 400);
        let tree = BkTree::new(&hashes);
        for radius in [3, 10] {
            let index = HammingIndex::new(hashes.clone(), radius);
            let mut visited = 0usize;
            let bk = time_each(&qs, |&q| {
                let (found, v) = tree.within(q, radius);
                visited += v;
                black_box(found);
            });
            let mut buf = Vec::new();
            let mih = time_each(&qs, |&q| {
                index.within_into(q, radius, &mut buf);
                black_box(&buf);
            });
            println!(
                "| {n} | {radius} | {:.1} us | {:.0} ({:.0}% of the tree) | {:.2} us |",
                us(percentile(bk, 0.5)),
                visited as f64 / qs.len() as f64,
                100.0 * visited as f64 / qs.len() as f64 / n as f64,
                us(percentile(mih, 0.5)),
            );
        }
    }
}

/// One 64-bit table at the radius of the Manku et al. setting (3 bits) and
/// at the verdict's template radius (10 bits).
fn single_table(_: &mut Criterion) {
    println!("\n== one 64-bit table: multi-index hashing vs linear scan (same run) ==");
    println!(
        "| known | radius | index p50 | index p99 | scan p50 | scan/index | index bytes/hash |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|");
    for n in sizes() {
        let mut rng = Rng(n as u64);
        let hashes: Vec<u64> = (0..n).map(|_| rng.next()).collect();
        let qs = queries(&mut rng, &hashes, 2000);
        for radius in [3, 10] {
            let index = HammingIndex::new(hashes.clone(), radius);
            let mut buf = Vec::new();
            let fast = time_each(&qs, |&q| {
                index.within_into(q, radius, &mut buf);
                black_box(&buf);
            });
            let scan = time_each(&qs[..200], |&q| {
                black_box(index.scan(q, radius));
            });
            let (p50, p99, s50) = (
                percentile(fast.clone(), 0.5),
                percentile(fast, 0.99),
                percentile(scan, 0.5),
            );
            println!(
                "| {n} | {radius} | {:.2} us | {:.2} us | {:.1} us | {:.0}x | {:.1} |",
                us(p50),
                us(p99),
                us(s50),
                s50.as_secs_f64() / p50.as_secs_f64(),
                index.memory_bytes() as f64 / n as f64
            );
        }
    }
}

fn synthetic_site(rng: &mut Rng) -> SiteSignals {
    SiteSignals {
        template: Some(rng.next()),
        root_template: Some(rng.next()),
        text: Some(rng.next()),
        root_text: Some(rng.next()),
        screenshot: Some(rng.next()),
        screenshot_ahash: Some(rng.next()),
        favicon_phash: rng.next().is_multiple_of(2).then(|| rng.next()),
        favicon_mmh3: Some(rng.next() as i32),
        domhash: Some(clone_detect::index::domhash_bytes(&format!(
            "{:08x}",
            rng.next() as u32
        ))),
        html_mmh3: Some(rng.next() as i32),
        // A few popular assets shared by many sites, one of its own.
        assets: {
            let bytes = |x: u64| {
                let mut b = [0u8; 32];
                b[..8].copy_from_slice(&x.to_le_bytes());
                b
            };
            let mut a = vec![bytes(rng.next() % 50), bytes(rng.next())];
            a.sort();
            a.dedup();
            a
        },
        ids: vec![format!(
            "google_analytics:G-{:010X}",
            rng.next() % 10_000_000_000
        )],
        title_words: vec![format!("site{}", rng.next() % 1_000_000)],
        // The smallest hashes of about 3000 words: some common words shared
        // by many sites, the rest the site's own.
        vocabulary: {
            let mut v: Vec<u32> = (0..32)
                .map(|k| {
                    if k < 4 {
                        (rng.next() % 64) as u32
                    } else {
                        (rng.next() % 46_000_000) as u32
                    }
                })
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        },
        // Up to five pages of some words, each its own text.
        page_texts: {
            let n = (rng.next() % 6) as usize;
            let hashes: Vec<u64> = (0..n).map(|_| rng.next()).collect();
            clone_detect::index::page_text_set(&hashes)
        },
    }
}

/// Whole checks (every table, merged candidates, features, fused score)
/// against a scan that scores every known site.
fn full_check(_: &mut Criterion) {
    println!(
        "\n== full check (fingerprint given): index vs scoring every known site (same run) =="
    );
    println!("| known | check p50 | check p99 | scan p50 | scan/check | index bytes/site |");
    println!("|---:|---:|---:|---:|---:|---:|");
    for n in sizes().into_iter().filter(|&n| n <= 1_000_000) {
        let mut rng = Rng(7 + n as u64);
        let sites: Vec<SiteSignals> = (0..n).map(|_| synthetic_site(&mut rng)).collect();
        let qs: Vec<SiteSignals> = (0..1000)
            .map(|i| {
                if i % 2 == 0 {
                    let mut s = sites[(rng.next() % n as u64) as usize].clone();
                    s.template = s.template.map(|h| rng.near(h, 8));
                    s.text = s.text.map(|h| rng.near(h, 8));
                    s.screenshot = s.screenshot.map(|h| rng.near(h, 8));
                    s
                } else {
                    synthetic_site(&mut rng)
                }
            })
            .collect();
        let known = sites
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                (
                    KnownRef {
                        id: i as u64 + 1,
                        label: String::new(),
                    },
                    s,
                )
            })
            .collect();
        let matcher = Matcher::from_signals(known, FusedModel::shipped());
        let check = time_each(&qs, |q| {
            black_box(matcher.check_signals("q", q));
        });
        let scan = time_each(&qs[..10], |q| {
            black_box(matcher.score(q, true).first().map(|s| s.score));
        });
        let (p50, p99, s50) = (
            percentile(check.clone(), 0.5),
            percentile(check, 0.99),
            percentile(scan, 0.5),
        );
        println!(
            "| {n} | {:.1} us | {:.1} us | {:.0} us | {:.0}x | {:.0} |",
            us(p50),
            us(p99),
            us(s50),
            s50.as_secs_f64() / p50.as_secs_f64(),
            matcher.index().memory_bytes() as f64 / n as f64
        );
    }
}

criterion_group!(benches, single_table, bk_tree, full_check);
criterion_main!(benches);
