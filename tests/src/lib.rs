//! Helpers shared by the end-to-end tests in `tests/tests/`, the CLI's
//! tests and the benchmarks in `benches/`: the committed corpus, loopback
//! servers ([`server`]) and their hostile answers ([`faults`]), and
//! synthetic signals ([`synthetic`]).

pub mod faults;
pub mod server;
pub mod synthetic;

/// Temporary folders, for the CLI's tests (its manifest names no such
/// crate of its own).
pub use tempfile;
/// The async runtime, for the CLI's tests of the async screenshotter.
pub use tokio;

use std::path::{Path, PathBuf};

use clone_detect::SiteSnapshot;

/// The workspace root.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// The committed corpus manifest: `(id, family, kind)` of every site.
pub fn manifest() -> Vec<(String, String, String)> {
    let path = workspace().join("corpus/manifest.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let json: serde_json::Value = serde_json::from_str(&text).expect("manifest.json is JSON");
    json["sites"]
        .as_array()
        .expect("manifest has sites")
        .iter()
        .map(|s| {
            let field = |k: &str| s[k].as_str().expect("manifest site field").to_string();
            (field("id"), field("family"), field("kind"))
        })
        .collect()
}

/// `corpus/sites/<id>`.
pub fn corpus_site(id: &str) -> PathBuf {
    workspace().join("corpus/sites").join(id)
}

/// `corpus/sites/<id>` for every original (not mirrored) corpus site, sorted.
pub fn corpus_sites() -> Vec<PathBuf> {
    let mut sites: Vec<PathBuf> = manifest()
        .into_iter()
        .filter(|(_, _, kind)| kind == "original")
        .map(|(id, _, _)| corpus_site(&id))
        .collect();
    sites.sort();
    sites
}

/// The family of a corpus site, from the manifest.
pub fn family(site: &Path) -> String {
    let name = site
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    manifest()
        .into_iter()
        .find(|(id, _, _)| id == name)
        .map(|(_, family, _)| family)
        .unwrap_or_else(|| panic!("{name} is not in the manifest"))
}

/// A one-page snapshot of `body`.
pub fn one_page(body: &[u8]) -> SiteSnapshot {
    SiteSnapshot::single_page("index.html", body.to_vec())
}
