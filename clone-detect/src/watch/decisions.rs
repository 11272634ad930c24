//! People's decisions on a watch's results, and what each domain's history
//! makes of it: blocked, to review, allowed, or nothing.
//!
//! Decisions (`watch unblock`, `watch review accept|reject`) are appended to
//! `decisions.jsonl` in the state folder, each with who, why and when. A
//! domain's status is the fold of its results and decisions in time order
//! (a result before a decision of the same second):
//!
//! - `accept` blocks it (lifting the public-suffix and platform rules);
//!   `reject` and `unblock` allow it for good: no later result blocks it or
//!   sends it to review, until a later `accept`.
//! - a result scored as a reincarnation blocks it; one in the review band
//!   sends it to review;
//! - a domain that was blocked and is re-checked as unrelated goes to
//!   review (it is no longer blocked in silence); one re-checked as
//!   unreachable stays blocked for [`UNREACHABLE_GRACE`] after it was last
//!   confirmed, then goes to review.
//!
//! The fold reads only recorded times, never the clock, so the outputs are
//! a function of the files: rebuilding them twice gives the same bytes.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::clock::{unix_seconds, Clock, SystemClock};
use super::{CheckRecord, Outcome};
use crate::{Error, Result};

/// The decisions file.
pub const DECISIONS_FILE: &str = "decisions.jsonl";

/// How long a blocked domain may stay unreachable, counted from its last
/// confirmation, before it goes to review: 30 days.
pub const UNREACHABLE_GRACE: u64 = 30 * 24 * 3600;

/// What a person decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Block it (a review item confirmed).
    Accept,
    /// Never block it (a review item turned down).
    Reject,
    /// Remove it from the blocklist and never block it again.
    Unblock,
}

/// One decision, as `decisions.jsonl` holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    /// The normalised domain.
    pub domain: String,
    /// What was decided.
    pub action: Action,
    /// Why, in the person's words.
    pub reason: String,
    /// Who decided.
    pub by: String,
    /// When, RFC 3339 UTC.
    pub at: String,
    /// The same, in seconds since 1970.
    pub at_unix: u64,
}

/// A domain's status after its history.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// Blocked by this result (a reincarnation, or the record a person
    /// accepted), with the cause in words.
    Blocked {
        /// The result that caused it.
        record: Box<CheckRecord>,
        /// Whether a person accepted it.
        decided: bool,
        /// What caused it.
        cause: String,
    },
    /// Waiting for a person, with the reason.
    Review {
        /// The latest result.
        record: Box<CheckRecord>,
        /// Why it is not blocked.
        reason: String,
    },
    /// Allowed by a person.
    Allowed(String),
    /// Nothing to do.
    Nothing,
}

/// One event of a domain's history.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Event<'a> {
    /// A result.
    Result(&'a CheckRecord),
    /// A decision.
    Decision(&'a Decision),
}

impl Event<'_> {
    fn key(&self) -> (u64, u8) {
        match self {
            Event::Result(r) => (r.checked_at_unix, 0),
            Event::Decision(d) => (d.at_unix, 1),
        }
    }
}

