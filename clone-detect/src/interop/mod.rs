//! Results in the formats analysts' tools read: a MISP event ([`misp`]), a
//! STIX 2.1 bundle ([`stix`]) and a spreadsheet-safe CSV table ([`csv`]).
//!
//! Every export reads the same input: a [`SiteResult`] per checked site,
//! made from a `check` [`Verdict`](crate::verdict::Verdict) and the
//! fingerprint checked ([`SiteResult::from_verdict`]), from a watch's
//! [`CheckRecord`](crate::watch::CheckRecord) ([`SiteResult::from_record`]),
//! or read from a watch's state folder ([`SiteResult::from_watch_state`]).
//! An [`Export`] holds them, validated, with the [`Provenance`] of the
//! build and model that produced them, and renders them in any [`Format`].
//!
//! Outputs are deterministic: the same results give byte-identical output.
//! Identifiers are name-based UUIDs (version 5) of the content, never
//! random, and times are the results' own (when each check finished),
//! never the clock's.
//!
//! ```
//! use clone_detect::interop::{Export, Format, SiteResult};
//! use clone_detect::provenance::Provenance;
//! use clone_detect::verdict::{FusedModel, KnownRef};
//! use clone_detect::watch::Outcome;
//!
//! let mut mirror = SiteResult::new("https://mirror.example/", Outcome::Reincarnation, 0.24, 1_767_225_600);
//! mirror.score = Some(0.98);
//! mirror.matched = Some(KnownRef { id: 7, label: "seized market".into() });
//! let export = Export::new(vec![mirror], Provenance::of(&FusedModel::shipped()))?;
//!
//! let bundle: serde_json::Value = serde_json::from_str(&export.render(Format::Stix)).unwrap();
//! assert_eq!(bundle["type"], "bundle");
//! let event: serde_json::Value = serde_json::from_str(&export.render(Format::Misp)).unwrap();
//! assert_eq!(event["Event"]["Object"][0]["name"], "url");
//! let table = export.render(Format::Csv);
//! assert!(table.starts_with("checked_at,source,domain,url,outcome,score"));
//! assert_eq!(export.render(Format::Stix), export.render(Format::Stix));
//! # Ok::<(), clone_detect::Error>(())
//! ```

pub mod csv;
pub mod misp;
mod result;
pub mod stix;

use std::time::{Duration, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::provenance::Provenance;
use crate::watch::Outcome;
use crate::{Error, Result};
pub use result::{Signals, SiteResult};

/// The latest time an export can write: 9999-12-31T23:59:59Z (RFC 3339
/// has four-digit years).
pub const LAST_TIME: u64 = 253_402_300_799;

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// A MISP event in the MISP core format (JSON): see [`misp`].
    Misp,
    /// A STIX 2.1 bundle (JSON): see [`stix`].
    Stix,
    /// RFC 4180 CSV with a header row, neutralised for spreadsheets: see
    /// [`csv`].
    Csv,
}

/// Results ready to export: validated once, rendered in any format.
#[derive(Clone, Debug, PartialEq)]
pub struct Export {
    results: Vec<SiteResult>,
    provenance: Provenance,
}

impl Export {
    /// Takes the results (in the order they are written) and the build and
    /// model that produced them.
    ///
    /// # Errors
    /// [`Error::Config`] for a result no format can carry: a score or
    /// threshold that is not a finite number, or a time after
    /// [`LAST_TIME`].
    pub fn new(results: Vec<SiteResult>, provenance: Provenance) -> Result<Self> {
        for r in &results {
            let bad = |what: &str| Err(Error::Config(format!("{}: {what}", r.source)));
            if r.checked_at > LAST_TIME {
                return bad(&format!(
                    "checked_at {} is after the year 9999",
                    r.checked_at
                ));
            }
            if !r.threshold.is_finite() || r.score.is_some_and(|s| !s.is_finite()) {
                return bad("the score and the threshold must be finite numbers");
            }
        }
        Ok(Self {
            results,
            provenance,
        })
    }

    /// The results, in order.
    pub fn results(&self) -> &[SiteResult] {
        &self.results
    }

    /// The build and model that produced them.
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }

    /// The export in `format`, as text (JSON is indented by two spaces and
    /// ends with a newline; CSV lines end with CRLF).
    pub fn render(&self, format: Format) -> String {
        match format {
            Format::Misp => json_text(&misp::event(self)),
            Format::Stix => json_text(&stix::bundle(self)),
            Format::Csv => csv::table(self),
        }
    }
}

fn json_text(value: &serde_json::Value) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("a JSON value serialises");
    text.push('\n');
    text
}

/// The namespace of clone-detect's name-based UUIDs: the version 5 UUID of
/// the URL `https://docs.rs/clone-detect/latest/clone_detect/interop/` in
/// the URL namespace of RFC 9562.
fn namespace() -> Uuid {
    Uuid::new_v5(
        &Uuid::NAMESPACE_URL,
        b"https://docs.rs/clone-detect/latest/clone_detect/interop/",
    )
}

/// The version 5 UUID of `name` in `namespace`.
fn uuid5(namespace: &Uuid, name: &str) -> Uuid {
    Uuid::new_v5(namespace, name.as_bytes())
}

/// RFC 3339 UTC with seconds (`2026-01-01T00:00:00Z`) of a time that
/// [`Export::new`] validated.
fn rfc3339(secs: u64) -> String {
    humantime::format_rfc3339_seconds(UNIX_EPOCH + Duration::from_secs(secs)).to_string()
}

