//! Loopback HTTP servers for tests and benchmarks.
//!
//! One [`Server`]: it answers every request with the [`Reply`] its
//! [`Handler`] chooses (a static [`Folder`], a table of [`Routes`], or a
//! closure of the [`Request`]) and logs every connection and request line
//! it receives, so that a test can show what reached it, or that nothing
//! did. The hostile answers (drips, stalls, hang-ups, decompression bombs)
//! are [`Fault`]s, in [`crate::faults`].
//!
//! One thread per connection. By default one request per connection
//! (`Connection: close`, and a request that does not arrive within 5 s
//! ends its connection); [`Listen::keep_alive`] serves any number per
//! connection. A server runs until the process ends: dropping a [`Server`]
//! drops the handle, not the server.
//!
//! ```
//! use clone_detect_tests::server::{Reply, Server};
//!
//! let server = Server::routes([("/", Reply::html("<p>hello</p>"))]);
//! let url = server.url("/"); // http://127.0.0.1:PORT/
//! # let _ = url;
//! assert_eq!(server.connections(), 0);
//! ```

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use crate::faults::Fault;

/// 127.0.0.1, where servers listen unless told otherwise.
pub const LOCALHOST: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

/// How long a server waits for a request on a `Connection: close`
/// connection before it ends it.
const READ_TIMEOUT: Duration = Duration::from_secs(5);

/// The longest request line or header line read; the rest of a longer one
/// is read as the next line.
const MAX_LINE: u64 = 8192;

/// What [`Server::log`] holds for a connection that closed (or stayed
/// silent for 5 s) without sending a request line.
pub const NO_REQUEST: &str = "<connection without a request>";

/// A port on 127.0.0.1 that refuses every connection: a dead site.
///
/// The port is held for the whole process by a socket bound to it that
/// never listens (a connection to it is refused), so no server started
/// later, by the same test or by one running beside it, can be given it.
/// A port bound and then released could be, and the dead site would answer
/// (CI saw it). Every call gives the same port.
pub fn closed_port() -> u16 {
    static HELD: OnceLock<(socket2::Socket, u16)> = OnceLock::new();
    HELD.get_or_init(|| {
        use socket2::{Domain, Socket, Type};
        let socket = Socket::new(Domain::IPV4, Type::STREAM, None).expect("a socket");
        socket
            .bind(&SocketAddr::new(LOCALHOST, 0).into())
            .expect("loopback");
        let port = socket
            .local_addr()
            .expect("a bound address")
            .as_socket()
            .expect("an IP address")
            .port();
        (socket, port)
    })
    .1
}

/// The head of a request, as far as handlers look at it: its first line.
#[derive(Clone, Debug)]
pub struct Request {
    line: String,
}

impl Request {
    /// The request line as received (`GET /a?b HTTP/1.1`), or whatever
    /// else the connection sent first (a TLS handshake reads as bytes).
    pub fn line(&self) -> &str {
        &self.line
    }

    /// The request target: `/a?b`, or `/` when the line has none.
    pub fn target(&self) -> &str {
        self.line.split_whitespace().nth(1).unwrap_or("/")
    }

    /// The target's path, without its query or fragment: `/a`.
    pub fn path(&self) -> &str {
        self.target().split(['?', '#']).next().unwrap_or("/")
    }
}

/// What a server answers one request with.
pub trait Handler: Send + Sync + 'static {
    /// The answer to `request`.
    fn reply(&self, request: &Request) -> Reply;
}

impl<F: Fn(&Request) -> Reply + Send + Sync + 'static> Handler for F {
    fn reply(&self, request: &Request) -> Reply {
        self(request)
    }
}

/// One answer: a well-formed response (status, headers, body, with
/// `Content-Length` added), or a [`Fault`]; either after a delay.
#[derive(Clone, Debug)]
#[must_use]
pub struct Reply {
    answer: Answer,
    delay: Duration,
}

#[derive(Clone, Debug)]
enum Answer {
    Response {
        status: String,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    Fault(Fault),
}

impl Reply {
    /// `status` (`"200 OK"`) with no header and no body.
    pub fn status(status: &str) -> Self {
        Self {
            answer: Answer::Response {
                status: status.to_string(),
                headers: Vec::new(),
                body: Vec::new(),
            },
            delay: Duration::ZERO,
        }
    }

    /// `status` with `body` of content type `kind`.
    pub fn new(status: &str, kind: &str, body: impl Into<Vec<u8>>) -> Self {
        Self::status(status).header("Content-Type", kind).body(body)
    }

