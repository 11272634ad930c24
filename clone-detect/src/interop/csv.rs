//! A CSV table (RFC 4180): a header row, then one row per result, in
//! order, for spreadsheets and scripts.
//!
//! Lines end with CRLF; a field that holds a comma, a double quote, a CR
//! or an LF is enclosed in double quotes, with its double quotes doubled.
//! The text is UTF-8 without a byte-order mark. Empty fields are values a
//! result does not have.
//!
//! **Formula injection.** A spreadsheet runs a cell that begins with `=`,
//! `+`, `-` or `@` (and some, after a tab or CR) as a formula, and a
//! hostile site chooses its own title. So every text field that begins
//! with one of `=`, `+`, `-`, `@`, tab or CR is written with a leading
//! apostrophe (`'=HYPERLINK(…)`), which spreadsheets show as text, as
//! OWASP recommends; the apostrophe is then part of the value for other
//! readers. Numbers (`score`, `threshold`, `match_id`, the Shodan hashes,
//! which may be negative) are written by clone-detect itself and left as
//! they are.
//!
//! The columns, in [`COLUMNS`] order: `checked_at` (RFC 3339 UTC),
//! `source`, `domain`, `url`, `outcome` (`reincarnation`, `review`,
//! `unrelated`, `unreachable`, `failed` or `skipped`), `score`,
//! `threshold`, `match_id`, `match_label`, `title`, `favicon_mmh3`,
//! `favicon_sha256`, `domhash`, `hhhash`, `html_mmh3`, `template_simhash`,
//! `text_simhash` (16 hex digits), `final_url`, `reason`, `error`, `tool`
//! and `model_sha256` (the provenance, on every row so that tables from
//! several runs can be joined).

use std::fmt::Write;

use super::{outcome_name, rfc3339, Export, SiteResult};

/// The header row.
pub const COLUMNS: [&str; 22] = [
    "checked_at",
    "source",
    "domain",
    "url",
    "outcome",
    "score",
    "threshold",
    "match_id",
    "match_label",
    "title",
    "favicon_mmh3",
    "favicon_sha256",
    "domhash",
    "hhhash",
    "html_mmh3",
    "template_simhash",
    "text_simhash",
    "final_url",
    "reason",
    "error",
    "tool",
    "model_sha256",
];

/// One field: text from outside (neutralised), or a number.
enum Field<'a> {
    Text(Option<&'a str>),
    Number(Option<String>),
}

/// The table of an export.
pub fn table(export: &Export) -> String {
    let mut out = String::new();
    push_row(&mut out, COLUMNS.iter().map(|c| Field::Text(Some(c))));
    let p = export.provenance();
    for r in export.results() {
        push_row(&mut out, row(r, &p.tool, &p.model_sha256));
    }
    out
}

fn row<'a>(r: &'a SiteResult, tool: &'a str, model: &'a str) -> [Field<'a>; 22] {
    let s = &r.signals;
    let number = |n: Option<String>| Field::Number(n);
    let text = |t: &'a Option<String>| Field::Text(t.as_deref());
    [
        number(Some(rfc3339(r.checked_at))),
        Field::Text(Some(&r.source)),
        text(&r.domain),
        text(&r.url),
        Field::Text(Some(outcome_name(r.outcome))),
        number(r.score.map(|s| s.to_string())),
        number(Some(r.threshold.to_string())),
        number(r.matched.as_ref().map(|m| m.id.to_string())),
        Field::Text(r.matched.as_ref().map(|m| m.label.as_str())),
        text(&s.title),
        number(s.favicon_mmh3.map(|h| h.to_string())),
        text(&s.favicon_sha256),
        text(&s.domhash),
        text(&s.hhhash),
        number(s.html_mmh3.map(|h| h.to_string())),
        number(s.template_simhash.map(|h| h.to_string())),
        number(s.text_simhash.map(|h| h.to_string())),
        text(&r.final_url),
        text(&r.reason),
        text(&r.error),
        Field::Text(Some(tool)),
        Field::Text(Some(model)),
    ]
}

fn push_row<'a>(out: &mut String, fields: impl IntoIterator<Item = Field<'a>>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        match field {
            Field::Text(t) => push_field(out, &neutralise(t.unwrap_or(""))),
            Field::Number(n) => push_field(out, n.as_deref().unwrap_or("")),
        }
    }
    out.push_str("\r\n");
}

/// `text`, with a leading apostrophe when a spreadsheet would read it as
/// a formula.
pub fn neutralise(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

/// A field, quoted when RFC 4180 requires it.
fn push_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\r', '\n']) {
        let _ = write!(out, "\"{}\"", field.replace('"', "\"\""));
    } else {
        out.push_str(field);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interop::tests::sample;

    #[test]
    fn formulas_are_neutralised_and_nothing_else() {
        let cases = [
            ("=1+1", "'=1+1"),
            ("+1", "'+1"),
            ("-1", "'-1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("a=1", "a=1"),
            (" =1", " =1"),
            ("'=1", "'=1"),
            ("", ""),
        ];
        for (text, written) in cases {
            assert_eq!(neutralise(text), written, "{text:?}");
        }
    }

    #[test]
    fn fields_are_quoted_as_rfc_4180_says() {
        let cases = [
            ("plain", "plain"),
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("cr\r", "\"cr\r\""),
            ("", ""),
        ];
        for (text, written) in cases {
            let mut out = String::new();
            push_field(&mut out, text);
            assert_eq!(out, written, "{text:?}");
        }
    }

    #[test]
    fn a_row_per_result_with_the_hostile_title_neutralised() {
        let table = table(&sample());
        let header = COLUMNS.join(",") + "\r\n";
        assert!(table.starts_with(&header));
        // The mirror's row: numbers as they are, text neutralised.
        let mirror = table[header.len()..].split("\r\n").next().unwrap();
        assert!(mirror.starts_with(
            "2026-01-01T00:00:00Z,https://mirror.example/,mirror.example,https://mirror.example/,\
             reincarnation,0.9987,0.244,12,\"seized \"\"market\"\", v2\",\
             \"'=HYPERLINK(\"\"http://x\"\")\",-1195255730,"
        ), "{mirror}");
        assert!(
            table.contains(",\"a, \"\"quoted\"\"\r\ntitle\n+2\","),
            "{table}"
        );
        assert!(table.contains(",'-connection refused,"), "{table}");
        assert!(table.ends_with("\r\n"));
    }
}
