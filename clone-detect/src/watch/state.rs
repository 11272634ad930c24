//! The state folder of a watch: what it was asked to check and what it
//! found, kept so that a killed watch resumes without losing or redoing
//! anything.
//!
//! ```text
//! STATE/
//!   lock              held (flock) while a watch runs: one watch per folder
//!   candidates.jsonl  every candidate accepted, once, before it is checked
//!   attempts.jsonl    every check started, before it starts
//!   results.jsonl     one record per finished check (the source of truth)
//!   decisions.jsonl   people's decisions: unblock, review accept / reject
//!   platforms.txt     (optional, the user's) more shared platforms
//!   allowlist.txt     (optional, the user's) names never blocked
//!   confirmed.jsonl   the result behind each blocked name   } outputs, rebuilt
//!   review.jsonl      what waits for a person, and why      } from results.jsonl
//!   domains.txt, hosts.txt, blocklist.rpz   the blocklist   } and decisions.jsonl
//!   outputs.lock      held while the outputs are rebuilt
//! ```
//!
//! Every line is appended with one `write` on a file opened for appending
//! and synced before the next step, so a kill leaves at most an unfinished
//! last line; it is recognised by its missing newline and cut off when the
//! file is next opened. A result reaches `results.jsonl` before any output,
//! and on start every output is brought up to date with the results (each
//! write there is idempotent), so a kill between the two loses nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::{CheckRecord, Outcome};
use crate::{Error, Result};

/// The candidates file.
pub const CANDIDATES_FILE: &str = "candidates.jsonl";
/// The results file.
pub const RESULTS_FILE: &str = "results.jsonl";
/// Confirmed reincarnations, one record per line.
pub const CONFIRMED_FILE: &str = "confirmed.jsonl";
/// Records in the review band.
pub const REVIEW_FILE: &str = "review.jsonl";
/// The lock file.
pub const LOCK_FILE: &str = "lock";
/// Every check started, written before it starts: a site that crashes or
/// hangs the process is known after the restart.
pub const ATTEMPTS_FILE: &str = "attempts.jsonl";

/// A check started (an attempts line).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    /// The domain.
    pub domain: String,
    /// The number of result lines when it started: a result of the domain
    /// at or after this line finished it.
    pub results_before: usize,
}

/// An accepted candidate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    /// The normalised domain: the key of everything.
    pub domain: String,
    /// What to crawl: the line's URL when it was one, else `http://domain/`.
    pub url: String,
}

/// A JSON Lines file appended one synced line at a time.
#[derive(Debug)]
pub struct JsonlLog {
    path: PathBuf,
    file: File,
    damaged: usize,
}

impl JsonlLog {
    /// Opens (creating) `path`, cuts off an unfinished last line, and
    /// returns the file with the records it holds. A complete line that is
    /// not a record is damage: skipped and counted ([`damaged`](Self::damaged)),
    /// never a reason to refuse the whole file.
    ///
    /// # Errors
    /// [`Error::Io`].
    pub fn open<T: DeserializeOwned>(path: &Path) -> Result<(Self, Vec<T>)> {
        let io = |e| Error::io(path, e);
        let mut file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(path)
            .map_err(io)?;
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).map_err(io)?;
        let complete = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        if complete < bytes.len() {
            file.set_len(complete as u64).map_err(io)?;
            file.sync_data().map_err(io)?;
            file.seek(SeekFrom::End(0)).map_err(io)?;
        }
        let (records, damaged) = parse_lines(&bytes[..complete]);
        Ok((
            Self {
                path: path.to_path_buf(),
                file,
                damaged,
            },
            records,
        ))
    }

    /// Complete lines that were not records when the file was opened.
    pub fn damaged(&self) -> usize {
        self.damaged
    }

    /// Appends one record as one line and syncs it. A write that fails
    /// part-way (a full disk) is cut back, so the next line never merges
    /// with a partial one.
    ///
    /// # Errors
    /// [`Error::Io`] when writing fails.
    pub fn append<T: Serialize>(&mut self, record: &T) -> Result<()> {
        let mut line = serde_json::to_vec(record).expect("serialisable record");
        line.push(b'\n');
        let before = self
            .file
            .metadata()
            .map_err(|e| Error::io(&self.path, e))?
            .len();
        let written = self
            .file
            .write_all(&line)
            .and_then(|()| self.file.sync_data());
        if let Err(e) = written {
            let _ = self.file.set_len(before);
            return Err(Error::io(&self.path, e));
        }
        Ok(())
    }
}

