//! Reading the sources of `fingerprint`, `check`, `cluster`, `pivot` and
//! `known add` into fingerprints with the library's loader; this adds what a
//! terminal user sees (progress, skipped WARC records) and report media.

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};

use anyhow::Context;
use clone_detect::acquire::crawl::{CrawlConfig, CrawlProgress};
use clone_detect::acquire::screenshot::ScreenshotConfig;
use clone_detect::acquire::warc::{WarcProgress, WarcStats};
use clone_detect::report::SiteMedia;
use clone_detect::source::{self, LoadConfig, Observer, Source};
use clone_detect::{Fingerprinter, SiteFingerprint, SiteSnapshot};

use crate::progress::Progress;

/// One fingerprint read or computed from a source, or why not.
pub type Loaded = anyhow::Result<SiteFingerprint>;

/// Removes the unfinished captures (more than an hour old) that a run
/// interrupted by a crash or a kill left in the evidence folder `dir`, and
/// says so; a folder that cannot be swept is a warning (writing there says
/// more, if it fails).
pub fn sweep_evidence(dir: &Path) -> io::Result<()> {
    let mut err = crate::Terminal(io::stderr());
    match clone_detect::evidence::sweep_unfinished(dir, std::time::Duration::from_secs(3600)) {
        Ok(removed) if removed.is_empty() => Ok(()),
        Ok(removed) => writeln!(
            err,
            "clone-detect: removed {} unfinished capture folder(s) an interrupted run left in {}",
            removed.len(),
            dir.display()
        ),
        Err(e) => writeln!(err, "clone-detect: warning: {e}"),
    }
}

/// Where and how `--evidence` keeps captures of what was read.
#[derive(Debug)]
pub struct Evidence {
    pub dir: std::path::PathBuf,
    pub provenance: clone_detect::provenance::Provenance,
    /// The crawler's `User-Agent`, for the request records.
    pub user_agent: String,
}

impl Evidence {
    /// Keeps a capture of `snapshot` (with its fingerprint, and the result
    /// it is kept for) and says where.
    pub fn keep(
        &self,
        snapshot: &SiteSnapshot,
        fingerprint: &SiteFingerprint,
        result: Option<&serde_json::Value>,
    ) -> anyhow::Result<clone_detect::evidence::WrittenCapture> {
        let mut capture = clone_detect::evidence::Capture::new(snapshot, &self.provenance)
            .with_fingerprint(fingerprint);
        if let Some(r) = result {
            capture = capture.with_result(r);
        }
        if Source::detect(&snapshot.source).is_live() {
            capture = capture.with_user_agent(&self.user_agent);
        }
        let written =
            clone_detect::evidence::write_capture(&self.dir, &capture).with_context(|| {
                format!(
                    "cannot keep the evidence of {} in {}",
                    snapshot.source,
                    self.dir.display()
                )
            })?;
        Ok(written)
    }
}

/// Sources, and how to read them.
#[derive(Debug)]
pub struct SourcePlan {
    pub sources: Vec<Source>,
    pub load: LoadConfig,
    pub crawl: CrawlConfig,
    /// How screenshots are taken; `None`: not taken.
    pub screenshots: Option<ScreenshotConfig>,
}

/// The sources listed in `file` (`-`: stdin), one per line; blank lines and
/// `#` comments skipped.
pub fn read_input(file: &Path) -> anyhow::Result<Vec<Source>> {
    if file == Path::new("-") {
        return Ok(source::read_list(io::stdin().lock(), file)?);
    }
    let list = std::fs::File::open(file)
        .with_context(|| format!("cannot read the input list {}", file.display()))?;
    Ok(source::read_list(io::BufReader::new(list), file)?)
}

/// What the CLI shows and keeps while the library loads.
#[derive(Default)]
struct Shown {
    /// Thumbnails and favicons by source, for a report, when asked.
    media: Option<Mutex<HashMap<String, SiteMedia>>>,
    /// The sites line, when crawling to a terminal.
    sites: Option<Progress>,
    /// The bytes line of each archive being read.
    archives: Mutex<HashMap<String, Progress>>,
}

impl Observer for Shown {
    fn snapshot(&self, name: &str, snapshot: &SiteSnapshot) {
        if let Some(m) = &self.media {
            let media = SiteMedia::of(snapshot);
            m.lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(name.to_string(), media);
        }
    }

    fn archive_started(&self, name: &str, progress: &WarcProgress) {
        if let Some(p) = Progress::archive(name.to_string(), progress.clone()) {
            self.archives
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(name.to_string(), p);
        }
    }

    fn archive_finished(&self, name: &str, stats: Option<&WarcStats>) {
        drop(
            self.archives
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .remove(name),
        );
        if let Some(stats) = stats {
            if stats.malformed + stats.oversized + stats.damaged_members > 0 {
                let _ = writeln!(
                    crate::Terminal(io::stderr()),
                    "clone-detect: {name}: {} sites from {} records; skipped {} malformed, {} oversized, {} damaged gzip members",
                    stats.sites, stats.records, stats.malformed, stats.oversized, stats.damaged_members
                );
            }
        }
    }

    fn source_done(&self, _index: usize) {
        if let Some(p) = &self.sites {
            p.done(1);
        }
    }
}

