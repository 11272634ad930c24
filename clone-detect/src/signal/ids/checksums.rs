//! Checksum validation of cryptocurrency addresses and onion names, so that a
//! random string of the right shape is not reported as an identifier.

use sha2::{Digest, Sha256};
use sha3::{Keccak256, Sha3_256};

const BASE58: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

fn base58_digit(c: u8) -> Option<u32> {
    BASE58.iter().position(|&b| b == c).map(|p| p as u32)
}

/// Decodes Bitcoin-style base58 (leading '1's are zero bytes).
fn base58_decode(s: &str) -> Option<Vec<u8>> {
    let mut bytes: Vec<u8> = Vec::with_capacity(s.len());
    for c in s.bytes() {
        let mut carry = base58_digit(c)?;
        for b in bytes.iter_mut().rev() {
            carry += u32::from(*b) * 58;
            *b = (carry & 0xff) as u8;
            carry >>= 8;
        }
        while carry > 0 {
            bytes.insert(0, (carry & 0xff) as u8);
            carry >>= 8;
        }
    }
    let zeros = s.bytes().take_while(|&c| c == b'1').count();
    let mut out = vec![0u8; zeros];
    out.extend(bytes);
    Some(out)
}

/// Base58Check with a 4-byte double-SHA-256 checksum; returns the version byte.
fn base58check_version(s: &str, len: usize) -> Option<u8> {
    let raw = base58_decode(s)?;
    if raw.len() != len {
        return None;
    }
    let (payload, check) = raw.split_at(len - 4);
    let digest = Sha256::digest(Sha256::digest(payload));
    (digest[..4] == *check).then_some(payload[0])
}

/// A legacy (P2PKH `1…`) or script (P2SH `3…`) Bitcoin address.
pub fn is_bitcoin_base58(s: &str) -> bool {
    matches!(base58check_version(s, 25), Some(0x00 | 0x05))
}

/// A Tron address (`T…`, version byte 0x41).
pub fn is_tron(s: &str) -> bool {
    base58check_version(s, 25) == Some(0x41)
}

const BECH32_CHARSET: &[u8; 32] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";

fn bech32_polymod(values: impl Iterator<Item = u8>) -> u32 {
    const GEN: [u32; 5] = [
        0x3b6a_57b2,
        0x2650_8e6d,
        0x1ea1_19fa,
        0x3d42_33dd,
        0x2a14_62b3,
    ];
    let mut chk: u32 = 1;
    for v in values {
        let top = chk >> 25;
        chk = (chk & 0x01ff_ffff) << 5 ^ u32::from(v);
        for (i, g) in GEN.iter().enumerate() {
            if top >> i & 1 == 1 {
                chk ^= g;
            }
        }
    }
    chk
}

/// A SegWit Bitcoin address (`bc1…`), bech32 for witness version 0 and
/// bech32m for later versions (BIP 173, BIP 350).
pub fn is_bitcoin_bech32(s: &str) -> bool {
    let Some(data) = s.strip_prefix("bc1") else {
        return false;
    };
    if !(14..=74).contains(&s.len()) {
        return false;
    }
    let Some(values) = data
        .bytes()
        .map(|c| BECH32_CHARSET.iter().position(|&b| b == c).map(|p| p as u8))
        .collect::<Option<Vec<u8>>>()
    else {
        return false;
    };
    let hrp = b"bc";
    let expanded = hrp
        .iter()
        .map(|c| c >> 5)
        .chain([0])
        .chain(hrp.iter().map(|c| c & 31))
        .chain(values.iter().copied());
    let constant = match values.first() {
        Some(0) => 1,
        Some(1..=16) => 0x2bc8_30a3,
        _ => return false,
    };
    bech32_polymod(expanded) == constant
}

