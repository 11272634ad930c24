//! The values of a fingerprint that search and scoring use, in the compact
//! form the index's tables key on.

use crate::signal::vocabulary;
use crate::{Hash64, SiteFingerprint};

/// Bytes of a title that count (a longer title is cut at a character).
pub const MAX_TITLE_BYTES: usize = 1024;
/// Distinct words of a title that count, in the order they come.
pub const MAX_TITLE_WORDS: usize = 32;
/// Longest word of a title that counts, in bytes (longer ones are left out).
pub const MAX_TITLE_WORD_BYTES: usize = 64;

/// Compact, comparable values of one site. Signals that carry no evidence
/// (a blank screenshot, a one-colour favicon, a page without structure) are
/// `None` or empty, so that they never match anything. The 64-bit hashes
/// are the bits of the fingerprint's [`Hash64`]s, which the index's tables
/// split into bands.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SiteSignals {
    /// Template simhash of all pages.
    pub template: Option<u64>,
    /// Template simhash of the root page.
    pub root_template: Option<u64>,
    /// Text simhash of all pages.
    pub text: Option<u64>,
    /// Text simhash of the root page (the body simhash httpx compares).
    pub root_text: Option<u64>,
    /// Screenshot pHash.
    pub screenshot: Option<u64>,
    /// Screenshot average hash (what dnstwist compares).
    pub screenshot_ahash: Option<u64>,
    /// Favicon pHash.
    pub favicon_phash: Option<u64>,
    /// Shodan favicon hash.
    pub favicon_mmh3: Option<i32>,
    /// domhash of the root page.
    pub domhash: Option<String>,
    /// Shodan hash of the root page's body.
    pub html_mmh3: Option<i32>,
    /// SHA-256 of linked scripts and stylesheets, as bytes, sorted,
    /// distinct.
    pub assets: Vec<[u8; 32]>,
    /// Operator identifiers as `kind:value`, sorted, distinct.
    pub ids: Vec<String>,
    /// Lower-case words of the title, sorted, distinct: at most
    /// [`MAX_TITLE_WORDS`] from its first [`MAX_TITLE_BYTES`], each at most
    /// [`MAX_TITLE_WORD_BYTES`].
    pub title_words: Vec<String>,
    /// The vocabulary sketch ([`vocabulary`](crate::signal::vocabulary)):
    /// sorted, distinct, at most
    /// [`SKETCH_SIZE`](crate::signal::vocabulary::SKETCH_SIZE) hashes;
    /// empty when the site shows fewer than
    /// [`MIN_DISTINCT_WORDS`](vocabulary::MIN_DISTINCT_WORDS) words or its
    /// fingerprint has no sketch.
    pub vocabulary: Vec<u32>,
}

/// The bytes of a hex SHA-256; any other text (a fingerprint edited by
/// hand) is hashed, so that it still compares equal only to itself.
fn sha256_bytes(hex: &str) -> [u8; 32] {
    let mut out = [0u8; 32];
    // ASCII first: the pairs below are byte ranges, which must not cut a
    // character (a hand-edited or hostile line: found by fuzzing).
    let ok = hex.len() == 64
        && hex.is_ascii()
        && out.iter_mut().enumerate().all(|(i, b)| {
            u8::from_str_radix(&hex[2 * i..2 * i + 2], 16)
                .map(|v| *b = v)
                .is_ok()
        });
    if !ok {
        use sha2::Digest;
        out.copy_from_slice(&sha2::Sha256::digest(hex.as_bytes()));
    }
    out
}

/// Lower-case hex of an asset hash, as fingerprints write it.
pub fn asset_hex(hash: &[u8; 32]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(64);
    for b in hash {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
}

impl SiteSignals {
    /// Extracts the signals of a fingerprint.
    pub fn of(fp: &SiteFingerprint) -> Self {
        let useless = |key: &str| fp.uninformative.iter().any(|k| k == key);
        let structured = !useless("template_simhash");
        let texty = !useless("text_simhash");
        let root = fp.pages.first();
        let favicon = fp.favicon.as_ref().filter(|f| !f.uninformative);
        let screenshot = fp.screenshot.as_ref().filter(|s| !s.uninformative);
        let mut assets: Vec<[u8; 32]> = fp.assets.iter().map(|a| sha256_bytes(&a.sha256)).collect();
        assets.sort();
        assets.dedup();
        let mut ids: Vec<String> = fp
            .ids
            .iter()
            .map(|id| {
                let kind = serde_json::to_value(id.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default();
                format!("{kind}:{}", id.value)
            })
            .collect();
        ids.sort();
        ids.dedup();
        // A hostile page may carry a title of megabytes: only its first
        // words count (each becomes a key the index counts and searches).
        let title = fp.title.as_deref().unwrap_or("");
        let mut end = title.len().min(MAX_TITLE_BYTES);
        while !title.is_char_boundary(end) {
            end -= 1;
        }
        let mut title_words: Vec<String> = Vec::new();
        for word in title[..end]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && w.len() <= MAX_TITLE_WORD_BYTES)
        {
            let word = word.to_lowercase();
            if !title_words.contains(&word) {
                title_words.push(word);
                if title_words.len() == MAX_TITLE_WORDS {
                    break;
                }
            }
        }
        title_words.sort();
        // A fingerprint read from a file may say anything: keep a sketch.
        let words = if fp.specs.vocabulary.is_some() {
            vocabulary::informative(&fp.vocabulary)
        } else {
            Vec::new()
        };
        Self {
            template: structured.then(|| fp.template_simhash.as_u64()),
            root_template: structured
                .then(|| root.map(|p| p.template_simhash.as_u64()))
                .flatten(),
            text: texty.then(|| fp.text_simhash.as_u64()),
            root_text: texty
                .then(|| root.map(|p| p.text_simhash.as_u64()))
                .flatten(),
            screenshot: screenshot.map(|s| s.phash.as_u64()),
            screenshot_ahash: screenshot.map(|s| s.ahash.as_u64()),
            favicon_phash: favicon.and_then(|f| f.phash).map(Hash64::as_u64),
            favicon_mmh3: favicon.map(|f| f.mmh3),
            domhash: structured.then(|| fp.domhash.clone()),
            html_mmh3: root.is_some().then_some(fp.html_mmh3),
            assets,
            ids,
            title_words,
            vocabulary: words,
        }
    }
}
