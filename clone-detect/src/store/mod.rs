//! The store of known sites: one file, append-only, checksummed, durable.
//!
//! Each entry holds an id, a label, the site's fingerprint, when it was
//! added and, optionally, when the site was first and last seen. Each known
//! site also keeps its *lineage*: the chain of confirmed reincarnations (A
//! seized, then B, then C) with the time each was first seen; a confirmed
//! reincarnation can itself be added as a known site, linked to the site it
//! reincarnates, so the next mirror is matched against the newest look too.
//!
//! The file holds a header with the format version, then one checksummed
//! record per change (an addition, a removal, a confirmed reincarnation).
//! A file is written in the oldest format that holds its records: version 1
//! until the first reincarnation is recorded, then version 2, which older
//! builds refuse instead of misreading. Writers take an exclusive lock on the file, catch up with
//! records other processes appended, append, and `fsync` before reporting
//! success; a write interrupted by a crash or a kill leaves at most an
//! incomplete last record, which is ignored and cut off by the next writer.
//!
//! ```
//! use clone_detect::store::{KnownStore, NewKnownSite};
//! use clone_detect::{Fingerprinter, FingerprintConfig, SiteSnapshot};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let path = dir.path().join("known.cdstore");
//! let fp = Fingerprinter::new(FingerprintConfig::default())?
//!     .fingerprint(&SiteSnapshot::single_page("index.html", b"<p>market</p>".to_vec()));
//!
//! let mut store = KnownStore::open(&path)?;
//! let id = store.add(NewKnownSite::new("seized market", fp))?;
//! drop(store);
//!
//! let store = KnownStore::open_existing(&path)?;
//! assert_eq!(store.get(id).unwrap().label, "seized market");
//! # Ok::<(), clone_detect::Error>(())
//! ```

mod log;

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::{Error, HashSpecs, Result, SiteFingerprint};

/// The newest store format this build reads and writes.
pub const STORE_FORMAT_VERSION: u32 = 2;
/// The format of a store without reincarnation records.
const BASE_FORMAT_VERSION: u32 = 1;
/// The first format with reincarnation records.
const LINEAGE_FORMAT_VERSION: u32 = 2;

/// One known site.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnownSite {
    /// Unique within the store, never reused.
    pub id: u64,
    /// What the analyst calls it.
    pub label: String,
    /// When it was added, RFC 3339 UTC.
    pub added_at: String,
    /// When the site was first seen, as given by the analyst.
    pub first_seen: Option<String>,
    /// When the site was last seen, as given by the analyst.
    pub last_seen: Option<String>,
    /// For a confirmed reincarnation added as a known site: the site whose
    /// lineage it belongs to (the first of the chain).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reincarnation_of: Option<u64>,
    /// Its fingerprint.
    pub fingerprint: SiteFingerprint,
}

/// A confirmed reincarnation in a known site's lineage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reincarnation {
    /// The first site of the lineage.
    pub of: u64,
    /// The reincarnation's domain.
    pub domain: String,
    /// When it was first seen, RFC 3339 UTC.
    pub first_seen: String,
    /// The known site it was matched to (the first of the lineage or a
    /// later reincarnation of it).
    pub matched: u64,
    /// The fused score of that match.
    pub score: f64,
    /// The known site added for it, when its fingerprint was added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<u64>,
}

/// A reincarnation to record: what [`Reincarnation`] holds but the lineage
/// and the added site, which the store fills in.
#[derive(Clone, Debug)]
pub struct NewReincarnation {
    /// The known site the check matched.
    pub matched: u64,
    /// The reincarnation's domain.
    pub domain: String,
    /// When it was first seen, RFC 3339 UTC.
    pub first_seen: String,
    /// The fused score of the match.
    pub score: f64,
}

/// A site to add: everything but the id and the time of adding.
#[derive(Clone, Debug)]
pub struct NewKnownSite {
    /// What the analyst calls it.
    pub label: String,
    /// When the site was first seen.
    pub first_seen: Option<String>,
    /// When the site was last seen.
    pub last_seen: Option<String>,
    /// The site whose lineage it belongs to, for a confirmed reincarnation
    /// (set by [`KnownStore::record_reincarnation`]).
    pub reincarnation_of: Option<u64>,
    /// Its fingerprint.
    pub fingerprint: SiteFingerprint,
}

impl NewKnownSite {
    /// A site with a label and a fingerprint, no dates.
    pub fn new(label: impl Into<String>, fingerprint: SiteFingerprint) -> Self {
        Self {
            label: label.into(),
            first_seen: None,
            last_seen: None,
            reincarnation_of: None,
            fingerprint,
        }
    }
}

