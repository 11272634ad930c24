//! `clone-detect snapshot`.

use std::io::{self, Write};

use anyhow::Context;
use clone_detect::snapshot::write_snapshot_dir;

use crate::args::SnapshotArgs;
use crate::EXIT_OK;

pub fn run(args: SnapshotArgs) -> anyhow::Result<u8> {
    let config = args.crawl.config();
    if args.output.exists()
        && std::fs::read_dir(&args.output)
            .with_context(|| format!("cannot read {}", args.output.display()))?
            .next()
            .is_some()
    {
        anyhow::bail!("{} exists and is not empty", args.output.display());
    }
    let screenshots = (!args.shots.no_screenshot).then(|| args.shots.config_with(&config));
    let crawled = clone_detect::acquire::crawl::CrawlProgress::new();
    let live = crate::live::acquirer(config, 1, screenshots, crawled.clone())?;
    let progress = crate::progress::Progress::start("sites", Some(1), crawled);
    let snapshot = live.acquire(&args.url)?.snapshot;
    drop(progress);
    write_snapshot_dir(&snapshot, &args.output)
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    let mut err = crate::Terminal(io::stderr().lock());
    writeln!(
        err,
        "{}: {} pages, {} assets, favicon {}, written to {}",
        args.url,
        snapshot.pages.len(),
        snapshot.assets.len(),
        if snapshot.favicon.is_some() {
            "found"
        } else {
            "not found"
        },
        args.output.display()
    )?;
    for w in &snapshot.warnings {
        writeln!(err, "  warning: {}", crate::escape(w))?;
    }
    Ok(EXIT_OK)
}
