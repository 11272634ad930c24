//! Crawling a live site with `spider` (feature `crawl`).
//!
//! spider fetches up to [`CrawlConfig::candidate_pages`] same-site pages;
//! from those the snapshot keeps [`CrawlConfig::max_pages`], chosen as every
//! reader chooses ([`super::choose`]): the site is laid out level by level
//! over its links, each level in a stable order, and pages are taken one URL
//! shape at a time (numbers and identifiers folded, see [`path_shape`]), the
//! root page first. Nothing depends on the order in which spider's
//! concurrent fetches arrived: when spider stops short of a level, discovery
//! stops there too, and the chosen pages it did not fetch are fetched
//! afterwards. The start URL's redirects are followed one by one and
//! recorded, HTTP redirects and what a browser follows at once (a meta
//! refresh, a location script: [`super::follow`]). The favicon is then found
//! the way browsers find it (the root page's `<link rel=icon>` candidates,
//! then `/favicon.ico`) and kept only if its bytes are an image; linked
//! scripts and stylesheets of the kept pages are fetched (bounded) and kept
//! with their bytes. A path that should not exist is fetched once to keep
//! the site's 404 template (`SiteSnapshot::not_found`).
//!
//! Every request passes the crawl's [`Guard`] ([`CrawlConfig::guard`]): each
//! URL is checked before it is sent (redirect hops included: no client
//! follows a hop the guard has not seen), and every client, spider's
//! included, resolves names through the guard and connects to the
//! addresses it checked. What the guard refused is recorded in the
//! snapshot's warnings (`refused: …`), or is the crawl's error when the
//! start URL or one of its redirects is refused.

use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};
use spider::reqwest;
use spider::reqwest::redirect::Policy;
use spider::website::Website;
use url::Url;

use super::choose;
pub use super::choose::{choose_pages, path_shape};
use super::guard::{Guard, Lookup};
use super::links;
use super::{favicon, follow};
use crate::snapshot::{Asset, AssetContent, Page, SiteSnapshot};
use crate::{Error, Result};

/// Bounds and manners of a crawl. Reads from and writes to configuration
/// files with serde (durations as text such as `"60s"`; a missing field
/// takes its default; [`lookup`](Self::lookup) is not written, and read as
/// the system resolver).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CrawlConfig {
    /// Pages kept in the snapshot. Default 20.
    pub max_pages: usize,
    /// Pages fetched to choose from. Default 200.
    pub candidate_pages: usize,
    /// Deepest URL path followed, as spider counts depth (path segments).
    /// Default 4.
    pub max_depth: usize,
    /// Largest body kept per response, in bytes, counted after decoding;
    /// longer bodies are cut and a warning says so. Default 8 MiB. spider
    /// (the page fetcher) holds a page whole before it is cut unless the
    /// process sets `SPIDER_MAX_SIZE_BYTES` before its first crawl: call
    /// [`cap_spider_bodies`] at start-up, as the command-line tool does.
    pub max_response_bytes: usize,
    /// Most bytes kept over all pages and assets. Default 64 MiB.
    pub max_total_bytes: usize,
    /// Wall-clock limit of the whole crawl: redirects, pages, favicon,
    /// assets and the not-found probe. Default 60 s.
    #[serde(with = "crate::config_serde")]
    pub timeout: Duration,
    /// Limit per request. Default 15 s.
    #[serde(with = "crate::config_serde")]
    pub request_timeout: Duration,
    /// Requests in flight. Default 8.
    pub concurrency: usize,
    /// The `User-Agent` header.
    pub user_agent: String,
    /// Obey robots.txt. Default **false**: the sites fingerprinted are
    /// mirrors of seized sites, and their operators would write
    /// `Disallow: /` to hide a mirror from a watch; fingerprinting a site is
    /// a bounded handful of page loads ([`candidate_pages`](Self::candidate_pages)
    /// at most), the load of one visitor browsing it.
    pub respect_robots_txt: bool,
    /// Redirects followed per request. Default 10.
    pub max_redirects: usize,
    /// Linked scripts and stylesheets fetched. Default 64.
    pub max_assets: usize,
    /// Refuse every target that is not on the public internet (loopback,
    /// RFC 1918, link-local, carrier-grade NAT…: see [`guard`](super::guard)) except the
    /// [`trusted`](Self::trusted) addresses. Every URL is checked before it
    /// is requested (the start URL, each of its redirects, spider's pages
    /// and their redirects, the favicon, assets and the not-found probe),
    /// every host name is resolved by the [`Guard`] (an answer holding any
    /// refused address is refused whole), connections go to the addresses
    /// it checked, and no proxy is used (a proxy would resolve names
    /// itself). Default **true**; turn it off for loopback tests and
    /// mirrors on an internal network.
    pub refuse_private: bool,
    /// Host names pinned to addresses instead of asking DNS, as curl's
    /// `--resolve` does (the port stays the URL's): for sites seen at an
    /// address before their name resolves, and for tests. A pin to a
    /// refused address is a configuration error. Default empty.
    pub resolve: Vec<(String, IpAddr)>,
    /// How names that are not pinned are resolved: the system resolver or
    /// a caller's function (tests, services with a resolver of their own).
    /// Default [`Lookup::System`].
    #[serde(skip)]
    pub lookup: Lookup,
    /// Private addresses reached although
    /// [`refuse_private`](Self::refuse_private) is on (a mirror run
    /// inside, a test server); every other private address is still
    /// refused. Default empty.
    pub trusted: Vec<IpAddr>,
}

