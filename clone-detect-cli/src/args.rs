//! Command-line arguments, and their conversion to library configuration.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use clone_detect::acquire::FolderConfig;
use clone_detect::FingerprintConfig;

/// Is this newly seen website a known site come back under another name?
#[derive(Debug, Parser)]
#[command(
    name = "clone-detect",
    version,
    about = "Recognise a known website come back under another name",
    long_about = "Recognise a known website come back under another name: fingerprint sites \
(template, text, favicon, look, operator identifiers), keep known sites in a store, check new \
sites against them with a calibrated verdict and its evidence, cluster batches, and watch new \
domains into a blocklist."
)]
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
    /// A SOURCE is a snapshot directory (with snapshot.json), a saved
    /// website folder (with index.html), a WARC archive (every site in it),
    /// an http(s) URL, which is crawled, or a JSON Lines file of
    /// fingerprints. A source that cannot be read is reported on stderr,
    /// the others are still printed, and the exit code is 1.
    Fingerprint(FingerprintArgs),
    /// Crawl a live site (or read any source) and write its snapshot
    /// directory; with --input, one per site.
    ///
    /// The directory has the documented snapshot layout that `fingerprint`,
    /// `check` and `known add` read.
    Snapshot(SnapshotArgs),
    /// Check evidence captures (written by --evidence): every file as the
    /// manifest says, every WARC record as its digests say, and the WARC
    /// read back whole.
    ///
    /// Prints one line per capture folder. Exit code 0 when all are
    /// unchanged, 1 when one is not (or cannot be read).
    Verify(VerifyArgs),
    /// Manage the store of known sites.
    #[command(subcommand)]
    Known(KnownCommand),
    /// Check whether sites are known sites come back.
    ///
    /// A SOURCE is a snapshot directory, a saved website folder, an http(s)
    /// URL (crawled), or a JSON Lines file of fingerprints (one check per
    /// line). Exit code: 0 when every check ran and none matched, 3 when every
    /// check ran and at least one matched, 1 when a source could not be
    /// checked (the others are still printed), 2 on a usage or store error.
    Check(CheckArgs),
    /// Group sites that are one site under several names.
    ///
    /// Every SOURCE is fingerprinted (or read from JSON Lines), each site is
    /// searched against all the others and pairs are scored with the model
    /// `check` uses; clusters merge by average link (see docs/clustering.md). Prints
    /// a summary, or the clustering as JSON with --json; -o writes the JSON
    /// to a file. Exit code 1 when a source could not be read (the others
    /// are still clustered).
    Cluster(ClusterArgs),
    /// Print search-engine queries (Shodan, Censys, FOFA, urlscan, ZoomEye)
    /// for the values of each site: where else are its favicon, page,
    /// title, scripts and identifiers?
    Pivot(PivotArgs),
    /// Measure every signal and the fused verdict on a labelled corpus.
    ///
    /// Reads CORPUS_DIR/manifest.json and split.json, fingerprints the sites,
    /// and prints precision, recall, F1 and PR-AUC per method, per query kind
    /// and per mutation type.
    Eval(EvalArgs),
    /// Watch new domains: check each candidate against the store and keep a
    /// blocklist of confirmed reincarnations.
    ///
    /// Reads candidate domains or URLs from --input (one per line; `-` for
    /// stdin; with --follow, a file that keeps growing), checks each, and
    /// records every result in the state folder, so a killed watch resumes
    /// without checking anything twice. Confirmed reincarnations go to
    /// STATE/domains.txt, hosts.txt, blocklist.rpz and confirmed.jsonl;
    /// scores in the review band to review.jsonl. Prints one line per
    /// result (JSON Lines with --json). Exit code 0 at the end of the input,
    /// 2 on an error.
    Watch(Box<WatchArgs>),
    /// Print a shell completion script (bash, zsh, fish, elvish,
    /// powershell) on stdout.
    ///
    /// For bash: `clone-detect completions bash >
    /// ~/.local/share/bash-completion/completions/clone-detect`.
    Completions(CompletionsArgs),
    /// Print the manual page (roff) on stdout, or write one page per
    /// command to a folder.
    ///
    /// `clone-detect man | man -l -` reads it; `clone-detect man --dir
    /// man1` writes clone-detect.1, clone-detect-check.1, ...
    Man(ManArgs),
    /// Steps of the Spark jobs in spark/, JSON Lines in and out (see
    /// spark/README.md).
    #[command(subcommand, hide = true)]
    Spark(crate::spark::SparkCommand),
}

