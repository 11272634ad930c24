//! Verifying a store byte by byte and repairing it: what is damaged, what
//! is intact, and a new file with every intact record.
//!
//! [`verify`](super::KnownStore::verify) reads the whole file and reports
//! every damaged region (see the `log` module for how the scan finds them)
//! and every intact record. [`repair`](super::KnownStore::repair) takes the
//! writers' lock, writes every intact record (and every record recovered
//! past a bad length field) to a new file, syncs it, and replaces the store
//! with it atomically, keeping the damaged file next to it as
//! `<store>.damaged-<unix time>`. Writers and watches holding the old file
//! notice the replacement (the path names another file) and reopen it.
//!
//! Ids are never reused, even across a repair: when a lost record added a
//! site with an id above every id the intact records mention (as far as its
//! first bytes tell, or, after the last intact record, whatever they tell),
//! the repaired file ends with a removal of that id, so the next site gets
//! a later one.

use std::fmt;
use std::fs::{File, OpenOptions, Permissions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::log::{self, Header};
use super::{Op, LINEAGE_FORMAT_VERSION, STORE_FORMAT_VERSION};
use crate::{Error, Result};

/// What the bytes of a damaged region are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DamageKind {
    /// A record whose payload does not match its checksum: a changed byte
    /// in its payload or in its checksum.
    BadChecksum,
    /// A length field out of range, or that does not lead to the next
    /// record.
    BadLength,
    /// A run of zeros where data should be: bytes that never reached the
    /// disk before a crash (some filesystems grow a file first), or zeroed
    /// blocks.
    ZeroFilled,
    /// A record cut short by the end of the file: an interrupted write.
    Truncated,
    /// Sound framing around something this build does not know: a damaged
    /// header, or a checksummed payload that is not a store record.
    UnknownFormat,
    /// Bytes so dense with frame-like false starts that the search for the
    /// next record gave up within its bounded work: a file made to look
    /// like records, not what a crash or a bad disk leaves. Nothing after
    /// the start of the region is read.
    Unscannable,
}

impl fmt::Display for DamageKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::BadChecksum => "bad checksum",
            Self::BadLength => "bad length",
            Self::ZeroFilled => "zero-filled",
            Self::Truncated => "truncated",
            Self::UnknownFormat => "unknown format",
            Self::Unscannable => "unscannable",
        })
    }
}

/// What became of the records in a damaged region.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fate {
    /// Records in it may have been reported written: they are gone.
    Lost,
    /// A write that never finished, at the end of the file: nothing in it
    /// was reported written, and the next writer cuts it off.
    Unfinished,
    /// Nothing is lost: only a length field or the header is wrong, and
    /// the records are read whole (a repair rewrites them).
    Recovered,
}

impl fmt::Display for Fate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Lost => "lost",
            Self::Unfinished => "unfinished write",
            Self::Recovered => "recovered",
        })
    }
}

/// Which change a record holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordOp {
    /// The addition of a known site; the id is the site's.
    Add,
    /// The removal of a known site; the id is the site's.
    Remove,
    /// A confirmed reincarnation; the id is the first site of its lineage.
    Reincarnation,
}

/// A record that is intact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct IntactRecord {
    /// Where its frame starts in the file.
    pub offset: u64,
    /// Its length in the file, frame included.
    pub len: u64,
    /// What it holds.
    pub op: RecordOp,
    /// The site it concerns (see [`RecordOp`]).
    pub id: u64,
}

/// A record seen in a damaged region, as its first bytes tell; they may be
/// the damaged ones, so this is a lead, not a fact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DamagedRecord {
    /// Where its payload seems to start.
    pub offset: u64,
    /// What it seems to hold.
    pub op: RecordOp,
    /// The site it seems to concern, when its bytes tell.
    pub id: Option<u64>,
}

