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

mod warc_out;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::acquire::warc::{GzMembers, Record, Records};
use crate::limits::{
    SNAPSHOT_MAX_ASSETS, SNAPSHOT_MAX_FILE_BYTES, SNAPSHOT_MAX_PAGES, SNAPSHOT_MAX_TOTAL_BYTES,
};
use crate::provenance::Provenance;
use crate::snapshot::{Asset, AssetContent, AssetKind, Favicon, Page};
use crate::{Error, Result, SiteFingerprint, SiteSnapshot};
use warc_out::{one_line, reason, record_id, sha256_label, write_record, OutRecord};

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
    /// The `User-Agent` the pages were requested with.
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

    /// With the `User-Agent` the pages were requested with.
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
}

/// The metadata record's JSON.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Metadata {
    clone_detect_evidence: u32,
    provenance: Provenance,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    result: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    fingerprint: Option<serde_json::Value>,
    snapshot: Roles,
}

/// Everything of the snapshot but its bytes, which are in the records named.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Roles {
    source: String,
    final_url: Option<String>,
    redirects: Vec<String>,
    /// RFC 3339 with nanoseconds.
    fetched_at: Option<String>,
    pages: Vec<PageRole>,
    not_found: Option<PageRole>,
    rendered: Option<PageRole>,
    favicon: Option<BytesRole>,
    screenshot: Option<String>,
    assets: Vec<AssetRole>,
    warnings: Vec<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PageRole {
    record: String,
    url: String,
    status: u16,
    headers: Vec<(String, String)>,
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

fn archive_error(path: &Path, reason: impl Into<String>) -> Error {
    Error::Archive {
        path: path.to_path_buf(),
        reason: reason.into(),
    }
}

fn rfc3339(t: SystemTime) -> String {
    humantime::format_rfc3339_nanos(t).to_string()
}

/// A URL a WARC header can carry: the page's own when it is absolute, else
/// a `file:` URL under the source folder (pages read from disk have
/// relative paths), else the text itself.
fn target_uri(source: &str, url: &str) -> String {
    if url::Url::parse(url).is_ok() {
        return url.to_string();
    }
    let joined = Path::new(source).join(url);
    std::path::absolute(&joined)
        .ok()
        .and_then(|p| url::Url::from_file_path(p).ok())
        .map_or_else(|| url.to_string(), String::from)
}

/// Builds every record of a capture (the `warcinfo` first, the metadata
/// last) and the metadata itself.
fn records(capture: &Capture<'_>, date: &str) -> Result<Vec<(String, OutRecord)>> {
    let s = capture.snapshot;
    let mut out: Vec<(String, OutRecord)> = Vec::new();
    let seed = s.source.as_bytes();
    let push = |out: &mut Vec<(String, OutRecord)>, role: &str, record: OutRecord| {
        let index = out.len().to_string();
        let id = record_id(&[
            seed,
            date.as_bytes(),
            role.as_bytes(),
            index.as_bytes(),
            &record.block,
        ]);
        out.push((id.clone(), record));
        id
    };
    let info = format!(
        "software: {} (commit {})\r\nformat: WARC File Format 1.1\r\ndescription: evidence capture of {}\r\n{WARCINFO_MARK}: {EVIDENCE_VERSION}\r\n",
        capture.provenance.tool,
        capture.provenance.commit.as_deref().unwrap_or("unknown"),
        one_line(&s.source),
    );
    push(
        &mut out,
        "warcinfo",
        OutRecord {
            kind: "warcinfo",
            target: None,
            content_type: "application/warc-fields".into(),
            extra: vec![("WARC-Filename", WARC_FILE.into())],
            block: info.into_bytes(),
            payload_at: None,
        },
    );
    let page_role = |out: &mut Vec<(String, OutRecord)>, role: &str, page: &Page| -> PageRole {
        let target = target_uri(&s.source, &page.url);
        let web = url::Url::parse(&page.url)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"));
        let mut head = format!("HTTP/1.1 {} {}\r\n", page.status, reason(page.status));
        let mut declared_len = None;
        for (name, value) in &page.headers {
            // The body is de-chunked: the framing header no longer applies.
            if name.eq_ignore_ascii_case("transfer-encoding") {
                continue;
            }
            if name.eq_ignore_ascii_case("content-length") {
                declared_len = value.trim().parse::<usize>().ok();
            }
            head.push_str(&format!("{}: {}\r\n", one_line(name), one_line(value)));
        }
        head.push_str("\r\n");
        let payload_at = head.len();
        let mut block = head.into_bytes();
        block.extend_from_slice(&page.body);
        let mut extra = Vec::new();
        if declared_len.is_some_and(|n| n > page.body.len()) {
            extra.push(("WARC-Truncated", "length".to_string()));
        }
        let request_id = web.as_ref().map(|u| {
            let mut req = format!(
                "GET {}{} HTTP/1.1\r\nHost: {}{}\r\n",
                u.path(),
                u.query().map_or(String::new(), |q| format!("?{q}")),
                u.host_str().unwrap_or_default(),
                u.port().map_or(String::new(), |p| format!(":{p}"))
            );
            if let Some(ua) = capture.user_agent {
                req.push_str(&format!("User-Agent: {}\r\n", one_line(ua)));
            }
            req.push_str("\r\n");
            push(
                out,
                role,
                OutRecord {
                    kind: "request",
                    target: Some(target.clone()),
                    content_type: "application/http; msgtype=request".into(),
                    extra: Vec::new(),
                    block: req.into_bytes(),
                    payload_at: None,
                },
            )
        });
        if let Some(req) = request_id {
            extra.push(("WARC-Concurrent-To", req));
        }
        let (kind, content_type) = if web.is_some() {
            ("response", "application/http; msgtype=response".to_string())
        } else {
            // A page read from disk was not fetched: a resource, with
            // the head it is given for the record's sake.
            ("resource", "application/http; msgtype=response".to_string())
        };
        let record = push(
            out,
            role,
            OutRecord {
                kind,
                target: Some(target),
                content_type,
                extra,
                block,
                payload_at: Some(payload_at),
            },
        );
        PageRole {
            record,
            url: page.url.clone(),
            status: page.status,
            headers: page.headers.clone(),
        }
    };
    let pages: Vec<PageRole> = s
        .pages
        .iter()
        .map(|p| page_role(&mut out, "page", p))
        .collect();
    let not_found = s
        .not_found
        .as_ref()
        .map(|p| page_role(&mut out, "not_found", p));
    let rendered = s.rendered.as_ref().map(|p| {
        let record = push(
            &mut out,
            "rendered",
            OutRecord {
                kind: "resource",
                target: Some(format!("urn:dom:{}", target_uri(&s.source, &p.url))),
                content_type: "text/html".into(),
                extra: Vec::new(),
                block: p.body.clone(),
                payload_at: None,
            },
        );
        PageRole {
            record,
            url: p.url.clone(),
            status: p.status,
            headers: p.headers.clone(),
        }
    });
    let favicon = s.favicon.as_ref().map(|f| {
        let content_type = crate::snapshot::sniff(&f.bytes)
            .map_or("application/octet-stream", |k| k.media_type())
            .to_string();
        let target = if f.url.starts_with("data:") {
            // The icon is inline in the page; its bytes are the block.
            "urn:inline-favicon".to_string()
        } else {
            target_uri(&s.source, &f.url)
        };
        let record = push(
            &mut out,
            "favicon",
            OutRecord {
                kind: "resource",
                target: Some(target),
                content_type,
                extra: Vec::new(),
                block: f.bytes.clone(),
                payload_at: None,
            },
        );
        BytesRole {
            record,
            url: f.url.clone(),
        }
    });
    let assets: Vec<AssetRole> = s
        .assets
        .iter()
        .map(|a| match &a.content {
            AssetContent::Bytes(bytes) => {
                let content_type = match a.kind {
                    AssetKind::Script => "text/javascript",
                    AssetKind::Stylesheet => "text/css",
                };
                let record = push(
                    &mut out,
                    "asset",
                    OutRecord {
                        kind: "resource",
                        target: Some(target_uri(&s.source, &a.url)),
                        content_type: content_type.into(),
                        extra: Vec::new(),
                        block: bytes.clone(),
                        payload_at: None,
                    },
                );
                AssetRole {
                    url: a.url.clone(),
                    kind: a.kind,
                    record: Some(record),
                    sha256: None,
                }
            }
            AssetContent::Sha256(hash) => AssetRole {
                url: a.url.clone(),
                kind: a.kind,
                record: None,
                sha256: Some(hash.clone()),
            },
        })
        .collect();
    let shown = s.final_url.as_deref().unwrap_or(&s.source);
    let screenshot = s.screenshot.as_ref().map(|png| {
        push(
            &mut out,
            "screenshot",
            OutRecord {
                kind: "resource",
                target: Some(format!("urn:screenshot:{}", target_uri(&s.source, shown))),
                content_type: "image/png".into(),
                extra: Vec::new(),
                block: png.clone(),
                payload_at: None,
            },
        )
    });
    let metadata = Metadata {
        clone_detect_evidence: EVIDENCE_VERSION,
        provenance: capture.provenance.clone(),
        result: capture.result.cloned(),
        fingerprint: capture
            .fingerprint
            .map(serde_json::to_value)
            .transpose()
            .map_err(|e| Error::Runtime(format!("cannot encode the fingerprint: {e}")))?,
        snapshot: Roles {
            source: s.source.clone(),
            final_url: s.final_url.clone(),
            redirects: s.redirects.clone(),
            fetched_at: s.fetched_at.map(rfc3339),
            pages,
            not_found,
            rendered,
            favicon,
            screenshot,
            assets,
            warnings: s.warnings.clone(),
        },
    };
    let json = serde_json::to_vec_pretty(&metadata)
        .map_err(|e| Error::Runtime(format!("cannot encode the capture's metadata: {e}")))?;
    push(
        &mut out,
        "metadata",
        OutRecord {
            kind: "metadata",
            target: Some(target_uri(&s.source, &s.source)),
            content_type: METADATA_TYPE.into(),
            extra: Vec::new(),
            block: json,
            payload_at: None,
        },
    );
    Ok(out)
}

/// The WARC file of `capture`, as bytes.
///
/// # Errors
/// [`Error::Runtime`] when a part cannot be encoded (it cannot happen with
/// values a snapshot holds).
pub fn capture_warc(capture: &Capture<'_>) -> Result<Vec<u8>> {
    // WARC-Date to the second, which every WARC reader parses; the
    // metadata keeps the instant to the nanosecond.
    let date = humantime::format_rfc3339_seconds(
        capture.snapshot.fetched_at.unwrap_or_else(SystemTime::now),
    )
    .to_string();
    let mut out = Vec::new();
    for (id, record) in records(capture, &date)? {
        write_record(&mut out, &record, &id, &date)
            .map_err(|e| Error::Runtime(format!("cannot compress a WARC record: {e}")))?;
    }
    Ok(out)
}

/// A folder name for a capture of `source` taken at `date`: its host (or
/// file name), letters, digits, dots and dashes only, the time, and a
/// short hash of the whole source so that two sources never share one.
fn folder_name(source: &str, date: Option<SystemTime>) -> String {
    let base = url::Url::parse(source)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .or_else(|| {
            Path::new(source)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
        })
        .unwrap_or_default();
    let mut clean: String = base
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .take(80)
        .collect();
    let trimmed = clean.trim_start_matches('.').len();
    clean = clean[clean.len() - trimmed..].to_string();
    if clean.is_empty() {
        clean = "site".into();
    }
    let when = date.map_or_else(
        || "undated".to_string(),
        |t| {
            humantime::format_rfc3339_seconds(t)
                .to_string()
                .replace([':', '-'], "")
        },
    );
    let hash = crate::snapshot::layout::hex(&Sha256::digest(source.as_bytes()));
    format!("{clean}-{when}-{}", &hash[..8])
}

/// Writes a capture as a new folder in `dir` (created if needed), named
/// after the site and the time it was fetched; a capture already there is
/// never replaced (a second one gets a numbered name). The folder is
/// written under a temporary name and renamed when complete, so a folder
/// with the final name is always whole.
///
/// # Errors
/// [`Error::Io`] when writing fails (nothing is left under the final
/// name).
pub fn write_capture(dir: &Path, capture: &Capture<'_>) -> Result<WrittenCapture> {
    let warc = capture_warc(capture)?;
    let io = |path: &Path, e| Error::io(path, e);
    std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
    let name = folder_name(&capture.snapshot.source, capture.snapshot.fetched_at);
    let partial = dir.join(format!(
        ".partial-{name}-{}-{}",
        std::process::id(),
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    ));
    std::fs::create_dir(&partial).map_err(|e| io(&partial, e))?;
    let written = (|| {
        let mut files: Vec<(&str, Vec<u8>)> = vec![(WARC_FILE, warc)];
        if let Some(fp) = capture.fingerprint {
            let mut json = serde_json::to_vec_pretty(fp)
                .map_err(|e| Error::Runtime(format!("cannot encode the fingerprint: {e}")))?;
            json.push(b'\n');
            files.push((FINGERPRINT_FILE, json));
        }
        if let Some(result) = capture.result {
            let mut json = serde_json::to_vec_pretty(result)
                .map_err(|e| Error::Runtime(format!("cannot encode the result: {e}")))?;
            json.push(b'\n');
            files.push((RESULT_FILE, json));
        }
        let mut manifest = String::new();
        for (file, bytes) in &files {
            let path = partial.join(file);
            write_synced(&path, bytes)?;
            let hash = crate::snapshot::layout::hex(&Sha256::digest(bytes));
            manifest.push_str(&format!("{hash}  {file}\n"));
        }
        write_synced(&partial.join(MANIFEST_FILE), manifest.as_bytes())?;
        let warc_sha256 = manifest[..64].to_string();
        for n in 1..=1000u32 {
            let folder = if n == 1 {
                dir.join(&name)
            } else {
                dir.join(format!("{name}-{n}"))
            };
            // A rename onto an existing empty folder would succeed: only
            // a name that is free is taken.
            if folder.symlink_metadata().is_ok() {
                continue;
            }
            match std::fs::rename(&partial, &folder) {
                Ok(()) => {
                    if let Ok(d) = std::fs::File::open(dir) {
                        let _ = d.sync_all();
                    }
                    return Ok(WrittenCapture {
                        warc: folder.join(WARC_FILE),
                        folder,
                        warc_sha256,
                    });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) if e.kind() == std::io::ErrorKind::DirectoryNotEmpty => continue,
                Err(e) => return Err(io(&folder, e)),
            }
        }
        Err(Error::Layout {
            path: dir.join(&name),
            reason: "a thousand captures of this site at this second already exist".into(),
        })
    })();
    if written.is_err() {
        let _ = std::fs::remove_dir_all(&partial);
    }
    written
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut f = std::fs::File::create_new(path).map_err(|e| Error::io(path, e))?;
    f.write_all(bytes)
        .and_then(|()| f.sync_all())
        .map_err(|e| Error::io(path, e))
}

/// Checks a capture folder: every file the manifest lists has its SHA-256,
/// the folder holds no file the manifest does not list, and every record
/// of the WARC matches its digests and reads back ([`read_capture`]).
///
/// # Errors
/// [`Error::Archive`] naming the first file or record that differs,
/// [`Error::Io`] when a file cannot be read.
pub fn verify_capture(folder: &Path) -> Result<SiteSnapshot> {
    let manifest_path = folder.join(MANIFEST_FILE);
    let manifest = read_bounded(&manifest_path, 1 << 20)?;
    let manifest = String::from_utf8(manifest)
        .map_err(|_| archive_error(&manifest_path, "the manifest is not text"))?;
    let mut listed = Vec::new();
    for line in manifest.lines() {
        let (hash, file) = line
            .split_once("  ")
            .ok_or_else(|| archive_error(&manifest_path, format!("bad line {line:?}")))?;
        if file.contains('/') || file.starts_with('.') || hash.len() != 64 {
            return Err(archive_error(&manifest_path, format!("bad line {line:?}")));
        }
        let path = folder.join(file);
        let bytes = read_bounded(&path, SNAPSHOT_MAX_TOTAL_BYTES)?;
        let actual = crate::snapshot::layout::hex(&Sha256::digest(&bytes));
        if actual != hash {
            return Err(archive_error(
                &path,
                format!(
                    "SHA-256 {actual} differs from the manifest's {hash}: the file was changed"
                ),
            ));
        }
        listed.push(file.to_string());
    }
    if !listed.iter().any(|f| f == WARC_FILE) {
        return Err(archive_error(
            &manifest_path,
            "the manifest lists no WARC file",
        ));
    }
    for entry in std::fs::read_dir(folder).map_err(|e| Error::io(folder, e))? {
        let entry = entry.map_err(|e| Error::io(folder, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name != MANIFEST_FILE && !listed.contains(&name) {
            return Err(archive_error(
                &entry.path(),
                "a file the manifest does not list",
            ));
        }
    }
    read_capture(&folder.join(WARC_FILE))
}

/// Reads at most `cap` bytes of a regular file (not through a link).
fn read_bounded(path: &Path, cap: u64) -> Result<Vec<u8>> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| Error::io(path, e))?;
    if !meta.is_file() {
        return Err(archive_error(path, "not a regular file"));
    }
    if meta.len() > cap {
        return Err(archive_error(path, format!("larger than {cap} bytes")));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(cap + 1).read_to_end(&mut bytes))
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > cap {
        return Err(archive_error(path, format!("larger than {cap} bytes")));
    }
    Ok(bytes)
}

fn open_records(path: &Path) -> Result<Records<Box<dyn BufRead>>> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| Error::io(path, e))?;
    if !meta.is_file() {
        return Err(archive_error(path, "not a regular file"));
    }
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut reader = BufReader::new(file);
    let gzip = reader
        .fill_buf()
        .map_err(|e| Error::io(path, e))?
        .starts_with(&[0x1f, 0x8b]);
    let stream: Box<dyn BufRead> = if gzip {
        Box::new(BufReader::new(GzMembers::new(reader)))
    } else {
        Box::new(reader)
    };
    Ok(Records::new(stream, SNAPSHOT_MAX_FILE_BYTES as usize))
}

