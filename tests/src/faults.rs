//! Hostile answers, for tests of a tool that reads hostile sites: a
//! [`Fault`] is a [`Reply`](crate::server::Reply) that writes exactly the
//! bytes it is given, at the pace it is given, or no well-formed response
//! at all; a [`tarpit`] accepts connections and never answers.
//!
//! ```no_run
//! use std::time::Duration;
//!
//! use clone_detect_tests::faults::Fault;
//! use clone_detect_tests::server::{Reply, Server};
//!
//! // A page that announces 100 000 bytes and sends one every 100 ms.
//! let drip = Fault::Drip {
//!     start: b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n<html>".to_vec(),
//!     byte: b'x',
//!     every: Duration::from_millis(100),
//!     times: 600,
//! };
//! let server = Server::routes([("/", Reply::fault(drip))]);
//! # let _ = server;
//! ```

use std::io::{self, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::time::Duration;

use crate::server::LOCALHOST;

/// A hostile answer to one request. The connection is closed after it.
#[derive(Clone, Debug)]
pub enum Fault {
    /// Writes `start` (a response head and the start of its body), then
    /// `byte` once every `every`, `times` times, and stops early when the
    /// reader hangs up: a response too slow ever to finish.
    Drip {
        /// Written at once.
        start: Vec<u8>,
        /// Written alone, once every `every`.
        byte: u8,
        /// The pause before each `byte`.
        every: Duration,
        /// How many `byte`s.
        times: u32,
    },
    /// Writes `start`, then holds the connection open for `hold` without
    /// another byte: a response that stops half-way.
    Stall {
        /// Written at once.
        start: Vec<u8>,
        /// How long the connection stays open after it.
        hold: Duration,
    },
    /// Closes the connection, both ways, without a byte of answer.
    Close,
    /// A decompression bomb: a `200 OK` HTML page sent with
    /// `Transfer-Encoding: chunked` and `Content-Encoding` `encoding`,
    /// compressed on the fly, whose body decodes to `<html><body>` and
    /// then `decoded` bytes of zeros (in whole MiB); it stops when the
    /// reader hangs up.
    Bomb {
        /// The compression.
        encoding: Encoding,
        /// The zeros the body decodes to.
        decoded: u64,
    },
}

/// The `Content-Encoding` of a [`Fault::Bomb`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// `gzip`, at the best compression.
    Gzip,
    /// `br`, quality 5, window 2^22.
    Brotli,
}

impl Fault {
    /// Writes the fault to `stream` (errors end it: the reader hung up).
    pub(crate) fn send(self, stream: &mut TcpStream) {
        match self {
            Self::Drip {
                start,
                byte,
                every,
                times,
            } => {
                if stream.write_all(&start).is_err() {
                    return;
                }
                for _ in 0..times {
                    std::thread::sleep(every);
                    if stream.write_all(&[byte]).is_err() {
                        return;
                    }
                }
            }
            Self::Stall { start, hold } => {
                let _ = stream.write_all(&start);
                std::thread::sleep(hold);
            }
            Self::Close => {
                let _ = stream.shutdown(Shutdown::Both);
            }
            Self::Bomb { encoding, decoded } => {
                let _ = bomb(stream, encoding, decoded);
            }
        }
    }
}

fn bomb(stream: &mut TcpStream, encoding: Encoding, decoded: u64) -> io::Result<()> {
    let name = match encoding {
        Encoding::Gzip => "gzip",
        Encoding::Brotli => "br",
    };
    write!(
        stream,
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: {name}\r\n\
         Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    )?;
    let mut body: Box<dyn Write + '_> = match encoding {
        Encoding::Gzip => Box::new(flate2::write::GzEncoder::new(
            Chunked(stream),
            flate2::Compression::best(),
        )),
        Encoding::Brotli => Box::new(brotli::CompressorWriter::new(
            Chunked(stream),
            1 << 16,
            5,
            22,
        )),
    };
    body.write_all(b"<html><body>")?;
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..decoded >> 20 {
        body.write_all(&zeros)?;
    }
    Ok(())
}

/// `Transfer-Encoding: chunked` over a stream: a chunk a write.
struct Chunked<W: Write>(W);

