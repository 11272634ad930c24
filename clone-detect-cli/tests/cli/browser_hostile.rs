//! The browser against hostile pages, with the real Chromium and servers on
//! loopback: popups, dialogs, downloads, pages that never finish loading or
//! never stop computing, restarts, a killed parent, and root without a
//! sandbox. Each hostile case runs beside a normal page in the same
//! browser, to show that the browser still works afterwards.

use clone_detect_tests::tempfile;
use clone_detect_tests::tokio;

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use clone_detect::acquire::screenshot::ScreenshotConfig;
use clone_detect::blocking::Screenshotter;
use clone_detect_tests::faults::Fault;
use clone_detect_tests::server::{Reply, Routes, Server};

/// A server on 127.0.0.1 that logs the first line of every request and
/// answers from its routes (the query is ignored), or `200 ok`.
fn serve<'a>(routes: impl IntoIterator<Item = (&'a str, Reply)>) -> Server {
    Server::start(Routes::new(routes).otherwise(html("ok")))
}

fn html(body: &str) -> Reply {
    Reply::new("200 OK", "text/html", body)
}

/// The start of an HTML page, then a space every 200 ms for a minute: a
/// document that never finishes (and keeps its connection busy, so no idle
/// timeout ends it).
fn drip() -> Reply {
    Reply::fault(Fault::Drip {
        start: b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n\
                 <!doctype html><html><body style=\"background:#c33\"><h1>loading"
            .to_vec(),
        byte: b' ',
        every: Duration::from_millis(200),
        times: 300,
    })
}

/// A plain page, painted in one colour.
const NORMAL: &str =
    "<!doctype html><html><body style=\"background:#2a6\"><h1>A normal page</h1></body></html>";

/// Tests run as root, where Chromium's sandbox does not run.
fn launch(config: ScreenshotConfig) -> Screenshotter {
    Screenshotter::launch(ScreenshotConfig {
        refuse_private: false,
        no_sandbox: true,
        ..config
    })
    .expect("Chromium (apt-get install chromium)")
}

/// A server of the normal page alone.
fn normal_server() -> Server {
    serve([("/", html(NORMAL))])
}

/// Captures the normal page and checks it is a PNG of its colour.
fn capture_normal(shots: &Screenshotter, server: &Server) {
    let png = shots
        .capture(&server.url("/"))
        .expect("the normal page still loads");
    assert_eq!(centre(&png), [0x22, 0xaa, 0x66], "the normal page's colour");
}

/// The RGB colour of the middle of a PNG screenshot.
fn centre(png: &[u8]) -> [u8; 3] {
    let image = image::load_from_memory(png).expect("a PNG").to_rgb8();
    image
        .get_pixel(image.width() / 2, image.height() / 2 + 100)
        .0
}

/// Asserts the browser holds no browser context besides the default one and
/// no target whose URL contains any of `gone`; returns its page targets.
fn assert_clean(shots: &Screenshotter, gone: &[&str]) -> usize {
    let state = shots.browser_targets().expect("the browser answers");
    assert!(
        state.contexts.is_empty(),
        "browser contexts left: {:?}",
        state.contexts
    );
    for (kind, url) in &state.targets {
        assert!(
            !gone.iter().any(|g| url.contains(g)),
            "a {kind} target left: {url} (all: {:?})",
            state.targets
        );
    }
    // The context opened ahead for the next capture holds one blank tab,
    // and no other page (Chromium's own `browser_ui` targets aside).
    let spare = spare_pages(&state);
    assert!(
        spare.is_empty() || spare == ["about:blank"],
        "the spare context holds {:?}",
        state.spare
    );
    state.targets.iter().filter(|(k, _)| k == "page").count()
}

/// The URLs of the page targets in the spare context.
fn spare_pages(state: &clone_detect::acquire::screenshot::BrowserTargets) -> Vec<&str> {
    state
        .spare
        .iter()
        .filter(|(kind, _)| kind != "browser_ui")
        .map(|(_, url)| url.as_str())
        .collect()
}

/// Process ids whose command line names something inside the folder
/// `dir`.
fn processes_in(dir: &Path) -> Vec<u32> {
    processes_with(&format!("{}/", dir.display()))
}

