//! `clone-detect-bench crawl`: the crawler's speed against a plain
//! concurrent fetch of the same URLs, both from a site served on loopback in
//! the same run, and seconds per screenshot.
//!
//! The site ([`crate::site`]) has N generated documentation-like pages,
//! linked as a tree, so the crawler must discover every URL by parsing. The
//! baseline is given the URL list up front and only fetches: the ratio
//! crawl / fetch is what the crawler's parsing, link handling and
//! bookkeeping cost. spider's own crawl with the same limits is a second
//! baseline.
//!
//! Screenshots (`--screenshots N`, 0 for none): seconds per screenshot of
//! the generated root, and, when `corpus/sites` is in the working folder,
//! every corpus site served on loopback captured as the screenshotter was
//! and as it is ([`crate::settle`]). Run in release mode:
//! `cargo run --release -p clone-detect-benches --bin clone-detect-bench -- crawl`.

use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use clone_detect::acquire::crawl::{CrawlConfig, CrawlProgress};
use clone_detect::acquire::screenshot::ScreenshotConfig;
use clone_detect::blocking::crawl_with_progress;
use clone_detect::blocking::Screenshotter;
use futures::StreamExt;

use crate::args::CrawlBenchArgs;
use crate::settle::{print_settle, settle_comparison, SettleFigures};
use crate::site::{generate_site, path, serve};

/// Measured figures of one `crawl` run.
#[derive(Debug)]
struct CrawlFigures {
    pages: usize,
    concurrency: usize,
    runs: usize,
    crawl_seconds_median: f64,
    fetch_seconds_median: f64,
    /// spider's crawl alone (same limits, pages received and dropped).
    spider_seconds_median: f64,
    crawl_pages_per_second: f64,
    fetch_pages_per_second: f64,
    /// crawl time / fetch time.
    overhead_ratio: f64,
    pages_seen_by_crawler: u64,
    browser_launch_seconds: Option<f64>,
    seconds_per_screenshot: Option<f64>,
    screenshots: usize,
    /// The corpus captured with the fixed pause and the network-quiet wait.
    settle: Option<SettleFigures>,
}

/// Where the corpus sites are, relative to the working folder.
const CORPUS_SITES: &str = "corpus/sites";

/// Runs the benchmark and prints its figures.
pub fn run(args: CrawlBenchArgs) -> anyhow::Result<()> {
    anyhow::ensure!(args.pages >= 2, "--pages must be at least 2");
    anyhow::ensure!(args.runs >= 1, "--runs must be at least 1");
    anyhow::ensure!(args.concurrency >= 1, "--concurrency must be at least 1");
    let site = Arc::new(generate_site(args.pages));
    let base = serve(site.clone())?;
    let urls: Vec<String> = (0..args.pages)
        .map(|i| format!("{base}{}", path(i)))
        .collect();
    let config = CrawlConfig {
        max_pages: 20,
        candidate_pages: args.pages,
        max_depth: 64,
        timeout: Duration::from_secs(3600),
        concurrency: args.concurrency,
        // The generated site is served on loopback.
        refuse_private: false,
        ..CrawlConfig::default()
    };
    let (mut crawl_times, mut fetch_times, mut spider_times) = (Vec::new(), Vec::new(), Vec::new());
    let mut seen = 0;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let client = spider::reqwest::Client::builder()
        .timeout(config.request_timeout)
        .build()?;
    // Alternate the two so that neither has the warm side of the machine.
    for _ in 0..args.runs {
        let counter = CrawlProgress::new();
        let t = Instant::now();
        crawl_with_progress(&base, &config, &counter)?;
        crawl_times.push(t.elapsed().as_secs_f64());
        seen = counter.pages();
        let t = Instant::now();
        let fetched = runtime.block_on(fetch_all(&client, &urls, args.concurrency))?;
        fetch_times.push(t.elapsed().as_secs_f64());
        anyhow::ensure!(
            fetched == urls.len(),
            "the baseline fetched {fetched} pages"
        );
        let t = Instant::now();
        let received = runtime.block_on(spider_alone(&base, &config))?;
        spider_times.push(t.elapsed().as_secs_f64());
        anyhow::ensure!(
            received >= urls.len(),
            "spider alone received {received} pages"
        );
    }
    anyhow::ensure!(
        seen as usize >= args.pages,
        "the crawler saw {seen} of {} pages",
        args.pages
    );
    let (crawl_s, fetch_s, spider_s) = (
        median(crawl_times),
        median(fetch_times),
        median(spider_times),
    );
    let (launch, per_shot) = if args.screenshots > 0 {
        screenshots(&base, args.screenshots)?
    } else {
        (None, None)
    };
    let corpus = Path::new(CORPUS_SITES);
    let settle = if args.screenshots > 0 && launch.is_some() && corpus.is_dir() {
        Some(settle_comparison(corpus)?)
    } else {
        None
    };
    let figures = CrawlFigures {
        pages: args.pages,
        concurrency: args.concurrency,
        runs: args.runs,
        crawl_seconds_median: crawl_s,
        fetch_seconds_median: fetch_s,
        spider_seconds_median: spider_s,
        crawl_pages_per_second: args.pages as f64 / crawl_s,
        fetch_pages_per_second: args.pages as f64 / fetch_s,
        overhead_ratio: crawl_s / fetch_s,
        pages_seen_by_crawler: seen,
        browser_launch_seconds: launch,
        seconds_per_screenshot: per_shot,
        screenshots: args.screenshots,
        settle,
    };
    let mut out = std::io::stdout().lock();
    if args.json {
        let f = &figures;
        let json = serde_json::json!({
            "pages": f.pages,
            "concurrency": f.concurrency,
            "runs": f.runs,
            "crawl_seconds_median": f.crawl_seconds_median,
            "fetch_seconds_median": f.fetch_seconds_median,
            "spider_alone_seconds_median": f.spider_seconds_median,
            "spider_alone_over_fetch": f.spider_seconds_median / f.fetch_seconds_median,
            "crawl_over_spider_alone": f.crawl_seconds_median / f.spider_seconds_median,
            "crawl_pages_per_second": f.crawl_pages_per_second,
            "fetch_pages_per_second": f.fetch_pages_per_second,
            "overhead_ratio": f.overhead_ratio,
            "pages_seen_by_crawler": f.pages_seen_by_crawler,
            "browser_launch_seconds": f.browser_launch_seconds,
            "seconds_per_screenshot": f.seconds_per_screenshot,
            "screenshots": f.screenshots,
            "settle": f.settle.as_ref().map(SettleFigures::json),
        });
        serde_json::to_writer(&mut out, &json)?;
        writeln!(out)?;
    } else {
        writeln!(
            out,
            "crawl of {} loopback pages, {} requests in flight, median of {} runs",
            figures.pages, figures.concurrency, figures.runs
        )?;
        writeln!(
            out,
            "  crawler (spider, discovers links): {:>7.3} s  {:>7.0} pages/s",
            crawl_s, figures.crawl_pages_per_second
        )?;
        writeln!(
            out,
            "  plain fetch of the same URLs:      {:>7.3} s  {:>7.0} pages/s",
            fetch_s, figures.fetch_pages_per_second
        )?;
        writeln!(
            out,
            "  spider alone (same limits):        {:>7.3} s  {:>7.0} pages/s",
            spider_s,
            args.pages as f64 / spider_s
        )?;
        writeln!(
            out,
            "  overhead (crawl / fetch):          {:>7.2}x  (spider alone / fetch {:.2}x, crawl / spider alone {:.2}x)",
            figures.overhead_ratio,
            spider_s / fetch_s,
            crawl_s / spider_s
        )?;
        match (launch, per_shot) {
            (Some(l), Some(s)) => writeln!(
                out,
                "screenshots: browser start {l:.2} s, {s:.3} s per screenshot ({} taken)",
                args.screenshots
            )?,
            _ if args.screenshots > 0 => writeln!(out, "screenshots: no browser found")?,
            _ => {}
        }
        if let Some(c) = &figures.settle {
            print_settle(&mut out, c)?;
        }
    }
    Ok(())
}

