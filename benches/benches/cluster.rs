//! Clustering 10^5 and 10^6 synthetic sites shaped like the corpus
//! (`clone_detect_tests::synthetic`: families of near-duplicates, framework
//! crowds, unrelated background), against, in the same run:
//!
//! * the exact all-pairs computation of the same rule
//!   (`ClusterConfig::exhaustive`), measured at 10^4 where it must give the
//!   same clusters, and extrapolated by n^2 to the larger sizes;
//! * greedy leader clustering as screenshot tools do it (each site compared
//!   with every cluster leader, screenshot pHash within 10 bits), run for a
//!   time budget and extrapolated by its measured growth.
//!
//! Each size runs in a child process with 1 and with 2 threads, so the peak
//! memory (VmHWM) is that run's alone. Printed: seconds, the 1 -> 2 thread
//! speed-up, peak memory, the input's own memory, pairwise precision and
//! recall against the families.
//!
//! `cargo bench -p clone-detect-benches --bench cluster` (about 3 minutes).
//! Set `CLUSTER_BENCH_MAX=100000` to stop at 10^5.

#![allow(clippy::print_stdout)]

use std::collections::HashMap;
use std::process::Command;
use std::time::Instant;

use clone_detect::cluster::{cluster_signals, ClusterConfig, Clustering};
use clone_detect::index::SiteSignals;
use clone_detect_tests::synthetic::{sites, SyntheticSite};

const SEED: u64 = 2026;

fn vm_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn pool(threads: usize) -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool")
}

fn items(data: &[SyntheticSite]) -> Vec<(String, SiteSignals)> {
    data.iter()
        .map(|s| (s.source.clone(), s.signals.clone()))
        .collect()
}

/// Pairwise precision and recall against the families.
fn pairwise(families: &HashMap<String, u32>, groups: &[Vec<String>]) -> (f64, f64) {
    let (mut predicted, mut correct) = (0u64, 0u64);
    for g in groups {
        for (i, a) in g.iter().enumerate() {
            for b in &g[i + 1..] {
                predicted += 1;
                correct += u64::from(
                    matches!((families.get(a), families.get(b)), (Some(x), Some(y)) if x == y),
                );
            }
        }
    }
    let mut sizes: HashMap<u32, u64> = HashMap::new();
    for f in families.values() {
        *sizes.entry(*f).or_default() += 1;
    }
    let truth: u64 = sizes.values().map(|k| k * (k - 1) / 2).sum();
    (
        correct as f64 / predicted.max(1) as f64,
        correct as f64 / truth.max(1) as f64,
    )
}

fn groups(c: &Clustering) -> Vec<Vec<String>> {
    c.clusters
        .iter()
        .map(|c| c.members.iter().map(|m| m.source.clone()).collect())
        .collect()
}

/// Greedy leader clustering on screenshot pHash (<= 10 bits), for at most
/// `budget` seconds: (items done, seconds, groups).
fn leader(data: &[(String, SiteSignals)], budget: f64) -> (usize, f64, Vec<Vec<String>>) {
    let t = Instant::now();
    let mut leaders: Vec<(u64, usize)> = Vec::new();
    let mut groups: Vec<Vec<String>> = Vec::new();
    let mut done = 0;
    for (source, s) in data {
        if done % 1024 == 0 && t.elapsed().as_secs_f64() > budget {
            break;
        }
        done += 1;
        let Some(h) = s.screenshot else {
            groups.push(vec![source.clone()]);
            continue;
        };
        match leaders.iter().find(|(l, _)| (l ^ h).count_ones() <= 10) {
            Some(&(_, g)) => groups[g].push(source.clone()),
            None => {
                leaders.push((h, groups.len()));
                groups.push(vec![source.clone()]);
            }
        }
    }
    (
        done,
        t.elapsed().as_secs_f64(),
        groups.into_iter().filter(|g| g.len() > 1).collect(),
    )
}

