//! Reading a plain saved website folder: an `index.html` and the files it
//! links to, as `wget --mirror` or a browser's "save page as" leave them.
//!
//! * Pages: `index.html` (or the page of the folder it sends a browser to
//!   at once, by meta refresh or a location script, see [`super::follow`]),
//!   then same-folder pages it links to (`.html`/`.htm` files inside the
//!   folder), discovered breadth first up to
//!   [`FolderConfig::max_candidates`] and chosen as every reader chooses
//!   ([`super::choose`]), at most [`FolderConfig::max_pages`].
//! * Favicon: the root page's icon links in browser order (`icon` and
//!   `shortcut icon`, `.ico` first, then `apple-touch-icon`, then
//!   `mask-icon`), honouring `<base href>` and decoding `data:` URLs, then
//!   `favicon.ico` at the folder root. Only bytes that sniff as an image are
//!   accepted; rejected candidates are recorded as warnings.
//! * Assets: scripts and stylesheets linked by the kept pages that exist in
//!   the folder, at most [`FolderConfig::max_assets`].
//! * Screenshot: `screenshot.png` beside `index.html`, when present.
//! * Rendering, when asked (module `acquire::folder_render`, feature `screenshot`,
//!   the CLI's `--render-folders`): the folder is served on loopback to a
//!   browser that reaches nothing else, and its DOM after load is added as
//!   the rendered root page (a script-built page is then fingerprinted from
//!   what it builds); the capture's PNG stands in for a missing
//!   `screenshot.png` unless screenshots are off. Reading stays
//!   browser-free by default.
//!
//! Links never reach outside the folder: `..` past the root is ignored, and
//! symbolic links (wherever they lead), devices, pipes and sockets are
//! refused with a warning, never opened (the rules of [`crate::snapshot`]
//! for reading directories). Every read is bounded: by
//! [`FolderConfig::max_file_bytes`] per file and
//! [`FolderConfig::max_total_bytes`] per folder. An absolute `<base href>`
//! (saved pages often keep one) maps URLs on that origin to paths in the
//! folder.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use url::Url;

use super::choose::{choose_pages, Frontier};
use super::links::{self, percent_decode};
use super::{favicon, follow};
use crate::html;
use crate::limits::{
    FOLDER_MAX_FILE_BYTES, FOLDER_MAX_TOTAL_BYTES, MAX_ASSET_LINKS_PER_SITE, MAX_LINKS_PER_PAGE,
    MAX_PAGE_BYTES,
};
use crate::snapshot::files::{open_inside, read_capped, OpenError, Opened};
use crate::snapshot::{Asset, AssetContent, AssetKind, Favicon, Page, SiteSnapshot};
use crate::{Error, Result};

/// Bounds on reading a saved folder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FolderConfig {
    /// Most pages kept, the root page included. Default 20.
    pub max_pages: usize,
    /// Most pages discovered to choose the kept ones from (breadth first,
    /// see [`super::choose`]); at least `max_pages`. Default 200, as the
    /// crawler's.
    pub max_candidates: usize,
    /// Most scripts and stylesheets read. Default 64.
    pub max_assets: usize,
    /// Largest file read whole; longer pages are cut (with a warning),
    /// longer assets and images are skipped without being read. Default
    /// 64 MiB ([`FOLDER_MAX_FILE_BYTES`]).
    pub max_file_bytes: u64,
    /// Most bytes read over all files of the folder; files past it are
    /// skipped with a warning. Default 256 MiB ([`FOLDER_MAX_TOTAL_BYTES`]).
    pub max_total_bytes: u64,
}

impl Default for FolderConfig {
    fn default() -> Self {
        Self {
            max_pages: 20,
            max_candidates: 200,
            max_assets: 64,
            max_file_bytes: FOLDER_MAX_FILE_BYTES,
            max_total_bytes: FOLDER_MAX_TOTAL_BYTES,
        }
    }
}

impl FolderConfig {
    /// Checks that the bounds make sense.
    ///
    /// # Errors
    /// [`Error::Config`] when `max_pages`, `max_file_bytes` or
    /// `max_total_bytes` is zero.
    pub fn validate(&self) -> Result<()> {
        if self.max_pages == 0 || self.max_file_bytes == 0 || self.max_total_bytes == 0 {
            return Err(Error::Config(
                "max_pages, max_file_bytes and max_total_bytes must be positive".into(),
            ));
        }
        Ok(())
    }
}

