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

/// A runtime of `threads` worker threads (at least one) for the blocking
/// call named `call`, unless this thread already runs one.
fn runtime_with(call: &str, threads: usize) -> Result<tokio::runtime::Runtime> {
    refuse_inside_runtime(call)?;
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(threads.max(1))
        .enable_all()
        .build()
        .map_err(|e| Error::Runtime(format!("{call}: cannot start the async runtime: {e}")))
}

/// An async value and the runtime its tasks run on, owned together: calls
/// block on that runtime, and the value is dropped inside the runtime's
/// context (its tasks are aborted there) before the runtime shuts down.
#[derive(Debug)]
struct OnRuntime<T> {
    /// `None` only while dropped, or while [`map`](Self::map) runs.
    value: Option<T>,
    /// `None` only while dropped.
    runtime: Option<tokio::runtime::Runtime>,
}

impl<T> OnRuntime<T> {
    /// A runtime for the value that `start` makes on it (`call` names the
    /// blocking call in errors).
    fn start<F>(call: &str, threads: usize, start: impl FnOnce() -> F) -> Result<Self>
    where
        F: std::future::Future<Output = Result<T>>,
    {
        let runtime = runtime_with(call, threads)?;
        let value = runtime.block_on(start())?;
        Ok(Self {
            value: Some(value),
            runtime: Some(runtime),
        })
    }

    fn get(&self) -> &T {
        self.value.as_ref().expect("the value lives until drop")
    }

    /// Replaces the value by what `f` makes of it.
    #[cfg(feature = "crawl")]
    fn map(&mut self, f: impl FnOnce(T) -> T) {
        let value = self.value.take().expect("the value lives until drop");
        self.value = Some(f(value));
    }

    /// Runs `call` (named `what` in errors) on the runtime.
    fn block_on<R>(
        &self,
        what: &str,
        call: impl std::future::Future<Output = Result<R>>,
    ) -> Result<R> {
        refuse_inside_runtime(what)?;
        self.runtime
            .as_ref()
            .expect("the runtime runs until drop")
            .block_on(call)
    }
}

impl<T> Drop for OnRuntime<T> {
    fn drop(&mut self) {
        let Some(runtime) = self.runtime.take() else {
            return;
        };
        // Inside the runtime's context: the value's tasks are aborted there,
        // before the runtime shuts down.
        {
            let _entered = runtime.enter();
            drop(self.value.take());
        }
        // Dropped where blocking is not allowed (moved into an async task),
        // a runtime would panic waiting for its threads: it is let go
        // instead.
        if tokio::runtime::Handle::try_current().is_ok() {
            runtime.shutdown_background();
        }
    }
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
    runtime_with("clone_detect::blocking::crawl", 2)?.block_on(
        crate::acquire::crawl::crawl_with_progress(start, config, progress),
    )
}

/// [`acquire::screenshot::Screenshotter`](crate::acquire::screenshot::Screenshotter),
/// blocking: it owns the runtime its browser's tasks run on (two worker
/// threads, for as long as it lives). Its calls may come from several
/// threads at once.
///
/// ```no_run
/// use clone_detect::acquire::screenshot::ScreenshotConfig;
///
/// let shots = clone_detect::blocking::Screenshotter::launch(ScreenshotConfig::default())?;
/// let png = shots.capture("https://example.org/")?;
/// # let _ = png;
/// # Ok::<(), clone_detect::Error>(())
/// ```
#[cfg(feature = "screenshot")]
#[derive(Debug)]
pub struct Screenshotter(OnRuntime<crate::acquire::screenshot::Screenshotter>);

#[cfg(feature = "screenshot")]
impl Screenshotter {
    /// Starts the browser (see the async
    /// [`launch`](crate::acquire::screenshot::Screenshotter::launch)).
    ///
    /// # Errors
    /// As the async call, and [`Error::Runtime`] inside an async runtime.
    pub fn launch(config: crate::acquire::screenshot::ScreenshotConfig) -> Result<Self> {
        OnRuntime::start("clone_detect::blocking::Screenshotter::launch", 2, || {
            crate::acquire::screenshot::Screenshotter::launch(config)
        })
        .map(Self)
    }

    fn inner(&self) -> &crate::acquire::screenshot::Screenshotter {
        self.0.get()
    }

    /// The async [`capture_page`](crate::acquire::screenshot::Screenshotter::capture_page),
    /// blocking.
    ///
    /// # Errors
    /// As the async call, and [`Error::Runtime`] inside an async runtime.
    pub fn capture_page(&self, url: &str) -> Result<crate::acquire::screenshot::Capture> {
        self.0.block_on(
            "clone_detect::blocking::Screenshotter::capture_page",
            self.inner().capture_page(url),
        )
    }

    /// The async [`capture_only`](crate::acquire::screenshot::Screenshotter::capture_only),
    /// blocking.
    ///
    /// # Errors
    /// As the async call, and [`Error::Runtime`] inside an async runtime.
    pub fn capture_only(
        &self,
        only: std::net::SocketAddr,
        url: &str,
    ) -> Result<crate::acquire::screenshot::Capture> {
        self.0.block_on(
            "clone_detect::blocking::Screenshotter::capture_only",
            self.inner().capture_only(only, url),
        )
    }

