//! The browser behind its private-network guard, with the real Chromium and
//! servers on loopback: every request of a page (subresources, frames,
//! fetches, redirects, WebSockets, names that resolve inside) goes through
//! the guarded proxy, pinned names load, and the flags reach Chromium as
//! flags.

use std::net::{IpAddr, Ipv6Addr, TcpStream};
use std::time::Duration;

use clone_detect::acquire::guard::Lookup;
use clone_detect::acquire::screenshot::ScreenshotConfig;
use clone_detect::blocking::Screenshotter;
use clone_detect_tests::server::{closed_port, Reply, Routes, Server};

const LOCAL: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(127, 0, 0, 1));
const INSIDE: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(127, 0, 0, 2));

/// A server on `ip` that logs the first line of every connection it
/// accepts (a TLS handshake logs as bytes) and answers from `routes`, or
/// `200 ok`; `None` when the address cannot be bound (no IPv6 here).
fn serve<'a>(ip: IpAddr, routes: impl IntoIterator<Item = (&'a str, Reply)>) -> Option<Server> {
    let ok = Reply::new("200 OK", "text/plain", "ok");
    Server::on(ip).start(Routes::new(routes).otherwise(ok)).ok()
}

/// A page on 127.0.0.1 whose every kind of request goes to servers inside.
fn page(inside: &Server, v6: Option<&Server>) -> String {
    let port = inside.port();
    let at = |path: &str| format!("http://127.0.0.2:{port}{path}");
    let v6 = v6.map_or_else(String::new, |s| {
        format!("<img src=\"http://[::1]:{}/v6.png\">", s.port())
    });
    format!(
        r#"<!doctype html><html><head><title>guarded</title>
<link rel="stylesheet" href="{css}">
<script src="{js}"></script>
</head><body style="background:#2a6">
<h1>A page that reaches inside</h1>
<img src="{img}"> <img src="http://inside.test:{port}/named.png">
<img src="https://127.0.0.2:{port}/tls.png"> <img src="/redirect"> {v6}
<iframe src="{frame}"></iframe>
<script>
fetch("{fetch}").catch(() => {{}});
try {{ new WebSocket("ws://127.0.0.2:{port}/ws"); }} catch (e) {{}}
</script>
</body></html>"#,
        css = at("/style.css"),
        js = at("/script.js"),
        img = at("/img.png"),
        frame = at("/frame.html"),
        fetch = at("/fetch"),
    )
}

/// `inside.test` is inside; nothing else resolves (so no test asks real
/// DNS, and nothing leaves loopback).
fn lookup() -> Lookup {
    Lookup::custom(|name| match name {
        "inside.test" => Ok(vec![INSIDE]),
        _ => Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "no such name",
        )),
    })
}

fn is_png(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\x89PNG\r\n\x1a\n")
}

/// Tests run as root, where Chromium's sandbox does not run.
fn launch(config: ScreenshotConfig) -> Screenshotter {
    Screenshotter::launch(ScreenshotConfig {
        no_sandbox: true,
        ..config
    })
    .expect("Chromium (apt-get install chromium)")
}

#[test]
fn no_request_of_a_page_reaches_inside_unless_allowed() {
    let inside = serve(INSIDE, []).expect("127.0.0.2 is loopback");
    let v6 = serve(IpAddr::V6(Ipv6Addr::LOCALHOST), []);
    let main = serve(
        LOCAL,
        [
            (
                "/",
                Reply::new("200 OK", "text/html", page(&inside, v6.as_ref())),
            ),
            (
                "/redirect",
                Reply::redirect(&inside.url_as("127.0.0.2", "/redirected.png")),
            ),
        ],
    )
    .unwrap();
    let url = main.url_as("127.0.0.1", "/");
    let config = ScreenshotConfig {
        refuse_private: true,
        trusted: vec![LOCAL],
        lookup: lookup(),
        settle: Duration::from_millis(1500),
        ..ScreenshotConfig::default()
    };

    let guarded = launch(config.clone());
    let png = guarded.capture(&url).expect("the trusted page loads");
    assert!(is_png(&png));
    drop(guarded);
    std::thread::sleep(Duration::from_millis(500));
    let main_log = main.log();
    assert!(
        main_log.iter().any(|l| l.starts_with("GET / "))
            && main_log.iter().any(|l| l.starts_with("GET /redirect ")),
        "the page and its redirecting image were requested: {main_log:?}"
    );
    assert_eq!(inside.log(), Vec::<String>::new(), "127.0.0.2 was reached");
    if let Some(v6) = &v6 {
        assert_eq!(v6.log(), Vec::<String>::new(), "[::1] was reached");
    }

    // The control: the same page, unguarded, does reach them (through the
    // proxy too), so the empty logs above mean something.
    let open = launch(ScreenshotConfig {
        refuse_private: false,
        ..config
    });
    assert!(is_png(&open.capture(&url).expect("the page loads")));
    drop(open);
    std::thread::sleep(Duration::from_millis(500));
    let log = inside.log();
    for path in [
        "/style.css",
        "/script.js",
        "/img.png",
        "/named.png",
        "/redirected.png",
        "/frame.html",
        "/fetch",
        "/ws",
    ] {
        assert!(
            log.iter().any(|l| l.contains(&format!(" {path} "))),
            "{path} not requested unguarded: {log:?}"
        );
    }
    // The TLS image went through a tunnel: a connection whose first line is
    // not an HTTP request.
    assert!(
        log.iter().any(|l| !l.contains(" HTTP/1.1")),
        "no tunnelled TLS connection: {log:?}"
    );
    if let Some(v6) = &v6 {
        assert!(
            v6.log().iter().any(|l| l.contains(" /v6.png ")),
            "[::1] not reached unguarded: {:?}",
            v6.log()
        );
    }
}

