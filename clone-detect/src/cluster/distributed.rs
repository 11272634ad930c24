//! Clustering cut into steps that a distributed engine runs on parts of the
//! data, with shuffles in between: Apache Spark in `spark/` of the
//! repository, which drives these steps through `clone-detect spark …`.
//!
//! [`cluster_signals`](super::cluster_signals) holds every site in one index.
//! Here each step needs only a part of the data, and the engine brings the
//! parts together by key (grouping, joining, counting). Every step is
//! deterministic, and the result is exactly the clustering that
//! [`cluster_signals`](super::cluster_signals) gives on the same sites
//! (tested on every run, and shown by [`cluster_in_steps`]):
//!
//! 1. **Sites.** [`SiteRecord::of`] (or [`SiteRecord::from_signals`]): per
//!    site, its signals, an [`order_key`], its six near-neighbour hashes and
//!    the 64-bit hashes of its exact-match values ([`exact_key_hashes`]).
//! 2. **Order and counts** (engine). Sort by source, then order key, and
//!    number the sites in that order with any increasing numbers ([`Pos`]):
//!    that is the canonical order of [`cluster`](super::cluster). Count the
//!    sites, the sites in each near table, and the sites carrying each key
//!    (its document frequency).
//! 3. **Plan.** [`Plan::new`] turns the counts into each near table's
//!    search radius, as the index computes it, and cuts each table's 64 bits
//!    into radius + 1 blocks ([`BlockSpec`]): two hashes within the radius
//!    agree exactly on at least one block (pigeonhole), so grouping sites by
//!    (table, block, block value) finds every near pair.
//! 4. **Pairs.** Per group, [`block_hits`] keeps the pairs within the radius
//!    (each pair once, in the first block where it agrees); per key carried
//!    by at most [`SearchConfig::max_postings`] sites, [`posting_hits`] pairs
//!    its sites.
//! 5. **Candidates.** Per site, [`candidates`] applies the index's caps to
//!    its hits (the nearest [`SearchConfig::max_per_table`] per table, the
//!    site itself counted as the index counts it) and the template crowd.
//! 6. **Scores.** Per candidate pair, [`score_pair`] with the two sites and
//!    the document frequencies of their keys ([`RatedSite`]): the fused model
//!    of `check`, with the counts of the whole batch.
//! 7. **Links and components** (engine). A pair's link is its higher
//!    direction ([`PairLink`]); components of the links at the merging bar
//!    (the smallest position of each is its root).
//! 8. **Clusters.** Per component, [`link_component`]: average link, members,
//!    cohesion, strongest links with their evidence.
//! 9. **Result.** [`assemble`] orders clusters and singletons as
//!    [`cluster_signals`](super::cluster_signals) does.
//!
//! Steps 3 to 6 and 8 reproduce parts of the index, of the verdict's
//! features and of the single-machine clustering that those modules keep
//! private; the tests at the bottom of this file compare every step with
//! the library's own answer ([`KnownIndex`](crate::index::KnownIndex)'s
//! radii, document frequencies and candidates, [`Matcher::score_among`],
//! and whole clusterings).
//!
//! ```
//! use clone_detect::cluster::distributed::cluster_in_steps;
//! use clone_detect::cluster::{cluster_signals, ClusterConfig};
//! use clone_detect::index::SiteSignals;
//!
//! let site = |template: u64, title: &str| SiteSignals {
//!     template: Some(template),
//!     root_template: Some(template),
//!     title_words: vec![title.to_string()],
//!     ..SiteSignals::default()
//! };
//! let items = vec![
//!     ("shop.example".to_string(), site(0xDEAD_BEEF_0000_FFFF, "acme")),
//!     ("shop-mirror.example".to_string(), site(0xDEAD_BEEF_0000_FFF0, "acme")),
//!     ("weather.example".to_string(), site(0x1234_5678_9ABC_DEF0, "weather")),
//! ];
//! let config = ClusterConfig::default();
//! let in_steps = cluster_in_steps(items.clone(), &config)?;
//! let at_once = cluster_signals(items, &config);
//! assert_eq!(serde_json::to_string(&in_steps).unwrap(),
//!            serde_json::to_string(&at_once).unwrap());
//! # Ok::<(), clone_detect::Error>(())
//! ```

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::{linkage, Cluster, ClusterConfig, Clustering, Link, Member};
use crate::index::{asset_hex, SearchConfig, SiteSignals};
use crate::verdict::{Features, FusedModel, KnownRef, Matcher, Scored};
use crate::{Error, Result, SiteFingerprint};

/// A site's place in the canonical order: any numbers that increase along
/// it (they need not be consecutive).
pub type Pos = u64;

/// The near-neighbour tables, in the order of
/// [`KnownIndex::radii`](crate::index::KnownIndex::radii), of
/// [`SiteRecord::near`] and of [`Plan::tables`].
pub const NEAR_TABLES: [&str; 6] = [
    "template",
    "root_template",
    "text",
    "root_text",
    "screenshot",
    "favicon",
];

/// The table number of [`Hit`]s from shared exact-match values.
pub const EXACT_TABLE: u8 = 6;

fn invalid(what: impl std::fmt::Display) -> Error {
    Error::Config(format!("distributed clustering: {what}"))
}

// ---------------------------------------------------------------------------
// 1. Sites
// ---------------------------------------------------------------------------

/// [`SiteSignals`] as JSON: the same fields, asset hashes as hex, absent and
/// empty values left out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignalsRecord {
    /// [`SiteSignals::template`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<u64>,
    /// [`SiteSignals::root_template`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub root_template: Option<u64>,
    /// [`SiteSignals::text`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<u64>,
    /// [`SiteSignals::root_text`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub root_text: Option<u64>,
    /// [`SiteSignals::screenshot`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub screenshot: Option<u64>,
    /// [`SiteSignals::screenshot_ahash`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub screenshot_ahash: Option<u64>,
    /// [`SiteSignals::favicon_phash`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub favicon_phash: Option<u64>,
    /// [`SiteSignals::favicon_mmh3`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub favicon_mmh3: Option<i32>,
    /// [`SiteSignals::domhash`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domhash: Option<String>,
    /// [`SiteSignals::html_mmh3`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_mmh3: Option<i32>,
    /// [`SiteSignals::assets`], each as 64 lower-case hex digits.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assets: Vec<String>,
    /// [`SiteSignals::ids`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ids: Vec<String>,
    /// [`SiteSignals::title_words`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub title_words: Vec<String>,
    /// [`SiteSignals::vocabulary`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vocabulary: Vec<u32>,
    /// [`SiteSignals::page_texts`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub page_texts: Vec<u64>,
}

impl From<&SiteSignals> for SignalsRecord {
    fn from(s: &SiteSignals) -> Self {
        Self {
            template: s.template,
            root_template: s.root_template,
            text: s.text,
            root_text: s.root_text,
            screenshot: s.screenshot,
            screenshot_ahash: s.screenshot_ahash,
            favicon_phash: s.favicon_phash,
            favicon_mmh3: s.favicon_mmh3,
            domhash: s.domhash.as_ref().map(crate::index::domhash_hex),
            html_mmh3: s.html_mmh3,
            assets: s.assets.iter().map(asset_hex).collect(),
            ids: s.ids.clone(),
            title_words: s.title_words.clone(),
            vocabulary: s.vocabulary.clone(),
            page_texts: s.page_texts.clone(),
        }
    }
}

impl SignalsRecord {
    /// The signals back.
    ///
    /// # Errors
    /// [`Error::Config`] when an asset is not 64 hex digits.
    pub fn signals(&self) -> Result<SiteSignals> {
        let assets = self
            .assets
            .iter()
            .map(|hex| {
                let mut out = [0u8; 32];
                let ok = hex.len() == 64
                    && hex.is_ascii()
                    && out.iter_mut().enumerate().all(|(i, b)| {
                        u8::from_str_radix(&hex[2 * i..2 * i + 2], 16)
                            .map(|v| *b = v)
                            .is_ok()
                    });
                ok.then_some(out)
                    .ok_or_else(|| invalid(format!("asset {hex:?} is not 64 hex digits")))
            })
            .collect::<Result<_>>()?;
        Ok(SiteSignals {
            template: self.template,
            root_template: self.root_template,
            text: self.text,
            root_text: self.root_text,
            screenshot: self.screenshot,
            screenshot_ahash: self.screenshot_ahash,
            favicon_phash: self.favicon_phash,
            favicon_mmh3: self.favicon_mmh3,
            domhash: self.domhash.as_deref().map(crate::index::domhash_bytes),
            html_mmh3: self.html_mmh3,
            assets,
            ids: self.ids.clone(),
            title_words: self.title_words.clone(),
            vocabulary: crate::signal::vocabulary::informative(&self.vocabulary),
            page_texts: crate::index::page_text_set(&self.page_texts),
        })
    }
}

