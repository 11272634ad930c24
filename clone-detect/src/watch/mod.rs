//! Watching new domains: candidates in, checked verdicts out, and a
//! blocklist of confirmed reincarnations kept up to date.
//!
//! A [`Watcher`] reads candidate domains or URLs (a file that may keep
//! growing, or any reader), normalises them ([`normalize_domain`]), and
//! checks each against the known-site store with a few workers at once,
//! never two at a time on one registrable domain and with a pause between
//! requests to it. Every result goes to the state folder ([`state`]) before
//! anything else, so a killed watch resumes where it stopped, records no
//! candidate twice and loses no result (a check the kill interrupted left
//! no result and is done again); a candidate seen again is checked again
//! only once its result is older than the re-check interval.
//!
//! Cheap pre-filters order the work (they never decide a verdict): a
//! candidate whose name resembles a known site's domain ([`names`]), or
//! whose home page has a known favicon hash or title (a one-page probe), is
//! checked before the others; with [`WatchConfig::only_prefiltered`] the
//! others are not crawled at all.
//!
//! Results at or above [`WatchConfig::min_score`] are confirmed: their
//! domains go to the blocklist ([`crate::blocklist`]: domain list, hosts
//! file, RPZ zone), their records to `confirmed.jsonl`, and the store's
//! lineage of the matched site records them (with their fingerprint added as
//! a known site when [`WatchConfig::add_confirmed`] is set). Results between
//! [`WatchConfig::review_score`] and the bar go to `review.jsonl` instead.
//!
//! How sites are fetched is the caller's: an [`Acquirer`] crawls (and takes
//! screenshots); with the `crawl` and `screenshot` features, `live`'s
//! `LiveAcquirer` does both with the crawler and one browser.
//!
//! ```
//! use std::sync::atomic::AtomicBool;
//! use std::time::Duration;
//! use clone_detect::store::{KnownStore, NewKnownSite};
//! use clone_detect::verdict::FusedModel;
//! use clone_detect::watch::{input::Lines, Acquired, Acquirer, Outcome, WatchConfig, Watcher};
//! use clone_detect::{Fingerprinter, FingerprintConfig, Result, SiteSnapshot};
//!
//! const PAGE: &[u8] = b"<html><head><title>Seized Market</title></head><body>\
//!     <nav class='menu'><a href='/a'>Shop</a></nav><p>Pay to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq</p>\
//!     <script>gtag('config', 'G-ABCDE12345');</script></body></html>";
//!
//! /// Serves the same page under every name, instead of crawling.
//! struct Mirror;
//! impl Acquirer for Mirror {
//!     fn probe(&self, url: &str) -> Result<SiteSnapshot> {
//!         Ok(SiteSnapshot::single_page(url, PAGE.to_vec()))
//!     }
//!     fn acquire(&self, url: &str) -> Result<Acquired> {
//!         Ok(Acquired::new(SiteSnapshot::single_page(url, PAGE.to_vec())))
//!     }
//! }
//!
//! let dir = tempfile::tempdir().unwrap();
//! let fingerprinter = Fingerprinter::new(FingerprintConfig::default())?;
//! let mut store = KnownStore::open(dir.path().join("known.cdstore"))?;
//! store.add(NewKnownSite::new("seized market",
//!     fingerprinter.fingerprint(&SiteSnapshot::single_page("index.html", PAGE.to_vec()))))?;
//!
//! let config = WatchConfig { host_delay: Duration::ZERO, ..WatchConfig::default() };
//! let watcher = Watcher::open(&dir.path().join("state"), store, FusedModel::shipped(),
//!     fingerprinter, config)?;
//! let mut lines = Lines::new(&b"https://Market-Two.example./\n"[..], "-".as_ref(), None);
//! let summary = watcher.run(&mut lines, &Mirror, &AtomicBool::new(false), &|_| {})?;
//! assert_eq!(summary.confirmed, 1);
//! let blocked = std::fs::read_to_string(dir.path().join("state/domains.txt")).unwrap();
//! assert_eq!(blocked.trim(), "market-two.example");
//! # Ok::<(), clone_detect::Error>(())
//! ```

pub mod decisions;
pub mod input;
#[cfg(all(feature = "crawl", feature = "screenshot"))]
pub mod live;
pub mod names;
pub mod outputs;
pub mod policy;
mod queue;
pub mod state;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, RwLock};
use std::time::{Duration, Instant, SystemTime};

use serde::{Deserialize, Serialize};

pub use crate::acquire::Acquired;
pub use crate::blocklist::normalize_domain;
use crate::store::{KnownStore, NewKnownSite, NewReincarnation};
use crate::verdict::{FusedModel, KnownRef, Matcher, Verdict};
use crate::{Error, Fingerprinter, Result, SiteFingerprint, SiteSnapshot};
use names::KnownNames;
use outputs::History;
use policy::{Lists, Rule};
use queue::{Queue, Task};
use state::{Candidate, WatchState};

/// How often a watch that follows its input looks for results grown old.
const SWEEP_EVERY: Duration = Duration::from_secs(60);

