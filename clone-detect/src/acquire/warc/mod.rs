//! Reading WARC archives (`.warc`, `.warc.gz`) into one snapshot per site,
//! with bounded memory on archives of any size.
//!
//! Archives from Common Crawl, Heritrix, `wget --warc-file` or browsertrix
//! hold `response` records of many sites, interleaved. The reader makes two
//! kinds of pass over the file, both streaming:
//!
//! 1. **Index.** Every record is read once; of each `response` record only
//!    its URL, status, media type and size are kept, grouped by host. Pages
//!    are chosen per site as the crawler chooses them (covering URL shapes,
//!    root first, [`super::choose`]), and stylesheets, scripts and icon-like
//!    images are marked for keeping.
//! 2. **Collect.** Sites are taken in host order in batches whose marked
//!    records fit [`WarcConfig::batch_bytes`]; one more pass collects a
//!    batch's records, its snapshots are built (favicon found as browsers
//!    find it among the archived responses, linked assets taken from the
//!    archive) and handed to the caller, and the batch is dropped.
//!
//! Memory is the index (about a hundred bytes per kept record) plus one
//! batch, and a batch holds at most [`WarcConfig::batch_bytes`] or one
//! site's [`WarcConfig::max_site_bytes`], whichever is larger (sizes are
//! counted after decoding, so a compressed body cannot hide its size).
//! Malformed records, damaged gzip members and records over a limit of
//! [`crate::limits`] (header lines, HTTP heads, chunks, decoded bodies:
//! see [`SkipReason`]) are skipped and counted in [`WarcStats`], never
//! fatal: the next record is read.

mod http;
mod records;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use url::Url;

use super::choose::choose_pages;
use super::links;
use crate::limits::{WARC_MAX_RECORD_BYTES, WARC_MAX_SITE_BYTES};
use crate::snapshot::{Asset, AssetContent, Page, SiteSnapshot};
use crate::{Error, Result};
pub use records::{GzMembers, Record, RecordCounts, Records, SkipReason};

/// Bounds on reading an archive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WarcConfig {
    /// Pages kept per site. Default 20.
    pub max_pages: usize,
    /// Scripts and stylesheets kept per site. Default 64.
    pub max_assets: usize,
    /// Largest record block read, and largest HTTP body after chunked and
    /// content decoding; longer records are skipped and counted. Default
    /// 16 MiB ([`WARC_MAX_RECORD_BYTES`]).
    pub max_record_bytes: usize,
    /// Most bytes (after decoding) of the records kept for one site: pages
    /// first (the root page first), then scripts and stylesheets, then
    /// icon-like images; what does not fit is skipped and counted.
    /// Default 64 MiB ([`WARC_MAX_SITE_BYTES`]).
    pub max_site_bytes: usize,
    /// Most record bytes held at once while building snapshots. Default
    /// 128 MiB.
    pub batch_bytes: usize,
    /// What makes one site. Default: the host.
    pub group_by: GroupBy,
}

/// What makes one site in an archive.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    /// Each host name is a site (`www.example.co.uk`).
    #[default]
    Host,
    /// Each registrable domain is a site (`example.co.uk`, with the Public
    /// Suffix List compiled in by the `psl` crate); a host without one
    /// (an IP address, `localhost`) stays its own site.
    Domain,
}

impl GroupBy {
    /// The site a host belongs to.
    pub fn site_of(self, host: &str) -> String {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        match self {
            GroupBy::Host => host,
            GroupBy::Domain
                if host.starts_with('[') || host.parse::<std::net::IpAddr>().is_ok() =>
            {
                host
            }
            GroupBy::Domain => psl::domain_str(&host).map(str::to_string).unwrap_or(host),
        }
    }
}

impl Default for WarcConfig {
    fn default() -> Self {
        Self {
            max_pages: 20,
            max_assets: 64,
            max_record_bytes: WARC_MAX_RECORD_BYTES,
            max_site_bytes: WARC_MAX_SITE_BYTES,
            batch_bytes: 128 << 20,
            group_by: GroupBy::Host,
        }
    }
}

