//! The generated site of the crawl benchmark and its loopback server.
//!
//! N documentation-like pages of about 14 KB each (header, navigation,
//! sidebar, paragraphs), linked as a tree of fan-out 10 from the root, so
//! a crawler must discover every URL by parsing.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;

use anyhow::Context;

/// The path of page `i` (the root is page 0).
pub fn path(i: usize) -> String {
    if i == 0 {
        String::new()
    } else {
        format!("docs/section-{}/page-{i}.html", i % 16)
    }
}

/// SplitMix64, for deterministic filler text.
fn next(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

const WORDS: [&str; 24] = [
    "index",
    "module",
    "function",
    "returns",
    "value",
    "the",
    "of",
    "a",
    "configuration",
    "request",
    "template",
    "page",
    "user",
    "session",
    "parameter",
    "default",
    "string",
    "list",
    "error",
    "option",
    "handler",
    "server",
    "client",
    "example",
];

/// N pages: page i links to pages 10i+1..=10i+10, plus a fixed navigation.
pub fn generate_site(n: usize) -> Vec<Vec<u8>> {
    (0..n)
        .map(|i| {
            let mut rng = i as u64;
            let mut html = String::with_capacity(16 << 10);
            html.push_str("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
            html.push_str(&format!("<title>Page {i} — Bench docs</title>"));
            html.push_str("<link rel=\"stylesheet\" href=\"/static/site.css\"></head><body>");
            html.push_str("<header class=\"top\"><a href=\"/\">Bench docs</a><nav><ul>");
            for s in 0..8 {
                html.push_str(&format!("<li><a href=\"/docs/section-{s}/page-{s}.html\">Section {s}</a></li>"));
            }
            html.push_str("</ul></nav></header><div class=\"wrap\"><aside class=\"sidebar\"><ul>");
            for c in (10 * i + 1)..=(10 * i + 10) {
                if c < n {
                    html.push_str(&format!("<li><a href=\"/{}\">Page {c}</a></li>", path(c)));
                }
            }
            html.push_str("</ul></aside><main><article>");
            for p in 0..24 {
                html.push_str(&format!("<h2 id=\"s{p}\">Part {p}</h2><p>"));
                for _ in 0..80 {
                    html.push_str(WORDS[(next(&mut rng) % WORDS.len() as u64) as usize]);
                    html.push(' ');
                }
                html.push_str("</p>");
            }
            html.push_str("</article></main></div><footer>Generated for the crawl benchmark.</footer></body></html>");
            html.into_bytes()
        })
        .collect()
}

/// Serves the pages on a free loopback port (keep-alive, one thread per
/// connection) until the process ends; returns the base URL.
pub fn serve(site: Arc<Vec<Vec<u8>>>) -> anyhow::Result<String> {
    let paths: Arc<HashMap<String, usize>> = Arc::new(
        (0..site.len())
            .map(|i| (format!("/{}", path(i)), i))
            .collect(),
    );
    let listener = TcpListener::bind("127.0.0.1:0").context("cannot listen on loopback")?;
    let addr = listener.local_addr()?;
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let (site, paths) = (site.clone(), paths.clone());
            std::thread::spawn(move || answer(&site, &paths, stream));
        }
    });
    Ok(format!("http://{addr}/"))
}

fn answer(site: &[Vec<u8>], paths: &HashMap<String, usize>, stream: TcpStream) {
    let _ = stream.set_nodelay(true);
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).map_or(true, |n| n == 0) {
            return;
        }
        let mut length = 0usize;
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).map_or(true, |n| n == 0) {
                return;
            }
            if header.trim().is_empty() {
                break;
            }
            if let Some((k, v)) = header.split_once(':') {
                if k.eq_ignore_ascii_case("content-length") {
                    length = v.trim().parse().unwrap_or(0);
                }
            }
        }
        if length > 0
            && reader
                .by_ref()
                .take(length as u64)
                .read_to_end(&mut Vec::new())
                .is_err()
        {
            return;
        }
        let target = line.split_whitespace().nth(1).unwrap_or("/");
        let (status, body): (&str, &[u8]) = match paths.get(target) {
            Some(&i) => ("200 OK", &site[i]),
            None => ("404 Not Found", b"<html><body>not found</body></html>"),
        };
        let head = format!(
            "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n",
            body.len()
        );
        if writer.write_all(head.as_bytes()).is_err() || writer.write_all(body).is_err() {
            return;
        }
    }
}
