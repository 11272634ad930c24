//! Distractors: synthetic known sites, unrelated to every family of the
//! corpus but shaped like its sites, to measure detection in a large store.
//!
//! Each distractor is drawn from a pair `(a, b)` of corpus sites of
//! *different* families, picked at random, and stands to `a` as `b` does:
//!
//! - every 64-bit hash `b` has (template and text simhashes of the site and
//!   of its root page, screenshot pHash and average hash, favicon pHash) is
//!   `a`'s with exactly as many bits flipped, at random positions, as `b`'s
//!   differs from `a`'s (where `a` has no such hash: `b`'s own, moved as far
//!   as an unrelated corpus site of another family is from `b`);
//! - each page text of `b` is `a`'s nearest page text with as many bits
//!   flipped as they differ (where `a` has none: `b`'s own with 32 flipped);
//! - every exact value `b` shares with `a` (favicon, domhash, page hash,
//!   scripts and stylesheets, operator identifiers, title words) is `a`'s,
//!   every other value of `b` is replaced by a fresh random one;
//! - what `b` lacks (a favicon, a screenshot, a text) the distractor lacks,
//!   and what `b` marks uninformative it leaves out, as `b`'s signals do.
//!
//! So the distances from distractors to corpus sites, the signals present,
//! the framework files and generator defaults they share, follow the corpus's
//! own statistics between sites of different families (documentation
//! themes, webmail and wiki releases): a store padded with them is a store
//! of many more unrelated sites built with the same tools. Nothing is related
//! to a corpus family more than another family's site is. Everything follows
//! from the seed and the distractor's number, so the list is the same
//! whatever the thread count.

use std::collections::BTreeMap;

use rayon::prelude::*;

use super::corpus::Corpus;
use crate::index::SiteSignals;
use crate::SiteFingerprint;

