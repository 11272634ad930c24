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
//! builds refuse instead of misreading. Writers take an exclusive lock on
//! the file, catch up with records other processes appended, append, and
//! `fsync` before reporting success.
//!
//! # Damage: what is kept, what is cut, what is refused
//!
//! The `log` module's scan resynchronises past damaged bytes: after a
//! damaged region it finds the next record whose frame and 64-bit checksum
//! are valid, so one changed byte costs at most the record it is in, and
//! nothing when it is in a length field (the record is found whole by its
//! checksum). What each party does with a damaged region:
//!
//! * an **unfinished write** ([`Fate::Unfinished`]): readers ignore it, the
//!   next writer cuts it off, `known repair` leaves it out;
//! * a **bad length field**, the record found whole ([`Fate::Recovered`]):
//!   readers read the record, writers refuse, `known repair` rewrites it;
//! * **anything else** ([`Fate::Lost`]): readers refuse (see below),
//!   writers refuse, `known repair` leaves it out and reports it;
//! * a **damaged header**: every open fails; `known repair` writes a new
//!   one when valid records follow it.
//!
//! An unfinished write is only what a crash or a kill leaves: a record cut
//! short by the end of the file, or bytes with a run of zeros, at the end,
//! with no valid record after them. Damage in the middle, or a complete
//! last record whose checksum fails, is never cut: a writer refuses with an
//! [`Error::Store`] that names the byte and says to run `known repair`, and
//! writes nothing. Under its lock a writer checks every checksum of the file
//! again (one read, no parsing), so damage to bytes it read long ago stops
//! it too.
//!
//! **Readers refuse lost records by default** ([`OnDamage::Refuse`]):
//! opening gives an [`Error::Store`] naming the first damaged byte. A
//! store missing a record silently is worse than one that does not open: a
//! `check` against it says "unrelated" for a known site, and a removal
//! that was lost brings a site back, both without a word. The fix is one
//! command (`known repair`, which keeps the damaged file) and `known
//! verify` says beforehand exactly what it will cost. A caller that can
//! show the damage to a person opts into reading what is intact with
//! [`OnDamage::Skip`] ([`KnownStore::open_with`], then
//! [`KnownStore::damage`]).
//!
//! [`KnownSignals`] (what `check` opens: ids, labels and signals, through a
//! sidecar file) refuses lost records in what it reads in the same way; the
//! records its sidecar covers were intact when it was written and are not
//! read again.
//!
//! [`KnownAppender`] (what `known add` writes with) holds no site: it
//! reads the file through under the lock, a chunk at a time, refusing and
//! cutting exactly as the store's writer does, and keeps only the next id.
//!
//! A running process sees what others wrote with [`KnownStore::refresh`]:
//! additions, removals (a removal of a site it holds is no error), and a
//! store replaced by `known repair` (reopened whole).
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

mod append;
pub mod exchange;
mod log;
mod repair;
mod signals;
mod stream;

use std::collections::BTreeMap;
use std::fs::{File, Metadata, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

pub use append::KnownAppender;
pub use exchange::{Exchanged, EXPORT_FORMAT, EXPORT_VERSION};
pub use repair::{
    DamageKind, DamagedRecord, DamagedRegion, Fate, IntactRecord, RecordOp, Repair, Verification,
};
pub use signals::{sidecar_path, KnownSignals, Sidecar, SidecarRead};

use crate::{Error, Result, SiteFingerprint};

/// The newest store format this build reads and writes.
pub const STORE_FORMAT_VERSION: u32 = 2;
/// The format of a store without reincarnation records.
const BASE_FORMAT_VERSION: u32 = 1;
/// The largest id a store gives out or reads back: 2^53 - 1, the largest
/// integer every JSON reader holds exactly (a JavaScript number). A record
/// that mentions a larger id is damage; a store whose ids reach it takes no
/// more sites.
pub const MAX_ID: u64 = (1 << 53) - 1;
/// The first format with reincarnation records.
const LINEAGE_FORMAT_VERSION: u32 = 2;
/// How many times a writer reopens a store replaced while it waited for
/// the lock (each time by a whole `known repair`) before giving up.
const REOPEN_LIMIT: usize = 16;

/// What reading a store does with records lost to damage (see the
/// [module documentation](self)). Writers always refuse a damaged store.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OnDamage {
    /// Opening (and [`KnownStore::refresh`]) fails with an error naming the
    /// first damaged byte, and reads nothing. The default.
    #[default]
    Refuse,
    /// Reads every intact record and lists the damage in
    /// [`KnownStore::damage`].
    Skip,
}