/// A run of damaged bytes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DamagedRegion {
    /// Where it starts in the file.
    pub offset: u64,
    /// How many bytes.
    pub len: u64,
    /// What the bytes are.
    pub kind: DamageKind,
    /// What became of the records in it.
    pub fate: Fate,
    /// The records it seems to hold.
    pub records: Vec<DamagedRecord>,
}

/// What [`verify`](super::KnownStore::verify) found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Verification {
    /// The store file.
    pub path: PathBuf,
    /// Its length in bytes.
    pub bytes: u64,
    /// Its format version (the one its records need when the header is
    /// damaged).
    pub format_version: u32,
    /// The intact records (recovered ones included), in file order.
    pub records: Vec<IntactRecord>,
    /// The damaged regions, in file order.
    pub damage: Vec<DamagedRegion>,
}

impl Verification {
    /// Whether no byte is damaged.
    pub fn is_clean(&self) -> bool {
        self.damage.is_empty()
    }

    /// The regions whose records are gone.
    pub fn lost(&self) -> impl Iterator<Item = &DamagedRegion> {
        self.damage.iter().filter(|d| d.fate == Fate::Lost)
    }
}

/// What [`repair`](super::KnownStore::repair) did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Repair {
    /// What it found, before writing.
    pub verification: Verification,
    /// The file written: the store, or the output asked for; none when the
    /// store was intact and no output was asked for.
    pub written: Option<PathBuf>,
    /// Where the damaged file was kept, when the store was replaced.
    pub damaged_copy: Option<PathBuf>,
    /// Records written.
    pub records_kept: usize,
    /// An id a lost record had used, kept from reuse by a removal record.
    pub reserved_id: Option<u64>,
}

/// A damaged region, with the records its bytes seem to hold; `bytes` is
/// the file from offset `base` on.
pub(super) fn describe(region: &log::Region, bytes: &[u8], base: u64) -> DamagedRegion {
    let start = (region.offset - base) as usize;
    let end = (region.end - base) as usize;
    DamagedRegion {
        offset: region.offset,
        len: region.end - region.offset,
        kind: region.kind,
        fate: region.fate,
        records: if region.fate == Fate::Recovered {
            Vec::new()
        } else {
            guess_records(&bytes[start..end], region.offset)
        },
    }
}

/// A valid record whose payload is not a store record.
pub(super) fn unknown_record(record: &log::Record<'_>) -> DamagedRegion {
    DamagedRegion {
        offset: record.offset,
        len: record.end - record.offset,
        kind: DamageKind::UnknownFormat,
        fate: Fate::Lost,
        records: guess_records(record.payload, record.end - record.payload.len() as u64),
    }
}

/// The largest id a guess is trusted with.
const MAX_GUESSED_ID: u64 = super::MAX_ID;

