//! Template signal: a simhash of the page's DOM structure.
//!
//! Each element contributes one feature, its *tag path*: the labels of its
//! two nearest ancestors and its own, e.g. `div.body>ul.toctree>li`. A label
//! is the tag name followed by the element's class tokens, lower-cased, with
//! each run of digits folded to one `0` (generated names like `post-1234`
//! and `post-98` then agree), sorted
//! and de-duplicated (attribute order and class order do not matter), at most
//! [`TemplateConfig::max_classes`] of them. Text, ids and other attributes
//! are ignored, so editing text, white space or attribute order leaves the
//! hash unchanged, and inserting a few elements moves it by a few bits.
//!
//! The per-page value is the weighted simhash of the page's tag paths. The
//! site value gives each *template group* (the pages of one URL shape, see
//! [`crate::acquire::choose`]; the root page is a group of its own) one
//! equal vote, shared by its pages, each page's tag paths normalised to the
//! same total weight ([`super::simhash::GroupedVotes`]): keeping two or
//! twenty pages of one listing template moves it little (spec v2; v1
//! summed the tag paths of all pages, so big groups outvoted the rest).

use serde::{Deserialize, Serialize};

use super::simhash::{feature_hash, FeatureCounts};
use crate::html::{events, Event};

/// The spec of the template simhash this module computes.
pub const TEMPLATE_SPEC: &str = "template-simhash/v2/tagpath3-classes/xxh3/64/site-by-url-shape";

/// Template signal settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TemplateConfig {
    /// Class tokens kept per element label (the first ones in sorted order).
    /// Default 4.
    pub max_classes: usize,
    /// Pages with fewer distinct tag paths are uninformative. Default 8.
    pub min_features: usize,
}

impl Default for TemplateConfig {
    fn default() -> Self {
        Self {
            max_classes: 4,
            min_features: 8,
        }
    }
}

/// Counts the tag-path features of one parsed page.
pub(crate) fn features(html: &scraper::Html, config: &TemplateConfig) -> FeatureCounts {
    let mut counts = FeatureCounts::new();
    // Labels of the open elements, outermost first.
    let mut stack: Vec<String> = Vec::new();
    let mut path = String::new();
    for event in events(html) {
        match event {
            Event::Open(element) => {
                let label = label(element, config.max_classes);
                path.clear();
                let from = stack.len().saturating_sub(2);
                for ancestor in &stack[from..] {
                    path.push_str(ancestor);
                    path.push('>');
                }
                path.push_str(&label);
                counts.add_hash(feature_hash(path.as_bytes()));
                stack.push(label);
            }
            Event::Close(_) => {
                stack.pop();
            }
            Event::Text(_) => {}
        }
    }
    counts
}

fn label(element: &scraper::node::Element, max_classes: usize) -> String {
    let mut classes: Vec<String> = element.classes().map(fold_class).collect();
    classes.sort_unstable();
    classes.dedup();
    let mut label = element.name().to_ascii_lowercase();
    for class in classes.iter().take(max_classes) {
        label.push('.');
        label.push_str(class);
    }
    label
}

/// Lower-cases a class token and folds each run of digits to one `0`.
fn fold_class(class: &str) -> String {
    let mut out = String::with_capacity(class.len());
    let mut in_digits = false;
    for ch in class.chars() {
        if ch.is_ascii_digit() {
            if !in_digits {
                out.push('0');
            }
            in_digits = true;
        } else {
            out.push(ch.to_ascii_lowercase());
            in_digits = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::parse;
    use crate::signal::simhash::hamming;

    fn simhash(html: &str) -> u64 {
        features(
            &parse(html.as_bytes(), usize::MAX).html,
            &TemplateConfig::default(),
        )
        .simhash()
    }

    const PAGE: &str = r#"<html><head><title>A</title><link rel="stylesheet" href="a.css"></head>
<body><div class="wrapper main"><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/b">B</a></li></ul></nav>
<div class="content"><h1>Title</h1><p>Some text here.</p><p>More text.</p>
<table class="list"><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table></div>
<footer class="foot"><p>(c) someone</p></footer></div></body></html>"#;

    #[test]
    fn text_whitespace_and_attribute_order_do_not_matter() {
        let edited = PAGE
            .replace("Some text here.", "Completely different words")
            .replace("Title", "Another")
            .replace("wrapper main", "main  wrapper")
            .replace("\n", "\n\n   ")
            .replace(r#"<a href="/b">"#, r#"<a title="x" href="/other">"#);
        assert_eq!(simhash(PAGE), simhash(&edited));
    }

    #[test]
    fn digits_in_class_names_are_folded() {
        assert_eq!(
            simhash(&PAGE.replace("content", "post-1234")),
            simhash(&PAGE.replace("content", "post-98"))
        );
    }

    #[test]
    fn a_small_insertion_moves_few_bits_and_another_layout_many() {
        let inserted = PAGE.replace(
            "<p>More text.</p>",
            "<p>More text.</p><div class=\"ad\"><img src=x></div>",
        );
        let near = hamming(simhash(PAGE), simhash(&inserted));
        let other = r#"<html><body><header class="top"><h2>x</h2></header><section class="grid">
            <article class="card"><h3>a</h3><span class="tag">t</span></article>
            <article class="card"><h3>b</h3><span class="tag">u</span></article></section>
            <form class="search"><input name="q"><button>go</button></form></body></html>"#;
        let far = hamming(simhash(PAGE), simhash(other));
        assert!(near <= 12, "insertion moved {near} bits");
        assert!(far >= 16, "different layout only {far} bits away");
        assert!(near < far);
    }
}