/// The pseudo-origin that folder paths are resolved under.
const FOLDER_BASE: &str = "file:///site/";

struct Folder<'a> {
    root: PathBuf,
    /// Origin of an absolute `<base href>` on the root page, mapped to the root.
    mapped_origin: Option<url::Origin>,
    config: &'a FolderConfig,
    /// Bytes read so far.
    used: u64,
    warnings: Vec<String>,
}

impl Folder<'_> {
    /// The relative path inside the folder that `url` names, if any.
    fn local(&self, url: &Url) -> Option<String> {
        let path = match url.scheme() {
            // A root-relative link (`/login.html`) names the site's root:
            // the folder.
            "file" => {
                let path = url.path();
                path.strip_prefix("/site/")
                    .or_else(|| path.strip_prefix('/'))?
                    .to_string()
            }
            "http" | "https" if Some(url.origin()) == self.mapped_origin => {
                url.path().trim_start_matches('/').to_string()
            }
            _ => return None,
        };
        let decoded = String::from_utf8(percent_decode(&path)).ok()?;
        let clean: Vec<&str> = decoded
            .split('/')
            .filter(|s| !s.is_empty() && *s != ".")
            .collect();
        if clean.is_empty() || clean.contains(&"..") {
            return None;
        }
        Some(clean.join("/"))
    }

    /// Opens a file of the folder; a missing one is `None` quietly, a
    /// refused or unreadable one with a warning.
    fn open(&mut self, what: &str, rel: &str) -> Option<Opened> {
        match open_inside(&self.root, Path::new(rel)) {
            Ok(opened) => Some(opened),
            Err(OpenError::Missing) => None,
            Err(e) => {
                self.warnings.push(format!("{what} {rel}: {e}"));
                None
            }
        }
    }

    /// The bytes left in the folder's budget.
    fn left(&self) -> u64 {
        self.config.max_total_bytes.saturating_sub(self.used)
    }

    /// Reads a page: cut (with a warning) at the file limit or where the
    /// budget ends; `None` (with a warning) when the budget is spent.
    fn read_page(&mut self, rel: &str, opened: Opened) -> std::io::Result<Option<Vec<u8>>> {
        let max = self.config.max_file_bytes.min(self.left());
        if max == 0 {
            self.warnings.push(format!(
                "page {rel}: the folder's budget of {} bytes is spent; skipped",
                self.config.max_total_bytes
            ));
            return Ok(None);
        }
        let (bytes, cut) = read_capped(opened.file, max)?;
        if cut {
            self.warnings.push(format!(
                "page {rel} is larger than {max} bytes; the rest was not read"
            ));
        }
        self.used += bytes.len() as u64;
        Ok(Some(bytes))
    }

    /// Reads a file whole (an asset, an icon, the screenshot); one larger
    /// than the file limit or the budget left is skipped, unread.
    fn read_whole(&mut self, what: &str, rel: &str) -> Option<Vec<u8>> {
        let opened = self.open(what, rel)?;
        if opened.len > self.config.max_file_bytes {
            self.warnings
                .push(format!("{what} {rel} is too large; skipped"));
            return None;
        }
        if opened.len > self.left() {
            self.warnings.push(format!(
                "{what} {rel}: the folder's budget of {} bytes is spent; skipped",
                self.config.max_total_bytes
            ));
            return None;
        }
        match read_capped(opened.file, opened.len) {
            Ok((_, true)) => {
                self.warnings
                    .push(format!("{what} {rel} grew while being read; skipped"));
                None
            }
            Ok((bytes, false)) => {
                self.used += bytes.len() as u64;
                Some(bytes)
            }
            Err(e) => {
                self.warnings.push(format!("{what} {rel}: {e}"));
                None
            }
        }
    }
}

