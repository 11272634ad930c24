//! Live sites: crawl, then screenshot the page the crawl ended on.

use std::io::Write;
use std::sync::OnceLock;

use clone_detect::acquire::crawl::{CrawlConfig, CrawlProgress};
use clone_detect::acquire::screenshot::ScreenshotConfig;
use clone_detect::blocking::crawl_with_progress;
use clone_detect::blocking::Screenshotter;
use clone_detect::SiteSnapshot;

/// Whether a SOURCE argument is a URL to crawl.
pub fn is_url(source: &str) -> bool {
    source.starts_with("http://") || source.starts_with("https://")
}

/// One browser for the whole run, started on first use; `None` (said once
/// on stderr) when screenshots are off or no browser starts.
pub struct Browser {
    enabled: bool,
    config: ScreenshotConfig,
    started: OnceLock<Option<Screenshotter>>,
}

impl Browser {
    pub fn new(enabled: bool, config: ScreenshotConfig) -> Self {
        Self {
            enabled,
            config,
            started: OnceLock::new(),
        }
    }

    fn get(&self) -> Option<&Screenshotter> {
        self.started
            .get_or_init(|| launch(self.enabled, self.config.clone()))
            .as_ref()
    }
}

/// Crawls `url` and adds a screenshot of where it ended (or the reason there
/// is none, as a warning).
pub fn acquire(
    url: &str,
    crawl_config: &CrawlConfig,
    browser: &Browser,
    progress: &CrawlProgress,
) -> clone_detect::Result<SiteSnapshot> {
    let mut snapshot = crawl_with_progress(url, crawl_config, progress)?;
    if let Some(shots) = browser.get() {
        let target = snapshot
            .pages
            .first()
            .map(|p| p.url.clone())
            .unwrap_or_else(|| url.to_string());
        match shots.capture_page(&target) {
            Ok(capture) => capture.add_to(&mut snapshot, &target),
            Err(e) => snapshot.warnings.push(e.to_string()),
        }
    }
    Ok(snapshot)
}

/// The browser for a whole run started now: `None` (said on stderr) when
/// screenshots are off or no browser starts.
pub fn launch(enabled: bool, config: ScreenshotConfig) -> Option<Screenshotter> {
    if !enabled {
        return None;
    }
    Screenshotter::launch(config)
        .map_err(|e| {
            let _ = writeln!(
                std::io::stderr(),
                "clone-detect: warning: {e}; continuing without screenshots"
            );
        })
        .ok()
}
