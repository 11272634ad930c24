//! Perceptual hashes (pHash and dHash) of decoded images.
//!
//! Pipeline, recorded in [`PHASH_SPEC`] and [`DHASH_SPEC`]:
//! 1. decode with `image`, within [`ImageLimits`] (a decompression bomb is an
//!    error, not an allocation of gigabytes);
//! 2. in one pass, composite over white, convert to grey with Rec.601 weights
//!    and box-average down to at most 64x64 (images already that small are
//!    only converted). Fusing these steps is several times faster than
//!    converting the full image and resizing it with a Lanczos filter, and the
//!    box average is what a downscale should be anyway;
//! 3. `image_hasher` 3: pHash = DCT of a 16x16 Lanczos3 resize, 8x8 low
//!    frequencies, bit = coefficient > median; dHash = horizontal gradients of
//!    a 9x8 resize. Both 64 bits ([`Hash64`]), printed as 16 hex digits.
//!
//! An image whose grey levels span at most [`BLANK_GREY_RANGE`] after step 2
//! is *blank* (a white page, a one-colour icon): its hashes are kept but
//! marked uninformative, since every blank image hashes alike.

use std::io::Cursor;

use image::{DynamicImage, GrayImage, ImageFormat, ImageReader, Limits};
use image_hasher::{FilterType, HashAlg, Hasher, HasherConfig};
use serde::{Deserialize, Serialize};

use super::hash64::Hash64;
use crate::{Error, Result};

/// Spec of the pHash.
pub const PHASH_SPEC: &str = "phash/v1/box64-rec601-over-white/image_hasher3-dct16-median/64";
/// Spec of the dHash.
pub const DHASH_SPEC: &str = "dhash/v1/box64-rec601-over-white/image_hasher3-gradient/64";

/// Spec of the average hash (the recipe of Python `imagehash.average_hash`,
/// which dnstwist calls pHash, on the same grey reduction as the others).
pub const AHASH_SPEC: &str = "ahash/v1/box64-rec601-over-white/box8-mean/64";

/// Side of the intermediate grey image.
const REDUCED: u32 = 64;

/// Largest grey-level range (max - min, 0-255) of a reduced image that is
/// still considered blank.
pub const BLANK_GREY_RANGE: u8 = 6;

/// Limits on images accepted for decoding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ImageLimits {
    /// Widest image decoded, in pixels. Default 16,384.
    pub max_width: u32,
    /// Tallest image decoded, in pixels. Default 16,384.
    pub max_height: u32,
    /// Most memory the decoder may allocate, in bytes. Default 512 MiB.
    pub max_alloc: u64,
}

impl Default for ImageLimits {
    fn default() -> Self {
        Self {
            max_width: 16_384,
            max_height: 16_384,
            max_alloc: 512 << 20,
        }
    }
}

/// The perceptual hashes of one image.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PerceptualHashes {
    /// 64-bit DCT hash.
    pub phash: Hash64,
    /// 64-bit difference hash.
    pub dhash: Hash64,
    /// 64-bit average hash: 8x8 block means above the overall mean.
    pub ahash: Hash64,
    /// Width of the decoded image.
    pub width: u32,
    /// Height of the decoded image.
    pub height: u32,
    /// Blank image, or all-0/all-1 hashes: says nothing about the site.
    pub uninformative: bool,
}

/// Builds the hashers once and hashes many images.
pub struct PerceptualHasher {
    phash: Hasher,
    dhash: Hasher,
    limits: ImageLimits,
}

impl std::fmt::Debug for PerceptualHasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PerceptualHasher")
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
}

impl PerceptualHasher {
    /// Hashers for the documented specs, decoding within `limits`.
    pub fn new(limits: ImageLimits) -> Self {
        let phash = HasherConfig::new()
            .hash_size(8, 8)
            .preproc_dct()
            .hash_alg(HashAlg::Median)
            .resize_filter(FilterType::Lanczos3)
            .to_hasher();
        let dhash = HasherConfig::new()
            .hash_size(8, 8)
            .hash_alg(HashAlg::Gradient)
            .resize_filter(FilterType::Triangle)
            .to_hasher();
        Self {
            phash,
            dhash,
            limits,
        }
    }

    /// The limits images are decoded within.
    pub fn limits(&self) -> &ImageLimits {
        &self.limits
    }

    /// Decodes `bytes` and hashes the picture. `what` names the image in errors.
    ///
    /// # Errors
    /// [`Error::Image`] when the bytes do not decode or exceed the limits.
    pub fn hash_bytes(&self, bytes: &[u8], what: &'static str) -> Result<PerceptualHashes> {
        let image = decode(bytes, &self.limits).map_err(|source| Error::Image { what, source })?;
        Ok(self.hash_image(&image))
    }

