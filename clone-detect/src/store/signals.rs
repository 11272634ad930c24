//! A compact, read-only view of a store for search and scoring, kept
//! between runs in a sidecar file: see [`KnownSignals`].

use std::collections::{BTreeMap, HashSet};
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use xxhash_rust::xxh3::Xxh3;

use super::stream::{self, Streamed, CHUNK};
use super::{log, read_up_to, KnownStore, Op};
use crate::fingerprint::{HashSpecs, FINGERPRINT_SCHEMA_VERSION};
use crate::index::SiteSignals;
use crate::verdict::{known_signals, FusedModel, KnownRef, Matcher};
use crate::{Error, Result};

/// The first eight bytes of a sidecar.
const MAGIC: &[u8; 8] = b"CDSIGNL\n";
/// The sidecar's layout. Bump it when the encoding below, or what
/// [`SiteSignals::of`] extracts from a fingerprint, changes: a sidecar of
/// another layout is not read (the store is read instead).
const LAYOUT: u32 = 3;
/// A sidecar is written again when the records read past it are more than
/// this many bytes and more than an eighth of what it covers.
const REWRITE_TAIL: u64 = 4 << 20;

/// The sidecar of the store at `path`: the same name with `.signals`
/// appended, in the same folder.
pub fn sidecar_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".signals");
    PathBuf::from(name)
}

/// How the signals were read.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum SidecarRead {
    /// The sidecar covered every complete record of the store.
    Current,
    /// The sidecar covered the store but its last `records` records,
    /// which were read from the store.
    Extended {
        /// Records read past the sidecar.
        records: usize,
    },
    /// Every record of the store was read.
    Rebuilt {
        /// Why the sidecar was not used, in plain words.
        why: String,
    },
}

/// What became of the sidecar when a store was opened.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Sidecar {
    /// Its path.
    pub path: PathBuf,
    /// How the signals were read.
    pub read: SidecarRead,
    /// Whether a new sidecar was written.
    pub written: bool,
    /// Why writing a new one failed, when it did.
    pub write_error: Option<String>,
}

/// The known sites of a store as search and scoring need them, and nothing
/// more: each one's id, label and [`SiteSignals`], in id order, opened in
/// seconds at a million sites.
///
/// A [`KnownStore`](super::KnownStore) holds every site's whole
/// fingerprint (pages, assets, warnings) in memory, and opening one means
/// parsing every record's JSON: at a million sites, gigabytes and about a
/// minute. Search and scoring use only the signals, so [`KnownSignals`]
/// keeps only those, and keeps them between runs in a *sidecar* file next
/// to the store (`<store>.signals`, see [`sidecar_path`]): a compact binary
/// copy of the live sites' signals, checksummed, that says which bytes of
/// which store file it covers.
///
/// Opening reads the sidecar, checks that it still describes the store
/// (the same file by device, inode and creation time, at least as long,
/// the last record it covers still in place with its checksum, the same
/// 64 KiB before its end), then reads only the records appended since
/// (additions and removals). Without a usable sidecar (none yet, written by
/// another build, damaged, or of a file that `known repair` replaced) it
/// reads every record, as [`KnownStore`](super::KnownStore) does, a chunk
/// at a time. Either way it writes a new sidecar when that saves work next
/// time; a sidecar that cannot be written (a read-only folder) costs time,
/// never an error.
///
/// Damage is met as [`KnownStore`](super::KnownStore) meets it with
/// [`OnDamage::Refuse`](super::OnDamage::Refuse): in the records read, a
/// lost record is an error naming its byte. The records the sidecar covers
/// were intact when it was written, and are not read again: damage to
/// them later is found by the next writer and by `known verify`.
///
/// ```
/// use clone_detect::store::{KnownSignals, KnownStore, NewKnownSite, SidecarRead};
/// use clone_detect::verdict::{FusedModel, Matcher};
/// use clone_detect::{Fingerprinter, FingerprintConfig, SiteSnapshot};
///
/// # const PAGE: &[u8] = b"<html><head><title>Silk Market</title></head><body>
/// #   <nav><a href=\"/\">Home</a> <a href=\"/shop\">Shop</a></nav>
/// #   <h1>Silk Market</h1><p>Vendors, listings and escrow since 2021.</p>
/// #   <footer>Contact: support@silk.example</footer></body></html>";
/// let dir = tempfile::tempdir().unwrap();
/// let path = dir.path().join("known.cdstore");
/// let fp = Fingerprinter::new(FingerprintConfig::default())?
///     .fingerprint(&SiteSnapshot::single_page("index.html", PAGE.to_vec()));
/// KnownStore::open(&path)?.add(NewKnownSite::new("seized market", fp.clone()))?;
///
/// let first = KnownSignals::open(&path)?; // reads the store, writes the sidecar
/// assert!(matches!(first.sidecar().read, SidecarRead::Rebuilt { .. }));
/// let known = KnownSignals::open(&path)?; // reads the sidecar alone
/// assert_eq!(known.sidecar().read, SidecarRead::Current);
/// let matcher = Matcher::from_known_signals(known, FusedModel::shipped());
/// assert_eq!(matcher.check(&fp)?.matched.unwrap().label, "seized market");
/// # Ok::<(), clone_detect::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct KnownSignals {
    sites: Vec<(KnownRef, SiteSignals)>,
    sidecar: Sidecar,
}

