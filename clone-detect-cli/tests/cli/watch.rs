//! `clone-detect watch` end to end, with screenshots: corpus sites and
//! their mirrors served on loopback under made-up host names (pinned to
//! 127.0.0.1 with `--resolve`), a candidate file that grows while the watch
//! runs, a kill, and a restart.

use clone_detect_tests::tempfile;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::common::{bin, file_records, json_lines, records_so_far, site};
use clone_detect_tests::server::{closed_port, Server};

/// Known sites, and the candidates: host name, corpus site, and whether
/// it is a reincarnation of a known site.
const KNOWN: &[&str] = &[
    "python-attr-bookworm",
    "libfmt-trixie",
    "python-markdown-bookworm",
    "roundcube-trixie",
];

struct Served {
    host: &'static str,
    url: String,
}

fn served(host: &'static str, id: &str) -> Served {
    Served {
        host,
        url: Server::folder(site(id)).url_as(host, "/"),
    }
}

fn watch(db: &Path, state: &Path, input: &Path, hosts: &[&Served], follow: bool) -> Child {
    watch_with(db, state, input, hosts, follow, &[])
}

fn watch_with(
    db: &Path,
    state: &Path,
    input: &Path,
    hosts: &[&Served],
    follow: bool,
    extra: &[&str],
) -> Child {
    let mut cmd = bin();
    // Screenshots on (as root, Chromium runs only without its sandbox).
    cmd.args(["watch", "--json", "--no-sandbox", "--sites", "2"])
        .args(extra)
        .args(["--host-delay", "0", "--add-confirmed"])
        // The candidates are served on loopback.
        .arg("--allow-private")
        .arg("--db")
        .arg(db)
        .arg("--state")
        .arg(state)
        .arg("--input")
        .arg(input);
    if follow {
        cmd.arg("--follow");
    }
    for s in hosts {
        cmd.arg("--resolve").arg(format!("{}=127.0.0.1", s.host));
    }
    cmd.arg("--resolve").arg("down.test=127.0.0.1");
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.spawn().unwrap()
}

fn wait_for_results(state: &Path, n: usize, child: &mut Child) {
    let deadline = Instant::now() + Duration::from_secs(240);
    while records_so_far(&state.join("results.jsonl")).len() < n {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("watch ended early: {status}");
        }
        assert!(Instant::now() < deadline, "no {n} results in time");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn append(path: &Path, text: &str) {
    let mut f = std::fs::OpenOptions::new().append(true).open(path).unwrap();
    f.write_all(text.as_bytes()).unwrap();
}

/// A temporary folder with a store of the known sites.
fn known_store() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("known.cdstore");
    let mut add = bin();
    add.args(["known", "add", "--db"]).arg(&db);
    for id in KNOWN {
        add.arg(site(id));
    }
    assert!(add.output().unwrap().status.success());
    (dir, db)
}

/// The candidates, served: three mirrors of known sites (attr, fmt,
/// markdown) and two sites of unknown families (mako, pma).
fn candidates() -> [Served; 5] {
    [
        served("attr-mirror.test", "python-attr-bookworm-mirror"),
        served("mako.test", "python-mako-bookworm"),
        served("fmt-new.test", "libfmt-trixie-mirror"),
        served("pma.test", "phpmyadmin-bookworm"),
        served("markdown2.test", "python-markdown-bookworm-mirror"),
    ]
}

