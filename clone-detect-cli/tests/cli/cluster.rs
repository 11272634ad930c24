//! `clone-detect cluster` on real corpus sites.

use clone_detect_tests::tempfile;

use crate::common::{bin, json_lines, site};

fn family(source: &str) -> String {
    let name = source.rsplit('/').next().unwrap();
    let name = name.trim_end_matches("-mirror");
    name.rsplit_once('-').unwrap().0.to_string()
}

#[test]
fn cluster_groups_families_and_writes_json() {
    let dir = tempfile::tempdir().unwrap();
    let ids = [
        "libfmt-bookworm",
        "libfmt-bookworm-mirror",
        "libfmt-trixie",
        "python-attr-bookworm",
        "python-attr-bookworm-mirror",
        "python-attr-trixie-mirror",
        "python-mako-bookworm",
    ];
    let run = |threads: &str, out: &std::path::Path| {
        let mut cmd = bin();
        cmd.args(["cluster", "--threads", threads, "-o"]).arg(out);
        for id in ids.iter().rev() {
            cmd.arg(site(id));
        }
        cmd.arg(dir.path().join("missing"));
        cmd.output().unwrap()
    };
    let (a, b) = (dir.path().join("a.json"), dir.path().join("b.json"));
    let out = run("1", &a);
    assert_eq!(out.status.code(), Some(1), "one source is missing");
    let summary = String::from_utf8(out.stdout).unwrap();
    assert!(summary.starts_with("7 sites: "), "{summary}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing"));
    run("2", &b);
    assert_eq!(
        std::fs::read(&a).unwrap(),
        std::fs::read(&b).unwrap(),
        "thread count changed the output"
    );
    let c: serde_json::Value = serde_json::from_slice(&std::fs::read(&a).unwrap()).unwrap();
    assert_eq!(c["sites"], 7);
    let clusters = c["clusters"].as_array().unwrap();
    for cl in clusters {
        let members: Vec<&str> = cl["members"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["source"].as_str().unwrap())
            .collect();
        let first = family(members[0]);
        assert!(
            members.iter().all(|m| family(m) == first),
            "a cluster mixes families: {members:?}"
        );
        assert!(
            cl["strongest_links"][0]["evidence"]
                .as_array()
                .unwrap()
                .len()
                > 5
        );
    }
    let clustered: usize = clusters
        .iter()
        .map(|c| c["members"].as_array().unwrap().len())
        .sum();
    assert!(clustered >= 5, "{c:#}");
    assert!(c["singletons"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s.as_str().unwrap().ends_with("python-mako-bookworm")));
}

/// WARC archives are sources like folders: one result per site inside.
#[test]
fn warc_archives_are_sources_of_many_sites() {
    let fixtures = site("..").join("../tests/fixtures/warc");
    let out = bin()
        .args(["check", "--json", "--corpus"])
        .arg(site(".."))
        .arg(fixtures.join("gzip.warc.gz"))
        .arg(fixtures.join("plain.warc"))
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 3)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let verdicts = json_lines(&String::from_utf8(out.stdout).unwrap());
    let sources: Vec<&str> = verdicts
        .iter()
        .map(|v| v["source"].as_str().unwrap())
        .collect();
    assert_eq!(sources.len(), 4, "{sources:?}");
    assert!(sources[0].ends_with("gzip.warc.gz#libfmt-trixie.test"));
    assert!(
        sources[3].ends_with("plain.warc#python-mako-trixie.test")
            || sources[3].ends_with("plain.warc#python-markdown-bookworm.test")
    );
    // python-attr-bookworm is a known site of the shipped corpus: its
    // archived copy is matched to it.
    let attr = verdicts
        .iter()
        .find(|v| {
            v["source"]
                .as_str()
                .unwrap()
                .ends_with("#python-attr-bookworm.test")
        })
        .unwrap();
    assert_eq!(attr["verdict"], "reincarnation", "{attr:#}");
}
