//! Reading the files of a directory a stranger may have prepared (a saved
//! website folder, a snapshot directory) without being led out of it or
//! made to read forever.
//!
//! Every component of a relative path must be a plain directory or, last,
//! a regular file. **Every symbolic link is refused**, also one that stays
//! inside the directory: tools that save websites do not make them, and a
//! rule without exceptions needs no resolving of where a link leads.
//! Devices, pipes and sockets are refused without being opened (opening a
//! FIFO blocks; `/dev/zero` never ends). The file opened must be the one
//! inspected (same device and inode), so a link swapped in between is
//! refused too. Reads are bounded: nothing reads to the end of a file whose
//! end it does not know.

use std::fs::{self, File, Metadata};
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};

/// A regular file inside a directory, open for reading.
#[derive(Debug)]
pub(crate) struct Opened {
    /// The open file.
    pub file: File,
    /// Its length when opened.
    pub len: u64,
    /// Its path (the directory joined with the relative path).
    pub path: PathBuf,
    /// Its metadata when opened.
    pub meta: Metadata,
}

/// Why a file was not opened.
#[derive(Debug)]
pub(crate) enum OpenError {
    /// Nothing is there, or a directory is.
    Missing,
    /// There is something that is never read.
    Refused(&'static str),
    /// The file system said no.
    Io(io::Error),
}

impl OpenError {
    /// As an I/O error, for a typed [`crate::Error::Io`].
    pub(crate) fn into_io(self) -> io::Error {
        match self {
            OpenError::Missing => io::Error::new(io::ErrorKind::NotFound, "no such file"),
            OpenError::Refused(why) => io::Error::new(io::ErrorKind::InvalidInput, why),
            OpenError::Io(e) => e,
        }
    }
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenError::Missing => f.write_str("no such file"),
            OpenError::Refused(why) => write!(f, "refused: {why}"),
            OpenError::Io(e) => write!(f, "{e}"),
        }
    }
}

/// Opens `root/rel` under the rules of this module. `rel` must be a plain
/// relative path (normal components only).
pub(crate) fn open_inside(root: &Path, rel: &Path) -> Result<Opened, OpenError> {
    let components: Vec<Component<'_>> = rel
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .collect();
    if components.is_empty() {
        return Err(OpenError::Missing);
    }
    let mut path = root.to_path_buf();
    let mut inspected = None;
    for (i, component) in components.iter().enumerate() {
        let Component::Normal(name) = component else {
            return Err(OpenError::Refused("not a plain relative path"));
        };
        path.push(name);
        let meta = match fs::symlink_metadata(&path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(OpenError::Missing),
            Err(e) => return Err(OpenError::Io(e)),
        };
        let kind = meta.file_type();
        let last = i + 1 == components.len();
        if kind.is_symlink() {
            return Err(OpenError::Refused("a symbolic link"));
        }
        if kind.is_dir() {
            if last {
                return Err(OpenError::Missing);
            }
            continue;
        }
        if !kind.is_file() {
            return Err(OpenError::Refused("a device, pipe or socket"));
        }
        if !last {
            return Err(OpenError::Missing);
        }
        inspected = Some(meta);
    }
    let inspected = inspected.ok_or(OpenError::Missing)?;
    let file = File::open(&path).map_err(OpenError::Io)?;
    let meta = file.metadata().map_err(OpenError::Io)?;
    if !meta.is_file() || !same_file(&inspected, &meta) {
        return Err(OpenError::Refused("changed while being opened"));
    }
    Ok(Opened {
        file,
        len: meta.len(),
        path,
        meta,
    })
}

#[cfg(unix)]
fn same_file(a: &Metadata, b: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    (a.dev(), a.ino()) == (b.dev(), b.ino())
}

#[cfg(not(unix))]
fn same_file(a: &Metadata, b: &Metadata) -> bool {
    a.len() == b.len() && a.modified().ok() == b.modified().ok()
}

/// Reads at most `max` bytes of `reader`; true when there was more.
pub(crate) fn read_capped(reader: impl Read, max: u64) -> io::Result<(Vec<u8>, bool)> {
    let mut bytes = Vec::new();
    reader.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    let cut = bytes.len() as u64 > max;
    bytes.truncate(usize::try_from(max).unwrap_or(usize::MAX).min(bytes.len()));
    Ok((bytes, cut))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn links_and_special_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir(root.join("sub")).unwrap();
        fs::write(root.join("sub/ok.txt"), b"ok").unwrap();
        symlink(root.join("sub/ok.txt"), root.join("inside-link")).unwrap();
        symlink("/etc/passwd", root.join("passwd")).unwrap();
        symlink("/dev/zero", root.join("zero")).unwrap();
        symlink(root.join("sub"), root.join("dirlink")).unwrap();
        let fifo = std::process::Command::new("mkfifo")
            .arg(root.join("fifo"))
            .status()
            .is_ok_and(|s| s.success());
        let open = |rel: &str| open_inside(root, Path::new(rel));
        let opened = open("sub/ok.txt").unwrap();
        assert_eq!(
            read_capped(opened.file, 10).unwrap(),
            (b"ok".to_vec(), false)
        );
        for rel in ["inside-link", "passwd", "zero", "dirlink/ok.txt"] {
            assert!(
                matches!(open(rel), Err(OpenError::Refused("a symbolic link"))),
                "{rel}"
            );
        }
        if fifo {
            assert!(matches!(open("fifo"), Err(OpenError::Refused(_))));
        }
        assert!(matches!(open("missing"), Err(OpenError::Missing)));
        assert!(matches!(open("sub"), Err(OpenError::Missing)));
        assert!(matches!(open("../x"), Err(OpenError::Refused(_))));
        assert!(matches!(open("/etc/passwd"), Err(OpenError::Refused(_))));
    }

    #[test]
    fn reads_are_capped() {
        let (bytes, cut) = read_capped(io::repeat(0), 1000).unwrap();
        assert_eq!((bytes.len(), cut), (1000, true));
        assert_eq!(
            read_capped(&b"abc"[..], 3).unwrap(),
            (b"abc".to_vec(), false)
        );
    }
}
