//! [`Hash64`]: the 64-bit hashes of a fingerprint (template and text
//! simhashes; pHash, dHash and average hash of screenshots and favicons),
//! written as 16 lower-case hex digits.
//!
//! Fingerprint JSON, store records and Parquet columns carry the hex text;
//! in memory a hash is its `u64`, so that comparing two of them is one XOR
//! and a population count, never a parse.
//!
//! ```
//! use clone_detect::Hash64;
//!
//! let a: Hash64 = "00000000000000ff".parse().unwrap();
//! let b = Hash64::from(0x0f_u64);
//! assert_eq!(a.hamming(b), 4);
//! assert_eq!(b.to_string(), "000000000000000f");
//! assert_eq!(serde_json::to_string(&b).unwrap(), r#""000000000000000f""#);
//! assert!("0f".parse::<Hash64>().is_err());
//! ```

use std::fmt;
use std::str::FromStr;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// Digits of a [`Hash64`] in its text form.
pub const HASH64_HEX_DIGITS: usize = 16;

/// A 64-bit hash. Its text form (`Display`, `{:x}`, serde) is always
/// [`HASH64_HEX_DIGITS`] lower-case hex digits, zero-padded, most
/// significant digit first: `0x1f` is `000000000000001f`.
///
/// Parsing ([`FromStr`], serde) accepts exactly 16 ASCII hex digits, in
/// either case (`00000000000000FF` reads as `00000000000000ff`), and nothing
/// else: no sign, no `0x`, no spaces, no fewer or more digits.
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hash64(u64);

impl Hash64 {
    /// The hash with value `bits`.
    #[must_use]
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The hash's 64 bits.
    #[must_use]
    pub const fn as_u64(self) -> u64 {
        self.0
    }

    /// Bits in which `self` and `other` differ (0 to 64).
    #[must_use]
    pub const fn hamming(self, other: Self) -> u32 {
        (self.0 ^ other.0).count_ones()
    }

    /// The 16 hex digits, without allocating.
    fn digits(self) -> [u8; HASH64_HEX_DIGITS] {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut out = [0u8; HASH64_HEX_DIGITS];
        for (i, d) in out.iter_mut().enumerate() {
            let shift = 4 * (HASH64_HEX_DIGITS - 1 - i);
            *d = HEX[((self.0 >> shift) & 0xf) as usize];
        }
        out
    }
}

impl From<u64> for Hash64 {
    fn from(bits: u64) -> Self {
        Self(bits)
    }
}

impl From<Hash64> for u64 {
    fn from(hash: Hash64) -> Self {
        hash.0
    }
}

impl fmt::Display for Hash64 {
    /// 16 lower-case hex digits; width, fill and alignment apply to the
    /// whole (`{:>20}`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = self.digits();
        // Always ASCII hex digits.
        let text = std::str::from_utf8(&digits).map_err(|_| fmt::Error)?;
        f.pad(text)
    }
}

impl fmt::LowerHex for Hash64 {
    /// 16 lower-case hex digits, after `0x` with `{:#x}`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            f.write_str("0x")?;
        }
        let digits = self.digits();
        let text = std::str::from_utf8(&digits).map_err(|_| fmt::Error)?;
        f.write_str(text)
    }
}

impl fmt::Debug for Hash64 {
    /// `Hash64(000000000000001f)`: hex, as the hash is written everywhere.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Hash64({self})")
    }
}

/// Why a text is not a [`Hash64`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseHash64Error {
    /// The text is not 16 characters long.
    #[error("a 64-bit hash is 16 hex digits, not {chars} characters")]
    Length {
        /// Characters in the text.
        chars: usize,
    },
    /// A character is not an ASCII hex digit.
    #[error("{found:?} at byte {at} is not a hex digit")]
    Digit {
        /// Byte offset of the character.
        at: usize,
        /// The character.
        found: char,
    },
}

