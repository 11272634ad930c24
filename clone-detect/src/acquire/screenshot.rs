//! Screenshots with headless Chromium over the DevTools protocol (feature
//! `screenshot`), using the system browser: never a downloaded one.
//!
//! One browser serves many pages ([`Screenshotter`], async: its tasks run
//! on the caller's tokio runtime; [`crate::blocking::Screenshotter`] for
//! synchronous callers). A page is loaded,
//! given the time its network needs to go quiet (capped: see
//! [`SettleWait`]), and captured at the viewport size, with its DOM as the
//! browser built it and the URL it ended on ([`Capture`]). A page that does
//! not load (refused, DNS failure, timeout) gives no screenshot and a
//! reason: Chromium's own error page would otherwise "match" every other
//! dead site.
//!
//! # Waiting for the page
//! After the load event, the capture waits until no request of the page
//! (its target's `Network.requestWillBeSent`, ended by `loadingFinished` or
//! `loadingFailed`) has been in flight for [`ScreenshotConfig::quiet`],
//! counted from the load at the earliest, and never longer than
//! [`ScreenshotConfig::settle`] after the load: a page that polls the network
//! forever is captured at that cap. What a script fetches after load (data
//! of a single-page app, images it inserts, a meta refresh or `location`
//! change and the page it leads to) is thus in the capture, and a page
//! whose network is quiet at load is captured [`ScreenshotConfig::quiet`]
//! after it. Requests of out-of-process frames and workers are not counted
//! (they are other targets). [`Capture::settled`] says which ended the
//! wait: a quiet network, or the cap.
//!
//! # Opening ahead
//! Opening a fresh browser context's first tab starts a renderer process:
//! most of a quiet page's capture time. With
//! [`ScreenshotConfig::open_ahead`] (the default), each capture opens the
//! next capture's context and tab (at `about:blank`) once its own tab is
//! open, while its page loads; the next capture starts loading at once.
//! The spare never held a page, and each capture still has a context of its
//! own.
//!
//! # The rendered DOM
//! `document.documentElement.outerHTML` is read after the screenshot, in an
//! isolated JavaScript world (the page's scripts cannot replace the
//! functions it calls), and cut in the page to at most
//! [`ScreenshotConfig::max_rendered`] bytes of UTF-8, so a page cannot send
//! an unbounded string. A DOM that cannot be read leaves the screenshot
//! alone ([`Capture::rendered_html`] is `None`).
//!
//! # The private-network guard
//! Every request the browser makes (pages, subresources, frames, fetches,
//! redirects, WebSockets) goes through a small filtering proxy on loopback
//! (module `acquire::proxy`), which resolves names only through a
//! [`Guard`] and connects only to the addresses it allowed: by default no
//! private or loopback address is reached ([`ScreenshotConfig::refuse_private`]).
//! With [`ScreenshotConfig::only_address`], one address and port alone is
//! reached, and no name is looked up (a saved folder rendered from a
//! loopback server, [`super::folder_render`]).
//! Chromium resolves nothing itself (`--host-resolver-rules` maps every
//! name to "not found"), speaks no QUIC and sends no WebRTC UDP outside the
//! proxy.
//!
//! # A hostile page cannot exhaust or escape the browser
//! - **A browser context per capture.** Each page is opened in a fresh
//!   context (`Target.createBrowserContext`: its own cookies, storage and
//!   cache, and the guarded proxy), which is disposed whatever happens:
//!   success, error or timeout. Disposing closes the page, its popups and
//!   workers without running their unload handlers, so the deadline
//!   ([`ScreenshotConfig::timeout`]) is enforced by closing, not just by
//!   dropping a future while the page keeps running.
//! - **Popups.** Chromium's popup blocker is on (chromiumoxide's default
//!   `--disable-popup-blocking` is not passed), and any other top-level
//!   target that appears in the capture's context anyway is closed as soon
//!   as it is announced (`Target.targetCreated`).
//! - **Dialogs** (`alert`, `confirm`, `prompt`) are dismissed as they open;
//!   a `beforeunload` prompt is accepted (the page may go). **Downloads**
//!   are denied (`Browser.setDownloadBehavior`), in every context.
//! - **Closing.** A browser is closed by killing its process group (its
//!   profile is thrown away, so nothing is lost), which needs no runtime:
//!   dropping the screenshotter anywhere ends its browser at once.
//! - **Restarts.** The browser is restarted after
//!   [`ScreenshotConfig::restart_after`] captures, and before the next
//!   capture when it is unhealthy: its process is gone, its DevTools
//!   connection failed, or a context could not be created or disposed. A
//!   folder's capture ([`Screenshotter::capture_only`]) whose browser died
//!   under it, killed by a sibling's page or from outside, is taken once
//!   more in the new browser.
//! - **No browser outlives the tool.** Chromium is started through a small
//!   `/bin/sh` script in its own temporary folder, which puts it in a
//!   session and process group of its own (`setsid`) and leaves a watchdog
//!   that kills that group, and removes the folder, as soon as either this
//!   process or the browser is gone, including after a `SIGKILL` that gives
//!   this process no chance to clean up (polled every half second). The
//!   browser's `HOME` and (unless the system's temporary directory has a
//!   path too long for Chromium's sockets) `TMPDIR` are in that folder too,
//!   so what it writes goes with it. Linux only (`/proc`, `setsid` of
//!   util-linux).
//! - **The sandbox.** Chromium's sandbox does not run as root. Launching as
//!   root is refused unless [`ScreenshotConfig::no_sandbox`] says to run
//!   without it (the CLI's `--no-sandbox`): it is never turned off
//!   silently.
//!
//! - **DevTools over a pipe.** Chromium serves DevTools on its descriptors
//!   3 and 4 (`--remote-debugging-pipe`), not on a TCP port any local user
//!   could drive. chromiumoxide reaches it through a relay on loopback
//!   that accepts one WebSocket, on a path with 128 random bits, and then
//!   stops listening (module `acquire::devtools`).

use std::collections::HashSet;
use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chromiumoxide::browser::Browser;
use chromiumoxide::cdp::browser_protocol::browser::{
    BrowserContextId, SetDownloadBehaviorBehavior, SetDownloadBehaviorParams,
};
use chromiumoxide::cdp::browser_protocol::network::{
    EventLoadingFailed, EventLoadingFinished, EventRequestWillBeSent, EventResponseReceived,
    RequestId, ResourceType,
};
use chromiumoxide::cdp::browser_protocol::page::{
    CaptureScreenshotFormat, CreateIsolatedWorldParams, DialogType, EventJavascriptDialogOpening,
    EventLoadEventFired, HandleJavaScriptDialogParams,
};
use chromiumoxide::cdp::browser_protocol::target::{
    CloseTargetParams, CreateBrowserContextParams, CreateTargetParams, EventTargetCreated,
    GetBrowserContextsParams, GetTargetsParams, TargetId,
};
use chromiumoxide::cdp::js_protocol::runtime::EvaluateParams;
use chromiumoxide::handler::viewport::Viewport;
use chromiumoxide::handler::HandlerConfig;
use chromiumoxide::listeners::EventStream;
use chromiumoxide::page::ScreenshotParams;
use chromiumoxide::Page;
use futures::StreamExt;
use url::Url;

use super::devtools::{Bridge, Fifos};
use super::guard::{Guard, Lookup};
use super::proxy::{Proxy, MARKER};
use crate::snapshot::{Page as SnapshotPage, SiteSnapshot};
use crate::{Error, Result};

/// Time given to closing a browser context, a target or the browser.
const CLEANUP: Duration = Duration::from_secs(5);
/// Time given to a new browser to answer its first command.
const LAUNCH: Duration = Duration::from_secs(20);
/// Longest DevTools message taken from the browser: the rendered DOM of at
/// most `max_rendered` bytes escaped as JSON (at most six bytes a byte:
/// `\u0000`), or a screenshot in base64, with 16 MiB to spare.
fn max_devtools_message(max_rendered: usize) -> usize {
    max_rendered.saturating_mul(6).saturating_add(16 << 20)
}

