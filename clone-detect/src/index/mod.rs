//! Candidate search over known sites.
//!
//! Near-neighbour tables for the 64-bit hashes (template and text simhashes
//! of the site and of its root page, screenshot and favicon pHashes; see
//! [`HammingIndex`]) and exact-match tables for the favicon's Shodan hash,
//! domhash, the body hash, asset hashes, operator identifiers and the title
//! without its numbers. A query collects candidates from every table, merged into one
//! list of known sites; the verdict then scores each candidate. Exact tables
//! also give the document frequency of a value (how many known sites share
//! it), which scoring uses to discount what many sites share.

mod hamming;
mod signals;

use std::collections::HashMap;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

pub use hamming::HammingIndex;
pub use signals::{
    asset_hex, domhash_bytes, domhash_hex, page_text_set, SiteSignals, MAX_PAGE_TEXTS,
    MAX_TITLE_BYTES, MAX_TITLE_WORDS, MAX_TITLE_WORD_BYTES, MIN_PAGE_TEXT_WORDS,
};

/// How far each near-neighbour table searches, in bits, and how many
/// candidates a table or a shared value may contribute.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SearchConfig {
    /// Template simhash radius (site and root page). Default 10.
    pub template_radius: u32,
    /// Text simhash radius (site and root page). Default 10.
    pub text_radius: u32,
    /// Screenshot pHash radius. Default 10.
    pub screenshot_radius: u32,
    /// Favicon pHash radius. Default 8.
    pub favicon_radius: u32,
    /// Most candidates one near table contributes (the nearest). Default 64.
    pub max_per_table: usize,
    /// A value shared by more known sites than this (a framework's CSS, a
    /// default favicon) proposes no candidates; it still counts in scoring.
    /// Default 256.
    pub max_postings: usize,
    /// Most expected work of one near-table search, in bucket entries read
    /// (a random probe counts as 32), on
    /// uniform hashes. A table searches at its radius above, or at the
    /// largest smaller radius within this budget: with many known sites the
    /// near tables narrow (to 4 bits at a million sites) and the exact tables
    /// carry more of the candidate search. Default 2048.
    pub max_work: usize,
}

impl Default for SearchConfig {
    fn default() -> Self {
        Self {
            template_radius: 10,
            text_radius: 10,
            screenshot_radius: 10,
            favicon_radius: 8,
            max_per_table: 64,
            max_postings: 256,
            max_work: 2048,
        }
    }
}

impl SearchConfig {
    /// The radius near table `table` searches when it holds `n` hashes: its
    /// configured radius (template, root template, text, root text,
    /// screenshot, favicon, in that order), or the largest smaller one
    /// within [`max_work`](Self::max_work). `None` for a table number
    /// beyond the six.
    ///
    /// ```
    /// use clone_detect::index::SearchConfig;
    ///
    /// let c = SearchConfig::default();
    /// assert_eq!(c.radius_for(0, 100), Some(c.template_radius));
    /// assert!(c.radius_for(0, 1_000_000).unwrap() < c.template_radius);
    /// assert_eq!(c.radius_for(6, 100), None);
    /// ```
    pub fn radius_for(&self, table: usize, n: usize) -> Option<u32> {
        let max = [
            self.template_radius,
            self.template_radius,
            self.text_radius,
            self.text_radius,
            self.screenshot_radius,
            self.favicon_radius,
        ]
        .get(table)
        .copied()?;
        Some(hamming::affordable_radius(n, max, self.max_work as f64))
    }
}

/// A near-neighbour table over the sites that have a value for one signal.
#[derive(Clone, Debug)]
struct NearTable {
    index: HammingIndex,
    /// Site position of each hash in `index`.
    sites: Vec<u32>,
    /// The radius searched, within the work budget.
    radius: u32,
}

impl NearTable {
    fn new(
        values: impl Iterator<Item = (u32, Option<u64>)>,
        table: usize,
        config: &SearchConfig,
    ) -> Self {
        let (sites, hashes): (Vec<u32>, Vec<u64>) =
            values.filter_map(|(i, h)| h.map(|h| (i, h))).unzip();
        let radius = config.radius_for(table, hashes.len()).unwrap_or(0);
        Self {
            index: HammingIndex::new(hashes, radius),
            sites,
            radius,
        }
    }