/// Records in damaged bytes, by the way every payload starts:
/// `{"op":"add","id":N`, `{"op":"remove","id":N`,
/// `{"op":"reincarnation","of":N`. The pattern cannot occur inside a
/// payload: a quote in a JSON string is escaped.
fn guess_records(bytes: &[u8], base: u64) -> Vec<DamagedRecord> {
    const START: &[u8] = b"{\"op\":\"";
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(found) = find(&bytes[at..], START) {
        let p = at + found;
        at = p + 1;
        let rest = &bytes[p + START.len()..];
        let (op, field) = if rest.starts_with(b"add\",\"id\":") {
            (RecordOp::Add, 10)
        } else if rest.starts_with(b"remove\",\"id\":") {
            (RecordOp::Remove, 13)
        } else if rest.starts_with(b"reincarnation\",\"of\":") {
            (RecordOp::Reincarnation, 20)
        } else if rest.starts_with(b"add\"") {
            (RecordOp::Add, usize::MAX)
        } else if rest.starts_with(b"remove\"") {
            (RecordOp::Remove, usize::MAX)
        } else if rest.starts_with(b"reincarnation\"") {
            (RecordOp::Reincarnation, usize::MAX)
        } else {
            continue;
        };
        let id = rest.get(field..).and_then(|digits| {
            let n = digits.iter().take_while(|b| b.is_ascii_digit()).count();
            let follows = digits.get(n).copied();
            std::str::from_utf8(&digits[..n])
                .ok()
                .and_then(|s| s.parse::<u64>().ok())
                .filter(|&id| id <= MAX_GUESSED_ID && matches!(follows, Some(b',' | b'}')))
        });
        out.push(DamagedRecord {
            offset: base + p as u64,
            op,
            id,
        });
    }
    out
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The error of a store that holds damage: by default for readers when
/// records are lost, always for writers.
pub(super) fn damage_error(path: &Path, damage: &[DamagedRegion], writing: bool) -> Error {
    let first = damage
        .iter()
        .find(|d| writing || d.fate == Fate::Lost)
        .unwrap_or(&damage[0]);
    let more = match damage.len() {
        1 => String::new(),
        n => format!("; {} damaged regions in all", n),
    };
    let what = format!(
        "damaged at byte {} ({}, {} bytes{more})",
        first.offset, first.kind, first.len
    );
    let reason = if writing {
        format!(
            "refusing to write to a store {what}; nothing was written: run \
             `clone-detect known repair` first (it keeps every intact record)"
        )
    } else {
        format!(
            "store {what}: run `clone-detect known verify` to see what is lost, \
             `clone-detect known repair` to keep every intact record"
        )
    };
    Error::Store {
        path: path.to_path_buf(),
        reason,
    }
}

/// What a whole file holds.
struct Analysis<'a> {
    verification: Verification,
    /// The payloads of the intact records, in order.
    kept: Vec<&'a [u8]>,
    /// The largest id the intact records mention (0 for none).
    max_id: u64,
    /// Where the first intact record that mentions `max_id` ends (0 for
    /// none): every addition after it had a larger id.
    max_id_end: u64,
}

/// Reads every byte of `bytes`, the file at `path`.
fn analyse<'a>(path: &Path, bytes: &'a [u8]) -> Result<Analysis<'a>> {
    let mut header_damage = None;
    let header_version = match log::read_header(bytes) {
        Header::Version(v) if v > STORE_FORMAT_VERSION => {
            return Err(Error::StoreVersion {
                path: path.to_path_buf(),
                found: v,
                supported: STORE_FORMAT_VERSION,
            });
        }
        Header::Version(v) => Some(v),
        Header::NotAStore | Header::Damaged => {
            header_damage = Some(DamagedRegion {
                offset: 0,
                len: log::HEADER_LEN.min(bytes.len()) as u64,
                kind: DamageKind::UnknownFormat,
                fate: Fate::Recovered,
                records: Vec::new(),
            });
            None
        }
    };
    let base = log::HEADER_LEN.min(bytes.len());
    let scan = log::scan(&bytes[base..], base as u64);
    if header_version.is_none() && scan.records.is_empty() {
        return Err(Error::Store {
            path: path.to_path_buf(),
            reason: "not a clone-detect known-site store (bad header, no record found)".into(),
        });
    }
    let mut damage: Vec<DamagedRegion> = scan
        .damage
        .iter()
        .map(|r| describe(r, &bytes[base..], base as u64))
        .collect();
    let mut records = Vec::new();
    let mut kept = Vec::new();
    let mut max_id = 0;
    let mut max_id_end = 0;
    let mut lineage = false;
    for record in &scan.records {
        let Some(op) = Op::parse(record.payload) else {
            damage.push(unknown_record(record));
            continue;
        };
        if op.highest_id() > max_id {
            max_id = op.highest_id();
            max_id_end = record.end;
        }
        let (op, id) = match &op {
            Op::Add(site) => (RecordOp::Add, site.id),
            Op::Remove { id } => (RecordOp::Remove, *id),
            Op::Reincarnation(r) => {
                lineage = true;
                (RecordOp::Reincarnation, r.of)
            }
        };
        records.push(IntactRecord {
            offset: record.offset,
            len: record.end - record.offset,
            op,
            id,
        });
        kept.push(record.payload);
    }
    let needed = if lineage {
        LINEAGE_FORMAT_VERSION
    } else {
        super::BASE_FORMAT_VERSION
    };
    if header_version.is_some_and(|v| v < needed) {
        // A header that says an older format than its records need.
        header_damage = Some(DamagedRegion {
            offset: 0,
            len: log::HEADER_LEN as u64,
            kind: DamageKind::UnknownFormat,
            fate: Fate::Recovered,
            records: Vec::new(),
        });
    }
    damage.extend(header_damage);
    damage.sort_by_key(|d| d.offset);
    Ok(Analysis {
        verification: Verification {
            path: path.to_path_buf(),
            bytes: bytes.len() as u64,
            format_version: header_version.unwrap_or(needed).max(needed),
            records,
            damage,
        },
        kept,
        max_id,
        max_id_end,
    })
}

