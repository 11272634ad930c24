//! Adding known sites to a large store without reading it into memory:
//! see [`KnownAppender`].

use std::fs::File;
use std::io::{Seek, SeekFrom};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::repair::{self, DamagedRegion};
use super::stream::{self, CHUNK};
use super::{
    additions, append_synced, check_header, check_ids, create, encode, log, now, open_file,
    read_up_to, replaced_too_often, same_file, NewKnownSite, Op, REOPEN_LIMIT,
};
use crate::{Error, Result};

/// Adds known sites to a store, holding only the next free id in memory.
///
/// [`KnownStore::add_all`](super::KnownStore::add_all) needs an open
/// [`KnownStore`](super::KnownStore), which holds every site's whole
/// fingerprint: gigabytes at a million sites, only to learn the next free
/// id. An appender writes the same records under the same rules: under the
/// writers' lock it reads the whole file again a chunk at a time, checking
/// every record's checksum, and refuses a store with any damage but an
/// unfinished write, which it cuts off; it parses each record once (records
/// other processes append are parsed at the next write), keeping only the
/// highest id it mentions; it appends, `fsync`s, and only then returns the
/// ids. A store replaced by `known repair` while the appender is open is
/// read again; ids never go down.
///
/// Memory is a chunk of the file (128 MiB) and the sites being added,
/// whatever the size of the store; at most another 128 MiB while a record
/// or a damaged region runs past a chunk. A damaged region at the end
/// longer than that is refused as damage rather than held, even when it is
/// an unfinished write that [`KnownStore`](super::KnownStore) would cut:
/// `known repair` mends it.
///
/// ```
/// use clone_detect::store::{KnownAppender, KnownStore, NewKnownSite};
/// use clone_detect::{Fingerprinter, FingerprintConfig, SiteSnapshot};
///
/// let dir = tempfile::tempdir().unwrap();
/// let path = dir.path().join("known.cdstore");
/// let fp = |body: &str| Fingerprinter::new(FingerprintConfig::default()).unwrap()
///     .fingerprint(&SiteSnapshot::single_page("index.html", body.as_bytes().to_vec()));
///
/// let mut appender = KnownAppender::open(&path)?; // creates the store
/// let ids = appender.add_all(vec![
///     NewKnownSite::new("market", fp("<p>market</p>")),
///     NewKnownSite::new("forum", fp("<p>forum</p>")),
/// ])?;
/// assert_eq!(ids, [1, 2]);
/// let store = KnownStore::open_existing(&path)?;
/// assert_eq!(store.get(2).unwrap().label, "forum");
/// # Ok::<(), clone_detect::Error>(())
/// ```
#[derive(Debug)]
pub struct KnownAppender {
    path: PathBuf,
    file: File,
    /// Bytes of the file whose records were parsed (their ids counted).
    parsed: u64,
    /// Above every id any record parsed mentions.
    next_id: u64,
}

