//! What the browser renders, with the real Chromium and servers on loopback:
//! the DOM a script builds, the page a meta refresh or a `location` script
//! leads to, the wait for a page's network to go quiet (and its cap), and
//! the cap on the rendered DOM.

use std::time::{Duration, Instant};

use clone_detect::acquire::screenshot::{Capture, ScreenshotConfig, SettleWait, Settled};
use clone_detect::blocking::Screenshotter;
use clone_detect_tests::server::{Reply, Server};

/// `status` with `body` of content type `kind`, never cached.
fn response(status: &str, kind: &str, body: &[u8]) -> Reply {
    Reply::new(status, kind, body).header("Cache-Control", "no-store")
}

fn html(body: &str) -> Reply {
    response("200 OK", "text/html; charset=utf-8", body.as_bytes())
}

/// A PNG of one colour.
fn png(rgb: [u8; 3]) -> Vec<u8> {
    let image = image::RgbImage::from_pixel(64, 64, image::Rgb(rgb));
    let mut out = std::io::Cursor::new(Vec::new());
    image.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// The RGB colour of the middle of a PNG screenshot.
fn centre(png: &[u8]) -> [u8; 3] {
    let image = image::load_from_memory(png).expect("a PNG").to_rgb8();
    image.get_pixel(image.width() / 2, image.height() / 2).0
}

/// Tests run as root, where Chromium's sandbox does not run; the servers
/// are on loopback.
fn launch(config: ScreenshotConfig) -> Screenshotter {
    Screenshotter::launch(ScreenshotConfig {
        refuse_private: false,
        no_sandbox: true,
        ..config
    })
    .expect("Chromium (apt-get install chromium)")
}

/// Captures `url`, and how long it took.
fn timed(shots: &Screenshotter, url: &str) -> (Capture, Duration) {
    let start = Instant::now();
    let capture = shots.capture_page(url).expect("the page loads");
    (capture, start.elapsed())
}

/// A small single-page app: an empty shell whose script builds a
/// navigation, a list and paragraphs, with text that is not in the source.
const APP: &str = r#"<!doctype html><html><head><title>App</title></head>
<body><div id="app"></div><script>
const app = document.getElementById("app");
const nav = document.createElement("nav");
nav.className = "site-" + "menu";
for (const name of ["Home", "Guide", "About"]) {
  const a = document.createElement("a");
  a.href = "/" + name.toLowerCase() + ".html";
  a.textContent = name + " page";
  nav.appendChild(a);
}
app.appendChild(nav);
const list = document.createElement("ul");
for (let i = 1; i <= 3; i++) {
  const li = document.createElement("li");
  li.textContent = "Item number " + i;
  list.appendChild(li);
}
app.appendChild(list);
for (let i = 1; i <= 2; i++) {
  const p = document.createElement("p");
  p.textContent = "Paragraph " + i + " of the " + "rendered app.";
  app.appendChild(p);
}
</script></body></html>"#;

#[test]
fn a_page_built_by_its_script_is_rendered() {
    let server = Server::routes([("/", html(APP))]);
    let shots = launch(ScreenshotConfig::default());
    let url = server.url("/");
    let (capture, _) = timed(&shots, &url);
    let rendered = capture.rendered_html.expect("the rendered DOM");
    assert!(!capture.rendered_cut);
    assert_eq!(capture.final_url.as_deref(), Some(url.as_str()));
    for built in [
        "<nav class=\"site-menu\">",
        "<a href=\"/guide.html\">Guide page</a>",
        "<ul><li>Item number 1</li><li>Item number 2</li><li>Item number 3</li></ul>",
        "<p>Paragraph 2 of the rendered app.</p>",
    ] {
        assert!(rendered.contains(built), "{built} not in {rendered}");
        assert!(!APP.contains(built), "{built} is in the raw page");
    }
    assert!(rendered.starts_with("<html>") && rendered.ends_with("</html>"));
    assert!(!capture.png.is_empty());
}

/// The page both redirects lead to.
const REAL: &str = r#"<!doctype html><html><head><title>Real</title></head>
<body style="background:#36c"><h1>The real page</h1></body></html>"#;

#[test]
fn meta_refresh_and_location_scripts_are_followed() {
    let server = Server::routes([
        (
            "/meta.html",
            html(
                r#"<!doctype html><html><head>
<meta http-equiv="refresh" content="0; url=/real.html"><title>Moved</title></head>
<body style="background:#c33"><h1>Moved (meta)</h1></body></html>"#,
            ),
        ),
        (
            "/script.html",
            html(
                r#"<!doctype html><html><head><title>Moved</title>
<script>location.replace("/real.html")</script></head>
<body style="background:#c33"><h1>Moved (script)</h1></body></html>"#,
            ),
        ),
        ("/real.html", html(REAL)),
    ]);
    let shots = launch(ScreenshotConfig::default());
    for path in ["/meta.html", "/script.html"] {
        let (capture, _) = timed(&shots, &server.url(path));
        let final_url = capture.final_url.expect("the final URL");
        assert!(final_url.ends_with("/real.html"), "{path}: {final_url}");
        let rendered = capture.rendered_html.expect("the rendered DOM");
        assert!(
            rendered.contains("<h1>The real page</h1>"),
            "{path}: {rendered}"
        );
        assert!(!rendered.contains("Moved"), "{path}: {rendered}");
        assert_eq!(centre(&capture.png), [0x33, 0x66, 0xcc], "{path}");
    }
}

#[test]
fn the_capture_waits_for_the_network_within_its_cap() {
    const BLUE: [u8; 3] = [0x11, 0x44, 0xee];
    // After load, the page's script inserts an image the server sends
    // 1.5 s later, covering the viewport.
    let late_image = r#"<!doctype html><html><body style="margin:0;background:#fff">
<h1>Loading</h1><script>
addEventListener("load", () => {
  const img = new Image();
  img.style = "position:fixed;left:0;top:0;width:100vw;height:100vh";
  img.src = "/slow.png";
  document.body.appendChild(img);
});
</script></body></html>"#;
    // A page that is never quiet: one request after another, each answered
    // after 200 ms.
    let polling = r#"<!doctype html><html><body style="background:#fff"><h1>Polling</h1>
<script>
(async () => { for (;;) { try { await fetch("/poll?" + Math.random()); } catch (e) {} } })();
</script></body></html>"#;
    let quiet_page =
        r#"<!doctype html><html><body style="background:#2a6"><h1>Quiet</h1></body></html>"#;
    // A page that starts a worker (whose script's loading events reach the
    // worker's target, not the page's), as MkDocs' search does, and
    // rewrites its history entry while it loads, as phpMyAdmin does.
    let worker_page = r#"<!doctype html><html><body style="background:#2a6"><h1>Worker</h1>
<script>
document.addEventListener("DOMContentLoaded", () => history.replaceState({ state: 1 }, ""));
const w = new Worker("/worker.js");
</script><img src="/img.png"></body></html>"#;
    let server = Server::routes([
        ("/late.html", html(late_image)),
        (
            "/slow.png",
            response("200 OK", "image/png", &png(BLUE)).after(Duration::from_millis(1500)),
        ),
        ("/polling.html", html(polling)),
        (
            "/poll",
            response("200 OK", "application/json", b"{}").after(Duration::from_millis(200)),
        ),
        ("/quiet.html", html(quiet_page)),
        ("/worker.html", html(worker_page)),
        (
            "/worker.js",
            response(
                "200 OK",
                "text/javascript",
                b"setInterval(() => postMessage('tick'), 50);",
            ),
        ),
        ("/img.png", response("200 OK", "image/png", &png(BLUE))),
    ]);
    let cap = Duration::from_secs(5);
    let shots = launch(ScreenshotConfig {
        settle: cap,
        timeout: Duration::from_secs(30),
        ..ScreenshotConfig::default()
    });

    // Quiet at load: captured when the network is quiet, not at the cap.
    // (What the capture waited for is asserted, not how long it took: no
    // upper bound on time holds on a busy machine; lower bounds do, as a
    // timer never fires early.)
    let (capture, _) = timed(&shots, &server.url("/quiet.html"));
    assert_eq!(centre(&capture.png), [0x22, 0xaa, 0x66]);
    assert_eq!(capture.settled, Settled::Quiet);
    assert!(capture.loaded);

    // A worker does not keep the network busy, and a rewritten history
    // entry does not hide the end of the load: three times, since the
    // latter was missed one time in three.
    for _ in 0..3 {
        let (capture, _) = timed(&shots, &server.url("/worker.html"));
        assert_eq!(capture.settled, Settled::Quiet, "waited for the cap");
        assert!(capture.loaded, "the load was not seen");
    }

    // The late image is in the capture.
    let (capture, took) = timed(&shots, &server.url("/late.html"));
    assert_eq!(
        centre(&capture.png),
        BLUE,
        "the late image is not in the capture"
    );
    assert!(took >= Duration::from_millis(1500), "{took:?}");
    assert_eq!(capture.settled, Settled::Quiet, "waited for the cap");

    // The fixed pause of old would not have waited for it.
    let fixed = launch(ScreenshotConfig {
        wait: SettleWait::Fixed,
        settle: Duration::from_millis(500),
        ..ScreenshotConfig::default()
    });
    let (capture, _) = timed(&fixed, &server.url("/late.html"));
    assert_eq!(centre(&capture.png), [0xff, 0xff, 0xff]);
    assert_eq!(capture.settled, Settled::Pause);
    drop(fixed);

    // A page that never stops requesting is captured at the cap.
    let polled = server.requests("/poll");
    let (capture, took) = timed(&shots, &server.url("/polling.html"));
    assert!(
        capture
            .rendered_html
            .is_some_and(|h| h.contains("<h1>Polling</h1>")),
        "the polling page's DOM"
    );
    assert_eq!(capture.settled, Settled::Cap);
    assert!(took >= cap, "captured before the cap: {took:?}");
    assert!(server.requests("/poll") - polled >= 5, "the page polled");
}

#[test]
fn the_rendered_dom_is_capped() {
    // 24 MiB of text, built in the page.
    let huge = r#"<!doctype html><html><body><h1>Huge</h1><script>
const chunk = "x".repeat(1 << 20);
for (let i = 0; i < 24; i++) {
  const p = document.createElement("p");
  p.textContent = chunk;
  document.body.appendChild(p);
}
</script></body></html>"#;
    // Characters of 2, 3 and 4 bytes in UTF-8, and lone surrogates.
    let wide = r#"<!doctype html><html><body><h1>Wide</h1><script>
const p = document.createElement("p");
p.textContent = "a\uD800b" + "é€😀".repeat(20000) + "\uDC00";
document.body.appendChild(p);
</script></body></html>"#;
    let server = Server::routes([("/huge.html", html(huge)), ("/wide.html", html(wide))]);
    let max = 8 << 20;
    // Building and reading 24 MiB of DOM takes the browser seconds, more on
    // a busy machine: the deadline is not what this test is about.
    let shots = launch(ScreenshotConfig {
        timeout: Duration::from_secs(90),
        ..ScreenshotConfig::default()
    });
    assert_eq!(
        ScreenshotConfig::default().max_rendered,
        max,
        "the default cap"
    );
    let (capture, _) = timed(&shots, &server.url("/huge.html"));
    let rendered = capture.rendered_html.expect("the rendered DOM");
    assert!(capture.rendered_cut);
    assert!(rendered.len() <= max, "{} bytes", rendered.len());
    assert!(rendered.len() > max - 64, "{} bytes", rendered.len());
    assert!(rendered.starts_with("<html><head></head><body><h1>Huge</h1>"));

    // Cut at a character boundary, within a cap that falls inside one.
    let max = (64 << 10) + 1;
    let shots = launch(ScreenshotConfig {
        max_rendered: max,
        ..ScreenshotConfig::default()
    });
    let (capture, _) = timed(&shots, &server.url("/wide.html"));
    let rendered = capture.rendered_html.expect("the rendered DOM");
    assert!(capture.rendered_cut);
    assert!(
        rendered.len() <= max && rendered.len() > max - 4,
        "{}",
        rendered.len()
    );
    assert!(rendered.contains("a\u{fffd}b\u{e9}\u{20ac}\u{1f600}"));

    // Below the cap, nothing is cut.
    let shots = launch(ScreenshotConfig::default());
    let (capture, _) = timed(&shots, &server.url("/wide.html"));
    let rendered = capture.rendered_html.expect("the rendered DOM");
    assert!(!capture.rendered_cut);
    assert!(
        rendered.ends_with("\u{1f600}\u{fffd}</p></body></html>"),
        "the end"
    );
}

/// A page whose load never ends (an image the server never finishes
/// sending) is captured as a browser shows it once half the page's time has
/// passed; a page whose document never arrives is an error in that time.
#[test]
fn a_page_that_never_finishes_loading_is_captured_as_it_is() {
    let page = r#"<!doctype html><html><body style="background:#2a6"><h1>Endless</h1>
<img src="/never.png"></body></html>"#;
    let server = Server::routes([
        ("/endless.html", html(page)),
        (
            "/never.png",
            response("200 OK", "image/png", &png([0, 0, 0])).after(Duration::from_secs(120)),
        ),
        (
            "/no-document.html",
            response("200 OK", "text/html", b"x").after(Duration::from_secs(120)),
        ),
    ]);
    // Half of 16 s: the load is given 8 s.
    let shots = launch(ScreenshotConfig {
        timeout: Duration::from_secs(16),
        ..ScreenshotConfig::default()
    });
    let (capture, took) = timed(&shots, &server.url("/endless.html"));
    assert_eq!(centre(&capture.png), [0x22, 0xaa, 0x66]);
    assert!(took >= Duration::from_secs(8), "{took:?}");
    assert!(took < Duration::from_secs(16), "{took:?}");
    let rendered = capture.rendered_html.expect("the DOM is read");
    assert!(rendered.contains("Endless"), "{rendered}");
    let start = Instant::now();
    let err = shots
        .capture_page(&server.url("/no-document.html"))
        .expect_err("no document arrives")
        .to_string();
    assert!(start.elapsed() < Duration::from_secs(24), "{err}");
}
