//! The watch pipeline of the library with corpus sites read from disk in
//! place of a crawler: pre-filters, the review band, re-checks, outputs
//! rebuilt from the results, and lineage. (The real crawler on loopback,
//! kill and restart are in `clone-detect-cli/tests/watch.rs`.) Time passes
//! on a [`ManualClock`], never by sleeping.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use clone_detect::acquire::{read_local_source, FolderConfig};
use clone_detect::store::{KnownStore, NewKnownSite};
use clone_detect::verdict::FusedModel;
use clone_detect::watch::clock::ManualClock;
use clone_detect::watch::input::Lines;
use clone_detect::watch::{Acquired, Acquirer, Event, Outcome, Summary, WatchConfig, Watcher};
use clone_detect::{Error, FingerprintConfig, Fingerprinter, Result, SiteSnapshot};

fn corpus_site(id: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../corpus/sites")
        .join(id)
}

fn snapshot(id: &str) -> SiteSnapshot {
    read_local_source(&corpus_site(id), &FolderConfig::default()).unwrap()
}

/// Serves corpus sites by domain; records what was asked.
struct FromDisk {
    sites: BTreeMap<String, SiteSnapshot>,
    calls: Mutex<Vec<(&'static str, String)>>,
}

impl FromDisk {
    fn new(sites: &[(&str, &str)]) -> Self {
        Self {
            sites: sites
                .iter()
                .map(|(domain, id)| (domain.to_string(), snapshot(id)))
                .collect(),
            calls: Mutex::new(Vec::new()),
        }
    }

    fn site(&self, kind: &'static str, url: &str) -> Result<SiteSnapshot> {
        let rest = url.split_once("://").map_or(url, |(_, r)| r);
        let domain = rest
            .split(['/', ':'])
            .next()
            .unwrap()
            .trim_end_matches('.')
            .to_ascii_lowercase();
        self.calls.lock().unwrap().push((kind, domain.clone()));
        self.sites.get(&domain).cloned().ok_or(Error::Crawl {
            url: url.into(),
            reason: "connection refused".into(),
        })
    }

    fn acquired(&self) -> Vec<String> {
        let calls = self.calls.lock().unwrap();
        calls
            .iter()
            .filter(|(k, _)| *k == "acquire")
            .map(|(_, d)| d.clone())
            .collect()
    }
}

impl Acquirer for FromDisk {
    fn probe(&self, url: &str) -> Result<SiteSnapshot> {
        self.site("probe", url)
    }
    fn acquire(&self, url: &str) -> Result<Acquired> {
        self.site("acquire", url).map(Acquired::new)
    }
}

fn fingerprinter() -> Fingerprinter {
    Fingerprinter::new(FingerprintConfig::default()).unwrap()
}

/// A store with the given corpus sites; the first is known under the
/// domain `attrs-shop.example`.
fn store(dir: &Path, ids: &[&str]) -> PathBuf {
    let path = dir.join("known.cdstore");
    let mut store = KnownStore::open(&path).unwrap();
    for (i, id) in ids.iter().enumerate() {
        let mut fp = fingerprinter().fingerprint(&snapshot(id));
        if i == 0 {
            fp.source = "https://attrs-shop.example/".into();
        }
        store.add(NewKnownSite::new(*id, fp)).unwrap();
    }
    path
}

const HOUR: Duration = Duration::from_secs(3600);
const DAY: Duration = Duration::from_secs(24 * 3600);

/// A run at the time of a clock of its own (one that never moves).
fn run(
    dir: &Path,
    db: &Path,
    config: WatchConfig,
    input: &str,
    acquirer: &FromDisk,
) -> (Summary, Watcher) {
    run_at(
        &Arc::new(ManualClock::default()),
        dir,
        db,
        config,
        input,
        acquirer,
    )
}

/// A run whose time is `clock`'s.
fn run_at(
    clock: &Arc<ManualClock>,
    dir: &Path,
    db: &Path,
    config: WatchConfig,
    input: &str,
    acquirer: &FromDisk,
) -> (Summary, Watcher) {
    let watcher = Watcher::open(
        &dir.join("state"),
        KnownStore::open_existing(db).unwrap(),
        FusedModel::shipped(),
        fingerprinter(),
        WatchConfig {
            host_delay: Duration::ZERO,
            ..config
        },
    )
    .unwrap()
    .with_clock(clock.clone());
    let mut lines = Lines::new(input.as_bytes(), Path::new("-"), None);
    let summary = watcher
        .run(&mut lines, acquirer, &AtomicBool::new(false), &|_| {})
        .unwrap();
    (summary, watcher)
}

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join("state").join(file)).unwrap_or_default()
}

