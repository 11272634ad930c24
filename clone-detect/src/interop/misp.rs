//! A MISP event in the MISP core format (`{"Event": {…}}`), for import in
//! MISP (Events → Add from JSON, or PyMISP).
//!
//! Only object templates, relations, attribute types and object
//! relationships that MISP ships are used (the misp-objects of PyMISP
//! 2.5.34.4):
//!
//! - each checked site is one **`url`** object (`url`, `domain` or `ip`
//!   for an address, `dom-hash`, `text`: the page title, `last-seen`: when
//!   it was checked), or a **`file`** object (`path`, `dom-hash`, `text`)
//!   for a folder or an archive checked offline. Its comment says the
//!   verdict: outcome, known site, score and threshold, and the template
//!   and text simhashes and Shodan HTML hash, which MISP has no type for;
//! - its favicon is a **`favicon`** object (`favicon-mmh3`, `link`; its
//!   SHA-256 and MD5 in the comment, the template has no field for them)
//!   and its response headers an **`hhhash`** object (`hhhash`,
//!   `hhhash-tool`), both referenced from the site as `characterized-by`;
//! - the known site it matches is an **`internal-reference`** object
//!   (`identifier`: `clone-detect known site #ID`, `type`, `comment`: its
//!   label), referenced from the site as `variant-of` (a reincarnation) or
//!   `related-to` (a match in review), with the score in the reference's
//!   comment;
//! - the event's own attributes (`text`, category Other, not correlated)
//!   name the tool, the build's commit and the model's SHA-256.
//!
//! Only a reincarnation's URL, domain or address is marked for detection
//! (`to_ids`); hashes that many sites of one template share are not. The
//! event is unpublished, for your organisation only (distribution 0),
//! analysis *initial*, threat level *undefined*: sharing is a person's
//! decision.
//!
//! Identifiers are version 5 UUIDs: the event's of its results (without
//! their times) and the provenance, so exporting the same results again
//! gives the same event (MISP updates it); every object's, attribute's
//! and reference's of the event's and its place in it. Timestamps are the
//! results' (when each check finished); the event's date is the first
//! check's day.

use std::collections::BTreeMap;

use serde_json::{json, Value};
use uuid::Uuid;

use super::{rfc3339, summary, uuid5, Export, SiteResult};
use crate::watch::Outcome;

/// A MISP object template: name, UUID, version, meta-category,
/// description (as misp-objects defines them).
struct Template {
    name: &'static str,
    uuid: &'static str,
    version: u32,
    meta_category: &'static str,
    description: &'static str,
}

const URL: Template = Template {
    name: "url",
    uuid: "60efb77b-40b5-4c46-871b-ed1ed999fce5",
    version: 10,
    meta_category: "network",
    description: "url object describes an url along with its normalized field (like extracted \
                  using faup parsing library) and its metadata.",
};
const FILE: Template = Template {
    name: "file",
    uuid: "688c46fb-5edb-40a3-8273-1af7923e2215",
    version: 25,
    meta_category: "file",
    description: "File object describing a file with meta-information",
};
const FAVICON: Template = Template {
    name: "favicon",
    uuid: "485892f1-a767-4e9b-b5f8-7f86d1308674",
    version: 1,
    meta_category: "network",
    description: "A favicon, also known as a shortcut icon, website icon, tab icon, URL icon, or \
                  bookmark icon, is a file containing one or more small icons, associated with a \
                  particular website or web page. The object template can include the murmur3 \
                  hash of the favicon to facilitate correlation.",
};
const HHHASH: Template = Template {
    name: "hhhash",
    uuid: "4dbcde93-a4e0-4bee-913c-0988b5259d14",
    version: 2,
    meta_category: "misc",
    description: "An object describing a HHHash object with the hash value along with the \
                  crawling parameters. For more information: \
                  https://www.foo.be/2023/07/HTTP-Headers-Hashing_HHHash",
};
const INTERNAL_REFERENCE: Template = Template {
    name: "internal-reference",
    uuid: "a3984dc5-5f70-4776-9262-c19641c0ff6a",
    version: 2,
    meta_category: "misc",
    description: "Internal reference.",
};