    fn within(&self, query: Option<u64>, buf: &mut Vec<(u32, u32)>) {
        buf.clear();
        if let Some(q) = query {
            self.index.within_into(q, self.radius, buf);
            for hit in buf.iter_mut() {
                hit.1 = self.sites[hit.1 as usize];
            }
        }
    }

    fn memory_bytes(&self) -> usize {
        self.index.memory_bytes() + self.sites.len() * 4
    }
}

/// What a query found for one known site.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Candidate {
    /// Position of the known site in the index.
    pub site: u32,
    /// How many known sites have a template at least as close to the query
    /// as this one (1 when it is the only one); 0 when beyond the radius.
    pub template_crowd: u32,
}

/// The index over known sites.
#[derive(Clone, Debug)]
pub struct KnownIndex {
    signals: Vec<SiteSignals>,
    template: NearTable,
    root_template: NearTable,
    text: NearTable,
    root_text: NearTable,
    screenshot: NearTable,
    favicon: NearTable,
    exact: ExactTable,
    config: SearchConfig,
}

/// Exact-match values: every (key, site) pair as the 64-bit XXH3 of the key
/// and the site, sorted, so that a key's sites are one run found by binary
/// search. Twelve bytes per pair instead of a string and a list per key (a
/// million sites carry about sixteen million keys); two different keys share
/// a hash with probability about 2^-64 per pair of keys. Each pair is three
/// 32-bit words (the hash's high and low halves, then the site), whose
/// lexicographic order is the order of (hash, site): the pairs are sorted
/// where they were collected, with no second copy.
#[derive(Clone, Debug, Default)]
struct ExactTable {
    pairs: Vec<[u32; 3]>,
}

/// The sites of a run of pairs.
#[derive(Clone, Copy, Debug)]
struct Posting<'a>(&'a [[u32; 3]]);

impl<'a> Posting<'a> {
    fn len(&self) -> usize {
        self.0.len()
    }

    fn sites(&self) -> impl Iterator<Item = u32> + 'a {
        self.0.iter().map(|p| p[2])
    }
}

impl ExactTable {
    fn new(sites: &[SiteSignals]) -> Self {
        let mut pairs: Vec<[u32; 3]> = sites
            .par_iter()
            .enumerate()
            .flat_map_iter(|(i, s)| {
                exact_keys(s).into_iter().map(move |k| {
                    let h = key_hash(&k);
                    [(h >> 32) as u32, h as u32, i as u32]
                })
            })
            .collect();
        pairs.par_sort_unstable();
        pairs.dedup();
        pairs.shrink_to_fit();
        Self { pairs }
    }

    fn hash(&self, i: usize) -> u64 {
        let p = self.pairs[i];
        (u64::from(p[0]) << 32) | u64::from(p[1])
    }

    /// The sites carrying `key`, in site order.
    fn posting(&self, key: &str) -> Posting<'_> {
        let h = key_hash(key);
        let n = self.pairs.len();
        if n == 0 {
            return Posting(&[]);
        }
        // The hashes are uniform: start where `h` would sit, widen the
        // bracket by doubling until it holds `h`'s run, then search it.
        let guess = ((u128::from(h) * n as u128) >> 64) as usize;
        let (mut lo, mut hi) = (guess, guess + 1);
        let mut step = 1;
        while lo > 0 && self.hash(lo) >= h {
            lo = lo.saturating_sub(step);
            step *= 2;
        }
        step = 1;
        while hi < n && self.hash(hi - 1) <= h {
            hi = (hi + step).min(n);
            step *= 2;
        }
        let window = &self.pairs[lo..hi];
        let of = |p: &[u32; 3]| (u64::from(p[0]) << 32) | u64::from(p[1]);
        let start = window.partition_point(|p| of(p) < h);
        let end = window.partition_point(|p| of(p) <= h);
        Posting(&window[start..end])
    }

    fn memory_bytes(&self) -> usize {
        self.pairs.len() * 12
    }
}

