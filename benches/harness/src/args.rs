//! Command-line arguments of `clone-detect-bench`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Measure clone-detect's speed against a baseline run in the same process.
#[derive(Debug, Parser)]
#[command(name = "clone-detect-bench", version, about)]
pub struct Cli {
    /// What to measure.
    #[command(subcommand)]
    pub command: Command,
}

/// The benchmarks.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Crawl a generated site served on loopback, against a plain
    /// concurrent fetch of the same URLs, and time screenshots. Build with
    /// --release for meaningful figures.
    Crawl(CrawlBenchArgs),
    /// Run corpus sites served on loopback through `watch` (probe, crawl,
    /// screenshot, check) against checking the same sites from disk, and
    /// show where the time goes. Build with --release.
    Watch(WatchBenchArgs),
    /// Open a store of many synthetic known sites and check against it:
    /// the whole store in memory against its signals alone, without and
    /// with the sidecar, each in a process of its own. Build with
    /// --release.
    Store(StoreBenchArgs),
    /// One step of `store`, run by it in a process of its own.
    #[command(hide = true)]
    StoreStep(StoreStepArgs),
}

/// Arguments of `crawl`.
#[derive(Debug, Args)]
pub struct CrawlBenchArgs {
    /// Pages of the generated site.
    #[arg(long, value_name = "N", default_value_t = 2000)]
    pub pages: usize,
    /// Requests in flight, for both the crawler and the baseline.
    #[arg(long, value_name = "N", default_value_t = 8)]
    pub concurrency: usize,
    /// Runs of each; the median is reported.
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub runs: usize,
    /// Screenshots to time (0: none).
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub screenshots: usize,
    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `watch`.
#[derive(Debug, Args)]
pub struct WatchBenchArgs {
    /// The labelled corpus: its known sites make the store, its sites are
    /// the candidates.
    #[arg(long, value_name = "DIR", default_value = "corpus")]
    pub corpus: PathBuf,
    /// Candidates: the first N corpus sites by id that are not known.
    #[arg(long, value_name = "N", default_value_t = 40)]
    pub candidates: usize,
    /// Candidates checked at once (and threads of the disk baseline).
    #[arg(long, value_name = "N", default_value_t = 4)]
    pub sites: usize,
    /// Do not take screenshots.
    #[arg(long)]
    pub no_screenshot: bool,
    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `store`.
#[derive(Debug, Args)]
pub struct StoreBenchArgs {
    /// Known sites in the store.
    #[arg(long, value_name = "N", default_value_t = 1_000_000)]
    pub sites: usize,
    /// Queries checked each way.
    #[arg(long, value_name = "N", default_value_t = 2000)]
    pub queries: usize,
    /// Where the store and the queries are kept between runs.
    #[arg(long, value_name = "DIR", default_value = "target/store-bench")]
    pub work: PathBuf,
    /// The corpus (a fingerprint of one of its sites is the template of
    /// the synthetic ones).
    #[arg(long, value_name = "DIR", default_value = "corpus")]
    pub corpus: PathBuf,
    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// A step of `store`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum StoreStep {
    /// Write the store.
    Make,
    /// Open the whole store and check.
    Whole,
    /// Open the signals without a sidecar and check.
    Cold,
    /// Open the signals with the sidecar and check.
    Warm,
    /// Add sites to the store through the whole store in memory
    /// (`KnownStore`, as `known add` did).
    AddWhole,
    /// Add sites to the store through a `KnownAppender` (as `known add`
    /// does).
    AddAppend,
}

/// Arguments of the hidden `store-step`.
#[derive(Debug, Args)]
pub struct StoreStepArgs {
    /// The step.
    pub step: StoreStep,
    /// Known sites in the store.
    #[arg(long, value_name = "N")]
    pub sites: usize,
    /// The work folder.
    #[arg(long, value_name = "DIR")]
    pub work: PathBuf,
    /// The corpus.
    #[arg(long, value_name = "DIR")]
    pub corpus: PathBuf,
}
