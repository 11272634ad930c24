//! `clone-detect-bench`: end-to-end speed of the crawler, the screenshotter
//! and the watch, each against a baseline run in the same process, on sites
//! served on loopback. Not part of the user's `clone-detect` binary. Run in
//! release mode:
//! `cargo run --release -p clone-detect-benches --bin clone-detect-bench -- crawl`
//! (or `-- watch`, `-- store`).

mod args;
mod crawl;
mod settle;
mod site;
mod store;
mod watch;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use crate::args::{Cli, Command};

/// Exit code for a usage error or a failed run, as `clone-detect` uses.
const EXIT_ERROR: u8 = 2;

fn main() -> ExitCode {
    // spider buffers pages here as it does in `clone-detect`.
    clone_detect::acquire::crawl::cap_spider_bodies(clone_detect::acquire::crawl::SPIDER_BODY_CAP);
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Crawl(args) => crawl::run(args),
        Command::Watch(args) => watch::run(args),
        Command::Store(args) => store::run(args),
        Command::StoreStep(args) => store::run_step(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            let _ = writeln!(io::stderr(), "clone-detect-bench: error: {err:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}