#[test]
fn prefilters_pick_by_name_title_or_favicon_and_can_skip_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path(), &["python-attr-bookworm", "libfmt-trixie"]);
    let sites = FromDisk::new(&[
        ("attrs-shop.net", "python-attr-bookworm-mirror"),
        ("fresh-name.example", "libfmt-trixie-mirror"),
        ("other.example", "python-mako-bookworm"),
    ]);
    let config = WatchConfig {
        only_prefiltered: true,
        ..WatchConfig::default()
    };
    let input = "attrs-shop.net\nfresh-name.example\nother.example\n";
    let (summary, watcher) = run(dir.path(), &db, config, input, &sites);
    let results = watcher.results();
    assert_eq!(results["attrs-shop.net"].prefilter, ["name:attrs-shop"]);
    // The mirror keeps the known site's title (and favicon, when it has one).
    assert!(results["fresh-name.example"]
        .prefilter
        .contains(&"title".to_string()));
    assert_eq!(results["other.example"].outcome, Outcome::Skipped);
    assert!(results["other.example"].prefilter.is_empty());
    // Picked by name: no probe; the skipped one never crawled.
    let calls = sites.calls.lock().unwrap().clone();
    assert!(!calls.contains(&("probe", "attrs-shop.net".into())));
    assert!(calls.contains(&("probe", "other.example".into())));
    let mut acquired = sites.acquired();
    acquired.sort();
    assert_eq!(acquired, ["attrs-shop.net", "fresh-name.example"]);
    assert_eq!((summary.confirmed, summary.skipped), (2, 1));
}

#[test]
fn review_band_goes_to_review_not_to_the_blocklist() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path(), &["python-attr-bookworm", "libfmt-trixie"]);
    let sites = FromDisk::new(&[
        ("same.example", "python-attr-bookworm-mirror"),
        ("next-version.example", "python-attr-trixie"),
        ("other.example", "python-mako-bookworm"),
    ]);
    // Measure both scores, then put the bar between them.
    let probe_dir = tempfile::tempdir().unwrap();
    let probe_db = store(probe_dir.path(), &["python-attr-bookworm", "libfmt-trixie"]);
    let (_, w) = run(
        probe_dir.path(),
        &probe_db,
        WatchConfig::default(),
        "same.example\nnext-version.example\nother.example\n",
        &sites,
    );
    let score = |d: &str| w.results()[d].score.unwrap();
    let (high, low, none) = (
        score("same.example"),
        score("next-version.example"),
        score("other.example"),
    );
    assert!(high > low && low > none, "{high} {low} {none}");
    let config = WatchConfig {
        min_score: Some((high + low) / 2.0),
        review_score: Some((low + none) / 2.0),
        ..WatchConfig::default()
    };
    let (summary, watcher) = run(
        dir.path(),
        &db,
        config,
        "same.example\nnext-version.example\nother.example\n",
        &sites,
    );
    assert_eq!((summary.confirmed, summary.review), (1, 1));
    assert_eq!(read(dir.path(), "domains.txt"), "same.example\n");
    let review: Vec<serde_json::Value> = read(dir.path(), "review.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(review.len(), 1);
    assert_eq!(review[0]["domain"], "next-version.example");
    assert_eq!(review[0]["match"]["label"], "python-attr-bookworm");
    assert!(!review[0]["verdict"]["evidence"]
        .as_array()
        .unwrap()
        .is_empty());
    assert_eq!(
        watcher.results()["other.example"].outcome,
        Outcome::Unrelated
    );
}