/// Process ids whose command line contains `needle`.
fn processes_with(needle: &str) -> Vec<u32> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        if pid == std::process::id() {
            continue;
        }
        if let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) {
            if String::from_utf8_lossy(&cmdline).contains(needle) {
                found.push(pid);
            }
        }
    }
    found
}

/// Waits up to `limit` for `done`.
fn eventually(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    done()
}

/// CPU time (user and system, in clock ticks) used so far by `pids`.
fn cpu_ticks(pids: &[u32]) -> u64 {
    pids.iter()
        .filter_map(|pid| std::fs::read_to_string(format!("/proc/{pid}/stat")).ok())
        .map(|stat| {
            let after = &stat[stat.rfind(')').unwrap() + 2..];
            let fields: Vec<&str> = after.split_whitespace().collect();
            // utime and stime: fields 14 and 15 of stat, 12 and 13 here.
            fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
        })
        .sum()
}

/// Every file under `dir`, recursively.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            match e.file_type() {
                Ok(t) if t.is_dir() => stack.push(e.path()),
                Ok(_) => out.push(e.path()),
                Err(_) => {}
            }
        }
    }
    out
}

#[test]
fn popups_and_dialogs_are_contained() {
    let hostile = r#"<!doctype html><html><body style="background:#c33"><h1>popups</h1><script>
for (let i = 0; i < 40; i++) { try { window.open('/popup?' + i, '_blank'); } catch (e) {} }
try { window.open('/popup?noopener', '_blank', 'noopener'); } catch (e) {}
setInterval(() => { for (let i = 0; i < 5; i++) { try { window.open('/popup', '_blank'); } catch (e) {} } }, 50);
alert('one'); confirm('two'); prompt('three');
</script></body></html>"#;
    // Dialogs block the page until answered: the colour is set after them.
    let dialogs = r#"<!doctype html><html><body><h1>dialogs</h1><script>
alert('one'); confirm('two'); prompt('three', 'x');
document.body.style.background = '#36c';
window.onbeforeunload = (e) => { e.preventDefault(); e.returnValue = 'stay'; return 'stay'; };
</script></body></html>"#;
    let server = serve([
        ("/", html(NORMAL)),
        ("/hostile", html(hostile)),
        ("/dialogs", html(dialogs)),
        ("/popup", html("<h1>popup</h1>")),
    ]);
    let timeout = Duration::from_secs(8);
    let shots = launch(ScreenshotConfig {
        timeout,
        ..ScreenshotConfig::default()
    });
    capture_normal(&shots, &server);
    let pages = assert_clean(&shots, &[]);

    // Dialogs are dismissed: the page goes on and is captured.
    let start = Instant::now();
    let png = shots
        .capture(&server.url("/dialogs"))
        .expect("a page with dialogs is captured");
    assert!(start.elapsed() < timeout, "{:?}", start.elapsed());
    assert_eq!(
        centre(&png),
        [0x33, 0x66, 0xcc],
        "the page ran past its dialogs"
    );
    // Its beforeunload handler did not keep its tab open.
    assert_eq!(assert_clean(&shots, &["/dialogs"]), pages);

    // Windows opened in a loop: Chromium's popup blocker stops them all.
    capture_hostile(&shots, &server, timeout);
    assert_eq!(assert_clean(&shots, &["/hostile", "/popup"]), pages);
    assert_eq!(server.requests("/popup"), 0, "a popup got past the blocker");
    capture_normal(&shots, &server);
    drop(shots);

    // A browser whose popup blocker lets them through (a launcher that
    // turns it off): every window opened is closed as it appears, and
    // nothing stays open.
    let dir = tempfile::tempdir().unwrap();
    let leaky = dir.path().join("leaky-chromium");
    let chromium = std::env::var("CHROME").unwrap_or_else(|_| "/usr/bin/chromium".into());
    std::fs::write(
        &leaky,
        format!("#!/bin/sh\nexec '{chromium}' --disable-popup-blocking \"$@\"\n"),
    )
    .unwrap();
    std::fs::set_permissions(&leaky, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let shots = launch(ScreenshotConfig {
        timeout,
        chrome: Some(leaky),
        ..ScreenshotConfig::default()
    });
    capture_normal(&shots, &server);
    let pages = assert_clean(&shots, &[]);
    capture_hostile(&shots, &server, timeout);
    assert!(
        server.requests("/popup") > 0,
        "no popup opened: the test shows nothing"
    );
    assert_eq!(assert_clean(&shots, &["/hostile", "/popup"]), pages);
    capture_normal(&shots, &server);
    assert_eq!(assert_clean(&shots, &["/hostile", "/popup"]), pages);
}

/// Captures `/hostile`: a screenshot or a typed error, within the deadline
/// and its clean-up.
fn capture_hostile(shots: &Screenshotter, server: &Server, timeout: Duration) {
    let start = Instant::now();
    match shots.capture(&server.url("/hostile")) {
        Ok(png) => assert_eq!(centre(&png), [0xcc, 0x33, 0x33]),
        Err(e) => assert!(matches!(e, clone_detect::Error::Browser(_)), "{e:?}"),
    }
    assert!(
        start.elapsed() < timeout + Duration::from_secs(6),
        "{:?}",
        start.elapsed()
    );
    std::thread::sleep(Duration::from_millis(500));
}

#[test]
fn a_page_that_never_finishes_is_closed_at_the_deadline() {
    // A frame that never finishes keeps its page from finishing too.
    let stall = r#"<!doctype html><html><body style="background:#c33"><h1>loading</h1>
<iframe src="/drip"></iframe></body></html>"#;
    let busy = r#"<!doctype html><html><body><h1>busy</h1><script>
let x = 0; for (;;) { x++; }
</script></body></html>"#;
    let server = serve([
        ("/", html(NORMAL)),
        ("/stall", html(stall)),
        ("/busy", html(busy)),
        ("/endless", drip()),
        ("/drip", drip()),
    ]);
    let timeout = Duration::from_secs(4);
    let shots = launch(ScreenshotConfig {
        timeout,
        ..ScreenshotConfig::default()
    });
    let folder = shots.browser_folder().unwrap();
    capture_normal(&shots, &server);
    let pages = assert_clean(&shots, &[]);

    for path in ["/endless", "/stall", "/busy"] {
        let start = Instant::now();
        let err = match shots.capture(&server.url(path)) {
            Ok(_) => panic!("{path}: a screenshot of a page that never finished"),
            Err(e) => e.to_string(),
        };
        let took = start.elapsed();
        assert!(err.contains("no screenshot within"), "{path}: {err}");
        assert!(
            took >= timeout && took < timeout + Duration::from_secs(6),
            "{path}: {took:?}"
        );
        assert_eq!(assert_clean(&shots, &[path]), pages, "{path}");
        capture_normal(&shots, &server);
    }
    // The endless script is not running anymore: the browser's processes
    // use little CPU (a running loop uses a whole core).
    std::thread::sleep(Duration::from_millis(500));
    let pids = processes_in(&folder);
    let before = cpu_ticks(&pids);
    std::thread::sleep(Duration::from_secs(2));
    let used = cpu_ticks(&pids) - before;
    assert!(
        used < 100,
        "the browser used {used} ticks in 2 s: the endless script still runs"
    );
}

#[test]
fn downloads_are_denied() {
    let page = r#"<!doctype html><html><body style="background:#c33"><h1>downloads</h1>
<a id="a" href="/evil.bin" download="evil-anchor.bin">x</a>
<iframe src="/attach"></iframe>
<script>document.getElementById('a').click();
setTimeout(() => { location.href = '/attach?top'; }, 100);</script></body></html>"#;
    let file = Reply::new(
        "200 OK",
        "application/octet-stream",
        "MZ pretend executable",
    );
    let attachment = file.clone().header(
        "Content-Disposition",
        "attachment; filename=\"evil-attachment.bin\"",
    );
    let server = serve([
        ("/", html(NORMAL)),
        ("/download", html(page)),
        ("/evil.bin", file),
        ("/attach", attachment),
    ]);
    let shots = launch(ScreenshotConfig {
        timeout: Duration::from_secs(8),
        ..ScreenshotConfig::default()
    });
    let folder = shots.browser_folder().unwrap();
    capture_normal(&shots, &server);
    let _ = shots.capture(&server.url("/download"));
    std::thread::sleep(Duration::from_secs(1));
    assert!(
        server.requests("/attach") > 0,
        "the page did ask for a download"
    );
    // Nothing was written: not in the browser's folder (profile, HOME,
    // TMPDIR), not in the user's downloads folder, not here.
    let mut places = files_under(&folder);
    if let Some(home) = std::env::var_os("HOME") {
        places.extend(files_under(&Path::new(&home).join("Downloads")));
    }
    places.extend(files_under(&std::env::current_dir().unwrap()));
    let written: Vec<&PathBuf> = places
        .iter()
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.contains("evil") || name.ends_with(".crdownload")
        })
        .collect();
    assert!(written.is_empty(), "downloaded: {written:?}");
    assert_clean(&shots, &["/download", "/attach", "/evil"]);
    capture_normal(&shots, &server);
}