#[test]
fn pinned_names_load_and_dead_sites_fail() {
    let main = serve(
        LOCAL,
        [(
            "/",
            Reply::new(
                "200 OK",
                "text/html",
                "<html><body style=\"background:#c33\"><h1>mirror</h1></body></html>",
            ),
        )],
    )
    .unwrap();
    let shots = launch(ScreenshotConfig {
        refuse_private: false,
        resolve: vec![("mirror.test".into(), LOCAL)],
        lookup: lookup(),
        ..ScreenshotConfig::default()
    });
    let png = shots
        .capture(&main.url_as("mirror.test", "/"))
        .expect("a pinned name loads (it used to fail with ERR_NAME_NOT_RESOLVED)");
    assert!(is_png(&png));
    assert!(main.log().iter().any(|l| l.starts_with("GET / ")));

    // A dead site is an error, over plain HTTP (the proxy's 502) and over
    // HTTPS (Chromium's error page), not a screenshot of an error page.
    let port = closed_port();
    for url in [
        format!("http://127.0.0.1:{port}/"),
        format!("https://127.0.0.1:{port}/"),
        format!("http://unknown.test:{port}/"),
    ] {
        let err = shots.capture(&url).expect_err(&url).to_string();
        assert!(err.contains("did not load"), "{url}: {err}");
    }
}

#[test]
fn private_targets_are_refused_before_any_request() {
    let main = serve(LOCAL, []).unwrap();
    let port = main.port();
    let shots = launch(ScreenshotConfig {
        lookup: lookup(),
        ..ScreenshotConfig::default()
    });
    for url in [
        format!("http://127.0.0.1:{port}/"),
        format!("http://localhost:{port}/"),
        format!("http://[::ffff:127.0.0.1]:{port}/"),
        "file:///etc/passwd".to_string(),
    ] {
        let err = shots.capture(&url).expect_err(&url);
        assert!(
            matches!(err, clone_detect::Error::Browser(_)),
            "{url}: {err:?}"
        );
    }
    // Names that resolve inside pass the URL check and are refused by the
    // proxy, which answers without connecting.
    let inside = serve(INSIDE, []).unwrap();
    for url in [
        inside.url_as("inside.test", "/"),
        format!("https://inside.test:{}/", inside.port()),
    ] {
        let err = shots.capture(&url).expect_err(&url).to_string();
        assert!(err.contains("did not load"), "{url}: {err}");
    }
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(main.log(), Vec::<String>::new());
    assert_eq!(inside.log(), Vec::<String>::new());
    // A pin to a refused address is a configuration error.
    let err = Screenshotter::launch(ScreenshotConfig {
        resolve: vec![("mirror.test".into(), LOCAL)],
        no_sandbox: true,
        ..ScreenshotConfig::default()
    })
    .expect_err("a pin inside while refusing private targets");
    assert!(matches!(err, clone_detect::Error::Config(_)), "{err:?}");
}

/// The running browser's command line, read from /proc.
fn command_line(pid: u32) -> Vec<String> {
    let raw = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap();
    raw.split(|&b| b == 0)
        .filter(|a| !a.is_empty())
        .map(|a| String::from_utf8_lossy(a).into_owned())
        .collect()
}

