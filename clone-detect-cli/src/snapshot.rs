//! `clone-detect snapshot`: sites written as snapshot directories (and, with
//! `--evidence`, kept as captures).

use std::io::{self, Write};
use std::path::Path;

use anyhow::Context;
use clone_detect::snapshot::write_snapshot_dir;
use clone_detect::source::{LoadConfig, Source};
use clone_detect::{FingerprintConfig, Fingerprinter, SiteSnapshot};

use crate::args::SnapshotArgs;
use crate::sources::{Evidence, Loader, SourcePlan};
use crate::{EXIT_OK, EXIT_SOURCE_FAILED};

pub fn run(args: SnapshotArgs) -> anyhow::Result<u8> {
    let crawl = args.crawl.config();
    crawl.validate()?;
    anyhow::ensure!(args.sites > 0, "--sites must be at least 1");
    let (sources, listed) = match (&args.url, &args.input) {
        (_, Some(file)) => (crate::sources::read_input(file)?, true),
        (Some(url), None) => (vec![Source::detect(url)], false),
        (None, None) => anyhow::bail!("give a URL or --input FILE"),
    };
    // A list, or an archive of many sites: a directory per site under -o.
    let many = listed
        || sources
            .iter()
            .any(|s| matches!(s, Source::Warc(_) | Source::Fingerprints(_)));
    if args.output.exists()
        && std::fs::read_dir(&args.output)
            .with_context(|| format!("cannot read {}", args.output.display()))?
            .next()
            .is_some()
    {
        anyhow::bail!("{} exists and is not empty", args.output.display());
    }
    let evidence = args.evidence.evidence.clone().map(|dir| Evidence {
        dir,
        provenance: clone_detect::provenance::Provenance::of(
            &clone_detect::verdict::FusedModel::shipped(),
        ),
        user_agent: crawl.user_agent.clone(),
    });
    if let Some(e) = &evidence {
        crate::sources::sweep_evidence(&e.dir)?;
    }
    let screenshots = (!args.shots.no_screenshot).then(|| args.shots.config_with(&crawl));
    let plan = SourcePlan {
        sources,
        load: LoadConfig {
            sites: args.sites,
            render_folders: args.render_folders.then(|| args.shots.config()),
            render_screenshots: !args.shots.no_screenshot,
            ..LoadConfig::default()
        },
        crawl,
        screenshots,
    };
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default())?;
    let loader = Loader::new(plan, &fingerprinter)?.keeping_snapshots();
    let mut failed = 0usize;
    let mut err = crate::Terminal(io::stderr());
    loader.for_each_kept(|name, loaded, snapshot| {
        let written = loaded.and_then(|fp| {
            let snapshot = snapshot.context("the source gave no snapshot")?;
            let dir = if many {
                free_name(
                    &args.output,
                    &clone_detect::evidence::folder_name(&snapshot.source, snapshot.fetched_at),
                )?
            } else {
                args.output.clone()
            };
            write_snapshot_dir(&snapshot, &dir)
                .with_context(|| format!("cannot write {}", dir.display()))?;
            let kept = evidence
                .as_ref()
                .map(|e| e.keep(&snapshot, &fp, None))
                .transpose()?;
            Ok((snapshot, dir, kept))
        });
        match written {
            Ok((snapshot, dir, kept)) => tell(
                &mut err,
                &name,
                &snapshot,
                &dir,
                kept.as_ref().map(|w| w.folder.as_path()),
            )?,
            Err(e) => {
                failed += 1;
                writeln!(err, "clone-detect: error: {name}: {e:#}")?;
            }
        }
        Ok(())
    })?;
    Ok(if failed > 0 {
        EXIT_SOURCE_FAILED
    } else {
        EXIT_OK
    })
}

/// `parent/name`, or `parent/name-2`, … when taken: a site never writes
/// into another's directory (the same source listed twice, two sites of
/// one archive at one second).
fn free_name(parent: &Path, name: &str) -> anyhow::Result<std::path::PathBuf> {
    (1..=1000)
        .map(|n| {
            if n == 1 {
                parent.join(name)
            } else {
                parent.join(format!("{name}-{n}"))
            }
        })
        .find(|p| p.symlink_metadata().is_err())
        .ok_or_else(|| anyhow::anyhow!("{}: no free name for {name}", parent.display()))
}

/// One line per site written, and its warnings.
fn tell(
    err: &mut impl Write,
    name: &str,
    snapshot: &SiteSnapshot,
    dir: &Path,
    evidence: Option<&Path>,
) -> anyhow::Result<()> {
    writeln!(
        err,
        "{name}: {} pages, {} assets, favicon {}, written to {}{}",
        snapshot.pages.len(),
        snapshot.assets.len(),
        if snapshot.favicon.is_some() {
            "found"
        } else {
            "not found"
        },
        dir.display(),
        evidence.map_or(String::new(), |e| format!("; evidence in {}", e.display()))
    )?;
    for w in &snapshot.warnings {
        writeln!(err, "  warning: {}", crate::escape(w))?;
    }
    Ok(())
}