/// What reading an archive found.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WarcStats {
    /// Records read whole (all types).
    pub records: u64,
    /// `response` records with an http(s) URL and an HTTP head.
    pub responses: u64,
    /// Malformed records skipped.
    pub malformed: u64,
    /// Records skipped for exceeding a limit: a block longer than
    /// [`WarcConfig::max_record_bytes`], or any other limit (the sum of
    /// [`skipped`](Self::skipped)).
    pub oversized: u64,
    /// Records skipped for exceeding a limit, by reason.
    #[serde(default)]
    pub skipped: BTreeMap<SkipReason, u64>,
    /// gzip members that could not be decompressed, skipped.
    pub damaged_members: u64,
    /// Sites (hosts) with at least one page.
    pub sites: u64,
    /// Passes over the file (one index pass, then one per batch).
    pub passes: u64,
}

/// What a response is, for choosing what to keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Page,
    Stylesheet,
    Script,
    Image,
}

/// One indexed response.
#[derive(Clone, Debug)]
struct Entry {
    ordinal: u64,
    url: String,
    status: u16,
    kind: Kind,
    /// Size of the body after decoding.
    size: u64,
    /// Where the page sends a browser at once (meta refresh, location
    /// script), as a page key; read for small pages only
    /// ([`MAX_REDIRECT_STUB_BYTES`]), where such stubs are.
    redirect: Option<String>,
}

/// Largest page read at indexing time for a browser redirect: a page that
/// only sends the browser on is small, and reading only those keeps the
/// index pass cheap.
const MAX_REDIRECT_STUB_BYTES: usize = 16 << 10;

/// Responses held for building snapshots, by record ordinal, with their URL.
type Held = HashMap<u64, (String, http::Response)>;

/// Most icon-like images kept per site, and the largest.
const MAX_IMAGES: usize = 16;
const MAX_IMAGE_BYTES: u64 = 512 << 10;

fn kind_of(url: &Url, media: Option<&str>) -> Option<Kind> {
    let path = url.path().to_ascii_lowercase();
    let ext = path.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    match media {
        Some("text/html" | "application/xhtml+xml") => Some(Kind::Page),
        Some("text/css") => Some(Kind::Stylesheet),
        Some(m) if m.contains("javascript") || m == "text/ecmascript" => Some(Kind::Script),
        Some(m) if m.starts_with("image/") => Some(Kind::Image),
        _ => match ext {
            "html" | "htm" | "xhtml" => Some(Kind::Page),
            "css" => Some(Kind::Stylesheet),
            "js" | "mjs" => Some(Kind::Script),
            "ico" | "png" | "gif" | "jpg" | "jpeg" | "svg" | "webp" => Some(Kind::Image),
            "" if path.ends_with('/') => Some(Kind::Page),
            _ => None,
        },
    }
}

/// Opens an archive as a stream of records (gzip detected by its magic).
/// Counters a read updates as it goes, for a caller that shows progress:
/// bytes of the file read so far over all passes, and the bytes all passes
/// will read (known once the index pass has ended; until then one pass).
/// Clones share the counters.
#[derive(Clone, Debug, Default)]
pub struct WarcProgress(Arc<(AtomicU64, AtomicU64)>);

impl WarcProgress {
    /// New counters at zero.
    pub fn new() -> Self {
        Self::default()
    }

    /// Bytes read so far.
    pub fn done(&self) -> u64 {
        self.0 .0.load(Ordering::Relaxed)
    }

    /// Bytes the whole read will take (an estimate until the index pass
    /// ends).
    pub fn total(&self) -> u64 {
        self.0 .1.load(Ordering::Relaxed)
    }
}

