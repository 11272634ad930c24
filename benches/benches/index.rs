//! Candidate search and checks against 10^5, 10^6 and 10^7 known sites,
//! each against a linear scan measured in the same run, and against the
//! index as it was before issue 17 (same run, same data): one table probed
//! as before (every block at `r / m` bits, one probe after another), and
//! whole checks at the radius the store used to narrow to (3 bits at 10^5
//! and 10^6 with the shipped model) against the radius now kept at every
//! size (6 bits).
//!
//! Known hashes are uniform random (seeded), the worst case for bucket
//! sizes; queries are known hashes with 0 to 8 bits flipped (a reincarnation
//! whose template moved a little) and fresh random hashes (an unknown site),
//! half each. Printed: p50 and p99 per query, the scan's p50, the ratio, and
//! the index's bytes per known site.
//!
//! `cargo bench -p clone-detect-benches --bench index` (about 5 minutes and
//! 6 GB at 10^7). Set `INDEX_BENCH_MAX=1000000` to stop at 10^6.

#![allow(clippy::print_stdout)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use clone_detect::index::{HammingIndex, SearchConfig, SiteSignals};
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

/// The multi-index table as it was before issue 17, for a same-run
/// comparison: the block count chosen by the same cost model, but every
/// block probed at `r / m` bits and each bucket read as soon as its bounds
/// are (no batch of independent accesses).
struct PreviousIndex {
    blocks: Vec<PreviousBlock>,
}

/// (shift, bits, starts, hashes, ids) of one block of [`PreviousIndex`].
type PreviousBlock = (u32, u32, Vec<u32>, Vec<u64>, Vec<u32>);

impl PreviousIndex {
    fn ball(bits: u32, r: u32) -> f64 {
        let (mut c, mut sum) = (1.0f64, 1.0f64);
        for i in 1..=r.min(bits) {
            c = c * f64::from(bits - i + 1) / f64::from(i);
            sum += c;
        }
        sum
    }

    fn work(n: usize, radius: u32, m: u32) -> f64 {
        let bits = 64 / m;
        f64::from(m) * Self::ball(bits, radius / m) * (32.0 + n as f64 / 2f64.powi(bits as i32))
    }

    /// The radius the index used to search `n` hashes at, within the budget.
    fn radius(n: usize, max_radius: u32, budget: f64) -> u32 {
        (0..=max_radius)
            .rev()
            .find(|&r| {
                let m = (3..=16)
                    .min_by(|&a, &b| Self::work(n, r, a).total_cmp(&Self::work(n, r, b)))
                    .unwrap();
                Self::work(n, r, m) <= budget
            })
            .unwrap_or(0)
    }

    fn new(hashes: &[u64], radius: u32) -> Self {
        let n = hashes.len();
        let m = (3..=16u32)
            .min_by(|&a, &b| {
                Self::work(n, radius, a)
                    .total_cmp(&Self::work(n, radius, b))
                    .then(a.cmp(&b))
            })
            .unwrap();
        let mut shift = 0;
        let blocks = (0..m)
            .map(|i| {
                let bits = 64 / m + u32::from(i < 64 % m);
                let key = |h: u64| ((h >> shift) & ((1u64 << bits) - 1)) as usize;
                let mut starts = vec![0u32; (1 << bits) + 1];
                for &h in hashes {
                    starts[key(h) + 1] += 1;
                }
                for i in 1..starts.len() {
                    starts[i] += starts[i - 1];
                }
                let mut next = starts.clone();
                let (mut hs, mut ids) = (vec![0u64; n], vec![0u32; n]);
                for (i, &h) in hashes.iter().enumerate() {
                    let k = key(h);
                    hs[next[k] as usize] = h;
                    ids[next[k] as usize] = i as u32;
                    next[k] += 1;
                }
                let block = (shift, bits, starts, hs, ids);
                shift += bits;
                block
            })
            .collect();
        Self { blocks }
    }

    fn within_into(&self, query: u64, radius: u32, out: &mut Vec<(u32, u32)>) {
        out.clear();
        let sub = radius / self.blocks.len() as u32;
        assert!(
            sub <= 3,
            "the previous probing is written for up to 3 bits per block"
        );
        for (shift, bits, starts, hashes, ids) in &self.blocks {
            let key = ((query >> shift) & ((1u64 << bits) - 1)) as u32;
            // Every value within `sub` bits of the key (sub <= 3 here).
            let mut probe = |p: u32| {
                let (a, b) = (starts[p as usize] as usize, starts[p as usize + 1] as usize);
                for (j, &h) in hashes[a..b].iter().enumerate() {
                    let d = (h ^ query).count_ones();
                    if d <= radius {
                        out.push((d, ids[a + j]));
                    }
                }
            };
            probe(key);
            for i in 0..*bits {
                if sub >= 1 {
                    probe(key ^ (1 << i));
                }
                for j in i + 1..*bits {
                    if sub >= 2 {
                        probe(key ^ (1 << i) ^ (1 << j));
                    }
                    for k in j + 1..*bits {
                        if sub >= 3 {
                            probe(key ^ (1 << i) ^ (1 << j) ^ (1 << k));
                        }
                    }
                }
            }
        }
        out.sort_unstable();
        out.dedup();
    }
}