#[test]
fn the_browser_is_restarted_after_n_captures() {
    let server = normal_server();
    let shots = launch(ScreenshotConfig {
        restart_after: 2,
        ..ScreenshotConfig::default()
    });
    let mut seen = Vec::new();
    for _ in 0..5 {
        capture_normal(&shots, &server);
        seen.push((
            shots.browser_pid().unwrap(),
            shots.browser_folder().unwrap(),
        ));
    }
    let pids: Vec<u32> = seen.iter().map(|(p, _)| *p).collect();
    assert!(
        pids[0] == pids[1] && pids[1] != pids[2] && pids[2] == pids[3] && pids[3] != pids[4],
        "two captures per browser: {pids:?}"
    );
    assert_ne!(pids[0], pids[4]);
    // The replaced browsers are gone, processes and folders.
    for (pid, folder) in [&seen[0], &seen[2]] {
        assert!(
            eventually(Duration::from_secs(5), || processes_in(folder).is_empty()
                && !folder.exists()),
            "browser {pid} left {:?}, folder there: {}",
            processes_in(folder),
            folder.exists()
        );
    }
    let last = seen[4].1.clone();
    assert!(!processes_in(&last).is_empty());
    drop(shots);
    assert!(
        eventually(Duration::from_secs(5), || processes_in(&last).is_empty()
            && !last.exists()),
        "the last browser outlived its Screenshotter: {:?}",
        processes_in(&last)
    );
}

