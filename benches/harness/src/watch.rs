//! `clone-detect-bench watch`: candidates per second through the whole
//! watch pipeline (probe, crawl, screenshot, check, record), with every
//! candidate a corpus site that is not itself known (mirrors, other
//! versions, unknown families) served on loopback under its own host name, and
//! where the time goes. The baseline, measured in the same run, checks the
//! same sites read from their folders on disk with as many threads: the
//! ratio is what fetching live costs. Run in release mode:
//! `cargo run --release -p clone-detect-benches --bin clone-detect-bench -- watch`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::Context;
use clone_detect::acquire::crawl::CrawlConfig;
use clone_detect::acquire::screenshot::ScreenshotConfig;
use clone_detect::acquire::{read_local_source, FolderConfig};
use clone_detect::eval::Corpus;
use clone_detect::store::{KnownStore, NewKnownSite};
use clone_detect::verdict::{FusedModel, Matcher};
use clone_detect::watch::input::Lines;
use clone_detect::watch::live::LiveAcquirer;
use clone_detect::watch::{Event, Timings, WatchConfig, Watcher};
use clone_detect::{FingerprintConfig, Fingerprinter};
use clone_detect_tests::server::{Folder, Server, LOCALHOST};

use crate::args::WatchBenchArgs;

/// Runs the benchmark and prints its figures.
pub fn run(args: WatchBenchArgs) -> anyhow::Result<()> {
    let corpus = Corpus::open(&args.corpus)
        .with_context(|| format!("cannot read the corpus {}", args.corpus.display()))?;
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default())?;
    let folder = FolderConfig::default();
    let dir = tempfile::tempdir()?;
    let mut store = KnownStore::open(dir.path().join("known.cdstore"))?;
    let mut known = Vec::new();
    for id in &corpus.split.known {
        let snapshot = read_local_source(&corpus.site_dir(id), &folder)?;
        known.push(NewKnownSite::new(
            id.clone(),
            fingerprinter.fingerprint(&snapshot),
        ));
    }
    store.add_all(known)?;
    let sites: Vec<(String, PathBuf)> = corpus
        .sites
        .keys()
        .filter(|id| !corpus.split.known.contains(*id))
        .take(args.candidates)
        .map(|id| (id.clone(), corpus.site_dir(id)))
        .collect();
    anyhow::ensure!(!sites.is_empty(), "no candidate site");

    // Baseline: the same sites checked from disk, `sites` threads.
    let matcher = Matcher::from_store(&store, FusedModel::shipped())?;
    let started = Instant::now();
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..args.sites {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some((_, path)) = sites.get(i) else { break };
                if let Ok(snapshot) = read_local_source(path, &folder) {
                    let _ = matcher.check(&fingerprinter.fingerprint(&snapshot));
                }
            });
        }
    });
    let disk_seconds = started.elapsed().as_secs_f64();

    // The watch: every site on its own port and host name.
    let mut input = String::new();
    let mut resolve = Vec::new();
    for (i, (_, path)) in sites.iter().enumerate() {
        let port = Server::on(LOCALHOST).start(Folder::new(path))?.port();
        let host = format!("c{i}-bench.test");
        input.push_str(&format!("http://{host}:{port}/\n"));
        resolve.push((host, std::net::IpAddr::from([127, 0, 0, 1])));
    }
    let crawl = CrawlConfig {
        resolve: resolve.clone(),
        // The corpus sites are served on loopback.
        refuse_private: false,
        ..CrawlConfig::default()
    };
    // The corpus pages are ours: the browser may run without its sandbox
    // (which refuses root).
    let screenshot = ScreenshotConfig {
        resolve,
        refuse_private: false,
        no_sandbox: true,
        ..Default::default()
    };
    let mut acquirer = LiveAcquirer::for_sites(crawl, args.sites)?;
    if !args.no_screenshot {
        // As `clone-detect watch`: a browser that does not start is said
        // once, and the run goes on without screenshots.
        if let Err(e) = acquirer.launch_browser(screenshot) {
            let _ = writeln!(
                std::io::stderr(),
                "clone-detect-bench: warning: {e}; continuing without screenshots"
            );
        }
    }
    let config = WatchConfig {
        workers: args.sites,
        host_delay: Duration::ZERO,
        ..WatchConfig::default()
    };
    let watcher = Watcher::open(
        &dir.path().join("state"),
        store,
        FusedModel::shipped(),
        Fingerprinter::new(FingerprintConfig::default())?,
        config,
    )?;
    let totals = Mutex::new(Timings::default());
    let started = Instant::now();
    let mut lines = Lines::new(input.as_bytes(), Path::new("bench"), None);
    let summary = watcher.run(&mut lines, &acquirer, &AtomicBool::new(false), &|e| {
        if let Event::Checked(r) = e {
            let mut t = totals.lock().unwrap_or_else(|p| p.into_inner());
            t.probe_ms += r.timings.probe_ms;
            t.crawl_ms += r.timings.crawl_ms;
            t.screenshot_ms += r.timings.screenshot_ms;
            t.check_ms += r.timings.check_ms;
        }
    })?;
    let watch_seconds = started.elapsed().as_secs_f64();
    let t = totals.into_inner().unwrap_or_else(|p| p.into_inner());
    // The watcher counts outcomes itself.
    let unrelated =
        summary.checked - summary.confirmed - summary.review - summary.failed - summary.skipped;
    let spent = (t.probe_ms + t.crawl_ms + t.screenshot_ms + t.check_ms).max(1) as f64;
    let share = |ms: u64| ms as f64 / spent;
    let n = sites.len() as f64;
    let figures = serde_json::json!({
        "candidates": sites.len(),
        "sites_at_once": args.sites,
        "screenshots": !args.no_screenshot,
        "watch_seconds": watch_seconds,
        "watch_candidates_per_second": n / watch_seconds,
        "disk_check_seconds": disk_seconds,
        "disk_check_candidates_per_second": n / disk_seconds,
        "watch_over_disk_time_ratio": watch_seconds / disk_seconds,
        "share_probe": share(t.probe_ms),
        "share_crawl": share(t.crawl_ms),
        "share_screenshot": share(t.screenshot_ms),
        "share_check": share(t.check_ms),
        "checked": summary.checked,
        "outcomes": {
            "reincarnation": summary.confirmed,
            "unrelated": unrelated,
            "unreachable_or_failed": summary.failed,
        },
    });
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{figures}")?;
    } else {
        writeln!(
            out,
            "watch: {} candidates in {:.2} s = {:.2} candidates/s ({} at once, screenshots {})",
            sites.len(),
            watch_seconds,
            n / watch_seconds,
            args.sites,
            if args.no_screenshot { "off" } else { "on" }
        )?;
        writeln!(
            out,
            "baseline (same sites checked from disk): {:.2} s = {:.1} candidates/s; watch takes {:.1}x as long",
            disk_seconds,
            n / disk_seconds,
            watch_seconds / disk_seconds
        )?;
        writeln!(
            out,
            "time in workers: probe {:.0}%, crawl {:.0}%, screenshot {:.0}%, check {:.0}%",
            100.0 * share(t.probe_ms),
            100.0 * share(t.crawl_ms),
            100.0 * share(t.screenshot_ms),
            100.0 * share(t.check_ms)
        )?;
        writeln!(
            out,
            "outcomes: {} reincarnations, {} unrelated, {} unreachable or failed",
            summary.confirmed, unrelated, summary.failed
        )?;
    }
    Ok(())
}
