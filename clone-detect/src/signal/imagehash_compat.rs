//! pHash and dHash equal, bit for bit, to Python `imagehash` 4.x:
//! `imagehash.phash(img)` and `imagehash.dhash(img)` with their defaults
//! (`hash_size=8`, `highfreq_factor=4`) of `img = PIL.Image.open(bytes)`,
//! written as `str(hash)` prints them (16 lower-case hex digits).
//!
//! Analysts compare these with values other tools computed; the verdict
//! never reads them. Our own pHash and dHash ([`super::perceptual`]) take a
//! faster road on purpose and are not comparable with these.
//!
//! # Recipe
//!
//! Each step does what Pillow 13 and scipy do, down to the rounding:
//!
//! 1. **Open** like `Image.open`: bytes decoded by `image` within
//!    [`ImageLimits`] (a decompression bomb is an error). An ICO opens as
//!    Pillow's `IcoImagePlugin` does: the entry with the largest
//!    width x height in the directory, then the lowest colour depth, then
//!    the first; a PNG entry decodes as a PNG of any colour type, a BMP entry
//!    as a DIB (its AND mask is alpha, which step 2 drops). A GIF opens at
//!    its first frame. Files cut short are refused where Pillow refuses
//!    them (a PNG chunk after the image data cut short, a BMP entry's
//!    pixels or a mask Pillow reads cut short) and read where Pillow reads
//!    them (a PNG missing only its last CRC or `IEND`).
//! 2. **`convert("L")`**: colour (RGB, RGBA, palette) to grey with Pillow's
//!    integer formula `(19595 R + 38470 G + 7471 B + 0x8000) >> 16`; alpha
//!    is dropped, not composited (a transparent pixel counts with its
//!    colour); grey with alpha keeps the grey. 16-bit channels keep their
//!    high byte (Pillow's PNG unpackers), except a 16-bit greyscale PNG
//!    (Pillow's mode `I;16`), whose values above 255 become 255.
//! 3. **`resize((w, h), LANCZOS)`**, Pillow's `Resample.c` for 8-bit
//!    images: per output pixel `i`, `scale = in / out`, `fs = max(scale,
//!    1)`, centre `(i + 0.5) * scale`, taps from `trunc(centre - 3 fs +
//!    0.5)` to `trunc(centre + 3 fs + 0.5)` (clamped to the image), weight
//!    of tap `j` = `sinc(x) sinc(x / 3)` at `x = (j - centre + 0.5) / fs`,
//!    normalised by the weights' sum, then fixed point: `trunc(w * 2^22 ±
//!    0.5)`. A pass sums `pixel * weight` from `2^21`, shifts right by 22
//!    and clamps to 0..=255, so the image is 8-bit between the two passes.
//!    The horizontal pass runs first unless the height loses more than
//!    twice as many pixels as the width (new in Pillow 13: older Pillows
//!    always start with the horizontal pass, and the order changes the
//!    rounding and clipping between the passes, so tall images can hash
//!    differently under them); a side already at the target size is not
//!    resampled.
//!    Not `reduce()`: `resize` uses it only when given `reducing_gap`,
//!    which imagehash does not pass.
//! 4. **pHash**: 32 x 32 grey levels as `f64`, scipy's
//!    `fftpack.dct(fftpack.dct(x, axis=0), axis=1)` (unnormalised DCT-II,
//!    columns first), computed in the same floating-point operations as
//!    scipy's pocketfft (DCT-II through a backward real FFT of length 32,
//!    radix passes 2, 4, 4, its twiddle tables), so that the coefficients
//!    are bit-identical. A textbook DCT is not enough: where an icon is
//!    symmetric, pocketfft returns exact zeros and a direct sum of cosines
//!    returns noise of 1e-13 whose sign decides bits. Then the top-left
//!    8 x 8 coefficients, `numpy.median` (mean of the 32nd and 33rd
//!    smallest), bit = coefficient > median.
//! 5. **dHash**: 9 wide x 8 high; bit = pixel > its left neighbour.
//! 6. **Hex**: bits row-major, the first in the most significant place
//!    (`imagehash._binary_array_to_hex`), which is [`Hash64`]'s text form.
//!
//! Specs: [`PHASH_IMAGEHASH_SPEC`], [`DHASH_IMAGEHASH_SPEC`].
//!
//! # Agreement with Python, measured
//!
//! `tests/tests/imagehash_compat.rs` compares every corpus screenshot and
//! every favicon of the corpus and of `tests/fixtures/favicons/` with what
//! `tests/fixtures/make_imagehash.py` computed with imagehash 4.3.2, Pillow
//! 13.0.0, numpy 2.4.6 and scipy 1.17.1: 272 screenshots (PNG) and 255
//! favicons (ICO with PNG and BMP entries, PNG in palette, RGB and RGBA
//! modes, icons cut short; the 32 that Pillow cannot open, SVG and HTML,
//! have no value on either side) in the fixture, checked to agree on both
//! hashes. So did, while
//! this was written, 144 generated images (grey, grey+alpha, RGB, RGBA,
//! palette and 16-bit PNGs from 1 x 1 to 1280 x 800, tall and wide,
//! symmetric and flat; ICOs of PNG and BMP entries; GIF; BMP; lossless
//! WebP), 1,846 favicons cut at every length (where Pillow refuses a cut
//! file we refuse it too), GIFs with transparency (20) and lossy WebP (50).
//!
//! JPEG does not agree everywhere: `image` (zune-jpeg) and Pillow
//! (libjpeg-turbo) decode 0.3 to 2% of the channel values of a picture
//! differently, by 1 mostly and by up to 4. Of the 140 corpus screenshots of the time
//! saved as JPEG (quality 85), 134 pHashes and 134 dHashes agreed (129
//! both); of 20 favicons saved as JPEG (quality 90), 17 and 17 (14 both).
//! A GIF whose first frame does not cover its canvas may differ too
//! (Pillow and `image` fill the rest differently).

