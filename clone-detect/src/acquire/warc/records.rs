//! WARC records from a stream: plain, or gzip with one member per record
//! (or any number of members), read member by member so that a damaged
//! member costs only its own records.
//!
//! A record is a `WARC/1.x` version line, header lines, a blank line, then
//! `Content-Length` bytes of block and a blank line. Anything else is
//! malformed: it is counted and the reader moves on to the next line that
//! starts with `WARC/1.`.

use std::io::{self, BufRead, Read};

use flate2::bufread::GzDecoder;

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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RecordCounts {
    /// Records read whole.
    pub records: u64,
    /// Malformed records skipped (bad version line, headers or length).
    pub malformed: u64,
    /// Records whose block was longer than the cap (kept without block).
    pub oversized: u64,
}

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
        }
    }

    /// Reads one line (up to 64 KiB; longer lines are cut) into `self.line`;
    /// false at the end.
    fn read_line(&mut self) -> io::Result<bool> {
        self.line.clear();
        let mut limited = (&mut self.inner).take(64 << 10);
        let n = limited.read_until(b'\n', &mut self.line)?;
        if n > 0 && !self.line.ends_with(b"\n") && n == 64 << 10 {
            // Cut: drop the rest of the line.
            let mut rest = Vec::new();
            self.inner.read_until(b'\n', &mut rest)?;
        }
        Ok(n > 0)
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
                    if !self.read_line()? {
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
            let mut headers = Vec::new();
            let mut broken = false;
            loop {
                if !self.read_line()? {
                    self.counts.malformed += 1;
                    return Ok(None);
                }
                if Self::is_version(&self.line) {
                    // A new record before this one's blank line.
                    broken = true;
                    self.pending_version = true;
                    break;
                }
                let text = String::from_utf8_lossy(&self.line);
                let text = text.trim_end_matches(['\r', '\n']);
                if text.is_empty() {
                    break;
                }
                if text.starts_with([' ', '\t']) {
                    // A folded continuation line.
                    if let Some((_, v)) = headers.last_mut() {
                        let v: &mut String = v;
                        v.push(' ');
                        v.push_str(text.trim());
                    }
                    continue;
                }
                match text.split_once(':') {
                    Some((k, v)) => headers.push((k.trim().to_string(), v.trim().to_string())),
                    None => broken = true,
                }
            }
            let length = headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("Content-Length"))
                .and_then(|(_, v)| v.parse::<u64>().ok());
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
