//! `clone-detect spark …` (hidden): the steps of the Spark jobs in `spark/`.
//! Each reads JSON Lines on stdin and writes JSON Lines on stdout, so that
//! Spark pipes partitions of its data through this binary on its executors.
//! The lines and the work are the library's
//! (`clone_detect::cluster::distributed`); this parses and prints. The
//! formats are listed in `spark/README.md`.

use std::io::{self, BufRead, BufWriter, Write};
use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, Subcommand};
use clone_detect::cluster::distributed::{
    finish as assemble_lines, site_line, ComponentLine, Counts, FinishLine, GroupLine, Plan,
    ScoreLine, SiteHitsLine,
};
use clone_detect::cluster::ClusterConfig;

use crate::EXIT_OK;

/// The steps, in the order the cluster job runs them.
#[derive(Debug, Subcommand)]
pub enum SparkCommand {
    /// Fingerprints (JSON, one per line) in; per site its record (source,
    /// order key, signals, near hashes, key hashes), or why it cannot be
    /// clustered.
    Sites,
    /// The counts (`{"sites": N, "tables": [six counts]}`) in; the plan
    /// (model, radii, blocks) out, as one JSON line.
    Plan(PlanArgs),
    /// Groups of sites sharing a block value or an exact value in; their
    /// hits out.
    Pairs(PlanArg),
    /// Each site's hits in; its candidates (with the template crowd) out.
    Candidates(PlanArg),
    /// Each site with its candidates, their signals and key frequencies in;
    /// the scores out.
    Score(PlanArg),
    /// Components (sites and links) in; their clusters out.
    Link(PlanArg),
    /// Totals, clusters and singletons in; the clustering written as
    /// `cluster -o` writes it (JSON, or Parquet) and summed up on stdout.
    Finish(FinishArgs),
    /// The columns of `fingerprint --format parquet`, as a JSON array.
    Schema,
}

/// Arguments of `spark plan`.
#[derive(Debug, Args)]
pub struct PlanArgs {
    /// A model file (from `eval --fit`) instead of the shipped model.
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
    /// The least average link at which clusters merge (default: the
    /// model's threshold).
    #[arg(long, value_name = "SCORE")]
    pub min_average: Option<f64>,
    /// Strongest links per cluster shown with their evidence.
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub evidence_links: usize,
}

/// The plan, for the steps after `spark plan`.
#[derive(Debug, Args)]
pub struct PlanArg {
    /// The plan, as `spark plan` printed it.
    #[arg(long, value_name = "JSON")]
    pub plan: String,
}

/// Arguments of `spark finish`.
#[derive(Debug, Args)]
pub struct FinishArgs {
    #[command(flatten)]
    pub plan: PlanArg,
    /// Write the clustering as JSON to FILE, as `cluster -o FILE` does.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Write the clustering as Parquet to FILE, as `cluster --format
    /// parquet -o FILE` does.
    #[arg(long, value_name = "FILE")]
    pub parquet: Option<PathBuf>,
    /// Print the clustering as JSON instead of a summary line.
    #[arg(long)]
    pub json: bool,
}

/// Reads every non-blank line of stdin as `$ty`, and prints each value of
/// the list `$step` makes of it as a JSON line (naming the line on an error).
macro_rules! each_line {
    ($ty:ty, |$item:ident| $step:expr) => {{
        let mut out = BufWriter::new(io::stdout().lock());
        for (i, line) in io::stdin().lock().lines().enumerate() {
            let line = line.context("cannot read stdin")?;
            if line.trim().is_empty() {
                continue;
            }
            let $item: $ty =
                serde_json::from_str(&line).with_context(|| format!("stdin line {}", i + 1))?;
            let values = $step.with_context(|| format!("stdin line {}", i + 1))?;
            for value in values {
                serde_json::to_writer(&mut out, &value)?;
                out.write_all(b"\n")?;
            }
        }
        out.flush()?;
        Ok(EXIT_OK)
    }};
}