/// A reader that counts the bytes it passes on.
struct Counted<R> {
    inner: R,
    progress: WarcProgress,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.progress.0 .0.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Opens the archive; damaged gzip members are counted in `damaged`.
fn open(
    path: &Path,
    cap: usize,
    progress: &WarcProgress,
    damaged: &Arc<AtomicU64>,
) -> Result<Records<Box<dyn BufRead>>> {
    let file = File::open(path).map_err(|e| Error::io(path, e))?;
    let file = Counted {
        inner: file,
        progress: progress.clone(),
    };
    let mut reader = BufReader::with_capacity(1 << 16, file);
    let gzip = reader
        .fill_buf()
        .map_err(|e| Error::io(path, e))?
        .starts_with(&[0x1f, 0x8b]);
    let stream: Box<dyn BufRead> = if gzip {
        Box::new(BufReader::with_capacity(
            1 << 16,
            GzMembers::counting(reader, damaged.clone()),
        ))
    } else {
        Box::new(reader)
    };
    Ok(Records::new(stream, cap))
}

/// Reads every record of the archive, calling `each` on it; what was
/// skipped, and how many gzip members were damaged.
fn pass(
    path: &Path,
    cap: usize,
    progress: &WarcProgress,
    mut each: impl FnMut(Record),
) -> Result<(RecordCounts, u64)> {
    let damaged = Arc::new(AtomicU64::new(0));
    let mut records = open(path, cap, progress, &damaged)?;
    loop {
        match records.next_record() {
            Ok(Some(r)) => each(r),
            Ok(None) => {
                let counts = std::mem::take(&mut records.counts);
                return Ok((counts, damaged.load(Ordering::Relaxed)));
            }
            Err(e) => {
                return Err(Error::Archive {
                    path: path.to_path_buf(),
                    reason: format!("read failed after {} records: {e}", records.counts.records),
                })
            }
        }
    }
}

/// The response URL of a record, when it is an http(s) `response`.
fn response_url(r: &Record) -> Option<Url> {
    if !r.header("WARC-Type")?.eq_ignore_ascii_case("response") {
        return None;
    }
    let uri = r.header("WARC-Target-URI")?.trim_matches(['<', '>']);
    let mut url = Url::parse(uri).ok()?;
    url.set_fragment(None);
    matches!(url.scheme(), "http" | "https").then_some(url)
}

/// A site's chosen records: page ordinals (root first), then others.
#[derive(Debug, Default)]
struct Plan {
    pages: Vec<u64>,
    others: Vec<u64>,
    bytes: u64,
    /// Records not taken: the site's budget was spent.
    over_budget: u64,
}

impl Plan {
    /// Takes `e` if it fits the site's budget.
    fn take(&mut self, e: &Entry, budget: u64, page: bool) {
        if self.bytes + e.size > budget {
            self.over_budget += 1;
            return;
        }
        self.bytes += e.size;
        if page {
            self.pages.push(e.ordinal);
        } else {
            self.others.push(e.ordinal);
        }
    }
}

fn plan_site(entries: &[Entry], config: &WarcConfig) -> Plan {
    let mut seen = HashSet::new();
    let mut pages: Vec<&Entry> = Vec::new();
    for e in entries.iter().filter(|e| e.kind == Kind::Page) {
        if (200..300).contains(&e.status) && seen.insert(e.url.as_str()) {
            pages.push(e);
        }
    }
    let root_rank = |e: &Entry| {
        let u = Url::parse(&e.url).ok();
        let path = u.as_ref().map_or("", |u| u.path());
        let query = u.as_ref().and_then(|u| u.query()).is_some();
        match (path, query) {
            ("/", false) => 0,
            ("/index.html" | "/index.htm" | "/index.php", false) => 1,
            _ => 2 + path.len(),
        }
    };
    if let Some(i) = (0..pages.len()).min_by_key(|&i| (root_rank(pages[i]), i)) {
        let root = pages.remove(i);
        pages.insert(0, root);
    }
    let urls: Vec<String> = pages.iter().map(|e| e.url.clone()).collect();
    let budget = config.max_site_bytes as u64;
    let mut plan = Plan::default();
    let mut chosen = choose_pages(&urls, config.max_pages);
    // The pages the root sends a browser to, one after the other, are kept
    // whatever the chooser picked: the last one is the page a browser shows.
    let mut at = 0;
    let mut chain: Vec<usize> = Vec::new();
    for _ in 0..super::follow::MAX_BROWSER_REDIRECTS {
        let Some(key) = pages.get(at).and_then(|e| e.redirect.as_deref()) else {
            break;
        };
        let Some(next) = (0..pages.len())
            .find(|&i| Url::parse(&pages[i].url).is_ok_and(|u| super::choose::page_key(&u) == key))
        else {
            break;
        };
        if next == at || chosen[..1.min(chosen.len())].contains(&next) {
            break;
        }
        if !chosen.contains(&next) {
            if chosen.len() >= config.max_pages.max(1) {
                // Room is made by the last page chosen for its shape.
                if let Some(last) = (1..chosen.len())
                    .rev()
                    .find(|&j| !chain.contains(&chosen[j]))
                {
                    chosen.remove(last);
                } else {
                    break;
                }
            }
            chosen.insert(1.min(chosen.len()), next);
        }
        chain.push(next);
        at = next;
    }
    for i in chosen {
        plan.take(pages[i], budget, true);
    }
    let mut assets = 0;
    let mut images: Vec<&Entry> = Vec::new();
    for e in entries {
        if !(200..300).contains(&e.status) {
            continue;
        }
        match e.kind {
            Kind::Stylesheet | Kind::Script if assets < config.max_assets * 4 => {
                assets += 1;
                plan.take(e, budget, false);
            }
            Kind::Image if e.size <= MAX_IMAGE_BYTES => images.push(e),
            _ => {}
        }
    }
    // Icon-like names first, then archive order.
    images.sort_by_key(|e| {
        let lower = e.url.to_ascii_lowercase();
        (
            !(lower.contains("icon") || lower.ends_with(".ico")),
            e.ordinal,
        )
    });
    for e in images.into_iter().take(MAX_IMAGES) {
        plan.take(e, budget, false);
    }
    plan
}

/// Reads the archive at `path` and calls `each` with every site's
/// snapshot, in host order. Snapshots are built in parallel on the
/// caller's rayon pool; `each` runs on the calling thread.
///
/// # Errors
/// [`Error::Io`] when the file cannot be opened, [`Error::Archive`] when it
/// holds no WARC record at all or a read fails midway (sites already handed
/// to `each` stay handed), [`Error::Config`] for zero bounds.
///
/// ```
/// use clone_detect::acquire::warc::{read_warc, WarcConfig};
///
/// let dir = tempfile::tempdir()?;
/// let path = dir.path().join("one.warc");
/// let http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><title>Hi</title><p>hello</p></html>";
/// let mut warc = format!(
///     "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/\r\nContent-Length: {}\r\n\r\n",
///     http.len()
/// ).into_bytes();
/// warc.extend_from_slice(http);
/// warc.extend_from_slice(b"\r\n\r\n");
/// std::fs::write(&path, warc)?;
///
/// let mut sites = Vec::new();
/// let stats = read_warc(&path, &WarcConfig::default(), |s| sites.push(s))?;
/// assert_eq!(stats.sites, 1);
/// assert_eq!(sites[0].pages[0].url, "http://example.org/");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read_warc(
    path: &Path,
    config: &WarcConfig,
    each: impl FnMut(SiteSnapshot),
) -> Result<WarcStats> {
    read_warc_with_progress(path, config, &WarcProgress::new(), each)
}

