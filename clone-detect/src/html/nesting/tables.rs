//! Tables: the table insertion modes (implied `tbody` and `tr`, cells
//! that close each other, tables that close instead of nesting) and
//! templates whose contents are table parts.

use super::{Contents, Model, Ns, Scope, Step};

impl Model {
    /// The nearest open element that decides how table tags are treated
    /// (the tree builder's insertion mode), and its position.
    pub(super) fn table_mode(&mut self) -> Option<(usize, Box<[u8]>)> {
        for k in (0..self.stack.len()).rev() {
            self.work += 1;
            let open = &self.stack[k];
            if open.ns == Ns::Html
                && matches!(
                    &*open.name,
                    b"td"
                        | b"th"
                        | b"tr"
                        | b"tbody"
                        | b"thead"
                        | b"tfoot"
                        | b"caption"
                        | b"colgroup"
                        | b"table"
                        | b"template"
                        | b"html"
                )
            {
                return Some((k, open.name.clone()));
            }
        }
        None
    }

    /// Whether table rules apply (in a table, a section or a row, but not
    /// in a cell or a caption).
    pub(super) fn in_table_mode(&mut self) -> bool {
        match self.table_mode() {
            Some((k, mode)) => match &*mode {
                b"table" | b"tbody" | b"thead" | b"tfoot" | b"tr" | b"colgroup" => true,
                b"template" => {
                    !matches!(self.stack[k].contents, Contents::Unknown | Contents::Body)
                }
                _ => false,
            },
            None => false,
        }
    }

    pub(super) fn table_start(&mut self, at: usize) -> Step {
        while let Some((k, mode)) = self.table_mode() {
            match &*mode {
                b"table" | b"tbody" | b"thead" | b"tfoot" | b"tr" => {
                    // A table inside a table (not in a cell) closes it,
                    // and is ignored when that table is not in table scope.
                    match self.in_scope(Scope::Table, |o| o.is_html(b"table")) {
                        Some(table) => self.truncate(table),
                        None => return Ok(()),
                    }
                    break;
                }
                b"colgroup" => self.truncate(k),
                // A template whose contents are a table has no table in
                // scope: the tag is ignored.
                b"template"
                    if !matches!(self.stack[k].contents, Contents::Unknown | Contents::Body) =>
                {
                    return Ok(());
                }
                // In a cell or a caption a table nests.
                _ => break,
            }
        }
        if !self.quirks {
            self.close_p();
        }
        self.push_html(b"table", at)
    }

    pub(super) fn table_part(&mut self, name: &[u8], at: usize) -> Step {
        let cell = matches!(name, b"td" | b"th");
        while let Some((k, mode)) = self.table_mode() {
            match &*mode {
                b"td" | b"th" | b"caption" => self.close_clearing(k),
                b"colgroup" if name == b"col" => return Ok(()),
                b"colgroup" => self.truncate(k),
                b"tr" if cell => {
                    self.truncate(k + 1);
                    return self.push(name, Ns::Html, true, at).map(drop);
                }
                b"tbody" | b"thead" | b"tfoot" if name == b"tr" || cell => {
                    self.truncate(k + 1);
                    self.push_html(b"tr", at)?;
                    if cell {
                        self.push(name, Ns::Html, true, at)?;
                    }
                    return Ok(());
                }
                b"tr" => self.truncate(k),
                b"tbody" | b"thead" | b"tfoot" => {
                    if !self.section_closes() {
                        return Ok(());
                    }
                    self.truncate(k);
                }
                b"table" => {
                    self.truncate(k + 1);
                    return self.table_child(name, at);
                }
                b"template" => return self.template_part(k, name, at),
                // Not in a table: the tree builder ignores the tag.
                _ => return Ok(()),
            }
        }
        Ok(())
    }