/// What the engine needs of one site (step 1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteRecord {
    /// Its source.
    pub source: String,
    /// [`order_key`] of its signals: sorted by source, then by this key,
    /// sites are in the canonical order.
    pub order: String,
    /// Its signals.
    pub signals: SignalsRecord,
    /// Its hash in each near table ([`NEAR_TABLES`]), the 64 bits read as a
    /// signed integer (Spark's `long`); `None` where it has none.
    pub near: [Option<i64>; 6],
    /// [`exact_key_hashes`], read as signed integers.
    pub keys: Vec<i64>,
}

impl SiteRecord {
    /// The record of a fingerprint.
    ///
    /// # Errors
    /// [`Error::SpecMismatch`] or [`Error::SchemaVersion`] for a fingerprint
    /// this build cannot compare, as [`cluster`](super::cluster) refuses it.
    pub fn of(fp: &SiteFingerprint) -> Result<Self> {
        let (source, signals) = super::item(fp)?;
        Ok(Self::from_signals(source, &signals))
    }

    /// The record of already extracted signals.
    pub fn from_signals(source: String, s: &SiteSignals) -> Self {
        Self {
            order: order_key(s),
            signals: SignalsRecord::from(s),
            near: near_hashes(s).map(|h| h.map(|h| h as i64)),
            keys: exact_key_hashes(s).into_iter().map(|k| k as i64).collect(),
            source,
        }
    }
}

/// The six near-table hashes of a site, in [`NEAR_TABLES`] order.
pub fn near_hashes(s: &SiteSignals) -> [Option<u64>; 6] {
    [
        s.template,
        s.root_template,
        s.text,
        s.root_text,
        s.screenshot,
        s.favicon_phash,
    ]
}

/// A key whose byte order (and so the order of its lower-case hex) is the
/// order of [`SiteSignals`] (`Ord`), which breaks ties between sites of one
/// source in the canonical order. Fixed-width integers big-endian (signed
/// ones with the sign bit flipped), strings with their zero bytes escaped
/// and a terminator, lists element by element with a marker before each.
///
/// ```
/// use clone_detect::cluster::distributed::order_key;
/// use clone_detect::index::SiteSignals;
///
/// let a = SiteSignals { template: Some(1), title_words: vec!["b".into()], ..SiteSignals::default() };
/// let b = SiteSignals { template: Some(1), title_words: vec!["b".into(), "c".into()], ..SiteSignals::default() };
/// assert_eq!(order_key(&a).cmp(&order_key(&b)), a.cmp(&b));
/// ```
pub fn order_key(s: &SiteSignals) -> String {
    fn hash(out: &mut Vec<u8>, v: Option<u64>) {
        match v {
            None => out.push(0),
            Some(v) => {
                out.push(1);
                out.extend(v.to_be_bytes());
            }
        }
    }
    fn int(out: &mut Vec<u8>, v: Option<i32>) {
        match v {
            None => out.push(0),
            Some(v) => {
                out.push(1);
                out.extend(((v as u32) ^ 0x8000_0000).to_be_bytes());
            }
        }
    }
    fn text(out: &mut Vec<u8>, s: &str) {
        for &b in s.as_bytes() {
            if b == 0 {
                out.extend([0, 0xFF]);
            } else {
                out.push(b);
            }
        }
        out.extend([0, 0]);
    }
    // Every field, in declaration order (the derived order): a new field
    // does not compile until it is placed here.
    let SiteSignals {
        template,
        root_template,
        text: text_hash,
        root_text,
        screenshot,
        screenshot_ahash,
        favicon_phash,
        favicon_mmh3,
        domhash,
        html_mmh3,
        assets,
        ids,
        title_words,
        vocabulary,
        page_texts,
    } = s;
    let mut out = Vec::with_capacity(256);
    for &h in [
        template,
        root_template,
        text_hash,
        root_text,
        screenshot,
        screenshot_ahash,
        favicon_phash,
    ] {
        hash(&mut out, h);
    }
    int(&mut out, *favicon_mmh3);
    match domhash {
        None => out.push(0),
        Some(d) => {
            out.push(1);
            out.extend(d);
        }
    }
    int(&mut out, *html_mmh3);
    for a in assets {
        out.push(1);
        out.extend(a);
    }
    out.push(0);
    for list in [ids, title_words] {
        for v in list {
            out.push(1);
            text(&mut out, v);
        }
        out.push(0);
    }
    for h in vocabulary {
        out.push(1);
        out.extend(h.to_be_bytes());
    }
    out.push(0);
    for h in page_texts {
        out.push(1);
        out.extend(h.to_be_bytes());
    }
    out.push(0);
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut hex = String::with_capacity(out.len() * 2);
    for b in out {
        hex.push(char::from(DIGITS[usize::from(b >> 4)]));
        hex.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    hex
}

/// The exact-match values of a site as the index keys them: the index's
/// own [`exact_keys`].
pub use crate::index::exact_keys;

/// The 64-bit hash under which the index counts an exact-match key: the
/// index's own [`key_hash`].
pub use crate::index::key_hash;

/// The hashes of a site's [`exact_keys`], sorted, distinct: the index
/// counts a site once per hash, and a key's document frequency is the
/// number of sites carrying its hash.
pub fn exact_key_hashes(s: &SiteSignals) -> Vec<u64> {
    let mut keys: Vec<u64> = exact_keys(s).iter().map(|k| key_hash(k)).collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

// ---------------------------------------------------------------------------
// 3. Plan
// ---------------------------------------------------------------------------

/// One block of a near table's hashes: `(hash >> shift) & mask`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlockSpec {
    /// Bits below the block.
    pub shift: u32,
    /// Bits in the block.
    pub bits: u32,
    /// `2^bits - 1` as a signed integer (-1 for 64 bits): Spark computes the
    /// block value of a `long` hash as `shiftrightunsigned(h, shift) & mask`.
    pub mask: i64,
}

impl BlockSpec {
    /// The block's value in `hash`.
    pub fn value(&self, hash: u64) -> u64 {
        (hash >> self.shift) & (self.mask as u64)
    }
}

/// One near table of the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TablePlan {
    /// Its name ([`NEAR_TABLES`]).
    pub name: String,
    /// Sites with a hash in this table.
    pub sites: u64,
    /// The radius searched, as the index computes it for that many sites
    /// ([`SearchConfig::radius_for`]).
    pub radius: u32,
    /// `radius + 1` blocks covering the 64 bits.
    pub blocks: Vec<BlockSpec>,
}

/// Everything the steps after the counts need: the model, the counts, the
/// radii and blocks. Serialised as JSON, it is what `clone-detect spark`
/// takes as `--plan`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The fused model.
    pub model: FusedModel,
    /// The least average link at which clusters merge.
    pub min_average: f64,
    /// Strongest links per cluster reported with evidence.
    pub evidence_links: usize,
    /// Sites clustered.
    pub sites: u64,
    /// The six near tables, in [`NEAR_TABLES`] order.
    pub tables: Vec<TablePlan>,
}

/// `radius + 1` contiguous blocks spreading the 64 bits evenly (at most 64
/// blocks of one bit).
fn blocks_for(radius: u32) -> Vec<BlockSpec> {
    let m = (radius + 1).min(64);
    let mut shift = 0;
    (0..m)
        .map(|i| {
            let bits = 64 / m + u32::from(i < 64 % m);
            let mask = if bits == 64 {
                -1
            } else {
                ((1u64 << bits) - 1) as i64
            };
            let spec = BlockSpec { shift, bits, mask };
            shift += bits;
            spec
        })
        .collect()
}

