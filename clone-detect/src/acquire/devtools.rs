//! The browser's DevTools connection: a pipe, never a TCP port of
//! Chromium's.
//!
//! Chromium started with `--remote-debugging-port` serves DevTools to any
//! local process that finds the port: it checks no credentials, and
//! `/json/version` hands out the browser's WebSocket URL. Started with
//! `--remote-debugging-pipe` instead, it reads commands from its file
//! descriptor 3 and writes replies and events to 4, each message a JSON
//! text ended by a NUL byte, and listens on nothing.
//!
//! chromiumoxide only speaks WebSocket, so [`Bridge`] relays between the
//! two: the pipe ends are FIFOs in the browser's private folder (mode
//! `0600` in a `0700` folder, opened by the launch script as descriptors 3
//! and 4), and chromiumoxide connects to a WebSocket on 127.0.0.1 whose
//! path holds 128 random bits. A connection from another user (told by
//! the kernel's socket table, module `acquire::peer`) is closed unread, one
//! with any other path is refused at the handshake, and the listening
//! socket is closed as soon as the first right one is made: no other
//! process can reach the browser, even one that learns the token later.
//!
//! The relay ends (and the WebSocket closes, which chromiumoxide reports as
//! a failed connection) when either side closes, when the browser's process
//! is gone, or when the browser sends a message longer than the limit
//! given to [`Bridge::start`] without its NUL.

use std::io;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use async_tungstenite::tungstenite::handshake::server::{
    Callback, ErrorResponse, Request, Response,
};
use async_tungstenite::tungstenite::http::StatusCode;
use async_tungstenite::tungstenite::Message;
use futures::StreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::unix::pipe;
use tokio::net::{TcpListener, TcpStream};
use tokio::task::{JoinHandle, JoinSet};

/// The FIFO Chromium reads commands from (its descriptor 3).
const COMMANDS: &str = "devtools-in";
/// The FIFO Chromium writes replies and events to (its descriptor 4).
const EVENTS: &str = "devtools-out";
/// Time a connection is given to finish its WebSocket handshake.
const HANDSHAKE: Duration = Duration::from_secs(5);
/// Connections in handshake at once (others are dropped).
const MAX_PENDING: usize = 16;
/// How often the relay checks that the browser's process still runs.
const ALIVE_POLL: Duration = Duration::from_millis(200);

/// The two FIFOs of one browser, in its folder.
#[derive(Debug)]
pub(super) struct Fifos {
    /// Read by Chromium as descriptor 3.
    pub commands: PathBuf,
    /// Written by Chromium as descriptor 4.
    pub events: PathBuf,
}

impl Fifos {
    /// Makes the FIFOs in `dir` (readable and writable by this user only).
    /// Fails when either name exists.
    pub fn create(dir: &Path) -> io::Result<Self> {
        let fifos = Self {
            commands: dir.join(COMMANDS),
            events: dir.join(EVENTS),
        };
        let mode = rustix::fs::Mode::RUSR | rustix::fs::Mode::WUSR;
        for path in [&fifos.commands, &fifos.events] {
            rustix::fs::mkfifoat(rustix::fs::CWD, path, mode)?;
        }
        Ok(fifos)
    }
}

/// The WebSocket end of one browser's DevTools pipe (see the
/// [module documentation](self)). Dropping it ends the relay.
#[derive(Debug)]
pub(super) struct Bridge {
    url: String,
    addr: SocketAddr,
    task: JoinHandle<()>,
}

impl Bridge {
    /// Opens both FIFOs (before the browser does: opening them read-write
    /// never blocks), listens on a random loopback port and starts the
    /// relay on the current tokio runtime. The first connection with the
    /// right path must come within `accept_within`; `alive` tells whether
    /// the browser still runs; a message from the browser longer than
    /// `max_message` bytes ends the relay.
    pub async fn start(
        fifos: &Fifos,
        alive: impl Fn() -> bool + Send + Sync + 'static,
        accept_within: Duration,
        max_message: usize,
    ) -> io::Result<Self> {
        // Read-write, so that neither open waits for Chromium and the
        // shell's opens of the other ends do not wait for us. The price: no
        // end of file when Chromium exits, hence `alive`.
        let commands = pipe::OpenOptions::new()
            .read_write(true)
            .open_sender(&fifos.commands)?;
        let events = pipe::OpenOptions::new()
            .read_write(true)
            .open_receiver(&fifos.events)?;
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let path = format!("/devtools/browser/{}", random_token()?);
        let url = format!("ws://{addr}{path}");
        let task = tokio::spawn(async move {
            let Some(ws) = accept_one(listener, path, accept_within).await else {
                log::debug!("browser: no DevTools connection came");
                return;
            };
            relay(ws, commands, events, alive, max_message).await;
        });
        Ok(Self { url, addr, task })
    }

