//! Writing a capture: its records, its WARC file and its folder.

use std::io::Write;
use std::path::Path;
use std::time::SystemTime;

use sha2::{Digest, Sha256};

use super::warc_out::{one_line, reason, record_id, write_record, OutRecord};
use super::{
    rfc3339, to_ns, AssetRole, BytesRole, Capture, Metadata, PageRole, Roles, WrittenCapture,
    EVIDENCE_VERSION, FINGERPRINT_FILE, MANIFEST_FILE, METADATA_TYPE, RESULT_FILE, WARCINFO_MARK,
    WARC_FILE,
};
use crate::snapshot::{AssetContent, AssetKind, Page};
use crate::{Error, Result};

/// A URL a WARC header can carry: the page's own (normalised) when it is
/// absolute, else a `file:` URL of the path under the source folder (pages
/// read from disk have paths relative to it), else the text made safe.
fn target_uri(source: &str, url: &str) -> String {
    if let Ok(u) = url::Url::parse(url) {
        return u.to_string();
    }
    let path = if url.is_empty() {
        Path::new(source).to_path_buf()
    } else {
        Path::new(source).join(url)
    };
    std::path::absolute(&path)
        .ok()
        .and_then(|p| url::Url::from_file_path(p).ok())
        .map_or_else(|| url.replace(char::is_whitespace, "%20"), String::from)
}