/// [`read_warc`], counting the bytes read in `progress`.
///
/// # Errors
/// As [`read_warc`].
pub fn read_warc_with_progress(
    path: &Path,
    config: &WarcConfig,
    progress: &WarcProgress,
    mut each: impl FnMut(SiteSnapshot),
) -> Result<WarcStats> {
    if config.max_pages == 0
        || config.max_record_bytes == 0
        || config.max_site_bytes == 0
        || config.batch_bytes == 0
    {
        return Err(Error::Config(
            "max_pages, max_record_bytes, max_site_bytes and batch_bytes must be positive".into(),
        ));
    }
    let cap = config.max_record_bytes;
    let mut stats = WarcStats::default();
    let size = std::fs::metadata(path)
        .map_err(|e| Error::io(path, e))?
        .len();
    progress.0 .1.store(size, Ordering::Relaxed);
    // 1. Index.
    let mut by_host: BTreeMap<String, Vec<Entry>> = BTreeMap::new();
    let mut http_skips = RecordCounts::default();
    let (counts, damaged) = pass(path, cap, progress, |r| {
        let Some(url) = response_url(&r) else { return };
        let head = match http::parse_head(&r.block) {
            Ok(head) => head,
            Err(http::HttpError::Skip(reason)) => return http_skips.skip(reason),
            Err(http::HttpError::NotHttp) => return,
        };
        stats.responses += 1;
        let media = head
            .headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("Content-Type"))
            .map(|(_, v)| {
                v.split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase()
            });
        let Some(kind) = kind_of(&url, media.as_deref()) else {
            return;
        };
        // What holding it will cost, decoded; a body over a limit (a
        // decompression bomb) is skipped here, before any plan counts it.
        let size = if (200..300).contains(&head.status) {
            match http::decoded_len(&r.block, &head, cap) {
                Ok(n) => n,
                Err(reason) => return http_skips.skip(reason),
            }
        } else {
            r.block.len() - head.len
        };
        // A small page that sends browsers elsewhere: where to, so that
        // the plan keeps that page too (it becomes the root).
        let redirect = (kind == Kind::Page
            && (200..300).contains(&head.status)
            && size <= MAX_REDIRECT_STUB_BYTES)
            .then(|| http::parse(&r.block, cap).ok())
            .flatten()
            .and_then(|response| super::follow::browser_redirect(&response.body, &url))
            .map(|(target, _)| super::choose::page_key(&target));
        let host = config.group_by.site_of(url.host_str().unwrap_or(""));
        by_host.entry(host).or_default().push(Entry {
            ordinal: r.ordinal,
            url: url.to_string(),
            status: head.status,
            kind,
            size: size as u64,
            redirect,
        });
    })?;
    stats.passes = 1;
    stats.records = counts.records;
    stats.malformed = counts.malformed;
    stats.damaged_members = damaged;
    stats.skipped = counts.skipped;
    for (reason, n) in http_skips.skipped {
        *stats.skipped.entry(reason).or_default() += n;
    }
    if counts.records == 0 {
        return Err(Error::Archive {
            path: path.to_path_buf(),
            reason: format!(
                "no WARC record found ({} malformed stretches skipped)",
                counts.malformed
            ),
        });
    }
    let mut over_budget = 0;
    let plans: Vec<(String, Plan)> = by_host
        .into_iter()
        .map(|(host, entries)| {
            let plan = plan_site(&entries, config);
            over_budget += plan.over_budget;
            (host, plan)
        })
        .filter(|(_, p)| !p.pages.is_empty())
        .collect();
    if over_budget > 0 {
        *stats.skipped.entry(SkipReason::OverSiteBudget).or_default() += over_budget;
    }
    stats.oversized = stats.skipped.values().sum();
    stats.sites = plans.len() as u64;
    // Now the number of passes is known.
    let mut batches = 0u64;
    let mut bytes = 0u64;
    for (i, (_, p)) in plans.iter().enumerate() {
        if i == 0 || bytes + p.bytes > config.batch_bytes as u64 {
            batches += 1;
            bytes = 0;
        }
        bytes += p.bytes;
    }
    progress.0 .1.store(size * (1 + batches), Ordering::Relaxed);
    // 2. Collect, batch by batch.
    let mut start = 0;
    while start < plans.len() {
        let mut end = start;
        let mut bytes = 0u64;
        while end < plans.len()
            && (end == start || bytes + plans[end].1.bytes <= config.batch_bytes as u64)
        {
            bytes += plans[end].1.bytes;
            end += 1;
        }
        let batch = &plans[start..end];
        let wanted: HashSet<u64> = batch
            .iter()
            .flat_map(|(_, p)| p.pages.iter().chain(&p.others).copied())
            .collect();
        let mut held: Held = HashMap::new();
        pass(path, cap, progress, |r| {
            if wanted.contains(&r.ordinal) {
                if let (Some(url), Ok(resp)) = (response_url(&r), http::parse(&r.block, cap)) {
                    held.insert(r.ordinal, (url.to_string(), resp));
                }
            }
        })?;
        stats.passes += 1;
        // Each site takes its own records (moved, not copied).
        let owned: Vec<(&String, &Plan, Held)> = batch
            .iter()
            .map(|(host, plan)| {
                let mine = plan
                    .pages
                    .iter()
                    .chain(&plan.others)
                    .filter_map(|o| held.remove_entry(o))
                    .collect();
                (host, plan, mine)
            })
            .collect();
        drop(held);
        let snapshots: Vec<SiteSnapshot> = owned
            .into_par_iter()
            .map(|(host, plan, mine)| build(path, host, plan, mine, config))
            .collect();
        for s in snapshots {
            each(s);
        }
        start = end;
    }
    Ok(stats)
}