#[test]
fn recent_results_are_not_rechecked_old_ones_are() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path(), &["python-attr-bookworm"]);
    let sites = FromDisk::new(&[("mirror.example", "python-attr-bookworm-mirror")]);
    let input = "mirror.example\nhttps://MIRROR.example./path\n";
    let clock = Arc::new(ManualClock::default());
    let config = WatchConfig::default(); // re-checked after 7 days
    let (first, w) = run_at(&clock, dir.path(), &db, config.clone(), input, &sites);
    assert_eq!(
        w.results()["mirror.example"].checked_at,
        "2024-01-01T00:00:00Z"
    );
    drop(w);
    assert_eq!(first.checked, 1);
    clock.advance(7 * DAY - Duration::from_secs(1));
    let (second, w) = run_at(&clock, dir.path(), &db, config.clone(), input, &sites);
    drop(w);
    assert_eq!((second.checked, second.fresh), (0, 2));
    // Old by the third run, fresh again within it once re-checked.
    clock.advance(Duration::from_secs(1));
    let (third, w) = run_at(&clock, dir.path(), &db, config, "mirror.example\n", &sites);
    assert_eq!(third.checked, 1);
    assert_eq!(
        w.results()["mirror.example"].checked_at,
        "2024-01-08T00:00:00Z"
    );
    assert_eq!(sites.acquired().len(), 2);
    assert_eq!(read(dir.path(), "results.jsonl").lines().count(), 2);
    // Outputs list the domain once.
    assert_eq!(read(dir.path(), "confirmed.jsonl").lines().count(), 1);
    assert_eq!(read(dir.path(), "domains.txt"), "mirror.example\n");
}

#[test]
fn outputs_are_rebuilt_from_the_results_after_a_kill() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path(), &["python-attr-bookworm", "libfmt-trixie"]);
    let sites = FromDisk::new(&[
        ("a.example", "python-attr-bookworm-mirror"),
        ("b.example", "libfmt-trixie-mirror"),
    ]);
    let (_, w) = run(
        dir.path(),
        &db,
        WatchConfig::default(),
        "a.example\nb.example\n",
        &sites,
    );
    drop(w);
    let files = [
        "domains.txt",
        "hosts.txt",
        "blocklist.rpz",
        "confirmed.jsonl",
    ];
    let before: Vec<String> = files.iter().map(|f| read(dir.path(), f)).collect();
    // As if killed after recording the results but before the outputs: the
    // outputs are gone, and a half-written result line trails.
    for f in files {
        std::fs::remove_file(dir.path().join("state").join(f)).unwrap();
    }
    let results = dir.path().join("state/results.jsonl");
    let mut text = std::fs::read_to_string(&results).unwrap();
    text.push_str("{\"domain\":\"c.exa");
    std::fs::write(&results, text).unwrap();
    let (summary, _w) = run(dir.path(), &db, WatchConfig::default(), "", &sites);
    assert_eq!(summary.checked, 0);
    let after: Vec<String> = files.iter().map(|f| read(dir.path(), f)).collect();
    // The RPZ serial restarts when its file is gone; the rest is identical.
    assert_eq!(before[0], after[0]);
    assert_eq!(before[1], after[1]);
    assert_eq!(before[3], after[3]);
    assert!(after[2].contains("a.example CNAME .") && after[2].contains("b.example CNAME ."));
    assert_eq!(read(dir.path(), "results.jsonl").lines().count(), 2);
}