/// Arguments of `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Arguments of `man`.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write clone-detect.1 and one page per command (clone-detect-check.1,
    /// ...) into DIR instead of printing the main page.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// Arguments of `watch`.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct WatchArgs {
    /// Act on a watch's outputs instead of watching.
    #[command(subcommand)]
    pub action: Option<WatchAction>,
    /// The candidates, one domain or URL per line (`-`: stdin).
    #[arg(long, value_name = "FILE", required = true)]
    pub input: Option<PathBuf>,
    /// The state folder: results, outputs and the blocklist.
    #[arg(long, value_name = "DIR", default_value = "clone-detect-watch")]
    pub state: PathBuf,
    /// Keep reading --input as it grows (until killed).
    #[arg(long)]
    pub follow: bool,
    /// Keep an evidence capture of every confirmed and review result in a
    /// folder of its own under DIR (see `check --evidence`); the result
    /// names it (`evidence`).
    #[arg(long, value_name = "DIR")]
    pub evidence: Option<PathBuf>,
    #[command(flatten)]
    pub db: DbArg,
    /// A model file (from `eval --fit`) instead of the shipped model.
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
    /// Candidates checked at once.
    #[arg(long, value_name = "N", default_value_t = 4)]
    pub sites: usize,
    /// Seconds between two requests to one registrable domain.
    #[arg(long, value_name = "SECS", default_value_t = 1.0)]
    pub host_delay: f64,
    /// Check a candidate seen again once its result is older than this
    /// (e.g. 12h, 7d).
    #[arg(long, value_name = "AGE", default_value = "7d", value_parser = humantime::parse_duration)]
    pub recheck: std::time::Duration,
    /// The same for a candidate that could not be fetched or checked (its
    /// site may not be up yet).
    #[arg(long, value_name = "AGE", default_value = "1h", value_parser = humantime::parse_duration)]
    pub retry_unreachable: std::time::Duration,
    /// Score from which a match is blocked (default: the model's threshold).
    #[arg(long, value_name = "SCORE")]
    pub min_score: Option<f64>,
    /// Score from which a match below --min-score goes to review.jsonl.
    #[arg(long, value_name = "SCORE")]
    pub review_score: Option<f64>,
    /// Do not check first the candidates whose name resembles a known domain.
    #[arg(long)]
    pub no_name_prefilter: bool,
    /// Do not probe home pages for a known favicon or title first.
    #[arg(long)]
    pub no_probe: bool,
    /// Crawl only candidates a pre-filter picked (the rest are recorded as
    /// skipped).
    #[arg(long)]
    pub only_prefiltered: bool,
    /// Do not record confirmed reincarnations in the store's lineage.
    #[arg(long)]
    pub no_lineage: bool,
    /// Add each confirmed reincarnation's fingerprint to the store, so the
    /// next mirror is matched against the newest look too.
    #[arg(long, conflicts_with = "no_lineage")]
    pub add_confirmed: bool,
    /// Print JSON Lines (one result per line).
    #[arg(long)]
    pub json: bool,
    /// The name the RPZ zone is loaded under in the resolver: owner names
    /// are checked against DNS limits with it, so every zone written loads.
    #[arg(long, value_name = "NAME", default_value = clone_detect::blocklist::DEFAULT_ORIGIN)]
    pub rpz_origin: String,
    /// Record a candidate as failed (quarantined) once the process died
    /// this many times while checking it (0: never).
    #[arg(long, value_name = "N", default_value_t = clone_detect::watch::QUARANTINE_AFTER)]
    pub quarantine_after: u32,
    #[command(flatten)]
    pub crawl: CrawlArgs,
    #[command(flatten)]
    pub shots: ShotArgs,
}

