//! Screenshots of the corpus as the screenshotter was (a fixed pause)
//! against as it is (the network-quiet wait, the next tab opened ahead), in
//! one run: seconds per page of each, their ratio, and how many bits apart
//! the captures' pHashes are (the library's perceptual hasher).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Context;
use clone_detect::acquire::screenshot::{ScreenshotConfig, SettleWait};
use clone_detect::blocking::Screenshotter;
use clone_detect::signal::perceptual::{ImageLimits, PerceptualHasher};
use clone_detect_tests::server::{Folder, Server, LOCALHOST};

use crate::crawl::median;

/// The fixed pause the screenshotter made before it watched the network.
const OLD_PAUSE: Duration = Duration::from_millis(500);

/// Upper bounds of the pHash-difference histogram's bins, in bits (the last
/// bin holds everything above).
const BIT_BINS: [u32; 5] = [0, 2, 4, 8, 16];

/// Corpus sites captured with the fixed pause and with the network-quiet
/// wait, in one run.
#[derive(Debug)]
pub struct SettleFigures {
    /// Sites captured both ways.
    sites: usize,
    /// Sites for which either capture failed (left out of the figures):
    /// the site's folder name and why.
    failed: Vec<(String, String)>,
    /// As the screenshotter was: a fixed pause, each tab opened when its
    /// capture starts.
    fixed_seconds_mean: f64,
    fixed_seconds_median: f64,
    /// The network-quiet wait alone (tabs opened on demand).
    quiet_only_seconds_mean: f64,
    quiet_only_seconds_median: f64,
    /// Now: the network-quiet wait, the next tab opened ahead.
    quiet_seconds_mean: f64,
    quiet_seconds_median: f64,
    /// Fixed-pause time / network-quiet time (of the means).
    speedup: f64,
    /// Bits between the two captures' pHashes, one per site.
    phash_bits: Vec<u32>,
    /// Sites whose either capture is uninformative (blank).
    uninformative: usize,
    /// Each site's name and its three times (as it was, the wait alone,
    /// now), in seconds: where the time goes.
    per_site: Vec<(String, [f64; 3])>,
}

impl SettleFigures {
    /// Counts of `phash_bits` per bin of [`BIT_BINS`], with labels.
    fn histogram(&self) -> Vec<(String, usize)> {
        let mut low = 0;
        let mut bins: Vec<(String, usize)> = BIT_BINS
            .iter()
            .map(|&high| {
                let label = if low == high {
                    format!("{high}")
                } else {
                    format!("{low}-{high}")
                };
                let n = self
                    .phash_bits
                    .iter()
                    .filter(|&&b| b >= low && b <= high)
                    .count();
                low = high + 1;
                (label, n)
            })
            .collect();
        let above = self.phash_bits.iter().filter(|&&b| b >= low).count();
        bins.push((format!("{low}+"), above));
        bins
    }

    /// The figures as the `settle` object of `crawl --json`.
    pub fn json(&self) -> serde_json::Value {
        serde_json::json!({
            "sites": self.sites,
            "failed": self.failed,
            "fixed_pause_ms": OLD_PAUSE.as_millis() as u64,
            "fixed_seconds_mean": self.fixed_seconds_mean,
            "fixed_seconds_median": self.fixed_seconds_median,
            "quiet_only_seconds_mean": self.quiet_only_seconds_mean,
            "quiet_only_seconds_median": self.quiet_only_seconds_median,
            "quiet_seconds_mean": self.quiet_seconds_mean,
            "quiet_seconds_median": self.quiet_seconds_median,
            "speedup": self.speedup,
            "phash_bits": self.phash_bits,
            "phash_bits_histogram": self.histogram(),
            "uninformative": self.uninformative,
            "per_site": self.per_site.iter().map(|(site, t)| serde_json::json!({
                "site": site,
                "fixed_seconds": t[0],
                "quiet_only_seconds": t[1],
                "quiet_seconds": t[2],
            })).collect::<Vec<_>>(),
        })
    }
}

