//! The fingerprint of a site: a pure, deterministic function of its snapshot.
//!
//! Pages are fingerprinted in parallel on the caller's rayon pool (the
//! library never configures the global pool) and combined in snapshot order,
//! with order-independent sums, so the result is the same for any number of
//! threads.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::acquire::choose::order_key;
use crate::html::{self, Cut, ParsedPage, MAX_NESTING};
use crate::signal::assets::{self, AssetFingerprint};
use crate::signal::favicon::{self, error_chain, FaviconFingerprint};
use crate::signal::hash64::{Hash64, ParseHash64Error};
use crate::signal::ids::{self, OperatorId};
use crate::signal::imagehash_compat::{DHASH_IMAGEHASH_SPEC, PHASH_IMAGEHASH_SPEC};
use crate::signal::perceptual::{
    ImageLimits, PerceptualHasher, AHASH_SPEC, DHASH_SPEC, PHASH_SPEC,
};
use crate::signal::screenshot::{self, ScreenshotFingerprint};
use crate::signal::shodan::{html_mmh3, FAVICON_MMH3_SPEC, HTML_MMH3_SPEC};
use crate::signal::simhash::{FeatureCounts, GroupedVotes};
use crate::signal::template::{self, TemplateConfig, TEMPLATE_SPEC};
use crate::signal::text::{self, TextConfig, TEXT_SPEC};
use crate::signal::vocabulary::{SketchBuilder, VOCABULARY_SPEC};
use crate::signal::{domhash, headers};
use crate::snapshot::{Page, SiteSnapshot};
use crate::{Error, Result};

/// The fingerprint schema this build writes and the newest it reads.
pub const FINGERPRINT_SCHEMA_VERSION: u32 = 1;

/// Settings of fingerprinting. Start here: `FingerprintConfig::default()`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FingerprintConfig {
    /// Bytes of each page body that are parsed; the rest is ignored and the
    /// page is marked truncated. Bounds the work on a hostile 1 GB page.
    /// Default 8 MiB.
    pub max_html_bytes: usize,
    /// Template signal settings.
    pub template: TemplateConfig,
    /// Text signal settings.
    pub text: TextConfig,
    /// Limits on favicon and screenshot decoding.
    pub image_limits: ImageLimits,
}

impl Default for FingerprintConfig {
    fn default() -> Self {
        Self {
            max_html_bytes: 8 << 20,
            template: TemplateConfig::default(),
            text: TextConfig::default(),
            image_limits: ImageLimits::default(),
        }
    }
}

/// The spec of every hash in a fingerprint. Two fingerprints are comparable
/// only signal by signal where their specs agree.
///
/// The specs of the imagehash-compatible values (`phash_imagehash`,
/// `dhash_imagehash`) are additive: absent in fingerprints made before them,
/// and not checked by [`HashSpecs::ensure_comparable`], because nothing in
/// this library compares those values (they are for comparing with other
/// tools' values, which do not carry our specs).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HashSpecs {
    /// Spec of `template_simhash`.
    pub template_simhash: String,
    /// Spec of `text_simhash`.
    pub text_simhash: String,
    /// Spec of `domhash`.
    pub domhash: String,
    /// Spec of `html_mmh3`.
    pub html_mmh3: String,
    /// Spec of `favicon.mmh3`.
    pub favicon_mmh3: String,
    /// Spec of the pHashes (favicon and screenshot).
    pub phash: String,
    /// Spec of the dHashes (favicon and screenshot).
    pub dhash: String,
    /// Spec of the screenshot's average hash.
    pub ahash: String,
    /// Spec of the header hash.
    pub hhhash: String,
    /// Spec of `favicon.phash_imagehash` and `screenshot.phash_imagehash`
    /// (Python imagehash's pHash); absent in fingerprints made before them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phash_imagehash: Option<String>,
    /// Spec of `favicon.dhash_imagehash` and `screenshot.dhash_imagehash`
    /// (Python imagehash's dHash); absent in fingerprints made before them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dhash_imagehash: Option<String>,
    /// Spec of `vocabulary`; absent in fingerprints made before it, which
    /// compare with any other without their vocabulary (see
    /// [`ensure_comparable`](Self::ensure_comparable)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vocabulary: Option<String>,
}