/// spider's own cap on a page body, in bytes, as the command-line tool sets
/// it: [`CrawlConfig::max_response_bytes`]'s default.
pub const SPIDER_BODY_CAP: usize = 8 << 20;

/// Caps how much of a page body spider buffers (`SPIDER_MAX_SIZE_BYTES`)
/// at `bytes`, unless the environment already sets it. spider reads the
/// variable once per process: call this at start-up, before any thread
/// starts (setting the environment while other threads read it is not
/// safe). The crawl cuts every body to [`CrawlConfig::max_response_bytes`]
/// again after decoding; this keeps spider from holding more first.
pub fn cap_spider_bodies(bytes: usize) {
    if std::env::var_os("SPIDER_MAX_SIZE_BYTES").is_none() {
        std::env::set_var("SPIDER_MAX_SIZE_BYTES", bytes.to_string());
    }
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
            respect_robots_txt: false,
            max_redirects: 10,
            max_assets: 64,
            refuse_private: true,
            resolve: Vec::new(),
            lookup: Lookup::System,
            trusted: Vec::new(),
        }
    }
}

impl CrawlConfig {
    /// Checks the bounds, and that no pin points to a refused address.
    ///
    /// # Errors
    /// [`Error::Config`] naming the value out of range.
    pub fn validate(&self) -> Result<()> {
        if self.max_pages == 0 || self.candidate_pages < self.max_pages {
            return Err(Error::Config(
                "max_pages must be at least 1 and at most candidate_pages".into(),
            ));
        }
        self.guard().check_pins().map_err(Error::Config)?;
        if self.concurrency == 0 || self.timeout.is_zero() || self.request_timeout.is_zero() {
            return Err(Error::Config(
                "concurrency and timeouts must be positive".into(),
            ));
        }
        Ok(())
    }

