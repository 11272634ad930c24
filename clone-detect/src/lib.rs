//! # clone-detect
//!
//! Is this newly seen website a known site come back under another name?
//! clone-detect fingerprints websites with signals that survive a move to a
//! new domain (the template, the text, the favicon, the look, the operator's
//! identifiers) and, in later stages, matches new sites against known ones.
//!
//! Data flows one way:
//!
//! 1. [`acquire`]: read a saved website folder or a snapshot directory;
//! 2. [`snapshot`]: what the site looked like, as raw bytes;
//! 3. [`fingerprint`]: pure, deterministic [`signal`]s of a snapshot;
//! 4. [`index`] and [`verdict`]: match against the [`store`] of known sites;
//!    [`cluster`] groups sites; [`watch`] checks new domains as they come
//!    and keeps a [`blocklist`].
//!
//! ## Cookbook
//!
//! Fingerprint a saved website folder:
//!
//! ```
//! use clone_detect::{acquire, Fingerprinter, FingerprintConfig};
//!
//! let dir = tempfile::tempdir().unwrap();
//! std::fs::write(
//!     dir.path().join("index.html"),
//!     "<html><head><title>Market</title></head><body>\
//!      <script>gtag('config', 'G-ABCDE12345');</script><p>Welcome back</p></body></html>",
//! ).unwrap();
//!
//! let snapshot = acquire::read_local_source(dir.path(), &acquire::FolderConfig::default())?;
//! let fingerprint = Fingerprinter::new(FingerprintConfig::default())?.fingerprint(&snapshot);
//! assert_eq!(fingerprint.title.as_deref(), Some("Market"));
//! assert_eq!(fingerprint.ids[0].value, "G-ABCDE12345");
//! # Ok::<(), clone_detect::Error>(())
//! ```
//!
//! Write a snapshot directory and read it back:
//!
//! ```
//! use clone_detect::snapshot::{read_snapshot_dir, write_snapshot_dir};
//! use clone_detect::{Page, SiteSnapshot};
//!
//! let snapshot = SiteSnapshot {
//!     source: "https://example.org/".into(),
//!     pages: vec![Page { url: "https://example.org/".into(), status: 200,
//!                        body: b"<p>hi</p>".to_vec(), ..Page::default() }],
//!     ..SiteSnapshot::default()
//! };
//! let dir = tempfile::tempdir().unwrap();
//! write_snapshot_dir(&snapshot, dir.path())?;
//! assert_eq!(read_snapshot_dir(dir.path())?, snapshot);
//! # Ok::<(), clone_detect::Error>(())
//! ```
//!
//! Compute the Shodan favicon hash of raw bytes (what `http.favicon.hash:`
//! searches for):
//!
//! ```
//! use clone_detect::signal::shodan::favicon_mmh3;
//! assert_eq!(favicon_mmh3(b""), 0);
//! ```
//!
//! Fingerprints refuse to be compared across hash specs:
//!
//! ```
//! use clone_detect::HashSpecs;
//! let mine = HashSpecs::current();
//! let mut theirs = HashSpecs::current();
//! theirs.phash = "phash/imagehash-python".into();
//! assert!(mine.ensure_comparable(&theirs).is_err());
//! ```

#![deny(missing_docs)]
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod acquire;
#[cfg(any(feature = "crawl", feature = "screenshot"))]
pub mod blocking;
pub mod blocklist;
pub mod cluster;
mod config_serde;
mod error;
pub mod eval;
#[cfg(feature = "parquet")]
pub mod export;
pub mod fingerprint;
pub(crate) mod html;
pub mod index;
pub mod limits;
pub mod pivot;
pub mod report;
pub mod signal;
pub mod snapshot;
pub mod source;
pub mod store;
pub mod verdict;
pub mod watch;

pub use error::{Error, Result};
pub use fingerprint::{
    FingerprintConfig, Fingerprinter, HashSpecs, PageFingerprint, SiteFingerprint,
    FINGERPRINT_SCHEMA_VERSION,
};
pub use snapshot::{Asset, AssetContent, AssetKind, Favicon, Page, SiteSnapshot};
