//! Hashes compatible with Shodan, Censys, FOFA and httpx.
//!
//! * [`favicon_mmh3`]: the favicon hash of Shodan (`http.favicon.hash`),
//!   Censys (`hash_shodan`), FOFA (`icon_hash`) and httpx (`-favicon`):
//!   MurmurHash3 x86_32, seed 0, over the favicon bytes encoded as Python's
//!   `base64.encodebytes` does (standard alphabet, padding, a `\n` after every
//!   76 output characters and exactly one `\n` at the end), read as a signed
//!   32-bit integer.
//! * [`html_mmh3`]: Shodan's `http.html_hash`, MurmurHash3 x86_32, seed 0,
//!   over the raw body bytes, signed.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

/// Spec of the Shodan-compatible favicon hash.
pub const FAVICON_MMH3_SPEC: &str = "shodan-favicon/mmh3-x86_32-seed0/base64-mime76/i32";
/// Spec of the Shodan-compatible HTML hash.
pub const HTML_MMH3_SPEC: &str = "shodan-html/mmh3-x86_32-seed0/raw/i32";

/// Input bytes per base64 output line (57 bytes make 76 characters).
const LINE_INPUT: usize = 57;

/// Python's `base64.encodebytes(data)`, written in one pass.
pub fn encodebytes(data: &[u8]) -> Vec<u8> {
    let lines = data.len().div_ceil(LINE_INPUT);
    let mut out = vec![0u8; lines * 77];
    let mut at = 0;
    for chunk in data.chunks(LINE_INPUT) {
        let written = STANDARD
            .encode_slice(chunk, &mut out[at..])
            .expect("buffer sized for 76 characters and a newline per line");
        at += written;
        out[at] = b'\n';
        at += 1;
    }
    out.truncate(at);
    out
}

/// MurmurHash3 x86_32 (Austin Appleby's reference algorithm) over a slice.
///
/// Written here rather than taken from the `murmur3` crate, whose reader
/// interface pulls four bytes at a time through `std::io::Read` and made the
/// favicon hash several times slower; a property test checks both agree.
pub fn mmh3_x86_32(data: &[u8], seed: u32) -> u32 {
    const C1: u32 = 0xcc9e_2d51;
    const C2: u32 = 0x1b87_3593;
    let mix = |k: u32| k.wrapping_mul(C1).rotate_left(15).wrapping_mul(C2);
    let mut h = seed;
    let mut blocks = data.chunks_exact(4);
    for block in &mut blocks {
        h ^= mix(u32::from_le_bytes([block[0], block[1], block[2], block[3]]));
        h = h.rotate_left(13).wrapping_mul(5).wrapping_add(0xe654_6b64);
    }
    let tail = blocks.remainder();
    if !tail.is_empty() {
        let k = tail
            .iter()
            .enumerate()
            .fold(0u32, |k, (i, &b)| k | u32::from(b) << (8 * i));
        h ^= mix(k);
    }
    // The reference mixes in the length modulo 2^32.
    h ^= data.len() as u32;
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^ h >> 16
}

/// MurmurHash3 x86_32 with seed 0, as a signed integer (Python `mmh3.hash`).
pub fn mmh3_i32(data: &[u8]) -> i32 {
    mmh3_x86_32(data, 0) as i32
}

/// The Shodan favicon hash of raw favicon bytes.
pub fn favicon_mmh3(bytes: &[u8]) -> i32 {
    mmh3_i32(&encodebytes(bytes))
}

/// Shodan's `http.html_hash` of a raw body.
pub fn html_mmh3(body: &[u8]) -> i32 {
    mmh3_i32(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodebytes_matches_python_line_rules() {
        assert_eq!(encodebytes(b""), b"");
        assert_eq!(encodebytes(b"a"), b"YQ==\n");
        // 57 bytes: exactly one full line, one newline (never two).
        let full = encodebytes(&[0u8; 57]);
        assert_eq!(full.len(), 77);
        assert_eq!(full.iter().filter(|&&b| b == b'\n').count(), 1);
        // 58 bytes: a full line and a short one.
        let two = encodebytes(&[0u8; 58]);
        assert_eq!(&two[76..77], b"\n");
        assert_eq!(&two[77..], b"AA==\n");
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_the_murmur3_crate(data: Vec<u8>, seed: u32) {
            let theirs = murmur3::murmur3_32(&mut std::io::Cursor::new(&data), seed).unwrap();
            proptest::prop_assert_eq!(mmh3_x86_32(&data, seed), theirs);
        }
    }

    #[test]
    fn known_mmh3_vectors() {
        // Python: mmh3.hash(b"") == 0, mmh3.hash(b"foo") == -156908512,
        // mmh3.hash(b"hello") == 613153351.
        assert_eq!(mmh3_i32(b""), 0);
        assert_eq!(mmh3_i32(b"foo"), -156_908_512);
        assert_eq!(mmh3_i32(b"hello"), 613_153_351);
    }
}
