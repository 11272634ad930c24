//! A STIX 2.1 bundle: the observables of each match and, for each
//! confirmed reincarnation, an indicator of the known site it is.
//!
//! - the producer is one **`identity`** (`clone-detect`, class `system`),
//!   the same object in every bundle, and `created_by_ref` of every SDO
//!   and relationship;
//! - each known site that a result matches is an **`infrastructure`**
//!   (`name`: its label; `infrastructure_types`: `unknown`);
//! - each reincarnation or match in review gives its observables:
//!   **`domain-name`** (or **`ipv4-addr`**/**`ipv6-addr`** for an address)
//!   and **`url`**;
//! - a reincarnation gets an **`indicator`** with a STIX pattern on its
//!   name (`[domain-name:value = 'mirror.example']`), valid from when it
//!   was checked, `confidence` the score in percent, its description the
//!   verdict and the provenance (tool, commit, model SHA-256); the
//!   indicator `indicates` the infrastructure, which `consists-of` the
//!   observables;
//! - a match in review is only `related-to` the infrastructure (from each
//!   observable): a person has not confirmed it.
//!
//! Unrelated, unreachable, failed and skipped results are left out: STIX
//! has no object that consumers act on for "checked, nothing found" (the
//! CSV export lists every result).
//!
//! Identifiers: the observables' are the version 5 UUIDs that the STIX 2.1
//! specification defines (namespace `00abedb4-aa42-466c-9c01-fed23315a9b7`,
//! the JSON of the ID contributing property `value`), so other producers
//! name the same observable alike; every other object's is the version 5
//! UUID of its content and its creation time, in clone-detect's namespace.
//! `created` and `modified` are when the result was checked (an
//! infrastructure's: the first result that matched it). Values in
//! patterns are quoted and escaped as the pattern grammar requires
//! (`\'` and `\\`).

use std::collections::BTreeMap;
use std::net::IpAddr;

use serde_json::{json, Value};
use uuid::Uuid;

use super::{rfc3339_millis, summary, uuid5, Export};
use crate::watch::Outcome;

/// The namespace of the deterministic identifiers of STIX Cyber-observable
/// Objects (STIX 2.1, section 2.9).
pub const SCO_NAMESPACE: Uuid = Uuid::from_u128(0x00abedb4_aa42_466c_9c01_fed23315a9b7);

/// When the producer's identity object was first written (the same in
/// every bundle, so that consumers keep one copy).
const IDENTITY_CREATED: &str = "2026-11-28T00:00:00.000Z";

