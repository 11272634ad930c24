//! The store of known sites: one file, append-only, checksummed, durable.
//!
//! Each entry holds an id, a label, the site's fingerprint, when it was
//! added and, optionally, when the site was first and last seen. The file
//! format is described in [`log`](self) terms: a header with the format
//! version, then one checksummed record per change (an addition or a
//! removal). Writers take an exclusive lock on the file, catch up with
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

/// The store format this build writes and the newest it reads.
pub const STORE_FORMAT_VERSION: u32 = 1;

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
    /// Its fingerprint.
    pub fingerprint: SiteFingerprint,
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
}

/// An open store. Reading is lock-free; adding and removing lock the file.
#[derive(Debug)]
pub struct KnownStore {
    path: PathBuf,
    file: File,
    sites: BTreeMap<u64, KnownSite>,
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
        self.write_locked(|sites, _| {
            present = sites.contains_key(&id);
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
    fn write_locked(
        &mut self,
        make: impl FnOnce(&BTreeMap<u64, KnownSite>, u64) -> Vec<Op>,
    ) -> Result<Vec<u64>> {
        let path = self.path.clone();
        let io = |e| Error::io(&path, e);
        self.file.lock().map_err(io)?;
        let result = (|| {
            self.catch_up()?;
            if self.unfinished > 0 {
                self.file.set_len(self.applied).map_err(io)?;
                self.unfinished = 0;
            }
            let ops = make(&self.sites, self.next_id);
            if ops.is_empty() {
                return Ok(Vec::new());
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
        f.write_all(&log::header(STORE_FORMAT_VERSION))
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