/// Which store file a sidecar describes and how much of it: what must
/// still hold for the sidecar to describe the store.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Coverage {
    /// The store's device, inode and creation time in nanoseconds (zeros
    /// where the platform or the filesystem has none).
    file: [u64; 3],
    /// Bytes of the store covered, header included.
    end: u64,
    /// The last covered record: its offset and its frame's first twelve
    /// bytes (length and checksum); `None` for a store without records.
    last: Option<(u64, [u8; log::FRAME_LEN])>,
    /// XXH3-64 of the last [`TAIL_HASHED`] covered bytes (the header
    /// included in a small store): additions carry the time they were
    /// made, so another store's bytes there differ.
    tail: u64,
}

/// Bytes before the end of the coverage whose hash the sidecar keeps.
const TAIL_HASHED: u64 = 64 << 10;

/// The hash of the last [`TAIL_HASHED`] bytes before `end`.
fn tail_hash(file: &mut File, end: u64) -> std::io::Result<u64> {
    let start = end.saturating_sub(TAIL_HASHED);
    let mut bytes = vec![0u8; (end - start) as usize];
    file.seek(SeekFrom::Start(start))?;
    let got = read_up_to(file, &mut bytes)?;
    bytes.truncate(got);
    Ok(xxhash_rust::xxh3::xxh3_64(&bytes))
}

/// The sites while reading, in id order, and the ids of removals not yet
/// applied (removing from the middle of a million sites one at a time
/// would move them all each time).
#[derive(Debug, Default)]
struct Live {
    sites: Vec<(KnownRef, SiteSignals)>,
    removed: HashSet<u64>,
    /// Sites this build cannot compare, by id, with why.
    refused: BTreeMap<u64, Error>,
}

impl Live {
    /// Applies an addition (ids only grow in a store's log: a push, but for
    /// a hand-made log).
    fn add(&mut self, id: u64, label: String, signals: SiteSignals) {
        self.removed.remove(&id);
        self.refused.remove(&id);
        let site = (KnownRef { id, label }, signals);
        match self.sites.last() {
            Some((last, _)) if last.id >= id => {
                match self.sites.binary_search_by_key(&id, |(k, _)| k.id) {
                    Ok(at) => self.sites[at] = site,
                    Err(at) => self.sites.insert(at, site),
                }
            }
            _ => self.sites.push(site),
        }
    }

    /// An addition of a site this build cannot compare: it replaces any
    /// site of that id, and is an error at the end unless removed since.
    fn refuse(&mut self, id: u64, error: Error) {
        self.removed.insert(id);
        self.refused.insert(id, error);
    }

    fn remove(&mut self, id: u64) {
        self.removed.insert(id);
        self.refused.remove(&id);
    }

    /// The sites, removals applied; the error of the first site (by id)
    /// this build cannot compare, as the matcher refuses it.
    fn finish(&mut self) -> Result<()> {
        if let Some((_, error)) = std::mem::take(&mut self.refused).pop_first() {
            return Err(error);
        }
        if !self.removed.is_empty() {
            let removed = std::mem::take(&mut self.removed);
            self.sites.retain(|(k, _)| !removed.contains(&k.id));
        }
        Ok(())
    }
}

impl KnownSignals {
    /// Opens the store at `path` through its sidecar, reading only what
    /// the sidecar does not cover, and writes a new sidecar when that saves
    /// work next time.
    ///
    /// # Errors
    /// As [`KnownStore::open_existing`]: [`Error::Io`] for a missing or
    /// unreadable store, [`Error::Store`] for a file that is not a store or
    /// has lost records among those read, [`Error::StoreVersion`] for a
    /// newer format; [`Error::SpecMismatch`] or [`Error::SchemaVersion`]
    /// for a known site (one not removed) this build cannot compare, as
    /// [`Matcher::new`] refuses it.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let side = sidecar_path(path);
        let mut file = File::open(path).map_err(|e| Error::io(path, e))?;
        read_header(path, &mut file)?;
        let meta = file.metadata().map_err(|e| Error::io(path, e))?;
        let identity = file_identity(&meta);
        let (mut live, covered, read_from) = match load_sidecar(&side, identity) {
            Ok((live, covered)) => match covers(&mut file, &covered) {
                Ok(true) => (live, covered, None),
                Ok(false) => (
                    Live::default(),
                    Coverage::default(),
                    Some("it describes another state of the store".to_string()),
                ),
                Err(e) => return Err(Error::io(path, e)),
            },
            Err(why) => (Live::default(), Coverage::default(), Some(why)),
        };
        let from = if read_from.is_some() {
            log::HEADER_LEN as u64
        } else {
            covered.end
        };
        let read = match read_records(&mut file, from, &mut live, CHUNK) {
            Ok(Some(read)) => read,
            Ok(None) => return Self::from_damaged(path, side),
            Err(e) => return Err(Error::io(path, e)),
        };
        live.finish()?;
        let end = read.end;
        let last = read.last.or(covered.last);
        let tail = read.end - from;
        let how = match read_from {
            Some(why) => SidecarRead::Rebuilt { why },
            None if read.records == 0 => SidecarRead::Current,
            None => SidecarRead::Extended {
                records: read.records,
            },
        };
        let rewrite = match how {
            SidecarRead::Current => false,
            SidecarRead::Extended { .. } => worth_rewriting(tail, covered.end),
            SidecarRead::Rebuilt { .. } => true,
        };
        let write_error = if rewrite {
            let written = tail_hash(&mut file, end).and_then(|tail| {
                let coverage = Coverage {
                    file: identity,
                    end,
                    last,
                    tail,
                };
                write_sidecar(&side, &coverage, &live, &meta)
            });
            written.err()
        } else {
            None
        };
        Ok(Self {
            sites: live.sites,
            sidecar: Sidecar {
                path: side,
                read: how,
                written: rewrite && write_error.is_none(),
                write_error: write_error.map(|e| e.to_string()),
            },
        })
    }

    /// A store whose records read show damage: read whole by
    /// [`KnownStore`], which recovers what it can and refuses lost
    /// records; no sidecar is written for it.
    fn from_damaged(path: &Path, side: PathBuf) -> Result<Self> {
        let store = KnownStore::open_existing(path)?;
        let sites = store
            .sites()
            .map(|site| known_signals(site.id, &site.label, &site.fingerprint))
            .collect::<Result<Vec<_>>>()?;
        Ok(Self {
            sites,
            sidecar: Sidecar {
                path: side,
                read: SidecarRead::Rebuilt {
                    why: "the store has damaged regions".into(),
                },
                written: false,
                write_error: None,
            },
        })
    }

    /// The known sites, in id order.
    pub fn sites(&self) -> &[(KnownRef, SiteSignals)] {
        &self.sites
    }

    /// How many known sites there are.
    pub fn len(&self) -> usize {
        self.sites.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.sites.is_empty()
    }

    /// What became of the sidecar.
    pub fn sidecar(&self) -> &Sidecar {
        &self.sidecar
    }

    /// The known sites, in id order.
    pub fn into_sites(self) -> Vec<(KnownRef, SiteSignals)> {
        self.sites
    }
}

