//! The index's laws: a search returns exactly what a brute-force scan
//! returns, for random hashes and for the distributions that break naive
//! indexes (many equal hashes, every hash within a small ball); candidate
//! search over known sites misses no site within a near table's radius; and
//! that radius is the same at every store size (issue 17: a release found
//! in a small store is found in a large one).

use clone_detect::index::{HammingIndex, KnownIndex, SearchConfig, SiteSignals};
use clone_detect::verdict::FusedModel;
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

/// A site with all six near hashes (and nothing exact) from `seed`.
fn site(seed: u64) -> SiteSignals {
    let mut x = seed;
    let mut next = || {
        x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    SiteSignals {
        template: Some(next()),
        root_template: Some(next()),
        text: Some(next()),
        root_text: Some(next()),
        screenshot: Some(next()),
        favicon_phash: Some(next()),
        ..SiteSignals::default()
    }
}

#[test]
fn radius_is_the_same_at_every_store_size() {
    for config in [SearchConfig::default(), FusedModel::shipped().search] {
        let radii = config.radii();
        for n in [1usize, 16, 1000, 5000, 40_000] {
            let sites: Vec<SiteSignals> = (0..n as u64).map(site).collect();
            let index = KnownIndex::new(sites, config.clone());
            assert_eq!(index.radii(), radii, "{n} sites");
        }
    }
    assert_eq!(SearchConfig::default().radii(), [10, 10, 10, 10, 10, 8]);
    assert_eq!(FusedModel::shipped().search.radii(), [6; 6]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    /// In a store large enough that the radius used to shrink (5,000 sites),
    /// candidate search finds exactly what a scan of every site finds: every
    /// site within a near table's radius, with the same template crowd.
    #[test]
    fn candidates_miss_no_site_within_the_radius(seed in any::<u64>(),
                                                 planted in prop::collection::vec(
                                                     (0usize..5000, 0usize..6, any::<u64>()), 1..12),
                                                 query in any::<u64>()) {
        let n = 5000u64;
        let mut sites: Vec<SiteSignals> = (0..n).map(|i| site(seed ^ (i << 20))).collect();
        let q = site(query);
        let config = FusedModel::shipped().search;
        let radius = config.radii()[0];
        // Plant sites within the radius of the query in one table each, at
        // 0..=radius bits (flipping the lowest bits of `noise`).
        for (i, table, noise) in planted {
            let mut mask = 0u64;
            let mut bits = noise;
            for _ in 0..(noise % u64::from(radius + 1)) {
                let low = bits & bits.wrapping_neg();
                mask |= low;
                bits &= bits.wrapping_sub(1);
            }
            let s = &mut sites[i];
            let slot = match table {
                0 => (&mut s.template, q.template),
                1 => (&mut s.root_template, q.root_template),
                2 => (&mut s.text, q.text),
                3 => (&mut s.root_text, q.root_text),
                4 => (&mut s.screenshot, q.screenshot),
                _ => (&mut s.favicon_phash, q.favicon_phash),
            };
            *slot.0 = slot.1.map(|h| h ^ mask);
        }
        let index = KnownIndex::new(sites, config);
        prop_assert_eq!(index.radii(), [radius; 6]);
        prop_assert_eq!(index.candidates(&q), index.scan_candidates(&q));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    /// A value carried by more than `max_postings` sites (a framework's
    /// stylesheet in a large store) proposes the `max_per_table` carriers
    /// nearest the query's template, exactly as a scan ranks them, and every
    /// carrier of a rarer value.
    #[test]
    fn widely_shared_values_propose_their_nearest_carriers(
        seed in any::<u64>(),
        carriers in 300usize..900,
        query in any::<u64>(),
        near in prop::collection::vec((0usize..900, 0u32..12), 0..20),
    ) {
        let common = [7u8; 32];
        let rare = [9u8; 32];
        let mut sites: Vec<SiteSignals> = (0..1000u64)
            .map(|i| {
                let mut s = site(seed ^ (i << 20));
                if (i as usize) < carriers {
                    s.assets = vec![common];
                }
                if i % 97 == 0 {
                    s.assets.push(rare);
                }
                if i % 113 == 5 {
                    s.template = None;
                }
                s
            })
            .collect();
        let mut q = site(query);
        q.assets = vec![common, rare];
        // Some carriers near the query's template, at ties too.
        for (i, flips) in near {
            let t = q.template.unwrap() ^ ((1u64 << flips) - 1);
            sites[i % carriers].template = Some(t);
        }
        let config = FusedModel::shipped().search;
        let index = KnownIndex::new(sites.clone(), config.clone());
        let found = index.candidates(&q);
        prop_assert_eq!(&found, &index.scan_candidates(&q));
        // The nearest carriers by (distance, site), and every rare carrier.
        let mut ranked: Vec<(u32, u32)> = sites[..carriers]
            .iter()
            .enumerate()
            .filter_map(|(i, s)| Some(((s.template? ^ q.template?).count_ones(), i as u32)))
            .collect();
        ranked.sort_unstable();
        let found: Vec<u32> = found.iter().map(|c| c.site).collect();
        for &(_, site) in ranked.iter().take(config.max_per_table) {
            prop_assert!(found.contains(&site), "carrier {} missing", site);
        }
        for site in (0..1000u32).filter(|i| i % 97 == 0) {
            prop_assert!(found.contains(&site), "rare carrier {} missing", site);
        }
    }
}