impl KnownAppender {
    /// Opens the store at `path` for adding, creating an empty one when
    /// there is none. Reads only its header.
    ///
    /// # Errors
    /// [`Error::Io`]; [`Error::Store`] for a file that is not a store;
    /// [`Error::StoreVersion`] for a newer format.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        if !path.exists() {
            create(&path)?;
        }
        let mut file = open_file(&path)?;
        read_version(&path, &mut file)?;
        Ok(Self {
            path,
            file,
            parsed: log::HEADER_LEN as u64,
            next_id: 1,
        })
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the store through under the writers' lock, as a write does,
    /// and writes nothing: a damaged store is refused before any work is
    /// spent on the sites to add (`known add` calls it before it fetches
    /// them). The next [`add_all`](Self::add_all) parses only what was
    /// appended since.
    ///
    /// # Errors
    /// As [`add_all`](Self::add_all), but for the sites' own checks.
    pub fn check(&mut self) -> Result<()> {
        self.lock_current()?;
        let result = self.read_through_locked().map(|_| ());
        let unlocked = self.file.unlock().map_err(|e| Error::io(&self.path, e));
        result?;
        unlocked
    }

    /// Adds sites with one `fsync` and returns their ids, in order, once
    /// they are on disk. On error none is added: a write or `fsync` that
    /// fails is cut back off the file (only if that cut fails too may some
    /// of the records remain, to be found by the next reader).
    ///
    /// # Errors
    /// [`Error::SpecMismatch`] when a fingerprint was made with other hash
    /// specs than this build's; [`Error::Config`] for a date that is not
    /// RFC 3339; [`Error::Store`] for a store with damage (nothing is
    /// written: run `known repair`) or a record too large; [`Error::Io`]
    /// when reading or writing fails.
    pub fn add_all(&mut self, sites: Vec<NewKnownSite>) -> Result<Vec<u64>> {
        for site in &sites {
            site.check()?;
        }
        if sites.is_empty() {
            return Ok(Vec::new());
        }
        let added_at = now();
        self.lock_current()?;
        let result = self.append_locked(sites, &added_at);
        let unlocked = self.file.unlock().map_err(|e| Error::io(&self.path, e));
        let ids = result?;
        unlocked?;
        Ok(ids)
    }

    /// Under the lock: reads the file through, then appends.
    fn append_locked(&mut self, sites: Vec<NewKnownSite>, added_at: &str) -> Result<Vec<u64>> {
        let path = self.path.clone();
        let io = |e| Error::io(&path, e);
        let end = self.read_through_locked()?;
        let len = self.file.metadata().map_err(io)?.len();
        if len > end {
            // An unfinished write (the only damage the read lets through).
            self.file.set_len(end).map_err(io)?;
        }
        let next_id = self.next_id;
        let ops = additions(sites, next_id, added_at);
        check_ids(&path, &ops)?;
        let count = ops.len() as u64;
        let bytes = encode(&path, &ops)?;
        append_synced(&mut self.file, end, &bytes).map_err(io)?;
        self.parsed = end + bytes.len() as u64;
        self.next_id = next_id + count;
        Ok((next_id..next_id + count).collect())
    }

    /// Under the lock: checks the header and every record's checksum,
    /// parses the records not parsed yet, and returns where the last
    /// complete record ends. Refuses damage (all but an unfinished write at
    /// the end) and a file that shrank below what was parsed.
    fn read_through_locked(&mut self) -> Result<u64> {
        let path = self.path.clone();
        let io = |e| Error::io(&path, e);
        read_version(&path, &mut self.file)?;
        let parsed = self.parsed;
        let mut next_id = self.next_id;
        let mut unknown: Option<DamagedRegion> = None;
        let outcome = stream::records(
            &mut self.file,
            log::HEADER_LEN as u64,
            CHUNK,
            stream::HOLD,
            |records| {
                let fresh: Vec<&log::Record<'_>> =
                    records.iter().filter(|r| r.offset >= parsed).collect();
                let highest: Vec<Option<u64>> = fresh
                    .par_iter()
                    .map(|r| Op::parse(r.payload).map(|op| op.highest_id()))
                    .collect();
                for (record, id) in fresh.iter().zip(highest) {
                    match id {
                        // At most MAX_ID (`Op::parse`): no overflow.
                        Some(id) => next_id = next_id.max(id + 1),
                        None => {
                            unknown = Some(repair::unknown_record(record));
                            return false;
                        }
                    }
                }
                true
            },
        )
        .map_err(io)?;
        let end = match outcome {
            stream::Outcome::Done(read) => read.end,
            stream::Outcome::Damaged(region) => {
                return Err(repair::damage_error(&path, &[region], true))
            }
            stream::Outcome::Stopped => {
                let region = unknown.expect("a record that does not parse stops the read");
                return Err(repair::damage_error(&path, &[region], true));
            }
        };
        if end < parsed {
            // Records this appender read (and may have reported added) are
            // gone: never write after them as if nothing happened.
            return Err(Error::Store {
                path,
                reason: "the file shrank below records already read".into(),
            });
        }
        self.parsed = end;
        self.next_id = next_id;
        Ok(end)
    }

    /// Takes the writers' lock on the file the path names, opening it
    /// again (and parsing it again from the start) when `known repair`
    /// replaced the one this appender opened.
    fn lock_current(&mut self) -> Result<()> {
        let path = self.path.clone();
        let io = |e| Error::io(&path, e);
        for _ in 0..REOPEN_LIMIT {
            self.file.lock().map_err(io)?;
            let ours = self.file.metadata();
            let named = std::fs::metadata(&self.path);
            match (ours, named) {
                (Ok(ours), Ok(named)) if same_file(&ours, &named) => return Ok(()),
                (Ok(_), Ok(_)) => {
                    let _ = self.file.unlock();
                    self.file = open_file(&path)?;
                    self.parsed = log::HEADER_LEN as u64;
                }
                (Err(e), _) | (_, Err(e)) => {
                    let _ = self.file.unlock();
                    return Err(io(e));
                }
            }
        }
        Err(replaced_too_often(&path))
    }
}

