//! The watch state lines: `candidates.jsonl`, `results.jsonl`,
//! `attempts.jsonl` and `decisions.jsonl`. The fuzz bytes are cut at 0xFF
//! bytes (never in JSON text) into those four files of a state folder, which
//! is then opened as a watch opens it (`WatchState::open`, through
//! `JsonlLog::open`), read as the commands read it (`read_records`,
//! `read_decisions`), and its outputs rebuilt from it (`rebuild_from_disk`:
//! the decisions fold, the blocking rules and the zone).
#![no_main]

use clone_detect::blocklist::{normalize_domain, DOMAINS_FILE};
use clone_detect::watch::decisions::{read_decisions, DECISIONS_FILE};
use clone_detect::watch::outputs::rebuild_from_disk;
use clone_detect::watch::state::{
    read_records, Attempt, Candidate, JsonlLog, WatchState, ATTEMPTS_FILE, CANDIDATES_FILE,
    RESULTS_FILE,
};
use clone_detect::watch::CheckRecord;
use clone_detect_fuzz::fresh_dir;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = fresh_dir("state");
    let mut parts = data.splitn(4, |&b| b == 0xFF);
    let files = [CANDIDATES_FILE, RESULTS_FILE, ATTEMPTS_FILE, DECISIONS_FILE];
    for name in files {
        std::fs::write(dir.join(name), parts.next().unwrap_or(&[])).expect("scratch write");
    }

    // Readers that leave the files alone.
    let (results, _) = read_records::<CheckRecord>(&dir.join(RESULTS_FILE)).expect("readable");
    let (decisions, _) = read_decisions(&dir).expect("readable");
    let _ = read_records::<Candidate>(&dir.join(CANDIDATES_FILE)).expect("readable");
    let _ = read_records::<Attempt>(&dir.join(ATTEMPTS_FILE)).expect("readable");

    // The outputs, from the results and decisions alone.
    if let Ok(rebuilt) = rebuild_from_disk(&dir) {
        for d in rebuilt.blocked.keys() {
            assert!(
                !rebuilt.allowed.contains_key(d),
                "{d:?} both blocked and allowed"
            );
        }
        let list = std::fs::read_to_string(dir.join(DOMAINS_FILE)).unwrap_or_default();
        for name in list.lines() {
            assert_eq!(
                normalize_domain(name).ok().as_deref(),
                Some(name),
                "the blocklist holds a name that is not a host name"
            );
        }
    }

    // A watch opening the folder: unfinished last lines are cut, the rest kept.
    let state = WatchState::open(&dir).expect("a state folder opens");
    assert_eq!(state.results_in_order().len(), state.results().len());
    let candidates = state.candidates().to_vec();
    drop(state);
    for name in [CANDIDATES_FILE, RESULTS_FILE, ATTEMPTS_FILE] {
        let bytes = std::fs::read(dir.join(name)).expect("readable");
        assert!(
            bytes.is_empty() || bytes.ends_with(b"\n"),
            "{name}: unfinished line left"
        );
    }
    let (_, again) = JsonlLog::open::<Candidate>(&dir.join(CANDIDATES_FILE)).expect("reopens");
    assert_eq!(again, candidates, "reopening changed the candidates");
    let (_, results_again) =
        JsonlLog::open::<CheckRecord>(&dir.join(RESULTS_FILE)).expect("reopens");
    assert_eq!(
        results_again.len(),
        results.len(),
        "opening lost complete result lines"
    );
    let _ = decisions;
});
