//! Candidate lines from a file that may keep growing, or from any reader.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::{Error, Result};

/// Reads complete lines from `reader`; with `follow`, waits at the end for
/// more (as `tail -F` does) until `stop` is set, polling every `poll`. A
/// last line without its newline is held back until it is finished (or,
/// without `follow`, taken as it is at the end). A followed file that is
/// truncated or replaced (log rotation) is read again from its start.
pub struct Lines<R> {
    reader: BufReader<R>,
    name: PathBuf,
    follow: Option<Duration>,
    partial: Vec<u8>,
    /// Bytes read from the current reader.
    offset: u64,
    /// Given the offset reached, a new reader when the file was truncated
    /// or replaced.
    reopen: Option<Reopen<R>>,
}

type Reopen<R> = Box<dyn FnMut(u64) -> Option<R> + Send>;

impl<R> std::fmt::Debug for Lines<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lines")
            .field("name", &self.name)
            .field("follow", &self.follow)
            .field("offset", &self.offset)
            .finish_non_exhaustive()
    }
}

impl Lines<File> {
    /// Lines of the file at `path`.
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be opened.
    pub fn open(path: &Path, follow: Option<Duration>) -> Result<Self> {
        let file = File::open(path).map_err(|e| Error::io(path, e))?;
        let mut identity = file.metadata().ok().and_then(|m| identity_of(&m));
        let mut lines = Self::new(file, path, follow);
        let path = path.to_path_buf();
        lines.reopen = Some(Box::new(move |offset| {
            // Look at what the name now points to (one stat per poll; the
            // file is opened only when it changed). A name that is missing
            // right now (between a rename and a create) is looked at again
            // on the next poll.
            let meta = std::fs::metadata(&path).ok()?;
            let now = identity_of(&meta);
            if now == identity && meta.len() >= offset {
                return None;
            }
            let file = File::open(&path).ok()?;
            identity = file.metadata().ok().and_then(|m| identity_of(&m));
            Some(file)
        }));
        Ok(lines)
    }
}

impl<R: Read> Lines<R> {
    /// Lines of `reader`, named `name` in errors.
    pub fn new(reader: R, name: &Path, follow: Option<Duration>) -> Self {
        Self {
            reader: BufReader::new(reader),
            name: name.to_path_buf(),
            follow,
            partial: Vec::new(),
            offset: 0,
            reopen: None,
        }
    }

    /// The next line, without its line ending; `None` at the end (never,
    /// when following, unless `stopped` says so).
    ///
    /// # Errors
    /// [`Error::Io`] when reading fails.
    pub fn next_line(&mut self, stopped: impl Fn() -> bool) -> Result<Option<String>> {
        loop {
            if stopped() {
                return Ok(None);
            }
            // A line is kept up to MAX_LINE bytes; the rest of a longer one
            // is read and dropped (a feed that never sends a newline must
            // not grow memory), and what was kept is returned: it is no
            // candidate, and is reported as such.
            let room = (MAX_LINE + 1).saturating_sub(self.partial.len()) as u64;
            let read = if room > 0 {
                (&mut self.reader)
                    .take(room)
                    .read_until(b'\n', &mut self.partial)
            } else {
                let mut dropped = Vec::new();
                (&mut self.reader)
                    .take(64 << 10)
                    .read_until(b'\n', &mut dropped)
                    .inspect(|_| {
                        if dropped.last() == Some(&b'\n') {
                            self.partial.push(b'\n');
                        }
                    })
            }
            .map_err(|e| Error::io(&self.name, e))?;
            self.offset += read as u64;
            if self.partial.last() == Some(&b'\n') {
                let mut line = std::mem::take(&mut self.partial);
                line.truncate(MAX_LINE);
                return Ok(Some(text(&line)));
            }
            if read == 0 {
                match self.follow {
                    Some(poll) => {
                        let fresh = self.reopen.as_mut().and_then(|r| r(self.offset));
                        match fresh {
                            // Whatever was half a line belonged to the old file.
                            Some(file) => {
                                self.reader = BufReader::new(file);
                                self.offset = 0;
                                self.partial.clear();
                            }
                            None => std::thread::sleep(poll),
                        }
                    }
                    None if self.partial.is_empty() => return Ok(None),
                    None => return Ok(Some(text(&std::mem::take(&mut self.partial)))),
                }
            }
        }
    }
}