    /// `200 OK` with an HTML page in UTF-8.
    pub fn html(body: impl Into<Vec<u8>>) -> Self {
        Self::new("200 OK", "text/html; charset=utf-8", body)
    }

    /// `404 Not Found` with a small HTML page.
    pub fn not_found() -> Self {
        Self::new(
            "404 Not Found",
            "text/html",
            "<html><body><h1>Not found</h1></body></html>",
        )
    }

    /// `302 Found` to `location`, with an empty body.
    pub fn redirect(location: &str) -> Self {
        Self::status("302 Found").header("Location", location)
    }

    /// A hostile answer instead of a response.
    pub fn fault(fault: Fault) -> Self {
        Self {
            answer: Answer::Fault(fault),
            delay: Duration::ZERO,
        }
    }

    /// The same with the header `name: value` after those it has (a fault
    /// writes its own bytes and takes none).
    pub fn header(mut self, name: &str, value: &str) -> Self {
        if let Answer::Response { headers, .. } = &mut self.answer {
            headers.push((name.to_string(), value.to_string()));
        }
        self
    }

    /// The same with `body` (a fault writes its own bytes and takes none).
    pub fn body(mut self, body: impl Into<Vec<u8>>) -> Self {
        if let Answer::Response { body: old, .. } = &mut self.answer {
            *old = body.into();
        }
        self
    }

    /// The same, sent `delay` after the request arrived.
    pub fn after(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    /// Writes the answer; whether the connection may serve another request.
    fn send(self, stream: &mut TcpStream, keep_alive: bool) -> bool {
        std::thread::sleep(self.delay);
        match self.answer {
            Answer::Response {
                status,
                headers,
                body,
            } => {
                let mut out = format!("HTTP/1.1 {status}\r\n");
                for (name, value) in headers {
                    out.push_str(&format!("{name}: {value}\r\n"));
                }
                out.push_str(&format!("Content-Length: {}\r\n", body.len()));
                if !keep_alive {
                    out.push_str("Connection: close\r\n");
                }
                out.push_str("\r\n");
                let mut out = out.into_bytes();
                out.extend_from_slice(&body);
                stream.write_all(&out).is_ok() && keep_alive
            }
            Answer::Fault(fault) => {
                fault.send(stream);
                false
            }
        }
    }
}

/// A table of replies by path (the query is ignored), and the reply to
/// every other path ([`Reply::not_found`] unless set).
#[derive(Clone, Debug)]
pub struct Routes {
    table: Vec<(String, Reply)>,
    otherwise: Reply,
}

impl Routes {
    /// The replies of `table`.
    pub fn new<'a>(table: impl IntoIterator<Item = (&'a str, Reply)>) -> Self {
        Self {
            table: table
                .into_iter()
                .map(|(path, reply)| (path.to_string(), reply))
                .collect(),
            otherwise: Reply::not_found(),
        }
    }

    /// The same, answering `reply` on every path not in the table.
    #[must_use]
    pub fn otherwise(mut self, reply: Reply) -> Self {
        self.otherwise = reply;
        self
    }
}

impl Handler for Routes {
    fn reply(&self, request: &Request) -> Reply {
        self.table
            .iter()
            .find(|(path, _)| path == request.path())
            .map_or(&self.otherwise, |(_, reply)| reply)
            .clone()
    }
}

/// A static file server of a folder: `/` and every folder are served as
/// their `index.html`; the query is ignored; a file outside the folder
/// (`..`, or a link that leads out) or a missing one is a
/// [`Reply::not_found`]. Content types by extension ([`content_type`]).
#[derive(Clone, Debug)]
pub struct Folder {
    root: PathBuf,
}

impl Folder {
    /// Serves `root`.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }
}

impl Handler for Folder {
    fn reply(&self, request: &Request) -> Reply {
        let rel = request.path().trim_start_matches('/');
        let mut file = self
            .root
            .join(if rel.is_empty() { "index.html" } else { rel });
        if file.is_dir() {
            file = file.join("index.html");
        }
        let inside = !rel.split('/').any(|s| s == "..")
            && match (file.canonicalize(), self.root.canonicalize()) {
                (Ok(file), Ok(root)) => file.starts_with(root),
                _ => false,
            };
        match std::fs::read(&file) {
            Ok(body) if inside => Reply::new("200 OK", content_type(&file), body),
            _ => Reply::not_found(),
        }
    }
}

