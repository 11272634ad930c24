//! The tokenizer's part of the nesting bound: where tags, comments and
//! raw text begin and end, with quoted attribute values honoured (a `'<!--'`
//! inside a value hides nothing).

use std::borrow::Cow;

pub(super) fn is_ws(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

pub(super) fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

pub(super) fn position(b: &[u8], from: usize, byte: u8) -> Option<usize> {
    b.get(from..)?
        .iter()
        .position(|&c| c == byte)
        .map(|p| from + p)
}

/// Walks the attributes of a tag from `j`, calling `each(name, value)`;
/// returns the offset after the tag's `>` and its self-closing flag, or
/// `None` when the input ends inside the tag (the tokenizer drops it).
pub(super) fn attributes(
    b: &[u8],
    mut j: usize,
    mut each: impl FnMut(&[u8], &[u8]),
) -> Option<(usize, bool)> {
    loop {
        while j < b.len() && is_ws(b[j]) {
            j += 1;
        }
        match *b.get(j)? {
            b'>' => return Some((j + 1, false)),
            b'/' => {
                if b.get(j + 1) == Some(&b'>') {
                    return Some((j + 2, true));
                }
                j += 1;
            }
            _ => {
                let name_start = j;
                j += 1;
                while j < b.len() && !matches!(b[j], b'/' | b'>' | b'=') && !is_ws(b[j]) {
                    j += 1;
                }
                let name = &b[name_start..j];
                while j < b.len() && is_ws(b[j]) {
                    j += 1;
                }
                if b.get(j) != Some(&b'=') {
                    each(name, b"");
                    continue;
                }
                j += 1;
                while j < b.len() && is_ws(b[j]) {
                    j += 1;
                }
                match *b.get(j)? {
                    quote @ (b'"' | b'\'') => {
                        let close = position(b, j + 1, quote)?;
                        each(name, &b[j + 1..close]);
                        j = close + 1;
                    }
                    b'>' => each(name, b""),
                    _ => {
                        let start = j;
                        while j < b.len() && b[j] != b'>' && !is_ws(b[j]) {
                            j += 1;
                        }
                        each(name, &b[start..j]);
                    }
                }
            }
        }
    }
}

/// A lexed tag.
pub(super) struct Tag<'a> {
    /// ASCII-lowercased name.
    pub name: Cow<'a, [u8]>,
    /// Offset where the attributes start.
    pub attrs: usize,
    /// Ends with `/>`.
    pub self_closing: bool,
    /// Offset after the closing `>`.
    pub end: usize,
}

/// Lexes the tag whose name starts at `start`.
pub(super) fn lex_tag(b: &[u8], start: usize) -> Option<Tag<'_>> {
    let mut j = start;
    while j < b.len() && !matches!(b[j], b'/' | b'>') && !is_ws(b[j]) {
        j += 1;
    }
    let name = &b[start..j];
    let name = if name.iter().any(u8::is_ascii_uppercase) {
        Cow::Owned(name.to_ascii_lowercase())
    } else {
        Cow::Borrowed(name)
    };
    let (end, self_closing) = attributes(b, j, |_, _| {})?;
    Some(Tag {
        name,
        attrs: j,
        self_closing,
        end,
    })
}

/// The end of a comment whose text starts at `from` (after `<!--`).
pub(super) fn comment_end(b: &[u8], from: usize) -> usize {
    let rest = &b[from.min(b.len())..];
    if rest.starts_with(b">") {
        return from + 1;
    }
    if rest.starts_with(b"->") {
        return from + 2;
    }
    let mut j = from;
    while let Some(p) = find(b, j, b"--") {
        match b.get(p + 2) {
            Some(b'>') => return p + 3,
            Some(b'!') if b.get(p + 3) == Some(&b'>') => return p + 4,
            _ => j = p + 1,
        }
    }
    b.len()
}

/// The end of raw text that started at `from` inside element `name`: after
/// its end tag, or the end of the document.
pub(super) fn raw_text_end(b: &[u8], from: usize, name: &[u8]) -> usize {
    let mut j = from;
    while let Some(p) = position(b, j, b'<') {
        let n = p + 2;
        let closes = b.get(p + 1) == Some(&b'/')
            && b.get(n..n + name.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(name))
            && b.get(n + name.len())
                .is_some_and(|&c| is_ws(c) || c == b'/' || c == b'>');
        if closes {
            return lex_tag(b, n).map_or(b.len(), |t| t.end);
        }
        j = p + 1;
    }
    b.len()
}