/// The status a domain's `events` (results in recorded order, decisions in
/// decided order) lead to.
pub(crate) fn fold(mut events: Vec<Event<'_>>) -> Status {
    // Stable: equal keys keep the order they were recorded in.
    events.sort_by_key(Event::key);
    let mut status = Status::Nothing;
    let mut last_confirmed: Option<u64> = None;
    // A person accepted the match and nothing has contradicted it since:
    // later matches stay accepted, also those the rules hold for review.
    let mut accepted = false;
    // The latest record with a match, for a decision to point to.
    let mut matched: Option<&CheckRecord> = None;
    for event in events {
        match event {
            Event::Decision(d) => match d.action {
                Action::Accept => {
                    last_confirmed = Some(d.at_unix);
                    accepted = matched.is_some();
                    status = match matched {
                        Some(r) => Status::Blocked {
                            record: Box::new(r.clone()),
                            decided: true,
                            cause: format!("accepted by {} at {}: {}", d.by, d.at, d.reason),
                        },
                        // Nothing to show for it: an accept without a
                        // result is kept as allowed-to-nothing.
                        None => Status::Nothing,
                    };
                }
                Action::Reject | Action::Unblock => {
                    accepted = false;
                    status = Status::Allowed(format!(
                        "{} by {} at {}: {}",
                        match d.action {
                            Action::Reject => "rejected",
                            _ => "unblocked",
                        },
                        d.by,
                        d.at,
                        d.reason
                    ));
                }
            },
            Event::Result(r) => {
                if matches!(r.outcome, Outcome::Reincarnation | Outcome::Review) {
                    matched = Some(r);
                }
                if matches!(status, Status::Allowed(_)) {
                    continue;
                }
                match r.outcome {
                    Outcome::Reincarnation => {
                        last_confirmed = Some(r.checked_at_unix);
                        status = Status::Blocked {
                            record: Box::new(r.clone()),
                            decided: accepted,
                            cause: format!(
                                "result of {}{}",
                                r.checked_at,
                                r.matched
                                    .as_ref()
                                    .map_or(String::new(), |m| format!(", match #{}", m.id))
                            ),
                        };
                    }
                    // A match the rules held for review (it scored at the
                    // blocking bar) after a person accepted one: still
                    // accepted.
                    Outcome::Review if accepted && r.score.is_some_and(|s| s >= r.min_score) => {
                        last_confirmed = Some(r.checked_at_unix);
                    }
                    Outcome::Review => {
                        accepted = false;
                        status = Status::Review {
                            record: Box::new(r.clone()),
                            reason: r
                                .reason
                                .clone()
                                .unwrap_or_else(|| "scored in the review band".into()),
                        };
                    }
                    Outcome::Unrelated => {
                        accepted = false;
                        status = match last_confirmed {
                            Some(_) => Status::Review {
                                record: Box::new(r.clone()),
                                reason: format!(
                                    "was blocked; re-checked as unrelated at {}",
                                    r.checked_at
                                ),
                            },
                            None => Status::Nothing,
                        };
                    }
                    Outcome::Unreachable | Outcome::Failed => {
                        if let (Status::Blocked { .. }, Some(at)) = (&status, last_confirmed) {
                            if r.checked_at_unix.saturating_sub(at) > UNREACHABLE_GRACE {
                                status = Status::Review {
                                    record: Box::new(r.clone()),
                                    reason: format!(
                                        "blocked, but unreachable for more than {} days (last try {})",
                                        UNREACHABLE_GRACE / 86_400,
                                        r.checked_at
                                    ),
                                };
                            }
                        }
                    }
                    Outcome::Skipped => {}
                }
            }
        }
    }
    status
}

/// Whether a result can matter to the outputs on its own (the others
/// matter only to a domain that already has such a result or a decision).
pub(crate) fn is_interesting(record: &CheckRecord) -> bool {
    matches!(record.outcome, Outcome::Reincarnation | Outcome::Review)
}

/// Reads `decisions.jsonl` (an unfinished last line is ignored; complete
/// lines that are not decisions are skipped and counted, the second value).
///
/// # Errors
/// [`Error::Io`].
pub fn read_decisions(state: &Path) -> Result<(Vec<Decision>, usize)> {
    super::state::read_records(&state.join(DECISIONS_FILE))
}

/// Appends a decision to `decisions.jsonl` (one synced line).
///
/// # Errors
/// [`Error::Io`] when it cannot be written.
pub(crate) fn append_decision(state: &Path, decision: &Decision) -> Result<()> {
    let (mut log, _) =
        super::state::JsonlLog::open::<serde::de::IgnoredAny>(&state.join(DECISIONS_FILE))?;
    log.append(decision)
}

