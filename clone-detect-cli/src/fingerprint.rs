//! `clone-detect fingerprint`.

use std::fs::File;
use std::io::{self, BufWriter, Write};

use anyhow::Context;
use clone_detect::{FingerprintConfig, Fingerprinter};

use crate::args::{FingerprintArgs, Format};
use crate::sources::{error_json, Evidence, Loader};
use crate::{EXIT_OK, EXIT_SOURCE_FAILED};

pub fn run(args: FingerprintArgs) -> anyhow::Result<u8> {
    let plan = args.sources.plan()?;
    let fingerprinter = Fingerprinter::new(FingerprintConfig {
        max_html_bytes: args.max_html_bytes,
        ..FingerprintConfig::default()
    })?;
    let evidence = args.evidence.evidence.clone().map(|dir| Evidence {
        dir,
        provenance: clone_detect::provenance::Provenance::of(
            &clone_detect::verdict::FusedModel::shipped(),
        ),
        user_agent: plan.crawl.user_agent.clone(),
    });
    if let Some(e) = &evidence {
        crate::sources::sweep_evidence(&e.dir)?;
    }
    let mut loader = Loader::new(plan, &fingerprinter)?;
    if evidence.is_some() {
        loader = loader.keeping_snapshots();
    }
    if args.format == Format::Parquet {
        return parquet(&args, &loader, evidence.as_ref());
    }
    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(BufWriter::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    let mut failed = 0usize;
    loader.for_each_kept(|source, loaded, snapshot| {
        match loaded {
            Ok(fp) => {
                if !keep(evidence.as_ref(), &source, &fp, snapshot)? {
                    failed += 1;
                }
                serde_json::to_writer(&mut out, &fp)?
            }
            Err(err) => {
                // One line for the failed source in the output, where a
                // batch's reader looks, and the reason on stderr.
                failed += 1;
                writeln!(
                    crate::Terminal(io::stderr()),
                    "clone-detect: error: {err:#}"
                )?;
                serde_json::to_writer(&mut out, &error_json(&source, &err))?;
            }
        }
        out.write_all(b"\n")?;
        // Each line as soon as it is known: a long batch is read as it runs.
        out.flush()?;
        Ok(())
    })?;
    out.flush()?;
    Ok(if failed > 0 {
        EXIT_SOURCE_FAILED
    } else {
        EXIT_OK
    })
}

/// Every fingerprint in one Parquet file; failed sources on stderr.
fn parquet(
    args: &FingerprintArgs,
    loader: &Loader<'_>,
    evidence: Option<&Evidence>,
) -> anyhow::Result<u8> {
    let path = args
        .output
        .as_ref()
        .ok_or_else(|| anyhow::anyhow!("--format parquet needs -o FILE"))?;
    let mut fps = Vec::new();
    let mut failed = 0usize;
    loader.for_each_kept(|source, loaded, snapshot| {
        match loaded {
            Ok(fp) => {
                if !keep(evidence, &source, &fp, snapshot)? {
                    failed += 1;
                }
                fps.push(fp)
            }
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
    crate::sources::write_file(path, |w| {
        clone_detect::export::write_fingerprints(w, &fps)?;
        Ok(())
    })?;
    Ok(if failed > 0 {
        EXIT_SOURCE_FAILED
    } else {
        EXIT_OK
    })
}

/// Keeps the evidence capture of one site when asked, saying where on
/// stderr; `false` when it could not be kept (the error is on stderr).
fn keep(
    evidence: Option<&Evidence>,
    source: &str,
    fp: &clone_detect::SiteFingerprint,
    snapshot: Option<Box<clone_detect::SiteSnapshot>>,
) -> anyhow::Result<bool> {
    let Some(evidence) = evidence else {
        return Ok(true);
    };
    let mut err = crate::Terminal(io::stderr());
    let Some(snapshot) = snapshot else {
        writeln!(
            err,
            "clone-detect: warning: {source}: read from a fingerprint file, nothing to keep as evidence"
        )?;
        return Ok(true);
    };
    match evidence.keep(&snapshot, fp, None) {
        Ok(written) => {
            writeln!(
                err,
                "clone-detect: {source}: evidence in {} (manifest sha256 {})",
                written.folder.display(),
                written.manifest_sha256
            )?;
            Ok(true)
        }
        Err(e) => {
            writeln!(err, "clone-detect: error: {e:#}")?;
            Ok(false)
        }
    }
}
