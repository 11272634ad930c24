//! What a site looked like when it was acquired: pages, headers, favicon,
//! screenshot and linked assets, as raw bytes.
//!
//! A [`SiteSnapshot`] is the hand-over point between acquisition (crawling,
//! reading a saved folder or an archive) and fingerprinting. It keeps bytes
//! exactly as served, so that every signal, including the compatibility
//! hashes of other tools, can be computed from it later.
//!
//! Directories read from disk (snapshot directories and saved website
//! folders) may come from strangers. Their files are read under one rule:
//! every component of a path must be a plain directory or, last, a regular
//! file. Symbolic links are refused wherever they lead (also inside the
//! directory: tools that save websites do not make them), devices, pipes
//! and sockets are refused without being opened, and every read is bounded
//! (see [`crate::limits`]). Writing a snapshot directory replaces a link it
//! finds instead of writing through it.

pub(crate) mod files;
mod image_kind;
pub(crate) mod layout;

pub use image_kind::{sniff, ImageKind};
pub use layout::{read_snapshot_dir, write_snapshot_dir, MANIFEST_FILE, SNAPSHOT_SCHEMA_VERSION};

use std::time::SystemTime;

use serde::{Deserialize, Serialize};

/// Whether `t` can be written in RFC 3339 (years 1970 to 9999): times
/// outside, such as a file's modification time set to 1960 by whoever made
/// the folder, are treated as unknown.
pub(crate) fn is_datable(t: SystemTime) -> bool {
    const YEAR_10000: u64 = 253_402_300_800;
    t.duration_since(SystemTime::UNIX_EPOCH)
        .is_ok_and(|d| d.as_secs() < YEAR_10000)
}

/// One site, as acquired.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteSnapshot {
    /// Where the snapshot came from: the URL given, or the path read.
    pub source: String,
    /// The URL of the root page after redirects, when known.
    pub final_url: Option<String>,
    /// The redirects from the start URL to the root page, as URLs in the
    /// order followed (the start URL first, `final_url` last); empty when
    /// there was none or it is not known.
    pub redirects: Vec<String>,
    /// When the site was acquired, when known.
    pub fetched_at: Option<SystemTime>,
    /// The pages; the first one is the root page.
    pub pages: Vec<Page>,
    /// The favicon, found the way browsers find it, when there is one.
    pub favicon: Option<Favicon>,
    /// A PNG screenshot of the root page, when one was taken.
    pub screenshot: Option<Vec<u8>>,
    /// Linked scripts and stylesheets.
    pub assets: Vec<Asset>,
    /// The site's answer to a path that does not exist (its 404 template),
    /// when it was probed.
    pub not_found: Option<Page>,
    /// The root page as a browser shows it: its DOM after load
    /// (`document.documentElement.outerHTML`, read by the screenshotter),
    /// under the URL the browser ended on, when one was captured. A page
    /// built by its scripts is an empty shell in `pages` and whole here.
    pub rendered: Option<Page>,
    /// What went wrong or was skipped while acquiring, in plain words.
    pub warnings: Vec<String>,
}

impl SiteSnapshot {
    /// A snapshot of one page with status 200 and no headers, e.g. a page
    /// saved on its own.
    ///
    /// ```
    /// let s = clone_detect::SiteSnapshot::single_page("shop.html", b"<p>hi</p>".to_vec());
    /// assert_eq!(s.root().unwrap().url, "shop.html");
    /// ```
    pub fn single_page(url: &str, body: Vec<u8>) -> Self {
        SiteSnapshot {
            source: url.to_string(),
            pages: vec![Page {
                url: url.to_string(),
                status: 200,
                headers: Vec::new(),
                body,
            }],
            ..SiteSnapshot::default()
        }
    }

    /// The root page, if the snapshot has any page.
    pub fn root(&self) -> Option<&Page> {
        self.pages.first()
    }
}

/// One fetched page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Page {
    /// The page's URL (for a saved folder, its path relative to the folder).
    pub url: String,
    /// The HTTP status; 200 for pages read from disk.
    pub status: u16,
    /// Response headers in the order they were received, names as received.
    pub headers: Vec<(String, String)>,
    /// The raw body bytes.
    pub body: Vec<u8>,
}

/// The favicon, bytes exactly as served.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Favicon {
    /// Where it was found (a URL, a relative path, or `data:` for inline icons).
    pub url: String,
    /// The raw bytes, never decoded or re-encoded.
    pub bytes: Vec<u8>,
}

/// A linked script or stylesheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Asset {
    /// Its URL (for a saved folder, its path relative to the folder).
    pub url: String,
    /// What it is.
    pub kind: AssetKind,
    /// Its bytes, or only their hash when the bytes were not kept.
    pub content: AssetContent,
}

/// The kinds of linked asset that are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AssetKind {
    /// A JavaScript file (`<script src>`).
    Script,
    /// A stylesheet (`<link rel=stylesheet>`).
    Stylesheet,
}

/// An asset's bytes, or only their SHA-256.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssetContent {
    /// The raw bytes.
    Bytes(Vec<u8>),
    /// The lowercase hex SHA-256 of the bytes, which were not kept.
    Sha256(String),
}
