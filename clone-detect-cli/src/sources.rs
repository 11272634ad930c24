//! Reading the SOURCE arguments of `check` and `known add` into fingerprints.

use std::path::Path;

use anyhow::{anyhow, Context};
use clone_detect::acquire::crawl::CrawlConfig;
use clone_detect::acquire::{read_local_source, FolderConfig};
use clone_detect::{Fingerprinter, SiteFingerprint};
use rayon::prelude::*;

/// One fingerprint read or computed from a source, or why not.
pub type Loaded = anyhow::Result<SiteFingerprint>;

/// Reads every source, in order: a directory gives one fingerprint (computed
/// on `pool`), a file gives one per non-empty JSON line. Errors are per
/// source (or per line) and never stop the others.
pub fn load_all(
    sources: &[impl AsRef<Path> + Sync],
    fingerprinter: &Fingerprinter,
    pool: &rayon::ThreadPool,
) -> Vec<(String, Loaded)> {
    let browser = crate::live::Browser::new(true, Default::default());
    let per_source: Vec<Vec<(String, Loaded)>> = pool.install(|| {
        sources
            .par_iter()
            .map(|s| load(s.as_ref(), fingerprinter, &browser))
            .collect()
    });
    per_source.into_iter().flatten().collect()
}

fn load(
    source: &Path,
    fingerprinter: &Fingerprinter,
    browser: &crate::live::Browser,
) -> Vec<(String, Loaded)> {
    let name = source.display().to_string();
    if crate::live::is_url(&name) {
        let fp = crate::live::acquire(&name, &CrawlConfig::default(), browser)
            .map(|snapshot| fingerprinter.fingerprint(&snapshot))
            .with_context(|| name.clone());
        return vec![(name, fp)];
    }
    if source.is_dir() {
        let fp = read_local_source(source, &FolderConfig::default())
            .map(|snapshot| fingerprinter.fingerprint(&snapshot))
            .with_context(|| name.clone());
        return vec![(name, fp)];
    }
    let text = match std::fs::read_to_string(source) {
        Ok(t) => t,
        Err(e) => return vec![(name.clone(), Err(anyhow!(e).context(name)))],
    };
    let lines: Vec<(String, Loaded)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            let at = format!("{name}:{}", i + 1);
            let fp = SiteFingerprint::from_json(line).with_context(|| at.clone());
            (at, fp)
        })
        .collect();
    if lines.is_empty() {
        return vec![(
            name.clone(),
            Err(anyhow!(
                "{name}: no fingerprint in the file (expected JSON Lines)"
            )),
        )];
    }
    lines
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
