//! Helpers shared by the CLI's end-to-end tests.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The real `clone-detect` binary.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_clone-detect"))
}

/// `corpus/sites/<id>`.
pub fn site(id: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../corpus/sites")
        .join(id)
}