/// Makes the page the root page sends a browser to at once (meta refresh,
/// location script: [`super::follow`]) the root, when the archive holds it
/// among the kept pages; records the hops in `redirects`.
fn follow_root_redirects(snapshot: &mut SiteSnapshot) {
    let mut chain: Vec<String> = Vec::new();
    for _ in 0..super::follow::MAX_BROWSER_REDIRECTS {
        let Some(root) = snapshot.pages.first() else {
            return;
        };
        let Some((target, how)) = Url::parse(&root.url)
            .ok()
            .and_then(|u| super::follow::browser_redirect(&root.body, &u))
        else {
            break;
        };
        let key = super::choose::page_key(&target);
        let found = snapshot
            .pages
            .iter()
            .position(|p| Url::parse(&p.url).is_ok_and(|u| super::choose::page_key(&u) == key));
        let Some(i) = found.filter(|_| !chain.contains(&key)) else {
            snapshot.warnings.push(format!(
                "{} sends browsers to {target} ({}), which is not among the kept pages of the archive",
                root.url,
                how.as_str()
            ));
            break;
        };
        if chain.is_empty() {
            chain.push(root.url.clone());
        }
        chain.push(snapshot.pages[i].url.clone());
        // The page that only sent the browser on is no page of the site.
        let target_page = snapshot.pages.remove(i);
        snapshot.pages[0] = target_page;
    }
    if chain.len() > 1 {
        snapshot.redirects = chain;
    }
}

