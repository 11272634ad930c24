//! Text signal: a simhash of the page's visible text.
//!
//! Visible text is the text of the `<body>` outside `script`, `style`,
//! `noscript`, `template`, `svg`, `math`, `iframe` and `object` elements.
//! It is split into words (runs of Unicode letters and digits, lower-cased)
//! and each run of [`TextConfig::shingle`] consecutive words is a feature;
//! a text shorter than a shingle is one feature per word.

use serde::{Deserialize, Serialize};

use super::simhash::{feature_hash, FeatureCounts};
use crate::html::{events, is_invisible_container, Event};

/// The spec of the text simhash this module computes.
pub const TEXT_SPEC: &str = "text-simhash/v2/word3-shingles/xxh3/64/site-by-url-shape";

/// Text signal settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TextConfig {
    /// Words per shingle. Default 3.
    pub shingle: usize,
    /// Pages with fewer words are uninformative. Default 8.
    pub min_words: usize,
}

impl Default for TextConfig {
    fn default() -> Self {
        Self {
            shingle: 3,
            min_words: 8,
        }
    }
}

/// The visible words of a page, lower-cased.
pub(crate) fn words(html: &scraper::Html) -> Vec<String> {
    let mut words = Vec::new();
    let mut hidden_depth = 0usize;
    for event in events(html) {
        match event {
            Event::Open(e) if is_invisible_container(e.name()) => hidden_depth += 1,
            Event::Close(e) if is_invisible_container(e.name()) => {
                hidden_depth = hidden_depth.saturating_sub(1)
            }
            Event::Text(text) if hidden_depth == 0 => {
                words.extend(
                    text.split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .map(str::to_lowercase),
                );
            }
            _ => {}
        }
    }
    words
}

/// Counts the shingles of a word list.
pub(crate) fn features(words: &[String], config: &TextConfig) -> FeatureCounts {
    let mut counts = FeatureCounts::new();
    let k = config.shingle.max(1);
    let mut buf = String::new();
    if words.len() < k {
        for w in words {
            counts.add_hash(feature_hash(w.as_bytes()));
        }
        return counts;
    }
    for window in words.windows(k) {
        buf.clear();
        for (i, w) in window.iter().enumerate() {
            if i > 0 {
                buf.push(' ');
            }
            buf.push_str(w);
        }
        counts.add_hash(feature_hash(buf.as_bytes()));
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::parse;
    use crate::signal::simhash::hamming;

    fn page_words(html: &str) -> Vec<String> {
        words(&parse(html.as_bytes(), usize::MAX).html)
    }

    #[test]
    fn scripts_styles_and_head_are_not_text() {
        let w = page_words(
            "<html><head><title>T</title><style>p{}</style></head><body><script>var x=1</script>\
             <p>Hello, World!</p><noscript>enable js</noscript><svg><text>logo</text></svg> Bye</body></html>",
        );
        assert_eq!(w, ["hello", "world", "bye"]);
    }

    #[test]
    fn markup_changes_do_not_change_text_hash() {
        let text = "one two three four five six seven eight nine ten eleven twelve";
        let a = format!("<body><p>{text}</p></body>");
        let b = format!(
            "<body><div class=x><span>{}</span> {}</div></body>",
            &text[..13],
            &text[14..]
        );
        let fa = features(&page_words(&a), &TextConfig::default()).simhash();
        let fb = features(&page_words(&b), &TextConfig::default()).simhash();
        assert_eq!(hamming(fa, fb), 0);
    }
}
