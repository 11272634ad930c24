//! Start and end tags outside tables: the "in body" rules and foreign
//! (SVG, MathML) content.

use super::lex::Tag;
use super::tags::{
    breaks_out, closes_p, has_implied_end, is_formatting, is_head_rule, is_heading,
    is_special_html, is_table_part,
};
use super::{Active, After, Contents, Cut, Model, Ns, Scope, Step};

impl Model {
    /// A start tag at `at`, in foreign content or by the HTML rules.
    pub(super) fn start_tag(&mut self, b: &[u8], tag: &Tag, at: usize) -> Result<After, Cut> {
        let top = self.top();
        let html_rules = top.ns == Ns::Html
            || top.is_html_ip()
            || (top.is_mathml_text_ip() && !matches!(&tag.name[..], b"mglyph" | b"malignmark"))
            || (top.ns == Ns::Math && &*top.name == b"annotation-xml" && *tag.name == *b"svg");
        if !html_rules {
            if !breaks_out(b, tag) {
                let ns = top.ns;
                if !tag.self_closing {
                    self.push(&tag.name, ns, false, at)?;
                }
                return Ok(After::Markup);
            }
            while self.in_foreign_content() {
                self.pop();
            }
        }
        self.html_start(b, tag, at)
    }

    /// A start tag by the HTML rules ("in body", with what the head,
    /// template and table modes change).
    pub(super) fn html_start(&mut self, b: &[u8], tag: &Tag, at: usize) -> Result<After, Cut> {
        let name = &tag.name[..];
        let head_rules = is_head_rule(name);
        let table_part = is_table_part(name);
        if self.in_head
            && !head_rules
            && !matches!(name, b"head" | b"html" | b"noscript")
            && !self.is_open(b"template")
        {
            self.in_head = false;
        }
        if !head_rules && !table_part && self.is_open(b"template") {
            // The first start tag in a template, if not a table part, makes
            // its contents a body.
            if let Some((k, mode)) = self.table_mode() {
                if &*mode == b"template" && self.stack[k].contents == Contents::Unknown {
                    self.stack[k].contents = Contents::Body;
                }
            }
        }
        let top = self.top();
        // A template of columns takes nothing else.
        if top.is_html(b"template") && top.contents == Contents::ColumnGroup && !head_rules {
            return Ok(After::Markup);
        }
        // Anything but a column closes a column group.
        if top.is_html(b"colgroup") && name != b"col" && name != b"template" {
            self.pop();
        }
        match name {
            b"html" | b"body" | b"head" | b"frameset" | b"frame" => {}
            b"svg" | b"math" => {
                self.reconstruct(at)?;
                if !tag.self_closing {
                    let ns = if name == b"svg" { Ns::Svg } else { Ns::Math };
                    self.push(name, ns, false, at)?;
                }
            }
            b"area" | b"br" | b"embed" | b"img" | b"image" | b"keygen" | b"wbr" => {
                self.reconstruct(at)?;
            }
            b"input" => {
                self.close_select();
                self.reconstruct(at)?;
            }
            b"hr" => {
                self.close_p();
                if self.select_in_scope().is_some() {
                    self.pop_implied(&[]);
                }
            }
            b"base" | b"basefont" | b"bgsound" | b"link" | b"meta" | b"param" | b"source"
            | b"track" => {}
            _ if closes_p(name) => {
                self.close_p();
                self.push_html(name, at)?;
            }
            _ if is_heading(name) => {
                self.close_p();
                if self.top().ns == Ns::Html && is_heading(&self.top().name) {
                    self.pop();
                }
                self.push_html(name, at)?;
            }
            b"form" => {
                // Forms do not nest, except inside a template; in a table
                // (outside cells) a form is opened and closed at once.
                let in_template = self.is_open(b"template");
                if in_template || self.form_pointer.is_none() {
                    let id = if self.in_table_mode() {
                        // Opened and closed at once; the pointer names it.
                        self.next_id += 1;
                        self.next_id - 1
                    } else {
                        self.close_p();
                        self.push(name, Ns::Html, false, at)?
                    };
                    if !in_template {
                        self.form_pointer = Some(id);
                    }
                }
            }
            b"li" => {
                self.close_item(&[b"li"]);
                self.close_p();
                self.push_html(name, at)?;
            }
            b"dd" | b"dt" => {
                self.close_item(&[b"dd", b"dt"]);
                self.close_p();
                self.push_html(name, at)?;
            }
            b"plaintext" => {
                self.close_p();
                return Ok(After::Plaintext);
            }
            b"button" => {
                if let Some(k) = self.in_scope(Scope::Default, |o| o.is_html(b"button")) {
                    self.truncate(k);
                }
                self.reconstruct(at)?;
                self.push_html(name, at)?;
            }
            b"a" => {
                let start = self.after_last_marker();
                let listed_a =
                    (start..self.active.len())
                        .rev()
                        .find_map(|i| match &self.active[i] {
                            Active::Element { name, id, .. } if &**name == b"a" => Some(*id),
                            _ => None,
                        });
                if let Some(id) = listed_a {
                    self.adoption(b"a", at)?;
                    if let Some(p) = self.active_position(id) {
                        self.remove_active(p);
                    }
                    if let Some(k) = self.stack_position(id) {
                        self.remove_at(k);
                    }
                }
                self.reconstruct(at)?;
                self.push_formatting(b, tag, at)?;
            }
            b"nobr" => {
                self.reconstruct(at)?;
                if self.is_open(b"nobr")
                    && self
                        .in_scope(Scope::Default, |o| o.is_html(b"nobr"))
                        .is_some()
                {
                    self.adoption(b"nobr", at)?;
                    self.reconstruct(at)?;
                }
                self.push_formatting(b, tag, at)?;
            }
            _ if is_formatting(name) => {
                self.reconstruct(at)?;
                self.push_formatting(b, tag, at)?;
            }
            b"applet" | b"marquee" | b"object" => {
                self.reconstruct(at)?;
                self.push(name, Ns::Html, true, at)?;
            }
            b"template" => {
                self.push(name, Ns::Html, true, at)?;
            }
            b"table" => self.table_start(at)?,
            b"caption" | b"col" | b"colgroup" | b"tbody" | b"thead" | b"tfoot" | b"tr" | b"td"
            | b"th" => self.table_part(name, at)?,
            b"xmp" => {
                self.close_p();
                self.reconstruct(at)?;
                return Ok(After::RawText);
            }
            b"iframe" | b"noembed" | b"noframes" | b"noscript" | b"textarea" | b"title"
            | b"style" | b"script" => return Ok(After::RawText),
            b"select" => {
                if let Some(k) = self.select_in_scope() {
                    self.truncate(k);
                } else {
                    self.reconstruct(at)?;
                    self.push_html(name, at)?;
                }
            }
            b"option" | b"optgroup" => {
                if self.select_in_scope().is_some() {
                    let keep: &[&[u8]] = if name == b"option" {
                        &[b"optgroup"]
                    } else {
                        &[]
                    };
                    self.pop_implied(keep);
                } else if self.top().is_html(b"option") {
                    self.pop();
                }
                self.reconstruct(at)?;
                self.push_html(name, at)?;
            }
            b"rb" | b"rtc" | b"rp" | b"rt" => {
                if self.is_open(b"ruby")
                    && self
                        .in_scope(Scope::Default, |o| o.is_html(b"ruby"))
                        .is_some()
                {
                    let keep: &[&[u8]] = if matches!(name, b"rp" | b"rt") {
                        &[b"rtc"]
                    } else {
                        &[]
                    };
                    self.pop_implied(keep);
                }
                self.push_html(name, at)?;
            }
            _ => {
                self.reconstruct(at)?;
                self.push_html(name, at)?;
            }
        }
        Ok(After::Markup)
    }