impl HashSpecs {
    /// The specs this build computes.
    pub fn current() -> Self {
        Self {
            template_simhash: TEMPLATE_SPEC.into(),
            text_simhash: TEXT_SPEC.into(),
            domhash: domhash::DOMHASH_SPEC.into(),
            html_mmh3: HTML_MMH3_SPEC.into(),
            favicon_mmh3: FAVICON_MMH3_SPEC.into(),
            phash: PHASH_SPEC.into(),
            dhash: DHASH_SPEC.into(),
            ahash: AHASH_SPEC.into(),
            hhhash: headers::HHHASH_SPEC.into(),
            phash_imagehash: Some(PHASH_IMAGEHASH_SPEC.into()),
            dhash_imagehash: Some(DHASH_IMAGEHASH_SPEC.into()),
            vocabulary: Some(VOCABULARY_SPEC.into()),
        }
    }

    /// Checks that `self` and `other` use the same spec for every signal
    /// the library compares (not the imagehash-compatible values, which it
    /// never compares). The vocabulary's spec is checked when both carry
    /// one.
    ///
    /// # Errors
    /// [`Error::SpecMismatch`] naming the first signal whose specs differ.
    pub fn ensure_comparable(&self, other: &Self) -> Result<()> {
        let mut pairs: Vec<(&'static str, &String, &String)> = vec![
            (
                "template_simhash",
                &self.template_simhash,
                &other.template_simhash,
            ),
            ("text_simhash", &self.text_simhash, &other.text_simhash),
            ("domhash", &self.domhash, &other.domhash),
            ("html_mmh3", &self.html_mmh3, &other.html_mmh3),
            ("favicon_mmh3", &self.favicon_mmh3, &other.favicon_mmh3),
            ("phash", &self.phash, &other.phash),
            ("dhash", &self.dhash, &other.dhash),
            ("ahash", &self.ahash, &other.ahash),
            ("hhhash", &self.hhhash, &other.hhhash),
        ];
        // Additive: a fingerprint without a vocabulary compares without
        // it; two sketches of different specs never compare.
        if let (Some(left), Some(right)) = (&self.vocabulary, &other.vocabulary) {
            pairs.push(("vocabulary", left, right));
        }
        for (signal, left, right) in pairs {
            if left != right {
                return Err(Error::SpecMismatch {
                    signal,
                    left: left.clone(),
                    right: right.clone(),
                });
            }
        }
        Ok(())
    }
}

/// The fingerprint of one page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageFingerprint {
    /// The page's URL or relative path.
    pub url: String,
    /// Its HTTP status.
    pub status: u16,
    /// Its title.
    pub title: Option<String>,
    /// Template simhash.
    pub template_simhash: Hash64,
    /// Text simhash.
    pub text_simhash: Hash64,
    /// AIL/Lookyloo domhash.
    pub domhash: String,
    /// Shodan `http.html_hash` of the raw body.
    pub html_mmh3: i32,
    /// HHHash of the response headers, when there were headers.
    pub hhhash: Option<String>,
    /// Distinct tag paths on the page.
    pub tag_paths: usize,
    /// Visible words on the page.
    pub words: usize,
    /// The body was cut before parsing: longer than `max_html_bytes`, or
    /// nested deeper than browsers nest (see `warnings`).
    pub truncated: bool,
}

