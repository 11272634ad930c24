//! Keep known sites in a store on disk, then check a saved website folder
//! against it: the library's whole `known add` + `check` in a few calls.
//!
//! ```sh
//! cargo run -p clone-detect --example check_folder
//! ```

// An example shows its result on stdout.
#![allow(clippy::print_stdout)]

use std::path::Path;

use clone_detect::source::{LoadConfig, Loader, Source};
use clone_detect::store::{KnownStore, NewKnownSite};
use clone_detect::verdict::{FusedModel, Matcher, VerdictKind};
use clone_detect::{FingerprintConfig, Fingerprinter};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sites = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/sites");
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default())?;
    let loader = Loader::new(&fingerprinter, LoadConfig::default())?;

    // The known sites: three releases of three projects, fingerprinted from
    // their folders and kept in a store file.
    let dir = tempfile::tempdir()?;
    let mut store = KnownStore::open(dir.path().join("known.cdstore"))?;
    let known = [
        "libfmt-bookworm",
        "libglib2.0-bookworm",
        "libgtk-3-bookworm",
    ];
    let sources: Vec<Source> = known
        .iter()
        .map(|name| Source::Folder(sites.join(name)))
        .collect();
    let mut new = Vec::new();
    loader.for_each(&sources, |loaded| {
        let label = Path::new(&loaded.name)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        new.push(NewKnownSite::new(label, loaded.fingerprint?));
        Ok::<(), clone_detect::Error>(())
    })?;
    store.add_all(new)?;

    // A mirror of one of them comes in.
    let matcher = Matcher::from_store(&store, FusedModel::shipped())?;
    let query = Source::Folder(sites.join("libglib2.0-bookworm-mirror"));
    let fingerprint = loader.load(&query).remove(0).fingerprint?;
    let verdict = matcher.check(&fingerprint)?;
    println!(
        "{}: {:?}, score {:.3} (threshold {:.3}), known site {}",
        query.name(),
        verdict.verdict,
        verdict.score,
        verdict.threshold,
        verdict
            .matched
            .as_ref()
            .map_or("none", |k| k.label.as_str())
    );
    for e in &verdict.evidence {
        let stance = format!("{:?}", e.stance);
        println!("  {stance:<9} {:<14} {}", e.signal, e.detail);
    }
    if verdict.verdict != VerdictKind::Reincarnation
        || verdict.matched.as_ref().map(|k| k.label.as_str()) != Some("libglib2.0-bookworm")
    {
        return Err("the mirror was not matched to its known site".into());
    }
    Ok(())
}