/// What a person does with a watch's outputs.
#[derive(Debug, Subcommand)]
pub enum WatchAction {
    /// Remove a domain from every output and never block it again (an
    /// allowlist entry, honoured by every later run).
    Unblock(DecideArgs),
    /// List what waits for a person, or decide on one.
    Review(ReviewArgs),
    /// Export the results recorded in the state folder as a MISP event, a
    /// STIX 2.1 bundle or CSV (docs/exports.md).
    ///
    /// The state folder, not the live stream, is exported: it holds every
    /// result once (the latest per domain, in recorded order) with
    /// people's decisions applied (an accepted review is a reincarnation,
    /// an unblocked or rejected domain is left out), and it survives a
    /// kill. A running watch may go on; export again for a newer file.
    Export(WatchExportArgs),
}

/// Arguments of `watch export`.
#[derive(Debug, Args)]
pub struct WatchExportArgs {
    /// The state folder.
    #[arg(long, value_name = "DIR", default_value = "clone-detect-watch")]
    pub state: PathBuf,
    /// The format.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The outcomes exported (repeat, or separate with commas).
    #[arg(long, value_enum, value_delimiter = ',', default_values = ["reincarnation", "review"])]
    pub outcome: Vec<OutcomeArg>,
    /// The model to credit in the provenance (default: the build and
    /// model the results recorded; the shipped model for results recorded
    /// before they did).
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
}

/// What a watch's check found, for `watch export --outcome`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutcomeArg {
    /// Confirmed (blocked, or a review accepted).
    Reincarnation,
    /// In the review band.
    Review,
    /// Below every bar.
    Unrelated,
    /// Could not be fetched.
    Unreachable,
    /// Fetched, but could not be checked.
    Failed,
    /// Not crawled (no pre-filter picked it).
    Skipped,
    /// Every outcome.
    All,
}

impl OutcomeArg {
    /// The library's outcomes.
    pub fn outcomes(self) -> Vec<clone_detect::watch::Outcome> {
        use clone_detect::watch::Outcome;
        match self {
            Self::Reincarnation => vec![Outcome::Reincarnation],
            Self::Review => vec![Outcome::Review],
            Self::Unrelated => vec![Outcome::Unrelated],
            Self::Unreachable => vec![Outcome::Unreachable],
            Self::Failed => vec![Outcome::Failed],
            Self::Skipped => vec![Outcome::Skipped],
            Self::All => [
                Self::Reincarnation,
                Self::Review,
                Self::Unrelated,
                Self::Unreachable,
                Self::Failed,
                Self::Skipped,
            ]
            .into_iter()
            .flat_map(Self::outcomes)
            .collect(),
        }
    }
}

/// Arguments of `watch review`.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ReviewArgs {
    /// Accept or reject one domain; without it, list the queue.
    #[command(subcommand)]
    pub action: Option<ReviewAction>,
    /// The state folder.
    #[arg(long, value_name = "DIR", default_value = "clone-detect-watch")]
    pub state: PathBuf,
    /// Print JSON Lines (one record per line, with its reason).
    #[arg(long)]
    pub json: bool,
}

/// A decision on a review item.
#[derive(Debug, Subcommand)]
pub enum ReviewAction {
    /// Block it (and record it in the store's lineage of its match).
    Accept(DecideArgs),
    /// Never block it (an allowlist entry).
    Reject(DecideArgs),
}

/// A person's decision on one domain.
#[derive(Debug, Args)]
pub struct DecideArgs {
    /// The domain.
    #[arg(value_name = "DOMAIN")]
    pub domain: String,
    /// The state folder.
    #[arg(long, value_name = "DIR", default_value = "clone-detect-watch")]
    pub state: PathBuf,
    /// Why (kept with the decision).
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
    /// Who decides. Default: $USER.
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
    /// The store whose lineage records an accepted match.
    #[command(flatten)]
    pub db: DbArg,
}

