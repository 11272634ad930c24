//! Helpers shared by the fuzz targets: a scratch folder for the entry points
//! that read files, and one fingerprinter per process.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use clone_detect::{FingerprintConfig, Fingerprinter};

/// This process's scratch folder, under `$TMPDIR` (the run scripts point it
/// at a tmpfs folder of their own and remove it afterwards).
pub fn scratch() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("clone-detect-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch folder");
        dir
    })
}

/// A new, empty folder `name` in the scratch folder (emptied if it was there).
pub fn fresh_dir(name: &str) -> PathBuf {
    let dir = scratch().join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("fresh folder");
    dir
}

/// The default fingerprinter, built once.
pub fn fingerprinter() -> &'static Fingerprinter {
    static FP: OnceLock<Fingerprinter> = OnceLock::new();
    FP.get_or_init(|| Fingerprinter::new(FingerprintConfig::default()).expect("default config"))
}

/// Splits `data` at the first `sep`: (before, after); all of it is `before`
/// when there is none.
pub fn split_once<'a>(data: &'a [u8], sep: &[u8]) -> (&'a [u8], &'a [u8]) {
    match data.windows(sep.len()).position(|w| w == sep) {
        Some(i) => (&data[..i], &data[i + sep.len()..]),
        None => (data, &[]),
    }
}