    /// The guard every request of a crawl with this configuration passes:
    /// [`refuse_private`](Self::refuse_private), the pins of
    /// [`resolve`](Self::resolve), [`lookup`](Self::lookup) and the
    /// [`trusted`](Self::trusted) addresses.
    pub fn guard(&self) -> Guard {
        Guard::new(self.refuse_private, &self.resolve, self.lookup.clone())
            .with_trusted(&self.trusted)
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

/// Crawls the site at `start` and returns its snapshot, on the caller's
/// tokio runtime (which needs its I/O and time drivers: `#[tokio::main]`
/// has them). Synchronous callers use [`crate::blocking::crawl`].
///
/// ```no_run
/// # async fn run() -> clone_detect::Result<()> {
/// use clone_detect::acquire::crawl::{crawl, CrawlConfig};
///
/// let snapshot = crawl("https://example.org/", &CrawlConfig::default()).await?;
/// println!("{} pages", snapshot.pages.len());
/// # Ok(())
/// # }
/// ```
///
/// # Errors
/// [`Error::Config`] for bad bounds or a start URL that is not http(s);
/// [`Error::Crawl`] when the start page could not be fetched at all.
pub async fn crawl(start: &str, config: &CrawlConfig) -> Result<SiteSnapshot> {
    crawl_with_progress(start, config, &CrawlProgress::new()).await
}

/// [`crawl`], counting pages and bytes in `progress` as they arrive.
///
/// # Errors
/// As [`crawl`].
pub async fn crawl_with_progress(
    start: &str,
    config: &CrawlConfig,
    progress: &CrawlProgress,
) -> Result<SiteSnapshot> {
    config.validate()?;
    let start_url = Url::parse(start)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .ok_or_else(|| Error::Config(format!("{start}: not an http(s) URL")))?;
    crawl_async(start_url, config, progress).await
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
    let failed = |reason: String| Error::Crawl {
        url: start.to_string(),
        reason,
    };
    let refused = |why: String| failed(format!("refused: {why}"));
    // One deadline covers every step: the redirect chain, spider's pages,
    // the favicon, the assets and the not-found probe.
    let deadline = tokio::time::Instant::now() + config.timeout;
    let net = Net::new(config).map_err(|e| failed(format!("cannot build the HTTP client: {e}")))?;
    net.guard.check_url(&start).map_err(refused)?;
    let chain =
        tokio::time::timeout_at(deadline, redirect_chain(&net, &start, config.max_redirects))
            .await
            .map_err(|_| {
                failed(format!(
                    "the start URL's redirects took longer than {:?}",
                    config.timeout
                ))
            })?;
    if let Some(why) = chain.refused {
        return Err(refused(why));
    }
    if chain.error.is_some() {
        // A hop that could not be fetched because its name resolves to a
        // refused address: never crawl past it.
        if let Some(why) = net.refusals.first() {
            return Err(refused(why));
        }
    }
    if chain.endless {
        // No page at the end of it: nothing to crawl.
        return Err(failed(chain.warning.unwrap_or_default()));
    }
    snapshot.warnings.extend(chain.warning);
    let redirects = chain.urls;
    // spider starts where the redirects end (every hop checked above): the
    // site is where they lead.
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
        .with_crawl_timeout(Some(
            deadline
                .saturating_duration_since(tokio::time::Instant::now())
                .max(Duration::from_millis(1)),
        ))
        .with_concurrency_limit(Some(config.concurrency))
        .with_subdomains(false)
        .with_redirect_limit(config.max_redirects)
        // In spider 2.53.9 this caps the pages its browser fetches only;
        // plain HTTP bodies are capped by its process-wide
        // `SPIDER_MAX_SIZE_BYTES` alone. Bodies are cut to
        // `max_response_bytes` again below, after decoding.
        .with_max_page_bytes(Some(config.max_response_bytes as f64));
    // Always our client: the guard resolves its names, and every redirect
    // hop of every page passes the guard and then spider's own screen.
    let spider_client = net
        .spider_client(&website)
        .map_err(|e| failed(format!("cannot build the HTTP client: {e}")))?;
    website.set_http_client(spider_client);
    let mut rx = website.subscribe(1024);
    let counters = progress.clone();
    let site = root.clone();
    // Bodies held while the crawl runs: twice the bytes a snapshot may
    // keep, so that 200 pages of 8 MiB are never all in memory at once.
    let holding_budget = config.max_total_bytes.saturating_mul(2);
    let collector = tokio::spawn(async move {
        let mut pages = Vec::new();
        // Each page's links, read as it arrives (while spider waits for the
        // next ones), for the layout of the site; the first answer per key.
        let mut links: HashMap<String, Vec<String>> = HashMap::new();
        let mut lagged = 0u64;
        let mut held = 0usize;
        loop {
            match rx.recv().await {
                Ok(page) => {
                    let len = page.get_bytes().map_or(0, <[u8]>::len);
                    counters.page(len);
                    // The root (the first page) is always kept.
                    if pages.is_empty() || held.saturating_add(len) <= holding_budget {
                        held = held.saturating_add(len);
                        if let Ok(u) = Url::parse(page.get_url()) {
                            links.entry(choose::page_key(&u)).or_insert_with(|| {
                                page_links(&site, &u, page.get_bytes().unwrap_or_default())
                            });
                        }
                        pages.push(page);
                    } else {
                        lagged += 1;
                    }
                }
                Err(tokio::sync::broadcast::error::RecvError::Lagged(n)) => lagged += n,
                Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
            }
        }
        (pages, links, lagged)
    });
    // spider's own timeout ends the crawl; this one is a backstop in case
    // it does not (its timers are per request).
    if tokio::time::timeout_at(deadline + Duration::from_secs(5), website.crawl())
        .await
        .is_err()
    {
        snapshot.warnings.push(format!(
            "the crawl was stopped at its {:?} deadline",
            config.timeout
        ));
    }
    // Without spider's `sync` feature the channel closes when the website is dropped.
    drop(website);
    let (pages, links, lagged) = collector
        .await
        .map_err(|e| failed(format!("page collector failed: {e}")))?;
    if lagged > 0 {
        snapshot.warnings.push(format!(
            "{lagged} pages were not kept: fetched faster than they could be taken, or past the bytes held while crawling"
        ));
    }
    // Each URL once (the first answer), by page key.
    let complete = lagged == 0
        && pages.len() < config.candidate_pages
        && !snapshot.warnings.iter().any(|w| w.contains("deadline"));
    let root_key = choose::page_key(&root);
    let mut fetched: HashMap<String, spider::page::Page> = HashMap::new();
    for page in pages {
        if let Ok(u) = Url::parse(page.get_url()) {
            fetched.entry(choose::page_key(&u)).or_insert(page);
        }
    }
    let Some(root_page) = fetched.get(&root_key) else {
        return Err(failed(
            "the start page could not be fetched (refused, timed out, or denied by robots.txt)"
                .into(),
        ));
    };
    // spider reports a refused or timed-out start page as a page with an
    // empty body and an error (status 5xx): that is no site at all.
    let empty = root_page.get_bytes().is_none_or(<[u8]>::is_empty);
    if empty && (root_page.error_status.is_some() || root_page.status_code.as_u16() >= 500) {
        // spider fetches the root alone, before any link: a refusal
        // recorded now is the root's (a redirect that changed since the
        // chain was followed).
        if let Some(why) = net.refusals.first() {
            return Err(refused(why));
        }
        let why = root_page
            .error_status
            .clone()
            .unwrap_or_else(|| format!("HTTP {}", root_page.status_code.as_u16()));
        return Err(failed(format!(
            "the start page could not be fetched: {why}"
        )));
    }
    let candidates = discover(&root_key, &fetched, &links, complete, config, &mut snapshot);
    let mut budget = config.max_total_bytes;
    // Every candidate ranked; taken in rank order until enough are kept. A
    // body already kept under another URL (`/` and `/index.html`) is the
    // same page: left out, whether spider or the top-up fetched it.
    let mut bodies = HashSet::new();
    for i in choose_pages(&candidates, candidates.len()) {
        if snapshot.pages.len() >= config.max_pages {
            break;
        }
        let key = &candidates[i];
        let page = match fetched.remove(key) {
            Some(p) => Fetched::from_spider(&p),
            // Chosen from a level spider did not finish: fetched now, so
            // that the pages kept do not depend on what arrived first.
            None => match tokio::time::timeout_at(
                deadline,
                fetch_page(&net, key, config, &mut snapshot.warnings, progress),
            )
            .await
            {
                Ok(Some(p)) => p,
                Ok(None) => continue,
                Err(_) => {
                    snapshot
                        .warnings
                        .push(format!("{key}: not fetched, the crawl's deadline passed"));
                    continue;
                }
            },
        };
        if !bodies.insert(xxhash_rust::xxh3::xxh3_128(&page.body)) {
            continue;
        }
        let Fetched {
            url,
            status,
            headers,
            mut body,
            error,
        } = page;
        if body.len() > config.max_response_bytes {
            snapshot.warnings.push(format!(
                "{url}: body of {} bytes cut to {}",
                body.len(),
                config.max_response_bytes
            ));
            body.truncate(config.max_response_bytes);
        }
        if body.len() > budget {
            snapshot
                .warnings
                .push(format!("{url}: left out, the crawl's byte budget is spent"));
            continue;
        }
        budget -= body.len();
        if let Some(err) = &error {
            snapshot.warnings.push(format!("{url}: {err}"));
        }
        // A body shorter than its declared length was cut by a timeout or
        // a reset (a slow drip): kept, and said.
        let received = body.len();
        if let Some(declared) = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
            .and_then(|(_, v)| v.trim().parse::<usize>().ok())
            .filter(|d| *d > received)
        {
            snapshot.warnings.push(format!(
                "{url}: body cut short: {received} of {declared} bytes arrived"
            ));
        }
        snapshot.pages.push(Page {
            url,
            status,
            headers,
            body,
        });
    }
    snapshot.final_url = redirects
        .last()
        .cloned()
        .or_else(|| snapshot.pages.first().map(|p| p.url.clone()));
    if redirects.len() > 1 {
        snapshot.redirects = redirects;
    }
    let mut late = Vec::new();
    if tokio::time::timeout_at(
        deadline,
        fetch_favicon_and_assets(&net, config, &mut snapshot, &mut budget, progress),
    )
    .await
    .is_err()
    {
        late.push("the favicon and assets were cut by the crawl's deadline".to_string());
    }
    if tokio::time::timeout_at(
        deadline,
        probe_not_found(&net, config, &start, &mut snapshot),
    )
    .await
    .is_err()
    {
        late.push("the not-found probe was cut by the crawl's deadline".to_string());
    }
    snapshot.warnings.extend(late);
    snapshot.warnings.extend(net.refusals.warnings());
    Ok(snapshot)
}

/// A page as kept: from spider, or fetched afterwards.
struct Fetched {
    url: String,
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    error: Option<String>,
}

impl Fetched {
    fn from_spider(p: &spider::page::Page) -> Self {
        let headers = p.headers.as_ref().map(header_pairs).unwrap_or_default();
        Self {
            url: p.get_url().to_string(),
            status: p.status_code.as_u16(),
            headers,
            body: p.get_bytes().unwrap_or_default().to_vec(),
            error: p.error_status.clone(),
        }
    }
}

/// Response headers as (name, value) pairs in received order.
fn header_pairs(headers: &reqwest::header::HeaderMap) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_string(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect()
}

/// Whether an answer with `headers` may be a page: no content type, or an
/// HTML one.
fn is_html(headers: impl IntoIterator<Item = (String, String)>) -> bool {
    headers
        .into_iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
        .is_none_or(|(_, v)| v.to_ascii_lowercase().contains("html"))
}

/// The page keys of the same-origin pages `body` (at `url`) links to.
fn page_links(root: &Url, url: &Url, body: &[u8]) -> Vec<String> {
    links::page_anchors(body, url)
        .urls
        .iter()
        .filter(|u| u.origin() == root.origin() && choose::looks_like_page(u))
        .map(choose::page_key)
        .collect()
}

/// The crawl's candidate pages (page keys), root first: discovered level by
/// level over the links of the pages spider fetched (`links`, read as they
/// arrived; [`choose::Frontier`]),
/// so that they do not depend on the order in which pages arrived. A level
/// is only known once every page of the level before it was fetched: when
/// spider's crawl was cut (`complete` false) discovery stops at the first
/// level it did not finish, whose pages stay candidates (fetched if
/// chosen, unless robots.txt is obeyed). Pages that answered with an error
/// or something other than HTML are left out.
fn discover(
    root_key: &str,
    fetched: &HashMap<String, spider::page::Page>,
    links: &HashMap<String, Vec<String>>,
    complete: bool,
    config: &CrawlConfig,
    snapshot: &mut SiteSnapshot,
) -> Vec<String> {
    let mut frontier =
        choose::Frontier::new(root_key, config.candidate_pages.max(config.max_pages));
    let mut level = vec![root_key.to_string()];
    loop {
        let mut found = Vec::new();
        let mut whole = true;
        for key in &level {
            match links.get(key) {
                Some(links) => found.extend(links.iter().cloned()),
                None if complete => {}
                None => whole = false,
            }
        }
        if !whole {
            break;
        }
        let next = frontier.next_level(found);
        if next.is_empty() || frontier.is_full() {
            break;
        }
        level = next;
    }
    let mut candidates = Vec::new();
    for key in frontier.found() {
        let is_root = key == root_key;
        match fetched.get(key) {
            Some(p) => {
                let status = p.status_code.as_u16();
                if !is_root && !(200..300).contains(&status) {
                    let why = p
                        .error_status
                        .as_deref()
                        .map(|e| format!(" ({e})"))
                        .unwrap_or_default();
                    snapshot
                        .warnings
                        .push(format!("{}: HTTP {status}{why}", p.get_url()));
                    continue;
                }
                if !is_root && !p.headers.as_ref().is_none_or(|h| is_html(header_pairs(h))) {
                    continue;
                }
                candidates.push(key.clone());
            }
            // Within the depth spider keeps to (path segments).
            None if !complete
                && !config.respect_robots_txt
                && Url::parse(key).is_ok_and(|u| {
                    u.path().split('/').filter(|s| !s.is_empty()).count() <= config.max_depth
                }) =>
            {
                candidates.push(key.clone());
            }
            None => {}
        }
    }
    candidates
}

/// Fetches one page spider did not (see [`discover`]): its body cut at
/// `max_response_bytes`; `None` (with a warning) when it cannot be fetched,
/// answers with an error, or is not HTML.
async fn fetch_page(
    net: &Net,
    key: &str,
    config: &CrawlConfig,
    warnings: &mut Vec<String>,
    progress: &CrawlProgress,
) -> Option<Fetched> {
    let url = Url::parse(key).ok()?;
    let mut resp = send(net, &url, warnings).await?;
    let status = resp.status().as_u16();
    let headers = header_pairs(resp.headers());
    if !(200..300).contains(&status) {
        warnings.push(format!("{url}: HTTP {status}"));
        return None;
    }
    if !is_html(headers.clone()) {
        return None;
    }
    progress.page(0);
    let mut body = Vec::new();
    let mut error = None;
    loop {
        match resp.chunk().await {
            Ok(Some(chunk)) => {
                progress.add_bytes(chunk.len());
                body.extend_from_slice(&chunk);
                if body.len() > config.max_response_bytes {
                    // Cut where it passed the bound (said by the caller).
                    break;
                }
            }
            Ok(None) => break,
            Err(e) => {
                error = Some(error_text(&e));
                break;
            }
        }
    }
    Some(Fetched {
        url: url.to_string(),
        status,
        headers,
        body,
        error,
    })
}

/// Refusals kept as warnings per crawl; more are counted.
const MAX_REFUSALS_KEPT: usize = 32;

/// What the guard refused during one crawl: each reason once, in order.
/// Clones share the record (clients and their redirect policies hold one).
#[derive(Clone, Debug, Default)]
struct Refusals(Arc<Mutex<RefusalLog>>);

#[derive(Debug, Default)]
struct RefusalLog {
    kept: Vec<String>,
    more: usize,
}

impl Refusals {
    fn record(&self, why: &str) {
        let mut log = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if log.kept.iter().any(|k| k == why) {
            return;
        }
        if log.kept.len() < MAX_REFUSALS_KEPT {
            log.kept.push(why.to_string());
        } else {
            log.more += 1;
        }
    }

    fn first(&self) -> Option<String> {
        let log = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        log.kept.first().cloned()
    }

    /// The record as snapshot warnings.
    fn warnings(&self) -> Vec<String> {
        let log = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let mut out: Vec<String> = log.kept.iter().map(|w| format!("refused: {w}")).collect();
        if log.more > 0 {
            out.push(format!("refused: {} more requests", log.more));
        }
        out
    }
}

/// The guard as the clients' resolver, recording what it refuses.
#[derive(Clone)]
struct Resolver {
    guard: Guard,
    /// The same pins and lookup without the guard: a name it resolves
    /// while the guard does not was refused, not missing.
    open: Guard,
    refusals: Refusals,
}

impl reqwest::dns::Resolve for Resolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let this = self.clone();
        Box::pin(async move {
            let host = name.as_str();
            match this.guard.resolve(host, 0).await {
                Ok(addrs) => Ok(Box::new(addrs.into_iter()) as reqwest::dns::Addrs),
                Err(why) => {
                    if this.guard.refuses_private() && this.open.resolve(host, 0).await.is_ok() {
                        this.refusals.record(&why);
                    }
                    Err(why.into())
                }
            }
        })
    }
}

