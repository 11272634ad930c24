//! Sources: what a user points at (a URL, a WARC archive, a saved website
//! folder, a snapshot directory, a file of fingerprints), and the
//! [`Loader`] that turns many of them into fingerprints, several at once,
//! results in input order.
//!
//! ```
//! use clone_detect::source::{LoadConfig, Loader, Source};
//! use clone_detect::{FingerprintConfig, Fingerprinter};
//!
//! let dir = tempfile::tempdir().unwrap();
//! std::fs::write(dir.path().join("index.html"), "<title>Market</title><p>Welcome</p>").unwrap();
//!
//! let fingerprinter = Fingerprinter::new(FingerprintConfig::default())?;
//! let loader = Loader::new(&fingerprinter, LoadConfig::default())?;
//! let sources = vec![Source::detect(&dir.path().display().to_string())];
//! let mut titles = Vec::new();
//! loader.for_each(&sources, |loaded| {
//!     titles.push(loaded.fingerprint?.title);
//!     Ok::<(), clone_detect::Error>(())
//! })?;
//! assert_eq!(titles, [Some("Market".to_string())]);
//! # Ok::<(), clone_detect::Error>(())
//! ```

mod loader;

use std::io::BufRead;
use std::path::{Path, PathBuf};

pub use loader::{LoadConfig, Loaded, Loader, Observer};

use crate::snapshot::MANIFEST_FILE;
use crate::{Error, Result};

/// One site, or a file of many, as a user named it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A live site, crawled (needs a live acquirer: the `crawl` feature).
    Url(String),
    /// A WARC archive (`.warc`, `.warc.gz`): every site in it.
    Warc(PathBuf),
    /// A saved website folder (an `index.html` at its root).
    Folder(PathBuf),
    /// A snapshot directory (a `snapshot.json` at its root).
    Snapshot(PathBuf),
    /// A JSON Lines file of fingerprints, as `clone-detect fingerprint`
    /// writes them.
    Fingerprints(PathBuf),
}

impl Source {
    /// The kind of source `arg` names: an `http(s)://` URL, else what the
    /// file system holds at that path (a directory with a `snapshot.json`,
    /// another directory, a file named `.warc` or `.warc.gz`); anything else
    /// is read as fingerprints (a missing file fails when loaded).
    pub fn detect(arg: &str) -> Self {
        if is_url(arg) {
            return Self::Url(arg.to_string());
        }
        let path = PathBuf::from(arg);
        if path.is_dir() {
            if path.join(MANIFEST_FILE).is_file() {
                Self::Snapshot(path)
            } else {
                Self::Folder(path)
            }
        } else if is_warc_name(&path) && path.is_file() {
            Self::Warc(path)
        } else {
            Self::Fingerprints(path)
        }
    }

    /// How results and errors name it: the URL or the path as given.
    pub fn name(&self) -> String {
        match self {
            Self::Url(url) => url.clone(),
            Self::Warc(p) | Self::Folder(p) | Self::Snapshot(p) | Self::Fingerprints(p) => {
                p.display().to_string()
            }
        }
    }

    /// Whether this source is crawled.
    pub fn is_live(&self) -> bool {
        matches!(self, Self::Url(_))
    }
}

/// Whether `source` is an `http://` or `https://` URL (the scheme in any
/// case, as URLs allow).
pub fn is_url(source: &str) -> bool {
    let head = source.get(..8).unwrap_or(source).to_ascii_lowercase();
    head.starts_with("http://") || head.starts_with("https://")
}

fn is_warc_name(path: &Path) -> bool {
    let name = path.to_string_lossy().to_ascii_lowercase();
    name.ends_with(".warc") || name.ends_with(".warc.gz")
}

/// The sources of a list, one per line (as [`Source::detect`] reads each);
/// blank lines and lines starting with `#` are skipped. `name` names the
/// list in errors.
///
/// # Errors
/// [`Error::Io`] when the list cannot be read (not UTF-8, an I/O error),
/// with the line number.
pub fn read_list(reader: impl BufRead, name: &Path) -> Result<Vec<Source>> {
    let mut sources = Vec::new();
    for (i, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| Error::io(format!("{}:{}", name.display(), i + 1), e))?;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        sources.push(Source::detect(line));
    }
    Ok(sources)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_each_kind() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("site");
        std::fs::create_dir(&folder).unwrap();
        let snapshot = dir.path().join("snap");
        std::fs::create_dir(&snapshot).unwrap();
        std::fs::write(snapshot.join(MANIFEST_FILE), "{}").unwrap();
        let warc = dir.path().join("crawl.WARC.gz");
        std::fs::write(&warc, b"").unwrap();
        let named_warc_dir = dir.path().join("dir.warc");
        std::fs::create_dir(&named_warc_dir).unwrap();
        let s = |p: &Path| Source::detect(&p.display().to_string());
        assert_eq!(
            Source::detect("https://example.org/"),
            Source::Url("https://example.org/".into())
        );
        assert_eq!(s(&folder), Source::Folder(folder.clone()));
        assert_eq!(s(&snapshot), Source::Snapshot(snapshot.clone()));
        assert_eq!(s(&warc), Source::Warc(warc.clone()));
        assert_eq!(s(&named_warc_dir), Source::Folder(named_warc_dir.clone()));
        let missing = dir.path().join("gone.warc");
        assert_eq!(s(&missing), Source::Fingerprints(missing.clone()));
        assert_eq!(
            Source::detect("HTTPS://Example.org/"),
            Source::Url("HTTPS://Example.org/".into())
        );
        assert_eq!(
            Source::detect("ftp://example.org/"),
            Source::Fingerprints("ftp://example.org/".into())
        );
    }

    #[test]
    fn lists_skip_blanks_and_comments() {
        let list = "# sites\n\n  https://a.example/  \n#x\nhttps://b.example/\n";
        let sources = read_list(list.as_bytes(), Path::new("list")).unwrap();
        assert_eq!(
            sources,
            [
                Source::Url("https://a.example/".into()),
                Source::Url("https://b.example/".into())
            ]
        );
        let bad: &[u8] = b"https://a.example/\n\xff\n";
        let err = read_list(bad, Path::new("list")).unwrap_err();
        assert!(err.to_string().contains("list:2"), "{err}");
    }
}
