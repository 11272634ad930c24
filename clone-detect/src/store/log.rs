//! The on-disk framing of the known-site store: an append-only log with a
//! checksum per record, and the scan that finds the records again, past
//! damage.
//!
//! ```text
//! file    = header record*
//! header  = "CDKNOWN\n" (8 bytes) | format version (u32 LE) | 0u32
//! record  = payload length (u32 LE) | XXH3-64 of payload (u64 LE) | payload
//! payload = one JSON object (see `store::Op`), 2 bytes to 64 MiB
//! ```
//!
//! A record is reported as added only after it and everything before it have
//! reached the disk (`fsync`).
//!
//! # What the scan accepts
//!
//! A *valid record* at a position is a frame whose length is in range,
//! whose payload lies inside the file, starts with `{` and matches the
//! checksum. Where the bytes are not a valid record the scan
//! *resynchronises*: it looks at every later position for the next valid
//! record. The bytes in between are one damaged region:
//!
//! * a region that stops at a valid record is damage **in the middle**;
//!   nothing after it is ever cut, and the records after it are read;
//! * when the payload between the region's frame and the next record (or the
//!   end of the file) matches the region's checksum, only the length field
//!   was wrong: the record is *recovered* whole;
//! * a region that reaches the end of the file is an *unfinished write*,
//!   which the next writer cuts off, only when it is what a write
//!   interrupted by a crash or a kill leaves: a frame cut short by the end of
//!   the file, or bytes holding a run of [`ZERO_RUN`] zeros (a filesystem
//!   that grew the file before its data reached the disk). Anything else at
//!   the end (a complete record whose checksum fails, a length out of
//!   range) is damage to a record that may have been reported added, and
//!   is never cut. A complete record with a bad checksum followed by such
//!   a tail is a region of its own, lost; a record whose length field is
//!   wrong is recovered up to the first run of zeros after it (no payload
//!   holds a zero byte); only the tail after them is unfinished.
//!
//! The search is bounded: every payload a check hashes, but those of the
//! valid records it reads, is charged to a budget of twice the bytes
//! scanned plus 128 MiB, whatever the file holds, and no bytes are searched
//! twice. A file made of frame-like false starts (each declaring a large
//! payload) would otherwise cost the square of its length; where the
//! budget runs out, the rest of the file is one lost region of kind
//! `unscannable`, and nothing after it is read. Damage a crash or a bad
//! disk leaves stays far inside the budget.
//!
//! A false record inside a damaged one is not found: a JSON payload holds no
//! byte below 0x20, so four payload bytes never make a length below 64 MiB,
//! and a frame that straddles a boundary must still match a 64-bit checksum.

use xxhash_rust::xxh3::xxh3_64;

use super::repair::{DamageKind, Fate};

/// The first eight bytes of every store file.
pub(crate) const MAGIC: &[u8; 8] = b"CDKNOWN\n";
/// Header length in bytes.
pub(crate) const HEADER_LEN: usize = 16;
/// Where the format version sits in the header.
pub(crate) const VERSION_OFFSET: u64 = 8;
/// Record framing length in bytes (length and checksum).
pub(crate) const FRAME_LEN: usize = 12;
/// The largest payload accepted (a fingerprint is a few kilobytes).
pub(crate) const MAX_PAYLOAD: usize = 64 << 20;
/// The smallest payload: `{}`.
const MIN_PAYLOAD: usize = 2;
/// Zero bytes in a row that mark bytes the disk never received: no JSON
/// payload holds a zero byte, and a frame holds at most a few.
pub(crate) const ZERO_RUN: usize = 8;

/// The header of a store file of `version`.
pub(crate) fn header(version: u32) -> [u8; HEADER_LEN] {
    let mut h = [0u8; HEADER_LEN];
    h[..8].copy_from_slice(MAGIC);
    h[8..12].copy_from_slice(&version.to_le_bytes());
    h
}

