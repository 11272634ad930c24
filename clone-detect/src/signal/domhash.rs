//! domhash: the exact tag-name-sequence hash of AIL, Lookyloo and MISP's
//! `dom-hash` object.
//!
//! `sha256("|".join(tag.name for tag in soup.find_all()))`, lowercase hex,
//! first 32 characters, where `soup` is BeautifulSoup over lxml. It is a pivot
//! for joining with those tools, not a similarity: one added element changes
//! it.
//!
//! lxml (libxml2) does not build the tree the HTML5 algorithm builds: it
//! never inserts implied `<tbody>`, never turns a stray `</p>` into an empty
//! `<p>`, never reparents misnested formatting elements. A domhash over the
//! html5ever tree would therefore differ from the reference on many real
//! pages. So this module follows libxml2 instead: it takes the start tags in
//! source order from html5ever's *tokenizer* (which handles comments, raw
//! text in `<script>`/`<style>` and character references like a browser), and
//! adds the `<html>`, `<head>` and `<body>` elements that libxml2 implies
//! (html before the first other tag; head before a head-only tag such as
//! `<meta>` at the top level; body before the first other content tag) and
//! drops repeated `<html>`, `<head>` and `<body>` start tags, which libxml2
//! discards. Remaining known differences: libxml2 also discards some tags in
//! deeply broken markup (for example a start tag with an invalid name) that
//! the tokenizer keeps.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::TokenizerResult;
use sha2::{Digest, Sha256};

use crate::snapshot::layout::hex;

/// The spec of the domhash this module computes.
pub const DOMHASH_SPEC: &str = "domhash/ail-lookyloo-lxml-order/sha256-32hex";

#[derive(Default)]
struct Order {
    names: Vec<String>,
    seen_html: bool,
    seen_head: bool,
    seen_body: bool,
}

impl Order {
    fn start_tag(&mut self, name: &str) {
        match name {
            "html" => {
                if !self.seen_html {
                    self.seen_html = true;
                    self.names.push("html".into());
                }
                return;
            }
            "head" | "body" => {
                self.imply_html();
                let seen = if name == "head" {
                    // A head after the body started is discarded, as is a second head.
                    let skip = self.seen_head || self.seen_body;
                    self.seen_head = true;
                    skip
                } else {
                    let skip = self.seen_body;
                    self.seen_body = true;
                    skip
                };
                if !seen {
                    self.names.push(name.into());
                }
                return;
            }
            _ => {}
        }
        self.imply_html();
        let head_only = matches!(
            name,
            "script" | "style" | "meta" | "link" | "title" | "base"
        );
        if head_only && !self.seen_body {
            if !self.seen_head {
                self.seen_head = true;
                self.names.push("head".into());
            }
        } else if !self.seen_body && !matches!(name, "noframes" | "frame" | "frameset") {
            self.seen_body = true;
            self.names.push("body".into());
        }
        self.names.push(name.into());
    }

    fn imply_html(&mut self) {
        if !self.seen_html {
            self.seen_html = true;
            self.names.push("html".into());
        }
    }
}

struct Sink(RefCell<Order>);

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let Token::TagToken(tag) = token else {
            return TokenSinkResult::Continue;
        };
        if tag.kind != TagKind::StartTag {
            return TokenSinkResult::Continue;
        }
        let name = tag.name.to_ascii_lowercase();
        self.0.borrow_mut().start_tag(&name);
        if tag.self_closing {
            return TokenSinkResult::Continue;
        }
        match name.as_str() {
            "script" => TokenSinkResult::RawData(RawKind::ScriptData),
            "style" | "xmp" | "iframe" | "noembed" | "noframes" => {
                TokenSinkResult::RawData(RawKind::Rawtext)
            }
            "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
            "plaintext" => TokenSinkResult::Plaintext,
            _ => TokenSinkResult::Continue,
        }
    }
}

/// The tag names in the order lxml's tree would list them.
pub(crate) fn lxml_order(html: &str) -> Vec<String> {
    let tokenizer = Tokenizer::new(
        Sink(RefCell::new(Order::default())),
        TokenizerOpts::default(),
    );
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from(html));
    while let TokenizerResult::Script(()) = tokenizer.feed(&queue) {}
    tokenizer.end();
    tokenizer.sink.0.take().names
}

/// The domhash of a decoded page.
pub(crate) fn domhash(html: &str) -> String {
    let names = lxml_order(html);
    let mut digest = hex(&Sha256::digest(names.join("|").as_bytes()));
    digest.truncate(32);
    digest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recipe_on_a_small_page() {
        let page = "<!doctype html><html><head><title>t</title></head><body><div><p>a</p></div></body></html>";
        let expected = &hex(&Sha256::digest(b"html|head|title|body|div|p"))[..32];
        assert_eq!(domhash(page), expected);
    }

    #[test]
    fn follows_libxml2_not_html5_tree_building() {
        // No implied tbody, no element for a stray </p>, tags in scripts and
        // comments ignored, implied html/head/body added once.
        let page = "<title>x</title><script>var s='<div>';</script><!-- <b> -->\
                    <table><tr><td>1</td></tr></table></p><body><p>a";
        assert_eq!(
            lxml_order(page),
            ["html", "head", "title", "script", "body", "table", "tr", "td", "p"]
        );
    }

    #[test]
    fn one_added_element_changes_it() {
        assert_ne!(
            domhash("<body><div><p>a</p></div></body>"),
            domhash("<body><div><p>a</p><p>b</p></div></body>")
        );
    }
}