/// One known site.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
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
    /// Free tags an analyst gives the site (a case id, a source), in the
    /// order given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Its fingerprint.
    pub fingerprint: SiteFingerprint,
}

/// A confirmed reincarnation in a known site's lineage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
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
    /// Free tags (a case id, a source).
    pub tags: Vec<String>,
    /// Its fingerprint.
    pub fingerprint: SiteFingerprint,
}

/// Checks that `date` is an RFC 3339 date (`2026-03-01`) or date and time
/// (`2026-03-01T12:00:00Z`), as the store keeps `first_seen` and
/// `last_seen` and as exports carry them.
///
/// ```
/// use clone_detect::store::check_date;
/// assert!(check_date("2026-03-01").is_ok());
/// assert!(check_date("2026-03-01T12:00:00+02:00").is_ok());
/// assert!(check_date("last spring").is_err());
/// assert!(check_date("2026-03-01T12:00:00+24:00").is_err());
/// assert!(check_date("2026-03-01T12:00:00+0é:0").is_err());
/// assert!(check_date("2026-02-30").is_err());
/// assert!(check_date("2026-03-01T12:00:00-23:59").is_ok());
/// ```
///
/// # Errors
/// [`Error::Config`] naming the date otherwise.
pub fn check_date(date: &str) -> Result<()> {
    if date_instant(date).is_some() {
        Ok(())
    } else {
        Err(Error::Config(format!(
            "{date:?} is not an RFC 3339 date (2026-03-01) or date and time (2026-03-01T12:00:00Z)"
        )))
    }
}

/// The instant an RFC 3339 date (midnight UTC) or date and time stands for,
/// numeric offsets applied; `None` for anything else.
fn date_instant(date: &str) -> Option<SystemTime> {
    let utc = |s: &str| humantime::parse_rfc3339_weak(s).ok();
    if let Some(t) = utc(date) {
        return Some(t);
    }
    if date.len() == 10 {
        return utc(&format!("{date}T00:00:00Z"));
    }
    // A numeric offset (`+02:00`) in place of `Z`, which humantime does not
    // read: the rest is read as UTC, then moved by the offset. Byte ranges
    // of any text: `get` never cuts a character.
    let cut = date.len().checked_sub(6)?;
    let (time, offset) = (date.get(..cut)?, date.get(cut..)?);
    let b = offset.as_bytes();
    let number = |s: &[u8]| -> Option<u64> {
        s.iter()
            .all(u8::is_ascii_digit)
            .then(|| s.iter().fold(0, |n, d| n * 10 + u64::from(d - b'0')))
    };
    if !(matches!(b[0], b'+' | b'-') && b[3] == b':' && time.contains('T')) {
        return None;
    }
    let (hours, minutes) = (number(&b[1..3])?, number(&b[4..6])?);
    if hours >= 24 || minutes >= 60 {
        return None;
    }
    let local = utc(&format!("{time}Z"))?;
    let shift = std::time::Duration::from_secs((hours * 60 + minutes) * 60);
    // 12:00+02:00 is 10:00Z.
    if b[0] == b'+' {
        local.checked_sub(shift)
    } else {
        local.checked_add(shift)
    }
}

impl NewKnownSite {
    /// Checks the dates and the fingerprint before the site is written.
    fn check(&self) -> Result<()> {
        self.fingerprint.ensure_current()?;
        for date in [&self.first_seen, &self.last_seen].into_iter().flatten() {
            check_date(date)?;
        }
        Ok(())
    }