/// The sites a command reads, and how, for `fingerprint`, `check` and
/// `known add`.
#[derive(Debug, Args)]
#[command(next_help_heading = "Sources")]
pub struct SourceArgs {
    /// Snapshot directories, saved website folders, http(s) URLs (crawled)
    /// or JSON Lines files of fingerprints.
    #[arg(value_name = "SOURCE", required_unless_present = "input")]
    pub sources: Vec<PathBuf>,
    /// Also read sources from FILE, one per line (`-` for stdin; blank lines
    /// and lines starting with `#` are skipped), after the SOURCE arguments.
    #[arg(long, value_name = "FILE")]
    pub input: Option<PathBuf>,
    /// Sources crawled or read at once. Results are still printed in input
    /// order, each as soon as it and those before it are done.
    #[arg(long, value_name = "N", default_value_t = 4)]
    pub sites: usize,
    /// Worker threads for fingerprinting (default: one per core).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// In WARC archives, what makes one site: each host, or each
    /// registrable domain (Public Suffix List).
    #[arg(long, value_enum, default_value_t = GroupByArg::Host)]
    pub group_by: GroupByArg,
    /// Render saved website folders in the browser, each served on
    /// 127.0.0.1 for one capture that reaches no other address: a page a
    /// script builds is fingerprinted from its DOM after load, a meta
    /// refresh ends on the page it leads to. The folder's screenshot.png is
    /// kept when it has one. Off by default: folders are read without a
    /// browser (a browser per folder is slow).
    #[arg(long, help_heading = "Screenshots")]
    pub render_folders: bool,
    #[command(flatten)]
    pub crawl: CrawlArgs,
    #[command(flatten)]
    pub shots: ShotArgs,
}

/// `--group-by`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum GroupByArg {
    /// Each host name.
    Host,
    /// Each registrable domain.
    Domain,
}

/// How to crawl, for every command that takes URLs.
#[derive(Debug, Args)]
#[command(next_help_heading = "Crawling")]
pub struct CrawlArgs {
    /// Pages kept per site, chosen alike from a crawl, a saved folder or an
    /// archive: the root page, then one page per URL shape, in a stable
    /// order (never in the order pages arrived).
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub max_pages: usize,
    /// Deepest URL path followed (path segments, as spider counts depth).
    #[arg(long, value_name = "D", default_value_t = 4)]
    pub max_depth: usize,
    /// Wall-clock limit per site, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = 60)]
    pub timeout: u64,
    /// Requests in flight per site.
    #[arg(long, value_name = "N", default_value_t = 8)]
    pub concurrency: usize,
    /// The User-Agent header.
    #[arg(long, value_name = "TEXT")]
    pub user_agent: Option<String>,
    /// Obey robots.txt. Off by default: an operator's `Disallow: /` must
    /// not hide a mirror, and fingerprinting a site is a handful of page
    /// loads, like one visitor.
    #[arg(long)]
    pub obey_robots: bool,
    /// Allow requests to loopback, private and other non-public addresses,
    /// refused by default (checked on every URL, redirect and DNS answer):
    /// for loopback tests and mirrors on an internal network.
    #[arg(long)]
    pub allow_private: bool,
    /// Pin a host name to an address instead of asking DNS, as curl's
    /// --resolve does (the port stays the URL's); for the crawler and the
    /// browser; a pin to a private address needs --allow-private.
    /// Repeatable: --resolve mirror.example=203.0.113.7
    #[arg(long, value_name = "HOST=IP", value_parser = parse_resolve)]
    pub resolve: Vec<(String, std::net::IpAddr)>,
}

fn parse_resolve(text: &str) -> Result<(String, std::net::IpAddr), String> {
    let (host, ip) = text
        .split_once('=')
        .ok_or_else(|| format!("{text:?}: expected HOST=IP"))?;
    let ip = ip
        .parse()
        .map_err(|e| format!("{text:?}: {ip:?} is not an IP address ({e})"))?;
    let host = host.trim().trim_end_matches('.').to_ascii_lowercase();
    if host.is_empty() {
        return Err(format!("{text:?}: no host name"));
    }
    Ok((host, ip))
}

impl CrawlArgs {
    /// The library's crawl configuration.
    pub fn config(&self) -> clone_detect::acquire::crawl::CrawlConfig {
        let CrawlArgs {
            max_pages,
            max_depth,
            timeout,
            concurrency,
            user_agent,
            obey_robots,
            allow_private,
            resolve,
        } = self;
        let default = clone_detect::acquire::crawl::CrawlConfig::default();
        clone_detect::acquire::crawl::CrawlConfig {
            max_pages: *max_pages,
            candidate_pages: default.candidate_pages.max(*max_pages),
            max_depth: *max_depth,
            timeout: std::time::Duration::from_secs(*timeout),
            concurrency: *concurrency,
            user_agent: user_agent.clone().unwrap_or(default.user_agent.clone()),
            respect_robots_txt: *obey_robots,
            refuse_private: !allow_private,
            resolve: resolve.clone(),
            ..default
        }
    }
}

