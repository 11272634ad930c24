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

/// Every line of a finished output as JSON: a line that is not JSON fails
/// the test.
pub fn json_lines(text: &str) -> Vec<serde_json::Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l:?}")))
        .collect()
}

/// The records of a JSON Lines file that no process writes any more (none
/// when it is missing); every line must be JSON.
pub fn file_records(path: &std::path::Path) -> Vec<serde_json::Value> {
    json_lines(&std::fs::read_to_string(path).unwrap_or_default())
}

/// The complete records of a JSON Lines file another process may be
/// appending to: a last line without its newline is still being written
/// (a reader can see part of a write) and is left out.
pub fn records_so_far(path: &std::path::Path) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let complete = text.rfind('\n').map_or("", |end| &text[..=end]);
    json_lines(complete)
}
