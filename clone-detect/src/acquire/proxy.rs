//! The browser's filtering forward proxy (feature `screenshot`): every
//! connection Chromium makes goes through it, and it connects only to
//! addresses the private-network [`Guard`] resolved and allowed.
//!
//! Chromium is started with `--proxy-server=http://127.0.0.1:PORT` and
//! `--proxy-bypass-list=<-loopback>` (so loopback is not bypassed either).
//! The proxy serves two kinds of request:
//!
//! - `CONNECT host:port` (HTTPS and WebSockets): the tunnel is opened, then
//!   bytes are copied both ways.
//! - Absolute-form plain HTTP (`GET http://host:port/path HTTP/1.1`): the
//!   head is rewritten to origin form, `Proxy-*`, `Connection` and
//!   `Keep-Alive` are dropped and `Connection: close` is added, so one
//!   client connection carries one request.
//!
//! The host is resolved only by [`Guard::resolve`] (pins first, then the
//! guard's lookup); an answer holding any refused address gives `403`, and
//! the connection goes to exactly the addresses checked, never resolving
//! again, so DNS rebinding has no window. A target that cannot be reached
//! gives `502`. Responses the proxy makes itself carry the [`MARKER`]
//! header, so the screenshotter can tell a refused or dead top-level page
//! from a page the site served.
//!
//! Everything is bounded: the request head (16 KiB, read within 10 s),
//! lookups and connects (10 s), idle connections (the screenshot timeout),
//! a connection's life (5 min) and the connections handled at once (256).
//! Only loopback peers are served.
//!
//! Why a proxy rather than DevTools request interception: interception
//! (`Fetch.requestPaused`) sees requests per target and misses some
//! (service workers, WebSockets, requests of other targets before they are
//! attached), and it still lets Chromium resolve and connect by itself
//! after the check, which leaves a DNS-rebinding window. A proxy sits
//! under every request of every target, including redirects, and decides
//! where the bytes actually go.

use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;
use url::Host;

use super::guard::Guard;

/// Largest request head accepted from the browser, in bytes.
pub(super) const MAX_HEAD: usize = 16 * 1024;
/// Time the browser has to send a request head.
pub(super) const HEAD_TIMEOUT: Duration = Duration::from_secs(10);
/// Time for the guard's lookup, and for connecting to one address.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Addresses of one target tried, in the order the guard gave them.
const MAX_ADDRESSES: usize = 4;
/// Longest life of one connection, whatever flows.
const MAX_LIFETIME: Duration = Duration::from_secs(300);
/// Connections served at once; further ones wait in the listen backlog.
const MAX_CONNECTIONS: usize = 256;
/// Copy buffer per direction, in bytes.
const BUFFER: usize = 16 * 1024;

/// The header on every response the proxy makes itself; its value says why
/// (`refused`, `unreachable`, `bad-request`).
pub(crate) const MARKER: &str = "x-clone-detect-proxy";

/// A running proxy on `127.0.0.1`; it stops when dropped.
#[derive(Debug)]
pub(crate) struct Proxy {
    addr: SocketAddr,
    task: JoinHandle<()>,
    /// Set by [`close`](Self::close).
    closed: Arc<std::sync::atomic::AtomicBool>,
}

impl Proxy {
    /// Binds an ephemeral loopback port and serves on the current tokio
    /// runtime; connections idle for `idle` are closed.
    pub(crate) async fn start(guard: Guard, idle: Duration) -> io::Result<Self> {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
        let addr = listener.local_addr()?;
        let closed = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let task = tokio::spawn(accept(listener, Arc::new(guard), idle, closed.clone()));
        Ok(Self { addr, task, closed })
    }

    /// Serves nothing more, keeping its port: every connection from now on
    /// is closed unanswered. A proxy that a browser context may still use
    /// is closed rather than dropped, so that its port is not bound again
    /// by another proxy (of another guard) while the context could reach it.
    pub(crate) fn close(&self) {
        self.closed.store(true, std::sync::atomic::Ordering::SeqCst);
    }

    /// Where the proxy listens.
    pub(crate) fn addr(&self) -> SocketAddr {
        self.addr
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        // Dropping the accept task drops its JoinSet, which aborts every
        // connection still open.
        self.task.abort();
    }
}