/// Reads sources with the library's loader: one fingerprinter, one rayon
/// pool and, when a source is a URL, one live acquirer (and browser).
pub struct Loader<'a> {
    sources: Vec<Source>,
    inner: source::Loader<'a>,
    shown: Arc<Shown>,
}

impl<'a> Loader<'a> {
    pub fn new(plan: SourcePlan, fingerprinter: &'a Fingerprinter) -> anyhow::Result<Self> {
        Self::build(plan, fingerprinter, false)
    }

    /// As [`new`](Self::new), keeping each site's screenshot thumbnail and
    /// favicon (for a report).
    pub fn keeping_media(
        plan: SourcePlan,
        fingerprinter: &'a Fingerprinter,
    ) -> anyhow::Result<Self> {
        Self::build(plan, fingerprinter, true)
    }

    fn build(
        plan: SourcePlan,
        fingerprinter: &'a Fingerprinter,
        media: bool,
    ) -> anyhow::Result<Self> {
        let SourcePlan {
            sources,
            load,
            crawl,
            screenshots,
        } = plan;
        let sites = load.sites;
        let mut inner = source::Loader::new(fingerprinter, load)?;
        let mut shown = Shown {
            media: media.then(Default::default),
            ..Shown::default()
        };
        if sources.iter().any(Source::is_live) {
            let crawled = CrawlProgress::new();
            shown.sites = Progress::start("sites", Some(sources.len() as u64), crawled.clone());
            inner = inner.with_live(crate::live::acquirer(crawl, sites, screenshots, crawled)?);
        }
        let shown = Arc::new(shown);
        let inner = inner.with_observer(shown.clone());
        Ok(Self {
            sources,
            inner,
            shown,
        })
    }

    /// The media kept so far.
    pub fn take_media(&self) -> HashMap<String, SiteMedia> {
        self.shown
            .media
            .as_ref()
            .map(|m| std::mem::take(&mut *m.lock().unwrap_or_else(|e| e.into_inner())))
            .unwrap_or_default()
    }

    /// The rayon pool fingerprints are computed on.
    pub fn pool(&self) -> &rayon::ThreadPool {
        self.inner.pool()
    }

    /// Hands each site's snapshot on with its result
    /// ([`for_each_kept`](Self::for_each_kept)), for evidence.
    pub fn keeping_snapshots(mut self) -> Self {
        self.inner = self.inner.keeping_snapshots();
        self
    }

    /// Loads every source and hands each result to `emit` in input order
    /// (see the library's `Loader::for_each`), errors with what they are
    /// about.
    pub fn for_each(
        &self,
        mut emit: impl FnMut(String, Loaded) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        self.for_each_kept(|name, loaded, _| emit(name, loaded))
    }

    /// As [`for_each`](Self::for_each), with each site's snapshot when the
    /// loader keeps them ([`keeping_snapshots`](Self::keeping_snapshots)).
    pub fn for_each_kept(
        &self,
        mut emit: impl FnMut(String, Loaded, Option<Box<SiteSnapshot>>) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        self.inner.for_each(&self.sources, |loaded| {
            let source::Loaded {
                name,
                context,
                fingerprint,
                snapshot,
                ..
            } = loaded;
            let fingerprint = match context {
                Some(context) => fingerprint.with_context(|| context),
                None => fingerprint.map_err(anyhow::Error::from),
            };
            emit(name, fingerprint, snapshot)
        })
    }
}

/// A source named on the command line or in eval's list.
pub fn source_of(path: &Path) -> Source {
    Source::detect(&path.display().to_string())
}

/// The JSON line reporting a source that could not be read.
pub fn error_json(source: &str, err: &anyhow::Error) -> serde_json::Value {
    serde_json::json!({"source": source, "error": format!("{err:#}")})
}

/// A rayon pool of `threads` workers (default: one per core).
pub fn pool(threads: Option<usize>) -> anyhow::Result<rayon::ThreadPool> {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = threads {
        anyhow::ensure!(n > 0, "--threads must be at least 1");
        builder = builder.num_threads(n);
    }
    builder.build().context("cannot start worker threads")
}

/// Writes report pages next to `path` (`report.html`, `report-2.html`, …).
pub fn write_report(
    path: &Path,
    provenance: &clone_detect::provenance::Provenance,
    pages: impl FnOnce(&clone_detect::report::ReportConfig) -> Vec<String>,
) -> anyhow::Result<()> {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "report".into());
    let config = clone_detect::report::ReportConfig {
        stem,
        footer: Some(format!("Made by {}.", provenance.summary())),
        ..Default::default()
    };
    let dir = path.parent().unwrap_or(Path::new(""));
    for (i, page) in pages(&config).into_iter().enumerate() {
        let file = dir.join(config.page_name(i + 1));
        std::fs::write(&file, page).with_context(|| format!("cannot write {}", file.display()))?;
    }
    Ok(())
}

/// Creates `path`, lets `fill` write it through a buffer, and flushes;
/// errors name the file.
pub fn write_file(
    path: &Path,
    fill: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let file =
        std::fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
    let mut w = std::io::BufWriter::new(file);
    fill(&mut w).with_context(|| format!("cannot write {}", path.display()))?;
    w.flush()
        .with_context(|| format!("cannot write {}", path.display()))
}