/// Captures from several threads at once share one browser, and a restart
/// while others still capture in the old one does not disturb them.
#[test]
fn concurrent_captures_survive_restarts() {
    let server = normal_server();
    let shots = launch(ScreenshotConfig {
        restart_after: 3,
        ..ScreenshotConfig::default()
    });
    let folders = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..3 {
            scope.spawn(|| {
                for _ in 0..3 {
                    capture_normal(&shots, &server);
                    folders
                        .lock()
                        .unwrap()
                        .push(shots.browser_folder().unwrap());
                }
            });
        }
    });
    let mut folders = folders.into_inner().unwrap();
    folders.sort();
    folders.dedup();
    assert!(folders.len() >= 3, "9 captures, 3 per browser: {folders:?}");
    let current = shots.browser_folder().unwrap();
    for folder in folders.iter().filter(|f| **f != current) {
        assert!(
            eventually(Duration::from_secs(5), || processes_in(folder).is_empty()
                && !folder.exists()),
            "a replaced browser is left: {folder:?}"
        );
    }
}

/// The inodes of the listening TCP sockets of `/proc/net/{file}`, with
/// their local address (hex, as the kernel writes it).
fn listening(file: &str) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(format!("/proc/net/{file}")).unwrap_or_default();
    text.lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            (f.get(3) == Some(&"0A")).then(|| (f[9].to_string(), f[1].to_string()))
        })
        .collect()
}

