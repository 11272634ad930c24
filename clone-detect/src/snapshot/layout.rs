//! The on-disk layout of a snapshot directory.
//!
//! ```text
//! DIR/snapshot.json     the manifest (below)
//! DIR/pages/NNNN.body   raw body of page NNNN, in manifest order (0 = root page)
//! DIR/pages/404.body    the answer to a path that does not exist, when probed
//! DIR/pages/rendered.body  the root page's DOM after load in a browser, when captured
//! DIR/favicon.bin       raw favicon bytes, when there is a favicon
//! DIR/screenshot.png    the screenshot, when there is one
//! DIR/assets/NNNN.body  raw bytes of asset NNNN, when kept
//! ```
//!
//! The manifest (`schema_version` 3; 2 is read as having no `rendered`, 1
//! as having no `redirects` and no `not_found` either) is a JSON object:
//!
//! ```json
//! {
//!   "schema_version": 3,
//!   "source": "https://example.org/",
//!   "final_url": "https://www.example.org/",
//!   "redirects": ["https://example.org/", "https://www.example.org/"],
//!   "fetched_at": "2026-11-28T11:00:00Z",
//!   "pages": [{"url": "https://www.example.org/", "status": 200,
//!              "headers": [["Content-Type", "text/html"]], "body": "pages/0000.body"}],
//!   "not_found": {"url": "https://www.example.org/clone-detect-probe-…", "status": 404,
//!                 "headers": [], "body": "pages/404.body"},
//!   "rendered": {"url": "https://www.example.org/", "status": 200,
//!                "headers": [], "body": "pages/rendered.body"},
//!   "favicon": {"url": "https://www.example.org/favicon.ico", "file": "favicon.bin"},
//!   "screenshot": "screenshot.png",
//!   "assets": [{"url": "https://www.example.org/app.js", "kind": "script",
//!               "file": "assets/0000.body", "sha256": "…"}],
//!   "warnings": []
//! }
//! ```
//!
//! File names inside the manifest are relative to the directory; absolute
//! paths and `..` components are refused, so a manifest from a stranger cannot
//! make the reader open files outside its directory. Symbolic links,
//! devices, pipes and sockets are refused as well (an [`Error::Layout`]
//! naming the file), and nothing is read without a bound: the manifest up
//! to [`SNAPSHOT_MAX_MANIFEST_BYTES`], each file up to
//! [`SNAPSHOT_MAX_FILE_BYTES`] (a longer page body is cut, a longer
//! favicon, screenshot or asset skipped, with a warning), all files
//! together up to [`SNAPSHOT_MAX_TOTAL_BYTES`], and at most
//! [`SNAPSHOT_MAX_PAGES`] pages and [`SNAPSHOT_MAX_ASSETS`] assets. An asset
//! has a `file`, a `sha256`, or both. The manifest is written last, through a
//! temporary file and a rename, so a directory with a manifest is complete.

use std::fs;
use std::path::{Component, Path};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::files::{open_inside, read_capped, OpenError, Opened};
use super::{Asset, AssetContent, AssetKind, Favicon, Page, SiteSnapshot};
use crate::limits::{
    SNAPSHOT_MAX_ASSETS, SNAPSHOT_MAX_FILE_BYTES, SNAPSHOT_MAX_MANIFEST_BYTES, SNAPSHOT_MAX_PAGES,
    SNAPSHOT_MAX_TOTAL_BYTES,
};
use crate::{Error, Result};

/// The manifest's file name inside a snapshot directory.
pub const MANIFEST_FILE: &str = "snapshot.json";

