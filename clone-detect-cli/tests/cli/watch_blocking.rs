//! What `watch` may block: only the name that served the match, never a
//! public suffix or a shared platform without a person's decision, always
//! a zone that loads; and a person's `unblock`, `review accept` and
//! `review reject`, which survive a restart. Corpus mirrors are served on
//! loopback under made-up names pinned with `--resolve`.

use clone_detect_tests::tempfile;

use std::path::Path;
use std::process::{Command, Output};

use crate::common::{bin, file_records, json_lines, site};
use clone_detect_tests::server::{Reply, Request, Server};

const KNOWN: &[&str] = &[
    "python-attr-bookworm",
    "libfmt-trixie",
    "python-markdown-bookworm",
];

/// Serves `corpus/sites/<id>`; returns its port.
fn serve(id: &str) -> u16 {
    Server::folder(site(id)).port()
}

/// Answers every request with a redirect to `target`; returns its port.
fn redirect_to(target: String) -> u16 {
    Server::start(move |_: &Request| Reply::redirect(&target)).port()
}

fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{:?}: {}\n{}",
        cmd,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

fn domains(state: &Path) -> Vec<String> {
    read(&state.join("domains.txt"))
        .lines()
        .map(str::to_string)
        .collect()
}

/// The zone loads in BIND's own checker under the origin it was written for.
fn zone_loads(state: &Path, origin: &str) -> String {
    let out = Command::new("named-checkzone")
        .arg(origin)
        .arg(state.join("blocklist.rpz"))
        .output()
        .expect("named-checkzone (Debian bind9-utils) must be installed");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{text}{}\n{}",
        String::from_utf8_lossy(&out.stderr),
        read(&state.join("blocklist.rpz"))
    );
    text
}

