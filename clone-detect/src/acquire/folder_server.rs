//! A static file server for one saved website folder on 127.0.0.1 (feature
//! `screenshot`), for as long as the browser renders it
//! ([`super::folder_render`]). It runs on the caller's tokio runtime and
//! stops when dropped.
//!
//! The folder may be hostile, and so may the page the browser runs from it.
//! The server therefore:
//! - serves files under the folder's root only, under the folder reader's
//!   rules ([`crate::snapshot`]'s `open_inside`): a `..` segment (plain or
//!   percent-encoded) is refused, symbolic links are never followed
//!   (wherever they lead), devices, pipes and sockets are never opened, and
//!   the opened file's canonical path must still lie under the canonical
//!   root;
//! - answers `GET` and `HEAD` only (`405` otherwise), to a request head of
//!   at most 16 KiB (`431` past it) sent within 10 s, one request per
//!   connection (`Connection: close`);
//! - sends files of at most [`FolderConfig::max_file_bytes`] and, over its
//!   life, at most [`FolderConfig::max_total_bytes`]: the reader's own
//!   bounds (`404` past them);
//! - names the content type from the extension (`nosniff`), and answers
//!   `404` for everything else;
//! - serves only its own user's loopback connections (the browser's
//!   proxy), at most 32 at once, each for at most a minute.

use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

use super::folder::FolderConfig;
use super::links::percent_decode;
use super::proxy::{read_head, HeadError, HEAD_TIMEOUT};
use crate::snapshot::files::{open_inside, read_capped};

/// Connections served at once; further ones wait in the listen backlog.
const MAX_CONNECTIONS: usize = 32;
/// Longest life of one connection, whatever flows.
const MAX_LIFETIME: Duration = Duration::from_secs(60);

/// A running server of one folder on `127.0.0.1`; it stops when dropped.
#[derive(Debug)]
pub(crate) struct FolderServer {
    addr: SocketAddr,
    task: JoinHandle<()>,
}

/// What every connection shares.
#[derive(Debug)]
struct Shared {
    /// The folder, canonical.
    root: PathBuf,
    max_file_bytes: u64,
    max_total_bytes: u64,
    /// Bytes of files sent so far.
    sent: AtomicU64,
}

impl FolderServer {
    /// Serves `root` (canonicalized here) on an ephemeral loopback port, on
    /// the current tokio runtime, within `config`'s bounds.
    pub(crate) async fn start(root: &Path, config: &FolderConfig) -> io::Result<Self> {
        let root = root.canonicalize()?;
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            root,
            max_file_bytes: config.max_file_bytes,
            max_total_bytes: config.max_total_bytes,
            sent: AtomicU64::new(0),
        });
        let task = tokio::spawn(accept(listener, shared));
        Ok(Self { addr, task })
    }

    /// Where it listens.
    pub(crate) fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The URL of the folder's root (its `index.html`).
    pub(crate) fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }
}

impl Drop for FolderServer {
    fn drop(&mut self) {
        // Dropping the accept task drops its JoinSet, which aborts every
        // connection still open.
        self.task.abort();
    }
}

async fn accept(listener: TcpListener, shared: Arc<Shared>) {
    // The browser's proxy only: other local users could read the folder
    // otherwise.
    super::peer::accept_own(
        listener,
        MAX_CONNECTIONS,
        MAX_LIFETIME,
        "folder server",
        |stream| serve(stream, shared.clone()),
    )
    .await;
}

/// A status the server answers with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    BadRequest,
    NotFound,
    MethodNotAllowed,
    TooLarge,
    Internal,
}

impl Status {
    fn line(self) -> &'static str {
        match self {
            Self::BadRequest => "400 Bad Request",
            Self::NotFound => "404 Not Found",
            Self::MethodNotAllowed => "405 Method Not Allowed",
            Self::TooLarge => "431 Request Header Fields Too Large",
            Self::Internal => "500 Internal Server Error",
        }
    }
}

/// One request: a method this server serves, and the file it names.
#[derive(Debug, PartialEq, Eq)]
struct Request {
    head_only: bool,
    /// A plain relative path inside the folder.
    rel: String,
}

