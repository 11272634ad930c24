//! Vocabulary signal: a bottom-k MinHash sketch of the distinct words a
//! site shows.
//!
//! A site's releases and mirrors keep most of their words (product, brand
//! and API names, the prose) even when the generator or theme that lays
//! them out changes, which moves the template and the text simhash (word
//! order) far. Two projects on one theme share the theme's few words and
//! little else. The sketch keeps the [`SKETCH_SIZE`] smallest hashes of
//! the site's distinct words; the Jaccard similarity of two word sets is
//! estimated from the smallest hashes of their union ([`jaccard`]), with a
//! standard error of at most `0.5 / sqrt(SKETCH_SIZE)`, and the sketch's
//! size does not grow with the site, however many words a hostile page
//! carries.
//!
//! Words are the text signal's visible words (runs of Unicode letters and
//! digits, lower-cased); a word counts when it has at least
//! [`MIN_WORD_CHARS`] characters, at most [`MAX_WORD_BYTES`] bytes and no
//! digit of any script (versions and dates change between releases). Each
//! is hashed to the high 32 bits of its XXH3-64.

use std::collections::BTreeSet;

/// The spec of the vocabulary sketch this module computes.
pub const VOCABULARY_SPEC: &str =
    "vocabulary/v1/bottom-32/xxh3-64-high32/words-3chars-64bytes-no-digit";

/// Hashes a sketch keeps: the smallest distinct ones.
pub const SKETCH_SIZE: usize = 32;
/// Fewest characters of a word that counts.
pub const MIN_WORD_CHARS: usize = 3;
/// Most bytes of a word that counts (longer runs are data, not words).
pub const MAX_WORD_BYTES: usize = 64;
/// Fewest distinct words for a sketch to be informative: below it, two
/// unrelated short pages agree on too large a share by chance.
pub const MIN_DISTINCT_WORDS: usize = 16;

/// Whether a word counts in the vocabulary.
pub fn counts(word: &str) -> bool {
    word.len() <= MAX_WORD_BYTES
        && !word.chars().any(char::is_numeric)
        && word.chars().nth(MIN_WORD_CHARS - 1).is_some()
}

/// The hash of a word in the sketch.
pub fn word_hash(word: &str) -> u32 {
    (xxhash_rust::xxh3::xxh3_64(word.as_bytes()) >> 32) as u32
}

/// A bottom-k sketch being built: at most [`SKETCH_SIZE`] hashes, the
/// smallest seen, however many words are added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SketchBuilder {
    smallest: BTreeSet<u32>,
}

impl SketchBuilder {
    /// An empty sketch.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one word (ignored unless it [`counts`]).
    pub fn add_word(&mut self, word: &str) {
        if counts(word) {
            self.add_hash(word_hash(word));
        }
    }

    /// Adds one hash.
    pub fn add_hash(&mut self, hash: u32) {
        let full = self.smallest.len() == SKETCH_SIZE;
        if full && self.smallest.last().is_some_and(|&largest| hash >= largest) {
            return;
        }
        if self.smallest.insert(hash) && full {
            self.smallest.pop_last();
        }
    }

    /// Adds every hash of another sketch: the result is the sketch of the
    /// union of the two word sets.
    pub fn merge(&mut self, other: &SketchBuilder) {
        for &h in &other.smallest {
            self.add_hash(h);
        }
    }

    /// The sketch: sorted, distinct, at most [`SKETCH_SIZE`] hashes.
    pub fn finish(&self) -> Vec<u32> {
        self.smallest.iter().copied().collect()
    }
}

/// A sketch from any list of hashes (a fingerprint read from a file, which
/// may be edited or hostile): its smallest [`SKETCH_SIZE`] distinct values,
/// sorted.
pub fn normalise(hashes: &[u32]) -> Vec<u32> {
    let mut out = SketchBuilder::new();
    for &h in hashes {
        out.add_hash(h);
    }
    out.finish()
}

/// What search and scoring use of a sketch read from anywhere: the
/// [`normalise`]d sketch, or nothing when it holds fewer than
/// [`MIN_DISTINCT_WORDS`] words (two short lists agree by chance, and a
/// one-hash sketch would agree wholly with itself).
pub fn informative(hashes: &[u32]) -> Vec<u32> {
    let sketch = normalise(hashes);
    if sketch.len() < MIN_DISTINCT_WORDS {
        Vec::new()
    } else {
        sketch
    }
}