/// The guard and the HTTP clients of one crawl; every client resolves
/// through the guard.
struct Net {
    guard: Guard,
    resolver: Resolver,
    refusals: Refusals,
    /// Follows no redirect: the start URL's chain is followed hop by hop.
    manual: reqwest::Client,
    /// Follows redirects, each hop checked: favicon, assets, the probe.
    follow: reqwest::Client,
}

impl Net {
    fn new(config: &CrawlConfig) -> Result<Self, reqwest::Error> {
        let guard = config.guard();
        let refusals = Refusals::default();
        let resolver = Resolver {
            guard: guard.clone(),
            open: Guard::new(false, &config.resolve, config.lookup.clone()),
            refusals: refusals.clone(),
        };
        let base = || {
            reqwest::Client::builder()
                .user_agent(config.user_agent.clone())
                .timeout(config.request_timeout)
        };
        // The chain checks each hop itself before requesting it.
        let manual = client(base(), Policy::none(), &resolver).build()?;
        let follow = checked(&guard, &refusals, Policy::limited(config.max_redirects));
        let follow = client(base(), follow, &resolver).build()?;
        Ok(Self {
            guard,
            resolver,
            refusals,
            manual,
            follow,
        })
    }

    /// spider's own client (its headers, timeouts and limits) with the
    /// guard's resolver and a redirect policy that checks each hop with the
    /// guard, then applies spider's policy (its screen of internal targets
    /// and the hop limit).
    fn spider_client(&self, website: &Website) -> Result<reqwest::Client, reqwest::Error> {
        let policy = checked(&self.guard, &self.refusals, website.setup_redirect_policy());
        client(
            website.configure_http_client_builder(),
            policy,
            &self.resolver,
        )
        .build()
    }

