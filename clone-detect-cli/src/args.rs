//! Command-line arguments, and their conversion to library configuration.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use clone_detect::acquire::FolderConfig;
use clone_detect::FingerprintConfig;

/// Is this newly seen website a known site come back under another name?
#[derive(Debug, Parser)]
#[command(name = "clone-detect", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Fingerprint sites: one JSON object per site, as JSON Lines.
    ///
    /// A SOURCE is a snapshot directory (with snapshot.json) or a saved
    /// website folder (with index.html). A source that cannot be read is
    /// reported on stderr, the others are still printed, and the exit code
    /// is 1.
    Fingerprint(FingerprintArgs),
}

/// Arguments of `fingerprint`.
#[derive(Debug, Args)]
pub struct FingerprintArgs {
    /// Snapshot directories or saved website folders.
    #[arg(required = true, value_name = "SOURCE")]
    pub sources: Vec<PathBuf>,
    /// Write the JSON Lines to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Most pages read from a saved website folder.
    #[arg(long, value_name = "N", default_value_t = FolderConfig::default().max_pages)]
    pub max_pages: usize,
    /// Bytes of each page that are parsed.
    #[arg(long, value_name = "BYTES", default_value_t = FingerprintConfig::default().max_html_bytes)]
    pub max_html_bytes: usize,
}

/// Library configuration for `fingerprint`.
#[derive(Debug)]
pub struct FingerprintPlan {
    pub sources: Vec<PathBuf>,
    pub output: Option<PathBuf>,
    pub threads: Option<usize>,
    pub folder: FolderConfig,
    pub fingerprint: FingerprintConfig,
}

impl FingerprintArgs {
    /// Converts the arguments; every field is named, so a new flag that is
    /// not wired up does not compile.
    pub fn into_plan(self) -> FingerprintPlan {
        let FingerprintArgs {
            sources,
            output,
            threads,
            max_pages,
            max_html_bytes,
        } = self;
        FingerprintPlan {
            sources,
            output,
            threads,
            folder: FolderConfig {
                max_pages,
                ..FolderConfig::default()
            },
            fingerprint: FingerprintConfig {
                max_html_bytes,
                ..FingerprintConfig::default()
            },
        }
    }
}
