//! `clone-detect check`.

use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::Context;
use clone_detect::acquire::FolderConfig;
use clone_detect::eval::Corpus;
use clone_detect::interop::{Export, SiteResult};
use clone_detect::provenance::Provenance;
use clone_detect::store::KnownSignals;
use clone_detect::verdict::{FusedModel, Matcher, Stance, Verdict, VerdictKind};
use clone_detect::{FingerprintConfig, Fingerprinter};

use crate::args::{CheckArgs, CheckFormat};
use crate::sources::{error_json, Evidence, Loader};
use crate::{EXIT_MATCHED, EXIT_OK, EXIT_SOURCE_FAILED};

/// The model: a file, or the one the library ships.
pub fn model(path: Option<&Path>) -> anyhow::Result<FusedModel> {
    match path {
        Some(p) => {
            let text = std::fs::read_to_string(p)
                .with_context(|| format!("cannot read {}", p.display()))?;
            FusedModel::from_json(&text).with_context(|| format!("{}", p.display()))
        }
        None => Ok(FusedModel::shipped()),
    }
}

pub fn run(args: CheckArgs) -> anyhow::Result<u8> {
    let model = model(args.model.as_deref())?;
    let provenance = Provenance::of(&model);
    let json = |v: &Verdict| with_provenance(serde_json::to_value(v)?, &provenance);
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default())?;
    let plan = args.sources.plan()?;
    let evidence = args.evidence.evidence.clone().map(|dir| Evidence {
        dir,
        provenance: provenance.clone(),
        user_agent: plan.crawl.user_agent.clone(),
    });
    if let Some(e) = &evidence {
        crate::sources::sweep_evidence(&e.dir)?;
    }
    let mut loader = if args.report.is_some() {
        Loader::keeping_media(plan, &fingerprinter)?
    } else {
        Loader::new(plan, &fingerprinter)?
    };
    if evidence.is_some() {
        loader = loader.keeping_snapshots();
    }
    let pool = loader.pool();
    let matcher = match &args.corpus {
        Some(dir) => {
            let corpus = Corpus::open(dir)
                .with_context(|| format!("cannot read the corpus {}", dir.display()))?;
            let fps =
                pool.install(|| corpus.fingerprint(&fingerprinter, &FolderConfig::default()))?;
            let known: Vec<_> = corpus
                .split
                .known
                .iter()
                .enumerate()
                .map(|(i, id)| (i as u64 + 1, id.as_str(), &fps[id]))
                .collect();
            Matcher::new(known, model)?
        }
        None => {
            let path = args.db.path()?;
            let known = KnownSignals::open(&path)
                .with_context(|| format!("cannot open the store {}", path.display()))?;
            if let Some(err) = &known.sidecar().write_error {
                writeln!(
                    crate::Terminal(io::stderr()),
                    "clone-detect: warning: cannot write {} ({err}): the next check reads the whole store again",
                    known.sidecar().path.display()
                )?;
            }
            Matcher::from_known_signals(known, model)
        }
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let (mut failed, mut matched) = (0, 0);
    let mut kept: Vec<Verdict> = Vec::new();
    if args.format == CheckFormat::Parquet && args.output.is_none() {
        anyhow::bail!("--format parquet needs -o FILE");
    }
    // misp, stix and csv: each result with its signals and time; on stdout
    // in place of the verdicts when there is no -o.
    let interop = args.format.interop();
    let mut sites = Vec::new();
    let quiet = interop.is_some() && args.output.is_none();
    anyhow::ensure!(
        !(quiet && args.json),
        "--json and --format misp|stix|csv without -o both print on stdout: give -o FILE"
    );
    loader.for_each_kept(|source, fp, snapshot| {
        let verdict = fp.and_then(|fp| {
            let mut v = matcher.check(&fp).with_context(|| source.clone())?;
            v.source = source.clone();
            if interop.is_some() {
                sites.push(SiteResult::from_verdict(&v, Some(&fp), unix_now()));
            }
            Ok((v, fp))
        });
        match verdict {
            Ok((v, fp)) => {
                matched += usize::from(v.verdict == VerdictKind::Reincarnation);
                // The capture of what was read, with the verdict it led to.
                let captured = match (&evidence, snapshot) {
                    (Some(e), Some(snapshot)) => match e.keep(&snapshot, &fp, Some(&json(&v)?)) {
                        Ok(folder) => Some(folder),
                        Err(err) => {
                            failed += 1;
                            writeln!(crate::Terminal(io::stderr()), "clone-detect: error: {err:#}")?;
                            None
                        }
                    },
                    (Some(_), None) => {
                        writeln!(
                            crate::Terminal(io::stderr()),
                            "clone-detect: warning: {source}: read from a fingerprint file, nothing to keep as evidence"
                        )?;
                        None
                    }
                    _ => None,
                };
                if quiet {
                    // The export is printed at the end.
                } else if args.json {
                    let mut line = json(&v)?;
                    if let (Some(written), Some(object)) = (&captured, line.as_object_mut()) {
                        object.insert(
                            "evidence".into(),
                            written.folder.display().to_string().into(),
                        );
                        object.insert(
                            "evidence_sha256".into(),
                            written.manifest_sha256.clone().into(),
                        );
                    }
                    serde_json::to_writer(&mut out, &line)?;
                    writeln!(out)?;
                } else {
                    print_human(&mut crate::Terminal(&mut out), &v)?;
                    if let Some(written) = &captured {
                        writeln!(
                            crate::Terminal(&mut out),
                            "  evidence: {} (manifest sha256 {})",
                            written.folder.display(),
                            written.manifest_sha256
                        )?;
                    }
                }
                if args.output.is_some() || args.report.is_some() {
                    kept.push(v);
                }
            }
            Err(err) => {
                failed += 1;
                if args.json {
                    serde_json::to_writer(&mut out, &error_json(&source, &err))?;
                    writeln!(out)?;
                }
                out.flush()?;
                writeln!(
                    crate::Terminal(io::stderr()),
                    "clone-detect: error: {err:#}"
                )?;
            }
        }
        out.flush()?;
        Ok(())
    })?;
    out.flush()?;
    if let Some(format) = interop {
        let text = Export::new(sites, provenance.clone())?.render(format);
        match &args.output {
            Some(path) => crate::sources::write_file(path, |w| Ok(w.write_all(text.as_bytes())?))?,
            None => out.write_all(text.as_bytes())?,
        }
        out.flush()?;
    } else if let Some(path) = &args.output {
        crate::sources::write_file(path, |w| {
            match args.format {
                CheckFormat::Parquet => {
                    clone_detect::export::write_verdicts(w, &kept, &provenance)?
                }
                _ => {
                    for v in &kept {
                        serde_json::to_writer(&mut *w, &json(v)?)?;
                        writeln!(w)?;
                    }
                }
            }
            Ok(())
        })?;
    }
    if let Some(path) = &args.report {
        let media = loader.take_media();
        crate::sources::write_report(path, &provenance, |config| {
            clone_detect::report::check_report(&kept, &media, config)
        })?;
    }
    Ok(if failed > 0 {
        EXIT_SOURCE_FAILED
    } else if matched > 0 {
        EXIT_MATCHED
    } else {
        EXIT_OK
    })
}

