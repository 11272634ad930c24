//! The HTTP response inside a WARC `response` record: status, headers in
//! order, and the body as the browser saw it (chunked transfer decoded,
//! gzip or deflate content decoded, both bounded).

use std::io::Read;

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
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Header lines as (name, value), in order.
pub type Headers = Vec<(String, String)>;

/// The status, headers and length of the head (for indexing without the
/// body).
pub fn parse_head(block: &[u8]) -> Option<(u16, Headers, usize)> {
    let end = find(block, b"\r\n\r\n")
        .map(|i| i + 4)
        .or_else(|| find(block, b"\n\n").map(|i| i + 2))?;
    let head = String::from_utf8_lossy(&block[..end]);
    let mut lines = head.lines();
    let status_line = lines.next()?;
    if !status_line.starts_with("HTTP/") {
        return None;
    }
    let status = status_line.split_whitespace().nth(1)?.parse().ok()?;
    let headers = lines
        .filter_map(|l| {
            let (k, v) = l.split_once(':')?;
            Some((k.trim().to_string(), v.trim().to_string()))
        })
        .collect();
    Some((status, headers, end))
}

/// Parses a response block; the body is cut at `cap` bytes after decoding.
pub fn parse(block: &[u8], cap: usize) -> Option<Response> {
    let (status, headers, end) = parse_head(block)?;
    let mut response = Response {
        status,
        headers,
        body: Vec::new(),
    };
    let mut body = block[end..].to_vec();
    let chunked = response
        .header("Transfer-Encoding")
        .is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
    if chunked {
        if let Some(plain) = dechunk(&body) {
            body = plain;
        }
    }
    let encoding = response
        .header("Content-Encoding")
        .map(|v| v.trim().to_ascii_lowercase());
    let decoded = match encoding.as_deref() {
        Some("gzip" | "x-gzip") => decode(flate2::read::MultiGzDecoder::new(&body[..]), cap),
        Some("deflate") => decode(flate2::read::ZlibDecoder::new(&body[..]), cap)
            .or_else(|| decode(flate2::read::DeflateDecoder::new(&body[..]), cap)),
        _ => None,
    };
    if let Some(d) = decoded {
        body = d;
    }
    body.truncate(cap);
    response.body = body;
    Some(response)
}

fn decode(reader: impl Read, cap: usize) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    reader.take(cap as u64).read_to_end(&mut out).ok()?;
    Some(out)
}

/// Undoes chunked transfer coding; `None` when it is not valid.
fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = find(data, b"\r\n")?;
        let size_text = std::str::from_utf8(&data[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size..)?;
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
        assert_eq!(parse(&block, 4).unwrap().body, b"comp");
    }

    #[test]
    fn not_http_is_none() {
        assert!(parse(b"garbage", 10).is_none());
        assert!(parse(b"HTTP/1.1 abc\r\n\r\n", 10).is_none());
    }
}
