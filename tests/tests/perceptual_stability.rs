//! pHash stability on the corpus's real Chromium screenshots: re-encoding as
//! JPEG q=90 or resizing by 10% moves the hash by a few bits; screenshots of
//! different sites differ by many.

use std::io::Cursor;

use clone_detect::signal::perceptual::{ImageLimits, PerceptualHasher};
use clone_detect::Hash64;
use clone_detect_tests::{corpus_sites, family};
use image::imageops::FilterType;
use image::ImageFormat;

/// Most bits a benign re-encoding may move the pHash.
const STABLE_BITS: u32 = 6;
/// Distance under which screenshots of different families count as close.
const DIFFERENT_BITS: u32 = 12;

fn screenshots() -> Vec<(String, Vec<u8>)> {
    corpus_sites()
        .into_iter()
        .filter_map(|site| {
            let png = std::fs::read(site.join("screenshot.png")).ok()?;
            Some((family(&site), png))
        })
        .collect()
}

#[test]
fn re_encoding_and_resizing_move_the_phash_little() {
    let hasher = PerceptualHasher::new(ImageLimits::default());
    let shots = screenshots();
    assert!(shots.len() >= 10, "the corpus should have screenshots");
    for (fam, png) in &shots {
        let original = hasher.hash_bytes(png, "screenshot").unwrap();
        let image = image::load_from_memory(png).unwrap();
        let mut jpeg = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90)
            .encode_image(&image.to_rgb8())
            .unwrap();
        let resized = image.resize_exact(
            image.width() * 9 / 10,
            image.height() * 9 / 10,
            FilterType::Triangle,
        );
        let mut small = Vec::new();
        resized
            .write_to(&mut Cursor::new(&mut small), ImageFormat::Png)
            .unwrap();
        for (what, bytes) in [("jpeg q90", jpeg), ("resized 90%", small)] {
            let moved = hasher.hash_bytes(&bytes, "screenshot").unwrap();
            let d = original.phash.hamming(moved.phash);
            assert!(d <= STABLE_BITS, "{fam}: {what} moved the pHash {d} bits");
        }
    }
}

/// Screenshots of different projects differ by about half their bits; a
/// few pairs built on the same theme (Read the Docs, gtk-doc) come close,
/// which is why a screenshot alone never decides a verdict.
#[test]
fn different_sites_differ_by_many_bits() {
    let hasher = PerceptualHasher::new(ImageLimits::default());
    let hashes: Vec<(String, Hash64)> = screenshots()
        .iter()
        .map(|(fam, png)| {
            (
                fam.clone(),
                hasher.hash_bytes(png, "screenshot").unwrap().phash,
            )
        })
        .collect();
    let mut distances = Vec::new();
    for (i, (fa, a)) in hashes.iter().enumerate() {
        for (fb, b) in &hashes[i + 1..] {
            if fa != fb {
                distances.push(a.hamming(*b));
            }
        }
    }
    distances.sort_unstable();
    let median = distances[distances.len() / 2];
    let close = distances.iter().filter(|&&d| d < DIFFERENT_BITS).count();
    assert!(
        median >= 24,
        "median distance between different sites {median}"
    );
    assert!(
        close * 100 < distances.len(),
        "{close} of {} pairs of different sites within {DIFFERENT_BITS} bits",
        distances.len()
    );
}