/// The id a repaired store must keep from reuse: the highest a lost
/// addition may have used, when above `max_id` (every id the intact records
/// mention). Ids grow along the file, so an addition lost after `boundary`
/// (the end of the first intact record that mentions `max_id`) had an id
/// above `max_id` whatever its damaged digits now read: each such addition
/// whose digits do not read as a larger id (and a lost region there with
/// no readable record at all, which may be one) counts one id more.
fn reserved_id(verification: &Verification, max_id: u64, boundary: u64) -> Option<u64> {
    let known = verification
        .lost()
        .flat_map(|d| &d.records)
        .filter(|r| r.op == RecordOp::Add)
        .filter_map(|r| r.id)
        .filter(|&id| id > max_id)
        .max();
    let unread: u64 = verification
        .lost()
        .filter(|d| d.offset >= boundary)
        .map(|d| {
            let adds = d
                .records
                .iter()
                .filter(|r| r.op == RecordOp::Add && r.id.is_none_or(|id| id <= max_id))
                .count() as u64;
            if d.records.is_empty() {
                1
            } else {
                adds
            }
        })
        .sum();
    if unread == 0 {
        return known;
    }
    Some(
        known
            .unwrap_or(max_id)
            .saturating_add(unread)
            .min(super::MAX_ID),
    )
}

/// See [`KnownStore::verify`](super::KnownStore::verify).
pub(super) fn verify(path: &Path) -> Result<Verification> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    Ok(analyse(path, &bytes)?.verification)
}

/// See [`KnownStore::repair`](super::KnownStore::repair).
pub(super) fn repair(path: &Path, output: Option<&Path>) -> Result<Repair> {
    let io = |e| Error::io(path, e);
    let mut file = lock_current(path)?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).map_err(io)?;
    let analysis = analyse(path, &bytes)?;
    let verification = analysis.verification;
    if verification.is_clean() && output.is_none() {
        return Ok(Repair {
            records_kept: verification.records.len(),
            verification,
            written: None,
            damaged_copy: None,
            reserved_id: None,
        });
    }
    let reserved_id = reserved_id(&verification, analysis.max_id, analysis.max_id_end);
    let mut out = log::header(verification.format_version).to_vec();
    for payload in &analysis.kept {
        out.extend(log::frame(payload));
    }
    if let Some(id) = reserved_id {
        let payload = serde_json::to_vec(&Op::Remove { id }).expect("serialisable record");
        out.extend(log::frame(&payload));
    }
    let records_kept = analysis.kept.len();
    let permissions = file.metadata().map_err(io)?.permissions();
    let (written, damaged_copy) = match output {
        Some(target) => {
            write_new(target, &out, None)?;
            (target.to_path_buf(), None)
        }
        None => {
            let copy = replace(path, &out, permissions)?;
            (path.to_path_buf(), Some(copy))
        }
    };
    drop(file); // unlocks: waiting writers find the new file
    Ok(Repair {
        verification,
        written: Some(written),
        damaged_copy,
        records_kept,
        reserved_id,
    })
}

