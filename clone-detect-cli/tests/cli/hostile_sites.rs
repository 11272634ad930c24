//! A watch over hostile sites, each beside a normal mirror in the same run,
//! with screenshots on: decompression bombs (gzip and brotli, several GiB
//! decoded), 10^6 `<div/>`, 10^5 tarpit icons, 2·10^5 scripts, a page that
//! opens windows in a loop and calls `alert()`, a page that never finishes
//! loading. The run must end by itself, its peak memory (read from /proc
//! while it runs) stay under 1 GiB, every candidate get a record, the
//! mirror be blocked, and no browser be left behind.

use clone_detect_tests::tempfile;

use std::collections::BTreeSet;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::common::{bin, file_records, site};
use clone_detect_tests::faults::{tarpit, Encoding, Fault};
use clone_detect_tests::server::{Reply, Request, Server};

/// Decoded bytes each bomb would expand to if nothing stopped the reader.
const BOMB_BYTES: u64 = 4 << 30;
/// Memory the watch may use at its peak.
const PEAK_LIMIT_KIB: u64 = 1 << 20;

fn html(body: impl Into<Vec<u8>>) -> Reply {
    Reply::new("200 OK", "text/html", body)
}

/// Zeros, compressed on the fly, until the reader hangs up.
fn bomb(encoding: Encoding) -> Reply {
    Reply::fault(Fault::Bomb {
        encoding,
        decoded: BOMB_BYTES,
    })
}

/// The hostile sites, by request target; `tarpit` is the port of a server
/// that accepts and never answers.
fn hostile(target: &str, tarpit: u16) -> Reply {
    match target {
        "/gzip" => bomb(Encoding::Gzip),
        "/br" => bomb(Encoding::Brotli),
        "/divs" => {
            let mut page = b"<html><head><title>divs</title></head><body>".to_vec();
            page.extend(b"<div/>".repeat(1_000_000));
            html(page)
        }
        "/icons" => {
            let mut page = b"<html><head><title>icons</title>".to_vec();
            for i in 0..100_000 {
                page.extend(
                    format!("<link rel=icon href='http://tarpit.test:{tarpit}/{i}.ico'>").as_bytes(),
                );
            }
            page.extend(b"</head><body><p>icons</p></body></html>");
            html(page)
        }
        "/scripts" => {
            let mut page = b"<html><head><title>scripts</title>".to_vec();
            for i in 0..200_000 {
                page.extend(format!("<script src='/s{i}.js'></script>").as_bytes());
            }
            page.extend(b"</head><body><p>scripts</p></body></html>");
            html(page)
        }
        "/popups" => html(
            b"<html><head><title>popups</title></head><body><p>popups</p><script>\
              setInterval(function(){ for (var i = 0; i < 20; i++) window.open('/popups?' + i); }, 10);\
              alert('stuck'); confirm('stuck?'); </script></body></html>"
                .to_vec(),
        ),
        "/never" => Reply::fault(Fault::Stall {
            start: b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html><body><p>never"
                .to_vec(),
            hold: Duration::from_secs(600),
        }),
        _ if target.ends_with(".js") => html("var x = 1;"),
        _ => html("<html><body>not found</body></html>"),
    }
}

/// Peak resident memory of a live process, in KiB.
fn peak_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
}

/// Chromium processes started for `profile_root`'s profiles.
fn browsers_under(marker: &str) -> Vec<u32> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let cmdline = String::from_utf8_lossy(&cmdline);
        if cmdline.contains("chrom") && cmdline.contains(marker) {
            found.push(pid);
        }
    }
    found
}

#[test]
fn a_watch_of_hostile_sites_ends_bounded_and_blocks_the_mirror() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("known.cdstore");
    let state = dir.path().join("state");
    let input = dir.path().join("candidates.txt");
    let tmp = dir.path().join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let out = bin()
        .args(["known", "add", "--db"])
        .arg(&db)
        .arg(site("python-attr-bookworm"))
        .output()
        .unwrap();
    assert!(out.status.success());

    let tarpit = tarpit().unwrap().port();
    let port = Server::start(move |request: &Request| hostile(request.target(), tarpit)).port();
    let mirror_port = Server::folder(site("python-attr-bookworm-mirror")).port();
    let paths = ["gzip", "br", "divs", "icons", "scripts", "popups", "never"];
    let mut lines: Vec<String> = paths
        .iter()
        .map(|p| format!("http://{p}.test:{port}/{p}"))
        .collect();
    lines.insert(3, format!("http://mirror.test:{mirror_port}/"));
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();

    let mut cmd = bin();
    cmd.args(["watch", "--json", "--allow-private", "--no-sandbox"])
        .args([
            "--sites",
            "3",
            "--host-delay",
            "0",
            "--no-probe",
            "--timeout",
            "20",
        ])
        .arg("--db")
        .arg(&db)
        .arg("--state")
        .arg(&state)
        .arg("--input")
        .arg(&input)
        // The browser's profile goes under this test's own folder, so that
        // its processes can be told apart from other tests' browsers.
        .env("TMPDIR", &tmp);
    for host in paths
        .iter()
        .map(|p| format!("{p}.test"))
        .chain(["mirror.test".to_string(), "tarpit.test".to_string()])
    {
        cmd.arg("--resolve").arg(format!("{host}=127.0.0.1"));
    }
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let started = Instant::now();
    let mut peak = 0;
    let status = loop {
        if let Some(p) = peak_kib(pid) {
            peak = peak.max(p);
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(600),
            "the watch did not end by itself"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    assert!(status.success(), "{stderr}");
    assert!(peak > 0, "no memory reading");
    assert!(
        peak < PEAK_LIMIT_KIB,
        "peak memory {peak} KiB over {PEAK_LIMIT_KIB} KiB"
    );

    // Every candidate has exactly one record.
    let results = file_records(&state.join("results.jsonl"));
    let domains: BTreeSet<&str> = results
        .iter()
        .map(|r| r["domain"].as_str().unwrap())
        .collect();
    assert_eq!(results.len(), lines.len(), "{results:#?}");
    assert_eq!(domains.len(), lines.len());
    // The mirror is blocked, and only the mirror.
    let blocked = std::fs::read_to_string(state.join("domains.txt")).unwrap();
    assert_eq!(blocked, "mirror.test\n", "{results:#?}");
    let mirror_record = results
        .iter()
        .find(|r| r["domain"] == "mirror.test")
        .unwrap();
    assert_eq!(mirror_record["outcome"], "reincarnation");
    // No browser is left.
    std::thread::sleep(Duration::from_secs(1));
    let marker = tmp.to_string_lossy().to_string();
    let left = browsers_under(&marker);
    assert!(left.is_empty(), "browser processes left: {left:?}");
    report(started.elapsed().as_secs_f64(), peak);
}

/// The figures, for the record (seen with `--nocapture`).
#[allow(clippy::print_stderr)]
fn report(secs: f64, peak_kib: u64) {
    eprintln!("hostile watch: {secs:.1} s, peak {} MiB", peak_kib / 1024);
}