/// Reads the records of a JSON Lines file without writing to it (another
/// process may be appending): an unfinished last line is left out, a
/// missing file holds none, and complete lines that are not records are
/// skipped and counted (the second value).
///
/// # Errors
/// [`Error::Io`].
pub fn read_records<T: DeserializeOwned>(path: &Path) -> Result<(Vec<T>, usize)> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((Vec::new(), 0)),
        Err(e) => return Err(Error::io(path, e)),
    };
    Ok(parse_lines(&bytes))
}

/// The records of the complete lines of `bytes`, and how many complete
/// lines were not records.
fn parse_lines<T: DeserializeOwned>(bytes: &[u8]) -> (Vec<T>, usize) {
    let complete = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let mut records = Vec::new();
    let mut damaged = 0;
    for line in bytes[..complete].split(|&b| b == b'\n') {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice(line) {
            Ok(record) => records.push(record),
            Err(_) => damaged += 1,
        }
    }
    (records, damaged)
}

/// The state folder, open and locked.
#[derive(Debug)]
pub struct WatchState {
    dir: PathBuf,
    _lock: File,
    candidates: JsonlLog,
    results: JsonlLog,
    attempts: JsonlLog,
    /// Attempts per domain that no result finished.
    unfinished: BTreeMap<String, u32>,
    /// Every accepted candidate, in order of acceptance.
    accepted: Vec<Candidate>,
    known: BTreeSet<String>,
    /// The latest result per domain.
    latest: BTreeMap<String, CheckRecord>,
    /// The line number of each domain's latest result.
    line_of: BTreeMap<String, usize>,
    /// Lines of results.
    lines: usize,
}

impl WatchState {
    /// Opens (creating) the state folder and takes its lock.
    ///
    /// # Errors
    /// [`Error::Io`]; [`Error::State`] when another watch holds the folder
    /// or a file is damaged.
    pub fn open(dir: &Path) -> Result<Self> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let lock_path = dir.join(LOCK_FILE);
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| Error::io(&lock_path, e))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(Error::State {
                    path: dir.to_path_buf(),
                    reason: "another watch is using this state folder".into(),
                })
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(Error::io(&lock_path, e)),
        }
        let (candidates, accepted) = JsonlLog::open::<Candidate>(&dir.join(CANDIDATES_FILE))?;
        let (results, records) = JsonlLog::open::<CheckRecord>(&dir.join(RESULTS_FILE))?;
        let (attempts, started) = JsonlLog::open::<Attempt>(&dir.join(ATTEMPTS_FILE))?;
        let known = accepted.iter().map(|c| c.domain.clone()).collect();
        let mut latest = BTreeMap::new();
        let mut line_of = BTreeMap::new();
        let lines = records.len();
        for (i, r) in records.into_iter().enumerate() {
            line_of.insert(r.domain.clone(), i);
            latest.insert(r.domain.clone(), kept(r));
        }
        let mut unfinished: BTreeMap<String, u32> = BTreeMap::new();
        for a in started {
            let finished = line_of
                .get(&a.domain)
                .is_some_and(|line| *line >= a.results_before);
            if !finished {
                *unfinished.entry(a.domain).or_default() += 1;
            }
        }
        Ok(Self {
            dir: dir.to_path_buf(),
            _lock: lock,
            candidates,
            results,
            attempts,
            unfinished,
            accepted,
            known,
            latest,
            line_of,
            lines,
        })
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Every accepted candidate, in order.
    pub fn candidates(&self) -> &[Candidate] {
        &self.accepted
    }

    /// The latest result per domain (verdicts kept for confirmed and
    /// review results only; `results.jsonl` has them all).
    pub fn results(&self) -> &BTreeMap<String, CheckRecord> {
        &self.latest
    }

    /// The latest result per domain, in the order they were recorded.
    pub fn results_in_order(&self) -> Vec<&CheckRecord> {
        let mut all: Vec<(usize, &CheckRecord)> = self
            .latest
            .iter()
            .map(|(d, r)| (self.line_of.get(d).copied().unwrap_or(usize::MAX), r))
            .collect();
        all.sort_by_key(|(line, _)| *line);
        all.into_iter().map(|(_, r)| r).collect()
    }

    /// Records a candidate (once per domain; later calls for the same
    /// domain do nothing). Returns whether it was new.
    ///
    /// # Errors
    /// [`Error::Io`] when writing fails.
    pub fn accept(&mut self, candidate: Candidate) -> Result<bool> {
        if self.known.contains(&candidate.domain) {
            return Ok(false);
        }
        self.candidates.append(&candidate)?;
        self.known.insert(candidate.domain.clone());
        self.accepted.push(candidate);
        Ok(true)
    }

    /// Complete lines of the state files that were not records (skipped).
    pub fn damaged_lines(&self) -> usize {
        self.candidates.damaged() + self.results.damaged() + self.attempts.damaged()
    }

    /// How many checks of `domain` were started and never finished (the
    /// process stopped during them), when the folder was opened.
    pub fn unfinished_attempts(&self, domain: &str) -> u32 {
        self.unfinished.get(domain).copied().unwrap_or(0)
    }

    /// Records that a check of `domain` starts.
    ///
    /// # Errors
    /// [`Error::Io`] when writing fails.
    pub fn attempt(&mut self, domain: &str) -> Result<()> {
        self.attempts.append(&Attempt {
            domain: domain.to_string(),
            results_before: self.lines,
        })
    }

    /// Records a finished check.
    ///
    /// # Errors
    /// [`Error::Io`] when writing fails (the result is then not recorded).
    pub fn record(&mut self, record: CheckRecord) -> Result<()> {
        self.results.append(&record)?;
        self.line_of.insert(record.domain.clone(), self.lines);
        self.lines += 1;
        self.latest.insert(record.domain.clone(), kept(record));
        Ok(())
    }
}