/// The child: clusters `n` sites on `threads` threads and prints one line.
fn child(n: usize, threads: usize) {
    let data = sites(n, SEED);
    let families: HashMap<String, u32> = data
        .iter()
        .filter_map(|s| Some((s.source.clone(), s.family?)))
        .collect();
    let input = items(&data);
    drop(data);
    let before = vm_kib("VmRSS:");
    let t = Instant::now();
    let c = pool(threads).install(|| cluster_signals(input, &ClusterConfig::default()));
    let secs = t.elapsed().as_secs_f64();
    let (p, r) = pairwise(&families, &groups(&c));
    println!(
        "RESULT {secs} {} {before} {p} {r} {} {}",
        vm_kib("VmHWM:"),
        c.clusters.len(),
        c.pairs_scored
    );
}

fn spawn(n: usize, threads: usize) -> Vec<f64> {
    let out = Command::new(std::env::current_exe().expect("bench binary"))
        .args(["--child", &n.to_string(), &threads.to_string()])
        .output()
        .expect("child runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .find(|l| l.starts_with("RESULT "))
        .unwrap_or_else(|| panic!("child failed: {}", String::from_utf8_lossy(&out.stderr)));
    line.split_whitespace()
        .skip(1)
        .map(|x| x.parse().expect("number"))
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--child") {
        child(args[i + 1].parse().unwrap(), args[i + 2].parse().unwrap());
        return;
    }
    if args.iter().any(|a| a == "--list") {
        return; // `cargo bench -- --list` and test discovery
    }
    let max: usize = std::env::var("CLUSTER_BENCH_MAX")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);

    // The exact computation at 10^4: same clusters, and its time.
    let small = sites(10_000, SEED);
    let families: HashMap<String, u32> = small
        .iter()
        .filter_map(|s| Some((s.source.clone(), s.family?)))
        .collect();
    let t = Instant::now();
    let indexed = pool(2).install(|| cluster_signals(items(&small), &ClusterConfig::default()));
    let indexed_s = t.elapsed().as_secs_f64();
    let exact_config = ClusterConfig {
        exhaustive: true,
        ..ClusterConfig::default()
    };
    let t = Instant::now();
    let exact = pool(2).install(|| cluster_signals(items(&small), &exact_config));
    let exact_s = t.elapsed().as_secs_f64();
    let same = indexed.clusters == exact.clusters && indexed.singletons == exact.singletons;
    let (lp, lr) = {
        let (_, _, g) = leader(&items(&small), f64::INFINITY);
        pairwise(&families, &g)
    };
    let (ip, ir) = pairwise(&families, &groups(&indexed));
    println!("10^4 sites, 2 threads:");
    println!(
        "  indexed {indexed_s:.3} s, exact all-pairs {exact_s:.3} s ({:.0}x); same clusters: {same}",
        exact_s / indexed_s
    );
    println!(
        "  pairwise precision/recall vs families: ours {ip:.3}/{ir:.3}, greedy leader (screenshot) {lp:.3}/{lr:.3}"
    );
    assert!(same, "the index must give the exact computation's clusters");

    println!(
        "\n| sites | 1 thread | 2 threads | speed-up | peak memory (input alone) | all-pairs (extrapolated) | greedy leader | precision | recall |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for n in [100_000usize, 1_000_000].into_iter().filter(|&n| n <= max) {
        let one = spawn(n, 1);
        let two = spawn(n, 2);
        let exact_at_n = exact_s * (n as f64 / 10_000.0).powi(2);
        // Leader: run for a budget on this size's data, extrapolate by the
        // growth it shows (quadratic while leaders keep being added).
        let data = items(&sites(n, SEED));
        let (done, secs, _) = leader(&data, 30.0);
        let leader_at_n = if done >= n {
            format!("{secs:.1} s")
        } else {
            format!(
                "~{:.0} s (measured {secs:.0} s for {done})",
                secs * (n as f64 / done as f64).powi(2)
            )
        };
        println!(
            "| {n} | {:.1} s | {:.1} s | {:.2}x | {:.0} MiB ({:.0} MiB) | ~{:.0} s | {leader_at_n} | {:.3} | {:.3} |",
            one[0],
            two[0],
            one[0] / two[0],
            two[1] / 1024.0,
            two[2] / 1024.0,
            exact_at_n,
            two[3],
            two[4],
        );
    }
}