/// Whether the WARC file at `path` is a capture ([`write_capture`]): its
/// first record is a `warcinfo` that says so. Reads one record.
pub fn is_capture(path: &Path) -> bool {
    let Ok(mut records) = open_records(path) else {
        return false;
    };
    let Ok(Some(first)) = records.next_record() else {
        return false;
    };
    first.header("WARC-Type") == Some("warcinfo")
        && String::from_utf8_lossy(&first.block)
            .lines()
            .any(|l| l.trim() == format!("{WARCINFO_MARK}: {EVIDENCE_VERSION}"))
}

/// Reads a capture's WARC back into the snapshot it was made from, after
/// checking every record's digests.
///
/// # Errors
/// [`Error::Archive`] when the file is not a whole, unchanged capture (a
/// digest that does not match, a record the metadata names but the file
/// lacks, more records or bytes than a snapshot may hold), [`Error::Io`]
/// when it cannot be read.
pub fn read_capture(path: &Path) -> Result<SiteSnapshot> {
    let mut records = open_records(path)?;
    let most_records = 2 * (SNAPSHOT_MAX_PAGES + SNAPSHOT_MAX_ASSETS) + 16;
    let mut by_id: HashMap<String, Record> = HashMap::new();
    let mut metadata: Option<Record> = None;
    let mut total = 0u64;
    let mut count = 0usize;
    while let Some(record) = records.next_record().map_err(|e| Error::io(path, e))? {
        count += 1;
        if count > most_records {
            return Err(archive_error(
                path,
                format!("more than {most_records} records"),
            ));
        }
        if record.oversized {
            return Err(archive_error(
                path,
                format!(
                    "record {} is larger than {SNAPSHOT_MAX_FILE_BYTES} bytes",
                    record.ordinal
                ),
            ));
        }
        total += record.block.len() as u64;
        if total > SNAPSHOT_MAX_TOTAL_BYTES {
            return Err(archive_error(
                path,
                format!("more than {SNAPSHOT_MAX_TOTAL_BYTES} bytes of records"),
            ));
        }
        check_digests(path, &record)?;
        let id = record
            .header("WARC-Record-ID")
            .ok_or_else(|| archive_error(path, format!("record {} has no id", record.ordinal)))?
            .to_string();
        if record.header("Content-Type") == Some(METADATA_TYPE) {
            if metadata.is_some() {
                return Err(archive_error(path, "two capture metadata records"));
            }
            metadata = Some(record);
        } else if by_id.insert(id.clone(), record).is_some() {
            return Err(archive_error(path, format!("two records with the id {id}")));
        }
    }
    let counts = &records.counts;
    if counts.malformed > 0 || counts.skipped.values().sum::<u64>() > 0 {
        return Err(archive_error(path, "damaged records"));
    }
    let metadata = metadata.ok_or_else(|| archive_error(path, "no capture metadata record"))?;
    let meta: Metadata = serde_json::from_slice(&metadata.block)
        .map_err(|e| archive_error(path, format!("capture metadata: {e}")))?;
    if meta.clone_detect_evidence != EVIDENCE_VERSION {
        return Err(archive_error(
            path,
            format!(
                "capture version {} is not supported (this build reads {EVIDENCE_VERSION})",
                meta.clone_detect_evidence
            ),
        ));
    }
    rebuild(path, meta.snapshot, &by_id)
}