impl Plan {
    /// The plan for `sites` sites, of which `table_sites[t]` have a hash in
    /// near table `t`.
    ///
    /// # Errors
    /// [`Error::Config`] for an exhaustive configuration (the reference
    /// scan is not distributed) or more sites in a table than in the batch.
    pub fn new(config: &ClusterConfig, sites: u64, table_sites: [u64; 6]) -> Result<Self> {
        if config.exhaustive {
            return Err(invalid("the exhaustive reference is not distributed"));
        }
        if table_sites.iter().any(|&n| n > sites) {
            return Err(invalid("a table has more sites than the batch"));
        }
        let search = &config.model.search;
        let tables = (0..6)
            .map(|t| {
                let radius = search.radius_for(t, table_sites[t] as usize).unwrap_or(0);
                TablePlan {
                    name: NEAR_TABLES[t].to_string(),
                    sites: table_sites[t],
                    radius,
                    blocks: blocks_for(radius),
                }
            })
            .collect();
        Ok(Self {
            min_average: config.min_average.unwrap_or(config.model.threshold),
            evidence_links: config.evidence_links,
            model: config.model.clone(),
            sites,
            tables,
        })
    }

    /// The search configuration of the model.
    pub fn search(&self) -> &SearchConfig {
        &self.model.search
    }

    /// Checks a plan read from elsewhere.
    ///
    /// # Errors
    /// [`Error::Model`] for a model this build cannot use, [`Error::Config`]
    /// for tables that are not the six of this build with blocks covering
    /// their 64 bits, or whose radius is not the index's for their size.
    pub fn check(&self) -> Result<()> {
        self.model.check()?;
        let ok = self.tables.len() == 6
            && self.tables.iter().zip(NEAR_TABLES).all(|(t, name)| {
                t.name == name && t.blocks == blocks_for(t.radius) && t.sites <= self.sites
            })
            && self
                .tables
                .iter()
                .enumerate()
                .all(|(i, t)| self.search().radius_for(i, t.sites as usize) == Some(t.radius));
        if ok {
            Ok(())
        } else {
            Err(invalid("the plan's tables are not this build's"))
        }
    }
}

// ---------------------------------------------------------------------------
// 4. Pairs
// ---------------------------------------------------------------------------

/// A site `k` that a search for site `q` finds: in near table `t` at
/// Hamming distance `d`, or ([`EXACT_TABLE`]) through a shared exact value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hit {
    /// The site searched for.
    pub q: Pos,
    /// The site found.
    pub k: Pos,
    /// The table.
    pub t: u8,
    /// The distance (0 for exact values).
    pub d: u32,
}

/// The hits among sites whose hashes in near table `table` have the same
/// value in block `block`: every pair within the table's radius whose
/// hashes agree on no earlier block, in both directions (so that over all
/// blocks each pair within the radius is found once).
///
/// ```
/// use clone_detect::cluster::distributed::{block_hits, Plan};
/// use clone_detect::cluster::ClusterConfig;
///
/// // Two sites, both with a template hash.
/// let plan = Plan::new(&ClusterConfig::default(), 2, [2, 0, 0, 0, 0, 0])?;
/// let (a, b) = (0xFFFF_0000_0000_0000_u64, 0xFFFF_0000_0000_0007_u64);
/// // 3 bits apart: they agree on some block, and are found in its group.
/// let tables = &plan.tables[0];
/// let block = tables.blocks.iter().position(|s| s.value(a) == s.value(b)).unwrap();
/// let hits = block_hits(&plan, 0, block, &[(10, a), (20, b)])?;
/// assert_eq!(hits.len(), 2); // both directions
/// assert!(hits.iter().all(|h| h.d == 3));
/// # Ok::<(), clone_detect::Error>(())
/// ```
///
/// # Errors
/// [`Error::Config`] for a table or block the plan does not have, or sites
/// whose block values differ.
pub fn block_hits(
    plan: &Plan,
    table: usize,
    block: usize,
    members: &[(Pos, u64)],
) -> Result<Vec<Hit>> {
    let spec = plan
        .tables
        .get(table)
        .ok_or_else(|| invalid(format!("no near table {table}")))?;
    let this = spec
        .blocks
        .get(block)
        .ok_or_else(|| invalid(format!("table {table} has no block {block}")))?;
    let earlier = &spec.blocks[..block];
    if let Some(&(_, first)) = members.first() {
        if members
            .iter()
            .any(|&(_, h)| this.value(h) != this.value(first))
        {
            return Err(invalid("a block group mixes block values"));
        }
    }
    let mut hits = Vec::new();
    for (i, &(p, hp)) in members.iter().enumerate() {
        for &(k, hk) in &members[i + 1..] {
            let d = (hp ^ hk).count_ones();
            if d <= spec.radius && p != k && earlier.iter().all(|b| b.value(hp) != b.value(hk)) {
                hits.push(Hit {
                    q: p,
                    k,
                    t: table as u8,
                    d,
                });
                hits.push(Hit {
                    q: k,
                    k: p,
                    t: table as u8,
                    d,
                });
            }
        }
    }
    Ok(hits)
}

/// The hits among the sites carrying one exact-match key: every ordered
/// pair, or none when more than [`SearchConfig::max_postings`] sites carry
/// it (such a value proposes no candidates; it still counts in scores).
pub fn posting_hits(plan: &Plan, members: &[Pos]) -> Vec<Hit> {
    let mut sites = members.to_vec();
    sites.sort_unstable();
    sites.dedup();
    if sites.len() > plan.search().max_postings {
        return Vec::new();
    }
    let mut hits = Vec::with_capacity(sites.len() * sites.len().saturating_sub(1));
    for &q in &sites {
        for &k in &sites {
            if q != k {
                hits.push(Hit {
                    q,
                    k,
                    t: EXACT_TABLE,
                    d: 0,
                });
            }
        }
    }
    hits
}

// ---------------------------------------------------------------------------
// 5. Candidates
// ---------------------------------------------------------------------------

/// A pair to score: site `k` is a candidate of site `q`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Candidate {
    /// The site searched for.
    pub q: Pos,
    /// Its candidate.
    pub k: Pos,
    /// How many sites have a template at least as close to `q` as `k`,
    /// `q` itself included, as the index counts it (0: beyond the radius).
    pub crowd: u32,
}

/// The candidates of site `q` from all its hits (`hits[i].q == q`), as the
/// index proposes them: per near table the nearest
/// [`SearchConfig::max_per_table`] by (distance, position), `q` itself
/// among them in every table where it has a hash (`near_tables[t]`), plus
/// the sites of its exact values; `q` left out; by position.
///
/// # Errors
/// [`Error::Config`] for a hit of another site or of an unknown table.
pub fn candidates(
    plan: &Plan,
    q: Pos,
    near_tables: [bool; 6],
    hits: &[Hit],
) -> Result<Vec<Candidate>> {
    let mut near: [Vec<(u32, Pos)>; 6] = Default::default();
    let mut found: Vec<Pos> = Vec::new();
    for (t, has) in near_tables.into_iter().enumerate() {
        if has {
            near[t].push((0, q));
        }
    }
    for h in hits {
        if h.q != q {
            return Err(invalid(format!("a hit of site {} among those of {q}", h.q)));
        }
        match h.t {
            t if t < EXACT_TABLE => near[usize::from(t)].push((h.d, h.k)),
            EXACT_TABLE => found.push(h.k),
            t => return Err(invalid(format!("no table {t}"))),
        }
    }
    let mut crowd: HashMap<Pos, u32> = HashMap::new();
    for (t, list) in near.iter_mut().enumerate() {
        list.sort_unstable();
        list.dedup();
        if t == 0 {
            // Sites at distance d are preceded by every site at distance <= d.
            let mut i = 0;
            while i < list.len() {
                let d = list[i].0;
                let end = i + list[i..].iter().take_while(|h| h.0 == d).count();
                for hit in &list[i..end] {
                    crowd.insert(hit.1, end as u32);
                }
                i = end;
            }
        }
        found.extend(list.iter().take(plan.search().max_per_table).map(|h| h.1));
    }
    found.sort_unstable();
    found.dedup();
    Ok(found
        .into_iter()
        .filter(|&k| k != q)
        .map(|k| Candidate {
            q,
            k,
            crowd: crowd.get(&k).copied().unwrap_or(0),
        })
        .collect())
}

// ---------------------------------------------------------------------------
// 6. Scores
// ---------------------------------------------------------------------------

/// A site with the document frequency of each of its exact-match keys:
/// what scoring a pair needs besides the model and the number of sites.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RatedSite {
    /// Its signals.
    pub signals: SiteSignals,
    /// `(key hash, sites carrying it)` for each of its
    /// [`exact_key_hashes`], sorted by key hash.
    pub frequencies: Vec<(u64, u64)>,
}