    /// The WebSocket URL to give chromiumoxide (it holds the token).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The loopback address that listened for the connection.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
}

impl Drop for Bridge {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// 128 bits from the kernel's generator, in hex.
fn random_token() -> io::Result<String> {
    let mut bytes = [0u8; 16];
    std::io::Read::read_exact(&mut std::fs::File::open("/dev/urandom")?, &mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Whether `a` equals `b`, in a time that does not tell where they differ.
fn same_secret(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Accepts a WebSocket handshake on one path only (404 for any other).
struct PathCheck(String);

impl Callback for PathCheck {
    fn on_request(self, request: &Request, response: Response) -> Result<Response, ErrorResponse> {
        if same_secret(request.uri().path().as_bytes(), self.0.as_bytes()) {
            Ok(response)
        } else {
            let mut refusal = ErrorResponse::new(None);
            *refusal.status_mut() = StatusCode::NOT_FOUND;
            Err(refusal)
        }
    }
}

type Ws = async_tungstenite::WebSocketStream<async_tungstenite::tokio::TokioAdapter<TcpStream>>;

/// The first connection to `listener` that completes a WebSocket handshake
/// on `path`, within `within`; the listener is closed when this returns.
async fn accept_one(listener: TcpListener, path: String, within: Duration) -> Option<Ws> {
    let deadline = tokio::time::sleep(within);
    tokio::pin!(deadline);
    let mut pending = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, peer)) = accepted else {
                    // Out of descriptors, say: not a busy loop.
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                };
                // Another local user's connection is closed at once: it
                // could otherwise hold the handshake slots.
                let own = stream
                    .local_addr()
                    .is_ok_and(|local| super::peer::is_own_user(peer, local));
                if !own || pending.len() >= MAX_PENDING {
                    continue;
                }
                let path = path.clone();
                pending.spawn(async move {
                    let check = PathCheck(path);
                    tokio::time::timeout(
                        HANDSHAKE,
                        async_tungstenite::tokio::accept_hdr_async(stream, check),
                    )
                    .await
                });
            }
            Some(done) = pending.join_next() => {
                if let Ok(Ok(Ok(ws))) = done {
                    return Some(ws);
                }
            }
            () = &mut deadline => return None,
        }
    }
}

