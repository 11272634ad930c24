//! `clone-detect bench crawl`: the crawler's speed against a plain
//! concurrent fetch of the same URLs, both from a site served on loopback in
//! the same run, and seconds per screenshot.
//!
//! The site has N generated documentation-like pages of about 14 KB each
//! (header, navigation, sidebar, paragraphs), linked as a tree of fan-out 10
//! from the root, so the crawler must discover every URL by parsing. The
//! baseline is given the URL list up front and only fetches: the ratio
//! crawl / fetch is what the crawler's parsing, link handling and
//! bookkeeping cost.
//!
//! Screenshots (`--screenshots N`, 0 for none): seconds per screenshot of
//! the generated root, and, when `corpus/sites` is in the working folder,
//! every corpus site served on loopback captured twice in the same run,
//! with the fixed 500 ms pause the screenshotter used to make and with its
//! wait for the network to go quiet: seconds per page of each, their ratio,
//! and how many bits apart the two captures' pHashes are (the library's
//! perceptual hasher). Run in release mode:
//! `cargo run --release -p clone-detect-cli -- bench crawl`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use std::collections::HashMap;

use clone_detect::acquire::crawl::{CrawlConfig, CrawlProgress};
use clone_detect::acquire::screenshot::{ScreenshotConfig, SettleWait};
use clone_detect::blocking::crawl_with_progress;
use clone_detect::blocking::Screenshotter;
use clone_detect::signal::perceptual::{ImageLimits, PerceptualHasher};
use clone_detect::signal::simhash::hamming;
use futures::StreamExt;

use crate::args::{BenchCommand, CrawlBenchArgs};
use crate::serve::serve_folder;
use crate::EXIT_OK;

pub fn run(command: BenchCommand) -> anyhow::Result<u8> {
    match command {
        BenchCommand::Crawl(args) => crawl_bench(args),
        BenchCommand::Watch(args) => crate::bench_watch::run(args),
    }
}

/// Measured figures of one `bench crawl` run.
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

/// The fixed pause the screenshotter made before it watched the network.
const OLD_PAUSE: Duration = Duration::from_millis(500);

/// Upper bounds of the pHash-difference histogram's bins, in bits (the last
/// bin holds everything above).
const BIT_BINS: [u32; 5] = [0, 2, 4, 8, 16];

/// Corpus sites captured with the fixed pause and with the network-quiet
/// wait, in one run.
#[derive(Debug)]
struct SettleFigures {
    /// Sites captured both ways.
    sites: usize,
    /// Sites for which either capture failed (left out of the figures):
    /// the site's folder name and why.
    failed: Vec<(String, String)>,
    /// As the screenshotter was: a fixed pause, each tab opened when its
    /// capture starts.
    fixed_seconds_mean: f64,
    fixed_seconds_median: f64,
    /// The network-quiet wait alone (tabs opened on demand).
    quiet_only_seconds_mean: f64,
    quiet_only_seconds_median: f64,
    /// Now: the network-quiet wait, the next tab opened ahead.
    quiet_seconds_mean: f64,
    quiet_seconds_median: f64,
    /// Fixed-pause time / network-quiet time (of the means).
    speedup: f64,
    /// Bits between the two captures' pHashes, one per site.
    phash_bits: Vec<u32>,
    /// Sites whose either capture is uninformative (blank).
    uninformative: usize,
}

impl SettleFigures {
    /// Counts of `phash_bits` per bin of [`BIT_BINS`], with labels.
    fn histogram(&self) -> Vec<(String, usize)> {
        let mut low = 0;
        let mut bins: Vec<(String, usize)> = BIT_BINS
            .iter()
            .map(|&high| {
                let label = if low == high {
                    format!("{high}")
                } else {
                    format!("{low}-{high}")
                };
                let n = self
                    .phash_bits
                    .iter()
                    .filter(|&&b| b >= low && b <= high)
                    .count();
                low = high + 1;
                (label, n)
            })
            .collect();
        let above = self.phash_bits.iter().filter(|&&b| b >= low).count();
        bins.push((format!("{low}+"), above));
        bins
    }
}