#[test]
fn devtools_is_a_pipe_that_no_other_process_can_reach() {
    let shots = launch(ScreenshotConfig::default());
    // It works: a capture goes over the pipe.
    let server = normal_server();
    capture_normal(&shots, &server);
    let folder = shots.browser_folder().unwrap();
    let mut sockets = Vec::new();
    let mut pids = processes_in(&folder);
    pids.push(shots.browser_pid().unwrap());
    for pid in pids {
        let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else {
            continue;
        };
        for fd in fds.flatten() {
            if let Ok(link) = std::fs::read_link(fd.path()) {
                let link = link.to_string_lossy().into_owned();
                if let Some(inode) = link
                    .strip_prefix("socket:[")
                    .and_then(|s| s.strip_suffix(']'))
                {
                    sockets.push(inode.to_string());
                }
            }
        }
    }
    // No process of the browser listens on any TCP port.
    let v4 = listening("tcp");
    let v6 = listening("tcp6");
    let listens: Vec<&(String, String)> = v4
        .iter()
        .chain(&v6)
        .filter(|(inode, _)| sockets.contains(inode))
        .collect();
    assert!(listens.is_empty(), "the browser listens on {listens:?}");
    let pid = shots.browser_pid().unwrap();
    let cmdline = String::from_utf8_lossy(&std::fs::read(format!("/proc/{pid}/cmdline")).unwrap())
        .replace('\0', " ");
    assert!(cmdline.contains("--remote-debugging-pipe"), "{cmdline}");
    assert!(!cmdline.contains("--remote-debugging-port"), "{cmdline}");
    // Descriptors 3 and 4 are the FIFOs in the browser's private folder.
    for fd in [3, 4] {
        let target = std::fs::read_link(format!("/proc/{pid}/fd/{fd}")).unwrap();
        assert!(target.starts_with(&folder), "fd {fd}: {}", target.display());
    }
    // The relay took its one connection and stopped listening: nobody else
    // connects, token or not.
    let relay = shots.devtools_addr().unwrap();
    assert!(relay.ip().is_loopback());
    assert!(std::net::TcpStream::connect(relay).is_err());
    assert!(!listens_on(&v4, relay.port()));
}

#[test]
fn the_next_tab_is_opened_ahead_blank_and_only_when_asked() {
    let server = normal_server();
    let ahead = launch(ScreenshotConfig::default());
    capture_normal(&ahead, &server);
    let state = ahead.browser_targets().unwrap();
    assert_eq!(spare_pages(&state), ["about:blank"], "{state:?}");
    // The spare is used by the next capture, and a new one is opened.
    capture_normal(&ahead, &server);
    assert_clean(&ahead, &[]);
    let state = ahead.browser_targets().unwrap();
    assert_eq!(spare_pages(&state), ["about:blank"], "{state:?}");
    let on_demand = launch(ScreenshotConfig {
        open_ahead: false,
        ..ScreenshotConfig::default()
    });
    capture_normal(&on_demand, &server);
    let state = on_demand.browser_targets().unwrap();
    assert!(
        state.spare.is_empty() && state.contexts.is_empty(),
        "{state:?}"
    );
}

/// The async screenshotter runs on the caller's runtime (no runtime of its
/// own): launched, used and dropped inside one, its browser gone with it;
/// the blocking one refuses to run there.
#[test]
fn the_async_screenshotter_runs_on_the_callers_runtime() {
    let server = normal_server();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let folder = runtime.block_on(async {
        let config = ScreenshotConfig {
            refuse_private: false,
            no_sandbox: true,
            ..ScreenshotConfig::default()
        };
        let shots = clone_detect::acquire::screenshot::Screenshotter::launch(config.clone())
            .await
            .expect("Chromium");
        let png = shots.capture(&server.url("/")).await.expect("a capture");
        assert_eq!(centre(&png), [0x22, 0xaa, 0x66]);
        let refused = Screenshotter::launch(config);
        assert!(
            matches!(refused, Err(clone_detect::Error::Runtime(_))),
            "{refused:?}"
        );
        let folder = shots.browser_folder().unwrap();
        drop(shots);
        folder
    });
    assert!(
        eventually(Duration::from_secs(5), || processes_in(&folder).is_empty()
            && !folder.exists()),
        "the browser outlived its screenshotter"
    );
}

