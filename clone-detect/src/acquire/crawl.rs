//! Crawling a live site with `spider` (feature `crawl`).
//!
//! spider fetches up to [`CrawlConfig::candidate_pages`] same-site pages;
//! from those the snapshot keeps [`CrawlConfig::max_pages`], chosen to
//! cover the site's templates rather than many pages of one kind: pages are
//! grouped by the *shape* of their URL path (numbers and identifiers folded,
//! see [`path_shape`]) and taken one shape at a time, in crawl order, the root
//! page first. The favicon is then found the way browsers find it (the root
//! page's `<link rel=icon>` candidates, then `/favicon.ico`) and kept only if
//! its bytes are an image; linked scripts and stylesheets of the kept pages are
//! fetched (bounded) and kept with their bytes. The start URL's redirects are
//! followed one by one and recorded, and a path that should not exist is
//! fetched once to keep the site's 404 template (`SiteSnapshot::not_found`).

use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use spider::reqwest;
use spider::website::Website;
use url::Url;

pub use super::choose::{choose_pages, path_shape};
use super::{guard, links};
use crate::signal::favicon::sniff;
use crate::snapshot::{Asset, AssetContent, Favicon, Page, SiteSnapshot};
use crate::{Error, Result};

/// Bounds and manners of a crawl.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrawlConfig {
    /// Pages kept in the snapshot. Default 20.
    pub max_pages: usize,
    /// Pages fetched to choose from. Default 200.
    pub candidate_pages: usize,
    /// Deepest URL path followed, as spider counts depth (path segments).
    /// Default 4.
    pub max_depth: usize,
    /// Largest body kept per response, in bytes; longer bodies are cut and
    /// a warning says so. Default 8 MiB.
    pub max_response_bytes: usize,
    /// Most bytes kept over all pages and assets. Default 64 MiB.
    pub max_total_bytes: usize,
    /// Wall-clock limit of the whole crawl. Default 60 s.
    pub timeout: Duration,
    /// Limit per request. Default 15 s.
    pub request_timeout: Duration,
    /// Requests in flight. Default 8.
    pub concurrency: usize,
    /// The `User-Agent` header.
    pub user_agent: String,
    /// Obey robots.txt. Default true.
    pub respect_robots_txt: bool,
    /// Redirects followed per request. Default 10.
    pub max_redirects: usize,
    /// Linked scripts and stylesheets fetched. Default 64.
    pub max_assets: usize,
    /// Refuse targets on private networks (loopback, RFC 1918, link-local…),
    /// checked on the start URL, on every redirect it makes, and on every
    /// address the favicon, asset and probe requests resolve to. For
    /// services that take URLs from users. Default false.
    pub refuse_private: bool,
    /// Host names pinned to addresses instead of asking DNS, as curl's
    /// `--resolve` does (the port stays the URL's): for sites seen at an
    /// address before their name resolves, and for tests. Default empty.
    pub resolve: Vec<(String, std::net::IpAddr)>,
}

impl Default for CrawlConfig {
    fn default() -> Self {
        Self {
            max_pages: 20,
            candidate_pages: 200,
            max_depth: 4,
            max_response_bytes: 8 << 20,
            max_total_bytes: 64 << 20,
            timeout: Duration::from_secs(60),
            request_timeout: Duration::from_secs(15),
            concurrency: 8,
            user_agent: concat!("clone-detect/", env!("CARGO_PKG_VERSION")).to_string(),
            respect_robots_txt: true,
            max_redirects: 10,
            max_assets: 64,
            refuse_private: false,
            resolve: Vec::new(),
        }
    }
}

impl CrawlConfig {
    /// Checks the bounds.
    ///
    /// # Errors
    /// [`Error::Config`] naming the value out of range.
    pub fn validate(&self) -> Result<()> {
        if self.max_pages == 0 || self.candidate_pages < self.max_pages {
            return Err(Error::Config(
                "max_pages must be at least 1 and at most candidate_pages".into(),
            ));
        }
        if let Some((host, ip)) = self
            .resolve
            .iter()
            .find(|(_, ip)| self.refuse_private && !guard::is_public(*ip))
        {
            return Err(Error::Config(format!(
                "{host} is pinned to {ip}, a private address, while private targets are refused"
            )));
        }
        if self.concurrency == 0 || self.timeout.is_zero() || self.request_timeout.is_zero() {
            return Err(Error::Config(
                "concurrency and timeouts must be positive".into(),
            ));
        }
        Ok(())
    }
}

