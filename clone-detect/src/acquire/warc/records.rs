//! WARC records from a stream: plain, or gzip with one member per record
//! (or any number of members), read member by member so that a damaged
//! member costs only its own records.
//!
//! A record is a `WARC/1.x` version line, header lines, a blank line, then
//! `Content-Length` bytes of block and a blank line. Anything else is
//! malformed: it is counted and the reader moves on to the next line that
//! starts with `WARC/1.`.
//!
//! Nothing a record says makes the reader keep more than the limits of
//! [`crate::limits`]: a line is kept up to [`WARC_MAX_LINE_BYTES`] and the
//! rest of it is skipped without being kept (stopping early where a
//! `WARC/` may start the next record); a record whose header lines are
//! too long, too many ([`WARC_MAX_HEADERS`]) or too large together
//! ([`WARC_MAX_HEADER_BYTES`]), or whose block is longer than the cap, is
//! skipped and counted by its [`SkipReason`], and the next record is read.

use std::collections::BTreeMap;
use std::io::{self, BufRead, Read};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use flate2::bufread::GzDecoder;
use serde::{Deserialize, Serialize};

use crate::limits::{WARC_MAX_HEADERS, WARC_MAX_HEADER_BYTES, WARC_MAX_LINE_BYTES};

/// Why a record was skipped: the limit it exceeded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SkipReason {
    /// A WARC header line longer than [`WARC_MAX_LINE_BYTES`].
    HeaderLineTooLong,
    /// WARC header lines longer than [`WARC_MAX_HEADER_BYTES`] together.
    HeaderBlockTooLarge,
    /// More WARC header lines than [`WARC_MAX_HEADERS`].
    TooManyHeaders,
    /// A block longer than the reader's cap
    /// ([`WarcConfig::max_record_bytes`](super::WarcConfig::max_record_bytes)).
    BlockTooLarge,
    /// An HTTP status line longer than
    /// [`HTTP_MAX_STATUS_LINE_BYTES`](crate::limits::HTTP_MAX_STATUS_LINE_BYTES).
    HttpStatusLineTooLong,
    /// An HTTP head longer than
    /// [`HTTP_MAX_HEAD_BYTES`](crate::limits::HTTP_MAX_HEAD_BYTES).
    HttpHeadTooLarge,
    /// More HTTP header lines than
    /// [`HTTP_MAX_HEADERS`](crate::limits::HTTP_MAX_HEADERS).
    TooManyHttpHeaders,
    /// A chunk-size line longer than
    /// [`HTTP_MAX_CHUNK_LINE_BYTES`](crate::limits::HTTP_MAX_CHUNK_LINE_BYTES).
    ChunkLineTooLong,
    /// Chunks that declare more bytes than the cap.
    ChunkTooLarge,
    /// A gzip or deflate body that decodes to more bytes than the cap (a
    /// decompression bomb).
    DecodedTooLarge,
    /// A record not kept because its site's budget
    /// ([`WarcConfig::max_site_bytes`](super::WarcConfig::max_site_bytes))
    /// was spent.
    OverSiteBudget,
}

impl std::fmt::Display for SkipReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SkipReason::HeaderLineTooLong => "WARC header line too long",
            SkipReason::HeaderBlockTooLarge => "WARC headers too large",
            SkipReason::TooManyHeaders => "too many WARC headers",
            SkipReason::BlockTooLarge => "block too large",
            SkipReason::HttpStatusLineTooLong => "HTTP status line too long",
            SkipReason::HttpHeadTooLarge => "HTTP head too large",
            SkipReason::TooManyHttpHeaders => "too many HTTP headers",
            SkipReason::ChunkLineTooLong => "chunk-size line too long",
            SkipReason::ChunkTooLarge => "chunks too large",
            SkipReason::DecodedTooLarge => "decoded body too large",
            SkipReason::OverSiteBudget => "over the site's budget",
        })
    }
}

/// One record: its headers in order and its block (cut to the cap).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Record {
    /// Position in the archive, counting every record read, from 0.
    pub ordinal: u64,
    /// Header lines as (name, value), in order.
    pub headers: Vec<(String, String)>,
    /// The block, or empty when it was longer than the cap.
    pub block: Vec<u8>,
    /// Whether the block was longer than the cap and dropped.
    pub oversized: bool,
}