/// The snapshot of one site from its held records.
fn build(
    path: &Path,
    host: &str,
    plan: &Plan,
    mut held: Held,
    config: &WarcConfig,
) -> SiteSnapshot {
    let mut snapshot = SiteSnapshot {
        source: format!("{}#{host}", path.display()),
        ..SiteSnapshot::default()
    };
    if plan.over_budget > 0 {
        snapshot.warnings.push(format!(
            "{} records of this site were not kept: its budget of {} bytes is spent",
            plan.over_budget, config.max_site_bytes
        ));
    }
    for o in &plan.pages {
        if let Some((url, r)) = held.remove(o) {
            snapshot.pages.push(Page {
                url,
                status: r.status,
                headers: r.headers,
                body: r.body,
            });
        }
    }
    follow_root_redirects(&mut snapshot);
    snapshot.final_url = snapshot.pages.first().map(|p| p.url.clone());
    // Other responses by URL (the first one of each URL).
    let mut by_url: HashMap<&str, &http::Response> = HashMap::new();
    for o in &plan.others {
        if let Some((url, r)) = held.get(o) {
            by_url.entry(url.as_str()).or_insert(r);
        }
    }
    // A link the archive does not hold is looked up without its query: pages
    // add cache-busting versions (`doctools.js?v=9a2d`) that archives
    // written from files, or servers that ignore the query, do not keep.
    let lookup = |u: &Url| -> Option<&http::Response> {
        by_url.get(u.as_str()).copied().or_else(|| {
            u.query()?;
            let mut bare = u.clone();
            bare.set_query(None);
            by_url.get(bare.as_str()).copied()
        })
    };
    let links::SiteLinks {
        icons,
        assets,
        capped,
    } = links::site_links(&snapshot.pages);
    for page in capped {
        snapshot.warnings.push(format!(
            "{page} links to more than the limits allow; the rest was ignored"
        ));
    }
    snapshot.favicon = super::favicon::find(
        &icons,
        |candidate| {
            lookup(candidate)
                .filter(|r| (200..300).contains(&r.status))
                .map(|r| (candidate.to_string(), r.body.clone()))
        },
        &mut snapshot.warnings,
    );
    let mut missing = 0;
    for (url, kind) in assets {
        if snapshot.assets.len() >= config.max_assets {
            break;
        }
        match lookup(&url) {
            Some(r) => snapshot.assets.push(Asset {
                url: url.to_string(),
                kind,
                content: AssetContent::Bytes(r.body.clone()),
            }),
            None => missing += 1,
        }
    }
    if missing > 0 {
        snapshot.warnings.push(format!(
            "{missing} linked scripts or stylesheets are not in the archive"
        ));
    }
    snapshot
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_site_cannot_plan_more_than_its_budget() {
        // 30 pages and 270 scripts of 16 MiB each would be 4.7 GiB.
        let entries: Vec<Entry> = (0..300u64)
            .map(|i| Entry {
                ordinal: i,
                url: format!("http://s.test/{i}.{}", if i < 30 { "html" } else { "js" }),
                status: 200,
                kind: if i < 30 { Kind::Page } else { Kind::Script },
                size: 16 << 20,
                redirect: None,
            })
            .collect();
        let config = WarcConfig::default();
        let plan = plan_site(&entries, &config);
        assert!(plan.bytes <= config.max_site_bytes as u64);
        assert_eq!(plan.pages.len(), 4);
        assert!(plan.others.is_empty());
        assert_eq!(plan.over_budget, 16 + 256);
    }
}