async fn accept(
    listener: TcpListener,
    guard: Arc<Guard>,
    idle: Duration,
    closed: Arc<std::sync::atomic::AtomicBool>,
) {
    // Chromium's connections only: the port is on the browser's command line.
    super::peer::accept_own(
        listener,
        MAX_CONNECTIONS,
        MAX_LIFETIME,
        "browser proxy",
        |stream| {
            let guard = guard.clone();
            let closed = closed.clone();
            async move {
                if closed.load(std::sync::atomic::Ordering::SeqCst) {
                    return;
                }
                serve(stream, &guard, idle).await
            }
        },
    )
    .await;
}

/// What the browser asked to reach.
#[derive(Debug, PartialEq, Eq)]
struct Target {
    /// A lower-case ASCII name, or an IP address without brackets.
    host: String,
    port: u16,
}

/// A parsed request head.
#[derive(Debug, PartialEq, Eq)]
enum Request {
    /// `CONNECT host:port`: a tunnel (HTTPS, WebSockets).
    Connect(Target),
    /// An absolute-form plain-HTTP request, with the head to send to the
    /// origin server.
    Forward(Target, Vec<u8>),
}

/// Why a request head is not served.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum HeadError {
    /// Longer than [`MAX_HEAD`].
    TooLarge,
    /// Not a request this proxy serves, and why.
    Malformed(&'static str),
}

async fn serve(mut client: TcpStream, guard: &Guard, idle: Duration) {
    let (head, rest) = match tokio::time::timeout(HEAD_TIMEOUT, read_head(&mut client)).await {
        Err(_) | Ok(Ok(None)) => return,
        Ok(Err(HeadError::TooLarge)) => {
            return reply(
                &mut client,
                "431 Request Header Fields Too Large",
                "bad-request",
            )
            .await
        }
        Ok(Err(HeadError::Malformed(_))) => {
            return reply(&mut client, "400 Bad Request", "bad-request").await
        }
        Ok(Ok(Some(read))) => read,
    };
    let request = match parse_head(&head) {
        Ok(r) => r,
        Err(e) => {
            log::debug!("browser proxy: bad request head: {e:?}");
            return reply(&mut client, "400 Bad Request", "bad-request").await;
        }
    };
    let target = match &request {
        Request::Connect(t) | Request::Forward(t, _) => t,
    };
    let addrs =
        match tokio::time::timeout(CONNECT_TIMEOUT, guard.resolve(&target.host, target.port)).await
        {
            Ok(Ok(addrs)) => addrs,
            Ok(Err(why)) => {
                log::debug!("browser proxy: refused: {why}");
                return reply(&mut client, "403 Forbidden", "refused").await;
            }
            Err(_) => return reply(&mut client, "502 Bad Gateway", "unreachable").await,
        };
    let Some(mut upstream) = connect(&addrs).await else {
        return reply(&mut client, "502 Bad Gateway", "unreachable").await;
    };
    let opened = match &request {
        Request::Connect(_) => client
            .write_all(b"HTTP/1.1 200 Connection Established\r\n\r\n")
            .await
            .is_ok(),
        Request::Forward(_, head) => upstream.write_all(head).await.is_ok(),
    };
    if opened && upstream.write_all(&rest).await.is_ok() {
        let tunnel = matches!(request, Request::Connect(_));
        pump(client, upstream, idle, tunnel).await;
    }
}

/// Connects to the first address that answers, of the first
/// [`MAX_ADDRESSES`]: exactly the addresses the guard checked.
async fn connect(addrs: &[SocketAddr]) -> Option<TcpStream> {
    for addr in addrs.iter().take(MAX_ADDRESSES) {
        match tokio::time::timeout(CONNECT_TIMEOUT, TcpStream::connect(addr)).await {
            Ok(Ok(stream)) => return Some(stream),
            Ok(Err(e)) => log::debug!("browser proxy: cannot connect to {addr}: {e}"),
            Err(_) => {
                log::debug!("browser proxy: no connection to {addr} within {CONNECT_TIMEOUT:?}")
            }
        }
    }
    None
}

