//! The ordered, bounded-parallel loader: sources in, fingerprints out in
//! input order.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};

use super::Source;
use crate::acquire::warc::{read_warc_with_progress, WarcConfig, WarcProgress, WarcStats};
use crate::acquire::{read_local_source, FolderConfig};
use crate::{Error, Fingerprinter, Result, SiteFingerprint, SiteSnapshot};

/// How a [`Loader`] reads sources (serde: a missing field takes its
/// default).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LoadConfig {
    /// Sources acquired at once (each on a thread of its own). Default 4.
    pub sites: usize,
    /// Fingerprinting threads (`None`: one per core). Default `None`.
    pub threads: Option<usize>,
    /// How saved website folders are read.
    pub folder: FolderConfig,
    /// How WARC archives are read.
    pub warc: WarcConfig,
    /// Render saved website folders in a browser configured so (feature
    /// `screenshot`; see [`crate::acquire::folder_render`]): each folder is
    /// served on loopback for one capture that reaches nothing else, and
    /// fingerprinted from the page the browser shows (a script-built page
    /// from its DOM after load), keeping the folder's own `screenshot.png`
    /// when it has one. A rendering that fails is a warning of the site,
    /// whose folder reading stands. The servers and browsers run on the
    /// tokio runtime the [`Loader`] is made in when it is a multi-threaded
    /// one, else on a runtime of two worker threads the loader starts for
    /// them and stops when dropped. Each folder starts a browser of its own.
    /// Default `None`: folders are read without a browser.
    #[cfg(feature = "screenshot")]
    pub render_folders: Option<crate::acquire::screenshot::ScreenshotConfig>,
    /// With [`render_folders`](Self::render_folders): whether the capture's
    /// PNG becomes the screenshot of a folder that has no `screenshot.png`
    /// (the CLI's `--no-screenshot` turns it off: the page is still
    /// rendered for its DOM). Default `true`.
    #[cfg(feature = "screenshot")]
    pub render_screenshots: bool,
}

impl Default for LoadConfig {
    fn default() -> Self {
        Self {
            sites: 4,
            threads: None,
            folder: FolderConfig::default(),
            warc: WarcConfig::default(),
            #[cfg(feature = "screenshot")]
            render_folders: None,
            #[cfg(feature = "screenshot")]
            render_screenshots: true,
        }
    }
}

/// One fingerprint read or computed from a source, or why not.
#[derive(Debug)]
pub struct Loaded {
    /// The site's name: the URL or path as given; a site's host for a WARC
    /// archive; `FILE:LINE` for a line of a fingerprint file (or the source
    /// that line records as failed).
    pub name: String,
    /// What an error is about, when its own message does not say it: the
    /// source as given, or `FILE:LINE`.
    pub context: Option<String>,
    /// The fingerprint, or why there is none.
    pub fingerprint: Result<SiteFingerprint>,
    /// The snapshot it was made from, when the loader keeps them
    /// ([`Loader::keeping_snapshots`]) and there was one (a fingerprint
    /// file has none).
    pub snapshot: Option<Box<SiteSnapshot>>,
}

impl Loaded {
    fn new(name: String, context: Option<String>, fingerprint: Result<SiteFingerprint>) -> Self {
        Self {
            name,
            context,
            fingerprint,
            snapshot: None,
        }
    }
}

/// Hooks a caller may use to watch a [`Loader`] at work (progress, report
/// media). Called from the loader's threads.
pub trait Observer: Send + Sync {
    /// A site's snapshot, before it is fingerprinted.
    fn snapshot(&self, _name: &str, _snapshot: &SiteSnapshot) {}
    /// A WARC archive starts being read; `progress` counts its bytes.
    fn archive_started(&self, _name: &str, _progress: &WarcProgress) {}
    /// A WARC archive was read to its end (`None`: it failed).
    fn archive_finished(&self, _name: &str, _stats: Option<&WarcStats>) {}
    /// Every result of the source at `index` (in the caller's list) was
    /// handed on.
    fn source_done(&self, _index: usize) {}
}

