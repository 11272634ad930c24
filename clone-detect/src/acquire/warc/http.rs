//! The HTTP response inside a WARC `response` record: status, headers in
//! order, and the body as the browser saw it (chunked transfer decoded,
//! gzip or deflate content decoded).
//!
//! Everything is bounded: the head by [`HTTP_MAX_HEAD_BYTES`] (its status
//! line by [`HTTP_MAX_STATUS_LINE_BYTES`], its header lines by
//! [`HTTP_MAX_HEADERS`]), chunk-size lines by [`HTTP_MAX_CHUNK_LINE_BYTES`],
//! and the decoded body by the reader's cap (so a gzip bomb inflates to the
//! cap plus one byte, no more). Over a limit, the record is skipped with a
//! [`SkipReason`].

use std::borrow::Cow;
use std::io::Read;

use super::records::SkipReason;
use crate::limits::{
    HTTP_MAX_CHUNK_LINE_BYTES, HTTP_MAX_HEADERS, HTTP_MAX_HEAD_BYTES, HTTP_MAX_STATUS_LINE_BYTES,
};

/// A parsed response.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Response {
    /// The status code.
    pub status: u16,
    /// Headers as received.
    pub headers: Vec<(String, String)>,
    /// The decoded body.
    pub body: Vec<u8>,
}

impl Response {
    /// The first header with this name (ASCII case-insensitive).
    #[cfg(test)]
    pub fn header(&self, name: &str) -> Option<&str> {
        header(&self.headers, name)
    }
}

/// Header lines as (name, value), in order.
pub type Headers = Vec<(String, String)>;

/// The head of a response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Head {
    /// The status code.
    pub status: u16,
    /// Headers as received.
    pub headers: Headers,
    /// Length of the head in the block, blank line included.
    pub len: usize,
}

/// Why a block gave no response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HttpError {
    /// Not an HTTP response (no status line, no head).
    NotHttp,
    /// Over a limit.
    Skip(SkipReason),
}

fn header<'a>(headers: &'a Headers, name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// The status, headers and length of the head (for indexing without the
/// body).
pub fn parse_head(block: &[u8]) -> Result<Head, HttpError> {
    if !block.starts_with(b"HTTP/") {
        return Err(HttpError::NotHttp);
    }
    let window = &block[..block.len().min(HTTP_MAX_HEAD_BYTES)];
    let end = find(window, b"\r\n\r\n")
        .map(|i| i + 4)
        .or_else(|| find(window, b"\n\n").map(|i| i + 2));
    let Some(end) = end else {
        return Err(if block.len() > HTTP_MAX_HEAD_BYTES {
            HttpError::Skip(SkipReason::HttpHeadTooLarge)
        } else {
            HttpError::NotHttp
        });
    };
    let head = String::from_utf8_lossy(&block[..end]);
    let mut lines = head.lines();
    let status_line = lines.next().ok_or(HttpError::NotHttp)?;
    if status_line.len() > HTTP_MAX_STATUS_LINE_BYTES {
        return Err(HttpError::Skip(SkipReason::HttpStatusLineTooLong));
    }
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or(HttpError::NotHttp)?;
    let mut headers = Vec::new();
    for (k, v) in lines.filter_map(|l| l.split_once(':')) {
        if headers.len() == HTTP_MAX_HEADERS {
            return Err(HttpError::Skip(SkipReason::TooManyHttpHeaders));
        }
        headers.push((k.trim().to_string(), v.trim().to_string()));
    }
    Ok(Head {
        status,
        headers,
        len: end,
    })
}

/// Parses a response block; a body that decodes to more than `cap` bytes
/// is a skip.
pub fn parse(block: &[u8], cap: usize) -> Result<Response, HttpError> {
    let head = parse_head(block)?;
    let body = body(&block[head.len..], &head.headers, cap)
        .map_err(HttpError::Skip)?
        .into_owned();
    Ok(Response {
        status: head.status,
        headers: head.headers,
        body,
    })
}

/// The length of the decoded body of a block whose head is `head` (for
/// indexing: what holding the response will cost).
pub fn decoded_len(block: &[u8], head: &Head, cap: usize) -> Result<usize, SkipReason> {
    body(&block[head.len..], &head.headers, cap).map(|b| b.len())
}

/// The body as the browser saw it: chunked transfer and gzip or deflate
/// content decoded, each when valid (a body that is not valid stays as it
/// came).
fn body<'a>(raw: &'a [u8], headers: &Headers, cap: usize) -> Result<Cow<'a, [u8]>, SkipReason> {
    let mut body = Cow::Borrowed(raw);
    let chunked = header(headers, "Transfer-Encoding")
        .is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
    if chunked {
        if let Some(plain) = dechunk(raw, cap)? {
            body = Cow::Owned(plain);
        }
    }
    let encoding = header(headers, "Content-Encoding").map(|v| v.trim().to_ascii_lowercase());
    let decoded = match encoding.as_deref() {
        Some("gzip" | "x-gzip") => decode(flate2::read::MultiGzDecoder::new(&body[..]), cap)?,
        Some("deflate") => match decode(flate2::read::ZlibDecoder::new(&body[..]), cap)? {
            Some(d) => Some(d),
            None => decode(flate2::read::DeflateDecoder::new(&body[..]), cap)?,
        },
        _ => None,
    };
    if let Some(d) = decoded {
        body = Cow::Owned(d);
    }
    if body.len() > cap {
        return Err(SkipReason::DecodedTooLarge);
    }
    Ok(body)
}