    pub(super) fn end_tag(&mut self, name: &[u8], at: usize) -> Step {
        // Before the body, outside templates, end tags are ignored, but
        // for those that start the body.
        if self.in_head && !self.is_open(b"template") {
            if !matches!(name, b"body" | b"html" | b"br" | b"template") {
                return Ok(());
            }
            self.in_head = false;
        }
        if self.foreign_top() && matches!(name, b"p" | b"br") {
            while self.in_foreign_content() {
                self.pop();
            }
        } else if self.foreign_top() {
            let mut k = self.stack.len() - 1;
            while k > 0 && self.stack[k].ns != Ns::Html {
                self.work += 1;
                if self.stack[k].name.eq_ignore_ascii_case(name) {
                    self.truncate(k);
                    return Ok(());
                }
                k -= 1;
            }
        }
        self.html_end(name, at)
    }

    pub(super) fn html_end(&mut self, name: &[u8], at: usize) -> Step {
        // Anything but its own end tag closes a column group.
        if self.top().is_html(b"colgroup") && !matches!(name, b"colgroup" | b"col" | b"template") {
            self.pop();
        }
        let table_part = matches!(
            name,
            b"td" | b"th" | b"tr" | b"tbody" | b"thead" | b"tfoot" | b"table" | b"caption"
        );
        match name {
            b"body" | b"html" => {}
            b"br" => self.reconstruct(at)?,
            b"p" => self.close_p(),
            b"form" => {
                if self.is_open(b"template") {
                    if self.is_open(name) {
                        if let Some(k) = self.in_scope(Scope::Default, |o| o.is_html(b"form")) {
                            self.truncate(k);
                        }
                    }
                } else if let Some(id) = self.form_pointer.take() {
                    // Only the form the pointer names closes, after the
                    // elements whose end is implied (`p`, `li`…); what is
                    // open in it stays open.
                    if let Some(k) = self.in_scope(Scope::Default, |o| o.id == id) {
                        self.pop_implied(&[]);
                        self.remove_at(k);
                    }
                }
            }
            _ if is_formatting(name) => self.adoption(name, at)?,
            _ if is_heading(name) => {
                let open = [&b"h1"[..], b"h2", b"h3", b"h4", b"h5", b"h6"]
                    .iter()
                    .any(|h| self.is_open(h));
                if open {
                    if let Some(k) =
                        self.in_scope(Scope::Default, |o| o.ns == Ns::Html && is_heading(&o.name))
                    {
                        self.truncate(k);
                    }
                }
            }
            // `</table>` closes a caption even when no table is open.
            _ if table_part => self.table_end(name),
            _ if !self.is_open(name) => {}
            b"template" => {
                // Pops up to the template, then clears the list once (a
                // cell closed this way leaves the template's marker).
                if let Some(k) = self.stack.iter().rposition(|o| o.is_html(b"template")) {
                    self.close_clearing(k);
                }
            }
            b"li" => {
                if let Some(k) = self.in_scope(Scope::ListItem, |o| o.is_html(b"li")) {
                    self.truncate(k);
                }
            }
            b"colgroup" => {
                if self.top().is_html(b"colgroup") {
                    self.pop();
                }
            }
            _ if is_special_html(name) => {
                if let Some(k) = self.in_scope(Scope::Default, |o| o.is_html(name)) {
                    self.truncate(k);
                    if matches!(name, b"applet" | b"marquee" | b"object") {
                        self.clear_to_marker();
                    }
                }
            }
            _ => self.any_other_end(name),
        }
        Ok(())
    }

