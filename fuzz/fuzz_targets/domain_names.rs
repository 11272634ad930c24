//! Domain normalisation and the blocking rules: candidate lines as a watch
//! reads them (`watch::input::Lines`), each through `normalize_domain`; a
//! name it accepts must be lower-case letters, digits, `-` (and `_`, which
//! it accepts on purpose), dot-separated labels of 1 to 63, at most 253 in
//! all, with at least one dot, and normalise to itself. Then the
//! `watch::policy` rules: a name blocked with its wildcard fits the zone
//! with `*.`, one blocked exactly fits it, and every name of an
//! `allowlist.txt` (the same lines, for an input that starts with `#`) is
//! allowed.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use clone_detect::blocklist::{normalize_domain, DEFAULT_ORIGIN};
use clone_detect::watch::input::Lines;
use clone_detect::watch::policy::{
    fits, registrable, Lists, Rule, ALLOWLIST_FILE, MAX_LABEL, MAX_NAME,
};
use clone_detect_fuzz::{fresh_dir, scratch};
use libfuzzer_sys::fuzz_target;

fn shipped() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS
        .get_or_init(|| Lists::load(&fresh_dir("no-lists"), DEFAULT_ORIGIN).expect("shipped lists"))
}

fn check_name(line: &str, d: &str) {
    assert!(
        !d.is_empty() && d.len() <= MAX_NAME,
        "{line:?} -> {d:?}: length {}",
        d.len()
    );
    assert!(d.contains('.'), "{line:?} -> {d:?}: no dot");
    for label in d.split('.') {
        assert!(
            !label.is_empty() && label.len() <= MAX_LABEL,
            "{line:?} -> {d:?}: label {label:?}"
        );
        assert!(
            label
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_'),
            "{line:?} -> {d:?}: label {label:?} is not lower-case LDH"
        );
    }
    assert_eq!(
        normalize_domain(d).ok().as_deref(),
        Some(d),
        "{line:?} -> {d:?} is not stable"
    );
    assert_eq!(
        normalize_domain(&format!("*.{d}")).ok().as_deref(),
        Some(d),
        "*.{d}"
    );
    assert!(
        d.ends_with(registrable(d)),
        "registrable({d:?}) = {:?}",
        registrable(d)
    );
}

fuzz_target!(|data: &[u8]| {
    let mut lines = Lines::new(data, Path::new("candidates"), None);
    let mut names = Vec::new();
    while let Ok(Some(line)) = lines.next_line(|| false) {
        if let Ok(d) = normalize_domain(&line) {
            check_name(&line, &d);
            for decided in [false, true] {
                match shipped().rule(&d, decided) {
                    Rule::Wildcard => {
                        assert!(
                            fits(&format!("*.{d}"), DEFAULT_ORIGIN) && fits(&d, DEFAULT_ORIGIN),
                            "{d}"
                        );
                    }
                    Rule::Exact(_) => assert!(fits(&d, DEFAULT_ORIGIN), "{d}"),
                    Rule::Review(_) => {}
                    Rule::Allowed(why) => panic!("{d}: allowed with no allowlist ({why})"),
                }
            }
            names.push(d);
        }
    }
    // The same lines as an allowlist, when the input starts with a comment
    // (loading the lists normalises every shipped platform name: costly).
    if !data.starts_with(b"#") {
        return;
    }
    let path = scratch().join("allow");
    std::fs::create_dir_all(&path).expect("mkdir");
    std::fs::write(path.join(ALLOWLIST_FILE), data).expect("scratch write");
    if let Ok(lists) = Lists::load(&path, DEFAULT_ORIGIN) {
        for d in lists.allowlist() {
            check_name(d, d);
        }
        for d in &names {
            if lists.allowlist().any(|a| a == d) {
                assert!(
                    matches!(lists.rule(d, true), Rule::Allowed(_)),
                    "{d} allowlisted but not allowed"
                );
            }
        }
    }
});
