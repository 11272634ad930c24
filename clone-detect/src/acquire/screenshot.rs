//! Screenshots with headless Chromium over the DevTools protocol (feature
//! `screenshot`), using the system browser: never a downloaded one.
//!
//! One browser serves many pages ([`Screenshotter`]). A page is loaded,
//! given a short time to settle, and captured at the viewport size. A page
//! that does not load (refused, DNS failure, timeout) gives no screenshot and
//! a reason: Chromium's own error page would otherwise "match" every other
//! dead site.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chromiumoxide::browser::{Browser, BrowserConfig};
use chromiumoxide::cdp::browser_protocol::page::CaptureScreenshotFormat;
use chromiumoxide::handler::viewport::Viewport;
use chromiumoxide::page::ScreenshotParams;
use futures::StreamExt;

use crate::{Error, Result};

/// How screenshots are taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScreenshotConfig {
    /// The browser; default: [`find_chromium`].
    pub chrome: Option<PathBuf>,
    /// Viewport width in pixels. Default 1280.
    pub width: u32,
    /// Viewport height in pixels. Default 800.
    pub height: u32,
    /// Time given to the page after load. Default 500 ms.
    pub settle: Duration,
    /// Limit for loading and capturing one page. Default 20 s.
    pub timeout: Duration,
    /// Host names pinned to addresses instead of asking DNS (Chromium's
    /// `--host-resolver-rules`), as [`CrawlConfig::resolve`](super::crawl::CrawlConfig::resolve)
    /// does for the crawler. Default empty.
    pub resolve: Vec<(String, std::net::IpAddr)>,
}

impl Default for ScreenshotConfig {
    fn default() -> Self {
        Self {
            chrome: None,
            width: 1280,
            height: 800,
            settle: Duration::from_millis(500),
            timeout: Duration::from_secs(20),
            resolve: Vec::new(),
        }
    }
}

/// The system Chromium: `$CHROME`, then `/usr/bin/chromium`, then
/// `chromium`, `chromium-browser` or `google-chrome` on `$PATH`.
pub fn find_chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CHROME").map(PathBuf::from) {
        if p.is_file() {
            return Some(p);
        }
    }
    let fixed = Path::new("/usr/bin/chromium");
    if fixed.is_file() {
        return Some(fixed.to_path_buf());
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// Whether this process runs as root (Chromium's sandbox refuses root).
fn running_as_root() -> bool {
    std::fs::read_to_string("/proc/self/status").is_ok_and(|s| {
        s.lines()
            .find(|l| l.starts_with("Uid:"))
            .and_then(|l| l.split_whitespace().nth(2))
            == Some("0")
    })
}

/// A running headless browser, reused for many pages.
pub struct Screenshotter {
    runtime: tokio::runtime::Runtime,
    browser: Option<Browser>,
    handler: Option<tokio::task::JoinHandle<()>>,
    profile: PathBuf,
    config: ScreenshotConfig,
}

impl std::fmt::Debug for Screenshotter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Screenshotter")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl Screenshotter {
    /// Starts the browser with a fresh profile.
    ///
    /// # Errors
    /// [`Error::Browser`] when no browser is found or it does not start.
    pub fn launch(config: ScreenshotConfig) -> Result<Self> {
        let chrome = config
            .chrome
            .clone()
            .or_else(find_chromium)
            .ok_or_else(|| {
                Error::Browser("no Chromium found (set CHROME or install chromium)".into())
            })?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .map_err(|e| Error::Browser(format!("cannot start the async runtime: {e}")))?;
        let profile = std::env::temp_dir().join(format!(
            "clone-detect-chromium-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos())
        ));
        let mut builder = BrowserConfig::builder()
            .chrome_executable(&chrome)
            .user_data_dir(&profile)
            .window_size(config.width, config.height)
            .viewport(Viewport {
                width: config.width,
                height: config.height,
                device_scale_factor: Some(1.0),
                ..Viewport::default()
            })
            .request_timeout(config.timeout)
            .args([
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
            ]);
        if !config.resolve.is_empty() {
            let rules: Vec<String> = config
                .resolve
                .iter()
                .map(|(host, ip)| match ip {
                    std::net::IpAddr::V6(v6) => format!("MAP {host} [{v6}]"),
                    std::net::IpAddr::V4(v4) => format!("MAP {host} {v4}"),
                })
                .collect();
            builder = builder.arg(format!("--host-resolver-rules={}", rules.join(",")));
        }
        if running_as_root() {
            builder = builder.no_sandbox();
        }
        let browser_config = builder
            .build()
            .map_err(|e| Error::Browser(format!("{}: {e}", chrome.display())))?;
        let (browser, mut handler) = runtime
            .block_on(Browser::launch(browser_config))
            .map_err(|e| Error::Browser(format!("{}: {e}", chrome.display())))?;
        // The DevTools event stream must be polled for anything to happen.
        let handler = runtime.spawn(async move { while handler.next().await.is_some() {} });
        Ok(Self {
            runtime,
            browser: Some(browser),
            handler: Some(handler),
            profile,
            config,
        })
    }

    /// Loads `url` and captures the viewport as PNG.
    ///
    /// # Errors
    /// [`Error::Browser`] naming why: the page did not load (with Chromium's
    /// net error), timed out, or could not be captured.
    pub fn capture(&self, url: &str) -> Result<Vec<u8>> {
        let browser = self.browser.as_ref().expect("browser runs until drop");
        let timeout = self.config.timeout;
        let settle = self.config.settle;
        self.runtime.block_on(async {
            let work = async {
                let page = browser
                    .new_page("about:blank")
                    .await
                    .map_err(|e| format!("cannot open a tab: {e}"))?;
                let loaded = page.goto(url).await.map(|_| ());
                let result = match loaded {
                    Err(e) => Err(format!("the page did not load: {e}")),
                    Ok(()) => {
                        let _ = page.wait_for_navigation().await;
                        tokio::time::sleep(settle).await;
                        match page.url().await {
                            Ok(Some(u)) if u.starts_with("chrome-error:") => {
                                Err("the page did not load (Chromium shows its error page)".into())
                            }
                            _ => page
                                .screenshot(
                                    ScreenshotParams::builder()
                                        .format(CaptureScreenshotFormat::Png)
                                        .full_page(false)
                                        .build(),
                                )
                                .await
                                .map_err(|e| format!("capture failed: {e}")),
                        }
                    }
                };
                let _ = page.close().await;
                result
            };
            match tokio::time::timeout(timeout, work).await {
                Ok(r) => r.map_err(|why| Error::Browser(format!("{url}: {why}"))),
                Err(_) => Err(Error::Browser(format!(
                    "{url}: no screenshot within {timeout:?}"
                ))),
            }
        })
    }
}

impl Drop for Screenshotter {
    fn drop(&mut self) {
        if let Some(mut browser) = self.browser.take() {
            self.runtime.block_on(async {
                let _ = browser.close().await;
                let _ = browser.wait().await;
            });
        }
        if let Some(handler) = self.handler.take() {
            handler.abort();
        }
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}