/// Reads a saved website folder into a snapshot.
///
/// # Errors
/// [`Error::UnknownSource`] when the folder has no `index.html`,
/// [`Error::Io`] when the root page cannot be read, [`Error::Config`] for
/// invalid bounds. Other unreadable files become warnings.
pub fn read_saved_folder(dir: &Path, config: &FolderConfig) -> Result<SiteSnapshot> {
    config.validate()?;
    let root = dir.canonicalize().map_err(|e| Error::io(dir, e))?;
    let index = match open_inside(&root, Path::new("index.html")) {
        Ok(opened) => opened,
        Err(OpenError::Missing) => {
            return Err(Error::UnknownSource {
                path: dir.to_path_buf(),
            })
        }
        Err(e) => return Err(Error::io(root.join("index.html"), e.into_io())),
    };
    let base = Url::parse(FOLDER_BASE).expect("constant URL");
    let mut folder = Folder {
        root,
        mapped_origin: None,
        config,
        used: 0,
        warnings: Vec::new(),
    };
    let mut snapshot = SiteSnapshot {
        source: dir.display().to_string(),
        // The saved page's time, when it is a time at all.
        fetched_at: index
            .meta
            .modified()
            .ok()
            .filter(|t| crate::snapshot::is_datable(*t)),
        ..SiteSnapshot::default()
    };
    let body = match folder.read_page("index.html", index) {
        Ok(Some(body)) => body,
        Ok(None) => Vec::new(),
        Err(e) => return Err(Error::io(folder.root.join("index.html"), e)),
    };
    // An absolute `<base href>` of the saved front page maps its origin to
    // the folder: known before any of its links is mapped.
    let front = links::page_anchors(&body, &base.join("index.html").expect("constant path"));
    folder.mapped_origin = front
        .base
        .as_ref()
        .filter(|b| matches!(b.scheme(), "http" | "https"))
        .map(Url::origin);
    let first = FolderPage::with_anchors(&mut folder, &base, "index.html", body, front);
    let (root_rel, root_page, redirects) = follow_redirects(&mut folder, &base, first);
    if redirects.len() > 1 {
        snapshot.redirects = redirects;
    }
    // Discover level by level, then choose (see `choose`).
    let root_key = base
        .join(&root_rel)
        .expect("relative path joins")
        .to_string();
    let mut read: HashMap<String, Option<FolderPage>> = HashMap::new();
    read.insert(root_key.clone(), Some(root_page));
    let mut frontier = Frontier::new(&root_key, config.max_candidates.max(config.max_pages));
    let mut level = vec![root_key.clone()];
    loop {
        let mut links = Vec::new();
        for key in &level {
            if let Some(page) = read_once(&mut folder, &base, &mut read, key) {
                links.extend(page.pages.iter().cloned());
            }
        }
        let next = frontier.next_level(links);
        if next.is_empty() || frontier.is_full() {
            break;
        }
        level = next;
    }
    let candidates: Vec<String> = frontier
        .found()
        .iter()
        .filter(|k| !matches!(read.get(*k), Some(None)))
        .cloned()
        .collect();
    let mut asset_urls: BTreeSet<(String, AssetKind)> = BTreeSet::new();
    let mut root_icons = Vec::new();
    for i in choose_pages(&candidates, config.max_pages) {
        let key = &candidates[i];
        if read_once(&mut folder, &base, &mut read, key).is_none() {
            continue;
        }
        let Some(Some(page)) = read.remove(key) else {
            continue;
        };
        // Kept pages alone are parsed whole, for their assets and icons.
        let parsed = html::parse(&page.body, MAX_PAGE_BYTES);
        let links = links::extract(&parsed.html, &page.url);
        if links.capped {
            folder.warnings.push(format!(
                "page {} has more than {MAX_LINKS_PER_PAGE} links of a kind; the rest were ignored",
                page.rel
            ));
        }
        if snapshot.pages.is_empty() {
            root_icons = links.icons;
        }
        let assets = [
            (&links.scripts, AssetKind::Script),
            (&links.stylesheets, AssetKind::Stylesheet),
        ];
        for (urls, kind) in assets {
            for rel in urls.iter().filter_map(|u| folder.local(u)) {
                if asset_urls.len() >= MAX_ASSET_LINKS_PER_SITE {
                    break;
                }
                asset_urls.insert((rel, kind));
            }
        }
        snapshot.pages.push(Page {
            url: page.rel,
            status: 200,
            headers: Vec::new(),
            body: page.body,
        });
    }
    for (rel, kind) in asset_urls.into_iter().take(config.max_assets) {
        if let Some(bytes) = folder.read_whole("asset", &rel) {
            snapshot.assets.push(Asset {
                url: rel,
                kind,
                content: AssetContent::Bytes(bytes),
            });
        }
    }
    snapshot.favicon = find_favicon(&mut folder, &root_icons);
    snapshot.screenshot = folder.read_whole("screenshot", "screenshot.png");
    snapshot.warnings = folder.warnings;
    Ok(snapshot)
}

