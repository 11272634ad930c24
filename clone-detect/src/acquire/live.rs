//! Live sites: crawl, then screenshot the page the crawl ended on, on the
//! caller's async runtime. [`crate::blocking::LiveAcquirer`] is the same for
//! synchronous callers; the CLI, `watch` and the source
//! [`Loader`](crate::source::Loader) all acquire live sites through it.

use std::time::Instant;

use super::crawl::{crawl_with_progress, CrawlConfig, CrawlProgress};
#[cfg(feature = "screenshot")]
use super::screenshot::Screenshotter;
use super::Acquired;
use crate::{Result, SiteSnapshot};

/// Crawls sites and, with a browser, screenshots the page each crawl ended
/// on (the start page after its redirects). A page that gives no screenshot
/// leaves a warning in the snapshot, not an error. Its calls may run
/// concurrently.
///
/// ```no_run
/// use clone_detect::acquire::crawl::CrawlConfig;
/// use clone_detect::acquire::live::LiveAcquirer;
///
/// # async fn run() -> clone_detect::Result<()> {
/// let live = LiveAcquirer::new(CrawlConfig::default())?;
/// let site = live.acquire("https://example.org/").await?;
/// assert!(!site.snapshot.pages.is_empty());
/// # Ok(())
/// # }
/// ```
#[derive(Debug)]
pub struct LiveAcquirer {
    crawl: CrawlConfig,
    #[cfg(feature = "screenshot")]
    browser: Option<Screenshotter>,
    progress: CrawlProgress,
}

impl LiveAcquirer {
    /// Crawls with `crawl`; no screenshots until a browser is given.
    ///
    /// # Errors
    /// [`Error::Config`](crate::Error::Config) when `crawl` is invalid
    /// ([`CrawlConfig::validate`]): refused here, not once per site.
    pub fn new(crawl: CrawlConfig) -> Result<Self> {
        crawl.validate()?;
        Ok(Self {
            crawl,
            #[cfg(feature = "screenshot")]
            browser: None,
            progress: CrawlProgress::new(),
        })
    }

    /// Takes screenshots with `browser`.
    #[cfg(feature = "screenshot")]
    #[must_use]
    pub fn with_browser(mut self, browser: Screenshotter) -> Self {
        self.browser = Some(browser);
        self
    }

    /// Counts pages and bytes in `progress` (for a caller showing progress).
    #[must_use]
    pub fn with_progress(mut self, progress: CrawlProgress) -> Self {
        self.progress = progress;
        self
    }

    /// The counters every crawl adds to.
    pub fn progress(&self) -> &CrawlProgress {
        &self.progress
    }

    /// How sites are crawled.
    pub fn crawl_config(&self) -> &CrawlConfig {
        &self.crawl
    }

    /// Whether screenshots are taken.
    pub fn has_browser(&self) -> bool {
        #[cfg(feature = "screenshot")]
        return self.browser.is_some();
        #[cfg(not(feature = "screenshot"))]
        false
    }

    /// The home page and its favicon only: no other page, no asset, no
    /// screenshot (what `watch`'s pre-filters need).
    ///
    /// # Errors
    /// As [`crawl_with_progress`].
    pub async fn probe(&self, url: &str) -> Result<SiteSnapshot> {
        let config = CrawlConfig {
            max_pages: 1,
            candidate_pages: 1,
            max_depth: 0,
            max_assets: 0,
            ..self.crawl.clone()
        };
        crawl_with_progress(url, &config, &self.progress).await
    }

    /// The whole site, then the screenshot, with the time each took.
    ///
    /// # Errors
    /// As [`crawl_with_progress`]; a failed screenshot is a warning in the
    /// snapshot instead.
    pub async fn acquire(&self, url: &str) -> Result<Acquired> {
        let started = Instant::now();
        #[cfg_attr(not(feature = "screenshot"), allow(unused_mut))]
        let mut snapshot = crawl_with_progress(url, &self.crawl, &self.progress).await?;
        let crawl = started.elapsed();
        let started = Instant::now();
        #[cfg(feature = "screenshot")]
        if let Some(browser) = &self.browser {
            let target = snapshot
                .pages
                .first()
                .map_or_else(|| url.to_string(), |p| p.url.clone());
            match browser.capture_page(&target).await {
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