/// An Ethereum address: all one case, or mixed case with a valid EIP-55
/// checksum.
pub fn is_ethereum(s: &str) -> bool {
    let Some(hex) = s.strip_prefix("0x") else {
        return false;
    };
    if hex.len() != 40 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return false;
    }
    let lower = hex.to_ascii_lowercase();
    if hex == lower || hex == hex.to_ascii_uppercase() {
        // No checksum to verify; refuse only the degenerate all-zero address.
        return lower.bytes().any(|b| b != b'0');
    }
    let digest = Keccak256::digest(lower.as_bytes());
    hex.bytes().enumerate().all(|(i, c)| {
        let nibble = digest[i / 2] >> (if i % 2 == 0 { 4 } else { 0 }) & 0xf;
        if c.is_ascii_alphabetic() {
            c.is_ascii_uppercase() == (nibble >= 8)
        } else {
            true
        }
    })
}

/// Monero's block base58: 8-byte blocks as 11 characters.
fn monero_base58_decode(s: &str) -> Option<Vec<u8>> {
    const ENCODED_BLOCK: [usize; 9] = [0, 2, 3, 5, 6, 7, 9, 10, 11];
    let mut out = Vec::new();
    for chunk in s.as_bytes().chunks(11) {
        let size = ENCODED_BLOCK.iter().position(|&n| n == chunk.len())?;
        let mut value: u128 = 0;
        for &c in chunk {
            value = value * 58 + u128::from(base58_digit(c)?);
        }
        if value >> (8 * size) != 0 {
            return None;
        }
        out.extend_from_slice(&value.to_be_bytes()[16 - size..]);
    }
    Some(out)
}

/// A Monero standard or subaddress (95 characters, Keccak checksum).
pub fn is_monero(s: &str) -> bool {
    if s.len() != 95 {
        return false;
    }
    let Some(raw) = monero_base58_decode(s) else {
        return false;
    };
    if raw.len() != 69 || !matches!(raw[0], 18 | 42) {
        return false;
    }
    Keccak256::digest(&raw[..65])[..4] == raw[65..]
}

/// A version 3 onion service name (56 base32 characters before `.onion`)
/// with a valid checksum (Tor rend-spec-v3).
pub fn is_onion_v3(label: &str) -> bool {
    if label.len() != 56 {
        return false;
    }
    let mut bits: u64 = 0;
    let mut nbits = 0;
    let mut raw = Vec::with_capacity(35);
    for c in label.bytes() {
        let v = match c {
            b'a'..=b'z' => c - b'a',
            b'2'..=b'7' => c - b'2' + 26,
            _ => return false,
        };
        bits = bits << 5 | u64::from(v);
        nbits += 5;
        if nbits >= 8 {
            nbits -= 8;
            raw.push((bits >> nbits) as u8);
            bits &= (1 << nbits) - 1;
        }
    }
    if raw.len() != 35 || raw[34] != 3 {
        return false;
    }
    let mut h = Sha3_256::new();
    h.update(b".onion checksum");
    h.update(&raw[..32]);
    h.update([3u8]);
    h.finalize()[..2] == raw[32..34]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bitcoin_addresses() {
        // The genesis block's coinbase address and a BIP 173 / BIP 350 example.
        assert!(is_bitcoin_base58("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"));
        assert!(!is_bitcoin_base58("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb"));
        assert!(is_bitcoin_bech32(
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
        ));
        assert!(!is_bitcoin_bech32(
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5"
        ));
        assert!(is_bitcoin_bech32(
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"
        ));
    }

    #[test]
    fn ethereum_eip55() {
        // EIP-55's own examples.
        assert!(is_ethereum("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
        assert!(is_ethereum("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"));
        assert!(!is_ethereum("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"));
        assert!(is_ethereum("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"));
        assert!(!is_ethereum("0x0000000000000000000000000000000000000000"));
    }

    #[test]
    fn tron_and_monero() {
        // Tron's USDT contract address; Monero's general donation address.
        assert!(is_tron("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"));
        assert!(!is_tron("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u"));
        let xmr = "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A";
        assert!(is_monero(xmr));
        assert!(!is_monero(&xmr.replace("44AF", "44AG")));
    }

    #[test]
    fn onion_v3() {
        // The Tor Project's own onion service.
        assert!(is_onion_v3(
            "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid"
        ));
        assert!(!is_onion_v3(
            "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wie"
        ));
    }
}