/// The 64-bit hash under which the index counts an exact-match key (XXH3).
pub fn key_hash(key: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(key.as_bytes())
}

/// The exact-match keys of a site, each prefixed with its table:
/// `favicon:<mmh3>`, `domhash:<hex>`, `html:<mmh3>`, `asset:<sha256>`,
/// `id:<kind>:<value>`, `title:<words>` (the title without its numbers) and
/// `word:<word>` for each title word that can name a product
/// ([`is_name_word`]), and `vocab:<hash>` for the [`VOCABULARY_KEYS`]
/// smallest hashes of the vocabulary sketch (a uniform sample of the site's
/// words: a word many sites show, like a theme's, proposes nobody, and a
/// rare one, like a product's name, proposes the few sites that show it,
/// whatever their template). Each proposes the sites that share it as candidates
/// (unless more than [`SearchConfig::max_postings`] do) and counts them for
/// scoring (its document frequency).
pub fn exact_keys(s: &SiteSignals) -> Vec<String> {
    let mut keys = Vec::new();
    if let Some(h) = s.favicon_mmh3 {
        keys.push(format!("favicon:{h}"));
    }
    if let Some(d) = &s.domhash {
        keys.push(format!("domhash:{}", domhash_hex(d)));
    }
    if let Some(h) = s.html_mmh3 {
        keys.push(format!("html:{h}"));
    }
    keys.extend(s.assets.iter().map(|a| format!("asset:{}", asset_hex(a))));
    keys.extend(s.ids.iter().map(|i| format!("id:{i}")));
    let title = title_key(s);
    if !title.is_empty() {
        keys.push(format!("title:{title}"));
    }
    keys.extend(
        s.title_words
            .iter()
            .filter(|w| is_name_word(w))
            .map(|w| format!("word:{w}")),
    );
    keys.extend(
        s.vocabulary
            .iter()
            .take(VOCABULARY_KEYS)
            .map(|h| format!("vocab:{h:08x}")),
    );
    keys
}

/// How many of a site's smallest vocabulary hashes are exact-match keys.
/// Two sites whose words overlap by a Jaccard of `j` share at least one
/// such key with a probability that rises with `j` (above 0.9 at 0.3);
/// each key costs twelve bytes per site in the table.
pub const VOCABULARY_KEYS: usize = 8;

/// Whether a title word can name a product: two characters or more, no
/// digit of any script (version numbers change between releases), and not
/// one of English's [`FUNCTION_WORDS`]. The index counts the known sites
/// carrying each such word as `word:<word>`.
///
/// Rarity in the store would tell a function word from a name in a large
/// store, not in a small one: among a few dozen documentation sites, whose
/// titles read "Foo 2.1 documentation", "the" is as rare as a product's
/// name, and two sites whose titles both begin with "The" looked as if
/// they shared a name.
pub fn is_name_word(word: &str) -> bool {
    word.chars().count() >= 2 && !has_digit(word) && !FUNCTION_WORDS.contains(&word)
}

/// English function words (articles, pronouns, prepositions, conjunctions,
/// auxiliaries), lower case and sorted: they join the words of a title and
/// never name anything. A fixed list, not learnt from any corpus.
pub const FUNCTION_WORDS: &[&str] = &[
    "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "he", "her",
    "his", "if", "in", "into", "is", "it", "its", "me", "my", "no", "nor", "not", "of", "on", "or",
    "our", "she", "so", "than", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "those", "to", "up", "us", "was", "we", "were", "what", "when", "where", "which",
    "who", "why", "will", "with", "you", "your",
];

/// Whether a word has a digit of any script (a version number, a date).
fn has_digit(word: &str) -> bool {
    word.chars().any(char::is_numeric)
}

/// The title's words without numbers (version strings change between
/// releases), space separated, in sorted order.
fn title_key(s: &SiteSignals) -> String {
    s.title_words
        .iter()
        .filter(|w| !has_digit(w))
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ")
}

