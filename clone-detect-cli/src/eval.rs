//! `clone-detect eval`.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, BufWriter, Write};

use anyhow::Context;
use clone_detect::acquire::crawl::CrawlConfig;
use clone_detect::acquire::FolderConfig;
use clone_detect::eval::{self, Corpus, EvalConfig, Evaluation, Fold, Interval, Tally};
use clone_detect::source::LoadConfig;
use clone_detect::{FingerprintConfig, Fingerprinter, SiteFingerprint};

use crate::args::{EvalArgs, FoldArg};
use crate::check::model;
use crate::serve::serve_folder;
use crate::sources::{pool, Loader, SourcePlan};
use crate::EXIT_OK;

pub fn run(args: EvalArgs) -> anyhow::Result<u8> {
    let corpus = Corpus::open(&args.corpus)
        .with_context(|| format!("cannot read the corpus {}", args.corpus.display()))?;
    let pool = pool(args.threads)?;
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default())?;
    let mut fps = pool.install(|| corpus.fingerprint(&fingerprinter, &FolderConfig::default()))?;
    let fold = match args.fold {
        FoldArg::Eval => Fold::Eval,
        FoldArg::Fit => Fold::Fit,
    };
    if args.live {
        read_live(&args, &corpus, fold, &fingerprinter, &mut fps)?;
    }
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
    let config = EvalConfig {
        distractors: args.distractors,
        seed: args.seed,
        resamples: args.resamples,
    };
    let evaluation = pool.install(|| eval::evaluate_with(&corpus, &fps, &model, fold, &config))?;
    let mut out = BufWriter::new(io::stdout().lock());
    if args.json {
        let provenance = clone_detect::provenance::Provenance::of(&model);
        let json = crate::check::with_provenance(serde_json::to_value(&evaluation)?, &provenance)?;
        serde_json::to_writer_pretty(&mut out, &json)?;
        writeln!(out)?;
    } else {
        print_tables(&mut out, &evaluation)?;
    }
    out.flush()?;
    Ok(EXIT_OK)
}

/// Replaces the fingerprints of the fold's query sites by what a live
/// reading gives: each site's folder served on its own loopback port, read
/// by URL (crawl and screenshot) as `check URL` reads it.
fn read_live(
    args: &EvalArgs,
    corpus: &Corpus,
    fold: Fold,
    fingerprinter: &Fingerprinter,
    fps: &mut BTreeMap<String, SiteFingerprint>,
) -> anyhow::Result<()> {
    anyhow::ensure!(args.sites > 0, "--sites must be at least 1");
    let mut by_url = HashMap::new();
    let mut sources = Vec::new();
    for query in corpus.split.queries.iter().filter(|q| q.fold == fold) {
        let port = serve_folder(corpus.site_dir(&query.site))?;
        let url = format!("http://127.0.0.1:{port}/");
        sources.push(clone_detect::source::Source::Url(url.clone()));
        by_url.insert(url, query.site.clone());
    }
    let crawl = CrawlConfig {
        // The corpus is served on loopback.
        refuse_private: false,
        ..CrawlConfig::default()
    };
    let plan = SourcePlan {
        sources,
        load: LoadConfig {
            sites: args.sites,
            threads: args.threads,
            ..LoadConfig::default()
        },
        screenshots: (!args.shots.no_screenshot).then(|| args.shots.config_with(&crawl)),
        crawl,
    };
    let loader = Loader::new(plan, fingerprinter)?;
    loader.for_each(|url, loaded| {
        let mut fp = loaded.with_context(|| format!("live reading of {url}"))?;
        let site = by_url
            .get(&url)
            .with_context(|| format!("{url}: not a query of the corpus"))?;
        // Evaluation names sites by id, as `Corpus::fingerprint` does.
        fp.source = site.clone();
        fps.insert(site.clone(), fp);
        Ok(())
    })
}

fn rate(t: Option<&Tally>) -> String {
    match t {
        Some(t) if t.n > 0 => format!("{}/{}", t.correct, t.n),
        _ => "-".into(),
    }
}

/// A figure and its interval: `0.789 [0.66, 0.90]`.
fn with_ci(x: f64, ci: Option<Interval>) -> String {
    match ci {
        Some(i) => format!("{x:.3} [{:.2}, {:.2}]", i.low, i.high),
        None => format!("{x:.3} [-]"),
    }
}

fn print_tables(out: &mut impl Write, e: &Evaluation) -> io::Result<()> {
    let fold = match e.fold {
        Fold::Fit => "fit",
        Fold::Eval => "eval",
    };
    let distractors = if e.distractors > 0 {
        format!(
            " and {} distractors (seed {}; near tables at {:?} bits)",
            e.distractors, e.seed, e.radii
        )
    } else {
        String::new()
    };
    writeln!(
        out,
        "{} queries of the {fold} fold ({} with a known family) against {} known sites{distractors}.",
        e.queries, e.positives, e.known
    )?;
    writeln!(
        out,
        "In brackets: 95% bootstrap intervals, the fold's {} families resampled ({} resamples, seed {}).\n",
        e.families, e.resamples, e.seed
    )?;
    writeln!(
        out,
        "| method | threshold | precision | recall | F1 | PR-AUC | versions | mirrors of known | mirrors of versions | hard negatives left unrelated |"
    )?;
    writeln!(out, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")?;
    for m in &e.methods {
        writeln!(
            out,
            "| {} | {:.3} | {} | {} | {} | {:.3} | {} | {} | {} | {} |",
            m.name,
            m.threshold,
            with_ci(m.precision, m.precision_ci),
            with_ci(m.recall, m.recall_ci),
            with_ci(m.f1, m.f1_ci),
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
    if e.distractors > 0 {
        // Clustering groups the fold's own sites: distractors do not enter.
        writeln!(out, "\nModel: {}", e.model)?;
        return Ok(());
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
