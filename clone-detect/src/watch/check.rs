//! The per-candidate work of a worker: a probe (the home page, for the
//! pre-filters) or a check (crawl, fingerprint, match, the blocking rules),
//! each ending in a recorded [`CheckRecord`], or for a probe in the
//! candidate's return to the queue.
//!
//! A match is blocked only when the name checked served it from its root:
//! a match served after redirects by another host goes to review (and that
//! host is checked on its own), one found under a path of someone else's
//! host goes to review, and the name lists ([`policy`](super::policy)) may
//! send it to review too (a public suffix, a shared platform, a name the
//! zone cannot hold).

use super::clock::{millis, unix_seconds};
use super::policy::{Lists, Rule};
use super::prefilter::Prefilter;
use super::queue::{Item, Task};
use super::records::{CheckRecord, Event, Outcome, Timings};
use super::scheduler::{Next, Scheduler};
use super::{normalize_domain, Acquirer, Watcher};
use crate::evidence::{write_capture, Capture};
use crate::store::KnownStore;
use crate::verdict::{FusedModel, KnownRef, Matcher};
use crate::{Error, Result};

/// What a check compares with: the matcher and the pre-filters' index,
/// rebuilt when the store changes.
#[derive(Debug)]
pub(crate) struct Known {
    pub matcher: Matcher,
    pub prefilter: Prefilter,
}

impl Known {
    /// Indexes the known sites of `store`.
    pub fn build(store: &KnownStore, model: &FusedModel) -> Result<Self> {
        Ok(Self {
            matcher: Matcher::from_store(store, model.clone())?,
            prefilter: Prefilter::build(store),
        })
    }
}

/// What a task came to: `Ok(Some)` with the result recorded, `Ok(None)`
/// when the candidate went back to the queue after its probe.
type Done = Result<Option<CheckRecord>>;