/// A page of the folder, read, with the pages it links to inside the folder.
struct FolderPage {
    rel: String,
    url: Url,
    body: Vec<u8>,
    /// Keys (URLs under [`FOLDER_BASE`]) of the pages it links to, as every
    /// reader finds them (tokens only, see [`links::page_anchors`]).
    pages: Vec<String>,
}

impl FolderPage {
    fn new(folder: &mut Folder<'_>, base: &Url, rel: &str, body: Vec<u8>) -> Self {
        let url = base.join(rel).expect("relative path joins");
        let anchors = links::page_anchors(&body, &url);
        Self::with_anchors(folder, base, rel, body, anchors)
    }

    fn with_anchors(
        folder: &mut Folder<'_>,
        base: &Url,
        rel: &str,
        body: Vec<u8>,
        anchors: links::Anchors,
    ) -> Self {
        if anchors.capped {
            folder.warnings.push(format!(
                "page {rel} has more than {MAX_LINKS_PER_PAGE} links; the rest were ignored"
            ));
        }
        let pages = anchors
            .urls
            .iter()
            .filter_map(|u| folder.local(u).filter(|t| is_page_file(t)))
            .map(|target| base.join(&target).expect("relative path joins").to_string())
            .collect();
        Self {
            rel: rel.to_string(),
            url: base.join(rel).expect("relative path joins"),
            body,
            pages,
        }
    }
}

/// Whether a file of the folder is a page.
fn is_page_file(rel: &str) -> bool {
    let lower = rel.to_ascii_lowercase();
    lower.ends_with(".html") || lower.ends_with(".htm")
}

/// The page with key `key`, read once: `None` when it cannot be read (a
/// warning says why).
fn read_once<'r>(
    folder: &mut Folder<'_>,
    base: &Url,
    read: &'r mut HashMap<String, Option<FolderPage>>,
    key: &str,
) -> Option<&'r FolderPage> {
    if !read.contains_key(key) {
        let page = Url::parse(key)
            .ok()
            .and_then(|u| folder.local(&u))
            .and_then(|rel| read_file_page(folder, base, &rel));
        read.insert(key.to_string(), page);
    }
    read.get(key).and_then(Option::as_ref)
}

/// Reads the page at `rel`; `None` with a warning when it cannot be.
fn read_file_page(folder: &mut Folder<'_>, base: &Url, rel: &str) -> Option<FolderPage> {
    let opened = folder.open("page", rel)?;
    match folder.read_page(rel, opened) {
        Ok(Some(body)) => Some(FolderPage::new(folder, base, rel, body)),
        Ok(None) => None,
        Err(e) => {
            folder.warnings.push(format!("page {rel}: {e}"));
            None
        }
    }
}

/// Follows the front page's meta refresh or location script to another page
/// of the folder, as a browser would (see [`follow`]). Returns the root
/// page, its path and the chain of paths (front page first).
fn follow_redirects(
    folder: &mut Folder<'_>,
    base: &Url,
    first: FolderPage,
) -> (String, FolderPage, Vec<String>) {
    let mut chain = vec![first.rel.clone()];
    let mut page = first;
    for _ in 0..follow::MAX_BROWSER_REDIRECTS {
        let Some((target, how)) = follow::browser_redirect(&page.body, &page.url) else {
            break;
        };
        let Some(rel) = folder.local(&target).filter(|t| is_page_file(t)) else {
            folder.warnings.push(format!(
                "page {} sends browsers to {target} ({}), outside the folder; kept as it is",
                page.rel,
                how.as_str()
            ));
            break;
        };
        if chain.contains(&rel) {
            folder.warnings.push(format!(
                "page {} sends browsers in a loop ({}): {} -> {rel}",
                page.rel,
                how.as_str(),
                chain.join(" -> ")
            ));
            break;
        }
        let Some(next) = read_file_page(folder, base, &rel) else {
            break;
        };
        chain.push(rel);
        page = next;
    }
    (page.rel.clone(), page, chain)
}

