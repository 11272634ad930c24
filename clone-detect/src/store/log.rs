//! The on-disk framing of the known-site store: an append-only log with a
//! checksum per record.
//!
//! ```text
//! file    = header record*
//! header  = "CDKNOWN\n" (8 bytes) | format version (u32 LE) | 0u32
//! record  = payload length (u32 LE) | XXH3-64 of payload (u64 LE) | payload
//! payload = one JSON object (see `store::Op`)
//! ```
//!
//! A record is reported as added only after it and everything before it have
//! reached the disk (`fsync`). A process killed mid-write can only leave an
//! incomplete last record: it is recognised by its length running past the
//! end of the file, is not part of the store, and is cut off before the next
//! append. A complete record whose checksum does not match is damage, not an
//! unfinished write, and opening fails.

use std::path::Path;

use xxhash_rust::xxh3::xxh3_64;

use crate::{Error, Result};

/// The first eight bytes of every store file.
pub(crate) const MAGIC: &[u8; 8] = b"CDKNOWN\n";
/// Header length in bytes.
pub(crate) const HEADER_LEN: usize = 16;
/// Where the format version sits in the header.
pub(crate) const VERSION_OFFSET: u64 = 8;
/// Record framing length in bytes (length and checksum).
const FRAME_LEN: usize = 12;
/// The largest payload accepted (a fingerprint is a few kilobytes).
pub(crate) const MAX_PAYLOAD: usize = 64 << 20;

/// The header of a store file of `version`.
pub(crate) fn header(version: u32) -> [u8; HEADER_LEN] {
    let mut h = [0u8; HEADER_LEN];
    h[..8].copy_from_slice(MAGIC);
    h[8..12].copy_from_slice(&version.to_le_bytes());
    h
}

/// One framed record.
pub(crate) fn frame(payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(FRAME_LEN + payload.len());
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(&xxh3_64(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

/// What a scan of the file found.
#[derive(Debug)]
pub(crate) struct Scan<'a> {
    /// Payloads of the complete records, in order, with their offsets.
    pub records: Vec<(u64, &'a [u8])>,
    /// Where the valid part of the file ends.
    pub valid_len: u64,
    /// The format version in the header.
    pub version: u32,
}

/// Checks the header and splits `bytes[from..]` into records.
///
/// # Errors
/// [`Error::Store`] for a file that is not a store or is damaged,
/// [`Error::StoreVersion`] for a newer format.
pub(crate) fn scan<'a>(
    path: &Path,
    bytes: &'a [u8],
    from: usize,
    supported: u32,
) -> Result<Scan<'a>> {
    let damaged = |offset: usize, reason: &str| Error::Store {
        path: path.to_path_buf(),
        reason: format!("{reason} at byte {offset}"),
    };
    if bytes.len() < HEADER_LEN || &bytes[..8] != MAGIC {
        return Err(Error::Store {
            path: path.to_path_buf(),
            reason: "not a clone-detect known-site store (bad header)".into(),
        });
    }
    let version = u32::from_le_bytes(bytes[8..12].try_into().expect("4 bytes"));
    if version == 0 || version > supported {
        return Err(Error::StoreVersion {
            path: path.to_path_buf(),
            found: version,
            supported,
        });
    }
    let mut at = from.max(HEADER_LEN);
    let mut records = Vec::new();
    while at < bytes.len() {
        let rest = &bytes[at..];
        if rest.len() < FRAME_LEN {
            break; // an unfinished frame
        }
        let len = u32::from_le_bytes(rest[..4].try_into().expect("4 bytes")) as usize;
        if len > MAX_PAYLOAD {
            return Err(damaged(at, "record length out of range"));
        }
        if rest.len() < FRAME_LEN + len {
            break; // an unfinished payload
        }
        let sum = u64::from_le_bytes(rest[4..12].try_into().expect("8 bytes"));
        let payload = &rest[FRAME_LEN..FRAME_LEN + len];
        if xxh3_64(payload) != sum {
            return Err(damaged(at, "record checksum mismatch"));
        }
        records.push((at as u64, payload));
        at += FRAME_LEN + len;
    }
    Ok(Scan {
        records,
        valid_len: at.min(bytes.len()) as u64,
        version,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(records: &[&[u8]]) -> Vec<u8> {
        let mut out = header(1).to_vec();
        for r in records {
            out.extend(frame(r));
        }
        out
    }

    #[test]
    fn round_trip_and_torn_tail() {
        let bytes = file(&[b"{\"a\":1}", b"{\"b\":2}"]);
        let scan = scan(Path::new("x"), &bytes, 0, 1).unwrap();
        assert_eq!(scan.records.len(), 2);
        assert_eq!(scan.valid_len, bytes.len() as u64);
        for cut in HEADER_LEN..bytes.len() {
            let s = super::scan(Path::new("x"), &bytes[..cut], 0, 1).unwrap();
            assert!(s.records.len() < 2);
            assert!(s.valid_len <= cut as u64);
        }
    }

    #[test]
    fn flipped_byte_is_damage() {
        let mut bytes = file(&[b"{\"a\":1}", b"{\"b\":2}"]);
        let at = HEADER_LEN + FRAME_LEN + 2;
        bytes[at] ^= 1;
        assert!(matches!(
            scan(Path::new("x"), &bytes, 0, 1),
            Err(Error::Store { .. })
        ));
    }

    #[test]
    fn newer_version_is_refused() {
        let bytes = header(9);
        assert!(matches!(
            scan(Path::new("x"), &bytes, 0, 1),
            Err(Error::StoreVersion { found: 9, .. })
        ));
    }
}