    /// Whether `url` may be requested; a refusal is recorded.
    fn allows(&self, url: &Url) -> bool {
        match self.guard.check_url(url) {
            Ok(()) => true,
            Err(why) => {
                self.refusals.record(&why);
                false
            }
        }
    }
}

/// A redirect policy that refuses (and records) every hop `guard` refuses,
/// and hands the others to `then`.
fn checked(guard: &Guard, refusals: &Refusals, then: Policy) -> Policy {
    let (guard, refusals) = (guard.clone(), refusals.clone());
    Policy::custom(move |attempt| match guard.check_url(attempt.url()) {
        Err(why) => {
            refusals.record(&why);
            attempt.error(why)
        }
        Ok(()) => then.redirect(attempt),
    })
}

/// `builder` with `policy`, resolving through the guard, and without a
/// proxy when guarding (a proxy would resolve names itself).
fn client(
    builder: reqwest::ClientBuilder,
    policy: Policy,
    resolver: &Resolver,
) -> reqwest::ClientBuilder {
    let builder = builder.redirect(policy).dns_resolver(resolver.clone());
    if resolver.guard.refuses_private() {
        builder.no_proxy()
    } else {
        builder
    }
}

/// An error with its sources (the guard's reason is one of them).
fn error_text(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let part = s.to_string();
        if !text.contains(&part) {
            text.push_str(": ");
            text.push_str(&part);
        }
        source = s.source();
    }
    text
}

