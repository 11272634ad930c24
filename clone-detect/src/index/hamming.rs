//! Near-neighbour search for 64-bit hashes under Hamming distance.
//!
//! Multi-index hashing (Norouzi, Punjani and Fleet, 2012), the exact form of
//! the permuted tables of Manku, Jain and Das Sarma (2007): the 64 bits are
//! cut into `m` contiguous blocks, each with its own table. If two hashes
//! are within `r` bits, the pigeonhole principle bounds the blocks'
//! distances; in its general form (Qin, Wang, Xiao and Wang, "GPH", 2018):
//! for any per-block thresholds `t_i` with `sum(t_i) >= r - m + 1`, some
//! block `i` differs in at most `t_i` bits (were every block `t_i + 1` or
//! more apart, the hashes would be at least `sum(t_i) + m > r` apart). The
//! index takes `r = m*s + a` (`0 <= a < m`) and gives the first `a + 1`
//! blocks `t = s` and the others `t = s - 1`, which sums to exactly
//! `r - m + 1`; a block with `t = -1` is not probed at all (with 16 blocks
//! and `r = 3`, four blocks are probed, not sixteen). A query probes, in each
//! probed table, the block values within `t_i` bits of its own, then checks
//! the full distance of what it finds. The answer is exact: every hash within
//! `r` bits is returned, nothing else (`tests/tests/index_laws.rs`).
//!
//! Each table is laid out as a counting-sorted array (CSR): `starts[v]..
//! starts[v + 1]` are the entries whose block has the value `v`, with their
//! hashes inline, so a probe is one random access and a bucket is read
//! sequentially, with no hashing and no pointer chasing. A query first
//! gathers the bucket bounds of a batch of probes, then reads the buckets:
//! the random accesses of a batch are independent, so the processor
//! overlaps their cache misses instead of waiting for each. The number of
//! blocks is chosen, for the number of hashes and the radius the index is
//! built for, to minimise the expected work: probes (random accesses) plus
//! bucket entries (sequential reads), see `block_widths`. Blocks are 4 to 22
//! bits wide (at most 16 MiB of `starts` per table).
//!
//! Why not a BK-tree: a BK-tree's query cost depends on the distance
//! distribution and, for radii above a few bits on 64-bit codes, visits a
//! large share of the tree (see the `index` benchmark, which measures both
//! against a linear scan).

/// An immutable index of 64-bit hashes, each with a `u32` position.
#[derive(Clone, Debug)]
pub struct HammingIndex {
    hashes: Vec<u64>,
    blocks: Vec<Block>,
}

#[derive(Clone, Debug)]
struct Block {
    shift: u32,
    bits: u32,
    starts: Vec<u32>,
    /// The hashes in bucket order, so that a bucket is checked by one
    /// sequential read instead of a random access per entry.
    hashes: Vec<u64>,
    /// The position of each entry of `hashes`.
    ids: Vec<u32>,
}

impl Block {
    fn key(&self, hash: u64) -> usize {
        ((hash >> self.shift) & ((1u64 << self.bits) - 1)) as usize
    }
}

/// Values within `r` bits of a `bits`-bit value: sum of C(bits, i), i <= r.
fn ball(bits: u32, r: u32) -> f64 {
    let mut c = 1.0f64;
    let mut sum = 1.0f64;
    for i in 1..=r.min(bits) {
        c = c * f64::from(bits - i + 1) / f64::from(i);
        sum += c;
    }
    sum
}

/// What a probe costs, in bucket entries read: a probe is a random access
/// into the `starts` table and then into the bucket (two cache misses),
/// while entries of a bucket are read one after another.
pub const PROBE_COST: f64 = 32.0;

/// The widths of `m` blocks spreading the 64 bits evenly.
fn widths(m: u32) -> impl Iterator<Item = u32> {
    (0..m).map(move |i| 64 / m + u32::from(i < 64 % m))
}

/// The search threshold of block `i` of `m` at `radius` (`None`: the
/// block is not probed): `s` for the first `a + 1` blocks and `s - 1` for
/// the others, where `radius = m*s + a`. They sum to `radius - m + 1`, the
/// least the general pigeonhole principle allows (see the module docs).
fn threshold(radius: u32, m: u32, i: u32) -> Option<u32> {
    let (s, a) = (radius / m, radius % m);
    if i <= a {
        Some(s)
    } else {
        s.checked_sub(1)
    }
}

/// Expected work of one query at `radius` over `n` uniform hashes with `m`
/// blocks, in bucket entries read (see [`PROBE_COST`]).
fn work(n: usize, radius: u32, m: u32) -> f64 {
    widths(m)
        .enumerate()
        .filter_map(|(i, bits)| {
            let t = threshold(radius, m, i as u32)?;
            Some(ball(bits, t) * (PROBE_COST + n as f64 / 2f64.powi(bits as i32)))
        })
        .sum()
}

