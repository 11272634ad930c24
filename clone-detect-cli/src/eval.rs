//! `clone-detect eval`.

use std::io::{self, BufWriter, Write};

use anyhow::Context;
use clone_detect::acquire::FolderConfig;
use clone_detect::eval::{self, Corpus, Evaluation, Fold, Tally};
use clone_detect::{FingerprintConfig, Fingerprinter};

use crate::args::{EvalArgs, FoldArg};
use crate::check::model;
use crate::sources::pool;
use crate::EXIT_OK;

pub fn run(args: EvalArgs) -> anyhow::Result<u8> {
    let corpus = Corpus::open(&args.corpus)
        .with_context(|| format!("cannot read the corpus {}", args.corpus.display()))?;
    let pool = pool(args.threads)?;
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default())?;
    let fps = pool.install(|| corpus.fingerprint(&fingerprinter, &FolderConfig::default()))?;
    let mut model = model(args.model.as_deref())?;
    if args.fit {
        model = eval::fit(&corpus, &fps, &model)?;
        std::fs::write(&args.model_out, model.to_json())
            .with_context(|| format!("cannot write {}", args.model_out.display()))?;
        writeln!(
            io::stderr(),
            "wrote the fitted model to {}",
            args.model_out.display()
        )?;
    }
    let fold = match args.fold {
        FoldArg::Eval => Fold::Eval,
        FoldArg::Fit => Fold::Fit,
    };
    let evaluation = eval::evaluate(&corpus, &fps, &model, fold)?;
    let mut out = BufWriter::new(io::stdout().lock());
    if args.json {
        serde_json::to_writer_pretty(&mut out, &evaluation)?;
        writeln!(out)?;
    } else {
        print_tables(&mut out, &evaluation)?;
    }
    out.flush()?;
    Ok(EXIT_OK)
}

fn rate(t: Option<&Tally>) -> String {
    match t {
        Some(t) if t.n > 0 => format!("{}/{}", t.correct, t.n),
        _ => "-".into(),
    }
}

fn print_tables(out: &mut impl Write, e: &Evaluation) -> io::Result<()> {
    let fold = match e.fold {
        Fold::Fit => "fit",
        Fold::Eval => "eval",
    };
    writeln!(
        out,
        "{} queries of the {fold} fold ({} with a known family) against {} known sites.\n",
        e.queries, e.positives, e.known
    )?;
    writeln!(
        out,
        "| method | threshold | precision | recall | F1 | PR-AUC | versions | mirrors of known | mirrors of versions | hard negatives left unrelated |"
    )?;
    writeln!(out, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")?;
    for m in &e.methods {
        writeln!(
            out,
            "| {} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {} | {} | {} | {} |",
            m.name,
            m.threshold,
            m.precision,
            m.recall,
            m.f1,
            m.pr_auc,
            rate(m.by_kind.get("version")),
            rate(m.by_kind.get("mirror-of-known")),
            rate(m.by_kind.get("mirror-of-version")),
            rate(m.by_kind.get("hard-negative")),
        )?;
    }
    let shown: Vec<_> = e
        .methods
        .iter()
        .filter(|m| m.name == "fused" || m.name.starts_with("baseline:"))
        .collect();
    let mut mutations: Vec<&String> = shown.iter().flat_map(|m| m.by_mutation.keys()).collect();
    mutations.sort();
    mutations.dedup();
    writeln!(out, "\nMirrors of known families matched, per mutation:\n")?;
    write!(out, "| mutation |")?;
    for m in &shown {
        write!(out, " {} |", m.name)?;
    }
    writeln!(out)?;
    writeln!(out, "|---|{}", "---:|".repeat(shown.len()))?;
    for mutation in mutations {
        write!(out, "| {mutation} |")?;
        for m in &shown {
            write!(out, " {} |", rate(m.by_mutation.get(mutation)))?;
        }
        writeln!(out)?;
    }
    let c = &e.clusters;
    writeln!(
        out,
        "\nClusters of all {} sites of the {fold} fold's {} families, pairwise against the families:\n",
        c.sites, c.families
    )?;
    writeln!(
        out,
        "| rule | clusters | pairs put together | precision | recall | F1 |"
    )?;
    writeln!(out, "|---|---:|---:|---:|---:|---:|")?;
    for (name, p) in [
        ("average link (cluster)", &c.average_link),
        ("single link (components of matching pairs)", &c.single_link),
    ] {
        writeln!(
            out,
            "| {name} | {} | {} | {:.3} | {:.3} | {:.3} |",
            p.clusters, p.predicted_pairs, p.precision, p.recall, p.f1
        )?;
    }
    writeln!(out, "\nModel: {}", e.model)?;
    Ok(())
}
