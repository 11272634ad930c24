//! The outputs of a watch, rebuilt from the results and people's decisions
//! (the sources of truth) whenever either changes: the blocklist (domain
//! list, hosts file, RPZ zone), `confirmed.jsonl` (the result behind each
//! blocked name) and `review.jsonl` (what waits for a person, with the
//! reason). Every file is replaced atomically and the folder synced; a kill
//! between two files is mended by the next rebuild, which runs on every
//! start. A rebuild holds `outputs.lock`, so a running watch and the
//! `unblock`/`review` commands never write the outputs at once.

use std::collections::BTreeMap;
use std::fs::OpenOptions;
use std::path::{Path, PathBuf};

use super::decisions::{fold, is_interesting, read_decisions, Decision, Event, Status};
use super::policy::{Lists, Rule};
use super::state::{read_records, CONFIRMED_FILE, RESULTS_FILE, REVIEW_FILE};
use super::CheckRecord;
use crate::blocklist::{self, Blocklist, Entry, RPZ_FILE};
use crate::{Error, Result};

/// The lock a rebuild holds.
pub const OUTPUTS_LOCK: &str = "outputs.lock";

/// A domain waiting for a person.
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewItem {
    /// Why it is not blocked.
    pub reason: String,
    /// Its latest relevant result.
    pub record: CheckRecord,
}

/// What the outputs hold after a rebuild.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rebuilt {
    /// Blocked domains and the result behind each (its `reason` says the
    /// cause, `blocked_as` the names written).
    pub blocked: BTreeMap<String, CheckRecord>,
    /// Domains waiting for a person.
    pub review: BTreeMap<String, ReviewItem>,
    /// Domains a person allowed, with the decision in words.
    pub allowed: BTreeMap<String, String>,
    /// The zone's serial.
    pub serial: u32,
    /// Lines of the results and decisions read that were not records
    /// (skipped).
    pub damaged_lines: usize,
}

/// The results that can matter to the outputs, per domain, in recorded
/// order (light: the fingerprint is never kept, the verdict only for
/// matches).
#[derive(Debug, Default)]
pub(crate) struct History {
    by_domain: BTreeMap<String, Vec<CheckRecord>>,
}

impl History {
    /// Takes in a recorded result; returns whether it can change the
    /// outputs (a match, or a later result of a domain that had one).
    pub fn add(&mut self, record: &CheckRecord) -> bool {
        if !is_interesting(record) && !self.by_domain.contains_key(&record.domain) {
            return false;
        }
        let mut kept = record.clone();
        kept.fingerprint = None;
        if !is_interesting(&kept) {
            kept.verdict = None;
        }
        self.by_domain
            .entry(record.domain.clone())
            .or_default()
            .push(kept);
        true
    }

    /// Rebuilds the outputs of `dir` from this history, the decisions on
    /// disk and the name lists, under the outputs lock.
    pub fn rebuild(&self, dir: &Path, origin: &str) -> Result<Rebuilt> {
        with_outputs_lock(dir, || self.rebuild_locked(dir, origin))
    }

    /// [`rebuild`](Self::rebuild) by a caller that holds the lock.
    fn rebuild_locked(&self, dir: &Path, origin: &str) -> Result<Rebuilt> {
        let lists = Lists::load(dir, origin)?;
        let (decisions, damaged) = read_decisions(dir)?;
        self.write(dir, &lists, &decisions).map(|mut r| {
            r.damaged_lines += damaged;
            r
        })
    }