#[test]
fn confirmed_reincarnations_join_the_lineage_and_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path(), &["libxml2-bookworm", "libfmt-trixie"]);
    let sites = FromDisk::new(&[
        ("second.example", "libxml2-bookworm-mirror"),
        ("third.example", "libxml2-trixie"),
    ]);
    let config = WatchConfig {
        add_confirmed: true,
        workers: 1,
        ..WatchConfig::default()
    };
    let (summary, w) = run(dir.path(), &db, config.clone(), "second.example\n", &sites);
    drop(w);
    assert_eq!(summary.confirmed, 1);
    let (_, w) = run(dir.path(), &db, config, "third.example\n", &sites);
    let third = &w.results()["third.example"];
    assert_eq!(third.outcome, Outcome::Reincarnation);
    assert_eq!(third.lineage_of, Some(1));
    drop(w);
    let store = KnownStore::open_existing(&db).unwrap();
    let chain: Vec<&str> = store.lineage(1).iter().map(|r| r.domain.as_str()).collect();
    assert_eq!(chain, ["second.example", "third.example"]);
    // Both were added as known sites of the lineage.
    let added: Vec<u64> = store.lineage(1).iter().filter_map(|r| r.site).collect();
    assert_eq!(added.len(), 2);
    for id in added {
        assert_eq!(store.root_of(id), 1);
    }
    assert_eq!(store.lineage(2).len(), 0);
}

#[test]
fn bad_configuration_and_empty_store_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let empty = KnownStore::open(dir.path().join("empty.cdstore")).unwrap();
    let open = |store, config| {
        Watcher::open(
            &dir.path().join("state"),
            store,
            FusedModel::shipped(),
            fingerprinter(),
            config,
        )
    };
    assert!(matches!(
        open(empty, WatchConfig::default()),
        Err(Error::Config(_))
    ));
    let db = store(dir.path(), &["libfmt-trixie"]);
    for bad in [
        WatchConfig {
            workers: 0,
            ..WatchConfig::default()
        },
        WatchConfig {
            min_score: Some(0.5),
            review_score: Some(0.7),
            ..WatchConfig::default()
        },
        WatchConfig {
            min_score: Some(1.5),
            ..WatchConfig::default()
        },
    ] {
        let store = KnownStore::open_existing(&db).unwrap();
        assert!(matches!(open(store, bad), Err(Error::Config(_))));
    }
}

/// Sets its flag when dropped: a failed assertion stops a followed watch
/// (which would otherwise run on) instead of hanging the test.
struct StopOnDrop<'a>(&'a AtomicBool);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        self.0.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

#[test]
fn old_results_are_rechecked_while_following_even_if_not_seen_again() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path(), &["python-attr-bookworm"]);
    let sites = FromDisk::new(&[("mirror.example", "python-attr-bookworm-mirror")]);
    let input = dir.path().join("in.txt");
    std::fs::write(&input, "mirror.example\n").unwrap();
    let clock = Arc::new(ManualClock::default());
    let watcher = Watcher::open(
        &dir.path().join("state"),
        KnownStore::open_existing(&db).unwrap(),
        FusedModel::shipped(),
        fingerprinter(),
        WatchConfig {
            host_delay: Duration::ZERO,
            recheck_after: HOUR,
            ..WatchConfig::default()
        },
    )
    .unwrap()
    .with_clock(clock.clone());
    let stop = AtomicBool::new(false);
    let (checked, checks) = std::sync::mpsc::channel();
    let checked = Mutex::new(checked);
    let on_event = |event: &Event<'_>| {
        if let Event::Checked(record) = event {
            let _ = checked.lock().unwrap().send(record.checked_at.clone());
        }
    };
    // Waits for the workers (not for time to pass: the clock stands still).
    let next_check = || checks.recv_timeout(Duration::from_secs(60)).unwrap();
    std::thread::scope(|scope| {
        let running = scope.spawn(|| {
            let mut lines = Lines::open(&input, Some(Duration::from_millis(20))).unwrap();
            watcher.run(&mut lines, &sites, &stop, &on_event).unwrap()
        });
        let _stop_on_failure = StopOnDrop(&stop);
        assert_eq!(next_check(), "2024-01-01T00:00:00Z");
        // The line is not read again; the sweep finds the result old. (The
        // event comes once the check has left the queue: else the sweep
        // could pass over it as still in flight.)
        clock.advance(HOUR);
        assert_eq!(next_check(), "2024-01-01T01:00:00Z");
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        running.join().unwrap();
    });
    // Fresh again after its re-check: not checked a third time.
    assert_eq!(sites.acquired(), ["mirror.example", "mirror.example"]);
    assert_eq!(read(dir.path(), "results.jsonl").lines().count(), 2);
    assert_eq!(read(dir.path(), "confirmed.jsonl").lines().count(), 1);
}