/// The fingerprint of a site. Serialised as one JSON object per site.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteFingerprint {
    /// [`FINGERPRINT_SCHEMA_VERSION`] when written by this build.
    pub schema_version: u32,
    /// Where the snapshot came from.
    pub source: String,
    /// The root page's URL after redirects, when known.
    pub final_url: Option<String>,
    /// The root page's title.
    pub title: Option<String>,
    /// Template simhash of the site, one vote per template group (see
    /// [`crate::signal::template`]).
    pub template_simhash: Hash64,
    /// Text simhash of the site, one vote per template group.
    pub text_simhash: Hash64,
    /// domhash of the root page.
    pub domhash: String,
    /// Shodan `http.html_hash` of the root page's raw body.
    pub html_mmh3: i32,
    /// The favicon, when the snapshot has one.
    pub favicon: Option<FaviconFingerprint>,
    /// The screenshot, when the snapshot has a decodable one.
    pub screenshot: Option<ScreenshotFingerprint>,
    /// Operator identifiers found on any page, sorted.
    pub ids: Vec<OperatorId>,
    /// Linked scripts and stylesheets, sorted by URL.
    pub assets: Vec<AssetFingerprint>,
    /// Bottom-k sketch of the distinct words the site shows
    /// ([`vocabulary`](crate::signal::vocabulary)): sorted, distinct, at
    /// most [`SKETCH_SIZE`](crate::signal::vocabulary::SKETCH_SIZE) hashes.
    /// Empty in fingerprints made before it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vocabulary: Vec<u32>,
    /// Per-page values, in snapshot order (root page first).
    pub pages: Vec<PageFingerprint>,
    /// The redirects from the start URL to the root page, when crawled.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub redirects: Vec<String>,
    /// The site's 404 page (its answer to a path that does not exist), when
    /// probed; not part of the site-level values above.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_found: Option<PageFingerprint>,
    /// The root page as a browser showed it (its DOM after load), when
    /// captured. Where the raw root page is uninformative for the template
    /// or the text (a shell its scripts fill), the site values above use
    /// this page in its place; its identifiers are among `ids`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rendered: Option<PageFingerprint>,
    /// Signals that carry no evidence for this site (blank screenshot,
    /// one-colour favicon, page without structure or text), by key name.
    pub uninformative: Vec<String>,
    /// The spec of every hash above.
    pub specs: HashSpecs,
    /// What could not be fingerprinted, in plain words.
    pub warnings: Vec<String>,
}

impl SiteFingerprint {
    /// Checks that the two fingerprints can be compared: same schema, same
    /// hash specs.
    ///
    /// # Errors
    /// [`Error::SchemaVersion`] or [`Error::SpecMismatch`].
    pub fn ensure_comparable(&self, other: &Self) -> Result<()> {
        check_schema(self.schema_version)?;
        check_schema(other.schema_version)?;
        self.specs.ensure_comparable(&other.specs)
    }

    /// Checks that this build can compare the fingerprint with its own: a
    /// schema it reads, the hash specs it computes. The one check every
    /// reader of fingerprints (matcher, store, clustering) makes.
    ///
    /// # Errors
    /// [`Error::SchemaVersion`] or [`Error::SpecMismatch`].
    pub fn ensure_current(&self) -> Result<()> {
        check_schema(self.schema_version)?;
        self.specs.ensure_comparable(&HashSpecs::current())
    }

    /// Parses one fingerprint from JSON, refusing newer schemas.
    ///
    /// Every 64-bit hash must be 16 hex digits ([`Hash64`]): a line with
    /// one that is not (edited by hand, damaged) is refused as a whole,
    /// naming the field, rather than read with that signal missing.
    ///
    /// # Errors
    /// [`Error::SchemaVersion`] for a newer schema, [`Error::Hash`] for a
    /// 64-bit hash that is not 16 hex digits, [`Error::Layout`] for other
    /// JSON that is not a fingerprint.
    pub fn from_json(json: &str) -> Result<Self> {
        #[derive(Deserialize)]
        struct Probe {
            schema_version: u32,
        }
        let bad = |e: serde_json::Error| Error::Layout {
            path: "<fingerprint JSON>".into(),
            reason: e.to_string(),
        };
        let probe: Probe = serde_json::from_str(json).map_err(bad)?;
        check_schema(probe.schema_version)?;
        serde_json::from_str(json).map_err(|e| {
            // Serde's message does not say which field; find it.
            e.is_data()
                .then(|| bad_hash(json))
                .flatten()
                .unwrap_or_else(|| bad(e))
        })
    }
}

