//! How candidates enter the queue: the input's lines, the candidates a
//! previous run accepted but did not finish, the hosts a match redirected
//! to, and (while the input stays open) results grown old. Each is
//! accepted in the state folder before it is queued, and none is queued
//! while its latest result is fresh or while it waits or is in flight.

use std::io::Read;

use super::clock::unix_seconds;
use super::input::Lines;
use super::queue::Item;
use super::records::{CheckRecord, Event, Outcome, Timings, QUARANTINED};
use super::scheduler::{self, Scheduler};
use super::state::Candidate;
use super::{normalize_domain, Watcher};
use crate::Result;

impl Watcher {
    /// Queues the candidates a previous run accepted and did not finish
    /// (or finished too long ago); a candidate the process died in too
    /// often is recorded as failed (quarantined) instead.
    pub(super) fn resume(
        &self,
        scheduler: &Scheduler<'_>,
        on_event: &(dyn Fn(&Event<'_>) + Sync),
    ) -> Result<()> {
        let mut quarantined = Vec::new();
        {
            let sink = self.lock_sink();
            for c in sink.state.candidates() {
                if self.is_fresh(sink.state.results().get(&c.domain)) {
                    continue;
                }
                let tries = sink.state.unfinished_attempts(&c.domain);
                if scheduler::is_quarantined(&self.config, tries) {
                    quarantined.push((c.clone(), tries));
                    continue;
                }
                scheduler.push(self.prioritise(c.clone()));
                scheduler.count(|s| s.queued += 1);
                on_event(&Event::Queued(c));
            }
        }
        for (c, tries) in quarantined {
            let item = self.prioritise(c);
            let mut record = self.record_of(&item, Outcome::Failed, Timings::default());
            record.error = Some(format!(
                "{QUARANTINED}: the process stopped {tries} times while checking it (a crash or a hang)"
            ));
            let record = self.record(record, None)?;
            scheduler.count(|s| s.add_checked(record.outcome));
            on_event(&Event::Checked(&record));
        }
        Ok(())
    }

    /// Reads candidates from `lines` until the input ends or the run is
    /// halted, and queues each that is not fresh nor queued already.
    pub(super) fn read_input<R: Read>(
        &self,
        lines: &mut Lines<R>,
        scheduler: &Scheduler<'_>,
        on_event: &(dyn Fn(&Event<'_>) + Sync),
    ) -> Result<()> {
        while let Some(line) = lines.next_line(|| scheduler.is_halted())? {
            scheduler.count(|s| s.lines += 1);
            let candidate = match candidate_of_line(&line) {
                None => continue,
                Some(Ok(candidate)) => candidate,
                Some(Err(reason)) => {
                    scheduler.count(|s| s.invalid += 1);
                    on_event(&Event::Invalid {
                        line: line.trim(),
                        reason,
                    });
                    continue;
                }
            };
            if scheduler.contains(&candidate.domain) {
                continue; // a duplicate of one waiting or in flight
            }
            {
                let mut sink = self.lock_sink();
                if self.is_fresh(sink.state.results().get(&candidate.domain)) {
                    drop(sink);
                    scheduler.count(|s| s.fresh += 1);
                    on_event(&Event::Fresh(&candidate.domain));
                    continue;
                }
                sink.state.accept(candidate.clone())?;
            }
            scheduler.push(self.prioritise(candidate.clone()));
            scheduler.count(|s| s.queued += 1);
            on_event(&Event::Queued(&candidate));
        }
        Ok(())
    }

    /// Queues again the accepted candidates whose result has grown old
    /// (the sweep of a run whose input stays open).
    pub(super) fn requeue_stale(&self, scheduler: &Scheduler<'_>) {
        let stale: Vec<Candidate> = {
            let sink = self.lock_sink();
            sink.state
                .candidates()
                .iter()
                .filter(|c| {
                    sink.state
                        .results()
                        .get(&c.domain)
                        .is_some_and(|r| !self.is_fresh(Some(r)))
                })
                .cloned()
                .collect()
        };
        for c in stale {
            if !scheduler.contains(&c.domain) && scheduler.push_unless_queued(self.prioritise(c)) {
                scheduler.count(|s| s.queued += 1);
            }
        }
    }

    /// Accepts the host a candidate redirected to as a candidate of its
    /// own (once; a recent result is not redone).
    pub(super) fn enqueue_redirect_target(
        &self,
        host: &str,
        url: &str,
        scheduler: &Scheduler<'_>,
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
                || scheduler.contains(&candidate.domain)
            {
                return Ok(());
            }
            sink.state.accept(candidate.clone())?;
        }
        scheduler.push(self.prioritise(candidate.clone()));
        on_event(&Event::Queued(&candidate));
        Ok(())
    }

    /// Whether `result` is recent enough, by the watch's clock, not to
    /// check its candidate again.
    fn is_fresh(&self, result: Option<&CheckRecord>) -> bool {
        let now = unix_seconds(self.clock.now_system());
        scheduler::is_fresh(&self.config, result, now)
    }

    /// A queue item for `candidate`, picked by the name pre-filter or not.
    fn prioritise(&self, candidate: Candidate) -> Item {
        self.known().prefilter.prioritise(candidate, &self.config)
    }
}

/// The candidate of an input line: `None` for a blank line or a comment
/// (`#`), the reason for a line that is no domain or URL. A bare name is
/// crawled from `http://name/`, a URL from itself.
fn candidate_of_line(line: &str) -> Option<Result<Candidate, String>> {
    let text = line.trim();
    if text.is_empty() || text.starts_with('#') {
        return None;
    }
    Some(match normalize_domain(text) {
        Ok(domain) => {
            let url = if text.contains("://") {
                text.to_string()
            } else {
                format!("http://{domain}/")
            };
            Ok(Candidate { domain, url })
        }
        Err(e) => Err(e.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_candidates_comments_nothing() {
        let candidate = |domain: &str, url: &str| {
            Some(Ok(Candidate {
                domain: domain.into(),
                url: url.into(),
            }))
        };
        assert_eq!(candidate_of_line(""), None);
        assert_eq!(candidate_of_line("   \t"), None);
        assert_eq!(candidate_of_line("# a feed"), None);
        assert_eq!(
            candidate_of_line("  Market-Two.example.  "),
            candidate("market-two.example", "http://market-two.example/")
        );
        assert_eq!(
            candidate_of_line("https://MIRROR.example./path?q=1"),
            candidate("mirror.example", "https://MIRROR.example./path?q=1")
        );
        assert!(matches!(candidate_of_line("not a domain!"), Some(Err(_))));
    }
}
