//! The outputs of a watch: the blocklist of confirmed reincarnations and
//! the JSON Lines of confirmed and review records. Every write is
//! idempotent (a domain is listed once), so replaying the recorded results
//! after a kill finishes what it interrupted and duplicates nothing.

use std::collections::BTreeSet;
use std::path::Path;

use super::state::{JsonlLog, CONFIRMED_FILE, REVIEW_FILE};
use super::{CheckRecord, Outcome};
use crate::blocklist::Blocklist;
use crate::Result;

/// Just the key of a record, for reading the outputs back.
#[derive(serde::Deserialize)]
struct Key {
    domain: String,
}

#[derive(Debug)]
pub(crate) struct Outputs {
    blocklist: Blocklist,
    confirmed: JsonlLog,
    confirmed_domains: BTreeSet<String>,
    review: JsonlLog,
    review_domains: BTreeSet<String>,
}

impl Outputs {
    pub fn open(dir: &Path) -> Result<Self> {
        let blocklist = Blocklist::open(dir)?;
        let (confirmed, c) = JsonlLog::open::<Key>(&dir.join(CONFIRMED_FILE))?;
        let (review, r) = JsonlLog::open::<Key>(&dir.join(REVIEW_FILE))?;
        Ok(Self {
            blocklist,
            confirmed,
            confirmed_domains: c.into_iter().map(|k| k.domain).collect(),
            review,
            review_domains: r.into_iter().map(|k| k.domain).collect(),
        })
    }

    /// Writes what `record` adds to the outputs, if anything.
    pub fn apply(&mut self, record: &CheckRecord) -> Result<()> {
        match record.outcome {
            Outcome::Reincarnation => {
                if !self.confirmed_domains.contains(&record.domain) {
                    self.confirmed.append(&without_fingerprint(record))?;
                    self.confirmed_domains.insert(record.domain.clone());
                }
                self.blocklist.insert(&record.domain)?;
            }
            Outcome::Review if !self.review_domains.contains(&record.domain) => {
                self.review.append(&without_fingerprint(record))?;
                self.review_domains.insert(record.domain.clone());
            }
            _ => {}
        }
        Ok(())
    }
}

/// The record as the outputs show it: the fingerprint kept for the store
/// is left out.
fn without_fingerprint(record: &CheckRecord) -> CheckRecord {
    CheckRecord {
        fingerprint: None,
        ..record.clone()
    }
}
