//! A watch over hostile sites, each beside a normal mirror in the same run,
//! with screenshots on: decompression bombs (gzip and brotli, several GiB
//! decoded), 10^6 `<div/>`, 10^5 tarpit icons, 2·10^5 scripts, a page that
//! opens windows in a loop and calls `alert()`, a page that never finishes
//! loading. The run must end by itself, its peak memory (read from /proc
//! while it runs) stay under 1 GiB, every candidate get a record, the
//! mirror be blocked, and no browser be left behind.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Stdio;
use std::time::{Duration, Instant};

mod common;

use common::{bin, serve, site};

/// Decoded bytes each bomb would expand to if nothing stopped the reader.
const BOMB_BYTES: u64 = 4 << 30;
/// Memory the watch may use at its peak.
const PEAK_LIMIT_KIB: u64 = 1 << 20;

/// `Transfer-Encoding: chunked` over a stream.
struct Chunked<W: Write>(W);

impl<W: Write> Write for Chunked<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        write!(self.0, "{:x}\r\n", buf.len())?;
        self.0.write_all(buf)?;
        self.0.write_all(b"\r\n")?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

fn read_head(stream: &TcpStream) -> String {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut first = String::new();
    let _ = reader.read_line(&mut first);
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    first.split_whitespace().nth(1).unwrap_or("/").to_string()
}

/// Serves `answer(path, stream)` on a loopback port, a thread per request.
fn server(answer: fn(&str, TcpStream)) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || {
                let path = read_head(&stream);
                answer(&path, stream);
            });
        }
    });
    port
}

fn html(mut stream: TcpStream, body: &[u8]) {
    let _ = write!(
        stream,
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(body);
}

/// Zeros, compressed on the fly, until the reader hangs up.
fn bomb(stream: TcpStream, encoding: &str) {
    let mut head = stream.try_clone().unwrap();
    let _ = write!(
        head,
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: {encoding}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    );
    let zeros = vec![0u8; 1 << 20];
    let mut body: Box<dyn Write> = if encoding == "gzip" {
        Box::new(flate2::write::GzEncoder::new(
            Chunked(stream),
            flate2::Compression::best(),
        ))
    } else {
        Box::new(brotli::CompressorWriter::new(
            Chunked(stream),
            1 << 16,
            5,
            22,
        ))
    };
    let _ = body.write_all(b"<html><body>");
    for _ in 0..(BOMB_BYTES >> 20) {
        if body.write_all(&zeros).is_err() {
            return;
        }
    }
}

fn hostile(path: &str, stream: TcpStream) {
    match path {
        "/gzip" => bomb(stream, "gzip"),
        "/br" => bomb(stream, "br"),
        "/divs" => {
            let mut page = b"<html><head><title>divs</title></head><body>".to_vec();
            page.extend(b"<div/>".repeat(1_000_000));
            html(stream, &page);
        }
        "/icons" => {
            let mut page = b"<html><head><title>icons</title>".to_vec();
            for i in 0..100_000 {
                // The tarpit: a port that accepts and never answers.
                page.extend(
                    format!("<link rel=icon href='http://tarpit.test:{}/{i}.ico'>", tarpit_port())
                        .as_bytes(),
                );
            }
            page.extend(b"</head><body><p>icons</p></body></html>");
            html(stream, &page);
        }
        "/scripts" => {
            let mut page = b"<html><head><title>scripts</title>".to_vec();
            for i in 0..200_000 {
                page.extend(format!("<script src='/s{i}.js'></script>").as_bytes());
            }
            page.extend(b"</head><body><p>scripts</p></body></html>");
            html(stream, &page);
        }
        "/popups" => html(
            stream,
            b"<html><head><title>popups</title></head><body><p>popups</p><script>\
              setInterval(function(){ for (var i = 0; i < 20; i++) window.open('/popups?' + i); }, 10);\
              alert('stuck'); confirm('stuck?'); </script></body></html>",
        ),
        "/never" => {
            let mut stream = stream;
            let _ = stream.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html><body><p>never",
            );
            std::thread::sleep(Duration::from_secs(600));
        }
        _ if path.ends_with(".js") => html(stream, b"var x = 1;"),
        _ => html(stream, b"<html><body>not found</body></html>"),
    }
}

fn tarpit_port() -> u16 {
    static PORT: std::sync::OnceLock<u16> = std::sync::OnceLock::new();
    *PORT.get_or_init(|| {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        std::thread::spawn(move || {
            let mut held = Vec::new();
            for stream in listener.incoming().flatten() {
                held.push(stream); // accepted, never answered
            }
        });
        port
    })
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

    let port = server(hostile);
    let mirror = serve(site("python-attr-bookworm-mirror"));
    let mirror_port = mirror.trim_end_matches('/').rsplit(':').next().unwrap();
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
    let results: Vec<serde_json::Value> = std::fs::read_to_string(state.join("results.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
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