impl Record {
    /// The first header with this name (ASCII case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A `Read` over the decompressed members of a gzip stream, one after the
/// other. A member that fails to decompress is skipped: the reader scans
/// for the next gzip header and counts the damage.
pub struct GzMembers<R: BufRead> {
    current: Option<GzDecoder<R>>,
    idle: Option<R>,
    /// Bytes the current member has produced.
    produced: u64,
    /// Members that could not be decompressed.
    pub damaged: u64,
    /// The same count, shared with a caller that cannot reach the reader.
    shared: Option<Arc<AtomicU64>>,
}

impl<R: BufRead> std::fmt::Debug for GzMembers<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GzMembers")
            .field("in_member", &self.current.is_some())
            .field("damaged", &self.damaged)
            .finish()
    }
}

impl<R: BufRead> GzMembers<R> {
    /// Reads the members of `inner`.
    pub fn new(inner: R) -> Self {
        Self {
            current: None,
            idle: Some(inner),
            produced: 0,
            damaged: 0,
            shared: None,
        }
    }

    /// Reads the members of `inner`, also counting damaged members in
    /// `counter` (for a caller that hands the reader on, boxed).
    pub fn counting(inner: R, counter: Arc<AtomicU64>) -> Self {
        Self {
            shared: Some(counter),
            ..Self::new(inner)
        }
    }

    /// Moves past bytes up to the next byte that may start a gzip member
    /// (`1f`); the decoder then checks the header, and a false start
    /// (a damaged stretch) is stepped over. False at the end of the stream.
    fn seek_member(inner: &mut R) -> io::Result<bool> {
        loop {
            let buf = inner.fill_buf()?;
            if buf.is_empty() {
                return Ok(false);
            }
            match buf.iter().position(|&b| b == 0x1f) {
                Some(i) => {
                    inner.consume(i);
                    return Ok(true);
                }
                None => {
                    let n = buf.len();
                    inner.consume(n);
                }
            }
        }
    }
}

impl<R: BufRead> Read for GzMembers<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        loop {
            if let Some(decoder) = &mut self.current {
                match decoder.read(out) {
                    Ok(0) => {
                        let decoder = self.current.take().expect("present");
                        self.idle = Some(decoder.into_inner());
                    }
                    Ok(n) => {
                        self.produced += n as u64;
                        return Ok(n);
                    }
                    Err(_) => {
                        // A damaged member: drop it, look for the next one
                        // from where decoding stopped. A header that gave
                        // nothing may have consumed nothing: step past it.
                        self.damaged += 1;
                        if let Some(shared) = &self.shared {
                            shared.fetch_add(1, Ordering::Relaxed);
                        }
                        let decoder = self.current.take().expect("present");
                        let mut inner = decoder.into_inner();
                        if self.produced == 0 {
                            let step = inner.fill_buf()?.len().min(1);
                            inner.consume(step);
                        }
                        self.idle = Some(inner);
                    }
                }
                continue;
            }
            let Some(mut inner) = self.idle.take() else {
                return Ok(0);
            };
            if !Self::seek_member(&mut inner)? {
                self.idle = Some(inner);
                return Ok(0);
            }
            self.produced = 0;
            self.current = Some(GzDecoder::new(inner));
        }
    }
}

/// What a stream of records held besides good records.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RecordCounts {
    /// Records read whole.
    pub records: u64,
    /// Malformed records skipped (bad version line, headers or length).
    pub malformed: u64,
    /// Records whose block was longer than the cap (kept without block).
    pub oversized: u64,
    /// Records skipped for exceeding a limit, by reason (block too large
    /// included).
    pub skipped: BTreeMap<SkipReason, u64>,
}

impl RecordCounts {
    /// Counts a record skipped for `reason`.
    pub fn skip(&mut self, reason: SkipReason) {
        *self.skipped.entry(reason).or_default() += 1;
    }
}

/// What reading a line gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Line {
    /// The end of the stream.
    End,
    /// A whole line (or the last bytes of the stream).
    Whole,
    /// The first [`WARC_MAX_LINE_BYTES`] of a longer line; the rest was
    /// skipped.
    Cut,
}

/// What may start a record, where a skipped line stops early.
const MARK: &[u8] = b"WARC/";

