//! Pillow 13's side of imagehash: `Image.open(bytes).convert("L")` and
//! `resize(size, Image.Resampling.LANCZOS)`, to the bit (see the parent
//! module for the recipe).

use std::f64::consts::PI;

use image::error::{
    DecodingError, ImageFormatHint, LimitError, LimitErrorKind, UnsupportedError,
    UnsupportedErrorKind,
};
use image::{DynamicImage, GrayImage, ImageError, ImageFormat};

use crate::signal::perceptual::{decode, ImageLimits};

/// The picture `Image.open(bytes).convert("L")` gives.
pub(super) fn pillow_grey(
    bytes: &[u8],
    decoded: Option<&DynamicImage>,
    limits: &ImageLimits,
) -> image::ImageResult<GrayImage> {
    if bytes.starts_with(b"\0\0\x01\0") {
        let (image, png) = match pillow_ico_entry(bytes, limits)? {
            IcoEntry::Png(png) => (decode_png(png, limits)?, png),
            IcoEntry::Bmp(ico) => (decode(&ico, limits)?, &[][..]),
        };
        return to_pillow_l(&image, png_colour(png));
    }
    let png = bytes.starts_with(PNG_SIGNATURE);
    if png {
        pillow_png_tail(bytes)?;
    }
    match decoded {
        Some(image) => to_pillow_l(image, png_colour(bytes)),
        None if png => to_pillow_l(&decode_png(bytes, limits)?, png_colour(bytes)),
        None => to_pillow_l(&decode(bytes, limits)?, png_colour(bytes)),
    }
}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// A PNG decoded as Pillow reads it: refused where Pillow's tail check
/// refuses it, and read where only the end of its last image data chunk,
/// that chunk's CRC or `IEND` is cut off (Pillow stops once it has every
/// row and checks no image data CRC; `image` wants the whole file).
fn decode_png(png: &[u8], limits: &ImageLimits) -> image::ImageResult<DynamicImage> {
    pillow_png_tail(png)?;
    decode(png, limits).or_else(|err| match completed_png(png) {
        Some(whole) => decode(&whole, limits).map_err(|_| err),
        None => Err(err),
    })
}

/// `png` cut short at or after its image data, completed: the cut chunk
/// (image data, or a header cut short) replaced by what is left of it with
/// a fresh CRC, then `IEND`. `None` when there is nothing to complete.
fn completed_png(png: &[u8]) -> Option<Vec<u8>> {
    let mut at = PNG_SIGNATURE.len();
    let mut seen_data = false;
    while let Some(header) = png.get(at..at + 8) {
        let length = u32::from_be_bytes([header[0], header[1], header[2], header[3]]) as usize;
        let end = at.checked_add(12)?.checked_add(length)?;
        if &header[4..8] == b"IEND" || end > png.len() {
            break;
        }
        seen_data |= &header[4..8] == b"IDAT";
        at = end;
    }
    if !seen_data && png.get(at + 4..at + 8) != Some(b"IDAT") {
        return None;
    }
    let mut whole = png[..at].to_vec();
    if png.get(at + 4..at + 8) == Some(b"IDAT") {
        let data = png.get(at + 8..)?;
        let length = u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]) as usize;
        let data = &data[..data.len().min(length)];
        let mut crc = flate2::Crc::new();
        crc.update(b"IDAT");
        crc.update(data);
        whole.extend_from_slice(&(data.len() as u32).to_be_bytes());
        whole.extend_from_slice(b"IDAT");
        whole.extend_from_slice(data);
        whole.extend_from_slice(&crc.sum().to_be_bytes());
    } else if png.get(at + 4..at + 8) == Some(b"IEND") && png.len() >= at + 12 {
        return None;
    }
    whole.extend_from_slice(b"\0\0\0\0IEND\xaeB`\x82");
    Some(whole)
}

/// Pillow's `PngImageFile.load_end`: after the image data it reads chunk
/// after chunk up to `IEND` (or an APNG's next frame) and refuses a chunk
/// whose header is there but whose data is cut short ("Truncated File
/// Read"); it stops quietly where not even a chunk header is left. `image`
/// stops reading after the image data, so the check is ours.
fn pillow_png_tail(png: &[u8]) -> image::ImageResult<()> {
    let mut at = PNG_SIGNATURE.len();
    let (mut seen_data, mut animated) = (false, false);
    while let Some(header) = png.get(at..).and_then(|rest| rest.get(..8)) {
        let length = u32::from_be_bytes([header[0], header[1], header[2], header[3]]) as usize;
        let kind = &header[4..8];
        if !kind.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'_') {
            break;
        }
        let data = at + 8;
        match kind {
            b"IDAT" => seen_data = true,
            b"IEND" => break,
            b"acTL" => {
                animated = png
                    .get(data..data + 4)
                    .is_some_and(|n| u32::from_be_bytes([n[0], n[1], n[2], n[3]]) > 1);
            }
            b"fcTL" if seen_data && animated => break,
            _ if seen_data && png.len() < data.saturating_add(length) => {
                return Err(ImageError::Decoding(DecodingError::new(
                    ImageFormatHint::Exact(ImageFormat::Png),
                    "truncated chunk after the image data",
                )));
            }
            _ => {}
        }
        // Data and CRC.
        at = data.saturating_add(length).saturating_add(4);
    }
    Ok(())
}