/// What tells a file from another under the same name.
#[cfg(unix)]
fn identity_of(meta: &std::fs::Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Some((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn identity_of(_: &std::fs::Metadata) -> Option<(u64, u64)> {
    None
}

/// The longest line kept whole: far longer than any host name or URL a
/// feed carries.
pub const MAX_LINE: usize = 4096;

fn text(line: &[u8]) -> String {
    String::from_utf8_lossy(line)
        .trim_end_matches(['\n', '\r'])
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::sync::atomic::{AtomicBool, Ordering};

    #[test]
    fn an_endless_line_is_cut_and_the_next_line_read() {
        let mut feed = vec![b'a'; 10 << 20];
        feed.extend_from_slice(b"\nnext.example\n");
        let mut lines = Lines::new(&feed[..], Path::new("-"), None);
        let first = lines.next_line(|| false).unwrap().unwrap();
        assert_eq!(first.len(), MAX_LINE);
        assert_eq!(lines.next_line(|| false).unwrap().unwrap(), "next.example");
        assert_eq!(lines.next_line(|| false).unwrap(), None);
        // A line of exactly MAX_LINE bytes is kept whole.
        let exact = [vec![b'b'; MAX_LINE], b"\n".to_vec()].concat();
        let mut lines = Lines::new(&exact[..], Path::new("-"), None);
        assert_eq!(lines.next_line(|| false).unwrap().unwrap().len(), MAX_LINE);
    }

    #[test]
    fn follows_a_growing_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.txt");
        std::fs::write(&path, "a.example\nb.exa").unwrap();
        let stop = AtomicBool::new(false);
        let mut lines = Lines::open(&path, Some(Duration::from_millis(5))).unwrap();
        assert_eq!(
            lines
                .next_line(|| stop.load(Ordering::Relaxed))
                .unwrap()
                .as_deref(),
            Some("a.example")
        );
        let writer = std::thread::spawn({
            let path = path.clone();
            move || {
                std::thread::sleep(Duration::from_millis(50));
                let mut f = std::fs::OpenOptions::new().append(true).open(path).unwrap();
                f.write_all(b"mple\r\nc.example\n").unwrap();
            }
        });
        assert_eq!(
            lines
                .next_line(|| stop.load(Ordering::Relaxed))
                .unwrap()
                .as_deref(),
            Some("b.example")
        );
        assert_eq!(
            lines
                .next_line(|| stop.load(Ordering::Relaxed))
                .unwrap()
                .as_deref(),
            Some("c.example")
        );
        writer.join().unwrap();
        stop.store(true, Ordering::Relaxed);
        assert_eq!(
            lines.next_line(|| stop.load(Ordering::Relaxed)).unwrap(),
            None
        );
    }

    #[test]
    fn follows_a_truncated_or_rotated_file_from_its_start() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.txt");
        std::fs::write(&path, "a.example\nb.example\n").unwrap();
        let stop = AtomicBool::new(false);
        let mut lines = Lines::open(&path, Some(Duration::from_millis(5))).unwrap();
        let mut next = || lines.next_line(|| stop.load(Ordering::Relaxed)).unwrap();
        assert_eq!(next().as_deref(), Some("a.example"));
        assert_eq!(next().as_deref(), Some("b.example"));
        // Truncated and rewritten shorter.
        std::fs::write(&path, "c.example\n").unwrap();
        assert_eq!(next().as_deref(), Some("c.example"));
        // Rotated: renamed away, a new file under the name.
        std::fs::rename(&path, dir.path().join("in.txt.1")).unwrap();
        std::fs::write(&path, "d.example\ne.example\n").unwrap();
        assert_eq!(next().as_deref(), Some("d.example"));
        assert_eq!(next().as_deref(), Some("e.example"));
    }

    #[test]
    fn without_follow_ends_and_keeps_an_unterminated_line() {
        let stop = AtomicBool::new(false);
        let mut lines = Lines::new(&b"x.example\ny.example"[..], Path::new("-"), None);
        assert_eq!(
            lines
                .next_line(|| stop.load(Ordering::Relaxed))
                .unwrap()
                .as_deref(),
            Some("x.example")
        );
        assert_eq!(
            lines
                .next_line(|| stop.load(Ordering::Relaxed))
                .unwrap()
                .as_deref(),
            Some("y.example")
        );
        assert_eq!(
            lines.next_line(|| stop.load(Ordering::Relaxed)).unwrap(),
            None
        );
    }
}