/// Reads records one by one.
pub struct Records<R: BufRead> {
    inner: R,
    cap: usize,
    /// Counts so far.
    pub counts: RecordCounts,
    line: Vec<u8>,
    pending_version: bool,
    /// The last record was malformed: the junk after it is its own body,
    /// not another malformed record.
    after_malformed: bool,
    /// A skipped line stopped at [`MARK`] after consuming it: the next
    /// line starts with it.
    carry: bool,
}

impl<R: BufRead> std::fmt::Debug for Records<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Records")
            .field("cap", &self.cap)
            .field("counts", &self.counts)
            .finish()
    }
}

impl<R: BufRead> Records<R> {
    /// Records of `inner`; blocks longer than `cap` bytes are dropped.
    pub fn new(inner: R, cap: usize) -> Self {
        Self {
            inner,
            cap,
            counts: RecordCounts::default(),
            line: Vec::new(),
            pending_version: false,
            after_malformed: false,
            carry: false,
        }
    }

    /// Reads one line (up to [`WARC_MAX_LINE_BYTES`]) into `self.line`.
    fn read_line(&mut self) -> io::Result<Line> {
        self.line.clear();
        if std::mem::take(&mut self.carry) {
            self.line.extend_from_slice(MARK);
        }
        let room = WARC_MAX_LINE_BYTES - self.line.len();
        let n = (&mut self.inner)
            .take(room as u64)
            .read_until(b'\n', &mut self.line)?;
        if self.line.is_empty() {
            return Ok(Line::End);
        }
        if self.line.ends_with(b"\n") || n < room {
            return Ok(Line::Whole);
        }
        self.skip_rest()?;
        Ok(Line::Cut)
    }

    /// Skips the rest of a line without keeping it: up to its end, or up
    /// to a [`MARK`] in it (where a record may start after junk that has
    /// no line ends, such as a run of zeros).
    fn skip_rest(&mut self) -> io::Result<()> {
        let mut matched = 0;
        loop {
            let buf = self.inner.fill_buf()?;
            if buf.is_empty() {
                return Ok(());
            }
            for (i, &c) in buf.iter().enumerate() {
                if c == b'\n' {
                    self.inner.consume(i + 1);
                    return Ok(());
                }
                matched = if c == MARK[matched] {
                    matched + 1
                } else {
                    usize::from(c == MARK[0])
                };
                if matched == MARK.len() {
                    if i + 1 >= MARK.len() {
                        // The mark is in this buffer: leave it to be read.
                        self.inner.consume(i + 1 - MARK.len());
                    } else {
                        self.inner.consume(i + 1);
                        self.carry = true;
                    }
                    return Ok(());
                }
            }
            let n = buf.len();
            self.inner.consume(n);
        }
    }

    fn is_version(line: &[u8]) -> bool {
        line.starts_with(b"WARC/1.") || line.starts_with(b"WARC/0.")
    }

