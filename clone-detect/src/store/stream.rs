//! Reading a store's records from a file a chunk at a time, so that a
//! large store is read through with a bounded buffer: what
//! [`KnownSignals`](super::KnownSignals) and
//! [`KnownAppender`](super::KnownAppender) do, neither of which keeps the
//! records.

use std::fs::File;
use std::io::{Seek, SeekFrom};

use super::log;
use super::read_up_to;
use super::repair::{self, DamagedRegion, Fate};

/// Bytes of the store read at a time. A chunk holds at least one record of
/// the largest size with room to spare.
pub(super) const CHUNK: usize = 2 * log::MAX_PAYLOAD;

/// The longest damaged region at the end of the bytes read that is held
/// while more of the file is read to learn where it ends: a frame and the
/// largest payload fit, so a record cut by a chunk is always completed.
/// Past it the region is reported as damage, whatever follows: a store with
/// an unfinished write longer than this (or a file grown by a stranger,
/// `truncate -s 100G`) is refused by a read through, for `known repair` to
/// mend, rather than held whole in memory.
pub(super) const HOLD: usize = CHUNK;

/// What a read through found.
#[derive(Debug)]
pub(super) struct Streamed {
    /// Records handed over.
    pub records: usize,
    /// Where the last complete record ends (an unfinished write after it
    /// is left to the next writer, as readers of the store do).
    pub end: u64,
    /// The last record handed over: its offset and its frame.
    pub last: Option<(u64, [u8; log::FRAME_LEN])>,
}

/// How a read through ended.
#[derive(Debug)]
pub(super) enum Outcome {
    /// Every record to the end of the file was handed over.
    Done(Streamed),
    /// The bytes read hold damage other than an unfinished write at the
    /// end: the first damaged region. Records before it may have been
    /// handed over.
    Damaged(DamagedRegion),
    /// `each` asked to stop.
    Stopped,
}