impl KnownIndex {
    /// Indexes known sites; position `i` is `sites[i]`.
    pub fn new(sites: Vec<SiteSignals>, config: SearchConfig) -> Self {
        type Hash = fn(&SiteSignals) -> Option<u64>;
        // In the order of `SearchConfig::radius_for`.
        let specs: [Hash; 6] = [
            |s| s.template,
            |s| s.root_template,
            |s| s.text,
            |s| s.root_text,
            |s| s.screenshot,
            |s| s.favicon_phash,
        ];
        // The tables are independent: built in parallel on the caller's pool.
        let (tables, exact) = rayon::join(
            || {
                specs
                    .par_iter()
                    .enumerate()
                    .map(|(table, hash)| {
                        NearTable::new(
                            sites.iter().enumerate().map(|(i, s)| (i as u32, hash(s))),
                            table,
                            &config,
                        )
                    })
                    .collect::<Vec<_>>()
            },
            || ExactTable::new(&sites),
        );
        let [template, root_template, text, root_text, screenshot, favicon]: [NearTable; 6] =
            tables.try_into().expect("six tables");
        Self {
            template,
            root_template,
            text,
            root_text,
            screenshot,
            favicon,
            exact,
            signals: sites,
            config,
        }
    }

    /// How many known sites are indexed.
    pub fn len(&self) -> usize {
        self.signals.len()
    }

    /// Whether no site is indexed.
    pub fn is_empty(&self) -> bool {
        self.signals.is_empty()
    }

    /// The signals of the site at `pos`.
    pub fn site(&self, pos: u32) -> &SiteSignals {
        &self.signals[pos as usize]
    }

    /// The search configuration.
    pub fn config(&self) -> &SearchConfig {
        &self.config
    }

    /// The radius each near table searches (the configured one, or less
    /// within the work budget): template, root template, text, root text,
    /// screenshot, favicon.
    pub fn radii(&self) -> [u32; 6] {
        [
            self.template.radius,
            self.root_template.radius,
            self.text.radius,
            self.root_text.radius,
            self.screenshot.radius,
            self.favicon.radius,
        ]
    }

    /// How many known sites carry an exact-match value (`favicon:<mmh3>`,
    /// `domhash:<hex>`, `html:<mmh3>`, `asset:<sha256>`, `id:<kind>:<value>`,
    /// `title:<words>`, `word:<word>`, `vocab:<hash>`; see [`exact_keys`]).
    pub fn document_frequency(&self, key: &str) -> usize {
        self.exact.posting(key).len()
    }

    /// Approximate bytes held by the tables (not counting the signals).
    pub fn memory_bytes(&self) -> usize {
        let exact = self.exact.memory_bytes();
        self.template.memory_bytes()
            + self.root_template.memory_bytes()
            + self.text.memory_bytes()
            + self.root_text.memory_bytes()
            + self.screenshot.memory_bytes()
            + self.favicon.memory_bytes()
            + exact
    }

    /// The candidates for a query, merged over all tables, by site position.
    pub fn candidates(&self, query: &SiteSignals) -> Vec<Candidate> {
        let c = &self.config;
        let mut found: Vec<u32> = Vec::new();
        let mut crowd: HashMap<u32, u32> = HashMap::new();
        let mut buf = Vec::new();
        self.template.within(query.template, &mut buf);
        // Sites at distance d are preceded by every site at distance <= d.
        let mut i = 0;
        while i < buf.len() {
            let d = buf[i].0;
            let end = i + buf[i..].iter().take_while(|h| h.0 == d).count();
            for hit in &buf[i..end] {
                crowd.insert(hit.1, end as u32);
            }
            i = end;
        }
        found.extend(buf.iter().take(c.max_per_table).map(|h| h.1));
        for (table, query) in [
            (&self.root_template, query.root_template),
            (&self.text, query.text),
            (&self.root_text, query.root_text),
            (&self.screenshot, query.screenshot),
            (&self.favicon, query.favicon_phash),
        ] {
            table.within(query, &mut buf);
            found.extend(buf.iter().take(c.max_per_table).map(|h| h.1));
        }
        for key in exact_keys(query) {
            let posting = self.exact.posting(&key);
            if posting.len() <= c.max_postings {
                found.extend(posting.sites());
            }
        }
        found.sort_unstable();
        found.dedup();
        found
            .into_iter()
            .map(|site| Candidate {
                site,
                template_crowd: crowd.get(&site).copied().unwrap_or(0),
            })
            .collect()
    }