/// One record of the log.
#[derive(Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "lowercase")]
enum Op {
    Add(Box<KnownSite>),
    Remove { id: u64 },
    Reincarnation(Box<Reincarnation>),
}

/// An open store. Reading is lock-free; adding and removing lock the file.
#[derive(Debug)]
pub struct KnownStore {
    path: PathBuf,
    file: File,
    sites: BTreeMap<u64, KnownSite>,
    /// Confirmed reincarnations by the first site of their lineage, in the
    /// order recorded.
    lineage: BTreeMap<u64, Vec<Reincarnation>>,
    /// The format version in the file's header.
    version: u32,
    next_id: u64,
    /// Bytes of the file applied to `sites`.
    applied: u64,
    /// Bytes of an unfinished last record found when opening.
    unfinished: u64,
}

impl KnownStore {
    /// Opens the store at `path`, creating an empty one when there is none.
    ///
    /// # Errors
    /// [`Error::Io`], [`Error::Store`] for a file that is not a store or is
    /// damaged, [`Error::StoreVersion`] for a newer format.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        if !path.exists() {
            create(path)?;
        }
        Self::open_existing(path)
    }

    /// Opens an existing store; a missing file is an error.
    ///
    /// # Errors
    /// As [`open`](Self::open), and [`Error::Io`] when the file is missing.
    pub fn open_existing(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .open(&path)
            .or_else(|_| OpenOptions::new().read(true).open(&path))
            .map_err(|e| Error::io(&path, e))?;
        let mut store = Self {
            path,
            file,
            sites: BTreeMap::new(),
            lineage: BTreeMap::new(),
            version: BASE_FORMAT_VERSION,
            next_id: 1,
            applied: 0,
            unfinished: 0,
        };
        store.catch_up()?;
        Ok(store)
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The known sites, by id.
    pub fn sites(&self) -> impl ExactSizeIterator<Item = &KnownSite> {
        self.sites.values()
    }

    /// How many sites the store holds.
    pub fn len(&self) -> usize {
        self.sites.len()
    }

    /// Whether the store holds no site.
    pub fn is_empty(&self) -> bool {
        self.sites.is_empty()
    }

    /// The site with `id`.
    pub fn get(&self, id: u64) -> Option<&KnownSite> {
        self.sites.get(&id)
    }

    /// The first site of the lineage `id` belongs to: `id` itself unless it
    /// was added as a reincarnation of another site.
    pub fn root_of(&self, id: u64) -> u64 {
        let mut at = id;
        // Links only ever point to older sites, so this ends; the bound is
        // for a hand-edited file.
        for _ in 0..=self.sites.len() {
            match self.sites.get(&at).and_then(|s| s.reincarnation_of) {
                Some(up) if up != at => at = up,
                _ => break,
            }
        }
        at
    }

    /// The confirmed reincarnations of the lineage `id` belongs to, oldest
    /// first (by first-seen time, then by when they were recorded).
    pub fn lineage(&self, id: u64) -> Vec<&Reincarnation> {
        let mut chain: Vec<&Reincarnation> = self
            .lineage
            .get(&self.root_of(id))
            .map(|l| l.iter().collect())
            .unwrap_or_default();
        chain.sort_by(|a, b| a.first_seen.cmp(&b.first_seen));
        chain
    }

    /// The format version of the file.
    pub fn format_version(&self) -> u32 {
        self.version
    }

    /// Records a confirmed reincarnation in the lineage of the site it
    /// matched and, when `site` is given, adds its fingerprint as a known
    /// site linked to that lineage; both in one durable write. A domain
    /// already in the lineage is not recorded again: the call returns
    /// `None` and writes nothing, so replaying a result is harmless.
    ///
    /// ```
    /// use clone_detect::store::{KnownStore, NewKnownSite, NewReincarnation};
    /// use clone_detect::{Fingerprinter, FingerprintConfig, SiteSnapshot};
    ///
    /// let dir = tempfile::tempdir().unwrap();
    /// let fp = |body: &str| Fingerprinter::new(FingerprintConfig::default()).unwrap()
    ///     .fingerprint(&SiteSnapshot::single_page("index.html", body.as_bytes().to_vec()));
    /// let mut store = KnownStore::open(dir.path().join("known.cdstore"))?;
    /// let seized = store.add(NewKnownSite::new("market", fp("<p>market</p>")))?;
    /// let next = NewReincarnation { matched: seized, domain: "market2.example".into(),
    ///     first_seen: "2026-01-02T00:00:00Z".into(), score: 0.97 };
    /// let recorded = store.record_reincarnation(next.clone(),
    ///     Some(NewKnownSite::new("market2", fp("<p>market 2</p>"))))?.unwrap();
    /// assert_eq!(store.root_of(recorded.site.unwrap()), seized);
    /// assert!(store.record_reincarnation(next, None)?.is_none()); // already there
    /// assert_eq!(store.lineage(seized)[0].domain, "market2.example");
    /// # Ok::<(), clone_detect::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::Config`] when `matched` is not in the store; as
    /// [`add`](Self::add) otherwise.
    pub fn record_reincarnation(
        &mut self,
        reincarnation: NewReincarnation,
        site: Option<NewKnownSite>,
    ) -> Result<Option<Reincarnation>> {
        if let Some(site) = &site {
            site.fingerprint
                .specs
                .ensure_comparable(&HashSpecs::current())?;
        }
        let added_at = humantime::format_rfc3339_seconds(SystemTime::now()).to_string();
        let mut recorded = None;
        let mut missing = false;
        self.write_locked(|store, next_id| {
            if !store.sites.contains_key(&reincarnation.matched) {
                missing = true;
                return Vec::new();
            }
            let of = store.root_of(reincarnation.matched);
            let known = store
                .lineage
                .get(&of)
                .is_some_and(|l| l.iter().any(|r| r.domain == reincarnation.domain));
            if known {
                return Vec::new();
            }
            let mut ops = Vec::new();
            let mut site_id = None;
            if let Some(site) = site {
                site_id = Some(next_id);
                ops.push(Op::Add(Box::new(KnownSite {
                    id: next_id,
                    label: site.label,
                    added_at: added_at.clone(),
                    first_seen: site.first_seen,
                    last_seen: site.last_seen,
                    reincarnation_of: Some(of),
                    fingerprint: site.fingerprint,
                })));
            }
            let r = Reincarnation {
                of,
                domain: reincarnation.domain,
                first_seen: reincarnation.first_seen,
                matched: reincarnation.matched,
                score: reincarnation.score,
                site: site_id,
            };
            recorded = Some(r.clone());
            ops.push(Op::Reincarnation(Box::new(r)));
            ops
        })?;
        if missing {
            return Err(Error::Config(format!(
                "known site {} is not in the store",
                reincarnation.matched
            )));
        }
        Ok(recorded)
    }

    /// Bytes of an unfinished record (an interrupted write) found at the end
    /// of the file when it was last read; they are not part of the store.
    pub fn unfinished_bytes(&self) -> u64 {
        self.unfinished
    }

    /// Adds one site and returns its id once it is on disk.
    ///
    /// # Errors
    /// [`Error::SpecMismatch`] when the fingerprint was made with other hash
    /// specs than this build's; [`Error::Io`] when writing fails (nothing is
    /// then added).
    pub fn add(&mut self, site: NewKnownSite) -> Result<u64> {
        Ok(self.add_all(vec![site])?[0])
    }

    /// Adds sites with one `fsync`; all are added or, on error, none is
    /// reported added.
    ///
    /// # Errors
    /// As [`add`](Self::add).
    pub fn add_all(&mut self, sites: Vec<NewKnownSite>) -> Result<Vec<u64>> {
        let current = HashSpecs::current();
        for site in &sites {
            site.fingerprint.specs.ensure_comparable(&current)?;
        }
        let added_at = humantime::format_rfc3339_seconds(SystemTime::now()).to_string();
        self.write_locked(|_, next_id| {
            let mut ops = Vec::new();
            for (i, site) in sites.into_iter().enumerate() {
                ops.push(Op::Add(Box::new(KnownSite {
                    id: next_id + i as u64,
                    label: site.label,
                    added_at: added_at.clone(),
                    first_seen: site.first_seen,
                    last_seen: site.last_seen,
                    reincarnation_of: site.reincarnation_of,
                    fingerprint: site.fingerprint,
                })));
            }
            ops
        })
    }

    /// Removes the site with `id`. Returns whether it was there.
    ///
    /// # Errors
    /// [`Error::Io`] when writing fails.
    pub fn remove(&mut self, id: u64) -> Result<bool> {
        let mut present = false;
        self.write_locked(|store, _| {
            present = store.sites.contains_key(&id);
            if present {
                vec![Op::Remove { id }]
            } else {
                Vec::new()
            }
        })?;
        Ok(present)
    }

    /// Under an exclusive lock: reads what others appended, cuts off an
    /// unfinished record, appends the records `make` builds from the current
    /// sites and the next free id, syncs, applies them. Returns the ids added.
    fn write_locked(&mut self, make: impl FnOnce(&Self, u64) -> Vec<Op>) -> Result<Vec<u64>> {
        let path = self.path.clone();
        let io = |e| Error::io(&path, e);
        self.file.lock().map_err(io)?;
        let result = (|| {
            self.catch_up()?;
            if self.unfinished > 0 {
                self.file.set_len(self.applied).map_err(io)?;
                self.unfinished = 0;
            }
            let ops = make(self, self.next_id);
            if ops.is_empty() {
                return Ok(Vec::new());
            }
            let lineage = ops.iter().any(|op| matches!(op, Op::Reincarnation(_)));
            if lineage && self.version < LINEAGE_FORMAT_VERSION {
                // The header first: a crash before the records leaves a
                // version-2 file without version-2 records, which is valid.
                self.file
                    .seek(SeekFrom::Start(log::VERSION_OFFSET))
                    .map_err(io)?;
                self.file
                    .write_all(&LINEAGE_FORMAT_VERSION.to_le_bytes())
                    .map_err(io)?;
                self.file.sync_data().map_err(io)?;
                self.version = LINEAGE_FORMAT_VERSION;
            }
            let mut bytes = Vec::new();
            for op in &ops {
                let payload = serde_json::to_vec(op).expect("serialisable record");
                if payload.len() > log::MAX_PAYLOAD {
                    return Err(Error::Store {
                        path: path.clone(),
                        reason: format!("a record of {} bytes is too large", payload.len()),
                    });
                }
                bytes.extend(log::frame(&payload));
            }
            self.file.seek(SeekFrom::Start(self.applied)).map_err(io)?;
            self.file.write_all(&bytes).map_err(io)?;
            self.file.sync_data().map_err(io)?;
            self.applied += bytes.len() as u64;
            Ok(ops.into_iter().filter_map(|op| self.apply(op)).collect())
        })();
        let unlocked = self.file.unlock().map_err(io);
        let ids = result?;
        unlocked?;
        Ok(ids)
    }

    /// Reads records appended since the last read and applies them.
    fn catch_up(&mut self) -> Result<()> {
        let path = self.path.clone();
        let mut bytes = Vec::new();
        self.file
            .seek(SeekFrom::Start(0))
            .map_err(|e| Error::io(&path, e))?;
        self.file
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io(&path, e))?;
        if (bytes.len() as u64) < self.applied {
            return Err(Error::Store {
                path,
                reason: "the file shrank below records already read".into(),
            });
        }
        let scan = log::scan(&path, &bytes, self.applied as usize, STORE_FORMAT_VERSION)?;
        self.version = scan.version;
        for (offset, payload) in scan.records {
            let op: Op = serde_json::from_slice(payload).map_err(|e| Error::Store {
                path: path.clone(),
                reason: format!("record at byte {offset} is not a store record: {e}"),
            })?;
            self.apply(op);
        }
        self.applied = scan.valid_len;
        self.unfinished = bytes.len() as u64 - scan.valid_len;
        Ok(())
    }

    /// Applies one record; returns the id it added.
    fn apply(&mut self, op: Op) -> Option<u64> {
        match op {
            Op::Add(site) => {
                let id = site.id;
                self.next_id = self.next_id.max(id + 1);
                self.sites.insert(id, *site);
                Some(id)
            }
            Op::Remove { id } => {
                self.sites.remove(&id);
                None
            }
            Op::Reincarnation(r) => {
                self.lineage.entry(r.of).or_default().push(*r);
                None
            }
        }
    }
}