/// Opens the file `path` names and takes its writers' lock, again when a
/// repair replaced it meanwhile.
fn lock_current(path: &Path) -> Result<File> {
    let io = |e| Error::io(path, e);
    for _ in 0..super::REOPEN_LIMIT {
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)
            .map_err(io)?;
        file.lock().map_err(io)?;
        let named = std::fs::metadata(path).map_err(io)?;
        if super::same_file(&file.metadata().map_err(io)?, &named) {
            return Ok(file);
        }
    }
    Err(super::replaced_too_often(path))
}

/// Writes `bytes` to a new file `target` (never over an existing one) and
/// syncs it and its folder.
fn write_new(target: &Path, bytes: &[u8], permissions: Option<Permissions>) -> Result<()> {
    let io = |e| Error::io(target, e);
    let mut f = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(target)
        .map_err(io)?;
    let result = (|| {
        f.write_all(bytes).map_err(io)?;
        if let Some(p) = permissions {
            f.set_permissions(p).map_err(io)?;
        }
        f.sync_all().map_err(io)?;
        sync_dir(target);
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(target);
    }
    result
}

/// Replaces the store at `path` with `bytes`: a synced temporary file is
/// renamed over it once the old file has a second name, which is returned.
/// At every moment `path` names a whole store, old or new.
fn replace(path: &Path, bytes: &[u8], permissions: Permissions) -> Result<PathBuf> {
    let tmp = sibling(path, &format!(".repair-{}.tmp", std::process::id()));
    let _ = std::fs::remove_file(&tmp); // a leftover of a repair killed earlier
    write_new(&tmp, bytes, Some(permissions))?;
    let result = (|| {
        let copy = keep_damaged(path)?;
        std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e))?;
        sync_dir(path);
        Ok(copy)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Gives the damaged file a second name, `<path>.damaged-<unix time>`.
fn keep_damaged(path: &Path) -> Result<PathBuf> {
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    for n in 0..1000 {
        let suffix = match n {
            0 => format!(".damaged-{now}"),
            n => format!(".damaged-{now}.{n}"),
        };
        let copy = sibling(path, &suffix);
        match std::fs::hard_link(path, &copy) {
            Ok(()) => return Ok(copy),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            // A filesystem without hard links: a synced copy.
            Err(_) => {
                let mut from = File::open(path).map_err(|e| Error::io(path, e))?;
                let mut bytes = Vec::new();
                from.read_to_end(&mut bytes)
                    .map_err(|e| Error::io(path, e))?;
                match write_new(&copy, &bytes, None) {
                    Err(Error::Io { source, .. })
                        if source.kind() == std::io::ErrorKind::AlreadyExists =>
                    {
                        continue
                    }
                    other => return other.map(|()| copy),
                }
            }
        }
    }
    Err(Error::Store {
        path: path.to_path_buf(),
        reason: "no free name to keep the damaged file under".into(),
    })
}

/// `path` with `suffix` appended to its file name.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Syncs the folder holding `path`, so a new name survives a crash (best
/// effort: not every platform syncs folders).
fn sync_dir(path: &Path) {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guesses_read_what_payloads_start_with() {
        let bytes = b"xx{\"op\":\"add\",\"id\":17,\"label\":\"{\\\"op\\\":\\\"remove\\\"\"}\
            {\"op\":\"remove\",\"id\":4}{\"op\":\"reincarnation\",\"of\":3,\
            {\"op\":\"add\",\"id\":9Z{\"op\":\"nope\"";
        let got: Vec<(RecordOp, Option<u64>)> = guess_records(bytes, 100)
            .into_iter()
            .map(|r| (r.op, r.id))
            .collect();
        assert_eq!(
            got,
            [
                (RecordOp::Add, Some(17)),
                (RecordOp::Remove, Some(4)),
                (RecordOp::Reincarnation, Some(3)),
                (RecordOp::Add, None),
            ]
        );
        assert_eq!(guess_records(bytes, 100)[0].offset, 102);
    }
}
