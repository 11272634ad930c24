//! Crawling real corpus sites served by a real HTTP server on 127.0.0.1,
//! started inside the test: the crawled fingerprint agrees with the one
//! computed from the same folder on disk.

use clone_detect_tests::tempfile;

use crate::common::{bin, fingerprint_with, json_lines, site};
use clone_detect_tests::server::{closed_port, Server};

/// `fingerprint SOURCE`; the sites are served on loopback, hence
/// `--allow-private`; tests run as root, where Chromium's sandbox does not
/// run, hence `--no-sandbox`.
fn fingerprint(source: &str) -> serde_json::Value {
    fingerprint_with(&["--allow-private", "--no-sandbox"], source)
}

#[test]
fn crawled_site_agrees_with_its_folder() {
    // Sites whose saved subset links to few missing pages: a gi-docgen index
    // links to a thousand API pages the corpus does not keep, and their 404s
    // would use up the crawl's page budget before it reached the kept ones.
    for id in [
        "python-attr-bookworm",
        "roundcube-trixie",
        "python-markdown-bookworm",
        "libfmt-trixie",
    ] {
        let url = Server::folder(site(id)).url("/");
        let crawled = fingerprint(&url);
        let folder = fingerprint(site(id).to_str().unwrap());
        assert_eq!(
            crawled["pages"].as_array().unwrap().len(),
            folder["pages"].as_array().unwrap().len(),
            "{id}: pages {:#?} vs {:#?}",
            crawled["pages"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| &p["url"])
                .collect::<Vec<_>>(),
            folder["pages"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| &p["url"])
                .collect::<Vec<_>>()
        );
        for key in [
            "template_simhash",
            "text_simhash",
            "domhash",
            "html_mmh3",
            "title",
        ] {
            assert_eq!(crawled[key], folder[key], "{id}: {key}");
        }
        assert_eq!(
            crawled["favicon"]["mmh3"], folder["favicon"]["mmh3"],
            "{id}: favicon"
        );
        assert_eq!(
            crawled["final_url"],
            serde_json::Value::String(url.clone()),
            "{id}"
        );
    }
}

#[test]
fn snapshot_writes_a_directory_fingerprint_reads() {
    let url = Server::folder(site("python-mako-trixie")).url("/");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("snap");
    let status = bin()
        .args(["snapshot", "--allow-private", "--no-sandbox", &url, "-o"])
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    assert!(out.join("snapshot.json").is_file());
    let from_dir = fingerprint(out.to_str().unwrap());
    let from_folder = fingerprint(site("python-mako-trixie").to_str().unwrap());
    assert_eq!(
        from_dir["template_simhash"],
        from_folder["template_simhash"]
    );
    // Writing into a non-empty directory is refused.
    let status = bin()
        .args(["snapshot", "--allow-private", "--no-sandbox", &url, "-o"])
        .arg(&out)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(2));
}

