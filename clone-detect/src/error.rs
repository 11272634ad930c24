//! The library's error type.

use std::path::PathBuf;

/// Everything that can go wrong in clone-detect.
///
/// Variants carry the context needed to act on them (which file, which
/// source); their messages do not repeat the message of the underlying cause,
/// which stays reachable through [`std::error::Error::source`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or directory could not be read or written.
    #[error("cannot access {path}")]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// A source is not something this library can read.
    #[error("{path}: not a snapshot directory (no snapshot.json) nor a saved website folder (no index.html)")]
    UnknownSource {
        /// The path given.
        path: PathBuf,
    },
    /// A `snapshot.json` manifest could not be parsed.
    #[error("{path}: invalid snapshot manifest")]
    Manifest {
        /// The manifest's path.
        path: PathBuf,
        /// The JSON error.
        #[source]
        source: serde_json::Error,
    },
    /// A snapshot manifest is well-formed JSON but violates the layout.
    #[error("{path}: {reason}")]
    Layout {
        /// The manifest or file concerned.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// A fingerprint's 64-bit hash (a simhash, pHash, dHash or average
    /// hash) is not 16 hex digits: a line edited by hand or damaged. The
    /// whole fingerprint is refused; no signal is dropped silently.
    #[error("fingerprint field {field}: {value} is not a 64-bit hash")]
    Hash {
        /// Where in the fingerprint: `screenshot.phash`,
        /// `pages[2].text_simhash`.
        field: String,
        /// The value as written (JSON), cut after 24 characters.
        value: String,
        /// Why the text is not a hash; `None` when the value is not even a
        /// string.
        #[source]
        source: Option<crate::signal::hash64::ParseHash64Error>,
    },
    /// A manifest or fingerprint was written by a newer, unknown schema.
    #[error("schema version {found} is not supported (this build reads up to {supported})")]
    SchemaVersion {
        /// The version found.
        found: u32,
        /// The newest version this build understands.
        supported: u32,
    },
    /// An image could not be decoded, or exceeded the configured limits.
    #[error("cannot decode {what} image")]
    Image {
        /// Which image: "favicon" or "screenshot".
        what: &'static str,
        /// The decoder's error.
        #[source]
        source: image::ImageError,
    },
    /// Two hashes were produced by different specs and cannot be compared.
    #[error("cannot compare {signal}: spec {left:?} differs from {right:?}")]
    SpecMismatch {
        /// The signal compared.
        signal: &'static str,
        /// The spec of the left operand.
        left: String,
        /// The spec of the right operand.
        right: String,
    },
    /// A known-site store file is not a store, or is damaged.
    #[error("{path}: {reason}")]
    Store {
        /// The store file.
        path: PathBuf,
        /// What is wrong, with the byte offset of the damage.
        reason: String,
    },
    /// A known-site store was written by a newer format.
    #[error("{path}: store format {found} is not supported (this build reads up to {supported})")]
    StoreVersion {
        /// The store file.
        path: PathBuf,
        /// The format version found.
        found: u32,
        /// The newest format this build understands.
        supported: u32,
    },
    /// A WARC archive that cannot be read as one (no record in it, or an
    /// I/O error in the middle).
    #[error("{path}: {reason}")]
    Archive {
        /// The archive.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// A watch's state folder is in use by another watch, or damaged.
    #[error("{path}: {reason}")]
    State {
        /// The folder or file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// A Parquet file could not be written.
    #[error("cannot write Parquet: {0}")]
    Export(String),
    /// A live site could not be crawled at all.
    #[error("{url}: {reason}")]
    Crawl {
        /// The start URL.
        url: String,
        /// What failed.
        reason: String,
    },
    /// The browser could not be started, or a page could not be captured.
    #[error("screenshot: {0}")]
    Browser(String),
    /// A model file (fused-score coefficients and thresholds) is invalid.
    #[error("invalid model: {0}")]
    Model(String),
    /// A configuration value is out of its documented range.
    #[error("invalid configuration: {0}")]
    Config(String),
    /// A call of the [`blocking`](crate::blocking) API was made on a thread
    /// that runs an async runtime (where blocking would stall or panic), or
    /// its own runtime could not be started.
    #[error("{0}")]
    Runtime(String),
    /// A failure recorded earlier, read back: a line of a fingerprint file
    /// that says its source could not be read, and why.
    #[error("{0}")]
    Recorded(String),
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}