/// Checks a record's `WARC-Block-Digest` (required) and, when present, its
/// `WARC-Payload-Digest` against an HTTP payload.
fn check_digests(path: &Path, record: &Record) -> Result<()> {
    let at = record.ordinal;
    let block = record
        .header("WARC-Block-Digest")
        .ok_or_else(|| archive_error(path, format!("record {at} has no block digest")))?;
    if block != sha256_label(&record.block) {
        return Err(archive_error(
            path,
            format!(
                "record {at}: the block digest does not match its bytes: the capture was changed"
            ),
        ));
    }
    Ok(())
}

fn rebuild(path: &Path, roles: Roles, by_id: &HashMap<String, Record>) -> Result<SiteSnapshot> {
    let block = |id: &str| -> Result<&Record> {
        by_id
            .get(id)
            .ok_or_else(|| archive_error(path, format!("the record {id} is missing")))
    };
    let page = |role: PageRole, http: bool| -> Result<Page> {
        let record = block(&role.record)?;
        let body = if http {
            let head = crate::acquire::warc::parse_head(&record.block).map_err(|_| {
                archive_error(path, format!("record {}: no HTTP head", role.record))
            })?;
            if head.status != role.status {
                return Err(archive_error(
                    path,
                    format!(
                        "record {}: status {} differs from the metadata's {}",
                        role.record, head.status, role.status
                    ),
                ));
            }
            let payload = &record.block[head.len..];
            if let Some(digest) = record.header("WARC-Payload-Digest") {
                if digest != sha256_label(payload) {
                    return Err(archive_error(
                        path,
                        format!("record {}: the payload digest does not match", role.record),
                    ));
                }
            }
            payload.to_vec()
        } else {
            record.block.clone()
        };
        Ok(Page {
            url: role.url,
            status: role.status,
            headers: role.headers,
            body,
        })
    };
    let fetched_at = roles
        .fetched_at
        .map(|t| {
            humantime::parse_rfc3339(&t)
                .map_err(|e| archive_error(path, format!("fetched_at {t:?}: {e}")))
        })
        .transpose()?;
    let pages = roles
        .pages
        .into_iter()
        .map(|p| page(p, true))
        .collect::<Result<Vec<_>>>()?;
    let not_found = roles.not_found.map(|p| page(p, true)).transpose()?;
    let rendered = roles.rendered.map(|p| page(p, false)).transpose()?;
    let favicon = roles
        .favicon
        .map(|f| {
            Ok::<_, Error>(Favicon {
                bytes: block(&f.record)?.block.clone(),
                url: f.url,
            })
        })
        .transpose()?;
    let screenshot = roles
        .screenshot
        .map(|id| Ok::<_, Error>(block(&id)?.block.clone()))
        .transpose()?;
    let assets = roles
        .assets
        .into_iter()
        .map(|a| {
            let content = match (a.record, a.sha256) {
                (Some(id), None) => AssetContent::Bytes(block(&id)?.block.clone()),
                (None, Some(hash)) => AssetContent::Sha256(hash),
                _ => {
                    return Err(archive_error(
                        path,
                        format!("asset {}: bytes or a hash, not both or neither", a.url),
                    ))
                }
            };
            Ok(Asset {
                url: a.url,
                kind: a.kind,
                content,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(SiteSnapshot {
        source: roles.source,
        final_url: roles.final_url,
        redirects: roles.redirects,
        fetched_at,
        pages,
        favicon,
        screenshot,
        assets,
        not_found,
        rendered,
        warnings: roles.warnings,
    })
}

#[cfg(test)]
mod tests;