#[test]
fn unreachable_sites_are_retried_sooner() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path(), &["python-attr-bookworm"]);
    let sites = FromDisk::new(&[("mirror.example", "python-attr-bookworm-mirror")]);
    let input = "mirror.example\nnot-up-yet.example\n";
    // Retried after an hour; a result found is kept for 7 days.
    let clock = Arc::new(ManualClock::default());
    let config = WatchConfig::default();
    let (first, w) = run_at(&clock, dir.path(), &db, config.clone(), input, &sites);
    drop(w);
    assert_eq!((first.checked, first.failed), (2, 1));
    clock.advance(HOUR);
    let (second, w) = run_at(&clock, dir.path(), &db, config, input, &sites);
    // Only the unreachable one is checked again, once. (Its own line counts
    // as fresh when the resumed check finished before the line was read.)
    assert_eq!(second.checked, 1);
    assert!((1..=2).contains(&second.fresh), "{second:?}");
    let probes = sites
        .calls
        .lock()
        .unwrap()
        .iter()
        .filter(|(_, d)| d == "not-up-yet.example")
        .count();
    assert_eq!(probes, 2);
    assert_eq!(
        w.results()["not-up-yet.example"].outcome,
        Outcome::Unreachable
    );
}

#[test]
fn a_title_many_lineages_share_picks_nothing_out() {
    let candidate_title = fingerprinter()
        .fingerprint(&snapshot("python-mako-bookworm"))
        .title
        .unwrap();
    let sites = FromDisk::new(&[("candidate.example", "python-mako-bookworm")]);
    for (sharing, picked) in [(1, true), (3, false)] {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("known.cdstore");
        let mut store = KnownStore::open(&db).unwrap();
        let ids = [
            "python-attr-bookworm",
            "libfmt-trixie",
            "python-markdown-bookworm",
        ];
        for (i, id) in ids.iter().enumerate() {
            let mut fp = fingerprinter().fingerprint(&snapshot(id));
            if i < sharing {
                fp.title = Some(candidate_title.clone());
            }
            store.add(NewKnownSite::new(*id, fp)).unwrap();
        }
        drop(store);
        let (_, w) = run(
            dir.path(),
            &db,
            WatchConfig::default(),
            "candidate.example\n",
            &sites,
        );
        let reasons = w.results()["candidate.example"].prefilter.clone();
        assert_eq!(
            reasons.contains(&"title".to_string()),
            picked,
            "{sharing}: {reasons:?}"
        );
    }
}

#[test]
fn without_probes_only_prefiltered_keeps_the_names_alone() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path(), &["python-attr-bookworm"]);
    let sites = FromDisk::new(&[
        ("attrs-shop.info", "python-attr-bookworm-mirror"),
        ("unrelated-name.example", "python-attr-bookworm-mirror"),
    ]);
    let config = WatchConfig {
        probe: false,
        only_prefiltered: true,
        ..WatchConfig::default()
    };
    let (summary, w) = run(
        dir.path(),
        &db,
        config,
        "attrs-shop.info\nunrelated-name.example\n",
        &sites,
    );
    assert_eq!((summary.confirmed, summary.skipped), (1, 1));
    assert_eq!(
        w.results()["unrelated-name.example"].outcome,
        Outcome::Skipped
    );
    // Nothing was fetched for the skipped one, not even a probe.
    let calls = sites.calls.lock().unwrap().clone();
    assert_eq!(calls, [("acquire", "attrs-shop.info".to_string())]);
}

