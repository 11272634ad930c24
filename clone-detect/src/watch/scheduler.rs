//! The scheduler of one run: which task a worker takes next, and when.
//!
//! - **Workers** ask [`Scheduler::next_task`] for work and hand back what
//!   came of it with [`Scheduler::finish`]; a worker with nothing to take
//!   waits until something changes or a pause ends.
//! - **Host delay**: one registrable domain never has two requests in
//!   flight, and rests [`WatchConfig::host_delay`] between two (the
//!   [`Queue`] keeps the books; the time is the [`Clock`]'s).
//! - **Recheck and retry windows**: a result stays fresh, and its candidate
//!   is not checked again, for [`WatchConfig::recheck_after`], or
//!   [`WatchConfig::retry_unreachable_after`] when the site could not be
//!   fetched or checked ([`is_fresh`]).
//! - **Quarantine**: a candidate the process died in
//!   [`WatchConfig::quarantine_after`] times is not tried again
//!   ([`is_quarantined`]).
//! - **Follow mode**: while the input stays open, workers are sent now and
//!   then ([`sweep_every`]) to queue again the results grown old.
//! - **Stop**: the caller's stop flag, or the first error, ends every
//!   worker at its next look; the input ending ends them once the queue is
//!   empty and nothing is in flight.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use super::clock::Clock;
use super::config::WatchConfig;
use super::queue::{Item, Queue, Task};
use super::records::{CheckRecord, Outcome, Summary};
use crate::{Error, Result};

/// The longest pause between two sweeps for results grown old.
const SWEEP_EVERY: Duration = Duration::from_secs(60);

/// The shortest pause between two sweeps.
const MIN_SWEEP_EVERY: Duration = Duration::from_secs(1);

/// A waiting worker looks again at least this often (a stop flag set, a
/// clock moved by hand).
const MAX_WAIT: Duration = Duration::from_millis(200);

/// What a worker does next.
#[derive(Debug)]
pub(crate) enum Next {
    /// Fetch and check (or probe) this.
    Task(Task),
    /// Queue again the results grown old ([`Scheduler::push_unless_queued`]),
    /// then ask again.
    Sweep,
    /// Nothing more: the run is over (stopped, failed, or done).
    Done,
}

/// What the scheduler says when asked without waiting.
#[derive(Debug)]
enum Step {
    Next(Next),
    /// Nothing to do before this long has passed (or something changed).
    Wait(Duration),
}

/// Everything the workers and the input reader share, behind one lock.
#[derive(Debug)]
struct RunState {
    queue: Queue,
    /// When results were last swept for staleness.
    last_sweep: Instant,
    summary: Summary,
    /// The first error: it ends the run.
    failure: Option<Error>,
}

/// The scheduler of one [`Watcher::run`](super::Watcher::run).
#[derive(Debug)]
pub(crate) struct Scheduler<'a> {
    clock: &'a dyn Clock,
    stop: &'a AtomicBool,
    probe_first: bool,
    sweep_every: Duration,
    state: Mutex<RunState>,
    /// Signalled whenever the queue or the run's end changes.
    changed: Condvar,
}