/// The default of [`WatchConfig::quarantine_after`].
pub const QUARANTINE_AFTER: u32 = 2;

/// How the error of a quarantined candidate's record starts.
pub const QUARANTINED: &str = "quarantined";

/// How a watch works.
#[derive(Clone, Debug, PartialEq)]
pub struct WatchConfig {
    /// Candidates checked at once. Default 4.
    pub workers: usize,
    /// Pause between two requests (a probe or a crawl) to one registrable
    /// domain; two are never in flight at once. Default 1 s.
    pub host_delay: Duration,
    /// A candidate seen again is checked again once its result is older
    /// than this. Default 7 days.
    pub recheck_after: Duration,
    /// The same for a candidate that could not be fetched or checked (a
    /// domain often appears in a feed before its site is up). Default 1 h.
    pub retry_unreachable_after: Duration,
    /// The score from which a match is confirmed and blocked. Default: the
    /// model's threshold.
    pub min_score: Option<f64>,
    /// The score from which a match below `min_score` goes to review.
    /// Default: none.
    pub review_score: Option<f64>,
    /// Check first the candidates whose name resembles a known domain.
    /// Default true.
    pub name_prefilter: bool,
    /// Probe each candidate's home page (one page and its favicon) and
    /// check first those with a known favicon hash or title. Default true.
    pub probe: bool,
    /// Crawl only candidates that a pre-filter picked; record the others
    /// as skipped. Default false.
    pub only_prefiltered: bool,
    /// Record confirmed reincarnations in the store's lineage. Default true.
    pub lineage: bool,
    /// Also add each confirmed reincarnation's fingerprint to the store as
    /// a known site of that lineage, so the next mirror is matched against
    /// the newest look too. Default false.
    pub add_confirmed: bool,
    /// The name the RPZ zone is loaded under in the resolver: owner names
    /// are checked against DNS limits with it. Default
    /// [`DEFAULT_ORIGIN`](crate::blocklist::DEFAULT_ORIGIN).
    pub rpz_origin: String,
    /// Checks of one candidate that the process may die in (a crash, a
    /// hang ended by a kill) before the candidate is recorded as failed
    /// (quarantined) instead of being tried again: a site that crashes the
    /// tool must not keep it down. A kill from outside looks the same, and
    /// so do checks that were in flight beside the one that crashed. 0:
    /// never. Default [`QUARANTINE_AFTER`] (2).
    pub quarantine_after: u32,
}

impl Default for WatchConfig {
    fn default() -> Self {
        Self {
            workers: 4,
            host_delay: Duration::from_secs(1),
            recheck_after: Duration::from_secs(7 * 24 * 3600),
            retry_unreachable_after: Duration::from_secs(3600),
            min_score: None,
            review_score: None,
            name_prefilter: true,
            probe: true,
            only_prefiltered: false,
            lineage: true,
            add_confirmed: false,
            rpz_origin: crate::blocklist::DEFAULT_ORIGIN.to_string(),
            quarantine_after: QUARANTINE_AFTER,
        }
    }
}

impl WatchConfig {
    /// Checks the values.
    ///
    /// # Errors
    /// [`Error::Config`] naming the value out of range.
    pub fn validate(&self) -> Result<()> {
        if self.workers == 0 {
            return Err(Error::Config("workers must be at least 1".into()));
        }
        for s in [self.min_score, self.review_score].into_iter().flatten() {
            if !(0.0..=1.0).contains(&s) {
                return Err(Error::Config(format!("score {s} is not in [0, 1]")));
            }
        }
        if let (Some(min), Some(review)) = (self.min_score, self.review_score) {
            if review > min {
                return Err(Error::Config(format!(
                    "the review score {review} is above the blocking score {min}"
                )));
            }
        }
        let origin = self.rpz_origin.trim_end_matches('.');
        if crate::blocklist::normalize_domain(origin).ok().as_deref() != Some(origin)
            || !policy::fits("x", origin)
        {
            return Err(Error::Config(format!(
                "{:?} is not a zone origin (a lower-case host name)",
                self.rpz_origin
            )));
        }
        if self.add_confirmed && !self.lineage {
            return Err(Error::Config(
                "adding confirmed reincarnations needs the lineage".into(),
            ));
        }
        Ok(())
    }
}

/// Fetches candidate sites. Called from several threads at once.
pub trait Acquirer: Sync {
    /// The home page and its favicon only, for the pre-filters.
    ///
    /// # Errors
    /// Any; the candidate is then recorded as unreachable.
    fn probe(&self, url: &str) -> Result<SiteSnapshot>;
    /// The whole site, as [`crate::acquire`] reads it.
    ///
    /// # Errors
    /// Any; the candidate is then recorded as unreachable
    /// ([`Error::Crawl`]) or failed.
    fn acquire(&self, url: &str) -> Result<Acquired>;
}