impl Matcher {
    /// Indexes the known sites of a store opened with
    /// [`KnownSignals::open`]: the same matcher as
    /// [`Matcher::from_store`] builds, without the whole fingerprints.
    pub fn from_known_signals(known: KnownSignals, model: FusedModel) -> Self {
        Self::from_signals(known.into_sites(), model)
    }
}

/// Whether a sidecar covering `covered` bytes, past which `tail` bytes of
/// records were read, is worth writing again: when the tail costs more
/// than a small fixed amount and a fair share of the whole reading.
fn worth_rewriting(tail: u64, covered: u64) -> bool {
    tail > REWRITE_TAIL && tail > covered / 8
}

/// Reads and checks the store's header.
fn read_header(path: &Path, file: &mut File) -> Result<u32> {
    let mut header = [0u8; log::HEADER_LEN];
    let got = read_up_to(file, &mut header).map_err(|e| Error::io(path, e))?;
    super::check_header(path, &header[..got])
}

/// A store file's device, inode and creation time (which tells a file
/// from a later one that reuses its inode).
fn file_identity(m: &std::fs::Metadata) -> [u64; 3] {
    let created = m
        .created()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        [m.dev(), m.ino(), created]
    }
    #[cfg(not(unix))]
    {
        [0, 0, created]
    }
}

/// Whether the store still holds what the sidecar covers: at least as
/// long, the last covered record's frame in place and ending where the
/// coverage ends, the same bytes before that end.
fn covers(file: &mut File, c: &Coverage) -> std::io::Result<bool> {
    let len = file.metadata()?.len();
    if len < c.end {
        return Ok(false);
    }
    match c.last {
        None if c.end != log::HEADER_LEN as u64 => return Ok(false),
        None => {}
        Some((offset, frame)) => {
            let payload = u64::from(u32::from_le_bytes(frame[..4].try_into().expect("4 bytes")));
            let ends = offset
                .checked_add(log::FRAME_LEN as u64)
                .and_then(|e| e.checked_add(payload));
            if ends != Some(c.end) {
                return Ok(false);
            }
            let mut found = [0u8; log::FRAME_LEN];
            file.seek(SeekFrom::Start(offset))?;
            if read_up_to(file, &mut found)? != found.len() || found != frame {
                return Ok(false);
            }
        }
    }
    Ok(tail_hash(file, c.end)? == c.tail)
}

/// One record's effect on the signals.
enum Effect {
    Add(u64, String, Box<SiteSignals>),
    /// An addition of a site this build cannot compare: an error only if
    /// the site is still there at the end (as the matcher refuses it).
    Refused(u64, Box<Error>),
    Remove(u64),
    None,
}

/// Reads the records of the store from `from` to its end, `chunk` bytes at
/// a time (more for a record that does not fit), and applies additions and
/// removals to `live`. `None` when the bytes read hold damage (other than
/// an unfinished write at the end) or a record that does not parse: the
/// caller reads the store whole instead, which knows what to recover and
/// what to refuse.
fn read_records(
    file: &mut File,
    from: u64,
    live: &mut Live,
    chunk: usize,
) -> std::io::Result<Option<Streamed>> {
    let outcome = stream::records(file, from, chunk, stream::HOLD, |records| {
        let effects: Vec<Option<Effect>> = records.par_iter().map(|r| effect(r.payload)).collect();
        for effect in effects {
            let Some(effect) = effect else {
                return false;
            };
            match effect {
                Effect::Add(id, label, signals) => live.add(id, label, *signals),
                Effect::Refused(id, error) => live.refuse(id, *error),
                Effect::Remove(id) => live.remove(id),
                Effect::None => {}
            }
        }
        true
    })?;
    Ok(match outcome {
        stream::Outcome::Done(read) => Some(read),
        stream::Outcome::Damaged(_) | stream::Outcome::Stopped => None,
    })
}

/// What one record does to the signals; `None` for a record that does not
/// parse (damage, for the whole read).
fn effect(payload: &[u8]) -> Option<Effect> {
    let op = Op::parse(payload)?;
    Some(match op {
        Op::Add(site) => match site.fingerprint.ensure_current() {
            Ok(()) => {
                let signals = SiteSignals::of(&site.fingerprint);
                Effect::Add(site.id, site.label, Box::new(signals))
            }
            Err(e) => Effect::Refused(site.id, Box::new(e)),
        },
        Op::Remove { id } => Effect::Remove(id),
        Op::Reincarnation(_) => Effect::None,
    })
}