/// What the header of a file says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Header {
    /// A store of this format version.
    Version(u32),
    /// Too short, or not the magic bytes.
    NotAStore,
    /// The magic bytes, with a version of 0 or a reserved field that is
    /// not zero.
    Damaged,
}

/// Reads the header at the start of `bytes`.
pub(crate) fn read_header(bytes: &[u8]) -> Header {
    if bytes.len() < HEADER_LEN || &bytes[..8] != MAGIC {
        return Header::NotAStore;
    }
    let version = u32::from_le_bytes(bytes[8..12].try_into().expect("4 bytes"));
    if version == 0 || bytes[12..16] != [0; 4] {
        return Header::Damaged;
    }
    Header::Version(version)
}

/// One framed record.
pub(crate) fn frame(payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(FRAME_LEN + payload.len());
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(&xxh3_64(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

/// A valid record found by the scan.
#[derive(Debug)]
pub(crate) struct Record<'a> {
    /// Where its frame starts in the file.
    pub offset: u64,
    /// Where it ends.
    pub end: u64,
    /// Its payload.
    pub payload: &'a [u8],
}

/// A damaged region found by the scan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Region {
    /// Where it starts in the file.
    pub offset: u64,
    /// Where it ends.
    pub end: u64,
    /// What the bytes are.
    pub kind: DamageKind,
    /// What became of the records in it.
    pub fate: Fate,
}

/// What a scan of (the end of) a file found, in file order.
#[derive(Debug, Default)]
pub(crate) struct Scan<'a> {
    /// The valid records, including those recovered past a bad length.
    pub records: Vec<Record<'a>>,
    /// The damaged regions.
    pub damage: Vec<Region>,
}

impl Scan<'_> {
    /// The unfinished write at the end, if any.
    pub fn unfinished(&self) -> Option<&Region> {
        self.damage.last().filter(|r| r.fate == Fate::Unfinished)
    }
}

/// Why the bytes at a position are not a valid record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fault {
    /// Fewer bytes than a frame left in the file.
    Short,
    /// A length out of range.
    Length,
    /// A payload that runs past the end of the file.
    PastEnd,
    /// A payload that does not match the checksum (or is not an object).
    Checksum,
}

/// The payload length the frame at `at` declares, if in range.
fn declared_len(bytes: &[u8], at: usize) -> Option<usize> {
    let field = bytes.get(at..at + 4)?;
    let len = u32::from_le_bytes(field.try_into().expect("4 bytes")) as usize;
    (MIN_PAYLOAD..=MAX_PAYLOAD).contains(&len).then_some(len)
}

/// Whether `payload` passes the cheap checks of a record payload (its
/// length in range, a `{` first): only then is it hashed.
fn plausible(payload: &[u8]) -> bool {
    (MIN_PAYLOAD..=MAX_PAYLOAD).contains(&payload.len()) && payload[0] == b'{'
}

/// Whether `payload` is a record payload with checksum `sum`.
fn payload_valid(payload: &[u8], sum: &[u8]) -> bool {
    plausible(payload) && xxh3_64(payload).to_le_bytes() == sum
}

/// The end of the valid record at `at`, or why there is none.
fn record_at(bytes: &[u8], at: usize) -> Result<usize, Fault> {
    if bytes.len() - at < FRAME_LEN {
        return Err(Fault::Short);
    }
    let len = declared_len(bytes, at).ok_or(Fault::Length)?;
    let end = at + FRAME_LEN + len;
    if end > bytes.len() {
        return Err(Fault::PastEnd);
    }
    if !payload_valid(&bytes[at + FRAME_LEN..end], &bytes[at + 4..at + FRAME_LEN]) {
        return Err(Fault::Checksum);
    }
    Ok(end)
}

/// Bytes a scan may hash beyond one pass over the file, whatever the file
/// holds. Checking a position costs the payload it declares; a file made of
/// frames that all declare large payloads would otherwise cost the square
/// of its length.
const SEARCH_SLACK: usize = 2 * MAX_PAYLOAD;

