//! The nesting bound: one linear scan that follows the HTML5 tree builder's
//! stack of open elements and its list of active formatting elements,
//! closely enough to stop a page before html5ever's tree building turns
//! quadratic.
//!
//! What the tree builder really does, and this scan follows:
//!
//! * void elements (`<br>`, `<img>`…) never open; the self-closing flag
//!   (`<div/>`) is ignored on every other HTML element, so it opens; in
//!   SVG and MathML content it is honoured, except for the HTML tags that
//!   break out of foreign content (`<svg><div/>` opens a `div`);
//! * an end tag closes only an element that is open (and in scope): a stray
//!   `</p>` or `</span>` closes nothing; `</form>` removes only the form;
//! * elements close implicitly (`<p>` before a `<div>`, `<li>` before `<li>`,
//!   table cells and rows), and `<table><tr><td>` opens an implied `tbody`;
//! * formatting elements left open (`<b>`, `<font>`, `<a>`) are re-opened
//!   when text follows (reconstruction), and misnested ones are moved by the
//!   adoption agency algorithm;
//! * comments (`<!-->` included), raw text (`<script>`, `<style>`,
//!   `<textarea>`, `<noscript>`…) and quoted attribute values (`'<!--'`)
//!   hide markup exactly where the tokenizer hides it.
//!
//! Where the scan cannot be exact it errs towards counting deeper (a
//! shallow page cut early costs a few features; a deep page let through
//! costs quadratic time). The work per token is bounded by the depth bound,
//! so the scan is linear in the input. A property test checks the scan
//! against html5ever on random tag soup (`html::tests::soup`).

mod body;
mod formatting;
mod lex;
mod tables;
mod tags;

use std::collections::{HashMap, HashSet};

use lex::{comment_end, find, is_ws, lex_tag, position, raw_text_end};
use tags::is_special_html;

/// What a scan found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Scan {
    /// Byte offset of the first token that would nest deeper than the
    /// bound (always the start of a tag or of text after a tag, so a
    /// character boundary).
    pub cut: Option<usize>,
    /// The deepest element opened before the cut (`html` is at depth 1).
    pub deepest: usize,
    /// Stack and list entries visited: the scan's work.
    pub work: u64,
}

/// Scans `body` with a bound of `max_depth` on the stack of open elements
/// (`html` and `body` included) and on the depth of an open element in the
/// tree (which can pass the stack's length: `</form>` leaves what the form
/// holds open).
pub(crate) fn scan(body: &[u8], max_depth: usize) -> Scan {
    let mut model = Model::new(max_depth);
    let cut = model.run(body).err().map(|Cut(at)| at);
    Scan {
        cut,
        deepest: model.deepest,
        work: model.work,
    }
}

/// The scan stops: nesting would pass the bound at this byte offset.
struct Cut(usize);

type Step = Result<(), Cut>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ns {
    Html,
    Svg,
    Math,
}

/// An open element.
struct Open {
    name: Box<[u8]>,
    ns: Ns,
    id: u64,
    /// Depth in the tree (`html` is 1). Usually the position in the stack
    /// plus one, but an element can stay open below one that left the
    /// stack (`</form>` removes only the form).
    depth: usize,
    /// For a template: what its first start tag made its contents.
    contents: Contents,
}

/// What a template's contents are parsed as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Contents {
    /// No start tag in it yet.
    Unknown,
    Body,
    Table,
    ColumnGroup,
    TableBody,
    Row,
}

/// An entry of the list of active formatting elements.
enum Active {
    Marker,
    Element {
        name: Box<[u8]>,
        attrs: u64,
        id: u64,
    },
}

/// What follows a start tag.
enum After {
    Markup,
    /// Text up to the element's end tag.
    RawText,
    /// Text up to the end of the document.
    Plaintext,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    Default,
    ListItem,
    Button,
    Table,
}