/// Distribution of objects and attributes: the event's.
const INHERIT: &str = "5";

/// The event of an export.
pub fn event(export: &Export) -> Value {
    let event_uuid = event_uuid(export);
    let results = export.results();
    let first = results.iter().map(|r| r.checked_at).min().unwrap_or(0);
    let last = results.iter().map(|r| r.checked_at).max().unwrap_or(0);
    let mut objects = Vec::new();
    // Known sites, once each, stamped with the last result that names them.
    let mut known: BTreeMap<u64, (Uuid, &str, u64)> = BTreeMap::new();
    for r in results {
        if let Some(m) = &r.matched {
            let entry = known.entry(m.id).or_insert((
                uuid5(&event_uuid, &format!("known\n{}", m.id)),
                m.label.as_str(),
                r.checked_at,
            ));
            entry.2 = entry.2.max(r.checked_at);
        }
    }
    for (i, r) in results.iter().enumerate() {
        objects.extend(site_objects(export, &event_uuid, i, r, &known));
    }
    for (id, (uuid, label, at)) in &known {
        let mut o = Object::new(&INTERNAL_REFERENCE, *uuid, *at);
        o.comment = format!("known site #{id} of the clone-detect store");
        o.add(
            "identifier",
            "text",
            "Other",
            &format!("clone-detect known site #{id}"),
        );
        o.add("type", "text", "Other", "clone-detect known site");
        o.add("comment", "comment", "Other", label);
        objects.push(o.json());
    }
    let p = export.provenance();
    let mut provenance = vec![("tool that produced the event", p.tool.clone())];
    if let Some(commit) = &p.commit {
        provenance.push(("git commit of the build", commit.clone()));
    }
    provenance.push(("SHA-256 of the fused model", p.model_sha256.clone()));
    let attributes: Vec<Value> = provenance
        .into_iter()
        .map(|(comment, value)| {
            let mut a = attribute(&event_uuid, "", "text", "Other", &value, last);
            a["comment"] = comment.into();
            a["disable_correlation"] = true.into();
            a
        })
        .collect();
    let count = |o: Outcome| results.iter().filter(|r| r.outcome == o).count();
    json!({
        "Event": {
            "uuid": event_uuid.to_string(),
            "info": format!(
                "clone-detect: {} checked: {}, {} in review ({})",
                plural(results.len(), "site"),
                plural(count(Outcome::Reincarnation), "reincarnation"),
                count(Outcome::Review),
                p.summary()
            ),
            "date": rfc3339(first)[..10],
            "timestamp": last.to_string(),
            "published": false,
            "analysis": "0",
            "threat_level_id": "4",
            "distribution": "0",
            "Attribute": attributes,
            "Object": objects,
        }
    })
}

/// The event's UUID: of its results without their times, and of the
/// provenance.
fn event_uuid(export: &Export) -> Uuid {
    let timeless: Vec<SiteResult> = export
        .results()
        .iter()
        .map(|r| SiteResult {
            checked_at: 0,
            ..r.clone()
        })
        .collect();
    let content =
        serde_json::to_string(&(timeless, export.provenance())).expect("results serialise");
    uuid5(&super::namespace(), &format!("misp-event\n{content}"))
}