/// What is kept in memory of a result: everything for the outputs'
/// records (confirmed and review), the verdict's evidence only there, so
/// that millions of unrelated candidates stay small.
pub(crate) fn kept(mut record: CheckRecord) -> CheckRecord {
    if !matches!(record.outcome, Outcome::Reincarnation | Outcome::Review) {
        record.verdict = None;
        record.fingerprint = None;
    }
    record
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unfinished_line_is_cut_and_damage_is_skipped_and_counted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.jsonl");
        std::fs::write(
            &path,
            "{\"domain\":\"a.example\",\"url\":\"u\"}\n{\"domain\":\"b.ex",
        )
        .unwrap();
        let (mut log, records) = JsonlLog::open::<Candidate>(&path).unwrap();
        assert_eq!(records.len(), 1);
        log.append(&Candidate {
            domain: "c.example".into(),
            url: "http://c.example/".into(),
        })
        .unwrap();
        let (_, records) = JsonlLog::open::<Candidate>(&path).unwrap();
        let domains: Vec<_> = records.iter().map(|c| c.domain.as_str()).collect();
        assert_eq!(domains, ["a.example", "c.example"]);
        std::fs::write(
            &path,
            "not json\n{\"domain\":\"d.example\",\"url\":\"u\"}\n\u{0}\u{0}\n",
        )
        .unwrap();
        let (log, records) = JsonlLog::open::<Candidate>(&path).unwrap();
        assert_eq!(records.len(), 1);
        assert_eq!(log.damaged(), 2);
    }

    #[test]
    fn one_watch_per_folder() {
        let dir = tempfile::tempdir().unwrap();
        let first = WatchState::open(dir.path()).unwrap();
        assert!(matches!(
            WatchState::open(dir.path()),
            Err(Error::State { .. })
        ));
        drop(first);
        let mut again = WatchState::open(dir.path()).unwrap();
        let c = Candidate {
            domain: "a.example".into(),
            url: "http://a.example/".into(),
        };
        assert!(again.accept(c.clone()).unwrap());
        assert!(!again.accept(c).unwrap());
        drop(again);
        assert_eq!(WatchState::open(dir.path()).unwrap().candidates().len(), 1);
    }
}