/// The bundle of an export.
pub fn bundle(export: &Export) -> Value {
    let ns = super::namespace();
    let identity = format!("identity--{}", uuid5(&ns, "identity\nclone-detect"));
    let mut objects = vec![json!({
        "type": "identity",
        "spec_version": "2.1",
        "id": identity,
        "created": IDENTITY_CREATED,
        "modified": IDENTITY_CREATED,
        "name": "clone-detect",
        "description": "Recognises a known website come back under another name.",
        "identity_class": "system",
    })];
    let matches: Vec<_> = export
        .results()
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Reincarnation | Outcome::Review))
        .filter_map(|r| Some((r, r.matched.as_ref()?)))
        .collect();
    // One infrastructure per known site, created at its first match.
    let mut known: BTreeMap<u64, (String, &str, u64)> = BTreeMap::new();
    for (r, m) in &matches {
        let first = known
            .get(&m.id)
            .map_or(r.checked_at, |k| k.2.min(r.checked_at));
        known.insert(m.id, (String::new(), m.label.as_str(), first));
    }
    for (id, (stix_id, label, created)) in &mut known {
        let at = rfc3339_millis(*created);
        *stix_id = format!(
            "infrastructure--{}",
            uuid5(&ns, &format!("infrastructure\n{id}\n{label}\n{at}"))
        );
        objects.push(json!({
            "type": "infrastructure",
            "spec_version": "2.1",
            "id": stix_id,
            "created_by_ref": identity,
            "created": at,
            "modified": at,
            "name": label,
            "description": format!("Known site #{id} of the clone-detect store."),
            "infrastructure_types": ["unknown"],
        }));
    }
    let mut seen = std::collections::BTreeSet::new();
    for (r, m) in matches {
        let at = rfc3339_millis(r.checked_at);
        let infrastructure = &known[&m.id].0;
        let mut observables = Vec::new();
        let mut pattern = None;
        if let Some(host) = &r.domain {
            let kind = match host.parse::<IpAddr>() {
                Ok(IpAddr::V4(_)) => "ipv4-addr",
                Ok(IpAddr::V6(_)) => "ipv6-addr",
                Err(_) => "domain-name",
            };
            pattern = Some(format!("[{kind}:value = {}]", quote(host)));
            observables.push(observable(kind, host));
        }
        if let Some(url) = &r.url {
            pattern.get_or_insert_with(|| format!("[url:value = {}]", quote(url)));
            observables.push(observable("url", url));
        }
        let relationship = |source: &str, kind: &str, target: &str, description: &str| {
            let id = uuid5(
                &ns,
                &format!("relationship\n{source}\n{kind}\n{target}\n{at}"),
            );
            json!({
                "type": "relationship",
                "spec_version": "2.1",
                "id": format!("relationship--{id}"),
                "created_by_ref": identity,
                "created": at,
                "modified": at,
                "relationship_type": kind,
                "source_ref": source,
                "target_ref": target,
                "description": description,
            })
        };
        let why = format!("clone-detect: {}: {}", r.source, summary(r));
        let name = r.domain.as_deref().unwrap_or(&r.source);
        let mut relationships = Vec::new();
        let mut indicators = Vec::new();
        match (r.outcome, pattern) {
            (Outcome::Reincarnation, Some(pattern)) => {
                let indicator = format!(
                    "indicator--{}",
                    uuid5(&ns, &format!("indicator\n{pattern}\n{}\n{at}", m.id))
                );
                indicators.push(json!({
                    "type": "indicator",
                    "spec_version": "2.1",
                    "id": indicator,
                    "created_by_ref": identity,
                    "created": at,
                    "modified": at,
                    "name": format!("{name}: reincarnation of {}", m.label),
                    "description": format!("{why}; {}", export.provenance().summary()),
                    "indicator_types": ["attribution"],
                    "pattern": pattern,
                    "pattern_type": "stix",
                    "pattern_version": "2.1",
                    "valid_from": at,
                    "confidence": confidence(r.score),
                }));
                relationships.push(relationship(&indicator, "indicates", infrastructure, &why));
                for (id, _) in &observables {
                    relationships.push(relationship(infrastructure, "consists-of", id, &why));
                }
            }
            _ => {
                for (id, _) in &observables {
                    relationships.push(relationship(id, "related-to", infrastructure, &why));
                }
            }
        }
        // The same site checked twice gives the same objects once.
        let observables = observables.into_iter().map(|(_, o)| o);
        for object in indicators
            .into_iter()
            .chain(observables)
            .chain(relationships)
        {
            if seen.insert(object["id"].as_str().unwrap_or_default().to_string()) {
                objects.push(object);
            }
        }
    }
    let ids: Vec<&str> = objects.iter().filter_map(|o| o["id"].as_str()).collect();
    let bundle = uuid5(&ns, &format!("bundle\n{}", ids.join("\n")));
    json!({
        "type": "bundle",
        "id": format!("bundle--{bundle}"),
        "objects": objects,
    })
}

/// A Cyber-observable object with a `value` (its only ID contributing
/// property) and its id.
fn observable(kind: &str, value: &str) -> (String, Value) {
    let id = format!("{kind}--{}", sco_uuid(value));
    let object = json!({
        "type": kind,
        "spec_version": "2.1",
        "id": id,
        "value": value,
    });
    (id, object)
}