/// Checks a person's text: one line, not empty, at most 1,000 characters.
///
/// # Errors
/// [`Error::Config`] saying what is wrong.
pub(crate) fn check_text(what: &str, text: &str) -> Result<()> {
    if text.trim().is_empty() || text.chars().count() > 1000 || text.chars().any(char::is_control) {
        return Err(Error::Config(format!(
            "{what} must be one line of 1 to 1,000 characters"
        )));
    }
    Ok(())
}

/// Records a person's decision on `domain` in the state folder `state` and
/// rebuilds its outputs (a running watch may go on: it reads the decisions
/// again on its next rebuild). Returns the outputs after the decision and,
/// for `accept`, the record accepted (its match, for the store's lineage).
///
/// `reject` takes a domain waiting for review; `accept` one waiting for
/// review or allowed earlier (taking an unblock or a rejection back), and
/// is refused for a name the zone cannot hold; `unblock` takes any domain
/// (allowing one before it is ever seen is allowed).
///
/// # Errors
/// [`Error::Config`] for a bad domain or text, or a domain not in review;
/// [`Error::State`] for a folder that is not a watch's; [`Error::Io`].
pub fn decide(
    state: &Path,
    domain: &str,
    action: Action,
    reason: &str,
    by: &str,
) -> Result<(super::outputs::Rebuilt, Option<CheckRecord>)> {
    decide_with_clock(state, domain, action, reason, by, &SystemClock)
}

