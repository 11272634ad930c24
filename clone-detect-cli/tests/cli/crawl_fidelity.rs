//! What the crawler sees does not depend on how the server answers, and
//! agrees with the folder and WARC readings of the same site: real corpus
//! sites (and a generated site larger than the crawl's candidate budget)
//! served on 127.0.0.1 by a server that answers after random delays, so
//! pages arrive in a different order on every run.

use clone_detect_tests::tempfile;

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::common::{fingerprint_with, site};
use clone_detect_tests::server::{content_type, Folder, Server, LOCALHOST};

/// Serves `root` on 127.0.0.1, every answer after 0 to `max_ms` ms drawn
/// from `seed`; returns its URL.
fn serve_shuffled(root: impl Into<PathBuf>, seed: u64, max_ms: u64) -> String {
    Server::on(LOCALHOST)
        .shuffle(seed, Duration::from_millis(max_ms))
        .start(Folder::new(root))
        .expect("a free port on 127.0.0.1")
        .url("/")
}

/// The fingerprint of `source` without a screenshot (loopback allowed).
fn fingerprint(source: &str, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["--allow-private", "--no-screenshot"];
    args.extend_from_slice(extra);
    fingerprint_with(&args, source)
}

/// The page paths of a fingerprint (URL path without the leading `/`, or
/// the folder path), in snapshot order.
fn page_paths(fp: &serde_json::Value) -> Vec<String> {
    fp["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let url = p["url"].as_str().unwrap();
            let path = match url.find("://") {
                Some(i) => {
                    let rest = &url[i + 3..];
                    rest.find('/').map_or("", |j| &rest[j + 1..])
                }
                None => url,
            };
            if path.is_empty() {
                "index.html".to_string()
            } else {
                path.to_string()
            }
        })
        .collect()
}

fn bits(a: &serde_json::Value, b: &serde_json::Value) -> u32 {
    let a = u64::from_str_radix(a.as_str().unwrap(), 16).unwrap();
    let b = u64::from_str_radix(b.as_str().unwrap(), 16).unwrap();
    (a ^ b).count_ones()
}

/// Corpus sites with more pages than are kept (so the choice matters).
const SITES: [&str; 3] = [
    "python-attr-bookworm",
    "python-markdown-bookworm",
    "roundcube-trixie",
];

#[test]
fn crawls_of_one_site_agree_whatever_order_pages_arrive_in() {
    for id in SITES {
        let mut seen: Option<serde_json::Value> = None;
        for seed in [7, 1234, 99_991] {
            let url = serve_shuffled(site(id), seed, 120);
            let fp = fingerprint(&url, &["--max-pages", "6"]);
            if let Some(first) = &seen {
                assert_eq!(page_paths(&fp), page_paths(first), "{id} seed {seed}");
                for key in ["template_simhash", "text_simhash", "domhash", "title"] {
                    assert_eq!(fp[key], first[key], "{id} seed {seed}: {key}");
                }
            } else {
                seen = Some(fp);
            }
        }
    }
}

/// A site of 400 item pages, a listing, a login and a search page, each item
/// linking to a few others: more pages than the crawl's 200 candidates.
fn large_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let page = |title: &str, body: &str| {
        format!(
            "<!doctype html><html><head><title>{title}</title></head><body>\
             <nav class=\"top\"><a href=\"/index.html\">Home</a> <a href=\"/login.html\">Log in</a> \
             <a href=\"/search.html\">Search</a></nav><main>{body}</main>\
             <footer class=\"foot\"><p>Large site</p></footer></body></html>"
        )
    };
    let mut index = String::from("<ul class=\"list\">");
    for i in 0..400 {
        index.push_str(&format!("<li><a href=\"/item/{i}.html\">Item {i}</a></li>"));
        let links: String = (1..4)
            .map(|k| {
                let j = (i * 7 + k * 31) % 400;
                format!("<a class=\"rel\" href=\"/item/{j}.html\">see {j}</a> ")
            })
            .collect();
        let body = format!(
            "<article class=\"item\"><h1>Item {i}</h1><p>Item number {i} is described here \
             with words that differ: {}.</p><table class=\"specs\"><tr><td>id</td><td>{i}</td></tr></table>\
             <div class=\"related\">{links}</div></article>",
            "alpha beta gamma delta".repeat(1 + i % 3)
        );
        let path = dir.path().join(format!("item/{i}.html"));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, page(&format!("Item {i}"), &body)).unwrap();
    }
    index.push_str("</ul>");
    std::fs::write(dir.path().join("index.html"), page("Large", &index)).unwrap();
    std::fs::write(
        dir.path().join("login.html"),
        page(
            "Log in",
            "<form class=\"login\"><input name=\"user\"><input name=\"pass\" type=\"password\"><button>Go</button></form>",
        ),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("search.html"),
        page(
            "Search",
            "<form class=\"search\"><input name=\"q\"><button>Find</button></form><ol class=\"results\"></ol>",
        ),
    )
    .unwrap();
    dir
}