impl FromStr for Hash64 {
    type Err = ParseHash64Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut bits = 0u64;
        let mut chars = 0;
        for (at, found) in s.char_indices() {
            chars += 1;
            let Some(digit) = found.to_digit(16) else {
                return Err(ParseHash64Error::Digit { at, found });
            };
            if chars <= HASH64_HEX_DIGITS {
                bits = bits << 4 | u64::from(digit);
            }
        }
        if chars != HASH64_HEX_DIGITS {
            return Err(ParseHash64Error::Length { chars });
        }
        Ok(Self(bits))
    }
}

impl Serialize for Hash64 {
    /// The 16 hex digits, as a string.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Hash64 {
    /// A string of exactly 16 hex digits; anything else is an error that
    /// quotes (the start of) the value.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;

        impl de::Visitor<'_> for Visitor {
            type Value = Hash64;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a 64-bit hash: a string of 16 hex digits")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Hash64, E> {
                v.parse()
                    .map_err(|e| E::custom(format_args!("invalid 64-bit hash {}: {e}", Quoted(v))))
            }
        }

        deserializer.deserialize_str(Visitor)
    }
}

/// A value in an error message: quoted, and cut after 24 characters (a
/// hostile line can carry megabytes).
struct Quoted<'a>(&'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const SHOWN: usize = 24;
        match self.0.char_indices().nth(SHOWN) {
            Some((cut, _)) => write!(f, "{:?}…", &self.0[..cut]),
            None => write!(f, "{:?}", self.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn text_form_is_16_lower_case_zero_padded_digits() {
        let cases: [(u64, &str); 6] = [
            (0, "0000000000000000"),
            (1, "0000000000000001"),
            (0x1f, "000000000000001f"),
            (0xdead_beef, "00000000deadbeef"),
            (0x0123_4567_89ab_cdef, "0123456789abcdef"),
            (u64::MAX, "ffffffffffffffff"),
        ];
        for (bits, text) in cases {
            let h = Hash64::from(bits);
            assert_eq!(h.to_string(), text);
            assert_eq!(format!("{h:x}"), text);
            assert_eq!(format!("{h:#x}"), format!("0x{text}"));
            // The format every writer used before Hash64.
            assert_eq!(format!("{bits:016x}"), text);
            assert_eq!(text.parse::<Hash64>(), Ok(h));
            assert_eq!(h.as_u64(), bits);
            assert_eq!(u64::from(h), bits);
            assert_eq!(Hash64::new(bits), h);
        }
        assert_eq!(format!("{:>18}|", Hash64::new(1)), "  0000000000000001|");
        assert_eq!(
            format!("{:?}", Hash64::new(0x1f)),
            "Hash64(000000000000001f)"
        );
    }

    #[test]
    fn parses_either_case_and_writes_lower_case() {
        let h: Hash64 = "0123456789ABCDEF".parse().unwrap();
        assert_eq!(h.as_u64(), 0x0123_4567_89ab_cdef);
        assert_eq!(h.to_string(), "0123456789abcdef");
        assert_eq!("0123456789AbCdEf".parse::<Hash64>(), Ok(h));
    }

    #[test]
    fn refuses_everything_but_16_hex_digits() {
        use ParseHash64Error::{Digit, Length};
        let cases: [(&str, ParseHash64Error); 12] = [
            ("", Length { chars: 0 }),
            ("123456789abcdef", Length { chars: 15 }),
            ("0123456789abcdef0", Length { chars: 17 }),
            ("00000000000000000000000000000000", Length { chars: 32 }),
            ("0123456789abcdeg", Digit { at: 15, found: 'g' }),
            ("g123456789abcdef", Digit { at: 0, found: 'g' }),
            // What u64::from_str_radix accepts: a sign.
            ("+123456789abcdef", Digit { at: 0, found: '+' }),
            ("-123456789abcdef", Digit { at: 0, found: '-' }),
            ("0x23456789abcdef", Digit { at: 1, found: 'x' }),
            (" 123456789abcdef", Digit { at: 0, found: ' ' }),
            ("0123456789abcde ", Digit { at: 15, found: ' ' }),
            // 16 bytes, 15 characters: no slicing inside the character.
            (
                "0123456789abc\u{e9}d",
                Digit {
                    at: 13,
                    found: '\u{e9}',
                },
            ),
        ];
        for (text, want) in cases {
            assert_eq!(text.parse::<Hash64>(), Err(want), "{text:?}");
        }
        // Fullwidth digits are digits to char::is_numeric, not hex digits.
        assert!("０123456789abcde".parse::<Hash64>().is_err());
        assert_eq!(
            "12345".parse::<Hash64>().unwrap_err().to_string(),
            "a 64-bit hash is 16 hex digits, not 5 characters"
        );
    }

    #[test]
    fn hamming_counts_differing_bits() {
        let cases: [(u64, u64, u32); 6] = [
            (0, 0, 0),
            (0, u64::MAX, 64),
            (0xff, 0x0f, 4),
            (1, 1 << 63, 2),
            (0xaaaa_aaaa_aaaa_aaaa, 0x5555_5555_5555_5555, 64),
            (0x0123_4567_89ab_cdef, 0x0123_4567_89ab_cdee, 1),
        ];
        for (a, b, d) in cases {
            assert_eq!(Hash64::new(a).hamming(Hash64::new(b)), d, "{a:x} {b:x}");
            assert_eq!(Hash64::new(b).hamming(Hash64::new(a)), d);
        }
    }

    #[test]
    fn serde_is_the_hex_string() {
        let h = Hash64::new(0x00ab);
        assert_eq!(serde_json::to_string(&h).unwrap(), r#""00000000000000ab""#);
        assert_eq!(
            serde_json::from_str::<Hash64>(r#""00000000000000AB""#).unwrap(),
            h
        );
        assert_eq!(
            serde_json::to_string(&Some(h)).unwrap(),
            r#""00000000000000ab""#
        );
        assert_eq!(
            serde_json::from_str::<Option<Hash64>>("null").unwrap(),
            None
        );
        for bad in [
            r#""abc""#,
            r#""00000000000000abc""#,
            r#""zz000000000000ab""#,
            "171",
            "null",
            "[]",
        ] {
            assert!(serde_json::from_str::<Hash64>(bad).is_err(), "{bad}");
        }
        let e = serde_json::from_str::<Hash64>(r#""zz000000000000ab""#).unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid 64-bit hash \"zz000000000000ab\": 'z' at byte 0 is not a hex digit \
             at line 1 column 18"
        );
        let long = format!("\"{}\"", "f".repeat(1000));
        let e = serde_json::from_str::<Hash64>(&long)
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            format!(
                "invalid 64-bit hash \"{}\"…: a 64-bit hash is 16 hex digits, \
                 not 1000 characters at line 1 column 1002",
                "f".repeat(24)
            )
        );
    }

    proptest! {
        #[test]
        fn text_round_trips(bits in any::<u64>()) {
            let h = Hash64::new(bits);
            let text = h.to_string();
            prop_assert_eq!(text.len(), HASH64_HEX_DIGITS);
            prop_assert_eq!(&text, &format!("{bits:016x}"));
            prop_assert_eq!(text.parse::<Hash64>(), Ok(h));
            prop_assert_eq!(text.to_uppercase().parse::<Hash64>(), Ok(h));
            let json = serde_json::to_string(&h).unwrap();
            prop_assert_eq!(serde_json::from_str::<Hash64>(&json).unwrap(), h);
        }

        #[test]
        fn hamming_is_a_metric(a in any::<u64>(), b in any::<u64>(), c in any::<u64>()) {
            let (a, b, c) = (Hash64::new(a), Hash64::new(b), Hash64::new(c));
            prop_assert_eq!(a.hamming(a), 0);
            prop_assert_eq!(a.hamming(b), b.hamming(a));
            prop_assert!(a.hamming(c) <= a.hamming(b) + b.hamming(c));
        }

        #[test]
        fn only_16_hex_digits_parse(text in "[0-9a-fA-Fgx+ \u{e9}]{14,18}") {
            let ok = text.len() == 16 && text.bytes().all(|b| b.is_ascii_hexdigit());
            prop_assert_eq!(text.parse::<Hash64>().is_ok(), ok);
        }
    }
}
