//! Exports for analysts (issue 18): `check --format misp|stix|csv` and
//! `watch export`, read back with the reference tools: PyMISP loads the
//! MISP event, stix2-validator validates the STIX bundle and Python's csv
//! module parses the table. The sites are corpus sites served on loopback
//! under made-up names (pinned with `--resolve`): a mirror of a known site
//! and an unrelated site.

use clone_detect_tests::tempfile;

use std::path::{Path, PathBuf};

use crate::common::{bin, run, site};
use clone_detect_tests::run_reference_python;
use clone_detect_tests::server::Server;
use serde_json::Value;

const MIRROR: &str = "markdown-mirror.test";
const UNRELATED: &str = "xml.test";

/// Loads the event with PyMISP; checks every object, attribute and
/// reference against the templates, types and relationships PyMISP ships;
/// prints the objects as JSON.
const MISP_CHECK: &str = r#"
import json, os, sys
import pymisp
from pymisp import MISPEvent

data = os.path.join(os.path.dirname(pymisp.__file__), "data")
described = json.load(open(os.path.join(data, "describeTypes.json")))["result"]
relationships = {r["name"] for r in json.load(open(
    os.path.join(data, "misp-objects", "relationships", "definition.json")))["values"]}

def check_attribute(a):
    assert a.type in described["types"], a.type
    assert a.type in described["category_type_mappings"][a.category], (a.type, a.category)

event = MISPEvent()
event.load(open(sys.argv[1], encoding="utf-8").read())
assert event.uuid and event.info and event.date
for a in event.attributes:
    check_attribute(a)
by_uuid = {o.uuid: o for o in event.objects}
assert len(by_uuid) == len(event.objects), "object UUIDs are unique"
shown = []
for o in event.objects:
    template = json.load(open(os.path.join(
        data, "misp-objects", "objects", o.name, "definition.json")))
    assert o.template_uuid == template["uuid"], o.name
    assert int(o.template_version) == template["version"], o.name
    relations = [a.object_relation for a in o.attributes]
    for a in o.attributes:
        spec = template["attributes"][a.object_relation]
        assert a.type == spec["misp-attribute"], (o.name, a.object_relation, a.type)
        assert spec.get("multiple") or relations.count(a.object_relation) == 1
        check_attribute(a)
    for r in template.get("required", []):
        assert r in relations, (o.name, r)
    if "requiredOneOf" in template:
        assert any(r in relations for r in template["requiredOneOf"]), o.name
    references = []
    for r in o.references:
        assert r.relationship_type in relationships, r.relationship_type
        assert r.referenced_uuid in by_uuid, r.referenced_uuid
        references.append([r.relationship_type, by_uuid[r.referenced_uuid].name,
                           r.referenced_uuid])
    shown.append({
        "name": o.name,
        "uuid": o.uuid,
        "comment": o.comment,
        "attributes": {a.object_relation: [str(a.value), a.to_ids] for a in o.attributes},
        "references": references,
    })
print(json.dumps({"uuid": event.uuid, "info": event.info, "objects": shown}))
"#;

/// Validates the bundle with stix2-validator, by default and strictly
/// (every SHOULD an error) but for `uuid-check`: objects other than
/// observables have name-based UUIDs on purpose, for deterministic
/// output. Checks the observables' ids as the specification derives them
/// and every pattern with the pattern validator; prints the bundle's
/// objects as JSON.
const STIX_CHECK: &str = r#"
import json, sys, uuid
from stix2validator import ValidationOptions, print_results, validate_string
from stix2patterns.validator import run_validator

text = open(sys.argv[1], encoding="utf-8").read()
for options in [ValidationOptions(version="2.1"),
                ValidationOptions(version="2.1", strict=True, disabled=["uuid-check"])]:
    results = validate_string(text, options)
    if not results.is_valid:
        print_results(results)
        sys.exit(1)
namespace = uuid.UUID("00abedb4-aa42-466c-9c01-fed23315a9b7")
objects = json.loads(text)["objects"]
for o in objects:
    if o["type"] in ("domain-name", "url", "ipv4-addr", "ipv6-addr"):
        canonical = json.dumps({"value": o["value"]}, separators=(",", ":"), ensure_ascii=False)
        assert o["id"] == o["type"] + "--" + str(uuid.uuid5(namespace, canonical)), o
    if o["type"] == "indicator":
        errors = run_validator(o["pattern"], stix_version="2.1")
        assert not errors, errors
print(json.dumps(objects))
"#;

/// Parses the CSV with Python's csv module; prints the rows as JSON.
const CSV_CHECK: &str = r#"
import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    print(json.dumps(list(csv.DictReader(f, strict=True))))
"#;

fn python(script: &str, file: &Path) -> Value {
    serde_json::from_str(&run_reference_python(script, &[file.as_os_str()])).unwrap()
}