/// The sidecar's header after the magic: what must equal this build's for
/// it to be read.
fn build_key() -> String {
    let specs = serde_json::to_string(&HashSpecs::current()).expect("serialisable specs");
    let version = env!("CARGO_PKG_VERSION");
    format!(
        "clone-detect {version} layout {LAYOUT} schema {FINGERPRINT_SCHEMA_VERSION} specs {specs}"
    )
}

/// Writes the sidecar: a temporary file in the same folder, renamed over
/// the old one, so that a reader sees the old sidecar or the new one.
/// The sidecar gets the store's permissions: it holds the labels.
fn write_sidecar(
    side: &Path,
    c: &Coverage,
    live: &Live,
    store: &std::fs::Metadata,
) -> std::io::Result<()> {
    let dir = match side.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = side
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("store.signals");
    static WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
    let result = (|| {
        let file = File::create(&tmp)?;
        file.set_permissions(store.permissions())?;
        let mut w = Hashing::new(BufWriter::with_capacity(1 << 20, file));
        w.write_all(MAGIC)?;
        w.bytes(build_key().as_bytes())?;
        for v in c.file {
            w.u64(v)?;
        }
        w.u64(c.end)?;
        w.u64(c.tail)?;
        match &c.last {
            Some((offset, frame)) => {
                w.write_all(&[1])?;
                w.u64(*offset)?;
                w.write_all(frame)?;
            }
            None => w.write_all(&[0])?,
        }
        w.u64(live.sites.len() as u64)?;
        for (site, signals) in &live.sites {
            w.u64(site.id)?;
            w.bytes(site.label.as_bytes())?;
            encode(&mut w, signals)?;
        }
        let sum = w.hasher.digest();
        let mut inner = w.inner;
        inner.write_all(&sum.to_le_bytes())?;
        inner.flush()?;
        drop(inner);
        std::fs::rename(&tmp, side)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Bits of the optional values in an encoded site, in this order.
const FIELDS: [&str; 10] = [
    "template",
    "root_template",
    "text",
    "root_text",
    "screenshot",
    "screenshot_ahash",
    "favicon_phash",
    "favicon_mmh3",
    "html_mmh3",
    "domhash",
];

fn encode<W: Write>(w: &mut Hashing<W>, s: &SiteSignals) -> std::io::Result<()> {
    // Every field named: a field added to the signals fails to compile here
    // until it is encoded (and LAYOUT bumped).
    let SiteSignals {
        template,
        root_template,
        text,
        root_text,
        screenshot,
        screenshot_ahash,
        favicon_phash,
        favicon_mmh3,
        domhash,
        html_mmh3,
        assets,
        ids,
        title_words,
        vocabulary,
        page_texts,
    } = s;
    let hashes = [
        template,
        root_template,
        text,
        root_text,
        screenshot,
        screenshot_ahash,
        favicon_phash,
    ];
    let mut present = 0u16;
    for (bit, h) in hashes.iter().enumerate() {
        present |= u16::from(h.is_some()) << bit;
    }
    present |= u16::from(favicon_mmh3.is_some()) << 7;
    present |= u16::from(html_mmh3.is_some()) << 8;
    present |= u16::from(domhash.is_some()) << 9;
    w.write_all(&present.to_le_bytes())?;
    for h in hashes.into_iter().flatten() {
        w.u64(*h)?;
    }
    for v in [favicon_mmh3, html_mmh3].into_iter().flatten() {
        w.write_all(&v.to_le_bytes())?;
    }
    if let Some(d) = domhash {
        w.write_all(d)?;
    }
    w.u64(assets.len() as u64)?;
    for a in assets {
        w.write_all(a)?;
    }
    for list in [ids, title_words] {
        w.u64(list.len() as u64)?;
        for item in list {
            w.bytes(item.as_bytes())?;
        }
    }
    w.u64(vocabulary.len() as u64)?;
    for h in vocabulary {
        w.write_all(&h.to_le_bytes())?;
    }
    w.u64(page_texts.len() as u64)?;
    for h in page_texts {
        w.u64(*h)?;
    }
    Ok(())
}

/// Reads the sidecar at `side` if it was written by a build like this one
/// for the store file `identity`, and its checksum holds; else why not.
fn load_sidecar(side: &Path, identity: [u64; 3]) -> std::result::Result<(Live, Coverage), String> {
    let file = match File::open(side) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err("there is none yet".into())
        }
        Err(e) => return Err(format!("it cannot be read ({e})")),
    };
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut r = Decoder {
        inner: BufReader::with_capacity(1 << 20, file),
        hasher: Xxh3::new(),
        left: size.saturating_sub(8),
    };
    match parse_sidecar(&mut r) {
        Ok(Ok((live, coverage))) if coverage.file == identity => Ok((live, coverage)),
        Ok(Ok(_)) => Err("it describes another store file (replaced by a repair or a copy)".into()),
        Ok(Err(why)) => Err(why.into()),
        Err(_) => Err("it is damaged or cut short".into()),
    }
}

/// The sidecar's sites and coverage; the inner error when it is not one
/// this build reads, the outer one when it is damaged.
fn parse_sidecar<R: Read>(
    r: &mut Decoder<R>,
) -> std::io::Result<std::result::Result<(Live, Coverage), &'static str>> {
    let mut magic = [0u8; 8];
    r.exact(&mut magic)?;
    if &magic != MAGIC {
        return Ok(Err("it is not a sidecar of signals"));
    }
    if r.bytes()? != build_key().as_bytes() {
        return Ok(Err(
            "it was written by a build with other hash specs or another layout",
        ));
    }
    let file = [r.u64()?, r.u64()?, r.u64()?];
    let end = r.u64()?;
    let tail = r.u64()?;
    let last = match r.byte()? {
        0 => None,
        1 => {
            let offset = r.u64()?;
            let mut frame = [0u8; log::FRAME_LEN];
            r.exact(&mut frame)?;
            Some((offset, frame))
        }
        _ => return Err(invalid()),
    };
    let count = r.count(MIN_ENCODED_SITE)?;
    let mut live = Live::default();
    live.sites.reserve_exact(count);
    for _ in 0..count {
        let id = r.u64()?;
        if live.sites.last().is_some_and(|(k, _)| k.id >= id) {
            return Err(invalid());
        }
        let label = r.string()?;
        let signals = decode(r)?;
        live.sites.push((KnownRef { id, label }, signals));
    }
    let digest = r.hasher.digest();
    let mut sum = [0u8; 8];
    r.inner.read_exact(&mut sum)?;
    let mut rest = [0u8; 1];
    if u64::from_le_bytes(sum) != digest || r.inner.read(&mut rest)? != 0 || r.left != 0 {
        return Err(invalid());
    }
    Ok(Ok((
        live,
        Coverage {
            file,
            end,
            last,
            tail,
        },
    )))
}