fn find_favicon(folder: &mut Folder<'_>, icons: &[Url]) -> Option<Favicon> {
    let root = Url::parse(FOLDER_BASE).ok()?;
    let candidates = favicon::candidates(icons, &root);
    let mut warnings = Vec::new();
    let found = favicon::find(
        &candidates,
        |url| {
            let rel = folder.local(url)?;
            let bytes = folder.read_whole("favicon candidate", &rel)?;
            Some((rel, bytes))
        },
        &mut warnings,
    );
    folder.warnings.extend(warnings);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    const PNG_1X1: &[u8] = &[
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44,
        0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F,
        0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x60,
        0x00, 0x02, 0x00, 0x00, 0x05, 0x00, 0x01, 0xE9, 0xFA, 0xDC, 0xD8, 0x00, 0x00, 0x00, 0x00,
        0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    fn site(files: &[(&str, &[u8])]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, bytes) in files {
            let path = dir.path().join(name);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, bytes).unwrap();
        }
        dir
    }

    #[test]
    fn reads_pages_assets_favicon_and_screenshot() {
        let dir = site(&[
            ("index.html", br#"<link rel="icon" href="img/icon.png"><link rel="stylesheet" href="s.css">
                <a href="b.html">b</a><a href="sub/c.htm">c</a><a href="../escape.html">x</a><a href="https://else.where/">e</a>
                <script src="app.js"></script>"#),
            ("b.html", b"<a href='index.html'>home</a>"),
            ("sub/c.htm", b"<p>c</p><script src='../app.js'></script>"),
            ("s.css", b"body{}"),
            ("app.js", b"1"),
            ("img/icon.png", PNG_1X1),
            ("screenshot.png", PNG_1X1),
        ]);
        let snap = read_saved_folder(dir.path(), &FolderConfig::default()).unwrap();
        let pages: Vec<&str> = snap.pages.iter().map(|p| p.url.as_str()).collect();
        assert_eq!(pages, ["index.html", "b.html", "sub/c.htm"]);
        let assets: Vec<&str> = snap.assets.iter().map(|a| a.url.as_str()).collect();
        assert_eq!(assets, ["app.js", "s.css"]);
        assert_eq!(snap.favicon.unwrap().url, "img/icon.png");
        assert!(snap.screenshot.is_some());
    }

    #[test]
    fn page_budget_is_respected() {
        let mut files: Vec<(String, Vec<u8>)> = vec![(
            "index.html".into(),
            (0..50)
                .map(|i| format!("<a href='p{i}.html'>x</a>"))
                .collect::<String>()
                .into_bytes(),
        )];
        files.extend((0..50).map(|i| (format!("p{i}.html"), b"<p>x</p>".to_vec())));
        let refs: Vec<(&str, &[u8])> = files
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        let dir = site(&refs);
        let config = FolderConfig {
            max_pages: 5,
            ..FolderConfig::default()
        };
        assert_eq!(
            read_saved_folder(dir.path(), &config).unwrap().pages.len(),
            5
        );
    }

    #[test]
    fn html_favicon_is_refused_and_fallback_used() {
        let dir = site(&[
            ("index.html", br#"<base href="https://old.example.org/"><link rel="shortcut icon" href="/static/fav.ico">"#),
            ("static/fav.ico", b"<html>404 not found</html>"),
            ("favicon.ico", PNG_1X1),
        ]);
        let snap = read_saved_folder(dir.path(), &FolderConfig::default()).unwrap();
        assert_eq!(snap.favicon.unwrap().url, "favicon.ico");
        assert!(
            snap.warnings.iter().any(|w| w.contains("not an image")),
            "{:?}",
            snap.warnings
        );
    }

    #[test]
    fn links_under_the_front_pages_absolute_base_are_pages_of_the_folder() {
        let dir = site(&[
            (
                "index.html",
                br#"<base href="https://old.example.org/"><a href="/about.html">a</a><a href="docs/x.html">x</a>"#,
            ),
            ("about.html", b"<p>about</p>"),
            ("docs/x.html", b"<p>x</p>"),
        ]);
        let snap = read_saved_folder(dir.path(), &FolderConfig::default()).unwrap();
        let pages: Vec<&str> = snap.pages.iter().map(|p| p.url.as_str()).collect();
        assert_eq!(pages, ["index.html", "about.html", "docs/x.html"]);
    }

    #[test]
    fn data_url_favicon() {
        let dir = site(&[(
            "index.html",
            b"<link rel=icon href='data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgAAIAAAUAAen63NgAAAAASUVORK5CYII='>",
        )]);
        let fav = read_saved_folder(dir.path(), &FolderConfig::default())
            .unwrap()
            .favicon
            .unwrap();
        assert_eq!(fav.url, "data:");
        assert_eq!(fav.bytes, PNG_1X1);
    }

    #[test]
    fn folder_without_index_is_unknown() {
        let dir = site(&[("other.html", b"x")]);
        assert!(matches!(
            read_saved_folder(dir.path(), &FolderConfig::default()),
            Err(Error::UnknownSource { .. })
        ));
    }
}