#[test]
fn a_site_larger_than_the_crawl_budget_gives_one_fingerprint() {
    let dir = large_site();
    let mut seen: Option<serde_json::Value> = None;
    for seed in [3, 77, 4242] {
        let url = serve_shuffled(dir.path().to_path_buf(), seed, 40);
        let fp = fingerprint(&url, &["--max-pages", "8"]);
        let paths = page_paths(&fp);
        assert_eq!(paths.len(), 8, "{paths:?}");
        // One page per template first: the login and search pages are kept.
        assert!(paths.contains(&"login.html".to_string()), "{paths:?}");
        assert!(paths.contains(&"search.html".to_string()), "{paths:?}");
        if let Some(first) = &seen {
            assert_eq!(paths, page_paths(first), "seed {seed}");
            for key in ["template_simhash", "text_simhash"] {
                assert_eq!(fp[key], first[key], "seed {seed}: {key}");
            }
        } else {
            seen = Some(fp);
        }
    }
    // The folder reader chooses the same pages and agrees.
    let folder = fingerprint(dir.path().to_str().unwrap(), &["--max-pages", "8"]);
    let crawled = seen.unwrap();
    assert_eq!(page_paths(&folder), page_paths(&crawled));
    assert_eq!(folder["template_simhash"], crawled["template_simhash"]);
    assert_eq!(folder["text_simhash"], crawled["text_simhash"]);
}

/// A WARC of `root`'s files as served from `base` (response records, one
/// per file, in path order).
fn write_warc(root: &Path, base: &str, out: &Path) {
    let mut files = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut warc = Vec::new();
    for file in files {
        let rel = file.strip_prefix(root).unwrap().to_str().unwrap();
        if rel == "screenshot.png" {
            continue;
        }
        let url = if rel == "index.html" {
            base.to_string()
        } else {
            format!("{base}{rel}")
        };
        let body = std::fs::read(&file).unwrap();
        let mut http = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\n\r\n",
            content_type(&file),
            body.len()
        )
        .into_bytes();
        http.extend_from_slice(&body);
        warc.extend_from_slice(
            format!(
                "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n\
                 Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
                http.len()
            )
            .as_bytes(),
        );
        warc.extend_from_slice(&http);
        warc.extend_from_slice(b"\r\n\r\n");
    }
    std::fs::write(out, warc).unwrap();
}

#[test]
fn folder_warc_and_crawl_readings_agree() {
    let tmp = tempfile::tempdir().unwrap();
    for id in SITES {
        let url = serve_shuffled(site(id), 5, 30);
        let crawled = fingerprint(&url, &[]);
        let folder = fingerprint(site(id).to_str().unwrap(), &[]);
        let warc = tmp.path().join(format!("{id}.warc"));
        write_warc(&site(id), "http://mirror.test/", &warc);
        let archived = fingerprint(warc.to_str().unwrap(), &[]);
        assert_eq!(page_paths(&folder), page_paths(&crawled), "{id}: crawl");
        assert_eq!(page_paths(&folder), page_paths(&archived), "{id}: warc");
        for key in ["template_simhash", "text_simhash"] {
            for (name, other) in [("crawl", &crawled), ("warc", &archived)] {
                let d = bits(&folder[key], &other[key]);
                assert!(
                    d <= 3,
                    "{id}: {key} of the {name} is {d} bits from the folder's"
                );
            }
        }
    }
}

/// A site whose front page only sends the browser on, by `front`.
fn redirecting_site(front: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let real = std::fs::read(site("python-attr-bookworm").join("index.html")).unwrap();
    for entry in std::fs::read_dir(site("python-attr-bookworm"))
        .unwrap()
        .flatten()
    {
        let to = dir.path().join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &to);
        } else {
            std::fs::copy(entry.path(), to).unwrap();
        }
    }
    std::fs::write(dir.path().join("home.html"), real).unwrap();
    std::fs::write(dir.path().join("index.html"), front).unwrap();
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let dest = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &dest);
        } else {
            std::fs::copy(entry.path(), dest).unwrap();
        }
    }
}

