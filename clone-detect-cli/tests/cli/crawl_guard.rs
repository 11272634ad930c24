//! "Fetching never reaches inside": the real crawler against real servers
//! on loopback. A start server on 127.0.0.1 is trusted (as a mirror run
//! inside would be); an "inside" server on 127.0.0.2 logs every connection
//! and request it receives and must get none while the guard is on. Each
//! test asserts on that log *and* on what the crawl recorded, and runs the
//! same setup with the guard off to show it does reach the inside server.

use clone_detect_tests::tempfile;

use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

use crate::common::bin;
use clone_detect::acquire::crawl::CrawlConfig;
use clone_detect::acquire::guard::Lookup;
use clone_detect::blocking::crawl;
use clone_detect::{Error, SiteSnapshot};
use clone_detect_tests::server::{Reply, Request, Server, LOCALHOST};

/// The "inside" address: loopback, but not the trusted 127.0.0.1.
const INSIDE: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2));

fn page(html: &str) -> Reply {
    Reply::new("200 OK", "text/html", html)
}

/// A server on `ip` that answers `route(target)` and logs every connection
/// and request it gets.
fn serve(ip: IpAddr, route: impl Fn(&str) -> Reply + Send + Sync + 'static) -> Server {
    Server::on(ip)
        .start(move |request: &Request| route(request.target()))
        .unwrap()
}

/// A server on 127.0.0.2 that answers every request with a small page.
fn inside() -> Server {
    serve(INSIDE, |_| page("<html><body>inside</body></html>"))
}

/// The assertions on what a server received.
trait Reached {
    /// Asserts that nothing ever connected.
    fn assert_untouched(&self, what: &str);
    /// Asserts that `path` was requested (the controls).
    fn assert_requested(&self, path: &str, what: &str);
}

impl Reached for Server {
    fn assert_untouched(&self, what: &str) {
        assert_eq!(
            self.connections(),
            0,
            "{what}: {} was reached: {:?}",
            self.addr().ip(),
            self.paths()
        );
    }

    fn assert_requested(&self, path: &str, what: &str) {
        assert!(
            self.paths().iter().any(|p| p == path),
            "{what}: {path} not requested on {}; requests: {:?}",
            self.addr().ip(),
            self.paths()
        );
    }
}

/// `inside.test` is 127.0.0.2; `mixed.test` is a public address and
/// 127.0.0.2 (the private one first: a guard that dropped it would connect
/// to the public one, never to an address outside loopback by accident
/// of order); `both.test` is 127.0.0.2 and the trusted 127.0.0.1.
fn lookup() -> Lookup {
    Lookup::custom(|name| {
        let ips: &[&str] = match name {
            "inside.test" => &["127.0.0.2"],
            "mixed.test" => &["127.0.0.2", "93.184.216.34"],
            "both.test" => &["127.0.0.2", "127.0.0.1"],
            _ => {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "no such test name",
                ))
            }
        };
        Ok(ips.iter().map(|ip| ip.parse().unwrap()).collect())
    })
}

/// The guard on (the default), 127.0.0.1 trusted.
fn guarded() -> CrawlConfig {
    CrawlConfig {
        timeout: Duration::from_secs(20),
        request_timeout: Duration::from_secs(3),
        lookup: lookup(),
        trusted: vec![LOCALHOST],
        ..CrawlConfig::default()
    }
}

/// The same with the guard off.
fn open() -> CrawlConfig {
    CrawlConfig {
        refuse_private: false,
        ..guarded()
    }
}

fn refusal(result: Result<SiteSnapshot, Error>, what: &str) -> String {
    match result {
        Err(Error::Crawl { reason, .. }) => {
            assert!(reason.starts_with("refused: "), "{what}: {reason}");
            reason
        }
        other => panic!("{what}: expected a refusal, got {other:?}"),
    }
}

fn warned(s: &SiteSnapshot, needle: &str, what: &str) {
    assert!(
        s.warnings
            .iter()
            .any(|w| w.starts_with("refused: ") && w.contains(needle)),
        "{what}: no refusal naming {needle:?} in {:#?}",
        s.warnings
    );
}