/// A header name as an HTTP head may carry it: characters outside the
/// token set become `_` (the metadata keeps the name exactly).
fn header_name(name: &str) -> String {
    let name: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    if name.is_empty() {
        "_".into()
    } else {
        name
    }
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
            head.push_str(&format!("{}: {}\r\n", header_name(name), one_line(value)));
        }
        head.push_str("\r\n");
        let payload_at = head.len();
        let mut block = head.into_bytes();
        block.extend_from_slice(&page.body);
        let mut extra = Vec::new();
        if declared_len.is_some_and(|n| n > page.body.len()) {
            extra.push(("WARC-Truncated", "length".to_string()));
        }
        // Only a site fetched live in this run was requested by it.
        let requested = web.as_ref().filter(|_| capture.user_agent.is_some());
        let request_id = requested.map(|u| {
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
        let body_at = web.is_some().then_some(payload_at);
        let record = if web.is_some() {
            OutRecord {
                kind: "response",
                target: Some(target),
                content_type: "application/http; msgtype=response".into(),
                extra,
                block,
                payload_at: Some(payload_at),
            }
        } else {
            // A page read from disk was not fetched: a resource of its
            // bytes alone (its metadata keeps the status and headers it was
            // given).
            OutRecord {
                kind: "resource",
                target: Some(target),
                content_type: "text/html".into(),
                extra: Vec::new(),
                block: page.body.clone(),
                payload_at: None,
            }
        };
        let record = push(out, role, record);
        PageRole {
            record,
            url: page.url.clone(),
            status: page.status,
            headers: page.headers.clone(),
            body_at,
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
            body_at: None,
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
        provenance: capture.provenance,
        result: capture.result,
        fingerprint: capture.fingerprint,
        snapshot: Roles {
            source: s.source.clone(),
            final_url: s.final_url.clone(),
            redirects: s.redirects.clone(),
            fetched_at: s.fetched_at.and_then(rfc3339),
            fetched_at_ns: s.fetched_at.map(to_ns),
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
            target: Some(target_uri(&s.source, "")),
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
    let fetched = capture
        .snapshot
        .fetched_at
        .filter(|t| crate::snapshot::is_datable(*t));
    let date =
        humantime::format_rfc3339_seconds(fetched.unwrap_or_else(SystemTime::now)).to_string();
    let mut out = Vec::new();
    for (id, record) in records(capture, &date)? {
        write_record(&mut out, &record, &id, &date)
            .map_err(|e| Error::Runtime(format!("cannot compress a WARC record: {e}")))?;
    }
    // What is kept must read back as what was seen: a site whose answer
    // is over the limits of a capture's reader (its headers, its number of
    // pages) is refused here, not found unreadable later.
    let back = super::read::read_capture_bytes(Path::new(WARC_FILE), &out)
        .map_err(|e| Error::Runtime(format!("this site cannot be kept as a capture: {e}")))?;
    if &back != capture.snapshot {
        return Err(Error::Runtime(
            "this site cannot be kept as a capture: it does not read back whole".into(),
        ));
    }
    Ok(out)
}

/// A folder name for a capture (or a snapshot) of `source` taken at
/// `date`: its host (or file name) in letters, digits, dots, dashes and
/// underscores only, the time (`undated` without one), and a short hash of
/// the whole source so that two sources never share one. Safe as one path
/// component whatever the source says.
///
/// ```
/// use clone_detect::evidence::folder_name;
/// let name = folder_name("https://Mirror.example/../x", None);
/// assert!(name.starts_with("mirror.example-undated-"));
/// assert_eq!(folder_name("../..", None).split('-').next(), Some("site"));
/// ```
pub fn folder_name(source: &str, date: Option<SystemTime>) -> String {
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
    let when = date
        .filter(|t| crate::snapshot::is_datable(*t))
        .map_or_else(
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
    // Results name the folder: absolute, so the name stays true wherever
    // they are read.
    let dir = &std::path::absolute(dir).map_err(|e| io(dir, e))?;
    std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
    let name = folder_name(&capture.snapshot.source, capture.snapshot.fetched_at);
    let partial = dir.join(partial_name(
        &name,
        std::process::id(),
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
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
        let manifest_sha256 = crate::snapshot::layout::hex(&Sha256::digest(manifest.as_bytes()));
        // The folder's entries are on disk before it takes its name.
        std::fs::File::open(&partial)
            .and_then(|d| d.sync_all())
            .map_err(|e| io(&partial, e))?;
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
                        manifest_sha256,
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

/// The prefix of the temporary name a capture is written under.
const PARTIAL: &str = ".partial-";

/// Removes what captures interrupted by a crash or a kill left in `dir`:
/// folders under the temporary name [`write_capture`] gives them
/// (`.partial-<name>-<process>-<nanoseconds>`), made more than
/// `older_than` ago by the time in their name. A capture takes seconds to
/// write, so an hour leaves alone those of every process still writing.
/// Only real folders with such a name are removed (never a symbolic link,
/// a file, or a name that does not parse); what they hold was never a
/// capture (a folder takes its final name only when whole). Returns the
/// folders removed. A `dir` that does not exist holds nothing to remove.
///
/// # Errors
/// [`Error::Io`] when `dir` or a folder in it cannot be read or removed.
pub fn sweep_unfinished(
    dir: &Path,
    older_than: std::time::Duration,
) -> Result<Vec<std::path::PathBuf>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(dir, e)),
    };
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut removed = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let name = entry.file_name();
        let Some(made) = name.to_str().and_then(partial_made_at) else {
            continue;
        };
        if now.saturating_sub(made) <= older_than.as_nanos() {
            continue;
        }
        let path = entry.path();
        // Not followed: a symbolic link is left alone, wherever it leads.
        let is_dir = path.symlink_metadata().is_ok_and(|m| m.is_dir());
        if !is_dir {
            continue;
        }
        std::fs::remove_dir_all(&path).map_err(|e| Error::io(&path, e))?;
        removed.push(path);
    }
    removed.sort();
    Ok(removed)
}

/// The temporary name of a capture folder named `name`, written by process
/// `pid` at `nanos` nanoseconds since 1970.
pub(super) fn partial_name(name: &str, pid: u32, nanos: u128) -> String {
    format!("{PARTIAL}{name}-{pid}-{nanos}")
}

/// When the temporary folder `name` was made, in nanoseconds since 1970,
/// if it is one [`write_capture`] names.
pub(super) fn partial_made_at(name: &str) -> Option<u128> {
    let rest = name.strip_prefix(PARTIAL)?;
    let mut fields = rest.rsplitn(3, '-');
    let nanos = fields.next()?.parse::<u128>().ok()?;
    fields.next()?.parse::<u32>().ok()?;
    fields.next().filter(|site| !site.is_empty())?;
    Some(nanos)
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut f = std::fs::File::create_new(path).map_err(|e| Error::io(path, e))?;
    f.write_all(bytes)
        .and_then(|()| f.sync_all())
        .map_err(|e| Error::io(path, e))
}
