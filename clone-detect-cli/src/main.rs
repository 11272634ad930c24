//! `clone-detect`: the command-line front end. It parses arguments, turns
//! them into library configuration, calls the library and prints.

mod args;
mod check;
mod cli_docs;
mod cluster;
mod eval;
mod fingerprint;
mod known;
mod live;
mod pivot;
mod progress;
mod serve;
mod snapshot;
mod sources;
mod spark;
mod terminal;
mod verify;
mod watch;

use std::io::{self, Write};
use std::process::ExitCode;

use crate::args::{Cli, Command};
pub(crate) use crate::terminal::{escape, Terminal};

/// Exit code when every source was processed.
const EXIT_OK: u8 = 0;
/// Exit code when at least one source failed (the others were still printed).
const EXIT_SOURCE_FAILED: u8 = 1;
/// Exit code for a usage error or a failure before any source was processed.
const EXIT_ERROR: u8 = 2;
/// Exit code of `check` when every source was checked and one matched.
const EXIT_MATCHED: u8 = 3;

fn main() -> ExitCode {
    // Before any thread starts: spider reads it once per process.
    clone_detect::acquire::crawl::cap_spider_bodies(clone_detect::acquire::crawl::SPIDER_BODY_CAP);
    let cli = parse();
    let result = match cli.command {
        Command::Fingerprint(args) => fingerprint::run(args),
        Command::Snapshot(args) => snapshot::run(args),
        Command::Verify(args) => verify::run(&args),
        Command::Known(command) => known::run(command),
        Command::Check(args) => check::run(args),
        Command::Cluster(args) => cluster::run(args),
        Command::Pivot(args) => pivot::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Watch(args) => watch::run(*args),
        Command::Completions(args) => cli_docs::completions(&args),
        Command::Man(args) => cli_docs::man(&args),
        Command::Spark(command) => spark::run(command),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(err) if is_broken_pipe(&err) => ExitCode::from(EXIT_OK),
        Err(err) => {
            let _ = writeln!(Terminal(io::stderr()), "clone-detect: error: {err:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// The arguments; `--version` also says which commit, model and hash specs
/// this build uses.
fn parse() -> Cli {
    use clap::{CommandFactory, FromArgMatches};
    let matches = Cli::command().long_version(long_version()).get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

fn long_version() -> String {
    let p = clone_detect::provenance::Provenance::of(&clone_detect::verdict::FusedModel::shipped());
    let specs = serde_json::to_value(&p.specs).unwrap_or_default();
    let mut text = format!(
        "{}\ncommit: {}\nmodel (shipped): sha256 {}\nhash specs:",
        env!("CARGO_PKG_VERSION"),
        p.commit.as_deref().unwrap_or("unknown"),
        p.model_sha256
    );
    if let Some(specs) = specs.as_object() {
        for (name, spec) in specs {
            text += &format!("\n  {name}: {}", spec.as_str().unwrap_or_default());
        }
    }
    text
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}