/// The start URL's redirects, followed one by one.
struct Chain {
    /// The URLs in order, start first.
    urls: Vec<String>,
    /// A loop, a chain too long, or a redirect without a usable target.
    warning: Option<String>,
    /// Why the last hop could not be fetched, if it could not.
    error: Option<String>,
    /// Why the guard refused the next hop (never requested).
    refused: Option<String>,
    /// The chain never ended: a loop, or more hops than allowed.
    endless: bool,
}

/// Follows `start`'s redirects; each hop is checked by the guard before it
/// is requested (`start` itself by the caller).
async fn redirect_chain(net: &Net, start: &Url, max: usize) -> Chain {
    let mut chain = Chain {
        urls: vec![start.to_string()],
        warning: None,
        error: None,
        refused: None,
        endless: false,
    };
    let mut at = start.clone();
    for _ in 0..max {
        let resp = match net.manual.get(at.as_str()).send().await {
            Ok(resp) => resp,
            Err(e) => {
                chain.error = Some(format!("{at}: {}", error_text(&e)));
                return chain;
            }
        };
        let next = if resp.status().is_redirection() {
            let Some(next) = resp
                .headers()
                .get(reqwest::header::LOCATION)
                .and_then(|l| l.to_str().ok())
                .and_then(|l| at.join(l).ok())
            else {
                chain.warning = Some(format!("{at}: redirect without a usable Location"));
                return chain;
            };
            next
        } else {
            // A page that sends the browser on at once (meta refresh, a
            // location script) is a hop too.
            match browser_hop(resp, &at).await {
                Some(next) => next,
                None => return chain,
            }
        };
        if let Err(why) = net.guard.check_url(&next) {
            net.refusals.record(&why);
            chain.refused = Some(format!("redirect from {at}: {why}"));
            return chain;
        }
        let looped = chain.urls.iter().any(|u| u == next.as_str());
        chain.urls.push(next.to_string());
        if looped {
            chain.warning = Some(format!("redirect loop: {}", chain.urls.join(" -> ")));
            chain.endless = true;
            return chain;
        }
        at = next;
    }
    chain.warning = Some(format!("{start}: more than {max} redirects"));
    chain.endless = true;
    chain
}