/// The scan's model of the tree builder.
struct Model {
    /// The bound.
    max: usize,
    /// The stack of open elements.
    stack: Vec<Open>,
    /// The list of active formatting elements.
    active: Vec<Active>,
    /// Ids of the open elements.
    on_stack: HashSet<u64>,
    /// Ids of the listed formatting elements.
    listed: HashSet<u64>,
    /// Open HTML elements by name, to ignore stray end tags at once.
    open_names: HashMap<Box<[u8]>, u32>,
    next_id: u64,
    /// The form element pointer is set.
    form_pointer: Option<u64>,
    /// Before the body: end tags (but a few) are ignored.
    in_head: bool,
    /// No `<!doctype html>` came first: a table does not close a `p`.
    quirks: bool,
    deepest: usize,
    work: u64,
}

impl Open {
    fn is_html(&self, name: &[u8]) -> bool {
        self.ns == Ns::Html && &*self.name == name
    }

    /// Special elements stop the search for an element to close. As in
    /// html5ever, only HTML elements are special.
    fn is_special(&self) -> bool {
        self.ns == Ns::Html && is_special_html(&self.name)
    }

    fn is_mathml_text_ip(&self) -> bool {
        self.ns == Ns::Math && matches!(&*self.name, b"mi" | b"mo" | b"mn" | b"ms" | b"mtext")
    }

    /// An SVG element whose contents are HTML. (A MathML `annotation-xml`
    /// can be one too, but scraper's tree sink never says so, so
    /// html5ever treats its contents as MathML.)
    fn is_html_ip(&self) -> bool {
        self.ns == Ns::Svg && matches!(&*self.name, b"foreignobject" | b"desc" | b"title")
    }

    fn bounds(&self, scope: Scope) -> bool {
        match (self.ns, scope) {
            (Ns::Html, Scope::Table) => matches!(&*self.name, b"html" | b"table" | b"template"),
            (Ns::Html, _) => {
                matches!(
                    &*self.name,
                    b"applet"
                        | b"caption"
                        | b"html"
                        | b"table"
                        | b"td"
                        | b"th"
                        | b"marquee"
                        | b"object"
                        | b"select"
                        | b"template"
                ) || (scope == Scope::ListItem && matches!(&*self.name, b"ol" | b"ul"))
                    || (scope == Scope::Button && &*self.name == b"button")
            }
            (_, Scope::Table) => false,
            _ => self.is_html_ip() || self.is_mathml_text_ip(),
        }
    }
}

impl Model {
    fn new(max: usize) -> Self {
        let mut model = Self {
            max,
            stack: Vec::new(),
            active: Vec::new(),
            on_stack: HashSet::new(),
            listed: HashSet::new(),
            open_names: HashMap::new(),
            next_id: 0,
            form_pointer: None,
            in_head: true,
            quirks: true,
            deepest: 0,
            work: 0,
        };
        // `html` and `body` are open before the first tag.
        for name in [&b"html"[..], b"body"] {
            model.stack.push(Open {
                name: name.into(),
                ns: Ns::Html,
                id: u64::MAX - model.stack.len() as u64,
                depth: model.stack.len() + 1,
                contents: Contents::Unknown,
            });
        }
        model.deepest = model.stack.len();
        model
    }