impl Watcher {
    /// A worker: takes tasks from `scheduler` and does them until the run
    /// is over. A panic in one site's work is that site's failure: it is
    /// recorded and frees its host. `on_event` hears of a result once it is
    /// recorded and its host freed.
    pub(super) fn work_until_done(
        &self,
        scheduler: &Scheduler<'_>,
        acquirer: &dyn Acquirer,
        on_event: &(dyn Fn(&Event<'_>) + Sync),
    ) {
        loop {
            let task = match scheduler.next_task() {
                Next::Task(task) => task,
                Next::Sweep => {
                    self.requeue_stale(scheduler);
                    continue;
                }
                Next::Done => return,
            };
            let item = task.item().clone();
            let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match task {
                Task::Probe(item) => self.probe(item, acquirer, scheduler),
                Task::Check(item) => self.check(item, acquirer, scheduler, on_event),
            }))
            .unwrap_or_else(|panic| {
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "a panic".into());
                let mut record = self.record_of(&item, Outcome::Failed, Timings::default());
                record.error = Some(format!("the check panicked: {what}"));
                self.record(record, None).map(Some)
            });
            match done {
                Ok(Some(record)) => {
                    scheduler.finish(&item, Ok(Some(record.outcome)));
                    on_event(&Event::Checked(&record));
                }
                not_recorded => scheduler.finish(&item, not_recorded.map(|_| None)),
            }
        }
    }

    /// Probes the home page: a known favicon or title puts the candidate
    /// ahead in the queue; with only pre-filtered candidates to crawl, one
    /// nothing picked is recorded as skipped.
    fn probe(&self, mut item: Item, acquirer: &dyn Acquirer, scheduler: &Scheduler<'_>) -> Done {
        self.lock_sink().state.attempt(&item.candidate.domain)?;
        let started = self.clock.now_instant();
        let probed = acquirer.probe(&item.candidate.url);
        let timings = Timings {
            probe_ms: millis(self.clock.now_instant() - started),
            ..Timings::default()
        };
        item.probe_ms = timings.probe_ms;
        let snapshot = match probed {
            Ok(snapshot) => snapshot,
            Err(e) => {
                let mut record = self.record_of(&item, Outcome::Unreachable, timings);
                record.error = Some(e.to_string());
                return self.record(record, None).map(Some);
            }
        };
        let fp = self.fingerprinter.fingerprint(&snapshot);
        let picked = self.known().prefilter.take_probe(&mut item, &fp);
        if !picked && self.config.only_prefiltered {
            let record = self.record_of(&item, Outcome::Skipped, timings);
            return self.record(record, None).map(Some);
        }
        scheduler.push(item);
        Ok(None)
    }

    /// Crawls the site, fingerprints it, matches it against the known
    /// sites, and records what was found.
    fn check(
        &self,
        item: Item,
        acquirer: &dyn Acquirer,
        scheduler: &Scheduler<'_>,
        on_event: &(dyn Fn(&Event<'_>) + Sync),
    ) -> Done {
        let mut timings = Timings {
            probe_ms: item.probe_ms,
            ..Timings::default()
        };
        if self.config.only_prefiltered && item.reasons.is_empty() {
            // Not picked (the name pre-filter alone, without probes).
            let record = self.record_of(&item, Outcome::Skipped, timings);
            return self.record(record, None).map(Some);
        }
        self.lock_sink().state.attempt(&item.candidate.domain)?;
        let acquired = match acquirer.acquire(&item.candidate.url) {
            Ok(a) => a,
            Err(e) => {
                let outcome = if matches!(e, Error::Crawl { .. }) {
                    Outcome::Unreachable
                } else {
                    Outcome::Failed
                };
                let mut record = self.record_of(&item, outcome, timings);
                record.error = Some(e.to_string());
                return self.record(record, None).map(Some);
            }
        };
        timings.crawl_ms = millis(acquired.crawl);
        timings.screenshot_ms = millis(acquired.screenshot);
        let started = self.clock.now_instant();
        let fp = self.fingerprinter.fingerprint(&acquired.snapshot);
        self.refresh_store();
        let verdict = self.known().matcher.check(&fp);
        timings.check_ms = millis(self.clock.now_instant() - started);
        let mut verdict = match verdict {
            Ok(v) => v,
            Err(e) => {
                let mut record = self.record_of(&item, Outcome::Failed, timings);
                record.error = Some(e.to_string());
                return self.record(record, None).map(Some);
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
        } else if best.is_some() && self.config.review_score.is_some_and(|r| verdict.score >= r) {
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
        let elsewhere = served.as_deref().and_then(|u| served_elsewhere(&item, u));
        if elsewhere.is_some() {
            record.final_url = served.clone();
        }
        if matches!(outcome, Outcome::Reincarnation | Outcome::Review) {
            record.matched = best;
            if let Some(host) = &elsewhere {
                // Only the name that served the match may be blocked: this
                // one goes to review, the host it led to is checked on its
                // own, from its root.
                record.outcome = Outcome::Review;
                record.reason = Some(format!(
                    "the match was served by {host} after redirects ({})",
                    record.redirects.join(" -> ")
                ));
                if let Some(root) = served
                    .as_deref()
                    .and_then(|u| url::Url::parse(u).ok())
                    .and_then(|u| u.join("/").ok())
                {
                    self.enqueue_redirect_target(host, root.as_str(), scheduler, on_event)?;
                }
            } else if !at_root(&item.candidate.url) {
                // A copy placed at a path of someone else's host (a user
                // folder, an archive) must not block the host: only its
                // root speaks for it.
                record.outcome = Outcome::Review;
                record.reason = Some(format!(
                    "the match was found at {}, not at the root of {}",
                    item.candidate.url, item.candidate.domain
                ));
            } else if outcome == Outcome::Reincarnation {
                apply_name_lists(&mut record, &self.lists()?);
            }
        }
        record.verdict = Some(verdict);
        if matches!(record.outcome, Outcome::Reincarnation | Outcome::Review) {
            self.keep_evidence(&mut record, &acquired.snapshot, &fp, acquirer);
        }
        let fp = (record.outcome == Outcome::Reincarnation).then(|| Box::new(fp));
        self.record(record, fp).map(Some)
    }

    /// Writes the evidence capture of a result, when the watch keeps them,
    /// and says in the record where it is (or why there is none: the
    /// result stands without it).
    fn keep_evidence(
        &self,
        record: &mut CheckRecord,
        snapshot: &crate::SiteSnapshot,
        fp: &crate::SiteFingerprint,
        acquirer: &dyn Acquirer,
    ) {
        let Some(dir) = &self.evidence else { return };
        let result = match serde_json::to_value(&*record) {
            Ok(v) => v,
            Err(e) => {
                record.evidence_error = Some(format!("cannot encode the result: {e}"));
                return;
            }
        };
        let mut capture = Capture::new(snapshot, &self.provenance)
            .with_fingerprint(fp)
            .with_result(&result);
        if let Some(ua) = acquirer.user_agent() {
            capture = capture.with_user_agent(ua);
        }
        match write_capture(dir, &capture) {
            Ok(written) => {
                record.evidence = Some(written.folder.display().to_string());
                record.evidence_sha256 = Some(written.manifest_sha256);
            }
            Err(e) => record.evidence_error = Some(e.to_string()),
        }
    }

    /// A record of `item` with `outcome`, stamped with the watch's clock.
    pub(super) fn record_of(&self, item: &Item, outcome: Outcome, timings: Timings) -> CheckRecord {
        let now = self.clock.now_system();
        CheckRecord {
            domain: item.candidate.domain.clone(),
            url: item.candidate.url.clone(),
            checked_at: humantime::format_rfc3339_seconds(now).to_string(),
            checked_at_unix: unix_seconds(now),
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
            evidence: None,
            evidence_sha256: None,
            evidence_error: None,
            provenance: Some(self.provenance.clone()),
        }
    }
}

/// The host that served `url`, when it is not the candidate (`www.` and
/// the bare name count as one): a redirect to a neighbour on a shared
/// registrable domain is elsewhere too.
fn served_elsewhere(item: &Item, url: &str) -> Option<String> {
    let host = url::Url::parse(url).ok()?.host_str()?.to_string();
    let host = normalize_domain(&host).ok().unwrap_or(host);
    let bare = |h: &str| h.strip_prefix("www.").unwrap_or(h).to_string();
    (bare(&host) != bare(&item.candidate.domain)).then_some(host)
}

/// Whether `url` is a host's root (`/`, no query): what a bare name is
/// crawled from.
fn at_root(url: &str) -> bool {
    url::Url::parse(url).is_ok_and(|u| u.path() == "/" && u.query().is_none())
}

/// What the name lists make of a reincarnation served from its own root:
/// review (with why), allowed to block (with why), or blocked.
fn apply_name_lists(record: &mut CheckRecord, lists: &Lists) {
    match lists.rule(&record.domain, false) {
        Rule::Review(reason) => {
            record.outcome = Outcome::Review;
            record.reason = Some(reason);
        }
        Rule::Allowed(why) => record.reason = Some(why),
        Rule::Wildcard | Rule::Exact(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::watch::state::Candidate;

    fn item(domain: &str, url: &str) -> Item {
        Item::new(
            Candidate {
                domain: domain.into(),
                url: url.into(),
            },
            false,
        )
    }

    #[test]
    fn only_a_root_speaks_for_its_host() {
        for (url, root) in [
            ("http://a.example/", true),
            ("http://a.example", true),
            ("https://a.example/~user/", false),
            ("http://a.example/?page=2", false),
            ("http://a.example/index.html", false),
            ("not a url", false),
        ] {
            assert_eq!(at_root(url), root, "{url}");
        }
    }

    #[test]
    fn a_redirect_elsewhere_is_told_from_one_to_www_or_back() {
        let candidate = item("shop.example", "http://shop.example/");
        for (served, elsewhere) in [
            ("http://shop.example/home", None),
            ("https://www.shop.example/", None),
            ("https://SHOP.example./", None),
            ("https://other.example/", Some("other.example")),
            ("https://cdn.shop.example/", Some("cdn.shop.example")),
        ] {
            assert_eq!(
                served_elsewhere(&candidate, served).as_deref(),
                elsewhere,
                "{served}"
            );
        }
        let www = item("www.shop.example", "http://www.shop.example/");
        assert_eq!(served_elsewhere(&www, "https://shop.example/"), None);
    }
}
