//! What kind of image some bytes are, by their first bytes, as browsers
//! sniff: readers keep only favicons that are images, and the favicon
//! signal and reports read the kind.

use serde::{Deserialize, Serialize};

/// Image formats recognised by their first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum ImageKind {
    /// Windows icon.
    Ico,
    /// PNG.
    Png,
    /// GIF.
    Gif,
    /// JPEG.
    Jpeg,
    /// WebP.
    Webp,
    /// BMP.
    Bmp,
    /// SVG (hashed as bytes only, never rasterised).
    Svg,
}

impl ImageKind {
    /// The media type of the format (`image/png`, …).
    pub fn media_type(self) -> &'static str {
        match self {
            ImageKind::Ico => "image/x-icon",
            ImageKind::Png => "image/png",
            ImageKind::Gif => "image/gif",
            ImageKind::Jpeg => "image/jpeg",
            ImageKind::Webp => "image/webp",
            ImageKind::Bmp => "image/bmp",
            ImageKind::Svg => "image/svg+xml",
        }
    }
}

/// Recognises an image by its first bytes, as browsers sniff. HTML error
/// pages served as `/favicon.ico` are not images.
pub fn sniff(bytes: &[u8]) -> Option<ImageKind> {
    let kind = match bytes {
        [0, 0, 1, 0, ..] => ImageKind::Ico,
        [0x89, b'P', b'N', b'G', ..] => ImageKind::Png,
        [b'G', b'I', b'F', b'8', ..] => ImageKind::Gif,
        [0xFF, 0xD8, 0xFF, ..] => ImageKind::Jpeg,
        [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => ImageKind::Webp,
        [b'B', b'M', ..] => ImageKind::Bmp,
        _ => {
            let head =
                String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
            let start = head.trim_start_matches('\u{feff}').trim_start();
            if (start.starts_with("<svg") || start.starts_with("<?xml")) && head.contains("<svg") {
                ImageKind::Svg
            } else {
                return None;
            }
        }
    };
    Some(kind)
}
