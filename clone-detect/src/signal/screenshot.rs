//! Screenshot signal: perceptual hashes of the rendered root page.

use serde::{Deserialize, Serialize};

use super::hash64::Hash64;
use super::imagehash_compat;
use super::perceptual::{decode, PerceptualHasher};
use crate::{Error, Result};

/// The screenshot part of a fingerprint.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScreenshotFingerprint {
    /// 64-bit pHash.
    pub phash: Hash64,
    /// 64-bit dHash.
    pub dhash: Hash64,
    /// 64-bit average hash (what dnstwist compares).
    pub ahash: Hash64,
    /// Python `imagehash.phash` of the screenshot, bit for bit (spec
    /// `specs.phash_imagehash`, see [`imagehash_compat`]): to compare with
    /// other tools' values, never read by the verdict. Absent when Pillow
    /// would not open the bytes, and in fingerprints made before it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phash_imagehash: Option<Hash64>,
    /// Python `imagehash.dhash` of the screenshot, likewise (spec
    /// `specs.dhash_imagehash`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dhash_imagehash: Option<Hash64>,
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
    const WHAT: &str = "screenshot";
    let image =
        decode(png, hasher.limits()).map_err(|source| Error::Image { what: WHAT, source })?;
    let h = hasher.hash_image(&image);
    let compat = imagehash_compat::hash_decoded(png, Some(&image), hasher.limits(), WHAT)
        .map_err(|e| log::debug!("screenshot: no imagehash values: {e}"))
        .ok();
    Ok(ScreenshotFingerprint {
        phash: h.phash,
        dhash: h.dhash,
        ahash: h.ahash,
        phash_imagehash: compat.map(|c| c.phash),
        dhash_imagehash: compat.map(|c| c.dhash),
        size: [h.width, h.height],
        uninformative: h.uninformative,
    })
}