/// Probes (random accesses) of one query at `radius` with `m` blocks.
fn probes(radius: u32, m: u32) -> f64 {
    widths(m)
        .enumerate()
        .filter_map(|(i, bits)| Some(ball(bits, threshold(radius, m, i as u32)?)))
        .sum()
}

/// The block widths for `n` hashes searched at `radius`: the number of
/// blocks `m` (3 to 16, so blocks of 4 to 22 bits) with the least expected
/// [`work`] per query; the 64 bits are spread evenly over the blocks.
fn block_widths(n: usize, radius: u32) -> Vec<u32> {
    let m = (3..=16u32)
        .min_by(|&a, &b| {
            work(n, radius, a)
                .total_cmp(&work(n, radius, b))
                .then(a.cmp(&b))
        })
        .unwrap_or(4);
    widths(m).collect()
}

/// Expected work (bucket entries read, probes counted as [`PROBE_COST`]
/// entries) of one query at `radius` over `n` uniform hashes, with the block
/// layout the index uses for that radius.
pub fn expected_work(n: usize, radius: u32) -> f64 {
    work(n, radius, block_widths(n, radius).len() as u32)
}

/// The largest radius up to `max_radius` whose [`expected_work`] on `n`
/// hashes stays within `budget` (0 if none does).
pub fn affordable_radius(n: usize, max_radius: u32, budget: f64) -> u32 {
    (0..=max_radius)
        .rev()
        .find(|&r| expected_work(n, r) <= budget)
        .unwrap_or(0)
}

/// Probes gathered before their buckets are read.
const BATCH: usize = 32;

impl HammingIndex {
    /// Builds the index for searches at `radius` bits (any radius works; the
    /// blocks are laid out for this one). Position `i` in results refers to
    /// `hashes[i]`.
    ///
    /// # Panics
    /// When there are more than `u32::MAX` hashes.
    pub fn new(hashes: Vec<u64>, radius: u32) -> Self {
        assert!(
            u32::try_from(hashes.len()).is_ok(),
            "at most u32::MAX hashes"
        );
        let mut blocks = Vec::new();
        let mut shift = 0;
        for bits in block_widths(hashes.len(), radius) {
            let mut block = Block {
                shift,
                bits,
                starts: vec![0; (1usize << bits) + 1],
                hashes: vec![0; hashes.len()],
                ids: vec![0; hashes.len()],
            };
            for &h in &hashes {
                let k = block.key(h);
                block.starts[k + 1] += 1;
            }
            for i in 1..block.starts.len() {
                block.starts[i] += block.starts[i - 1];
            }
            let mut next = block.starts.clone();
            for (i, &h) in hashes.iter().enumerate() {
                let k = block.key(h);
                block.hashes[next[k] as usize] = h;
                block.ids[next[k] as usize] = i as u32;
                next[k] += 1;
            }
            shift += bits;
            blocks.push(block);
        }
        Self { hashes, blocks }
    }

    /// How many hashes the index holds.
    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    /// Whether the index is empty.
    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }

    /// The hash at position `i`.
    pub fn hash(&self, i: u32) -> u64 {
        self.hashes[i as usize]
    }

    /// Bytes of memory held by the index (hashes and tables).
    pub fn memory_bytes(&self) -> usize {
        self.hashes.len() * 8
            + self
                .blocks
                .iter()
                .map(|b| (b.starts.len() + b.ids.len()) * 4 + b.hashes.len() * 8)
                .sum::<usize>()
    }

    /// Every position whose hash is within `radius` bits of `query`, as
    /// `(distance, position)`, sorted by distance then position.
    pub fn within(&self, query: u64, radius: u32) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        self.within_into(query, radius, &mut out);
        out
    }

    /// [`within`](Self::within) into a reused buffer (cleared first).
    pub fn within_into(&self, query: u64, radius: u32, out: &mut Vec<(u32, u32)>) {
        out.clear();
        if self.hashes.is_empty() {
            return;
        }
        let m = self.blocks.len() as u32;
        if radius >= 64 || probes(radius, m) > self.hashes.len() as f64 {
            // The probes would outnumber the hashes: scanning is cheaper.
            self.scan_into(query, radius, out);
            return;
        }
        let mut ranges = [(0u32, 0u32); BATCH];
        for (i, block) in self.blocks.iter().enumerate() {
            let Some(t) = threshold(radius, m, i as u32) else {
                continue;
            };
            let key = block.key(query) as u32;
            let mut pending = 0;
            let read = |ranges: &[(u32, u32)], out: &mut Vec<(u32, u32)>| {
                for &(a, b) in ranges {
                    let (a, b) = (a as usize, b as usize);
                    for (j, &h) in block.hashes[a..b].iter().enumerate() {
                        let d = (h ^ query).count_ones();
                        if d <= radius {
                            out.push((d, block.ids[a + j]));
                        }
                    }
                }
            };
            for_each_within(key, block.bits, t, |probe| {
                let p = probe as usize;
                ranges[pending] = (block.starts[p], block.starts[p + 1]);
                pending += 1;
                if pending == BATCH {
                    read(&ranges, out);
                    pending = 0;
                }
            });
            read(&ranges[..pending], out);
        }
        out.sort_unstable();
        out.dedup();
    }

    /// How many hashes lie within `radius` bits of `query`.
    pub fn count_within(&self, query: u64, radius: u32) -> usize {
        self.within(query, radius).len()
    }

    /// The same answer as [`within`](Self::within) by a linear scan: the
    /// reference the index is tested and benchmarked against.
    pub fn scan(&self, query: u64, radius: u32) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        self.scan_into(query, radius, &mut out);
        out
    }

    fn scan_into(&self, query: u64, radius: u32, out: &mut Vec<(u32, u32)>) {
        out.clear();
        out.extend(self.hashes.iter().enumerate().filter_map(|(i, &h)| {
            let d = (h ^ query).count_ones();
            (d <= radius).then_some((d, i as u32))
        }));
        out.sort_unstable();
    }
}

