//! Rendering a saved website folder in the browser (feature `screenshot`):
//! the page a browser shows of it, as a live check sees a site by URL.
//!
//! A saved folder is read without a browser ([`super::folder`]): a
//! single-page app is then only its empty shell. Rendering serves the
//! folder on an ephemeral port of `127.0.0.1`, from a small static file
//! server of this crate (module `acquire::folder_server`: files under the
//! folder's root only, `GET` and `HEAD`, bounded heads and responses) on
//! the caller's tokio runtime, for the duration of one capture in a
//! browser context whose proxy reaches that one address and nothing else
//! ([`Screenshotter::capture_only`]): links never leave the folder, so the
//! rendered page reaches no other host, public, private or loopback, and
//! looks up no name. A capture that leaves its context in doubt keeps its
//! proxy's port bound (closed) until the browser is gone, so no later
//! capture's proxy takes that port while the page could still reach it.
//!
//! [`add_rendering`] puts a capture into the folder's snapshot as a live
//! check does ([`Capture::add_to`]): the DOM after load becomes
//! [`SiteSnapshot::rendered`] (a script-built page is fingerprinted from
//! it; a meta refresh or `location` script ends on the page it leads to),
//! under its path in the folder. The folder's own `screenshot.png` is kept
//! when it has one (the corpus's were taken by this browser, so); the
//! capture's PNG is used only when it has none. A rendering that fails is a
//! warning of the snapshot, never the site's failure: the folder as read
//! stands.
//!
//! [`render_folder`] starts a browser for one folder (a second or so). A
//! [`Loader`](crate::source::Loader) with
//! [`LoadConfig::render_folders`](crate::source::LoadConfig::render_folders)
//! (the CLI's `--render-folders`) starts one browser, when the first folder
//! is rendered, and renders every folder in it ([`render_folder_in`]): each
//! capture goes through a proxy of its own that reaches that folder's
//! server alone ([`Screenshotter::capture_only`]), in a browser context of
//! its own, so the folders of a batch are no more in reach of each other
//! than with a browser each. A capture whose browser dies under it (killed
//! by a sibling's page, or from outside) is taken once more in a new
//! browser ([`Screenshotter::capture_only`]). Rendering is opt in.

use std::path::Path;

use url::Url;

use super::folder::{read_saved_folder, FolderConfig};
use super::folder_server::FolderServer;
use super::screenshot::{Capture, ScreenshotConfig, Screenshotter, NOWHERE};
use crate::{Error, Result, SiteSnapshot};

/// Renders the saved folder `dir` (its `index.html`, served at the root of
/// a loopback server within `folder`'s bounds) with a browser configured
/// by `shots`, whose network rules are replaced by the one address of that
/// server. The capture's [`final_url`](Capture::final_url) is the path in
/// the folder the page ended on (`index.html` for its root), not the
/// loopback URL, which changes with every rendering.
///
/// Runs on the caller's tokio runtime (its I/O and time drivers on).
///
/// # Errors
/// [`Error::Io`] when the folder cannot be served, and the errors of
/// [`Screenshotter::launch`] and [`Screenshotter::capture_page`].
pub async fn render_folder(
    dir: &Path,
    folder: &FolderConfig,
    shots: &ScreenshotConfig,
) -> Result<Capture> {
    let browser = Screenshotter::launch(folder_browser(shots)).await?;
    render_folder_in(&browser, dir, folder).await
}

/// The configuration of a browser that renders folders, from `shots`: no
/// tab opened ahead, no pinned or trusted names, and its own proxy
/// reaching nothing ([`NOWHERE`]): every capture goes through a proxy that
/// reaches its folder's server alone ([`Screenshotter::capture_only`]).
pub fn folder_browser(shots: &ScreenshotConfig) -> ScreenshotConfig {
    ScreenshotConfig {
        only_address: Some(NOWHERE),
        resolve: Vec::new(),
        trusted: Vec::new(),
        open_ahead: false,
        ..shots.clone()
    }
}