#[test]
fn unreachable_site_is_a_clear_error() {
    let out = bin()
        .args(["fingerprint", "--allow-private"])
        .arg(format!("http://127.0.0.1:{}/", closed_port()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("could not be fetched"), "{err}");
}

fn phash(fp: &serde_json::Value) -> u64 {
    let hex = fp["screenshot"]["phash"]
        .as_str()
        .unwrap_or_else(|| panic!("no screenshot: {:?}", fp["warnings"]));
    u64::from_str_radix(hex, 16).unwrap()
}

/// The real Chromium (`.ci/run` installs Debian's `chromium` when absent).
#[test]
fn screenshots_of_two_copies_agree_and_of_different_sites_do_not() {
    let serve = |id: &str| Server::folder(site(id)).url("/");
    let a = fingerprint(&serve("python-attr-bookworm"));
    let b = fingerprint(&serve("python-attr-bookworm"));
    let other = fingerprint(&serve("libfmt-trixie"));
    let same = (phash(&a) ^ phash(&b)).count_ones();
    let different = (phash(&a) ^ phash(&other)).count_ones();
    assert!(same <= 4, "two copies of one site: {same} bits apart");
    assert!(
        different >= 12,
        "two different sites: only {different} bits apart"
    );
    assert_eq!(a["screenshot"]["size"], serde_json::json!([1280, 800]));
}

#[test]
fn no_screenshot_flag_skips_the_browser() {
    let url = Server::folder(site("python-attr-bookworm")).url("/");
    let out = bin()
        .args(["fingerprint", "--allow-private", "--no-screenshot", &url])
        .output()
        .unwrap();
    assert!(out.status.success());
    let fp: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(fp["screenshot"].is_null());
}

/// `--input`: URLs from a file, crawled concurrently; one line per site in
/// input order; the failing site gets its own error line and the others
/// are still fingerprinted.
#[test]
fn input_list_crawls_many_sites_and_reports_each() {
    let dead = format!("http://127.0.0.1:{}/", closed_port());
    let ids = ["python-attr-bookworm", "libfmt-trixie", "roundcube-trixie"];
    let urls: Vec<String> = ids
        .iter()
        .map(|id| Server::folder(site(id)).url("/"))
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("urls.txt");
    let folder = site("python-mako-trixie");
    std::fs::write(
        &list,
        format!(
            "# candidates\n{}\n\n{dead}\n{}\n{}\n{}\n",
            urls[0],
            urls[1],
            folder.display(),
            urls[2]
        ),
    )
    .unwrap();
    let out = bin()
        .args([
            "fingerprint",
            "--allow-private",
            "--no-screenshot",
            "--sites",
            "3",
            "--input",
        ])
        .arg(&list)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "one site failed");
    let lines = json_lines(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[1]["source"], dead);
    assert!(
        lines[1]["error"]
            .as_str()
            .unwrap()
            .contains("could not be fetched"),
        "{}",
        lines[1]
    );
    for (i, id) in [(0, ids[0]), (2, ids[1]), (4, ids[2])] {
        let from_folder = fingerprint(site(id).to_str().unwrap());
        assert_eq!(
            lines[i]["template_simhash"], from_folder["template_simhash"],
            "{id}"
        );
    }
    assert_eq!(
        lines[3]["template_simhash"],
        fingerprint(folder.to_str().unwrap())["template_simhash"]
    );

    // The same list from stdin, checked against the shipped corpus: every
    // source has its line, the dead one an error.
    let out = bin()
        .args([
            "check",
            "--json",
            "--allow-private",
            "--no-screenshot",
            "--input",
            "-",
            "--corpus",
        ])
        .arg(site(".."))
        .stdin(std::fs::File::open(&list).unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let verdicts = json_lines(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(verdicts.len(), 5);
    assert!(verdicts[1]["error"].is_string());
    assert!(verdicts
        .iter()
        .enumerate()
        .all(|(i, v)| i == 1 || v["verdict"].is_string()));
}

/// Private targets are refused by default: a name pinned to loopback is an
/// error (exit code 2) unless `--allow-private` is given.
#[test]
fn resolve_pins_a_name_and_private_pins_are_refused_by_default() {
    let url = Server::folder(site("python-attr-bookworm")).url_as("pinned.test", "/");
    let out = bin()
        .args([
            "fingerprint",
            "--allow-private",
            "--no-screenshot",
            "--resolve",
            "pinned.test=127.0.0.1",
        ])
        .arg(&url)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let fp: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(fp["title"].as_str().unwrap().starts_with("attrs"));
    // Without the pin the name does not resolve at all.
    let unpinned = bin()
        .args(["fingerprint", "--allow-private", "--no-screenshot"])
        .arg(&url)
        .output()
        .unwrap();
    assert_eq!(unpinned.status.code(), Some(1));
    // The default: the pin itself is refused.
    let refused = bin()
        .args([
            "fingerprint",
            "--no-screenshot",
            "--resolve",
            "pinned.test=127.0.0.1",
        ])
        .arg(&url)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("private"));
    let malformed = bin()
        .args(["fingerprint", "--allow-private", "--resolve", "pinned.test"])
        .arg(&url)
        .output()
        .unwrap();
    assert_eq!(malformed.status.code(), Some(2));
}
