//! The sets of tag names the tree builder treats alike (HTML5 spec,
//! § 13.2.4.2 and § 13.2.6, as html5ever 0.40 implements them). The lists
//! are kept one short line per letter, unformatted, to be read against the
//! spec.

use super::lex::{attributes, Tag};

/// The "special" HTML elements: an end tag searching for its element stops
/// at them.
#[rustfmt::skip]
pub(super) fn is_special_html(name: &[u8]) -> bool {
    matches!(
        name,
        b"address" | b"applet" | b"area" | b"article" | b"aside"
        | b"base" | b"basefont" | b"bgsound" | b"blockquote" | b"body" | b"br" | b"button"
        | b"caption" | b"center" | b"col" | b"colgroup"
        | b"dd" | b"details" | b"dir" | b"div" | b"dl" | b"dt"
        | b"embed"
        | b"fieldset" | b"figcaption" | b"figure" | b"footer" | b"form" | b"frame" | b"frameset"
        | b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6" | b"head" | b"header" | b"hgroup"
        | b"hr" | b"html"
        | b"iframe" | b"img" | b"input"
        | b"keygen"
        | b"li" | b"link" | b"listing"
        | b"main" | b"marquee" | b"menu" | b"meta"
        | b"nav" | b"noembed" | b"noframes" | b"noscript"
        | b"object" | b"ol"
        | b"p" | b"param" | b"plaintext" | b"pre"
        | b"script" | b"search" | b"section" | b"select" | b"source" | b"style" | b"summary"
        | b"table" | b"tbody" | b"td" | b"template" | b"textarea" | b"tfoot" | b"th"
        | b"thead" | b"title" | b"tr" | b"track"
        | b"ul"
        | b"wbr"
        | b"xmp"
    )
}

/// Formatting elements: listed when opened, re-opened by the text that
/// follows them.
#[rustfmt::skip]
pub(super) fn is_formatting(name: &[u8]) -> bool {
    matches!(
        name,
        b"a" | b"b" | b"big" | b"code" | b"em" | b"font" | b"i" | b"nobr" | b"s" | b"small"
        | b"strike" | b"strong" | b"tt" | b"u"
    )
}

pub(super) fn is_heading(name: &[u8]) -> bool {
    matches!(name, b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6")
}

/// Block elements whose start tag closes an open `p` first.
#[rustfmt::skip]
pub(super) fn closes_p(name: &[u8]) -> bool {
    matches!(
        name,
        b"address" | b"article" | b"aside" | b"blockquote" | b"center" | b"details" | b"dialog"
        | b"dir" | b"div" | b"dl" | b"fieldset" | b"figcaption" | b"figure" | b"footer"
        | b"header" | b"hgroup" | b"main" | b"menu" | b"nav" | b"ol" | b"p" | b"search"
        | b"section" | b"summary" | b"ul" | b"pre" | b"listing"
    )
}

/// Start tags processed by the "in head" rules (also inside templates).
#[rustfmt::skip]
pub(super) fn is_head_rule(name: &[u8]) -> bool {
    matches!(
        name,
        b"base" | b"basefont" | b"bgsound" | b"link" | b"meta" | b"noframes" | b"script"
        | b"style" | b"template" | b"title"
    )
}

/// Parts of a table that only a table (or a template) opens.
#[rustfmt::skip]
pub(super) fn is_table_part(name: &[u8]) -> bool {
    matches!(
        name,
        b"caption" | b"col" | b"colgroup" | b"tbody" | b"thead" | b"tfoot" | b"tr" | b"td"
        | b"th"
    )
}

/// Elements whose end tags the tree builder implies (`generate implied end
/// tags`).
#[rustfmt::skip]
pub(super) fn has_implied_end(name: &[u8]) -> bool {
    matches!(
        name,
        b"dd" | b"dt" | b"li" | b"option" | b"optgroup" | b"p" | b"rb" | b"rp" | b"rt" | b"rtc"
    )
}

/// Start tags that leave SVG and MathML content (a `font` only with
/// `color`, `face` or `size`).
#[rustfmt::skip]
pub(super) fn breaks_out(b: &[u8], tag: &Tag) -> bool {
    let plain = matches!(
        &tag.name[..],
        b"b" | b"big" | b"blockquote" | b"body" | b"br" | b"center" | b"code" | b"dd" | b"div"
        | b"dl" | b"dt" | b"em" | b"embed" | b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6"
        | b"head" | b"hr" | b"i" | b"img" | b"li" | b"listing" | b"menu" | b"meta" | b"nobr"
        | b"ol" | b"p" | b"pre" | b"ruby" | b"s" | b"small" | b"span" | b"strong" | b"strike"
        | b"sub" | b"sup" | b"table" | b"tt" | b"u" | b"ul" | b"var"
    );
    if plain || *tag.name != *b"font" {
        return plain;
    }
    let mut styled = false;
    attributes(b, tag.attrs, |name, _| {
        styled |= [&b"color"[..], b"face", b"size"]
            .iter()
            .any(|a| a.eq_ignore_ascii_case(name));
    });
    styled
}