/// Arguments of `verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Capture folders (each with manifest.sha256 and capture.warc.gz).
    #[arg(value_name = "FOLDER", required = true)]
    pub folders: Vec<PathBuf>,
    /// Print one JSON object per folder.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `snapshot`.
#[derive(Debug, Args)]
pub struct SnapshotArgs {
    /// The start URL (or any source `check` reads: a WARC archive, a saved
    /// folder).
    #[arg(
        value_name = "URL",
        required_unless_present = "input",
        conflicts_with = "input"
    )]
    pub url: Option<String>,
    /// Read the sources from FILE, one per line (`-`: stdin): -o is then a
    /// folder that receives one snapshot directory per site.
    #[arg(long, value_name = "FILE")]
    pub input: Option<PathBuf>,
    /// Sources crawled at once, with --input.
    #[arg(long, value_name = "N", default_value_t = 4)]
    pub sites: usize,
    /// The snapshot directory to write (created; must not exist or be
    /// empty); with --input, the folder of one snapshot directory per site.
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
    #[command(flatten)]
    pub evidence: EvidenceArg,
    /// Render saved website folders in the browser, each served on
    /// 127.0.0.1 for one capture that reaches no other address: a page a
    /// script builds is fingerprinted from its DOM after load, a meta
    /// refresh ends on the page it leads to. The folder's screenshot.png is
    /// kept when it has one. Off by default: folders are read without a
    /// browser (a browser per folder is slow).
    #[arg(long, help_heading = "Screenshots")]
    pub render_folders: bool,
    #[command(flatten)]
    pub crawl: CrawlArgs,
    #[command(flatten)]
    pub shots: ShotArgs,
}

/// `--evidence DIR`, for the commands that read sites.
#[derive(Debug, Args)]
pub struct EvidenceArg {
    /// Keep an evidence capture of every site read in a folder of its own
    /// under DIR: a WARC file of what was fetched (with the screenshot,
    /// the rendered DOM and a metadata record of the result, tool version
    /// and model hash), the fingerprint, the result, and a SHA-256
    /// manifest (`sha256sum -c manifest.sha256`). Fingerprinting the WARC
    /// gives the same fingerprint again.
    #[arg(long, value_name = "DIR")]
    pub evidence: Option<PathBuf>,
}

/// Screenshot options, for every command that takes URLs.
#[derive(Debug, Args)]
#[command(next_help_heading = "Screenshots")]
pub struct ShotArgs {
    /// Do not take screenshots.
    #[arg(long)]
    pub no_screenshot: bool,
    /// The Chromium binary (default: $CHROME, /usr/bin/chromium, or on $PATH).
    #[arg(long, value_name = "PATH")]
    pub chrome: Option<PathBuf>,
    /// Run Chromium without its sandbox, which does not run as root: as
    /// root, screenshots are refused without this flag. A page that
    /// exploits the browser then has this tool's rights.
    #[arg(long)]
    pub no_sandbox: bool,
}

impl ShotArgs {
    /// The library's screenshot configuration.
    pub fn config(&self) -> clone_detect::acquire::screenshot::ScreenshotConfig {
        clone_detect::acquire::screenshot::ScreenshotConfig {
            chrome: self.chrome.clone(),
            no_sandbox: self.no_sandbox,
            ..Default::default()
        }
    }

    /// The screenshot configuration, with the crawl's network rules: the
    /// browser reaches exactly what the crawler may (private-network guard,
    /// trusted addresses, pinned names, lookup).
    pub fn config_with(
        &self,
        crawl: &clone_detect::acquire::crawl::CrawlConfig,
    ) -> clone_detect::acquire::screenshot::ScreenshotConfig {
        clone_detect::acquire::screenshot::ScreenshotConfig {
            refuse_private: crawl.refuse_private,
            resolve: crawl.resolve.clone(),
            lookup: crawl.lookup.clone(),
            trusted: crawl.trusted.clone(),
            ..self.config()
        }
    }
}

/// Where the store is, for every command that uses one.
#[derive(Debug, Args)]
#[command(next_help_heading = "Store")]
pub struct DbArg {
    /// The store file. Default: $CLONE_DETECT_DB, else
    /// $XDG_DATA_HOME/clone-detect/known.cdstore, else
    /// ~/.local/share/clone-detect/known.cdstore.
    #[arg(long, value_name = "PATH")]
    pub db: Option<PathBuf>,
}

