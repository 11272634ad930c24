//! Evidence captures: what was fetched from a site, kept so that it can be
//! shown later, unchanged, to someone who has to act on a match.
//!
//! A capture is a folder with:
//!
//! * `capture.warc.gz`: a WARC 1.1 file (one gzip member per record) of
//!   the site as acquired: a `warcinfo` record; for every page (the 404
//!   probe included) a `request` record, as the crawler was configured to
//!   send it (method, URL, `Host`, `User-Agent`: headers the HTTP client
//!   adds on its own are not known here), and a `response` record with the
//!   status, the headers and the body as received (bodies as the HTTP
//!   client delivered them: content encodings it undid are undone, and a
//!   body cut at a size cap is marked `WARC-Truncated: length`); the
//!   favicon and the kept scripts and stylesheets as `resource` records
//!   (their bytes as received; their HTTP heads are not kept); the
//!   screenshot as a `resource` record `urn:screenshot:URL` (`image/png`)
//!   and the rendered DOM as `urn:dom:URL` (`text/html`), the names
//!   browsertrix uses; and a `metadata` record
//!   (`application/vnd.clone-detect.evidence+json`) with the result (the
//!   verdict and scores as the caller reported them), the fingerprint, the
//!   tool version, commit, model hash and hash specs ([`Provenance`]), and
//!   the role and original URL of every other record. Every record has
//!   SHA-256 block (and, for responses, payload) digests, so `warcio check`
//!   verifies it.
//! * `fingerprint.json`: the fingerprint made from it when it was taken;
//! * `result.json`, when the capture was taken for a result;
//! * `manifest.sha256`: the SHA-256 of every other file, in the format of
//!   `sha256sum` (`sha256sum -c manifest.sha256` checks it), and
//!   [`verify_capture`] checks it and the WARC's digests.
//!
//! [`read_capture`] turns the WARC back into the very snapshot it was made
//! from (the metadata record says which record was which page), so that
//! fingerprinting the capture gives the fingerprint of the live check; the
//! [`Loader`](crate::source::Loader) does so for any capture given as a
//! WARC source. Reading a capture from a stranger is bounded like reading a
//! snapshot folder ([`crate::limits`]), and any record whose digest does
//! not match its bytes makes it an error: a capture is shown unchanged or
//! not at all.
//!
//! ```
//! use clone_detect::evidence::{read_capture, verify_capture, write_capture, Capture};
//! use clone_detect::provenance::Provenance;
//! use clone_detect::verdict::FusedModel;
//! use clone_detect::SiteSnapshot;
//!
//! let dir = tempfile::tempdir()?;
//! let snapshot = SiteSnapshot::single_page("https://mirror.example/", b"<title>Hi</title>".to_vec());
//! let provenance = Provenance::of(&FusedModel::shipped());
//! let written = write_capture(dir.path(), &Capture::new(&snapshot, &provenance))?;
//! verify_capture(&written.folder)?;
//! assert_eq!(read_capture(&written.warc)?, snapshot);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod read;
mod warc_out;
mod write;

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::provenance::Provenance;
use crate::snapshot::AssetKind;
use crate::{Error, SiteFingerprint, SiteSnapshot};
pub use read::{is_capture, read_capture, verify_capture};
pub use write::{capture_warc, folder_name, sweep_unfinished, write_capture};

/// The WARC file of a capture.
pub const WARC_FILE: &str = "capture.warc.gz";
/// The fingerprint made when the capture was taken.
pub const FINGERPRINT_FILE: &str = "fingerprint.json";
/// The result the capture was taken for.
pub const RESULT_FILE: &str = "result.json";
/// SHA-256 of every other file, as `sha256sum` writes them.
pub const MANIFEST_FILE: &str = "manifest.sha256";
/// Media type of the metadata record that describes a capture.
pub const METADATA_TYPE: &str = "application/vnd.clone-detect.evidence+json";
/// Version of the metadata record's JSON.
pub const EVIDENCE_VERSION: u32 = 1;
/// The `warcinfo` field that marks a capture (its value is
/// [`EVIDENCE_VERSION`]).
const WARCINFO_MARK: &str = "clone-detect-evidence";

/// What to capture: a snapshot and what was made of it.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Capture<'a> {
    /// The site as acquired.
    pub snapshot: &'a SiteSnapshot,
    /// The build and model (recorded in the metadata record).
    pub provenance: &'a Provenance,
    /// Its fingerprint, when made (written to `fingerprint.json` and the
    /// metadata record).
    pub fingerprint: Option<&'a SiteFingerprint>,
    /// The result the capture is kept for (a verdict, a watch record), as
    /// the caller reports it.
    pub result: Option<&'a serde_json::Value>,
    /// The `User-Agent` the pages were requested with, for a site fetched
    /// live in this run: `request` records are written only then (a site
    /// read from disk or an archive was requested by no one here).
    pub user_agent: Option<&'a str>,
}

impl<'a> Capture<'a> {
    /// A capture of `snapshot` alone.
    pub fn new(snapshot: &'a SiteSnapshot, provenance: &'a Provenance) -> Self {
        Self {
            snapshot,
            provenance,
            fingerprint: None,
            result: None,
            user_agent: None,
        }
    }

    /// With the fingerprint made of the snapshot.
    #[must_use]
    pub fn with_fingerprint(mut self, fingerprint: &'a SiteFingerprint) -> Self {
        self.fingerprint = Some(fingerprint);
        self
    }

    /// With the result it is kept for.
    #[must_use]
    pub fn with_result(mut self, result: &'a serde_json::Value) -> Self {
        self.result = Some(result);
        self
    }