/// Relays until either side closes, the browser is gone, or it sends a
/// message over `max_message` bytes.
async fn relay(
    ws: Ws,
    mut commands: pipe::Sender,
    mut events: pipe::Receiver,
    alive: impl Fn() -> bool,
    max_message: usize,
) {
    let (mut to_client, mut from_client) = ws.split();
    let client_to_browser = async {
        while let Some(Ok(message)) = from_client.next().await {
            let bytes = match message {
                Message::Text(text) => text.as_bytes().to_vec(),
                Message::Binary(bytes) => bytes.to_vec(),
                Message::Close(_) => break,
                _ => continue,
            };
            // A NUL inside would split the message in two for Chromium.
            if bytes.contains(&0) {
                log::debug!("browser: DevTools command with a NUL byte");
                break;
            }
            if commands.write_all(&bytes).await.is_err() || commands.write_all(&[0]).await.is_err()
            {
                break;
            }
        }
    };
    let browser_to_client = async {
        let mut pending: Vec<u8> = Vec::new();
        let mut chunk = vec![0u8; 64 * 1024];
        loop {
            let n = match events.read(&mut chunk).await {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            let searched = pending.len();
            pending.extend_from_slice(&chunk[..n]);
            let mut start = 0;
            let mut from = searched;
            while let Some(at) = pending[from..].iter().position(|&b| b == 0) {
                let end = from + at;
                let Ok(text) = std::str::from_utf8(&pending[start..end]) else {
                    log::debug!("browser: DevTools message is not UTF-8");
                    return;
                };
                if to_client.send(Message::text(text)).await.is_err() {
                    return;
                }
                start = end + 1;
                from = start;
            }
            pending.drain(..start);
            if pending.len() > max_message {
                log::debug!("browser: DevTools message over {max_message} bytes");
                return;
            }
        }
    };
    let browser_alive = async {
        let mut tick = tokio::time::interval(ALIVE_POLL);
        while alive() {
            tick.tick().await;
        }
    };
    tokio::select! {
        () = client_to_browser => {}
        () = browser_to_client => {}
        () = browser_alive => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;

    /// The browser's side of the FIFOs, as the launch script opens them.
    struct FakeBrowser {
        commands: pipe::Receiver,
        events: pipe::Sender,
    }

    impl FakeBrowser {
        fn open(fifos: &Fifos) -> Self {
            Self {
                commands: pipe::OpenOptions::new()
                    .open_receiver(&fifos.commands)
                    .unwrap(),
                events: pipe::OpenOptions::new().open_sender(&fifos.events).unwrap(),
            }
        }

        /// Reads one NUL-ended command.
        async fn command(&mut self) -> String {
            let mut out = Vec::new();
            let mut byte = [0u8; 1];
            loop {
                self.commands.read_exact(&mut byte).await.unwrap();
                if byte[0] == 0 {
                    return String::from_utf8(out).unwrap();
                }
                out.push(byte[0]);
            }
        }
    }

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
    }

    async fn started(
        dir: &Path,
        alive: Arc<AtomicBool>,
        max_message: usize,
    ) -> (Bridge, FakeBrowser) {
        let fifos = Fifos::create(dir).unwrap();
        let bridge = Bridge::start(
            &fifos,
            move || alive.load(Ordering::SeqCst),
            Duration::from_secs(10),
            max_message,
        )
        .await
        .unwrap();
        let browser = FakeBrowser::open(&fifos);
        (bridge, browser)
    }

    #[test]
    fn fifos_are_private_and_never_reused() {
        use std::os::unix::fs::{FileTypeExt, PermissionsExt};
        let dir = tempfile::tempdir().unwrap();
        let fifos = Fifos::create(dir.path()).unwrap();
        for path in [&fifos.commands, &fifos.events] {
            let meta = std::fs::metadata(path).unwrap();
            assert!(meta.file_type().is_fifo());
            assert_eq!(meta.permissions().mode() & 0o777, 0o600);
        }
        assert!(Fifos::create(dir.path()).is_err());
    }

    #[test]
    fn only_the_token_connects_and_only_once() {
        let dir = tempfile::tempdir().unwrap();
        runtime().block_on(async {
            let (bridge, mut browser) =
                started(dir.path(), Arc::new(AtomicBool::new(true)), 1 << 20).await;
            let addr = bridge.addr();
            assert!(bridge
                .url()
                .starts_with(&format!("ws://{addr}/devtools/browser/")));
            // Without the token, with a wrong one, with a longer one, and
            // Chromium's discovery endpoint: all refused at the handshake.
            let token = bridge.url().rsplit('/').next().unwrap().to_string();
            let mut wrong = token.clone().into_bytes();
            wrong[0] = if wrong[0] == b'0' { b'1' } else { b'0' };
            let wrong = String::from_utf8(wrong).unwrap();
            for path in [
                "/devtools/browser/".to_string(),
                format!("/devtools/browser/{wrong}"),
                format!("/devtools/browser/{token}0"),
                format!("/devtools/page/{token}"),
                "/json/version".to_string(),
                "/".to_string(),
            ] {
                let attempt =
                    async_tungstenite::tokio::connect_async(format!("ws://{addr}{path}")).await;
                match attempt {
                    Err(async_tungstenite::tungstenite::Error::Http(response)) => {
                        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
                    }
                    other => panic!("{path}: {:?}", other.map(|_| ())),
                }
            }
            // The right URL relays both ways, a message per NUL.
            let (mut ws, _) = async_tungstenite::tokio::connect_async(bridge.url())
                .await
                .unwrap();
            ws.send(Message::text(r#"{"id":1,"method":"Browser.getVersion"}"#))
                .await
                .unwrap();
            assert_eq!(
                browser.command().await,
                r#"{"id":1,"method":"Browser.getVersion"}"#
            );
            browser
                .events
                .write_all(b"{\"id\":1,\"result\":{}}\0{\"method\":\"x\"}\0{\"par")
                .await
                .unwrap();
            browser.events.write_all(b"tial\":1}\0").await.unwrap();
            for expected in [
                r#"{"id":1,"result":{}}"#,
                r#"{"method":"x"}"#,
                r#"{"partial":1}"#,
            ] {
                let Some(Ok(Message::Text(text))) = ws.next().await else {
                    panic!("no message")
                };
                assert_eq!(text.as_str(), expected);
            }
            // Nobody else, even with the token: the port is closed.
            assert!(TcpStream::connect(addr).await.is_err());
        });
    }

    /// Even with the token, another local user's connection is closed
    /// unanswered (and takes no handshake slot). Needs root to act as
    /// `nobody`; skipped otherwise.
    #[test]
    fn another_users_connection_is_closed_even_with_the_token() {
        use std::os::unix::process::CommandExt;
        if rustix::process::getuid().as_raw() != 0 {
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        runtime().block_on(async {
            let (bridge, _browser) =
                started(dir.path(), Arc::new(AtomicBool::new(true)), 1 << 20).await;
            let addr = bridge.addr();
            let path = bridge
                .url()
                .split_once(&addr.to_string())
                .unwrap()
                .1
                .to_string();
            let handshake = format!(
                "GET {path} HTTP/1.1\r\nHost: {addr}\r\nUpgrade: websocket\r\n\
                 Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\
                 Sec-WebSocket-Version: 13\r\n\r\n"
            );
            let port = addr.port().to_string();
            let other = tokio::task::spawn_blocking(move || {
                std::process::Command::new("bash")
                    .args([
                        "-c",
                        "exec 3<>/dev/tcp/127.0.0.1/$0 || exit 9; printf '%s' \"$1\" >&3; \
                         timeout 5 head -c 64 <&3",
                        &port,
                        &handshake,
                    ])
                    .uid(65534)
                    .gid(65534)
                    .output()
                    .unwrap()
            })
            .await
            .unwrap();
            assert_ne!(other.status.code(), Some(9), "nobody could not connect");
            assert!(
                other.stdout.is_empty(),
                "{:?}",
                String::from_utf8_lossy(&other.stdout)
            );
            // The listener still waits for its one connection: this user's.
            let (ws, _) = async_tungstenite::tokio::connect_async(bridge.url())
                .await
                .unwrap();
            drop(ws);
        });
    }

    #[test]
    fn the_relay_ends_when_the_browser_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let alive = Arc::new(AtomicBool::new(true));
        runtime().block_on(async {
            let (bridge, _browser) = started(dir.path(), alive.clone(), 1 << 20).await;
            let (mut ws, _) = async_tungstenite::tokio::connect_async(bridge.url())
                .await
                .unwrap();
            alive.store(false, Ordering::SeqCst);
            let end = tokio::time::timeout(Duration::from_secs(5), ws.next()).await;
            assert!(
                matches!(end, Ok(None | Some(Err(_)))),
                "the connection should end"
            );
        });
    }

    #[test]
    fn an_endless_message_ends_the_relay() {
        let dir = tempfile::tempdir().unwrap();
        runtime().block_on(async {
            let (bridge, mut browser) =
                started(dir.path(), Arc::new(AtomicBool::new(true)), 100_000).await;
            let (mut ws, _) = async_tungstenite::tokio::connect_async(bridge.url())
                .await
                .unwrap();
            let writer = tokio::spawn(async move {
                let block = vec![b'a'; 64 * 1024];
                // Stops when the relay stops reading and drops its end.
                for _ in 0..64 {
                    if browser.events.write_all(&block).await.is_err() {
                        break;
                    }
                }
            });
            let end = tokio::time::timeout(Duration::from_secs(5), ws.next()).await;
            assert!(
                matches!(end, Ok(None | Some(Err(_)))),
                "the connection should end"
            );
            writer.abort();
        });
    }

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret(b"abc", b"abc"));
        assert!(!same_secret(b"abc", b"abd"));
        assert!(!same_secret(b"abc", b"abcd"));
        assert!(!same_secret(b"", b"a"));
    }
}