/// The newest manifest schema this build reads and the one it writes.
/// Version 2 added `redirects` and `not_found`; version 1 files are read
/// as having neither.
pub const SNAPSHOT_SCHEMA_VERSION: u32 = 3;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    schema_version: u32,
    source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    final_url: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    redirects: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    fetched_at: Option<String>,
    pages: Vec<ManifestPage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    not_found: Option<ManifestPage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rendered: Option<ManifestPage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    favicon: Option<ManifestFavicon>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    screenshot: Option<String>,
    #[serde(default)]
    assets: Vec<ManifestAsset>,
    #[serde(default)]
    warnings: Vec<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestPage {
    url: String,
    status: u16,
    #[serde(default)]
    headers: Vec<(String, String)>,
    body: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestFavicon {
    url: String,
    file: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestAsset {
    url: String,
    kind: AssetKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    file: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sha256: Option<String>,
}

/// Reads a snapshot directory written by [`write_snapshot_dir`] (or by any
/// tool that follows the documented layout).
///
/// # Errors
/// [`Error::Io`] when a file cannot be read, [`Error::Manifest`] for invalid
/// JSON, [`Error::SchemaVersion`] for a newer schema and [`Error::Layout`] for
/// a manifest that names files outside the directory, a file that is a
/// symbolic link or not a regular file, a manifest larger than
/// [`SNAPSHOT_MAX_MANIFEST_BYTES`], or missing required data. Files over the
/// size limits are cut or skipped with a warning in the snapshot.
pub fn read_snapshot_dir(dir: &Path) -> Result<SiteSnapshot> {
    let manifest_path = dir.join(MANIFEST_FILE);
    let layout_err = |reason: String| Error::Layout {
        path: manifest_path.clone(),
        reason,
    };
    let mut files = Files {
        dir,
        used: 0,
        warnings: Vec::new(),
    };
    let opened = files.open(MANIFEST_FILE)?;
    let (text, cut) = read_capped(opened.file, SNAPSHOT_MAX_MANIFEST_BYTES)
        .map_err(|e| Error::io(&manifest_path, e))?;
    if cut {
        return Err(layout_err(format!(
            "the manifest is larger than {SNAPSHOT_MAX_MANIFEST_BYTES} bytes"
        )));
    }
    let version: VersionProbe =
        serde_json::from_slice(&text).map_err(|source| Error::Manifest {
            path: manifest_path.clone(),
            source,
        })?;
    if version.schema_version > SNAPSHOT_SCHEMA_VERSION || version.schema_version == 0 {
        return Err(Error::SchemaVersion {
            found: version.schema_version,
            supported: SNAPSHOT_SCHEMA_VERSION,
        });
    }
    let manifest: Manifest = serde_json::from_slice(&text).map_err(|source| Error::Manifest {
        path: manifest_path.clone(),
        source,
    })?;
    let fetched_at = manifest
        .fetched_at
        .as_deref()
        .map(|t| {
            humantime::parse_rfc3339(t)
                .map_err(|e| layout_err(format!("fetched_at {t:?} is not RFC 3339: {e}")))
        })
        .transpose()?;
    if manifest.pages.is_empty() {
        return Err(layout_err("the manifest lists no page".into()));
    }
    for (listed, max, what) in [
        (manifest.pages.len(), SNAPSHOT_MAX_PAGES, "pages"),
        (manifest.assets.len(), SNAPSHOT_MAX_ASSETS, "assets"),
    ] {
        if listed > max {
            files.warnings.push(format!(
                "the manifest lists {listed} {what}; only the first {max} were read"
            ));
        }
    }
    let mut page = |p: &ManifestPage| -> Result<Option<Page>> {
        Ok(files.page(&p.body)?.map(|body| Page {
            url: p.url.clone(),
            status: p.status,
            headers: p.headers.clone(),
            body,
        }))
    };
    let mut pages = Vec::new();
    for p in manifest.pages.iter().take(SNAPSHOT_MAX_PAGES) {
        pages.extend(page(p)?);
    }
    let not_found = manifest
        .not_found
        .as_ref()
        .map(&mut page)
        .transpose()?
        .flatten();
    let rendered = manifest
        .rendered
        .as_ref()
        .map(&mut page)
        .transpose()?
        .flatten();
    let favicon = match &manifest.favicon {
        Some(f) => files.whole("favicon", &f.file)?.map(|bytes| Favicon {
            url: f.url.clone(),
            bytes,
        }),
        None => None,
    };
    let screenshot = match manifest.screenshot.as_deref() {
        Some(name) => files.whole("screenshot", name)?,
        None => None,
    };
    let mut assets = Vec::new();
    for a in manifest.assets.iter().take(SNAPSHOT_MAX_ASSETS) {
        let hash = a.sha256.as_ref().filter(|h| is_sha256_hex(h));
        let content = match (&a.file, &a.sha256) {
            (Some(file), _) => match files.whole("asset", file)? {
                Some(bytes) => AssetContent::Bytes(bytes),
                // Too large to read: its hash stands for it, if known.
                None => match hash {
                    Some(hash) => AssetContent::Sha256(hash.clone()),
                    None => continue,
                },
            },
            (None, Some(hash)) if is_sha256_hex(hash) => AssetContent::Sha256(hash.clone()),
            (None, Some(hash)) => {
                return Err(layout_err(format!(
                    "asset {}: {hash:?} is not a lowercase hex SHA-256",
                    a.url
                )))
            }
            (None, None) => {
                return Err(layout_err(format!(
                    "asset {} has neither file nor sha256",
                    a.url
                )))
            }
        };
        assets.push(Asset {
            url: a.url.clone(),
            kind: a.kind,
            content,
        });
    }
    let mut warnings = manifest.warnings;
    warnings.append(&mut files.warnings);
    Ok(SiteSnapshot {
        source: manifest.source,
        final_url: manifest.final_url,
        redirects: manifest.redirects,
        fetched_at,
        pages,
        favicon,
        screenshot,
        assets,
        not_found,
        rendered,
        warnings,
    })
}

/// Reads the files of a snapshot directory within the limits.
struct Files<'a> {
    dir: &'a Path,
    /// Bytes read so far.
    used: u64,
    warnings: Vec<String>,
}

impl Files<'_> {
    /// Opens the file `name` of the manifest.
    fn open(&self, name: &str) -> Result<Opened> {
        let path = self.dir.join(name);
        let rel = plain(name).ok_or_else(|| Error::Layout {
            path: self.dir.join(MANIFEST_FILE),
            reason: format!("file name {name:?} leaves the snapshot directory"),
        })?;
        open_inside(self.dir, rel).map_err(|e| match e {
            OpenError::Refused(why) => Error::Layout {
                path,
                reason: format!("refused: {why}"),
            },
            e => Error::io(path, e.into_io()),
        })
    }

    fn left(&self) -> u64 {
        SNAPSHOT_MAX_TOTAL_BYTES.saturating_sub(self.used)
    }

    /// A page body: cut at the file limit or where the budget ends.
    fn page(&mut self, name: &str) -> Result<Option<Vec<u8>>> {
        let opened = self.open(name)?;
        let max = SNAPSHOT_MAX_FILE_BYTES.min(self.left());
        if max == 0 {
            self.warnings.push(format!(
                "{name}: the snapshot's budget of {SNAPSHOT_MAX_TOTAL_BYTES} bytes is spent; skipped"
            ));
            return Ok(None);
        }
        let (bytes, cut) = read_capped(opened.file, max).map_err(|e| Error::io(&opened.path, e))?;
        if cut {
            self.warnings.push(format!(
                "{name} is larger than {max} bytes; the rest was not read"
            ));
        }
        self.used += bytes.len() as u64;
        Ok(Some(bytes))
    }

    /// A file read whole, or skipped (unread) when over a limit.
    fn whole(&mut self, what: &str, name: &str) -> Result<Option<Vec<u8>>> {
        let opened = self.open(name)?;
        if opened.len > SNAPSHOT_MAX_FILE_BYTES.min(self.left()) {
            self.warnings.push(format!(
                "{what} {name} ({} bytes) is over the snapshot's limits; skipped",
                opened.len
            ));
            return Ok(None);
        }
        let (bytes, cut) =
            read_capped(opened.file, opened.len).map_err(|e| Error::io(&opened.path, e))?;
        if cut {
            self.warnings
                .push(format!("{what} {name} grew while being read; skipped"));
            return Ok(None);
        }
        self.used += bytes.len() as u64;
        Ok(Some(bytes))
    }
}

