//! `clone-detect bench crawl`: the crawler's speed against a plain
//! concurrent fetch of the same URLs, both from a site served on loopback in
//! the same run, and seconds per screenshot.
//!
//! The site has N generated documentation-like pages of about 14 KB each
//! (header, navigation, sidebar, paragraphs), linked as a tree of fan-out 10
//! from the root, so the crawler must discover every URL by parsing. The
//! baseline is given the URL list up front and only fetches: the ratio
//! crawl / fetch is what the crawler's parsing, link handling and
//! bookkeeping cost. Run in release mode:
//! `cargo run --release -p clone-detect-cli -- bench crawl`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use std::collections::HashMap;

use clone_detect::acquire::crawl::{crawl_with_progress, CrawlConfig, CrawlProgress};
use clone_detect::acquire::screenshot::{ScreenshotConfig, Screenshotter};
use futures::StreamExt;

use crate::args::{BenchCommand, CrawlBenchArgs};
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
    crawl_pages_per_second: f64,
    fetch_pages_per_second: f64,
    /// crawl time / fetch time.
    overhead_ratio: f64,
    pages_seen_by_crawler: u64,
    browser_launch_seconds: Option<f64>,
    seconds_per_screenshot: Option<f64>,
    screenshots: usize,
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
    let (mut crawl_times, mut fetch_times) = (Vec::new(), Vec::new());
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
    }
    anyhow::ensure!(
        seen as usize >= args.pages,
        "the crawler saw {seen} of {} pages",
        args.pages
    );
    let (crawl_s, fetch_s) = (median(crawl_times), median(fetch_times));
    let (launch, per_shot) = if args.screenshots > 0 {
        screenshots(&base, args.screenshots)?
    } else {
        (None, None)
    };
    let figures = CrawlFigures {
        pages: args.pages,
        concurrency: args.concurrency,
        runs: args.runs,
        crawl_seconds_median: crawl_s,
        fetch_seconds_median: fetch_s,
        crawl_pages_per_second: args.pages as f64 / crawl_s,
        fetch_pages_per_second: args.pages as f64 / fetch_s,
        overhead_ratio: crawl_s / fetch_s,
        pages_seen_by_crawler: seen,
        browser_launch_seconds: launch,
        seconds_per_screenshot: per_shot,
        screenshots: args.screenshots,
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
            "crawl_pages_per_second": f.crawl_pages_per_second,
            "fetch_pages_per_second": f.fetch_pages_per_second,
            "overhead_ratio": f.overhead_ratio,
            "pages_seen_by_crawler": f.pages_seen_by_crawler,
            "browser_launch_seconds": f.browser_launch_seconds,
            "seconds_per_screenshot": f.seconds_per_screenshot,
            "screenshots": f.screenshots,
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
            "  overhead (crawl / fetch):          {:>7.2}x",
            figures.overhead_ratio
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
    }
    Ok(EXIT_OK)
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
