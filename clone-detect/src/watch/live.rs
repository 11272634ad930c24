//! The live [`Acquirer`]: the library's
//! [`blocking::LiveAcquirer`](crate::blocking::LiveAcquirer), whose one
//! browser's tabs serve every worker.
//!
//! ```no_run
//! use clone_detect::acquire::crawl::CrawlConfig;
//! use clone_detect::acquire::screenshot::ScreenshotConfig;
//! use clone_detect::watch::live::LiveAcquirer;
//!
//! let mut acquirer = LiveAcquirer::new(CrawlConfig::default())?;
//! acquirer.launch_browser(ScreenshotConfig::default())?;
//! # Ok::<(), clone_detect::Error>(())
//! ```

use super::{Acquired, Acquirer};
pub use crate::blocking::LiveAcquirer;
use crate::{Result, SiteSnapshot};

impl Acquirer for LiveAcquirer {
    fn probe(&self, url: &str) -> Result<SiteSnapshot> {
        LiveAcquirer::probe(self, url)
    }

    fn acquire(&self, url: &str) -> Result<Acquired> {
        LiveAcquirer::acquire(self, url)
    }

    fn user_agent(&self) -> Option<&str> {
        Some(&self.inner().crawl_config().user_agent)
    }
}