    /// A table part inside a table, with what it implies.
    pub(super) fn table_child(&mut self, name: &[u8], at: usize) -> Step {
        match name {
            b"caption" => self.push(name, Ns::Html, true, at).map(drop),
            b"colgroup" | b"col" => self.push_html(b"colgroup", at),
            b"tr" => {
                self.push_html(b"tbody", at)?;
                self.push_html(b"tr", at)
            }
            b"td" | b"th" => {
                self.push_html(b"tbody", at)?;
                self.push_html(b"tr", at)?;
                self.push(name, Ns::Html, true, at).map(drop)
            }
            _ => self.push_html(name, at),
        }
    }

    /// A table part in the template at `k`: the first start tag in a
    /// template decides whether its contents are a table, a table body, a
    /// row, or not a table at all (then table parts are ignored).
    pub(super) fn template_part(&mut self, k: usize, name: &[u8], at: usize) -> Step {
        let cell = matches!(name, b"td" | b"th");
        let first = self.stack[k].contents == Contents::Unknown;
        if first {
            self.stack[k].contents = match name {
                b"col" => Contents::ColumnGroup,
                b"tr" => Contents::TableBody,
                _ if cell => Contents::Row,
                _ => Contents::Table,
            };
        }
        match (self.stack[k].contents, name) {
            (Contents::ColumnGroup, _) => Ok(()),
            (Contents::Table, _) if first => {
                self.push(name, Ns::Html, name == b"caption", at).map(drop)
            }
            (Contents::Table, _) => {
                self.truncate(k + 1);
                self.table_child(name, at)
            }
            (Contents::TableBody, b"tr") => {
                self.truncate(k + 1);
                self.push_html(b"tr", at)
            }
            (Contents::TableBody, _) if cell => {
                self.truncate(k + 1);
                self.push_html(b"tr", at)?;
                self.push(name, Ns::Html, true, at).map(drop)
            }
            (Contents::Row, _) if cell => {
                self.truncate(k + 1);
                self.push(name, Ns::Html, true, at).map(drop)
            }
            _ => Ok(()),
        }
    }

    /// Whether a table section closes for a new part or `</table>`: html5ever
    /// wants a `table`, `tbody` or `tfoot` in table scope (not `thead`).
    pub(super) fn section_closes(&mut self) -> bool {
        self.in_scope(Scope::Table, |o| {
            o.ns == Ns::Html && matches!(&*o.name, b"table" | b"tbody" | b"tfoot")
        })
        .is_some()
    }

    /// The end tag of a table part, as the table modes treat it.
    pub(super) fn table_end(&mut self, name: &[u8]) {
        if matches!(name, b"td" | b"th" | b"caption") {
            if let Some(k) = self.in_scope(Scope::Table, |o| o.is_html(name)) {
                self.close_clearing(k);
            }
            return;
        }
        while let Some((k, mode)) = self.table_mode() {
            let in_scope = |m: &mut Self, n: &[u8]| m.in_scope(Scope::Table, |o| o.is_html(n));
            match &*mode {
                b"td" | b"th" => {
                    if in_scope(self, name).is_none() {
                        return;
                    }
                    self.close_clearing(k);
                }
                b"caption" if name == b"table" => self.close_clearing(k),
                b"colgroup" => self.truncate(k),
                b"tr" if name == b"tr" => return self.truncate(k),
                // `</table>` closes the row; a section's end tag closes it
                // when that section is open.
                b"tr" if name == b"table" => self.truncate(k),
                b"tr" => {
                    if in_scope(self, name).is_none() {
                        return;
                    }
                    self.truncate(k);
                }
                b"tbody" | b"thead" | b"tfoot" if &*mode == name => return self.truncate(k),
                b"tbody" | b"thead" | b"tfoot" if name == b"table" => {
                    if !self.section_closes() {
                        return;
                    }
                    self.truncate(k);
                }
                b"table" if name == b"table" => return self.truncate(k),
                _ => return,
            }
        }
    }
}
