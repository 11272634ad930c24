//! The one input of every export: a [`SiteResult`] per checked site, made
//! from a `check` [`Verdict`] (with the site's fingerprint) or a watch's
//! [`CheckRecord`], or read from a watch's state folder.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::verdict::{KnownRef, Verdict, VerdictKind};
use crate::watch::outputs::{existing, rebuild_from_disk};
use crate::watch::state::{read_records, RESULTS_FILE};
use crate::watch::{CheckRecord, Outcome};
use crate::{Hash64, Result, SiteFingerprint};

/// One checked site, as every export reads it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SiteResult {
    /// What was checked: a URL, a domain, a folder or an archive.
    pub source: String,
    /// The host name checked (lower case, no trailing dot), or an IP
    /// address when the URL had one; `None` for a folder or an archive.
    pub domain: Option<String>,
    /// The http(s) URL checked; `None` for a folder or an archive.
    pub url: Option<String>,
    /// Where the fetch ended, when redirects led elsewhere.
    pub final_url: Option<String>,
    /// When the check finished, in seconds since 1970 (UTC).
    pub checked_at: u64,
    /// What the check found.
    pub outcome: Outcome,
    /// The best known site's fused score in [0, 1] (`None` when the site
    /// could not be checked).
    pub score: Option<f64>,
    /// The score from which a match is a reincarnation.
    pub threshold: f64,
    /// The matched known site, for a reincarnation or a review.
    pub matched: Option<KnownRef>,
    /// Why a match is in review, or what caused a block.
    pub reason: Option<String>,
    /// Why the site could not be fetched or checked.
    pub error: Option<String>,
    /// The site's own values, for correlation in other tools.
    pub signals: Signals,
}

/// The values of a site that other tools search and correlate on; each is
/// `None` when the site has none, or one that is uninformative (a blank
/// favicon, a page without structure or text).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Signals {
    /// The root page's title.
    pub title: Option<String>,
    /// The favicon's Shodan hash (`http.favicon.hash`).
    pub favicon_mmh3: Option<i32>,
    /// The favicon's SHA-256, lower-case hex.
    pub favicon_sha256: Option<String>,
    /// The favicon's MD5, lower-case hex.
    pub favicon_md5: Option<String>,
    /// Where the favicon was found (absolute for a crawled site).
    pub favicon_url: Option<String>,
    /// The root page's AIL/Lookyloo domhash.
    pub domhash: Option<String>,
    /// The root page's HHHash of its response headers (`hhh:1:…`).
    pub hhhash: Option<String>,
    /// The root page's Shodan `http.html_hash`.
    pub html_mmh3: Option<i32>,
    /// The site's template simhash.
    pub template_simhash: Option<Hash64>,
    /// The site's text simhash.
    pub text_simhash: Option<Hash64>,
}

impl Signals {
    /// The values of a fingerprint, leaving out the uninformative ones.
    pub fn of(fp: &SiteFingerprint) -> Self {
        let useless = |key: &str| fp.uninformative.iter().any(|k| k == key);
        let structured = !useless("template_simhash");
        let root = fp.pages.first();
        let favicon = fp.favicon.as_ref().filter(|f| !f.uninformative);
        Self {
            title: fp.title.clone().filter(|t| !t.trim().is_empty()),
            favicon_mmh3: favicon.map(|f| f.mmh3),
            favicon_sha256: favicon.map(|f| f.sha256.clone()),
            favicon_md5: favicon.map(|f| f.md5.clone()),
            favicon_url: favicon.map(|f| f.url.clone()),
            domhash: structured.then(|| fp.domhash.clone()),
            hhhash: root.and_then(|p| p.hhhash.clone()),
            html_mmh3: root.map(|_| fp.html_mmh3),
            template_simhash: structured.then_some(fp.template_simhash),
            text_simhash: (!useless("text_simhash")).then_some(fp.text_simhash),
        }
    }
}

impl SiteResult {
    /// A result with no match, reason, error or signal yet.
    pub fn new(
        source: impl Into<String>,
        outcome: Outcome,
        threshold: f64,
        checked_at: u64,
    ) -> Self {
        let source = source.into();
        let url = web_url(&source);
        Self {
            domain: url.as_deref().and_then(host_of),
            url,
            source,
            final_url: None,
            checked_at,
            outcome,
            score: None,
            threshold,
            matched: None,
            reason: None,
            error: None,
            signals: Signals::default(),
        }
    }