/// The first 64-bit hash of a fingerprint that is not 16 hex digits, as
/// [`Error::Hash`]; `None` when every hash present is one (a missing hash is
/// left to serde's "missing field"). Run only on a line serde refused.
fn bad_hash(json: &str) -> Option<Error> {
    use serde_json::Value;
    const SHOWN: usize = 24;
    let cut = |v: &Value| {
        let text = v.to_string();
        match text.char_indices().nth(SHOWN) {
            Some((at, _)) => format!("{}…", &text[..at]),
            None => text,
        }
    };
    let check = |field: String, value: Option<&Value>, nullable: bool| -> Option<Error> {
        let source: Option<ParseHash64Error> = match value? {
            Value::Null if nullable => return None,
            Value::String(s) => Some(s.parse::<Hash64>().err()?),
            _ => None,
        };
        Some(Error::Hash {
            field,
            value: cut(value?),
            source,
        })
    };
    let page = |at: &str, p: &Value| {
        ["template_simhash", "text_simhash"]
            .into_iter()
            .find_map(|k| check(format!("{at}.{k}"), p.get(k), false))
    };
    let v: Value = serde_json::from_str(json).ok()?;
    ["template_simhash", "text_simhash"]
        .into_iter()
        .find_map(|k| check(k.to_string(), v.get(k), false))
        .or_else(|| {
            let f = v.get("favicon").filter(|f| f.is_object())?;
            ["phash", "dhash", "phash_imagehash", "dhash_imagehash"]
                .into_iter()
                .find_map(|k| check(format!("favicon.{k}"), f.get(k), true))
        })
        .or_else(|| {
            let s = v.get("screenshot").filter(|s| s.is_object())?;
            [
                ("phash", false),
                ("dhash", false),
                ("ahash", false),
                ("phash_imagehash", true),
                ("dhash_imagehash", true),
            ]
            .into_iter()
            .find_map(|(k, nullable)| check(format!("screenshot.{k}"), s.get(k), nullable))
        })
        .or_else(|| {
            v.get("pages")?
                .as_array()?
                .iter()
                .enumerate()
                .find_map(|(i, p)| page(&format!("pages[{i}]"), p))
        })
        .or_else(|| {
            ["not_found", "rendered"]
                .into_iter()
                .find_map(|k| page(k, v.get(k).filter(|p| p.is_object())?))
        })
}