mod pillow;
mod pocketfft;

use image::{DynamicImage, GrayImage};

use self::pillow::{pillow_grey, resize_lanczos};
use self::pocketfft::{Dct32, N};
use super::hash64::Hash64;
use super::perceptual::ImageLimits;
use crate::{Error, Result};

/// Spec of `phash_imagehash`: Pillow's open, `convert("L")` and Lanczos
/// resize to 32 x 32; scipy's (pocketfft's) DCT-II; top-left 8 x 8 above
/// their median; 64 bits.
pub const PHASH_IMAGEHASH_SPEC: &str =
    "phash_imagehash/v1/imagehash4-pillow13-L-lanczos32/pocketfft-dct8-median/64";

/// Spec of `dhash_imagehash`: Pillow's open, `convert("L")` and Lanczos
/// resize to 9 x 8; bit = pixel brighter than its left neighbour; 64 bits.
pub const DHASH_IMAGEHASH_SPEC: &str =
    "dhash_imagehash/v1/imagehash4-pillow13-L-lanczos9x8/row-gradient/64";

/// The imagehash-compatible hashes of one picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImagehashHashes {
    /// `imagehash.phash(img)`.
    pub phash: Hash64,
    /// `imagehash.dhash(img)`.
    pub dhash: Hash64,
}

/// Opens `bytes` as Pillow's `Image.open` would and hashes the picture as
/// `imagehash.phash` and `imagehash.dhash` do. `what` names the image in
/// errors.
///
/// ```
/// use clone_detect::signal::imagehash_compat::hash_bytes;
/// use clone_detect::signal::perceptual::ImageLimits;
///
/// // A white 64x64 PNG with a black square in its top-left quarter.
/// let img = image::GrayImage::from_fn(64, 64, |x, y| image::Luma([if x < 32 && y < 32 { 0 } else { 255 }]));
/// let mut png = Vec::new();
/// img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png).unwrap();
///
/// let hashes = hash_bytes(&png, &ImageLimits::default(), "favicon")?;
/// // What Python prints for `str(imagehash.phash(Image.open(png)))`, `dhash`.
/// assert_eq!(hashes.phash.to_string(), "b333cccc33338ccc");
/// assert_eq!(hashes.dhash.to_string(), "5a5a1a5a18000800");
/// # Ok::<(), clone_detect::Error>(())
/// ```
///
/// # Errors
/// [`Error::Image`] when the bytes do not decode, exceed the limits, or hold
/// pixels Pillow would not convert to grey the same way (floating point).
pub fn hash_bytes(
    bytes: &[u8],
    limits: &ImageLimits,
    what: &'static str,
) -> Result<ImagehashHashes> {
    hash_decoded(bytes, None, limits, what)
}

