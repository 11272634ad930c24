//! Synthetic site signals shaped like the corpus, for tests and benchmarks
//! at sizes no real corpus reaches: families of near-duplicates (a site,
//! its mirrors and later releases), unrelated background sites, and
//! "framework crowds" of unrelated sites that share a framework's template,
//! stylesheet and look (the hard negatives of the real corpus).
//!
//! Everything follows from the seed (SplitMix64), so a size and a seed name
//! one data set.

use clone_detect::index::SiteSignals;

/// SplitMix64.
#[derive(Clone, Debug)]
pub struct Rng(pub u64);

impl Rng {
    /// The next value.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    /// `h` with up to `max` random bits flipped.
    pub fn near(&mut self, h: u64, max: u32) -> u64 {
        let flips = self.below(u64::from(max) + 1);
        (0..flips).fold(h, |h, _| h ^ (1 << self.below(64)))
    }

    /// 32 random bytes (an asset's SHA-256).
    pub fn bytes32(&mut self) -> [u8; 32] {
        let mut b = [0u8; 32];
        for chunk in b.chunks_mut(8) {
            chunk.copy_from_slice(&self.next_u64().to_le_bytes());
        }
        b
    }

    fn hex(&mut self, chars: usize) -> String {
        let mut s = String::with_capacity(chars);
        while s.len() < chars {
            s.push_str(&format!("{:016x}", self.next_u64()));
        }
        s.truncate(chars);
        s
    }
}

/// Frameworks the crowds share.
const FRAMEWORKS: u64 = 24;

/// A labelled synthetic site: its source, family (`None` for background
/// and crowd sites, each its own site) and signals.
#[derive(Clone, Debug)]
pub struct SyntheticSite {
    /// A unique host name.
    pub source: String,
    /// The family it belongs to, if it has relatives.
    pub family: Option<u32>,
    /// Its signals.
    pub signals: SiteSignals,
}

fn words(rng: &mut Rng, n: usize) -> Vec<String> {
    let mut w: Vec<String> = (0..n).map(|_| format!("w{}", rng.below(5000))).collect();
    w.sort();
    w.dedup();
    w
}

fn base_site(rng: &mut Rng) -> SiteSignals {
    let mut assets = vec![rng.bytes32(), rng.bytes32()];
    assets.sort();
    SiteSignals {
        template: Some(rng.next_u64()),
        root_template: Some(rng.next_u64()),
        text: Some(rng.next_u64()),
        root_text: Some(rng.next_u64()),
        screenshot: Some(rng.next_u64()),
        screenshot_ahash: Some(rng.next_u64()),
        favicon_phash: rng.chance(0.8).then(|| rng.next_u64()),
        favicon_mmh3: None,
        domhash: Some(clone_detect::index::domhash_bytes(&rng.hex(32))),
        html_mmh3: Some(rng.next_u64() as i32),
        assets,
        ids: if rng.chance(0.3) {
            vec![format!("google_analytics:G-{}", rng.hex(10))]
        } else {
            Vec::new()
        },
        title_words: {
            let mut t = words(rng, 3);
            t.push(format!("brand{}", rng.hex(6)));
            t.sort();
            t
        },
        vocabulary: vocabulary(rng, 32),
        page_texts: {
            // 0 to 5 pages of some words, as the corpus's sites keep.
            let n = rng.below(6) as usize;
            let hashes: Vec<u64> = (0..n).map(|_| rng.next_u64()).collect();
            clone_detect::index::page_text_set(&hashes)
        },
    }
}

