//! The index's law: a search returns exactly what a brute-force scan
//! returns, for random hashes and for the distributions that break naive
//! indexes (many equal hashes, every hash within a small ball).

use clone_detect::index::{HammingIndex, KnownIndex, SearchConfig, SiteSignals};
use proptest::prelude::*;

/// Hashes drawn around a few centres with at most `spread` bits flipped.
fn clustered(centres: Vec<u64>, flips: Vec<(usize, u64)>, spread: u32) -> Vec<u64> {
    flips
        .into_iter()
        .map(|(c, noise)| {
            let centre = centres[c % centres.len()];
            // Keep at most `spread` of the noise bits.
            let mut mask = 0u64;
            let mut bits = noise;
            for _ in 0..spread {
                if bits == 0 {
                    break;
                }
                let low = bits & bits.wrapping_neg();
                mask |= low;
                bits &= bits - 1;
            }
            centre ^ mask
        })
        .collect()
}

fn check(hashes: Vec<u64>, queries: &[u64], build_radius: u32, radius: u32) {
    let index = HammingIndex::new(hashes.clone(), build_radius);
    for &q in queries {
        let mut brute: Vec<(u32, u32)> = hashes
            .iter()
            .enumerate()
            .filter_map(|(i, &h)| {
                let d = (h ^ q).count_ones();
                (d <= radius).then_some((d, i as u32))
            })
            .collect();
        brute.sort_unstable();
        assert_eq!(
            index.within(q, radius),
            brute,
            "query {q:016x} radius {radius}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_hashes(hashes in prop::collection::vec(any::<u64>(), 0..3000),
                     queries in prop::collection::vec(any::<u64>(), 1..8),
                     build in 0u32..20, radius in 0u32..24) {
        // Also query the stored hashes themselves, slightly perturbed.
        let mut qs = queries.clone();
        qs.extend(hashes.iter().take(4).map(|h| h ^ 0b1011));
        check(hashes, &qs, build, radius);
    }

    #[test]
    fn many_equal_hashes(values in prop::collection::vec(any::<u64>(), 1..4),
                         picks in prop::collection::vec(any::<usize>(), 1..2000),
                         radius in 0u32..16) {
        let hashes: Vec<u64> = picks.iter().map(|p| values[p % values.len()]).collect();
        let qs: Vec<u64> = values.iter().map(|v| v ^ 1).chain(values.iter().copied()).collect();
        check(hashes, &qs, radius, radius);
    }

    #[test]
    fn all_within_a_small_ball(centre in any::<u64>(),
                               flips in prop::collection::vec((0usize..1, any::<u64>()), 1..2000),
                               spread in 0u32..6, radius in 0u32..16, build in 0u32..16) {
        let hashes = clustered(vec![centre], flips, spread);
        check(hashes, &[centre, centre ^ 0xFF, !centre], build, radius);
    }

    #[test]
    fn tight_clusters(centres in prop::collection::vec(any::<u64>(), 1..6),
                      flips in prop::collection::vec((any::<usize>(), any::<u64>()), 1..2000),
                      spread in 0u32..4, radius in 0u32..14) {
        let hashes = clustered(centres.clone(), flips, spread);
        let qs: Vec<u64> = centres.iter().map(|c| c ^ 0x0101).collect();
        check(hashes, &qs, radius, radius);
    }

    /// Candidate search over known sites finds every site within the radius
    /// of any near table.
    #[test]
    fn candidates_cover_near_sites(templates in prop::collection::vec(any::<u64>(), 1..400),
                                   q in any::<u64>(), near in 0usize..400) {
        let sites: Vec<SiteSignals> = templates
            .iter()
            .map(|&t| SiteSignals { template: Some(t), ..SiteSignals::default() })
            .collect();
        let config = SearchConfig::default();
        let index = KnownIndex::new(sites, config.clone());
        // Plant a query near one of the sites.
        let target = templates[near % templates.len()];
        let query = SiteSignals { template: Some(target ^ (q & 0x7)), ..SiteSignals::default() };
        let found: Vec<u32> = index.candidates(&query).iter().map(|c| c.site).collect();
        let mut expected: Vec<(u32, u32)> = templates
            .iter()
            .enumerate()
            .filter_map(|(i, &t)| {
                let d = (t ^ query.template.unwrap()).count_ones();
                (d <= index.radii()[0]).then_some((d, i as u32))
            })
            .collect();
        expected.sort_unstable();
        expected.truncate(config.max_per_table);
        for (_, site) in expected {
            prop_assert!(found.contains(&site), "site {site} missing");
        }
    }
}