/// `known` subcommands.
#[derive(Debug, Subcommand)]
pub enum KnownCommand {
    /// Fingerprint sources and add them to the store.
    Add(Box<KnownAddArgs>),
    /// List the known sites.
    List(KnownListArgs),
    /// Remove known sites by id.
    Remove(KnownRemoveArgs),
    /// Show one known site and its lineage (its confirmed reincarnations).
    Show(KnownShowArgs),
    /// Read every byte of the store and report damaged regions and intact
    /// records (exit 0 intact, 1 damaged).
    Verify(KnownVerifyArgs),
    /// Rewrite the store with every intact record, keeping the damaged file
    /// as PATH.damaged-<unix time>, and say what could not be kept.
    Repair(KnownRepairArgs),
    /// Write every known site (fingerprint, label, dates) and the lineage
    /// as JSON Lines, for another store (`known import`).
    Export(KnownExportArgs),
    /// Add every site and the lineage of an export to the store, with new
    /// ids; a file with any invalid line is refused whole.
    Import(KnownImportArgs),
}

/// Arguments of `known export`.
#[derive(Debug, Args)]
pub struct KnownExportArgs {
    /// Write to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub db: DbArg,
}

/// Arguments of `known import`.
#[derive(Debug, Args)]
pub struct KnownImportArgs {
    /// The export (`-` for stdin).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[command(flatten)]
    pub db: DbArg,
}

/// Arguments of `known verify`.
#[derive(Debug, Args)]
pub struct KnownVerifyArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `known repair`.
#[derive(Debug, Args)]
pub struct KnownRepairArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// Write the repaired store to NEW (which must not exist) and leave the
    /// store as it is.
    #[arg(short, long, value_name = "NEW")]
    pub output: Option<PathBuf>,
    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `known show`.
#[derive(Debug, Args)]
pub struct KnownShowArgs {
    /// The site's id.
    #[arg(value_name = "ID")]
    pub id: u64,
    #[command(flatten)]
    pub db: DbArg,
    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `known add`.
#[derive(Debug, Args)]
pub struct KnownAddArgs {
    #[command(flatten)]
    pub sources: SourceArgs,
    /// The label of the added sites (default: the source's name).
    #[arg(long, value_name = "TEXT")]
    pub label: Option<String>,
    /// When the site was first seen: an RFC 3339 date (2026-03-01) or date
    /// and time (2026-03-01T12:00:00Z).
    #[arg(long, value_name = "DATE")]
    pub first_seen: Option<String>,
    /// When the site was last seen (as --first-seen).
    #[arg(long, value_name = "DATE")]
    pub last_seen: Option<String>,
    /// A free tag for the added sites (a case id, a source); repeat for
    /// several. Kept in the store and in exports.
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Add the sources as confirmed reincarnations of the known site ID:
    /// recorded in its lineage (first seen: --first-seen, else now) and
    /// matched against from now on.
    #[arg(long, value_name = "ID")]
    pub reincarnation_of: Option<u64>,
    /// The reincarnation's domain (default: the host of a URL source).
    #[arg(long, value_name = "DOMAIN", requires = "reincarnation_of")]
    pub domain: Option<String>,
    #[command(flatten)]
    pub db: DbArg,
    /// Print JSON Lines instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `known list`.
#[derive(Debug, Args)]
pub struct KnownListArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// Print JSON Lines instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `known remove`.
#[derive(Debug, Args)]
pub struct KnownRemoveArgs {
    /// Ids to remove.
    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<u64>,
    #[command(flatten)]
    pub db: DbArg,
}

/// Arguments of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub sources: SourceArgs,
    #[command(flatten)]
    pub db: DbArg,
    /// Use the known sites of a labelled corpus (its split.json) instead of
    /// a store, e.g. the `corpus/` shipped with the sources.
    #[arg(long, value_name = "DIR", conflicts_with = "db")]
    pub corpus: Option<PathBuf>,
    /// A model file (from `eval --fit`) instead of the shipped model.
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
    /// Print one JSON object per source (JSON Lines).
    #[arg(long)]
    pub json: bool,
    /// Also write the verdicts to FILE (JSON Lines, or as --format says).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Format of -o. misp, stix and csv (docs/exports.md) without -o are
    /// printed on stdout instead of the verdicts.
    #[arg(long, value_enum, default_value_t = CheckFormat::Json)]
    pub format: CheckFormat,
    /// Write a self-contained HTML report of the verdicts (matches first).
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    #[command(flatten)]
    pub evidence: EvidenceArg,
}

/// Output formats of the commands that write records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// JSON (Lines): the default.
    Json,
    /// Parquet (needs -o FILE); schema in the README.
    Parquet,
}

