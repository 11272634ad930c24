//! Parsing HTML once, and walking the tree without recursion.
//!
//! Pages are parsed with `html5ever` (through `scraper`'s tree), the same
//! algorithm browsers use, so malformed markup is repaired the way a browser
//! repairs it. The walk is iterative: hostile pages nest elements thousands
//! deep, and nothing here recurses over the tree.

use std::borrow::Cow;

use scraper::node::Element;
use scraper::{Html, Node};

mod nesting;

pub use crate::limits::MAX_NESTING;

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
        // The cut is at a '<' or just after a '>': a character boundary.
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

/// The byte offset of the first token that would nest the tree builder's
/// stack of open elements deeper than `max_depth` (`html` and `body`
/// included), if any; see [`nesting`] for what is counted. The offset is
/// the start of a tag or of text after a tag, so a character boundary.
pub(crate) fn depth_cut(body: &[u8], max_depth: usize) -> Option<usize> {
    nesting::scan(body, max_depth).cut
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

    /// The deepest element of a tree (`html` is at depth 1) and its number
    /// of nodes.
    fn shape(html: &Html) -> (usize, usize) {
        let (mut depth, mut deepest, mut nodes) = (0, 0, 0);
        for edge in html.tree.root().traverse() {
            match edge {
                ego_tree::iter::Edge::Open(n) => {
                    nodes += 1;
                    if n.value().is_element() {
                        depth += 1;
                        deepest = deepest.max(depth);
                    }
                }
                ego_tree::iter::Edge::Close(n) => depth -= usize::from(n.value().is_element()),
            }
        }
        (deepest, nodes)
    }

    #[test]
    fn deep_nesting_is_cut_at_the_browser_limit() {
        let body = "<div>".repeat(200_000);
        let page = parse(body.as_bytes(), usize::MAX);
        // `html` and `body` are open, then 510 divs.
        assert_eq!(page.cut, Some(Cut::Depth(5 * (MAX_NESTING - 2))));
        assert_eq!(shape(&page.html).0, MAX_NESTING);
    }

    /// Hostile pages, each as a prefix and a repeated unit: the nesting
    /// bound cuts each one, the tree stays within the bound, and a page ten
    /// times longer gives the same tree (tree building does not grow with
    /// the input past the cut).
    #[test]
    fn hostile_nesting_is_cut_where_the_tree_builder_nests() {
        let attacks: &[(&str, &str, &str)] = &[
            ("self-closing divs", "", "<div/>"),
            ("stray end tags", "", "<div></p></span>"),
            ("nested tables", "", "<table><tr><td>"),
            ("formatting elements", "", "<b><i>"),
            ("adoption agency", "", "<a><div>"),
            ("forms", "", "<form><div></form>"),
            ("breaking out of svg", "<svg>", "<div/>"),
            ("attribute hiding a comment", "<p title='<!--'>", "<div>"),
            ("empty comment", "<!-->", "<div>"),
            ("font colours", "", "<font color=red><div>"),
        ];
        for (what, prefix, unit) in attacks {
            let mut seen = None;
            for n in [100_000, 1_000_000] {
                let body = format!("{prefix}{}", unit.repeat(n));
                let page = parse(body.as_bytes(), usize::MAX);
                let Some(Cut::Depth(at)) = page.cut else {
                    panic!("{what}: not cut");
                };
                let (depth, nodes) = shape(&page.html);
                // A void or empty element inside the deepest open one is one deeper.
                assert!(depth <= MAX_NESTING + 1, "{what}: depth {depth}");
                assert!(nodes <= 4 * MAX_NESTING, "{what}: {nodes} nodes");
                if let Some(first) = seen.replace((at, nodes)) {
                    assert_eq!(first, (at, nodes), "{what}: grows with the input");
                }
            }
        }
    }

    #[test]
    fn formatting_elements_reopened_by_text_are_counted() {
        // Every paragraph re-opens the bold elements (all different) that
        // the previous one left open: the tree deepens by one each time.
        let body: String = (0..100_000)
            .map(|k| format!("<p><b id={k}>x</p>"))
            .collect();
        let page = parse(body.as_bytes(), usize::MAX);
        assert!(matches!(page.cut, Some(Cut::Depth(_))));
        assert!(shape(&page.html).0 <= MAX_NESTING + 1);
    }

    /// Hostile pages that stay shallow are not cut, and the scan's work
    /// grows linearly with them.
    #[test]
    fn shallow_hostile_pages_scan_in_linear_work() {
        let pages: &[(&str, &str)] = &[
            ("<svg>", "<g/>"),
            ("", "</p></span></div>"),
            ("", "<b><p></b>"),
            ("", "<p><b>x</p>"),
            ("", "<a><a>"),
            ("", "<div><b></div>"),
            ("<table>", "<tr><td>x"),
        ];
        for (prefix, unit) in pages {
            let work = |n: usize| {
                let body = format!("{prefix}{}", unit.repeat(n));
                let scan = nesting::scan(body.as_bytes(), MAX_NESTING);
                assert_eq!(scan.cut, None, "{unit}");
                assert!(scan.deepest < 16, "{unit}: {scan:?}");
                scan.work
            };
            let (small, large) = (work(10_000), work(100_000));
            assert!(large <= 11 * small, "{unit}: {small} then {large}");
        }
        let page = parse("<b><p></b>".repeat(100_000).as_bytes(), usize::MAX);
        assert_eq!(page.cut, None);
        assert!(shape(&page.html).0 < 16);
    }

    /// Tag soup from the constructs the bound follows: whatever the scan
    /// lets through, html5ever nests no deeper than the bound (plus the
    /// slack of what the scan cannot see exactly).
    mod soup {
        use super::*;
        use proptest::prelude::*;

        const TOKENS: &[&str] = &[
            "<div>",
            "</div>",
            "<div/>",
            "<p>",
            "</p>",
            "<span>",
            "</span>",
            "<b>",
            "</b>",
            "<i>",
            "</i>",
            "<a>",
            "</a>",
            "<b id=1>",
            "<font color=red>",
            "</font>",
            "<nobr>",
            "<table>",
            "</table>",
            "<tr>",
            "<td>",
            "</td>",
            "<th>",
            "<tbody>",
            "<caption>",
            "<colgroup>",
            "<col>",
            "<ul>",
            "<li>",
            "</ul>",
            "<dl>",
            "<dd>",
            "<h1>",
            "</h2>",
            "<button>",
            "<select>",
            "<option>",
            "</select>",
            "<form>",
            "</form>",
            "<object>",
            "</object>",
            "<template>",
            "</template>",
            "<svg>",
            "</svg>",
            "<g>",
            "<g/>",
            "<foreignObject>",
            "<math>",
            "<mi>",
            "<annotation-xml encoding=text/html>",
            "x",
            " ",
            "<br>",
            "</br>",
            "<!--c-->",
            "<ruby>",
            "<rt>",
            "<textarea>x</textarea>",
            "<a id=2>",
            "</nobr>",
            "</li>",
            "</dd>",
            "</td>",
            "</tr>",
            "</tbody>",
            "</caption>",
            "<thead>",
            "<optgroup>",
            "<input>",
            "<hr>",
            "<marquee>",
            "</marquee>",
            "<desc>",
            "<mtext>",
            "<mglyph>",
            "</math>",
            "<![CDATA[x]]>",
            "<noscript><div></noscript>",
            "<body>",
            "</body>",
            "<frameset>",
            "<image>",
            "<li/>",
            "<p/>",
            "<table/>",
            "<em>",
            "</em>",
            "</u>",
            "<u>",
            "<dt>",
            "</h1>",
            "<h2>",
            "</button>",
            "<rb>",
            "</ruby>",
        ];
        const MAX: usize = 24;
        /// A void or empty element inside the deepest open one.
        const SLACK: usize = 1;

        proptest! {
            #![proptest_config(ProptestConfig {
                cases: std::env::var("SOUP_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(512),
                failure_persistence: None,
                ..ProptestConfig::default()
            })]
            #[test]
            fn the_bound_holds_on_tag_soup(tokens in prop::collection::vec(0..TOKENS.len(), 0..300)) {
                let body: String = tokens.iter().map(|&t| TOKENS[t]).collect();
                let at = depth_cut(body.as_bytes(), MAX).unwrap_or(body.len());
                let (depth, _) = shape(&Html::parse_document(&body[..at]));
                prop_assert!(depth <= MAX + SLACK, "depth {} for {}", depth, &body[..at]);
            }
        }
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
            body.push_str("<table><tr><td>1<td>2<tr><td>3</table><span></span><br/>");
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