    /// A site with a label and a fingerprint, no dates.
    pub fn new(label: impl Into<String>, fingerprint: SiteFingerprint) -> Self {
        Self {
            label: label.into(),
            first_seen: None,
            last_seen: None,
            reincarnation_of: None,
            tags: Vec::new(),
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

impl Op {
    /// A record's payload, parsed; `None` for a payload that is not a
    /// record this build reads, or that mentions an id above [`MAX_ID`].
    fn parse(payload: &[u8]) -> Option<Op> {
        serde_json::from_slice::<Op>(payload)
            .ok()
            .filter(|op| op.highest_id() <= MAX_ID)
    }

    /// The highest id the record mentions: every id a record mentions was
    /// given out, so the next id is above it.
    fn highest_id(&self) -> u64 {
        match self {
            Op::Add(site) => site.id.max(site.reincarnation_of.unwrap_or(0)),
            Op::Remove { id } => *id,
            Op::Reincarnation(r) => r.of.max(r.matched).max(r.site.unwrap_or(0)),
        }
    }
}

/// The records adding `sites` with ids from `next_id` on.
fn additions(sites: Vec<NewKnownSite>, next_id: u64, added_at: &str) -> Vec<Op> {
    sites
        .into_iter()
        .zip(next_id..)
        .map(|(site, id)| {
            Op::Add(Box::new(KnownSite {
                id,
                label: site.label,
                added_at: added_at.to_string(),
                first_seen: site.first_seen,
                last_seen: site.last_seen,
                reincarnation_of: site.reincarnation_of,
                tags: site.tags,
                fingerprint: site.fingerprint,
            }))
        })
        .collect()
}

/// Refuses records that would give out an id above [`MAX_ID`].
fn check_ids(path: &Path, ops: &[Op]) -> Result<()> {
    if ops.iter().any(|op| op.highest_id() > MAX_ID) {
        return Err(Error::Store {
            path: path.to_path_buf(),
            reason: format!("the store's ids are used up (the last id is {MAX_ID})"),
        });
    }
    Ok(())
}

/// Writes `bytes` at `at` and syncs them. When the write or the sync
/// fails, the file is cut back to `at` (and synced) before the error is
/// returned, so that records written in part of a failed call are not read
/// back as added; only when that cut fails too may they remain.
fn append_synced(file: &mut File, at: u64, bytes: &[u8]) -> std::io::Result<()> {
    let written = file
        .seek(SeekFrom::Start(at))
        .and_then(|_| file.write_all(bytes))
        .and_then(|()| file.sync_data());
    if let Err(e) = written {
        let _ = file.set_len(at).and_then(|()| file.sync_data());
        return Err(e);
    }
    Ok(())
}

/// The framed bytes of `ops`, ready to append to the store at `path`.
fn encode(path: &Path, ops: &[Op]) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    for op in ops {
        let payload = serde_json::to_vec(op).expect("serialisable record");
        if payload.len() > log::MAX_PAYLOAD {
            return Err(Error::Store {
                path: path.to_path_buf(),
                reason: format!("a record of {} bytes is too large", payload.len()),
            });
        }
        bytes.extend(log::frame(&payload));
    }
    Ok(bytes)
}

/// Now, as the store writes dates.
fn now() -> String {
    humantime::format_rfc3339_seconds(SystemTime::now()).to_string()
}

/// An open store. Reading is lock-free; adding and removing lock the file.
#[derive(Debug)]
pub struct KnownStore {
    path: PathBuf,
    file: File,
    on_damage: OnDamage,
    /// Damaged regions read (all of them [`Fate::Recovered`] unless
    /// `on_damage` is [`OnDamage::Skip`]).
    damage: Vec<DamagedRegion>,
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
        Self::open_with(path, OnDamage::Refuse)
    }

    /// Opens an existing store, doing `on_damage` with lost records.
    ///
    /// # Errors
    /// As [`open_existing`](Self::open_existing); with [`OnDamage::Skip`],
    /// damaged records are no error.
    pub fn open_with(path: impl AsRef<Path>, on_damage: OnDamage) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        let file = open_file(&path)?;
        let mut store = Self {
            path,
            file,
            on_damage,
            damage: Vec::new(),
            sites: BTreeMap::new(),
            lineage: BTreeMap::new(),
            version: BASE_FORMAT_VERSION,
            next_id: 1,
            applied: 0,
            unfinished: 0,
        };
        store.catch_up(false)?;
        Ok(store)
    }

