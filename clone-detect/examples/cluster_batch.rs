//! Group a batch of sites that are one site under several names: corpus
//! folders (three projects, each with a mirror) clustered with the fused
//! model, in parallel on a rayon pool of the caller's choosing.
//!
//! ```sh
//! cargo run -p clone-detect --example cluster_batch
//! ```

// An example shows its result on stdout.
#![allow(clippy::print_stdout)]

use std::path::Path;

use clone_detect::cluster::{cluster, ClusterConfig};
use clone_detect::source::{LoadConfig, Loader, Source};
use clone_detect::{FingerprintConfig, Fingerprinter};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sites = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/sites");
    let names = [
        "libfmt-bookworm",
        "libfmt-bookworm-mirror",
        "libjansson-bookworm",
        "libjansson-bookworm-mirror",
        "libpango1.0-bookworm",
        "libpango1.0-bookworm-mirror",
    ];
    let sources: Vec<Source> = names
        .iter()
        .map(|n| Source::Folder(sites.join(n)))
        .collect();
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default())?;
    let loader = Loader::new(
        &fingerprinter,
        LoadConfig {
            threads: Some(2),
            ..LoadConfig::default()
        },
    )?;
    let mut fingerprints = Vec::new();
    loader.for_each(&sources, |loaded| {
        fingerprints.push(loaded.fingerprint?);
        Ok::<(), clone_detect::Error>(())
    })?;
    // Clustering runs on the loader's pool, not on a global one.
    let clustering = loader
        .pool()
        .install(|| cluster(&fingerprints, &ClusterConfig::default()))?;
    for (i, c) in clustering.clusters.iter().enumerate() {
        let members: Vec<&str> = c
            .members
            .iter()
            .map(|m| m.source.rsplit('/').next().unwrap_or(&m.source))
            .collect();
        println!(
            "cluster {}: cohesion {:.3}: {}",
            i + 1,
            c.cohesion,
            members.join(", ")
        );
    }
    println!("{} sites in no cluster", clustering.singletons.len());
    if clustering.clusters.len() != 3 {
        return Err(format!("expected 3 clusters, got {}", clustering.clusters.len()).into());
    }
    Ok(())
}