struct Quiet;
impl Observer for Quiet {}

/// Reads sources with one fingerprinter and one rayon pool of its own (and,
/// for URLs, a live acquirer).
pub struct Loader<'a> {
    config: LoadConfig,
    fingerprinter: &'a Fingerprinter,
    pool: rayon::ThreadPool,
    observer: Arc<dyn Observer>,
    keep_snapshots: bool,
    #[cfg(feature = "crawl")]
    live: Option<crate::blocking::LiveAcquirer>,
    #[cfg(feature = "screenshot")]
    renderer: Option<crate::acquire::folder_render::Renderer>,
}

impl std::fmt::Debug for Loader<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Loader")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl<'a> Loader<'a> {
    /// A loader fingerprinting with `fingerprinter`.
    ///
    /// # Errors
    /// [`Error::Config`] when `sites` or `threads` is zero or the folder
    /// configuration is invalid, [`Error::Runtime`] when the threads (or
    /// the runtime [`render_folders`](LoadConfig::render_folders) needs)
    /// cannot start.
    pub fn new(fingerprinter: &'a Fingerprinter, config: LoadConfig) -> Result<Self> {
        if config.sites == 0 || config.threads == Some(0) {
            return Err(Error::Config("sites and threads must be at least 1".into()));
        }
        config.folder.validate()?;
        let mut builder = rayon::ThreadPoolBuilder::new();
        if let Some(n) = config.threads {
            builder = builder.num_threads(n);
        }
        let pool = builder
            .build()
            .map_err(|e| Error::Runtime(format!("cannot start worker threads: {e}")))?;
        #[cfg(feature = "screenshot")]
        let renderer = config
            .render_folders
            .clone()
            .map(|shots| {
                crate::acquire::folder_render::Renderer::new(shots, config.render_screenshots)
            })
            .transpose()?;
        Ok(Self {
            config,
            fingerprinter,
            pool,
            observer: Arc::new(Quiet),
            keep_snapshots: false,
            #[cfg(feature = "crawl")]
            live: None,
            #[cfg(feature = "screenshot")]
            renderer,
        })
    }

    /// Reads URLs with `live`.
    #[cfg(feature = "crawl")]
    #[must_use]
    pub fn with_live(mut self, live: crate::blocking::LiveAcquirer) -> Self {
        self.live = Some(live);
        self
    }

    /// Tells `observer` what happens.
    #[must_use]
    pub fn with_observer(mut self, observer: Arc<dyn Observer>) -> Self {
        self.observer = observer;
        self
    }

    /// Hands each site's snapshot on with its fingerprint
    /// ([`Loaded::snapshot`]), e.g. to keep it as evidence
    /// ([`crate::evidence`]). Snapshots wait in memory with their results
    /// until all before them are handed on (at most a window of a few
    /// sources per [`sites`](LoadConfig::sites)).
    #[must_use]
    pub fn keeping_snapshots(mut self) -> Self {
        self.keep_snapshots = true;
        self
    }

    /// The rayon pool fingerprints are computed on.
    pub fn pool(&self) -> &rayon::ThreadPool {
        &self.pool
    }

    /// Loads every source, [`sites`](LoadConfig::sites) at a time, and hands
    /// each result to `emit` in input order, as soon as it and all before it
    /// are done. A failing source is an `Err` in its [`Loaded`] only. Stops
    /// taking new sources when `emit` fails, and returns that error.
    ///
    /// # Errors
    /// The first error `emit` returns.
    pub fn for_each<E>(
        &self,
        sources: &[Source],
        mut emit: impl FnMut(Loaded) -> Result<(), E>,
    ) -> Result<(), E>
    where
        E: Send,
    {
        let next = AtomicUsize::new(0);
        let stop = AtomicBool::new(false);
        // How far ahead of the oldest unfinished source workers may take
        // new ones: results wait in memory until all before them are out.
        let window = self.config.sites.saturating_mul(4).max(8);
        let handed = (std::sync::Mutex::new(0usize), std::sync::Condvar::new());
        std::thread::scope(|scope| {
            let (tx, rx) = mpsc::channel::<(usize, Vec<Loaded>)>();
            for _ in 0..self.config.sites.min(sources.len()) {
                let tx = tx.clone();
                let (next, stop, handed) = (&next, &stop, &handed);
                scope.spawn(move || {
                    while !stop.load(Ordering::Relaxed) {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(source) = sources.get(i) else { break };
                        let (done, moved) = handed;
                        let mut due = done.lock().unwrap_or_else(|e| e.into_inner());
                        while i >= *due + window && !stop.load(Ordering::Relaxed) {
                            due = moved.wait(due).unwrap_or_else(|e| e.into_inner());
                        }
                        drop(due);
                        if tx.send((i, self.load_isolated(source))).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(tx);
            let mut waiting = BTreeMap::new();
            let mut due = 0;
            let mut failure = None;
            for (i, results) in rx {
                waiting.insert(i, results);
                while let Some(results) = waiting.remove(&due) {
                    for loaded in results {
                        if failure.is_none() {
                            if let Err(e) = emit(loaded) {
                                stop.store(true, Ordering::Relaxed);
                                failure = Some(e);
                            }
                        }
                    }
                    self.observer.source_done(due);
                    due += 1;
                    let (done, moved) = &handed;
                    *done.lock().unwrap_or_else(|e| e.into_inner()) = due;
                    moved.notify_all();
                }
                if failure.is_some() {
                    // Workers waiting for room must see the stop.
                    handed.1.notify_all();
                }
            }
            failure.map_or(Ok(()), Err)
        })
    }

    /// [`load`](Self::load), with a panic (a bug that a hostile site
    /// reached) turned into that source's error, so that one site never
    /// stops a batch.
    fn load_isolated(&self, source: &Source) -> Vec<Loaded> {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.load(source))).unwrap_or_else(
            |panic| {
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "a panic".into());
                let name = source.name();
                vec![Loaded::new(
                    name.clone(),
                    Some(name),
                    Err(Error::Runtime(format!(
                        "reading this source panicked: {what}"
                    ))),
                )]
            },
        )
    }

    /// One source, read whole: one result per site (many for a WARC archive
    /// or a fingerprint file).
    ///
    /// Not to be called from inside this loader's own pool
    /// ([`pool`](Self::pool)) with one thread: fingerprinting waits for
    /// that thread.
    pub fn load(&self, source: &Source) -> Vec<Loaded> {
        let name = source.name();
        match source {
            Source::Url(url) => vec![self.loaded(name, self.acquire_live(url))],
            Source::Warc(path) => self.load_warc(path, name),
            Source::Folder(path) => vec![self.loaded(name, self.read_folder(path))],
            Source::Snapshot(path) => {
                vec![self.loaded(name, read_local_source(path, &self.config.folder))]
            }
            Source::Fingerprints(path) => read_fingerprints(path, &name),
        }
    }

    /// The result of one site read whole: its fingerprint and, when kept,
    /// its snapshot.
    fn loaded(&self, name: String, snapshot: Result<SiteSnapshot>) -> Loaded {
        match snapshot {
            Ok(snapshot) => {
                let fp = self.fingerprint(&name, &snapshot);
                let mut loaded = Loaded::new(name.clone(), Some(name), Ok(fp));
                if self.keep_snapshots {
                    loaded.snapshot = Some(Box::new(snapshot));
                }
                loaded
            }
            Err(e) => Loaded::new(name.clone(), Some(name), Err(e)),
        }
    }

    fn fingerprint(&self, name: &str, snapshot: &SiteSnapshot) -> SiteFingerprint {
        self.observer.snapshot(name, snapshot);
        self.pool
            .install(|| self.fingerprinter.fingerprint(snapshot))
    }

    /// A saved folder (or a snapshot directory that appeared since it was
    /// named), rendered when the loader renders folders.
    fn read_folder(&self, path: &Path) -> Result<SiteSnapshot> {
        #[cfg(feature = "screenshot")]
        if let Some(renderer) = &self.renderer {
            if !path.join(crate::snapshot::MANIFEST_FILE).is_file() {
                return renderer.read(path, &self.config.folder);
            }
        }
        read_local_source(path, &self.config.folder)
    }

    #[cfg(feature = "crawl")]
    fn acquire_live(&self, url: &str) -> Result<SiteSnapshot> {
        let live = self.live.as_ref().ok_or_else(|| no_live(url))?;
        Ok(live.acquire(url)?.snapshot)
    }

    #[cfg(not(feature = "crawl"))]
    fn acquire_live(&self, url: &str) -> Result<SiteSnapshot> {
        Err(no_live(url))
    }

    /// Every site of a WARC archive, one result each, in host order; an
    /// evidence capture ([`crate::evidence`]) is read back whole as the
    /// one site it holds.
    fn load_warc(&self, path: &Path, name: String) -> Vec<Loaded> {
        if crate::evidence::is_capture(path) {
            return vec![self.loaded(name, crate::evidence::read_capture(path))];
        }
        let mut out = Vec::new();
        let progress = WarcProgress::new();
        self.observer.archive_started(&name, &progress);
        let read = self.pool.install(|| {
            read_warc_with_progress(path, &self.config.warc, &progress, |snapshot| {
                let site = snapshot.source.clone();
                self.observer.snapshot(&site, &snapshot);
                let fp = self.fingerprinter.fingerprint(&snapshot);
                let mut loaded = Loaded::new(site, None, Ok(fp));
                if self.keep_snapshots {
                    loaded.snapshot = Some(Box::new(snapshot));
                }
                out.push(loaded);
            })
        });
        self.observer.archive_finished(&name, read.as_ref().ok());
        if let Err(e) = read {
            out.push(Loaded::new(name, None, Err(e)));
        }
        out
    }
}

