//! Crawl a live site and check it against known sites from inside an async
//! service: the library's async crawl runs on the caller's tokio runtime
//! (no runtime of its own, no panic), and fingerprinting and matching are
//! plain calls.
//!
//! The "live" site is a corpus mirror served on loopback by a small static
//! server below; the known sites are corpus folders read from disk.
//!
//! ```sh
//! cargo run -p clone-detect --features crawl --example crawl_in_tokio
//! ```

// An example shows its result on stdout.
#![allow(clippy::print_stdout)]

use std::path::{Path, PathBuf};

use clone_detect::acquire::crawl::{crawl, CrawlConfig};
use clone_detect::acquire::{read_local_source, FolderConfig};
use clone_detect::verdict::{FusedModel, Matcher, VerdictKind};
use clone_detect::{FingerprintConfig, Fingerprinter};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sites = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/sites");
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default())?;

    // Known sites, from their saved folders.
    let mut known = Vec::new();
    for name in ["mediawiki-bullseye", "libfmt-bookworm", "libsdl2-trixie"] {
        let snapshot = read_local_source(&sites.join(name), &FolderConfig::default())?;
        known.push((name, fingerprinter.fingerprint(&snapshot)));
    }
    let matcher = Matcher::new(
        known
            .iter()
            .enumerate()
            .map(|(id, (name, fp))| (id as u64, *name, fp)),
        FusedModel::shipped(),
    )?;

    // A mirror of one of them, live on loopback.
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/", listener.local_addr()?);
    tokio::spawn(serve(listener, sites.join("mediawiki-bullseye-mirror")));

    // The crawl awaits on this runtime. Loopback is a private address, which
    // the crawler refuses by default: allowed here for our own server.
    let config = CrawlConfig {
        refuse_private: false,
        ..CrawlConfig::default()
    };
    let snapshot = crawl(&url, &config).await?;
    let fingerprint = fingerprinter.fingerprint(&snapshot);
    let verdict = matcher.check(&fingerprint)?;
    println!(
        "{url}: {:?}, score {:.3} (threshold {:.3}), known site {}",
        verdict.verdict,
        verdict.score,
        verdict.threshold,
        verdict
            .matched
            .as_ref()
            .map_or("none", |k| k.label.as_str())
    );
    if verdict.verdict != VerdictKind::Reincarnation
        || verdict.matched.as_ref().map(|k| k.label.as_str()) != Some("mediawiki-bullseye")
    {
        return Err("the mirror was not matched to its known site".into());
    }

    // The blocking API refuses to run here rather than stall the runtime.
    let blocked = clone_detect::blocking::crawl(&url, &config);
    assert!(matches!(blocked, Err(clone_detect::Error::Runtime(_))));
    Ok(())
}

/// Serves the files of `root` (one request per connection) until the
/// program ends.
async fn serve(listener: TcpListener, root: PathBuf) {
    while let Ok((stream, _)) = listener.accept().await {
        tokio::spawn(answer(stream, root.clone()));
    }
}

async fn answer(stream: TcpStream, root: PathBuf) -> std::io::Result<()> {
    let mut stream = BufReader::new(stream);
    let mut request = String::new();
    stream.read_line(&mut request).await?;
    // The rest of the head is not needed.
    loop {
        let mut line = String::new();
        if stream.read_line(&mut line).await? <= 2 {
            break;
        }
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    let relative = path.trim_start_matches('/');
    let mut file = root.join(relative);
    if relative.is_empty() || file.is_dir() {
        file = file.join("index.html");
    }
    let found = if relative.split('/').any(|part| part == "..") {
        None
    } else {
        let file = file.clone();
        tokio::task::spawn_blocking(move || std::fs::read(file))
            .await
            .ok()
            .and_then(Result::ok)
    };
    let (status, body) = match found {
        Some(body) => ("200 OK", body),
        None => ("404 Not Found", b"not found".to_vec()),
    };
    let kind = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css",
        Some("js") => "text/javascript",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let stream = stream.get_mut();
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(&body).await
}