fn crawl_bench(args: CrawlBenchArgs) -> anyhow::Result<u8> {
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
            "settle": f.settle.as_ref().map(|c| serde_json::json!({
                "sites": c.sites,
                "failed": c.failed,
                "fixed_pause_ms": OLD_PAUSE.as_millis() as u64,
                "fixed_seconds_mean": c.fixed_seconds_mean,
                "fixed_seconds_median": c.fixed_seconds_median,
                "quiet_only_seconds_mean": c.quiet_only_seconds_mean,
                "quiet_only_seconds_median": c.quiet_only_seconds_median,
                "quiet_seconds_mean": c.quiet_seconds_mean,
                "quiet_seconds_median": c.quiet_seconds_median,
                "speedup": c.speedup,
                "phash_bits": c.phash_bits,
                "phash_bits_histogram": c.histogram(),
                "uninformative": c.uninformative,
            })),
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
    Ok(EXIT_OK)
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

/// Captures every site of `corpus` (one folder each, served on loopback)
/// three ways: as the screenshotter was (a fixed pause, each tab opened
/// when its capture starts), with the network-quiet wait alone, and as it
/// is now (the wait, and the next tab opened during each capture). Three
/// browsers, taking turns site by site, in an order that rotates so that
/// none has the warm side. Each time is the whole call, the opening of the
/// next tab included.
fn settle_comparison(corpus: &Path) -> anyhow::Result<SettleFigures> {
    let mut sites: Vec<PathBuf> = std::fs::read_dir(corpus)
        .with_context(|| format!("cannot read {}", corpus.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("index.html").is_file())
        .collect();
    sites.sort();
    anyhow::ensure!(!sites.is_empty(), "no site in {}", corpus.display());
    // The sites are served on loopback; they are ours, so the browser may
    // run without its sandbox (which refuses root).
    let config = ScreenshotConfig {
        refuse_private: false,
        no_sandbox: true,
        ..ScreenshotConfig::default()
    };
    let now = Screenshotter::launch(config.clone()).context("the browser as it is")?;
    let quiet_only = Screenshotter::launch(ScreenshotConfig {
        open_ahead: false,
        ..config.clone()
    })
    .context("the network-quiet browser")?;
    let fixed = Screenshotter::launch(ScreenshotConfig {
        wait: SettleWait::Fixed,
        settle: OLD_PAUSE,
        open_ahead: false,
        ..config
    })
    .context("the fixed-pause browser")?;
    let browsers = [&fixed, &quiet_only, &now];
    let hasher = PerceptualHasher::new(ImageLimits::default());
    let mut times: [Vec<f64>; 3] = Default::default();
    let mut bits = Vec::new();
    let (mut failed, mut uninformative) = (Vec::new(), 0);
    // Every browser once before timing: the first capture of a browser
    // pays for its start-up (and opens the first spare tab).
    let warm = format!("http://127.0.0.1:{}/", serve_folder(sites[0].clone())?);
    for shots in browsers {
        let _ = shots.capture(&warm);
    }
    for (i, site) in sites.iter().enumerate() {
        let url = format!("http://127.0.0.1:{}/", serve_folder(site.clone())?);
        let mut taken: [Option<(anyhow::Result<Vec<u8>>, f64)>; 3] = Default::default();
        for k in 0..3 {
            let which = (i + k) % 3;
            let t = Instant::now();
            let png = browsers[which].capture(&url).map_err(anyhow::Error::from);
            taken[which] = Some((png, t.elapsed().as_secs_f64()));
        }
        let [Some((old, old_s)), Some((mid, mid_s)), Some((new, new_s))] = taken else {
            unreachable!("every browser took its turn");
        };
        let hashes = old.and_then(|old| {
            let new = new?;
            mid?;
            Ok((
                hasher.hash_bytes(&old, "screenshot")?,
                hasher.hash_bytes(&new, "screenshot")?,
            ))
        });
        match hashes {
            Ok((old, new)) => {
                times[0].push(old_s);
                times[1].push(mid_s);
                times[2].push(new_s);
                bits.push(hamming(old.phash, new.phash));
                uninformative += usize::from(old.uninformative || new.uninformative);
            }
            Err(e) => {
                let name = site.file_name().unwrap_or_default().to_string_lossy();
                failed.push((name.into_owned(), format!("{e:#}")));
            }
        }
    }
    let [fixed_times, quiet_only_times, quiet_times] = times;
    anyhow::ensure!(!bits.is_empty(), "no corpus site was captured both ways");
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    let (fixed_mean, quiet_mean) = (mean(&fixed_times), mean(&quiet_times));
    let quiet_only_mean = mean(&quiet_only_times);
    Ok(SettleFigures {
        sites: bits.len(),
        failed,
        fixed_seconds_mean: fixed_mean,
        fixed_seconds_median: median(fixed_times),
        quiet_only_seconds_mean: quiet_only_mean,
        quiet_only_seconds_median: median(quiet_only_times),
        quiet_seconds_mean: quiet_mean,
        quiet_seconds_median: median(quiet_times),
        speedup: fixed_mean / quiet_mean,
        phash_bits: bits,
        uninformative,
    })
}

fn print_settle(out: &mut impl Write, c: &SettleFigures) -> anyhow::Result<()> {
    let mut sorted = c.phash_bits.clone();
    sorted.sort_unstable();
    writeln!(
        out,
        "screenshots of {} corpus sites ({} failed), as they were (fixed {} ms pause, \
         tab opened per capture) against now, one run:",
        c.sites,
        c.failed.len(),
        OLD_PAUSE.as_millis()
    )?;
    for (site, why) in &c.failed {
        writeln!(out, "  failed: {site}: {why}")?;
    }
    writeln!(
        out,
        "  as it was (fixed pause):              {:.3} s per page (median {:.3})",
        c.fixed_seconds_mean, c.fixed_seconds_median
    )?;
    writeln!(
        out,
        "  network-quiet wait alone:             {:.3} s per page (median {:.3})",
        c.quiet_only_seconds_mean, c.quiet_only_seconds_median
    )?;
    writeln!(
        out,
        "  now (quiet wait, next tab opened ahead): {:.3} s per page (median {:.3})",
        c.quiet_seconds_mean, c.quiet_seconds_median
    )?;
    writeln!(out, "  speed-up (as it was / now): {:.2}x", c.speedup)?;
    writeln!(
        out,
        "  pHash bits apart, as it was against now: min {}, median {}, max {} ({} sites with a blank capture)",
        sorted[0],
        sorted[sorted.len() / 2],
        sorted[sorted.len() - 1],
        c.uninformative
    )?;
    let bins = c
        .histogram()
        .iter()
        .map(|(label, n)| format!("{label}: {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    writeln!(out, "  histogram (bits: sites): {bins}")?;
    Ok(())
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// The path of page `i` (the root is page 0).
fn path(i: usize) -> String {
    if i == 0 {
        String::new()
    } else {
        format!("docs/section-{}/page-{i}.html", i % 16)
    }
}

/// SplitMix64, for deterministic filler text.
fn next(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

const WORDS: [&str; 24] = [
    "index",
    "module",
    "function",
    "returns",
    "value",
    "the",
    "of",
    "a",
    "configuration",
    "request",
    "template",
    "page",
    "user",
    "session",
    "parameter",
    "default",
    "string",
    "list",
    "error",
    "option",
    "handler",
    "server",
    "client",
    "example",
];

/// N pages: page i links to pages 10i+1..=10i+10, plus a fixed navigation.
fn generate_site(n: usize) -> Vec<Vec<u8>> {
    (0..n)
        .map(|i| {
            let mut rng = i as u64;
            let mut html = String::with_capacity(16 << 10);
            html.push_str("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
            html.push_str(&format!("<title>Page {i} — Bench docs</title>"));
            html.push_str("<link rel=\"stylesheet\" href=\"/static/site.css\"></head><body>");
            html.push_str("<header class=\"top\"><a href=\"/\">Bench docs</a><nav><ul>");
            for s in 0..8 {
                html.push_str(&format!("<li><a href=\"/docs/section-{s}/page-{s}.html\">Section {s}</a></li>"));
            }
            html.push_str("</ul></nav></header><div class=\"wrap\"><aside class=\"sidebar\"><ul>");
            for c in (10 * i + 1)..=(10 * i + 10) {
                if c < n {
                    html.push_str(&format!("<li><a href=\"/{}\">Page {c}</a></li>", path(c)));
                }
            }
            html.push_str("</ul></aside><main><article>");
            for p in 0..24 {
                html.push_str(&format!("<h2 id=\"s{p}\">Part {p}</h2><p>"));
                for _ in 0..80 {
                    html.push_str(WORDS[(next(&mut rng) % WORDS.len() as u64) as usize]);
                    html.push(' ');
                }
                html.push_str("</p>");
            }
            html.push_str("</article></main></div><footer>Generated for the crawl benchmark.</footer></body></html>");
            html.into_bytes()
        })
        .collect()
}

/// Serves the pages on a free loopback port (keep-alive, one thread per
/// connection) until the process ends; returns the base URL.
fn serve(site: Arc<Vec<Vec<u8>>>) -> anyhow::Result<String> {
    let paths: Arc<HashMap<String, usize>> = Arc::new(
        (0..site.len())
            .map(|i| (format!("/{}", path(i)), i))
            .collect(),
    );
    let listener = TcpListener::bind("127.0.0.1:0").context("cannot listen on loopback")?;
    let addr = listener.local_addr()?;
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let (site, paths) = (site.clone(), paths.clone());
            std::thread::spawn(move || answer(&site, &paths, stream));
        }
    });
    Ok(format!("http://{addr}/"))
}

fn answer(site: &[Vec<u8>], paths: &HashMap<String, usize>, stream: TcpStream) {
    let _ = stream.set_nodelay(true);
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).map_or(true, |n| n == 0) {
            return;
        }
        let mut length = 0usize;
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).map_or(true, |n| n == 0) {
                return;
            }
            if header.trim().is_empty() {
                break;
            }
            if let Some((k, v)) = header.split_once(':') {
                if k.eq_ignore_ascii_case("content-length") {
                    length = v.trim().parse().unwrap_or(0);
                }
            }
        }
        if length > 0
            && reader
                .by_ref()
                .take(length as u64)
                .read_to_end(&mut Vec::new())
                .is_err()
        {
            return;
        }
        let target = line.split_whitespace().nth(1).unwrap_or("/");
        let (status, body): (&str, &[u8]) = match paths.get(target) {
            Some(&i) => ("200 OK", &site[i]),
            None => ("404 Not Found", b"<html><body>not found</body></html>"),
        };
        let head = format!(
            "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n",
            body.len()
        );
        if writer.write_all(head.as_bytes()).is_err() || writer.write_all(body).is_err() {
            return;
        }
    }
}