/// What one check of a position costs beyond the bytes it hashes, so that
/// many small false frames are counted too.
const CHECK_COST: usize = 64;

/// The search for valid records past damage, with its work bounded: every
/// byte it hashes is charged to a budget of twice the scanned bytes plus
/// [`SEARCH_SLACK`], and it remembers its last answer, so that a scan that
/// asks again from inside a region already searched does not search it
/// again.
struct Search<'a> {
    bytes: &'a [u8],
    /// Bytes that may still be hashed.
    budget: usize,
    /// The last search: from where, and what it found. Every position from
    /// there to the answer holds no valid record.
    last: Option<(usize, Found)>,
    /// The last search for a zero run: from where, and where one starts.
    last_zeros: Option<(usize, Option<usize>)>,
}

/// What a search found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Found {
    /// A valid record starts here.
    At(usize),
    /// No valid record to the end of the bytes.
    None,
    /// The budget ran out at this position: nothing after it was checked.
    GaveUp(usize),
}

impl<'a> Search<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self {
            bytes,
            budget: bytes.len().saturating_mul(2).saturating_add(SEARCH_SLACK),
            last: None,
            last_zeros: None,
        }
    }

    /// Charges `cost` bytes of work; false when the budget cannot pay.
    fn charge(&mut self, cost: usize) -> bool {
        match self.budget.checked_sub(cost) {
            Some(left) => {
                self.budget = left;
                true
            }
            None => false,
        }
    }

    /// Whether `payload` is a record payload with checksum `sum`, hashed
    /// on the budget (`None` when it cannot pay).
    fn payload_valid(&mut self, payload: &[u8], sum: &[u8]) -> Option<bool> {
        if !plausible(payload) {
            return Some(false);
        }
        self.charge(payload.len() + CHECK_COST)
            .then(|| xxh3_64(payload).to_le_bytes() == sum)
    }

    /// The first position at or after `from` where [`ZERO_RUN`] zeros in
    /// a row start. Asked from positions that only grow, it reads each byte
    /// once: it remembers its last answer.
    fn zero_run_from(&mut self, from: usize) -> Option<usize> {
        if let Some((searched_from, found)) = self.last_zeros {
            if searched_from <= from && found.is_none_or(|z| from <= z) {
                return found;
            }
        }
        let bytes = self.bytes;
        let mut run = 0;
        let mut found = None;
        for (i, &b) in bytes.iter().enumerate().skip(from) {
            run = if b == 0 { run + 1 } else { 0 };
            if run == ZERO_RUN {
                found = Some(i + 1 - ZERO_RUN);
                break;
            }
        }
        self.last_zeros = Some((from, found));
        found
    }

    /// The first valid record at or after `from`.
    fn next_record(&mut self, from: usize) -> Found {
        if let Some((searched_from, found)) = self.last {
            let known = match found {
                Found::At(p) => from <= p,
                Found::None | Found::GaveUp(_) => true,
            };
            if searched_from <= from && known {
                return found;
            }
        }
        let bytes = self.bytes;
        let mut found = Found::None;
        for p in from..bytes.len() {
            if bytes.len() - p < FRAME_LEN {
                break;
            }
            let Some(len) = declared_len(bytes, p) else {
                continue;
            };
            let end = p + FRAME_LEN + len;
            if end > bytes.len() {
                continue;
            }
            match self.payload_valid(&bytes[p + FRAME_LEN..end], &bytes[p + 4..p + FRAME_LEN]) {
                Some(true) => {
                    found = Found::At(p);
                    break;
                }
                Some(false) => {}
                None => {
                    found = Found::GaveUp(p);
                    break;
                }
            }
        }
        self.last = Some((from, found));
        found
    }
}

/// Whether the frame at `at` has a length in range and a payload inside
/// the file that starts like one: a record of its own, damaged inside.
fn looks_like_frame(bytes: &[u8], at: usize) -> bool {
    declared_len(bytes, at)
        .map(|len| at + FRAME_LEN + len)
        .is_some_and(|end| end <= bytes.len() && bytes[at + FRAME_LEN] == b'{')
}