/// A vocabulary sketch of `n` hashes as a site of about 3000 distinct words
/// has them: the smallest of 3000 uniform 32-bit values lie below about
/// 32/3000 of the range.
fn vocabulary(rng: &mut Rng, n: usize) -> Vec<u32> {
    let mut v: Vec<u32> = (0..n)
        .map(|_| (rng.next_u64() % 46_000_000) as u32)
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// A relative of `base`: a mirror or another release, each signal moved a
/// little, some replaced, as the corpus's mutations do.
fn relative(rng: &mut Rng, base: &SiteSignals) -> SiteSignals {
    let mut s = base.clone();
    s.template = base.template.map(|h| rng.near(h, 4));
    s.root_template = base.root_template.map(|h| rng.near(h, 6));
    s.text = base.text.map(|h| rng.near(h, 6));
    s.root_text = base.root_text.map(|h| rng.near(h, 10));
    s.screenshot = base.screenshot.map(|h| rng.near(h, 8));
    if rng.chance(0.2) {
        s.favicon_phash = Some(rng.next_u64());
    }
    s.favicon_mmh3 = s.favicon_phash.map(|h| h as i32);
    if rng.chance(0.3) {
        s.domhash = Some(clone_detect::index::domhash_bytes(&rng.hex(32)));
    }
    if rng.chance(0.8) {
        s.html_mmh3 = Some(rng.next_u64() as i32);
    }
    if rng.chance(0.5) {
        s.assets[0] = rng.bytes32();
        s.assets.sort();
    }
    if rng.chance(0.5) {
        s.ids = if rng.chance(0.5) {
            Vec::new()
        } else {
            vec![format!("google_analytics:G-{}", rng.hex(10))]
        };
    }
    // Releases and mirrors keep most of their words.
    let kept: Vec<u32> = base
        .vocabulary
        .iter()
        .copied()
        .filter(|_| !rng.chance(0.25))
        .collect();
    let fresh = vocabulary(rng, base.vocabulary.len() - kept.len());
    s.vocabulary = kept.into_iter().chain(fresh).collect();
    s.vocabulary.sort_unstable();
    s.vocabulary.dedup();
    // Its pages' texts move a little; one may be replaced by another page.
    let mut moved: Vec<u64> = base.page_texts.iter().map(|&h| rng.near(h, 6)).collect();
    if !moved.is_empty() && rng.chance(0.3) {
        let k = rng.below(moved.len() as u64) as usize;
        moved[k] = rng.next_u64();
    }
    s.page_texts = clone_detect::index::page_text_set(&moved);
    if rng.chance(0.3) {
        // Rebranded: the brand word replaced.
        s.title_words.retain(|w| !w.starts_with("brand"));
        s.title_words.push(format!("brand{}", rng.hex(6)));
        s.title_words.sort();
    }
    s
}

/// `h` with exactly `k` distinct bits flipped.
fn flip_exactly(rng: &mut Rng, mut h: u64, k: u32) -> u64 {
    let mut flipped = 0u64;
    while flipped.count_ones() < k {
        flipped |= 1 << rng.below(64);
    }
    h ^= flipped;
    h
}

/// A site built on framework `k`: its stylesheets and a template and look
/// close to the framework's, with the site's own text, title and favicon.
/// Distances as measured between different documentation sites of one
/// generator in the committed corpus (Sphinx, gi-docgen, Doxygen): templates
/// 13 or more bits apart, screenshots mostly 18 to 36, 3 to 7 shared
/// framework files. Here each site is 7 bits from the framework's template
/// (about 13 between two sites) and 10 from its screenshot (about 19).
fn crowd_site(rng: &mut Rng, k: u64) -> SiteSignals {
    let mut fw = Rng(0xF00D ^ k);
    let (template, root, shot) = (fw.next_u64(), fw.next_u64(), fw.next_u64());
    let framework_files: Vec<[u8; 32]> = (0..4).map(|_| fw.bytes32()).collect();
    let mut s = base_site(rng);
    s.template = Some(flip_exactly(rng, template, 7));
    s.root_template = Some(flip_exactly(rng, root, 7));
    s.screenshot = Some(flip_exactly(rng, shot, 10));
    s.assets = framework_files;
    s.assets.push(rng.bytes32());
    s.assets.sort();
    s.favicon_mmh3 = s.favicon_phash.map(|h| h as i32);
    s
}

/// `n` sites from `seed`: about 40% in families of 2 to 9, 10% in
/// framework crowds, the rest unrelated; sources unique and unordered.
pub fn sites(n: usize, seed: u64) -> Vec<SyntheticSite> {
    let mut rng = Rng(seed);
    let mut out = Vec::with_capacity(n);
    let mut family = 0u32;
    while out.len() < n {
        let roll = rng.below(100);
        if roll < 10 {
            let mut s = base_site(&mut rng);
            s.favicon_mmh3 = s.favicon_phash.map(|h| h as i32);
            out.push((None, s));
        } else if roll < 20 {
            let k = rng.below(FRAMEWORKS);
            out.push((None, crowd_site(&mut rng, k)));
        } else if roll < 28 {
            let size = 2 + rng.below(8) as usize;
            let base = base_site(&mut rng);
            for _ in 0..size.min(n - out.len()) {
                out.push((Some(family), relative(&mut rng, &base)));
            }
            family += 1;
        } else {
            let mut s = base_site(&mut rng);
            s.favicon_mmh3 = s.favicon_phash.map(|h| h as i32);
            out.push((None, s));
        }
    }
    out.into_iter()
        .enumerate()
        .map(|(i, (family, signals))| SyntheticSite {
            source: format!("{:016x}.example", Rng(seed ^ (i as u64) << 1).next_u64()),
            family,
            signals,
        })
        .collect()
}

/// A fingerprint (as JSON) whose signals are `site`'s: `base`, a real
/// fingerprint of a corpus site with a favicon and a screenshot, with its
/// values replaced. `base` is trimmed to its root page and its lists of
/// warnings and uninformative signals emptied, so that nothing of the
/// corpus site is left to match. Callers check that the signals read back
/// from it are `site`'s.
pub fn fingerprint(base: &serde_json::Value, site: &SyntheticSite) -> serde_json::Value {
    use serde_json::json;
    let hex = |h: Option<u64>| format!("{:016x}", h.expect("synthetic sites have every hash"));
    let s = &site.signals;
    let mut fp = base.clone();
    fp["pages"] = json!([base["pages"][0].clone()]);
    fp["uninformative"] = json!([]);
    fp["warnings"] = json!([]);
    fp["final_url"] = serde_json::Value::Null;
    fp["source"] = site.source.clone().into();
    fp["title"] = s.title_words.join(" ").into();
    fp["template_simhash"] = hex(s.template).into();
    fp["text_simhash"] = hex(s.text).into();
    fp["pages"][0]["template_simhash"] = hex(s.root_template).into();
    fp["pages"][0]["text_simhash"] = hex(s.root_text).into();
    // The root page counts for no page text; one more page per page text.
    fp["pages"][0]["words"] = 0.into();
    fp["rendered"] = serde_json::Value::Null;
    for (k, &h) in s.page_texts.iter().enumerate() {
        let mut page = base["pages"][0].clone();
        page["url"] = format!("page-{k}.html").into();
        page["text_simhash"] = hex(Some(h)).into();
        page["words"] = 200.into();
        fp["pages"].as_array_mut().expect("pages").push(page);
    }
    fp["domhash"] = clone_detect::index::domhash_hex(&s.domhash.expect("a domhash")).into();
    fp["html_mmh3"] = s.html_mmh3.expect("a body hash").into();
    match (s.favicon_phash, s.favicon_mmh3) {
        (Some(phash), Some(mmh3)) => {
            fp["favicon"]["phash"] = hex(Some(phash)).into();
            fp["favicon"]["mmh3"] = mmh3.into();
        }
        (None, None) => fp["favicon"] = serde_json::Value::Null,
        other => panic!("a favicon hash without the other: {other:?}"),
    }
    fp["vocabulary"] = json!(s.vocabulary);
    fp["screenshot"]["phash"] = hex(s.screenshot).into();
    fp["screenshot"]["ahash"] = hex(s.screenshot_ahash).into();
    fp["ids"] = s
        .ids
        .iter()
        .map(|id| {
            let (kind, value) = id.split_once(':').expect("kind:value");
            json!({"kind": kind, "value": value})
        })
        .collect();
    fp["assets"] = s
        .assets
        .iter()
        .enumerate()
        .map(|(k, a)| {
            json!({
                "url": format!("static/{k}.js"),
                "kind": "script",
                "sha256": clone_detect::index::asset_hex(a),
            })
        })
        .collect();
    fp
}
