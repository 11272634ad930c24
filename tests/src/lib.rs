//! Helpers shared by the end-to-end tests in `tests/tests/`.

use std::path::{Path, PathBuf};

use clone_detect::SiteSnapshot;

/// The workspace root.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// `corpus/sites/<id>` for every committed corpus site, sorted.
pub fn corpus_sites() -> Vec<PathBuf> {
    let dir = workspace().join("corpus/sites");
    let mut sites: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("readable corpus entry").path())
        .filter(|p| p.join("index.html").is_file())
        .collect();
    sites.sort();
    sites
}

/// The family of a corpus site id: the id without its `-suite` suffix.
pub fn family(site: &Path) -> String {
    let name = site
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    name.rsplit_once('-').map_or(name, |(f, _)| f).to_string()
}

/// A one-page snapshot of `body`.
pub fn one_page(body: &[u8]) -> SiteSnapshot {
    SiteSnapshot::single_page("index.html", body.to_vec())
}