/// [`decide`], with the decision stamped by `clock`.
///
/// # Errors
/// As [`decide`].
pub fn decide_with_clock(
    state: &Path,
    domain: &str,
    action: Action,
    reason: &str,
    by: &str,
    clock: &dyn Clock,
) -> Result<(super::outputs::Rebuilt, Option<CheckRecord>)> {
    check_text("the reason", reason)?;
    check_text("the name of who decides", by)?;
    let domain = crate::blocklist::normalize_domain(domain)?;
    let state = super::outputs::existing(state)?;
    let before = super::outputs::rebuild_from_disk(&state)?;
    let waiting = before.review.contains_key(&domain);
    let allowed = before.allowed.contains_key(&domain);
    match action {
        Action::Reject if !waiting => {
            return Err(Error::Config(format!(
                "{domain} is not waiting for review (see `watch review`)"
            )))
        }
        // A person may take back an unblock or a rejection.
        Action::Accept if !waiting && !allowed => {
            return Err(Error::Config(format!(
                "{domain} is neither waiting for review nor allowed (see `watch review`)"
            )))
        }
        _ => {}
    }
    if action == Action::Accept {
        let lists = super::policy::Lists::load(&state, &super::outputs::origin_of(&state))?;
        if let super::policy::Rule::Review(why) = lists.rule(&domain, true) {
            return Err(Error::Config(format!("{domain} cannot be blocked: {why}")));
        }
    }
    let now = clock.now_system();
    let decision = Decision {
        domain: domain.clone(),
        action,
        reason: reason.trim().to_string(),
        by: by.trim().to_string(),
        at: humantime::format_rfc3339_seconds(now).to_string(),
        at_unix: unix_seconds(now),
    };
    let after = super::outputs::with_outputs_lock(&state, || {
        append_decision(&state, &decision)?;
        super::outputs::rebuild_from_disk_locked(&state)
    })?;
    let accepted = (action == Action::Accept)
        .then(|| after.blocked.get(&domain).cloned())
        .flatten();
    Ok((after, accepted))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::watch::Timings;

    fn result(domain: &str, at: u64, outcome: Outcome) -> CheckRecord {
        CheckRecord {
            domain: domain.into(),
            url: format!("http://{domain}/"),
            checked_at: format!("t{at}"),
            checked_at_unix: at,
            outcome,
            score: None,
            min_score: 0.5,
            review_score: None,
            matched: None,
            lineage_of: None,
            prefilter: Vec::new(),
            verdict: None,
            error: None,
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

    fn decision(at: u64, action: Action) -> Decision {
        Decision {
            domain: "a.example".into(),
            action,
            reason: "why".into(),
            by: "analyst".into(),
            at: format!("t{at}"),
            at_unix: at,
        }
    }

    fn status(results: &[CheckRecord], decisions: &[Decision]) -> &'static str {
        let events = results
            .iter()
            .map(Event::Result)
            .chain(decisions.iter().map(Event::Decision))
            .collect();
        match fold(events) {
            Status::Blocked { decided: true, .. } => "accepted",
            Status::Blocked { .. } => "blocked",
            Status::Review { .. } => "review",
            Status::Allowed(_) => "allowed",
            Status::Nothing => "nothing",
        }
    }

    #[test]
    fn histories() {
        use Outcome::*;
        let r = |at, o| result("a.example", at, o);
        let held = |at| CheckRecord {
            score: Some(0.9),
            ..result("a.example", at, Review)
        };
        let d = decision;
        let table: &[(&[CheckRecord], &[Decision], &str)] = &[
            (&[r(1, Reincarnation)], &[], "blocked"),
            (&[r(1, Unrelated)], &[], "nothing"),
            (&[r(1, Review)], &[], "review"),
            (&[r(1, Review)], &[d(2, Action::Accept)], "accepted"),
            (&[r(1, Review)], &[d(2, Action::Reject)], "allowed"),
            // Allowed stays allowed, whatever comes later, until accepted.
            (
                &[r(1, Reincarnation), r(3, Reincarnation)],
                &[d(2, Action::Unblock)],
                "allowed",
            ),
            (
                &[r(1, Review), r(4, Reincarnation)],
                &[d(2, Action::Reject), d(3, Action::Accept)],
                "accepted",
            ),
            // Blocked, then unrelated: to review, not blocked in silence.
            (&[r(1, Reincarnation), r(2, Unrelated)], &[], "review"),
            // Unreachable: blocked within the grace, review after it.
            (&[r(1, Reincarnation), r(2, Unreachable)], &[], "blocked"),
            (
                &[r(1, Reincarnation), r(2 + UNREACHABLE_GRACE, Unreachable)],
                &[],
                "review",
            ),
            // A decision and a result of the same second: the result first.
            (&[r(5, Reincarnation)], &[d(5, Action::Unblock)], "allowed"),
            // Accept without any result to point to: nothing.
            (&[], &[d(1, Action::Accept)], "nothing"),
            // Accepted, then re-checked: a match the rules hold for review
            // stays accepted; one scored in the review band goes to review.
            (
                &[r(1, Review), held(3)],
                &[d(2, Action::Accept)],
                "accepted",
            ),
            (
                &[r(1, Review), r(3, Review)],
                &[d(2, Action::Accept)],
                "review",
            ),
            (
                &[r(1, Review), r(3, Reincarnation)],
                &[d(2, Action::Accept)],
                "accepted",
            ),
            (
                &[r(1, Review), r(3, Unrelated), r(4, Reincarnation)],
                &[d(2, Action::Accept)],
                "blocked",
            ),
        ];
        for (i, (results, decisions, want)) in table.iter().enumerate() {
            assert_eq!(status(results, decisions), *want, "case {i}");
        }
    }

    #[test]
    fn a_decision_is_stamped_by_the_clock_given() {
        use crate::watch::clock::ManualClock;
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(super::super::state::RESULTS_FILE), "").unwrap();
        let clock = ManualClock::default();
        clock.advance(std::time::Duration::from_secs(90));
        let (after, accepted) = decide_with_clock(
            dir.path(),
            "A.example",
            Action::Unblock,
            "a false positive",
            "analyst",
            &clock,
        )
        .unwrap();
        assert_eq!(accepted, None);
        assert!(after.allowed.contains_key("a.example"));
        let (decisions, damaged) = read_decisions(dir.path()).unwrap();
        assert_eq!(damaged, 0);
        assert_eq!(decisions.len(), 1);
        assert_eq!(decisions[0].at, "2024-01-01T00:01:30Z");
        assert_eq!(decisions[0].at_unix, ManualClock::DEFAULT_START_UNIX + 90);
    }
}