    /// The next record, `None` at the end.
    ///
    /// # Errors
    /// Only I/O errors of the underlying stream; malformed records are
    /// counted and skipped.
    pub fn next_record(&mut self) -> io::Result<Option<Record>> {
        loop {
            // Find a version line.
            if !self.pending_version {
                let mut skipped_junk = false;
                loop {
                    if self.read_line()? == Line::End {
                        if skipped_junk && !self.after_malformed {
                            self.counts.malformed += 1;
                        }
                        return Ok(None);
                    }
                    if Self::is_version(&self.line) {
                        break;
                    }
                    if !self.line.iter().all(u8::is_ascii_whitespace) {
                        skipped_junk = true;
                    }
                }
                if skipped_junk && !self.after_malformed {
                    self.counts.malformed += 1;
                }
            }
            self.after_malformed = false;
            self.pending_version = false;
            let mut headers: Vec<(String, String)> = Vec::new();
            let mut broken = false;
            // Over a header limit: the headers are no longer kept, but read
            // (and `Content-Length` still noted) to the blank line.
            let mut overflow = None;
            let mut header_bytes = 0;
            let mut length: Option<Option<u64>> = None;
            loop {
                let line = self.read_line()?;
                if line == Line::End {
                    self.counts.malformed += 1;
                    return Ok(None);
                }
                if Self::is_version(&self.line) {
                    // A new record before this one's blank line.
                    broken = true;
                    self.pending_version = true;
                    break;
                }
                header_bytes += self.line.len();
                if line == Line::Cut {
                    overflow.get_or_insert(SkipReason::HeaderLineTooLong);
                } else if header_bytes > WARC_MAX_HEADER_BYTES {
                    overflow.get_or_insert(SkipReason::HeaderBlockTooLarge);
                }
                let text = String::from_utf8_lossy(&self.line);
                let text = text.trim_end_matches(['\r', '\n']);
                if text.is_empty() {
                    break;
                }
                if text.starts_with([' ', '\t']) {
                    // A folded continuation line.
                    if let (None, Some((_, v))) = (overflow, headers.last_mut()) {
                        v.push(' ');
                        v.push_str(text.trim());
                    }
                    continue;
                }
                let Some((k, v)) = text.split_once(':') else {
                    broken = true;
                    continue;
                };
                if length.is_none() && k.trim().eq_ignore_ascii_case("Content-Length") {
                    length = Some(v.trim().parse::<u64>().ok());
                }
                if overflow.is_none() {
                    if headers.len() < WARC_MAX_HEADERS {
                        headers.push((k.trim().to_string(), v.trim().to_string()));
                    } else {
                        overflow = Some(SkipReason::TooManyHeaders);
                    }
                }
            }
            let length = length.flatten();
            if let Some(reason) = overflow {
                // Skipped whole: its block too, when its length is known
                // (otherwise the block is junk before the next record).
                self.counts.skip(reason);
                self.after_malformed = true;
                if let (Some(length), false) = (length, broken) {
                    let read = io::copy(&mut (&mut self.inner).take(length), &mut io::sink())?;
                    if read < length {
                        return Ok(None);
                    }
                    self.after_malformed = false;
                }
                continue;
            }
            let Some(length) = length.filter(|_| !broken) else {
                self.counts.malformed += 1;
                self.after_malformed = true;
                continue;
            };
            let ordinal = self.counts.records + self.counts.malformed;
            let mut block = Vec::new();
            let oversized = length > self.cap as u64;
            let read = if oversized {
                io::copy(&mut (&mut self.inner).take(length), &mut io::sink())?
            } else {
                (&mut self.inner).take(length).read_to_end(&mut block)? as u64
            };
            if read < length {
                // The archive ends inside the block.
                self.counts.malformed += 1;
                return Ok(None);
            }
            if oversized {
                self.counts.oversized += 1;
                self.counts.skip(SkipReason::BlockTooLarge);
            }
            self.counts.records += 1;
            return Ok(Some(Record {
                ordinal,
                headers,
                block,
                oversized,
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn record(kind: &str, uri: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn gz(bytes: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    fn all(bytes: &[u8], cap: usize) -> (Vec<Record>, RecordCounts) {
        let mut r = Records::new(bytes, cap);
        let mut out = Vec::new();
        while let Some(rec) = r.next_record().unwrap() {
            out.push(rec);
        }
        (out, r.counts)
    }

    #[test]
    fn reads_records_and_skips_malformed_ones() {
        let mut data = record("response", "http://a/", b"one");
        data.extend(b"garbage line\r\nmore garbage\r\n");
        data.extend(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nope\r\n\r\nxx\r\n\r\n");
        data.extend(record("response", "http://b/", b"two"));
        data.extend(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 100\r\n\r\ncut short");
        let (recs, counts) = all(&data, 1 << 20);
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[0].block, b"one");
        assert_eq!(recs[1].header("warc-target-uri"), Some("http://b/"));
        assert_eq!(counts.malformed, 3, "{counts:?}");
    }

    #[test]
    fn oversized_blocks_are_dropped_not_kept() {
        let data = [
            record("response", "http://a/", &[b'x'; 5000]),
            record("response", "http://b/", b"ok"),
        ]
        .concat();
        let (recs, counts) = all(&data, 1000);
        assert_eq!(recs.len(), 2);
        assert!(recs[0].oversized && recs[0].block.is_empty());
        assert_eq!(recs[1].block, b"ok");
        assert_eq!(counts.oversized, 1);
    }

    #[test]
    fn member_boundaries_anywhere_in_the_read_buffer() {
        // Tiny read buffers put member ends at every offset of a buffer (a
        // header split across two reads once ended the archive early).
        let data: Vec<u8> = (0..200)
            .flat_map(|i| gz(&record("response", &format!("http://s{i}/"), b"x")))
            .collect();
        for capacity in [1, 2, 3, 5, 7, 64] {
            let members = GzMembers::new(std::io::BufReader::with_capacity(capacity, &data[..]));
            let (recs, counts) = all_from(std::io::BufReader::new(members));
            assert_eq!(recs.len(), 200, "capacity {capacity}: {counts:?}");
        }
    }

    fn all_from(reader: impl BufRead) -> (Vec<Record>, RecordCounts) {
        let mut r = Records::new(reader, 1 << 20);
        let mut out = Vec::new();
        while let Some(rec) = r.next_record().unwrap() {
            out.push(rec);
        }
        (out, r.counts)
    }

    #[test]
    fn header_limits_skip_the_record_not_the_archive() {
        let mut long_line = b"WARC/1.1\r\nWARC-Type: response\r\nX-Long: ".to_vec();
        long_line.resize(long_line.len() + (10 << 20), b'a');
        long_line.extend_from_slice(b"\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n");
        let many = format!(
            "WARC/1.1\r\nWARC-Type: response\r\n{}Content-Length: 3\r\n\r\nabc\r\n\r\n",
            "X-A: b\r\n".repeat(100_000)
        );
        let large = format!(
            "WARC/1.1\r\nContent-Length: 3\r\n{}\r\nabc\r\n\r\n",
            format!("X-A: {}\r\n", "c".repeat(60_000)).repeat(10)
        );
        let data = [
            long_line,
            record("response", "http://a/", b"one"),
            many.into_bytes(),
            record("response", "http://b/", b"two"),
            large.into_bytes(),
            record("response", "http://c/", b"three"),
        ]
        .concat();
        let (recs, counts) = all(&data, 1 << 20);
        let uris: Vec<_> = recs.iter().map(|r| r.header("WARC-Target-URI")).collect();
        assert_eq!(
            uris,
            [Some("http://a/"), Some("http://b/"), Some("http://c/")]
        );
        assert_eq!(counts.malformed, 0, "{counts:?}");
        for reason in [
            SkipReason::HeaderLineTooLong,
            SkipReason::TooManyHeaders,
            SkipReason::HeaderBlockTooLarge,
        ] {
            assert_eq!(counts.skipped.get(&reason), Some(&1), "{counts:?}");
        }
    }

    #[test]
    fn a_line_without_end_stops_where_a_record_starts() {
        // A megabyte of zeros (no line end) right before a record: the
        // skipped line stops at `WARC/`, wherever the read buffers split.
        let mut data = vec![0u8; 1 << 20];
        data.extend(record("response", "http://a/", b"x"));
        for capacity in [1, 2, 3, 5, 7, 64, 8192] {
            let (recs, counts) = all_from(std::io::BufReader::with_capacity(capacity, &data[..]));
            assert_eq!(recs.len(), 1, "capacity {capacity}");
            assert_eq!(counts.malformed, 1, "capacity {capacity}");
        }
    }

    #[test]
    fn gzip_members_one_per_record_and_a_damaged_one() {
        let a = gz(&record("response", "http://a/", b"first"));
        let mut b = gz(&record("response", "http://b/", b"second"));
        let len = b.len();
        b[len / 2] ^= 0xff; // damage the middle of the second member
        b[len / 2 + 1] ^= 0xff;
        let c = gz(&record("response", "http://c/", b"third"));
        let data = [a, b, c].concat();
        let mut members = GzMembers::new(&data[..]);
        let mut plain = Vec::new();
        members.read_to_end(&mut plain).unwrap();
        assert!(members.damaged >= 1);
        let (recs, _) = all(&plain, 1 << 20);
        let uris: Vec<_> = recs
            .iter()
            .filter(|r| !r.block.is_empty())
            .map(|r| r.header("WARC-Target-URI").unwrap().to_string())
            .collect();
        assert_eq!(uris.first().map(String::as_str), Some("http://a/"));
        assert_eq!(uris.last().map(String::as_str), Some("http://c/"));
    }
}