/// The fewest bytes an encoded site takes: its id, its label's length, the
/// bits of its optional values and five list lengths. A count of sites is
/// bounded by what is left of the file divided by this, so a damaged count
/// cannot ask for more memory than a few times the sidecar's size.
const MIN_ENCODED_SITE: u64 = 8 + 8 + 2 + 5 * 8;

fn decode<R: Read>(r: &mut Decoder<R>) -> std::io::Result<SiteSignals> {
    let mut present = [0u8; 2];
    r.exact(&mut present)?;
    let present = u16::from_le_bytes(present);
    if present >> FIELDS.len() != 0 {
        return Err(invalid());
    }
    let has = |bit: u32| present & (1 << bit) != 0;
    let mut hashes = [None; 7];
    for (bit, h) in hashes.iter_mut().enumerate() {
        if has(bit as u32) {
            *h = Some(r.u64()?);
        }
    }
    let mut small = [None; 2];
    for (k, v) in small.iter_mut().enumerate() {
        if has(7 + k as u32) {
            let mut b = [0u8; 4];
            r.exact(&mut b)?;
            *v = Some(i32::from_le_bytes(b));
        }
    }
    let domhash = if has(9) {
        let mut d = [0u8; 16];
        r.exact(&mut d)?;
        Some(d)
    } else {
        None
    };
    let n = r.count(32)?;
    let mut assets = Vec::with_capacity(n);
    for _ in 0..n {
        let mut a = [0u8; 32];
        r.exact(&mut a)?;
        assets.push(a);
    }
    let mut lists = [Vec::new(), Vec::new()];
    for list in &mut lists {
        let n = r.count(8)?;
        for _ in 0..n {
            list.push(r.string()?);
        }
    }
    let [ids, title_words] = lists;
    // Read back as written: empty or informative, sorted, distinct, at
    // most a sketch's size (a file that says otherwise is damaged).
    let n = r.count(4)?;
    let sizes =
        crate::signal::vocabulary::MIN_DISTINCT_WORDS..=crate::signal::vocabulary::SKETCH_SIZE;
    if n != 0 && !sizes.contains(&n) {
        return Err(invalid());
    }
    let mut vocabulary = Vec::with_capacity(n);
    for _ in 0..n {
        let mut b = [0u8; 4];
        r.exact(&mut b)?;
        let h = u32::from_le_bytes(b);
        if vocabulary.last().is_some_and(|&last| last >= h) {
            return Err(invalid());
        }
        vocabulary.push(h);
    }
    // Sorted, distinct, at most MAX_PAGE_TEXTS, as written.
    let n = r.count(8)?;
    if n > crate::index::MAX_PAGE_TEXTS {
        return Err(invalid());
    }
    let mut page_texts: Vec<u64> = Vec::with_capacity(n);
    for _ in 0..n {
        let h = r.u64()?;
        if page_texts.last().is_some_and(|&last| last >= h) {
            return Err(invalid());
        }
        page_texts.push(h);
    }
    let [template, root_template, text, root_text, screenshot, screenshot_ahash, favicon_phash] =
        hashes;
    let [favicon_mmh3, html_mmh3] = small;
    Ok(SiteSignals {
        template,
        root_template,
        text,
        root_text,
        screenshot,
        screenshot_ahash,
        favicon_phash,
        favicon_mmh3,
        domhash,
        html_mmh3,
        assets,
        ids,
        title_words,
        vocabulary,
        page_texts,
    })
}

fn invalid() -> std::io::Error {
    std::io::Error::from(std::io::ErrorKind::InvalidData)
}

/// A writer that hashes what it writes (the sidecar's checksum).
struct Hashing<W> {
    inner: W,
    hasher: Xxh3,
}

impl<W: Write> Hashing<W> {
    fn new(inner: W) -> Self {
        Self {
            inner,
            hasher: Xxh3::new(),
        }
    }

    fn u64(&mut self, v: u64) -> std::io::Result<()> {
        self.write_all(&v.to_le_bytes())
    }

    /// Length-prefixed bytes.
    fn bytes(&mut self, b: &[u8]) -> std::io::Result<()> {
        self.u64(b.len() as u64)?;
        self.write_all(b)
    }
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// A reader that hashes what it reads and refuses any length longer than
/// what is left of the file: a damaged sidecar gives an error, never a
/// huge allocation.
struct Decoder<R> {
    inner: R,
    hasher: Xxh3,
    /// Bytes left before the checksum.
    left: u64,
}

impl<R: Read> Decoder<R> {
    fn exact(&mut self, buf: &mut [u8]) -> std::io::Result<()> {
        if buf.len() as u64 > self.left {
            return Err(invalid());
        }
        self.inner.read_exact(buf)?;
        self.hasher.update(buf);
        self.left -= buf.len() as u64;
        Ok(())
    }

