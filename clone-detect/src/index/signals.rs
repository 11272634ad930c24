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
    /// domhash of the root page, as 16 bytes ([`domhash_bytes`];
    /// [`domhash_hex`] gives the text fingerprints carry).
    pub domhash: Option<[u8; 16]>,
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
    /// Text simhashes of the site's pages that show at least
    /// [`MIN_PAGE_TEXT_WORDS`] words, the first [`MAX_PAGE_TEXTS`] in the
    /// fingerprint's page order, sorted, distinct: what the `page_text`
    /// feature compares page to page
    /// ([`best_match_mean`](crate::verdict::best_match_mean)).
    pub page_texts: Vec<u64>,
}

/// Pages with fewer words count for nothing in [`SiteSignals::page_texts`]:
/// a short page (a search form, a redirect notice) reads the same on
/// unrelated sites. Any floor from 20 to 80 words separates the corpus's
/// releases from its theme-mates the same way.
pub const MIN_PAGE_TEXT_WORDS: usize = 32;

/// At most this many pages per site in [`SiteSignals::page_texts`]: the
/// comparison costs their product, and a stranger's fingerprint may list any
/// number of pages.
pub const MAX_PAGE_TEXTS: usize = 8;

/// A page-text set from a stranger (a record, a file): the first
/// [`MAX_PAGE_TEXTS`] hashes, sorted, distinct, as
/// [`SiteSignals::page_texts`] keeps them.
pub fn page_text_set(hashes: &[u64]) -> Vec<u64> {
    let mut out: Vec<u64> = hashes.iter().take(MAX_PAGE_TEXTS).copied().collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The text simhashes of `fp`'s pages that count (see
/// [`SiteSignals::page_texts`]); the root page as the browser showed it
/// stands in for a raw root page with too few words.
fn page_texts(fp: &SiteFingerprint) -> Vec<u64> {
    let counts = |p: &&crate::fingerprint::PageFingerprint| p.words >= MIN_PAGE_TEXT_WORDS;
    let rendered = fp
        .rendered
        .as_ref()
        .filter(counts)
        .filter(|_| fp.pages.first().is_none_or(|root| !counts(&root)));
    let mut out: Vec<u64> = rendered
        .into_iter()
        .chain(fp.pages.iter().filter(counts))
        .take(MAX_PAGE_TEXTS)
        .map(|p| p.text_simhash.as_u64())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The bytes of a hex SHA-256; any other text (a fingerprint edited by
/// hand) is hashed, so that it still compares equal only to itself.
fn sha256_bytes(hex: &str) -> [u8; 32] {
    hex_bytes(hex)
}

/// The 16 bytes of a domhash's 32 hex digits; any other text (a fingerprint
/// edited by hand) is hashed, so that it still compares equal only to
/// itself. Kept as bytes, not text: a million known sites' domhashes as
/// strings cost about 50 MB more.
pub fn domhash_bytes(text: &str) -> [u8; 16] {
    hex_bytes(text)
}

/// Lower-case hex of a domhash, as fingerprints write it.
pub fn domhash_hex(d: &[u8; 16]) -> String {
    hex_of(d)
}

/// The `N` bytes `2N` hex digits spell; any other text hashed (the first
/// `N` bytes of its SHA-256).
fn hex_bytes<const N: usize>(hex: &str) -> [u8; N] {
    let mut out = [0u8; N];
    // ASCII first: the pairs below are byte ranges, which must not cut a
    // character (a hand-edited or hostile line: found by fuzzing).
    let ok = hex.len() == 2 * N
        && hex.is_ascii()
        && out.iter_mut().enumerate().all(|(i, b)| {
            u8::from_str_radix(&hex[2 * i..2 * i + 2], 16)
                .map(|v| *b = v)
                .is_ok()
        });
    if !ok {
        use sha2::Digest;
        out.copy_from_slice(&sha2::Sha256::digest(hex.as_bytes())[..N]);
    }
    out
}

/// Lower-case hex of an asset hash, as fingerprints write it.
pub fn asset_hex(hash: &[u8; 32]) -> String {
    hex_of(hash)
}

/// Lower-case hex of bytes.
fn hex_of(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(2 * bytes.len());
    for b in bytes {
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
            domhash: structured.then(|| domhash_bytes(&fp.domhash)),
            html_mmh3: root.is_some().then_some(fp.html_mmh3),
            assets,
            ids,
            title_words,
            vocabulary: words,
            page_texts: if texty { page_texts(fp) } else { Vec::new() },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_domhash_is_kept_as_its_bytes_and_anything_else_only_equals_itself() {
        let real = "afcc898add90e486a569b35db5de0bb7";
        assert_eq!(domhash_hex(&domhash_bytes(real)), real);
        // Hand-edited text: hashed, equal only to itself, and never to the
        // bytes a real domhash spells.
        for odd in [
            "",
            "x",
            "afcc898add90e486a569b35db5de0bb",
            "zfcc898add90e486a569b35db5de0bb7",
            "é",
        ] {
            assert_eq!(domhash_bytes(odd), domhash_bytes(odd));
            assert_ne!(domhash_bytes(odd), domhash_bytes(real), "{odd:?}");
        }
        assert_ne!(domhash_bytes("x"), domhash_bytes("y"));
        // A multi-byte character where a pair of digits would be is not
        // cut (the check is for ASCII first).
        let wide = format!("é{}", &real[2..]);
        assert_eq!(domhash_bytes(&wide), domhash_bytes(&wide));
    }

    #[test]
    fn page_text_sets_are_bounded_sorted_and_distinct() {
        let many: Vec<u64> = (0..100).rev().collect();
        let set = page_text_set(&many);
        assert_eq!(set.len(), MAX_PAGE_TEXTS);
        assert!(set.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(page_text_set(&[5, 5, 1]), [1, 5]);
    }
}