/// Answers with a short plain-text response of the proxy's own, then
/// closes.
async fn reply(client: &mut TcpStream, status: &str, why: &str) {
    let body = format!("clone-detect browser proxy: {status}\n");
    let response = format!(
        "HTTP/1.1 {status}\r\n{MARKER}: {why}\r\nContent-Type: text/plain\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = tokio::time::timeout(HEAD_TIMEOUT, client.write_all(response.as_bytes())).await;
    let _ = client.shutdown().await;
}

/// Copies bytes both ways until both sides are done, the connection is idle
/// for `idle`, or (for a plain-HTTP request, `tunnel` false) the origin
/// server has closed.
async fn pump(mut client: TcpStream, mut upstream: TcpStream, idle: Duration, tunnel: bool) {
    let (mut client_read, mut client_write) = client.split();
    let (mut upstream_read, mut upstream_write) = upstream.split();
    let mut from_client = vec![0u8; BUFFER];
    let mut from_upstream = vec![0u8; BUFFER];
    let (mut client_open, mut upstream_open) = (true, true);
    while client_open || upstream_open {
        // Reads are cancel-safe, so whichever side is not chosen loses
        // nothing.
        let step = tokio::time::timeout(idle, async {
            tokio::select! {
                r = client_read.read(&mut from_client), if client_open => (true, r),
                r = upstream_read.read(&mut from_upstream), if upstream_open => (false, r),
            }
        })
        .await;
        let (from_browser, n) = match step {
            Err(_) | Ok((_, Err(_))) => return,
            Ok((side, Ok(n))) => (side, n),
        };
        let (data, to) = if from_browser {
            (&from_client[..n], &mut upstream_write)
        } else {
            (&from_upstream[..n], &mut client_write)
        };
        if n == 0 {
            let _ = to.shutdown().await;
            if from_browser {
                client_open = false;
            } else if tunnel {
                upstream_open = false;
            } else {
                // `Connection: close` was asked: the response is complete.
                return;
            }
            continue;
        }
        if !matches!(
            tokio::time::timeout(idle, to.write_all(data)).await,
            Ok(Ok(()))
        ) {
            return;
        }
    }
}

/// Reads a request head (through the blank line) of at most [`MAX_HEAD`]
/// bytes; returns it and the bytes read after it, or `None` when the peer
/// closed first.
pub(super) async fn read_head<R: AsyncRead + Unpin>(
    reader: &mut R,
) -> Result<Option<(Vec<u8>, Vec<u8>)>, HeadError> {
    let mut buf = Vec::with_capacity(4096);
    let mut chunk = [0u8; 4096];
    loop {
        let n = match reader.read(&mut chunk).await {
            Ok(0) | Err(_) => return Ok(None),
            Ok(n) => n,
        };
        // The end may straddle two reads.
        let from = buf.len().saturating_sub(3);
        buf.extend_from_slice(&chunk[..n]);
        if let Some(at) = buf[from..].windows(4).position(|w| w == b"\r\n\r\n") {
            let end = from + at + 4;
            if end > MAX_HEAD {
                return Err(HeadError::TooLarge);
            }
            let rest = buf.split_off(end);
            return Ok(Some((buf, rest)));
        }
        if buf.len() > MAX_HEAD {
            return Err(HeadError::TooLarge);
        }
    }
}

/// An HTTP token character (RFC 9110 `tchar`).
fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// Parses a request head ending in `\r\n\r\n`: `CONNECT host:port` or an
/// absolute-form `http://` request, whose head is rewritten.
fn parse_head(head: &[u8]) -> Result<Request, HeadError> {
    if head.len() > MAX_HEAD {
        return Err(HeadError::TooLarge);
    }
    // Drop the blank line's CRLF: every remaining line ends with CRLF.
    let body = head
        .strip_suffix(b"\r\n")
        .filter(|b| b.ends_with(b"\r\n"))
        .ok_or(HeadError::Malformed("no end of head"))?;
    let mut lines = body.split_inclusive(|&b| b == b'\n').map(|line| {
        line.strip_suffix(b"\r\n")
            .filter(|l| !l.iter().any(|&b| matches!(b, b'\r' | b'\n' | 0)))
            .ok_or(HeadError::Malformed("bare CR, LF or NUL"))
    });
    let first = lines.next().ok_or(HeadError::Malformed("empty head"))??;
    let first = std::str::from_utf8(first).map_err(|_| HeadError::Malformed("not ASCII"))?;
    let mut parts = first.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(HeadError::Malformed("not METHOD TARGET VERSION"));
    };
    if method.is_empty() || !method.bytes().all(is_tchar) {
        return Err(HeadError::Malformed("bad method"));
    }
    if !matches!(version, "HTTP/1.1" | "HTTP/1.0") {
        return Err(HeadError::Malformed("not HTTP/1.x"));
    }
    if target.is_empty() || target.bytes().any(|b| b <= b' ' || b >= 0x7f || b == b'#') {
        return Err(HeadError::Malformed("bad target"));
    }
    let mut headers = Vec::new();
    for line in lines {
        let line = line?;
        let colon = line
            .iter()
            .position(|&b| b == b':')
            .ok_or(HeadError::Malformed("header without colon"))?;
        let name = &line[..colon];
        // Also refuses obsolete line folding and a space before the colon.
        if name.is_empty() || !name.iter().all(|&b| is_tchar(b)) {
            return Err(HeadError::Malformed("bad header name"));
        }
        headers.push((name, line));
    }
    if method == "CONNECT" {
        return Ok(Request::Connect(parse_authority(target, None)?));
    }
    let rest = target
        .get(..7)
        .filter(|scheme| scheme.eq_ignore_ascii_case("http://"))
        .map(|_| &target[7..])
        .ok_or(HeadError::Malformed("not an absolute http:// target"))?;
    let cut = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(cut);
    let destination = parse_authority(authority, Some(80))?;
    let path = match path.as_bytes().first() {
        None => "/".to_string(),
        Some(b'?') => format!("/{path}"),
        Some(_) => path.to_string(),
    };
    let mut out = format!("{method} {path} {version}\r\n").into_bytes();
    let mut has_host = false;
    for (name, line) in headers {
        let hop_by_hop = name.eq_ignore_ascii_case(b"connection")
            || name.eq_ignore_ascii_case(b"keep-alive")
            || (name.len() >= 6 && name[..6].eq_ignore_ascii_case(b"proxy-"));
        if hop_by_hop {
            continue;
        }
        has_host |= name.eq_ignore_ascii_case(b"host");
        out.extend_from_slice(line);
        out.extend_from_slice(b"\r\n");
    }
    if !has_host {
        out.extend_from_slice(format!("Host: {authority}\r\n").as_bytes());
    }
    out.extend_from_slice(b"Connection: close\r\n\r\n");
    Ok(Request::Forward(destination, out))
}

