//! `clone-detect cluster`.

use std::io::{self, BufWriter, Write};

use anyhow::Context;
use clone_detect::cluster::{cluster_signals, item, ClusterConfig, Clustering};
use clone_detect::verdict::Stance;
use clone_detect::{FingerprintConfig, Fingerprinter};

use crate::args::{ClusterArgs, Format};
use crate::check::{model, with_provenance};
use crate::sources::Loader;
use crate::{EXIT_OK, EXIT_SOURCE_FAILED};

pub fn run(args: ClusterArgs) -> anyhow::Result<u8> {
    let model = model(args.model.as_deref())?;
    let provenance = clone_detect::provenance::Provenance::of(&model);
    if let Some(bar) = args.min_average {
        anyhow::ensure!(bar > 0.0 && bar <= 1.0, "--min-average must be in (0, 1]");
    }
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default())?;
    let plan = args.sources.plan()?;
    let loader = if args.report.is_some() {
        Loader::keeping_media(plan, &fingerprinter)?
    } else {
        Loader::new(plan, &fingerprinter)?
    };
    // Only the signals are kept: a million fingerprints would not fit.
    let mut items = Vec::new();
    let mut failed = 0usize;
    loader.for_each(|source, loaded| {
        match loaded.and_then(|fp| item(&fp).with_context(|| source.clone())) {
            Ok(it) => items.push(it),
            Err(err) => {
                failed += 1;
                writeln!(
                    crate::Terminal(io::stderr()),
                    "clone-detect: error: {err:#}"
                )?;
            }
        }
        Ok(())
    })?;
    let config = ClusterConfig {
        model,
        min_average: args.min_average,
        evidence_links: args.evidence_links,
        exhaustive: false,
    };
    let clustering = loader.pool().install(|| cluster_signals(items, &config));
    // The JSON copy (large at a million sites) only when it is printed or
    // written.
    let wants_json = args.json || (args.output.is_some() && args.format == Format::Json);
    let json = if wants_json {
        with_provenance(serde_json::to_value(&clustering)?, &provenance)?
    } else {
        serde_json::Value::Null
    };
    if let Some(path) = &args.output {
        crate::sources::write_file(path, |w| {
            match args.format {
                Format::Parquet => {
                    clone_detect::export::write_clusters(w, &clustering, &provenance)?
                }
                Format::Json => {
                    serde_json::to_writer_pretty(&mut *w, &json)?;
                    writeln!(w)?;
                }
            }
            Ok(())
        })?;
    }
    if let Some(path) = &args.report {
        let media = loader.take_media();
        crate::sources::write_report(path, &provenance, |config| {
            clone_detect::report::cluster_report(&clustering, &media, config)
        })?;
    }
    let mut out = BufWriter::new(io::stdout().lock());
    if args.json {
        serde_json::to_writer_pretty(&mut out, &json)?;
        writeln!(out)?;
    } else {
        summary(&mut crate::Terminal(&mut out), &clustering)?;
    }
    out.flush()?;
    Ok(if failed > 0 {
        EXIT_SOURCE_FAILED
    } else {
        EXIT_OK
    })
}

fn summary(out: &mut impl Write, c: &Clustering) -> io::Result<()> {
    writeln!(
        out,
        "{} sites: {} clusters, {} singletons ({} matching pairs; merged at average link >= {:.3}, threshold {:.3})",
        c.sites,
        c.clusters.len(),
        c.singletons.len(),
        c.matching_pairs,
        c.min_average,
        c.threshold
    )?;
    for (i, cluster) in c.clusters.iter().enumerate() {
        writeln!(
            out,
            "\ncluster {}: {} sites, cohesion {:.3}, representative {}",
            i + 1,
            cluster.members.len(),
            cluster.cohesion,
            cluster.representative
        )?;
        for m in &cluster.members {
            writeln!(out, "  {:.3}  {}", m.link, m.source)?;
        }
        for link in &cluster.strongest_links {
            writeln!(
                out,
                "  strongest link: {} -> {} (score {:.3})",
                link.source, link.matched, link.score
            )?;
            for e in link.evidence.iter().filter(|e| e.stance == Stance::Agrees) {
                writeln!(out, "    + {:<15} {}", e.signal, e.detail)?;
            }
        }
    }
    if !c.singletons.is_empty() {
        writeln!(out, "\nsingletons: {}", c.singletons.join(", "))?;
    }
    Ok(())
}