    /// The result of `check`: its verdict, the fingerprint checked (for
    /// the signals and the URL it was crawled from) and when it finished.
    ///
    /// ```
    /// use clone_detect::interop::SiteResult;
    /// use clone_detect::verdict::{FusedModel, Matcher};
    /// use clone_detect::watch::Outcome;
    /// use clone_detect::{Fingerprinter, FingerprintConfig, SiteSnapshot};
    ///
    /// let page = b"<html><head><title>Acme Market</title></head><body><nav><a>Shop</a></nav>\
    ///     <script>gtag('config','G-ABCDE12345')</script><p>Welcome to Acme Market</p></body></html>";
    /// let fp = Fingerprinter::new(FingerprintConfig::default())?
    ///     .fingerprint(&SiteSnapshot::single_page("https://Mirror.example/", page.to_vec()));
    /// let verdict = Matcher::new([(1, "acme", &fp)], FusedModel::shipped())?.check(&fp)?;
    /// let result = SiteResult::from_verdict(&verdict, Some(&fp), 1_767_225_600);
    /// assert_eq!(result.outcome, Outcome::Reincarnation);
    /// assert_eq!(result.domain.as_deref(), Some("mirror.example"));
    /// assert_eq!(result.signals.title.as_deref(), Some("Acme Market"));
    /// # Ok::<(), clone_detect::Error>(())
    /// ```
    pub fn from_verdict(
        verdict: &Verdict,
        fingerprint: Option<&SiteFingerprint>,
        checked_at: u64,
    ) -> Self {
        let outcome = match verdict.verdict {
            VerdictKind::Reincarnation => Outcome::Reincarnation,
            VerdictKind::Unrelated => Outcome::Unrelated,
        };
        let mut result = Self::new(
            verdict.source.clone(),
            outcome,
            verdict.threshold,
            checked_at,
        );
        // The URL and domain are only ever the name checked: a folder, an
        // archive or a fingerprint file names none (what the file says of
        // itself is a stranger's word).
        if let Some(fp) = fingerprint {
            result.final_url = fp.final_url.clone().filter(|f| web_url(f) != result.url);
            result.signals = Signals::of(fp);
        }
        result.score = Some(verdict.score);
        result.matched = verdict.matched.clone();
        // A match another host served after redirects does not speak for
        // the name checked: like the watch, it goes to review, naming the
        // host that served it.
        let served_by = result
            .final_url
            .as_deref()
            .and_then(host_of)
            .filter(|host| {
                let bare = |h: &str| h.strip_prefix("www.").unwrap_or(h).to_ascii_lowercase();
                result
                    .domain
                    .as_deref()
                    .is_some_and(|d| bare(d) != bare(host))
            });
        if let (Outcome::Reincarnation, Some(host)) = (result.outcome, served_by) {
            result.outcome = Outcome::Review;
            result.reason = Some(format!(
                "the match was served by {host} after redirects, not by the name checked"
            ));
        }
        result
    }

    /// A watch's record (with the fingerprint's signals when the record
    /// kept it: confirmed reincarnations of a watch run with
    /// `add_confirmed`).
    pub fn from_record(record: &CheckRecord) -> Self {
        let mut result = Self::new(
            record.domain.clone(),
            record.outcome,
            record.min_score,
            record.checked_at_unix,
        );
        result.domain = Some(record.domain.clone());
        result.url = web_url(&record.url).or_else(|| Some(record.url.clone()));
        result.final_url = record.final_url.clone();
        result.score = record.score;
        result.matched = record.matched.clone();
        result.reason = record.reason.clone();
        result.error = record.error.clone();
        if let Some(fp) = &record.fingerprint {
            result.signals = Signals::of(fp);
        }
        result
    }

    /// The build and model the results of a watch's state folder were
    /// made with, as they recorded it: `None` when none recorded one
    /// (results of builds before records carried it).
    ///
    /// # Errors
    /// [`crate::Error::Config`] when the results were made by several
    /// builds or models (an export names one); as
    /// [`from_watch_state`](Self::from_watch_state).
    pub fn recorded_provenance(dir: &Path) -> Result<Option<crate::provenance::Provenance>> {
        let dir = existing(dir)?;
        let (records, _damaged) = read_records::<CheckRecord>(&dir.join(RESULTS_FILE))?;
        let mut seen: Option<crate::provenance::Provenance> = None;
        for p in records.into_iter().filter_map(|r| r.provenance) {
            match &seen {
                Some(first) if *first != p => {
                    return Err(crate::Error::Config(format!(
                        "the results were made by several builds or models ({} and {}): export \
                         them with --model naming the one to credit",
                        first.summary(),
                        p.summary()
                    )))
                }
                Some(_) => {}
                None => seen = Some(p),
            }
        }
        Ok(seen)
    }