/// Regression test for chromiumoxide's `arg("--x")` printing `----x`: the
/// flags reach Chromium as flags.
#[test]
fn flags_reach_chromium() {
    let shots = launch(ScreenshotConfig {
        refuse_private: false,
        resolve: vec![("pinned.test".into(), LOCAL)],
        lookup: lookup(),
        ..ScreenshotConfig::default()
    });
    let pid = shots.browser_pid().expect("the browser's process id");
    // The Debian launcher script execs the binary: same process, its
    // command line once exec'd.
    let mut args = command_line(pid);
    for _ in 0..50 {
        if !args.first().is_some_and(|a| a.ends_with("sh")) {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
        args = command_line(pid);
    }
    assert!(
        args.iter().all(|a| !a.starts_with("----")),
        "a flag with four dashes: {args:?}"
    );
    // Switches: present as `--switch` (the launcher script may add some of
    // them again).
    for flag in [
        "--disable-gpu",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--disable-background-networking",
        "--disable-quic",
    ] {
        assert!(args.iter().any(|a| a == flag), "{flag} not in {args:?}");
    }
    // Switches with a value: present as `--switch=value`, and with no other
    // value.
    for flag in [
        "--proxy-bypass-list=<-loopback>",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        "--webrtc-ip-handling-policy=disable_non_proxied_udp",
        "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
    ] {
        let key = &flag[..=flag.find('=').unwrap()];
        let given: Vec<&String> = args.iter().filter(|a| a.starts_with(key)).collect();
        assert_eq!(given, [flag], "{flag} in {args:?}");
    }
    // Pins are the proxy's business: no rule for them on the command line.
    assert!(!args.iter().any(|a| a.contains("pinned.test")), "{args:?}");
    let proxies: Vec<&String> = args
        .iter()
        .filter(|a| a.starts_with("--proxy-server="))
        .collect();
    assert_eq!(proxies.len(), 1, "{args:?}");
    let port: u16 = proxies[0]
        .strip_prefix("--proxy-server=http://127.0.0.1:")
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("{}", proxies[0]));
    // The proxy listens there.
    TcpStream::connect(("127.0.0.1", port)).expect("the proxy listens");
}

