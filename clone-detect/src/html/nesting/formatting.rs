//! Formatting elements (`<b>`, `<font>`, `<a>`…): the list of active
//! formatting elements, its reconstruction when text follows, and the
//! adoption agency algorithm's effect on the stack of open elements.

use super::lex::{attributes, Tag};
use super::{Active, Cut, Model, Ns, Scope, Step};
use crate::limits::MAX_ACTIVE_FORMATTING;

impl Model {
    pub(super) fn after_last_marker(&mut self) -> usize {
        let n = self.active.len();
        let start = self
            .active
            .iter()
            .rposition(|a| matches!(a, Active::Marker))
            .map_or(0, |m| m + 1);
        self.work += (n - start) as u64 + 1;
        start
    }

    pub(super) fn remove_active(&mut self, i: usize) {
        if let Active::Element { id, .. } = self.active.remove(i) {
            self.listed.remove(&id);
        }
    }

    pub(super) fn active_position(&mut self, id: u64) -> Option<usize> {
        self.work += self.active.len() as u64;
        self.active
            .iter()
            .position(|a| matches!(a, Active::Element { id: i, .. } if *i == id))
    }

    pub(super) fn stack_position(&mut self, id: u64) -> Option<usize> {
        self.work += self.stack.len() as u64;
        self.stack.iter().rposition(|o| o.id == id)
    }

    /// Re-opens the formatting elements left open since the last marker.
    pub(super) fn reconstruct(&mut self, at: usize) -> Step {
        let n = self.active.len();
        let mut first = n;
        while first > 0 {
            self.work += 1;
            match &self.active[first - 1] {
                Active::Marker => break,
                Active::Element { id, .. } if self.on_stack.contains(id) => break,
                Active::Element { .. } => first -= 1,
            }
        }
        for i in first..n {
            let Active::Element { name, .. } = &self.active[i] else {
                unreachable!("markers stop the walk back")
            };
            let name = name.clone();
            let id = self.push(&name, Ns::Html, false, at)?;
            if let Active::Element { id: old, .. } = &mut self.active[i] {
                self.listed.remove(old);
                *old = id;
            }
            self.listed.insert(id);
        }
        Ok(())
    }

    /// Opens a formatting element and lists it (at most three equal ones
    /// after the last marker: the "Noah's Ark" clause).
    pub(super) fn push_formatting(&mut self, b: &[u8], tag: &Tag, at: usize) -> Step {
        let mut pairs: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
        attributes(b, tag.attrs, |n, v| {
            pairs.push((n.to_ascii_lowercase(), v.to_vec()))
        });
        pairs.sort();
        pairs.dedup_by(|a, b| a.0 == b.0);
        let mut canonical = Vec::new();
        for (n, v) in &pairs {
            canonical.extend_from_slice(n);
            canonical.push(0);
            canonical.extend_from_slice(v);
            canonical.push(0);
        }
        let attrs = xxhash_rust::xxh3::xxh3_64(&canonical);
        let start = self.after_last_marker();
        let same: Vec<usize> = (start..self.active.len())
            .filter(|&i| {
                matches!(&self.active[i], Active::Element { name, attrs: a, .. }
                    if **name == *tag.name && *a == attrs)
            })
            .collect();
        if same.len() >= 3 {
            self.remove_active(same[0]);
        }
        let id = self.push(&tag.name, Ns::Html, false, at)?;
        self.active.push(Active::Element {
            name: (*tag.name).into(),
            attrs,
            id,
        });
        self.listed.insert(id);
        if self.active.len() > MAX_ACTIVE_FORMATTING {
            return Err(Cut(at));
        }
        Ok(())
    }

    /// The adoption agency algorithm's effect on the stack of open
    /// elements, for an end tag (or an `<a>`/`<nobr>` start tag) `name`.
    pub(super) fn adoption(&mut self, name: &[u8], at: usize) -> Step {
        for _ in 0..8 {
            let start = self.after_last_marker();
            let found = (start..self.active.len()).rev().find(
                |&i| matches!(&self.active[i], Active::Element { name: n, .. } if **n == *name),
            );
            let Some(fi) = found else {
                self.any_other_end(name);
                return Ok(());
            };
            let Active::Element { id, .. } = self.active[fi] else {
                unreachable!("found an element")
            };
            let Some(si) = self.stack_position(id) else {
                self.remove_active(fi);
                return Ok(());
            };
            self.work += (self.stack.len() - si) as u64;
            if self.stack[si + 1..]
                .iter()
                .any(|o| o.bounds(Scope::Default))
            {
                return Ok(());
            }
            let Some(fb) = (si + 1..self.stack.len()).find(|&k| self.stack[k].is_special()) else {
                self.truncate(si);
                self.remove_active(fi);
                return Ok(());
            };
            let fb_id = self.stack[fb].id;
            let mut counter = 0;
            let mut k = fb;
            while k > si + 1 {
                k -= 1;
                counter += 1;
                let node = self.stack[k].id;
                let mut listed = self.listed.contains(&node);
                if counter > 3 && listed {
                    if let Some(p) = self.active_position(node) {
                        self.remove_active(p);
                    }
                    listed = false;
                }
                if !listed {
                    self.remove_at(k);
                }
            }
            // The formatting element moves below the furthest block and
            // takes its children (what is open in it goes one deeper).
            let mut formatting = self.stack.remove(si);
            let fb_at = self
                .stack_position(fb_id)
                .expect("the furthest block stays");
            formatting.depth = self.stack[fb_at].depth + 1;
            for open in &mut self.stack[fb_at + 1..] {
                open.depth += 1;
            }
            self.stack.insert(fb_at + 1, formatting);
            let deepest = self.stack[fb_at..]
                .iter()
                .map(|o| o.depth)
                .max()
                .unwrap_or(0);
            if deepest > self.max {
                return Err(Cut(at));
            }
            self.deepest = self.deepest.max(deepest);
        }
        Ok(())
    }
}