/// One 64-bit table at the radius of the Manku et al. setting (3 bits), at
/// the shipped model's radius (6 bits, now kept at every store size) and at
/// the default configuration's (10 bits); the table as it was before issue
/// 17 beside it.
fn single_table(_: &mut Criterion) {
    println!("\n== one 64-bit table: multi-index hashing vs linear scan vs the previous probing (same run) ==");
    println!(
        "| known | radius | index p50 | index p99 | previous p50 | previous/index | scan p50 | scan/index | index bytes/hash |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for n in sizes() {
        let mut rng = Rng(n as u64);
        let hashes: Vec<u64> = (0..n).map(|_| rng.next()).collect();
        let qs = queries(&mut rng, &hashes, 2000);
        for radius in [3, 6, 10] {
            let index = HammingIndex::new(hashes.clone(), radius);
            let previous = PreviousIndex::new(&hashes, radius);
            let mut buf = Vec::new();
            let mut check = Vec::new();
            for &q in qs.iter().take(50) {
                index.within_into(q, radius, &mut buf);
                previous.within_into(q, radius, &mut check);
                assert_eq!(buf, check, "the two indexes disagree");
            }
            let fast = time_each(&qs, |&q| {
                index.within_into(q, radius, &mut buf);
                black_box(&buf);
            });
            let before = time_each(&qs, |&q| {
                previous.within_into(q, radius, &mut buf);
                black_box(&buf);
            });
            drop(previous);
            let scan = time_each(&qs[..200], |&q| {
                black_box(index.scan(q, radius));
            });
            let (p50, p99, b50, s50) = (
                percentile(fast.clone(), 0.5),
                percentile(fast, 0.99),
                percentile(before, 0.5),
                percentile(scan, 0.5),
            );
            println!(
                "| {n} | {radius} | {:.2} us | {:.2} us | {:.2} us | {:.2}x | {:.1} us | {:.0}x | {:.1} |",
                us(p50),
                us(p99),
                us(b50),
                b50.as_secs_f64() / p50.as_secs_f64(),
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
        domhash: Some(format!("{:08x}", rng.next() as u32)),
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
    }
}

/// Whole checks (every table, merged candidates, features, fused score)
/// against a scan that scores every known site, with the shipped model's
/// search configuration: its near tables at 6 bits at every size (now), and
/// at the radius they narrowed to before issue 17 in a store of this size
/// (3 bits at 10^5 and 10^6), same run, same data.
fn full_check(_: &mut Criterion) {
    println!(
        "\n== full check (fingerprint given): radius kept vs radius narrowed as before vs scoring every known site (same run) =="
    );
    println!("| known | radius | check p50 | check p99 | candidates (mean) | before: radius | before: check p50 | now/before | scan p50 | scan/check | index bytes/site |");
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
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
        let known: Vec<(KnownRef, SiteSignals)> = sites
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
        let shipped = FusedModel::shipped();
        let radius = shipped.search.radii()[0];
        // Before: each table narrowed for its own size (the favicon table
        // holds about half the sites).
        let narrowed = {
            let s = &shipped.search;
            let r = PreviousIndex::radius(n, s.template_radius, s.max_work as f64);
            SearchConfig {
                template_radius: r,
                text_radius: PreviousIndex::radius(n, s.text_radius, s.max_work as f64),
                screenshot_radius: PreviousIndex::radius(n, s.screenshot_radius, s.max_work as f64),
                favicon_radius: PreviousIndex::radius(n / 2, s.favicon_radius, s.max_work as f64),
                max_work: usize::MAX,
                ..s.clone()
            }
        };
        let before_radius = narrowed.template_radius;
        let before = Matcher::from_signals(
            known.clone(),
            FusedModel {
                search: narrowed,
                ..shipped.clone()
            },
        );
        let before_check = time_each(&qs, |q| {
            black_box(before.check_signals("q", q));
        });
        drop(before);
        let matcher = Matcher::from_signals(known, shipped);
        let check = time_each(&qs, |q| {
            black_box(matcher.check_signals("q", q));
        });
        let candidates: usize = qs.iter().map(|q| matcher.index().candidates(q).len()).sum();
        let scan = time_each(&qs[..10], |q| {
            black_box(matcher.score(q, true).first().map(|s| s.score));
        });
        let (p50, p99, b50, s50) = (
            percentile(check.clone(), 0.5),
            percentile(check, 0.99),
            percentile(before_check, 0.5),
            percentile(scan, 0.5),
        );
        println!(
            "| {n} | {radius} | {:.1} us | {:.1} us | {:.1} | {before_radius} | {:.1} us | {:.2}x | {:.0} us | {:.0}x | {:.0} |",
            us(p50),
            us(p99),
            candidates as f64 / qs.len() as f64,
            us(b50),
            p50.as_secs_f64() / b50.as_secs_f64(),
            us(s50),
            s50.as_secs_f64() / p50.as_secs_f64(),
            matcher.index().memory_bytes() as f64 / n as f64
        );
    }
}

criterion_group!(benches, single_table, bk_tree, full_check);
criterion_main!(benches);