    /// Reads every byte of the store at `path` and reports each damaged
    /// region and each intact record. Takes no lock and changes nothing.
    ///
    /// ```
    /// use clone_detect::store::{KnownStore, NewKnownSite};
    /// use clone_detect::{Fingerprinter, FingerprintConfig, SiteSnapshot};
    ///
    /// let dir = tempfile::tempdir().unwrap();
    /// let path = dir.path().join("known.cdstore");
    /// let fp = Fingerprinter::new(FingerprintConfig::default())?
    ///     .fingerprint(&SiteSnapshot::single_page("index.html", b"<p>x</p>".to_vec()));
    /// KnownStore::open(&path)?.add(NewKnownSite::new("x", fp))?;
    /// let mut bytes = std::fs::read(&path).unwrap();
    /// bytes.extend([0; 4096]); // what a crash leaves on some filesystems
    /// std::fs::write(&path, bytes).unwrap();
    ///
    /// let found = KnownStore::verify(&path)?;
    /// assert_eq!(found.records.len(), 1);
    /// assert_eq!(found.damage[0].kind, clone_detect::store::DamageKind::ZeroFilled);
    /// assert!(found.lost().next().is_none());
    /// # Ok::<(), clone_detect::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::Io`]; [`Error::Store`] for a file that is not a store (no
    /// store header and no valid record); [`Error::StoreVersion`] for a
    /// newer format.
    pub fn verify(path: impl AsRef<Path>) -> Result<Verification> {
        repair::verify(path.as_ref())
    }

    /// Under the writers' lock, writes every intact record of the store at
    /// `path` (those past a bad length field too) to a new file, and says
    /// what it could not keep. With `output`, the new file is `output`
    /// (which must not exist) and the store is left as it is; without, the
    /// new file replaces the store atomically, the damaged one is kept as
    /// `<path>.damaged-<unix time>`, and an intact store is left alone.
    ///
    /// # Errors
    /// As [`verify`](Self::verify); [`Error::Io`] when writing fails (the
    /// store is then unchanged).
    pub fn repair(path: impl AsRef<Path>, output: Option<&Path>) -> Result<Repair> {
        repair::repair(path.as_ref(), output)
    }

    /// Damaged regions read so far: records recovered past a bad length
    /// field, and with [`OnDamage::Skip`] the regions of lost records.
    /// Unfinished writes are not damage (see
    /// [`unfinished_bytes`](Self::unfinished_bytes)).
    pub fn damage(&self) -> &[DamagedRegion] {
        &self.damage
    }

    /// Reads what other processes wrote since the last read: additions,
    /// removals, reincarnations; a store replaced by `known repair` is read
    /// again whole. Returns whether the sites or the lineage may have
    /// changed. Cheap when nothing changed: three `stat` calls, no read.
    ///
    /// A removal of a site this handle holds is no error: the site is gone
    /// from [`sites`](Self::sites), and recording a reincarnation of it is
    /// a no-op.
    ///
    /// # Errors
    /// [`Error::Io`]; as [`open_with`](Self::open_with) for damage in what
    /// was appended, in which case nothing is applied and the handle keeps
    /// what it had.
    pub fn refresh(&mut self) -> Result<bool> {
        if self.replaced()? {
            self.reload()?;
            return Ok(true);
        }
        let len = self
            .file
            .metadata()
            .map_err(|e| Error::io(&self.path, e))?
            .len();
        if self.unfinished == 0 && len == self.applied {
            return Ok(false);
        }
        self.catch_up(false)
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
        // By the instant (dates in other time zones compare right); a date
        // that does not read (an older store's free text) sorts last, by
        // its text.
        chain.sort_by(|a, b| {
            let key = |r: &Reincarnation| {
                (
                    date_instant(&r.first_seen).is_none(),
                    date_instant(&r.first_seen),
                )
            };
            key(a)
                .cmp(&key(b))
                .then_with(|| a.first_seen.cmp(&b.first_seen))
        });
        chain
    }

    /// The format version of the file.
    pub fn format_version(&self) -> u32 {
        self.version
    }