/// The content type a plain static server gives a file, by its extension.
pub fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html" | "htm") => "text/html; charset=utf-8",
        Some("css") => "text/css",
        Some("js") => "application/javascript",
        Some("json") => "application/json",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("ico") => "image/x-icon",
        Some("svg") => "image/svg+xml",
        Some("woff") => "font/woff",
        Some("woff2") => "font/woff2",
        Some("ttf") => "font/ttf",
        _ => "application/octet-stream",
    }
}

/// Where and how a server listens, before it starts ([`Server::on`]).
#[derive(Clone, Debug)]
#[must_use]
pub struct Listen {
    ip: IpAddr,
    keep_alive: bool,
    shuffle: Option<(u64, Duration)>,
}

impl Listen {
    /// Serves any number of requests per connection, without a time limit
    /// between them (no `Connection: close`; a request's body is read by
    /// its `Content-Length`), with `TCP_NODELAY`.
    pub fn keep_alive(mut self) -> Self {
        self.keep_alive = true;
        self
    }

    /// Delays every connection's answers by 0 to `max` (whole
    /// milliseconds), drawn in the order connections arrive from a
    /// generator seeded with `seed`, so that concurrent requests are
    /// answered in an order that changes with the seed.
    pub fn shuffle(mut self, seed: u64, max: Duration) -> Self {
        self.shuffle = Some((seed, max));
        self
    }

    /// Starts serving `handler` on a free port.
    pub fn start(self, handler: impl Handler) -> io::Result<Server> {
        let listener = TcpListener::bind((self.ip, 0))?;
        let addr = listener.local_addr()?;
        let log = Arc::new(Log::default());
        let handler: Arc<dyn Handler> = Arc::new(handler);
        let shared = log.clone();
        let mut delays = self
            .shuffle
            .map(|(seed, max)| Delays::new(seed, max.as_millis() as u64));
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                shared.connections.fetch_add(1, Ordering::SeqCst);
                let delay = delays.as_mut().map_or(Duration::ZERO, Delays::next);
                let (log, handler) = (shared.clone(), handler.clone());
                std::thread::spawn(move || {
                    converse(stream, &*handler, &log, self.keep_alive, delay);
                });
            }
        });
        Ok(Server { addr, log })
    }
}

/// Per-connection delays: xorshift64 from `seed | 1`, modulo `max_ms + 1`.
struct Delays {
    state: u64,
    max_ms: u64,
}

impl Delays {
    fn new(seed: u64, max_ms: u64) -> Self {
        Self {
            state: seed | 1,
            max_ms,
        }
    }

    fn next(&mut self) -> Duration {
        let mut x = self.state;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.state = x;
        Duration::from_millis(x % (self.max_ms + 1))
    }
}

/// What a server received.
#[derive(Debug, Default)]
struct Log {
    connections: AtomicUsize,
    lines: Mutex<Vec<String>>,
}

impl Log {
    fn push(&self, line: String) {
        self.lines
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(line);
    }

    fn lines(&self) -> Vec<String> {
        self.lines.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

/// Serves the requests of one connection: each request line is logged as
/// soon as it arrives, before the headers are read.
fn converse(
    stream: TcpStream,
    handler: &dyn Handler,
    log: &Log,
    keep_alive: bool,
    delay: Duration,
) {
    if keep_alive {
        let _ = stream.set_nodelay(true);
    } else {
        let _ = stream.set_read_timeout(Some(READ_TIMEOUT));
    }
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    let mut first = true;
    loop {
        let line = read_line(&mut reader);
        let line = String::from_utf8_lossy(&line).trim_end().to_string();
        if line.is_empty() {
            if first {
                log.push(NO_REQUEST.to_string());
            }
            return;
        }
        first = false;
        log.push(line.clone());
        if !skip_headers_and_body(&mut reader) {
            return;
        }
        std::thread::sleep(delay);
        let reply = handler.reply(&Request { line });
        if !reply.send(&mut writer, keep_alive) {
            return;
        }
    }
}

/// One line of at most [`MAX_LINE`] bytes, with its end of line; empty at
/// the end of the stream or on an error.
fn read_line(reader: &mut BufReader<TcpStream>) -> Vec<u8> {
    let mut line = Vec::new();
    if reader
        .by_ref()
        .take(MAX_LINE)
        .read_until(b'\n', &mut line)
        .is_err()
    {
        line.clear();
    }
    line
}

/// Reads the headers up to the blank line and the body their
/// `Content-Length` announces; whether the stream is still readable.
fn skip_headers_and_body(reader: &mut BufReader<TcpStream>) -> bool {
    let mut length = 0u64;
    loop {
        let header = read_line(reader);
        if header.len() <= 2 {
            break;
        }
        let header = String::from_utf8_lossy(&header);
        if let Some((name, value)) = header.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap_or(0);
            }
        }
    }
    length == 0 || io::copy(&mut reader.by_ref().take(length), &mut io::sink()).is_ok()
}