/// The objects of one result: the site, its favicon and headers.
fn site_objects(
    export: &Export,
    event: &Uuid,
    i: usize,
    r: &SiteResult,
    known: &BTreeMap<u64, (Uuid, &str, u64)>,
) -> Vec<Value> {
    let at = r.checked_at;
    let site_uuid = uuid5(event, &format!("site\n{i}\n{}", r.source));
    let s = &r.signals;
    let ioc = r.outcome == Outcome::Reincarnation;
    let mut site = match &r.url {
        Some(url) => {
            let mut o = Object::new(&URL, site_uuid, at);
            o.add_ids("url", "url", "Network activity", url, ioc);
            if let Some(host) = &r.domain {
                if host.parse::<std::net::IpAddr>().is_ok() {
                    o.add_ids("ip", "ip-dst", "Network activity", host, ioc);
                } else {
                    o.add_ids("domain", "domain", "Network activity", host, ioc);
                }
            }
            o
        }
        None => {
            let mut o = Object::new(&FILE, site_uuid, at);
            o.add("path", "text", "Other", &r.source);
            o
        }
    };
    if let Some(h) = &s.domhash {
        site.add("dom-hash", "dom-hash", "Network activity", h);
    }
    if let Some(t) = &s.title {
        site.add("text", "text", "Other", t);
    }
    if r.url.is_some() {
        site.add("last-seen", "datetime", "Other", &rfc3339(at));
    }
    let mut comment = format!("clone-detect: {}", summary(r));
    for (name, value) in [
        (
            "template simhash",
            s.template_simhash.map(|h| h.to_string()),
        ),
        ("text simhash", s.text_simhash.map(|h| h.to_string())),
        ("Shodan html hash", s.html_mmh3.map(|h| h.to_string())),
    ] {
        if let Some(v) = value {
            comment += &format!("; {name} {v}");
        }
    }
    for (what, text) in [("reason", &r.reason), ("error", &r.error)] {
        if let Some(t) = text {
            comment += &format!("; {what}: {t}");
        }
    }
    site.comment = comment;
    let mut out = Vec::new();
    if let Some(mmh3) = s.favicon_mmh3 {
        let mut o = Object::new(&FAVICON, uuid5(&site_uuid, "favicon"), at);
        o.add(
            "favicon-mmh3",
            "favicon-mmh3",
            "Network activity",
            &mmh3.to_string(),
        );
        if let Some(link) = s.favicon_url.as_deref().filter(|u| is_web_url(u)) {
            o.add("link", "link", "External analysis", link);
        }
        let hashes: Vec<String> = [("SHA-256", &s.favicon_sha256), ("MD5", &s.favicon_md5)]
            .iter()
            .filter_map(|(name, h)| h.as_ref().map(|h| format!("{name} {h}")))
            .collect();
        o.comment = format!("favicon of {}", r.source);
        if !hashes.is_empty() {
            o.comment += &format!(": {}", hashes.join(", "));
        }
        site.reference(o.uuid, "characterized-by", "");
        out.push(o);
    }
    if let Some(h) = &s.hhhash {
        let mut o = Object::new(&HHHASH, uuid5(&site_uuid, "hhhash"), at);
        o.comment = format!("response headers of {}", r.source);
        o.add("hhhash", "text", "Other", h);
        o.add("hhhash-tool", "text", "Other", &export.provenance().tool);
        site.reference(o.uuid, "characterized-by", "");
        out.push(o);
    }
    if let Some((target, _, _)) = r.matched.as_ref().and_then(|m| known.get(&m.id)) {
        let relationship = match r.outcome {
            Outcome::Reincarnation => "variant-of",
            _ => "related-to",
        };
        let why = format!(
            "clone-detect: {}; {}",
            summary(r),
            export.provenance().summary()
        );
        site.reference(*target, relationship, &why);
    }
    std::iter::once(site).chain(out).map(|o| o.json()).collect()
}

/// An object being built.
struct Object {
    template: &'static Template,
    uuid: Uuid,
    timestamp: u64,
    comment: String,
    attributes: Vec<Value>,
    references: Vec<Value>,
}

impl Object {
    fn new(template: &'static Template, uuid: Uuid, timestamp: u64) -> Self {
        Self {
            template,
            uuid,
            timestamp,
            comment: String::new(),
            attributes: Vec::new(),
            references: Vec::new(),
        }
    }

    /// Adds an attribute not marked for detection.
    fn add(&mut self, relation: &str, kind: &str, category: &str, value: &str) {
        self.add_ids(relation, kind, category, value, false);
    }

    fn add_ids(&mut self, relation: &str, kind: &str, category: &str, value: &str, ids: bool) {
        let mut a = attribute(&self.uuid, relation, kind, category, value, self.timestamp);
        a["object_relation"] = relation.into();
        a["to_ids"] = ids.into();
        self.attributes.push(a);
    }