/// [`Error::SchemaVersion`] unless this build reads fingerprints of schema
/// `version`.
fn check_schema(version: u32) -> Result<()> {
    if version == 0 || version > FINGERPRINT_SCHEMA_VERSION {
        return Err(Error::SchemaVersion {
            found: version,
            supported: FINGERPRINT_SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// The template group of a page: the shape of its URL path below the root
/// page's folder ([`crate::acquire::choose::order_key`]). Relative paths
/// (saved folders, snapshot directories) are read below a common base.
fn template_group(root: &str, url: &str) -> String {
    const BASE: &str = "file:///site/";
    let absolute = |u: &str| -> String {
        if url::Url::parse(u).is_ok() {
            u.to_string()
        } else {
            url::Url::parse(BASE)
                .and_then(|b| b.join(u))
                .map_or_else(|_| u.to_string(), |j| j.to_string())
        }
    };
    order_key(&absolute(root), &absolute(url)).1
}

/// Computes fingerprints. Build it once and share it: it holds the image
/// hashers.
///
/// ```
/// use clone_detect::{Fingerprinter, FingerprintConfig, SiteSnapshot, Page};
///
/// let fingerprinter = Fingerprinter::new(FingerprintConfig::default())?;
/// let snapshot = SiteSnapshot {
///     source: "example".into(),
///     pages: vec![Page {
///         url: "index.html".into(),
///         status: 200,
///         body: b"<html><head><title>Shop</title></head><body><p>Hello</p></body></html>".to_vec(),
///         ..Page::default()
///     }],
///     ..SiteSnapshot::default()
/// };
/// let fp = fingerprinter.fingerprint(&snapshot);
/// assert_eq!(fp.title.as_deref(), Some("Shop"));
/// assert_eq!(fp.template_simhash.to_string().len(), 16);
/// # Ok::<(), clone_detect::Error>(())
/// ```
#[derive(Debug)]
pub struct Fingerprinter {
    config: FingerprintConfig,
    images: PerceptualHasher,
}

struct PageResult {
    fingerprint: PageFingerprint,
    cut: Option<Cut>,
    template: FeatureCounts,
    text: FeatureCounts,
    ids: BTreeSet<OperatorId>,
    vocabulary: SketchBuilder,
    template_informative: bool,
    text_informative: bool,
}

impl Fingerprinter {
    /// Validates `config` and builds the hashers.
    ///
    /// # Errors
    /// [`Error::Config`] when a setting is out of range.
    pub fn new(config: FingerprintConfig) -> Result<Self> {
        if config.max_html_bytes == 0 {
            return Err(Error::Config("max_html_bytes must be positive".into()));
        }
        if config.text.shingle == 0 || config.text.shingle > 16 {
            return Err(Error::Config(
                "text.shingle must be between 1 and 16".into(),
            ));
        }
        let l = &config.image_limits;
        if l.max_width == 0 || l.max_height == 0 || l.max_alloc == 0 {
            return Err(Error::Config("image limits must be positive".into()));
        }
        let images = PerceptualHasher::new(config.image_limits.clone());
        Ok(Self { config, images })
    }

    /// The configuration in use.
    pub fn config(&self) -> &FingerprintConfig {
        &self.config
    }

    /// Fingerprints a snapshot. Never fails: what cannot be fingerprinted (an
    /// undecodable screenshot, a truncated page) is recorded in `warnings`.
    pub fn fingerprint(&self, snapshot: &SiteSnapshot) -> SiteFingerprint {
        let pages: Vec<PageResult> = snapshot.pages.par_iter().map(|p| self.page(p)).collect();
        let mut warnings = snapshot.warnings.clone();
        // Site values: one vote per template group (pages of one URL shape),
        // so that which pages of a group were kept moves them little.
        let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let root_url = snapshot.pages.first().map_or("", |p| p.url.as_str());
        for (i, page) in snapshot.pages.iter().enumerate() {
            let group = if i == 0 {
                String::new()
            } else {
                template_group(root_url, &page.url)
            };
            groups.entry(group).or_default().push(i);
        }
        // The root page as the browser showed it stands in for the raw one
        // where the raw one carries nothing (a shell a script fills), signal
        // by signal.
        let rendered = snapshot.rendered.as_ref().map(|p| self.page(p));
        let root_template = match (&rendered, pages.first()) {
            (Some(r), Some(root)) if r.template_informative && !root.template_informative => {
                Some(&r.template)
            }
            _ => None,
        };
        let root_text = match (&rendered, pages.first()) {
            (Some(r), Some(root)) if r.text_informative && !root.text_informative => Some(&r.text),
            _ => None,
        };
        let mut template = GroupedVotes::new();
        let mut text = GroupedVotes::new();
        for members in groups.values() {
            let template_bags: Vec<&FeatureCounts> = members
                .iter()
                .map(|&i| match (i, root_template) {
                    (0, Some(stand_in)) => stand_in,
                    _ => &pages[i].template,
                })
                .collect();
            let text_bags: Vec<&FeatureCounts> = members
                .iter()
                .map(|&i| match (i, root_text) {
                    (0, Some(stand_in)) => stand_in,
                    _ => &pages[i].text,
                })
                .collect();
            template.add_group(template_bags);
            text.add_group(text_bags);
        }
        let mut words = SketchBuilder::new();
        for page in &pages {
            words.merge(&page.vocabulary);
        }
        if let (Some(r), Some(_)) = (&rendered, root_text) {
            words.merge(&r.vocabulary);
        }
        let mut ids = BTreeSet::new();
        if let Some(r) = &rendered {
            ids.extend(r.ids.iter().cloned());
        }
        for page in &pages {
            ids.extend(page.ids.iter().cloned());
            match page.cut {
                Some(Cut::Size) => warnings.push(format!(
                    "page {} is longer than {} bytes; only that much was parsed",
                    page.fingerprint.url, self.config.max_html_bytes
                )),
                Some(Cut::Depth(at)) => warnings.push(format!(
                    "page {} nests elements deeper than {MAX_NESTING}; parsed up to byte {at} of its decoded text",
                    page.fingerprint.url
                )),
                None => {}
            }
        }
        let mut uninformative = Vec::new();
        if !pages.iter().any(|p| p.template_informative) && root_template.is_none() {
            uninformative.push("template_simhash".to_string());
        }
        if !pages.iter().any(|p| p.text_informative) && root_text.is_none() {
            uninformative.push("text_simhash".to_string());
        }
        let favicon = snapshot.favicon.as_ref().map(|f| {
            let fp = favicon::fingerprint(f, &self.images);
            if let Some(e) = &fp.decode_error {
                warnings.push(format!("favicon {}: {e}", f.url));
            }
            if fp.uninformative {
                uninformative.push("favicon".to_string());
            }
            fp
        });
        let screenshot =
            snapshot.screenshot.as_ref().and_then(|png| {
                match screenshot::fingerprint(png, &self.images) {
                    Ok(fp) => {
                        if fp.uninformative {
                            uninformative.push("screenshot".to_string());
                        }
                        Some(fp)
                    }
                    Err(e) => {
                        warnings.push(error_chain(&e));
                        None
                    }
                }
            });
        let root = pages.first().map(|p| &p.fingerprint);
        SiteFingerprint {
            schema_version: FINGERPRINT_SCHEMA_VERSION,
            source: snapshot.source.clone(),
            final_url: snapshot.final_url.clone(),
            title: root
                .and_then(|p| p.title.clone())
                .or_else(|| rendered.as_ref().and_then(|r| r.fingerprint.title.clone())),
            template_simhash: Hash64::new(template.simhash()),
            text_simhash: Hash64::new(text.simhash()),
            domhash: root.map_or_else(String::new, |p| p.domhash.clone()),
            html_mmh3: root.map_or(0, |p| p.html_mmh3),
            favicon,
            screenshot,
            ids: ids.into_iter().collect(),
            assets: assets::fingerprint(&snapshot.assets),
            vocabulary: words.finish(),
            pages: pages.into_iter().map(|p| p.fingerprint).collect(),
            redirects: snapshot.redirects.clone(),
            not_found: snapshot
                .not_found
                .as_ref()
                .map(|p| self.page(p).fingerprint),
            rendered: rendered.map(|r| r.fingerprint),
            uninformative,
            specs: HashSpecs::current(),
            warnings,
        }
    }

    fn page(&self, page: &Page) -> PageResult {
        // Decode once; the tree, the identifiers and domhash all read this text.
        let max = self.config.max_html_bytes;
        let decoded = html::decode(&page.body[..page.body.len().min(max)]);
        let size_cut = (page.body.len() > max).then_some(Cut::Size);
        let ParsedPage { html, cut } = html::parse_decoded(&decoded, size_cut);
        let template = template::features(&html, &self.config.template);
        let words = text::words(&html);
        let text = text::features(&words, &self.config.text);
        let mut sketch = SketchBuilder::new();
        for w in &words {
            sketch.add_word(w);
        }
        let mut ids = BTreeSet::new();
        ids::find(&decoded, &html, &mut ids);
        PageResult {
            fingerprint: PageFingerprint {
                url: page.url.clone(),
                status: page.status,
                title: html::title(&html),
                template_simhash: Hash64::new(template.simhash()),
                text_simhash: Hash64::new(text.simhash()),
                domhash: domhash::domhash(&decoded),
                html_mmh3: html_mmh3(&page.body),
                hhhash: headers::hhhash(&page.headers),
                tag_paths: template.distinct(),
                words: words.len(),
                truncated: cut.is_some(),
            },
            cut,
            template_informative: template.distinct() >= self.config.template.min_features,
            text_informative: words.len() >= self.config.text.min_words,
            template,
            text,
            ids,
            vocabulary: sketch,
        }
    }
}
