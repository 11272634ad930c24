//! The generated site of the crawl benchmark and its loopback server.
//!
//! N documentation-like pages of about 14 KB each (header, navigation,
//! sidebar, paragraphs), linked as a tree of fan-out 10 from the root, so
//! a crawler must discover every URL by parsing.

use std::collections::HashMap;
use std::sync::Arc;

use anyhow::Context;
use clone_detect_tests::server::{Reply, Request, Server, LOCALHOST};

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
    let paths: HashMap<String, usize> = (0..site.len())
        .map(|i| (format!("/{}", path(i)), i))
        .collect();
    let server = Server::on(LOCALHOST)
        .keep_alive()
        .start(move |request: &Request| match paths.get(request.target()) {
            Some(&i) => Reply::html(site[i].clone()),
            None => Reply::not_found(),
        })
        .context("cannot listen on loopback")?;
    Ok(server.url("/"))
}