impl<W: Write> Write for Chunked<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        write!(self.0, "{:x}\r\n", buf.len())?;
        self.0.write_all(buf)?;
        self.0.write_all(b"\r\n")?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// A tarpit on 127.0.0.1: it accepts every connection and holds it open,
/// unread and unanswered, until the process ends (one thread for all).
pub fn tarpit() -> io::Result<SocketAddr> {
    let listener = TcpListener::bind((LOCALHOST, 0))?;
    let addr = listener.local_addr()?;
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().flatten() {
            held.push(stream);
        }
    });
    Ok(addr)
}

#[cfg(test)]
mod tests {
    use std::io::{Read, Write};
    use std::net::TcpStream;
    use std::time::{Duration, Instant};

    use super::{tarpit, Encoding, Fault};
    use crate::server::{Reply, Server};

    /// Everything `fault` sends to a GET.
    fn received(fault: Fault) -> Vec<u8> {
        let server = Server::routes([("/", Reply::fault(fault))]);
        let mut stream = TcpStream::connect(server.addr()).unwrap();
        stream.write_all(b"GET / HTTP/1.1\r\n\r\n").unwrap();
        let mut out = Vec::new();
        stream.read_to_end(&mut out).unwrap();
        out
    }

    #[test]
    fn a_drip_sends_its_start_then_a_byte_at_a_time() {
        let start = Instant::now();
        let out = received(Fault::Drip {
            start: b"HEAD".to_vec(),
            byte: b'x',
            every: Duration::from_millis(50),
            times: 4,
        });
        assert_eq!(out, b"HEADxxxx");
        assert!(start.elapsed() >= Duration::from_millis(200));
    }

    #[test]
    fn a_stall_holds_the_connection_and_close_sends_nothing() {
        let start = Instant::now();
        assert_eq!(
            received(Fault::Stall {
                start: b"half".to_vec(),
                hold: Duration::from_millis(300),
            }),
            b"half"
        );
        assert!(start.elapsed() >= Duration::from_millis(300));
        assert!(received(Fault::Close).is_empty());
    }

    #[test]
    fn bombs_decode_to_their_zeros() {
        for encoding in [Encoding::Gzip, Encoding::Brotli] {
            let out = received(Fault::Bomb {
                encoding,
                decoded: 3 << 20,
            });
            let at = out.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
            let head = String::from_utf8_lossy(&out[..at]).to_string();
            assert!(head.contains("Transfer-Encoding: chunked"), "{head}");
            // Undo the chunking, then the compression.
            let mut body = Vec::new();
            let mut rest = &out[at + 4..];
            while let Some(end) = rest.windows(2).position(|w| w == b"\r\n") {
                let size =
                    usize::from_str_radix(std::str::from_utf8(&rest[..end]).unwrap(), 16).unwrap();
                body.extend_from_slice(&rest[end + 2..end + 2 + size]);
                rest = &rest[end + 4 + size..];
            }
            let mut decoded = Vec::new();
            match encoding {
                Encoding::Gzip => {
                    assert!(head.contains("Content-Encoding: gzip"));
                    flate2::read::GzDecoder::new(&body[..])
                        .read_to_end(&mut decoded)
                        .unwrap();
                }
                Encoding::Brotli => {
                    assert!(head.contains("Content-Encoding: br"));
                    brotli::Decompressor::new(&body[..], 4096)
                        .read_to_end(&mut decoded)
                        .unwrap();
                }
            }
            assert_eq!(decoded.len(), 12 + (3 << 20));
            assert!(decoded.starts_with(b"<html><body>\0"));
        }
    }

    #[test]
    fn a_tarpit_accepts_and_never_answers() {
        let addr = tarpit().unwrap();
        let mut stream = TcpStream::connect(addr).unwrap();
        stream.write_all(b"GET / HTTP/1.1\r\n\r\n").unwrap();
        stream
            .set_read_timeout(Some(Duration::from_millis(300)))
            .unwrap();
        let mut byte = [0u8];
        let err = stream.read(&mut byte).expect_err("no answer");
        assert!(
            matches!(
                err.kind(),
                std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
            ),
            "{err}"
        );
    }
}
