//! Favicon signal: byte hashes that other tools index, and perceptual hashes
//! that survive re-encoding.

use md5::Md5;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::hash64::Hash64;
use super::imagehash_compat;
use super::perceptual::{decode, PerceptualHasher};
use super::shodan::favicon_mmh3;
use crate::snapshot::layout::hex;
use crate::snapshot::Favicon;
use crate::Error;

pub use crate::snapshot::{sniff, ImageKind};

/// The favicon part of a fingerprint.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FaviconFingerprint {
    /// Where the favicon was found.
    pub url: String,
    /// Shodan/Censys/FOFA favicon hash (signed decimal).
    pub mmh3: i32,
    /// MD5 of the raw bytes, lowercase hex.
    pub md5: String,
    /// SHA-256 of the raw bytes, lowercase hex.
    pub sha256: String,
    /// The sniffed format, when recognised.
    pub format: Option<ImageKind>,
    /// 64-bit pHash; absent for SVG or undecodable bytes.
    pub phash: Option<Hash64>,
    /// 64-bit dHash; absent for SVG or undecodable bytes.
    pub dhash: Option<Hash64>,
    /// Python `imagehash.phash` of the favicon, bit for bit (spec
    /// `specs.phash_imagehash`, see [`imagehash_compat`]): to compare with
    /// other tools' values, never read by the verdict. Absent for SVG,
    /// bytes Pillow would not open, and in fingerprints made before it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phash_imagehash: Option<Hash64>,
    /// Python `imagehash.dhash` of the favicon, likewise (spec
    /// `specs.dhash_imagehash`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dhash_imagehash: Option<Hash64>,
    /// Decoded size in pixels, `[width, height]`.
    pub size: Option<[u32; 2]>,
    /// A blank or one-colour icon: not evidence of anything.
    pub uninformative: bool,
    /// Why the image could not be decoded, when it could not.
    pub decode_error: Option<String>,
}

/// Fingerprints a favicon. Undecodable bytes keep their byte hashes and
/// record the reason instead of perceptual hashes.
pub(crate) fn fingerprint(favicon: &Favicon, hasher: &PerceptualHasher) -> FaviconFingerprint {
    let bytes = &favicon.bytes;
    let format = sniff(bytes);
    let mut fp = FaviconFingerprint {
        url: favicon.url.clone(),
        mmh3: favicon_mmh3(bytes),
        md5: hex(&Md5::digest(bytes)),
        sha256: hex(&Sha256::digest(bytes)),
        format,
        phash: None,
        dhash: None,
        phash_imagehash: None,
        dhash_imagehash: None,
        size: None,
        uninformative: bytes.is_empty(),
        decode_error: None,
    };
    match format {
        Some(ImageKind::Svg) => {}
        None => fp.decode_error = Some("not a recognised image format".into()),
        Some(_) => {
            const WHAT: &str = "favicon";
            let decoded = decode(bytes, hasher.limits());
            // An ICO opens at another entry in Pillow; anything else is
            // decoded once for both.
            let compat =
                imagehash_compat::hash_decoded(bytes, decoded.as_ref().ok(), hasher.limits(), WHAT)
                    .map_err(|e| log::debug!("favicon {}: no imagehash values: {e}", favicon.url))
                    .ok();
            fp.phash_imagehash = compat.map(|c| c.phash);
            fp.dhash_imagehash = compat.map(|c| c.dhash);
            match decoded {
                Ok(image) => {
                    let h = hasher.hash_image(&image);
                    fp.phash = Some(h.phash);
                    fp.dhash = Some(h.dhash);
                    fp.size = Some([h.width, h.height]);
                    fp.uninformative = h.uninformative;
                }
                Err(source) => {
                    fp.decode_error = Some(error_chain(&Error::Image { what: WHAT, source }));
                }
            }
        }
    }
    fp
}

/// An error and its causes on one line.
pub(crate) fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cause = c.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_formats_and_refuses_html() {
        assert_eq!(sniff(b"\0\0\x01\0\x01\0"), Some(ImageKind::Ico));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n"), Some(ImageKind::Png));
        assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some(ImageKind::Webp));
        assert_eq!(
            sniff(b"  <svg xmlns='http://www.w3.org/2000/svg'/>"),
            Some(ImageKind::Svg)
        );
        assert_eq!(sniff(b"<!DOCTYPE html><html>Not found</html>"), None);
        assert_eq!(sniff(b""), None);
    }

    #[test]
    fn corrupt_icon_keeps_byte_hashes_and_says_why() {
        let hasher = PerceptualHasher::new(Default::default());
        let fav = Favicon {
            url: "favicon.ico".into(),
            bytes: b"\0\0\x01\0\x05\0garbage".to_vec(),
        };
        let fp = fingerprint(&fav, &hasher);
        assert_eq!(fp.format, Some(ImageKind::Ico));
        assert!(fp.phash.is_none());
        assert!(fp.decode_error.is_some());
        assert_eq!(fp.md5.len(), 32);
    }
}