/// Now, in seconds since 1970: when a check finished.
fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn print_human(out: &mut impl Write, v: &Verdict) -> io::Result<()> {
    match &v.matched {
        Some(m) => writeln!(
            out,
            "{}: REINCARNATION of #{} {} (score {:.3}, threshold {:.3})",
            v.source, m.id, m.label, v.score, v.threshold
        )?,
        None => writeln!(
            out,
            "{}: unrelated (best score {:.3}, threshold {:.3})",
            v.source, v.score, v.threshold
        )?,
    }
    if let Some(best) = v.candidates.first() {
        if v.matched.is_none() {
            writeln!(out, "  closest known site: #{} {}", best.id, best.label)?;
        }
        for e in &v.evidence {
            let mark = match e.stance {
                Stance::Agrees => "+",
                Stance::Disagrees => "-",
                Stance::Absent => " ",
            };
            writeln!(out, "  {mark} {:<15} {}", e.signal, e.detail)?;
        }
        if v.candidates.len() > 1 {
            let others: Vec<String> = v.candidates[1..]
                .iter()
                .map(|c| format!("#{} {} {:.3}", c.id, c.label, c.score))
                .collect();
            writeln!(out, "  next candidates: {}", others.join(", "))?;
        }
    } else {
        writeln!(out, "  no candidate shares any signal with a known site")?;
    }
    Ok(())
}

/// A result's JSON with the build and model that produced it.
pub fn with_provenance(
    mut value: serde_json::Value,
    provenance: &Provenance,
) -> anyhow::Result<serde_json::Value> {
    if let Some(object) = value.as_object_mut() {
        object.insert("provenance".into(), serde_json::to_value(provenance)?);
    }
    Ok(value)
}