/// The ICO entry Pillow opens.
enum IcoEntry<'a> {
    /// A PNG entry: the file from the entry's offset on (Pillow reads the
    /// PNG stream there, whatever size the directory states).
    Png(&'a [u8]),
    /// A BMP entry, as an ICO file of that one entry.
    Bmp(Vec<u8>),
}

/// Pillow's `IcoFile`: entries sorted by colour depth, then (stably) by
/// area, largest first; the first one is opened.
fn pillow_ico_entry<'a>(bytes: &'a [u8], limits: &ImageLimits) -> image::ImageResult<IcoEntry<'a>> {
    let bad = |reason: &'static str| {
        ImageError::Decoding(DecodingError::new(
            ImageFormatHint::Exact(ImageFormat::Ico),
            reason,
        ))
    };
    let u16_at = |i: usize| {
        bytes
            .get(i..i + 2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
    };
    let u32_at = |i: usize| {
        bytes
            .get(i..i + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    let count = usize::from(u16_at(4).ok_or_else(|| bad("truncated ICO header"))?);
    let mut best: Option<(u32, u32, usize)> = None;
    for i in 0..count {
        let at = 6 + 16 * i;
        let entry = bytes
            .get(at..at + 16)
            .ok_or_else(|| bad("truncated ICO directory"))?;
        let side = |b: u8| if b == 0 { 256 } else { u32::from(b) };
        let area = side(entry[0]) * side(entry[1]);
        let colours = entry[2];
        let bpp = u16::from_le_bytes([entry[6], entry[7]]);
        // `bpp or (nb_color != 0 and ceil(log(nb_color, 2))) or 256`; for
        // 1 to 255 colours `ceil(log2(n))` is the bit length of `n - 1`
        // (checked for every value), and 0 (one colour) falls through.
        let depth = match (bpp, colours) {
            (0, 0 | 1) => 256,
            (0, n) => u8::BITS - (n - 1).leading_zeros(),
            (b, _) => u32::from(b),
        };
        let better = match best {
            None => true,
            Some((best_area, best_depth, _)) => {
                area > best_area || (area == best_area && depth < best_depth)
            }
        };
        if better {
            best = Some((area, depth, at));
        }
    }
    let (_, _, at) = best.ok_or_else(|| bad("ICO without entries"))?;
    let size = u32_at(at + 8).ok_or_else(|| bad("truncated ICO directory"))?;
    let offset = u32_at(at + 12).ok_or_else(|| bad("truncated ICO directory"))?;
    let start = usize::try_from(offset).map_err(|_| bad("ICO entry outside the file"))?;
    let data = bytes
        .get(start..)
        .ok_or_else(|| bad("ICO entry outside the file"))?;
    if data.starts_with(PNG_SIGNATURE) {
        return Ok(IcoEntry::Png(data));
    }
    // A BMP entry: a DIB whose height counts the colour rows and the AND
    // mask's. Pillow sizes the picture from the DIB, reads a 32-bit entry's
    // alpha from its pixels and never its mask (which may then be cut
    // short), and reads any other entry's mask from the end of the entry.
    // Alpha does not reach grey levels, so only the colour rows matter.
    let declared = usize::try_from(size).map_err(|_| bad("ICO entry outside the file"))?;
    let i32_at = |i: usize| {
        data.get(i..i + 4)
            .map(|b| i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    let (width, height) = match (i32_at(4), i32_at(8)) {
        (Some(w), Some(h)) => (w.unsigned_abs(), h.unsigned_abs() / 2),
        _ => return Err(bad("truncated ICO entry")),
    };
    if width > limits.max_width || height > limits.max_height {
        return Err(ImageError::Limits(LimitError::from_kind(
            LimitErrorKind::DimensionError,
        )));
    }
    let mut dib = data[..declared.min(data.len())].to_vec();
    if dib.len() < declared {
        // Cut short. The mask's rows are padded to 32 bits.
        let row = u64::from(width.div_ceil(32)) * 4;
        let (needed, padded) = if u16_at(at + 6) == Some(32) {
            // The DIB header, then 4 bytes a pixel (all read, for alpha);
            // the mask (never read) is made up.
            let header = i32_at(0).map_or(0, i32::unsigned_abs);
            let pixels = u64::from(header) + 4 * u64::from(width) * u64::from(height);
            (pixels, pixels + row * u64::from(height))
        } else {
            // The mask, read from the end of the entry, may miss the bytes
            // Pillow's raw decoder skips: the padding of its last row.
            let needed = (declared as u64).saturating_sub(row) + u64::from(width.div_ceil(8));
            (needed, declared as u64)
        };
        if (dib.len() as u64) < needed.min(declared as u64) {
            return Err(bad("truncated ICO entry"));
        }
        // At most a mask (the dimensions are within the limits).
        let padded = usize::try_from(padded.min(declared as u64)).unwrap_or(declared);
        dib.resize(padded.max(dib.len()), 0);
    }
    let mut one = Vec::with_capacity(22 + dib.len());
    one.extend_from_slice(b"\0\0\x01\0\x01\0");
    one.extend_from_slice(&bytes[at..at + 8]);
    one.extend_from_slice(&(dib.len() as u32).to_le_bytes());
    // `image` checks the directory's size against the DIB's; Pillow takes
    // the DIB's.
    if let (Ok(w @ 1..=256), Ok(h @ 1..=256)) = (u16::try_from(width), u16::try_from(height)) {
        one[6] = (w % 256) as u8;
        one[7] = (h % 256) as u8;
    }
    one.extend_from_slice(&22u32.to_le_bytes());
    one.extend_from_slice(&dib);
    Ok(IcoEntry::Bmp(one))
}

/// The colour type of a PNG with 16-bit samples (from its IHDR), which
/// decides how Pillow reads a 16-bit grey channel; `None` for anything else.
fn png_colour(bytes: &[u8]) -> Option<u8> {
    if !bytes.starts_with(PNG_SIGNATURE) || bytes.get(12..16) != Some(b"IHDR") {
        return None;
    }
    if bytes.get(24) == Some(&16) {
        bytes.get(25).copied()
    } else {
        None
    }
}

/// Pillow's `convert("L")` of the picture `image` decoded.
fn to_pillow_l(image: &DynamicImage, png_colour_16: Option<u8>) -> image::ImageResult<GrayImage> {
    let (w, h) = (image.width(), image.height());
    let l24 = |r: u8, g: u8, b: u8| {
        ((u32::from(r) * 19595 + u32::from(g) * 38470 + u32::from(b) * 7471 + 0x8000) >> 16) as u8
    };
    let high = |v: u16| (v >> 8) as u8;
    let saturated = |v: u16| v.min(255) as u8;
    let pixels: Vec<u8> = match image {
        DynamicImage::ImageLuma8(img) => img.as_raw().clone(),
        DynamicImage::ImageLumaA8(img) => img.pixels().map(|p| p[0]).collect(),
        DynamicImage::ImageRgb8(img) => img
            .as_raw()
            .chunks_exact(3)
            .map(|p| l24(p[0], p[1], p[2]))
            .collect(),
        DynamicImage::ImageRgba8(img) => img
            .as_raw()
            .chunks_exact(4)
            .map(|p| l24(p[0], p[1], p[2]))
            .collect(),
        DynamicImage::ImageLuma16(img) => img.pixels().map(|p| saturated(p[0])).collect(),
        // Grey with a tRNS colour is Pillow's `I;16`; grey with an alpha
        // channel is read as RGBA from the high bytes.
        DynamicImage::ImageLumaA16(img) if png_colour_16 == Some(0) => {
            img.pixels().map(|p| saturated(p[0])).collect()
        }
        DynamicImage::ImageLumaA16(img) => img.pixels().map(|p| high(p[0])).collect(),
        DynamicImage::ImageRgb16(img) => img
            .pixels()
            .map(|p| l24(high(p[0]), high(p[1]), high(p[2])))
            .collect(),
        DynamicImage::ImageRgba16(img) => img
            .pixels()
            .map(|p| l24(high(p[0]), high(p[1]), high(p[2])))
            .collect(),
        other => {
            return Err(ImageError::Unsupported(
                UnsupportedError::from_format_and_kind(
                    ImageFormatHint::Unknown,
                    UnsupportedErrorKind::Color(other.color().into()),
                ),
            ))
        }
    };
    if w == 0 || h == 0 {
        return Err(ImageError::Decoding(DecodingError::new(
            ImageFormatHint::Unknown,
            "image without pixels",
        )));
    }
    Ok(GrayImage::from_raw(w, h, pixels).expect("one grey level per pixel"))
}

/// Fixed-point precision of Pillow's 8-bit resampling.
const PRECISION_BITS: u32 = 22;

/// Where one output pixel reads and with which fixed-point weights.
struct Taps {
    first: usize,
    weights: Vec<i32>,
}

/// Pillow's `precompute_coeffs` and `normalize_coeffs_8bpc` for Lanczos-3.
fn lanczos_taps(in_size: usize, out_size: usize) -> Vec<Taps> {
    fn sinc(x: f64) -> f64 {
        if x == 0.0 {
            1.0
        } else {
            let x = x * PI;
            x.sin() / x
        }
    }
    fn lanczos(x: f64) -> f64 {
        if (-3.0..3.0).contains(&x) {
            sinc(x) * sinc(x / 3.0)
        } else {
            0.0
        }
    }
    // Pillow's box is `float`; sizes up to 2^24 are exact there.
    let scale = f64::from(in_size as f32) / out_size as f64;
    let filter_scale = scale.max(1.0);
    let support = 3.0 * filter_scale;
    let inverse = 1.0 / filter_scale;
    (0..out_size)
        .map(|i| {
            let centre = (i as f64 + 0.5) * scale;
            // C's `(int)` truncates toward zero, as `as` does.
            let first = ((centre - support + 0.5) as i64).max(0);
            let end = ((centre + support + 0.5) as i64).min(in_size as i64);
            let mut weights: Vec<f64> = (first..end)
                .map(|j| lanczos((j as f64 - centre + 0.5) * inverse))
                .collect();
            let sum = weights.iter().fold(0.0, |s, w| s + w);
            if sum != 0.0 {
                for w in &mut weights {
                    *w /= sum;
                }
            }
            let one = f64::from(1u32 << PRECISION_BITS);
            Taps {
                first: first as usize,
                weights: weights
                    .into_iter()
                    .map(|w| {
                        if w < 0.0 {
                            (-0.5 + w * one) as i32
                        } else {
                            (0.5 + w * one) as i32
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

/// The sum a pass starts from (one half, for rounding).
const HALF: i64 = 1 << (PRECISION_BITS - 1);

/// A pass's sum back to 8 bits.
fn clip8(sum: i64) -> u8 {
    (sum >> PRECISION_BITS).clamp(0, 255) as u8
}

/// `Image.resize((out_w, out_h), Image.Resampling.LANCZOS)` of an `L` image
/// (Pillow 13's `ImagingResampleInner`).
pub(super) fn resize_lanczos(
    src: &[u8],
    w: usize,
    h: usize,
    out_w: usize,
    out_h: usize,
) -> Vec<u8> {
    // Each row of `src` (`width` wide) to `taps.len()` pixels.
    let horizontal = |src: &[u8], width: usize, taps: &[Taps]| -> Vec<u8> {
        let mut out = Vec::with_capacity(src.len() / width * taps.len());
        for row in src.chunks_exact(width) {
            for t in taps {
                let pixels = &row[t.first..t.first + t.weights.len()];
                let mut sum = HALF;
                for (&p, &k) in pixels.iter().zip(&t.weights) {
                    sum += i64::from(p) * i64::from(k);
                }
                out.push(clip8(sum));
            }
        }
        out
    };
    // Each column of `src` (`width` wide) to `taps.len()` pixels, a row of
    // sums at a time.
    let vertical = |src: &[u8], width: usize, taps: &[Taps]| -> Vec<u8> {
        let mut out = Vec::with_capacity(width * taps.len());
        let mut sums = vec![0i64; width];
        for t in taps {
            sums.fill(HALF);
            for (j, &k) in t.weights.iter().enumerate() {
                let row = &src[(t.first + j) * width..(t.first + j + 1) * width];
                for (sum, &p) in sums.iter_mut().zip(row) {
                    *sum += i64::from(p) * i64::from(k);
                }
            }
            out.extend(sums.iter().map(|&sum| clip8(sum)));
        }
        out
    };
    let (need_h, need_v) = (out_w != w, out_h != h);
    let shrink_h = h as i64 - out_h as i64;
    let horizontal_first = !(shrink_h > 0 && shrink_h > (w as i64 - out_w as i64) * 2);
    let h_taps = need_h.then(|| lanczos_taps(w, out_w));
    let mut v_taps = need_v.then(|| lanczos_taps(h, out_h));
    match (h_taps, &mut v_taps) {
        (None, None) => src.to_vec(),
        (Some(ht), None) => horizontal(src, w, &ht),
        (None, Some(vt)) => vertical(src, w, vt),
        (Some(ht), Some(vt)) if horizontal_first => {
            // Only the rows the vertical pass reads.
            let first = vt[0].first;
            let last = vt.last().map_or(h, |t| t.first + t.weights.len());
            for t in vt.iter_mut() {
                t.first -= first;
            }
            let rows = horizontal(&src[first * w..last * w], w, &ht);
            vertical(&rows, out_w, vt)
        }
        (Some(ht), Some(vt)) => {
            let columns = vertical(src, w, vt);
            horizontal(&columns, w, &ht)
        }
    }
}