/// Formats of `check`: the record formats, and the exports for analysts'
/// tools.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    /// JSON Lines: the default.
    Json,
    /// Parquet (needs -o FILE); schema in the README.
    Parquet,
    /// A MISP event (MISP core format JSON).
    Misp,
    /// A STIX 2.1 bundle.
    Stix,
    /// CSV (RFC 4180), neutralised against spreadsheet formulas.
    Csv,
}

/// Formats of `watch export`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// A MISP event (MISP core format JSON).
    Misp,
    /// A STIX 2.1 bundle.
    Stix,
    /// CSV (RFC 4180), neutralised against spreadsheet formulas.
    Csv,
}

impl From<ExportFormat> for clone_detect::interop::Format {
    fn from(format: ExportFormat) -> Self {
        match format {
            ExportFormat::Misp => Self::Misp,
            ExportFormat::Stix => Self::Stix,
            ExportFormat::Csv => Self::Csv,
        }
    }
}

impl CheckFormat {
    /// The export format, for the formats of analysts' tools.
    pub fn interop(self) -> Option<clone_detect::interop::Format> {
        match self {
            Self::Json | Self::Parquet => None,
            Self::Misp => Some(ExportFormat::Misp.into()),
            Self::Stix => Some(ExportFormat::Stix.into()),
            Self::Csv => Some(ExportFormat::Csv.into()),
        }
    }
}

/// Arguments of `cluster`.
#[derive(Debug, Args)]
pub struct ClusterArgs {
    #[command(flatten)]
    pub sources: SourceArgs,
    /// Write the clustering as JSON (or Parquet) to FILE.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Format of -o; parquet writes a row per site.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    pub format: Format,
    /// Write a self-contained HTML report (screenshots and favicons side by
    /// side, evidence); long reports continue in FILE-2.html, ….
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Print the clustering as JSON instead of a summary.
    #[arg(long)]
    pub json: bool,
    /// A model file (from `eval --fit`) instead of the shipped model.
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
    /// The least average link at which clusters merge (default: the
    /// model's threshold).
    #[arg(long, value_name = "SCORE")]
    pub min_average: Option<f64>,
    /// Strongest links per cluster shown with their evidence.
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub evidence_links: usize,
}

/// Arguments of `pivot`.
#[derive(Debug, Args)]
pub struct PivotArgs {
    #[command(flatten)]
    pub sources: SourceArgs,
    /// Print one JSON object per site (JSON Lines).
    #[arg(long)]
    pub json: bool,
}

/// Which queries `eval` reports on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum FoldArg {
    /// Held-out families (the honest figures).
    Eval,
    /// The families the model is fitted on.
    Fit,
}

/// Arguments of `eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// A corpus directory with manifest.json, split.json and sites/.
    #[arg(value_name = "CORPUS_DIR")]
    pub corpus: PathBuf,
    /// Print JSON instead of tables.
    #[arg(long)]
    pub json: bool,
    /// The fold reported.
    #[arg(long, value_enum, default_value_t = FoldArg::Eval)]
    pub fold: FoldArg,
    /// Refit the fused model and thresholds on the fit fold, write them to
    /// --model-out, and report with the new model.
    #[arg(long)]
    pub fit: bool,
    /// Where --fit writes the model: by default the file the library ships.
    #[arg(
        long,
        value_name = "FILE",
        default_value = "clone-detect/src/verdict/model.json"
    )]
    pub model_out: PathBuf,
    /// Evaluate a model file instead of the shipped model.
    #[arg(long, value_name = "FILE", conflicts_with = "fit")]
    pub model: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Read the fold's queries live: each query site is served on loopback
    /// and checked by URL (crawled, screenshotted), against known sites read
    /// from their folders.
    #[arg(long, conflicts_with = "fit")]
    pub live: bool,
    /// With --live: query sites crawled at once.
    #[arg(long, value_name = "N", default_value_t = 4)]
    pub sites: usize,
    /// Pad the known sites with N synthetic sites, unrelated to every
    /// family but shaped like the corpus's sites (drawn from pairs of corpus
    /// sites of different families), and report the same tables: the
    /// figures of a store of that size.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub distractors: usize,
    /// Seed of the distractors and of the bootstrap.
    #[arg(long, value_name = "N", default_value_t = clone_detect::eval::DEFAULT_SEED)]
    pub seed: u64,
    /// Bootstrap resamples (of families) behind the 95% confidence
    /// intervals.
    #[arg(long, value_name = "N", default_value_t = clone_detect::eval::DEFAULT_RESAMPLES)]
    pub resamples: usize,
    #[command(flatten)]
    pub shots: ShotArgs,
}

