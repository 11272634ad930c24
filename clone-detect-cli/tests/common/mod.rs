//! Helpers shared by the CLI's end-to-end tests.

// Not every test crate uses every helper.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// The real `clone-detect` binary.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_clone-detect"))
}

/// `fingerprint ARGS... SOURCE`, which must succeed with one JSON line.
pub fn fingerprint_with(args: &[&str], source: &str) -> serde_json::Value {
    let out = bin()
        .arg("fingerprint")
        .args(args)
        .arg(source)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{source}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// `corpus/sites/<id>`.
pub fn site(id: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../corpus/sites")
        .join(id)
}

/// The content type the test servers give a file, by its extension.
pub fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html" | "htm") => "text/html; charset=utf-8",
        Some("css") => "text/css",
        Some("js") => "application/javascript",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

/// Answers one request after `delay`: the file under `root`, `/` as
/// `index.html`, or 404.
fn answer(root: &Path, mut stream: TcpStream, delay: Duration) {
    let mut line = String::new();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    if reader.read_line(&mut line).is_err() {
        return;
    }
    // Drain the headers.
    let mut header = String::new();
    while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
        header.clear();
    }
    std::thread::sleep(delay);
    let target = line.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let rel = path.trim_start_matches('/');
    let mut file = root.join(if rel.is_empty() { "index.html" } else { rel });
    if file.is_dir() {
        file = file.join("index.html");
    }
    let inside = file
        .canonicalize()
        .is_ok_and(|f| f.starts_with(root.canonicalize().unwrap()));
    let (status, body, kind) = match std::fs::read(&file) {
        Ok(body) if inside => ("200 OK", body, content_type(&file)),
        _ => (
            "404 Not Found",
            b"<html><body><h1>Not found</h1></body></html>".to_vec(),
            "text/html",
        ),
    };
    let _ = write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(&body);
}

/// Serves `root` on a free loopback port until the test process ends.
pub fn serve(root: PathBuf) -> String {
    serve_shuffled(root, 1, 0)
}

/// A small xorshift generator: each request draws its delay from it.
fn next(state: &AtomicU64) -> u64 {
    let mut x = state.load(Ordering::Relaxed);
    loop {
        let mut y = x;
        y ^= y << 13;
        y ^= y >> 7;
        y ^= y << 17;
        match state.compare_exchange(x, y, Ordering::Relaxed, Ordering::Relaxed) {
            Ok(_) => return y,
            Err(now) => x = now,
        }
    }
}

/// Serves `root` on loopback; every answer waits 0 to `max_ms` ms, drawn
/// from a generator seeded with `seed`, so that concurrent requests are
/// answered in an order that changes with the seed.
pub fn serve_shuffled(root: PathBuf, seed: u64, max_ms: u64) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let state = Arc::new(AtomicU64::new(seed | 1));
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            let delay = Duration::from_millis(next(&state) % (max_ms + 1));
            std::thread::spawn(move || answer(&root, stream, delay));
        }
    });
    format!("http://{addr}/")
}
