//! The real `clone-detect` binary on the committed corpus.

use clone_detect_tests::tempfile;

use crate::common::{bin, json_lines, site as corpus};

#[test]
fn fingerprint_prints_one_json_line_per_site_in_input_order() {
    let out = bin()
        .arg("fingerprint")
        .arg(corpus("python-attr-bookworm"))
        .arg(corpus("libfmt-trixie"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = json_lines(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["source"]
        .as_str()
        .unwrap()
        .ends_with("python-attr-bookworm"));
    assert!(lines[1]["source"]
        .as_str()
        .unwrap()
        .ends_with("libfmt-trixie"));
    for key in [
        "schema_version",
        "source",
        "title",
        "favicon",
        "screenshot",
        "template_simhash",
        "text_simhash",
        "domhash",
        "html_mmh3",
        "ids",
        "assets",
        "pages",
        "specs",
    ] {
        assert!(lines[0].get(key).is_some(), "missing key {key}");
    }
    let hex16 = |v: &serde_json::Value| {
        v.as_str().is_some_and(|s| {
            s.len() == 16
                && s.bytes()
                    .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        })
    };
    assert!(hex16(&lines[0]["template_simhash"]));
    assert!(hex16(&lines[0]["screenshot"]["phash"]));
    assert!(lines[0]["html_mmh3"].is_i64());
}

#[test]
fn a_bad_source_is_named_the_others_still_print_and_the_exit_code_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-site");
    let out = bin()
        .arg("fingerprint")
        .arg(&missing)
        .arg(corpus("python-mako-trixie"))
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    // One line per source, in input order; a failed source's line names it
    // and says why.
    let lines = json_lines(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["source"], missing.display().to_string());
    assert!(lines[0]["error"].as_str().unwrap().contains("no-such-site"));
    assert!(lines[1].get("error").is_none(), "{}", lines[1]);
    assert!(lines[2]["error"].as_str().unwrap().contains("index.html"));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("no-such-site"), "{stderr}");
    assert!(stderr.contains("index.html"), "{stderr}");

    // Fed back to `check`, the failed lines stay failures of their sources.
    let fps = dir.path().join("fps.jsonl");
    let lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    std::fs::write(&fps, lines.join("\n")).unwrap();
    let out = bin()
        .args(["check", "--json", "--corpus"])
        .arg(corpus(".."))
        .arg(&fps)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let results = json_lines(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(results.len(), 3);
    assert_eq!(results[0]["source"], missing.display().to_string());
    assert!(results[0]["error"].is_string());
    assert!(results[1]["verdict"].is_string());
    assert!(results[2]["error"].is_string());
}

#[test]
fn output_file_and_thread_count_do_not_change_the_result() {
    let dir = tempfile::tempdir().unwrap();
    let run = |threads: &str, file: &str| {
        let path = dir.path().join(file);
        let status = bin()
            .args(["fingerprint", "--threads", threads, "-o"])
            .arg(&path)
            .arg(corpus("python-babel-bullseye"))
            .arg(corpus("libjansson-bookworm"))
            .arg(corpus("python-markdown-trixie"))
            .status()
            .unwrap();
        assert!(status.success());
        std::fs::read(path).unwrap()
    };
    let one = run("1", "a.jsonl");
    assert_eq!(one, run("2", "b.jsonl"));
    assert_eq!(String::from_utf8(one).unwrap().lines().count(), 3);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(bin().arg("fingerprint").status().unwrap().code(), Some(2));
    assert_eq!(
        bin().arg("no-such-command").status().unwrap().code(),
        Some(2)
    );
}

/// A site's text never reaches the terminal as escape sequences: a title
/// that would retitle the window and clear the screen is shown escaped in
/// human output, and kept exact in JSON.
#[test]
fn site_text_is_escaped_for_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let title = "Shop \u{1b}]0;pwned\u{7}\u{1b}[2J\u{202e}evil";
    std::fs::write(
        dir.path().join("index.html"),
        format!("<html><head><title>{title}</title></head><body><p>hello</p></body></html>"),
    )
    .unwrap();
    for args in [&["pivot"][..], &["check", "--corpus", "../corpus"][..]] {
        let out = bin()
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(args)
            .arg(dir.path())
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{202e}'),
            "{args:?}: {text:?}"
        );
        if args[0] == "pivot" {
            assert!(text.contains("\\u{202e}evil"), "{text}");
        }
    }
    // JSON keeps the value exact (the fingerprint folds control characters
    // of a title to spaces; the override character is text).
    let out = bin().arg("fingerprint").arg(dir.path()).output().unwrap();
    let fp: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(fp["title"].as_str().unwrap().ends_with("\u{202e}evil"));
}