    fn byte(&mut self) -> std::io::Result<u8> {
        let mut b = [0u8; 1];
        self.exact(&mut b)?;
        Ok(b[0])
    }

    fn u64(&mut self) -> std::io::Result<u64> {
        let mut b = [0u8; 8];
        self.exact(&mut b)?;
        Ok(u64::from_le_bytes(b))
    }

    /// A count of items of at least `each` bytes, bounded by what is left.
    fn count(&mut self, each: u64) -> std::io::Result<usize> {
        let n = self.u64()?;
        if n.saturating_mul(each) > self.left {
            return Err(invalid());
        }
        usize::try_from(n).map_err(|_| invalid())
    }

    fn bytes(&mut self) -> std::io::Result<Vec<u8>> {
        let n = self.count(1)?;
        let mut out = vec![0u8; n];
        self.exact(&mut out)?;
        Ok(out)
    }

    fn string(&mut self) -> std::io::Result<String> {
        String::from_utf8(self.bytes()?).map_err(|_| invalid())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::tests::fp;
    use crate::store::NewKnownSite;

    /// The signals of every site of the store, read whole.
    fn whole(path: &Path) -> Vec<(KnownRef, SiteSignals)> {
        KnownStore::open_existing(path)
            .unwrap()
            .sites()
            .map(|s| {
                (
                    KnownRef {
                        id: s.id,
                        label: s.label.clone(),
                    },
                    SiteSignals::of(&s.fingerprint),
                )
            })
            .collect()
    }

    /// A store of `n` sites with distinct pages, its second site removed.
    fn store(dir: &Path, name: &str, n: usize) -> PathBuf {
        let path = dir.join(name);
        let mut s = KnownStore::open(&path).unwrap();
        for i in 0..n {
            let body = format!("<title>{name} {i}</title><h1>site {i}</h1><p>{name} text {i}</p>");
            s.add(NewKnownSite::new(format!("{name}-{i}"), fp(&body)))
                .unwrap();
        }
        s.remove(2).unwrap();
        path
    }

    fn read(path: &Path) -> SidecarRead {
        KnownSignals::open(path).unwrap().sidecar().read.clone()
    }

    #[test]
    fn the_sites_of_the_whole_store_through_the_sidecar() {
        let dir = tempfile::tempdir().unwrap();
        let path = store(dir.path(), "a", 5);
        let first = KnownSignals::open(&path).unwrap();
        assert!(matches!(first.sidecar().read, SidecarRead::Rebuilt { .. }));
        assert!(first.sidecar().written && sidecar_path(&path).exists());
        assert_eq!(first.sites(), whole(&path).as_slice());
        assert_eq!(first.len(), 4);
        let second = KnownSignals::open(&path).unwrap();
        assert_eq!(second.sidecar().read, SidecarRead::Current);
        assert!(!second.sidecar().written);
        assert_eq!(second.sites(), whole(&path).as_slice());
    }

    #[test]
    fn records_appended_since_are_read_past_the_sidecar() {
        let dir = tempfile::tempdir().unwrap();
        let path = store(dir.path(), "a", 4);
        KnownSignals::open(&path).unwrap();
        let mut s = KnownStore::open_existing(&path).unwrap();
        s.add(NewKnownSite::new("new", fp("<h1>new</h1>"))).unwrap();
        s.remove(1).unwrap();
        let got = KnownSignals::open(&path).unwrap();
        assert_eq!(got.sidecar().read, SidecarRead::Extended { records: 2 });
        assert_eq!(got.sites(), whole(&path).as_slice());
        assert!(got.sites().iter().all(|(k, _)| k.id != 1));
        assert!(got.sites().iter().any(|(k, _)| k.label == "new"));
        // A small tail is not worth a new sidecar; a large one is.
        assert!(!got.sidecar().written);
        assert!(!worth_rewriting(1 << 20, 1 << 30));
        assert!(!worth_rewriting(REWRITE_TAIL + 1, 1 << 40));
        assert!(worth_rewriting(REWRITE_TAIL + 1, REWRITE_TAIL));
        // An unfinished write at the end (a crash) is left out, as the
        // store's readers leave it.
        let mut bytes = std::fs::read(&path).unwrap();
        let cut = log::frame(br#"{"op":"remove","id":3}"#);
        bytes.extend_from_slice(&cut[..cut.len() - 3]);
        std::fs::write(&path, bytes).unwrap();
        let got = KnownSignals::open(&path).unwrap();
        assert_eq!(got.sites(), whole(&path).as_slice());
        assert!(got.sites().iter().any(|(k, _)| k.id == 3));
    }

    #[test]
    fn another_store_in_its_place_is_read_again() {
        let dir = tempfile::tempdir().unwrap();
        let a = store(dir.path(), "a", 4);
        let b = store(dir.path(), "b", 6);
        KnownSignals::open(&a).unwrap();
        // Renamed over it (as `known repair` replaces a store).
        std::fs::rename(&b, &a).unwrap();
        let why = match read(&a) {
            SidecarRead::Rebuilt { why } => why,
            other => panic!("{other:?}"),
        };
        assert!(why.contains("another store file"), "{why}");
        assert_eq!(
            KnownSignals::open(&a).unwrap().sites(),
            whole(&a).as_slice()
        );
        // Written over in place (the same file): other bytes where the last
        // covered record was.
        let c = store(dir.path(), "c", 6);
        KnownSignals::open(&a).unwrap();
        std::fs::write(&a, std::fs::read(&c).unwrap()).unwrap();
        assert!(matches!(read(&a), SidecarRead::Rebuilt { .. }));
        assert_eq!(
            KnownSignals::open(&a).unwrap().sites(),
            whole(&c).as_slice()
        );
        // Cut shorter than what the sidecar covers.
        let len = std::fs::metadata(&a).unwrap().len();
        KnownSignals::open(&a).unwrap();
        std::fs::OpenOptions::new()
            .write(true)
            .open(&a)
            .unwrap()
            .set_len(len - 10)
            .unwrap();
        assert!(matches!(read(&a), SidecarRead::Rebuilt { .. }));
        assert_eq!(
            KnownSignals::open(&a).unwrap().sites(),
            whole(&a).as_slice()
        );
    }

    #[test]
    fn no_damage_to_the_sidecar_changes_the_sites() {
        let dir = tempfile::tempdir().unwrap();
        let path = store(dir.path(), "a", 3);
        let want = whole(&path);
        KnownSignals::open(&path).unwrap();
        let side = sidecar_path(&path);
        let good = std::fs::read(&side).unwrap();
        let mut damaged: Vec<Vec<u8>> = (0..good.len())
            .map(|i| {
                let mut b = good.clone();
                b[i] ^= 0x41;
                b
            })
            .collect();
        damaged.extend((0..good.len()).step_by(7).map(|n| good[..n].to_vec()));
        damaged.push([good.as_slice(), b"x"].concat());
        damaged.push(b"CDSIGNL\n\xff\xff\xff\xff\xff\xff\xff\x7f".to_vec());
        for bytes in damaged {
            std::fs::write(&side, &bytes).unwrap();
            let got = KnownSignals::open(&path).unwrap();
            assert!(
                matches!(got.sidecar().read, SidecarRead::Rebuilt { .. }),
                "{:?}",
                got.sidecar()
            );
            assert_eq!(got.sites(), want.as_slice());
        }
    }

    #[test]
    fn any_chunk_size_reads_the_same_sites() {
        let dir = tempfile::tempdir().unwrap();
        let path = store(dir.path(), "a", 6);
        let want = whole(&path);
        for chunk in (1..400).step_by(13).chain([4096, 1 << 20]) {
            let mut file = File::open(&path).unwrap();
            let mut live = Live::default();
            let read = read_records(&mut file, log::HEADER_LEN as u64, &mut live, chunk)
                .unwrap()
                .unwrap();
            live.finish().unwrap();
            assert_eq!(read.records, 7, "chunk {chunk}");
            assert_eq!(read.end, std::fs::metadata(&path).unwrap().len());
            assert_eq!(live.sites, want, "chunk {chunk}");
        }
    }

    #[test]
    fn damage_read_is_refused_as_the_store_refuses_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = store(dir.path(), "a", 4);
        KnownSignals::open(&path).unwrap();
        let covered = std::fs::metadata(&path).unwrap().len();
        let mut s = KnownStore::open_existing(&path).unwrap();
        s.add(NewKnownSite::new("new", fp("<h1>new</h1>"))).unwrap();
        s.add(NewKnownSite::new("newer", fp("<h1>newer</h1>")))
            .unwrap();
        drop(s);
        // A byte of the first record past the sidecar changed: lost.
        let mut bytes = std::fs::read(&path).unwrap();
        bytes[covered as usize + 40] ^= 0x20;
        std::fs::write(&path, &bytes).unwrap();
        let err = KnownSignals::open(&path).unwrap_err();
        assert!(matches!(err, Error::Store { .. }), "{err}");
        assert_eq!(
            err.to_string(),
            KnownStore::open_existing(&path).unwrap_err().to_string()
        );
        std::fs::remove_file(sidecar_path(&path)).unwrap();
        assert!(matches!(
            KnownSignals::open(&path),
            Err(Error::Store { .. })
        ));
        // Only the length field changed: recovered, as the store does.
        let mut bytes = std::fs::read(&path).unwrap();
        bytes[covered as usize + 40] ^= 0x20;
        bytes[covered as usize] ^= 0x01;
        std::fs::write(&path, &bytes).unwrap();
        let got = KnownSignals::open(&path).unwrap();
        assert_eq!(got.sites(), whole(&path).as_slice());
        assert_eq!(got.len(), 5);
        assert!(!got.sidecar().written);
    }

    #[test]
    fn a_site_of_other_specs_is_refused_as_the_matcher_refuses_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = store(dir.path(), "a", 3);
        KnownSignals::open(&path).unwrap();
        let mut site = KnownStore::open_existing(&path)
            .unwrap()
            .get(1)
            .unwrap()
            .clone();
        site.id = 9;
        site.fingerprint.specs.phash = "phash/other".into();
        let mut bytes = std::fs::read(&path).unwrap();
        bytes.extend(log::frame(
            &serde_json::to_vec(&Op::Add(Box::new(site))).unwrap(),
        ));
        std::fs::write(&path, &bytes).unwrap();
        assert!(matches!(
            KnownSignals::open(&path),
            Err(Error::SpecMismatch { .. })
        ));
        let store = KnownStore::open_existing(&path).unwrap();
        assert!(matches!(
            Matcher::from_store(&store, FusedModel::shipped()),
            Err(Error::SpecMismatch { .. })
        ));
    }