/// [`hash_bytes`], reusing `decoded` (the same bytes decoded by
/// [`super::perceptual`]) when Pillow would open the same picture, that is
/// for every format but ICO (whose entry Pillow chooses its own way).
pub(crate) fn hash_decoded(
    bytes: &[u8],
    decoded: Option<&DynamicImage>,
    limits: &ImageLimits,
    what: &'static str,
) -> Result<ImagehashHashes> {
    let grey =
        pillow_grey(bytes, decoded, limits).map_err(|source| Error::Image { what, source })?;
    Ok(hash_grey(&grey))
}

/// pHash and dHash of a picture in Pillow's `L` mode (at least 1 x 1).
fn hash_grey(grey: &GrayImage) -> ImagehashHashes {
    let (w, h) = (grey.width() as usize, grey.height() as usize);
    let small = resize_lanczos(grey.as_raw(), w, h, 32, 32);
    let gradient = resize_lanczos(grey.as_raw(), w, h, 9, 8);
    ImagehashHashes {
        phash: Hash64::new(phash_bits(&small)),
        dhash: Hash64::new(dhash_bits(&gradient)),
    }
}

/// Bits of the pHash of 32 x 32 grey levels.
fn phash_bits(pixels: &[u8]) -> u64 {
    let dct = Dct32::get();
    // Along axis 0 (each column), then along axis 1 (each row).
    let mut columns: [[f64; N]; N] =
        std::array::from_fn(|x| std::array::from_fn(|y| f64::from(pixels[y * N + x])));
    for column in &mut columns {
        dct.forward(column);
    }
    let mut m: [[f64; N]; N] = std::array::from_fn(|y| std::array::from_fn(|x| columns[x][y]));
    for row in &mut m {
        dct.forward(row);
    }
    let low: Vec<f64> = m[..8]
        .iter()
        .flat_map(|row| row[..8].iter().copied())
        .collect();
    let mut sorted = low.clone();
    sorted.sort_by(f64::total_cmp);
    let median = (sorted[31] + sorted[32]) / 2.0;
    low.iter()
        .fold(0u64, |bits, &c| (bits << 1) | u64::from(c > median))
}

