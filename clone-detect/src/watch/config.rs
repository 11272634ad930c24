//! How a watch works: [`WatchConfig`], its documented defaults, and the
//! one check of its values.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::policy;
use crate::{Error, Result};

/// The default of [`WatchConfig::quarantine_after`].
pub const QUARANTINE_AFTER: u32 = 2;

/// How a watch works. Reads from and writes to configuration files with
/// serde (durations as text such as `"7days"`; a missing field takes its
/// default; unknown fields are refused).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WatchConfig {
    /// Candidates checked at once. Default 4.
    pub workers: usize,
    /// Pause between two requests (a probe or a crawl) to one registrable
    /// domain; two are never in flight at once. Default 1 s.
    #[serde(with = "crate::config_serde")]
    pub host_delay: Duration,
    /// A candidate seen again is checked again once its result is older
    /// than this. Default 7 days.
    #[serde(with = "crate::config_serde")]
    pub recheck_after: Duration,
    /// The same for a candidate that could not be fetched or checked (a
    /// domain often appears in a feed before its site is up). Default 1 h.
    #[serde(with = "crate::config_serde")]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_out_of_range_are_refused_with_what_is_wrong() {
        let base = WatchConfig::default;
        let cases: [(WatchConfig, Option<&str>); 9] = [
            (base(), None),
            (
                WatchConfig {
                    workers: 0,
                    ..base()
                },
                Some("workers"),
            ),
            (
                WatchConfig {
                    min_score: Some(1.5),
                    ..base()
                },
                Some("score 1.5"),
            ),
            (
                WatchConfig {
                    review_score: Some(-0.1),
                    ..base()
                },
                Some("score -0.1"),
            ),
            (
                WatchConfig {
                    min_score: Some(0.5),
                    review_score: Some(0.7),
                    ..base()
                },
                Some("review score 0.7 is above"),
            ),
            (
                WatchConfig {
                    min_score: Some(0.7),
                    review_score: Some(0.7),
                    ..base()
                },
                None,
            ),
            (
                WatchConfig {
                    rpz_origin: "Upper.Example".into(),
                    ..base()
                },
                Some("zone origin"),
            ),
            (
                WatchConfig {
                    rpz_origin: "rpz.example.".into(),
                    ..base()
                },
                None,
            ),
            (
                WatchConfig {
                    add_confirmed: true,
                    lineage: false,
                    ..base()
                },
                Some("needs the lineage"),
            ),
        ];
        for (config, refused) in cases {
            match (config.validate(), refused) {
                (Ok(()), None) => {}
                (Err(Error::Config(message)), Some(part)) => {
                    assert!(message.contains(part), "{message:?} lacks {part:?}");
                }
                (got, want) => panic!("{config:?}: {got:?}, expected {want:?}"),
            }
        }
    }
}