/// What a check found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Scored at or above the blocking bar: blocked.
    Reincarnation,
    /// Scored in the review band.
    Review,
    /// Scored below every bar.
    Unrelated,
    /// The site could not be fetched.
    Unreachable,
    /// Fetched, but could not be checked.
    Failed,
    /// Not crawled: no pre-filter picked it (with
    /// [`WatchConfig::only_prefiltered`]).
    Skipped,
}

/// Milliseconds spent per step of one check.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timings {
    /// The pre-filter probe.
    pub probe_ms: u64,
    /// The crawl.
    pub crawl_ms: u64,
    /// The screenshot.
    pub screenshot_ms: u64,
    /// Fingerprinting and matching.
    pub check_ms: u64,
}

/// One finished check, as `results.jsonl`, `confirmed.jsonl` and
/// `review.jsonl` hold it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckRecord {
    /// The normalised domain.
    pub domain: String,
    /// The URL crawled.
    pub url: String,
    /// When the check finished, RFC 3339 UTC.
    pub checked_at: String,
    /// The same, in seconds since 1970.
    pub checked_at_unix: u64,
    /// What it found.
    pub outcome: Outcome,
    /// The best known site's fused score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// The blocking bar used.
    pub min_score: f64,
    /// The review bar used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_score: Option<f64>,
    /// The matched known site, for a reincarnation or a review.
    #[serde(rename = "match", default, skip_serializing_if = "Option::is_none")]
    pub matched: Option<KnownRef>,
    /// The first site of the matched site's lineage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lineage_of: Option<u64>,
    /// The pre-filters that picked it (`name:…`, `favicon`, `title`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prefilter: Vec<String>,
    /// The verdict with its evidence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    /// Why it could not be fetched or checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Why a match is in review rather than blocked (a redirect to another
    /// site, a public suffix, a shared platform, a name the zone cannot
    /// hold); in `confirmed.jsonl`, what caused the block.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// In `confirmed.jsonl`: the names written to the blocklist.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blocked_as: Vec<String>,
    /// Where the fetch ended, when redirects led elsewhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_url: Option<String>,
    /// The redirect chain followed, start first, when there was one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub redirects: Vec<String>,
    /// The fingerprint of a confirmed reincarnation (so that adding it to
    /// the store can be replayed after a kill).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<Box<SiteFingerprint>>,
    /// Where the time went.
    pub timings: Timings,
}