    /// Records a confirmed reincarnation in the lineage of the site it
    /// matched and, when `site` is given, adds its fingerprint as a known
    /// site linked to that lineage; both in one durable write. A domain
    /// already in the lineage is not recorded again, and neither is a
    /// reincarnation of a site removed (by any process) since it matched:
    /// the call returns `None` and writes nothing, so replaying a result is
    /// harmless. A kill between the write's two records leaves the site
    /// without its lineage record; the replay links that site (same label,
    /// same source, of the same lineage) instead of adding it again.
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
    /// [`Error::Config`] when `matched` never was in the store; as
    /// [`add`](Self::add) otherwise.
    pub fn record_reincarnation(
        &mut self,
        reincarnation: NewReincarnation,
        site: Option<NewKnownSite>,
    ) -> Result<Option<Reincarnation>> {
        if let Some(site) = &site {
            site.check()?;
        }
        check_date(&reincarnation.first_seen)?;
        let added_at = now();
        let mut recorded = None;
        let mut missing = false;
        self.write_locked(|store, next_id| {
            if !store.sites.contains_key(&reincarnation.matched) {
                // Ids are never reused: one below the next was removed.
                missing = reincarnation.matched >= next_id;
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
            // The site of this reincarnation may already be in the store
            // without its lineage record: a process killed between the two
            // records of one write leaves the first. It is taken as it is,
            // never added twice.
            let orphan = site.as_ref().and_then(|new| {
                let linked = |id: u64| {
                    store
                        .lineage
                        .get(&of)
                        .is_some_and(|l| l.iter().any(|r| r.site == Some(id)))
                };
                store
                    .sites
                    .values()
                    .find(|k| {
                        k.reincarnation_of == Some(of)
                            && k.label == new.label
                            && k.fingerprint.source == new.fingerprint.source
                            && !linked(k.id)
                    })
                    .map(|k| k.id)
            });
            if let Some(id) = orphan {
                site_id = Some(id);
            } else if let Some(site) = site {
                site_id = Some(next_id);
                ops.push(Op::Add(Box::new(KnownSite {
                    id: next_id,
                    label: site.label,
                    added_at: added_at.clone(),
                    first_seen: site.first_seen,
                    last_seen: site.last_seen,
                    reincarnation_of: Some(of),
                    tags: site.tags,
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
        for site in &sites {
            site.check()?;
        }
        let added_at = now();
        self.write_locked(|_, next_id| additions(sites, next_id, &added_at))
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
    /// unfinished write, appends the records `make` builds from the current
    /// sites and the next free id, syncs, applies them. Returns the ids added.
    /// Refuses a store with any damage but an unfinished write.
    fn write_locked(&mut self, make: impl FnOnce(&Self, u64) -> Vec<Op>) -> Result<Vec<u64>> {
        let path = self.path.clone();
        let io = |e| Error::io(&path, e);
        self.lock_current()?;
        let result = (|| {
            self.catch_up(true)?;
            if self.unfinished > 0 {
                self.file.set_len(self.applied).map_err(io)?;
                self.unfinished = 0;
            }
            let ops = make(self, self.next_id);
            if ops.is_empty() {
                return Ok(Vec::new());
            }
            check_ids(&path, &ops)?;
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
            let bytes = encode(&path, &ops)?;
            append_synced(&mut self.file, self.applied, &bytes).map_err(io)?;
            self.applied += bytes.len() as u64;
            let mut added = Vec::new();
            for op in ops {
                if let Op::Add(site) = &op {
                    added.push(site.id);
                }
                self.apply(op);
            }
            Ok(added)
        })();
        let unlocked = self.file.unlock().map_err(io);
        let ids = result?;
        unlocked?;
        Ok(ids)
    }

    /// Takes the writers' lock on the file the path names: a `known repair`
    /// may have replaced the file this handle opened while it waited.
    fn lock_current(&mut self) -> Result<()> {
        for _ in 0..REOPEN_LIMIT {
            self.file.lock().map_err(|e| Error::io(&self.path, e))?;
            match self.replaced() {
                Ok(false) => return Ok(()),
                Ok(true) => {
                    let _ = self.file.unlock();
                    self.reload()?;
                }
                Err(e) => {
                    let _ = self.file.unlock();
                    return Err(e);
                }
            }
        }
        Err(replaced_too_often(&self.path))
    }

    /// Whether the path names another file than the one this handle reads.
    fn replaced(&self) -> Result<bool> {
        let io = |e| Error::io(&self.path, e);
        let ours = self.file.metadata().map_err(io)?;
        let named = std::fs::metadata(&self.path).map_err(io)?;
        Ok(!same_file(&ours, &named))
    }

    /// Opens the file the path names and reads it whole. Ids stay unique:
    /// the next id never goes down.
    fn reload(&mut self) -> Result<()> {
        let mut fresh = Self::open_with(&self.path, self.on_damage)?;
        fresh.next_id = fresh.next_id.max(self.next_id);
        *self = fresh;
        Ok(())
    }

    /// Reads records appended since the last read and applies them; returns
    /// whether any changed the sites or the lineage. Damage is an error, and
    /// nothing is applied, for a reader that refuses it (lost records) and
    /// for a writer (`writing`: any damage but an unfinished write). A
    /// writer checks every checksum of the file again, not only what was
    /// appended: bytes read long ago may have been damaged since, and
    /// nothing is appended to a damaged store (one read of the file, no
    /// parsing: milliseconds for thousands of sites).
    fn catch_up(&mut self, writing: bool) -> Result<bool> {
        let path = self.path.clone();
        let io = |e| Error::io(&path, e);
        let mut header = [0u8; log::HEADER_LEN];
        self.file.seek(SeekFrom::Start(0)).map_err(io)?;
        let got = read_up_to(&mut self.file, &mut header).map_err(io)?;
        let version = check_header(&path, &header[..got])?;
        let from = if writing {
            log::HEADER_LEN as u64
        } else {
            self.applied.max(log::HEADER_LEN as u64)
        };
        let mut bytes = Vec::new();
        self.file.seek(SeekFrom::Start(from)).map_err(io)?;
        self.file.read_to_end(&mut bytes).map_err(io)?;
        let end = from + bytes.len() as u64;
        if end < self.applied {
            return Err(Error::Store {
                path,
                reason: "the file shrank below records already read".into(),
            });
        }
        let scan = log::scan(&bytes, from);
        let mut damage: Vec<DamagedRegion> = scan
            .damage
            .iter()
            .filter(|r| r.fate != Fate::Unfinished)
            .map(|r| repair::describe(r, &bytes, from))
            .collect();
        let mut ops = Vec::new();
        for record in scan.records.iter().filter(|r| r.offset >= self.applied) {
            match Op::parse(record.payload) {
                Some(op) => ops.push(op),
                None => damage.push(repair::unknown_record(record)),
            }
        }
        damage.sort_by_key(|d| d.offset);
        let refused = if writing {
            !damage.is_empty() || !self.damage.is_empty()
        } else {
            self.on_damage == OnDamage::Refuse && damage.iter().any(|d| d.fate == Fate::Lost)
        };
        if refused {
            // A writer's scan covers the whole file: what the handle knew
            // of is in it, unless a repair has mended it meanwhile.
            let all = if damage.is_empty() {
                &self.damage
            } else {
                &damage
            };
            return Err(repair::damage_error(&path, all, writing));
        }
        self.version = version;
        let mut changed = false;
        for op in ops {
            changed |= self.apply(op);
        }
        self.damage.extend(damage);
        self.applied = scan.unfinished().map_or(end, |u| u.offset);
        self.unfinished = end - self.applied;
        Ok(changed)
    }

    /// Applies one record; returns whether it changed the sites or the
    /// lineage. Every id a record mentions was given out: the next id is
    /// above them all.
    fn apply(&mut self, op: Op) -> bool {
        // `Op::parse` keeps ids at or below MAX_ID: no overflow.
        self.next_id = self.next_id.max(op.highest_id() + 1);
        match op {
            Op::Add(site) => {
                self.sites.insert(site.id, *site);
                true
            }
            Op::Remove { id } => self.sites.remove(&id).is_some(),
            Op::Reincarnation(r) => {
                self.lineage.entry(r.of).or_default().push(*r);
                true
            }
        }
    }
}

/// The format version in a store's first bytes, or why they are not a
/// store's header this build reads.
fn check_header(path: &Path, header: &[u8]) -> Result<u32> {
    let path = path.to_path_buf();
    match log::read_header(header) {
        log::Header::Version(v) if v <= STORE_FORMAT_VERSION => Ok(v),
        log::Header::Version(found) => Err(Error::StoreVersion {
            path,
            found,
            supported: STORE_FORMAT_VERSION,
        }),
        log::Header::NotAStore => Err(Error::Store {
            path,
            reason: "not a clone-detect known-site store (bad header)".into(),
        }),
        log::Header::Damaged => Err(Error::Store {
            path,
            reason: "store header damaged (bytes 8 to 15): run `clone-detect known \
                     repair` to keep every intact record"
                .into(),
        }),
    }
}

/// Opens a store file for reading and writing, else for reading.
fn open_file(path: &Path) -> Result<File> {
    OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
        .or_else(|_| OpenOptions::new().read(true).open(path))
        .map_err(|e| Error::io(path, e))
}

/// Reads until `buf` is full or the file ends; returns the bytes read.
fn read_up_to(file: &mut File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match file.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(got)
}

/// Whether two metadata describe one file.
#[cfg(unix)]
fn same_file(a: &Metadata, b: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    (a.dev(), a.ino()) == (b.dev(), b.ino())
}

/// Whether two metadata describe one file (by creation time where the
/// platform has no inode numbers in the standard library).
#[cfg(not(unix))]
fn same_file(a: &Metadata, b: &Metadata) -> bool {
    a.created().ok() == b.created().ok()
}

/// The error of a store replaced again and again while waiting for it.
fn replaced_too_often(path: &Path) -> Error {
    Error::Store {
        path: path.to_path_buf(),
        reason: format!("the store was replaced {REOPEN_LIMIT} times while waiting for its lock"),
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
    // One name per call: threads of one process may create the same store
    // at once, and each must link its own complete file.
    static CALLS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir.join(format!(
        ".{}.{}.{call}.tmp",
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

// The matcher is built from known sites, whatever keeps them; this is the
// store's way of handing them over (verdict does not know the store).
impl crate::verdict::Matcher {
    /// Indexes every site of a store.
    ///
    /// # Errors
    /// As [`Matcher::new`](crate::verdict::Matcher::new).
    pub fn from_store(store: &KnownStore, model: crate::verdict::FusedModel) -> Result<Self> {
        Self::new(
            store
                .sites()
                .map(|s| (s.id, s.label.as_str(), &s.fingerprint)),
            model,
        )
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::{FingerprintConfig, Fingerprinter, SiteSnapshot};

    /// The fingerprint of a one-page site.
    pub(crate) fn fp(body: &str) -> SiteFingerprint {
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
    fn a_kill_between_a_site_and_its_lineage_record_adds_no_second_site() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s");
        let mut s = KnownStore::open(&path).unwrap();
        let seized = s
            .add(NewKnownSite::new("market", fp("<p>market</p>")))
            .unwrap();
        let next = NewReincarnation {
            matched: seized,
            domain: "market2.example".into(),
            first_seen: "2026-01-02T00:00:00Z".into(),
            score: 0.97,
        };
        let site = || Some(NewKnownSite::new("market2", fp("<p>market 2</p>")));
        let recorded = s
            .record_reincarnation(next.clone(), site())
            .unwrap()
            .unwrap();
        drop(s);
        // The write's second record (the lineage) never reached the file.
        let lineage_record = log::frame(
            &serde_json::to_vec(&Op::Reincarnation(Box::new(recorded.clone()))).unwrap(),
        );
        let len = std::fs::metadata(&path).unwrap().len();
        OpenOptions::new()
            .write(true)
            .open(&path)
            .unwrap()
            .set_len(len - lineage_record.len() as u64)
            .unwrap();
        let mut s = KnownStore::open(&path).unwrap();
        assert_eq!(s.len(), 2, "the site alone was written");
        assert!(s.lineage(seized).is_empty());
        // The replay links that site and adds none.
        let again = s.record_reincarnation(next, site()).unwrap().unwrap();
        assert_eq!(again.site, recorded.site);
        assert_eq!(s.len(), 2);
        let s = KnownStore::open(&path).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s.lineage(seized).len(), 1);
        assert_eq!(s.lineage(seized)[0].site, recorded.site);
    }

    #[test]
    fn refresh_sees_additions_removals_and_a_repair() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s");
        let mut writer = KnownStore::open(&path).unwrap();
        let a = writer.add(NewKnownSite::new("a", fp("<p>a</p>"))).unwrap();
        let mut watch = KnownStore::open_existing(&path).unwrap();
        assert!(!watch.refresh().unwrap(), "nothing new");
        let b = writer.add(NewKnownSite::new("b", fp("<p>b</p>"))).unwrap();
        assert!(watch.refresh().unwrap());
        assert_eq!(watch.len(), 2);
        // A site the watch holds is removed by another process: a
        // reincarnation of it is not recorded, and that is no error.
        assert!(writer.remove(a).unwrap());
        let seen = NewReincarnation {
            matched: a,
            domain: "a2.example".into(),
            first_seen: "2026-01-01T00:00:00Z".into(),
            score: 0.9,
        };
        assert!(watch.get(a).is_some(), "not read yet");
        assert!(watch.record_reincarnation(seen, None).unwrap().is_none());
        assert!(watch.get(a).is_none());
        assert!(!watch.refresh().unwrap(), "already read by the write");

        // A crash left zeros at the end; a repair replaces the file.
        let mut bytes = std::fs::read(&path).unwrap();
        bytes.extend([0; 64]);
        std::fs::write(&path, &bytes).unwrap();
        assert!(
            !watch.refresh().unwrap(),
            "an unfinished write is not a change"
        );
        assert_eq!(watch.unfinished_bytes(), 64);
        let done = KnownStore::repair(&path, None).unwrap();
        let copy = done.damaged_copy.unwrap();
        assert_eq!(std::fs::read(&copy).unwrap(), bytes);
        assert!(watch.refresh().unwrap(), "replaced");
        assert_eq!(watch.unfinished_bytes(), 0);
        assert_eq!(watch.sites().map(|s| s.id).collect::<Vec<_>>(), [b]);
        // The writer opened the old file: it writes to the new one.
        let c = writer.add(NewKnownSite::new("c", fp("<p>c</p>"))).unwrap();
        assert_eq!(c, 3);
        assert!(watch.refresh().unwrap());
        assert_eq!(watch.len(), 2);
        assert_eq!(
            std::fs::read(&copy).unwrap(),
            bytes,
            "the copy is kept as it was"
        );
        assert!(KnownStore::verify(&path).unwrap().is_clean());
    }

    #[test]
    fn dates_in_other_time_zones_order_the_lineage_by_instant() {
        let at = |s: &str| date_instant(s).unwrap();
        assert_eq!(at("2026-04-01T01:00:00+05:00"), at("2026-03-31T20:00:00Z"));
        assert_eq!(at("2026-03-31T21:30:00-01:30"), at("2026-03-31T23:00:00Z"));
        assert_eq!(at("2026-03-31"), at("2026-03-31T00:00:00Z"));
        let dir = tempfile::tempdir().unwrap();
        let mut s = KnownStore::open(dir.path().join("s")).unwrap();
        let a = s.add(NewKnownSite::new("a", fp("<p>a</p>"))).unwrap();
        for (domain, first_seen) in [
            ("later.example", "2026-03-31T22:00:00Z"),
            ("earlier.example", "2026-04-01T01:00:00+05:00"),
        ] {
            s.record_reincarnation(
                NewReincarnation {
                    matched: a,
                    domain: domain.into(),
                    first_seen: first_seen.into(),
                    score: 0.9,
                },
                None,
            )
            .unwrap();
        }
        let order: Vec<&str> = s.lineage(a).iter().map(|r| r.domain.as_str()).collect();
        assert_eq!(order, ["earlier.example", "later.example"]);
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
        let mut bytes = std::fs::read(&path).unwrap();
        assert_eq!(log::read_header(&bytes), log::Header::Version(2));
        // A newer format is refused, by readers and by `verify`.
        bytes[8] = 9;
        std::fs::write(&path, &bytes).unwrap();
        assert!(matches!(
            KnownStore::open_existing(&path),
            Err(Error::StoreVersion { found: 9, .. })
        ));
        assert!(matches!(
            KnownStore::verify(&path),
            Err(Error::StoreVersion { found: 9, .. })
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