async fn serve(mut stream: TcpStream, shared: Arc<Shared>) {
    let head = match tokio::time::timeout(HEAD_TIMEOUT, read_head(&mut stream)).await {
        Err(_) | Ok(Ok(None)) => return,
        Ok(Err(HeadError::TooLarge)) => return answer(&mut stream, Status::TooLarge, false).await,
        Ok(Err(HeadError::Malformed(_))) => {
            return answer(&mut stream, Status::BadRequest, false).await
        }
        Ok(Ok(Some((head, _)))) => head,
    };
    let request = match parse_request(&head) {
        Ok(r) => r,
        Err(status) => return answer(&mut stream, status, false).await,
    };
    let rel = request.rel.clone();
    let read = tokio::task::spawn_blocking(move || shared.read(&rel)).await;
    let (body, kind) = match read {
        Ok(Ok(file)) => file,
        Ok(Err(status)) => return answer(&mut stream, status, request.head_only).await,
        Err(_) => return answer(&mut stream, Status::Internal, request.head_only).await,
    };
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let send = async {
        stream.write_all(head.as_bytes()).await?;
        if !request.head_only {
            stream.write_all(&body).await?;
        }
        stream.shutdown().await
    };
    if let Err(e) = send.await {
        log::debug!("folder server: {}: {e}", request.rel);
    }
}

/// Answers `status` with a short plain-text body (none for `HEAD`), then
/// closes.
async fn answer(stream: &mut TcpStream, status: Status, head_only: bool) {
    let body = format!("{}\n", status.line());
    let mut response = format!(
        "HTTP/1.1 {}\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nConnection: close\r\n\r\n",
        status.line(),
        body.len()
    );
    if !head_only {
        response.push_str(&body);
    }
    let _ = tokio::time::timeout(HEAD_TIMEOUT, stream.write_all(response.as_bytes())).await;
    let _ = stream.shutdown().await;
}

/// Parses a request head's first line: `GET` or `HEAD`, an origin-form
/// target naming a file inside the folder, HTTP/1.x.
fn parse_request(head: &[u8]) -> Result<Request, Status> {
    let end = head
        .windows(2)
        .position(|w| w == b"\r\n")
        .ok_or(Status::BadRequest)?;
    let line = std::str::from_utf8(&head[..end]).map_err(|_| Status::BadRequest)?;
    let mut parts = line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(Status::BadRequest);
    };
    if !matches!(version, "HTTP/1.1" | "HTTP/1.0") {
        return Err(Status::BadRequest);
    }
    let head_only = match method {
        "GET" => false,
        "HEAD" => true,
        _ => return Err(Status::MethodNotAllowed),
    };
    if !target.starts_with('/') || target.bytes().any(|b| b <= b' ' || b >= 0x7f) {
        return Err(Status::BadRequest);
    }
    let rel = local_path(target).ok_or(Status::NotFound)?;
    Ok(Request { head_only, rel })
}

/// The relative path inside the folder that an origin-form target names:
/// the query and fragment dropped, percent-decoded, `index.html` for a
/// directory; `None` for a `..` segment, a backslash or a NUL.
fn local_path(target: &str) -> Option<String> {
    let path = &target[..target.find(['?', '#']).unwrap_or(target.len())];
    let decoded = String::from_utf8(percent_decode(path)).ok()?;
    if decoded.contains(['\\', '\0']) {
        return None;
    }
    let mut segments: Vec<&str> = Vec::new();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => return None,
            s => segments.push(s),
        }
    }
    if decoded.ends_with('/') || segments.is_empty() {
        segments.push("index.html");
    }
    Some(segments.join("/"))
}

impl Shared {
    /// The bytes and content type of the file at `rel`, within the bounds.
    fn read(&self, rel: &str) -> Result<(Vec<u8>, &'static str), Status> {
        let opened = open_inside(&self.root, Path::new(rel)).map_err(|e| {
            log::debug!("folder server: {rel}: {e}");
            Status::NotFound
        })?;
        // `open_inside` followed no link; checked again on the path opened.
        let inside = opened
            .path
            .canonicalize()
            .is_ok_and(|p| p.starts_with(&self.root));
        if !inside {
            log::debug!("folder server: {rel} is outside the folder");
            return Err(Status::NotFound);
        }
        if opened.len > self.max_file_bytes {
            log::debug!("folder server: {rel} is larger than the file bound");
            return Err(Status::NotFound);
        }
        let budget = self
            .sent
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |sent| {
                sent.checked_add(opened.len)
                    .filter(|&total| total <= self.max_total_bytes)
            });
        if budget.is_err() {
            log::debug!("folder server: {rel}: the folder's byte budget is spent");
            return Err(Status::NotFound);
        }
        match read_capped(opened.file, opened.len) {
            Ok((bytes, false)) => Ok((bytes, content_type(rel))),
            // Grew while being read.
            Ok((_, true)) => Err(Status::NotFound),
            Err(e) => {
                log::debug!("folder server: {rel}: {e}");
                Err(Status::NotFound)
            }
        }
    }
}