/// Decodes at most `cap` bytes: more is a bomb; a stream that is not
/// valid gives `None`.
fn decode(reader: impl Read, cap: usize) -> Result<Option<Vec<u8>>, SkipReason> {
    let mut out = Vec::new();
    match reader
        .take(u64::try_from(cap).unwrap_or(u64::MAX).saturating_add(1))
        .read_to_end(&mut out)
    {
        Ok(_) if out.len() > cap => Err(SkipReason::DecodedTooLarge),
        Ok(_) => Ok(Some(out)),
        Err(_) => Ok(None),
    }
}

/// Undoes chunked transfer coding; `None` when it is not valid (not
/// chunked after all, or cut short), a skip when a size line is too long or
/// the chunks declare more than `cap` bytes.
fn dechunk(mut data: &[u8], cap: usize) -> Result<Option<Vec<u8>>, SkipReason> {
    let mut out = Vec::new();
    loop {
        let window = &data[..data.len().min(HTTP_MAX_CHUNK_LINE_BYTES)];
        let line = match find(window, b"\r\n") {
            Some(end) => &data[..end],
            None => window,
        };
        let text = line.trim_ascii_start();
        let digits = text.iter().take_while(|c| c.is_ascii_hexdigit()).count();
        let rest = &text[digits..];
        if digits == 0 || !(rest.is_empty() || rest[0] == b';' || rest[0].is_ascii_whitespace()) {
            return Ok(None);
        }
        if line.len() == window.len() {
            // No line end within the limit.
            return if data.len() > HTTP_MAX_CHUNK_LINE_BYTES {
                Err(SkipReason::ChunkLineTooLong)
            } else {
                Ok(None)
            };
        }
        let hex = std::str::from_utf8(&text[..digits]).expect("hex digits are ASCII");
        let hex = hex.trim_start_matches('0');
        let size = if hex.len() > 15 {
            u64::MAX
        } else {
            u64::from_str_radix(if hex.is_empty() { "0" } else { hex }, 16).expect("hex digits")
        };
        if size > (cap - out.len()) as u64 {
            return Err(SkipReason::ChunkTooLarge);
        }
        let size = size as usize;
        data = &data[line.len() + 2..];
        if size == 0 {
            return Ok(Some(out));
        }
        let Some(chunk) = data.get(..size) else {
            return Ok(None);
        };
        out.extend_from_slice(chunk);
        data = &data[size..];
        data = data.strip_prefix(b"\r\n").unwrap_or(data);
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn plain_chunked_and_gzip_bodies() {
        let r = parse(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>hi</p>",
            100,
        )
        .unwrap();
        assert_eq!((r.status, r.body.as_slice()), (200, &b"<p>hi</p>"[..]));
        assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"));

        let r = parse(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n", 100).unwrap();
        assert_eq!(r.body, b"Wikipedia");

        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(b"compressed body").unwrap();
        let mut block = b"HTTP/1.1 404 Not Found\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
        block.extend(e.finish().unwrap());
        let r = parse(&block, 100).unwrap();
        assert_eq!(
            (r.status, r.body.as_slice()),
            (404, &b"compressed body"[..])
        );
        // Decoding past the cap is a bomb: skipped, not cut.
        assert_eq!(
            parse(&block, 4),
            Err(HttpError::Skip(SkipReason::DecodedTooLarge))
        );
    }

    #[test]
    fn not_http_is_none() {
        assert_eq!(parse(b"garbage", 10), Err(HttpError::NotHttp));
        assert_eq!(parse(b"HTTP/1.1 abc\r\n\r\n", 10), Err(HttpError::NotHttp));
    }

    #[test]
    fn heads_and_chunks_are_bounded() {
        let skip = |block: &[u8]| parse(block, 1 << 20).err();
        let long_status = format!("HTTP/1.1 200 {}\r\n\r\n", "x".repeat(10_000));
        assert_eq!(
            skip(long_status.as_bytes()),
            Some(HttpError::Skip(SkipReason::HttpStatusLineTooLong))
        );
        let many = format!("HTTP/1.1 200 OK\r\n{}\r\n", "a: b\r\n".repeat(2000));
        assert_eq!(
            skip(many.as_bytes()),
            Some(HttpError::Skip(SkipReason::TooManyHttpHeaders))
        );
        let huge = format!("HTTP/1.1 200 OK\r\nx: {}\r\n\r\n", "y".repeat(300_000));
        assert_eq!(
            skip(huge.as_bytes()),
            Some(HttpError::Skip(SkipReason::HttpHeadTooLarge))
        );
        let chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        let gig = format!("{chunked}40000000\r\nabc\r\n0\r\n\r\n");
        assert_eq!(
            skip(gig.as_bytes()),
            Some(HttpError::Skip(SkipReason::ChunkTooLarge))
        );
        let overflow = format!("{chunked}ffffffffffffffffffff\r\nabc\r\n");
        assert_eq!(
            skip(overflow.as_bytes()),
            Some(HttpError::Skip(SkipReason::ChunkTooLarge))
        );
        let ext = format!("{chunked}4;{}\r\nWiki\r\n0\r\n\r\n", "e".repeat(5000));
        assert_eq!(
            skip(ext.as_bytes()),
            Some(HttpError::Skip(SkipReason::ChunkLineTooLong))
        );
        // A body that only claims to be chunked stays as it came.
        let not = format!("{chunked}<html>{}</html>", "z".repeat(5000));
        assert!(parse(not.as_bytes(), 1 << 20)
            .unwrap()
            .body
            .starts_with(b"<html>"));
    }
}