    /// The results of a watch's state folder: the latest result of each
    /// domain, in the order they were recorded, with people's decisions
    /// applied as the watch's outputs apply them (a review accepted is a
    /// reincarnation; a domain a person unblocked or rejected is left out),
    /// keeping only the `outcomes` asked for.
    ///
    /// Reads the folder like `watch review` does: a running watch may go
    /// on; the outputs are brought up to date on the way.
    ///
    /// # Errors
    /// [`crate::Error::State`] when `dir` is no state folder;
    /// [`crate::Error::Io`].
    pub fn from_watch_state(dir: &Path, outcomes: &[Outcome]) -> Result<Vec<Self>> {
        let dir = existing(dir)?;
        let outputs = rebuild_from_disk(&dir)?;
        let (records, _damaged) = read_records::<CheckRecord>(&dir.join(RESULTS_FILE))?;
        let mut latest: BTreeMap<&str, (usize, &CheckRecord)> = BTreeMap::new();
        for (line, record) in records.iter().enumerate() {
            latest.insert(record.domain.as_str(), (line, record));
        }
        let mut in_order: Vec<(usize, &CheckRecord)> = latest.into_values().collect();
        in_order.sort_by_key(|(line, _)| *line);
        let mut out = Vec::new();
        for (_, record) in in_order {
            let domain = record.domain.as_str();
            if outputs.allowed.contains_key(domain) {
                continue;
            }
            // The outputs' copy has the decisions' outcome and reason; the
            // results' copy has the fingerprint.
            let (decided, outcome) = if let Some(blocked) = outputs.blocked.get(domain) {
                (blocked, Outcome::Reincarnation)
            } else if let Some(item) = outputs.review.get(domain) {
                (&item.record, Outcome::Review)
            } else {
                (record, record.outcome)
            };
            if !outcomes.contains(&outcome) {
                continue;
            }
            let mut result = Self::from_record(decided);
            result.outcome = outcome;
            if decided.checked_at == record.checked_at {
                if let Some(fp) = &record.fingerprint {
                    result.signals = Signals::of(fp);
                }
            }
            out.push(result);
        }
        Ok(out)
    }
}

/// `text` as a normalised http(s) URL, when it is one.
fn web_url(text: &str) -> Option<String> {
    let url = url::Url::parse(text).ok()?;
    (matches!(url.scheme(), "http" | "https") && url.host().is_some()).then(|| url.to_string())
}

/// The host of a URL: a lower-case name without its trailing dot, or an
/// IP address without brackets.
fn host_of(url: &str) -> Option<String> {
    match url::Url::parse(url).ok()?.host()? {
        url::Host::Domain(d) => Some(d.trim_end_matches('.').to_ascii_lowercase()),
        url::Host::Ipv4(ip) => Some(ip.to_string()),
        url::Host::Ipv6(ip) => Some(ip.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_hosts_of_sources() {
        let cases: &[(&str, Option<&str>, Option<&str>)] = &[
            (
                "https://Mirror.Example./a?b",
                Some("https://mirror.example./a?b"),
                Some("mirror.example"),
            ),
            (
                "http://127.0.0.1:8080/",
                Some("http://127.0.0.1:8080/"),
                Some("127.0.0.1"),
            ),
            ("http://[::1]/", Some("http://[::1]/"), Some("::1")),
            ("corpus/sites/x", None, None),
            ("ftp://example.org/", None, None),
            ("mirror.example", None, None),
        ];
        for (source, url, host) in cases {
            let r = SiteResult::new(*source, Outcome::Unrelated, 0.5, 0);
            assert_eq!(r.url.as_deref(), *url, "{source}");
            assert_eq!(r.domain.as_deref(), *host, "{source}");
        }
    }

    /// A verdict of `source` that matched, on a fingerprint that says it
    /// came from `claimed` and ended at `final_url`.
    fn matched(source: &str, claimed: &str, final_url: Option<&str>) -> SiteResult {
        use crate::verdict::{FusedModel, Matcher};
        use crate::{FingerprintConfig, Fingerprinter, SiteSnapshot};
        let page = b"<html><head><title>Acme Market</title></head><body><p>Welcome to Acme Market, the shop</p></body></html>";
        let mut fp = Fingerprinter::new(FingerprintConfig::default())
            .unwrap()
            .fingerprint(&SiteSnapshot::single_page(claimed, page.to_vec()));
        fp.final_url = final_url.map(str::to_string);
        let mut verdict = Matcher::new([(1, "acme", &fp)], FusedModel::shipped())
            .unwrap()
            .check(&fp)
            .unwrap();
        verdict.source = source.into();
        // (A one-page site has too few signals to pass the bar: it is
        // called a match here, the subject being what is named.)
        verdict.verdict = VerdictKind::Reincarnation;
        verdict.matched = Some(crate::verdict::KnownRef {
            id: 1,
            label: "acme".into(),
        });
        SiteResult::from_verdict(&verdict, Some(&fp), 0)
    }

    #[test]
    fn only_the_name_checked_is_named_and_only_if_it_served_the_match() {
        // A file that claims to be a bank's site names no domain.
        let r = matched("capture.warc.gz", "https://innocent-bank.example/", None);
        assert_eq!((r.url.as_deref(), r.domain.as_deref()), (None, None));
        assert_eq!(r.outcome, Outcome::Reincarnation);
        // A name that redirected to the host that served the match: review.
        let r = matched(
            "http://redirector.example/",
            "http://redirector.example/",
            Some("http://served.example/home"),
        );
        assert_eq!(r.outcome, Outcome::Review);
        assert!(r.reason.as_deref().unwrap().contains("served.example"));
        // Its own www. name is itself.
        let r = matched(
            "http://shop.example/",
            "http://shop.example/",
            Some("http://www.shop.example/"),
        );
        assert_eq!(r.outcome, Outcome::Reincarnation);
    }
}
