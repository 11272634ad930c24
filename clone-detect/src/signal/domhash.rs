//! domhash: the exact tag-name-sequence hash of AIL, Lookyloo and MISP's
//! `dom-hash` object.
//!
//! `sha256("|".join(tag names of all elements in document order))`, lowercase
//! hex, first 32 characters. It is a pivot for joining with those tools, not a
//! similarity: one added element changes it.
//!
//! The reference tools parse with lxml through BeautifulSoup; we parse with
//! html5ever. On well-formed pages the element sequences agree (tests compare
//! against values computed by the reference recipe on corpus pages). They can
//! differ where the parsers repair markup differently: html5ever always
//! creates `<html>`, `<head>` and `<body>` (lxml omits a missing `<head>`),
//! moves misnested table content out of tables as browsers do, and keeps the
//! case of SVG element names such as `linearGradient`, which we lower-case to
//! match lxml.

use sha2::{Digest, Sha256};

use crate::html::{events, Event};
use crate::snapshot::layout::hex;

/// The spec of the domhash this module computes.
pub const DOMHASH_SPEC: &str = "domhash/ail-lookyloo/sha256-32hex";

/// The domhash of a parsed page.
pub(crate) fn domhash(html: &scraper::Html) -> String {
    let mut hasher = Sha256::new();
    let mut first = true;
    for event in events(html) {
        if let Event::Open(element) = event {
            if !first {
                hasher.update(b"|");
            }
            first = false;
            hasher.update(element.name().to_ascii_lowercase().as_bytes());
        }
    }
    let mut digest = hex(&hasher.finalize());
    digest.truncate(32);
    digest
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::parse;

    #[test]
    fn recipe_on_a_small_page() {
        let page = parse(
            b"<!doctype html><html><head><title>t</title></head><body><div><p>a</p></div></body></html>",
            usize::MAX,
        );
        let joined = "html|head|title|body|div|p";
        let expected = &hex(&Sha256::digest(joined.as_bytes()))[..32];
        assert_eq!(domhash(&page.html), expected);
    }

    #[test]
    fn one_added_element_changes_it() {
        let a = parse(b"<body><div><p>a</p></div></body>", usize::MAX);
        let b = parse(b"<body><div><p>a</p><p>b</p></div></body>", usize::MAX);
        assert_ne!(domhash(&a.html), domhash(&b.html));
    }
}
