//! Reading the sources of `fingerprint`, `check` and `known add` into
//! fingerprints: several at once, results in input order.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::Mutex;

use anyhow::{anyhow, Context};
use clone_detect::acquire::crawl::{CrawlConfig, CrawlProgress};
use clone_detect::acquire::screenshot::ScreenshotConfig;
use clone_detect::acquire::warc::{read_warc_with_progress, GroupBy, WarcConfig, WarcProgress};
use clone_detect::acquire::{read_local_source, FolderConfig};
use clone_detect::report::SiteMedia;
use clone_detect::{Fingerprinter, SiteFingerprint};

use crate::live::{is_url, Browser};
use crate::progress::Progress;

/// One fingerprint read or computed from a source, or why not.
pub type Loaded = anyhow::Result<SiteFingerprint>;

/// A source as the user named it.
#[derive(Clone, Debug)]
pub struct Source {
    /// How results name it: the URL or the path as given.
    pub name: String,
    /// The path, for local sources.
    pub path: PathBuf,
}

impl Source {
    /// A source from a command-line argument.
    pub fn from_path(path: PathBuf) -> Self {
        Self {
            name: path.display().to_string(),
            path,
        }
    }
}

/// Sources, and how to read them.
#[derive(Debug)]
pub struct SourcePlan {
    pub sources: Vec<Source>,
    /// Sources acquired at once.
    pub sites: usize,
    /// Fingerprinting threads (default: one per core).
    pub threads: Option<usize>,
    pub folder: FolderConfig,
    pub crawl: CrawlConfig,
    pub screenshots: bool,
    pub screenshot: ScreenshotConfig,
    /// What makes one site in a WARC archive.
    pub group_by: GroupBy,
}

/// The sources listed in `file` (`-`: stdin), one per line; blank lines and
/// `#` comments skipped.
pub fn read_input(file: &Path) -> anyhow::Result<Vec<Source>> {
    let reader: Box<dyn BufRead> = if file == Path::new("-") {
        Box::new(io::stdin().lock())
    } else {
        Box::new(io::BufReader::new(std::fs::File::open(file).with_context(
            || format!("cannot read the input list {}", file.display()),
        )?))
    };
    let mut sources = Vec::new();
    for (i, line) in reader.lines().enumerate() {
        let line = line.with_context(|| format!("{}:{}", file.display(), i + 1))?;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        sources.push(Source {
            name: line.to_string(),
            path: PathBuf::from(line),
        });
    }
    Ok(sources)
}

/// Reads sources with one fingerprinter, one rayon pool and one browser.
pub struct Loader<'a> {
    plan: SourcePlan,
    fingerprinter: &'a Fingerprinter,
    pool: rayon::ThreadPool,
    browser: Browser,
    crawled: CrawlProgress,
    /// Thumbnails and favicons by source, for a report, when asked.
    media: Option<Mutex<HashMap<String, SiteMedia>>>,
}

impl<'a> Loader<'a> {
    pub fn new(plan: SourcePlan, fingerprinter: &'a Fingerprinter) -> anyhow::Result<Self> {
        let pool = pool(plan.threads)?;
        let browser = Browser::new(plan.screenshots, plan.screenshot.clone());
        Ok(Self {
            plan,
            fingerprinter,
            pool,
            browser,
            crawled: CrawlProgress::new(),
            media: None,
        })
    }

    /// Keeps each site's screenshot thumbnail and favicon (for a report).
    pub fn keep_media(&mut self) {
        self.media = Some(Mutex::new(HashMap::new()));
    }

    /// The media kept so far.
    pub fn take_media(&self) -> HashMap<String, SiteMedia> {
        self.media
            .as_ref()
            .map(|m| std::mem::take(&mut *m.lock().unwrap_or_else(|e| e.into_inner())))
            .unwrap_or_default()
    }

    fn remember(&self, name: &str, snapshot: &clone_detect::SiteSnapshot) {
        if let Some(m) = &self.media {
            let media = SiteMedia::of(snapshot);
            m.lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(name.to_string(), media);
        }
    }

    /// The rayon pool fingerprints are computed on.
    pub fn pool(&self) -> &rayon::ThreadPool {
        &self.pool
    }

