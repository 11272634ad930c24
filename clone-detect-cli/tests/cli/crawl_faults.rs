//! Crawls against loopback servers that misbehave. Every crawl must end
//! within its bounds and say what failed.

use std::time::{Duration, Instant};

use clone_detect::acquire::crawl::CrawlConfig;
use clone_detect::blocking::crawl;
use clone_detect::Error;
use clone_detect_tests::faults::Fault;
use clone_detect_tests::server::{Reply, Request, Routes, Server};

const PAGE: &[u8] = b"<html><head><title>Shop</title><link rel=icon href=/favicon.ico></head>\
<body><nav><a href=/a.html>a</a> <a href=/b.html>b</a></nav><p>Welcome to the shop</p></body></html>";

/// Bounds for the tests; the servers are on loopback, so the guard is off.
fn config() -> CrawlConfig {
    CrawlConfig {
        timeout: Duration::from_secs(8),
        request_timeout: Duration::from_secs(2),
        max_response_bytes: 1 << 20,
        refuse_private: false,
        ..CrawlConfig::default()
    }
}

/// Runs a crawl and checks that it ended within its wall-clock bound plus a
/// margin for start-up.
fn bounded(url: &str) -> Result<clone_detect::SiteSnapshot, Error> {
    let config = config();
    let start = Instant::now();
    let result = crawl(url, &config);
    let took = start.elapsed();
    assert!(
        took < config.timeout + Duration::from_secs(10),
        "{url}: the crawl took {took:?}"
    );
    result
}

#[test]
fn slow_drip_ends_within_bounds() {
    let drip = Fault::Drip {
        start:
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html>"
                .to_vec(),
        byte: b'x',
        every: Duration::from_millis(100),
        times: 600,
    };
    let url = Server::routes([("/", Reply::fault(drip))]).url("/");
    // The drip is cut by the request timeout (2 s here), long before its
    // 60 s: the page is kept with what arrived, and the record says so.
    let started = Instant::now();
    let s = bounded(&url).expect("the dripped page is kept");
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "{:?}",
        started.elapsed()
    );
    assert!(s.pages[0].body.len() < 100, "{}", s.pages[0].body.len());
    assert!(
        s.warnings
            .iter()
            .any(|w| w.contains("body cut short") && w.contains("of 100000 bytes")),
        "{:?}",
        s.warnings
    );
}

#[test]
fn redirect_loop_is_reported() {
    let url = Server::start(|request: &Request| {
        Reply::redirect(if request.path() == "/" { "/loop" } else { "/" })
    })
    .url("/");
    // A loop is a typed error naming the loop, found after three requests.
    match bounded(&url) {
        Err(Error::Crawl { reason, .. }) => {
            assert!(reason.starts_with("redirect loop: "), "{reason}");
            assert_eq!(reason.matches(" -> ").count(), 2, "{reason}");
        }
        other => panic!("a redirect loop must be an error: {other:?}"),
    }
}

#[test]
fn huge_body_is_cut_with_a_warning() {
    let mut body = PAGE.to_vec();
    body.resize(20 << 20, b' ');
    let url = Server::routes([("/", Reply::new("200 OK", "text/html", body))]).url("/");
    let s = bounded(&url).expect("the page itself is fine");
    assert!(s.pages[0].body.len() <= 1 << 20);
    assert!(
        s.warnings.iter().any(|w| w.contains("cut")),
        "{:?}",
        s.warnings
    );
}

#[test]
fn server_error_everywhere_is_recorded() {
    let url = Server::start(|_: &Request| {
        Reply::new("500 Internal Server Error", "text/html", "<h1>oops</h1>")
    })
    .url("/");
    let s = bounded(&url).expect("a 500 page is still a page");
    assert_eq!(s.pages[0].status, 500);
    assert!(s.favicon.is_none());
}

#[test]
fn connection_reset_is_a_clear_error() {
    let url = Server::start(|_: &Request| Reply::fault(Fault::Close)).url("/");
    match bounded(&url) {
        Err(Error::Crawl { reason, .. }) => {
            assert!(reason.contains("could not be fetched"), "{reason}")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn invalid_content_type_and_html_favicon() {
    let url = Server::start(
        Routes::new([
            ("/", Reply::new("200 OK", "application/x-what;;;", PAGE)),
            (
                "/favicon.ico",
                Reply::new("200 OK", "image/x-icon", "<html>not an icon</html>"),
            ),
        ])
        .otherwise(Reply::new(
            "200 OK",
            "text/html",
            "<html><body><p>page</p></body></html>",
        )),
    )
    .url("/");
    let s = bounded(&url).expect("crawl");
    assert!(s.favicon.is_none(), "an HTML favicon must not be kept");
    assert!(
        s.warnings.iter().any(|w| w.contains("not an image")),
        "{:?}",
        s.warnings
    );
}

#[test]
fn redirects_are_followed_and_recorded() {
    let url = Server::start(
        Routes::new([
            ("/", Reply::redirect("/start")),
            (
                "/start",
                Reply::status("301 Moved").header("Location", "/site/"),
            ),
            ("/site/", Reply::new("200 OK", "text/html", PAGE)),
        ])
        .otherwise(Reply::new(
            "404 Not Found",
            "text/html",
            "<html><body><h1>No such page here</h1></body></html>",
        )),
    )
    .url("/");
    let s = bounded(&url).expect("crawl");
    assert_eq!(
        s.redirects,
        vec![url.clone(), format!("{url}start"), format!("{url}site/")]
    );
    assert_eq!(s.final_url.as_deref(), Some(format!("{url}site/").as_str()));
    assert_eq!(s.pages[0].url, format!("{url}site/"));
    assert!(String::from_utf8_lossy(&s.pages[0].body).contains("Welcome to the shop"));
    // The 404 template was probed.
    let nf = s.not_found.expect("probed");
    assert_eq!(nf.status, 404);
    assert!(String::from_utf8_lossy(&nf.body).contains("No such page here"));
}

/// Private targets are refused by default, in the library and the CLI.
#[test]
fn private_targets_are_refused_by_default() {
    let url = Server::start(|_: &Request| Reply::new("200 OK", "text/html", PAGE)).url("/");
    let guarded = CrawlConfig {
        refuse_private: CrawlConfig::default().refuse_private,
        ..config()
    };
    assert!(guarded.refuse_private, "the guard is on by default");
    for target in [
        url.as_str(),
        "http://localhost:9/",
        "http://[::1]:9/",
        "http://169.254.169.254/",
    ] {
        match crawl(target, &guarded) {
            Err(Error::Crawl { reason, .. }) => {
                assert!(reason.starts_with("refused"), "{target}: {reason}")
            }
            other => panic!("{target}: {other:?}"),
        }
    }
    // The same loopback site is crawled when the guard is off.
    assert!(crawl(&url, &config()).is_ok());
    // Through the CLI: refused without `--allow-private`, crawled with it.
    let cli = |extra: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_clone-detect"))
            .args(["fingerprint", "--no-screenshot"])
            .args(extra)
            .arg(&url)
            .output()
            .unwrap()
    };
    let out = cli(&[]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("refused"), "{err}");
    assert!(cli(&["--allow-private"]).status.success());
}