/// Reads and checks the header of the store file.
fn read_version(path: &Path, file: &mut File) -> Result<u32> {
    let mut header = [0u8; log::HEADER_LEN];
    file.seek(SeekFrom::Start(0))
        .map_err(|e| Error::io(path, e))?;
    let got = read_up_to(file, &mut header).map_err(|e| Error::io(path, e))?;
    check_header(path, &header[..got])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::KnownStore;
    use crate::{FingerprintConfig, Fingerprinter, SiteSnapshot};

    fn site(i: u64) -> NewKnownSite {
        let page = format!("<title>site {i}</title><p>market number {i}</p>");
        let fp = Fingerprinter::new(FingerprintConfig::default())
            .unwrap()
            .fingerprint(&SiteSnapshot::single_page("index.html", page.into_bytes()));
        NewKnownSite::new(format!("site {i}"), fp)
    }

    fn reason(e: Error) -> String {
        match e {
            Error::Store { reason, .. } => reason,
            other => panic!("not a store error: {other:?}"),
        }
    }

    #[test]
    fn a_record_no_build_reads_is_refused_and_nothing_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("known.cdstore");
        let mut appender = KnownAppender::open(&path).unwrap();
        assert_eq!(appender.add_all(vec![site(1)]).unwrap(), [1]);
        // A valid frame (checksum and all) around a record of no known kind,
        // as a newer build or a hand edit could leave.
        let mut bytes = std::fs::read(&path).unwrap();
        bytes.extend(log::frame(br#"{"op":"merge","id":7}"#));
        std::fs::write(&path, &bytes).unwrap();
        // Parsed at the next write: the one who wrote it is another process.
        let err = reason(appender.add_all(vec![site(2)]).unwrap_err());
        assert!(
            err.contains("refusing") && err.contains("known repair"),
            "{err}"
        );
        // A fresh appender refuses too, and the store writer agrees.
        let err = reason(
            KnownAppender::open(&path)
                .unwrap()
                .add_all(vec![site(2)])
                .unwrap_err(),
        );
        assert!(err.contains("refusing"), "{err}");
        assert!(KnownStore::open_existing(&path)
            .and_then(|mut s| s.add(site(2)))
            .is_err());
        assert_eq!(std::fs::read(&path).unwrap(), bytes);
    }

    #[test]
    fn ids_are_above_every_id_a_record_mentions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("known.cdstore");
        let mut bytes = log::header(2).to_vec();
        // A removal of an id no addition holds (a store repaired around a
        // lost record keeps its id this way)...
        bytes.extend(log::frame(br#"{"op":"remove","id":40}"#));
        std::fs::write(&path, &bytes).unwrap();
        let mut appender = KnownAppender::open(&path).unwrap();
        assert_eq!(appender.add_all(vec![site(1)]).unwrap(), [41]);
        assert_eq!(KnownStore::open_existing(&path).unwrap().len(), 1);
        assert!(appender.add_all(Vec::new()).unwrap().is_empty());
        assert_eq!(appender.add_all(vec![site(2), site(3)]).unwrap(), [42, 43]);
        // ...and a lineage record another process appends, naming the site
        // it added for the reincarnation: the next id is above it.
        let lineage = Op::Reincarnation(Box::new(crate::store::Reincarnation {
            of: 41,
            domain: "mirror.example".into(),
            first_seen: "2026-01-02T00:00:00Z".into(),
            matched: 41,
            score: 0.9,
            site: Some(77),
        }));
        let mut bytes = std::fs::read(&path).unwrap();
        bytes.extend(log::frame(&serde_json::to_vec(&lineage).unwrap()));
        std::fs::write(&path, &bytes).unwrap();
        assert_eq!(appender.add_all(vec![site(4)]).unwrap(), [78]);
    }

    /// A record naming an id past [`MAX_ID`] (a hand edit, a hostile
    /// file) is damage: ids would overflow or lose precision in any JSON
    /// reader. The last id is given out once, then the store takes no more.
    #[test]
    fn ids_past_the_last_are_damage_and_the_last_is_given_once() {
        use crate::store::MAX_ID;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("known.cdstore");
        let removal = |id: u64| {
            let mut bytes = log::header(2).to_vec();
            bytes.extend(log::frame(
                format!(r#"{{"op":"remove","id":{id}}}"#).as_bytes(),
            ));
            bytes
        };
        for id in [MAX_ID + 1, u64::MAX] {
            let bytes = removal(id);
            std::fs::write(&path, &bytes).unwrap();
            let err = reason(
                KnownAppender::open(&path)
                    .unwrap()
                    .add_all(vec![site(1)])
                    .unwrap_err(),
            );
            assert!(err.contains("refusing"), "{id}: {err}");
            assert!(KnownStore::open_existing(&path)
                .and_then(|mut s| s.add(site(1)))
                .is_err());
            assert_eq!(std::fs::read(&path).unwrap(), bytes);
        }
        std::fs::write(&path, removal(MAX_ID - 1)).unwrap();
        let mut appender = KnownAppender::open(&path).unwrap();
        let before = std::fs::read(&path).unwrap();
        let err = reason(appender.add_all(vec![site(1), site(2)]).unwrap_err());
        assert!(err.contains("used up"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
        assert_eq!(appender.add_all(vec![site(1)]).unwrap(), [MAX_ID]);
        assert!(reason(appender.add_all(vec![site(2)]).unwrap_err()).contains("used up"));
        let mut store = KnownStore::open_existing(&path).unwrap();
        assert_eq!(store.get(MAX_ID).unwrap().label, "site 1");
        assert!(reason(store.add(site(2)).unwrap_err()).contains("used up"));
    }

    #[test]
    fn a_store_that_shrank_below_what_was_read_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("known.cdstore");
        let mut appender = KnownAppender::open(&path).unwrap();
        appender.add_all(vec![site(1), site(2)]).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        // The second record cut off whole (not an unfinished write: the
        // file ends on a record boundary), in place.
        let second = KnownStore::verify(&path).unwrap().records[1].offset;
        std::fs::OpenOptions::new()
            .write(true)
            .open(&path)
            .unwrap()
            .set_len(second)
            .unwrap();
        let err = reason(appender.add_all(vec![site(3)]).unwrap_err());
        assert!(err.contains("shrank"), "{err}");
        assert!(reason(appender.check().unwrap_err()).contains("shrank"));
        assert_eq!(std::fs::read(&path).unwrap(), &bytes[..second as usize]);
    }

    #[test]
    fn check_refuses_damage_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("known.cdstore");
        let mut appender = KnownAppender::open(&path).unwrap();
        appender.add_all(vec![site(1), site(2)]).unwrap();
        appender.check().unwrap();
        let mut bytes = std::fs::read(&path).unwrap();
        let first = KnownStore::verify(&path).unwrap().records[0].clone();
        bytes[(first.offset + first.len - 10) as usize] ^= 0x20;
        std::fs::write(&path, &bytes).unwrap();
        let err = reason(KnownAppender::open(&path).unwrap().check().unwrap_err());
        assert!(err.contains(&format!("byte {}", first.offset)), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), bytes);
    }
}