/// Where the page answered by `resp` (at `at`) sends a browser at once, if
/// it is an HTML page that does ([`super::follow`]); reads at most
/// [`follow::REDIRECT_SCAN_BYTES`] of it.
async fn browser_hop(mut resp: reqwest::Response, at: &Url) -> Option<Url> {
    let html = resp
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|v| v.to_ascii_lowercase().contains("html"));
    if !resp.status().is_success() || !html {
        return None;
    }
    let mut body = Vec::new();
    while body.len() < follow::REDIRECT_SCAN_BYTES {
        match resp.chunk().await {
            Ok(Some(chunk)) => body.extend_from_slice(&chunk),
            _ => break,
        }
    }
    follow::browser_redirect(&body, at)
        .map(|(url, _)| url)
        .filter(|u| matches!(u.scheme(), "http" | "https"))
}

/// Fetches a path that should not exist, to keep the site's 404 template.
async fn probe_not_found(
    net: &Net,
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
    if !net.allows(&url) {
        return;
    }
    let Ok(mut resp) = net.follow.get(url.as_str()).send().await else {
        snapshot
            .warnings
            .push(format!("{url}: the not-found probe got no answer"));
        return;
    };
    let status = resp.status().as_u16();
    let headers = header_pairs(resp.headers());
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

/// Requests `url` with the redirect-following client once the guard allows
/// it; `None` with a warning when it fails, or with a recorded refusal.
async fn send(net: &Net, url: &Url, warnings: &mut Vec<String>) -> Option<reqwest::Response> {
    if !net.allows(url) {
        return None;
    }
    match net.follow.get(url.as_str()).send().await {
        Ok(r) => Some(r),
        Err(e) => {
            warnings.push(format!("{url}: {}", error_text(&e)));
            None
        }
    }
}

/// Fetches `url` with a size cap (counted after decoding); `None` with a
/// warning on failure, or with a recorded refusal when the guard refuses it.
async fn fetch_capped(
    net: &Net,
    url: &Url,
    cap: usize,
    warnings: &mut Vec<String>,
    progress: &CrawlProgress,
) -> Option<(u16, Vec<u8>)> {
    let mut resp = send(net, url, warnings).await?;
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
                warnings.push(format!("{url}: {}", error_text(&e)));
                return None;
            }
        }
    }
}