#[test]
fn the_guard_is_on_by_default_and_robots_txt_is_not_obeyed() {
    let default = CrawlConfig::default();
    assert!(default.refuse_private);
    assert!(!default.respect_robots_txt);
    assert_eq!(default.lookup, Lookup::System);
    assert!(default.trusted.is_empty());
    // Every command that fetches takes --allow-private and --obey-robots.
    for command in [
        &["fingerprint"][..],
        &["snapshot"],
        &["check"],
        &["watch"],
        &["known", "add"],
    ] {
        let out = bin().args(command).arg("--help").output().unwrap();
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(
            help.contains("--allow-private") && help.contains("--obey-robots"),
            "{command:?}: {help}"
        );
        assert!(!help.contains("--refuse-private") && !help.contains("--ignore-robots"));
    }
}

/// The CLI's default guard: a name pinned to loopback and a literal private
/// address are never requested; `--allow-private` reaches the same server.
#[test]
fn cli_refuses_a_name_pinned_to_loopback_unless_allowed() {
    let server = serve(LOCALHOST, |_| page("<html><title>t</title></html>"));
    let inside = inside();
    let pinned = format!("http://pinned.test:{}/", server.port());
    let run = |extra: &[&str], url: &str| {
        bin()
            .args([
                "fingerprint",
                "--no-screenshot",
                "--resolve",
                "pinned.test=127.0.0.1",
            ])
            .args(extra)
            .arg(url)
            .output()
            .unwrap()
    };
    let out = run(&[], &pinned);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a pin to loopback is a usage error"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("pinned.test is pinned to 127.0.0.1"), "{err}");
    let out = bin()
        .args([
            "snapshot",
            "--no-screenshot",
            "--resolve",
            "pinned.test=127.0.0.1",
        ])
        .arg(&pinned)
        .arg("-o")
        .arg(tempfile::tempdir().unwrap().path().join("snap"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // A literal private address: refused, exit code 1 with the reason.
    let out = bin()
        .args(["fingerprint", "--no-screenshot"])
        .arg(inside.url("/"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("refused") && err.contains("127.0.0.2 is not a public address"),
        "{err}"
    );
    server.assert_untouched("the default guard");
    inside.assert_untouched("the default guard");

    // Control: --allow-private reaches both.
    let out = run(&["--allow-private"], &pinned);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    server.assert_requested("/", "--allow-private");
    let out = bin()
        .args(["fingerprint", "--no-screenshot", "--allow-private"])
        .arg(inside.url("/"))
        .output()
        .unwrap();
    assert!(out.status.success());
    inside.assert_requested("/", "--allow-private");
}

/// A redirect of the start URL into the network (a literal address, or a
/// name that resolves there) is refused before it is requested.
#[test]
fn start_url_redirects_into_the_network_are_refused_before_any_request() {
    for target in ["literal", "name"] {
        let inside = inside();
        let to = match target {
            "literal" => inside.url("/landing"),
            _ => format!("http://inside.test:{}/landing", inside.port()),
        };
        let start = serve(LOCALHOST, move |path| match path {
            "/" => Reply::redirect(&to),
            _ => Reply::not_found(),
        });
        let reason = refusal(crawl(&start.url("/"), &guarded()), target);
        assert!(reason.contains("127.0.0.2"), "{target}: {reason}");
        inside.assert_untouched(target);
        start.assert_requested("/", target);

        // Control: with the guard off the chain is followed inside.
        let s = crawl(&start.url("/"), &open()).expect("the open crawl");
        inside.assert_requested("/landing", target);
        assert_eq!(s.redirects.len(), 2, "{target}: {:?}", s.redirects);
    }
}

/// Favicon, script and stylesheet links into the network are refused before
/// any request (also a same-host script that redirects there, and a
/// favicon on a name that resolves there); a page link there is not
/// crawled.
#[test]
fn favicon_asset_and_page_links_into_the_network_are_refused_before_any_request() {
    let inside = inside();
    let port = inside.port();
    let start = serve(LOCALHOST, move |path| match path {
        "/" => page(&format!(
            "<html><head><title>shop</title>\
             <link rel=icon href=http://127.0.0.2:{port}/f.ico>\
             <link rel=icon href=http://inside.test:{port}/n.ico>\
             <link rel=stylesheet href=http://127.0.0.2:{port}/s.css>\
             <script src=http://127.0.0.2:{port}/a.js></script>\
             <script src=/local.js></script></head>\
             <body><a href=http://127.0.0.2:{port}/page>in</a><p>Welcome</p></body></html>"
        )),
        "/local.js" => Reply::redirect(&format!("http://127.0.0.2:{port}/r.js")),
        _ => Reply::not_found(),
    });
    let s = crawl(&start.url("/"), &guarded()).expect("the start page is fine");
    inside.assert_untouched("guarded");
    for needle in [
        format!("127.0.0.2:{port}/f.ico"),
        "inside.test resolves to 127.0.0.2".to_string(),
        format!("127.0.0.2:{port}/s.css"),
        format!("127.0.0.2:{port}/a.js"),
        format!("127.0.0.2:{port}/r.js"),
    ] {
        warned(&s, &needle, "guarded");
    }
    assert!(s.favicon.is_none());
    assert!(s.pages.iter().all(|p| p.url.starts_with(&start.url("/"))));
    start.assert_requested("/local.js", "guarded");

    // Control: with the guard off the favicons and the redirected script
    // are fetched inside; the page link still is not (spider keeps to the
    // start host), nor the other host's script (assets are same-host).
    let s = crawl(&start.url("/"), &open()).expect("the open crawl");
    for path in ["/f.ico", "/n.ico", "/r.js"] {
        inside.assert_requested(path, "open");
    }
    for path in ["/page", "/a.js", "/s.css"] {
        assert!(!inside.paths().iter().any(|p| p == path), "{path}");
    }
    assert!(
        !s.warnings.iter().any(|w| w.starts_with("refused")),
        "{:?}",
        s.warnings
    );
}

/// A name answering a public and a private address is refused whole, and
/// so is one answering a trusted and a private address: nothing connects.
#[test]
fn a_name_with_any_private_address_is_refused_whole() {
    let inside = inside();
    let trusted = serve(LOCALHOST, |_| page("<html><body>trusted</body></html>"));
    for name in ["mixed.test", "both.test"] {
        let url = format!("http://{name}:{}/", inside.port());
        let reason = refusal(crawl(&url, &guarded()), name);
        assert!(
            reason.contains(&format!("{name} resolves to 127.0.0.2")),
            "{name}: {reason}"
        );
    }
    inside.assert_untouched("guarded");
    trusted.assert_untouched("guarded");

    // Control: with the guard off, `both.test` (loopback only: no traffic
    // leaves the machine) reaches the inside server it lists first.
    let url = format!("http://both.test:{}/", inside.port());
    crawl(&url, &open()).expect("the open crawl");
    inside.assert_requested("/", "open");
}

/// spider's own page requests: links on the trusted start host that
/// redirect into the network are refused, by the guard's redirect check
/// (a literal) and by its resolver (a name).
#[test]
fn spider_page_redirects_into_the_network_are_refused() {
    let inside = inside();
    let port = inside.port();
    let start = serve(LOCALHOST, move |path| match path {
        "/" => page(
            "<html><head><title>shop</title></head><body>\
             <a href=/go-literal>a</a> <a href=/go-name>b</a><p>Welcome</p></body></html>",
        ),
        "/go-literal" => Reply::redirect(&format!("http://127.0.0.2:{port}/literal")),
        "/go-name" => Reply::redirect(&format!("http://inside.test:{port}/name")),
        _ => Reply::not_found(),
    });
    let s = crawl(&start.url("/"), &guarded()).expect("the start page is fine");
    inside.assert_untouched("guarded");
    start.assert_requested("/go-literal", "guarded");
    start.assert_requested("/go-name", "guarded");
    warned(&s, &format!("127.0.0.2:{port}/literal"), "guarded");
    warned(&s, "inside.test resolves to 127.0.0.2", "guarded");

    // Control: with the guard off spider follows the name inside; its own
    // screen still refuses the literal loopback address (as spider does).
    crawl(&start.url("/"), &open()).expect("the open crawl");
    inside.assert_requested("/name", "open");
    assert!(!inside.paths().iter().any(|p| p == "/literal"));
}