/// Bits of the dHash of 9 x 8 grey levels.
fn dhash_bits(pixels: &[u8]) -> u64 {
    pixels.chunks_exact(9).fold(0u64, |bits, row| {
        row.windows(2).fold(bits, |bits, pair| {
            (bits << 1) | u64::from(pair[1] > pair[0])
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageBuffer, ImageFormat, Luma, Rgb, Rgba};
    use std::f64::consts::PI;

    fn png(image: impl Into<DynamicImage>) -> Vec<u8> {
        let mut out = Vec::new();
        image
            .into()
            .write_to(&mut std::io::Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    fn hex(bytes: &[u8]) -> (String, String) {
        let h = hash_bytes(bytes, &ImageLimits::default(), "test").unwrap();
        (h.phash.to_string(), h.dhash.to_string())
    }

    // Known answers of Python (imagehash 4.3.2, Pillow 13.0.0, numpy 2.4.6,
    // scipy 1.17.1) for the same pixels, made by:
    //
    // import io, struct, numpy as np, imagehash
    // from PIL import Image
    // h = lambda im: (str(imagehash.phash(im)), str(imagehash.dhash(im)))
    // y, x = np.mgrid[0:100, 0:20]
    // print(h(Image.fromarray(np.stack([(x*37+y*11)%256, (x*y)%256, (y*3)%256], -1).astype(np.uint8), "RGB")))
    // y, x = np.mgrid[0:16, 0:16]
    // print(h(Image.fromarray((np.minimum(x,15-x)*16+np.minimum(y,15-y)*8).astype(np.uint8), "L")))
    // y, x = np.mgrid[0:40, 0:300]
    // print(h(Image.fromarray(np.stack([(x*5)%256, (y*6)%256, ((x+y)*3)%256, (x*7+y)%256], -1).astype(np.uint8), "RGBA")))
    // y, x = np.mgrid[0:24, 0:36]
    // print(h(Image.fromarray(((x*4099+y*257)%65536).astype(np.uint16))))
    // # ICO of two 32x32 PNG entries, the directory saying 24 bpp, then 8 bpp:
    // def png(a, mode): b = io.BytesIO(); Image.fromarray(a, mode).save(b, "PNG"); return b.getvalue()
    // y, x = np.mgrid[0:32, 0:32]
    // e1 = png(np.stack([(x*8)%256, (y*8)%256, ((x^y)*8)%256], -1).astype(np.uint8), "RGB")
    // e2 = png(((x*y)%256).astype(np.uint8), "L")
    // ent = lambda bpp, n, off: struct.pack("<BBBBHHII", 32, 32, 0, 0, 1, bpp, n, off)
    // ico = struct.pack("<HHH", 0, 1, 2) + ent(24, len(e1), 38) + ent(8, len(e2), 38 + len(e1)) + e1 + e2
    // print(h(Image.open(io.BytesIO(ico))))
    #[test]
    fn known_answers_of_python_imagehash() {
        // Tall: Pillow 13 resamples vertically first.
        let tall = ImageBuffer::from_fn(20, 100, |x, y| {
            Rgb([
                ((x * 37 + y * 11) % 256) as u8,
                ((x * y) % 256) as u8,
                ((y * 3) % 256) as u8,
            ])
        });
        assert_eq!(
            hex(&png(tall)),
            ("801f3f3c7171636c".into(), "9af1ced9b6a9b6c9".into())
        );
        // Symmetric: pocketfft's exact zeros decide half the bits.
        let icon = ImageBuffer::from_fn(16, 16, |x, y| {
            Luma([(x.min(15 - x) * 16 + y.min(15 - y) * 8) as u8])
        });
        assert_eq!(
            hex(&png(icon)),
            ("80002a002a002a00".into(), "f0f0f0f0f0f0f0f0".into())
        );
        // Alpha is dropped, not composited.
        let wide = ImageBuffer::from_fn(300, 40, |x, y| {
            Rgba([
                ((x * 5) % 256) as u8,
                ((y * 6) % 256) as u8,
                (((x + y) * 3) % 256) as u8,
                ((x * 7 + y) % 256) as u8,
            ])
        });
        assert_eq!(
            hex(&png(wide)),
            ("8001ab55ab51eb7f".into(), "9694b4b5a5ada9a9".into())
        );
        // 16-bit grey saturates at 255.
        let grey16: ImageBuffer<Luma<u16>, Vec<u16>> =
            ImageBuffer::from_fn(36, 24, |x, y| Luma([((x * 4099 + y * 257) % 65536) as u16]));
        assert_eq!(
            hex(&png(grey16)),
            ("f352527306537347".into(), "8800800000190000".into())
        );
    }

    #[test]
    fn ico_opens_at_the_entry_pillow_chooses() {
        let e1 = png(ImageBuffer::from_fn(32, 32, |x, y| {
            Rgb([
                ((x * 8) % 256) as u8,
                ((y * 8) % 256) as u8,
                (((x ^ y) * 8) % 256) as u8,
            ])
        }));
        let e2 = png(ImageBuffer::from_fn(32, 32, |x, y| {
            Luma([((x * y) % 256) as u8])
        }));
        let entry = |bpp: u16, len: usize, offset: usize| {
            let mut e = vec![32, 32, 0, 0, 1, 0];
            e.extend_from_slice(&bpp.to_le_bytes());
            e.extend_from_slice(&(len as u32).to_le_bytes());
            e.extend_from_slice(&(offset as u32).to_le_bytes());
            e
        };
        let mut ico = b"\0\0\x01\0\x02\0".to_vec();
        ico.extend(entry(24, e1.len(), 38));
        ico.extend(entry(8, e2.len(), 38 + e1.len()));
        ico.extend(&e1);
        ico.extend(&e2);
        // Equal areas: the lower colour depth (the grey entry; `image`
        // itself would take the 24-bit one).
        assert_eq!(
            hex(&ico),
            ("813e71676c5952b5".into(), "fffff8f3e6cdda94".into())
        );
        assert_eq!(hex(&ico), hex(&e2));
    }

    #[test]
    fn dct_is_exact_where_pocketfft_is() {
        let dct = Dct32::get();
        let mut flat = [200.0; N];
        dct.forward(&mut flat);
        assert_eq!(flat[0], 2.0 * 32.0 * 200.0);
        assert!(flat[1..].iter().all(|&c| c == 0.0), "{flat:?}");
        // Close to the textbook DCT-II elsewhere.
        let x: [f64; N] = std::array::from_fn(|i| ((i * 37 + 11) % 256) as f64);
        let mut c = x;
        dct.forward(&mut c);
        for (k, &got) in c.iter().enumerate() {
            let want: f64 = (0..N)
                .map(|n| 2.0 * x[n] * (PI * k as f64 * (2 * n + 1) as f64 / (2 * N) as f64).cos())
                .sum();
            assert!((got - want).abs() < 1e-9, "{k}: {got} {want}");
        }
    }

    #[test]
    fn lanczos_keeps_flat_images_flat_and_sizes_right() {
        for (w, h) in [(1, 1), (3, 200), (200, 3), (1280, 800), (16, 16)] {
            let src = vec![77u8; w * h];
            for (ow, oh) in [(32, 32), (9, 8)] {
                let out = resize_lanczos(&src, w, h, ow, oh);
                assert_eq!(out.len(), ow * oh);
                assert!(out.iter().all(|&p| p == 77), "{w}x{h} -> {ow}x{oh}");
            }
        }
    }

    #[test]
    fn bombs_garbage_and_cut_files_are_errors() {
        let big = png(ImageBuffer::from_pixel(400, 300, Luma([9u8])));
        let small = ImageLimits {
            max_width: 100,
            max_height: 100,
            max_alloc: 1 << 20,
        };
        assert!(matches!(
            hash_bytes(&big, &small, "screenshot"),
            Err(Error::Image {
                what: "screenshot",
                ..
            })
        ));
        assert!(hash_bytes(b"not an image", &ImageLimits::default(), "favicon").is_err());
        assert!(hash_bytes(b"\0\0\x01\0\0\0", &ImageLimits::default(), "favicon").is_err());
        assert!(hash_bytes(&big[..big.len() / 2], &ImageLimits::default(), "favicon").is_err());
        // An icon entry that claims 4 GiB: only a mask is made up.
        let dib = |w: i32, h: i32| {
            let mut d = 40u32.to_le_bytes().to_vec();
            d.extend(w.to_le_bytes());
            d.extend((2 * h).to_le_bytes());
            d.extend(1u16.to_le_bytes());
            d.extend(32u16.to_le_bytes());
            d.extend([0; 24]);
            d.extend([10, 20, 30, 255]);
            d
        };
        let ico = |dib: Vec<u8>| {
            let mut ico = b"\0\0\x01\0\x01\0\x01\x01\0\0\x01\0\x20\0".to_vec();
            ico.extend(0xffff_fff0u32.to_le_bytes());
            ico.extend(22u32.to_le_bytes());
            ico.extend(dib);
            ico
        };
        // (Pillow opens it too: `8000000000000000`, `0000000000000000`.)
        assert_eq!(
            hex(&ico(dib(1, 1))),
            ("8000000000000000".into(), "0000000000000000".into())
        );
        assert!(hash_bytes(
            &ico(dib(1 << 20, 1 << 20)),
            &ImageLimits::default(),
            "favicon"
        )
        .is_err());
        // Without `IEND` Pillow still reads it, and so do we.
        let whole = hex(&big);
        assert_eq!(hex(&big[..big.len() - 12]), whole);
        assert_eq!(hex(&big[..big.len() - 14]), whole);
    }
}