impl RatedSite {
    /// A site and the frequencies of its keys, in any order.
    pub fn new(signals: SiteSignals, mut frequencies: Vec<(u64, u64)>) -> Self {
        frequencies.sort_unstable();
        frequencies.dedup_by_key(|f| f.0);
        Self {
            signals,
            frequencies,
        }
    }

    fn frequency(&self, key: u64) -> Option<u64> {
        self.frequencies
            .binary_search_by_key(&key, |f| f.0)
            .ok()
            .map(|i| self.frequencies[i].1)
    }
}

/// The features of the pair (`query`, `known`) as `check` computes them for
/// `query` against a store of all the other sites of the batch: one known
/// site fewer than `plan.sites`, document frequencies with the query left
/// out, the template crowd of the candidate (`crowd`, as
/// [`Candidate::crowd`]) less the query itself.
pub fn pair_features(plan: &Plan, query: &RatedSite, known: &RatedSite, crowd: u32) -> Features {
    let n = (plan.sites as usize).saturating_sub(1);
    // Every value the query carries is counted once for the query itself.
    let df_of = |key: &str, in_query: bool| {
        let h = key_hash(key);
        let df = query
            .frequency(h)
            .or_else(|| known.frequency(h))
            .unwrap_or(0) as usize;
        df.saturating_sub(usize::from(in_query))
    };
    crate::verdict::pair_features(
        &query.signals,
        &known.signals,
        n,
        crowd.saturating_sub(1),
        df_of,
    )
}

/// The fused score of `query` against its candidate `known`
/// ([`pair_features`], then the plan's model).
pub fn score_pair(plan: &Plan, query: &RatedSite, known: &RatedSite, crowd: u32) -> f64 {
    plan.model
        .score(&pair_features(plan, query, known, crowd).values)
}

// ---------------------------------------------------------------------------
// 7-8. Links, components, clusters
// ---------------------------------------------------------------------------

/// One scored direction of a pair.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Directed {
    /// Its score.
    pub score: f64,
    /// Its [`Candidate::crowd`].
    pub crowd: u32,
}

/// The link between sites `a < b`: the directions that were scored.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairLink {
    /// The site first in the canonical order.
    pub a: Pos,
    /// The other site.
    pub b: Pos,
    /// `a` searched, `b` found, if it was.
    pub forward: Option<Directed>,
    /// `b` searched, `a` found, if it was.
    pub backward: Option<Directed>,
}

impl PairLink {
    /// The link: the higher direction's score (0 when neither was scored).
    pub fn link(&self) -> f64 {
        match (self.forward, self.backward) {
            (Some(f), Some(r)) => f.score.max(r.score),
            (Some(x), None) | (None, Some(x)) => x.score,
            (None, None) => 0.0,
        }
    }
}

/// A link `(a, b, score)` between two members of a component (local
/// positions).
type Edge = (u32, u32, f64);

/// A member of a component, for [`link_component`].
#[derive(Clone, Debug, PartialEq)]
pub struct ComponentSite {
    /// Its position.
    pub pos: Pos,
    /// Its source.
    pub source: String,
    /// Its signals and key frequencies (for the evidence of links).
    pub site: RatedSite,
}

/// A cluster with the positions that order it among the others.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlacedCluster {
    /// The smallest position of its component.
    pub root: Pos,
    /// Its members' positions, in canonical order.
    pub members: Vec<Pos>,
    /// The cluster. Its members' [`Member::input`] is their position.
    pub cluster: Cluster,
}

/// The clusters of one component of the links at the bar: every site of
/// the component and every link between two of them, whatever its score
/// (as [`cluster_signals`](super::cluster_signals) clusters a component).
///
/// # Errors
/// [`Error::Config`] for a link with `a >= b` or whose sites are not given.
pub fn link_component(
    plan: &Plan,
    mut sites: Vec<ComponentSite>,
    links: &[PairLink],
) -> Result<Vec<PlacedCluster>> {
    sites.sort_by_key(|s| s.pos);
    sites.dedup_by_key(|s| s.pos);
    let Some(root) = sites.first().map(|s| s.pos) else {
        return Ok(Vec::new());
    };
    let local: HashMap<Pos, u32> = sites
        .iter()
        .enumerate()
        .map(|(i, s)| (s.pos, i as u32))
        .collect();
    let mut edges: Vec<Edge> = Vec::with_capacity(links.len());
    let mut by_pair: HashMap<(u32, u32), &PairLink> = HashMap::with_capacity(links.len());
    for l in links {
        let (Some(&a), Some(&b)) = (local.get(&l.a), local.get(&l.b)) else {
            return Err(invalid(format!(
                "link {}-{} to a site outside its component",
                l.a, l.b
            )));
        };
        if a >= b {
            return Err(invalid(format!("link {}-{} is not ordered", l.a, l.b)));
        }
        edges.push((a, b, l.link()));
        by_pair.insert((a, b), l);
    }
    // The order of the library's edge list: sums below add in it.
    edges.sort_by_key(|e| (e.0, e.1));
    let label = linkage::average_link(sites.len(), &edges, plan.min_average);

    let mut by_label: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for (i, &l) in label.iter().enumerate() {
        by_label.entry(l).or_default().push(i as u32);
    }
    let mut link_sum = vec![0.0f64; sites.len()];
    let mut internal: BTreeMap<u32, (f64, Vec<Edge>)> = BTreeMap::new();
    for &(a, b, w) in &edges {
        if label[a as usize] == label[b as usize] {
            link_sum[a as usize] += w;
            link_sum[b as usize] += w;
            let entry = internal.entry(label[a as usize]).or_default();
            entry.0 += w;
            entry.1.push((a, b, w));
        }
    }
    let mut out = Vec::new();
    for (l, local_members) in by_label {
        if local_members.len() < 2 {
            continue;
        }
        let size = local_members.len() as f64;
        let (sum, mut internal_links) = internal.remove(&l).unwrap_or_default();
        let members: Vec<Member> = local_members
            .iter()
            .map(|&i| Member {
                source: sites[i as usize].source.clone(),
                link: link_sum[i as usize] / (size - 1.0),
                input: sites[i as usize].pos as usize,
            })
            .collect();
        let best = (0..members.len())
            .max_by(|&x, &y| members[x].link.total_cmp(&members[y].link).then(y.cmp(&x)))
            .expect("two or more members");
        internal_links.sort_by(|x, y| y.2.total_cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));
        let strongest_links = internal_links
            .iter()
            .take(plan.evidence_links)
            .map(|&(a, b, _)| {
                explain(
                    plan,
                    &sites[a as usize],
                    &sites[b as usize],
                    by_pair[&(a, b)],
                )
            })
            .collect();
        out.push(PlacedCluster {
            root,
            members: local_members
                .iter()
                .map(|&i| sites[i as usize].pos)
                .collect(),
            cluster: Cluster {
                representative: members[best].source.clone(),
                cohesion: sum / (size * (size - 1.0) / 2.0),
                members,
                strongest_links,
            },
        });
    }
    Ok(out)
}

/// The evidence of a link from the direction that scored it higher (the
/// forward one on a tie), as [`cluster_signals`](super::cluster_signals)
/// reports it.
fn explain(plan: &Plan, a: &ComponentSite, b: &ComponentSite, link: &PairLink) -> Link {
    let (q, k, scored) = match (link.forward, link.backward) {
        (Some(f), Some(r)) if r.score > f.score => (b, a, Some(r)),
        (Some(f), _) => (a, b, Some(f)),
        (None, r) => (b, a, r),
    };
    let evidence = scored.map_or_else(Vec::new, |s| {
        let features = pair_features(plan, &q.site, &k.site, s.crowd);
        // The evidence reads the known site from a matcher's index: one of
        // just that site.
        let matcher = Matcher::from_signals(
            vec![(
                KnownRef {
                    id: 1,
                    label: String::new(),
                },
                k.site.signals.clone(),
            )],
            plan.model.clone(),
        );
        let scored = Scored {
            site: 0,
            score: s.score,
            features,
        };
        matcher.evidence(&q.site.signals, &scored)
    });
    Link {
        source: q.source.clone(),
        matched: k.source.clone(),
        score: scored.map_or(0.0, |s| s.score),
        evidence,
    }
}

// ---------------------------------------------------------------------------
// 9. Result
// ---------------------------------------------------------------------------

/// Counts over the whole batch that the clustering reports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Totals {
    /// Sites clustered.
    pub sites: u64,
    /// Directed candidate pairs scored.
    pub pairs_scored: u64,
    /// Pairs whose link reaches the model's threshold.
    pub matching_pairs: u64,
}

