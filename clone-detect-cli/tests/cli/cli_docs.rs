//! `--help` headings, shell completions and manual pages, generated from
//! the argument definitions.

use clone_detect_tests::tempfile;

use std::process::Command;

use crate::common::{bin, site};

fn stdout(command: &mut Command) -> String {
    let out = command.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn help_groups_options_under_headings() {
    let help = stdout(bin().args(["check", "--help"]));
    let headings: Vec<&str> = help
        .lines()
        .filter(|l| !l.starts_with(' ') && l.ends_with(':'))
        .collect();
    for heading in [
        "Options:",
        "Sources:",
        "Crawling:",
        "Screenshots:",
        "Store:",
    ] {
        assert!(
            headings.contains(&heading),
            "{heading} missing in {headings:?}"
        );
    }
    // Each option under the heading of its group.
    let crawling = help.split("Crawling:").nth(1).unwrap();
    let crawling = crawling.split("Screenshots:").next().unwrap();
    assert!(crawling.contains("--max-pages"), "{crawling}");
    assert!(!crawling.contains("--no-screenshot"), "{crawling}");
}

#[test]
fn completions_name_every_command() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = stdout(bin().args(["completions", shell]));
        for command in ["fingerprint", "check", "cluster", "watch", "known"] {
            assert!(script.contains(command), "{shell}: {command} missing");
        }
    }
    // The bash script is valid bash.
    let script = stdout(bin().args(["completions", "bash"]));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("clone-detect.bash");
    std::fs::write(&file, script).unwrap();
    let checked = Command::new("bash").arg("-n").arg(&file).status().unwrap();
    assert!(checked.success());
    let refused = bin().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(refused.status.code(), Some(2));
}

#[test]
fn man_pages_cover_every_command() {
    let page = stdout(bin().arg("man"));
    assert!(page.contains(".TH clone-detect 1"), "{page}");
    assert!(page.contains("clone\\-detect\\-check(1)"), "{page}");
    let dir = tempfile::tempdir().unwrap();
    stdout(bin().args(["man", "--dir"]).arg(dir.path()));
    let mut pages: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    pages.sort();
    for expected in [
        "clone-detect.1",
        "clone-detect-check.1",
        "clone-detect-known-add.1",
        "clone-detect-watch.1",
    ] {
        assert!(
            pages.iter().any(|p| p == expected),
            "{expected} missing: {pages:?}"
        );
    }
    let check = std::fs::read_to_string(dir.path().join("clone-detect-check.1")).unwrap();
    assert!(check.contains("\\-\\-max\\-pages"), "{check}");
}

/// `--version`, `check --json`, `cluster --json` and reports say which
/// build, commit and model made them.
#[test]
fn outputs_say_which_build_and_model_made_them() {
    let version = stdout(bin().arg("--version"));
    assert!(version.starts_with("clone-detect "), "{version}");
    for line in ["commit: ", "model (shipped): sha256 ", "template_simhash: "] {
        assert!(version.contains(line), "{line} missing in {version}");
    }
    let model = version
        .lines()
        .find_map(|l| l.strip_prefix("model (shipped): sha256 "))
        .unwrap()
        .to_string();
    let out = bin()
        .args(["check", "--json", "--corpus"])
        .arg(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus"))
        .arg(site("libfmt-bookworm-mirror"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let provenance = &line["provenance"];
    assert_eq!(provenance["model_sha256"], model.as_str());
    assert_eq!(
        provenance["tool"],
        concat!("clone-detect ", env!("CARGO_PKG_VERSION"))
    );
    assert!(provenance["specs"]["phash"].is_string(), "{provenance}");

    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.html");
    let clustering = stdout(
        bin()
            .args(["cluster", "--json", "--report"])
            .arg(&report)
            .arg(site("libfmt-bookworm"))
            .arg(site("libfmt-bookworm-mirror")),
    );
    let clustering: serde_json::Value = serde_json::from_str(&clustering).unwrap();
    assert_eq!(clustering["provenance"]["model_sha256"], model.as_str());
    let page = std::fs::read_to_string(&report).unwrap();
    assert!(
        page.contains(&format!("model sha256 {model}")),
        "no provenance in the report"
    );
}