/// Counters a crawl updates as it goes, for a caller that shows progress.
/// Clones share the counters; one value can watch many crawls at once.
#[derive(Clone, Debug, Default)]
pub struct CrawlProgress(Arc<Counters>);

#[derive(Debug, Default)]
struct Counters {
    pages: AtomicU64,
    bytes: AtomicU64,
}

impl CrawlProgress {
    /// New counters at zero.
    pub fn new() -> Self {
        Self::default()
    }

    /// Pages fetched so far (kept or not).
    pub fn pages(&self) -> u64 {
        self.0.pages.load(Ordering::Relaxed)
    }

    /// Body bytes received so far, pages, favicon and assets.
    pub fn bytes(&self) -> u64 {
        self.0.bytes.load(Ordering::Relaxed)
    }

    fn page(&self, bytes: usize) {
        self.0.pages.fetch_add(1, Ordering::Relaxed);
        self.add_bytes(bytes);
    }

    fn add_bytes(&self, bytes: usize) {
        self.0
            .bytes
            .fetch_add(u64::try_from(bytes).unwrap_or(u64::MAX), Ordering::Relaxed);
    }
}

/// Crawls the site at `start` and returns its snapshot.
///
/// # Errors
/// [`Error::Config`] for bad bounds or a start URL that is not http(s);
/// [`Error::Crawl`] when the start page could not be fetched at all.
pub fn crawl(start: &str, config: &CrawlConfig) -> Result<SiteSnapshot> {
    crawl_with_progress(start, config, &CrawlProgress::new())
}

/// [`crawl`], counting pages and bytes in `progress` as they arrive.
///
/// # Errors
/// As [`crawl`].
pub fn crawl_with_progress(
    start: &str,
    config: &CrawlConfig,
    progress: &CrawlProgress,
) -> Result<SiteSnapshot> {
    config.validate()?;
    let start_url = Url::parse(start)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .ok_or_else(|| Error::Config(format!("{start}: not an http(s) URL")))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::Crawl {
            url: start.to_string(),
            reason: format!("cannot start the async runtime: {e}"),
        })?;
    runtime.block_on(crawl_async(start_url, config, progress))
}