#[test]
fn only_what_served_the_match_is_blocked_and_people_decide_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("known.cdstore");
    let state = dir.path().join("state");
    let input = dir.path().join("candidates.txt");
    let mut add = bin();
    add.args(["known", "add", "--db"]).arg(&db);
    for id in KNOWN {
        add.arg(site(id));
    }
    run(&mut add);

    let attr = serve("python-attr-bookworm-mirror");
    let fmt = serve("libfmt-trixie-mirror");
    let markdown = serve("python-markdown-bookworm-mirror");
    // A shortener-like name that sends visitors to a mirror elsewhere.
    let short = redirect_to(format!("http://fmt-landing.test:{fmt}/"));
    let label = "a".repeat(63);
    let long = format!("{}.{label}.{label}.{label}.test", "b".repeat(43));
    assert_eq!(long.len(), 240);
    let candidates = [
        format!("http://attr-mirror.test:{attr}/"),
        format!("http://short.test:{short}/"),
        format!("http://bit.ly:{markdown}/"),
        format!("http://github.io:{attr}/"),
        format!("http://{long}:{markdown}/"),
    ];
    std::fs::write(&input, candidates.join("\n") + "\n").unwrap();
    let watch = |extra: &[&str]| {
        let mut cmd = bin();
        cmd.args(["watch", "--json", "--no-screenshot", "--allow-private"])
            .args(["--sites", "2", "--host-delay", "0", "--no-probe"])
            .arg("--db")
            .arg(&db)
            .arg("--state")
            .arg(&state)
            .arg("--input")
            .arg(&input)
            .args(extra);
        for host in [
            "attr-mirror.test",
            "short.test",
            "fmt-landing.test",
            "bit.ly",
            "github.io",
            long.as_str(),
        ] {
            cmd.arg("--resolve").arg(format!("{host}=127.0.0.1"));
        }
        run(&mut cmd)
    };
    watch(&[]);

    // The plain mirror, and the host the redirect led to, are blocked; the
    // redirecting name, the platform and the public suffix are not.
    let mut blocked = domains(&state);
    blocked.sort();
    let mut want = vec![
        "attr-mirror.test".to_string(),
        "fmt-landing.test".to_string(),
        long.clone(),
    ];
    want.sort();
    assert_eq!(blocked, want, "{}", read(&state.join("results.jsonl")));
    let zone = read(&state.join("blocklist.rpz"));
    assert!(zone.contains("*.attr-mirror.test CNAME ."), "{zone}");
    // The long name is below its registrable domain: exactly, no wildcard.
    assert!(zone.contains(&format!("\n{long} CNAME .")), "{zone}");
    assert!(!zone.contains(&format!("*.{long}")), "{zone}");
    assert!(zone_loads(&state, "rpz.local").contains("loaded serial"));
    // Every blocked name is traced to the result behind it.
    let confirmed = file_records(&state.join("confirmed.jsonl"));
    assert_eq!(confirmed.len(), 3);
    for c in &confirmed {
        assert!(
            c["checked_at"].is_string() && c["match"]["id"].is_u64(),
            "{c}"
        );
        assert!(
            c["blocked_as"].as_array().is_some_and(|a| !a.is_empty()),
            "{c}"
        );
        assert_eq!(c["outcome"], "reincarnation", "{c}");
    }

    // The review queue says why.
    let out = run(bin()
        .args(["watch", "review", "--json", "--state"])
        .arg(&state));
    let review = json_lines(&String::from_utf8_lossy(&out.stdout));
    let reason = |d: &str| {
        review
            .iter()
            .find(|r| r["domain"] == d)
            .unwrap_or_else(|| panic!("{d} not in review: {review:?}"))["reason"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(review.len(), 3, "{review:?}");
    let why = reason("short.test");
    assert!(
        why.contains("fmt-landing.test") && why.contains("->"),
        "{why}"
    );
    let short_record = review.iter().find(|r| r["domain"] == "short.test").unwrap();
    assert_eq!(short_record["redirects"].as_array().unwrap().len(), 2);
    assert!(reason("bit.ly").contains("shared platform"));
    assert!(reason("github.io").contains("public suffix"));

    // A person accepts the platform match (exactly, no wildcard), rejects
    // the public suffix, and unblocks the plain mirror.
    let serial_before = zone_loads(&state, "rpz.local");
    run(bin()
        .args([
            "watch",
            "review",
            "accept",
            "bit.ly",
            "--reason",
            "case 12: the operator's own short link",
        ])
        .args(["--by", "analyst"])
        .arg("--state")
        .arg(&state)
        .arg("--db")
        .arg(&db));
    run(bin()
        .args([
            "watch",
            "review",
            "reject",
            "github.io",
            "--reason",
            "a suffix",
        ])
        .arg("--state")
        .arg(&state));
    run(bin()
        .args([
            "watch",
            "unblock",
            "attr-mirror.test",
            "--reason",
            "false positive",
        ])
        .arg("--state")
        .arg(&state));
    // A domain not in review cannot be accepted.
    let refused = bin()
        .args(["watch", "review", "accept", "nowhere.test", "--reason", "x"])
        .arg("--state")
        .arg(&state)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    let check = |state: &Path| {
        let mut blocked = domains(state);
        blocked.sort();
        let mut want = vec![
            "bit.ly".to_string(),
            "fmt-landing.test".to_string(),
            long.clone(),
        ];
        want.sort();
        assert_eq!(blocked, want);
        let zone = read(&state.join("blocklist.rpz"));
        assert!(!zone.contains("attr-mirror.test"), "{zone}");
        assert!(!zone.contains("*.bit.ly"), "{zone}");
        let hosts = read(&state.join("hosts.txt"));
        assert!(
            hosts.contains("0.0.0.0 bit.ly\n") && !hosts.contains("attr-mirror"),
            "{hosts}"
        );
        let out = run(bin()
            .args(["watch", "review", "--json", "--state"])
            .arg(state));
        let left = json_lines(&String::from_utf8_lossy(&out.stdout));
        assert_eq!(left.len(), 1, "{left:?}");
        assert_eq!(left[0]["domain"], "short.test");
    };
    check(&state);
    let serial_after = zone_loads(&state, "rpz.local");
    assert_ne!(serial_before, serial_after);
    let decisions = file_records(&state.join("decisions.jsonl"));
    assert_eq!(decisions.len(), 3);
    assert_eq!(decisions[0]["by"], "analyst");
    assert!(decisions
        .iter()
        .all(|d| d["at"].is_string() && d["reason"].is_string()));
    // The accepted match joined the lineage of its known site.
    let shown = run(bin().args(["known", "show", "3", "--db"]).arg(&db));
    assert!(
        String::from_utf8_lossy(&shown.stdout).contains("bit.ly"),
        "{}",
        String::from_utf8_lossy(&shown.stdout)
    );

    // A restart that checks everything again keeps every decision.
    watch(&["--recheck", "0s"]);
    check(&state);
    zone_loads(&state, "rpz.local");
}