/// [`render_folder`] in a browser already running (best configured with
/// [`folder_browser`]), which may render other folders at the same time:
/// the capture reaches this folder's server alone.
///
/// # Errors
/// [`Error::Io`] when the folder cannot be served, and the errors of
/// [`Screenshotter::capture_only`].
pub async fn render_folder_in(
    browser: &Screenshotter,
    dir: &Path,
    folder: &FolderConfig,
) -> Result<Capture> {
    let server = FolderServer::start(dir, folder)
        .await
        .map_err(|e| Error::io(dir, e))?;
    let capture = browser.capture_only(server.addr(), &server.url()).await;
    let origin = Url::parse(&server.url()).expect("a loopback URL");
    // After the capture, whose context is disposed of.
    drop(server);
    let mut capture = capture?;
    capture.final_url = capture
        .final_url
        .map(|url| folder_path(&origin, &url).unwrap_or(url));
    Ok(capture)
}

/// The path inside the folder that `url`, on the folder server's `origin`,
/// names: `index.html` for a directory, the query dropped.
fn folder_path(origin: &Url, url: &str) -> Option<String> {
    let url = Url::parse(url).ok()?;
    if url.origin() != origin.origin() {
        return None;
    }
    let path = url.path().trim_start_matches('/');
    Some(if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    })
}

/// Puts the rendering of a folder into its snapshot: the DOM after load as
/// its rendered root page, the capture's PNG as its screenshot only when
/// the folder had none and `png` is true, a cut DOM or a failed rendering
/// in its warnings.
pub fn add_rendering(snapshot: &mut SiteSnapshot, capture: Result<Capture>, png: bool) {
    match capture {
        Ok(capture) => {
            let saved = snapshot.screenshot.take();
            if capture.rendered_html.is_none() {
                snapshot.warnings.push(
                    "rendering the folder: the page's DOM after load could not be read".into(),
                );
            }
            capture.add_to(snapshot, "index.html");
            if saved.is_some() || !png {
                snapshot.screenshot = saved;
            }
        }
        Err(e) => snapshot
            .warnings
            .push(format!("rendering the folder failed, read as saved: {e}")),
    }
}

/// Reads the saved folder `dir` ([`read_saved_folder`]) and adds its
/// rendering ([`render_folder`], [`add_rendering`]; the capture's PNG only
/// with `png`).
///
/// # Errors
/// The errors of [`read_saved_folder`] only: a rendering that fails is a
/// warning of the snapshot.
pub async fn read_rendered_folder(
    dir: &Path,
    folder: &FolderConfig,
    shots: &ScreenshotConfig,
    png: bool,
) -> Result<SiteSnapshot> {
    let (owned_dir, owned_folder) = (dir.to_path_buf(), folder.clone());
    let mut snapshot =
        tokio::task::spawn_blocking(move || read_saved_folder(&owned_dir, &owned_folder))
            .await
            .map_err(|e| Error::Runtime(format!("reading {}: {e}", dir.display())))??;
    add_rendering(&mut snapshot, render_folder(dir, folder, shots).await, png);
    Ok(snapshot)
}

/// What a synchronous [`Loader`](crate::source::Loader) renders folders
/// with: the configuration, one browser for all folders (started by the
/// first), and the runtime the servers and the browser run on.
#[derive(Debug)]
pub(crate) struct Renderer {
    config: ScreenshotConfig,
    /// Whether the capture's PNG may become a folder's screenshot.
    png: bool,
    /// The browser, or why it did not start (remembered: folders waiting
    /// for it do not each try again).
    browser: tokio::sync::OnceCell<std::result::Result<Screenshotter, String>>,
    handle: tokio::runtime::Handle,
    /// The runtime started for the loader, when it was not made inside a
    /// multi-threaded one.
    own: Option<tokio::runtime::Runtime>,
}

impl Renderer {
    /// Renders with `config` on the caller's runtime when this thread runs
    /// inside a multi-threaded one, else on a runtime of two worker threads
    /// started here (as [`crate::blocking`]'s calls do) and stopped with it.
    pub(crate) fn new(config: ScreenshotConfig, png: bool) -> Result<Self> {
        if let Ok(handle) = tokio::runtime::Handle::try_current() {
            if handle.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread {
                return Ok(Self {
                    config: folder_browser(&config),
                    png,
                    browser: tokio::sync::OnceCell::new(),
                    handle,
                    own: None,
                });
            }
        }
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .map_err(|e| Error::Runtime(format!("cannot start the folder renderer: {e}")))?;
        Ok(Self {
            config: folder_browser(&config),
            png,
            browser: tokio::sync::OnceCell::new(),
            handle: runtime.handle().clone(),
            own: Some(runtime),
        })
    }