impl DbArg {
    /// The store path: the flag, else the documented default.
    pub fn path(&self) -> anyhow::Result<PathBuf> {
        if let Some(p) = &self.db {
            return Ok(p.clone());
        }
        if let Some(p) = std::env::var_os("CLONE_DETECT_DB").filter(|p| !p.is_empty()) {
            return Ok(PathBuf::from(p));
        }
        let data = std::env::var_os("XDG_DATA_HOME")
            .filter(|p| !p.is_empty())
            .map(PathBuf::from)
            .or_else(|| {
                std::env::var_os("HOME")
                    .filter(|p| !p.is_empty())
                    .map(|h| PathBuf::from(h).join(".local/share"))
            })
            .ok_or_else(|| {
                anyhow::anyhow!(
                    "no --db given and neither $CLONE_DETECT_DB, $XDG_DATA_HOME nor $HOME is set"
                )
            })?;
        Ok(data.join("clone-detect").join("known.cdstore"))
    }
}

/// Arguments of `fingerprint`.
#[derive(Debug, Args)]
pub struct FingerprintArgs {
    #[command(flatten)]
    pub sources: SourceArgs,
    /// Write the JSON Lines (or Parquet) to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format; parquet needs -o.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    pub format: Format,
    #[command(flatten)]
    pub evidence: EvidenceArg,
    /// Bytes of each page that are parsed.
    #[arg(long, value_name = "BYTES", default_value_t = FingerprintConfig::default().max_html_bytes)]
    pub max_html_bytes: usize,
}

impl SourceArgs {
    /// How sources are read: every field is named, so a new flag that is
    /// not wired up does not compile.
    pub fn plan(&self) -> anyhow::Result<crate::sources::SourcePlan> {
        let SourceArgs {
            sources,
            input,
            sites,
            threads,
            group_by,
            render_folders,
            crawl,
            shots,
        } = self;
        anyhow::ensure!(*sites > 0, "--sites must be at least 1");
        let mut list: Vec<clone_detect::source::Source> = sources
            .iter()
            .map(|p| crate::sources::source_of(p))
            .collect();
        if let Some(file) = input {
            list.extend(crate::sources::read_input(file)?);
        }
        let crawl = crawl.config();
        crawl.validate()?;
        let folder = FolderConfig {
            max_pages: crawl.max_pages,
            max_candidates: crawl.candidate_pages,
            ..FolderConfig::default()
        };
        folder.validate()?;
        anyhow::ensure!(*threads != Some(0), "--threads must be at least 1");
        let warc = clone_detect::acquire::warc::WarcConfig {
            max_pages: crawl.max_pages,
            group_by: match group_by {
                GroupByArg::Host => clone_detect::acquire::warc::GroupBy::Host,
                GroupByArg::Domain => clone_detect::acquire::warc::GroupBy::Domain,
            },
            ..Default::default()
        };
        Ok(crate::sources::SourcePlan {
            sources: list,
            load: clone_detect::source::LoadConfig {
                sites: *sites,
                threads: *threads,
                folder,
                warc,
                render_folders: render_folders.then(|| shots.config()),
                render_screenshots: !shots.no_screenshot,
            },
            screenshots: (!shots.no_screenshot).then(|| shots.config_with(&crawl)),
            crawl,
        })
    }
}
