//! `clone-detect pivot`.

use std::io::{self, BufWriter, Write};

use clone_detect::pivot::pivots;
use clone_detect::{FingerprintConfig, Fingerprinter};

use crate::args::PivotArgs;
use crate::sources::{error_json, Loader};
use crate::{EXIT_OK, EXIT_SOURCE_FAILED};

pub fn run(args: PivotArgs) -> anyhow::Result<u8> {
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default())?;
    let loader = Loader::new(args.sources.plan()?, &fingerprinter)?;
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = 0usize;
    loader.for_each(|source, loaded| {
        match loaded {
            Ok(fp) => {
                let queries = pivots(&fp);
                if args.json {
                    serde_json::to_writer(
                        &mut out,
                        &serde_json::json!({"source": source, "pivots": queries}),
                    )?;
                    writeln!(out)?;
                } else {
                    let mut out = crate::Terminal(&mut out);
                    writeln!(out, "{source}:")?;
                    if queries.is_empty() {
                        writeln!(out, "  (no value to pivot on)")?;
                    }
                    for p in &queries {
                        writeln!(out, "  {:<8} {:<8} {}", p.service, p.signal, p.query)?;
                    }
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
    Ok(if failed > 0 {
        EXIT_SOURCE_FAILED
    } else {
        EXIT_OK
    })
}
