//! The live [`Acquirer`]: the crawler and, when given, one browser whose
//! tabs serve every worker.

use std::time::Instant;

use super::{Acquired, Acquirer};
use crate::acquire::crawl::{CrawlConfig, CrawlProgress};
use crate::blocking::crawl_with_progress;
use crate::blocking::Screenshotter;
use crate::{Result, SiteSnapshot};

/// Crawls candidates with [`crawl_with_progress`] and screenshots the page
/// each crawl ended on. A page that gives no screenshot leaves a warning in
/// the snapshot, not an error.
///
/// ```no_run
/// use clone_detect::acquire::crawl::CrawlConfig;
/// use clone_detect::acquire::screenshot::ScreenshotConfig;
/// use clone_detect::blocking::Screenshotter;
/// use clone_detect::watch::live::LiveAcquirer;
///
/// let browser = Screenshotter::launch(ScreenshotConfig::default()).ok();
/// let acquirer = LiveAcquirer::new(CrawlConfig::default(), browser);
/// # let _ = acquirer;
/// ```
#[derive(Debug)]
pub struct LiveAcquirer {
    crawl: CrawlConfig,
    browser: Option<Screenshotter>,
    progress: CrawlProgress,
}

impl LiveAcquirer {
    /// Crawls with `crawl`; takes screenshots with `browser` when given.
    pub fn new(crawl: CrawlConfig, browser: Option<Screenshotter>) -> Self {
        Self {
            crawl,
            browser,
            progress: CrawlProgress::new(),
        }
    }

    /// Counts pages and bytes in `progress` (for a caller showing progress).
    pub fn with_progress(mut self, progress: CrawlProgress) -> Self {
        self.progress = progress;
        self
    }
}

impl Acquirer for LiveAcquirer {
    fn probe(&self, url: &str) -> Result<SiteSnapshot> {
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

    fn acquire(&self, url: &str) -> Result<Acquired> {
        let started = Instant::now();
        let mut snapshot = crawl_with_progress(url, &self.crawl, &self.progress)?;
        let crawl = started.elapsed();
        let started = Instant::now();
        if let Some(browser) = &self.browser {
            let target = snapshot
                .pages
                .first()
                .map_or_else(|| url.to_string(), |p| p.url.clone());
            match browser.capture_page(&target) {
                Ok(capture) => capture.add_to(&mut snapshot, &target),
                Err(e) => snapshot.warnings.push(e.to_string()),
            }
        }
        Ok(Acquired {
            snapshot,
            crawl,
            screenshot: started.elapsed(),
        })
    }
}