    fn reference(&mut self, target: Uuid, relationship: &str, comment: &str) {
        let uuid = uuid5(&self.uuid, &format!("reference\n{relationship}\n{target}"));
        self.references.push(json!({
            "uuid": uuid.to_string(),
            "object_uuid": self.uuid.to_string(),
            "referenced_uuid": target.to_string(),
            "relationship_type": relationship,
            "comment": comment,
            "timestamp": self.timestamp.to_string(),
        }));
    }

    fn json(self) -> Value {
        let t = self.template;
        json!({
            "name": t.name,
            "meta-category": t.meta_category,
            "description": t.description,
            "template_uuid": t.uuid,
            "template_version": t.version.to_string(),
            "uuid": self.uuid.to_string(),
            "timestamp": self.timestamp.to_string(),
            "distribution": INHERIT,
            "sharing_group_id": "0",
            "comment": self.comment,
            "deleted": false,
            "Attribute": self.attributes,
            "ObjectReference": self.references,
        })
    }
}

/// An attribute whose UUID derives from its owner's, its relation and its
/// value.
fn attribute(
    owner: &Uuid,
    relation: &str,
    kind: &str,
    category: &str,
    value: &str,
    timestamp: u64,
) -> Value {
    json!({
        "uuid": uuid5(owner, &format!("attribute\n{relation}\n{kind}\n{value}")).to_string(),
        "type": kind,
        "category": category,
        "value": value,
        "to_ids": false,
        "distribution": INHERIT,
        "sharing_group_id": "0",
        "comment": "",
        "deleted": false,
        "disable_correlation": false,
        "timestamp": timestamp.to_string(),
    })
}

/// `1 site`, `2 sites`.
fn plural(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

fn is_web_url(text: &str) -> bool {
    url::Url::parse(text).is_ok_and(|u| matches!(u.scheme(), "http" | "https"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interop::tests::sample;

    fn objects(event: &Value) -> &Vec<Value> {
        event["Event"]["Object"].as_array().unwrap()
    }

    #[test]
    fn every_reference_points_to_an_object_of_the_event() {
        let event = event(&sample());
        let uuids: Vec<&str> = objects(&event)
            .iter()
            .map(|o| o["uuid"].as_str().unwrap())
            .collect();
        let mut all = uuids.clone();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), uuids.len(), "object UUIDs are unique");
        let references: Vec<&Value> = objects(&event)
            .iter()
            .flat_map(|o| o["ObjectReference"].as_array().unwrap())
            .collect();
        assert!(!references.is_empty());
        for r in references {
            assert!(
                uuids.contains(&r["referenced_uuid"].as_str().unwrap()),
                "{r}"
            );
        }
    }

    #[test]
    fn sites_are_url_or_file_objects_and_only_a_reincarnation_is_an_ioc() {
        let event = event(&sample());
        let names: Vec<&str> = objects(&event)
            .iter()
            .map(|o| o["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            names,
            [
                "url",
                "favicon",
                "hhhash",
                "url",
                "url",
                "url",
                "file",
                "internal-reference"
            ]
        );
        let mirror = &objects(&event)[0];
        let ids: Vec<(&str, bool)> = mirror["Attribute"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                (
                    a["object_relation"].as_str().unwrap(),
                    a["to_ids"].as_bool().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            ids,
            [
                ("url", true),
                ("domain", true),
                ("dom-hash", false),
                ("text", false),
                ("last-seen", false)
            ]
        );
        let relation = |o: &Value| o["ObjectReference"][2]["relationship_type"].clone();
        assert_eq!(relation(mirror), "variant-of");
        assert_eq!(
            objects(&event)[3]["ObjectReference"][0]["relationship_type"],
            "related-to"
        );
        // The address of a URL is an ip attribute.
        let unrelated = &objects(&event)[4]["Attribute"];
        assert_eq!(unrelated[1]["type"], "ip-dst");
        assert_eq!(unrelated[1]["to_ids"], false);
    }
}
