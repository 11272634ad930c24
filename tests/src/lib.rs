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

/// The Python interpreter that has the reference tools of
/// `tests/python/requirements.txt` (warcio, PyMISP, stix2-validator):
/// `CLONE_DETECT_PYTHON`, which `scripts/test.sh` sets after installing
/// them. A test that needs a reference tool fails without it, with this
/// message, rather than passing without checking anything.
pub fn reference_python() -> PathBuf {
    match std::env::var_os("CLONE_DETECT_PYTHON") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => panic!(
            "CLONE_DETECT_PYTHON is not set: run the tests with scripts/test.sh, which installs \
             the Python reference tools (tests/python/requirements.txt) and sets it"
        ),
    }
}

/// Runs `script` with the reference interpreter ([`reference_python`]) and
/// `args`; returns its standard output, and panics with its standard error
/// when it fails.
pub fn run_reference_python(script: &str, args: &[&std::ffi::OsStr]) -> String {
    let out = std::process::Command::new(reference_python())
        .arg("-c")
        .arg(script)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run the reference Python: {e}"));
    assert!(
        out.status.success(),
        "the reference Python failed ({}):\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}
