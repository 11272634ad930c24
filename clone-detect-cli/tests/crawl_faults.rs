//! Crawls against loopback servers that misbehave. Every crawl must end
//! within its bounds and say what failed.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

use clone_detect::acquire::crawl::CrawlConfig;
use clone_detect::blocking::crawl;
use clone_detect::Error;

/// What the server does for one request path.
type Handler = fn(&str, &mut TcpStream);

/// Serves `handler` on a free loopback port; returns the base URL.
fn serve(handler: Handler) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || {
                let mut stream = stream;
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                if reader.read_line(&mut line).is_err() {
                    return;
                }
                let mut header = String::new();
                while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
                    header.clear();
                }
                let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
                handler(&path, &mut stream);
            });
        }
    });
    format!("http://{addr}/")
}

fn reply(stream: &mut TcpStream, status: &str, kind: &str, body: &[u8]) {
    let _ = write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(body);
}

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
    let url = serve(|path, stream| {
        if path == "/" {
            let _ = write!(stream, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html>");
            for _ in 0..600 {
                std::thread::sleep(Duration::from_millis(100));
                if stream.write_all(b"x").is_err() {
                    return;
                }
            }
        } else {
            reply(stream, "404 Not Found", "text/html", b"no");
        }
    });
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
    let url = serve(|path, stream| {
        let to = if path == "/" { "/loop" } else { "/" };
        let _ = write!(
            stream,
            "HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
    });
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
    let url = serve(|path, stream| {
        if path == "/" {
            let mut body = PAGE.to_vec();
            body.resize(20 << 20, b' ');
            reply(stream, "200 OK", "text/html", &body);
        } else {
            reply(stream, "404 Not Found", "text/html", b"no");
        }
    });
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
    let url = serve(|_, stream| {
        reply(
            stream,
            "500 Internal Server Error",
            "text/html",
            b"<h1>oops</h1>",
        )
    });
    let s = bounded(&url).expect("a 500 page is still a page");
    assert_eq!(s.pages[0].status, 500);
    assert!(s.favicon.is_none());
}

#[test]
fn connection_reset_is_a_clear_error() {
    let url = serve(|_, stream| {
        let _ = stream.shutdown(std::net::Shutdown::Both);
    });
    match bounded(&url) {
        Err(Error::Crawl { reason, .. }) => {
            assert!(reason.contains("could not be fetched"), "{reason}")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn invalid_content_type_and_html_favicon() {
    let url = serve(|path, stream| match path {
        "/" => reply(stream, "200 OK", "application/x-what;;;", PAGE),
        "/favicon.ico" => reply(
            stream,
            "200 OK",
            "image/x-icon",
            b"<html>not an icon</html>",
        ),
        _ => reply(
            stream,
            "200 OK",
            "text/html",
            b"<html><body><p>page</p></body></html>",
        ),
    });
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
    let url = serve(|path, stream| match path {
        "/" => {
            let _ = write!(stream, "HTTP/1.1 302 Found\r\nLocation: /start\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        }
        "/start" => {
            let _ = write!(stream, "HTTP/1.1 301 Moved\r\nLocation: /site/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        }
        "/site/" => reply(stream, "200 OK", "text/html", PAGE),
        _ => reply(
            stream,
            "404 Not Found",
            "text/html",
            b"<html><body><h1>No such page here</h1></body></html>",
        ),
    });
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
    let url = serve(|_, stream| reply(stream, "200 OK", "text/html", PAGE));
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