#[test]
fn a_browser_killed_between_captures_is_replaced() {
    let shots = launch(ScreenshotConfig::default());
    let server = normal_server();
    capture_normal(&shots, &server);
    let first = shots.browser_pid().unwrap();
    let killed = std::process::Command::new("kill")
        .args(["-KILL", &first.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    // Dead once it is a zombie (its parent, the screenshotter, reaps it
    // when it replaces it).
    let dead = || {
        std::fs::read_to_string(format!("/proc/{first}/stat")).map_or(true, |stat| {
            stat.rsplit(')')
                .next()
                .unwrap()
                .trim_start()
                .starts_with('Z')
        })
    };
    let start = std::time::Instant::now();
    while !dead() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the browser survived SIGKILL"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    // The pipe gives no end of file (the relay holds both ends): the relay
    // notices the process is gone, and the next capture gets a new browser.
    capture_normal(&shots, &server);
    assert_ne!(shots.browser_pid().unwrap(), first);
}

/// Whether a socket in `table` listens on `port` (any address).
fn listens_on(table: &[(String, String)], port: u16) -> bool {
    let suffix = format!(":{port:04X}");
    table.iter().any(|(_, local)| local.ends_with(&suffix))
}

#[test]
fn a_killed_parent_leaves_no_browser() {
    // The crawler runs no script, so it sees a finished page; the browser
    // then waits for a frame that never finishes.
    let page = r#"<!doctype html><html><body><h1>wait</h1><script>
const f = document.createElement('iframe'); f.src = '/dr' + 'ip'; document.body.appendChild(f);
</script></body></html>"#;
    let server = serve([("/", html(page)), ("/drip", drip())]);
    let tmp = tempfile::tempdir().unwrap();
    let mut child = crate::common::bin()
        .args(["fingerprint", "--allow-private", "--no-sandbox"])
        .arg(server.url("/"))
        .env("TMPDIR", tmp.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let capturing = eventually(Duration::from_secs(60), || {
        server.requests("/drip") > 0 && !processes_in(tmp.path()).is_empty()
    });
    let browser = processes_in(tmp.path());
    if !capturing {
        let _ = child.kill();
        panic!("the browser never loaded the page");
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        eventually(Duration::from_secs(5), || processes_in(tmp.path())
            .is_empty()),
        "browser processes left after SIGKILL of the parent: {:?} (were {browser:?})",
        processes_in(tmp.path())
    );
    // Its folder went with it.
    assert!(
        eventually(Duration::from_secs(2), || std::fs::read_dir(tmp.path())
            .unwrap()
            .next()
            .is_none()),
        "left in TMPDIR: {:?}",
        files_under(tmp.path())
    );
}

fn running_as_root() -> bool {
    std::fs::read_to_string("/proc/self/status").is_ok_and(|s| {
        s.lines()
            .find(|l| l.starts_with("Uid:"))
            .and_then(|l| l.split_whitespace().nth(2))
            == Some("0")
    })
}

#[test]
fn root_without_no_sandbox_is_refused() {
    if !running_as_root() {
        // Not root: the sandbox runs and the browser starts.
        let shots = Screenshotter::launch(ScreenshotConfig::default()).expect("Chromium");
        drop(shots);
        return;
    }
    let start = Instant::now();
    let err = Screenshotter::launch(ScreenshotConfig {
        refuse_private: false,
        ..ScreenshotConfig::default()
    })
    .expect_err("root without no_sandbox");
    assert!(start.elapsed() < Duration::from_secs(2));
    match &err {
        clone_detect::Error::Browser(why) => assert!(why.contains("--no-sandbox"), "{why}"),
        other => panic!("{other:?}"),
    }

    // The CLI says so and goes on without screenshots; with the flag it
    // takes them.
    let server = normal_server();
    let out = crate::common::bin()
        .args(["fingerprint", "--allow-private"])
        .arg(server.url("/"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--no-sandbox"), "{stderr}");
    let fp: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(fp["screenshot"].is_null(), "{fp}");
    let out = crate::common::bin()
        .args(["fingerprint", "--allow-private", "--no-sandbox"])
        .arg(server.url("/"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let fp: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        fp["screenshot"]["phash"].is_string(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