/// The rest of the bytes, from `offset`, when the search gave up in them:
/// lost (never cut as an unfinished write), and not searched further.
fn unscannable(offset: u64, end: u64) -> Region {
    Region {
        offset,
        end,
        kind: DamageKind::Unscannable,
        fate: Fate::Lost,
    }
}

/// Whether `bytes` hold [`ZERO_RUN`] zeros in a row.
fn has_zero_run(bytes: &[u8]) -> bool {
    bytes.split(|&b| b != 0).any(|run| run.len() >= ZERO_RUN)
}

/// Splits `bytes`, the file from offset `base` on, into valid records and
/// damaged regions (see the [module documentation](self)).
pub(crate) fn scan(bytes: &[u8], base: u64) -> Scan<'_> {
    let abs = |at: usize| base + at as u64;
    let mut out = Scan::default();
    let mut search = Search::new(bytes);
    let mut at = 0;
    while at < bytes.len() {
        let fault = match record_at(bytes, at) {
            Ok(end) => {
                out.records.push(Record {
                    offset: abs(at),
                    end: abs(end),
                    payload: &bytes[at + FRAME_LEN..end],
                });
                at = end;
                continue;
            }
            Err(fault) => fault,
        };
        // A failed check that hashed a payload is charged like the
        // search's: false frames placed right after valid records would
        // otherwise each cost a free hash of up to 64 MiB.
        let hashed = declared_len(bytes, at)
            .filter(|&len| {
                fault == Fault::Checksum && plausible(&bytes[at + FRAME_LEN..at + FRAME_LEN + len])
            })
            .map_or(0, |len| len + CHECK_COST);
        if !search.charge(hashed) {
            out.damage.push(unscannable(abs(at), abs(bytes.len())));
            break;
        }
        let next = match search.next_record(at + 1) {
            Found::At(p) => Some(p),
            Found::None => None,
            Found::GaveUp(_) => {
                out.damage.push(unscannable(abs(at), abs(bytes.len())));
                break;
            }
        };
        let end = next.unwrap_or(bytes.len());
        let declared_end = declared_len(bytes, at).map(|len| at + FRAME_LEN + len);
        let bad_payload = |d: &usize| fault == Fault::Checksum && *d < end;
        // A frame whose length leads to another frame has a sound length
        // (and checking it for a bad one would cost, along a run of damaged
        // records, the square of the run).
        let sound_length = declared_end.filter(|d| bad_payload(d) && looks_like_frame(bytes, *d));
        // Only the length field is wrong: the payload is whole, up to the
        // next record, or up to a zero-filled tail (a crash after it; no
        // payload holds a zero byte).
        let mut recovered = None;
        let mut gave_up = false;
        if sound_length.is_none() && end >= at + FRAME_LEN {
            let zeros = search
                .zero_run_from(at + FRAME_LEN)
                .filter(|&z| z < end && z >= at + FRAME_LEN + MIN_PAYLOAD);
            for payload_end in std::iter::once(end).chain(zeros) {
                let payload = &bytes[at + FRAME_LEN..payload_end];
                match search.payload_valid(payload, &bytes[at + 4..at + FRAME_LEN]) {
                    Some(true) => {
                        recovered = Some(payload_end);
                        break;
                    }
                    Some(false) => {}
                    None => {
                        gave_up = true;
                        break;
                    }
                }
            }
        }
        if gave_up {
            out.damage.push(unscannable(abs(at), abs(bytes.len())));
            break;
        }
        if let Some(end) = recovered {
            out.damage.push(Region {
                offset: abs(at),
                end: abs(at + 4),
                kind: DamageKind::BadLength,
                fate: Fate::Recovered,
            });
            out.records.push(Record {
                offset: abs(at),
                end: abs(end),
                payload: &bytes[at + FRAME_LEN..end],
            });
            at = end;
            continue;
        }
        // A record with a sound frame and a bad payload, followed by another
        // damaged record or by bytes of its own (a zero-filled tail after
        // it is an unfinished write; the record itself is not): this record
        // alone.
        let alone = sound_length
            .or_else(|| declared_end.filter(|d| bad_payload(d) && !has_zero_run(&bytes[at..*d])));
        if let Some(d) = alone {
            let zeros = has_zero_run(&bytes[at..d]);
            out.damage.push(Region {
                offset: abs(at),
                end: abs(d),
                kind: if zeros {
                    DamageKind::ZeroFilled
                } else {
                    DamageKind::BadChecksum
                },
                fate: Fate::Lost,
            });
            at = d;
            continue;
        }
        let zeros = has_zero_run(&bytes[at..end]);
        let at_end = next.is_none();
        let kind = match fault {
            _ if zeros => DamageKind::ZeroFilled,
            Fault::Short | Fault::PastEnd if at_end => DamageKind::Truncated,
            Fault::Checksum if declared_end == Some(end) => DamageKind::BadChecksum,
            _ => DamageKind::BadLength,
        };
        let unfinished = at_end && (zeros || matches!(fault, Fault::Short | Fault::PastEnd));
        out.damage.push(Region {
            offset: abs(at),
            end: abs(end),
            kind,
            fate: if unfinished {
                Fate::Unfinished
            } else {
                Fate::Lost
            },
        });
        at = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &[u8] = b"{\"op\":\"remove\",\"id\":1}";
    const B: &[u8] = b"{\"op\":\"remove\",\"id\":22}";
    const C: &[u8] = b"{\"op\":\"remove\",\"id\":333}";

    /// The records after the header, and their offsets.
    fn file(records: &[&[u8]]) -> (Vec<u8>, Vec<usize>) {
        let mut out = header(1).to_vec();
        let mut offsets = Vec::new();
        for r in records {
            offsets.push(out.len());
            out.extend(frame(r));
        }
        (out, offsets)
    }

    /// A region as `(offset, end, kind, fate)`.
    type Found = (u64, u64, DamageKind, Fate);

    /// The payloads and regions a scan of a whole file finds.
    fn found(bytes: &[u8]) -> (Vec<&[u8]>, Vec<Found>) {
        let s = scan(&bytes[HEADER_LEN..], HEADER_LEN as u64);
        (
            s.records.iter().map(|r| r.payload).collect(),
            s.damage
                .iter()
                .map(|d| (d.offset, d.end, d.kind, d.fate))
                .collect(),
        )
    }

    #[test]
    fn round_trip_and_every_torn_tail() {
        let (bytes, _) = file(&[A, B]);
        assert_eq!(found(&bytes), (vec![A, B], vec![]));
        for cut in HEADER_LEN + 1..bytes.len() {
            let (records, damage) = found(&bytes[..cut]);
            assert!(records.len() < 2);
            // Whatever is left of an unfinished record is one unfinished,
            // truncated region that reaches the end.
            if let Some(&(_, end, kind, fate)) = damage.last() {
                assert_eq!(
                    (end, kind, fate),
                    (cut as u64, DamageKind::Truncated, Fate::Unfinished)
                );
            }
            assert!(damage.len() <= 1);
        }
    }

    /// One case per rule: the damage, the records the scan still finds, and
    /// the regions it reports (the record each starts at, kind, fate).
    #[test]
    fn damage_table() {
        use DamageKind::{BadChecksum, BadLength};
        use Fate::{Lost, Recovered};
        type Damage = fn(&mut Vec<u8>, &[usize]);
        type Case = (
            &'static str,
            Damage,
            Vec<&'static [u8]>,
            Vec<(usize, DamageKind, Fate)>,
        );
        #[rustfmt::skip]
        let cases: Vec<Case> = vec![
            ("payload byte, middle", |b, o| b[o[1] + 14] ^= 0x20,
                vec![A, C], vec![(1, BadChecksum, Lost)]),
            ("checksum byte, middle", |b, o| b[o[1] + 5] ^= 1,
                vec![A, C], vec![(1, BadChecksum, Lost)]),
            ("length out of range, middle", |b, o| b[o[1] + 3] = 0xFF,
                vec![A, B, C], vec![(1, BadLength, Recovered)]),
            ("length short, middle", |b, o| b[o[1]] -= 3,
                vec![A, B, C], vec![(1, BadLength, Recovered)]),
            ("length zero, middle", |b, o| b[o[1]] = 0,
                vec![A, B, C], vec![(1, BadLength, Recovered)]),
            ("length past the end, last", |b, o| b[o[2]] += 7,
                vec![A, B, C], vec![(2, BadLength, Recovered)]),
            ("payload byte, last: never unfinished", |b, o| b[o[2] + 20] ^= 4,
                vec![A, B], vec![(2, BadChecksum, Lost)]),
            ("two damaged in a row", |b, o| { b[o[0] + 14] ^= 0x20; b[o[1] + 14] ^= 0x20 },
                vec![C], vec![(0, BadChecksum, Lost), (1, BadChecksum, Lost)]),
        ];
        for (name, damage, records, regions) in cases {
            let (mut bytes, offsets) = file(&[A, B, C]);
            damage(&mut bytes, &offsets);
            let (got, found) = found(&bytes);
            assert_eq!(got, records, "{name}");
            let expected: Vec<(u64, DamageKind, Fate)> = regions
                .iter()
                .map(|&(i, kind, fate)| (offsets[i] as u64, kind, fate))
                .collect();
            let found: Vec<(u64, DamageKind, Fate)> =
                found.iter().map(|r| (r.0, r.2, r.3)).collect();
            assert_eq!(found, expected, "{name}");
        }
    }

    #[test]
    fn zero_filled_tail_is_unfinished_zeros_in_the_middle_are_not() {
        let (mut bytes, _) = file(&[A, B]);
        let len = bytes.len() as u64;
        bytes.extend([0u8; 4096]);
        assert_eq!(
            found(&bytes),
            (
                vec![A, B],
                vec![(len, len + 4096, DamageKind::ZeroFilled, Fate::Unfinished)]
            )
        );
        bytes.extend(frame(C));
        assert_eq!(
            found(&bytes),
            (
                vec![A, B, C],
                vec![(len, len + 4096, DamageKind::ZeroFilled, Fate::Lost)]
            )
        );
    }

    /// Every byte is accounted for: the records and the regions of lost or
    /// unfinished bytes tile the scanned bytes in order, and a recovered
    /// region is the length field of the record it precedes.
    fn assert_tiles(bytes: &[u8]) {
        let s = scan(bytes, 0);
        let mut spans: Vec<(u64, u64, bool)> = s
            .records
            .iter()
            .map(|r| (r.offset, r.end, true))
            .chain(
                s.damage
                    .iter()
                    .filter(|d| d.fate != Fate::Recovered)
                    .map(|d| (d.offset, d.end, false)),
            )
            .collect();
        spans.sort_unstable();
        let mut at = 0;
        for (start, end, _) in &spans {
            assert_eq!(*start, at, "{spans:?}");
            assert!(end > start);
            at = *end;
        }
        assert_eq!(at, bytes.len() as u64);
        for d in s.damage.iter().filter(|d| d.fate == Fate::Recovered) {
            assert!(s.records.iter().any(|r| r.offset == d.offset));
            assert_eq!(d.end - d.offset, 4);
        }
        // Unfinished is only ever the last region, at the end.
        for (i, d) in s.damage.iter().enumerate() {
            if d.fate == Fate::Unfinished {
                assert_eq!((i + 1, d.end), (s.damage.len(), bytes.len() as u64));
            }
        }
    }

    #[test]
    fn short_garbage_between_records() {
        let (bytes, offsets) = file(&[A, B]);
        let mut changed = bytes[HEADER_LEN..offsets[1]].to_vec();
        changed.extend(b"junk!");
        changed.extend(&bytes[offsets[1]..]);
        let s = scan(&changed, 0);
        assert_eq!(s.records.len(), 2);
        assert_eq!(s.damage.len(), 1);
        assert_eq!(s.damage[0].end - s.damage[0].offset, 5);
        assert_tiles(&changed);
    }

    proptest::proptest! {
        /// Whatever is inserted, removed or overwritten in a store, the scan
        /// does not panic and accounts for every byte.
        #[test]
        fn scan_accounts_for_every_byte(
            edits in proptest::collection::vec(
                (0usize..200, 0u8..3, proptest::collection::vec(proptest::num::u8::ANY, 0..20)),
                0..4,
            ),
        ) {
            let (bytes, _) = file(&[A, B, C, A]);
            let mut bytes = bytes[HEADER_LEN..].to_vec();
            for (at, how, junk) in edits {
                let at = at % (bytes.len() + 1);
                match how {
                    0 => { bytes.splice(at..at, junk); }
                    1 => { bytes.drain(at..(at + junk.len()).min(bytes.len())); }
                    _ => {
                        for (i, b) in junk.into_iter().enumerate() {
                            if let Some(x) = bytes.get_mut(at + i) {
                                *x = b;
                            }
                        }
                    }
                }
            }
            assert_tiles(&bytes);
        }
    }

    /// A record reported added, damaged later, then a crash that left a
    /// zero-filled tail: the tail is an unfinished write, the record is not
    /// (cutting the tail must not take it along).
    #[test]
    fn a_damaged_last_record_is_not_cut_with_the_zero_tail_after_it() {
        let (mut bytes, offsets) = file(&[A, B, C]);
        let c_end = bytes.len() as u64;
        bytes[offsets[2] + 20] ^= 4;
        bytes.extend([0u8; 4096]);
        assert_eq!(
            found(&bytes),
            (
                vec![A, B],
                vec![
                    (
                        offsets[2] as u64,
                        c_end,
                        DamageKind::BadChecksum,
                        Fate::Lost
                    ),
                    (
                        c_end,
                        c_end + 4096,
                        DamageKind::ZeroFilled,
                        Fate::Unfinished
                    ),
                ]
            )
        );
        assert_tiles(&bytes[HEADER_LEN..]);
    }

    /// An attacker's file: 16 MiB in which every fourth position is a
    /// frame declaring a 1 MiB payload that starts with `{`. Checking each
    /// one would hash 4 TiB; the search gives up within its budget and
    /// reports the rest as one lost, unscannable region.
    #[test]
    fn frames_made_to_cost_the_square_are_given_up_on() {
        let (mut bytes, offsets) = file(&[A]);
        let hostile = bytes.len();
        // Read little-endian from its first byte, the pattern declares
        // 0x10007b bytes, and the payload twelve bytes on starts with the
        // same byte, a `{` (0x7b).
        for _ in 0..(4 << 20) {
            bytes.extend([0x7b, 0x00, 0x10, 0x00]);
        }
        bytes.extend(frame(B));
        assert_eq!(declared_len(&bytes, hostile), Some(0x10007b));
        assert!(looks_like_frame(&bytes, hostile));
        assert_eq!(
            found(&bytes),
            (
                vec![A],
                vec![(
                    hostile as u64,
                    bytes.len() as u64,
                    DamageKind::Unscannable,
                    Fate::Lost
                )]
            )
        );
        assert_eq!(offsets[0], HEADER_LEN);
    }

    /// An attacker's file that places a false frame right after each valid
    /// record, each declaring a payload of nearly 64 MiB that starts with
    /// `{` (the valid record's own length byte): the checks where records
    /// end are charged too, and the scan gives up within its budget instead
    /// of hashing 64 MiB per record.
    #[test]
    fn false_frames_after_valid_records_are_charged() {
        // A payload of 0x7b bytes: its length's first byte is a `{`.
        let mut payload = br#"{"op":"remove","id":1,"pad":""#.to_vec();
        payload.resize(0x7b - 2, b'x');
        payload.extend(br#""}"#);
        assert_eq!(payload.len(), 0x7b);
        let (mut bytes, _) = file(&[]);
        let start = bytes.len();
        for _ in 0..2000 {
            bytes.extend([0xFF, 0xFF, 0xFF, 0x03]);
            bytes.extend([0xFF; 8]);
            bytes.extend(frame(&payload));
        }
        bytes.extend(vec![b' '; 64 << 20]);
        assert_eq!(declared_len(&bytes, start), Some(0x03FF_FFFF));
        assert!(looks_like_frame(&bytes, start));
        let s = scan(&bytes[HEADER_LEN..], HEADER_LEN as u64);
        let last = s.damage.last().unwrap();
        assert_eq!(
            (last.end, last.kind, last.fate),
            (bytes.len() as u64, DamageKind::Unscannable, Fate::Lost)
        );
        // A few of the records were read before the budget ran out.
        assert!(s.records.len() < 10, "{}", s.records.len());
    }

    /// A record fsynced and then damaged in its length field, before a
    /// zero-filled tail: recovered whole up to the zeros, and only the zeros
    /// are an unfinished write (cutting them keeps the record).
    #[test]
    fn a_bad_length_before_a_zero_tail_is_recovered_not_cut() {
        type Damage = fn(&mut [u8]);
        let cases: [(&str, Damage); 4] = [
            ("longer by one", |b| b[0] ^= 0x01),
            ("shorter by eight", |b| b[0] ^= 0x08),
            ("out of range", |b| b[3] = 0x80),
            ("zero", |b| b[0] = 0),
        ];
        for (name, damage) in cases {
            let (mut bytes, offsets) = file(&[A, B, C]);
            let c_end = bytes.len() as u64;
            damage(&mut bytes[offsets[2]..]);
            bytes.extend([0u8; 4096]);
            let c = offsets[2] as u64;
            assert_eq!(
                found(&bytes),
                (
                    vec![A, B, C],
                    vec![
                        (c, c + 4, DamageKind::BadLength, Fate::Recovered),
                        (
                            c_end,
                            c_end + 4096,
                            DamageKind::ZeroFilled,
                            Fate::Unfinished
                        ),
                    ]
                ),
                "{name}"
            );
        }
    }

    /// Twenty thousand damaged records in a row, then an intact one: each
    /// is its own lost region and the intact record is found, with each
    /// byte searched once (searching again from every region, as a naive
    /// scan does, would take hours here).
    #[test]
    fn a_long_run_of_damaged_records_is_scanned_once() {
        const RUN: usize = 20_000;
        let records: Vec<&[u8]> = std::iter::repeat_n(B, RUN).chain([C]).collect();
        let (mut bytes, offsets) = file(&records);
        for &at in &offsets[..RUN] {
            bytes[at + 14] ^= 0x20;
        }
        let (got, regions) = found(&bytes);
        assert_eq!(got, vec![C]);
        assert_eq!(regions.len(), RUN);
        assert!(regions.iter().zip(&offsets).all(
            |(r, &at)| r.0 == at as u64 && (r.2, r.3) == (DamageKind::BadChecksum, Fate::Lost)
        ));
        assert_tiles(&bytes[HEADER_LEN..]);
    }

    #[test]
    fn headers() {
        assert_eq!(read_header(&header(2)), Header::Version(2));
        assert_eq!(read_header(&header(0)), Header::Damaged);
        let mut h = header(1);
        h[14] = 1;
        assert_eq!(read_header(&h), Header::Damaged);
        assert_eq!(read_header(b"SQLite format 3\0"), Header::NotAStore);
        assert_eq!(read_header(&header(1)[..10]), Header::NotAStore);
    }
}