/// A blocked domain whose site changed (re-checked as unrelated) leaves the
/// blocklist and goes to review, instead of staying blocked in silence.
#[test]
fn a_blocked_domain_that_changed_hands_goes_to_review() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path(), &["python-attr-bookworm"]);
    let before = FromDisk::new(&[("mirror.example", "python-attr-bookworm-mirror")]);
    let clock = Arc::new(ManualClock::default());
    let config = WatchConfig::default();
    let (first, w) = run_at(
        &clock,
        dir.path(),
        &db,
        config.clone(),
        "mirror.example\n",
        &before,
    );
    drop(w);
    assert_eq!(first.confirmed, 1);
    assert_eq!(read(dir.path(), "domains.txt"), "mirror.example\n");
    clock.advance(8 * DAY);
    let after = FromDisk::new(&[("mirror.example", "python-mako-bookworm")]);
    let (second, _w) = run_at(&clock, dir.path(), &db, config, "mirror.example\n", &after);
    assert_eq!(second.checked, 1);
    assert_eq!(read(dir.path(), "domains.txt"), "");
    assert!(!read(dir.path(), "blocklist.rpz").contains("mirror.example"));
    let review: Vec<serde_json::Value> = read(dir.path(), "review.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(review.len(), 1);
    assert_eq!(review[0]["domain"], "mirror.example");
    assert_eq!(review[0]["outcome"], "unrelated");
    assert!(review[0]["reason"]
        .as_str()
        .unwrap()
        .contains("was blocked"));
}

/// Panics for one domain, serves the others from disk.
struct Panicky(FromDisk);

impl Acquirer for Panicky {
    fn probe(&self, url: &str) -> Result<SiteSnapshot> {
        self.0.probe(url)
    }
    fn acquire(&self, url: &str) -> Result<Acquired> {
        assert!(
            !url.contains("crash.example"),
            "a hostile site broke the worker"
        );
        self.0.acquire(url)
    }
}

/// A panic in one site's work is recorded as that site's failure, frees
/// its lease, and the watch finishes the others and ends by itself.
#[test]
fn a_panicking_check_is_recorded_and_the_watch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path(), &["python-attr-bookworm"]);
    let sites = Panicky(FromDisk::new(&[
        ("crash.example", "python-attr-bookworm-mirror"),
        ("mirror.example", "python-attr-bookworm-mirror"),
    ]));
    let watcher = Watcher::open(
        &dir.path().join("state"),
        KnownStore::open_existing(&db).unwrap(),
        FusedModel::shipped(),
        fingerprinter(),
        WatchConfig {
            host_delay: Duration::ZERO,
            probe: false,
            ..WatchConfig::default()
        },
    )
    .unwrap();
    let input = "crash.example\nmirror.example\n";
    let mut lines = Lines::new(input.as_bytes(), "-".as_ref(), None);
    let summary = watcher
        .run(&mut lines, &sites, &AtomicBool::new(false), &|_| {})
        .unwrap();
    assert_eq!(
        (summary.checked, summary.failed, summary.confirmed),
        (2, 1, 1)
    );
    let results = watcher.results();
    assert_eq!(results["crash.example"].outcome, Outcome::Failed);
    assert!(results["crash.example"]
        .error
        .as_deref()
        .unwrap()
        .contains("a hostile site broke the worker"));
}