    fn write(&self, dir: &Path, lists: &Lists, decisions: &[Decision]) -> Result<Rebuilt> {
        let mut by_domain: BTreeMap<&str, Vec<Event<'_>>> = BTreeMap::new();
        // A line whose domain is no normalised host name (damaged, or edited
        // by hand) is damage: it never becomes an owner name of the zone,
        // where a newline would add records (found by fuzzing).
        let mut damaged = 0;
        for (domain, records) in &self.by_domain {
            if !is_host_name(domain) {
                damaged += records.len();
                continue;
            }
            by_domain
                .entry(domain)
                .or_default()
                .extend(records.iter().map(Event::Result));
        }
        for d in decisions {
            if !is_host_name(&d.domain) {
                damaged += 1;
                continue;
            }
            by_domain
                .entry(d.domain.as_str())
                .or_default()
                .push(Event::Decision(d));
        }
        let mut out = Rebuilt {
            damaged_lines: damaged,
            ..Rebuilt::default()
        };
        let mut entries = Vec::new();
        for (domain, events) in by_domain {
            match fold(events) {
                Status::Blocked {
                    mut record,
                    decided,
                    cause,
                } => match lists.rule(domain, decided) {
                    Rule::Wildcard | Rule::Exact(_) => {
                        let wildcard = lists.rule(domain, decided) == Rule::Wildcard;
                        record.blocked_as = if wildcard {
                            vec![domain.to_string(), format!("*.{domain}")]
                        } else {
                            vec![domain.to_string()]
                        };
                        record.reason = Some(cause.clone());
                        entries.push(Entry {
                            domain: domain.to_string(),
                            wildcard,
                            cause,
                            passthru: false,
                        });
                        out.blocked.insert(domain.to_string(), *record);
                    }
                    Rule::Review(reason) => {
                        record.reason = Some(reason.clone());
                        out.review.insert(
                            domain.to_string(),
                            ReviewItem {
                                reason,
                                record: *record,
                            },
                        );
                    }
                    Rule::Allowed(why) => {
                        out.allowed.insert(domain.to_string(), why);
                    }
                },
                Status::Review { mut record, reason } => match lists.rule(domain, false) {
                    Rule::Allowed(why) => {
                        out.allowed.insert(domain.to_string(), why);
                    }
                    _ => {
                        record.reason = Some(reason.clone());
                        out.review.insert(
                            domain.to_string(),
                            ReviewItem {
                                reason,
                                record: *record,
                            },
                        );
                    }
                },
                Status::Allowed(why) => {
                    out.allowed.insert(domain.to_string(), why);
                }
                Status::Nothing => {}
            }
        }
        // An allowed name below a blocked wildcard is let through
        // explicitly: leaving it out of the list would not unblock it.
        let wildcards: Vec<String> = entries
            .iter()
            .filter(|e| e.wildcard)
            .map(|e| format!(".{}", e.domain))
            .collect();
        let allowed: Vec<(String, String)> = out
            .allowed
            .iter()
            .map(|(d, why)| (d.clone(), why.clone()))
            .chain(
                lists
                    .allowlist()
                    .map(|d| (d.to_string(), "allowlist.txt".to_string())),
            )
            .collect();
        for (domain, why) in allowed {
            if wildcards.iter().any(|w| domain.ends_with(w.as_str()))
                && !entries.iter().any(|e| e.domain == domain)
            {
                entries.push(Entry {
                    wildcard: super::policy::fits(&format!("*.{domain}"), lists.origin()),
                    domain,
                    cause: format!("allowed below a blocked wildcard: {why}"),
                    passthru: true,
                });
            }
        }
        let mut list = Blocklist::open_with_origin(dir, lists.origin())?;
        list.replace(entries)?;
        out.serial = list.serial();
        write_jsonl(&dir.join(CONFIRMED_FILE), out.blocked.values())?;
        write_jsonl(
            &dir.join(REVIEW_FILE),
            out.review.values().map(|item| &item.record),
        )?;
        blocklist::sync_dir(dir)?;
        Ok(out)
    }
}

/// Whether `domain` is what [`blocklist::normalize_domain`] makes of it.
fn is_host_name(domain: &str) -> bool {
    blocklist::normalize_domain(domain).is_ok_and(|d| d == domain)
}

fn write_jsonl<'a>(path: &Path, records: impl Iterator<Item = &'a CheckRecord>) -> Result<()> {
    let mut text = String::new();
    for r in records {
        text.push_str(&serde_json::to_string(r).expect("serialisable record"));
        text.push('\n');
    }
    blocklist::replace(path, &text)
}

/// The zone origin a state folder's RPZ was written for (its `; origin`
/// line), or the default.
pub fn origin_of(dir: &Path) -> String {
    std::fs::read_to_string(dir.join(RPZ_FILE))
        .ok()
        .and_then(|zone| {
            zone.lines()
                .find_map(|l| l.trim().strip_prefix("; origin ").map(str::to_string))
        })
        .unwrap_or_else(|| blocklist::DEFAULT_ORIGIN.to_string())
}

/// Runs `f` holding the outputs lock of the state folder `dir`.
pub(crate) fn with_outputs_lock<T>(dir: &Path, f: impl FnOnce() -> Result<T>) -> Result<T> {
    let lock_path = dir.join(OUTPUTS_LOCK);
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| Error::io(&lock_path, e))?;
    lock.lock().map_err(|e| Error::io(&lock_path, e))?;
    let result = f();
    let _ = lock.unlock();
    result
}

/// Rebuilds the outputs of a state folder from its files alone (without
/// taking the watch's lock: a running watch may go on), for the `unblock`
/// and `review` commands.
///
/// # Errors
/// [`Error::Io`].
pub fn rebuild_from_disk(dir: &Path) -> Result<Rebuilt> {
    with_outputs_lock(dir, || rebuild_from_disk_locked(dir))
}

/// [`rebuild_from_disk`] by a caller that holds the outputs lock.
pub(crate) fn rebuild_from_disk_locked(dir: &Path) -> Result<Rebuilt> {
    let mut history = History::default();
    let (records, damaged) = read_records::<CheckRecord>(&dir.join(RESULTS_FILE))?;
    for record in &records {
        history.add(record);
    }
    let mut rebuilt = history.rebuild_locked(dir, &origin_of(dir))?;
    rebuilt.damaged_lines += damaged;
    Ok(rebuilt)
}

/// A state folder that exists.
pub(crate) fn existing(dir: &Path) -> Result<PathBuf> {
    if dir.join(RESULTS_FILE).is_file() {
        Ok(dir.to_path_buf())
    } else {
        Err(Error::State {
            path: dir.to_path_buf(),
            reason: "not a watch state folder (no results.jsonl)".into(),
        })
    }
}