async fn crawl_async(
    start: Url,
    config: &CrawlConfig,
    progress: &CrawlProgress,
) -> Result<SiteSnapshot> {
    let mut snapshot = SiteSnapshot {
        source: start.to_string(),
        fetched_at: Some(SystemTime::now()),
        ..SiteSnapshot::default()
    };
    let refused = |reason: String| Error::Crawl {
        url: start.to_string(),
        reason: format!("refused: {reason}"),
    };
    if config.refuse_private {
        guard::check_literal(&start).map_err(refused)?;
    }
    let max_redirects = config.max_redirects;
    let guarded = config.refuse_private;
    // `follow`: a client that follows redirects (checking each hop when
    // guarded), or one that does not (to record the chain hop by hop).
    let client = |follow: bool| {
        let policy = match (follow, guarded) {
            (false, _) => reqwest::redirect::Policy::none(),
            (true, false) => reqwest::redirect::Policy::limited(max_redirects),
            (true, true) => reqwest::redirect::Policy::custom(move |attempt| {
                if attempt.previous().len() > max_redirects {
                    attempt.error("too many redirects")
                } else if let Err(why) = guard::check_literal(attempt.url()) {
                    attempt.error(why)
                } else {
                    attempt.follow()
                }
            }),
        };
        let mut builder = reqwest::Client::builder()
            .user_agent(config.user_agent.clone())
            .timeout(config.request_timeout)
            .redirect(policy);
        if guarded {
            builder = builder.dns_resolver(guard::PublicOnly);
        }
        for (host, ip) in &config.resolve {
            builder = builder.resolve(host, std::net::SocketAddr::new(*ip, 0));
        }
        builder.build().map_err(|e| Error::Crawl {
            url: start.to_string(),
            reason: format!("cannot build the HTTP client: {e}"),
        })
    };
    let manual = client(false)?;
    let client = client(true)?;
    let chain = redirect_chain(&manual, &start, max_redirects).await;
    snapshot.warnings.extend(chain.warning);
    if guarded {
        for hop in &chain.urls {
            let url = Url::parse(hop).map_err(|e| refused(format!("{hop}: {e}")))?;
            guard::check_literal(&url).map_err(refused)?;
        }
        if let Some(err) = &chain.error {
            // With the guard, a hop that cannot be fetched may be one that
            // resolves only to private addresses: never crawl past it.
            return Err(refused(err.clone()));
        }
    }
    let redirects = chain.urls;
    // spider starts where the redirects end (it refuses some redirects
    // itself, e.g. into private addresses, and the site is where they lead).
    let root = redirects
        .last()
        .and_then(|u| Url::parse(u).ok())
        .unwrap_or_else(|| start.clone());
    let mut website = Website::new(root.as_str());
    website
        .with_limit(u32::try_from(config.candidate_pages).unwrap_or(u32::MAX))
        .with_depth(config.max_depth)
        .with_respect_robots_txt(config.respect_robots_txt)
        .with_user_agent(Some(&config.user_agent))
        .with_request_timeout(Some(config.request_timeout))
        .with_crawl_timeout(Some(config.timeout))
        .with_concurrency_limit(Some(config.concurrency))
        .with_subdomains(false)
        .with_redirect_limit(config.max_redirects);
    if !config.resolve.is_empty() {
        // spider's own client cannot take pinned names: give it one built
        // with the same manners and the pins.
        let mut builder = reqwest::Client::builder()
            .user_agent(config.user_agent.clone())
            .timeout(config.request_timeout)
            .redirect(reqwest::redirect::Policy::limited(max_redirects));
        for (host, ip) in &config.resolve {
            builder = builder.resolve(host, std::net::SocketAddr::new(*ip, 0));
        }
        website.set_http_client(builder.build().map_err(|e| Error::Crawl {
            url: start.to_string(),
            reason: format!("cannot build the HTTP client: {e}"),
        })?);
    }
    let mut rx = website.subscribe(1024);
    let counters = progress.clone();
    let collector = tokio::spawn(async move {
        let mut pages = Vec::new();
        let mut lagged = 0u64;
        loop {
            match rx.recv().await {
                Ok(page) => {
                    counters.page(page.get_bytes().map_or(0, <[u8]>::len));
                    pages.push(page);
                }
                Err(tokio::sync::broadcast::error::RecvError::Lagged(n)) => lagged += n,
                Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
            }
        }
        (pages, lagged)
    });
    website.crawl().await;
    // Without spider's `sync` feature the channel closes when the website is dropped.
    drop(website);
    let (pages, lagged) = collector.await.map_err(|e| Error::Crawl {
        url: start.to_string(),
        reason: format!("page collector failed: {e}"),
    })?;
    if lagged > 0 {
        snapshot.warnings.push(format!(
            "{lagged} pages were fetched faster than they could be kept"
        ));
    }
    // Root first, then crawl order; each URL once.
    let mut seen = HashSet::new();
    let mut fetched: Vec<spider::page::Page> = Vec::new();
    let root_key = root.as_str().trim_end_matches('/').to_string();
    for page in pages {
        if seen.insert(page.get_url().trim_end_matches('/').to_string()) {
            fetched.push(page);
        }
    }
    if let Some(i) = fetched
        .iter()
        .position(|p| p.get_url().trim_end_matches('/') == root_key)
    {
        let root = fetched.remove(i);
        // spider reports a refused or timed-out start page as a page with an
        // empty body and an error (status 5xx): that is no site at all.
        let empty = root.get_bytes().is_none_or(<[u8]>::is_empty);
        if empty && (root.error_status.is_some() || root.status_code.as_u16() >= 500) {
            let why = root
                .error_status
                .clone()
                .unwrap_or_else(|| format!("HTTP {}", root.status_code.as_u16()));
            return Err(Error::Crawl {
                url: start.to_string(),
                reason: format!("the start page could not be fetched: {why}"),
            });
        }
        fetched.insert(0, root);
    } else {
        return Err(Error::Crawl {
            url: start.to_string(),
            reason:
                "the start page could not be fetched (refused, timed out, or denied by robots.txt)"
                    .into(),
        });
    }
    // Error pages other than the root's are recorded, not kept: a link to a
    // missing page says nothing about the site's templates. A body already
    // kept under another URL (`/` and `/index.html`) is the same page.
    let mut kept = Vec::new();
    let mut bodies = HashSet::new();
    for (i, p) in fetched.into_iter().enumerate() {
        let status = p.status_code.as_u16();
        if i > 0 && !(200..300).contains(&status) {
            snapshot
                .warnings
                .push(format!("{}: HTTP {status}", p.get_url()));
        } else if bodies.insert(xxhash_rust::xxh3::xxh3_128(
            p.get_bytes().unwrap_or_default(),
        )) {
            kept.push(p);
        }
    }
    let fetched = kept;
    let urls: Vec<String> = fetched.iter().map(|p| p.get_url().to_string()).collect();
    let mut budget = config.max_total_bytes;
    for i in choose_pages(&urls, config.max_pages) {
        let p = &fetched[i];
        let mut body = p.get_bytes().unwrap_or_default().to_vec();
        if body.len() > config.max_response_bytes {
            snapshot.warnings.push(format!(
                "{}: body of {} bytes cut to {}",
                p.get_url(),
                body.len(),
                config.max_response_bytes
            ));
            body.truncate(config.max_response_bytes);
        }
        if body.len() > budget {
            snapshot.warnings.push(format!(
                "{}: left out, the crawl's byte budget is spent",
                p.get_url()
            ));
            continue;
        }
        budget -= body.len();
        let headers = p
            .headers
            .as_ref()
            .map(|h| {
                h.iter()
                    .map(|(k, v)| {
                        (
                            k.as_str().to_string(),
                            String::from_utf8_lossy(v.as_bytes()).into_owned(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        if let Some(err) = &p.error_status {
            snapshot.warnings.push(format!("{}: {err}", p.get_url()));
        }
        snapshot.pages.push(Page {
            url: p.get_url().to_string(),
            status: p.status_code.as_u16(),
            headers,
            body,
        });
    }
    snapshot.final_url = redirects.last().cloned().or_else(|| {
        fetched
            .first()
            .map(|p| p.get_url_final().to_string())
            .filter(|u| !u.is_empty())
    });
    if redirects.len() > 1 {
        snapshot.redirects = redirects;
    }
    fetch_favicon_and_assets(&client, config, &mut snapshot, &mut budget, progress).await;
    probe_not_found(&client, config, &start, &mut snapshot).await;
    Ok(snapshot)
}

/// The start URL's redirects, followed one by one.
struct Chain {
    /// The URLs in order, start first.
    urls: Vec<String>,
    /// A loop, a chain too long, or a redirect without a usable target.
    warning: Option<String>,
    /// Why the last hop could not be fetched, if it could not.
    error: Option<String>,
}

async fn redirect_chain(client: &reqwest::Client, start: &Url, max: usize) -> Chain {
    let mut chain = Chain {
        urls: vec![start.to_string()],
        warning: None,
        error: None,
    };
    let mut at = start.clone();
    for _ in 0..max {
        let resp = match client.get(at.as_str()).send().await {
            Ok(resp) => resp,
            Err(e) => {
                chain.error = Some(format!("{at}: {e}"));
                return chain;
            }
        };
        if !resp.status().is_redirection() {
            return chain;
        }
        let Some(next) = resp
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|l| l.to_str().ok())
            .and_then(|l| at.join(l).ok())
        else {
            chain.warning = Some(format!("{at}: redirect without a usable Location"));
            return chain;
        };
        let looped = chain.urls.iter().any(|u| u == next.as_str());
        chain.urls.push(next.to_string());
        if looped {
            chain.warning = Some(format!("{start}: redirect loop"));
            return chain;
        }
        at = next;
    }
    chain.warning = Some(format!("{start}: more than {max} redirects"));
    chain
}

/// Fetches a path that should not exist, to keep the site's 404 template.
async fn probe_not_found(
    client: &reqwest::Client,
    config: &CrawlConfig,
    start: &Url,
    snapshot: &mut SiteSnapshot,
) {
    let base = snapshot
        .final_url
        .as_deref()
        .and_then(|u| Url::parse(u).ok())
        .unwrap_or_else(|| start.clone());
    let name = format!(
        "/clone-detect-probe-{:016x}",
        xxhash_rust::xxh3::xxh3_64(start.as_str().as_bytes())
    );
    let Ok(url) = base.join(&name) else {
        return;
    };
    let Ok(mut resp) = client.get(url.as_str()).send().await else {
        snapshot
            .warnings
            .push(format!("{url}: the not-found probe got no answer"));
        return;
    };
    let status = resp.status().as_u16();
    let headers = resp
        .headers()
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_string(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect();
    let mut body = Vec::new();
    while let Ok(Some(chunk)) = resp.chunk().await {
        body.extend_from_slice(&chunk);
        if body.len() > config.max_response_bytes {
            body.truncate(config.max_response_bytes);
            break;
        }
    }
    snapshot.not_found = Some(Page {
        url: url.to_string(),
        status,
        headers,
        body,
    });
}

/// Fetches `url` with a size cap; `None` with a warning on failure.
async fn fetch_capped(
    client: &reqwest::Client,
    url: &Url,
    cap: usize,
    warnings: &mut Vec<String>,
    progress: &CrawlProgress,
) -> Option<(u16, Vec<u8>)> {
    let mut resp = match client.get(url.as_str()).send().await {
        Ok(r) => r,
        Err(e) => {
            warnings.push(format!("{url}: {e}"));
            return None;
        }
    };
    let status = resp.status().as_u16();
    let mut body = Vec::new();
    loop {
        match resp.chunk().await {
            Ok(Some(chunk)) => {
                progress.add_bytes(chunk.len());
                body.extend_from_slice(&chunk);
                if body.len() > cap {
                    warnings.push(format!("{url}: larger than {cap} bytes, not kept"));
                    return None;
                }
            }
            Ok(None) => return Some((status, body)),
            Err(e) => {
                warnings.push(format!("{url}: {e}"));
                return None;
            }
        }
    }
}

async fn fetch_favicon_and_assets(
    client: &reqwest::Client,
    config: &CrawlConfig,
    snapshot: &mut SiteSnapshot,
    budget: &mut usize,
    progress: &CrawlProgress,
) {
    let cap = config.max_response_bytes.min(*budget);
    let site = snapshot.pages.first().and_then(|p| Url::parse(&p.url).ok());
    let (icon_candidates, mut assets) = links::icons_and_assets(&snapshot.pages);
    assets.retain(|(u, _)| site.as_ref().is_some_and(|s| s.host() == u.host()));
    let mut warnings = Vec::new();
    for candidate in icon_candidates {
        if candidate.scheme() == "data" {
            continue; // inline icons are read by the folder reader's rules; skip here
        }
        if let Some((200, bytes)) =
            fetch_capped(client, &candidate, cap, &mut warnings, progress).await
        {
            if sniff(&bytes).is_some() {
                *budget = budget.saturating_sub(bytes.len());
                snapshot.favicon = Some(Favicon {
                    url: candidate.to_string(),
                    bytes,
                });
                break;
            }
            warnings.push(format!(
                "{candidate}: not an image, not used as the favicon"
            ));
        }
    }
    for (url, kind) in assets.into_iter().take(config.max_assets) {
        if *budget == 0 {
            warnings.push("asset fetching stopped: the crawl's byte budget is spent".into());
            break;
        }
        match fetch_capped(client, &url, cap.min(*budget), &mut warnings, progress).await {
            Some((200, bytes)) => {
                *budget = budget.saturating_sub(bytes.len());
                snapshot.assets.push(Asset {
                    url: url.to_string(),
                    kind,
                    content: AssetContent::Bytes(bytes),
                });
            }
            Some((status, _)) => warnings.push(format!("{url}: HTTP {status}")),
            None => {}
        }
    }
    snapshot.warnings.extend(warnings);
}
