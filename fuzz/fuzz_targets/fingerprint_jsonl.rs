//! Fingerprint JSON Lines, as `check`, `known add` and `cluster` read them.
//! The reader (`read_jsonl` in clone-detect-cli/src/sources.rs) is CLI-only:
//! it splits the file into lines and calls `SiteFingerprint::from_json` on
//! each; this target does the same (and `serde_json::from_slice`), then
//! holds the parsed values to the laws the matcher relies on: they
//! round-trip through JSON, index into a `Matcher`, and the index's
//! candidates are exactly the linear scan's (the per-table cap is far above
//! the handful of sites here); scores are finite and within [0, 1]. A line
//! refused for a 64-bit hash that is not 16 hex digits is refused by serde
//! too.
#![no_main]

use clone_detect::index::SiteSignals;
use clone_detect::verdict::{FusedModel, Matcher};
use clone_detect::{Error, HashSpecs, SiteFingerprint};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parsed = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()).take(16) {
        let direct = serde_json::from_slice::<SiteFingerprint>(line.as_bytes());
        let fp = match SiteFingerprint::from_json(line) {
            Ok(fp) => fp,
            Err(Error::Hash { field, .. }) => {
                // A 64-bit hash that is not 16 hex digits: serde refuses the
                // line too (no reader drops the signal and goes on).
                assert!(direct.is_err(), "{field}: serde read an invalid hash");
                continue;
            }
            Err(_) => continue,
        };
        if let Ok(d) = direct {
            assert_eq!(d, fp, "from_json and from_slice disagree");
        }
        let json = serde_json::to_string(&fp).expect("serialisable");
        let back = SiteFingerprint::from_json(&json).expect("what was written reads back");
        assert_eq!(back, fp, "JSON round trip changed the fingerprint");
        let _ = SiteSignals::of(&fp);
        parsed.push(fp);
    }
    let current = HashSpecs::current();
    let comparable: Vec<&SiteFingerprint> = parsed
        .iter()
        .filter(|fp| fp.specs.ensure_comparable(&current).is_ok())
        .collect();
    if comparable.is_empty() {
        return;
    }
    let model = FusedModel::shipped();
    let matcher = Matcher::new(
        comparable
            .iter()
            .enumerate()
            .map(|(i, fp)| (i as u64 + 1, "known", *fp)),
        model,
    )
    .expect("comparable fingerprints index");
    for fp in &comparable {
        let verdict = matcher.check(fp).expect("a comparable fingerprint checks");
        assert!(
            verdict.score.is_finite() && (0.0..=1.0).contains(&verdict.score),
            "score {}",
            verdict.score
        );
        serde_json::to_string(&verdict).expect("a verdict serialises");
        let query = SiteSignals::of(fp);
        let index = matcher.index();
        assert_eq!(
            index.candidates(&query),
            index.scan_candidates(&query),
            "index differs from scan"
        );
        let all = matcher.score(&query, true);
        assert_eq!(all.len(), comparable.len());
        for s in &all {
            assert!(
                s.score.is_finite() && (0.0..=1.0).contains(&s.score),
                "score {}",
                s.score
            );
        }
    }
    for pos in 0..comparable.len() as u32 {
        let _ = matcher.score_among(pos, false);
    }
});
