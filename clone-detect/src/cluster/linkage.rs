//! Average-link agglomeration over a sparse graph of link scores.
//!
//! Every item starts alone. The two clusters with the highest *average*
//! link, the sum of the link scores between their members divided by the
//! number of member pairs (a pair without a link counts 0), are merged, as
//! long as that average is at least the bar. Ties go to the pair of clusters
//! whose slots come first, so the result depends only on the graph.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

/// A possible merge, valid while both clusters are unchanged.
struct Merge {
    average: f64,
    a: u32,
    b: u32,
    version_a: u32,
    version_b: u32,
}

impl PartialEq for Merge {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Merge {}

impl PartialOrd for Merge {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Merge {
    /// Highest average first, then the lowest slots (a max-heap pops the
    /// greatest).
    fn cmp(&self, other: &Self) -> Ordering {
        self.average
            .total_cmp(&other.average)
            .then_with(|| other.a.cmp(&self.a))
            .then_with(|| other.b.cmp(&self.b))
            .then_with(|| other.version_a.cmp(&self.version_a))
            .then_with(|| other.version_b.cmp(&self.version_b))
    }
}

/// Clusters `n` items linked by `edges` (`a < b`, each pair once, scores
/// in [0, 1]): merges while the best average link is at least `min_average`.
/// Returns each item's cluster as the smallest item in it.
pub fn average_link(n: usize, edges: &[(u32, u32, f64)], min_average: f64) -> Vec<u32> {
    let mut adjacent: Vec<HashMap<u32, f64>> = vec![HashMap::new(); n];
    for &(a, b, w) in edges {
        *adjacent[a as usize].entry(b).or_default() += w;
        *adjacent[b as usize].entry(a).or_default() += w;
    }
    let mut size = vec![1u32; n];
    let mut version = vec![0u32; n];
    let mut alive = vec![true; n];
    let mut members: Vec<Vec<u32>> = (0..n as u32).map(|i| vec![i]).collect();
    let mut heap: BinaryHeap<Merge> = edges
        .iter()
        .filter(|e| e.2 >= min_average)
        .map(|&(a, b, w)| Merge {
            average: w,
            a,
            b,
            version_a: 0,
            version_b: 0,
        })
        .collect();
    while let Some(m) = heap.pop() {
        if m.average < min_average {
            break;
        }
        let (a, b) = (m.a as usize, m.b as usize);
        if !alive[a] || !alive[b] || version[a] != m.version_a || version[b] != m.version_b {
            continue;
        }
        // Fold the smaller adjacency into the larger.
        let (keep, gone) = if adjacent[a].len() >= adjacent[b].len() {
            (a, b)
        } else {
            (b, a)
        };
        let moved = std::mem::take(&mut adjacent[gone]);
        for (&k, &w) in &moved {
            if k as usize == keep {
                continue;
            }
            *adjacent[keep].entry(k).or_default() += w;
            let theirs = &mut adjacent[k as usize];
            theirs.remove(&(gone as u32));
            *theirs.entry(keep as u32).or_default() += w;
        }
        adjacent[keep].remove(&(gone as u32));
        size[keep] += size[gone];
        alive[gone] = false;
        version[keep] += 1;
        let gone_members = std::mem::take(&mut members[gone]);
        members[keep].extend(gone_members);
        for (&k, &w) in &adjacent[keep] {
            let average = w / (f64::from(size[keep]) * f64::from(size[k as usize]));
            if average >= min_average {
                let (x, y) = if (keep as u32) < k {
                    (keep as u32, k)
                } else {
                    (k, keep as u32)
                };
                heap.push(Merge {
                    average,
                    a: x,
                    b: y,
                    version_a: version[x as usize],
                    version_b: version[y as usize],
                });
            }
        }
    }
    let mut label = vec![0u32; n];
    for group in members.iter().filter(|g| !g.is_empty()) {
        let first = *group.iter().min().expect("non-empty");
        for &i in group {
            label[i as usize] = first;
        }
    }
    label
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chain_does_not_pull_its_ends_together() {
        // 0~1 and 1~2 strongly, 0 and 2 unrelated: average link of {0,1}
        // with 2 is 0.45, under a bar of 0.5.
        let edges = [(0, 1, 0.95), (1, 2, 0.9)];
        assert_eq!(average_link(3, &edges, 0.5), vec![0, 0, 2]);
        // With the third side present the three are one cluster.
        let edges = [(0, 1, 0.95), (1, 2, 0.9), (0, 2, 0.8)];
        assert_eq!(average_link(3, &edges, 0.5), vec![0, 0, 0]);
    }

    #[test]
    fn merges_stop_at_the_bar_and_unlinked_items_stay_alone() {
        let edges = [(0, 1, 0.4), (2, 3, 0.7)];
        assert_eq!(average_link(5, &edges, 0.5), vec![0, 1, 2, 2, 4]);
    }
}
