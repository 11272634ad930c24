//! `clone-detect-bench` end to end, small so that the tests stay quick.

use std::path::Path;
use std::process::Command;

/// The real `clone-detect-bench` binary.
fn bench() -> Command {
    Command::new(env!("CARGO_BIN_EXE_clone-detect-bench"))
}

/// Runs `command`, which must succeed and print one JSON object.
fn run_json(command: &mut Command) -> serde_json::Value {
    let out = command.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The crawl benchmark: the crawler saw every generated page and both
/// timings are real.
#[test]
fn crawl_bench_measures_crawler_and_baseline() {
    let f = run_json(bench().args([
        "crawl",
        "--pages",
        "60",
        "--runs",
        "1",
        "--screenshots",
        "0",
        "--json",
    ]));
    assert!(f["pages_seen_by_crawler"].as_u64().unwrap() >= 60, "{f}");
    assert!(f["crawl_seconds_median"].as_f64().unwrap() > 0.0);
    assert!(f["fetch_seconds_median"].as_f64().unwrap() > 0.0);
    assert!(f["seconds_per_screenshot"].is_null());
}

/// The watch benchmark on three corpus candidates: rates are real and the
/// shares of the workers' time add up to one.
#[test]
fn bench_watch_reports_rates_and_shares() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let v = run_json(
        bench()
            .args(["watch", "--json", "--no-screenshot", "--candidates", "3"])
            .arg("--corpus")
            .arg(&corpus),
    );
    assert_eq!(v["candidates"], 3);
    assert_eq!(v["checked"], 3);
    assert!(v["watch_candidates_per_second"].as_f64().unwrap() > 0.0);
    assert!(v["disk_check_candidates_per_second"].as_f64().unwrap() > 0.0);
    let shares: f64 = [
        "share_probe",
        "share_crawl",
        "share_screenshot",
        "share_check",
    ]
    .iter()
    .map(|k| v[k].as_f64().unwrap())
    .sum();
    assert!((shares - 1.0).abs() < 1e-9, "{v}");
    assert_eq!(v["share_screenshot"], 0.0);
}

/// The store benchmark, small: every way of opening gives the same
/// verdicts (the run fails otherwise), the sidecar is written by the first
/// open without one and read by the next, some queries find candidates,
/// and both ways of adding give the same ids.
#[test]
fn store_bench_opens_the_same_store_three_ways() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let work = tempfile::tempdir().unwrap();
    let v = run_json(
        bench()
            .args(["store", "--json", "--sites", "3000", "--queries", "60"])
            .arg("--corpus")
            .arg(&corpus)
            .arg("--work")
            .arg(work.path()),
    );
    let ways = &v["ways"];
    assert!(ways["cold"]["sidecar"]["read"]
        .as_str()
        .unwrap()
        .starts_with("Rebuilt"));
    assert_eq!(ways["cold"]["sidecar"]["written"], true);
    assert_eq!(ways["warm"]["sidecar"]["read"], "Current");
    for way in ["whole", "cold", "warm"] {
        assert_eq!(ways[way]["verdicts"], ways["whole"]["verdicts"]);
        assert!(ways[way]["open_s"].as_f64().unwrap() > 0.0);
        assert!(ways[way]["peak_bytes"].as_u64().unwrap() > 0);
    }
    let found = ways["warm"]["queries_with_a_candidate"].as_u64().unwrap();
    assert!((30..60).contains(&found), "{v}");
    assert!(v["sidecar_bytes"].as_u64().unwrap() > 0);
    // Both ways of adding give the ids after the store's 3000 (the run
    // fails unless they agree), and leave the store as it was made.
    let add = &v["add"]["ways"];
    assert_eq!(add["addappend"]["ids"], serde_json::json!([3001, 4000]));
    assert_eq!(add["addwhole"]["ids"], add["addappend"]["ids"]);
    let made = std::fs::metadata(work.path().join("known.cdstore")).unwrap();
    assert_eq!(made.len(), v["store_bytes"].as_u64().unwrap());
}