/// A store with the known site the mirror copies.
fn store(dir: &Path) -> PathBuf {
    let db = dir.join("known.cdstore");
    let (code, _, err) = run(bin()
        .args(["known", "add", "--db"])
        .arg(&db)
        .arg(site("python-markdown-bookworm"))
        .arg(site("libfmt-bookworm")));
    assert_eq!(code, 0, "{err}");
    db
}

/// The mirror and the unrelated site, served: their URLs.
fn served() -> [String; 2] {
    [
        Server::folder(site("python-markdown-bookworm-mirror")).url_as(MIRROR, "/"),
        Server::folder(site("libxml2-bookworm")).url_as(UNRELATED, "/"),
    ]
}

/// Crawling options for the served sites.
fn crawl_args() -> Vec<String> {
    let mut args = vec!["--no-screenshot".into(), "--allow-private".into()];
    for host in [MIRROR, UNRELATED] {
        args.extend(["--resolve".into(), format!("{host}=127.0.0.1")]);
    }
    args
}

/// `check --format FORMAT` of both sites; `-o` when `output` is given,
/// else stdout. Returns stdout.
fn check(db: &Path, urls: &[String], format: &str, output: Option<&Path>) -> String {
    let mut cmd = bin();
    cmd.args(["check", "--format", format, "--db"])
        .arg(db)
        .args(crawl_args())
        .args(urls);
    if let Some(o) = output {
        cmd.arg("-o").arg(o);
    }
    let (code, out, err) = run(&mut cmd);
    assert_eq!(code, 3, "one site matches: {err}");
    out
}

fn object_with<'a>(objects: &'a [Value], relation: &str, value: &str) -> &'a Value {
    objects
        .iter()
        .find(|o| o["attributes"][relation][0] == value)
        .unwrap_or_else(|| panic!("no object with {relation} {value}: {objects:#?}"))
}

/// The MISP event of a mirror and an unrelated site: a url object each,
/// the mirror `variant-of` the known site, which is an object of the
/// event; only the mirror's names are marked for detection.
fn assert_misp(event: &Value) {
    let objects = event["objects"].as_array().unwrap();
    let mirror = object_with(objects, "domain", MIRROR);
    let unrelated = object_with(objects, "domain", UNRELATED);
    assert_eq!(mirror["name"], "url");
    assert_eq!(mirror["attributes"]["domain"][1], true, "{mirror}");
    assert_eq!(unrelated["attributes"]["domain"][1], false, "{unrelated}");
    assert!(mirror["comment"]
        .as_str()
        .unwrap()
        .contains("reincarnation"));
    assert!(
        unrelated["comment"].as_str().unwrap().contains("unrelated"),
        "{unrelated:#}"
    );
    let variant: Vec<&Value> = mirror["references"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r[0] == "variant-of")
        .collect();
    assert_eq!(variant.len(), 1, "{mirror}");
    assert_eq!(variant[0][1], "internal-reference");
    let known = objects.iter().find(|o| o["uuid"] == variant[0][2]).unwrap();
    assert_eq!(
        known["attributes"]["comment"][0], "python-markdown-bookworm",
        "{known}"
    );
    assert!(unrelated["references"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r[0] == "characterized-by"));
}

/// The STIX bundle: one indicator, on the mirror's name, indicating the
/// known site's infrastructure; nothing of the unrelated site.
fn assert_stix(objects: &Value) {
    let objects = objects.as_array().unwrap();
    let of = |kind: &str| -> Vec<&Value> { objects.iter().filter(|o| o["type"] == kind).collect() };
    let indicators = of("indicator");
    assert_eq!(indicators.len(), 1, "{objects:#?}");
    assert_eq!(
        indicators[0]["pattern"],
        format!("[domain-name:value = '{MIRROR}']")
    );
    let infrastructure = of("infrastructure");
    assert_eq!(infrastructure.len(), 1);
    assert_eq!(infrastructure[0]["name"], "python-markdown-bookworm");
    assert!(of("relationship")
        .iter()
        .any(|r| r["relationship_type"] == "indicates"
            && r["source_ref"] == indicators[0]["id"]
            && r["target_ref"] == infrastructure[0]["id"]));
    let domains: Vec<&Value> = of("domain-name").iter().map(|d| &d["value"]).collect();
    assert_eq!(domains, [MIRROR]);
    assert!(!serde_json::to_string(objects).unwrap().contains(UNRELATED));
}

#[test]
fn check_exports_load_in_pymisp_and_validate_as_stix() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    let urls = served();

    // MISP on stdout, in place of the verdicts.
    let misp = dir.path().join("event.json");
    std::fs::write(&misp, check(&db, &urls, "misp", None)).unwrap();
    let event = python(MISP_CHECK, &misp);
    assert_misp(&event);
    assert!(event["info"].as_str().unwrap().contains("1 reincarnation"));

    // STIX to a file.
    let stix = dir.path().join("bundle.json");
    let out = check(&db, &urls, "stix", Some(&stix));
    assert!(
        out.contains("REINCARNATION"),
        "the verdicts still print: {out}"
    );
    assert_stix(&python(STIX_CHECK, &stix));

    // --json and an export on stdout cannot share it.
    let (code, _, err) = run(bin()
        .args(["check", "--json", "--format", "csv", "--db"])
        .arg(&db)
        .arg(site("libxml2-bookworm")));
    assert_eq!(code, 2);
    assert!(err.contains("-o FILE"), "{err}");
}