/// A running loopback server: where it listens and what it received.
#[derive(Clone, Debug)]
pub struct Server {
    addr: SocketAddr,
    log: Arc<Log>,
}

impl Server {
    /// Where and how a server on `ip` (a free port) will listen: for
    /// another loopback address (127.0.0.2, `::1`), keep-alive or shuffled
    /// answers, and for callers that want the bind error.
    pub fn on(ip: IpAddr) -> Listen {
        Listen {
            ip,
            keep_alive: false,
            shuffle: None,
        }
    }

    /// Serves `handler` on 127.0.0.1 (panics when loopback cannot be
    /// bound).
    pub fn start(handler: impl Handler) -> Self {
        Self::on(LOCALHOST)
            .start(handler)
            .expect("a free port on 127.0.0.1")
    }

    /// Serves the folder `root` on 127.0.0.1 ([`Folder`]).
    pub fn folder(root: impl Into<PathBuf>) -> Self {
        Self::start(Folder::new(root))
    }

    /// Serves the replies of `table` on 127.0.0.1 ([`Routes`]; any other
    /// path is a [`Reply::not_found`]).
    pub fn routes<'a>(table: impl IntoIterator<Item = (&'a str, Reply)>) -> Self {
        Self::start(Routes::new(table))
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// `http://ADDRESS:PORT{path}`; `path` starts with `/`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// `http://{host}:PORT{path}`: the server under another name (pinned
    /// to its address with `--resolve` or a custom lookup).
    pub fn url_as(&self, host: &str, path: &str) -> String {
        format!("http://{host}:{}{path}", self.addr.port())
    }

    /// How many connections it accepted, counted before anything is read.
    pub fn connections(&self) -> usize {
        self.log.connections.load(Ordering::SeqCst)
    }

    /// The request lines it received, in order ([`NO_REQUEST`] for a
    /// connection that sent none).
    pub fn log(&self) -> Vec<String> {
        self.log.lines()
    }

    /// The targets of the requests it received, in order.
    pub fn paths(&self) -> Vec<String> {
        self.log
            .lines()
            .into_iter()
            .filter(|line| line != NO_REQUEST)
            .map(|line| Request { line }.target().to_string())
            .collect()
    }

    /// How many requests for `path` (with any query) it received.
    pub fn requests(&self, path: &str) -> usize {
        self.log
            .lines()
            .into_iter()
            .filter(|line| Request { line: line.clone() }.path() == path)
            .count()
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Read, Write};
    use std::net::{TcpListener, TcpStream};
    use std::time::{Duration, Instant};

    use super::{Reply, Routes, Server, LOCALHOST, NO_REQUEST};

    /// The bytes answered to `request` sent on one connection to `server`.
    fn exchange(server: &Server, request: &str) -> String {
        let mut stream = TcpStream::connect(server.addr()).unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        response
    }

    /// `GET target`: the status line and the body.
    fn get(server: &Server, target: &str) -> (String, String) {
        let response = exchange(server, &format!("GET {target} HTTP/1.1\r\nHost: x\r\n\r\n"));
        let (head, body) = response.split_once("\r\n\r\n").unwrap();
        let status = head.lines().next().unwrap().to_string();
        (status, body.to_string())
    }

    #[test]
    fn a_folder_is_served_inside_the_folder_only() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        std::fs::create_dir_all(root.join("docs")).unwrap();
        std::fs::write(root.join("index.html"), "<p>root</p>").unwrap();
        std::fs::write(root.join("docs/index.html"), "<p>docs</p>").unwrap();
        std::fs::write(root.join("docs/a.css"), "p {}").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "secret").unwrap();
        std::os::unix::fs::symlink(dir.path().join("secret.txt"), root.join("link.txt")).unwrap();
        let server = Server::folder(&root);
        let missing = "<html><body><h1>Not found</h1></body></html>";
        let cases = [
            ("/", "HTTP/1.1 200 OK", "<p>root</p>"),
            ("/?q=1#top", "HTTP/1.1 200 OK", "<p>root</p>"),
            ("/docs/", "HTTP/1.1 200 OK", "<p>docs</p>"),
            ("/docs/a.css", "HTTP/1.1 200 OK", "p {}"),
            ("/missing.html", "HTTP/1.1 404 Not Found", missing),
            ("/../secret.txt", "HTTP/1.1 404 Not Found", missing),
            ("/docs/../../secret.txt", "HTTP/1.1 404 Not Found", missing),
            ("/link.txt", "HTTP/1.1 404 Not Found", missing),
        ];
        for (target, status, body) in cases {
            assert_eq!(
                get(&server, target),
                (status.into(), body.into()),
                "{target}"
            );
        }
        let css = exchange(&server, "GET /docs/a.css HTTP/1.1\r\n\r\n");
        assert!(css.contains("\r\nContent-Type: text/css\r\n"), "{css}");
    }

    #[test]
    fn a_response_is_written_as_built() {
        let server = Server::routes([("/r", Reply::redirect("/next").header("X-Test", "1"))]);
        assert_eq!(
            exchange(&server, "GET /r?x HTTP/1.1\r\n\r\n"),
            "HTTP/1.1 302 Found\r\nLocation: /next\r\nX-Test: 1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
        assert_eq!(
            exchange(&server, "GET /other HTTP/1.1\r\n\r\n"),
            "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 44\r\n\
             Connection: close\r\n\r\n<html><body><h1>Not found</h1></body></html>"
        );
    }

    #[test]
    fn the_log_holds_every_connection_and_request_line() {
        let server = Server::start(
            Routes::new([(
                "/late",
                Reply::html("late").after(Duration::from_millis(300)),
            )])
            .otherwise(Reply::html("ok")),
        );
        assert_eq!(server.connections(), 0);
        get(&server, "/a?b=1");
        get(&server, "/a");
        let start = Instant::now();
        assert_eq!(get(&server, "/late").1, "late");
        assert!(start.elapsed() >= Duration::from_millis(300));
        // A connection that sends nothing.
        drop(TcpStream::connect(server.addr()).unwrap());
        std::thread::sleep(Duration::from_millis(200));
        assert_eq!(server.connections(), 4);
        assert_eq!(server.paths(), ["/a?b=1", "/a", "/late"]);
        assert_eq!(server.requests("/a"), 2);
        assert_eq!(server.log()[3], NO_REQUEST);
        assert!(server.log()[0].starts_with("GET /a?b=1 HTTP/1.1"));
    }

    #[test]
    fn keep_alive_serves_several_requests_on_one_connection() {
        let server = Server::on(LOCALHOST)
            .keep_alive()
            .start(|request: &super::Request| Reply::html(request.path().to_string()))
            .unwrap();
        let mut stream = TcpStream::connect(server.addr()).unwrap();
        // The first request has a body, which is read and skipped.
        stream
            .write_all(
                b"POST /one HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /two HTTP/1.1\r\n\r\n",
            )
            .unwrap();
        stream.shutdown(std::net::Shutdown::Write).unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        assert_eq!(response.matches("HTTP/1.1 200 OK").count(), 2, "{response}");
        assert!(response.ends_with("/two") && !response.contains("Connection: close"));
        assert_eq!(server.paths(), ["/one", "/two"]);
    }

    #[test]
    fn shuffled_delays_follow_the_seed() {
        let draw = |seed| {
            let mut delays = super::Delays::new(seed, 100);
            (0..8).map(|_| delays.next()).collect::<Vec<_>>()
        };
        assert_eq!(draw(7), draw(7));
        assert_ne!(draw(7), draw(8));
        assert!(draw(7).iter().all(|d| *d <= Duration::from_millis(100)));
        assert!(super::Delays::new(1, 0).next().is_zero());
    }

    /// The dead port refuses connections, and stays dead while many servers
    /// are given ports after it (a port bound and released was handed out
    /// again).
    #[test]
    fn the_closed_port_refuses_and_is_never_given_to_a_server() {
        let port = super::closed_port();
        assert_eq!(super::closed_port(), port);
        let refused = TcpStream::connect((LOCALHOST, port)).unwrap_err();
        assert_eq!(refused.kind(), std::io::ErrorKind::ConnectionRefused);
        let listeners: Vec<TcpListener> = (0..2000)
            .map(|_| TcpListener::bind((LOCALHOST, 0)).unwrap())
            .collect();
        assert!(listeners
            .iter()
            .all(|l| l.local_addr().unwrap().port() != port));
        let refused = TcpStream::connect((LOCALHOST, port)).unwrap_err();
        assert_eq!(refused.kind(), std::io::ErrorKind::ConnectionRefused);
    }
}