    /// An open `select` in scope.
    pub(super) fn select_in_scope(&mut self) -> Option<usize> {
        if !self.is_open(b"select") {
            return None;
        }
        self.in_scope(Scope::Default, |o| o.is_html(b"select"))
    }

    pub(super) fn close_select(&mut self) {
        if let Some(k) = self.select_in_scope() {
            self.truncate(k);
        }
    }

    /// Pops the elements whose end tags are implied (`p`, `li`, `option`…),
    /// except `keep`.
    pub(super) fn pop_implied(&mut self, keep: &[&[u8]]) {
        loop {
            let top = self.top();
            let implied =
                top.ns == Ns::Html && has_implied_end(&top.name) && !keep.contains(&&*top.name);
            if !implied {
                return;
            }
            self.pop();
        }
    }

    pub(super) fn close_p(&mut self) {
        if self.is_open(b"p") {
            if let Some(k) = self.in_scope(Scope::Button, |o| o.is_html(b"p")) {
                self.truncate(k);
            }
        }
    }

    /// `<li>`, `<dd>`, `<dt>` close an open item of theirs.
    pub(super) fn close_item(&mut self, names: &[&[u8]]) {
        for k in (0..self.stack.len()).rev() {
            self.work += 1;
            let open = &self.stack[k];
            if open.ns == Ns::Html && names.contains(&&*open.name) {
                self.truncate(k);
                return;
            }
            let passable = open.ns == Ns::Html && matches!(&*open.name, b"address" | b"div" | b"p");
            if open.is_special() && !passable {
                return;
            }
        }
    }

    /// An end tag with no rule of its own: closes the nearest open element
    /// of that name unless a special element is above it.
    pub(super) fn any_other_end(&mut self, name: &[u8]) {
        if !self.is_open(name) {
            return;
        }
        for k in (0..self.stack.len()).rev() {
            self.work += 1;
            let open = &self.stack[k];
            if open.is_html(name) {
                self.truncate(k);
                return;
            }
            if open.is_special() {
                return;
            }
        }
    }
}