/// Parses `host[:port]` (IPv6 in brackets) with the URL standard's host
/// rules; `default` is the port when none is given (`None`: one is
/// required).
fn parse_authority(authority: &str, default: Option<u16>) -> Result<Target, HeadError> {
    if authority.contains('@') {
        return Err(HeadError::Malformed("credentials in the target"));
    }
    let (host, port) = if authority.starts_with('[') {
        let end = authority
            .find(']')
            .ok_or(HeadError::Malformed("unclosed bracket"))?;
        authority.split_at(end + 1)
    } else {
        authority.split_at(authority.rfind(':').unwrap_or(authority.len()))
    };
    let port = match port {
        "" => default.ok_or(HeadError::Malformed("no port"))?,
        p => p
            .strip_prefix(':')
            .filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|d| d.parse::<u16>().ok())
            .filter(|&p| p != 0)
            .ok_or(HeadError::Malformed("bad port"))?,
    };
    if host.is_empty() {
        return Err(HeadError::Malformed("no host"));
    }
    let host = match Host::parse(host).map_err(|_| HeadError::Malformed("bad host"))? {
        Host::Domain(name) => name,
        Host::Ipv4(ip) => ip.to_string(),
        Host::Ipv6(ip) => ip.to_string(),
    };
    Ok(Target { host, port })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::acquire::guard::Lookup;
    use std::net::IpAddr;

    fn target(host: &str, port: u16) -> Target {
        Target {
            host: host.into(),
            port,
        }
    }

    #[test]
    fn connect_heads() {
        let cases: &[(&str, Result<Target, HeadError>)] = &[
            (
                "CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n",
                Ok(target("example.org", 443)),
            ),
            (
                "CONNECT Example.ORG.:8443 HTTP/1.1\r\n\r\n",
                Ok(target("example.org.", 8443)),
            ),
            ("CONNECT [::1]:443 HTTP/1.1\r\n\r\n", Ok(target("::1", 443))),
            (
                "CONNECT 0x7f.1:443 HTTP/1.1\r\n\r\n",
                Ok(target("127.0.0.1", 443)),
            ),
            (
                "CONNECT example.org HTTP/1.1\r\n\r\n",
                Err(HeadError::Malformed("no port")),
            ),
            (
                "CONNECT example.org: HTTP/1.1\r\n\r\n",
                Err(HeadError::Malformed("bad port")),
            ),
            (
                "CONNECT example.org:0 HTTP/1.1\r\n\r\n",
                Err(HeadError::Malformed("bad port")),
            ),
            (
                "CONNECT example.org:+443 HTTP/1.1\r\n\r\n",
                Err(HeadError::Malformed("bad port")),
            ),
            (
                "CONNECT example.org:65536 HTTP/1.1\r\n\r\n",
                Err(HeadError::Malformed("bad port")),
            ),
            (
                "CONNECT ::1:443 HTTP/1.1\r\n\r\n",
                Err(HeadError::Malformed("bad host")),
            ),
            (
                "CONNECT [::1 HTTP/1.1\r\n\r\n",
                Err(HeadError::Malformed("unclosed bracket")),
            ),
            (
                "CONNECT :443 HTTP/1.1\r\n\r\n",
                Err(HeadError::Malformed("no host")),
            ),
            (
                "CONNECT a@b:443 HTTP/1.1\r\n\r\n",
                Err(HeadError::Malformed("credentials in the target")),
            ),
            (
                "CONNECT a b:443 HTTP/1.1\r\n\r\n",
                Err(HeadError::Malformed("not METHOD TARGET VERSION")),
            ),
            (
                "CONNECT a:443 HTTP/2.0\r\n\r\n",
                Err(HeadError::Malformed("not HTTP/1.x")),
            ),
            (
                "CONNECT a:443 HTTP/1.1\r\nBad Name: x\r\n\r\n",
                Err(HeadError::Malformed("bad header name")),
            ),
            (
                "CONNECT a:443 HTTP/1.1\r\nA: x\r\n folded\r\n\r\n",
                Err(HeadError::Malformed("header without colon")),
            ),
            (
                "CONNECT a:443 HTTP/1.1\r\n :folded\r\n\r\n",
                Err(HeadError::Malformed("bad header name")),
            ),
            (
                "CONNECT a:443 HTTP/1.1\nHost: a\r\n\r\n",
                Err(HeadError::Malformed("bare CR, LF or NUL")),
            ),
            (
                "CONNECT a:443 HTTP/1.1\r\nA: b\rc\r\n\r\n",
                Err(HeadError::Malformed("bare CR, LF or NUL")),
            ),
            (
                "\r\n\r\n",
                Err(HeadError::Malformed("not METHOD TARGET VERSION")),
            ),
            (
                "\x00\x01\x02 x y\r\n\r\n",
                Err(HeadError::Malformed("bare CR, LF or NUL")),
            ),
            (
                "GARBAGE\r\n\r\n",
                Err(HeadError::Malformed("not METHOD TARGET VERSION")),
            ),
            (
                "CONNECT a:443 HTTP/1.1\r\n",
                Err(HeadError::Malformed("no end of head")),
            ),
        ];
        for (head, want) in cases {
            let got = parse_head(head.as_bytes()).map(|r| match r {
                Request::Connect(t) => t,
                Request::Forward(..) => panic!("{head:?} is not a CONNECT"),
            });
            assert_eq!(&got, want, "{head:?}");
        }
        assert_eq!(
            parse_head(b"CONNECT a:1 HTTP/1.1\r\n\xff\xfe: \x80\r\n\r\n"),
            Err(HeadError::Malformed("bad header name"))
        );
        assert_eq!(
            parse_head(b"C\xc3\xa9 a:1 HTTP/1.1\r\n\r\n"),
            Err(HeadError::Malformed("bad method"))
        );
    }

    #[test]
    fn plain_http_heads_are_rewritten() {
        let cases: &[(&str, Target, &str)] = &[
            (
                "GET http://Example.ORG/a/b?c=d HTTP/1.1\r\nHost: example.org\r\n\
                 Proxy-Connection: keep-alive\r\nProxy-Authorization: x\r\n\
                 Connection: keep-alive\r\nKeep-Alive: 5\r\nAccept: */*\r\n\r\n",
                target("example.org", 80),
                "GET /a/b?c=d HTTP/1.1\r\nHost: example.org\r\nAccept: */*\r\nConnection: close\r\n\r\n",
            ),
            (
                "POST HTTP://h.test:8080?q HTTP/1.0\r\nContent-Length: 3\r\n\r\n",
                target("h.test", 8080),
                "POST /?q HTTP/1.0\r\nContent-Length: 3\r\nHost: h.test:8080\r\nConnection: close\r\n\r\n",
            ),
            (
                "GET http://[::1]:81 HTTP/1.1\r\nhost: [::1]:81\r\n\r\n",
                target("::1", 81),
                "GET / HTTP/1.1\r\nhost: [::1]:81\r\nConnection: close\r\n\r\n",
            ),
        ];
        for (head, want_target, want_head) in cases {
            match parse_head(head.as_bytes()) {
                Ok(Request::Forward(t, out)) => {
                    assert_eq!(&t, want_target, "{head:?}");
                    assert_eq!(String::from_utf8(out).unwrap(), *want_head, "{head:?}");
                }
                other => panic!("{head:?}: {other:?}"),
            }
        }
        for (head, why) in [
            (
                "GET /relative HTTP/1.1\r\nHost: a\r\n\r\n",
                "not an absolute http:// target",
            ),
            (
                "GET https://a/ HTTP/1.1\r\n\r\n",
                "not an absolute http:// target",
            ),
            (
                "GET ftp://a/ HTTP/1.1\r\n\r\n",
                "not an absolute http:// target",
            ),
            ("GET http:// HTTP/1.1\r\n\r\n", "no host"),
            (
                "GET http://u:p@a/ HTTP/1.1\r\n\r\n",
                "credentials in the target",
            ),
            ("GET http://a:x/ HTTP/1.1\r\n\r\n", "bad port"),
            ("GET http://a/#f HTTP/1.1\r\n\r\n", "bad target"),
            ("GET http://a/\x7f HTTP/1.1\r\n\r\n", "bad target"),
            ("G(T http://a/ HTTP/1.1\r\n\r\n", "bad method"),
        ] {
            assert_eq!(
                parse_head(head.as_bytes()),
                Err(HeadError::Malformed(why)),
                "{head:?}"
            );
        }
    }

    fn block_on<T>(f: impl std::future::Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(f)
    }

    #[test]
    fn heads_are_bounded() {
        block_on(async {
            // Split over reads, with the bytes after it kept.
            let mut input: &[u8] = b"CONNECT a:1 HTTP/1.1\r\n\r\nearly";
            let (head, rest) = read_head(&mut input).await.unwrap().unwrap();
            assert_eq!(head, b"CONNECT a:1 HTTP/1.1\r\n\r\n");
            assert_eq!(rest, b"early");
            // Closed before the end.
            let mut input: &[u8] = b"CONNECT a:1 HTTP/1.1\r\n";
            assert_eq!(read_head(&mut input).await, Ok(None));
            // Endless headers.
            let mut big = b"GET http://a/ HTTP/1.1\r\n".to_vec();
            while big.len() <= MAX_HEAD + 4096 {
                big.extend_from_slice(b"X-Filler: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n");
            }
            let mut input: &[u8] = &big;
            assert_eq!(read_head(&mut input).await, Err(HeadError::TooLarge));
            // The end just past the limit.
            big.truncate(MAX_HEAD - 2);
            big.extend_from_slice(b"\r\n\r\n");
            let mut input: &[u8] = &big;
            assert_eq!(read_head(&mut input).await, Err(HeadError::TooLarge));
            // Garbage without an end.
            let garbage = vec![0xffu8; MAX_HEAD * 2];
            let mut input: &[u8] = &garbage;
            assert_eq!(read_head(&mut input).await, Err(HeadError::TooLarge));
        });
    }

    /// A listener that records whether anyone connected, and answers `ok`.
    async fn origin() -> (SocketAddr, tokio::sync::mpsc::UnboundedReceiver<Vec<u8>>) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        tokio::spawn(async move {
            while let Ok((mut s, _)) = listener.accept().await {
                let mut buf = vec![0u8; 4096];
                let n = s.read(&mut buf).await.unwrap_or(0);
                let _ = tx.send(buf[..n].to_vec());
                let _ = s
                    .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                    .await;
            }
        });
        (addr, rx)
    }

    async fn ask(proxy: SocketAddr, request: &str) -> String {
        let mut s = TcpStream::connect(proxy).await.unwrap();
        s.write_all(request.as_bytes()).await.unwrap();
        let mut out = Vec::new();
        let _ = tokio::time::timeout(Duration::from_secs(5), s.read_to_end(&mut out)).await;
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn refuses_and_forwards_as_the_guard_says() {
        block_on(async {
            let (addr, mut seen) = origin().await;
            let lookup = Lookup::custom(move |name| match name {
                "inside.test" => Ok(vec![IpAddr::from([127, 0, 0, 1])]),
                _ => Err(io::Error::new(io::ErrorKind::NotFound, "no such name")),
            });
            let guarded = Proxy::start(
                Guard::new(true, &[], lookup.clone()),
                Duration::from_secs(5),
            )
            .await
            .unwrap();
            let port = addr.port();
            for request in [
                format!("CONNECT 127.0.0.1:{port} HTTP/1.1\r\n\r\n"),
                format!("GET http://127.0.0.1:{port}/ HTTP/1.1\r\nHost: x\r\n\r\n"),
                format!("GET http://inside.test:{port}/ HTTP/1.1\r\nHost: x\r\n\r\n"),
                format!("CONNECT [::ffff:127.0.0.1]:{port} HTTP/1.1\r\n\r\n"),
                format!("CONNECT localhost:{port} HTTP/1.1\r\n\r\n"),
            ] {
                let answer = ask(guarded.addr(), &request).await;
                assert!(
                    answer.starts_with("HTTP/1.1 403 "),
                    "{request:?}: {answer:?}"
                );
                assert!(
                    answer.contains("x-clone-detect-proxy: refused"),
                    "{answer:?}"
                );
            }
            let answer = ask(guarded.addr(), "BLAH\r\n\r\n").await;
            assert!(answer.starts_with("HTTP/1.1 400 "), "{answer:?}");
            assert!(seen.try_recv().is_err(), "the origin was reached");

            let trusting = Proxy::start(
                Guard::new(
                    true,
                    &[("pinned.test".into(), IpAddr::from([127, 0, 0, 1]))],
                    lookup,
                )
                .with_trusted(&[IpAddr::from([127, 0, 0, 1])]),
                Duration::from_secs(5),
            )
            .await
            .unwrap();
            let answer = ask(
                trusting.addr(),
                &format!("GET http://pinned.test:{port}/p?q HTTP/1.1\r\nHost: pinned.test\r\nProxy-Connection: keep-alive\r\n\r\n"),
            )
            .await;
            assert!(answer.ends_with("\r\n\r\nok"), "{answer:?}");
            assert_eq!(
                String::from_utf8(seen.recv().await.unwrap()).unwrap(),
                "GET /p?q HTTP/1.1\r\nHost: pinned.test\r\nConnection: close\r\n\r\n"
            );
            let answer = ask(
                trusting.addr(),
                &format!("CONNECT inside.test:{port} HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\n"),
            )
            .await;
            assert!(
                answer.starts_with("HTTP/1.1 200 Connection Established\r\n\r\nHTTP/1.1 200 OK"),
                "{answer:?}"
            );
            assert_eq!(seen.recv().await.unwrap(), b"GET / HTTP/1.1\r\n\r\n");
            // Nothing listens on port 1 of a trusted address.
            let answer = ask(trusting.addr(), "CONNECT 127.0.0.1:1 HTTP/1.1\r\n\r\n").await;
            assert!(answer.starts_with("HTTP/1.1 502 "), "{answer:?}");
        });
    }
}
