//! Live sites: the library's live acquirer, with the browser started when
//! screenshots are on (a browser that does not start is said once on
//! stderr, and the run goes on without screenshots).

use std::io::Write;

use clone_detect::acquire::crawl::{CrawlConfig, CrawlProgress};
use clone_detect::acquire::screenshot::ScreenshotConfig;
use clone_detect::blocking::LiveAcquirer;

/// The acquirer of a whole run of `sites` crawls at once, counting into
/// `progress`; with a browser when `screenshots` is set and one starts.
pub fn acquirer(
    crawl: CrawlConfig,
    sites: usize,
    screenshots: Option<ScreenshotConfig>,
    progress: CrawlProgress,
) -> anyhow::Result<LiveAcquirer> {
    let mut live = LiveAcquirer::for_sites(crawl, sites)?.with_progress(progress);
    if let Some(config) = screenshots {
        if let Err(e) = live.launch_browser(config) {
            let _ = writeln!(
                std::io::stderr(),
                "clone-detect: warning: {e}; continuing without screenshots"
            );
        }
    }
    Ok(live)
}
