//! Acquisition: turning something a user points at into a [`SiteSnapshot`].
//!
//! Snapshot directories ([`crate::snapshot`]'s layout), plain saved website
//! folders ([`folder`]) and, with the `crawl` feature, live sites (`crawl`).
//! All of them share one link extraction and one favicon discovery.

pub mod choose;
#[cfg(feature = "crawl")]
pub mod crawl;
#[cfg(feature = "screenshot")]
mod devtools;
mod favicon;
pub mod folder;
#[cfg(feature = "screenshot")]
pub mod folder_render;
#[cfg(feature = "screenshot")]
mod folder_server;
pub mod follow;
#[cfg(any(feature = "crawl", feature = "screenshot"))]
pub mod guard;
pub(crate) mod links;
#[cfg(feature = "crawl")]
pub mod live;
#[cfg(feature = "screenshot")]
mod peer;
#[cfg(feature = "screenshot")]
mod proxy;
#[cfg(feature = "screenshot")]
pub mod screenshot;
pub mod warc;

use std::path::Path;

pub use folder::{read_saved_folder, FolderConfig};

use std::time::Duration;

use crate::snapshot::{read_snapshot_dir, SiteSnapshot, MANIFEST_FILE};
use crate::{Error, Result};

/// Reads a local source: a snapshot directory when it has a `snapshot.json`,
/// else a saved website folder when it has an `index.html`.
///
/// # Errors
/// [`Error::Io`] when the path cannot be read, [`Error::UnknownSource`] when
/// it is neither kind, and the errors of the chosen reader.
pub fn read_local_source(path: &Path, config: &FolderConfig) -> Result<SiteSnapshot> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if !meta.is_dir() {
        return Err(Error::UnknownSource {
            path: path.to_path_buf(),
        });
    }
    if path.join(MANIFEST_FILE).is_file() {
        read_snapshot_dir(path)
    } else {
        read_saved_folder(path, config)
    }
}

/// A site as a live acquirer (or `watch`'s [`Acquirer`](crate::watch::Acquirer))
/// fetched it, with where the time went.
#[derive(Clone, Debug, Default)]
pub struct Acquired {
    /// The snapshot.
    pub snapshot: SiteSnapshot,
    /// Time spent crawling.
    pub crawl: Duration,
    /// Time spent taking the screenshot.
    pub screenshot: Duration,
}

impl Acquired {
    /// A snapshot without timings.
    pub fn new(snapshot: SiteSnapshot) -> Self {
        Self {
            snapshot,
            ..Self::default()
        }
    }
}