impl<'a> Scheduler<'a> {
    /// An empty scheduler with the input open.
    pub fn new(config: &WatchConfig, clock: &'a dyn Clock, stop: &'a AtomicBool) -> Self {
        Self {
            clock,
            stop,
            probe_first: config.probe,
            sweep_every: sweep_every(config),
            state: Mutex::new(RunState {
                queue: Queue::new(config.host_delay),
                last_sweep: clock.now_instant(),
                summary: Summary::default(),
                failure: None,
            }),
            changed: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, RunState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether `domain` waits in the queue or is in flight.
    pub fn contains(&self, domain: &str) -> bool {
        self.lock().queue.contains(domain)
    }

    /// Queues an item (a new candidate, or one back from its probe).
    pub fn push(&self, item: Item) {
        self.lock().queue.push(item);
        self.changed.notify_all();
    }

    /// Queues an item unless its domain waits or is in flight already;
    /// returns whether it was queued.
    pub fn push_unless_queued(&self, item: Item) -> bool {
        let mut state = self.lock();
        if state.queue.contains(&item.candidate.domain) {
            return false;
        }
        state.queue.push(item);
        drop(state);
        self.changed.notify_all();
        true
    }

    /// Updates the counts.
    pub fn count(&self, update: impl FnOnce(&mut Summary)) {
        update(&mut self.lock().summary);
    }

    /// No more input will come: the run ends once the queue is empty.
    pub fn close(&self) {
        self.lock().queue.close();
        self.changed.notify_all();
    }

    /// Ends the run with `error` (the first one is kept).
    pub fn fail(&self, error: Error) {
        self.lock().failure.get_or_insert(error);
        self.changed.notify_all();
    }

    /// Whether the caller stopped the run or an error ended it.
    pub fn is_halted(&self) -> bool {
        self.stop.load(Ordering::Relaxed) || self.lock().failure.is_some()
    }

    /// The next thing to do, waiting until there is one.
    pub fn next_task(&self) -> Next {
        let mut state = self.lock();
        loop {
            match self.step(&mut state) {
                Step::Next(next) => {
                    if matches!(next, Next::Done) {
                        self.changed.notify_all();
                    }
                    return next;
                }
                Step::Wait(wait) => {
                    state = self
                        .changed
                        .wait_timeout(state, wait.min(MAX_WAIT))
                        .unwrap_or_else(|e| e.into_inner())
                        .0;
                }
            }
        }
    }

    /// The next thing to do now, or how long to wait for it.
    fn step(&self, state: &mut RunState) -> Step {
        if self.stop.load(Ordering::Relaxed) || state.failure.is_some() {
            return Step::Next(Next::Done);
        }
        let now = self.clock.now_instant();
        if let Some(task) = state.queue.take(now, self.probe_first) {
            return Step::Next(Next::Task(task));
        }
        if state.queue.finished() {
            return Step::Next(Next::Done);
        }
        if !state.queue.is_closed() && now.duration_since(state.last_sweep) >= self.sweep_every {
            state.last_sweep = now;
            return Step::Next(Next::Sweep);
        }
        Step::Wait(state.queue.next_ready(now).unwrap_or(MAX_WAIT))
    }

    /// A task on `item` ended with `done`: `Ok(Some)` when its result is
    /// recorded (its domain leaves the queue), `Ok(None)` when it went back
    /// to the queue after its probe, an error to end the run. Its domain
    /// rests from now on.
    pub fn finish(&self, item: &Item, done: Result<Option<Outcome>>) {
        let now = self.clock.now_instant();
        {
            let mut state = self.lock();
            state.queue.release(&item.key, now);
            match done {
                Ok(Some(outcome)) => {
                    state.queue.forget(&item.candidate.domain);
                    state.summary.add_checked(outcome);
                }
                Ok(None) => {}
                Err(e) => {
                    state.failure.get_or_insert(e);
                }
            }
        }
        self.changed.notify_all();
    }

    /// The counts of the run, or the error that ended it.
    pub fn into_summary(self) -> Result<Summary> {
        let state = self.state.into_inner().unwrap_or_else(|e| e.into_inner());
        match state.failure {
            Some(e) => Err(e),
            None => Ok(state.summary),
        }
    }
}

/// How often a run whose input stays open looks for results grown old:
/// every minute, or sooner when a window is shorter (not under a second).
pub(crate) fn sweep_every(config: &WatchConfig) -> Duration {
    SWEEP_EVERY.min(
        config
            .recheck_after
            .min(config.retry_unreachable_after)
            .max(MIN_SWEEP_EVERY),
    )
}

/// How long `result` keeps its candidate from being checked again: the
/// retry window for a site that could not be fetched or checked, the
/// recheck window for the others, and for a quarantined one (a site that
/// took the process down is not tried again soon).
pub(crate) fn fresh_for(config: &WatchConfig, result: &CheckRecord) -> Duration {
    match result.outcome {
        Outcome::Failed if result.is_quarantined() => config.recheck_after,
        Outcome::Unreachable | Outcome::Failed => config.retry_unreachable_after,
        _ => config.recheck_after,
    }
}

/// Whether `result` (the latest of a candidate) is recent enough, at
/// `now_unix` seconds, not to check its candidate again.
pub(crate) fn is_fresh(config: &WatchConfig, result: Option<&CheckRecord>, now_unix: u64) -> bool {
    result.is_some_and(|r| {
        now_unix.saturating_sub(r.checked_at_unix) < fresh_for(config, r).as_secs()
    })
}

/// Whether a candidate the process stopped in `unfinished_attempts` times
/// is quarantined (recorded as failed) instead of tried again.
pub(crate) fn is_quarantined(config: &WatchConfig, unfinished_attempts: u32) -> bool {
    config.quarantine_after > 0 && unfinished_attempts >= config.quarantine_after
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::watch::clock::ManualClock;
    use crate::watch::records::{Timings, QUARANTINED};
    use crate::watch::state::Candidate;

    fn item(domain: &str) -> Item {
        Item::new(
            Candidate {
                domain: domain.into(),
                url: format!("http://{domain}/"),
            },
            false,
        )
    }

    fn config(host_delay: Duration) -> WatchConfig {
        WatchConfig {
            host_delay,
            probe: false,
            ..WatchConfig::default()
        }
    }

    /// What `step` says, as the domain taken, "sweep", "done" or
    /// "wait <ms>".
    fn step(scheduler: &Scheduler<'_>) -> String {
        match scheduler.step(&mut scheduler.lock()) {
            Step::Next(Next::Task(t)) => t.item().candidate.domain.clone(),
            Step::Next(Next::Sweep) => "sweep".into(),
            Step::Next(Next::Done) => "done".into(),
            Step::Wait(d) => format!("wait {}", d.as_millis()),
        }
    }

    fn checked(scheduler: &Scheduler<'_>, domain: &str) {
        scheduler.finish(&item(domain), Ok(Some(Outcome::Unrelated)));
    }

    #[test]
    fn one_host_rests_the_host_delay_between_two_checks_on_the_clock() {
        let clock = ManualClock::default();
        let stop = AtomicBool::new(false);
        let scheduler = Scheduler::new(&config(Duration::from_secs(5)), &clock, &stop);
        for d in ["a.shop.example", "b.shop.example", "other.example"] {
            scheduler.push(item(d));
        }
        assert_eq!(step(&scheduler), "a.shop.example");
        // Its registrable domain is busy: the other host goes first.
        assert_eq!(step(&scheduler), "other.example");
        assert_eq!(step(&scheduler), "wait 200");
        clock.advance(Duration::from_secs(1));
        checked(&scheduler, "a.shop.example");
        checked(&scheduler, "other.example");
        assert_eq!(step(&scheduler), "wait 5000");
        clock.advance(Duration::from_millis(4999));
        assert_eq!(step(&scheduler), "wait 1");
        clock.advance(Duration::from_millis(1));
        assert_eq!(step(&scheduler), "b.shop.example");
        checked(&scheduler, "b.shop.example");
        scheduler.close();
        assert_eq!(step(&scheduler), "done");
        let summary = scheduler.into_summary().unwrap();
        assert_eq!(summary.checked, 3);
    }

    #[test]
    fn a_waiting_worker_takes_its_task_once_the_clock_has_moved() {
        let clock = ManualClock::default();
        let stop = AtomicBool::new(false);
        let scheduler = Scheduler::new(&config(Duration::from_secs(3600)), &clock, &stop);
        scheduler.push(item("a.example"));
        scheduler.push(item("b.a.example"));
        let Next::Task(first) = scheduler.next_task() else {
            panic!("a task was ready");
        };
        checked(&scheduler, &first.item().candidate.domain);
        std::thread::scope(|scope| {
            let worker = scope.spawn(|| match scheduler.next_task() {
                Next::Task(t) => t.item().candidate.domain.clone(),
                other => panic!("{other:?}"),
            });
            // Not before the hour is over, however long the worker waits.
            clock.advance(Duration::from_secs(3599));
            assert!(!worker.is_finished());
            clock.advance(Duration::from_secs(1));
            assert_eq!(worker.join().unwrap(), "b.a.example");
        });
    }

    #[test]
    fn a_stop_or_an_error_ends_the_run_with_work_left() {
        let clock = ManualClock::default();
        let stop = AtomicBool::new(false);
        let scheduler = Scheduler::new(&config(Duration::ZERO), &clock, &stop);
        scheduler.push(item("a.example"));
        stop.store(true, Ordering::Relaxed);
        assert!(scheduler.is_halted());
        assert!(matches!(scheduler.next_task(), Next::Done));
        stop.store(false, Ordering::Relaxed);
        assert!(!scheduler.is_halted());
        scheduler.fail(Error::Config("first".into()));
        scheduler.fail(Error::Config("second".into()));
        assert_eq!(step(&scheduler), "done");
        match scheduler.into_summary() {
            Err(Error::Config(m)) => assert_eq!(m, "first"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_probed_item_stays_queued_a_checked_one_leaves_and_is_counted() {
        let clock = ManualClock::default();
        let stop = AtomicBool::new(false);
        let scheduler = Scheduler::new(&config(Duration::ZERO), &clock, &stop);
        scheduler.push(item("a.example"));
        let Next::Task(task) = scheduler.next_task() else {
            panic!("a task was ready");
        };
        let back = task.item().clone();
        scheduler.finish(&back, Ok(None));
        assert!(scheduler.contains("a.example"));
        assert!(!scheduler.push_unless_queued(item("a.example")));
        scheduler.push(back);
        assert_eq!(step(&scheduler), "a.example");
        scheduler.finish(&item("a.example"), Ok(Some(Outcome::Reincarnation)));
        assert!(!scheduler.contains("a.example"));
        scheduler.close();
        let summary = scheduler.into_summary().unwrap();
        assert_eq!((summary.checked, summary.confirmed), (1, 1));
    }

    #[test]
    fn results_are_swept_on_the_clock_while_the_input_is_open_only() {
        let clock = ManualClock::default();
        let stop = AtomicBool::new(false);
        let config = WatchConfig {
            recheck_after: Duration::from_secs(10),
            ..config(Duration::ZERO)
        };
        assert_eq!(sweep_every(&config), Duration::from_secs(10));
        let scheduler = Scheduler::new(&config, &clock, &stop);
        assert_eq!(step(&scheduler), "wait 200");
        clock.advance(Duration::from_secs(9));
        assert_eq!(step(&scheduler), "wait 200");
        clock.advance(Duration::from_secs(1));
        assert_eq!(step(&scheduler), "sweep");
        // Once per period.
        assert_eq!(step(&scheduler), "wait 200");
        clock.advance(Duration::from_secs(10));
        scheduler.close();
        assert_eq!(step(&scheduler), "done");
    }

    #[test]
    fn the_sweep_period_follows_the_shortest_window_within_bounds() {
        let secs = Duration::from_secs;
        for (recheck, retry, every) in [
            (7 * 24 * 3600, 3600, 60),
            (30, 3600, 30),
            (3600, 5, 5),
            (0, 3600, 1),
        ] {
            let config = WatchConfig {
                recheck_after: secs(recheck),
                retry_unreachable_after: secs(retry),
                ..WatchConfig::default()
            };
            assert_eq!(sweep_every(&config), secs(every), "{recheck} {retry}");
        }
    }

    fn result(outcome: Outcome, error: Option<&str>, checked_at_unix: u64) -> CheckRecord {
        CheckRecord {
            domain: "a.example".into(),
            url: "http://a.example/".into(),
            checked_at: String::new(),
            checked_at_unix,
            outcome,
            score: None,
            min_score: 0.5,
            review_score: None,
            matched: None,
            lineage_of: None,
            prefilter: Vec::new(),
            verdict: None,
            error: error.map(str::to_string),
            reason: None,
            blocked_as: Vec::new(),
            final_url: None,
            redirects: Vec::new(),
            fingerprint: None,
            timings: Timings::default(),
            evidence: None,
            evidence_sha256: None,
            evidence_error: None,
            provenance: None,
        }
    }

    #[test]
    fn results_stay_fresh_for_the_recheck_or_retry_window() {
        let config = WatchConfig {
            recheck_after: Duration::from_secs(1000),
            retry_unreachable_after: Duration::from_secs(10),
            ..WatchConfig::default()
        };
        let quarantined = format!("{QUARANTINED}: the process stopped 2 times");
        let now = 100_000;
        let cases = [
            (Outcome::Reincarnation, None, 999, true),
            (Outcome::Reincarnation, None, 1000, false),
            (Outcome::Unrelated, None, 500, true),
            (Outcome::Review, None, 5000, false),
            (Outcome::Skipped, None, 999, true),
            (Outcome::Unreachable, None, 9, true),
            (Outcome::Unreachable, None, 10, false),
            (Outcome::Failed, Some("a parse error"), 10, false),
            // A site that took the process down waits the recheck window.
            (Outcome::Failed, Some(quarantined.as_str()), 999, true),
            (Outcome::Failed, Some(quarantined.as_str()), 1000, false),
            (Outcome::Unreachable, None, 0, true),
        ];
        for (outcome, error, age, fresh) in cases {
            let r = result(outcome, error, now - age);
            assert_eq!(
                is_fresh(&config, Some(&r), now),
                fresh,
                "{outcome:?} {error:?} {age}"
            );
        }
        // A record stamped after now (a clock set back) is fresh.
        let ahead = result(Outcome::Unreachable, None, now + 50);
        assert!(is_fresh(&config, Some(&ahead), now));
        assert!(!is_fresh(&config, None, now));
    }

    #[test]
    fn quarantine_comes_after_the_configured_number_of_deaths() {
        for (after, tries, quarantined) in [
            (2, 0, false),
            (2, 1, false),
            (2, 2, true),
            (2, 5, true),
            (3, 2, false),
            (3, 3, true),
            (1, 1, true),
            (0, 100, false),
        ] {
            let config = WatchConfig {
                quarantine_after: after,
                ..WatchConfig::default()
            };
            assert_eq!(
                is_quarantined(&config, tries),
                quarantined,
                "{after} {tries}"
            );
        }
    }
}