    /// Hashes a decoded picture.
    pub fn hash_image(&self, image: &DynamicImage) -> PerceptualHashes {
        let grey = reduce_to_grey(image, REDUCED);
        let (lo, hi) = grey
            .pixels()
            .fold((255u8, 0u8), |(lo, hi), p| (lo.min(p.0[0]), hi.max(p.0[0])));
        let blank = hi.saturating_sub(lo) <= BLANK_GREY_RANGE;
        let phash = to_u64(self.phash.hash_image(&grey).as_bytes());
        let dhash = to_u64(self.dhash.hash_image(&grey).as_bytes());
        let ahash = average_hash(&grey);
        let degenerate = |h: u64| h == 0 || h == u64::MAX;
        PerceptualHashes {
            phash: Hash64::new(phash),
            dhash: Hash64::new(dhash),
            ahash: Hash64::new(ahash),
            width: image.width(),
            height: image.height(),
            uninformative: blank || degenerate(phash) || degenerate(dhash),
        }
    }
}

/// 8x8 block means of the reduced grey image (any size: a block covers at
/// least one pixel); bit set when a block is brighter than the mean of the
/// blocks; row-major, first block in the most significant bit (the order of
/// `imagehash`'s hex strings).
fn average_hash(grey: &GrayImage) -> u64 {
    let (w, h) = (grey.width().max(1), grey.height().max(1));
    let span = |i: u32, n: u32| {
        let start = (i * n / 8).min(n - 1);
        (start, ((i + 1) * n / 8).max(start + 1))
    };
    let mut means = [0u64; 64];
    for cy in 0..8 {
        let (y0, y1) = span(cy, h);
        for cx in 0..8 {
            let (x0, x1) = span(cx, w);
            let mut sum = 0u64;
            for y in y0..y1 {
                for x in x0..x1 {
                    sum += u64::from(grey.get_pixel(x, y).0[0]);
                }
            }
            // Scaled so that integer comparison is exact.
            means[(cy * 8 + cx) as usize] = sum * 1024 / u64::from((y1 - y0) * (x1 - x0));
        }
    }
    let total: u64 = means.iter().sum();
    means
        .iter()
        .fold(0u64, |hash, &m| (hash << 1) | u64::from(m * 64 > total))
}

fn to_u64(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .take(8)
        .fold(0u64, |acc, &b| acc << 8 | u64::from(b))
}

/// Decodes an image within `limits`. ICO files whose embedded PNG `image`
/// refuses (it accepts only RGBA PNGs inside ICO, browsers accept any) are
/// decoded from the largest embedded PNG directly.
pub(crate) fn decode(bytes: &[u8], limits: &ImageLimits) -> image::ImageResult<DynamicImage> {
    let read = |bytes: &[u8], format: Option<ImageFormat>| {
        let mut reader = ImageReader::new(Cursor::new(bytes));
        match format {
            Some(f) => reader.set_format(f),
            None => reader = reader.with_guessed_format()?,
        }
        let mut l = Limits::default();
        l.max_image_width = Some(limits.max_width);
        l.max_image_height = Some(limits.max_height);
        l.max_alloc = Some(limits.max_alloc);
        reader.limits(l);
        reader.decode()
    };
    match read(bytes, None) {
        Ok(image) => Ok(image),
        Err(err) => match largest_png_in_ico(bytes) {
            Some(png) => read(png, Some(ImageFormat::Png)).map_err(|_| err),
            None => Err(err),
        },
    }
}

/// The largest PNG entry of an ICO file, by its ICONDIR.
fn largest_png_in_ico(bytes: &[u8]) -> Option<&[u8]> {
    let u16_at = |i: usize| Some(u16::from_le_bytes(bytes.get(i..i + 2)?.try_into().ok()?));
    let u32_at = |i: usize| Some(u32::from_le_bytes(bytes.get(i..i + 4)?.try_into().ok()?));
    if u16_at(0)? != 0 || u16_at(2)? != 1 {
        return None;
    }
    let count = usize::from(u16_at(4)?);
    (0..count)
        .filter_map(|i| {
            let entry = 6 + 16 * i;
            let side = |b: u8| if b == 0 { 256 } else { u32::from(b) };
            let area = side(*bytes.get(entry)?) * side(*bytes.get(entry + 1)?);
            let size = usize::try_from(u32_at(entry + 8)?).ok()?;
            let offset = usize::try_from(u32_at(entry + 12)?).ok()?;
            let data = bytes.get(offset..offset.checked_add(size)?)?;
            data.starts_with(b"\x89PNG\r\n\x1a\n")
                .then_some((area, i, data))
        })
        .max_by_key(|&(area, i, _)| (area, std::cmp::Reverse(i)))
        .map(|(_, _, data)| data)
}

