//! Screenshot signal: perceptual hashes of the rendered root page.

use serde::{Deserialize, Serialize};

use super::hash64::Hash64;
use super::perceptual::PerceptualHasher;
use crate::Result;

/// The screenshot part of a fingerprint.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScreenshotFingerprint {
    /// 64-bit pHash.
    pub phash: Hash64,
    /// 64-bit dHash.
    pub dhash: Hash64,
    /// 64-bit average hash (what dnstwist compares).
    pub ahash: Hash64,
    /// Size in pixels, `[width, height]`.
    pub size: [u32; 2],
    /// A blank page (or degenerate hash): every blank page looks alike.
    pub uninformative: bool,
}

/// Fingerprints PNG (or other image) bytes of a screenshot.
///
/// # Errors
/// [`crate::Error::Image`] when the bytes do not decode.
pub(crate) fn fingerprint(png: &[u8], hasher: &PerceptualHasher) -> Result<ScreenshotFingerprint> {
    let h = hasher.hash_bytes(png, "screenshot")?;
    Ok(ScreenshotFingerprint {
        phash: h.phash,
        dhash: h.dhash,
        ahash: h.ahash,
        size: [h.width, h.height],
        uninformative: h.uninformative,
    })
}
