//! Helpers shared by the CLI's end-to-end tests that run the CLI binary.
//! Corpus paths, loopback servers and fault servers are in the test-support
//! crate, `clone_detect_tests`.

// Not every test crate uses every helper.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;

/// The real `clone-detect` binary.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_clone-detect"))
}

/// Runs `cmd` to its end: exit code (-1 when killed), stdout, stderr.
pub fn run(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// `fingerprint ARGS... SOURCE`, which must succeed with one JSON line.
pub fn fingerprint_with(args: &[&str], source: &str) -> serde_json::Value {
    let out = bin()
        .arg("fingerprint")
        .args(args)
        .arg(source)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{source}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// `corpus/sites/<id>`.
pub fn site(id: &str) -> PathBuf {
    clone_detect_tests::corpus_site(id)
}
