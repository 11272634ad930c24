//! Parsing HTML once, and walking the tree without recursion.
//!
//! Pages are parsed with `html5ever` (through `scraper`'s tree), the same
//! algorithm browsers use, so malformed markup is repaired the way a browser
//! repairs it. The walk is iterative: hostile pages nest elements thousands
//! deep, and nothing here recurses over the tree.

use std::borrow::Cow;

use scraper::node::Element;
use scraper::{Html, Node};

/// Deepest element nesting parsed, as in Chromium's HTML parser. The tree
/// builder's scope checks walk the stack of open elements, so unbounded
/// nesting makes parsing quadratic; a page is parsed up to the point where
/// it nests deeper than this.
pub const MAX_NESTING: usize = 512;

/// Why a body was not parsed whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cut {
    /// Longer than the size limit.
    Size,
    /// Nested deeper than [`MAX_NESTING`] at this byte offset.
    Depth(usize),
}

/// A parsed page.
pub(crate) struct ParsedPage {
    /// The tree.
    pub html: Html,
    /// Whether, and why, the body was cut before parsing.
    pub cut: Option<Cut>,
}

/// Decodes a body as UTF-8, replacing invalid sequences with U+FFFD.
pub(crate) fn decode(bytes: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}

/// Parses at most `max_bytes` of `body` as an HTML document.
/// Deeper nesting than [`MAX_NESTING`] is cut off, see [`depth_cut`].
pub(crate) fn parse(body: &[u8], max_bytes: usize) -> ParsedPage {
    let size_cut = body.len() > max_bytes;
    let body = &body[..body.len().min(max_bytes)];
    parse_decoded(&decode(body), size_cut.then_some(Cut::Size))
}

/// Parses text already decoded (and already cut to size, as `cut` says).
/// Deeper nesting than [`MAX_NESTING`] is cut off, see [`depth_cut`].
pub(crate) fn parse_decoded(text: &str, cut: Option<Cut>) -> ParsedPage {
    match depth_cut(text.as_bytes(), MAX_NESTING) {
        // The cut is at a '<', an ASCII byte, so a character boundary.
        Some(at) => ParsedPage {
            html: Html::parse_document(&text[..at]),
            cut: Some(Cut::Depth(at)),
        },
        None => ParsedPage {
            html: Html::parse_document(text),
            cut,
        },
    }
}

/// Elements that never hold children, or whose end tag the parser implies
/// when a sibling starts; they do not deepen the nesting.
fn is_flat(name: &[u8]) -> bool {
    const FLAT: &[&[u8]] = &[
        b"area",
        b"base",
        b"br",
        b"col",
        b"embed",
        b"hr",
        b"img",
        b"input",
        b"link",
        b"meta",
        b"param",
        b"source",
        b"track",
        b"wbr",
        b"p",
        b"li",
        b"dt",
        b"dd",
        b"tr",
        b"td",
        b"th",
        b"option",
        b"optgroup",
        b"thead",
        b"tbody",
        b"tfoot",
        b"colgroup",
        b"rb",
        b"rt",
        b"rp",
        b"!doctype",
    ];
    FLAT.iter().any(|f| f.eq_ignore_ascii_case(name))
}

/// Elements whose content is raw text up to their end tag.
fn is_raw_text(name: &[u8]) -> bool {
    const RAW: &[&[u8]] = &[
        b"script",
        b"style",
        b"textarea",
        b"title",
        b"xmp",
        b"plaintext",
    ];
    RAW.iter().any(|f| f.eq_ignore_ascii_case(name))
}