    #[test]
    fn additions_and_removals_apply_as_the_store_applies_them() {
        let mut live = Live::default();
        let sig = SiteSignals::default;
        for id in [1, 2, 5] {
            live.add(id, format!("s{id}"), sig());
        }
        live.remove(2);
        live.add(3, "late".into(), sig()); // out of order: a hand-made log
        live.remove(5);
        live.add(5, "again".into(), sig()); // ids are not reused, but
        live.remove(9); // nothing to remove
        let refused = || Error::Model("other specs".into());
        live.refuse(7, refused());
        live.remove(7); // refused, then removed: no error
        live.add(8, "ok".into(), sig());
        live.refuse(8, refused()); // replaced by one of other specs
        live.add(8, "ok again".into(), sig()); // and back
        live.finish().unwrap();
        let got: Vec<(u64, &str)> = live
            .sites
            .iter()
            .map(|(k, _)| (k.id, k.label.as_str()))
            .collect();
        assert_eq!(got, [(1, "s1"), (3, "late"), (5, "again"), (8, "ok again")]);
        let mut live = Live::default();
        live.add(1, "a".into(), sig());
        live.refuse(4, refused());
        live.refuse(2, Error::Model("first".into()));
        assert_eq!(
            live.finish().unwrap_err().to_string(),
            Error::Model("first".into()).to_string()
        );
    }