/// Captures every site of `corpus` (one folder each, served on loopback)
/// three ways: as the screenshotter was (a fixed pause, each tab opened
/// when its capture starts), with the network-quiet wait alone, and as it
/// is now (the wait, and the next tab opened during each capture). Three
/// browsers, taking turns site by site, in an order that rotates so that
/// none has the warm side. Each time is the whole call, the opening of the
/// next tab included.
pub fn settle_comparison(corpus: &Path) -> anyhow::Result<SettleFigures> {
    let mut sites: Vec<PathBuf> = std::fs::read_dir(corpus)
        .with_context(|| format!("cannot read {}", corpus.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("index.html").is_file())
        .collect();
    sites.sort();
    anyhow::ensure!(!sites.is_empty(), "no site in {}", corpus.display());
    // The sites are served on loopback; they are ours, so the browser may
    // run without its sandbox (which refuses root).
    let config = ScreenshotConfig {
        refuse_private: false,
        no_sandbox: true,
        ..ScreenshotConfig::default()
    };
    let now = Screenshotter::launch(config.clone()).context("the browser as it is")?;
    let quiet_only = Screenshotter::launch(ScreenshotConfig {
        open_ahead: false,
        ..config.clone()
    })
    .context("the network-quiet browser")?;
    let fixed = Screenshotter::launch(ScreenshotConfig {
        wait: SettleWait::Fixed,
        settle: OLD_PAUSE,
        open_ahead: false,
        ..config
    })
    .context("the fixed-pause browser")?;
    let browsers = [&fixed, &quiet_only, &now];
    let hasher = PerceptualHasher::new(ImageLimits::default());
    let mut times: [Vec<f64>; 3] = Default::default();
    let mut bits = Vec::new();
    let (mut failed, mut uninformative) = (Vec::new(), 0);
    let mut per_site = Vec::new();
    // Every browser once before timing: the first capture of a browser
    // pays for its start-up (and opens the first spare tab).
    let serve = |site| Server::on(LOCALHOST).start(Folder::new(site));
    let warm = serve(&sites[0])?.url("/");
    for shots in browsers {
        let _ = shots.capture(&warm);
    }
    for (i, site) in sites.iter().enumerate() {
        let url = serve(site)?.url("/");
        let mut taken: [Option<(anyhow::Result<Vec<u8>>, f64)>; 3] = Default::default();
        for k in 0..3 {
            let which = (i + k) % 3;
            let t = Instant::now();
            let png = browsers[which].capture(&url).map_err(anyhow::Error::from);
            taken[which] = Some((png, t.elapsed().as_secs_f64()));
        }
        let [Some((old, old_s)), Some((mid, mid_s)), Some((new, new_s))] = taken else {
            unreachable!("every browser took its turn");
        };
        let hashes = old.and_then(|old| {
            let new = new?;
            mid?;
            Ok((
                hasher.hash_bytes(&old, "screenshot")?,
                hasher.hash_bytes(&new, "screenshot")?,
            ))
        });
        match hashes {
            Ok((old, new)) => {
                let name = site.file_name().unwrap_or_default().to_string_lossy();
                per_site.push((name.into_owned(), [old_s, mid_s, new_s]));
                times[0].push(old_s);
                times[1].push(mid_s);
                times[2].push(new_s);
                bits.push(old.phash.hamming(new.phash));
                uninformative += usize::from(old.uninformative || new.uninformative);
            }
            Err(e) => {
                let name = site.file_name().unwrap_or_default().to_string_lossy();
                failed.push((name.into_owned(), format!("{e:#}")));
            }
        }
    }
    let [fixed_times, quiet_only_times, quiet_times] = times;
    anyhow::ensure!(!bits.is_empty(), "no corpus site was captured both ways");
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    let (fixed_mean, quiet_mean) = (mean(&fixed_times), mean(&quiet_times));
    let quiet_only_mean = mean(&quiet_only_times);
    Ok(SettleFigures {
        sites: bits.len(),
        failed,
        fixed_seconds_mean: fixed_mean,
        fixed_seconds_median: median(fixed_times),
        quiet_only_seconds_mean: quiet_only_mean,
        quiet_only_seconds_median: median(quiet_only_times),
        quiet_seconds_mean: quiet_mean,
        quiet_seconds_median: median(quiet_times),
        speedup: fixed_mean / quiet_mean,
        phash_bits: bits,
        uninformative,
        per_site,
    })
}

pub fn print_settle(out: &mut impl Write, c: &SettleFigures) -> anyhow::Result<()> {
    let mut sorted = c.phash_bits.clone();
    sorted.sort_unstable();
    writeln!(
        out,
        "screenshots of {} corpus sites ({} failed), as they were (fixed {} ms pause, \
         tab opened per capture) against now, one run:",
        c.sites,
        c.failed.len(),
        OLD_PAUSE.as_millis()
    )?;
    for (site, why) in &c.failed {
        writeln!(out, "  failed: {site}: {why}")?;
    }
    writeln!(
        out,
        "  as it was (fixed pause):              {:.3} s per page (median {:.3})",
        c.fixed_seconds_mean, c.fixed_seconds_median
    )?;
    writeln!(
        out,
        "  network-quiet wait alone:             {:.3} s per page (median {:.3})",
        c.quiet_only_seconds_mean, c.quiet_only_seconds_median
    )?;
    writeln!(
        out,
        "  now (quiet wait, next tab opened ahead): {:.3} s per page (median {:.3})",
        c.quiet_seconds_mean, c.quiet_seconds_median
    )?;
    writeln!(out, "  speed-up (as it was / now): {:.2}x", c.speedup)?;
    writeln!(
        out,
        "  pHash bits apart, as it was against now: min {}, median {}, max {} ({} sites with a blank capture)",
        sorted[0],
        sorted[sorted.len() / 2],
        sorted[sorted.len() - 1],
        c.uninformative
    )?;
    let bins = c
        .histogram()
        .iter()
        .map(|(label, n)| format!("{label}: {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    writeln!(out, "  histogram (bits: sites): {bins}")?;
    Ok(())
}