/// Composites over white, converts to Rec.601 grey and box-averages to at
/// most `side` x `side`, in one pass over the pixels.
pub(crate) fn reduce_to_grey(image: &DynamicImage, side: u32) -> GrayImage {
    let (w, h) = (image.width().max(1), image.height().max(1));
    let (tw, th) = (w.min(side), h.min(side));
    let cell_x: Vec<usize> = (0..w)
        .map(|x| (x as u64 * tw as u64 / w as u64) as usize)
        .collect();
    let mut sums = vec![0u64; (tw * th) as usize];
    let mut counts = vec![0u32; (tw * th) as usize];
    // Grey level in 1/1000 units from RGBA, over white.
    let grey = |r: u8, g: u8, b: u8, a: u8| -> u64 {
        let y = 299 * u64::from(r) + 587 * u64::from(g) + 114 * u64::from(b);
        let a = u64::from(a);
        (y * a + 255_000 * (255 - a)) / 255
    };
    let mut add_row = |y: u32, row_grey: &mut dyn Iterator<Item = u64>| {
        let row = (y as u64 * th as u64 / h as u64) as usize * tw as usize;
        for (x, g) in row_grey.enumerate() {
            let cell = row + cell_x[x];
            sums[cell] += g;
            counts[cell] += 1;
        }
    };
    match image {
        DynamicImage::ImageRgb8(img) => {
            for (y, row) in img.rows().enumerate() {
                add_row(y as u32, &mut row.map(|p| grey(p[0], p[1], p[2], 255)));
            }
        }
        DynamicImage::ImageRgba8(img) => {
            for (y, row) in img.rows().enumerate() {
                add_row(y as u32, &mut row.map(|p| grey(p[0], p[1], p[2], p[3])));
            }
        }
        DynamicImage::ImageLuma8(img) => {
            for (y, row) in img.rows().enumerate() {
                add_row(y as u32, &mut row.map(|p| u64::from(p[0]) * 1000));
            }
        }
        DynamicImage::ImageLumaA8(img) => {
            for (y, row) in img.rows().enumerate() {
                add_row(y as u32, &mut row.map(|p| grey(p[0], p[0], p[0], p[1])));
            }
        }
        other => {
            let rgba = other.to_rgba8();
            for (y, row) in rgba.rows().enumerate() {
                add_row(y as u32, &mut row.map(|p| grey(p[0], p[1], p[2], p[3])));
            }
        }
    }
    let pixels = sums
        .iter()
        .zip(&counts)
        .map(|(&s, &c)| ((s + u64::from(c) * 500) / (u64::from(c).max(1) * 1000)).min(255) as u8)
        .collect();
    GrayImage::from_raw(tw, th, pixels).expect("buffer has tw * th pixels")
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageEncoder, Rgb, RgbImage};

    fn png(img: &RgbImage) -> Vec<u8> {
        let mut out = Vec::new();
        image::codecs::png::PngEncoder::new(&mut out)
            .write_image(
                img,
                img.width(),
                img.height(),
                image::ExtendedColorType::Rgb8,
            )
            .unwrap();
        out
    }

    fn pattern(w: u32, h: u32, seed: u32) -> RgbImage {
        RgbImage::from_fn(w, h, |x, y| {
            let v = ((x / 37 + y / 23 + seed) % 5) as u8 * 50 + ((x * seed / 91) % 3) as u8 * 10;
            Rgb([v, v / 2 + 40, 255 - v])
        })
    }

    #[test]
    fn blank_images_are_uninformative() {
        let hasher = PerceptualHasher::new(ImageLimits::default());
        let white = RgbImage::from_pixel(300, 200, Rgb([255, 255, 255]));
        assert!(
            hasher
                .hash_bytes(&png(&white), "screenshot")
                .unwrap()
                .uninformative
        );
        let busy = hasher
            .hash_bytes(&png(&pattern(300, 200, 3)), "screenshot")
            .unwrap();
        assert!(!busy.uninformative);
    }

    #[test]
    fn reduction_averages_boxes() {
        let img = RgbImage::from_fn(128, 128, |x, _| {
            if x % 2 == 0 {
                Rgb([0, 0, 0])
            } else {
                Rgb([255, 255, 255])
            }
        });
        let grey = reduce_to_grey(&DynamicImage::ImageRgb8(img), 64);
        assert_eq!(grey.dimensions(), (64, 64));
        assert!(grey.pixels().all(|p| (127..=128).contains(&p.0[0])));
    }

    #[test]
    fn different_pictures_differ() {
        let hasher = PerceptualHasher::new(ImageLimits::default());
        let a = hasher.hash_bytes(&png(&pattern(400, 300, 1)), "s").unwrap();
        let b = hasher.hash_bytes(&png(&pattern(400, 300, 4)), "s").unwrap();
        assert!(
            a.phash.hamming(b.phash) > 10,
            "{}",
            a.phash.hamming(b.phash)
        );
    }

    #[test]
    fn garbage_and_bombs_are_errors() {
        let hasher = PerceptualHasher::new(ImageLimits::default());
        assert!(matches!(
            hasher.hash_bytes(b"not an image", "favicon"),
            Err(Error::Image { .. })
        ));
        let mut truncated = png(&pattern(64, 64, 2));
        truncated.truncate(truncated.len() / 2);
        assert!(hasher.hash_bytes(&truncated, "favicon").is_err());
        let small = PerceptualHasher::new(ImageLimits {
            max_width: 100,
            max_height: 100,
            max_alloc: 1 << 20,
        });
        assert!(small
            .hash_bytes(&png(&pattern(400, 300, 1)), "screenshot")
            .is_err());
    }
}