/// What a watch reports as it goes.
#[derive(Debug)]
pub enum Event<'a> {
    /// A candidate was queued.
    Queued(&'a Candidate),
    /// A line was not a usable candidate.
    Invalid {
        /// The line.
        line: &'a str,
        /// Why.
        reason: String,
    },
    /// A candidate checked recently was not checked again.
    Fresh(&'a str),
    /// A check finished (and is on disk).
    Checked(&'a CheckRecord),
}

/// Counts of one run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Lines read.
    pub lines: u64,
    /// Candidates queued (from the input, or resumed from the state).
    pub queued: u64,
    /// Lines that were no candidate.
    pub invalid: u64,
    /// Candidates not checked again because their result is recent.
    pub fresh: u64,
    /// Checks finished.
    pub checked: u64,
    /// Confirmed reincarnations.
    pub confirmed: u64,
    /// Results in the review band.
    pub review: u64,
    /// Unreachable or failed.
    pub failed: u64,
    /// Pre-filtered out.
    pub skipped: u64,
}

/// What the pre-filters compare with, and the matcher: rebuilt when a
/// confirmed reincarnation is added to the store.
#[derive(Debug)]
struct Known {
    matcher: Matcher,
    names: KnownNames,
    favicons: BTreeSet<i32>,
    titles: BTreeSet<String>,
}

impl Known {
    fn build(store: &KnownStore, model: &FusedModel) -> Result<Self> {
        let matcher = Matcher::from_store(store, model.clone())?;
        let mut names = KnownNames::default();
        // Which lineages (not sites: a lineage may hold several looks of one
        // site) carry each favicon hash and title.
        let mut favicon_lineages: BTreeMap<i32, BTreeSet<u64>> = BTreeMap::new();
        let mut title_lineages: BTreeMap<String, BTreeSet<u64>> = BTreeMap::new();
        let mut lineages = BTreeSet::new();
        for site in store.sites() {
            let lineage = store.root_of(site.id);
            lineages.insert(lineage);
            let fp = &site.fingerprint;
            for url in std::iter::once(&fp.source)
                .chain(fp.final_url.as_ref())
                .chain(fp.pages.iter().map(|p| &p.url))
            {
                if let Some(host) = url::Url::parse(url)
                    .ok()
                    .and_then(|u| u.host_str().map(str::to_string))
                {
                    names.add(&host);
                }
            }
            for r in store.lineage(site.id) {
                names.add(&r.domain);
            }
            if let Some(f) = &fp.favicon {
                if !f.uninformative && !fp.uninformative.iter().any(|u| u == "favicon") {
                    favicon_lineages.entry(f.mmh3).or_default().insert(lineage);
                }
            }
            if let Some(t) = fp.title.as_deref().map(title_key).filter(|t| t.len() >= 4) {
                title_lineages.entry(t).or_default().insert(lineage);
            }
        }
        // A value many known sites share (a framework's default favicon or
        // title) picks nothing out.
        let crowd = (lineages.len() / 10).max(2);
        let favicons = favicon_lineages
            .into_iter()
            .filter(|(_, l)| l.len() <= crowd)
            .map(|(v, _)| v)
            .collect();
        let titles = title_lineages
            .into_iter()
            .filter(|(_, l)| l.len() <= crowd)
            .map(|(v, _)| v)
            .collect();
        Ok(Self {
            matcher,
            names,
            favicons,
            titles,
        })
    }
}

fn title_key(title: &str) -> String {
    title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Everything written: state, outputs, store. One lock.
#[derive(Debug)]
struct Sink {
    state: WatchState,
    history: History,
    store: KnownStore,
}

/// A watch over one state folder and one store.
#[derive(Debug)]
pub struct Watcher {
    config: WatchConfig,
    fingerprinter: Fingerprinter,
    model: FusedModel,
    sink: Mutex<Sink>,
    known: RwLock<Arc<Known>>,
}

impl Watcher {
    /// Opens the state folder (taking its lock), brings the outputs and
    /// the store's lineage up to date with the recorded results, and
    /// indexes the known sites.
    ///
    /// # Errors
    /// [`Error::Config`] for a bad configuration or an empty store; the
    /// errors of [`WatchState::open`], of writing outputs and the store.
    pub fn open(
        state_dir: &Path,
        store: KnownStore,
        model: FusedModel,
        fingerprinter: Fingerprinter,
        config: WatchConfig,
    ) -> Result<Self> {
        config.validate()?;
        if store.is_empty() {
            return Err(Error::Config(format!(
                "the store {} holds no known site",
                store.path().display()
            )));
        }
        let state = WatchState::open(state_dir)?;
        let mut history = History::default();
        let (records, _) =
            state::read_records::<CheckRecord>(&state_dir.join(state::RESULTS_FILE))?;
        for record in &records {
            history.add(record);
        }
        let known = Known::build(&store, &model)?;
        let watcher = Self {
            config,
            fingerprinter,
            model,
            sink: Mutex::new(Sink {
                state,
                history,
                store,
            }),
            known: RwLock::new(Arc::new(known)),
        };
        watcher.catch_up()?;
        Ok(watcher)
    }

    /// Rebuilds the outputs from the results and decisions, and replays
    /// the lineage of every blocked domain (idempotent): what a kill
    /// interrupted is finished now.
    fn catch_up(&self) -> Result<()> {
        let mut sink = self.lock_sink();
        let outputs = sink
            .history
            .rebuild(sink.state.dir(), &self.config.rpz_origin)?;
        let mut rebuilt = false;
        for r in outputs.blocked.values() {
            // The fingerprint of a confirmed result is only in the state.
            let full = sink
                .state
                .results()
                .get(&r.domain)
                .filter(|l| l.checked_at == r.checked_at)
                .cloned();
            let record = full.unwrap_or_else(|| r.clone());
            rebuilt |= self.record_lineage(&mut sink.store, &record)?;
        }
        if rebuilt {
            let known = Known::build(&sink.store, &self.model)?;
            *self.known.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(known);
        }
        Ok(())
    }

    fn lock_sink(&self) -> std::sync::MutexGuard<'_, Sink> {
        self.sink.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Lines of the state folder's files that were damaged and skipped
    /// when it was opened.
    pub fn damaged_lines(&self) -> usize {
        self.lock_sink().state.damaged_lines()
    }

    /// The latest recorded result per domain (with the verdict for
    /// confirmed and review results; `results.jsonl` has every verdict).
    pub fn results(&self) -> BTreeMap<String, CheckRecord> {
        self.lock_sink().state.results().clone()
    }

    /// Reads candidates from `lines` until it ends (or `stop` is set),
    /// resumes the candidates a previous run accepted but did not finish,
    /// checks them all, and returns the counts. `on_event` hears of every
    /// candidate and result (from several threads).
    ///
    /// # Errors
    /// Reading the input or writing the state, outputs or store failed; the
    /// results recorded until then stay recorded.
    pub fn run<R: Read>(
        &self,
        lines: &mut input::Lines<R>,
        acquirer: &dyn Acquirer,
        stop: &AtomicBool,
        on_event: &(dyn Fn(&Event<'_>) + Sync),
    ) -> Result<Summary> {
        let queue = Mutex::new(Queue::new(self.config.host_delay));
        let wake = Condvar::new();
        let summary = Mutex::new(Summary::default());
        let failure: Mutex<Option<Error>> = Mutex::new(None);
        let halt = AtomicBool::new(false);
        // While the input stays open (a followed file), results that grow
        // old are queued again now and then, even if their candidate does
        // not come back.
        let sweep_every = SWEEP_EVERY.min(
            self.config
                .recheck_after
                .min(self.config.retry_unreachable_after)
                .max(Duration::from_secs(1)),
        );
        let last_sweep = Mutex::new(Instant::now());
        let lock_queue = || queue.lock().unwrap_or_else(|e| e.into_inner());
        let count =
            |f: &dyn Fn(&mut Summary)| f(&mut summary.lock().unwrap_or_else(|e| e.into_inner()));
        let fail = |e: Error| {
            failure
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .get_or_insert(e);
            halt.store(true, Ordering::Relaxed);
            wake.notify_all();
        };
        // Resume: accepted, not finished (or finished too long ago); a
        // candidate the process died in twice is recorded as failed.
        let mut quarantined = Vec::new();
        {
            let sink = self.lock_sink();
            let mut q = lock_queue();
            for c in sink.state.candidates() {
                if self.is_fresh(sink.state.results().get(&c.domain)) {
                    continue;
                }
                let tries = sink.state.unfinished_attempts(&c.domain);
                if self.config.quarantine_after > 0 && tries >= self.config.quarantine_after {
                    quarantined.push((c.clone(), tries));
                    continue;
                }
                q.push(self.prioritise(c.clone()));
                count(&|s| s.queued += 1);
                on_event(&Event::Queued(c));
            }
        }
        for (c, tries) in quarantined {
            let item = self.prioritise(c);
            let mut record = self.record_of(&item, Outcome::Failed, Timings::default());
            record.error = Some(format!(
                "{QUARANTINED}: the process stopped {tries} times while checking it (a crash or a hang)"
            ));
            self.finish(record, None, on_event)?;
            count(&|s| {
                s.checked += 1;
                s.failed += 1;
            });
        }
        std::thread::scope(|scope| {
            for _ in 0..self.config.workers {
                scope.spawn(|| loop {
                    let task = {
                        let mut q = lock_queue();
                        loop {
                            if halt.load(Ordering::Relaxed) || stop.load(Ordering::Relaxed) {
                                return;
                            }
                            let now = Instant::now();
                            if let Some(t) = q.take(now, self.config.probe) {
                                break t;
                            }
                            if q.finished() {
                                wake.notify_all();
                                return;
                            }
                            let sweep = !q.is_closed() && {
                                let mut last = last_sweep.lock().unwrap_or_else(|e| e.into_inner());
                                let due = now.duration_since(*last) >= sweep_every;
                                if due {
                                    *last = now;
                                }
                                due
                            };
                            if sweep {
                                drop(q);
                                let stale = self.stale(&queue);
                                q = lock_queue();
                                for c in stale {
                                    if !q.contains(&c.domain) {
                                        q.push(self.prioritise(c));
                                        count(&|s| s.queued += 1);
                                    }
                                }
                                continue;
                            }
                            let wait = q.next_ready(now).unwrap_or(Duration::from_millis(200));
                            q = wake
                                .wait_timeout(q, wait.min(Duration::from_millis(200)))
                                .unwrap_or_else(|e| e.into_inner())
                                .0;
                        }
                    };
                    let key = task.item().key.clone();
                    let domain = task.item().candidate.domain.clone();
                    let item = task.item().clone();
                    // A panic in one site's work is that site's failure: it
                    // is recorded and frees its lease.
                    let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        self.work(task, acquirer, &queue, on_event)
                    }))
                    .unwrap_or_else(|panic| {
                        let what = panic
                            .downcast_ref::<&str>()
                            .map(|s| (*s).to_string())
                            .or_else(|| panic.downcast_ref::<String>().cloned())
                            .unwrap_or_else(|| "a panic".into());
                        let mut record = self.record_of(&item, Outcome::Failed, Timings::default());
                        record.error = Some(format!("the check panicked: {what}"));
                        self.finish(record, None, on_event).map(Some)
                    });
                    {
                        let mut q = lock_queue();
                        q.release(&key, Instant::now());
                        if matches!(done, Ok(Some(_))) {
                            q.forget(&domain);
                        }
                    }
                    wake.notify_all();
                    match done {
                        Ok(Some(outcome)) => count(&|s| {
                            s.checked += 1;
                            match outcome {
                                Outcome::Reincarnation => s.confirmed += 1,
                                Outcome::Review => s.review += 1,
                                Outcome::Unreachable | Outcome::Failed => s.failed += 1,
                                Outcome::Skipped => s.skipped += 1,
                                Outcome::Unrelated => {}
                            }
                        }),
                        Ok(None) => {}
                        Err(e) => fail(e),
                    }
                });
            }
            // This thread reads the input.
            let read = (|| -> Result<()> {
                while let Some(line) = lines
                    .next_line(|| stop.load(Ordering::Relaxed) || halt.load(Ordering::Relaxed))?
                {
                    count(&|s| s.lines += 1);
                    let text = line.trim();
                    if text.is_empty() || text.starts_with('#') {
                        continue;
                    }
                    let domain = match normalize_domain(text) {
                        Ok(d) => d,
                        Err(e) => {
                            count(&|s| s.invalid += 1);
                            on_event(&Event::Invalid {
                                line: text,
                                reason: e.to_string(),
                            });
                            continue;
                        }
                    };
                    let url = if text.contains("://") {
                        text.to_string()
                    } else {
                        format!("http://{domain}/")
                    };
                    let candidate = Candidate { domain, url };
                    if lock_queue().contains(&candidate.domain) {
                        continue; // a duplicate of one waiting or in flight
                    }
                    {
                        let mut sink = self.lock_sink();
                        if self.is_fresh(sink.state.results().get(&candidate.domain)) {
                            drop(sink);
                            count(&|s| s.fresh += 1);
                            on_event(&Event::Fresh(&candidate.domain));
                            continue;
                        }
                        sink.state.accept(candidate.clone())?;
                    }
                    lock_queue().push(self.prioritise(candidate.clone()));
                    count(&|s| s.queued += 1);
                    on_event(&Event::Queued(&candidate));
                    wake.notify_all();
                }
                Ok(())
            })();
            if let Err(e) = read {
                fail(e);
            }
            lock_queue().close();
            wake.notify_all();
        });
        if let Some(e) = failure.into_inner().unwrap_or_else(|p| p.into_inner()) {
            return Err(e);
        }
        Ok(summary.into_inner().unwrap_or_else(|p| p.into_inner()))
    }

    /// Accepted candidates whose result has grown old, not queued now.
    fn stale(&self, queue: &Mutex<Queue>) -> Vec<Candidate> {
        let sink = self.lock_sink();
        let waiting: Vec<Candidate> = sink
            .state
            .candidates()
            .iter()
            .filter(|c| {
                sink.state
                    .results()
                    .get(&c.domain)
                    .is_some_and(|r| !self.is_fresh(Some(r)))
            })
            .cloned()
            .collect();
        drop(sink);
        let q = queue.lock().unwrap_or_else(|e| e.into_inner());
        waiting
            .into_iter()
            .filter(|c| !q.contains(&c.domain))
            .collect()
    }

    fn is_fresh(&self, result: Option<&CheckRecord>) -> bool {
        let now = unix_now();
        result.is_some_and(|r| {
            let quarantined = r
                .error
                .as_deref()
                .is_some_and(|e| e.starts_with(QUARANTINED));
            let interval = match r.outcome {
                // A site that took the process down is not tried again soon.
                Outcome::Failed if quarantined => self.config.recheck_after,
                Outcome::Unreachable | Outcome::Failed => self.config.retry_unreachable_after,
                _ => self.config.recheck_after,
            };
            now.saturating_sub(r.checked_at_unix) < interval.as_secs()
        })
    }

    /// A queue item for `candidate`, picked by the name pre-filter or not.
    fn prioritise(&self, candidate: Candidate) -> queue::Item {
        let mut item = queue::Item::new(candidate, self.config.probe);
        if self.config.name_prefilter {
            let known = self.known();
            if let Some(name) = known.names.resembles(&item.candidate.domain) {
                item.reasons.push(format!("name:{name}"));
                item.priority = 2;
                item.probed = true; // picked already: no need to probe
            }
        }
        item
    }

    fn known(&self) -> Arc<Known> {
        self.known.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// One task. `Ok(Some)` when a check was recorded, `Ok(None)` when the
    /// candidate went back to the queue after its probe.
    fn work(
        &self,
        task: Task,
        acquirer: &dyn Acquirer,
        queue: &Mutex<Queue>,
        on_event: &(dyn Fn(&Event<'_>) + Sync),
    ) -> Result<Option<Outcome>> {
        let mut timings = Timings::default();
        match task {
            Task::Probe(mut item) => {
                self.lock_sink().state.attempt(&item.candidate.domain)?;
                let started = Instant::now();
                let probed = acquirer.probe(&item.candidate.url);
                timings.probe_ms = millis(started.elapsed());
                item.probe_ms = timings.probe_ms;
                match probed {
                    Ok(snapshot) => {
                        let fp = self.fingerprinter.fingerprint(&snapshot);
                        let known = self.known();
                        if fp
                            .favicon
                            .as_ref()
                            .is_some_and(|f| !f.uninformative && known.favicons.contains(&f.mmh3))
                        {
                            item.reasons.push("favicon".into());
                        }
                        if fp
                            .title
                            .as_deref()
                            .is_some_and(|t| known.titles.contains(&title_key(t)))
                        {
                            item.reasons.push("title".into());
                        }
                        item.probed = true;
                        if !item.reasons.is_empty() {
                            item.priority = 1;
                        } else if self.config.only_prefiltered {
                            let record = self.record_of(&item, Outcome::Skipped, timings);
                            return self.finish(record, None, on_event).map(Some);
                        }
                        queue.lock().unwrap_or_else(|e| e.into_inner()).push(item);
                        Ok(None)
                    }
                    Err(e) => {
                        let mut record = self.record_of(&item, Outcome::Unreachable, timings);
                        record.error = Some(e.to_string());
                        self.finish(record, None, on_event).map(Some)
                    }
                }
            }
            Task::Check(item) => {
                timings.probe_ms = item.probe_ms;
                if self.config.only_prefiltered && item.reasons.is_empty() {
                    // Not picked (the name pre-filter alone, without probes).
                    let record = self.record_of(&item, Outcome::Skipped, timings);
                    return self.finish(record, None, on_event).map(Some);
                }
                self.lock_sink().state.attempt(&item.candidate.domain)?;
                let acquired = acquirer.acquire(&item.candidate.url);
                let acquired = match acquired {
                    Ok(a) => a,
                    Err(e) => {
                        let outcome = if matches!(e, Error::Crawl { .. }) {
                            Outcome::Unreachable
                        } else {
                            Outcome::Failed
                        };
                        let mut record = self.record_of(&item, outcome, timings);
                        record.error = Some(e.to_string());
                        return self.finish(record, None, on_event).map(Some);
                    }
                };
                timings.crawl_ms = millis(acquired.crawl);
                timings.screenshot_ms = millis(acquired.screenshot);
                let started = Instant::now();
                let fp = self.fingerprinter.fingerprint(&acquired.snapshot);
                self.refresh_store();
                let known = self.known();
                let verdict = known.matcher.check(&fp);
                timings.check_ms = millis(started.elapsed());
                let mut verdict = match verdict {
                    Ok(v) => v,
                    Err(e) => {
                        let mut record = self.record_of(&item, Outcome::Failed, timings);
                        record.error = Some(e.to_string());
                        return self.finish(record, None, on_event).map(Some);
                    }
                };
                verdict.source = item.candidate.domain.clone();
                let min = self.config.min_score.unwrap_or(verdict.threshold);
                let best = verdict.candidates.first().map(|c| KnownRef {
                    id: c.id,
                    label: c.label.clone(),
                });
                let outcome = if best.is_some() && verdict.score >= min {
                    Outcome::Reincarnation
                } else if best.is_some()
                    && self.config.review_score.is_some_and(|r| verdict.score >= r)
                {
                    Outcome::Review
                } else {
                    Outcome::Unrelated
                };
                let mut record = self.record_of(&item, outcome, timings);
                record.score = Some(verdict.score);
                record.min_score = min;
                let snapshot = &acquired.snapshot;
                record.redirects = snapshot.redirects.clone();
                let served = snapshot
                    .final_url
                    .clone()
                    .or_else(|| snapshot.pages.first().map(|p| p.url.clone()));
                let elsewhere = served
                    .as_deref()
                    .and_then(|u| self.served_elsewhere(&item, u));
                if elsewhere.is_some() {
                    record.final_url = served.clone();
                }
                if matches!(outcome, Outcome::Reincarnation | Outcome::Review) {
                    record.matched = best;
                    if let Some(host) = &elsewhere {
                        // Only the name that served the match may be
                        // blocked: this one goes to review, the host it
                        // led to is checked on its own.
                        record.outcome = Outcome::Review;
                        record.reason = Some(format!(
                            "the match was served by {host} after redirects ({})",
                            record.redirects.join(" -> ")
                        ));
                        // The host it led to, checked from its root.
                        if let Some(root) = served
                            .as_deref()
                            .and_then(|u| url::Url::parse(u).ok())
                            .and_then(|u| u.join("/").ok())
                        {
                            self.enqueue_redirect_target(host, root.as_str(), queue, on_event)?;
                        }
                    } else if !at_root(&item.candidate.url) {
                        // A copy placed at a path of someone else's host
                        // (a user folder, an archive) must not block the
                        // host: only its root speaks for it.
                        record.outcome = Outcome::Review;
                        record.reason = Some(format!(
                            "the match was found at {}, not at the root of {}",
                            item.candidate.url, item.candidate.domain
                        ));
                    } else if outcome == Outcome::Reincarnation {
                        match self.lists()?.rule(&record.domain, false) {
                            Rule::Review(reason) => {
                                record.outcome = Outcome::Review;
                                record.reason = Some(reason);
                            }
                            Rule::Allowed(why) => record.reason = Some(why),
                            Rule::Wildcard | Rule::Exact(_) => {}
                        }
                    }
                }
                record.verdict = Some(verdict);
                let fp = (record.outcome == Outcome::Reincarnation).then(|| Box::new(fp));
                self.finish(record, fp, on_event).map(Some)
            }
        }
    }

    /// Takes in what others added to or removed from the store since the
    /// last look (`known add`, `known remove`, `known repair` while the
    /// watch runs), and re-indexes when anything changed. A store that
    /// cannot be read now keeps what was read before (the next look tries
    /// again): a watch does not stop for it.
    fn refresh_store(&self) {
        let mut sink = self.lock_sink();
        if let Ok(true) = sink.store.refresh() {
            if let Ok(known) = Known::build(&sink.store, &self.model) {
                *self.known.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(known);
            }
        }
    }

    /// The name lists, read afresh (the user may have extended them).
    fn lists(&self) -> Result<Lists> {
        Lists::load(self.lock_sink().state.dir(), &self.config.rpz_origin)
    }

    /// The host that served `url`, when it is not the candidate (`www.`
    /// and the bare name count as one): a redirect to a neighbour on a
    /// shared registrable domain is elsewhere too.
    fn served_elsewhere(&self, item: &queue::Item, url: &str) -> Option<String> {
        let host = url::Url::parse(url).ok()?.host_str()?.to_string();
        let host = normalize_domain(&host).ok().unwrap_or(host);
        let bare = |h: &str| h.strip_prefix("www.").unwrap_or(h).to_string();
        (bare(&host) != bare(&item.candidate.domain)).then_some(host)
    }

    /// Accepts the host a candidate redirected to as a candidate of its
    /// own (once; a recent result is not redone).
    fn enqueue_redirect_target(
        &self,
        host: &str,
        url: &str,
        queue: &Mutex<Queue>,
        on_event: &(dyn Fn(&Event<'_>) + Sync),
    ) -> Result<()> {
        let Ok(domain) = normalize_domain(host) else {
            return Ok(());
        };
        let candidate = Candidate {
            domain,
            url: url.to_string(),
        };
        {
            let mut sink = self.lock_sink();
            if self.is_fresh(sink.state.results().get(&candidate.domain))
                || queue
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .contains(&candidate.domain)
            {
                return Ok(());
            }
            sink.state.accept(candidate.clone())?;
        }
        let item = self.prioritise(candidate.clone());
        queue.lock().unwrap_or_else(|e| e.into_inner()).push(item);
        on_event(&Event::Queued(&candidate));
        Ok(())
    }

    fn record_of(&self, item: &queue::Item, outcome: Outcome, timings: Timings) -> CheckRecord {
        let now = SystemTime::now();
        CheckRecord {
            domain: item.candidate.domain.clone(),
            url: item.candidate.url.clone(),
            checked_at: humantime::format_rfc3339_seconds(now).to_string(),
            checked_at_unix: unix_now(),
            outcome,
            score: None,
            min_score: self.config.min_score.unwrap_or(self.model.threshold),
            review_score: self.config.review_score,
            matched: None,
            lineage_of: None,
            prefilter: item.reasons.clone(),
            verdict: None,
            error: None,
            reason: None,
            blocked_as: Vec::new(),
            final_url: None,
            redirects: Vec::new(),
            fingerprint: None,
            timings,
        }
    }

    /// Records a result: the state first, then the outputs, then the
    /// lineage (the order that lets [`catch_up`](Self::catch_up) finish
    /// what a kill interrupted).
    fn finish(
        &self,
        mut record: CheckRecord,
        fingerprint: Option<Box<SiteFingerprint>>,
        on_event: &(dyn Fn(&Event<'_>) + Sync),
    ) -> Result<Outcome> {
        let outcome = record.outcome;
        let mut sink = self.lock_sink();
        if let Some(m) = &record.matched {
            record.lineage_of = Some(sink.store.root_of(m.id));
        }
        if self.config.add_confirmed {
            record.fingerprint = fingerprint;
        }
        sink.state.record(record.clone())?;
        // Only a result that can change the outputs rebuilds them.
        let mut blocked = false;
        if sink.history.add(&record) {
            let outputs = sink
                .history
                .rebuild(sink.state.dir(), &self.config.rpz_origin)?;
            blocked = outputs
                .blocked
                .get(&record.domain)
                .is_some_and(|b| b.checked_at == record.checked_at);
        }
        if blocked && self.record_lineage(&mut sink.store, &record)? {
            let known = Known::build(&sink.store, &self.model)?;
            *self.known.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(known);
        }
        drop(sink);
        on_event(&Event::Checked(&record));
        Ok(outcome)
    }

    /// Records a confirmed reincarnation in the lineage (and the store,
    /// when asked). Returns whether a known site was added.
    fn record_lineage(&self, store: &mut KnownStore, record: &CheckRecord) -> Result<bool> {
        if !self.config.lineage || record.outcome != Outcome::Reincarnation {
            return Ok(false);
        }
        let Some(matched) = &record.matched else {
            return Ok(false);
        };
        if store.get(matched.id).is_none() {
            return Ok(false); // removed from the store since
        }
        let site = match (&record.fingerprint, self.config.add_confirmed) {
            (Some(fp), true) => {
                let root = store.root_of(matched.id);
                let label = store
                    .get(root)
                    .map_or(matched.label.as_str(), |s| s.label.as_str());
                Some(NewKnownSite {
                    label: format!("{label} ({})", record.domain),
                    first_seen: Some(record.checked_at.clone()),
                    last_seen: None,
                    reincarnation_of: None,
                    fingerprint: (**fp).clone(),
                })
            }
            _ => None,
        };
        let recorded = store.record_reincarnation(
            NewReincarnation {
                matched: matched.id,
                domain: record.domain.clone(),
                first_seen: record.checked_at.clone(),
                score: record.score.unwrap_or(0.0),
            },
            site,
        )?;
        Ok(recorded.is_some_and(|r| r.site.is_some()))
    }
}

/// Whether `url` is a host's root (`/`, no query): what a bare name is
/// crawled from.
fn at_root(url: &str) -> bool {
    url::Url::parse(url).is_ok_and(|u| u.path() == "/" && u.query().is_none())
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}