/// SplitMix64 (Steele, Lea and Flood 2014): a fixed sequence from a seed.
#[derive(Clone, Debug)]
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    /// The sequence of the `n`th item of the stream `seed`.
    pub(crate) fn of(seed: u64, n: u64) -> Self {
        let mut r = Self(seed ^ 0xD1B5_4A32_D192_ED03);
        r.0 = r.next_u64() ^ n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        r
    }

    /// The next value.
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`), by Lemire's multiply-shift.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// `h` with exactly `k` distinct bits flipped (`k <= 64`).
    fn flip(&mut self, h: u64, k: u32) -> u64 {
        // Choose `k` of 64 positions (Floyd's algorithm).
        let mut mask = 0u64;
        for j in (64 - k.min(64))..64 {
            let t = self.below(j as usize + 1) as u32;
            mask |= if mask & (1 << t) == 0 { 1 << t } else { 1 << j };
        }
        h ^ mask
    }

    fn bytes32(&mut self) -> [u8; 32] {
        let mut b = [0u8; 32];
        for chunk in b.chunks_mut(8) {
            chunk.copy_from_slice(&self.next_u64().to_le_bytes());
        }
        b
    }

    fn hex(&mut self, chars: usize) -> String {
        let mut s = String::with_capacity(chars + 16);
        while s.len() < chars {
            s.push_str(&format!("{:016x}", self.next_u64()));
        }
        s.truncate(chars);
        s
    }

    /// A fresh word of lower-case letters, or of digits where `like` has one
    /// (title keys drop words with digits: a replaced version number stays
    /// one).
    fn word_like(&mut self, like: &str) -> String {
        if like.chars().any(|c| c.is_ascii_digit()) {
            return (self.next_u64() % 1_000_000).to_string();
        }
        let mut x = self.next_u64();
        let mut w = String::from("q");
        for _ in 0..12 {
            w.push(char::from(b'a' + (x % 26) as u8));
            x /= 26;
        }
        w
    }
}

/// What the baselines compare, taken from a fingerprint as the tools they
/// imitate take it: before the signals leave out what is uninformative.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct RawValues {
    /// The favicon's Shodan hash (`shodan_favicon`).
    pub(crate) favicon_mmh3: Option<i32>,
    /// The screenshot's 8x8 average hash (`dnstwist_ahash`).
    pub(crate) ahash: Option<u64>,
    /// The root page's text simhash (`httpx_simhash`).
    pub(crate) root_text: Option<u64>,
}

impl RawValues {
    pub(crate) fn of(fp: &SiteFingerprint) -> Self {
        Self {
            favicon_mmh3: fp.favicon.as_ref().map(|f| f.mmh3),
            ahash: fp.screenshot.as_ref().map(|s| s.ahash.as_u64()),
            root_text: fp.pages.first().map(|p| p.text_simhash.as_u64()),
        }
    }
}

/// A synthetic known site: its signals and the baselines' raw values.
#[derive(Clone, Debug)]
pub(crate) struct Distractor {
    pub(crate) signals: SiteSignals,
    pub(crate) raw: RawValues,
}

/// The 64-bit hashes a distractor draws, in this order.
const HASHES: usize = 9;

fn hashes(s: &SiteSignals, r: &RawValues) -> [Option<u64>; HASHES] {
    [
        s.template,
        s.root_template,
        s.text,
        s.root_text,
        s.screenshot,
        s.screenshot_ahash,
        s.favicon_phash,
        r.ahash,
        r.root_text,
    ]
}

/// One corpus site as the generator sees it.
struct Shape {
    family: String,
    signals: SiteSignals,
    raw: RawValues,
    hashes: [Option<u64>; HASHES],
}

/// The corpus statistics the distractors are drawn from.
pub(crate) struct Generator {
    shapes: Vec<Shape>,
    /// Ordered pairs of sites of different families.
    pairs: Vec<(u32, u32)>,
    /// Per hash and site: distances to that hash of every site of another
    /// family (the fallback when `a` lacks a hash `b` has).
    cross: Vec<Vec<Vec<u32>>>,
}

impl Generator {
    /// The statistics of every site the split names, with `fps` their
    /// fingerprints.
    pub(crate) fn new(corpus: &Corpus, fps: &BTreeMap<String, SiteFingerprint>) -> Self {
        let shapes: Vec<Shape> = fps
            .iter()
            .filter_map(|(id, fp)| {
                let family = corpus.sites.get(id)?.family.clone();
                let signals = SiteSignals::of(fp);
                let raw = RawValues::of(fp);
                let hashes = hashes(&signals, &raw);
                Some(Shape {
                    family,
                    signals,
                    raw,
                    hashes,
                })
            })
            .collect();
        let n = shapes.len() as u32;
        let pairs: Vec<(u32, u32)> = (0..n)
            .flat_map(|a| (0..n).map(move |b| (a, b)))
            .filter(|&(a, b)| shapes[a as usize].family != shapes[b as usize].family)
            .collect();
        let cross = (0..HASHES)
            .map(|h| {
                shapes
                    .iter()
                    .map(|b| {
                        shapes
                            .iter()
                            .filter(|c| c.family != b.family)
                            .filter_map(|c| Some((b.hashes[h]? ^ c.hashes[h]?).count_ones()))
                            .collect()
                    })
                    .collect()
            })
            .collect();
        Self {
            shapes,
            pairs,
            cross,
        }
    }

    /// Distractors `0..count` of `seed`, in parallel on the current rayon
    /// pool; the result does not depend on the thread count. Empty when the
    /// corpus has fewer than two families.
    pub(crate) fn generate(&self, count: usize, seed: u64) -> Vec<Distractor> {
        if self.pairs.is_empty() {
            return Vec::new();
        }
        (0..count as u64)
            .into_par_iter()
            .map(|j| self.one(&mut Rng::of(seed, j)))
            .collect()
    }

    fn one(&self, rng: &mut Rng) -> Distractor {
        let (a, b) = self.pairs[rng.below(self.pairs.len())];
        let (a, bi) = (&self.shapes[a as usize], b as usize);
        let b = &self.shapes[bi];
        let mut h = [None; HASHES];
        for (i, out) in h.iter_mut().enumerate() {
            *out = match (a.hashes[i], b.hashes[i]) {
                (_, None) => None,
                (Some(x), Some(y)) => Some(rng.flip(x, (x ^ y).count_ones())),
                (None, Some(y)) => {
                    let d = &self.cross[i][bi];
                    let k = if d.is_empty() {
                        32
                    } else {
                        d[rng.below(d.len())]
                    };
                    Some(rng.flip(y, k))
                }
            };
        }
        let (sa, sb) = (&a.signals, &b.signals);
        // Where the signals keep the same value as the raw one, keep them
        // equal in the distractor too.
        let root_text = h[3];
        let raw = RawValues {
            favicon_mmh3: b.raw.favicon_mmh3.map(|y| match a.raw.favicon_mmh3 {
                Some(x) if x == y => x,
                _ => rng.next_u64() as i32,
            }),
            ahash: h[5].or(h[7]),
            root_text: root_text.or(h[8]),
        };
        let assets = keep_shared(&sb.assets, &sa.assets, |_| rng.bytes32());
        let ids = keep_shared(&sb.ids, &sa.ids, |y| {
            let kind = y.split_once(':').map_or("id", |k| k.0);
            format!("{kind}:{}", rng.hex(16))
        });
        let title_words = keep_shared(&sb.title_words, &sa.title_words, |y| rng.word_like(y));
        // Fresh words hash below the sketch's largest, as the words of a
        // site of that size would.
        let top = sb.vocabulary.last().map_or(0, |&h| u64::from(h));
        let vocabulary = keep_shared(&sb.vocabulary, &sa.vocabulary, |_| {
            (rng.next_u64() % (top + 1)) as u32
        });
        // Each page text of `b`, moved from its nearest page text of `a` as
        // far as it lies from it (from its own when `a` has none: as far as
        // unrelated hashes are on average).
        let page_texts = crate::index::page_text_set(
            &sb.page_texts
                .iter()
                .map(|&y| {
                    let nearest = sa.page_texts.iter().min_by_key(|&&x| (x ^ y).count_ones());
                    match nearest {
                        Some(&x) => rng.flip(x, (x ^ y).count_ones()),
                        None => rng.flip(y, 32),
                    }
                })
                .collect::<Vec<u64>>(),
        );
        let signals = SiteSignals {
            template: h[0],
            root_template: h[1],
            text: h[2],
            root_text,
            screenshot: h[4],
            screenshot_ahash: h[5],
            favicon_phash: h[6],
            favicon_mmh3: sb.favicon_mmh3.and(raw.favicon_mmh3),
            domhash: sb.domhash.map(|y| match sa.domhash {
                Some(x) if x == y => x,
                _ => {
                    let mut d = [0u8; 16];
                    d[..8].copy_from_slice(&rng.next_u64().to_le_bytes());
                    d[8..].copy_from_slice(&rng.next_u64().to_le_bytes());
                    d
                }
            }),
            html_mmh3: sb.html_mmh3.map(|y| match sa.html_mmh3 {
                Some(x) if x == y => x,
                _ => rng.next_u64() as i32,
            }),
            assets,
            ids,
            title_words,
            vocabulary,
            page_texts,
        };
        Distractor { signals, raw }
    }
}

/// `values` (sorted) with those not in `other` (sorted) replaced by
/// `fresh(value)`, in order, then sorted and deduplicated: the values two
/// sites share are kept, the others made new.
fn keep_shared<T: Ord + Clone>(
    values: &[T],
    other: &[T],
    mut fresh: impl FnMut(&T) -> T,
) -> Vec<T> {
    let mut v: Vec<T> = values
        .iter()
        .map(|y| {
            if other.binary_search(y).is_ok() {
                y.clone()
            } else {
                fresh(y)
            }
        })
        .collect();
    v.sort();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flips_exactly_k_bits() {
        let mut rng = Rng::of(1, 2);
        for k in [0, 1, 5, 31, 32, 63, 64] {
            for _ in 0..50 {
                let h = rng.next_u64();
                assert_eq!((rng.flip(h, k) ^ h).count_ones(), k);
            }
        }
    }

    #[test]
    fn below_stays_in_range() {
        let mut rng = Rng::of(3, 0);
        let mut seen = [0usize; 7];
        for _ in 0..7000 {
            seen[rng.below(7)] += 1;
        }
        assert!(seen.iter().all(|&c| (800..1200).contains(&c)), "{seen:?}");
    }

    #[test]
    fn streams_differ_by_item_and_seed() {
        assert_ne!(Rng::of(1, 0).next_u64(), Rng::of(1, 1).next_u64());
        assert_ne!(Rng::of(1, 0).next_u64(), Rng::of(2, 0).next_u64());
        assert_eq!(Rng::of(5, 9).next_u64(), Rng::of(5, 9).next_u64());
    }

    #[test]
    fn fresh_words_keep_their_kind() {
        let mut rng = Rng::of(0, 0);
        assert!(rng.word_like("3").chars().all(|c| c.is_ascii_digit()));
        assert!(rng
            .word_like("sphinx")
            .chars()
            .all(|c| c.is_ascii_lowercase()));
    }
}
