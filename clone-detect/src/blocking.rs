//! Synchronous calls for callers without an async runtime, in the manner of
//! `reqwest::blocking`: each runs the async call of the same name to its end
//! on a small runtime of its own (two worker threads), started for the call
//! and stopped after it.
//!
//! They refuse to run on a thread that already drives a tokio runtime (an
//! async service, a `#[tokio::main]` function): blocking there would stall
//! that runtime's other tasks, and starting a runtime inside one panics.
//! They return [`Error::Runtime`] instead; await the async call there.
//!
//! ```no_run
//! use clone_detect::acquire::crawl::CrawlConfig;
//!
//! let snapshot = clone_detect::blocking::crawl("https://example.org/", &CrawlConfig::default())?;
//! # let _ = snapshot;
//! # Ok::<(), clone_detect::Error>(())
//! ```

#[cfg(feature = "crawl")]
use crate::acquire::crawl::{CrawlConfig, CrawlProgress};
#[cfg(feature = "crawl")]
use crate::SiteSnapshot;
use crate::{Error, Result};

/// [`Error::Runtime`] when this thread runs an async runtime, where the
/// blocking call named `call` must not run.
pub(crate) fn refuse_inside_runtime(call: &str) -> Result<()> {
    if tokio::runtime::Handle::try_current().is_ok() {
        return Err(Error::Runtime(format!(
            "{call} blocks, and was called inside an async runtime: await the async call instead"
        )));
    }
    Ok(())
}

/// A runtime for one blocking call named `call`, unless this thread already
/// runs one.
#[cfg(feature = "crawl")]
pub(crate) fn runtime_for(call: &str) -> Result<tokio::runtime::Runtime> {
    refuse_inside_runtime(call)?;
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::Runtime(format!("{call}: cannot start the async runtime: {e}")))
}

/// [`acquire::crawl::crawl`](crate::acquire::crawl::crawl), blocking.
///
/// # Errors
/// As the async call, and [`Error::Runtime`] inside an async runtime.
#[cfg(feature = "crawl")]
pub fn crawl(start: &str, config: &CrawlConfig) -> Result<SiteSnapshot> {
    crawl_with_progress(start, config, &CrawlProgress::new())
}

/// [`acquire::crawl::crawl_with_progress`](crate::acquire::crawl::crawl_with_progress),
/// blocking.
///
/// # Errors
/// As the async call, and [`Error::Runtime`] inside an async runtime.
#[cfg(feature = "crawl")]
pub fn crawl_with_progress(
    start: &str,
    config: &CrawlConfig,
    progress: &CrawlProgress,
) -> Result<SiteSnapshot> {
    runtime_for("clone_detect::blocking::crawl")?.block_on(
        crate::acquire::crawl::crawl_with_progress(start, config, progress),
    )
}

#[cfg(all(test, feature = "crawl"))]
mod tests {
    use super::*;

    #[test]
    fn refuses_to_block_inside_a_runtime() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let inside =
            runtime.block_on(async { crawl("http://127.0.0.1:9/", &CrawlConfig::default()) });
        assert!(matches!(inside, Err(Error::Runtime(_))), "{inside:?}");
    }

    #[test]
    fn the_async_crawl_can_be_spawned() {
        fn spawnable<T: std::future::Future + Send + 'static>(_: &T) {}
        let config = CrawlConfig::default();
        let progress = CrawlProgress::new();
        let future = async move {
            crate::acquire::crawl::crawl_with_progress("http://127.0.0.1:9/", &config, &progress)
                .await
        };
        spawnable(&future);
    }
}