    fn run(&mut self, b: &[u8]) -> Step {
        let mut i = 0;
        let mut seen_tag = false;
        while i < b.len() {
            let Some(lt) = position(b, i, b'<') else {
                return self.text(&b[i..], i);
            };
            if lt > i {
                self.text(&b[i..lt], i)?;
            }
            let rest = &b[lt..];
            i = match rest.get(1).copied() {
                Some(b'!') if rest.starts_with(b"<!--") => comment_end(b, lt + 4),
                Some(b'!') if self.foreign_top() && rest.starts_with(b"<![CDATA[") => {
                    let end = find(b, lt + 9, b"]]>").map_or(b.len(), |p| p + 3);
                    if end > lt + 12 {
                        self.text(b"x", lt)?;
                    }
                    end
                }
                Some(b'!' | b'?') => {
                    let end = position(b, lt, b'>').map_or(b.len(), |p| p + 1);
                    let doctype = rest.len() > 9 && rest[2..9].eq_ignore_ascii_case(b"doctype");
                    if doctype && !seen_tag {
                        let text = b[lt + 9..end].to_ascii_lowercase();
                        let words: Vec<&[u8]> = text
                            .split(|&c| is_ws(c) || c == b'>')
                            .filter(|w| !w.is_empty())
                            .collect();
                        self.quirks = words != [&b"html"[..]];
                    }
                    end
                }
                Some(b'/') => match rest.get(2).copied() {
                    Some(c) if c.is_ascii_alphabetic() => {
                        let Some(tag) = lex_tag(b, lt + 2) else {
                            return Ok(());
                        };
                        self.end_tag(&tag.name, lt)?;
                        tag.end
                    }
                    Some(b'>') => lt + 3,
                    Some(_) => position(b, lt, b'>').map_or(b.len(), |p| p + 1),
                    None => return self.text(rest, lt),
                },
                Some(c) if c.is_ascii_alphabetic() => {
                    let Some(tag) = lex_tag(b, lt + 1) else {
                        return Ok(());
                    };
                    seen_tag = true;
                    match self.start_tag(b, &tag, lt)? {
                        After::Markup => tag.end,
                        After::RawText => raw_text_end(b, tag.end, &tag.name),
                        After::Plaintext => return Ok(()),
                    }
                }
                _ => {
                    self.text(b"<", lt)?;
                    lt + 1
                }
            };
        }
        Ok(())
    }

    fn top(&self) -> &Open {
        self.stack.last().expect("html stays open")
    }

    fn foreign_top(&self) -> bool {
        self.top().ns != Ns::Html
    }

    /// The current node is SVG or MathML and not an integration point.
    fn in_foreign_content(&self) -> bool {
        let top = self.top();
        top.ns != Ns::Html && !top.is_html_ip() && !top.is_mathml_text_ip()
    }

    /// Pops the current node.
    fn pop(&mut self) {
        let len = self.stack.len();
        self.truncate(len - 1);
    }

    /// Text starting at `at`: it re-opens the formatting elements that
    /// were left open, where the tree builder does.
    fn text(&mut self, text: &[u8], at: usize) -> Step {
        if text.is_empty() || self.in_foreign_content() {
            return Ok(());
        }
        if self.in_head && text.iter().any(|&c| !is_ws(c)) && !self.is_open(b"template") {
            self.in_head = false;
        }
        let top = self.top();
        let in_table = top.ns == Ns::Html
            && matches!(
                &*top.name,
                b"table" | b"tbody" | b"thead" | b"tfoot" | b"tr" | b"colgroup"
            );
        if in_table && text.iter().all(|&c| is_ws(c)) {
            return Ok(());
        }
        if top.is_html(b"colgroup") {
            self.pop();
        }
        self.reconstruct(at)
    }

    fn push(&mut self, name: &[u8], ns: Ns, marker: bool, at: usize) -> Result<u64, Cut> {
        self.work += 1;
        let depth = self.top().depth + 1;
        if self.stack.len() >= self.max || depth > self.max {
            return Err(Cut(at));
        }
        let id = self.next_id;
        self.next_id += 1;
        self.stack.push(Open {
            name: name.into(),
            ns,
            id,
            depth,
            contents: Contents::Unknown,
        });
        self.on_stack.insert(id);
        if ns == Ns::Html {
            match self.open_names.get_mut(name) {
                Some(n) => *n += 1,
                None => {
                    self.open_names.insert(name.into(), 1);
                }
            }
        }
        if marker {
            self.active.push(Active::Marker);
        }
        self.deepest = self.deepest.max(depth);
        Ok(id)
    }

    fn push_html(&mut self, name: &[u8], at: usize) -> Step {
        self.push(name, Ns::Html, false, at).map(drop)
    }

    /// Bookkeeping for an element taken off the stack.
    fn forget(&mut self, open: &Open) {
        self.on_stack.remove(&open.id);
        if open.ns != Ns::Html {
            return;
        }
        if let Some(n) = self.open_names.get_mut(&open.name) {
            *n -= 1;
            if *n == 0 {
                self.open_names.remove(&open.name);
            }
        }
    }