/// RFC 3339 UTC with milliseconds (`2026-01-01T00:00:00.000Z`), as STIX
/// writes its timestamps.
fn rfc3339_millis(secs: u64) -> String {
    humantime::format_rfc3339_millis(UNIX_EPOCH + Duration::from_secs(secs)).to_string()
}

/// What a result says, in a few words: the outcome, the match and the
/// score.
fn summary(r: &SiteResult) -> String {
    let score = match r.score {
        Some(s) => format!("score {s:.4}, threshold {:.4}", r.threshold),
        None => format!("no score, threshold {:.4}", r.threshold),
    };
    let what = match (r.outcome, &r.matched) {
        (Outcome::Reincarnation, Some(m)) => {
            format!("reincarnation of known site #{} {}", m.id, m.label)
        }
        (Outcome::Review, Some(m)) => format!("in review as known site #{} {}", m.id, m.label),
        (outcome, _) => outcome_name(outcome).to_string(),
    };
    format!("{what} ({score})")
}

/// The outcome as the JSON output names it.
fn outcome_name(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Reincarnation => "reincarnation",
        Outcome::Review => "review",
        Outcome::Unrelated => "unrelated",
        Outcome::Unreachable => "unreachable",
        Outcome::Failed => "failed",
        Outcome::Skipped => "skipped",
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::verdict::{FusedModel, KnownRef};

    /// A mirror, a site in review, an unrelated one with hostile text, one
    /// that could not be fetched and a folder.
    pub(crate) fn sample() -> Export {
        let mut mirror = SiteResult::new(
            "https://mirror.example/",
            Outcome::Reincarnation,
            0.244,
            1_767_225_600,
        );
        mirror.score = Some(0.9987);
        mirror.matched = Some(KnownRef {
            id: 12,
            label: "seized \"market\", v2".into(),
        });
        mirror.signals = Signals {
            title: Some("=HYPERLINK(\"http://x\")".into()),
            favicon_mmh3: Some(-1_195_255_730),
            favicon_sha256: Some("39a3".repeat(16)),
            favicon_md5: Some("1c14".repeat(8)),
            favicon_url: Some("https://mirror.example/favicon.ico".into()),
            domhash: Some("afcc898add90e486a569b35db5de0bb7".into()),
            hhhash: Some("hhh:1:abcdef".into()),
            html_mmh3: Some(-512_630_370),
            template_simhash: Some(crate::Hash64::from(0x1a14_4327_4892_4ce2)),
            text_simhash: Some(crate::Hash64::from(0x3d24_7e9f_fa0f_744e)),
        };
        let mut review = SiteResult::new(
            "http://o'brien.example/\\",
            Outcome::Review,
            0.244,
            1_767_225_700,
        );
        review.domain = Some("o'brien\\.example".into());
        review.score = Some(0.2);
        review.matched = mirror.matched.clone();
        review.reason = Some("a shared platform".into());
        let mut unrelated =
            SiteResult::new("http://10.0.0.1/", Outcome::Unrelated, 0.244, 1_767_225_800);
        unrelated.score = Some(0.01);
        unrelated.signals.title = Some("a, \"quoted\"\r\ntitle\n+2".into());
        let mut down = SiteResult::new(
            "http://down.example/",
            Outcome::Unreachable,
            0.244,
            1_767_225_900,
        );
        down.error = Some("-connection refused".into());
        let mut folder =
            SiteResult::new("corpus/sites/x", Outcome::Unrelated, 0.244, 1_767_226_000);
        folder.score = Some(0.0);
        Export::new(
            vec![mirror, review, unrelated, down, folder],
            Provenance::of(&FusedModel::shipped()),
        )
        .unwrap()
    }

    #[test]
    fn same_input_same_bytes() {
        for format in [Format::Misp, Format::Stix, Format::Csv] {
            let (a, b) = (sample().render(format), sample().render(format));
            assert_eq!(a, b, "{format:?}");
        }
        // Another time changes the times, not the MISP identifiers.
        let mut later = sample().results;
        for r in &mut later {
            r.checked_at += 60;
        }
        let later = Export::new(later, sample().provenance).unwrap();
        let uuid = |e: &Export| misp::event(e)["Event"]["uuid"].clone();
        assert_eq!(uuid(&sample()), uuid(&later));
    }

    #[test]
    fn invalid_results_are_refused() {
        let mut r = SiteResult::new("x", Outcome::Unrelated, 0.5, LAST_TIME + 1);
        let p = Provenance::of(&FusedModel::shipped());
        assert!(matches!(
            Export::new(vec![r.clone()], p.clone()),
            Err(Error::Config(_))
        ));
        r.checked_at = LAST_TIME;
        assert!(Export::new(vec![r.clone()], p.clone()).is_ok());
        assert_eq!(rfc3339(LAST_TIME), "9999-12-31T23:59:59Z");
        r.score = Some(f64::NAN);
        assert!(Export::new(vec![r.clone()], p.clone()).is_err());
        r.score = None;
        r.threshold = f64::INFINITY;
        assert!(Export::new(vec![r], p).is_err());
    }

    #[test]
    fn uuid5_matches_the_rfc_example() {
        // RFC 9562 appendix A.4: "www.example.com" in the DNS namespace.
        assert_eq!(
            uuid5(&Uuid::NAMESPACE_DNS, "www.example.com").to_string(),
            "2ed6657d-e927-568b-95e1-2665a8aea6a2"
        );
    }
}