    #[test]
    fn a_removed_site_of_other_specs_is_no_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = store(dir.path(), "a", 3);
        let mut site = KnownStore::open_existing(&path)
            .unwrap()
            .get(1)
            .unwrap()
            .clone();
        site.id = 9;
        site.fingerprint.specs.phash = "phash/other".into();
        let mut bytes = std::fs::read(&path).unwrap();
        bytes.extend(log::frame(
            &serde_json::to_vec(&Op::Add(Box::new(site))).unwrap(),
        ));
        bytes.extend(log::frame(br#"{"op":"remove","id":9}"#));
        std::fs::write(&path, &bytes).unwrap();
        let got = KnownSignals::open(&path).unwrap();
        assert_eq!(got.sites(), whole(&path).as_slice());
        let store = KnownStore::open_existing(&path).unwrap();
        assert!(Matcher::from_store(&store, FusedModel::shipped()).is_ok());
    }

    /// Every one-byte change of a store: its signals read through a
    /// sidecar written before the change, or with none, are the whole
    /// store's, or both readings fail.
    #[test]
    fn a_changed_byte_reads_as_the_whole_store_reads() {
        let dir = tempfile::tempdir().unwrap();
        let path = store(dir.path(), "a", 3);
        KnownSignals::open(&path).unwrap();
        let side = sidecar_path(&path);
        let (good, sidecar) = (std::fs::read(&path).unwrap(), std::fs::read(&side).unwrap());
        for at in (log::HEADER_LEN..good.len()).step_by(5) {
            let mut bytes = good.clone();
            bytes[at] ^= 0x08;
            for with_sidecar in [true, false] {
                // Written over in place, as damage is.
                std::fs::OpenOptions::new()
                    .write(true)
                    .open(&path)
                    .unwrap()
                    .write_all(&bytes)
                    .unwrap();
                if with_sidecar {
                    std::fs::write(&side, &sidecar).unwrap();
                } else {
                    let _ = std::fs::remove_file(&side);
                }
                let want = KnownStore::open_existing(&path).map(|_| whole(&path));
                match (KnownSignals::open(&path), want) {
                    (Ok(got), Ok(want)) => assert_eq!(got.sites(), want.as_slice(), "byte {at}"),
                    (Err(_), Err(_)) => {}
                    (got, want) => panic!(
                        "byte {at}: {:?} against {:?}",
                        got.map(|g| g.len()),
                        want.map(|w| w.len())
                    ),
                }
            }
        }
    }

    #[test]
    fn a_lineage_recorded_since_is_read_through() {
        let dir = tempfile::tempdir().unwrap();
        let path = store(dir.path(), "a", 3);
        KnownSignals::open(&path).unwrap();
        let mut s = KnownStore::open_existing(&path).unwrap();
        let reincarnation = crate::store::NewReincarnation {
            matched: 1,
            domain: "b.example".into(),
            first_seen: "2026-03-01".into(),
            score: 0.9,
        };
        let added = NewKnownSite::new("a-0 again", fp("<h1>again</h1>"));
        s.record_reincarnation(reincarnation, Some(added)).unwrap();
        assert_eq!(s.format_version(), 2);
        let got = KnownSignals::open(&path).unwrap();
        assert_eq!(got.sites(), whole(&path).as_slice());
        assert_eq!(got.len(), 3);
    }

    #[test]
    fn an_inflated_count_with_a_good_checksum_is_refused_without_allocating_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = store(dir.path(), "a", 3);
        KnownSignals::open(&path).unwrap();
        let side = sidecar_path(&path);
        let mut bytes = std::fs::read(&side).unwrap();
        // magic, key, file identity, end, tail, last record, then the count.
        let at = 8 + 8 + build_key().len() + 24 + 8 + 8 + 1 + 8 + log::FRAME_LEN;
        assert_eq!(bytes[at..at + 8], 2u64.to_le_bytes());
        bytes[at..at + 8].copy_from_slice(&(u64::MAX / 64).to_le_bytes());
        let body = bytes.len() - 8;
        let sum = xxhash_rust::xxh3::xxh3_64(&bytes[..body]);
        bytes[body..].copy_from_slice(&sum.to_le_bytes());
        std::fs::write(&side, &bytes).unwrap();
        let got = KnownSignals::open(&path).unwrap();
        assert!(matches!(got.sidecar().read, SidecarRead::Rebuilt { .. }));
        assert_eq!(got.sites(), whole(&path).as_slice());
    }

    #[test]
    fn a_missing_store_or_not_a_store_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("none");
        assert!(matches!(KnownSignals::open(&path), Err(Error::Io { .. })));
        std::fs::write(&path, b"not a store at all").unwrap();
        assert!(matches!(
            KnownSignals::open(&path),
            Err(Error::Store { .. })
        ));
        assert!(!sidecar_path(&path).exists());
    }
}