/// The clustering from every component's clusters and the sites in no
/// cluster (`(position, source)`), in the order
/// [`cluster_signals`](super::cluster_signals) lists them.
pub fn assemble(
    plan: &Plan,
    totals: Totals,
    mut clusters: Vec<PlacedCluster>,
    mut singletons: Vec<(Pos, String)>,
) -> Clustering {
    // Components in canonical order, clusters of one component by their
    // first member; then a stable sort by the first member's source.
    clusters.sort_by_key(|c| (c.root, c.members.first().copied()));
    clusters.sort_by(|a, b| {
        a.cluster.members[0]
            .source
            .cmp(&b.cluster.members[0].source)
    });
    singletons.sort_by_key(|s| s.0);
    Clustering {
        sites: totals.sites as usize,
        threshold: plan.model.threshold,
        min_average: plan.min_average,
        pairs_scored: totals.pairs_scored,
        matching_pairs: totals.matching_pairs,
        clusters: clusters.into_iter().map(|c| c.cluster).collect(),
        singletons: singletons.into_iter().map(|s| s.1).collect(),
    }
}

// ---------------------------------------------------------------------------
// Lines: what each step reads and writes
// ---------------------------------------------------------------------------

/// A site's frequencies and signals travel through the engine as JSON text
/// it does not read (so that no number is rewritten on the way).
fn rated_from(site: &str, dfs: &[Frequency]) -> Result<RatedSite> {
    let record: SignalsRecord =
        serde_json::from_str(site).map_err(|e| invalid(format!("site signals: {e}")))?;
    Ok(RatedSite::new(
        record.signals()?,
        dfs.iter().map(|f| (f.key as u64, f.df)).collect(),
    ))
}

/// Step 1 out: a [`SiteRecord`] with its signals as JSON text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteLine {
    /// [`SiteRecord::source`].
    pub source: String,
    /// [`SiteRecord::order`].
    pub order: String,
    /// [`SiteRecord::signals`] as JSON.
    pub site: String,
    /// [`SiteRecord::near`].
    pub near: [Option<i64>; 6],
    /// [`SiteRecord::keys`].
    pub keys: Vec<i64>,
}

impl SiteLine {
    /// The line of a record.
    pub fn of(record: &SiteRecord) -> Self {
        Self {
            source: record.source.clone(),
            order: record.order.clone(),
            site: serde_json::to_string(&record.signals).expect("serialisable signals"),
            near: record.near,
            keys: record.keys.clone(),
        }
    }
}

/// Step 1 out for a fingerprint that cannot be clustered (as `clone-detect
/// fingerprint` reports a source it could not read).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorLine {
    /// The source, or where the line was.
    pub source: String,
    /// Why.
    pub error: String,
}

/// Step 1: the line for one line of fingerprint JSON Lines (`line` names
/// it when the fingerprint is unreadable): its [`SiteLine`], or an
/// [`ErrorLine`] for a fingerprint [`cluster`](super::cluster) would refuse
/// or an error line as `clone-detect fingerprint` writes them.
pub fn site_line(json: &str, line: usize) -> std::result::Result<SiteLine, ErrorLine> {
    match SiteFingerprint::from_json(json) {
        Ok(fp) => match SiteRecord::of(&fp) {
            Ok(r) => Ok(SiteLine::of(&r)),
            Err(e) => Err(ErrorLine {
                source: fp.source,
                error: e.to_string(),
            }),
        },
        Err(e) => Err(
            serde_json::from_str::<ErrorLine>(json).unwrap_or(ErrorLine {
                source: format!("line {line}"),
                error: e.to_string(),
            }),
        ),
    }
}

/// Step 3 in: the counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    /// Sites.
    pub sites: u64,
    /// Sites with a hash in each near table.
    pub tables: [u64; 6],
}

/// A site of a [`GroupLine`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupMember {
    /// Its position.
    pub p: Pos,
    /// Its hash in the group's near table (none in exact groups).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub h: Option<i64>,
}

/// Step 4 in: the sites sharing block `b`'s value in near table `t`, or
/// (`t` = [`EXACT_TABLE`]) sharing an exact value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupLine {
    /// The table.
    pub t: u8,
    /// The block (near tables only).
    #[serde(default)]
    pub b: usize,
    /// The sites.
    pub m: Vec<GroupMember>,
}

impl GroupLine {
    /// Step 4: the group's hits ([`block_hits`] or [`posting_hits`]).
    ///
    /// # Errors
    /// As [`block_hits`], and for a near group's site without a hash.
    pub fn hits(&self, plan: &Plan) -> Result<Vec<Hit>> {
        if self.t == EXACT_TABLE {
            let members: Vec<Pos> = self.m.iter().map(|m| m.p).collect();
            return Ok(posting_hits(plan, &members));
        }
        let members = self
            .m
            .iter()
            .map(|m| {
                m.h.map(|h| (m.p, h as u64))
                    .ok_or_else(|| invalid(format!("site {} has no hash", m.p)))
            })
            .collect::<Result<Vec<_>>>()?;
        block_hits(plan, usize::from(self.t), self.b, &members)
    }
}

/// A hit of a [`SiteHitsLine`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HitOf {
    /// [`Hit::k`].
    pub k: Pos,
    /// [`Hit::t`].
    pub t: u8,
    /// [`Hit::d`].
    pub d: u32,
}

/// Step 5 in: one site's hits, with its near hashes (which tables it is in).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteHitsLine {
    /// The site.
    pub q: Pos,
    /// [`SiteRecord::near`] of the site.
    pub near: [Option<i64>; 6],
    /// Its hits.
    pub hits: Vec<HitOf>,
}

/// Step 5 out: a candidate pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CandidateLine {
    /// [`Candidate::q`].
    pub q: Pos,
    /// [`Candidate::k`].
    pub k: Pos,
    /// [`Candidate::crowd`].
    pub c: u32,
}

impl SiteHitsLine {
    /// Step 5: the site's [`candidates`].
    ///
    /// # Errors
    /// As [`candidates`].
    pub fn candidates(&self, plan: &Plan) -> Result<Vec<CandidateLine>> {
        let hits: Vec<Hit> = self
            .hits
            .iter()
            .map(|h| Hit {
                q: self.q,
                k: h.k,
                t: h.t,
                d: h.d,
            })
            .collect();
        Ok(
            candidates(plan, self.q, self.near.map(|h| h.is_some()), &hits)?
                .into_iter()
                .map(|c| CandidateLine {
                    q: c.q,
                    k: c.k,
                    c: c.crowd,
                })
                .collect(),
        )
    }
}

/// A key's document frequency.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Frequency {
    /// The key hash ([`SiteRecord::keys`]).
    pub key: i64,
    /// Sites carrying it.
    pub df: u64,
}

/// A candidate of a [`ScoreLine`], with its signals and key frequencies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnownLine {
    /// Its position.
    pub k: Pos,
    /// [`Candidate::crowd`].
    pub c: u32,
    /// [`SiteLine::site`].
    pub site: String,
    /// The frequencies of its keys.
    #[serde(default)]
    pub dfs: Vec<Frequency>,
}

/// Step 6 in: a site, its key frequencies and its candidates.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreLine {
    /// The site.
    pub q: Pos,
    /// [`SiteLine::site`].
    pub site: String,
    /// The frequencies of its keys.
    #[serde(default)]
    pub dfs: Vec<Frequency>,
    /// Its candidates.
    pub ks: Vec<KnownLine>,
}

/// Step 6 out: a scored direction.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoredLine {
    /// The site searched.
    pub q: Pos,
    /// The candidate.
    pub k: Pos,
    /// The score ([`score_pair`]).
    pub s: f64,
    /// [`Candidate::crowd`].
    pub c: u32,
}

impl ScoreLine {
    /// Step 6: the scores of the site against each of its candidates.
    ///
    /// # Errors
    /// [`Error::Config`] for unreadable signals.
    pub fn scores(&self, plan: &Plan) -> Result<Vec<ScoredLine>> {
        let query = rated_from(&self.site, &self.dfs)?;
        self.ks
            .iter()
            .map(|known| {
                Ok(ScoredLine {
                    q: self.q,
                    k: known.k,
                    s: score_pair(plan, &query, &rated_from(&known.site, &known.dfs)?, known.c),
                    c: known.c,
                })
            })
            .collect()
    }
}