/// Hostile text comes out of the CSV as it went in, and a title that is a
/// formula does not run in a spreadsheet.
#[test]
fn check_csv_neutralises_formulas_and_round_trips_hostile_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    let formula = dir.path().join("formula");
    // A folder name with a comma, quotes and a line break.
    let awkward = dir.path().join("a, \"b\"\nc");
    for (folder, title) in [
        (&formula, "=HYPERLINK(\"http://x\")"),
        (&awkward, "Shop, \"best\" prices"),
    ] {
        std::fs::create_dir(folder).unwrap();
        std::fs::write(
            folder.join("index.html"),
            format!("<html><head><title>{title}</title></head><body><p>hi</p></body></html>"),
        )
        .unwrap();
    }
    let table = dir.path().join("results.csv");
    let (code, _, err) = run(bin()
        .args(["check", "--format", "csv", "-o"])
        .arg(&table)
        .arg("--db")
        .arg(&db)
        .arg(&formula)
        .arg(&awkward)
        .arg(site("python-markdown-bookworm-mirror")));
    assert_eq!(code, 3, "{err}");
    let bytes = std::fs::read_to_string(&table).unwrap();
    assert!(bytes.starts_with("checked_at,source,domain,url,outcome,"));
    assert!(bytes.contains("\r\n"));
    let rows = python(CSV_CHECK, &table);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["title"], "'=HYPERLINK(\"http://x\")");
    assert_eq!(rows[0]["outcome"], "unrelated");
    assert_eq!(rows[1]["source"], awkward.to_str().unwrap());
    assert_eq!(rows[1]["title"], "Shop, \"best\" prices");
    assert_eq!(rows[2]["outcome"], "reincarnation");
    assert_eq!(rows[2]["match_label"], "python-markdown-bookworm");
    // A negative Shodan hash stays a number.
    assert!(rows[2]["favicon_mmh3"]
        .as_str()
        .unwrap()
        .parse::<i32>()
        .is_ok());
    for row in rows {
        assert!(row["tool"].as_str().unwrap().starts_with("clone-detect "));
        assert_eq!(row["model_sha256"].as_str().unwrap().len(), 64);
    }
}

#[test]
fn watch_export_of_the_state_folder() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    let urls = served();
    let (state, input) = (dir.path().join("state"), dir.path().join("candidates.txt"));
    std::fs::write(&input, urls.join("\n") + "\n").unwrap();
    let (code, _, err) = run(bin()
        .args(["watch", "--host-delay", "0", "--add-confirmed", "--db"])
        .arg(&db)
        .arg("--state")
        .arg(&state)
        .arg("--input")
        .arg(&input)
        .args(crawl_args()));
    assert_eq!(code, 0, "{err}");
    let export = |format: &str, extra: &[&str]| -> PathBuf {
        let file = dir.path().join(format!("export.{format}"));
        let (code, _, err) = run(bin()
            .args(["watch", "export", "--format", format, "--state"])
            .arg(&state)
            .args(extra)
            .arg("-o")
            .arg(&file));
        assert_eq!(code, 0, "{err}");
        file
    };

    let event = python(MISP_CHECK, &export("misp", &["--outcome", "all"]));
    assert_misp(&event);
    // The confirmed mirror's record kept its fingerprint: its favicon.
    let favicon = event["objects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == "favicon")
        .expect("the mirror's favicon");
    assert!(favicon["attributes"]["favicon-mmh3"][0]
        .as_str()
        .unwrap()
        .parse::<i32>()
        .is_ok());

    // By default only matches: the bundle is the same without --outcome.
    assert_stix(&python(STIX_CHECK, &export("stix", &[])));

    let rows = python(
        CSV_CHECK,
        &export("csv", &["--outcome", "reincarnation,unrelated"]),
    );
    let outcomes: Vec<(&str, &str)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["domain"].as_str().unwrap(),
                r["outcome"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(outcomes.len(), 2, "{rows}");
    assert!(outcomes.contains(&(MIRROR, "reincarnation")), "{rows}");
    assert!(outcomes.contains(&(UNRELATED, "unrelated")), "{rows}");

    // The same state exports the same bytes.
    let again = std::fs::read(export("stix", &[])).unwrap();
    assert_eq!(again, std::fs::read(export("stix", &[])).unwrap());
    // Not a state folder.
    let (code, _, err) = run(bin()
        .args(["watch", "export", "--format", "csv", "--state"])
        .arg(dir.path().join("nothing")));
    assert_eq!(code, 2);
    assert!(err.contains("not a watch state folder"), "{err}");
}