/// Writes `snapshot` into `dir` (created if missing) in the documented layout.
///
/// # Errors
/// [`Error::Io`] when a file cannot be written.
pub fn write_snapshot_dir(snapshot: &SiteSnapshot, dir: &Path) -> Result<()> {
    // Writes never follow a link left in the directory: a subdirectory
    // must be a real one, and a file in the way is replaced, not written
    // through.
    let mkdir = |p: &Path| {
        fs::create_dir_all(p).map_err(|e| Error::io(p, e))?;
        let real = fs::symlink_metadata(p).map_err(|e| Error::io(p, e))?;
        if p != dir && !real.is_dir() {
            return Err(Error::Layout {
                path: p.to_path_buf(),
                reason: "refused: a symbolic link".into(),
            });
        }
        Ok(())
    };
    let write = |name: &str, bytes: &[u8]| write_new(&dir.join(name), bytes);
    mkdir(dir)?;
    if !snapshot.pages.is_empty() {
        mkdir(&dir.join("pages"))?;
    }
    let mut pages = Vec::with_capacity(snapshot.pages.len());
    for (i, page) in snapshot.pages.iter().enumerate() {
        let name = format!("pages/{i:04}.body");
        write(&name, &page.body)?;
        pages.push(ManifestPage {
            url: page.url.clone(),
            status: page.status,
            headers: page.headers.clone(),
            body: name,
        });
    }
    // The probed 404 page and the rendered root page, under fixed names.
    let extra_page = |page: Option<&Page>, name: &str| -> Result<Option<ManifestPage>> {
        let Some(page) = page else {
            return Ok(None);
        };
        mkdir(&dir.join("pages"))?;
        write(name, &page.body)?;
        Ok(Some(ManifestPage {
            url: page.url.clone(),
            status: page.status,
            headers: page.headers.clone(),
            body: name.into(),
        }))
    };
    let not_found = extra_page(snapshot.not_found.as_ref(), "pages/404.body")?;
    let rendered = extra_page(snapshot.rendered.as_ref(), "pages/rendered.body")?;
    let favicon = match &snapshot.favicon {
        Some(f) => {
            write("favicon.bin", &f.bytes)?;
            Some(ManifestFavicon {
                url: f.url.clone(),
                file: "favicon.bin".into(),
            })
        }
        None => None,
    };
    let screenshot = match &snapshot.screenshot {
        Some(png) => {
            write("screenshot.png", png)?;
            Some("screenshot.png".to_string())
        }
        None => None,
    };
    if snapshot
        .assets
        .iter()
        .any(|a| matches!(a.content, AssetContent::Bytes(_)))
    {
        mkdir(&dir.join("assets"))?;
    }
    let mut assets = Vec::with_capacity(snapshot.assets.len());
    for (i, asset) in snapshot.assets.iter().enumerate() {
        let (file, sha256) = match &asset.content {
            AssetContent::Bytes(bytes) => {
                let name = format!("assets/{i:04}.body");
                write(&name, bytes)?;
                (Some(name), Some(hex(&Sha256::digest(bytes))))
            }
            AssetContent::Sha256(hash) => (None, Some(hash.clone())),
        };
        assets.push(ManifestAsset {
            url: asset.url.clone(),
            kind: asset.kind,
            file,
            sha256,
        });
    }
    let manifest = Manifest {
        schema_version: SNAPSHOT_SCHEMA_VERSION,
        source: snapshot.source.clone(),
        final_url: snapshot.final_url.clone(),
        redirects: snapshot.redirects.clone(),
        fetched_at: snapshot
            .fetched_at
            .filter(|t| super::is_datable(*t))
            .map(format_time),
        pages,
        not_found,
        rendered,
        favicon,
        screenshot,
        assets,
        warnings: snapshot.warnings.clone(),
    };
    let mut json = serde_json::to_vec_pretty(&manifest).map_err(|source| Error::Manifest {
        path: dir.join(MANIFEST_FILE),
        source,
    })?;
    json.push(b'\n');
    let tmp = dir.join(".snapshot.json.tmp");
    write_new(&tmp, &json)?;
    let target = dir.join(MANIFEST_FILE);
    fs::rename(&tmp, &target).map_err(|e| Error::io(target, e))
}

