//! The snapshot manifest: `snapshot.json` in a snapshot folder that also
//! holds the files a manifest names (a page, a favicon, a screenshot, an
//! asset), read with `read_snapshot_dir`; a snapshot read is fingerprinted.
//! A file beside the folder holds a secret: no path a manifest names may
//! reach it.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use clone_detect::snapshot::{read_snapshot_dir, MANIFEST_FILE};
use clone_detect::AssetContent;
use clone_detect_fuzz::{fingerprinter, fresh_dir, scratch};
use libfuzzer_sys::fuzz_target;

const SECRET: &[u8] = b"secret outside the snapshot folder";

/// 1x1 PNG.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0,
    0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

fn folder() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        std::fs::write(scratch().join("secret"), SECRET).expect("scratch write");
        let dir = fresh_dir("snapshot");
        std::fs::create_dir_all(dir.join("pages")).expect("mkdir");
        std::fs::create_dir_all(dir.join("assets")).expect("mkdir");
        let files: [(&str, &[u8]); 6] = [
            (
                "pages/0000.body",
                b"<html><title>a</title><link rel=icon href=favicon.ico><p>hi</p></html>",
            ),
            ("pages/0001.body", b"<div><div><span>x</span></div></div>"),
            ("pages/404.body", b"<h1>Not Found</h1>"),
            ("favicon.bin", PNG),
            ("screenshot.png", PNG),
            ("assets/0000.body", b"body { color: red }"),
        ];
        for (name, bytes) in files {
            std::fs::write(dir.join(name), bytes).expect("scratch write");
        }
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let dir = folder();
    std::fs::write(dir.join(MANIFEST_FILE), data).expect("scratch write");
    let Ok(snapshot) = read_snapshot_dir(dir) else {
        return;
    };
    let mut read: Vec<&[u8]> = snapshot.pages.iter().map(|p| p.body.as_slice()).collect();
    read.extend(snapshot.not_found.iter().map(|p| p.body.as_slice()));
    read.extend(snapshot.favicon.iter().map(|f| f.bytes.as_slice()));
    read.extend(snapshot.screenshot.as_deref());
    for a in &snapshot.assets {
        if let AssetContent::Bytes(b) = &a.content {
            read.push(b);
        }
    }
    assert!(
        !read.contains(&SECRET),
        "a manifest read a file outside its folder"
    );
    let fp = fingerprinter().fingerprint(&snapshot);
    assert_eq!(fp.pages.len(), snapshot.pages.len());
});