/// spider's own crawl of the site, with the crawler's limits and nothing of
/// ours (no guard, no layout, no favicon, assets or probe): the pages it
/// sends are counted and dropped.
async fn spider_alone(base: &str, config: &CrawlConfig) -> anyhow::Result<usize> {
    let mut website = spider::website::Website::new(base);
    website
        .with_limit(u32::try_from(config.candidate_pages).unwrap_or(u32::MAX))
        .with_depth(config.max_depth)
        .with_respect_robots_txt(false)
        .with_request_timeout(Some(config.request_timeout))
        .with_concurrency_limit(Some(config.concurrency))
        .with_subdomains(false);
    let mut rx = website.subscribe(1024);
    let counter = tokio::spawn(async move {
        let mut n = 0usize;
        loop {
            match rx.recv().await {
                Ok(_) => n += 1,
                Err(tokio::sync::broadcast::error::RecvError::Lagged(k)) => {
                    n += usize::try_from(k).unwrap_or(usize::MAX);
                }
                Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
            }
        }
        n
    });
    website.crawl().await;
    drop(website);
    Ok(counter.await?)
}

async fn fetch_all(
    client: &spider::reqwest::Client,
    urls: &[String],
    concurrency: usize,
) -> anyhow::Result<usize> {
    let mut results = futures::stream::iter(urls.iter().map(|u| async move {
        let body = client.get(u).send().await?.bytes().await?;
        anyhow::Ok(body.len())
    }))
    .buffer_unordered(concurrency);
    let mut n = 0;
    while let Some(r) = results.next().await {
        r?;
        n += 1;
    }
    Ok(n)
}

/// Browser start time, and the mean time of `n` screenshots of the root.
fn screenshots(base: &str, n: usize) -> anyhow::Result<(Option<f64>, Option<f64>)> {
    let t = Instant::now();
    // The bench site is served on loopback; it is ours, so the browser may
    // run without its sandbox (which refuses root).
    let Ok(shots) = Screenshotter::launch(ScreenshotConfig {
        refuse_private: false,
        no_sandbox: true,
        ..ScreenshotConfig::default()
    }) else {
        return Ok((None, None));
    };
    let launch = t.elapsed().as_secs_f64();
    let t = Instant::now();
    for _ in 0..n {
        shots
            .capture(base)
            .context("screenshot of the bench site")?;
    }
    Ok((Some(launch), Some(t.elapsed().as_secs_f64() / n as f64)))
}

/// The median of `v` (the upper one of an even count).
pub fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}