/// A site of a [`ComponentLine`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberLine {
    /// Its position.
    pub p: Pos,
    /// Its source.
    pub source: String,
    /// [`SiteLine::site`].
    pub site: String,
    /// The frequencies of its keys.
    #[serde(default)]
    pub dfs: Vec<Frequency>,
}

/// A [`PairLink`] as the engine gathers it: each direction's score and
/// crowd where it was scored.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkLine {
    /// [`PairLink::a`].
    pub a: Pos,
    /// [`PairLink::b`].
    pub b: Pos,
    /// Forward score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fs: Option<f64>,
    /// Forward crowd.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fc: Option<u32>,
    /// Backward score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bs: Option<f64>,
    /// Backward crowd.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bc: Option<u32>,
}

impl LinkLine {
    /// The link.
    pub fn link(&self) -> PairLink {
        let directed = |s: Option<f64>, c: Option<u32>| {
            s.map(|score| Directed {
                score,
                crowd: c.unwrap_or(0),
            })
        };
        PairLink {
            a: self.a,
            b: self.b,
            forward: directed(self.fs, self.fc),
            backward: directed(self.bs, self.bc),
        }
    }
}

/// Step 8 in: a component's sites and links.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComponentLine {
    /// Its sites.
    pub sites: Vec<MemberLine>,
    /// The links between them.
    #[serde(default)]
    pub links: Vec<LinkLine>,
}

/// Step 8 out: a [`PlacedCluster`], the cluster as JSON text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClusterLine {
    /// [`PlacedCluster::root`].
    pub root: Pos,
    /// [`PlacedCluster::members`].
    pub members: Vec<Pos>,
    /// [`PlacedCluster::cluster`] as JSON.
    pub cluster: String,
}