fn no_live(url: &str) -> Error {
    Error::Config(format!(
        "{url}: reading a URL needs a live acquirer (the `crawl` feature, Loader::with_live)"
    ))
}

/// A JSON Lines file of fingerprints. A line that `clone-detect fingerprint`
/// wrote for a source it could not read (`{"source": …, "error": …}`) is
/// that source's error again.
fn read_fingerprints(path: &Path, name: &str) -> Vec<Loaded> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        // The error names the file already.
        Err(e) => return vec![Loaded::new(name.to_string(), None, Err(Error::io(path, e)))],
    };
    let lines: Vec<Loaded> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            let at = format!("{name}:{}", i + 1);
            if let Some((source, error)) = error_line(line) {
                return Loaded::new(source, Some(at), Err(Error::Recorded(error)));
            }
            Loaded::new(at.clone(), Some(at), SiteFingerprint::from_json(line))
        })
        .collect();
    if lines.is_empty() {
        return vec![Loaded::new(
            name.to_string(),
            None,
            Err(Error::Layout {
                path: path.to_path_buf(),
                reason: "no fingerprint in the file (expected JSON Lines)".into(),
            }),
        )];
    }
    lines
}

/// The JSON line that records a source which could not be read, as
/// `clone-detect fingerprint` writes it.
pub fn error_line(line: &str) -> Option<(String, String)> {
    let v: serde_json::Value = serde_json::from_str(line).ok()?;
    let obj = v.as_object()?;
    if obj.len() != 2 {
        return None;
    }
    Some((
        obj.get("source")?.as_str()?.to_string(),
        obj.get("error")?.as_str()?.to_string(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FingerprintConfig;

    fn folder(dir: &Path, name: &str, title: &str) -> Source {
        let path = dir.join(name);
        std::fs::create_dir_all(&path).unwrap();
        std::fs::write(path.join("index.html"), format!("<title>{title}</title>")).unwrap();
        Source::Folder(path)
    }

    /// Holds back the first sources so that later ones finish first.
    struct SlowStart(std::sync::Mutex<Vec<String>>);
    impl Observer for SlowStart {
        fn snapshot(&self, name: &str, _: &SiteSnapshot) {
            if ["s0", "s1", "s2"].iter().any(|s| name.ends_with(s)) {
                std::thread::sleep(std::time::Duration::from_millis(150));
            }
            self.0.lock().unwrap().push(name.to_string());
        }
    }

    #[test]
    fn results_come_in_input_order_whatever_finishes_first() {
        let dir = tempfile::tempdir().unwrap();
        let fingerprinter = Fingerprinter::new(FingerprintConfig::default()).unwrap();
        let mut sources: Vec<Source> = (0..12)
            .map(|i| folder(dir.path(), &format!("s{i}"), &format!("t{i}")))
            .collect();
        // A failing source in the middle fails alone.
        sources.insert(5, Source::Folder(dir.path().join("missing")));
        let loader = Loader::new(
            &fingerprinter,
            LoadConfig {
                sites: 5,
                ..LoadConfig::default()
            },
        )
        .unwrap();
        let finished = Arc::new(SlowStart(Default::default()));
        let loader = loader.with_observer(finished.clone());
        let mut seen = Vec::new();
        loader
            .for_each(&sources, |l| {
                seen.push(l.fingerprint.map(|f| f.title.unwrap_or_default()).ok());
                Ok::<(), ()>(())
            })
            .unwrap();
        let mut expected: Vec<Option<String>> = (0..12).map(|i| Some(format!("t{i}"))).collect();
        expected.insert(5, None);
        assert_eq!(seen, expected);
        // The order above is the loader's doing: the sites did not finish
        // in it.
        let finished = finished.0.lock().unwrap();
        assert!(!finished[0].ends_with("s0"), "{finished:?}");
    }

    /// Panics on one site, as a bug a hostile page reaches would.
    struct Fragile;
    impl Observer for Fragile {
        fn snapshot(&self, name: &str, _: &SiteSnapshot) {
            assert!(!name.ends_with("s3"), "hostile site");
        }
    }

    #[test]
    fn a_panic_on_one_source_fails_that_source_only() {
        let dir = tempfile::tempdir().unwrap();
        let fingerprinter = Fingerprinter::new(FingerprintConfig::default()).unwrap();
        let sources: Vec<Source> = (0..30)
            .map(|i| folder(dir.path(), &format!("s{i}"), &format!("t{i}")))
            .collect();
        let loader = Loader::new(
            &fingerprinter,
            LoadConfig {
                sites: 3,
                ..LoadConfig::default()
            },
        )
        .unwrap()
        .with_observer(Arc::new(Fragile));
        let mut seen = Vec::new();
        loader
            .for_each(&sources, |l| {
                seen.push(l.fingerprint.map_err(|e| e.to_string()));
                Ok::<(), ()>(())
            })
            .unwrap();
        assert_eq!(seen.len(), 30);
        for (i, result) in seen.iter().enumerate() {
            match result {
                Err(e) if i == 3 => assert!(e.contains("panicked: hostile site"), "{e}"),
                Ok(_) if i != 3 => {}
                other => panic!("source {i}: {other:?}"),
            }
        }
    }

    #[test]
    fn an_emit_error_stops_the_batch() {
        let dir = tempfile::tempdir().unwrap();
        let fingerprinter = Fingerprinter::new(FingerprintConfig::default()).unwrap();
        let sources: Vec<Source> = (0..50)
            .map(|i| folder(dir.path(), &format!("s{i}"), "t"))
            .collect();
        let loader = Loader::new(&fingerprinter, LoadConfig::default()).unwrap();
        let mut n = 0;
        let out = loader.for_each(&sources, |_| {
            n += 1;
            if n == 3 {
                Err("full")
            } else {
                Ok(())
            }
        });
        assert_eq!(out, Err("full"));
        assert_eq!(n, 3);
    }

    #[test]
    fn fingerprint_files_give_lines_and_recorded_failures() {
        let dir = tempfile::tempdir().unwrap();
        let fingerprinter = Fingerprinter::new(FingerprintConfig::default()).unwrap();
        let site = folder(dir.path(), "s", "Shop");
        let loader = Loader::new(&fingerprinter, LoadConfig::default()).unwrap();
        let fp = loader.load(&site).remove(0).fingerprint.unwrap();
        let file = dir.path().join("fps.jsonl");
        let line = serde_json::to_string(&fp).unwrap();
        std::fs::write(
            &file,
            format!("{line}\n\n{{\"source\":\"https://gone.example/\",\"error\":\"timed out\"}}\nnot json\n"),
        )
        .unwrap();
        let name = file.display().to_string();
        let loaded = loader.load(&Source::Fingerprints(file.clone()));
        assert_eq!(loaded.len(), 3);
        assert_eq!(loaded[0].name, format!("{name}:1"));
        assert_eq!(loaded[0].fingerprint.as_ref().unwrap(), &fp);
        assert_eq!(loaded[1].name, "https://gone.example/");
        assert_eq!(loaded[1].context.as_deref(), Some(&*format!("{name}:3")));
        assert!(matches!(&loaded[1].fingerprint, Err(Error::Recorded(m)) if m == "timed out"));
        assert!(loaded[2].fingerprint.is_err());
        let empty = dir.path().join("empty.jsonl");
        std::fs::write(&empty, "\n").unwrap();
        let loaded = loader.load(&Source::Fingerprints(empty));
        assert!(matches!(loaded[0].fingerprint, Err(Error::Layout { .. })));
    }

    /// A rendering that fails (here: no browser at that path) is a warning;
    /// the folder as read stands.
    #[cfg(feature = "screenshot")]
    #[test]
    fn a_failed_folder_rendering_is_a_warning() {
        use crate::acquire::screenshot::ScreenshotConfig;
        let dir = tempfile::tempdir().unwrap();
        let site = folder(dir.path(), "s", "Shop");
        let fingerprinter = Fingerprinter::new(FingerprintConfig::default()).unwrap();
        let plain = Loader::new(&fingerprinter, LoadConfig::default()).unwrap();
        let expected = plain.load(&site).remove(0).fingerprint.unwrap();
        let config = LoadConfig {
            render_folders: Some(ScreenshotConfig {
                chrome: Some(dir.path().join("no-such-browser")),
                no_sandbox: true,
                ..ScreenshotConfig::default()
            }),
            ..LoadConfig::default()
        };
        let rendering = Loader::new(&fingerprinter, config).unwrap();
        let fp = rendering.load(&site).remove(0).fingerprint.unwrap();
        assert_eq!(fp.pages, expected.pages);
        assert!(fp.rendered.is_none());
        assert_eq!(fp.warnings.len(), expected.warnings.len() + 1);
        let warning = fp.warnings.last().unwrap();
        assert!(
            warning.starts_with("rendering the folder failed"),
            "{warning}"
        );
    }

    #[test]
    fn zero_sites_is_refused() {
        let fingerprinter = Fingerprinter::new(FingerprintConfig::default()).unwrap();
        let config = LoadConfig {
            sites: 0,
            ..LoadConfig::default()
        };
        assert!(matches!(
            Loader::new(&fingerprinter, config),
            Err(Error::Config(_))
        ));
    }
}