/// The deterministic UUID of an observable whose ID contributing
/// properties are `{"value": value}`: the canonical JSON (RFC 8785: no
/// spaces, keys sorted, strings escaped as JSON requires and nothing more,
/// which is what serde_json writes) in [`SCO_NAMESPACE`].
pub fn sco_uuid(value: &str) -> Uuid {
    let canonical = serde_json::to_string(&json!({ "value": value })).expect("a string serialises");
    uuid5(&SCO_NAMESPACE, &canonical)
}

/// A string literal of the STIX patterning grammar: in single quotes, a
/// quote and a backslash escaped with a backslash.
pub fn quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('\'');
    for c in value.chars() {
        if matches!(c, '\'' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('\'');
    out
}

/// A score in [0, 1] as STIX confidence (0 to 100).
fn confidence(score: Option<f64>) -> u8 {
    // Clamped and rounded: the cast cannot truncate.
    (score.unwrap_or(0.0).clamp(0.0, 1.0) * 100.0).round() as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interop::tests::sample;

    #[test]
    fn pattern_strings_escape_quotes_and_backslashes() {
        let cases = [
            ("mirror.example", r"'mirror.example'"),
            ("o'brien.example", r"'o\'brien.example'"),
            (r"a\b", r"'a\\b'"),
            (r"\'", r"'\\\''"),
            ("", "''"),
            ("ünïcode\n", "'ünïcode\n'"),
        ];
        for (value, quoted) in cases {
            assert_eq!(quote(value), quoted, "{value:?}");
        }
    }

    #[test]
    fn observable_ids_follow_the_specification() {
        // The ids stix2 (the OASIS Python library) gives these values.
        assert_eq!(
            sco_uuid("example.com").to_string(),
            "bedb4899-d24b-5401-bc86-8f6b4cc18ec7"
        );
        // A quote in the value is escaped in the canonical JSON.
        assert_ne!(sco_uuid("a\"b"), sco_uuid("a'b"));
    }

    #[test]
    fn a_site_checked_twice_gives_its_objects_once() {
        let mut results = sample().results().to_vec();
        results.push(results[0].clone());
        let export = Export::new(results, sample().provenance().clone()).unwrap();
        let bundle = bundle(&export);
        let mut ids: Vec<&str> = bundle["objects"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["id"].as_str().unwrap())
            .collect();
        let all = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), all);
    }

    #[test]
    fn a_reincarnation_has_an_indicator_a_review_only_a_relationship() {
        let bundle = bundle(&sample());
        let objects = bundle["objects"].as_array().unwrap();
        let of =
            |kind: &str| -> Vec<&Value> { objects.iter().filter(|o| o["type"] == kind).collect() };
        let indicators = of("indicator");
        assert_eq!(indicators.len(), 1);
        assert_eq!(
            indicators[0]["pattern"],
            "[domain-name:value = 'mirror.example']"
        );
        assert_eq!(indicators[0]["confidence"], 100);
        assert_eq!(of("infrastructure").len(), 1);
        let kinds: Vec<&str> = of("relationship")
            .iter()
            .map(|r| r["relationship_type"].as_str().unwrap())
            .collect();
        assert_eq!(
            kinds,
            [
                "indicates",
                "consists-of",
                "consists-of",
                "related-to",
                "related-to"
            ]
        );
        let domains: Vec<&str> = of("domain-name")
            .iter()
            .map(|d| d["value"].as_str().unwrap())
            .collect();
        assert_eq!(domains, ["mirror.example", "o'brien\\.example"]);
        // Every reference resolves inside the bundle.
        let ids: Vec<&str> = objects.iter().map(|o| o["id"].as_str().unwrap()).collect();
        for o in objects {
            for key in ["source_ref", "target_ref", "created_by_ref"] {
                if let Some(r) = o[key].as_str() {
                    assert!(ids.contains(&r), "{key} {r}");
                }
            }
        }
    }
}
