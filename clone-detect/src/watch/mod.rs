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
//! `LiveAcquirer` does both with the crawler and one browser. The time is
//! read from a [`Clock`] ([`Watcher::with_clock`]): the system's, or one a
//! test moves by hand.
//!
//! # The data flow, file by file
//!
//! ```text
//!   input lines         unfinished          hosts a match        results grown old
//!   (input.rs: a file,  candidates of the   redirected to        (the sweep, while
//!   followed, or any    last run (resume)   (check.rs)           the input is open)
//!   reader)
//!        |                   |                    |                     |
//!        +-------------------+--------------------+---------------------+
//!        |
//!        v
//!   intake.rs    normalise; skip fresh results and duplicates; accept in
//!                candidates.jsonl; the name pre-filter (prefilter.rs, names.rs)
//!        |
//!        v
//!   scheduler.rs the queue (queue.rs): picked candidates first, one request
//!                per registrable domain at a time, the host delay on the
//!                clock (clock.rs); workers take tasks until stop or the end
//!        |
//!        +---------------------------------+
//!        v                                 v
//!   check.rs  a probe:                check.rs  a check:
//!   Acquirer::probe, the favicon      attempts.jsonl, Acquirer::acquire,
//!   and title pre-filter;             fingerprint, the matcher, the
//!   back to the queue (or skipped)    redirect, root and name-list rules
//!                                     (policy.rs)
//!        |                                 |
//!        +---------------+-----------------+
//!                        v   a CheckRecord (records.rs)
//!   sink.rs      results.jsonl (state.rs), then the outputs rebuilt with
//!                people's decisions (outputs.rs, decisions.rs): domains.txt,
//!                hosts.txt, blocklist.rpz, confirmed.jsonl, review.jsonl;
//!                then the store's lineage (and a known site), re-indexed
//!        |
//!        v
//!   Event::Checked to the caller; Summary at the end (records.rs)
//! ```
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

mod check;
pub mod clock;
mod config;
pub mod decisions;
pub mod input;
mod intake;
#[cfg(all(feature = "crawl", feature = "screenshot"))]
pub mod live;
pub mod names;
pub mod outputs;
pub mod policy;
mod prefilter;
mod queue;
mod records;
mod scheduler;
mod sink;
pub mod state;

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

pub use crate::acquire::Acquired;
pub use crate::blocklist::normalize_domain;
use crate::provenance::Provenance;
use crate::store::KnownStore;
use crate::verdict::FusedModel;
use crate::{Error, Fingerprinter, Result, SiteSnapshot};
use check::Known;
use clock::{Clock, SystemClock};
pub use config::{WatchConfig, QUARANTINE_AFTER};
use outputs::History;
pub use records::{CheckRecord, Event, Outcome, Summary, Timings, QUARANTINED};
use scheduler::Scheduler;
use sink::Sink;
use state::WatchState;

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
    /// The `User-Agent` pages are requested with, for the request records
    /// of evidence captures, when known.
    fn user_agent(&self) -> Option<&str> {
        None
    }
}

/// A watch over one state folder and one store.
#[derive(Debug)]
pub struct Watcher {
    config: WatchConfig,
    fingerprinter: Fingerprinter,
    model: FusedModel,
    clock: Arc<dyn Clock>,
    sink: Mutex<Sink>,
    known: RwLock<Arc<Known>>,
    provenance: Provenance,
    evidence: Option<PathBuf>,
}

impl Watcher {
    /// Opens the state folder (taking its lock), brings the outputs and
    /// the store's lineage up to date with the recorded results, and
    /// indexes the known sites. The watch reads the system clock; see
    /// [`with_clock`](Self::with_clock).
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
            provenance: Provenance::of(&model),
            evidence: None,
            model,
            clock: Arc::new(SystemClock),
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

    /// Reads the time from `clock` from now on: the pauses between requests
    /// to a host, the age of results, the time stamps and timings of
    /// checks. (Opening reads no time.)
    ///
    /// ```
    /// # use std::sync::Arc;
    /// # use clone_detect::store::{KnownStore, NewKnownSite};
    /// # use clone_detect::verdict::FusedModel;
    /// # use clone_detect::{Fingerprinter, FingerprintConfig, SiteSnapshot};
    /// use clone_detect::watch::clock::ManualClock;
    /// use clone_detect::watch::{WatchConfig, Watcher};
    /// # let dir = tempfile::tempdir().unwrap();
    /// # let fingerprinter = Fingerprinter::new(FingerprintConfig::default())?;
    /// # let mut store = KnownStore::open(dir.path().join("known.cdstore"))?;
    /// # store.add(NewKnownSite::new("a site", fingerprinter.fingerprint(
    /// #     &SiteSnapshot::single_page("index.html", b"<title>A site</title>".to_vec()))))?;
    ///
    /// let clock = Arc::new(ManualClock::default());
    /// let watcher = Watcher::open(&dir.path().join("state"), store, FusedModel::shipped(),
    ///     fingerprinter, WatchConfig::default())?
    ///     .with_clock(clock.clone());
    /// // ... a run; then a week passes for it, and results grow old:
    /// clock.advance(std::time::Duration::from_secs(7 * 24 * 3600));
    /// # Ok::<(), clone_detect::Error>(())
    /// ```
    #[must_use]
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// Keeps an evidence capture ([`crate::evidence`]) of every confirmed
    /// and review result in a folder of its own under `dir`; the record
    /// names it ([`CheckRecord::evidence`]).
    #[must_use]
    pub fn with_evidence(mut self, dir: PathBuf) -> Self {
        self.evidence = Some(dir);
        self
    }

    fn lock_sink(&self) -> MutexGuard<'_, Sink> {
        self.sink.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn known(&self) -> Arc<Known> {
        self.known.read().unwrap_or_else(|e| e.into_inner()).clone()
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
        let scheduler = Scheduler::new(&self.config, &*self.clock, stop);
        self.resume(&scheduler, on_event)?;
        std::thread::scope(|scope| {
            for _ in 0..self.config.workers {
                scope.spawn(|| self.work_until_done(&scheduler, acquirer, on_event));
            }
            // This thread reads the input.
            if let Err(e) = self.read_input(lines, &scheduler, on_event) {
                scheduler.fail(e);
            }
            scheduler.close();
        });
        scheduler.into_summary()
    }
}
