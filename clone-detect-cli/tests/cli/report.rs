//! HTML reports: written by `cluster --report` and `check --report`, then
//! rendered by the real Chromium; the screenshots and favicons embedded in
//! the report must be drawn (the same page with its images broken renders
//! visibly differently).

use clone_detect_tests::tempfile;

use crate::common::{bin, site};
use clone_detect::acquire::screenshot::ScreenshotConfig;
use clone_detect::blocking::Screenshotter;
use clone_detect_tests::server::Server;

fn pixels(png: &[u8]) -> image::RgbImage {
    image::load_from_memory(png).unwrap().to_rgb8()
}

#[test]
fn cluster_and_check_reports_render_their_images_in_chromium() {
    let dir = tempfile::tempdir().unwrap();
    let sources = [
        site("python-markdown-bookworm"),
        site("python-markdown-bookworm-mirror"),
        site("libfmt-trixie"),
    ];
    let report = dir.path().join("clusters.html");
    let status = bin()
        .args(["cluster", "--report"])
        .arg(&report)
        .args(&sources)
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(
        html.matches("class=\"shot\"").count(),
        2,
        "the clustered pair's screenshots"
    );
    assert!(html.contains("data:image/png;base64,"));
    assert!(html.contains("class=\"icon\""), "the favicon is embedded");
    assert!(html.contains("<table>") && html.contains("agrees"));
    assert!(html.contains("Singletons") && html.contains("libfmt-trixie"));

    let check = dir.path().join("check.html");
    let out = bin()
        .args(["check", "--report"])
        .arg(&check)
        .arg("--corpus")
        .arg(site(".."))
        .args(&sources)
        .output()
        .unwrap();
    assert!(matches!(out.status.code(), Some(0 | 3)));
    let check_html = std::fs::read_to_string(&check).unwrap();
    assert_eq!(check_html.matches("class=\"shot\"").count(), 3);
    assert!(check_html.contains("REINCARNATION") || check_html.contains("unrelated"));

    // The same report with its images broken, to compare the renderings.
    let broken = html.replace("data:image/png;base64,", "data:image/png;base64,AAAA");
    std::fs::write(dir.path().join("broken.html"), broken).unwrap();
    let base = Server::folder(dir.path()).url("/");
    // The reports are served on loopback.
    let shots = Screenshotter::launch(ScreenshotConfig {
        refuse_private: false,
        // Tests run as root, where Chromium's sandbox does not run.
        no_sandbox: true,
        ..ScreenshotConfig::default()
    })
    .expect("Chromium");
    let good = pixels(&shots.capture(&format!("{base}clusters.html")).unwrap());
    let bad = pixels(&shots.capture(&format!("{base}broken.html")).unwrap());
    let differing = good
        .pixels()
        .zip(bad.pixels())
        .filter(|(a, b)| a.0.iter().zip(b.0.iter()).any(|(x, y)| x.abs_diff(*y) > 24))
        .count();
    let share = differing as f64 / (good.width() * good.height()) as f64;
    assert!(
        share > 0.05,
        "the embedded images were not drawn: only {:.1}% of pixels differ from the broken page",
        share * 100.0
    );
}
