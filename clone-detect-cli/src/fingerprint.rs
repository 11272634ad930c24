//! `clone-detect fingerprint`.

use std::fs::File;
use std::io::{self, BufWriter, Write};

use anyhow::Context;
use clone_detect::acquire::crawl::CrawlConfig;
use clone_detect::acquire::read_local_source;
use clone_detect::Fingerprinter;
use rayon::prelude::*;

use crate::args::FingerprintArgs;
use crate::{EXIT_OK, EXIT_SOURCE_FAILED};

pub fn run(args: FingerprintArgs) -> anyhow::Result<u8> {
    let plan = args.into_plan();
    plan.folder.validate()?;
    let fingerprinter = Fingerprinter::new(plan.fingerprint)?;
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = plan.threads {
        anyhow::ensure!(n > 0, "--threads must be at least 1");
        pool = pool.num_threads(n);
    }
    let pool = pool.build().context("cannot start worker threads")?;
    let mut out: Box<dyn Write> = match &plan.output {
        Some(path) => Box::new(BufWriter::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    let crawl_config = CrawlConfig {
        max_pages: plan.folder.max_pages,
        candidate_pages: CrawlConfig::default()
            .candidate_pages
            .max(plan.folder.max_pages),
        refuse_private: plan.refuse_private,
        ..CrawlConfig::default()
    };
    let browser = crate::live::Browser::new(plan.screenshots, plan.screenshot.clone());
    // Results keep input order whatever the scheduling.
    let results: Vec<_> = pool.install(|| {
        plan.sources
            .par_iter()
            .map(|source| {
                let name = source.to_string_lossy();
                let snapshot = if crate::live::is_url(&name) {
                    crate::live::acquire(&name, &crawl_config, &browser)
                } else {
                    read_local_source(source, &plan.folder)
                };
                snapshot
                    .map(|snapshot| fingerprinter.fingerprint(&snapshot))
                    .with_context(|| format!("{}", source.display()))
            })
            .collect()
    });
    let mut failed = 0usize;
    for result in results {
        match result {
            Ok(fp) => {
                serde_json::to_writer(&mut out, &fp)?;
                out.write_all(b"\n")?;
            }
            Err(err) => {
                failed += 1;
                writeln!(io::stderr(), "clone-detect: error: {err:#}")?;
            }
        }
    }
    out.flush()?;
    Ok(if failed > 0 {
        EXIT_SOURCE_FAILED
    } else {
        EXIT_OK
    })
}
