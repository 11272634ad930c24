//! Records the git commit the library is built from
//! (`CLONE_DETECT_GIT_COMMIT`): from `.cargo_vcs_info.json` in a published
//! package, or from git when this very file is tracked by the checkout it
//! is built in (never the commit of some other repository that happens to
//! enclose a vendored copy). None otherwise. Never fails the build, never
//! reaches the network.

use std::path::{Path, PathBuf};
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
        .filter(|s| !s.is_empty())
}

/// The commit `cargo package` recorded, if this is a packaged crate.
fn packaged_commit(manifest: &Path) -> Option<String> {
    let text = std::fs::read_to_string(manifest.join(".cargo_vcs_info.json")).ok()?;
    let at = text.find("\"sha1\"")?;
    let rest = &text[at + 6..];
    let start = rest.find('"')? + 1;
    let end = start + rest[start..].find('"')?;
    let sha = &rest[start..end];
    sha.chars()
        .all(|c| c.is_ascii_hexdigit())
        .then(|| sha.to_string())
}

fn main() {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    println!("cargo:rerun-if-changed=build.rs");
    if let Some(sha) = packaged_commit(&manifest) {
        println!("cargo:rustc-env=CLONE_DETECT_GIT_COMMIT={sha}");
        return;
    }
    // Only a checkout that holds this crate's own files tells its commit.
    if git(&["ls-files", "--error-unmatch", "build.rs"]).is_none() {
        return;
    }
    let Some(commit) = git(&["rev-parse", "HEAD"]) else {
        return;
    };
    // Built again when HEAD moves: HEAD, the branch it names, packed refs.
    // Only paths that exist: a missing one would rerun this on every build.
    let branch = git(&["symbolic-ref", "-q", "HEAD"]);
    for path in [Some("HEAD"), branch.as_deref(), Some("packed-refs")]
        .into_iter()
        .flatten()
        .filter_map(|name| git(&["rev-parse", "--git-path", name]))
    {
        let path = manifest.join(path);
        if path.exists() {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }
    println!("cargo:rustc-env=CLONE_DETECT_GIT_COMMIT={commit}");
}