#[test]
fn meta_refresh_and_location_scripts_are_followed() {
    let direct = fingerprint(site("python-attr-bookworm").to_str().unwrap(), &[]);
    for front in [
        r#"<!doctype html><html><head><meta http-equiv="refresh" content="0; url=home.html"><title>Moved</title></head><body></body></html>"#,
        r#"<!doctype html><html><head><title>Moved</title><script>window.location.replace("home.html");</script></head><body></body></html>"#,
    ] {
        let dir = redirecting_site(front);
        let folder = fingerprint(dir.path().to_str().unwrap(), &[]);
        let url = serve_shuffled(dir.path().to_path_buf(), 11, 20);
        let crawled = fingerprint(&url, &[]);
        for (name, fp) in [("folder", &folder), ("crawl", &crawled)] {
            assert_eq!(fp["title"], direct["title"], "{name}: {front}");
            assert_eq!(fp["domhash"], direct["domhash"], "{name}: {front}");
            let hops: Vec<&str> = fp["redirects"]
                .as_array()
                .unwrap_or_else(|| panic!("{name}: no redirects in {fp}"))
                .iter()
                .map(|h| h.as_str().unwrap())
                .collect();
            assert_eq!(hops.len(), 2, "{name}: {hops:?}");
            assert!(hops[1].ends_with("home.html"), "{name}: {hops:?}");
        }
        assert!(bits(&folder["template_simhash"], &crawled["template_simhash"]) <= 3);
        assert_eq!(
            crawled["final_url"].as_str(),
            Some(format!("{url}home.html").as_str())
        );
    }
}

/// The body a single-page app builds with its script, and the same body
/// written out by hand.
const APP_BODY: &str = r#"<header class="bar"><nav class="menu"><a href="/">Home</a> <a href="/docs">Docs</a> <a href="/shop">Shop</a></nav></header><main class="content"><h1 class="title">Welcome to the reading room</h1><p class="lead">Every book in the catalogue can be borrowed for three weeks and renewed twice when nobody else is waiting for it.</p><ul class="cards"><li class="card"><h2>Opening hours</h2><p>Monday to Friday from nine in the morning until eight in the evening.</p></li><li class="card"><h2>Membership</h2><p>Anyone living or working in the county can join for free with proof of address.</p></li><li class="card"><h2>Events</h2><p>Talks, reading groups and workshops are announced on the board by the entrance.</p></li></ul><table class="grid"><tr><td>Loans</td><td>3 weeks</td></tr><tr><td>Renewals</td><td>2</td></tr></table></main><footer class="foot"><p>Reading room, since 1911</p></footer>"#;

#[test]
fn a_page_built_by_its_script_is_fingerprinted_as_a_browser_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    let app = format!(
        "<!doctype html><html><head><title>Reading room</title></head><body><div id=\"app\">Loading</div>\
         <script>document.getElementById('app').outerHTML = {};</script></body></html>",
        serde_json::to_string(APP_BODY).unwrap()
    );
    std::fs::write(dir.path().join("index.html"), app).unwrap();
    let written = tempfile::tempdir().unwrap();
    std::fs::write(
        written.path().join("index.html"),
        format!(
            "<!doctype html><html><head><title>Reading room</title></head><body>{APP_BODY}\
             <script>var built = true;</script></body></html>"
        ),
    )
    .unwrap();
    let url = serve_shuffled(dir.path().to_path_buf(), 21, 10);
    // With the screenshot: the browser reads the DOM after load.
    let live = fingerprint_with(&["--allow-private", "--no-sandbox"], &url);
    let by_hand = fingerprint(written.path().to_str().unwrap(), &[]);
    // The raw page is a shell: alone it says nothing.
    let raw = &live["pages"][0];
    assert!(raw["words"].as_u64().unwrap() < 5, "{raw}");
    let rendered = &live["rendered"];
    assert!(rendered["words"].as_u64().unwrap() > 60, "{rendered}");
    let uninformative = live["uninformative"].as_array().unwrap();
    for signal in ["template_simhash", "text_simhash"] {
        assert!(
            !uninformative.iter().any(|u| u == signal),
            "{signal} uninformative: {live}"
        );
        let d = bits(&live[signal], &by_hand[signal]);
        assert!(d <= 3, "{signal}: {d} bits from the page written by hand");
    }
}