    /// Loads every source, `sites` at a time, and hands each result to
    /// `emit` in input order, as soon as it and all before it are done. A
    /// failing source is an `Err` for that source only. Stops taking new
    /// sources when `emit` fails, and returns that error.
    pub fn for_each(
        &self,
        mut emit: impl FnMut(String, Loaded) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let sources = &self.plan.sources;
        let next = AtomicUsize::new(0);
        let stop = AtomicBool::new(false);
        let progress = sources
            .iter()
            .any(|s| is_url(&s.name))
            .then(|| Progress::start("sites", Some(sources.len() as u64), self.crawled.clone()))
            .flatten();
        std::thread::scope(|scope| {
            let (tx, rx) = mpsc::channel::<(usize, Vec<(String, Loaded)>)>();
            for _ in 0..self.plan.sites.min(sources.len()) {
                let tx = tx.clone();
                let (next, stop) = (&next, &stop);
                scope.spawn(move || {
                    while !stop.load(Ordering::Relaxed) {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(source) = sources.get(i) else { break };
                        if tx.send((i, self.load(source))).is_err() {
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
                    due += 1;
                    if let Some(p) = &progress {
                        p.done(1);
                    }
                    for (name, loaded) in results {
                        if failure.is_none() {
                            if let Err(e) = emit(name, loaded) {
                                stop.store(true, Ordering::Relaxed);
                                failure = Some(e);
                            }
                        }
                    }
                }
            }
            failure.map_or(Ok(()), Err)
        })
    }

    /// One source: a URL is crawled, a directory read, a file read as JSON
    /// Lines of fingerprints (one result per non-empty line).
    fn load(&self, source: &Source) -> Vec<(String, Loaded)> {
        let name = source.name.clone();
        if is_url(&name) {
            let fp = crate::live::acquire(&name, &self.plan.crawl, &self.browser, &self.crawled)
                .map(|snapshot| {
                    self.remember(&name, &snapshot);
                    self.pool
                        .install(|| self.fingerprinter.fingerprint(&snapshot))
                })
                .with_context(|| name.clone());
            return vec![(name, fp)];
        }
        if is_warc(&source.path) {
            return self.load_warc(source);
        }
        if source.path.is_dir() {
            let fp = read_local_source(&source.path, &self.plan.folder)
                .map(|snapshot| {
                    self.remember(&name, &snapshot);
                    self.pool
                        .install(|| self.fingerprinter.fingerprint(&snapshot))
                })
                .with_context(|| name.clone());
            return vec![(name, fp)];
        }
        read_jsonl(&source.path, &name)
    }
}

impl Loader<'_> {
    /// Every site of a WARC archive, one result each, in host order; what
    /// was skipped is said on stderr.
    fn load_warc(&self, source: &Source) -> Vec<(String, Loaded)> {
        let config = WarcConfig {
            max_pages: self.plan.crawl.max_pages,
            group_by: self.plan.group_by,
            ..WarcConfig::default()
        };
        let mut out = Vec::new();
        let read_bytes = WarcProgress::new();
        let shown = Progress::archive(source.name.clone(), read_bytes.clone());
        let read = self.pool.install(|| {
            read_warc_with_progress(&source.path, &config, &read_bytes, |snapshot| {
                let name = snapshot.source.clone();
                self.remember(&name, &snapshot);
                out.push((name, Ok(self.fingerprinter.fingerprint(&snapshot))));
            })
        });
        drop(shown);
        match read {
            Ok(stats) => {
                if stats.malformed + stats.oversized + stats.damaged_members > 0 {
                    let _ = writeln!(
                        crate::Terminal(io::stderr()),
                        "clone-detect: {}: {} sites from {} records; skipped {} malformed, {} oversized, {} damaged gzip members",
                        source.name, stats.sites, stats.records, stats.malformed, stats.oversized, stats.damaged_members
                    );
                }
            }
            Err(e) => out.push((source.name.clone(), Err(anyhow!(e)))),
        }
        out
    }
}

/// Whether a path names a WARC archive (`.warc`, `.warc.gz`).
pub fn is_warc(path: &Path) -> bool {
    let name = path.to_string_lossy().to_ascii_lowercase();
    path.is_file() && (name.ends_with(".warc") || name.ends_with(".warc.gz"))
}

/// A JSON Lines file of fingerprints. A line that `fingerprint` wrote for a
/// source it could not read (`{"source": …, "error": …}`) is that source's
/// error again.
fn read_jsonl(path: &Path, name: &str) -> Vec<(String, Loaded)> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => return vec![(name.to_string(), Err(anyhow!(e).context(name.to_string())))],
    };
    let lines: Vec<(String, Loaded)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            let at = format!("{name}:{}", i + 1);
            if let Some((source, error)) = error_line(line) {
                return (source.clone(), Err(anyhow!("{error}").context(at)));
            }
            let fp = SiteFingerprint::from_json(line).with_context(|| at.clone());
            (at, fp)
        })
        .collect();
    if lines.is_empty() {
        return vec![(
            name.to_string(),
            Err(anyhow!(
                "{name}: no fingerprint in the file (expected JSON Lines)"
            )),
        )];
    }
    lines
}

/// The JSON line reporting a source that could not be read.
pub fn error_json(source: &str, err: &anyhow::Error) -> serde_json::Value {
    serde_json::json!({"source": source, "error": format!("{err:#}")})
}

fn error_line(line: &str) -> Option<(String, String)> {
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
    pages: impl FnOnce(&clone_detect::report::ReportConfig) -> Vec<String>,
) -> anyhow::Result<()> {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "report".into());
    let config = clone_detect::report::ReportConfig {
        stem,
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