    /// [`read_rendered_folder`], blocking this thread (never one of an
    /// async runtime).
    pub(crate) fn read(&self, dir: &Path, folder: &FolderConfig) -> Result<SiteSnapshot> {
        crate::blocking::refuse_inside_runtime("reading a folder with rendering")?;
        self.handle.block_on(async {
            let (owned_dir, owned_folder) = (dir.to_path_buf(), folder.clone());
            let mut snapshot =
                tokio::task::spawn_blocking(move || read_saved_folder(&owned_dir, &owned_folder))
                    .await
                    .map_err(|e| Error::Runtime(format!("reading {}: {e}", dir.display())))??;
            // A browser that does not start leaves every folder read as
            // saved, with a warning.
            let launched = self
                .browser
                .get_or_init(|| async {
                    Screenshotter::launch(self.config.clone())
                        .await
                        .map_err(|e| match e {
                            Error::Browser(why) => why,
                            other => other.to_string(),
                        })
                })
                .await;
            let capture = match launched {
                Ok(browser) => render_folder_in(browser, dir, folder).await,
                Err(why) => Err(Error::Browser(why.clone())),
            };
            add_rendering(&mut snapshot, capture, self.png);
            Ok(snapshot)
        })
    }
}

impl Drop for Renderer {
    fn drop(&mut self) {
        // The browser first, inside its runtime (its proxy and relay are
        // tasks there); then the runtime: its tasks are done, nothing to
        // wait for, wherever it is dropped.
        {
            let _inside = self.handle.enter();
            drop(self.browser.take());
        }
        if let Some(runtime) = self.own.take() {
            runtime.shutdown_background();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::Page;

    #[test]
    fn final_urls_become_folder_paths() {
        let origin = Url::parse("http://127.0.0.1:4000/").unwrap();
        for (url, path) in [
            ("http://127.0.0.1:4000/", Some("index.html")),
            ("http://127.0.0.1:4000/home.html?x=1", Some("home.html")),
            ("http://127.0.0.1:4000/docs/", Some("docs/index.html")),
            ("http://127.0.0.1:4001/home.html", None),
            ("about:blank", None),
        ] {
            assert_eq!(folder_path(&origin, url).as_deref(), path, "{url}");
        }
    }

    #[test]
    fn a_rendering_keeps_the_saved_screenshot_and_a_failure_is_a_warning() {
        let capture = || Capture {
            png: vec![1, 2, 3],
            rendered_html: Some("<html><body><p>Built</p></body></html>".into()),
            final_url: Some("home.html".into()),
            ..Capture::default()
        };
        let mut saved = SiteSnapshot {
            screenshot: Some(vec![9]),
            ..SiteSnapshot::default()
        };
        add_rendering(&mut saved, Ok(capture()), true);
        assert_eq!(saved.screenshot, Some(vec![9]));
        let rendered = saved.rendered.as_ref().unwrap();
        assert_eq!(rendered.url, "home.html");
        assert!(saved.warnings.is_empty(), "{:?}", saved.warnings);

        let mut bare = SiteSnapshot::default();
        add_rendering(&mut bare, Ok(capture()), true);
        assert_eq!(bare.screenshot, Some(vec![1, 2, 3]));
        // Screenshots turned off: the DOM is used, the capture's PNG is not.
        let mut unshot = SiteSnapshot::default();
        add_rendering(&mut unshot, Ok(capture()), false);
        assert_eq!(unshot.screenshot, None);
        assert!(unshot.rendered.is_some());

        let page = Page {
            url: "index.html".into(),
            status: 200,
            headers: Vec::new(),
            body: b"<p>shell</p>".to_vec(),
        };
        let mut failed = SiteSnapshot {
            pages: vec![page.clone()],
            ..SiteSnapshot::default()
        };
        add_rendering(&mut failed, Err(Error::Browser("no Chromium".into())), true);
        assert_eq!(failed.pages, [page]);
        assert!(failed.rendered.is_none());
        assert!(
            failed.warnings[0].contains("no Chromium"),
            "{:?}",
            failed.warnings
        );
    }
}