/// The estimated Jaccard similarity of the two word sets whose sketches
/// (sorted, distinct) are `a` and `b`: among the [`SKETCH_SIZE`] smallest
/// hashes of their union, the share found in both. When neither sketch is
/// full, both hold their whole sets and the union is counted whole: the
/// value is then exact. Symmetric, in [0, 1]; 0 when either is empty.
///
/// ```
/// use clone_detect::signal::vocabulary::{jaccard, SketchBuilder};
///
/// let sketch = |text: &str| {
///     let mut s = SketchBuilder::new();
///     text.split(' ').for_each(|w| s.add_word(w));
///     s.finish()
/// };
/// let a = sketch("gadgetbridge pairs your smartwatch without the vendor cloud");
/// let b = sketch("gadgetbridge pairs your smartwatch and band without any cloud");
/// assert!(jaccard(&a, &b) > 0.5);
/// assert_eq!(jaccard(&a, &b), jaccard(&b, &a));
/// assert_eq!(jaccard(&a, &[]), 0.0);
/// ```
pub fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    // A full sketch knows nothing above its largest hash, but the union's
    // smallest SKETCH_SIZE all lie at or below it.
    let limit = if a.len() < SKETCH_SIZE && b.len() < SKETCH_SIZE {
        usize::MAX
    } else {
        SKETCH_SIZE
    };
    let (mut i, mut j, mut union, mut both) = (0, 0, 0usize, 0usize);
    while union < limit && (i < a.len() || j < b.len()) {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x == y => {
                both += 1;
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x < y => i += 1,
            (Some(_), None) => i += 1,
            _ => j += 1,
        }
        union += 1;
    }
    both as f64 / union as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sketch(words: impl IntoIterator<Item = String>) -> Vec<u32> {
        let mut s = SketchBuilder::new();
        for w in words {
            s.add_word(&w);
        }
        s.finish()
    }

    #[test]
    fn words_that_count() {
        assert!(counts("sphinx"));
        assert!(counts("日本語"));
        assert!(!counts("ab"));
        assert!(!counts("v2beta"));
        assert!(!counts("２０２４年"));
        assert!(!counts(&"a".repeat(MAX_WORD_BYTES + 1)));
        assert!(counts(&"a".repeat(MAX_WORD_BYTES)));
    }

    #[test]
    fn the_sketch_is_bounded_and_keeps_the_smallest() {
        let words: Vec<String> = (0..5000).map(|i| format!("word{}", letters(i))).collect();
        let mut all: Vec<u32> = words.iter().map(|w| word_hash(w)).collect();
        all.sort_unstable();
        all.dedup();
        let s = sketch(words);
        assert_eq!(s.len(), SKETCH_SIZE);
        assert_eq!(s, all[..SKETCH_SIZE]);
    }

    #[test]
    fn merging_page_sketches_is_the_sketch_of_the_union() {
        let page = |from: usize, to: usize| (from..to).map(|i| format!("word{}", letters(i)));
        let mut a = SketchBuilder::new();
        page(0, 400).for_each(|w| a.add_word(&w));
        let mut b = SketchBuilder::new();
        page(300, 900).for_each(|w| b.add_word(&w));
        a.merge(&b);
        assert_eq!(a.finish(), sketch(page(0, 900)));
    }

    #[test]
    fn the_estimate_follows_the_true_jaccard() {
        // Two sets of 3000 words sharing 1000 (Jaccard 0.2) and 2000 (0.5).
        for (shared, truth) in [(1000usize, 0.2), (2000, 0.5)] {
            let a = sketch((0..3000).map(|i| format!("word{}", letters(i))));
            let b = sketch((3000 - shared..6000 - shared).map(|i| format!("word{}", letters(i))));
            let est = jaccard(&a, &b);
            // Four standard errors of a 32-hash sketch.
            assert!(
                (est - truth).abs() < 4.0 * 0.5 / (SKETCH_SIZE as f64).sqrt(),
                "{est} vs {truth}"
            );
        }
    }

    #[test]
    fn small_sets_are_compared_exactly() {
        let a = sketch(["alpha", "beta", "gamma", "delta"].map(String::from));
        let b = sketch(["alpha", "beta", "gamma", "omega"].map(String::from));
        assert!((jaccard(&a, &b) - 3.0 / 5.0).abs() < 1e-12);
        assert_eq!(jaccard(&a, &a), 1.0);
        // Two sets of 31 words sharing 15: a union of 47, counted whole.
        let a = sketch((0..31).map(|i| format!("word{}", letters(i))));
        let b = sketch((16..47).map(|i| format!("word{}", letters(i))));
        assert!((jaccard(&a, &b) - 15.0 / 47.0).abs() < 1e-12);
    }

    #[test]
    fn short_sketches_are_not_informative() {
        assert!(informative(&[1, 2, 3]).is_empty());
        let full: Vec<u32> = (0..100).collect();
        assert_eq!(
            informative(&full),
            (0..SKETCH_SIZE as u32).collect::<Vec<_>>()
        );
    }

    #[test]
    fn normalise_bounds_what_a_file_says() {
        let hostile: Vec<u32> = (0..100_000u32).rev().chain([5, 5, 5]).collect();
        let s = normalise(&hostile);
        assert_eq!(s, (0..SKETCH_SIZE as u32).collect::<Vec<_>>());
    }

    fn letters(mut i: usize) -> String {
        let mut s = String::new();
        loop {
            s.push(char::from(b'a' + (i % 26) as u8));
            i /= 26;
            if i == 0 {
                return s;
            }
        }
    }
}
