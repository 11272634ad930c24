//! Screenshots with headless Chromium over the DevTools protocol (feature
//! `screenshot`), using the system browser: never a downloaded one.
//!
//! One browser serves many pages ([`Screenshotter`]). A page is loaded,
//! given a short time to settle, and captured at the viewport size. A page
//! that does not load (refused, DNS failure, timeout) gives no screenshot and
//! a reason: Chromium's own error page would otherwise "match" every other
//! dead site.
//!
//! # The private-network guard
//! Every request the browser makes (pages, subresources, frames, fetches,
//! redirects, WebSockets) goes through a small filtering proxy on loopback
//! (module `acquire::proxy`), which resolves names only through a
//! [`Guard`] and connects only to the addresses it allowed: by default no
//! private or loopback address is reached ([`ScreenshotConfig::refuse_private`]).
//! Chromium resolves nothing itself (`--host-resolver-rules` maps every
//! name to "not found"), speaks no QUIC and sends no WebRTC UDP outside the
//! proxy.

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chromiumoxide::browser::{Browser, BrowserConfig};
use chromiumoxide::cdp::browser_protocol::network::{EventResponseReceived, ResourceType};
use chromiumoxide::cdp::browser_protocol::page::CaptureScreenshotFormat;
use chromiumoxide::handler::viewport::Viewport;
use chromiumoxide::page::ScreenshotParams;
use chromiumoxide::Page;
use futures::StreamExt;
use url::Url;

use super::guard::{Guard, Lookup};
use super::proxy::{Proxy, MARKER};
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
    /// Host names (lower case, no trailing dot) pinned to addresses instead
    /// of asking DNS, as curl's `--resolve` does (the port stays the
    /// URL's), like the crawler's `CrawlConfig::resolve`. Applied by the
    /// browser's proxy, so pinned names load in the browser too. Default
    /// empty.
    pub resolve: Vec<(String, IpAddr)>,
    /// Refuse every request of the browser, for the page and everything it
    /// loads, to an address that is not on the public internet (loopback,
    /// RFC 1918, link-local…; see [`guard`](super::guard)), and URLs naming
    /// one. Default **true**: a hostile page must not reach the network the
    /// tool runs in. Turn off for sites on a private network.
    pub refuse_private: bool,
    /// How names are resolved (by the browser's proxy, never by Chromium).
    /// Default [`Lookup::System`].
    pub lookup: Lookup,
    /// Private addresses allowed although `refuse_private` is on (a mirror
    /// the user runs inside, a test server); every other private address
    /// stays refused. Default empty.
    pub trusted: Vec<IpAddr>,
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
            refuse_private: true,
            lookup: Lookup::System,
            trusted: Vec::new(),
        }
    }
}

