//! Favicon discovery, one set of rules for every reader (folder, WARC,
//! crawl), as a browser finds a page's icon:
//!
//! 1. the root page's icon links (`<link rel=icon>`, then Apple touch icons,
//!    then mask icons; at most [`MAX_ICON_CANDIDATES`], see
//!    [`links`](super::links)), then `/favicon.ico` at the root page's own
//!    origin, each URL once;
//! 2. an inline `data:` icon is decoded, any other is read by the reader
//!    (from the folder, the archive or the network);
//! 3. the first candidate whose bytes sniff as an image is the favicon; one
//!    that is not an image (an HTML error page served as `/favicon.ico`)
//!    leaves a warning.

use url::Url;

use super::links::decode_data_url;
use crate::limits::MAX_ICON_CANDIDATES;
use crate::snapshot::{sniff, Favicon};

/// The candidates, in the order they are tried: `icons` (the root page's
/// icon links; more than [`MAX_ICON_CANDIDATES`] are cut), then
/// `/favicon.ico` of `root`, each once.
pub(crate) fn candidates(icons: &[Url], root: &Url) -> Vec<Url> {
    let mut out: Vec<Url> = Vec::with_capacity(icons.len().min(MAX_ICON_CANDIDATES) + 1);
    let fallback = root.join("/favicon.ico").ok();
    for url in icons
        .iter()
        .take(MAX_ICON_CANDIDATES)
        .chain(fallback.as_ref())
    {
        if !out.contains(url) {
            out.push(url.clone());
        }
    }
    out
}

/// How a favicon found inline is named in the snapshot (not its whole
/// `data:` URL, which may be large).
pub(crate) const INLINE_NAME: &str = "data:";

/// What a reader does with one candidate.
pub(crate) enum Candidate {
    /// An inline icon, already decoded (undecodable ones are skipped).
    Inline(Vec<u8>),
    /// An icon to read from where the site is.
    Read(Url),
}

/// What the reader does with `url`: decode it inline, or read it.
pub(crate) fn classify(url: &Url) -> Option<Candidate> {
    if url.scheme() == "data" {
        return decode_data_url(url).map(Candidate::Inline);
    }
    Some(Candidate::Read(url.clone()))
}

/// The favicon, when `bytes` (found at `name`) are an image; otherwise a
/// warning.
pub(crate) fn accept(name: String, bytes: Vec<u8>, warnings: &mut Vec<String>) -> Option<Favicon> {
    if sniff(&bytes).is_some() {
        return Some(Favicon { url: name, bytes });
    }
    warnings.push(format!("{name}: not an image, not used as the favicon"));
    None
}

/// The first candidate that is an image. `read` reads a candidate that is
/// not inline and names it (`None`: not there, or refused).
pub(crate) fn find(
    candidates: &[Url],
    mut read: impl FnMut(&Url) -> Option<(String, Vec<u8>)>,
    warnings: &mut Vec<String>,
) -> Option<Favicon> {
    for url in candidates {
        let (name, bytes) = match classify(url) {
            Some(Candidate::Inline(bytes)) => (INLINE_NAME.to_string(), bytes),
            Some(Candidate::Read(url)) => match read(&url) {
                Some(found) => found,
                None => continue,
            },
            None => continue,
        };
        if let Some(favicon) = accept(name, bytes, warnings) {
            return Some(favicon);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn links_first_then_the_root_favicon_each_once() {
        let root = url("https://example.org/docs/index.html");
        let icons = [
            url("https://example.org/i.png"),
            url("https://example.org/favicon.ico"),
        ];
        let got = candidates(&icons, &root);
        assert_eq!(
            got,
            [
                url("https://example.org/i.png"),
                url("https://example.org/favicon.ico")
            ]
        );
        let many: Vec<Url> = (0..20)
            .map(|i| url(&format!("https://example.org/{i}.png")))
            .collect();
        let got = candidates(&many, &root);
        assert_eq!(got.len(), MAX_ICON_CANDIDATES + 1);
        assert_eq!(
            got.last().unwrap().as_str(),
            "https://example.org/favicon.ico"
        );
    }

    #[test]
    fn inline_icons_count_and_non_images_warn() {
        let mut warnings = Vec::new();
        let candidates = [
            url("https://example.org/broken.png"),
            url("data:image/png;base64,%%%"),
            url("data:image/png;base64,iVBORw0KGgo="),
            url("https://example.org/favicon.ico"),
        ];
        let found = find(
            &candidates,
            |u| Some((u.to_string(), b"<html>not found</html>".to_vec())),
            &mut warnings,
        )
        .unwrap();
        assert_eq!(found.url, INLINE_NAME);
        assert_eq!(found.bytes, PNG);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].starts_with("https://example.org/broken.png: not an image"));
    }

    #[test]
    fn missing_candidates_are_skipped() {
        let mut warnings = Vec::new();
        let candidates = [
            url("https://example.org/a.png"),
            url("https://example.org/favicon.ico"),
        ];
        let found = find(
            &candidates,
            |u| (u.path() == "/favicon.ico").then(|| (u.to_string(), PNG.to_vec())),
            &mut warnings,
        );
        assert_eq!(found.unwrap().url, "https://example.org/favicon.ico");
        assert!(warnings.is_empty());
    }
}