/// Reads the records of `file` from `from` to its end, `chunk` bytes at a
/// time (more while a record, or a damaged region of up to `hold` bytes,
/// runs past a chunk), and hands each chunk's records, in file order, to
/// `each`, which returns whether to go on. Whatever the chunk size, the
/// same records are handed over and the same first damaged region is found
/// as by one scan of the whole file, except that a damaged region longer
/// than `hold` is reported as lost where it starts (see [`HOLD`]). Memory
/// is at most `chunk + hold` bytes (and `hold` is at least a frame and the
/// largest payload).
pub(super) fn records(
    file: &mut File,
    from: u64,
    chunk: usize,
    hold: usize,
    mut each: impl FnMut(&[log::Record<'_>]) -> bool,
) -> std::io::Result<Outcome> {
    file.seek(SeekFrom::Start(from))?;
    let mut out = Streamed {
        records: 0,
        end: from,
        last: None,
    };
    let len = file.metadata()?.len();
    let mut buf: Vec<u8> = Vec::new();
    let mut base = from;
    loop {
        let start = buf.len();
        // What is left of the file, up to a chunk (a little more when the
        // file grows while it is read).
        let want = usize::try_from(len.saturating_sub(base + start as u64))
            .unwrap_or(chunk)
            .clamp(chunk.min(1 << 16), chunk);
        buf.resize(start + want, 0);
        let got = read_up_to(file, &mut buf[start..])?;
        buf.truncate(start + got);
        let eof = got == 0;
        let scan = log::scan(&buf, base);
        // A region the chunk ends in may be a record the chunk cut short,
        // or damage whose extent the next bytes tell: it is read again with
        // the next chunk. At the end of the file only an unfinished write
        // passes.
        // Before the end of the file, every region after the chunk's last
        // record is undecided: how the bytes after a region split depends
        // on where the region ends.
        let buf_end = base + buf.len() as u64;
        let last_end = scan.records.last().map_or(base, |r| r.end);
        let undecided = if eof {
            scan.unfinished()
        } else {
            scan.damage.iter().find(|r| r.offset >= last_end)
        };
        let undecided_from = undecided.map_or(buf_end, |u| u.offset);
        if let Some(region) = scan.damage.iter().find(|r| r.offset < undecided_from) {
            return Ok(Outcome::Damaged(repair::describe(region, &buf, base)));
        }
        if let Some(region) = undecided.filter(|r| !eof && buf_end - r.offset > hold as u64) {
            let lost = log::Region {
                fate: Fate::Lost,
                ..region.clone()
            };
            return Ok(Outcome::Damaged(repair::describe(&lost, &buf, base)));
        }
        if !each(&scan.records) {
            return Ok(Outcome::Stopped);
        }
        if let Some(record) = scan.records.last() {
            let at = (record.offset - base) as usize;
            let mut frame = [0u8; log::FRAME_LEN];
            frame.copy_from_slice(&buf[at..at + log::FRAME_LEN]);
            out.last = Some((record.offset, frame));
            out.end = record.end;
        }
        out.records += scan.records.len();
        if eof {
            return Ok(Outcome::Done(out));
        }
        // Keep the undecided regions for the next round.
        let keep = (undecided_from - base) as usize;
        buf.drain(..keep);
        base += keep as u64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A store file of `n` small records.
    fn file(n: usize) -> (tempfile::TempDir, std::path::PathBuf, Vec<u8>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("known.cdstore");
        let mut bytes = log::header(1).to_vec();
        for i in 0..n {
            bytes.extend(log::frame(
                format!(r#"{{"op":"remove","id":{i}}}"#).as_bytes(),
            ));
        }
        std::fs::write(&path, &bytes).unwrap();
        (dir, path, bytes)
    }

    fn read(path: &std::path::Path, chunk: usize) -> (usize, Outcome) {
        let mut seen = 0;
        let mut f = File::open(path).unwrap();
        let outcome = records(&mut f, log::HEADER_LEN as u64, chunk, HOLD, |r| {
            seen += r.len();
            true
        })
        .unwrap();
        (seen, outcome)
    }

    #[test]
    fn any_chunk_size_reads_the_same_and_finds_the_same_damage() {
        let (_dir, path, clean) = file(12);
        let len = clean.len() as u64;
        for chunk in (1..200).step_by(7).chain([4096]) {
            let (seen, outcome) = read(&path, chunk);
            assert_eq!(seen, 12, "chunk {chunk}");
            assert!(matches!(outcome, Outcome::Done(ref d) if d.end == len && d.records == 12));
        }
        // A torn last record: unfinished, not damage, whatever the chunk.
        std::fs::write(&path, &clean[..clean.len() - 5]).unwrap();
        for chunk in (1..200).step_by(7) {
            let (seen, outcome) = read(&path, chunk);
            assert_eq!(seen, 11, "chunk {chunk}");
            assert!(matches!(outcome, Outcome::Done(ref d) if d.end < len - 5));
        }
        // A changed byte in the fifth record: the same region every time.
        let mut damaged = clean.clone();
        let at = log::HEADER_LEN + 4 * (clean.len() - log::HEADER_LEN) / 12 + 15;
        damaged[at] ^= 0x01;
        std::fs::write(&path, &damaged).unwrap();
        let whole = log::scan(&damaged[log::HEADER_LEN..], log::HEADER_LEN as u64);
        let truth = &whole.damage[0];
        for chunk in (1..200).step_by(7).chain([4096]) {
            let (_, outcome) = read(&path, chunk);
            let Outcome::Damaged(region) = outcome else {
                panic!("chunk {chunk}: {outcome:?}");
            };
            assert_eq!(region.fate, Fate::Lost);
            assert!(region.offset <= at as u64 && at as u64 - region.offset < 40);
            assert_eq!(
                (region.offset, region.offset + region.len),
                (truth.offset, truth.end),
                "chunk {chunk}"
            );
        }
    }
}

#[cfg(test)]
mod agreement_tests {
    use super::*;

    /// Damage to a length field, a payload byte or a checksum byte of a
    /// record in the middle: whatever the chunk size (so wherever the
    /// chunk boundary falls in the record), the first damaged region is
    /// the one a scan of the whole file finds, recovered or lost alike.
    #[test]
    fn every_chunk_size_finds_the_whole_scan_s_first_region() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("known.cdstore");
        let mut clean = log::header(1).to_vec();
        for i in 0..12 {
            clean.extend(log::frame(
                format!(
                    r#"{{"op":"remove","id":{i},"pad":"{}"}}"#,
                    "x".repeat(i * 7)
                )
                .as_bytes(),
            ));
        }
        let whole = log::scan(&clean[log::HEADER_LEN..], log::HEADER_LEN as u64);
        let fifth = whole.records[4].offset as usize;
        type Damage = fn(&mut [u8]);
        let cases: [(&str, Damage); 4] = [
            ("length shorter", |b| b[0] -= 3),
            ("length out of range", |b| b[3] = 0x40),
            ("payload byte", |b| b[15] ^= 0x01),
            ("checksum byte", |b| b[6] ^= 0x01),
        ];
        for (name, damage) in cases {
            let mut bytes = clean.clone();
            damage(&mut bytes[fifth..]);
            std::fs::write(&path, &bytes).unwrap();
            let truth = log::scan(&bytes[log::HEADER_LEN..], log::HEADER_LEN as u64)
                .damage
                .remove(0);
            for chunk in 1..120 {
                let mut f = File::open(&path).unwrap();
                let outcome =
                    records(&mut f, log::HEADER_LEN as u64, chunk, HOLD, |_| true).unwrap();
                let Outcome::Damaged(region) = outcome else {
                    panic!("{name}, chunk {chunk}: {outcome:?}");
                };
                assert_eq!(
                    (
                        region.offset,
                        region.offset + region.len,
                        region.kind,
                        region.fate
                    ),
                    (truth.offset, truth.end, truth.kind, truth.fate),
                    "{name}, chunk {chunk}"
                );
            }
        }
    }
}

#[cfg(test)]
mod hold_tests {
    use super::*;

    /// A zero-filled tail (a crash, or a stranger's `truncate -s`) is an
    /// unfinished write while it fits in what a read through holds; longer,
    /// it is refused as damage where it starts, never held whole.
    #[test]
    fn a_long_damaged_tail_is_refused_not_held() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("known.cdstore");
        let mut bytes = log::header(1).to_vec();
        for i in 0..4 {
            bytes.extend(log::frame(
                format!(r#"{{"op":"remove","id":{i}}}"#).as_bytes(),
            ));
        }
        let records_end = bytes.len() as u64;
        bytes.extend(vec![0u8; 5000]);
        std::fs::write(&path, &bytes).unwrap();
        for chunk in [7, 64, 1000, 8192] {
            let read = |hold: usize| {
                let mut f = File::open(&path).unwrap();
                records(&mut f, log::HEADER_LEN as u64, chunk, hold, |_| true).unwrap()
            };
            match read(8192) {
                Outcome::Done(d) => assert_eq!((d.records, d.end), (4, records_end)),
                other => panic!("chunk {chunk}: {other:?}"),
            }
            match read(100) {
                Outcome::Damaged(region) => {
                    assert_eq!((region.offset, region.fate), (records_end, Fate::Lost));
                    assert!(region.len <= 100 + chunk as u64, "{region:?}");
                }
                other => panic!("chunk {chunk}: {other:?}"),
            }
        }
    }
}