/// Creates an empty store atomically: the header goes to a temporary file
/// that is synced, then linked into place (which fails, harmlessly, when
/// another process created the store first).
fn create(path: &Path) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("store"),
        std::process::id()
    ));
    let result = (|| {
        let mut f = File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
        f.write_all(&log::header(BASE_FORMAT_VERSION))
            .and_then(|()| f.sync_all())
            .map_err(|e| Error::io(&tmp, e))?;
        match std::fs::hard_link(&tmp, path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(Error::io(path, e)),
        }
        if let Ok(d) = File::open(&dir) {
            let _ = d.sync_all(); // best effort: not every platform syncs directories
        }
        Ok(())
    })();
    let _ = std::fs::remove_file(&tmp);
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{FingerprintConfig, Fingerprinter, SiteSnapshot};

    fn fp(body: &str) -> SiteFingerprint {
        Fingerprinter::new(FingerprintConfig::default())
            .unwrap()
            .fingerprint(&SiteSnapshot::single_page(
                "index.html",
                body.as_bytes().to_vec(),
            ))
    }

    #[test]
    fn add_remove_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s");
        let mut s = KnownStore::open(&path).unwrap();
        let a = s.add(NewKnownSite::new("a", fp("<p>a</p>"))).unwrap();
        let b = s.add(NewKnownSite::new("b", fp("<p>b</p>"))).unwrap();
        assert_eq!((a, b), (1, 2));
        assert!(s.remove(a).unwrap());
        assert!(!s.remove(a).unwrap());
        let s = KnownStore::open_existing(&path).unwrap();
        assert_eq!(s.sites().map(|k| k.id).collect::<Vec<_>>(), vec![2]);
        // Ids are never reused, even after a removal of the last one.
        let mut s = s;
        assert!(s.remove(2).unwrap());
        assert_eq!(s.add(NewKnownSite::new("c", fp("c"))).unwrap(), 3);
    }

    #[test]
    fn two_handles_see_each_other() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s");
        let mut one = KnownStore::open(&path).unwrap();
        let mut two = KnownStore::open(&path).unwrap();
        assert_eq!(one.add(NewKnownSite::new("a", fp("a"))).unwrap(), 1);
        assert_eq!(two.add(NewKnownSite::new("b", fp("b"))).unwrap(), 2);
        assert_eq!(two.len(), 2);
    }

    #[test]
    fn unfinished_tail_is_dropped_then_cut() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s");
        let mut s = KnownStore::open(&path).unwrap();
        s.add(NewKnownSite::new("a", fp("a"))).unwrap();
        drop(s);
        let full = std::fs::metadata(&path).unwrap().len();
        let mut f = OpenOptions::new().append(true).open(&path).unwrap();
        f.write_all(&log::frame(b"{\"op\":\"add\"")[..9]).unwrap();
        drop(f);
        let mut s = KnownStore::open(&path).unwrap();
        assert_eq!((s.len(), s.unfinished_bytes()), (1, 9));
        s.add(NewKnownSite::new("b", fp("b"))).unwrap();
        let s = KnownStore::open(&path).unwrap();
        assert_eq!((s.len(), s.unfinished_bytes()), (2, 0));
        assert!(std::fs::metadata(&path).unwrap().len() > full);
    }

    #[test]
    fn lineage_is_durable_idempotent_and_versioned() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s");
        let mut s = KnownStore::open(&path).unwrap();
        let a = s.add(NewKnownSite::new("a", fp("<p>a</p>"))).unwrap();
        assert_eq!(s.format_version(), 1);
        let seen = |matched, domain: &str, at: &str| NewReincarnation {
            matched,
            domain: domain.into(),
            first_seen: at.into(),
            score: 0.9,
        };
        let b = s
            .record_reincarnation(
                seen(a, "b.example", "2026-02-01T00:00:00Z"),
                Some(NewKnownSite::new("b", fp("<p>b</p>"))),
            )
            .unwrap()
            .unwrap();
        assert_eq!(s.format_version(), 2);
        let b_site = b.site.unwrap();
        assert_eq!(s.get(b_site).unwrap().reincarnation_of, Some(a));
        // C matched B: it joins A's lineage.
        let c = s
            .record_reincarnation(seen(b_site, "c.example", "2026-03-01T00:00:00Z"), None)
            .unwrap()
            .unwrap();
        assert_eq!((c.of, c.matched, c.site), (a, b_site, None));
        // Replayed: nothing written.
        let len = std::fs::metadata(&path).unwrap().len();
        assert!(s
            .record_reincarnation(seen(a, "c.example", "2026-03-02T00:00:00Z"), None)
            .unwrap()
            .is_none());
        assert_eq!(std::fs::metadata(&path).unwrap().len(), len);
        assert!(matches!(
            s.record_reincarnation(seen(99, "d.example", "2026-03-02T00:00:00Z"), None),
            Err(Error::Config(_))
        ));
        let s = KnownStore::open_existing(&path).unwrap();
        let chain: Vec<&str> = s
            .lineage(b_site)
            .iter()
            .map(|r| r.domain.as_str())
            .collect();
        assert_eq!(chain, ["b.example", "c.example"]);
        assert_eq!(s.format_version(), 2);
        // A build that reads only version 1 refuses the file.
        let bytes = std::fs::read(&path).unwrap();
        assert!(matches!(
            log::scan(&path, &bytes, 0, 1),
            Err(Error::StoreVersion { found: 2, .. })
        ));
    }

    #[test]
    fn foreign_spec_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = KnownStore::open(dir.path().join("s")).unwrap();
        let mut f = fp("a");
        f.specs.phash = "phash/other".into();
        assert!(matches!(
            s.add(NewKnownSite::new("a", f)),
            Err(Error::SpecMismatch { .. })
        ));
        assert!(s.is_empty());
    }
}