    /// Forgets the formatting elements listed since the last marker, as
    /// the tree builder does once when it closes a cell, a caption, an
    /// `applet`, `marquee`, `object` or `template` (however many marker
    /// elements that pops).
    fn clear_to_marker(&mut self) {
        while let Some(entry) = self.active.pop() {
            self.work += 1;
            match entry {
                Active::Marker => break,
                Active::Element { id, .. } => {
                    self.listed.remove(&id);
                }
            }
        }
    }

    /// Pops the element at `k` and every element above it.
    fn truncate(&mut self, k: usize) {
        let k = k.max(2);
        while self.stack.len() > k {
            let open = self.stack.pop().expect("longer than k");
            self.forget(&open);
        }
    }

    /// Pops the element at `k` and every element above it, then clears the
    /// list of active formatting elements to the last marker.
    fn close_clearing(&mut self, k: usize) {
        self.truncate(k);
        self.clear_to_marker();
    }

    /// Removes the element at `k` only.
    fn remove_at(&mut self, k: usize) {
        let open = self.stack.remove(k);
        self.forget(&open);
    }

    fn is_open(&self, name: &[u8]) -> bool {
        self.open_names.contains_key(name)
    }

    /// The nearest open element for which `hit` holds, if nothing in
    /// `scope`'s boundaries is above it.
    fn in_scope(&mut self, scope: Scope, hit: impl Fn(&Open) -> bool) -> Option<usize> {
        for k in (0..self.stack.len()).rev() {
            self.work += 1;
            let open = &self.stack[k];
            if hit(open) {
                return Some(k);
            }
            if open.bounds(scope) {
                return None;
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth(html: &str) -> usize {
        scan(html.as_bytes(), usize::MAX).deepest
    }

    #[test]
    fn counts_what_the_tree_builder_opens() {
        let cases: &[(&str, usize)] = &[
            ("", 2),
            ("<div><div><div>", 5),
            ("<div/><div/><div/>", 5),
            ("<br/><img><input/><hr>", 2),
            ("<div></p></span></div><div>", 3),
            ("<p><p><p>", 3),
            ("<p><div>", 3),
            ("<ul><li><li><li>", 4),
            ("<table><tr><td>", 6),
            ("<table><tr><td><td><tr><td>", 6),
            ("<table><table><table>", 3),
            ("<table><tr><td><table><tr><td>", 10),
            ("<td><tr><caption>", 2),
            ("<svg><path/><path/><g><rect/></g></svg><p>", 4),
            ("<svg><div/>", 3),
            ("<svg><style><div>", 4),
            ("<math><mi><div/>", 5),
            ("<b><i><b><i>", 6),
            ("<b></b><b></b>", 3),
            ("<p><b>x</p><p>y", 4),
            ("<script><div><div></script><style><div></style>", 2),
            ("<noscript><div></noscript><textarea><div></textarea>", 2),
            ("<!-- <div><div> --><div>", 3),
            ("<!--><div><div>", 4),
            ("<span title='>  <!--'><div><div>", 5),
            ("<form><div></form><div><div>", 6),
        ];
        for (html, want) in cases {
            assert_eq!(depth(html), *want, "{html}");
        }
    }

    #[test]
    fn the_cut_is_at_the_first_tag_too_deep() {
        let body = "<div>".repeat(1000);
        let s = scan(body.as_bytes(), 10);
        assert_eq!(s.cut, Some(5 * 8));
        assert_eq!(s.deepest, 10);
    }

    #[test]
    fn reopened_formatting_elements_count() {
        // Each paragraph re-opens every bold element left open before it.
        let body: String = (0..2000).map(|k| format!("<p><b id={k}>x</p>")).collect();
        let s = scan(body.as_bytes(), 64);
        assert!(s.cut.is_some(), "{s:?}");
        // Equal formatting elements are re-opened at most three times.
        let same = "<p><b>x</p>".repeat(2000);
        assert_eq!(scan(same.as_bytes(), 64).cut, None);
    }
}