impl ComponentLine {
    /// Step 8: the component's clusters ([`link_component`]).
    ///
    /// # Errors
    /// As [`link_component`], and for unreadable signals.
    pub fn clusters(&self, plan: &Plan) -> Result<Vec<ClusterLine>> {
        let sites = self
            .sites
            .iter()
            .map(|m| {
                Ok(ComponentSite {
                    pos: m.p,
                    source: m.source.clone(),
                    site: rated_from(&m.site, &m.dfs)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let links: Vec<PairLink> = self.links.iter().map(LinkLine::link).collect();
        Ok(link_component(plan, sites, &links)?
            .into_iter()
            .map(|c| ClusterLine {
                root: c.root,
                members: c.members,
                cluster: serde_json::to_string(&c.cluster).expect("serialisable cluster"),
            })
            .collect())
    }
}

/// Step 9 in: the totals (once), the clusters and the singletons, in any
/// order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FinishLine {
    /// The totals.
    Totals {
        /// They.
        totals: Totals,
    },
    /// A cluster.
    Cluster(ClusterLine),
    /// A site in no cluster.
    Singleton {
        /// Its source.
        singleton: String,
        /// Its position.
        p: Pos,
    },
}

/// Step 9: the clustering from the lines ([`assemble`]).
///
/// # Errors
/// [`Error::Config`] without a totals line, with an unreadable cluster, or
/// when clusters and singletons do not add up to the sites.
pub fn finish(plan: &Plan, lines: impl IntoIterator<Item = FinishLine>) -> Result<Clustering> {
    let mut totals = None;
    let mut clusters = Vec::new();
    let mut singletons = Vec::new();
    for line in lines {
        match line {
            FinishLine::Totals { totals: t } => totals = Some(t),
            FinishLine::Cluster(c) => clusters.push(PlacedCluster {
                root: c.root,
                members: c.members,
                cluster: serde_json::from_str(&c.cluster)
                    .map_err(|e| invalid(format!("cluster: {e}")))?,
            }),
            FinishLine::Singleton { singleton, p } => singletons.push((p, singleton)),
        }
    }
    let totals = totals.ok_or_else(|| invalid("no totals"))?;
    let clustering = assemble(plan, totals, clusters, singletons);
    let placed = clustering
        .clusters
        .iter()
        .map(|c| c.members.len())
        .sum::<usize>()
        + clustering.singletons.len();
    if placed != clustering.sites {
        return Err(invalid(format!(
            "{} sites, but clusters and singletons hold {placed}",
            clustering.sites
        )));
    }
    Ok(clustering)
}

// ---------------------------------------------------------------------------
// All steps in one process
// ---------------------------------------------------------------------------

/// What the engine does to a line between two steps: JSON text and back.
fn wire<T: Serialize + serde::de::DeserializeOwned>(value: &T) -> T {
    let text = serde_json::to_string(value).expect("serialisable line");
    serde_json::from_str(&text).expect("a line reads back")
}

/// Runs every step in this process, each line through JSON text as the
/// engine passes it, with in-memory maps where the engine shuffles: the
/// reference for the distributed jobs, equal to
/// [`cluster_signals`](super::cluster_signals) on the same input.
///
/// # Errors
/// As [`Plan::new`].
pub fn cluster_in_steps(
    items: Vec<(String, SiteSignals)>,
    config: &ClusterConfig,
) -> Result<Clustering> {
    // 1-2. Site lines in canonical order; positions 0, 2, 4, … (any
    // increasing numbers do).
    let mut sites: Vec<SiteLine> = items
        .into_iter()
        .map(|(source, s)| wire(&SiteLine::of(&SiteRecord::from_signals(source, &s))))
        .collect();
    sites.sort_by(|x, y| (&x.source, &x.order).cmp(&(&y.source, &y.order)));
    let pos = |i: usize| 2 * i as Pos;
    let index = |p: Pos| (p / 2) as usize;
    let mut counts = Counts {
        sites: sites.len() as u64,
        tables: [0; 6],
    };
    let mut frequency: HashMap<i64, u64> = HashMap::new();
    for site in &sites {
        for (t, h) in site.near.iter().enumerate() {
            counts.tables[t] += u64::from(h.is_some());
        }
        for &k in &site.keys {
            *frequency.entry(k).or_default() += 1;
        }
    }
    // 3. Plan.
    let plan = wire(&Plan::new(config, counts.sites, counts.tables)?);
    // 4. Pairs: groups of two or more sites.
    let mut groups: Vec<GroupLine> = Vec::new();
    for (t, table) in plan.tables.iter().enumerate() {
        for (b, spec) in table.blocks.iter().enumerate() {
            let mut by_value: BTreeMap<u64, Vec<GroupMember>> = BTreeMap::new();
            for (i, site) in sites.iter().enumerate() {
                if let Some(h) = site.near[t] {
                    by_value
                        .entry(spec.value(h as u64))
                        .or_default()
                        .push(GroupMember {
                            p: pos(i),
                            h: Some(h),
                        });
                }
            }
            groups.extend(
                by_value
                    .into_values()
                    .map(|m| GroupLine { t: t as u8, b, m }),
            );
        }
    }
    let mut postings: BTreeMap<i64, Vec<GroupMember>> = BTreeMap::new();
    for (i, site) in sites.iter().enumerate() {
        for &k in &site.keys {
            if frequency[&k] <= plan.search().max_postings as u64 {
                postings
                    .entry(k)
                    .or_default()
                    .push(GroupMember { p: pos(i), h: None });
            }
        }
    }
    groups.extend(postings.into_values().map(|m| GroupLine {
        t: EXACT_TABLE,
        b: 0,
        m,
    }));
    let mut hits: BTreeMap<Pos, Vec<HitOf>> = BTreeMap::new();
    for group in groups.iter().filter(|g| g.m.len() > 1) {
        for h in wire(group).hits(&plan)? {
            let h = wire(&h);
            hits.entry(h.q).or_default().push(HitOf {
                k: h.k,
                t: h.t,
                d: h.d,
            });
        }
    }
    // 5. Candidates.
    let mut candidates_of: BTreeMap<Pos, Vec<CandidateLine>> = BTreeMap::new();
    for (q, hits) in hits {
        let line = SiteHitsLine {
            q,
            near: sites[index(q)].near,
            hits,
        };
        candidates_of.insert(q, wire(&line).candidates(&plan)?);
    }
    // 6. Scores, with each site's key frequencies.
    let dfs = |i: usize| -> Vec<Frequency> {
        sites[i]
            .keys
            .iter()
            .map(|&key| Frequency {
                key,
                df: frequency[&key],
            })
            .collect()
    };
    let mut links: BTreeMap<(Pos, Pos), LinkLine> = BTreeMap::new();
    let mut pairs_scored = 0u64;
    for (q, candidates) in candidates_of {
        let line = ScoreLine {
            q,
            site: sites[index(q)].site.clone(),
            dfs: dfs(index(q)),
            ks: candidates
                .iter()
                .map(|c| KnownLine {
                    k: c.k,
                    c: wire(c).c,
                    site: sites[index(c.k)].site.clone(),
                    dfs: dfs(index(c.k)),
                })
                .collect(),
        };
        for scored in wire(&line).scores(&plan)? {
            let scored = wire(&scored);
            pairs_scored += 1;
            let (a, b) = (scored.q.min(scored.k), scored.q.max(scored.k));
            let link = links.entry((a, b)).or_insert(LinkLine {
                a,
                b,
                fs: None,
                fc: None,
                bs: None,
                bc: None,
            });
            if scored.q == a {
                (link.fs, link.fc) = (Some(scored.s), Some(scored.c));
            } else {
                (link.bs, link.bc) = (Some(scored.s), Some(scored.c));
            }
        }
    }
    // 7. Components of the links at the bar; roots are their first sites.
    let matching_pairs = links
        .values()
        .filter(|l| l.link().link() >= plan.model.threshold)
        .count() as u64;
    let mut parent: Vec<usize> = (0..sites.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for l in links
        .values()
        .filter(|l| l.link().link() >= plan.min_average)
    {
        let (ra, rb) = (root(&mut parent, index(l.a)), root(&mut parent, index(l.b)));
        parent[ra.max(rb)] = ra.min(rb);
    }
    let roots: Vec<usize> = (0..sites.len()).map(|x| root(&mut parent, x)).collect();
    let mut components: BTreeMap<usize, ComponentLine> = BTreeMap::new();
    for (i, site) in sites.iter().enumerate() {
        components
            .entry(roots[i])
            .or_insert_with(|| ComponentLine {
                sites: Vec::new(),
                links: Vec::new(),
            })
            .sites
            .push(MemberLine {
                p: pos(i),
                source: site.source.clone(),
                site: site.site.clone(),
                dfs: dfs(i),
            });
    }
    for l in links.values() {
        if roots[index(l.a)] == roots[index(l.b)] {
            if let Some(c) = components.get_mut(&roots[index(l.a)]) {
                c.links.push(*l);
            }
        }
    }
    // 8. Clusters.
    let mut lines = vec![FinishLine::Totals {
        totals: Totals {
            sites: counts.sites,
            pairs_scored,
            matching_pairs,
        },
    }];
    let mut clustered = vec![false; sites.len()];
    for component in components.into_values().filter(|c| c.sites.len() > 1) {
        for cluster in wire(&component).clusters(&plan)? {
            for &p in &cluster.members {
                clustered[index(p)] = true;
            }
            lines.push(FinishLine::Cluster(cluster));
        }
    }
    // 9. Result.
    lines.extend(
        sites
            .iter()
            .enumerate()
            .filter(|(i, _)| !clustered[*i])
            .map(|(i, s)| FinishLine::Singleton {
                singleton: s.source.clone(),
                p: pos(i),
            }),
    );
    finish(&plan, lines.iter().map(wire))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cluster::cluster_signals;
    use crate::index::KnownIndex;

    /// SplitMix64.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }

        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }

        fn near(&mut self, h: u64, max: u64) -> u64 {
            let flips = self.below(max + 1);
            (0..flips).fold(h, |h, _| h ^ (1 << self.below(64)))
        }

        /// A random hash, absent one time in six.
        fn some(&mut self) -> Option<u64> {
            let v = self.next();
            (self.below(6) > 0).then_some(v)
        }
    }

    /// Families of near-duplicates, crowds sharing a framework (template,
    /// assets, favicon), exact duplicates, repeated sources and sites with
    /// missing signals: what the caps, crowds and ties act on.
    fn batch(n: usize, seed: u64) -> Vec<(String, SiteSignals)> {
        let mut rng = Rng(seed);
        let frameworks: Vec<(u64, [u8; 32])> = (0..3)
            .map(|_| {
                let mut a = [0u8; 32];
                a[..8].copy_from_slice(&rng.next().to_le_bytes());
                (rng.next(), a)
            })
            .collect();
        let mut out: Vec<(String, SiteSignals)> = Vec::new();
        while out.len() < n {
            let base = {
                let mut asset = [0u8; 32];
                asset[..8].copy_from_slice(&rng.next().to_le_bytes());
                let t = rng.next();
                SiteSignals {
                    template: rng.some().map(|_| t),
                    root_template: rng.some().map(|_| t ^ 0b101),
                    text: rng.some(),
                    root_text: rng.some(),
                    screenshot: rng.some(),
                    screenshot_ahash: rng.some(),
                    favicon_phash: rng.some(),
                    favicon_mmh3: (rng.below(3) == 0).then(|| rng.below(4) as i32 - 2),
                    domhash: (rng.below(4) > 0)
                        .then(|| crate::index::domhash_bytes(&format!("{:x}", rng.below(40)))),
                    html_mmh3: (rng.below(4) > 0).then(|| rng.next() as i32),
                    assets: vec![asset],
                    ids: if rng.below(3) == 0 {
                        vec![format!("google_analytics:G-{}", rng.below(30))]
                    } else {
                        Vec::new()
                    },
                    title_words: {
                        let mut w = vec![format!("w{}", rng.below(20)), "docs".to_string()];
                        if rng.below(2) == 0 {
                            w.push(format!(
                                "brand{}",
                                ["a", "b", "c", "d"][rng.below(4) as usize]
                            ));
                        }
                        w.sort();
                        w.dedup();
                        w
                    },
                    vocabulary: {
                        // Empty or informative (16 to 32 hashes), as
                        // records read back; overlapping between sites.
                        let n = [0, 16, 24, 32][rng.below(4) as usize];
                        let start = rng.below(200) as u32;
                        (0..n)
                            .map(|k| start + 7 * k + rng.below(7) as u32)
                            .collect()
                    },
                    page_texts: {
                        let n = rng.below(5) as usize;
                        let hashes: Vec<u64> = (0..n).map(|_| rng.next()).collect();
                        crate::index::page_text_set(&hashes)
                    },
                }
            };
            match rng.below(10) {
                0..=3 => {
                    // A family.
                    for _ in 0..2 + rng.below(6) {
                        let mut s = base.clone();
                        s.template = base.template.map(|h| rng.near(h, 5));
                        s.text = base.text.map(|h| rng.near(h, 7));
                        s.root_text = base.root_text.map(|h| rng.near(h, 9));
                        s.screenshot = base.screenshot.map(|h| rng.near(h, 8));
                        let moved: Vec<u64> =
                            base.page_texts.iter().map(|&h| rng.near(h, 6)).collect();
                        s.page_texts = crate::index::page_text_set(&moved);
                        out.push((format!("f{}.example", rng.below(1 << 20)), s));
                    }
                }
                4..=5 => {
                    // A crowd site.
                    let (t, a) = frameworks[rng.below(3) as usize];
                    let mut s = base.clone();
                    s.template = Some(rng.near(t, 9));
                    s.root_template = s.template;
                    s.assets.push(a);
                    s.assets.sort();
                    s.favicon_mmh3 = Some(7);
                    out.push((format!("c{}.example", rng.below(1 << 20)), s));
                }
                6 => {
                    // An exact duplicate, or the same source again.
                    if let Some(last) = out.last().cloned() {
                        if rng.below(2) == 0 {
                            out.push(last);
                        } else {
                            out.push((last.0, base));
                        }
                    }
                }
                _ => out.push((format!("u{}.example", rng.below(1 << 20)), base)),
            }
        }
        out.truncate(n);
        out
    }

    fn json(c: &Clustering) -> String {
        serde_json::to_string(c).unwrap()
    }

    fn same_clustering(items: Vec<(String, SiteSignals)>, config: &ClusterConfig) {
        let at_once = cluster_signals(items.clone(), config);
        let mut reversed = items;
        reversed.reverse();
        let in_steps = cluster_in_steps(reversed, config).unwrap();
        assert_eq!(json(&in_steps), json(&at_once));
    }

    #[test]
    fn steps_give_the_clustering_of_the_library() {
        for (n, seed) in [(0, 1), (1, 2), (40, 3), (300, 4), (900, 5)] {
            same_clustering(batch(n, seed), &ClusterConfig::default());
        }
        let at_once = cluster_signals(batch(900, 5), &ClusterConfig::default());
        assert!(at_once.clusters.len() > 20, "{}", at_once.clusters.len());
    }

    #[test]
    fn steps_follow_the_caps_radii_and_options() {
        // Small caps and budget: tables narrow, crowds and postings cut.
        let mut config = ClusterConfig::default();
        config.model.search.max_per_table = 3;
        config.model.search.max_postings = 5;
        config.model.search.max_work = 300;
        config.evidence_links = 3;
        config.min_average = Some(0.3);
        for seed in 10..14 {
            same_clustering(batch(400, seed), &config);
        }
        let exhaustive = ClusterConfig {
            exhaustive: true,
            ..ClusterConfig::default()
        };
        assert!(cluster_in_steps(Vec::new(), &exhaustive).is_err());
    }

    #[test]
    fn radii_are_the_index_radii() {
        for n in [1usize, 2, 50, 3000, 40_000] {
            let sites: Vec<SiteSignals> = (0..n as u64)
                .map(|i| SiteSignals {
                    template: Some(i.wrapping_mul(0x9E37_79B9_7F4A_7C15)),
                    favicon_phash: Some(i),
                    ..SiteSignals::default()
                })
                .collect();
            let index = KnownIndex::new(sites, FusedModel::shipped().search);
            let plan = Plan::new(
                &ClusterConfig::default(),
                n as u64,
                [n as u64, 0, 0, 0, 0, n as u64],
            )
            .unwrap();
            assert_eq!(plan.tables[0].radius, index.radii()[0], "{n}");
            assert_eq!(plan.tables[5].radius, index.radii()[5], "{n}");
            plan.check().unwrap();
        }
        // Large tables narrow as the index does (the shipped budget keeps
        // the full radius up to 10^6 sites).
        let big = Plan::new(&ClusterConfig::default(), 10_000_000, [10_000_000; 6]).unwrap();
        assert!(big.tables[0].radius < ClusterConfig::default().model.search.template_radius);
        big.check().unwrap();
        // A plan whose radius is not the index's for its size is refused.
        let mut wrong = big;
        wrong.tables[0].radius += 1;
        wrong.tables[0].blocks = blocks_for(wrong.tables[0].radius);
        assert!(wrong.check().is_err());
    }

    #[test]
    fn frequencies_are_the_index_document_frequencies() {
        let items = batch(300, 21);
        let signals: Vec<SiteSignals> = items.iter().map(|i| i.1.clone()).collect();
        let index = KnownIndex::new(signals.clone(), SearchConfig::default());
        let mut counted: HashMap<u64, usize> = HashMap::new();
        for s in &signals {
            for k in exact_key_hashes(s) {
                *counted.entry(k).or_default() += 1;
            }
        }
        for s in &signals {
            for key in exact_keys(s) {
                assert_eq!(
                    counted[&key_hash(&key)],
                    index.document_frequency(&key),
                    "{key}"
                );
            }
        }
    }

    #[test]
    fn scores_are_the_matchers_scores() {
        let items = batch(300, 31);
        let clustering = cluster_signals(items.clone(), &ClusterConfig::default());
        assert!(clustering.pairs_scored > 100);
        // The matcher over all sites scores each site among the others;
        // the steps score the same pairs from records and frequencies.
        let signals: Vec<SiteSignals> = items.iter().map(|i| i.1.clone()).collect();
        let known = signals
            .iter()
            .enumerate()
            .map(|(i, s)| {
                (
                    KnownRef {
                        id: i as u64,
                        label: String::new(),
                    },
                    s.clone(),
                )
            })
            .collect();
        let matcher = Matcher::from_signals(known, FusedModel::shipped());
        let plan = Plan::new(&ClusterConfig::default(), signals.len() as u64, [300; 6]).unwrap();
        let mut counted: HashMap<u64, u64> = HashMap::new();
        for s in &signals {
            for k in exact_key_hashes(s) {
                *counted.entry(k).or_default() += 1;
            }
        }
        let rated = |s: &SiteSignals| {
            RatedSite::new(
                s.clone(),
                exact_key_hashes(s)
                    .into_iter()
                    .map(|k| (k, counted[&k]))
                    .collect(),
            )
        };
        let mut compared = 0;
        for q in 0..signals.len() as u32 {
            for scored in matcher.score_among(q, false) {
                let crowd = if scored.features.template_crowd > 0 {
                    scored.features.template_crowd + 1
                } else {
                    0
                };
                let f = pair_features(
                    &plan,
                    &rated(&signals[q as usize]),
                    &rated(&signals[scored.site as usize]),
                    crowd,
                );
                assert_eq!(f, scored.features);
                assert_eq!(plan.model.score(&f.values), scored.score);
                compared += 1;
            }
        }
        assert!(compared > 100, "{compared}");
    }

    #[test]
    fn the_order_key_orders_as_the_signals() {
        let items = batch(400, 41);
        let mut pairs = 0;
        for w in items.windows(2) {
            let (a, b) = (&w[0].1, &w[1].1);
            assert_eq!(order_key(a).cmp(&order_key(b)), a.cmp(b), "{a:?} {b:?}");
            pairs += 1;
        }
        // Strings with zero bytes and prefixes, lists of unequal length.
        let s = |words: &[&str], domhash: &str| SiteSignals {
            domhash: Some(crate::index::domhash_bytes(domhash)),
            title_words: words.iter().map(|w| w.to_string()).collect(),
            favicon_mmh3: Some(-1),
            ..SiteSignals::default()
        };
        let cases = [
            s(&["a"], "x"),
            s(&["a", "b"], "x"),
            s(&["a\0"], "x"),
            s(&["ab"], "x"),
            s(&[], "x"),
            s(&["a"], "x\0"),
            s(&["a"], ""),
            SiteSignals::default(),
            // Decided by the domhash's bytes, or by the page texts alone.
            s(&["a"], "00000000000000000000000000000001"),
            s(&["a"], "ff000000000000000000000000000000"),
            SiteSignals {
                page_texts: vec![1],
                ..SiteSignals::default()
            },
            SiteSignals {
                page_texts: vec![1, 2],
                ..SiteSignals::default()
            },
            SiteSignals {
                page_texts: vec![2],
                ..SiteSignals::default()
            },
            SiteSignals {
                page_texts: vec![1, 3],
                ..SiteSignals::default()
            },
            SiteSignals {
                page_texts: vec![u64::MAX],
                ..SiteSignals::default()
            },
        ];
        for a in &cases {
            for b in &cases {
                assert_eq!(order_key(a).cmp(&order_key(b)), a.cmp(b), "{a:?} {b:?}");
            }
        }
        assert!(pairs > 300);
    }

    #[test]
    fn records_read_back() {
        for (source, s) in batch(50, 51) {
            let r = SiteRecord::from_signals(source, &s);
            let text = serde_json::to_string(&r).unwrap();
            let back: SiteRecord = serde_json::from_str(&text).unwrap();
            assert_eq!(back.signals.signals().unwrap(), s);
        }
        let bad = SignalsRecord {
            assets: vec!["zz".into()],
            ..SignalsRecord::default()
        };
        assert!(bad.signals().is_err());
    }

    #[test]
    fn every_pair_within_the_radius_is_found_once() {
        let plan = Plan::new(&ClusterConfig::default(), 10, [10, 0, 0, 0, 0, 0]).unwrap();
        let radius = plan.tables[0].radius;
        let mut rng = Rng(61);
        let base = rng.next();
        let members: Vec<(Pos, u64)> = (0..40).map(|i| (i, rng.near(base, 14))).collect();
        let mut found: Vec<Hit> = Vec::new();
        for (b, spec) in plan.tables[0].blocks.iter().enumerate() {
            let mut groups: HashMap<u64, Vec<(Pos, u64)>> = HashMap::new();
            for &(p, h) in &members {
                groups.entry(spec.value(h)).or_default().push((p, h));
            }
            for g in groups.values() {
                found.extend(block_hits(&plan, 0, b, g).unwrap());
            }
        }
        let mut expected = Vec::new();
        for &(p, hp) in &members {
            for &(k, hk) in &members {
                let d = (hp ^ hk).count_ones();
                if p != k && d <= radius {
                    expected.push(Hit { q: p, k, t: 0, d });
                }
            }
        }
        found.sort();
        expected.sort();
        assert_eq!(found, expected);
        assert!(!found.is_empty());
        assert!(block_hits(&plan, 0, 0, &[(1, 0), (2, u64::MAX)]).is_err());
    }
}