    /// Fetched live in this run, with the `User-Agent` the pages were
    /// requested with: `request` records are written.
    #[must_use]
    pub fn with_user_agent(mut self, user_agent: &'a str) -> Self {
        self.user_agent = Some(user_agent);
        self
    }
}

/// Where a capture was written.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct WrittenCapture {
    /// The capture's folder.
    pub folder: PathBuf,
    /// Its WARC file.
    pub warc: PathBuf,
    /// SHA-256 of the WARC file, lower-case hex.
    pub warc_sha256: String,
    /// SHA-256 of the manifest, lower-case hex: it pins every file of the
    /// capture, so keeping it elsewhere (a result, a case file) shows
    /// later that the capture is the one written. (The digests inside are
    /// no signature: whoever can write the folder can write new ones.)
    pub manifest_sha256: String,
}

/// The metadata record's JSON, as written.
#[derive(Serialize)]
struct Metadata<'a> {
    clone_detect_evidence: u32,
    provenance: &'a Provenance,
    #[serde(skip_serializing_if = "Option::is_none")]
    result: Option<&'a serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fingerprint: Option<&'a SiteFingerprint>,
    snapshot: Roles,
}

/// The metadata record's JSON, as read back: the result and fingerprint
/// are for people and other tools, and skipped without being held.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MetadataIn {
    clone_detect_evidence: u32,
    #[allow(dead_code)] // read to check its shape only
    provenance: Provenance,
    #[serde(default)]
    #[allow(dead_code)]
    result: Option<serde::de::IgnoredAny>,
    #[serde(default)]
    #[allow(dead_code)]
    fingerprint: Option<serde::de::IgnoredAny>,
    snapshot: Roles,
}

/// Most warnings, redirects and headers of one page read back: a capture
/// from a stranger cannot make millions of tiny strings out of a small
/// file.
const MAX_WARNINGS: usize = 1_000;
const MAX_REDIRECTS: usize = 100;
const MAX_HEADERS: usize = crate::limits::HTTP_MAX_HEADERS;

/// Everything of the snapshot but its bytes, which are in the records named.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Roles {
    source: String,
    final_url: Option<String>,
    #[serde(deserialize_with = "at_most::<_, _, MAX_REDIRECTS>")]
    redirects: Vec<String>,
    /// RFC 3339 with nanoseconds, for people (when the time has one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    fetched_at: Option<String>,
    /// The same, exactly: nanoseconds since 1970 (negative before).
    fetched_at_ns: Option<i128>,
    #[serde(deserialize_with = "at_most::<_, _, { crate::limits::SNAPSHOT_MAX_PAGES }>")]
    pages: Vec<PageRole>,
    not_found: Option<PageRole>,
    rendered: Option<PageRole>,
    favicon: Option<BytesRole>,
    screenshot: Option<String>,
    #[serde(deserialize_with = "at_most::<_, _, { crate::limits::SNAPSHOT_MAX_ASSETS }>")]
    assets: Vec<AssetRole>,
    #[serde(deserialize_with = "at_most::<_, _, MAX_WARNINGS>")]
    warnings: Vec<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PageRole {
    record: String,
    url: String,
    status: u16,
    #[serde(deserialize_with = "at_most::<_, _, MAX_HEADERS>")]
    headers: Vec<(String, String)>,
    /// Where the body starts in a response record's block (after the
    /// HTTP head written for it); `None` for a resource record.
    body_at: Option<usize>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BytesRole {
    record: String,
    url: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AssetRole {
    url: String,
    kind: AssetKind,
    /// The record holding its bytes, or `None` when only the hash was kept.
    record: Option<String>,
    sha256: Option<String>,
}

/// Deserializes a list of at most `N` items, failing at the first one
/// over (before it is held).
fn at_most<'de, D, T, const N: usize>(d: D) -> std::result::Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Bounded<T, const N: usize>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>, const N: usize> serde::de::Visitor<'de> for Bounded<T, N> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "a list of at most {N} items")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> std::result::Result<Vec<T>, A::Error> {
            let mut out = Vec::new();
            while let Some(item) = seq.next_element()? {
                if out.len() == N {
                    return Err(serde::de::Error::custom(format!("more than {N} items")));
                }
                out.push(item);
            }
            Ok(out)
        }
    }
    d.deserialize_seq(Bounded::<T, N>(std::marker::PhantomData))
}

fn archive_error(path: &Path, reason: impl Into<String>) -> Error {
    Error::Archive {
        path: path.to_path_buf(),
        reason: reason.into(),
    }
}

/// `t` in RFC 3339 with nanoseconds, when it has one (years 1970 to 9999).
fn rfc3339(t: SystemTime) -> Option<String> {
    crate::snapshot::is_datable(t).then(|| humantime::format_rfc3339_nanos(t).to_string())
}

/// `t` as nanoseconds since 1970, negative before.
fn to_ns(t: SystemTime) -> i128 {
    match t.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

/// The time `ns` nanoseconds from 1970, when the system can hold it.
fn from_ns(ns: i128) -> Option<SystemTime> {
    let d = std::time::Duration::new(
        u64::try_from(ns.unsigned_abs() / 1_000_000_000).ok()?,
        (ns.unsigned_abs() % 1_000_000_000) as u32,
    );
    if ns >= 0 {
        SystemTime::UNIX_EPOCH.checked_add(d)
    } else {
        SystemTime::UNIX_EPOCH.checked_sub(d)
    }
}

#[cfg(test)]
mod tests;