    /// The candidates [`candidates`](Self::candidates) finds, computed by a
    /// linear scan of every site's hashes instead of the near tables, and
    /// without the per-table cap: every site within a table's radius, or
    /// sharing an exact value carried by at most `max_postings` sites. The
    /// reference for tests and benchmarks of the index and of clustering.
    pub fn scan_candidates(&self, query: &SiteSignals) -> Vec<Candidate> {
        let r = self.radii();
        let within = |a: Option<u64>, b: Option<u64>, radius: u32| match (a, b) {
            (Some(a), Some(b)) => ((a ^ b).count_ones() <= radius).then_some((a ^ b).count_ones()),
            _ => None,
        };
        let mut found = vec![false; self.signals.len()];
        let mut template_hits: Vec<(u32, u32)> = Vec::new();
        for (pos, s) in self.signals.iter().enumerate() {
            if let Some(d) = within(query.template, s.template, r[0]) {
                template_hits.push((d, pos as u32));
                found[pos] = true;
            }
            found[pos] |= within(query.root_template, s.root_template, r[1]).is_some()
                || within(query.text, s.text, r[2]).is_some()
                || within(query.root_text, s.root_text, r[3]).is_some()
                || within(query.screenshot, s.screenshot, r[4]).is_some()
                || within(query.favicon_phash, s.favicon_phash, r[5]).is_some();
        }
        for key in exact_keys(query) {
            let posting = self.exact.posting(&key);
            if posting.len() <= self.config.max_postings {
                for p in posting.sites() {
                    found[p as usize] = true;
                }
            }
        }
        template_hits.sort_unstable();
        let mut crowd: HashMap<u32, u32> = HashMap::new();
        let mut i = 0;
        while i < template_hits.len() {
            let d = template_hits[i].0;
            let end = i + template_hits[i..].iter().take_while(|h| h.0 == d).count();
            for hit in &template_hits[i..end] {
                crowd.insert(hit.1, end as u32);
            }
            i = end;
        }
        found
            .iter()
            .enumerate()
            .filter(|(_, &f)| f)
            .map(|(site, _)| Candidate {
                site: site as u32,
                template_crowd: crowd.get(&(site as u32)).copied().unwrap_or(0),
            })
            .collect()
    }

    /// Every known site as a candidate, with the same template crowding as
    /// [`candidates`](Self::candidates): the exhaustive reference used by
    /// evaluation and tests.
    pub fn all_candidates(&self, query: &SiteSignals) -> Vec<Candidate> {
        let near = self.candidates(query);
        let crowd: HashMap<u32, u32> = near.iter().map(|c| (c.site, c.template_crowd)).collect();
        (0..self.signals.len() as u32)
            .map(|site| Candidate {
                site,
                template_crowd: crowd.get(&site).copied().unwrap_or(0),
            })
            .collect()
    }
}

#[cfg(test)]
mod exact_table_tests {
    use super::*;

    #[test]
    fn postings_are_found_wherever_the_hash_falls() {
        // Titles of many sites, some shared: every key's posting must be
        // exactly the sites that carry it.
        // Title keys drop words with digits: spell numbers in letters.
        let word = |mut k: u32| {
            let mut w = String::from("w");
            loop {
                w.push(char::from(b'a' + (k % 26) as u8));
                k /= 26;
                if k == 0 {
                    break w;
                }
            }
        };
        let sites: Vec<SiteSignals> = (0..5000u32)
            .map(|i| SiteSignals {
                title_words: vec![word(i % 1700)],
                ..SiteSignals::default()
            })
            .collect();
        let table = ExactTable::new(&sites);
        for k in 0..1800u32 {
            let expected: Vec<u32> = (0..5000u32).filter(|i| i % 1700 == k).collect();
            let found: Vec<u32> = table
                .posting(&format!("title:{}", word(k)))
                .sites()
                .collect();
            assert_eq!(found, expected);
        }
        assert_eq!(ExactTable::default().posting("title:x").len(), 0);
    }
}