/// Writes a new file at `path`, replacing (not following) whatever is
/// there.
fn write_new(path: &Path, bytes: &[u8]) -> Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(Error::io(path, e)),
        _ => {}
    }
    fs::File::create_new(path)
        .and_then(|mut f| std::io::Write::write_all(&mut f, bytes))
        .map_err(|e| Error::io(path, e))
}

#[derive(Deserialize)]
struct VersionProbe {
    schema_version: u32,
}

fn format_time(t: SystemTime) -> String {
    humantime::format_rfc3339_seconds(t).to_string()
}

/// `name` as a path when it is a plain relative path that stays inside
/// the directory.
fn plain(name: &str) -> Option<&Path> {
    let rel = Path::new(name);
    let plain = !name.is_empty()
        && rel
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    plain.then_some(rel)
}

fn is_sha256_hex(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> SiteSnapshot {
        SiteSnapshot {
            source: "https://example.org/".into(),
            final_url: Some("https://www.example.org/".into()),
            fetched_at: Some(humantime::parse_rfc3339("2026-11-28T11:00:00Z").unwrap()),
            pages: vec![Page {
                url: "https://www.example.org/".into(),
                status: 200,
                headers: vec![
                    ("Server".into(), "nginx".into()),
                    ("content-type".into(), "text/html".into()),
                ],
                body: b"<html><title>x</title></html>\xff".to_vec(),
            }],
            favicon: Some(Favicon {
                url: "https://www.example.org/favicon.ico".into(),
                bytes: vec![0, 0, 1, 0, 9],
            }),
            screenshot: Some(vec![0x89, b'P', b'N', b'G']),
            assets: vec![
                Asset {
                    url: "https://www.example.org/a.js".into(),
                    kind: AssetKind::Script,
                    content: AssetContent::Bytes(b"alert(1)".to_vec()),
                },
                Asset {
                    url: "https://www.example.org/a.css".into(),
                    kind: AssetKind::Stylesheet,
                    content: AssetContent::Sha256("ab".repeat(32)),
                },
            ],
            redirects: vec![
                "https://example.org/".into(),
                "https://www.example.org/".into(),
            ],
            not_found: Some(Page {
                url: "https://www.example.org/clone-detect-probe".into(),
                status: 404,
                headers: vec![("Server".into(), "nginx".into())],
                body: b"<h1>Not Found</h1>".to_vec(),
            }),
            rendered: Some(Page {
                url: "https://www.example.org/#/home".into(),
                status: 200,
                headers: Vec::new(),
                body: b"<html><head></head><body><nav>built</nav></body></html>".to_vec(),
            }),
            warnings: vec!["robots.txt disallowed /admin".into()],
        }
    }

    #[test]
    fn round_trip_keeps_everything() {
        let dir = tempfile::tempdir().unwrap();
        let snap = sample();
        write_snapshot_dir(&snap, dir.path()).unwrap();
        assert_eq!(read_snapshot_dir(dir.path()).unwrap(), snap);
    }

    #[test]
    fn reads_schema_1_without_the_new_fields() {
        let dir = tempfile::tempdir().unwrap();
        let mut snap = sample();
        snap.redirects.clear();
        snap.not_found = None;
        snap.rendered = None;
        write_snapshot_dir(&snap, dir.path()).unwrap();
        let path = dir.path().join(MANIFEST_FILE);
        let text = fs::read_to_string(&path).unwrap();
        assert!(!text.contains("redirects") && !text.contains("not_found"));
        assert!(!text.contains("rendered"));
        for old in [1, 2] {
            fs::write(
                &path,
                text.replace(
                    "\"schema_version\": 3",
                    &format!("\"schema_version\": {old}"),
                ),
            )
            .unwrap();
            assert_eq!(read_snapshot_dir(dir.path()).unwrap(), snap);
        }
    }

    #[test]
    fn refuses_paths_outside_the_directory() {
        let dir = tempfile::tempdir().unwrap();
        write_snapshot_dir(&sample(), dir.path()).unwrap();
        let path = dir.path().join(MANIFEST_FILE);
        let text = fs::read_to_string(&path).unwrap();
        for evil in ["../outside", "/etc/passwd", ""] {
            fs::write(&path, text.replace("pages/0000.body", evil)).unwrap();
            let err = read_snapshot_dir(dir.path()).unwrap_err();
            assert!(matches!(err, Error::Layout { .. }), "{evil}: {err}");
        }
    }

    #[test]
    fn refuses_newer_schema_and_bad_json() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(MANIFEST_FILE);
        fs::write(
            &path,
            r#"{"schema_version": 99, "source": "x", "pages": []}"#,
        )
        .unwrap();
        assert!(matches!(
            read_snapshot_dir(dir.path()),
            Err(Error::SchemaVersion { found: 99, .. })
        ));
        fs::write(&path, "{not json").unwrap();
        assert!(matches!(
            read_snapshot_dir(dir.path()),
            Err(Error::Manifest { .. })
        ));
        fs::write(
            &path,
            r#"{"schema_version": 1, "source": "x", "pages": []}"#,
        )
        .unwrap();
        assert!(matches!(
            read_snapshot_dir(dir.path()),
            Err(Error::Layout { .. })
        ));
    }

    #[cfg(unix)]
    #[test]
    fn writing_replaces_links_and_never_writes_through_them() {
        use std::os::unix::fs::symlink;
        let outside = tempfile::tempdir().unwrap();
        let victim = outside.path().join("victim");
        fs::write(&victim, b"keep").unwrap();
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("pages")).unwrap();
        symlink(&victim, dir.path().join("pages/0000.body")).unwrap();
        symlink(&victim, dir.path().join(MANIFEST_FILE)).unwrap();
        write_snapshot_dir(&sample(), dir.path()).unwrap();
        assert_eq!(fs::read(&victim).unwrap(), b"keep");
        assert_eq!(read_snapshot_dir(dir.path()).unwrap(), sample());
        // A linked subdirectory is refused.
        let dir = tempfile::tempdir().unwrap();
        symlink(outside.path(), dir.path().join("pages")).unwrap();
        assert!(matches!(
            write_snapshot_dir(&sample(), dir.path()),
            Err(Error::Layout { .. })
        ));
        assert_eq!(fs::read_dir(outside.path()).unwrap().count(), 1);
    }

    #[test]
    fn missing_body_file_names_the_file() {
        let dir = tempfile::tempdir().unwrap();
        write_snapshot_dir(&sample(), dir.path()).unwrap();
        fs::remove_file(dir.path().join("pages/0000.body")).unwrap();
        match read_snapshot_dir(dir.path()) {
            Err(Error::Io { path, .. }) => assert!(path.ends_with("pages/0000.body")),
            other => panic!("{other:?}"),
        }
    }
}