impl ScreenshotConfig {
    /// The guard every request of the browser passes.
    fn guard(&self) -> Guard {
        Guard::new(self.refuse_private, &self.resolve, self.lookup.clone())
            .with_trusted(&self.trusted)
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

/// The command-line flags given to Chromium besides chromiumoxide's own,
/// as chromiumoxide takes them: keys without the leading `--`, and values.
fn browser_args(proxy: std::net::SocketAddr) -> Vec<(&'static str, Option<String>)> {
    vec![
        ("disable-gpu", None),
        ("no-first-run", None),
        ("disable-component-update", None),
        ("disable-sync", None),
        ("hide-scrollbars", None),
        // Background requests (variations, updates) are not wanted at all.
        ("disable-background-networking", None),
        // Every request through the guarded proxy, loopback included
        // (Chromium bypasses proxies for loopback unless told not to).
        ("proxy-server", Some(format!("http://{proxy}"))),
        ("proxy-bypass-list", Some("<-loopback>".into())),
        // Chromium resolves no name itself (prefetch, preconnect, anything
        // that would not use the proxy): the proxy resolves through the guard.
        (
            "host-resolver-rules",
            Some(format!("MAP * ~NOTFOUND, EXCLUDE {}", proxy.ip())),
        ),
        // QUIC (HTTP/3, WebTransport) would not go through an HTTP proxy.
        ("disable-quic", None),
        // WebRTC: no UDP outside the proxy, no local candidates. The switch
        // is `webrtc-ip-handling-policy` in current Chromium and was
        // `force-webrtc-ip-handling-policy` in older ones.
        (
            "webrtc-ip-handling-policy",
            Some("disable_non_proxied_udp".into()),
        ),
        (
            "force-webrtc-ip-handling-policy",
            Some("disable_non_proxied_udp".into()),
        ),
    ]
}

/// A running headless browser, reused for many pages.
pub struct Screenshotter {
    runtime: tokio::runtime::Runtime,
    browser: Option<Browser>,
    handler: Option<tokio::task::JoinHandle<()>>,
    proxy: Option<Proxy>,
    guard: Guard,
    pid: Option<u32>,
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
    /// Starts the browser with a fresh profile, behind its guarded proxy.
    ///
    /// # Errors
    /// [`Error::Config`] when a pinned name points to a refused address,
    /// [`Error::Browser`] when no browser is found or it (or its proxy)
    /// does not start.
    pub fn launch(config: ScreenshotConfig) -> Result<Self> {
        let guard = config.guard();
        guard.check_pins().map_err(Error::Config)?;
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
        let proxy = runtime
            .block_on(Proxy::start(guard.clone(), config.timeout))
            .map_err(|e| Error::Browser(format!("cannot start the browser's proxy: {e}")))?;
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
            .request_timeout(config.timeout);
        for (key, value) in browser_args(proxy.addr()) {
            builder = match value {
                // chromiumoxide prints `--{key}` and `--{key}={value}`
                // (its `Arg` type is private: a `&str` is a key, a pair a
                // key and a value).
                None => builder.arg(key),
                Some(value) => builder.arg((key, value.as_str())),
            };
        }
        if running_as_root() {
            builder = builder.no_sandbox();
        }
        let browser_config = builder
            .build()
            .map_err(|e| Error::Browser(format!("{}: {e}", chrome.display())))?;
        let (mut browser, mut handler) = runtime
            .block_on(Browser::launch(browser_config))
            .map_err(|e| Error::Browser(format!("{}: {e}", chrome.display())))?;
        let pid = browser
            .get_mut_child()
            .and_then(|child| child.as_mut_inner().id());
        // The DevTools event stream must be polled for anything to happen.
        let handler = runtime.spawn(async move { while handler.next().await.is_some() {} });
        Ok(Self {
            runtime,
            browser: Some(browser),
            handler: Some(handler),
            proxy: Some(proxy),
            guard,
            pid,
            profile,
            config,
        })
    }

    /// The process id of the browser (for tests that read its command
    /// line).
    #[doc(hidden)]
    pub fn browser_pid(&self) -> Option<u32> {
        self.pid
    }

    /// Loads `url` and captures the viewport as PNG.
    ///
    /// # Errors
    /// [`Error::Browser`] naming why: the URL is not http(s) or the guard
    /// refuses it (nothing is requested then), the page did not load (with
    /// Chromium's net error, or the proxy's refusal), timed out, or could
    /// not be captured.
    pub fn capture(&self, url: &str) -> Result<Vec<u8>> {
        let parsed =
            Url::parse(url).map_err(|e| Error::Browser(format!("{url}: not a URL ({e})")))?;
        self.guard.check_url(&parsed).map_err(Error::Browser)?;
        let browser = self.browser.as_ref().expect("browser runs until drop");
        let timeout = self.config.timeout;
        let settle = self.config.settle;
        self.runtime.block_on(async {
            // One deadline for the tab, the load and the capture.
            let deadline = tokio::time::Instant::now() + timeout;
            let page = match tokio::time::timeout_at(deadline, browser.new_page("about:blank"))
                .await
            {
                Ok(Ok(page)) => page,
                Ok(Err(e)) => return Err(Error::Browser(format!("{url}: cannot open a tab: {e}"))),
                Err(_) => {
                    return Err(Error::Browser(format!(
                        "{url}: no tab opened within {timeout:?}"
                    )))
                }
            };
            let result =
                tokio::time::timeout_at(deadline, load_and_capture(&page, url, settle)).await;
            // Closed whatever happened, also on timeout.
            let _ = tokio::time::timeout(Duration::from_secs(5), page.close()).await;
            match result {
                Ok(r) => r.map_err(|why| Error::Browser(format!("{url}: {why}"))),
                Err(_) => Err(Error::Browser(format!(
                    "{url}: no screenshot within {timeout:?}"
                ))),
            }
        })
    }
}

/// Loads `url` in `page`, lets it settle and captures it, unless the page
/// shown is Chromium's error page or a response of the proxy (refused,
/// unreachable).
async fn load_and_capture(page: &Page, url: &str, settle: Duration) -> Result<Vec<u8>, String> {
    // Which proxy answer, if any, the main frame's document was: kept up to
    // date by a task, so events do not pile up while a page loads.
    let main_frame = page.mainframe().await.ok().flatten();
    let mut events = page
        .event_listener::<EventResponseReceived>()
        .await
        .map_err(|e| format!("cannot watch the page's responses: {e}"))?;
    let proxy_answer: Arc<Mutex<Option<String>>> = Arc::default();
    let watcher = {
        let proxy_answer = proxy_answer.clone();
        tokio::spawn(async move {
            while let Some(event) = events.next().await {
                // Without the main frame's id, any document counts (a
                // refused frame then fails the capture: the safe side).
                if event.r#type == ResourceType::Document
                    && (main_frame.is_none() || event.frame_id == main_frame)
                {
                    let answer = proxy_marker(event.response.headers.inner());
                    *proxy_answer.lock().unwrap_or_else(|e| e.into_inner()) = answer;
                }
            }
        })
    };
    let result = async {
        page.goto(url)
            .await
            .map_err(|e| format!("the page did not load: {e}"))?;
        let _ = page.wait_for_navigation().await;
        tokio::time::sleep(settle).await;
        if let Ok(Some(u)) = page.url().await {
            if u.starts_with("chrome-error:") {
                return Err("the page did not load (Chromium shows its error page)".into());
            }
        }
        let answer = proxy_answer
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        if let Some(why) = answer {
            return Err(match why.as_str() {
                "refused" => "the page did not load: its name does not resolve, or to an address \
                     the private-network guard refuses"
                    .into(),
                "unreachable" => "the page did not load: its server cannot be reached".into(),
                _ => "the page did not load: the browser's proxy could not serve it".into(),
            });
        }
        page.screenshot(
            ScreenshotParams::builder()
                .format(CaptureScreenshotFormat::Png)
                .full_page(false)
                .build(),
        )
        .await
        .map_err(|e| format!("capture failed: {e}"))
    }
    .await;
    watcher.abort();
    result
}

/// The value of the proxy's own header in a CDP header object, if present.
fn proxy_marker(headers: &serde_json::Value) -> Option<String> {
    headers.as_object()?.iter().find_map(|(name, value)| {
        name.eq_ignore_ascii_case(MARKER)
            .then(|| value.as_str().unwrap_or_default().to_string())
    })
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
        // After the browser: its last connections may still be open.
        drop(self.proxy.take());
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}