pub fn run(command: SparkCommand) -> anyhow::Result<u8> {
    match command {
        SparkCommand::Sites => sites(),
        SparkCommand::Plan(args) => plan(args),
        SparkCommand::Pairs(args) => {
            let plan = parse_plan(&args)?;
            each_line!(GroupLine, |group| group.hits(&plan))
        }
        SparkCommand::Candidates(args) => {
            let plan = parse_plan(&args)?;
            each_line!(SiteHitsLine, |site| site.candidates(&plan))
        }
        SparkCommand::Score(args) => {
            let plan = parse_plan(&args)?;
            each_line!(ScoreLine, |site| site.scores(&plan))
        }
        SparkCommand::Link(args) => {
            let plan = parse_plan(&args)?;
            // The evidence of a link builds a one-site index: on this thread.
            let pool = crate::sources::pool(Some(1))?;
            each_line!(ComponentLine, |component| pool
                .install(|| component.clusters(&plan)))
        }
        SparkCommand::Finish(args) => finish(args),
        SparkCommand::Schema => {
            let mut out = io::stdout().lock();
            serde_json::to_writer(&mut out, &clone_detect::export::FINGERPRINT_COLUMNS)?;
            writeln!(out)?;
            Ok(EXIT_OK)
        }
    }
}

fn parse_plan(arg: &PlanArg) -> anyhow::Result<Plan> {
    let plan: Plan = serde_json::from_str(&arg.plan).context("invalid --plan")?;
    plan.check().context("invalid --plan")?;
    Ok(plan)
}

/// Per fingerprint line its site line, or its error line.
fn sites() -> anyhow::Result<u8> {
    let mut out = BufWriter::new(io::stdout().lock());
    for (i, line) in io::stdin().lock().lines().enumerate() {
        let line = line.context("cannot read stdin")?;
        if line.trim().is_empty() {
            continue;
        }
        match site_line(&line, i + 1) {
            Ok(site) => serde_json::to_writer(&mut out, &site)?,
            Err(error) => serde_json::to_writer(&mut out, &error)?,
        }
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(EXIT_OK)
}

fn plan(args: PlanArgs) -> anyhow::Result<u8> {
    let PlanArgs {
        model,
        min_average,
        evidence_links,
    } = args;
    if let Some(bar) = min_average {
        anyhow::ensure!(bar > 0.0 && bar <= 1.0, "--min-average must be in (0, 1]");
    }
    let config = ClusterConfig {
        model: crate::check::model(model.as_deref())?,
        min_average,
        evidence_links,
        exhaustive: false,
    };
    each_line!(Counts, |counts| Plan::new(
        &config,
        counts.sites,
        counts.tables
    )
    .map(|plan| [plan]))
}

fn finish(args: FinishArgs) -> anyhow::Result<u8> {
    let FinishArgs {
        plan,
        output,
        parquet,
        json,
    } = args;
    let plan = parse_plan(&plan)?;
    let mut lines = Vec::new();
    for (i, line) in io::stdin().lock().lines().enumerate() {
        let line = line.context("cannot read stdin")?;
        if !line.trim().is_empty() {
            let parsed: FinishLine =
                serde_json::from_str(&line).with_context(|| format!("stdin line {}", i + 1))?;
            lines.push(parsed);
        }
    }
    let clustering = assemble_lines(&plan, lines)?;
    let provenance = clone_detect::provenance::Provenance::of(&plan.model);
    let value = crate::check::with_provenance(serde_json::to_value(&clustering)?, &provenance)?;
    if let Some(path) = &output {
        crate::sources::write_file(path, |w| {
            serde_json::to_writer_pretty(&mut *w, &value)?;
            writeln!(w)?;
            Ok(())
        })?;
    }
    if let Some(path) = &parquet {
        crate::sources::write_file(path, |w| {
            clone_detect::export::write_clusters(w, &clustering, &provenance)?;
            Ok(())
        })?;
    }
    let mut out = BufWriter::new(io::stdout().lock());
    if json {
        serde_json::to_writer_pretty(&mut out, &value)?;
        writeln!(out)?;
    } else {
        writeln!(
            crate::Terminal(&mut out),
            "{} sites: {} clusters, {} singletons ({} matching pairs; merged at average link >= {:.3}, threshold {:.3})",
            clustering.sites,
            clustering.clusters.len(),
            clustering.singletons.len(),
            clustering.matching_pairs,
            clustering.min_average,
            clustering.threshold
        )?;
    }
    out.flush()?;
    Ok(EXIT_OK)
}
