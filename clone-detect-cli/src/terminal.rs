//! Text from sites made safe for a terminal. Titles, labels, URLs, error
//! messages and evidence come from the sites we look at, whose operators
//! may put escape sequences in them to rewrite the analyst's screen, hide
//! a line or fake a verdict. Every human-readable line goes through
//! [`escape`] or a [`Terminal`] writer; JSON output stays exact (its
//! encoder escapes control characters itself).

use std::io::{self, Write};

/// Whether `c` must not reach a terminal as it is: control characters
/// (C0 but newline and tab, DEL, C1) and the bidirectional overrides that
/// reorder what is shown.
fn unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every unsafe character shown as `\u{..}`, newlines and
/// tabs included (for one-line values).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if unsafe_char(c) || c == '\n' || c == '\t' {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    out
}

/// A writer that shows unsafe characters as `\u{..}` (newlines and tabs
/// pass: the writer's own line breaks).
#[derive(Debug)]
pub struct Terminal<W: Write>(pub W);

impl<W: Write> Write for Terminal<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match std::str::from_utf8(buf) {
            Ok(text) if !text.chars().any(unsafe_char) => self.0.write_all(buf)?,
            Ok(text) => {
                let mut shown = String::with_capacity(text.len() + 16);
                for c in text.chars() {
                    if unsafe_char(c) {
                        shown.push_str(&c.escape_unicode().to_string());
                    } else {
                        shown.push(c);
                    }
                }
                self.0.write_all(shown.as_bytes())?;
            }
            // Not text (never from our formatting): control bytes escaped.
            Err(_) => {
                for &b in buf {
                    if b < 0x20 && b != b'\n' && b != b'\t' || b == 0x7f {
                        write!(self.0, "\\x{b:02x}")?;
                    } else {
                        self.0.write_all(&[b])?;
                    }
                }
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_terminal_sequences() {
        assert_eq!(escape("a\u{1b}[2Jb\n"), "a\\u{1b}[2Jb\\u{a}");
        assert_eq!(escape("plain ünïcode"), "plain ünïcode");
        assert_eq!(escape("x\u{202e}y\u{9b}"), "x\\u{202e}y\\u{9b}");
    }

    #[test]
    fn the_writer_keeps_line_breaks_and_escapes_the_rest() {
        let mut out = Terminal(Vec::new());
        let title = "\u{1b}]0;pwned\u{7}ok\tx";
        writeln!(out, "title: {title}").unwrap();
        assert_eq!(
            String::from_utf8(out.0).unwrap(),
            "title: \\u{1b}]0;pwned\\u{7}ok\tx\n"
        );
    }
}
