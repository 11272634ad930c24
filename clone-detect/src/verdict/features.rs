//! The features of a (query, known site) pair: one similarity in [0, 1] per
//! signal, with values many known sites share discounted by their document
//! frequency.

use crate::index::{asset_hex, Candidate, KnownIndex, SiteSignals};

/// Feature names, in the order of [`Features::values`] and of the model's
/// coefficients.
pub const FEATURE_NAMES: [&str; 12] = [
    "template",
    "template_specific",
    "root_template",
    "text",
    "screenshot",
    "favicon_phash",
    "favicon_mmh3",
    "domhash",
    "html_mmh3",
    "assets",
    "ids",
    "title",
];

/// Number of features.
pub const N_FEATURES: usize = FEATURE_NAMES.len();

/// Hamming distance (of 64) at which a simhash or pHash similarity reaches
/// 0: unrelated 64-bit hashes differ in 32 bits on average.
pub const SIMILARITY_HORIZON: u32 = 32;

/// The distances and shared values behind the features, kept for evidence.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Features {
    /// Feature values, in [`FEATURE_NAMES`] order.
    pub values: [f64; N_FEATURES],
    /// Hamming distances where both sides have the hash: template, root
    /// template, text, screenshot, favicon pHash.
    pub distances: [Option<u32>; 5],
    /// How many known sites have a template this close (0: not counted).
    pub template_crowd: u32,
    /// Exact values both sides share, with their document frequency.
    pub shared: Vec<(String, usize)>,
    /// Known sites in the index (the `N` of document frequencies).
    pub known: usize,
}

/// 1 at distance 0, falling linearly to 0 at [`SIMILARITY_HORIZON`].
pub fn similarity(d: u32) -> f64 {
    f64::from(SIMILARITY_HORIZON.saturating_sub(d)) / f64::from(SIMILARITY_HORIZON)
}

/// Weight of a value that `df` of `n` known sites carry: 1 when only one
/// does, falling with its share: `ln(1 + n/df) / ln(1 + n)`.
pub fn rarity(df: usize, n: usize) -> f64 {
    let (df, n) = (df.max(1) as f64, n.max(1) as f64);
    ((1.0 + n / df).ln() / (1.0 + n).ln()).min(1.0)
}

fn distance(a: Option<u64>, b: Option<u64>) -> Option<u32> {
    Some((a? ^ b?).count_ones())
}

/// Computes the features of `query` against the candidate.
pub fn features(index: &KnownIndex, query: &SiteSignals, candidate: &Candidate) -> Features {
    features_among(index, query, candidate, false)
}

/// [`features`] for a query that is itself in the index (a batch compared
/// with itself): counts, document frequencies and the template crowd leave
/// the query out, so the pair scores as `check` scores the query against a
/// store of all the other sites.
pub fn features_among(
    index: &KnownIndex,
    query: &SiteSignals,
    candidate: &Candidate,
    query_indexed: bool,
) -> Features {
    let known = index.site(candidate.site);
    let own = usize::from(query_indexed);
    let n = index.len() - own;
    // Every value the query carries is counted once for the query itself.
    let df_of = |key: &str, in_query: bool| {
        index
            .document_frequency(key)
            .saturating_sub(if in_query { own } else { 0 })
    };
    let crowd = if query_indexed && candidate.template_crowd > 0 {
        // The query is at distance 0 of itself and precedes everyone.
        candidate.template_crowd - 1
    } else {
        candidate.template_crowd
    };
    let d = [
        distance(query.template, known.template),
        distance(query.root_template, known.root_template),
        distance(query.text, known.text),
        distance(query.screenshot, known.screenshot),
        distance(query.favicon_phash, known.favicon_phash),
    ];
    let sim = |d: Option<u32>| d.map_or(0.0, similarity);
    let mut f = Features {
        distances: d,
        template_crowd: crowd,
        known: n,
        ..Features::default()
    };
    let mut shared_value = |key: String| -> f64 {
        let df = df_of(&key, true);
        let w = rarity(df, n);
        f.shared.push((key, df));
        w
    };
    let favicon = match (query.favicon_mmh3, known.favicon_mmh3) {
        (Some(a), Some(b)) if a == b => shared_value(format!("favicon:{a}")),
        _ => 0.0,
    };
    let domhash = match (&query.domhash, &known.domhash) {
        (Some(a), Some(b)) if a == b => shared_value(format!("domhash:{a}")),
        _ => 0.0,
    };
    let html = match (query.html_mmh3, known.html_mmh3) {
        (Some(a), Some(b)) if a == b => shared_value(format!("html:{a}")),
        _ => 0.0,
    };
    // Assets: weighted Jaccard, each asset weighted by its rarity.
    let (mut both, mut either) = (0.0, 0.0);
    for (key, in_query, in_known) in merge(&query.assets, &known.assets) {
        let key = format!("asset:{}", asset_hex(key));
        let df = df_of(&key, in_query);
        let w = rarity(df, n);
        either += w;
        if in_query && in_known {
            both += w;
            f.shared.push((key.clone(), df));
        }
    }
    let assets = if either > 0.0 { both / either } else { 0.0 };
    // Identifiers: the rarest shared one decides.
    let mut ids: f64 = 0.0;
    for (key, in_query, in_known) in merge(&query.ids, &known.ids) {
        if in_query && in_known {
            let key = format!("id:{key}");
            let df = df_of(&key, true);
            ids = ids.max(rarity(df, n));
            f.shared.push((key, df));
        }
    }
    let title = jaccard(&query.title_words, &known.title_words);
    let specific = match crowd {
        0 => 0.0,
        c => sim(d[0]) / f64::from(c),
    };
    f.values = [
        sim(d[0]),
        specific,
        sim(d[1]),
        sim(d[2]),
        sim(d[3]),
        sim(d[4]),
        favicon,
        domhash,
        html,
        assets,
        ids,
        title,
    ];
    f
}

/// Walks two sorted, distinct lists together: (value, in a, in b).
fn merge<'a, T: Ord>(a: &'a [T], b: &'a [T]) -> Vec<(&'a T, bool, bool)> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x == y => {
                out.push((x, true, true));
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x < y => {
                out.push((x, true, false));
                i += 1;
            }
            (Some(x), None) => {
                out.push((x, true, false));
                i += 1;
            }
            (_, Some(y)) => {
                out.push((y, false, true));
                j += 1;
            }
            (None, None) => break,
        }
    }
    out
}

fn jaccard(a: &[String], b: &[String]) -> f64 {
    let m = merge(a, b);
    if m.is_empty() {
        return 0.0;
    }
    m.iter().filter(|(_, x, y)| *x && *y).count() as f64 / m.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rarity_falls_with_sharing() {
        assert_eq!(rarity(1, 1), 1.0);
        assert_eq!(rarity(1, 1000), 1.0);
        assert!(rarity(10, 1000) < rarity(2, 1000));
        assert!(rarity(1000, 1000) < 0.11);
    }

    #[test]
    fn merge_walks_both() {
        let a = vec!["a".to_string(), "c".to_string()];
        let b = vec!["b".to_string(), "c".to_string()];
        assert_eq!(
            merge(&a, &b),
            vec![
                (&a[0], true, false),
                (&b[0], false, true),
                (&a[1], true, true)
            ]
        );
        assert!((jaccard(&a, &b) - 1.0 / 3.0).abs() < 1e-12);
    }
}