    /// The async [`capture`](crate::acquire::screenshot::Screenshotter::capture),
    /// blocking.
    ///
    /// # Errors
    /// As the async call, and [`Error::Runtime`] inside an async runtime.
    pub fn capture(&self, url: &str) -> Result<Vec<u8>> {
        self.0.block_on(
            "clone_detect::blocking::Screenshotter::capture",
            self.inner().capture(url),
        )
    }

    /// For tests: see the async screenshotter's.
    #[doc(hidden)]
    pub fn browser_pid(&self) -> Option<u32> {
        self.inner().browser_pid()
    }

    /// For tests: see the async screenshotter's.
    #[doc(hidden)]
    pub fn browser_folder(&self) -> Option<std::path::PathBuf> {
        self.inner().browser_folder()
    }

    /// For tests: see the async screenshotter's.
    #[doc(hidden)]
    pub fn devtools_addr(&self) -> Option<std::net::SocketAddr> {
        self.inner().devtools_addr()
    }

    /// For tests: see the async screenshotter's.
    ///
    /// # Errors
    /// As the async call.
    #[doc(hidden)]
    pub fn browser_targets(&self) -> Result<crate::acquire::screenshot::BrowserTargets> {
        self.0
            .block_on("browser_targets", self.inner().browser_targets())
    }
}

/// [`acquire::live::LiveAcquirer`](crate::acquire::live::LiveAcquirer),
/// blocking: crawl, then screenshot, on one runtime of its own (two worker
/// threads, for as long as it lives) that its browser's tasks run on too.
/// Its calls may come from several threads at once.
///
/// ```no_run
/// use clone_detect::acquire::crawl::CrawlConfig;
///
/// let live = clone_detect::blocking::LiveAcquirer::new(CrawlConfig::default())?;
/// let site = live.acquire("https://example.org/")?;
/// # let _ = site;
/// # Ok::<(), clone_detect::Error>(())
/// ```
#[cfg(feature = "crawl")]
#[derive(Debug)]
pub struct LiveAcquirer(OnRuntime<crate::acquire::live::LiveAcquirer>);

#[cfg(feature = "crawl")]
impl LiveAcquirer {
    /// Crawls with `crawl`, without screenshots until
    /// [`launch_browser`](Self::launch_browser), on a runtime of two worker
    /// threads.
    ///
    /// # Errors
    /// [`Error::Config`] for an invalid `crawl`; [`Error::Runtime`] inside
    /// an async runtime, or when its runtime cannot start.
    pub fn new(crawl: CrawlConfig) -> Result<Self> {
        Self::for_sites(crawl, 1)
    }

    /// As [`new`](Self::new), for `sites` crawls at once: two worker
    /// threads per site, as many as `sites` separate blocking crawls
    /// would have, so that a site whose pages are slow to parse does not
    /// hold up the others' fetches, or the browser's traffic.
    ///
    /// # Errors
    /// As [`new`](Self::new).
    pub fn for_sites(crawl: CrawlConfig, sites: usize) -> Result<Self> {
        let threads = sites.max(1).saturating_mul(2);
        OnRuntime::start(
            "clone_detect::blocking::LiveAcquirer::new",
            threads,
            || async { crate::acquire::live::LiveAcquirer::new(crawl) },
        )
        .map(Self)
    }

    /// Starts the browser that takes the screenshots, on this acquirer's
    /// runtime. On an error the acquirer goes on without screenshots.
    ///
    /// # Errors
    /// As [`Screenshotter::launch`](crate::acquire::screenshot::Screenshotter::launch),
    /// and [`Error::Runtime`] inside an async runtime.
    #[cfg(feature = "screenshot")]
    pub fn launch_browser(
        &mut self,
        config: crate::acquire::screenshot::ScreenshotConfig,
    ) -> Result<()> {
        let browser = self.0.block_on(
            "clone_detect::blocking::LiveAcquirer::launch_browser",
            crate::acquire::screenshot::Screenshotter::launch(config),
        )?;
        self.0.map(|live| live.with_browser(browser));
        Ok(())
    }

    /// Counts pages and bytes in `progress` (for a caller showing progress).
    #[must_use]
    pub fn with_progress(mut self, progress: CrawlProgress) -> Self {
        self.0.map(|live| live.with_progress(progress));
        self
    }

    /// The async acquirer inside.
    pub fn inner(&self) -> &crate::acquire::live::LiveAcquirer {
        self.0.get()
    }

    /// The async [`probe`](crate::acquire::live::LiveAcquirer::probe),
    /// blocking.
    ///
    /// # Errors
    /// As the async call, and [`Error::Runtime`] inside an async runtime.
    pub fn probe(&self, url: &str) -> Result<SiteSnapshot> {
        self.0.block_on(
            "clone_detect::blocking::LiveAcquirer::probe",
            self.inner().probe(url),
        )
    }

    /// The async [`acquire`](crate::acquire::live::LiveAcquirer::acquire),
    /// blocking.
    ///
    /// # Errors
    /// As the async call, and [`Error::Runtime`] inside an async runtime.
    pub fn acquire(&self, url: &str) -> Result<crate::acquire::Acquired> {
        self.0.block_on(
            "clone_detect::blocking::LiveAcquirer::acquire",
            self.inner().acquire(url),
        )
    }
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
