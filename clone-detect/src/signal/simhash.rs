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
        fold_votes(
            self.counts
                .iter()
                .map(|(&hash, &count)| (hash, i128::from(weight(count)))),
        )
    }
}

/// Fixed-point mass of one template group in [`GroupedVotes`]: 2^40, so
/// that thousands of features per page keep a fine resolution and sums
/// over thousands of groups stay far from `i64` overflow.
const GROUP_MASS: u128 = 1 << 40;

/// A site's simhash with one vote per *group* of pages (pages of one
/// template), not per page: each page's bag is normalised to the same total
/// weight, the pages of a group share the group's weight equally, and every
/// group weighs the same. Which pages of a group were kept, and how many,
/// then moves the site value little. Weights are fixed-point integers, so
/// the result does not depend on the order in which bags are added.
#[derive(Clone, Debug, Default)]
pub struct GroupedVotes {
    weights: HashMap<u64, i64>,
}

impl GroupedVotes {
    /// No votes yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the pages of one group (empty bags carry no vote).
    pub fn add_group<'a>(&mut self, pages: impl IntoIterator<Item = &'a FeatureCounts>) {
        let pages: Vec<&FeatureCounts> = pages.into_iter().filter(|p| p.distinct() > 0).collect();
        let Ok(n) = u128::try_from(pages.len()) else {
            return;
        };
        if n == 0 {
            return;
        }
        let page_mass = GROUP_MASS / n;
        for page in pages {
            let total: u128 = page.counts.values().map(|&c| u128::from(weight(c))).sum();
            for (&hash, &count) in &page.counts {
                let w = page_mass * u128::from(weight(count)) / total;
                let w = i64::try_from(w).unwrap_or(i64::MAX);
                let slot = self.weights.entry(hash).or_insert(0);
                *slot = slot.saturating_add(w);
            }
        }
    }

    /// The weighted simhash of the votes (0 with none).
    pub fn simhash(&self) -> u64 {
        fold_votes(self.weights.iter().map(|(&hash, &w)| (hash, i128::from(w))))
    }
}

/// The simhash of weighted features: bit *i* is 1 when the weights of the
/// features whose hash has bit *i* set outweigh the others. Integer sums, so
/// the order of the features does not matter.
fn fold_votes(features: impl Iterator<Item = (u64, i128)>) -> u64 {
    let mut votes = [0i128; 64];
    for (hash, weight) in features {
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

/// The sub-linear vote of a feature seen `count` times.
fn weight(count: u32) -> u32 {
    1 + count.max(1).ilog2()
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

    fn bag(features: &[&str]) -> FeatureCounts {
        let mut f = FeatureCounts::new();
        features
            .iter()
            .for_each(|s| f.add_hash(feature_hash(s.as_bytes())));
        f
    }

    #[test]
    fn one_group_of_one_page_is_the_page() {
        let page = bag(&["a", "b", "b", "c", "d", "e", "f"]);
        let mut votes = GroupedVotes::new();
        votes.add_group([&page]);
        assert_eq!(votes.simhash(), page.simhash());
    }

    #[test]
    fn repeating_a_page_of_a_group_changes_nothing() {
        let home = bag(&["nav", "hero", "footer", "grid", "card"]);
        let item = bag(&["nav", "table", "row", "cell", "footer", "pager"]);
        let mut once = GroupedVotes::new();
        once.add_group([&home]);
        once.add_group([&item]);
        let mut thrice = GroupedVotes::new();
        thrice.add_group([&home]);
        thrice.add_group([&item, &item, &item]);
        assert_eq!(once.simhash(), thrice.simhash());
        // Order of groups and pages does not matter either.
        let mut reversed = GroupedVotes::new();
        reversed.add_group([&item, &item, &item]);
        reversed.add_group([&home]);
        assert_eq!(once.simhash(), reversed.simhash());
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
