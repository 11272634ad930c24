//! A 64-bit weighted simhash (Charikar 2002), as used for near-duplicate
//! detection by Manku, Jain and Das Sarma (2007).
//!
//! Features are hashed with XXH3-64 (seed 0) over their UTF-8 bytes, a fixed,
//! documented function whose values do not depend on the Rust version (unlike
//! `std::hash::Hash`). Each feature carries an integer weight; bit *i* of the
//! simhash is 1 when the weighted votes of the features whose hash has bit *i*
//! set outweigh the others. Integer weights make the result independent of
//! the order in which features are added.

use std::collections::HashMap;

use xxhash_rust::xxh3::xxh3_64;

/// Hashes a feature string to 64 bits (XXH3-64, seed 0).
pub fn feature_hash(feature: &[u8]) -> u64 {
    xxh3_64(feature)
}

/// Counts features, then folds them into a simhash.
#[derive(Clone, Debug, Default)]
pub struct FeatureCounts {
    counts: HashMap<u64, u32>,
}

impl FeatureCounts {
    /// An empty bag of features.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one occurrence of a feature given by its hash.
    pub fn add_hash(&mut self, hash: u64) {
        *self.counts.entry(hash).or_insert(0) += 1;
    }

    /// Adds `n` occurrences of a feature given by its hash.
    pub fn add_hash_n(&mut self, hash: u64, n: u32) {
        *self.counts.entry(hash).or_insert(0) += n;
    }

    /// The number of distinct features.
    pub fn distinct(&self) -> usize {
        self.counts.len()
    }

    /// Iterates over (feature hash, count).
    pub fn iter(&self) -> impl Iterator<Item = (u64, u32)> + '_ {
        self.counts.iter().map(|(&h, &c)| (h, c))
    }

    /// The simhash with sub-linear weights: a feature seen `c` times votes
    /// with weight `1 + floor(log2(c))`, so a list of a thousand identical
    /// items does not drown the rest of the page.
    pub fn simhash(&self) -> u64 {
        let mut votes = [0i64; 64];
        for (&hash, &count) in &self.counts {
            let weight = 1 + i64::from(count.max(1).ilog2());
            for (bit, vote) in votes.iter_mut().enumerate() {
                if hash >> bit & 1 == 1 {
                    *vote += weight;
                } else {
                    *vote -= weight;
                }
            }
        }
        votes.iter().enumerate().fold(
            0u64,
            |acc, (bit, &v)| if v > 0 { acc | 1 << bit } else { acc },
        )
    }
}

/// The Hamming distance between two 64-bit hashes.
pub fn hamming(a: u64, b: u64) -> u32 {
    (a ^ b).count_ones()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn single_feature_simhash_is_its_hash() {
        let mut f = FeatureCounts::new();
        let h = feature_hash(b"div>p");
        f.add_hash(h);
        assert_eq!(f.simhash(), h);
    }

    #[test]
    fn known_xxh3_vector() {
        // XXH3-64 of the empty input with seed 0, from the reference implementation.
        assert_eq!(feature_hash(b""), 0x2D06_8005_38D3_94C2);
    }

    #[test]
    fn order_of_insertion_does_not_matter() {
        let hashes: Vec<u64> = (0..500u64)
            .map(|i| feature_hash(&i.to_le_bytes()))
            .collect();
        let mut a = FeatureCounts::new();
        let mut b = FeatureCounts::new();
        hashes.iter().for_each(|&h| a.add_hash(h));
        hashes.iter().rev().for_each(|&h| b.add_hash(h));
        assert_eq!(a.simhash(), b.simhash());
    }

    proptest! {
        #[test]
        fn hamming_is_a_metric(a: u64, b: u64, c: u64) {
            prop_assert_eq!(hamming(a, a), 0);
            prop_assert_eq!(hamming(a, b), hamming(b, a));
            prop_assert!(hamming(a, c) <= hamming(a, b) + hamming(b, c));
            prop_assert_eq!(hamming(a, b) == 0, a == b);
        }

        #[test]
        fn simhash_distance_laws(xs in proptest::collection::vec(any::<u64>(), 1..50),
                                 ys in proptest::collection::vec(any::<u64>(), 1..50),
                                 zs in proptest::collection::vec(any::<u64>(), 1..50)) {
            let sim = |v: &[u64]| { let mut f = FeatureCounts::new(); v.iter().for_each(|&h| f.add_hash(h)); f.simhash() };
            let (a, b, c) = (sim(&xs), sim(&ys), sim(&zs));
            prop_assert_eq!(hamming(a, a), 0);
            prop_assert_eq!(hamming(a, b), hamming(b, a));
            prop_assert!(hamming(a, c) <= hamming(a, b) + hamming(b, c));
        }

        #[test]
        fn a_small_change_moves_a_large_bag_little(n in 200usize..400, extra: u64) {
            let mut f = FeatureCounts::new();
            for i in 0..n { f.add_hash(feature_hash(&(i as u64).to_le_bytes())); }
            let before = f.simhash();
            f.add_hash(extra);
            prop_assert!(hamming(before, f.simhash()) <= 12);
        }
    }
}