/// A candidate the process died in twice (crash or hang ended by a kill)
/// is recorded as failed at the next start instead of being tried a third
/// time; the others go on.
#[test]
fn a_site_that_took_the_process_down_twice_is_quarantined() {
    use clone_detect::watch::state::{Candidate, WatchState};
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path(), &["python-attr-bookworm"]);
    {
        // Two starts that died while checking crash.example.
        let mut state = WatchState::open(&dir.path().join("state")).unwrap();
        for d in ["crash.example", "once.example"] {
            state
                .accept(Candidate {
                    domain: d.into(),
                    url: format!("http://{d}/"),
                })
                .unwrap();
        }
        state.attempt("crash.example").unwrap();
        state.attempt("crash.example").unwrap();
        state.attempt("once.example").unwrap();
    }
    let sites = FromDisk::new(&[
        ("crash.example", "python-attr-bookworm-mirror"),
        ("once.example", "python-attr-bookworm-mirror"),
    ]);
    let config = WatchConfig {
        probe: false,
        ..WatchConfig::default()
    };
    let (summary, w) = run(dir.path(), &db, config, "", &sites);
    assert_eq!((summary.checked, summary.failed), (2, 1));
    assert_eq!(sites.acquired(), ["once.example"]);
    let crash = &w.results()["crash.example"];
    assert_eq!(crash.outcome, Outcome::Failed);
    assert!(crash.error.as_deref().unwrap().starts_with("quarantined"));
    drop(w);
    // Not tried again at the next start either, nor once the retry window
    // of an unreachable site is over: it waits the re-check window.
    let clock = Arc::new(ManualClock::default());
    let config = WatchConfig {
        probe: false,
        ..WatchConfig::default()
    };
    // After 7 days, both results are old.
    for (wait, checked) in [(Duration::ZERO, 0), (2 * HOUR, 0), (7 * DAY, 2)] {
        clock.advance(wait);
        let (again, _w) = run_at(
            &clock,
            dir.path(),
            &db,
            config.clone(),
            "crash.example\n",
            &sites,
        );
        assert_eq!(again.checked, checked, "{wait:?}");
        if checked == 0 {
            assert_eq!(again.fresh, 1, "{wait:?}");
        }
    }
    let mut acquired = sites.acquired();
    acquired.sort();
    assert_eq!(acquired, ["crash.example", "once.example", "once.example"]);
}

/// The number of deaths before quarantine is the configuration's.
#[test]
fn quarantine_waits_for_the_configured_number_of_deaths() {
    use clone_detect::watch::state::{Candidate, WatchState};
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path(), &["python-attr-bookworm"]);
    {
        let mut state = WatchState::open(&dir.path().join("state")).unwrap();
        for d in ["twice.example", "thrice.example"] {
            state
                .accept(Candidate {
                    domain: d.into(),
                    url: format!("http://{d}/"),
                })
                .unwrap();
            state.attempt(d).unwrap();
            state.attempt(d).unwrap();
        }
        state.attempt("thrice.example").unwrap();
    }
    let sites = FromDisk::new(&[
        ("twice.example", "python-attr-bookworm-mirror"),
        ("thrice.example", "python-attr-bookworm-mirror"),
    ]);
    let config = WatchConfig {
        probe: false,
        quarantine_after: 3,
        ..WatchConfig::default()
    };
    let (summary, w) = run(dir.path(), &db, config, "", &sites);
    assert_eq!((summary.checked, summary.failed), (2, 1));
    assert_eq!(sites.acquired(), ["twice.example"]);
    let results = w.results();
    assert_eq!(results["twice.example"].outcome, Outcome::Reincarnation);
    assert!(results["thrice.example"]
        .error
        .as_deref()
        .unwrap()
        .starts_with("quarantined: the process stopped 3 times"));
}