/// The content type of a file, from its extension.
fn content_type(rel: &str) -> &'static str {
    let ext = rel
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html",
        "xhtml" => "application/xhtml+xml",
        "css" => "text/css",
        "js" | "mjs" => "text/javascript",
        "json" | "map" => "application/json",
        "txt" => "text/plain",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "wasm" => "application/wasm",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::acquire::proxy::MAX_HEAD;
    use tokio::io::AsyncReadExt;

    fn block_on<T>(f: impl std::future::Future<Output = T>) -> T {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap()
            .block_on(f)
    }

    /// Sends `request` as it is and reads the whole answer.
    async fn ask(server: &FolderServer, request: &[u8]) -> String {
        let mut stream = TcpStream::connect(server.addr()).await.unwrap();
        // The server may answer (and close) before a huge head is sent.
        let _ = stream.write_all(request).await;
        let mut out = Vec::new();
        let _ = stream.read_to_end(&mut out).await;
        String::from_utf8_lossy(&out).into_owned()
    }

    fn get(path: &str) -> Vec<u8> {
        format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").into_bytes()
    }

    /// A folder with a page, a script, a subfolder, and a secret beside it.
    fn folder() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        std::fs::create_dir_all(site.join("docs")).unwrap();
        std::fs::write(site.join("index.html"), "<title>Home</title>").unwrap();
        std::fs::write(site.join("app.js"), "let x = 1;").unwrap();
        std::fs::write(site.join("docs/index.html"), "<title>Docs</title>").unwrap();
        std::fs::write(site.join("big.bin"), vec![7u8; 4096]).unwrap();
        std::fs::write(dir.path().join("secret.txt"), "SECRET").unwrap();
        dir
    }

    #[test]
    fn serves_the_folders_files_with_their_types() {
        let dir = folder();
        block_on(async {
            let server = FolderServer::start(&dir.path().join("site"), &FolderConfig::default())
                .await
                .unwrap();
            assert_eq!(server.url(), format!("http://{}/", server.addr()));
            let root = ask(&server, &get("/")).await;
            assert!(root.starts_with("HTTP/1.1 200 OK\r\n"), "{root}");
            assert!(root.contains("Content-Type: text/html\r\n"), "{root}");
            assert!(root.contains("Connection: close\r\n"), "{root}");
            assert!(root.ends_with("<title>Home</title>"), "{root}");
            let script = ask(&server, &get("/app.js?v=3#x")).await;
            assert!(
                script.contains("Content-Type: text/javascript\r\n"),
                "{script}"
            );
            assert!(script.ends_with("let x = 1;"), "{script}");
            let docs = ask(&server, &get("/docs/")).await;
            assert!(docs.ends_with("<title>Docs</title>"), "{docs}");
            let encoded = ask(&server, &get("/%64ocs/index.html")).await;
            assert!(encoded.ends_with("<title>Docs</title>"), "{encoded}");
            let head = ask(&server, b"HEAD /app.js HTTP/1.1\r\n\r\n").await;
            assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
            assert!(head.contains("Content-Length: 10\r\n"), "{head}");
            assert!(head.ends_with("\r\n\r\n"), "{head}");
            let missing = ask(&server, &get("/nothing.html")).await;
            assert!(missing.starts_with("HTTP/1.1 404 "), "{missing}");
            // A folder is not a file.
            let folder = ask(&server, &get("/docs")).await;
            assert!(folder.starts_with("HTTP/1.1 404 "), "{folder}");
        });
    }

    #[test]
    fn hostile_requests_are_refused() {
        let dir = folder();
        let site = dir.path().join("site");
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("secret.txt"), site.join("link.txt"))
                .unwrap();
            std::os::unix::fs::symlink(dir.path(), site.join("up")).unwrap();
            std::os::unix::fs::symlink("/etc/passwd", site.join("passwd")).unwrap();
        }
        block_on(async {
            let server = FolderServer::start(&site, &FolderConfig::default())
                .await
                .unwrap();
            for (request, status) in [
                (get("/../secret.txt"), "404"),
                (get("/../../etc/passwd"), "404"),
                (get("/docs/../../secret.txt"), "404"),
                (get("/%2e%2e/secret.txt"), "404"),
                (get("/%2E%2E%2Fsecret.txt"), "404"),
                (get("/..%5csecret.txt"), "404"),
                (get("/link.txt"), "404"),
                (get("/up/secret.txt"), "404"),
                (get("/passwd"), "404"),
                (get("/index.html%00.png"), "404"),
                (get("http://127.0.0.1/index.html"), "400"),
                (get("//etc/passwd"), "404"),
                (
                    b"POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n".to_vec(),
                    "405",
                ),
                (b"DELETE /index.html HTTP/1.1\r\n\r\n".to_vec(), "405"),
                (b"GET / HTTP/2.0\r\n\r\n".to_vec(), "400"),
                (b"GET /\r\n\r\n".to_vec(), "400"),
            ] {
                let answer = ask(&server, &request).await;
                let shown = String::from_utf8_lossy(&request);
                assert!(
                    answer.starts_with(&format!("HTTP/1.1 {status} ")),
                    "{shown}: {answer}"
                );
                assert!(!answer.contains("SECRET"), "{shown}: {answer}");
                assert!(!answer.contains("root:"), "{shown}: {answer}");
            }
            // A huge request head is cut off at 16 KiB: answered 431, or
            // reset while the client still sends (the server does not read
            // the rest), never served.
            let mut huge = b"GET / HTTP/1.1\r\nX-Pad: ".to_vec();
            huge.resize(huge.len() + (1 << 20), b'a');
            huge.extend_from_slice(b"\r\n\r\n");
            let answer = ask(&server, &huge).await;
            assert!(
                answer.is_empty() || answer.starts_with("HTTP/1.1 431 "),
                "{answer}"
            );
            // Just past the bound, sent whole before the server reads.
            let mut past = b"GET / HTTP/1.1\r\nX-Pad: ".to_vec();
            past.resize(MAX_HEAD + 64, b'a');
            let answer = ask(&server, &past).await;
            assert!(
                answer.is_empty() || answer.starts_with("HTTP/1.1 431 "),
                "{answer}"
            );
            assert!(!answer.contains("Home"), "{answer}");
            // The server still serves after all of it.
            assert!(ask(&server, &get("/")).await.starts_with("HTTP/1.1 200 "));
        });
    }

    #[test]
    fn files_and_the_folder_are_bounded() {
        let dir = folder();
        let config = FolderConfig {
            max_file_bytes: 1024,
            max_total_bytes: 40,
            ..FolderConfig::default()
        };
        block_on(async {
            let server = FolderServer::start(&dir.path().join("site"), &config)
                .await
                .unwrap();
            let big = ask(&server, &get("/big.bin")).await;
            assert!(big.starts_with("HTTP/1.1 404 "), "{big}");
            // 19 + 10 bytes fit the budget of 40, the next 19 do not.
            assert!(ask(&server, &get("/")).await.starts_with("HTTP/1.1 200 "));
            assert!(ask(&server, &get("/app.js"))
                .await
                .starts_with("HTTP/1.1 200 "));
            let spent = ask(&server, &get("/docs/")).await;
            assert!(spent.starts_with("HTTP/1.1 404 "), "{spent}");
        });
    }

    #[test]
    fn paths_map_to_files_of_the_folder() {
        for (target, rel) in [
            ("/", Some("index.html")),
            ("/a/b.html?x=1", Some("a/b.html")),
            ("/a/./b.html", Some("a/b.html")),
            ("/a//b/", Some("a/b/index.html")),
            ("/a%20b.html", Some("a b.html")),
            ("/a/../b.html", None),
            ("/%2e%2e", None),
            ("/a%5c..%5cb", None),
            ("/%ff", None),
        ] {
            assert_eq!(local_path(target).as_deref(), rel, "{target}");
        }
        assert_eq!(content_type("a/B.JS"), "text/javascript");
        assert_eq!(content_type("noext"), "application/octet-stream");
    }
}