/// How screenshots are taken. Reads from and writes to configuration files
/// with serde, as [`CrawlConfig`](super::crawl::CrawlConfig) does.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScreenshotConfig {
    /// The browser; default: [`find_chromium`].
    pub chrome: Option<PathBuf>,
    /// Viewport width in pixels. Default 1280.
    pub width: u32,
    /// Viewport height in pixels. Default 800.
    pub height: u32,
    /// How the capture waits after the page's load event. Default
    /// [`SettleWait::NetworkQuiet`].
    pub wait: SettleWait,
    /// The longest wait after load ([`SettleWait::NetworkQuiet`]): a page
    /// whose network is still busy then is captured as it is. With
    /// [`SettleWait::Fixed`], the pause itself. Default 2 s: four times the
    /// fixed pause the tool used before, room for a script's data and the
    /// images it inserts, while a page that never stops requesting costs
    /// 2 s, not the whole [`timeout`](Self::timeout).
    #[serde(with = "crate::config_serde")]
    pub settle: Duration,
    /// How long no request of the page may have been in flight before it
    /// is captured ([`SettleWait::NetworkQuiet`]); counted from the load
    /// event at the earliest. Default 100 ms: long enough to bridge the gap
    /// between a response and the requests its script or a meta refresh
    /// makes next (a few milliseconds on loopback), short enough that a quiet
    /// page costs a fifth of the former fixed 500 ms; on the corpus, the
    /// screenshots' pHashes are those of the fixed pause (`clone-detect-bench
    /// crawl`).
    #[serde(with = "crate::config_serde")]
    pub quiet: Duration,
    /// Longest rendered DOM kept ([`Capture::rendered_html`]), in bytes of
    /// UTF-8; a longer one is cut (at a character boundary) in the page,
    /// before it is sent, and marked [`Capture::rendered_cut`]. Default
    /// 8 MiB.
    pub max_rendered: usize,
    /// Limit for loading and capturing one page. Default 20 s. When it
    /// passes, the page's browser context is disposed (up to 5 s more).
    #[serde(with = "crate::config_serde")]
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
    #[serde(skip)]
    pub lookup: Lookup,
    /// Private addresses allowed although `refuse_private` is on (a mirror
    /// the user runs inside, a test server); every other private address
    /// stays refused. Default empty.
    pub trusted: Vec<IpAddr>,
    /// Reach this address (IP and port) alone: the browser's requests to
    /// any other target, public or private, are refused, host names are not
    /// looked up, and this one is allowed though it is private; it overrides
    /// `refuse_private`, `resolve` and `trusted` (see
    /// [`Guard::with_only`](super::guard::Guard::with_only)). For a page
    /// that must not leave its own origin: a saved folder rendered from a
    /// loopback server ([`super::folder_render`]). Default `None`.
    pub only_address: Option<SocketAddr>,
    /// Captures after which the browser is replaced by a fresh one (what a
    /// page leaked in the browser process goes with it); 0 never restarts it
    /// for the count (an unhealthy browser is still replaced). Default 50.
    pub restart_after: usize,
    /// Run Chromium without its sandbox. Chromium's sandbox does not run as
    /// root, so launching as root fails unless this is set: a hostile page
    /// that exploits the renderer then has the tool's rights. Default
    /// false.
    pub no_sandbox: bool,
    /// Open the next capture's browser context and tab (at `about:blank`)
    /// while a capture runs, so that the next capture starts loading at
    /// once: opening a fresh context's first tab starts a renderer process,
    /// most of a quiet page's capture time. The spare holds one idle
    /// renderer; it never held a page, and each capture still gets a
    /// context of its own. Default true.
    pub open_ahead: bool,
}

impl Default for ScreenshotConfig {
    fn default() -> Self {
        Self {
            chrome: None,
            width: 1280,
            height: 800,
            wait: SettleWait::NetworkQuiet,
            settle: Duration::from_secs(2),
            quiet: Duration::from_millis(100),
            max_rendered: 8 << 20,
            timeout: Duration::from_secs(20),
            resolve: Vec::new(),
            refuse_private: true,
            lookup: Lookup::System,
            trusted: Vec::new(),
            only_address: None,
            restart_after: 50,
            no_sandbox: false,
            open_ahead: true,
        }
    }
}

/// What a capture waits for between the page's load event and the
/// screenshot.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SettleWait {
    /// Until the page's network has been quiet for
    /// [`ScreenshotConfig::quiet`], at most [`ScreenshotConfig::settle`]
    /// (see the [module documentation](self#waiting-for-the-page)).
    #[default]
    NetworkQuiet,
    /// [`ScreenshotConfig::settle`], whatever the page does: what the tool
    /// did before it watched the network, kept for comparisons.
    Fixed,
}

/// Why a capture stopped waiting after the page's load event.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Settled {
    /// The page's network was quiet for [`ScreenshotConfig::quiet`]
    /// ([`SettleWait::NetworkQuiet`]).
    #[default]
    Quiet,
    /// The network never went quiet: captured at [`ScreenshotConfig::settle`]
    /// after load ([`SettleWait::NetworkQuiet`]).
    Cap,
    /// The fixed pause ended ([`SettleWait::Fixed`]).
    Pause,
}

/// What one capture took from the browser.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Capture {
    /// The viewport as PNG.
    pub png: Vec<u8>,
    /// The page's DOM when it was captured
    /// (`document.documentElement.outerHTML`: no doctype), at most
    /// [`ScreenshotConfig::max_rendered`] bytes; `None` when it could not be
    /// read (or the document has no root element).
    pub rendered_html: Option<String>,
    /// Whether [`rendered_html`](Self::rendered_html) was cut at
    /// [`ScreenshotConfig::max_rendered`].
    pub rendered_cut: bool,
    /// The URL the page ended on, after any redirect, meta refresh or
    /// script navigation; `None` when the browser did not say.
    pub final_url: Option<String>,
    /// Why the capture stopped waiting after load.
    pub settled: Settled,
    /// Whether the page's load event was seen; `false` when the page was
    /// captured after half of [`ScreenshotConfig::timeout`] with its
    /// document in but its load not over (a request that never ends).
    pub loaded: bool,
}

impl Capture {
    /// Puts the capture of `target` (the snapshot's root page) into
    /// `snapshot`: the PNG as its screenshot, the DOM after load as its
    /// rendered root page (under the URL the browser ended on), a cut DOM
    /// said in its warnings.
    pub fn add_to(self, snapshot: &mut SiteSnapshot, target: &str) {
        snapshot.screenshot = Some(self.png);
        if let Some(html) = self.rendered_html {
            let url = self.final_url.unwrap_or_else(|| target.to_string());
            if self.rendered_cut {
                snapshot.warnings.push(format!(
                    "{url}: the page's DOM after load was longer than the bound; the rest was not read"
                ));
            }
            snapshot.rendered = Some(SnapshotPage {
                url,
                status: 200,
                headers: Vec::new(),
                body: html.into_bytes(),
            });
        }
    }
}

/// An address no proxy reaches (port 0 takes no connection): the
/// [`ScreenshotConfig::only_address`] of a browser whose captures each go
/// through a proxy of their own ([`Screenshotter::capture_only`]), so that
/// its own proxy serves nothing.
pub const NOWHERE: SocketAddr =
    SocketAddr::new(std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST), 0);

impl ScreenshotConfig {
    /// The guard every request of the browser passes.
    fn guard(&self) -> Guard {
        let guard = Guard::new(self.refuse_private, &self.resolve, self.lookup.clone())
            .with_trusted(&self.trusted);
        match self.only_address {
            Some(addr) => guard.with_only(addr),
            None => guard,
        }
    }
}

/// The system Chromium: `$CHROME`, then `/usr/bin/chromium`, then what
/// chromiumoxide's detection finds (Chrome and Chromium under their usual
/// names on `$PATH`, and the usual install paths where it knows them;
/// never a download), then `chromium`, `chromium-browser` or
/// `google-chrome` on `$PATH`.
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
    let options = chromiumoxide::detection::DetectionOptions {
        msedge: false,
        unstable: false,
    };
    chromiumoxide::detection::default_executable(options)
        .ok()
        .filter(|p| p.is_file())
        .or_else(|| on_path(&["chromium", "chromium-browser", "google-chrome"]))
}