/// A running watch sees what others add to and remove from the store: a
/// site added by another handle is matched by the next check, and a
/// removal does not stop the watch.
#[test]
fn a_running_watch_picks_up_store_changes_made_by_others() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path(), &["python-attr-bookworm"]);
    let sites = FromDisk::new(&[
        ("fmt-before.example", "libfmt-trixie-mirror"),
        ("fmt-after.example", "libfmt-trixie-mirror"),
        ("attr-after.example", "python-attr-bookworm-mirror"),
    ]);
    let watcher = Watcher::open(
        &dir.path().join("state"),
        KnownStore::open_existing(&db).unwrap(),
        FusedModel::shipped(),
        fingerprinter(),
        WatchConfig {
            host_delay: Duration::ZERO,
            probe: false,
            ..WatchConfig::default()
        },
    )
    .unwrap();
    let run = |input: &str| {
        let mut lines = Lines::new(input.as_bytes(), Path::new("-"), None);
        watcher
            .run(&mut lines, &sites, &AtomicBool::new(false), &|_| {})
            .unwrap()
    };
    assert_eq!(run("fmt-before.example\n").confirmed, 0);
    // Another process adds fmt's family and removes attr's.
    let mut other = KnownStore::open_existing(&db).unwrap();
    other
        .add(NewKnownSite::new(
            "libfmt-trixie",
            fingerprinter().fingerprint(&snapshot("libfmt-trixie")),
        ))
        .unwrap();
    assert!(other.remove(1).unwrap());
    let summary = run("fmt-after.example\nattr-after.example\n");
    assert_eq!((summary.checked, summary.confirmed), (2, 1));
    let results = watcher.results();
    assert_eq!(results["fmt-after.example"].outcome, Outcome::Reincarnation);
    assert_eq!(results["attr-after.example"].outcome, Outcome::Unrelated);
}

#[test]
fn confirmed_and_review_results_keep_evidence_that_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let evidence = dir.path().join("evidence");
    let db = store(dir.path(), &["python-attr-bookworm", "libfmt-trixie"]);
    let sites = FromDisk::new(&[
        ("same.example", "python-attr-bookworm-mirror"),
        ("next-version.example", "python-attr-trixie"),
        ("other.example", "python-mako-bookworm"),
    ]);
    let input = "same.example\nnext-version.example\nother.example\n";
    // The scores, to put the review bar between the release and the
    // unrelated site.
    let probe_dir = tempfile::tempdir().unwrap();
    let probe_db = store(probe_dir.path(), &["python-attr-bookworm", "libfmt-trixie"]);
    let (_, w) = run(
        probe_dir.path(),
        &probe_db,
        WatchConfig::default(),
        input,
        &sites,
    );
    let score = |d: &str| w.results()[d].score.unwrap();
    let (high, low, none) = (
        score("same.example"),
        score("next-version.example"),
        score("other.example"),
    );
    let config = WatchConfig {
        min_score: Some((high + low) / 2.0),
        review_score: Some((low + none) / 2.0),
        host_delay: Duration::ZERO,
        ..WatchConfig::default()
    };
    let watcher = Watcher::open(
        &dir.path().join("state"),
        KnownStore::open_existing(&db).unwrap(),
        FusedModel::shipped(),
        fingerprinter(),
        config,
    )
    .unwrap()
    .with_clock(Arc::new(ManualClock::default()))
    .with_evidence(evidence.clone());
    let mut lines = Lines::new(input.as_bytes(), Path::new("-"), None);
    watcher
        .run(&mut lines, &sites, &AtomicBool::new(false), &|_| {})
        .unwrap();
    let results = watcher.results();
    for (domain, id) in [
        ("same.example", "python-attr-bookworm-mirror"),
        ("next-version.example", "python-attr-trixie"),
    ] {
        let r = &results[domain];
        assert!(r.evidence_error.is_none(), "{:?}", r.evidence_error);
        let folder = PathBuf::from(r.evidence.as_ref().expect("evidence kept"));
        assert!(folder.starts_with(&evidence));
        // Unchanged, the very snapshot that was checked, and the result
        // it was kept for beside it.
        let back = clone_detect::evidence::verify_capture(&folder).unwrap();
        assert_eq!(back, snapshot(id));
        let kept: serde_json::Value =
            serde_json::from_slice(&std::fs::read(folder.join("result.json")).unwrap()).unwrap();
        assert_eq!(kept["domain"], domain);
        assert_eq!(
            kept["provenance"]["model_sha256"].as_str().unwrap().len(),
            64
        );
        assert!(r.provenance.is_some());
    }
    // An unrelated site leaves nothing.
    assert!(results["other.example"].evidence.is_none());
    assert_eq!(std::fs::read_dir(&evidence).unwrap().count(), 2);
}
