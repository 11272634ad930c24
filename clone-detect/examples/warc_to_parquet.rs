//! Fingerprint every site of a WARC archive and write them to one Parquet
//! file (the schema `clone-detect fingerprint --format parquet` writes).
//!
//! ```sh
//! cargo run -p clone-detect --features parquet --example warc_to_parquet -- [ARCHIVE.warc.gz] [OUT.parquet]
//! ```
//!
//! Without arguments it reads the small archive of the test fixtures and
//! writes to a temporary file.

// An example shows its result on stdout.
#![allow(clippy::print_stdout)]

use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use clone_detect::source::{LoadConfig, Loader, Source};
use clone_detect::{FingerprintConfig, Fingerprinter};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args_os().skip(1).map(PathBuf::from);
    let archive = args.next().unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/warc/gzip.warc.gz")
    });
    let dir = tempfile::tempdir()?;
    let out = args
        .next()
        .unwrap_or_else(|| dir.path().join("fingerprints.parquet"));

    let fingerprinter = Fingerprinter::new(FingerprintConfig::default())?;
    let loader = Loader::new(&fingerprinter, LoadConfig::default())?;
    let mut fingerprints = Vec::new();
    let mut failed = 0;
    loader.for_each(&[Source::Warc(archive.clone())], |loaded| {
        match loaded.fingerprint {
            Ok(fp) => fingerprints.push(fp),
            Err(e) => {
                // One bad site never stops the batch.
                failed += 1;
                println!("{}: {e}", loaded.name);
            }
        }
        Ok::<(), clone_detect::Error>(())
    })?;
    clone_detect::export::write_fingerprints(BufWriter::new(File::create(&out)?), &fingerprints)?;
    println!(
        "{}: {} sites fingerprinted ({failed} failed), written to {}",
        archive.display(),
        fingerprints.len(),
        out.display()
    );
    if fingerprints.is_empty() {
        return Err("no site in the archive".into());
    }
    Ok(())
}