/// Calls `f` with every `bits`-bit value within `radius` bits of `key`.
fn for_each_within(key: u32, bits: u32, radius: u32, mut f: impl FnMut(u32)) {
    f(key);
    if radius == 0 {
        return;
    }
    // Flip every combination of 1..=radius distinct bit positions, listed in
    // lexicographic order of their increasing positions.
    // Blocks are at most 32 bits wide (22 in the index).
    let mut pos = [0u32; 32];
    for r in 1..=radius.min(bits).min(32) as usize {
        for (i, p) in pos.iter_mut().enumerate().take(r) {
            *p = i as u32;
        }
        loop {
            f(key ^ pos[..r].iter().fold(0u32, |m, &p| m | (1 << p)));
            // The rightmost position that can still move right.
            let mut i = r;
            while i > 0 && pos[i - 1] == bits - (r - i + 1) as u32 {
                i -= 1;
            }
            if i == 0 {
                break;
            }
            pos[i - 1] += 1;
            for j in i..r {
                pos[j] = pos[j - 1] + 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_cover_64_bits() {
        for n in [0, 1, 10, 1000, 1 << 20, 10_000_000, usize::MAX >> 1] {
            for r in [0, 3, 10, 12, 32] {
                let w = block_widths(n, r);
                assert_eq!(w.iter().sum::<u32>(), 64, "{n}");
                assert!(w.iter().all(|&b| (4..=22).contains(&b)), "{n}: {w:?}");
            }
        }
    }

    #[test]
    fn affordable_radius_shrinks_as_the_index_grows() {
        let small = affordable_radius(100, 10, 2048.0);
        let large = affordable_radius(1_000_000, 10, 2048.0);
        assert_eq!(small, 10);
        assert!(large < small && large >= 3, "{large}");
    }

    #[test]
    fn thresholds_are_the_least_the_pigeonhole_allows() {
        for m in 3..=16u32 {
            for r in 0..=40u32 {
                let t: Vec<Option<u32>> = (0..m).map(|i| threshold(r, m, i)).collect();
                // sum(t_i) over all blocks, with -1 for an unprobed block.
                let sum: i64 = t.iter().map(|t| t.map_or(-1, i64::from)).sum();
                assert_eq!(sum, i64::from(r) - i64::from(m) + 1, "r {r} m {m}");
            }
        }
        // Sixteen blocks at 3 bits: four probes, one per probed block.
        assert_eq!(probes(3, 16), 4.0);
        assert_eq!(probes(6, 4), 3.0 * 17.0 + 1.0);
    }

    #[test]
    fn ball_enumeration_reaches_wide_radii() {
        let mut n = 0;
        for_each_within(0, 12, 10, |_| n += 1);
        assert_eq!(n as f64, ball(12, 10));
    }

    #[test]
    fn ball_sizes() {
        assert_eq!(ball(16, 0), 1.0);
        assert_eq!(ball(16, 2), 1.0 + 16.0 + 120.0);
        assert_eq!(ball(3, 9), 8.0);
    }

    #[test]
    fn ball_enumeration_counts() {
        // C(10,0)+C(10,1)+C(10,2)+C(10,3) = 1+10+45+120
        let mut seen = std::collections::BTreeSet::new();
        for_each_within(0b1010, 10, 3, |v| {
            assert!(seen.insert(v), "{v} twice");
        });
        assert_eq!(seen.len(), 176);
        assert!(seen
            .iter()
            .all(|v| (v ^ 0b1010).count_ones() <= 3 && *v < 1024));
    }

    #[test]
    fn finds_what_the_scan_finds() {
        let hashes: Vec<u64> = (0..500u64)
            .map(|i| i.wrapping_mul(0x9E37_79B9_7F4A_7C15))
            .collect();
        let index = HammingIndex::new(hashes.clone(), 5);
        for (q, r) in [
            (hashes[3], 0),
            (hashes[7] ^ 0b111, 5),
            (0, 20),
            (u64::MAX, 64),
        ] {
            assert_eq!(index.within(q, r), index.scan(q, r));
        }
    }
}