async fn fetch_favicon_and_assets(
    net: &Net,
    config: &CrawlConfig,
    snapshot: &mut SiteSnapshot,
    budget: &mut usize,
    progress: &CrawlProgress,
) {
    let cap = config.max_response_bytes.min(*budget);
    let site = snapshot.pages.first().and_then(|p| Url::parse(&p.url).ok());
    // The favicon candidates as every reader lists them
    // (`acquire::favicon`).
    let (icon_candidates, assets) = links::icons_and_assets(&snapshot.pages);
    // Assets: only those of the site's own host are fetched; one that
    // points into a private network is still recorded as refused.
    let assets: Vec<_> = assets
        .into_iter()
        .filter(|(u, _)| {
            matches!(u.scheme(), "http" | "https")
                && net.allows(u)
                && site.as_ref().is_some_and(|s| s.host() == u.host())
        })
        .collect();
    let mut warnings = Vec::new();
    for candidate in &icon_candidates {
        // An inline icon's bytes came with its page (already counted); it
        // is still held to the response cap.
        let (name, bytes, inline) = match favicon::classify(candidate) {
            Some(favicon::Candidate::Inline(bytes)) if bytes.len() <= cap => {
                (favicon::INLINE_NAME.to_string(), bytes, true)
            }
            Some(favicon::Candidate::Inline(_)) => {
                warnings.push("an inline favicon is larger than the response cap; skipped".into());
                continue;
            }
            Some(favicon::Candidate::Read(url)) if matches!(url.scheme(), "http" | "https") => {
                match fetch_capped(net, &url, cap, &mut warnings, progress).await {
                    Some((200, bytes)) => (url.to_string(), bytes, false),
                    _ => continue,
                }
            }
            _ => continue,
        };
        if let Some(found) = favicon::accept(name, bytes, &mut warnings) {
            if !inline {
                *budget = budget.saturating_sub(found.bytes.len());
            }
            snapshot.favicon = Some(found);
            break;
        }
    }
    for (url, kind) in assets.into_iter().take(config.max_assets) {
        if *budget == 0 {
            warnings.push("asset fetching stopped: the crawl's byte budget is spent".into());
            break;
        }
        match fetch_capped(net, &url, cap.min(*budget), &mut warnings, progress).await {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guard_is_on_and_robots_txt_off_by_default() {
        let config = CrawlConfig::default();
        assert!(config.refuse_private && config.guard().refuses_private());
        assert!(!config.respect_robots_txt);
        assert!(config.validate().is_ok());
    }

    #[test]
    fn private_pins_need_the_guard_off_or_trust() {
        let loopback: IpAddr = "127.0.0.1".parse().unwrap();
        let pinned = CrawlConfig {
            resolve: vec![("a.test".into(), loopback)],
            ..CrawlConfig::default()
        };
        assert!(matches!(pinned.validate(), Err(Error::Config(m)) if m.contains("a.test")));
        let trusted = CrawlConfig {
            trusted: vec![loopback],
            ..pinned.clone()
        };
        assert!(trusted.validate().is_ok());
        assert!(trusted.guard().allows(loopback));
        assert!(!trusted.guard().allows("127.0.0.2".parse().unwrap()));
        let open = CrawlConfig {
            refuse_private: false,
            ..pinned
        };
        assert!(open.validate().is_ok());
    }

    #[test]
    fn refusals_are_kept_once_and_bounded() {
        let refusals = Refusals::default();
        refusals.record("a");
        refusals.clone().record("a");
        assert_eq!(refusals.first().as_deref(), Some("a"));
        assert_eq!(refusals.warnings(), ["refused: a"]);
        for i in 0..MAX_REFUSALS_KEPT + 5 {
            refusals.record(&i.to_string());
        }
        let warnings = refusals.warnings();
        assert_eq!(warnings.len(), MAX_REFUSALS_KEPT + 1);
        assert_eq!(warnings.last().unwrap(), "refused: 6 more requests");
    }
}
