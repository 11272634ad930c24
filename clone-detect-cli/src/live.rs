//! Live sites: crawl, then screenshot the page the crawl ended on.

use std::io::Write;
use std::sync::OnceLock;
use std::time::Instant;

use clone_detect::acquire::crawl::{crawl_with_progress, CrawlConfig, CrawlProgress};
use clone_detect::acquire::screenshot::{ScreenshotConfig, Screenshotter};
use clone_detect::watch::{Acquired, Acquirer};
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
        if !self.enabled {
            return None;
        }
        self.started
            .get_or_init(|| match Screenshotter::launch(self.config.clone()) {
                Ok(s) => Some(s),
                Err(e) => {
                    let _ = writeln!(
                        std::io::stderr(),
                        "clone-detect: warning: {e}; continuing without screenshots"
                    );
                    None
                }
            })
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
    acquire_timed(url, crawl_config, browser, progress).map(|a| a.snapshot)
}

/// [`acquire`], timing the crawl and the screenshot.
pub fn acquire_timed(
    url: &str,
    crawl_config: &CrawlConfig,
    browser: &Browser,
    progress: &CrawlProgress,
) -> clone_detect::Result<Acquired> {
    let started = Instant::now();
    let mut snapshot = crawl_with_progress(url, crawl_config, progress)?;
    let crawl = started.elapsed();
    let started = Instant::now();
    if let Some(shots) = browser.get() {
        let target = snapshot
            .pages
            .first()
            .map(|p| p.url.clone())
            .unwrap_or_else(|| url.to_string());
        match shots.capture(&target) {
            Ok(png) => snapshot.screenshot = Some(png),
            Err(e) => snapshot.warnings.push(e.to_string()),
        }
    }
    Ok(Acquired {
        snapshot,
        crawl,
        screenshot: started.elapsed(),
    })
}

/// The watch's way of fetching sites: the crawler and one browser.
pub struct LiveAcquirer {
    pub crawl: CrawlConfig,
    pub browser: Browser,
    pub progress: CrawlProgress,
}

impl Acquirer for LiveAcquirer {
    fn probe(&self, url: &str) -> clone_detect::Result<SiteSnapshot> {
        // The home page and its favicon: no other page, no asset.
        let config = CrawlConfig {
            max_pages: 1,
            candidate_pages: 1,
            max_depth: 0,
            max_assets: 0,
            ..self.crawl.clone()
        };
        crawl_with_progress(url, &config, &self.progress)
    }

    fn acquire(&self, url: &str) -> clone_detect::Result<Acquired> {
        acquire_timed(url, &self.crawl, &self.browser, &self.progress)
    }
}
