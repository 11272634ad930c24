//! `clone-detect verify`: evidence captures shown unchanged.

use std::io::{self, Write};

use clone_detect::evidence::verify_capture;

use crate::args::VerifyArgs;
use crate::{EXIT_OK, EXIT_SOURCE_FAILED};

pub fn run(args: &VerifyArgs) -> anyhow::Result<u8> {
    let mut out = crate::Terminal(io::stdout().lock());
    let mut failed = 0usize;
    for folder in &args.folders {
        let checked = verify_capture(folder);
        if args.json {
            let line = match &checked {
                Ok(s) => serde_json::json!({
                    "folder": folder.display().to_string(),
                    "unchanged": true,
                    "source": s.source,
                    "pages": s.pages.len(),
                }),
                Err(e) => serde_json::json!({
                    "folder": folder.display().to_string(),
                    "unchanged": false,
                    "error": e.to_string(),
                }),
            };
            serde_json::to_writer(&mut out.0, &line)?;
            writeln!(out.0)?;
        } else {
            match &checked {
                Ok(s) => writeln!(
                    out,
                    "{}: unchanged ({}, {} pages)",
                    folder.display(),
                    s.source,
                    s.pages.len()
                )?,
                Err(e) => writeln!(out, "{}: NOT VERIFIED: {e}", folder.display())?,
            }
        }
        failed += usize::from(checked.is_err());
    }
    out.flush()?;
    Ok(if failed > 0 {
        EXIT_SOURCE_FAILED
    } else {
        EXIT_OK
    })
}
