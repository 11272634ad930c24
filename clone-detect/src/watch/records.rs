//! What a watch produces: each check's [`CheckRecord`] and its
//! [`Outcome`], the [`Event`]s a caller hears as the watch goes, and the
//! [`Summary`] of a run.

use serde::{Deserialize, Serialize};

use crate::provenance::Provenance;

use super::state::Candidate;
use crate::verdict::{KnownRef, Verdict};
use crate::SiteFingerprint;

/// How the error of a quarantined candidate's record starts.
pub const QUARANTINED: &str = "quarantined";

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
    /// [`WatchConfig::only_prefiltered`](super::WatchConfig::only_prefiltered)).
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
    /// The evidence capture of a confirmed or review result, when the
    /// watch keeps them ([`Watcher::with_evidence`](super::Watcher::with_evidence)):
    /// its folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    /// SHA-256 of the capture's manifest (which pins every file of it):
    /// kept here, it shows later that the capture is the one written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_sha256: Option<String>,
    /// Why the evidence capture could not be written (the result stands).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_error: Option<String>,
    /// The build and model that made the result (absent from results
    /// recorded by builds before it was added).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Provenance>,
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
    /// A check finished: its result is on disk and its host free for the
    /// next request (after the host delay).
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

impl CheckRecord {
    /// Whether this is the record of a candidate quarantined for taking
    /// the process down (see [`WatchConfig::quarantine_after`](super::WatchConfig::quarantine_after)).
    pub(crate) fn is_quarantined(&self) -> bool {
        self.outcome == Outcome::Failed
            && self
                .error
                .as_deref()
                .is_some_and(|e| e.starts_with(QUARANTINED))
    }
}

impl Summary {
    /// Counts a finished check.
    pub(crate) fn add_checked(&mut self, outcome: Outcome) {
        self.checked += 1;
        match outcome {
            Outcome::Reincarnation => self.confirmed += 1,
            Outcome::Review => self.review += 1,
            Outcome::Unreachable | Outcome::Failed => self.failed += 1,
            Outcome::Skipped => self.skipped += 1,
            Outcome::Unrelated => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_outcome_is_counted_once_under_its_heading() {
        let mut summary = Summary::default();
        for outcome in [
            Outcome::Reincarnation,
            Outcome::Review,
            Outcome::Review,
            Outcome::Unrelated,
            Outcome::Unreachable,
            Outcome::Failed,
            Outcome::Skipped,
        ] {
            summary.add_checked(outcome);
        }
        let expected = Summary {
            checked: 7,
            confirmed: 1,
            review: 2,
            failed: 2,
            skipped: 1,
            ..Summary::default()
        };
        assert_eq!(summary, expected);
    }
}