#[test]
fn watch_blocks_exactly_the_mirrors_and_resumes_after_a_kill() {
    let (dir, db) = known_store();
    let (state, input) = (dir.path().join("state"), dir.path().join("candidates.txt"));
    let [attr, mako, fmt, pma, markdown] = candidates();
    let all = [&attr, &mako, &fmt, &pma, &markdown];
    let down = format!("http://down.test:{}/", closed_port());

    // The file holds two candidates and a bad line when the watch starts.
    std::fs::write(
        &input,
        format!("{}\n{}\nnot a domain!\n", attr.url, mako.url),
    )
    .unwrap();
    let mut child = watch(&db, &state, &input, &all, true);
    wait_for_results(&state, 2, &mut child);
    // It grows while the watch runs: two sites, an unreachable one, and
    // the first mirror again (as a bare name: the same candidate).
    append(
        &input,
        &format!("{}\n{}\n{down}\nATTR-MIRROR.test.\n", fmt.url, pma.url),
    );
    wait_for_results(&state, 5, &mut child);
    child.kill().unwrap();
    let first = child.wait_with_output().unwrap();
    let first_out = String::from_utf8_lossy(&first.stdout).to_string();
    // Killed, the watch may have left part of a line: only whole lines count.
    let before = records_so_far(&state.join("results.jsonl"));
    assert_eq!(before.len(), 5, "{first_out}");

    // Restarted on the same state with one more candidate: only that one
    // is checked; nothing recorded is lost or redone.
    append(&input, &format!("{}\n", markdown.url));
    let second = watch(&db, &state, &input, &all, false)
        .wait_with_output()
        .unwrap();
    assert!(
        second.status.success(),
        "{}",
        String::from_utf8_lossy(&second.stderr)
    );
    let printed = json_lines(&String::from_utf8_lossy(&second.stdout));
    let rechecked: Vec<&str> = printed
        .iter()
        .map(|r| r["domain"].as_str().unwrap())
        .collect();
    assert_eq!(rechecked, ["markdown2.test"]);

    let results = file_records(&state.join("results.jsonl"));
    assert_eq!(&results[..5], &before[..], "recorded results changed");
    // The sites that answered were shot in the browser.
    for r in results.iter().filter(|r| r["domain"] != "down.test") {
        assert!(r["timings"]["screenshot_ms"].as_u64() > Some(0), "{r}");
    }
    let mut times = BTreeMap::new();
    for r in &results {
        *times
            .entry(r["domain"].as_str().unwrap().to_string())
            .or_insert(0) += 1;
    }
    assert_eq!(
        times.keys().map(String::as_str).collect::<Vec<_>>(),
        [
            "attr-mirror.test",
            "down.test",
            "fmt-new.test",
            "mako.test",
            "markdown2.test",
            "pma.test"
        ]
    );
    assert!(times.values().all(|&n| n == 1), "checked twice: {times:?}");
    let outcome = |d: &str| {
        results.iter().find(|r| r["domain"] == d).unwrap()["outcome"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(outcome("down.test"), "unreachable");
    for d in ["mako.test", "pma.test"] {
        assert_eq!(outcome(d), "unrelated", "{d}");
    }

    // The blocklist holds exactly the mirrors, in every format.
    let mirrors = ["attr-mirror.test", "fmt-new.test", "markdown2.test"];
    let domains = std::fs::read_to_string(state.join("domains.txt")).unwrap();
    assert_eq!(domains.lines().collect::<Vec<_>>(), mirrors);
    let hosts = std::fs::read_to_string(state.join("hosts.txt")).unwrap();
    let blocked: Vec<&str> = hosts
        .lines()
        .filter_map(|l| l.strip_prefix("0.0.0.0 "))
        .collect();
    assert_eq!(blocked, mirrors);
    let zone = std::fs::read_to_string(state.join("blocklist.rpz")).unwrap();
    for m in mirrors {
        assert!(zone.contains(&format!("\n{m} CNAME .")), "{zone}");
    }
    for d in ["mako.test", "pma.test", "down.test"] {
        assert!(!zone.contains(d));
    }
    // The zone the watch wrote loads in a real zone checker (bind9-utils,
    // installed by .ci/run), at the serial of its fourth version: the empty
    // zone written at the first start, then one per mirror blocked.
    let checked = std::process::Command::new("named-checkzone")
        .arg("rpz.local")
        .arg(state.join("blocklist.rpz"))
        .output()
        .expect("named-checkzone (Debian bind9-utils) must be installed");
    let said = String::from_utf8_lossy(&checked.stdout);
    assert!(checked.status.success(), "{said}");
    assert!(said.contains("loaded serial 4"), "{said}");
    let confirmed = file_records(&state.join("confirmed.jsonl"));
    let confirmed_domains: Vec<&str> = confirmed
        .iter()
        .map(|r| r["domain"].as_str().unwrap())
        .collect();
    assert_eq!(confirmed_domains.len(), 3);
    for r in &confirmed {
        assert!(r["score"].as_f64().unwrap() >= r["min_score"].as_f64().unwrap());
        assert!(!r["verdict"]["evidence"].as_array().unwrap().is_empty());
        assert!(r.get("fingerprint").is_none());
    }
    let matched = |d: &str| {
        confirmed.iter().find(|r| r["domain"] == d).unwrap()["match"]["label"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(matched("attr-mirror.test"), "python-attr-bookworm");
    assert_eq!(matched("fmt-new.test"), "libfmt-trixie");

    // Lineage: the first known site shows its reincarnation, which was
    // added to the store as a known site of that lineage.
    let show = bin()
        .args(["known", "show", "1", "--json", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(show.status.success());
    let shown: serde_json::Value = serde_json::from_slice(&show.stdout).unwrap();
    let chain = shown["lineage"]["reincarnations"].as_array().unwrap();
    assert_eq!(chain.len(), 1, "{shown}");
    assert_eq!(chain[0]["domain"], "attr-mirror.test");
    let added = chain[0]["site"].as_u64().unwrap();
    let show_added = bin()
        .args(["known", "show", &added.to_string(), "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&show_added.stdout);
    assert!(text.contains("attr-mirror.test"), "{text}");
    assert!(text.contains("#1 python-attr-bookworm"), "{text}");
}

#[test]
fn a_second_watch_on_the_same_state_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("known.cdstore");
    assert!(bin()
        .args(["known", "add", "--db"])
        .arg(&db)
        .arg(site(KNOWN[0]))
        .output()
        .unwrap()
        .status
        .success());
    let input = dir.path().join("in.txt");
    std::fs::write(&input, "").unwrap();
    let state = dir.path().join("state");
    let mut first = watch(&db, &state, &input, &[], true);
    // Wait until the first holds the lock (it creates the results file).
    let deadline = Instant::now() + Duration::from_secs(60);
    while !state.join("results.jsonl").exists() {
        assert!(Instant::now() < deadline);
        std::thread::sleep(Duration::from_millis(50));
    }
    let second = watch(&db, &state, &input, &[], false)
        .wait_with_output()
        .unwrap();
    first.kill().unwrap();
    let _ = first.wait();
    assert_eq!(second.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&second.stderr).contains("another watch"));
}

#[test]
fn killed_at_any_moment_it_finishes_with_every_result_once() {
    let (dir, db) = known_store();
    let (state, input) = (dir.path().join("state"), dir.path().join("candidates.txt"));
    let all = candidates();
    let text: String = all.iter().map(|s| format!("{}\n", s.url)).collect();
    std::fs::write(&input, text).unwrap();
    let hosts: Vec<&Served> = all.iter().collect();
    // Kill it after a growing delay, again and again: the kills land at
    // start-up, in crawls, screenshots and writes (a run ending by itself
    // before its kill ends the series). A kill from outside looks like a
    // crash to the quarantine (tested in the library's watch tests), so it
    // is off here: this test is about what a kill may not lose or repeat.
    let run = || {
        watch_with(
            &db,
            &state,
            &input,
            &hosts,
            false,
            &["--quarantine-after", "0"],
        )
    };
    let mut kills = 0;
    for delay_ms in (0..16).map(|i| 40 + 300 * i) {
        let mut child = run();
        std::thread::sleep(Duration::from_millis(delay_ms));
        if child.try_wait().unwrap().is_some() {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "after {kills} kills a run ended with {}: {}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            );
            break;
        }
        child.kill().unwrap();
        child.wait().unwrap();
        kills += 1;
    }
    assert!(kills >= 1, "never killed: the test proves nothing");
    // A run to the end checks what the kills left, however fast this
    // machine is; one more finds nothing left to do.
    for (i, expect_empty) in [(1, false), (2, true)] {
        let out = run().wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "run {i} after {kills} kills: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        if expect_empty {
            assert!(
                out.stdout.is_empty(),
                "{}",
                String::from_utf8_lossy(&out.stdout)
            );
        }
    }

    let results = file_records(&state.join("results.jsonl"));
    let mut domains: Vec<&str> = results
        .iter()
        .map(|r| r["domain"].as_str().unwrap())
        .collect();
    domains.sort_unstable();
    assert_eq!(
        domains,
        [
            "attr-mirror.test",
            "fmt-new.test",
            "mako.test",
            "markdown2.test",
            "pma.test"
        ],
        "each candidate recorded exactly once after {kills} kills"
    );
    let mirrors = ["attr-mirror.test", "fmt-new.test", "markdown2.test"];
    let blocked = std::fs::read_to_string(state.join("domains.txt")).unwrap();
    assert_eq!(blocked.lines().collect::<Vec<_>>(), mirrors);
    let mut confirmed: Vec<String> = file_records(&state.join("confirmed.jsonl"))
        .iter()
        .map(|r| r["domain"].as_str().unwrap().to_string())
        .collect();
    confirmed.sort();
    assert_eq!(confirmed, mirrors);
    // The store has each mirror once (a kill between a site and its
    // lineage record adds no second copy on the replay).
    let list = bin()
        .args(["known", "list", "--json", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let sites = String::from_utf8_lossy(&list.stdout).lines().count();
    assert_eq!(
        sites,
        KNOWN.len() + mirrors.len(),
        "{}",
        String::from_utf8_lossy(&list.stdout)
    );
    // The lineage has each mirror once, whatever the kills interrupted.
    let show = bin()
        .args(["known", "show", "1", "--json", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let shown: serde_json::Value = serde_json::from_slice(&show.stdout).unwrap();
    assert_eq!(
        shown["lineage"]["reincarnations"].as_array().unwrap().len(),
        1
    );
}

#[test]
fn known_add_records_a_confirmed_reincarnation_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("known.cdstore");
    let run = |args: &[&str], sources: &[&str]| {
        let mut cmd = bin();
        cmd.args(["known", "add", "--db"]).arg(&db).args(args);
        for s in sources {
            cmd.arg(site(s));
        }
        cmd.output().unwrap()
    };
    assert!(run(&[], &["python-attr-bookworm"]).status.success());
    let added = run(
        &[
            "--reincarnation-of",
            "1",
            "--domain",
            "Attrs-Two.example.",
            "--json",
        ],
        &["python-attr-bookworm-mirror"],
    );
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&added.stdout).unwrap();
    assert_eq!(v["id"], 2);
    assert_eq!(v["reincarnation"]["domain"], "attrs-two.example");
    assert!(v["reincarnation"]["score"].as_f64().unwrap() > 0.5);
    // Again: already in the lineage, nothing added.
    let again = run(
        &["--reincarnation-of", "2", "--domain", "attrs-two.example"],
        &["python-attr-bookworm-mirror"],
    );
    assert!(again.status.success());
    assert!(again.stdout.is_empty());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already in the lineage of #1"));
    // A folder has no domain of its own; --domain names one site only; the
    // known site must exist.
    assert_eq!(
        run(&["--reincarnation-of", "1"], &["python-attr-trixie"])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        run(
            &["--reincarnation-of", "1", "--domain", "x.example"],
            &["python-attr-trixie", "python-attr-bullseye"]
        )
        .status
        .code(),
        Some(2)
    );
    assert_eq!(
        run(
            &["--reincarnation-of", "9", "--domain", "x.example"],
            &["python-attr-trixie"]
        )
        .status
        .code(),
        Some(2)
    );
    let show = bin()
        .args(["known", "show", "2", "--json", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let shown: serde_json::Value = serde_json::from_slice(&show.stdout).unwrap();
    assert_eq!(shown["reincarnation_of"], 1);
    assert_eq!(shown["lineage"]["first"]["id"], 1);
    let chain = shown["lineage"]["reincarnations"].as_array().unwrap();
    assert_eq!(chain.len(), 1);
    assert_eq!(chain[0]["site"], 2);
}

#[test]
fn a_watch_keeps_evidence_of_what_it_blocks_with_its_provenance() {
    let (dir, db) = known_store();
    let (state, input) = (dir.path().join("state"), dir.path().join("candidates.txt"));
    let evidence = dir.path().join("evidence");
    let [attr, mako, ..] = candidates();
    std::fs::write(&input, format!("{}\n{}\n", attr.url, mako.url)).unwrap();
    let evidence_arg = evidence.display().to_string();
    let out = watch_with(
        &db,
        &state,
        &input,
        &[&attr, &mako],
        false,
        &["--evidence", &evidence_arg],
    )
    .wait_with_output()
    .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let results = file_records(&state.join("results.jsonl"));
    let by_domain = |d: &str| results.iter().find(|r| r["domain"] == d).unwrap().clone();
    let (mirror, other) = (by_domain("attr-mirror.test"), by_domain("mako.test"));
    assert_eq!(mirror["outcome"], "reincarnation");
    // Every record says which build and model made it.
    for r in [&mirror, &other] {
        assert_eq!(r["provenance"]["model_sha256"].as_str().unwrap().len(), 64);
    }
    // Only the match is kept, and its capture reads back as the fingerprint
    // it was blocked on.
    assert!(other.get("evidence").is_none());
    let folder = Path::new(mirror["evidence"].as_str().expect("evidence kept")).to_path_buf();
    assert!(folder.starts_with(&evidence));
    assert_eq!(std::fs::read_dir(&evidence).unwrap().count(), 1);
    let again = bin()
        .arg("fingerprint")
        .arg(folder.join("capture.warc.gz"))
        .output()
        .unwrap();
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    let kept: serde_json::Value =
        serde_json::from_slice(&std::fs::read(folder.join("fingerprint.json")).unwrap()).unwrap();
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&again.stdout).unwrap(),
        kept
    );
    let result: serde_json::Value =
        serde_json::from_slice(&std::fs::read(folder.join("result.json")).unwrap()).unwrap();
    assert_eq!(result["domain"], "attr-mirror.test");
    assert_eq!(result["outcome"], "reincarnation");
}
