//! # clone-detect
//!
//! Is this newly seen website a known site come back under another name?
//! clone-detect fingerprints websites with signals that survive a move to a
//! new domain (the template, the text, the favicon, the look, the operator's
//! identifiers) and, in later stages, matches new sites against known ones.
//!
//! Data flows one way, and the modules are declared in that order:
//!
//! ```text
//!  URL ──► acquire::crawl ─┐  (+ acquire::screenshot: Chromium, guarded)
//!  folder ─► acquire::folder ├─► snapshot::SiteSnapshot ──► fingerprint ──► SiteFingerprint
//!  WARC ──► acquire::warc ──┘      (pages, headers,          (signal::*: template,
//!                                   favicon, assets,          text, perceptual,
//!                                   screenshot: bytes)        shodan, ids, assets)
//!
//!  SiteFingerprint ──► index (near-neighbour candidates) ──► verdict (features,
//!                      fused model, evidence) ──► Verdict
//!                  ──► store (known sites on disk: what the index is built from)
//!                  ──► cluster (batches, average link) ──► Clustering
//!  watch: candidate domains ──► live acquisition ──► verdict ──► blocklist (RPZ, hosts)
//! ```
//!
//! 1. [`acquire`]: a live site (crawled, with a screenshot), a saved website
//!    folder, a WARC archive or a snapshot directory, read into a
//!    [`SiteSnapshot`]; [`source`] names any of them and loads many at once,
//!    in order; `blocking` gives the async calls to synchronous callers;
//! 2. [`snapshot`]: what the site looked like, as raw bytes;
//! 3. [`fingerprint`]: pure, deterministic [`signal`]s of a snapshot;
//! 4. [`index`] and [`verdict`]: match against known sites, kept in the
//!    [`store`]; [`cluster`] groups a batch; [`eval`] measures all of it on
//!    a labelled corpus;
//! 5. [`watch`] checks new domains as they come and keeps a [`blocklist`];
//!    [`report`], [`pivot`], [`interop`] (MISP, STIX, CSV) and `export`
//!    (Parquet) turn results into what people and other tools read.
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
// docs.rs marks each item with the cargo feature it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(clippy::print_stdout, clippy::print_stderr)]

// Acquisition, then what it produces.
pub mod acquire;
#[cfg(any(feature = "crawl", feature = "screenshot"))]
pub mod blocking;
pub mod source;
pub mod snapshot;
// Pure signals and the fingerprint made of them.
pub(crate) mod html;
pub mod signal;
pub mod fingerprint;
// Matching: search, scoring, the known sites, batches and their evaluation.
pub mod index;
pub mod verdict;
pub mod store;
pub mod cluster;
pub mod eval;
// Watching new domains and the outputs.
pub mod watch;
pub mod blocklist;
pub mod report;
pub mod pivot;
// Check and watch results as MISP events, STIX bundles and CSV.
pub mod interop;
pub mod provenance;
pub mod evidence;
#[cfg(feature = "parquet")]
pub mod export;
// Shared.
mod config_serde;
mod error;
pub mod limits;

pub use error::{Error, Result};
pub use fingerprint::{
    FingerprintConfig, Fingerprinter, HashSpecs, PageFingerprint, SiteFingerprint,
    FINGERPRINT_SCHEMA_VERSION,
};
pub use signal::hash64::Hash64;
pub use snapshot::{Asset, AssetContent, AssetKind, Favicon, Page, SiteSnapshot};