/// The first of `names` found in a directory of `$PATH`.
fn on_path(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in names {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// util-linux's `setsid`, which starts the browser in a session and
/// process group of its own.
fn find_setsid() -> Option<PathBuf> {
    ["/usr/bin/setsid", "/bin/setsid"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
        .or_else(|| on_path(&["setsid"]))
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

/// Whether process `pid` runs (exists and is not a zombie).
fn process_alive(pid: u32) -> bool {
    std::fs::read(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        // The state follows the command name, which is in parentheses and
        // may itself hold any byte (not only UTF-8).
        let state = stat.iter().rposition(|&b| b == b')').and_then(|end| {
            stat[end + 1..]
                .split(u8::is_ascii_whitespace)
                .find(|field| !field.is_empty())
        });
        !matches!(state, None | Some(b"Z" | b"X" | b"x"))
    })
}

/// The command-line flags given to Chromium, as chromiumoxide takes them:
/// keys without the leading `--`, and values. chromiumoxide's own defaults
/// are not used (`disable_default_args`): they turn the popup blocker and
/// IPC flooding protection off, run the network service inside the browser
/// process and enable the Idle Detection API. The rest of them is here.
fn browser_args(proxy: SocketAddr) -> Vec<(&'static str, Option<String>)> {
    vec![
        // chromiumoxide's defaults kept (puppeteer's list).
        ("disable-background-networking", None),
        ("disable-background-timer-throttling", None),
        ("disable-backgrounding-occluded-windows", None),
        ("disable-breakpad", None),
        ("disable-client-side-phishing-detection", None),
        ("disable-component-extensions-with-background-pages", None),
        ("disable-default-apps", None),
        ("disable-dev-shm-usage", None),
        ("disable-features", Some("TranslateUI".into())),
        ("disable-hang-monitor", None),
        ("disable-prompt-on-repost", None),
        ("disable-renderer-backgrounding", None),
        ("disable-sync", None),
        ("force-color-profile", Some("srgb".into())),
        ("metrics-recording-only", None),
        ("no-first-run", None),
        ("enable-automation", None),
        ("password-store", Some("basic".into())),
        ("use-mock-keychain", None),
        ("lang", Some("en_US".into())),
        // Ours.
        ("disable-gpu", None),
        // No crash handler process (Debian's build starts one, in a process
        // group of its own).
        ("disable-crash-reporter", None),
        ("disable-component-update", None),
        ("hide-scrollbars", None),
        // Permission prompts (notifications, camera…) answered "no".
        ("deny-permission-prompts", None),
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

/// Chromium's whole command line after the executable: [`browser_args`],
/// the DevTools pipe, the profile, the window, headless mode and, when
/// configured, no sandbox.
fn launch_args(config: &ScreenshotConfig, profile: &Path, proxy: SocketAddr) -> Vec<String> {
    let mut args: Vec<String> = browser_args(proxy)
        .into_iter()
        .map(|(key, value)| match value {
            None => format!("--{key}"),
            Some(value) => format!("--{key}={value}"),
        })
        .collect();
    args.extend([
        "--remote-debugging-pipe".to_string(),
        format!("--user-data-dir={}", profile.display()),
        format!("--window-size={},{}", config.width, config.height),
        "--disable-extensions".to_string(),
        "--headless".to_string(),
        "--mute-audio".to_string(),
    ]);
    if config.no_sandbox {
        args.extend(["--no-sandbox".into(), "--disable-setuid-sandbox".into()]);
    }
    args
}

/// Spawns `command`, whose program was just written: while another thread
/// of this process forks, the child holds the script's write descriptor
/// until it execs, and executing the script then fails with "text file
/// busy" (`ETXTBSY`). That lasts microseconds, so it is tried again.
fn spawn_fresh_script(command: &mut std::process::Command) -> std::io::Result<std::process::Child> {
    const ETXTBSY: i32 = 26;
    let mut attempts = 0;
    loop {
        match command.spawn() {
            Err(e) if e.raw_os_error() == Some(ETXTBSY) && attempts < 100 => {
                attempts += 1;
                std::thread::sleep(Duration::from_millis(10));
            }
            result => return result,
        }
    }
}

/// `why`, after killing and reaping a browser that could not be used.
fn stopped(child: &mut std::process::Child, why: String) -> String {
    let why = match child.try_wait() {
        Ok(Some(status)) => format!("{why} (the browser exited: {status})"),
        _ => why,
    };
    end_browser(child);
    why
}

/// Kills the browser's process group (it leads one: `setsid`) while its
/// pid is still unreaped, then the process, and reaps it. Quick after
/// `SIGKILL`; needs no runtime.
fn end_browser(child: &mut std::process::Child) {
    if matches!(child.try_wait(), Ok(None)) {
        if let Some(group) = i32::try_from(child.id())
            .ok()
            .and_then(rustix::process::Pid::from_raw)
        {
            let _ = rustix::process::kill_process_group(group, rustix::process::Signal::KILL);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// A browser process not yet handed to a [`Running`]: ended when dropped,
/// so that a start that fails or is cancelled (its future dropped) leaves
/// no process behind.
struct Spawned(Option<std::process::Child>);

impl Spawned {
    fn get(&mut self) -> &mut std::process::Child {
        self.0.as_mut().expect("spawned until taken")
    }

    fn take(&mut self) -> std::process::Child {
        self.0.take().expect("spawned until taken")
    }
}

impl Drop for Spawned {
    fn drop(&mut self) {
        if let Some(child) = self.0.as_mut() {
            end_browser(child);
        }
    }
}

/// A browser's folder, removed when dropped unless [`kept`](Self::kept).
struct FolderGuard(Option<PathBuf>);

impl FolderGuard {
    fn kept(mut self) {
        self.0 = None;
    }
}

impl Drop for FolderGuard {
    fn drop(&mut self) {
        if let Some(dir) = self.0.take() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

/// `s` quoted for `/bin/sh`.
fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// The watchdog: `$1` is this process, `$2` the browser (the launch script,
/// which becomes Chromium), `$CLONE_DETECT_DIR` the browser's folder. It
/// waits while both run (the start time in `/proc/PID/stat` tells a reused
/// pid apart), then kills the browser's process group and any process whose
/// command line names the folder (a helper that left the group, such as
/// Chromium's crash handler), and removes the folder. Signals that would
/// reach it through this process's group are ignored; its own command line
/// does not name the folder.
const WATCHDOG: &str = r#"trap '' HUP INT QUIT TERM PIPE
started() {
  { read -r s < "/proc/$1/stat"; } 2>/dev/null || return 1
  s=${s##*) }
  set -f
  set -- $s
  set +f
  case $1 in Z|X|x) return 1 ;; esac
  t=${20}
}
parent=$1 browser=$2 p= b=
started "$parent" && p=$t
started "$browser" && b=$t
while [ -n "$p" ] && [ -n "$b" ] && started "$parent" && [ "$t" = "$p" ] \
    && started "$browser" && [ "$t" = "$b" ]; do
  sleep 0.5
done
kill -s KILL -- "-$browser" 2>/dev/null
# A browser killed before it made its group, or a child that left it.
if [ -n "$b" ] && started "$browser" && [ "$t" = "$b" ]; then kill -s KILL "$browser"; fi
sleep 0.2
kill -s KILL -- "-$browser" 2>/dev/null
for f in $(grep -alF -- "$CLONE_DETECT_DIR/" /proc/[0-9]*/cmdline 2>/dev/null); do
  f=${f#/proc/}
  [ "${f%/cmdline}" != "$$" ] && kill -s KILL "${f%/cmdline}" 2>/dev/null
done
rm -rf -- "$CLONE_DETECT_DIR"
"#;

/// The launch script: starts the watchdog, then becomes Chromium (same
/// pid) in a session and process group of its own, with the DevTools FIFOs
/// as its descriptors 3 (commands) and 4 (replies and events).
fn launch_script(dir: &Path, setsid: &Path, chrome: &Path, fifos: &Fifos) -> String {
    format!(
        "#!/bin/sh\n\
         # Written by clone-detect (pid {parent}) for one browser; removed with\n\
         # its folder. Runs Chromium in a process group of its own, and a watchdog\n\
         # that kills that group and removes the folder when clone-detect or\n\
         # Chromium is gone.\n\
         CLONE_DETECT_DIR={dir} /bin/sh -c {watchdog} clone-detect-watchdog {parent} $$ \
         </dev/null >/dev/null 2>&1 &\n\
         exec {setsid} {chrome} \"$@\" 3<{commands} 4>{events}\n",
        parent = std::process::id(),
        commands = shell_quote(&fifos.commands.to_string_lossy()),
        events = shell_quote(&fifos.events.to_string_lossy()),
        dir = shell_quote(&dir.to_string_lossy()),
        watchdog = shell_quote(WATCHDOG),
        setsid = shell_quote(&setsid.to_string_lossy()),
        chrome = shell_quote(&chrome.to_string_lossy()),
    )
}

/// Longest `TMPDIR` given to Chromium: it makes Unix sockets in there
/// (`.org.chromium.Chromium.XXXXXX/SingletonSocket`, 46 more bytes), whose
/// paths must fit in 108 bytes, and crashes (`SIGTRAP`) when they do not.
const MAX_TMPDIR: usize = 60;

/// Creates a new folder for one browser, readable by this user only:
/// `cd-chromium-PID-N` (N from the clock) in the temporary directory, with
/// `profile`, `home` and `t` (its `TMPDIR`) inside. Short: see
/// [`MAX_TMPDIR`].
fn browser_folder() -> std::io::Result<PathBuf> {
    use std::os::unix::fs::DirBuilderExt;
    let mut attempt = 0u32;
    loop {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
            + u128::from(attempt);
        let dir = std::env::temp_dir().join(format!(
            "cd-chromium-{}-{:x}",
            std::process::id(),
            // Nanoseconds within about 18 hours: unique enough with the pid
            // and the attempts below.
            nanos % (1 << 46)
        ));
        // Fails when the name exists: a folder someone else prepared is
        // never used.
        match std::fs::DirBuilder::new().mode(0o700).create(&dir) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 100 => {
                attempt += 1;
                continue;
            }
            Err(e) => return Err(e),
        }
        for sub in ["profile", "home", "t"] {
            std::fs::DirBuilder::new()
                .mode(0o700)
                .create(dir.join(sub))?;
        }
        return Ok(dir);
    }
}

/// Writes the executable launch script into `dir`.
fn write_launch_script(
    dir: &Path,
    setsid: &Path,
    chrome: &Path,
    fifos: &Fifos,
) -> std::io::Result<PathBuf> {
    use std::os::unix::fs::OpenOptionsExt;
    let path = dir.join("launch.sh");
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o700)
        .open(&path)?;
    file.write_all(launch_script(dir, setsid, chrome, fifos).as_bytes())?;
    Ok(path)
}

/// One running browser. Closed, with its folder removed, when dropped.
struct Running {
    browser: Option<Browser>,
    handler: tokio::task::JoinHandle<()>,
    /// The launch script's process, which becomes Chromium.
    child: Mutex<std::process::Child>,
    /// The child's pid (Chromium's), kept to check on it without the lock.
    pid: u32,
    /// The DevTools relay (ends when dropped).
    bridge: Option<Bridge>,
    dir: PathBuf,
    /// Which browser of this screenshotter it is (1, 2, ...): a spare tab
    /// is only used in the browser it was opened in.
    generation: u64,
    /// Captures started in this browser.
    captures: AtomicUsize,
    /// Set when the DevTools connection failed, or a capture left the
    /// browser in doubt.
    failed: Arc<AtomicBool>,
    /// The closed proxies of captures that left a context in doubt
    /// ([`Screenshotter::capture_only`]): their ports stay bound until the
    /// browser is gone (dropped after it).
    parked: Mutex<Vec<Proxy>>,
}

impl Running {
    fn browser(&self) -> &Browser {
        self.browser.as_ref().expect("the browser runs until drop")
    }

    /// Whether the browser can take the next capture.
    fn healthy(&self) -> bool {
        !self.failed.load(Ordering::SeqCst) && self.alive()
    }

    /// Whether the browser's process runs and its DevTools connection
    /// holds (a capture may have marked it failed all the same).
    fn alive(&self) -> bool {
        !self.handler.is_finished() && process_alive(self.pid)
    }
}

impl Drop for Running {
    /// Kills the browser's process group (Chromium and its renderers; its
    /// profile is thrown away, so nothing is lost by not closing it
    /// politely), reaps it and removes its folder. Synchronous and quick: it
    /// needs no runtime, whichever thread drops the last handle.
    fn drop(&mut self) {
        self.handler.abort();
        drop(self.browser.take());
        drop(self.bridge.take());
        end_browser(self.child.get_mut().unwrap_or_else(|e| e.into_inner()));
        // The watchdog kills what is left of the browser's process group and
        // removes the folder too; this is for when it cannot.
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A running headless browser, reused for many pages and restarted now and
/// then (see the [module documentation](self)).
pub struct Screenshotter {
    current: Mutex<Option<Arc<Running>>>,
    /// Held while a browser starts: one start at a time.
    starting: tokio::sync::Mutex<()>,
    /// Browsers started so far.
    generations: std::sync::atomic::AtomicU64,
    /// The next capture's context and tab, opened ahead, with the
    /// generation of the browser they are in.
    spare: Mutex<Option<Spare>>,
    proxy: Option<Proxy>,
    guard: Guard,
    chrome: PathBuf,
    setsid: PathBuf,
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
    /// Its tasks (the proxy, the DevTools relay and connection) run on the
    /// caller's tokio runtime, which needs its I/O and time drivers;
    /// synchronous callers use [`crate::blocking::Screenshotter`].
    ///
    /// # Errors
    /// [`Error::Config`] when a pinned name points to a refused address,
    /// [`Error::Browser`] when running as root without
    /// [`ScreenshotConfig::no_sandbox`], when no browser (or `setsid`) is
    /// found, or when it (or its proxy) does not start.
    pub async fn launch(config: ScreenshotConfig) -> Result<Self> {
        let guard = config.guard();
        guard.check_pins().map_err(Error::Config)?;
        if running_as_root() && !config.no_sandbox {
            return Err(Error::Browser(
                "Chromium's sandbox does not run as root: run as another user, or pass \
                 --no-sandbox (ScreenshotConfig::no_sandbox) to browse without it"
                    .into(),
            ));
        }
        let chrome = config
            .chrome
            .clone()
            .or_else(find_chromium)
            .ok_or_else(|| {
                Error::Browser("no Chromium found (set CHROME or install chromium)".into())
            })?;
        // The launch script runs from another folder.
        let chrome = std::path::absolute(&chrome).unwrap_or(chrome);
        let setsid = find_setsid().ok_or_else(|| {
            Error::Browser("no setsid found (install util-linux): it runs the browser".into())
        })?;
        let proxy = Proxy::start(guard.clone(), config.timeout)
            .await
            .map_err(|e| Error::Browser(format!("cannot start the browser's proxy: {e}")))?;
        let shots = Self {
            current: Mutex::new(None),
            starting: tokio::sync::Mutex::new(()),
            generations: std::sync::atomic::AtomicU64::new(0),
            spare: Mutex::new(None),
            proxy: Some(proxy),
            guard,
            chrome,
            setsid,
            config,
        };
        let running = shots.start_browser().await?;
        *shots.lock() = Some(Arc::new(running));
        Ok(shots)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Arc<Running>>> {
        self.current.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn proxy_addr(&self) -> SocketAddr {
        self.proxy
            .as_ref()
            .expect("the proxy runs until drop")
            .addr()
    }

    /// Starts one browser in a new folder.
    async fn start_browser(&self) -> Result<Running> {
        let fail = |why: String| Error::Browser(format!("{}: {why}", self.chrome.display()));
        let dir = browser_folder()
            .map_err(|e| fail(format!("cannot create the browser's temporary folder: {e}")))?;
        // Removed if the start fails or is cancelled.
        let folder = FolderGuard(Some(dir.clone()));
        let running = self.start_browser_in(&dir).await.map_err(fail)?;
        folder.kept();
        Ok(running)
    }

    async fn start_browser_in(&self, dir: &Path) -> std::result::Result<Running, String> {
        let fifos =
            Fifos::create(dir).map_err(|e| format!("cannot create the DevTools pipes: {e}"))?;
        let script = write_launch_script(dir, &self.setsid, &self.chrome, &fifos)
            .map_err(|e| format!("cannot write the launch script: {e}"))?;
        let config = &self.config;
        // Known once the browser is spawned; until then it counts as alive.
        let pid = Arc::new(std::sync::OnceLock::new());
        let bridge = {
            let pid = pid.clone();
            Bridge::start(
                &fifos,
                move || pid.get().is_none_or(|&pid| process_alive(pid)),
                LAUNCH,
                max_devtools_message(config.max_rendered),
            )
            .await
            .map_err(|e| format!("cannot open the DevTools pipes: {e}"))?
        };
        let home = dir.join("home");
        let mut command = std::process::Command::new(&script);
        command
            .args(launch_args(config, &dir.join("profile"), self.proxy_addr()))
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_CACHE_HOME", home.join(".cache"))
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        // Chromium's temporary files in its folder too, unless the path is
        // too long for its sockets (then they go to the usual place).
        let tmp = dir.join("t");
        if tmp.as_os_str().len() <= MAX_TMPDIR {
            command.env("TMPDIR", &tmp);
        }
        let child = spawn_fresh_script(&mut command).map_err(|e| {
            if e.kind() == std::io::ErrorKind::PermissionDenied {
                format!(
                    "cannot start the browser: {e} (is the temporary directory mounted noexec?)"
                )
            } else {
                format!("cannot start the browser: {e}")
            }
        })?;
        let mut child = Spawned(Some(child));
        let _ = pid.set(child.get().id());
        let handler_config = HandlerConfig {
            viewport: Some(Viewport {
                width: config.width,
                height: config.height,
                device_scale_factor: Some(1.0),
                ..Viewport::default()
            }),
            request_timeout: config.timeout,
            ..HandlerConfig::default()
        };
        let connected = tokio::time::timeout(
            LAUNCH,
            Browser::connect_with_config(bridge.url(), handler_config),
        )
        .await;
        let (browser, mut handler) = match connected {
            Ok(Ok(connected)) => connected,
            Ok(Err(e)) => return Err(stopped(child.get(), format!("cannot connect: {e}"))),
            Err(_) => return Err(stopped(child.get(), "cannot connect in time".into())),
        };
        let failed = Arc::new(AtomicBool::new(false));
        // The DevTools event stream must be polled for anything to happen;
        // an error there (the connection failed) makes the browser unhealthy.
        let handler = {
            let failed = failed.clone();
            tokio::spawn(async move {
                while let Some(event) = handler.next().await {
                    if let Err(e) = event {
                        log::debug!("browser: DevTools connection: {e}");
                        failed.store(true, Ordering::SeqCst);
                    }
                }
                failed.store(true, Ordering::SeqCst);
            })
        };
        let pid = child.get().id();
        let running = Running {
            browser: Some(browser),
            handler,
            child: Mutex::new(child.take()),
            pid,
            bridge: Some(bridge),
            dir: dir.to_path_buf(),
            generation: self.generations.fetch_add(1, Ordering::SeqCst) + 1,
            captures: AtomicUsize::new(0),
            failed,
            parked: Mutex::new(Vec::new()),
        };
        // The first command Chromium answers, once started: no downloads in
        // the default context either (each capture's own context denies
        // them too).
        let answered =
            tokio::time::timeout(LAUNCH, running.browser().execute(deny_downloads(None))).await;
        let why = match answered {
            Ok(Ok(_)) => return Ok(running),
            Ok(Err(e)) => format!("cannot deny downloads: {e}"),
            Err(_) => "the browser does not answer".to_string(),
        };
        let why = stopped(
            &mut running.child.lock().unwrap_or_else(|e| e.into_inner()),
            why,
        );
        Err(why)
    }

    /// The spare tab, opened or opening, if it is in browser `generation`
    /// (one opened in a browser since replaced is dropped: its context goes
    /// with that browser).
    fn take_spare(&self, generation: u64) -> Option<SpareTab> {
        let mut spare = self.spare.lock().unwrap_or_else(|e| e.into_inner());
        match spare.take() {
            Some(spare) if spare.generation == generation => Some(spare.tab),
            // Opened in a newer browser (this capture runs in a retired
            // one): left for the next capture.
            Some(newer) if newer.generation > generation => {
                *spare = Some(newer);
                None
            }
            // Opened in a retired browser: its context goes with it.
            Some(older) => {
                older.discard();
                None
            }
            None => None,
        }
    }

    /// Starts opening the next capture's tab in `running`, in a task of its
    /// own, once `after` fires (this capture's tab is open); kept as the
    /// spare. Whoever takes it waits for it if it is still opening.
    fn open_spare(&self, running: &Arc<Running>, after: tokio::sync::oneshot::Receiver<()>) {
        // Never in a retired browser, and never over another spare (whose
        // context would be left open).
        let current = self
            .lock()
            .as_ref()
            .is_some_and(|current| current.generation == running.generation);
        let mut spare = self.spare.lock().unwrap_or_else(|e| e.into_inner());
        if !current || spare.is_some() {
            return;
        }
        let task = {
            let running = running.clone();
            let proxy = self.proxy_addr();
            let config = self.config.clone();
            tokio::spawn(async move {
                // Whether that tab opened or not.
                let _ = after.await;
                let session = Session {
                    browser: running.browser(),
                    proxy,
                    config: &config,
                };
                let deadline = tokio::time::Instant::now() + config.timeout;
                let opened = session.open_tab(deadline).await;
                if let Err((why, healthy)) = &opened {
                    log::debug!("browser: the next tab could not be opened ahead: {why}");
                    if !healthy {
                        running.failed.store(true, Ordering::SeqCst);
                    }
                }
                opened.ok()
            })
        };
        *spare = Some(Spare {
            generation: running.generation,
            tab: SpareTab::Opening(task),
        });
    }

    /// The browser for the next capture: the current one, or a new one when
    /// it took [`ScreenshotConfig::restart_after`] captures or is unhealthy
    /// (the old one closes when its last capture ends).
    async fn browser_for_capture(&self) -> Result<Arc<Running>> {
        let _starting = self.starting.lock().await;
        if let Some(running) = self.lock().as_ref() {
            let limit = self.config.restart_after;
            let worn = limit > 0 && running.captures.load(Ordering::SeqCst) >= limit;
            if !worn && running.healthy() {
                running.captures.fetch_add(1, Ordering::SeqCst);
                return Ok(running.clone());
            }
        }
        // The old browser stays current until the new one runs, and closes
        // when its last capture ends.
        let running = Arc::new(self.start_browser().await?);
        running.captures.fetch_add(1, Ordering::SeqCst);
        let retired = self.lock().replace(running.clone());
        drop(retired);
        Ok(running)
    }

    /// The process id of the current browser (for tests that read its
    /// command line or count restarts).
    #[doc(hidden)]
    pub fn browser_pid(&self) -> Option<u32> {
        self.lock().as_ref().map(|r| r.pid)
    }

    /// The loopback address where the current browser's DevTools relay
    /// listened for its one connection, for tests.
    #[doc(hidden)]
    pub fn devtools_addr(&self) -> Option<SocketAddr> {
        self.lock()
            .as_ref()
            .and_then(|r| r.bridge.as_ref().map(Bridge::addr))
    }

    /// The current browser's temporary folder (profile, `HOME`, `TMPDIR`),
    /// for tests.
    #[doc(hidden)]
    pub fn browser_folder(&self) -> Option<PathBuf> {
        self.lock().as_ref().map(|r| r.dir.clone())
    }

    /// For tests: the current browser's targets and browser contexts.
    ///
    /// # Errors
    /// [`Error::Browser`] when no browser runs or it does not answer.
    #[doc(hidden)]
    pub async fn browser_targets(&self) -> Result<BrowserTargets> {
        let running = self
            .lock()
            .clone()
            .ok_or_else(|| Error::Browser("no browser runs".into()))?;
        let browser = running.browser();
        // The spare's context, once it is open (waited for here).
        let taken = self.take_spare(running.generation);
        let tab = match taken {
            Some(spare) => spare.ready().await,
            None => None,
        };
        let spare = tab.as_ref().map(|tab| tab.context.inner().clone());
        if let Some(tab) = tab {
            let mut slot = self.spare.lock().unwrap_or_else(|e| e.into_inner());
            if slot.is_none() {
                *slot = Some(Spare {
                    generation: running.generation,
                    tab: SpareTab::Ready(tab),
                });
            }
        }
        {
            let ask = async {
                let targets = browser.execute(GetTargetsParams::default()).await?;
                let contexts = browser.execute(GetBrowserContextsParams::default()).await?;
                Ok::<_, chromiumoxide::error::CdpError>((targets, contexts))
            };
            let (targets, contexts) = tokio::time::timeout(CLEANUP, ask)
                .await
                .map_err(|_| Error::Browser("the browser does not answer".into()))?
                .map_err(|e| Error::Browser(e.to_string()))?;
            let in_spare = |t: &chromiumoxide::cdp::browser_protocol::target::TargetInfo| {
                spare.is_some()
                    && t.browser_context_id.as_ref().map(|c| c.inner()) == spare.as_ref()
            };
            let listed = |keep: bool| {
                targets
                    .result
                    .target_infos
                    .iter()
                    .filter(|t| in_spare(t) == keep)
                    .map(|t| (t.r#type.clone(), t.url.clone()))
                    .collect()
            };
            Ok(BrowserTargets {
                targets: listed(false),
                spare: listed(true),
                contexts: contexts
                    .result
                    .browser_context_ids
                    .iter()
                    .map(|c| c.inner().clone())
                    .filter(|c| Some(c) != spare.as_ref())
                    .collect(),
            })
        }
    }

    /// Loads `url` in a new browser context and captures the viewport as
    /// PNG; the context is disposed afterwards, whatever happened. The same
    /// as [`capture_page`](Self::capture_page), without the DOM.
    ///
    /// # Errors
    /// As [`capture_page`](Self::capture_page).
    pub async fn capture(&self, url: &str) -> Result<Vec<u8>> {
        self.capture_page(url).await.map(|capture| capture.png)
    }

    /// Loads `url` in a new browser context, waits for it (see
    /// [`SettleWait`]) and captures the viewport as PNG, the rendered DOM
    /// and the URL the page ended on; the context is disposed afterwards,
    /// whatever happened.
    ///
    /// # Errors
    /// [`Error::Browser`] naming why: the URL is not http(s) or the guard
    /// refuses it (nothing is requested then), the browser could not be
    /// (re)started, the page did not load (with Chromium's net error, or the
    /// proxy's refusal), timed out, or could not be captured. A DOM that
    /// cannot be read is no error ([`Capture::rendered_html`] is `None`).
    pub async fn capture_page(&self, url: &str) -> Result<Capture> {
        let parsed =
            Url::parse(url).map_err(|e| Error::Browser(format!("{url}: not a URL ({e})")))?;
        self.guard.check_url(&parsed).map_err(Error::Browser)?;
        self.capture_through(url, None).await
    }

    /// [`capture_page`](Self::capture_page) through a proxy of its own
    /// whose guard reaches `only` (one address and port) and nothing else,
    /// looking up no name, whatever this browser's guard allows. One
    /// browser so renders many saved folders, each served on a loopback
    /// port of its own ([`super::folder_render`]), and a page of one folder
    /// reaches no other folder's server. The tab opened ahead (which goes
    /// through the browser's own proxy) is not used for it, and none is
    /// opened.
    ///
    /// One browser serves many such captures at once, so a browser that
    /// dies (its process gone or its DevTools connection lost) fails every
    /// capture in flight, not only the one whose page may have killed it:
    /// a capture that fails with its browser gone is taken once more, in a
    /// new browser, through a new proxy. A page that fails on its own (it
    /// does not load, times out, cannot be captured) with its browser alive
    /// is not taken again: an adversary's page costs at most two captures'
    /// time, as it would cost two folders.
    ///
    /// # Errors
    /// As [`capture_page`](Self::capture_page); [`Error::Browser`] too
    /// when the capture's proxy does not start.
    pub async fn capture_only(&self, only: SocketAddr, url: &str) -> Result<Capture> {
        if self.config.only_address != Some(NOWHERE) {
            // Chromium may fall back on the browser's own proxy for a
            // context's requests: it must reach nothing.
            return Err(Error::Browser(
                "capture_only needs a browser whose own proxy reaches nothing \
                 (ScreenshotConfig::only_address = NOWHERE, as folder_browser sets)"
                    .into(),
            ));
        }
        let parsed =
            Url::parse(url).map_err(|e| Error::Browser(format!("{url}: not a URL ({e})")))?;
        let guard = self.guard.clone().with_only(only);
        guard.check_url(&parsed).map_err(Error::Browser)?;
        let mut taken = 0;
        loop {
            let proxy = Proxy::start(guard.clone(), self.config.timeout)
                .await
                .map_err(|e| Error::Browser(format!("cannot start the capture's proxy: {e}")))?;
            taken += 1;
            match self.capture_in_browser(url, Some(proxy)).await {
                Err((why, Lost::Browser)) if taken < CAPTURES_WHEN_THE_BROWSER_DIES => {
                    log::debug!("browser: lost during a capture, taken again: {why}");
                }
                done => return done.map_err(|(why, _)| why),
            }
        }
    }

    /// One capture of `url` in a context whose requests go through `own`,
    /// a proxy of its own, or else through the browser's, with the tab
    /// opened ahead (which goes through the browser's proxy) used and the
    /// next one opened.
    async fn capture_through(&self, url: &str, own: Option<Proxy>) -> Result<Capture> {
        self.capture_in_browser(url, own)
            .await
            .map_err(|(why, _)| why)
    }

    /// [`capture_through`](Self::capture_through), saying with a failure
    /// whether the browser that took the capture was gone at its end.
    async fn capture_in_browser(
        &self,
        url: &str,
        own: Option<Proxy>,
    ) -> std::result::Result<Capture, (Error, Lost)> {
        let ahead = own.is_none();
        let proxy = own.as_ref().map_or_else(|| self.proxy_addr(), Proxy::addr);
        let running = self
            .browser_for_capture()
            .await
            .map_err(|why| (why, Lost::Nothing))?;
        // Unless the capture ends with its context disposed of, its own
        // proxy is closed and parked in the browser, whatever ends it (an
        // error, a timeout, the future dropped).
        let mut parking = Parking {
            proxy: own,
            running: &running,
            disposed: false,
        };
        let session = Session {
            browser: running.browser(),
            proxy,
            config: &self.config,
        };
        let timeout = self.config.timeout;
        // One deadline for the spare, the load and the capture.
        let deadline = tokio::time::Instant::now() + timeout;
        // A capture whose future is dropped half-way leaves its page in the
        // browser: the browser is then replaced (and killed).
        let mut unfinished = Unfinished(Some(&running));
        // A spare slow to open (a busy machine) is given a quarter of the
        // capture's time; then a tab is opened here instead, and the spare,
        // once open, is closed after the capture (aborted half-way, it would
        // leave a context no one disposes of).
        let mut late_spare = None;
        let taken = if ahead {
            self.take_spare(running.generation)
        } else {
            None
        };
        let spare = match taken {
            Some(SpareTab::Ready(tab)) => Some(tab),
            Some(SpareTab::Opening(mut opening)) => {
                match tokio::time::timeout(timeout / 4, &mut opening).await {
                    Ok(opened) => opened.ok().flatten(),
                    Err(_) => {
                        late_spare = Some(opening);
                        None
                    }
                }
            }
            None => None,
        };
        let (tab_ready, tab_opened) = tokio::sync::oneshot::channel();
        if ahead && self.config.open_ahead {
            self.open_spare(&running, tab_opened);
        }
        let (result, mut healthy) = session.run(url, deadline, spare, tab_ready).await;
        if let Some(opening) = late_spare {
            healthy &= session.close_late_spare(opening).await;
        }
        unfinished.0 = None;
        if !healthy {
            running.failed.store(true, Ordering::SeqCst);
        }
        parking.disposed = healthy;
        drop(parking);
        drop(unfinished);
        let lost = if result.is_err() && !running.alive() {
            Lost::Browser
        } else {
            Lost::Nothing
        };
        // The last capture of a retired browser closes it.
        drop(running);
        result.map_err(|why| (Error::Browser(format!("{url}: {why}")), lost))
    }
}

/// How many times [`Screenshotter::capture_only`] takes a capture whose
/// browser dies under it: once more, in a new browser.
const CAPTURES_WHEN_THE_BROWSER_DIES: u32 = 2;

/// What a failed capture lost besides its page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lost {
    /// Nothing: the browser lives on (or did not start).
    Nothing,
    /// The browser: its process is gone or its DevTools connection ended.
    Browser,
}

/// What a browser holds, for tests ([`Screenshotter::browser_targets`]).
#[doc(hidden)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BrowserTargets {
    /// `Target.getTargets`: each target's type and URL, but those of the
    /// spare context.
    pub targets: Vec<(String, String)>,
    /// The targets of the context opened ahead for the next capture
    /// ([`ScreenshotConfig::open_ahead`]).
    pub spare: Vec<(String, String)>,
    /// `Target.getBrowserContexts`: the contexts besides the default one
    /// and the spare.
    pub contexts: Vec<String>,
}

/// `Browser.setDownloadBehavior`: deny, in `context` or the default one.
fn deny_downloads(context: Option<BrowserContextId>) -> SetDownloadBehaviorParams {
    SetDownloadBehaviorParams {
        behavior: SetDownloadBehaviorBehavior::Deny,
        browser_context_id: context,
        download_path: None,
        events_enabled: None,
    }
}

/// One capture in one browser.
struct Session<'a> {
    browser: &'a Browser,
    proxy: SocketAddr,
    config: &'a ScreenshotConfig,
}

/// A browser context with its tab open at `about:blank`, ready for one
/// capture: downloads denied, dialogs dismissed, windows other than the tab
/// watched for (they are closed once the capture runs).
struct Tab {
    context: BrowserContextId,
    page: Page,
    /// Every target the browser announces, from before the context existed
    /// (taken by the capture's janitor).
    created: Option<EventStream<EventTargetCreated>>,
    /// The tab's target id, for the janitor.
    main: TargetId,
    dialogs: tokio::task::JoinHandle<()>,
}

impl Drop for Tab {
    fn drop(&mut self) {
        self.dialogs.abort();
    }
}

/// A capture's own proxy, closed and parked in its browser when dropped
/// unless the capture's context was disposed of.
struct Parking<'a> {
    proxy: Option<Proxy>,
    running: &'a Running,
    disposed: bool,
}

impl Drop for Parking<'_> {
    fn drop(&mut self) {
        if let Some(proxy) = self.proxy.take() {
            if !self.disposed {
                proxy.close();
                let mut parked = self
                    .running
                    .parked
                    .lock()
                    .unwrap_or_else(|e| e.into_inner());
                parked.push(proxy);
            }
        }
    }
}

/// Marks the browser failed when dropped while it holds one (a capture
/// cancelled before its context was disposed of).
struct Unfinished<'a>(Option<&'a Running>);

impl Drop for Unfinished<'_> {
    fn drop(&mut self) {
        if let Some(running) = self.0 {
            running.failed.store(true, Ordering::SeqCst);
        }
    }
}

/// The tab opened ahead for the next capture, in browser `generation`.
struct Spare {
    generation: u64,
    tab: SpareTab,
}

/// A spare tab, still opening (in a task of its own) or open.
enum SpareTab {
    Opening(tokio::task::JoinHandle<Option<Tab>>),
    Ready(Tab),
}

impl SpareTab {
    /// The tab, once open; `None` when it could not be opened.
    async fn ready(self) -> Option<Tab> {
        match self {
            SpareTab::Opening(task) => task.await.ok().flatten(),
            SpareTab::Ready(tab) => Some(tab),
        }
    }
}

impl Spare {
    /// Stops it opening, if it still is (its task holds the browser).
    fn discard(self) {
        if let SpareTab::Opening(task) = &self.tab {
            task.abort();
        }
    }
}

impl Session<'_> {
    /// Waits (at most [`CLEANUP`]) for a spare tab that was too slow to be
    /// used, and disposes of its context; whether that went well (else the
    /// browser may hold the context, and is replaced).
    async fn close_late_spare(&self, mut opening: tokio::task::JoinHandle<Option<Tab>>) -> bool {
        match tokio::time::timeout(CLEANUP, &mut opening).await {
            Ok(Ok(Some(tab))) => {
                let context = tab.context.clone();
                drop(tab);
                matches!(
                    tokio::time::timeout(CLEANUP, self.browser.dispose_browser_context(context))
                        .await,
                    Ok(Ok(()))
                )
            }
            // It did not open: no context of its own is left (its task
            // says so when the browser is unhealthy).
            Ok(_) => true,
            Err(_) => {
                opening.abort();
                false
            }
        }
    }

    /// Opens a new browser context and its tab, by `deadline`. The error
    /// says whether the browser is still healthy (a context that was
    /// created could be disposed).
    async fn open_tab(
        &self,
        deadline: tokio::time::Instant,
    ) -> std::result::Result<Tab, (String, bool)> {
        let late = || "no tab opened in time".to_string();
        // Listening before the context exists: no target of it is missed.
        let created = match tokio::time::timeout_at(
            deadline,
            self.browser.event_listener::<EventTargetCreated>(),
        )
        .await
        {
            Ok(Ok(events)) => events,
            Ok(Err(e)) => return Err((format!("the browser does not answer: {e}"), false)),
            Err(_) => return Err((late(), false)),
        };
        let params = CreateBrowserContextParams {
            // Gone with the DevTools connection too.
            dispose_on_detach: Some(true),
            // Also given on the command line; said again for the context.
            proxy_server: Some(format!("http://{}", self.proxy)),
            proxy_bypass_list: Some("<-loopback>".into()),
            origins_with_universal_network_access: None,
        };
        let context =
            match tokio::time::timeout_at(deadline, self.browser.create_browser_context(params))
                .await
            {
                Ok(Ok(id)) => id,
                Ok(Err(e)) => {
                    return Err((format!("cannot open a browser context: {e}"), false));
                }
                Err(_) => return Err((late(), false)),
            };
        let setup = async {
            self.browser
                .execute(deny_downloads(Some(context.clone())))
                .await
                .map_err(|e| format!("cannot deny downloads: {e}"))?;
            let tab = CreateTargetParams {
                browser_context_id: Some(context.clone()),
                ..CreateTargetParams::new("about:blank")
            };
            let page = self
                .browser
                .new_page(tab)
                .await
                .map_err(|e| format!("cannot open a tab: {e}"))?;
            let dialogs = dismiss_dialogs(&page).await?;
            Ok::<_, String>((page, dialogs))
        };
        let why = match tokio::time::timeout_at(deadline, setup).await {
            Ok(Ok((page, dialogs))) => {
                let main = page.target_id().clone();
                return Ok(Tab {
                    context,
                    page,
                    created: Some(created),
                    main,
                    dialogs,
                });
            }
            Ok(Err(why)) => why,
            Err(_) => late(),
        };
        let disposed = matches!(
            tokio::time::timeout(CLEANUP, self.browser.dispose_browser_context(context)).await,
            Ok(Ok(()))
        );
        Err((why, disposed))
    }

    /// Captures `url` by `deadline` in `spare` or a new browser context (`tab_ready` is
    /// sent once the tab is open, or could not be), and disposes of the
    /// context; also says whether the browser is still healthy (the context
    /// could be created and disposed).
    async fn run(
        &self,
        url: &str,
        deadline: tokio::time::Instant,
        spare: Option<Tab>,
        tab_ready: tokio::sync::oneshot::Sender<()>,
    ) -> (std::result::Result<Capture, String>, bool) {
        let timeout = self.config.timeout;
        let late = || format!("no screenshot within {timeout:?}");
        let tab = match spare {
            Some(tab) => Ok(tab),
            None => self.open_tab(deadline).await,
        };
        let _ = tab_ready.send(());
        let mut tab = match tab {
            Ok(tab) => tab,
            Err((why, healthy)) => return (Err(why), healthy),
        };
        // The screenshot as soon as it is taken: kept when the DOM read
        // that follows it runs out of time.
        let shot = Mutex::new(None);
        let work = load_and_capture(&tab.page, url, self.config, &shot);
        let created = tab.created.take();
        let janitor = close_other_targets(self.browser, &tab.context, created, &tab.main);
        let result = tokio::select! {
            r = tokio::time::timeout_at(deadline, work) => r.unwrap_or_else(|_| {
                let shot = shot.lock().unwrap_or_else(|e| e.into_inner()).take();
                if shot.is_some() {
                    log::debug!("browser: {url}: the DOM was not read within {timeout:?}");
                }
                shot.ok_or_else(late)
            }),
            // Runs until the work is done.
            () = janitor => unreachable!("the janitor never ends"),
        };
        let context = tab.context.clone();
        drop(tab);
        // Whatever happened: closes the page, its popups and workers.
        let disposed = matches!(
            tokio::time::timeout(CLEANUP, self.browser.dispose_browser_context(context)).await,
            Ok(Ok(()))
        );
        (result, disposed)
    }
}

/// Dismisses every JavaScript dialog of `page` as it opens (a
/// `beforeunload` prompt is accepted: the page may go), until aborted.
async fn dismiss_dialogs(page: &Page) -> std::result::Result<tokio::task::JoinHandle<()>, String> {
    let mut dialogs = page
        .event_listener::<EventJavascriptDialogOpening>()
        .await
        .map_err(|e| format!("cannot watch the page's dialogs: {e}"))?;
    let page = page.clone();
    Ok(tokio::spawn(async move {
        while let Some(dialog) = dialogs.next().await {
            let accept = dialog.r#type == DialogType::Beforeunload;
            let _ = tokio::time::timeout(
                CLEANUP,
                page.execute(HandleJavaScriptDialogParams::new(accept)),
            )
            .await;
        }
    }))
}

/// Whether a target of this type is a window of its own (a popup), rather
/// than a part of a page (a frame, a worker), which goes with the page.
fn is_window(kind: &str) -> bool {
    matches!(kind, "page" | "background_page" | "app" | "webview")
}

/// Closes every window opened in `context` other than the captured page
/// (`main`), as it is announced. Never returns.
async fn close_other_targets(
    browser: &Browser,
    context: &BrowserContextId,
    created: Option<EventStream<EventTargetCreated>>,
    main: &TargetId,
) {
    if let Some(mut created) = created {
        while let Some(event) = created.next().await {
            let info = &event.target_info;
            if info.browser_context_id.as_ref() != Some(context)
                || !is_window(&info.r#type)
                || &info.target_id == main
            {
                continue;
            }
            log::debug!(
                "browser: closing a window the page opened ({:?})",
                info.target_id
            );
            let _ = tokio::time::timeout(
                CLEANUP,
                browser.execute(CloseTargetParams::new(info.target_id.clone())),
            )
            .await;
        }
    }
    std::future::pending::<()>().await;
}

/// Loads `url` in `page`, waits for it to settle and captures it (the
/// screenshot also goes to `shot` as soon as it is taken), unless the page
/// shown is Chromium's error page or a response of the proxy (refused,
/// unreachable).
async fn load_and_capture(
    page: &Page,
    url: &str,
    config: &ScreenshotConfig,
    shot: &Mutex<Option<Capture>>,
) -> std::result::Result<Capture, String> {
    // Which proxy answer, if any, the main frame's document was: kept up to
    // date by a task, so events do not pile up while a page loads.
    let main_frame = page.mainframe().await.ok().flatten();
    let mut events = page
        .event_listener::<EventResponseReceived>()
        .await
        .map_err(|e| format!("cannot watch the page's responses: {e}"))?;
    let proxy_answer: Arc<Mutex<Option<String>>> = Arc::default();
    let document_seen = Arc::new(AtomicBool::new(false));
    let watcher = {
        let proxy_answer = proxy_answer.clone();
        let document_seen = document_seen.clone();
        let main_frame = main_frame.clone();
        tokio::spawn(async move {
            while let Some(event) = events.next().await {
                // Without the main frame's id, any document counts (a
                // refused frame then fails the capture: the safe side).
                if event.r#type == ResourceType::Document
                    && (main_frame.is_none() || event.frame_id == main_frame)
                {
                    let answer = proxy_marker(event.response.headers.inner());
                    *proxy_answer.lock().unwrap_or_else(|e| e.into_inner()) = answer;
                    document_seen.store(true, Ordering::Relaxed);
                }
            }
        })
    };
    let (network_task, mut network) = watch_network(page).await?;
    // The page's own load event: chromiumoxide's navigation tracking can
    // miss the end of a load (a page that rewrites its history entry while
    // it loads, as phpMyAdmin does, waited out the whole cap one time in
    // three), so the load is over when either says so.
    let mut load_events = page
        .event_listener::<EventLoadEventFired>()
        .await
        .map_err(|e| format!("cannot watch the page's load: {e}"))?;
    let result = async {
        // A page whose load never ends (a request that never completes, a
        // frame that keeps navigating) is shown by a browser all the same:
        // once its document has arrived, it is captured as it is after
        // half of the page's time.
        let load_cap = config.timeout / 2;
        let navigation = async {
            page.goto(url).await.map_err(|e| e.to_string())?;
            let _ = page.wait_for_navigation().await;
            Ok::<(), String>(())
        };
        let load_event = async {
            load_events.next().await;
        };
        let load = async {
            tokio::select! {
                done = navigation => done,
                () = load_event => Ok(()),
            }
        };
        let load_seen = match tokio::time::timeout(load_cap, load).await {
            Ok(Ok(())) => true,
            Ok(Err(e)) => return Err(format!("the page did not load: {e}")),
            Err(_) if document_seen.load(Ordering::Relaxed) => false,
            Err(_) => return Err(format!("the page did not load within {load_cap:?}")),
        };
        let loaded = tokio::time::Instant::now();
        let settled = match config.wait {
            SettleWait::Fixed => {
                tokio::time::sleep(config.settle).await;
                Settled::Pause
            }
            SettleWait::NetworkQuiet => {
                wait_for_quiet(&mut network, loaded, config.quiet, config.settle).await
            }
        };
        // A page that navigates as it is captured (a meta refresh or a
        // location script firing just then) detaches the capture from its
        // document: it is taken again once the new document has loaded (or
        // after a short pause), a bounded number of times, within the
        // capture's deadline.
        let mut navigated = 0;
        let (png, final_url) = loop {
            let final_url = page.url().await.ok().flatten();
            if final_url
                .as_deref()
                .is_some_and(|u| u.starts_with("chrome-error:"))
            {
                return Err("the page did not load (Chromium shows its error page)".into());
            }
            let answer = proxy_answer
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .clone();
            if let Some(why) = answer {
                return Err(match why.as_str() {
                    "refused" => "the page did not load: its name does not resolve, or to an \
                         address the private-network guard refuses"
                        .into(),
                    "unreachable" => "the page did not load: its server cannot be reached".into(),
                    _ => "the page did not load: the browser's proxy could not serve it".into(),
                });
            }
            let shot = page
                .screenshot(
                    ScreenshotParams::builder()
                        .format(CaptureScreenshotFormat::Png)
                        .full_page(false)
                        .build(),
                )
                .await;
            match shot {
                Ok(png) => break (png, final_url),
                Err(e)
                    if navigated < NAVIGATIONS_WHILE_CAPTURED && is_navigating(&e.to_string()) =>
                {
                    navigated += 1;
                    log::debug!("browser: {url}: the page navigated as it was captured: {e}");
                    let _ = tokio::time::timeout(NAVIGATION_PAUSE, load_events.next()).await;
                }
                Err(e) => return Err(format!("capture failed: {e}")),
            }
        };
        let mut capture = Capture {
            png,
            rendered_html: None,
            rendered_cut: false,
            final_url,
            settled,
            loaded: load_seen,
        };
        *shot.lock().unwrap_or_else(|e| e.into_inner()) = Some(capture.clone());
        match rendered_dom(page, config.max_rendered).await {
            Ok(Some((html, cut))) => {
                capture.rendered_html = Some(html);
                capture.rendered_cut = cut;
            }
            Ok(None) => {}
            Err(why) => log::debug!("browser: {url}: no rendered DOM: {why}"),
        }
        Ok(capture)
    }
    .await;
    watcher.abort();
    network_task.abort();
    result
}

/// How many times a capture is taken again when the page navigated as it
/// was taken ([`is_navigating`]).
const NAVIGATIONS_WHILE_CAPTURED: u32 = 3;

/// How long a capture that met a navigation waits for the new document's
/// load before it is taken again.
const NAVIGATION_PAUSE: Duration = Duration::from_millis(500);

/// Whether DevTools refused a command because the page's document was being
/// replaced (Chromium: "Not attached to an active page").
fn is_navigating(error: &str) -> bool {
    error.contains("Not attached to an active page")
}

/// The network of a page as its DevTools events show it.
#[derive(Clone, Copy, Debug)]
struct NetworkState {
    /// A request of the page is in flight.
    busy: bool,
    /// When a request last started or ended.
    last: tokio::time::Instant,
}

/// Watches the requests of `page` (its target only) until the task is
/// aborted; the receiver holds the current [`NetworkState`].
async fn watch_network(
    page: &Page,
) -> std::result::Result<
    (
        tokio::task::JoinHandle<()>,
        tokio::sync::watch::Receiver<NetworkState>,
    ),
    String,
> {
    let fail = |e: chromiumoxide::error::CdpError| format!("cannot watch the page's requests: {e}");
    let mut sent = page
        .event_listener::<EventRequestWillBeSent>()
        .await
        .map_err(fail)?;
    let mut finished = page
        .event_listener::<EventLoadingFinished>()
        .await
        .map_err(fail)?;
    let mut failed = page
        .event_listener::<EventLoadingFailed>()
        .await
        .map_err(fail)?;
    let (tx, rx) = tokio::sync::watch::channel(NetworkState {
        busy: false,
        last: tokio::time::Instant::now(),
    });
    let task = tokio::spawn(async move {
        let mut requests = InFlight::default();
        loop {
            tokio::select! {
                // A worker's script (no document loader) is fetched for
                // the worker's own target, whose events this page's
                // session never hears: it would stay in flight forever.
                Some(event) = sent.next() => if !event.loader_id.inner().is_empty() {
                    requests.start(&event.request_id);
                },
                Some(event) = finished.next() => requests.end(&event.request_id),
                Some(event) = failed.next() => requests.end(&event.request_id),
                else => break,
            }
            tx.send_replace(NetworkState {
                busy: requests.busy(),
                last: tokio::time::Instant::now(),
            });
        }
    });
    Ok((task, rx))
}

/// Requests in flight, from start and end events that may arrive in any
/// order (each kind has its own stream): a request that ended before its
/// start was seen is not counted in flight. A redirect starts a request
/// again under the same id; it ends once.
#[derive(Debug, Default)]
struct InFlight {
    open: HashSet<RequestId>,
    ended: HashSet<RequestId>,
}

impl InFlight {
    fn start(&mut self, id: &RequestId) {
        if !self.ended.contains(id) {
            self.open.insert(id.clone());
        }
    }

    fn end(&mut self, id: &RequestId) {
        self.open.remove(id);
        self.ended.insert(id.clone());
    }

    fn busy(&self) -> bool {
        !self.open.is_empty()
    }
}

/// Returns once no request has been in flight for `quiet`, counted from
/// `loaded` at the earliest, or at `loaded + cap`.
async fn wait_for_quiet(
    network: &mut tokio::sync::watch::Receiver<NetworkState>,
    loaded: tokio::time::Instant,
    quiet: Duration,
    cap: Duration,
) -> Settled {
    let cap = loaded + cap;
    let mut watching = true;
    loop {
        let state = *network.borrow_and_update();
        let now = tokio::time::Instant::now();
        let quiet_at = state.last.max(loaded) + quiet;
        if !state.busy && now >= quiet_at {
            return Settled::Quiet;
        }
        if now >= cap {
            return Settled::Cap;
        }
        let wake = if state.busy { cap } else { quiet_at.min(cap) };
        if watching {
            tokio::select! {
                changed = network.changed() => watching = changed.is_ok(),
                () = tokio::time::sleep_until(wake) => {}
            }
        } else {
            // The watcher is gone: nothing changes any more.
            tokio::time::sleep_until(wake).await;
        }
    }
}

/// Reads `document.documentElement.outerHTML` in an isolated world of the
/// page's main frame, cut in the page to `max` bytes of UTF-8 (lone
/// surrogates replaced, so it is valid Unicode); `None` without a root
/// element. Also says whether it was cut.
async fn rendered_dom(
    page: &Page,
    max: usize,
) -> std::result::Result<Option<(String, bool)>, String> {
    let frame = page
        .mainframe()
        .await
        .map_err(|e| e.to_string())?
        .ok_or("no main frame")?;
    let world = page
        .execute(CreateIsolatedWorldParams {
            frame_id: frame,
            world_name: Some("clone-detect".into()),
            grant_univeral_access: Some(false),
        })
        .await
        .map_err(|e| format!("no isolated world: {e}"))?;
    let script = format!(
        r#"(() => {{
  const root = document.documentElement;
  if (!root) return null;
  const html = root.outerHTML.toWellFormed();
  const max = {max};
  if (html.length * 3 <= max) return {{ html, cut: false }};
  const {{ read }} = new TextEncoder().encodeInto(html, new Uint8Array(max));
  return {{ html: html.slice(0, read), cut: read < html.length }};
}})()"#
    );
    let params = EvaluateParams {
        context_id: Some(world.result.execution_context_id),
        return_by_value: Some(true),
        silent: Some(true),
        ..EvaluateParams::new(script)
    };
    let evaluated = page
        .execute(params)
        .await
        .map_err(|e| format!("evaluation failed: {e}"))?
        .result;
    if let Some(exception) = evaluated.exception_details {
        return Err(format!("the script threw: {}", exception.text));
    }
    let Some(value) = evaluated.result.value.filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    let mut html = match value.get("html") {
        Some(serde_json::Value::String(html)) => html.clone(),
        _ => return Err("the script returned no string".into()),
    };
    let mut cut = value.get("cut").and_then(serde_json::Value::as_bool) == Some(true);
    if html.len() > max {
        // The page cut it already; this is in case it could not.
        let mut end = max;
        while !html.is_char_boundary(end) {
            end -= 1;
        }
        html.truncate(end);
        cut = true;
    }
    Ok(Some((html, cut)))
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
        // The browser before its proxy.
        let spare = self.spare.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(spare) = spare {
            spare.discard();
        }
        let running = self.lock().take();
        drop(running);
        // After the browser: its last connections may still be open.
        drop(self.proxy.take());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_quoting() {
        assert_eq!(shell_quote("/a b/c"), "'/a b/c'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
    }

    #[test]
    fn popup_blocking_and_flooding_protection_stay_on() {
        let args = browser_args("127.0.0.1:1".parse().unwrap());
        for (key, _) in &args {
            assert!(
                !key.starts_with('-'),
                "{key}: chromiumoxide adds the dashes"
            );
            assert!(
                !matches!(
                    *key,
                    "disable-popup-blocking"
                        | "disable-ipc-flooding-protection"
                        | "enable-features"
                        | "enable-blink-features"
                        | "no-sandbox"
                ),
                "{key}"
            );
        }
        assert!(args.iter().any(|(k, _)| *k == "deny-permission-prompts"));
    }

    #[test]
    fn the_launch_script_is_valid_shell() {
        let dir = Path::new("/tmp/it's here");
        let fifos = Fifos {
            commands: dir.join("in"),
            events: dir.join("out"),
        };
        let script = launch_script(
            dir,
            Path::new("/usr/bin/setsid"),
            Path::new("/usr/bin/chromium"),
            &fifos,
        );
        let status = std::process::Command::new("/bin/sh")
            .args(["-n", "-c", &script])
            .status()
            .unwrap();
        assert!(status.success(), "{script}");
        assert!(script.contains(
            "exec '/usr/bin/setsid' '/usr/bin/chromium' \"$@\" \
             3<'/tmp/it'\\''s here/in' 4>'/tmp/it'\\''s here/out'"
        ));
    }

    #[test]
    fn requests_in_flight_whatever_the_order_of_their_events() {
        let id = |s: &str| RequestId::new(s);
        let mut requests = InFlight::default();
        assert!(!requests.busy());
        requests.start(&id("1"));
        // A redirect starts it again under the same id.
        requests.start(&id("1"));
        requests.start(&id("2"));
        requests.end(&id("1"));
        assert!(requests.busy());
        requests.end(&id("2"));
        assert!(!requests.busy());
        // Its end seen before its start: never in flight.
        requests.end(&id("3"));
        requests.start(&id("3"));
        assert!(!requests.busy());
    }

    /// How long `wait_for_quiet` waits when the network does `script`
    /// (busy or not, after a pause each), with a quiet window of 100 ms and
    /// a cap of 1 s, and why it stopped.
    fn waited(script: Vec<(u64, bool)>) -> (Duration, Settled) {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap();
        runtime.block_on(async {
            let loaded = tokio::time::Instant::now();
            let (tx, mut rx) = tokio::sync::watch::channel(NetworkState {
                busy: false,
                last: loaded - Duration::from_secs(1),
            });
            let network = tokio::spawn(async move {
                for (pause, busy) in script {
                    tokio::time::sleep(Duration::from_millis(pause)).await;
                    tx.send_replace(NetworkState {
                        busy,
                        last: tokio::time::Instant::now(),
                    });
                }
                // The watcher ends (its page is gone).
            });
            let settled = wait_for_quiet(
                &mut rx,
                loaded,
                Duration::from_millis(100),
                Duration::from_secs(1),
            )
            .await;
            network.abort();
            (loaded.elapsed(), settled)
        })
    }

    #[test]
    fn the_wait_ends_when_the_network_is_quiet_or_at_the_cap() {
        let ms = Duration::from_millis;
        // (what the network does, why the wait ends, the least it can take:
        // a timer never fires early, so no upper bound on a busy machine).
        let cases = [
            // Quiet at load: one quiet window.
            (vec![], Settled::Quiet, ms(100)),
            // One request after load, 300 ms long, then a quiet window.
            (vec![(20, true), (300, false)], Settled::Quiet, ms(420)),
            // A request that never ends: the cap.
            (vec![(10, true); 1], Settled::Cap, ms(1000)),
            // Requests end to end, never 100 ms quiet: the cap.
            (
                (0..200).map(|i| (10, i % 2 == 0)).collect(),
                Settled::Cap,
                ms(1000),
            ),
        ];
        for (script, why, low) in cases {
            let (took, settled) = waited(script.clone());
            assert_eq!(settled, why, "{script:?}");
            assert!(took >= low, "{script:?}: {took:?}");
        }
    }

    #[test]
    fn this_process_is_alive() {
        assert!(process_alive(std::process::id()));
        assert!(!process_alive(u32::MAX));
    }
}