/// The browser's proxy listens on loopback, with its port on Chromium's
/// command line for every local user to read: only this user's connections
/// (Chromium's) are served; another user's is closed unanswered. Needs root
/// to act as another user (`nobody`); skipped otherwise.
#[test]
fn other_local_users_cannot_use_the_browsers_proxy() {
    use std::os::unix::process::CommandExt;
    let root = std::fs::read_to_string("/proc/self/status").is_ok_and(|s| {
        s.lines()
            .find(|l| l.starts_with("Uid:"))
            .and_then(|l| l.split_whitespace().nth(1))
            == Some("0")
    });
    if !root {
        // Acting as another user needs root: nothing to check here.
        return;
    }
    let shots = launch(ScreenshotConfig::default());
    let pid = shots.browser_pid().expect("a browser");
    let cmdline = String::from_utf8_lossy(&std::fs::read(format!("/proc/{pid}/cmdline")).unwrap())
        .replace('\0', " ");
    let port = cmdline
        .split_whitespace()
        .find_map(|arg| arg.strip_prefix("--proxy-server=http://127.0.0.1:"))
        .expect("the proxy's port on the command line")
        .to_string();
    // A plain proxy request from a shell, as `uid` (this user when `None`).
    let ask = |uid: Option<u32>| {
        let mut shell = std::process::Command::new("bash");
        shell.args([
            "-c",
            "exec 3<>/dev/tcp/127.0.0.1/$0 || exit 9
             printf 'GET http://example.invalid/ HTTP/1.1\\r\\nHost: example.invalid\\r\\n\\r\\n' >&3
             timeout 10 head -c 64 <&3",
            &port,
        ]);
        if let Some(uid) = uid {
            shell.uid(uid).gid(uid);
        }
        let out = shell.output().expect("bash");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (_, own) = ask(None);
    assert!(own.starts_with("HTTP/1."), "this user's request: {own:?}");
    let (code, other) = ask(Some(65534));
    assert_ne!(
        code,
        Some(9),
        "nobody could not even connect: the test proves nothing"
    );
    assert!(
        other.is_empty(),
        "another user's request was answered: {other:?}"
    );
}

/// One browser, two captures at once, each through a proxy of its own that
/// reaches its own server alone (`capture_only`, as saved folders are
/// rendered): page A asks for B's server, the very address B's capture is
/// allowed, by every kind of request, and B's server never hears of it.
/// A browser whose own proxy reaches anything is refused for it.
#[test]
fn a_capture_through_its_own_proxy_reaches_no_other_capture_s_server() {
    use clone_detect::acquire::folder_render::folder_browser;
    use clone_detect::acquire::screenshot::NOWHERE;
    let b = Server::routes([("/", Reply::html("<title>B</title><p>the page of B</p>"))]);
    let at_b = |path: &str| b.url(path);
    let page_a = format!(
        r#"<!doctype html><title>A</title><body><p>the page of A</p>
<img src="{img}"><iframe src="{frame}"></iframe>
<script>
fetch("{fetch}").then(() => {{ document.title = "A reached B"; }}).catch(() => {{}});
try {{ new WebSocket("ws://{addr}/from-a-ws"); }} catch (e) {{}}
</script></body>"#,
        img = at_b("/from-a.png"),
        frame = at_b("/from-a-frame"),
        fetch = at_b("/from-a-fetch"),
        addr = b.addr(),
    );
    let a = Server::routes([("/", Reply::html(page_a.clone()))]);
    let shots = launch(folder_browser(&ScreenshotConfig::default()));
    let (got_a, got_b) = std::thread::scope(|scope| {
        let ta = scope.spawn(|| shots.capture_only(a.addr(), &a.url("/")));
        let tb = scope.spawn(|| shots.capture_only(b.addr(), &b.url("/")));
        (ta.join().unwrap(), tb.join().unwrap())
    });
    let got_a = got_a.expect("A captured");
    let got_b = got_b.expect("B captured");
    assert!(is_png(&got_a.png) && is_png(&got_b.png));
    assert!(got_a.rendered_html.unwrap().contains("the page of A"));
    assert!(got_b.rendered_html.unwrap().contains("the page of B"));
    let from_a: Vec<String> = b
        .log()
        .into_iter()
        .filter(|l| l.contains("from-a"))
        .collect();
    assert!(from_a.is_empty(), "A reached B: {from_a:?}");
    assert_eq!(b.requests("/"), 1, "{:?}", b.log());
    // Each capture's page asked its own server, once.
    assert_eq!(a.requests("/"), 1, "{:?}", a.log());

    // A browser whose own proxy reaches sites is not used for it.
    let open = launch(ScreenshotConfig::default());
    let refused = open.capture_only(a.addr(), &a.url("/")).unwrap_err();
    assert!(refused.to_string().contains("NOWHERE"), "{refused}");
    assert_eq!(
        folder_browser(&ScreenshotConfig::default()).only_address,
        Some(NOWHERE)
    );
}

/// One browser renders many folders at once, so a browser that dies under
/// a capture (here killed from outside, as a sibling's page might kill it)
/// does not cost that capture: it is taken once more in a new browser. A
/// page that fails on its own in a living browser is not taken again.
#[test]
fn a_capture_whose_browser_dies_under_it_is_taken_again_in_a_new_one() {
    use clone_detect::acquire::folder_render::folder_browser;
    let slow = Server::routes([(
        "/",
        Reply::html("<title>slow</title><p>the slow page</p>").after(Duration::from_secs(3)),
    )]);
    let shots = launch(folder_browser(&ScreenshotConfig::default()));
    let got = std::thread::scope(|scope| {
        let capture = scope.spawn(|| shots.capture_only(slow.addr(), &slow.url("/")));
        // The page is asked for: the browser is killed while it waits.
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        while slow.requests("/") == 0 {
            assert!(
                std::time::Instant::now() < deadline,
                "the page was never asked"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        let first = shots.browser_pid().expect("a browser");
        let killed = std::process::Command::new("kill")
            .args(["-KILL", &first.to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        (capture.join().unwrap(), first)
    });
    let (capture, first) = got;
    let capture = capture.expect("taken again in a new browser");
    assert!(capture.rendered_html.unwrap().contains("the slow page"));
    assert_eq!(slow.requests("/"), 2, "{:?}", slow.log());
    assert_ne!(shots.browser_pid(), Some(first));

    // A page that outlasts the capture's time fails once: its browser
    // lives, and the page is not asked again.
    let hanging = Server::routes([(
        "/",
        Reply::html("<p>too late</p>").after(Duration::from_secs(30)),
    )]);
    let quick = launch(folder_browser(&ScreenshotConfig {
        timeout: Duration::from_secs(3),
        ..ScreenshotConfig::default()
    }));
    let failed = quick.capture_only(hanging.addr(), &hanging.url("/"));
    assert!(failed.is_err(), "a page that never comes is no capture");
    assert_eq!(hanging.requests("/"), 1, "{:?}", hanging.log());
}
