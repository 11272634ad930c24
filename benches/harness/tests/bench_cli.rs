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