/// A linear scan that estimates element nesting from start and end tags and
/// returns the byte offset of the first start tag that nests deeper than
/// `max_depth`, if any. Comments and raw-text elements are skipped.
pub(crate) fn depth_cut(body: &[u8], max_depth: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = 0;
    let find = |from: usize, needle: &[u8]| {
        body[from..]
            .windows(needle.len())
            .position(|w| w.eq_ignore_ascii_case(needle))
            .map(|p| from + p)
    };
    while let Some(lt) = body[i..].iter().position(|&b| b == b'<').map(|p| i + p) {
        if body[lt..].starts_with(b"<!--") {
            i = find(lt + 4, b"-->").map_or(body.len(), |p| p + 3);
            continue;
        }
        let closing = body.get(lt + 1) == Some(&b'/');
        let start = lt + 1 + usize::from(closing);
        let name_len = body[start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'!' || **b == b'-')
            .count();
        let gt = body[start..]
            .iter()
            .position(|&b| b == b'>')
            .map(|p| start + p)?;
        let name = &body[start..start + name_len];
        i = gt + 1;
        if name.is_empty() || is_flat(name) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
            continue;
        }
        if body[..gt].ends_with(b"/") {
            continue;
        }
        if is_raw_text(name) {
            let mut end = b"</".to_vec();
            end.extend_from_slice(name);
            i = find(i, &end).unwrap_or(body.len());
            continue;
        }
        depth += 1;
        if depth > max_depth {
            return Some(lt);
        }
    }
    None
}

/// One step of a depth-first walk over the tree.
pub(crate) enum Event<'a> {
    /// An element starts.
    Open(&'a Element),
    /// The element opened last and not yet closed ends.
    Close(&'a Element),
    /// A text node.
    Text(&'a str),
}

/// Walks the tree in document order, iteratively.
pub(crate) fn events(html: &Html) -> impl Iterator<Item = Event<'_>> {
    html.tree.root().traverse().filter_map(|edge| match edge {
        ego_tree::iter::Edge::Open(node) => match node.value() {
            Node::Element(e) => Some(Event::Open(e)),
            Node::Text(t) => Some(Event::Text(t)),
            _ => None,
        },
        ego_tree::iter::Edge::Close(node) => match node.value() {
            Node::Element(e) => Some(Event::Close(e)),
            _ => None,
        },
    })
}

/// Elements whose text is not visible page text.
pub(crate) fn is_invisible_container(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "head"
            | "svg"
            | "math"
            | "iframe"
            | "object"
    )
}

/// The document's title: the first `<title>`, white space collapsed.
pub(crate) fn title(html: &Html) -> Option<String> {
    let mut in_title = false;
    let mut text = String::new();
    for event in events(html) {
        match event {
            Event::Open(e) if e.name() == "title" => in_title = true,
            Event::Close(e) if e.name() == "title" => break,
            Event::Text(t) if in_title => text.push_str(t),
            _ => {}
        }
    }
    let collapsed = collapse_whitespace(&text);
    (!collapsed.is_empty()).then_some(collapsed)
}

/// Collapses runs of white space to one space and trims the ends.
pub(crate) fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_cut_at_the_browser_limit() {
        let body = "<div>".repeat(200_000);
        let page = parse(body.as_bytes(), usize::MAX);
        assert_eq!(page.cut, Some(Cut::Depth(5 * MAX_NESTING)));
        let opened = events(&page.html)
            .filter(|e| matches!(e, Event::Open(_)))
            .count();
        assert!(opened > MAX_NESTING, "{opened}");
    }

    #[test]
    fn ordinary_markup_is_not_cut() {
        let mut body = String::from("<!doctype html><html><body>");
        for _ in 0..2000 {
            body.push_str(
                "<div class=row><p>a<p>b<ul><li>x<li>y</ul><br><img src=a><input/></div>",
            );
            body.push_str(
                "<script>if (a<b) { s = '<div><div><div>'; }</script><!-- <div><div> -->",
            );
            body.push_str("<table><tr><td>1<td>2<tr><td>3</table><span/>");
        }
        assert_eq!(depth_cut(body.as_bytes(), MAX_NESTING), None);
    }

    #[test]
    fn title_is_collapsed_and_first() {
        let page = parse(
            b"<html><head><title>\n  Hello\t world </title><title>second</title></head></html>",
            usize::MAX,
        );
        assert_eq!(title(&page.html).as_deref(), Some("Hello world"));
        let none = parse(b"<p>no title</p>", usize::MAX);
        assert_eq!(title(&none.html), None);
    }

    #[test]
    fn truncation_is_reported() {
        let page = parse(b"<p>abcdef</p>", 5);
        assert_eq!(page.cut, Some(Cut::Size));
        assert_eq!(parse(b"<p>x</p>", 100).cut, None);
    }
}
