//! Writing WARC 1.1 records: one gzip member per record, SHA-256 block and
//! payload digests, and record ids derived from the content (the same
//! capture written twice is the same bytes).

use std::io::Write;

use flate2::write::GzEncoder;
use flate2::Compression;
use sha2::{Digest, Sha256};

/// One record to write.
pub(super) struct OutRecord {
    /// `WARC-Type`.
    pub kind: &'static str,
    /// `WARC-Target-URI`, when the record is about one.
    pub target: Option<String>,
    /// `Content-Type` of the block.
    pub content_type: String,
    /// Further WARC headers, in order.
    pub extra: Vec<(&'static str, String)>,
    /// The block.
    pub block: Vec<u8>,
    /// Where the payload starts in the block (after an HTTP head), for
    /// `WARC-Payload-Digest`; `None` when the record has no payload digest.
    pub payload_at: Option<usize>,
}

/// The id of a record: a UUID (version 8, RFC 9562) made of the SHA-256 of
/// what identifies it, so that ids are stable and unique within a capture.
pub(super) fn record_id(parts: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    let d = h.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&d[..16]);
    b[6] = (b[6] & 0x0f) | 0x80; // version 8
    b[8] = (b[8] & 0x3f) | 0x80; // RFC 9562 variant
    let hex = crate::snapshot::layout::hex(&b);
    format!(
        "<urn:uuid:{}-{}-{}-{}-{}>",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// `sha256:` and the digest in base 32 (RFC 4648, with padding), the
/// encoding WARC tools expect.
pub(super) fn sha256_label(bytes: &[u8]) -> String {
    format!("sha256:{}", base32(&Sha256::digest(bytes)))
}

fn base32(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    for chunk in bytes.chunks(5) {
        let mut buf = [0u8; 5];
        buf[..chunk.len()].copy_from_slice(chunk);
        let n = buf.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
        // Characters that carry bits of this chunk; the rest is padding.
        let used = (chunk.len() * 8).div_ceil(5);
        for i in 0..8 {
            if i < used {
                let index = ((n >> (35 - 5 * i)) & 0x1f) as usize;
                out.push(char::from(ALPHABET[index]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A header value on one line: CR and LF (which no HTTP or WARC header
/// may hold) become spaces.
pub(super) fn one_line(value: &str) -> String {
    value.replace(['\r', '\n'], " ")
}

/// Appends `record` to `out` as one gzip member, with `id` and `date`.
pub(super) fn write_record(
    out: &mut Vec<u8>,
    record: &OutRecord,
    id: &str,
    date: &str,
) -> std::io::Result<()> {
    let mut head = String::new();
    head.push_str("WARC/1.1\r\n");
    head.push_str(&format!("WARC-Type: {}\r\n", record.kind));
    head.push_str(&format!("WARC-Record-ID: {id}\r\n"));
    head.push_str(&format!("WARC-Date: {date}\r\n"));
    if let Some(target) = &record.target {
        head.push_str(&format!("WARC-Target-URI: {}\r\n", one_line(target)));
    }
    for (name, value) in &record.extra {
        head.push_str(&format!("{name}: {}\r\n", one_line(value)));
    }
    head.push_str(&format!(
        "WARC-Block-Digest: {}\r\n",
        sha256_label(&record.block)
    ));
    if let Some(at) = record.payload_at {
        head.push_str(&format!(
            "WARC-Payload-Digest: {}\r\n",
            sha256_label(&record.block[at.min(record.block.len())..])
        ));
    }
    head.push_str(&format!(
        "Content-Type: {}\r\n",
        one_line(&record.content_type)
    ));
    head.push_str(&format!("Content-Length: {}\r\n\r\n", record.block.len()));
    let mut gz = GzEncoder::new(Vec::new(), Compression::default());
    gz.write_all(head.as_bytes())?;
    gz.write_all(&record.block)?;
    gz.write_all(b"\r\n\r\n")?;
    out.extend(gz.finish()?);
    Ok(())
}

/// The reason phrase of a status, for the status line of a response record.
pub(super) fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        206 => "Partial Content",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        410 => "Gone",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base32_matches_rfc_4648_vectors() {
        // RFC 4648, section 10.
        for (input, want) in [
            ("", ""),
            ("f", "MY======"),
            ("fo", "MZXQ===="),
            ("foo", "MZXW6==="),
            ("foob", "MZXW6YQ="),
            ("fooba", "MZXW6YTB"),
            ("foobar", "MZXW6YTBOI======"),
        ] {
            assert_eq!(base32(input.as_bytes()), want, "{input:?}");
        }
    }

    #[test]
    fn record_ids_are_version_8_uuids_and_differ_by_content() {
        let a = record_id(&[b"a", b"b"]);
        let b = record_id(&[b"ab"]);
        assert_ne!(a, b, "parts are length-prefixed");
        assert_eq!(a, record_id(&[b"a", b"b"]));
        assert_eq!(a.len(), "<urn:uuid:>".len() + 36);
        assert_eq!(&a[24..25], "8");
    }
}
