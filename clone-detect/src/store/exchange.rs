//! Sharing a store: every known site (fingerprint, label, dates, tags) and
//! the lineage of confirmed reincarnations, as JSON Lines another analyst
//! imports into a store of their own.
//!
//! The file is one header line, then one line per site in id order, then
//! one line per reincarnation:
//!
//! ```text
//! {"format":"clone-detect-known-sites","version":1,"exported_at":"…","tool":"clone-detect 0.1.0","sites":2,"reincarnations":1}
//! {"site":{"id":1,"label":"seized market","added_at":"…","first_seen":"…",…,"fingerprint":{…}}}
//! {"reincarnation":{"of":1,"domain":"market2.example","first_seen":"…","matched":1,"score":0.93,"site":2}}
//! ```
//!
//! Importing gives the sites ids of the receiving store (the lineage is
//! renumbered with them) and keeps everything else as it was exported:
//! labels, the dates, the tags. Links to sites the file does not hold
//! (sites removed from the exporting store) are cut and counted. An
//! import is all or nothing: any invalid line (bad JSON, a date that is not
//! RFC 3339, a fingerprint of other hash specs, more lines than the header
//! announces) refuses the whole file, naming the line, before anything is
//! written; the sites are then written in one append and one `fsync` (a
//! crash in the middle of that write leaves the records before it, as for
//! [`KnownStore::add_all`]).

use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::path::Path;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::{KnownSite, KnownStore, Reincarnation};
use crate::{Error, Result};

/// What the header line's `format` says.
pub const EXPORT_FORMAT: &str = "clone-detect-known-sites";
/// The version of the export format this build writes and reads.
pub const EXPORT_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    format: String,
    version: u32,
    exported_at: String,
    tool: String,
    sites: usize,
    reincarnations: usize,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum Line {
    Site(Box<KnownSite>),
    Reincarnation(Reincarnation),
}

/// What an export or an import carried.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Exchanged {
    /// Known sites.
    pub sites: usize,
    /// Reincarnations of the lineage.
    pub reincarnations: usize,
    /// On import: links to sites the export does not hold (sites removed
    /// from the exporting store), dropped. A reincarnation of such a site
    /// is left out (and counted here); a link from a kept one (the site it
    /// matched, the site added for it, a site's lineage) is cut.
    pub unlinked: usize,
}

impl KnownStore {
    /// Writes every known site and the lineage as JSON Lines (see the
    /// [module documentation](self)).
    ///
    /// # Errors
    /// [`Error::Io`] when writing fails (named `out_name`).
    pub fn export(&self, mut out: impl Write, out_name: &Path) -> Result<Exchanged> {
        let io = |e| Error::io(out_name, e);
        let reincarnations: Vec<&Reincarnation> = self.lineage.values().flatten().collect();
        let header = Header {
            format: EXPORT_FORMAT.into(),
            version: EXPORT_VERSION,
            exported_at: humantime::format_rfc3339_seconds(SystemTime::now()).to_string(),
            tool: concat!("clone-detect ", env!("CARGO_PKG_VERSION")).into(),
            sites: self.sites.len(),
            reincarnations: reincarnations.len(),
        };
        write_line(&mut out, &header).map_err(io)?;
        for site in self.sites.values() {
            write_line(&mut out, &Line::Site(Box::new(site.clone()))).map_err(io)?;
        }
        for r in &reincarnations {
            write_line(&mut out, &Line::Reincarnation((*r).clone())).map_err(io)?;
        }
        out.flush().map_err(io)?;
        Ok(Exchanged {
            sites: self.sites.len(),
            reincarnations: reincarnations.len(),
            unlinked: 0,
        })
    }

    /// Adds every site and reincarnation of an export (see the [module
    /// documentation](self)) in one write: all of them, or none.
    ///
    /// # Errors
    /// [`Error::Layout`] naming `name` and the line for anything invalid in
    /// the file; [`Error::SchemaVersion`] or [`Error::SpecMismatch`] for a
    /// fingerprint this build cannot compare; [`Error::Io`] when reading or
    /// writing fails.
    pub fn import(&mut self, input: impl BufRead, name: &Path) -> Result<Exchanged> {
        let (sites, reincarnations) = read_export(input, name)?;
        let mut counts = Exchanged {
            sites: sites.len(),
            ..Exchanged::default()
        };
        self.write_locked(|_, next_id| {
            let new_id: HashMap<u64, u64> = sites
                .iter()
                .enumerate()
                .map(|(i, s)| (s.id, next_id + i as u64))
                .collect();
            let mut unlinked = 0;
            let mut link = |id: Option<u64>| match id {
                Some(id) if new_id.contains_key(&id) => Some(new_id[&id]),
                Some(_) => {
                    unlinked += 1;
                    None
                }
                None => None,
            };
            let mut ops = Vec::with_capacity(sites.len() + reincarnations.len());
            for mut site in sites {
                site.id = new_id[&site.id];
                site.reincarnation_of = link(site.reincarnation_of);
                ops.push(super::Op::Add(Box::new(site)));
            }
            for mut r in reincarnations {
                let Some(of) = link(Some(r.of)) else {
                    continue;
                };
                r.matched = link(Some(r.matched)).unwrap_or(of);
                r.of = of;
                r.site = link(r.site);
                counts.reincarnations += 1;
                ops.push(super::Op::Reincarnation(Box::new(r)));
            }
            counts.unlinked = unlinked;
            ops
        })?;
        Ok(counts)
    }
}

/// The sites and reincarnations of an export, checked whole.
fn read_export(input: impl BufRead, name: &Path) -> Result<(Vec<KnownSite>, Vec<Reincarnation>)> {
    let bad = |line: usize, reason: String| Error::Layout {
        path: format!("{}:{line}", name.display()).into(),
        reason,
    };
    let mut lines = input.lines().enumerate();
    let header: Header = match lines.next() {
        Some((_, line)) => {
            let line = line.map_err(|e| Error::io(name, e))?;
            serde_json::from_str(&line)
                .map_err(|e| bad(1, format!("not the header of a clone-detect export ({e})")))?
        }
        None => return Err(bad(1, "empty file: no export header".into())),
    };
    if header.format != EXPORT_FORMAT || header.version == 0 || header.version > EXPORT_VERSION {
        return Err(bad(
            1,
            format!(
                "format {:?} version {} (this build reads {EXPORT_FORMAT} up to version {EXPORT_VERSION})",
                header.format, header.version
            ),
        ));
    }
    let (mut sites, mut reincarnations) = (Vec::new(), Vec::new());
    let mut ids = HashMap::new();
    for (i, line) in lines {
        let n = i + 1;
        let line = line.map_err(|e| Error::io(name, e))?;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Line>(&line).map_err(|e| bad(n, e.to_string()))? {
            Line::Site(site) => {
                site.fingerprint
                    .ensure_current()
                    .map_err(|e| bad(n, e.to_string()))?;
                for date in [
                    Some(&site.added_at),
                    site.first_seen.as_ref(),
                    site.last_seen.as_ref(),
                ]
                .into_iter()
                .flatten()
                {
                    rfc3339(date).map_err(|reason| bad(n, reason))?;
                }
                if ids.insert(site.id, n).is_some() {
                    return Err(bad(n, format!("site {} appears twice", site.id)));
                }
                sites.push((n, *site));
            }
            Line::Reincarnation(r) => {
                rfc3339(&r.first_seen).map_err(|reason| bad(n, reason))?;
                if !(r.score.is_finite() && (0.0..=1.0).contains(&r.score)) {
                    return Err(bad(n, format!("score {} is not in [0, 1]", r.score)));
                }
                reincarnations.push((n, r));
            }
        }
        if sites.len() > header.sites || reincarnations.len() > header.reincarnations {
            return Err(bad(
                n,
                "more lines than the header announces (a file put together by hand?)".into(),
            ));
        }
    }
    if sites.len() != header.sites || reincarnations.len() != header.reincarnations {
        return Err(bad(
            1,
            format!(
                "the header announces {} sites and {} reincarnations, the file holds {} and {} (cut short?)",
                header.sites,
                header.reincarnations,
                sites.len(),
                reincarnations.len()
            ),
        ));
    }
    Ok((
        sites.into_iter().map(|(_, s)| s).collect(),
        reincarnations.into_iter().map(|(_, r)| r).collect(),
    ))
}

/// `Ok` when `date` is an RFC 3339 date, or date and time.
fn rfc3339(date: &str) -> std::result::Result<(), String> {
    super::check_date(date).map_err(|e| e.to_string().replace("invalid configuration: ", ""))
}

/// One JSON value and a newline.
fn write_line(out: &mut impl Write, value: &impl Serialize) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, value).map_err(std::io::Error::from)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::tests::fp;
    use crate::store::{NewKnownSite, NewReincarnation};

    fn export(store: &KnownStore) -> String {
        let mut out = Vec::new();
        store.export(&mut out, Path::new("out")).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// A store of three sites (ids 1, 3, 4: 2 was removed), one of them
    /// added for a reincarnation of site 1.
    fn sample(dir: &Path) -> KnownStore {
        let mut store = KnownStore::open(dir.join("a.cdstore")).unwrap();
        let mut first = NewKnownSite::new("seized market", fp("<p>market</p>"));
        first.first_seen = Some("2026-01-02T03:04:05Z".into());
        first.last_seen = Some("2026-03-01".into());
        first.tags = vec!["case-17".into(), "seized".into()];
        store.add(first).unwrap();
        let gone = store
            .add(NewKnownSite::new("gone", fp("<p>gone</p>")))
            .unwrap();
        store.remove(gone).unwrap();
        store
            .add(NewKnownSite::new("forum", fp("<h1>forum</h1>")))
            .unwrap();
        store
            .record_reincarnation(
                NewReincarnation {
                    matched: 1,
                    domain: "market2.example".into(),
                    first_seen: "2026-04-01T00:00:00Z".into(),
                    score: 0.93,
                },
                Some(NewKnownSite::new("market2.example", fp("<p>market!</p>"))),
            )
            .unwrap();
        store
    }

    /// The export's sites and lineage with ids replaced by labels: what
    /// must survive an import.
    fn content(text: &str) -> (Vec<String>, Vec<String>) {
        let lines: Vec<serde_json::Value> = text
            .lines()
            .skip(1)
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let label: HashMap<u64, String> = lines
            .iter()
            .filter_map(|l| l.get("site"))
            .map(|s| {
                (
                    s["id"].as_u64().unwrap(),
                    s["label"].as_str().unwrap().into(),
                )
            })
            .collect();
        let mut sites = Vec::new();
        let mut lineage = Vec::new();
        for line in &lines {
            if let Some(site) = line.get("site") {
                let mut site = site.clone();
                site["id"] = serde_json::Value::Null;
                if let Some(of) = site["reincarnation_of"].as_u64() {
                    site["reincarnation_of"] = label[&of].clone().into();
                }
                sites.push(site.to_string());
            } else {
                let mut r = line["reincarnation"].clone();
                for key in ["of", "matched", "site"] {
                    if let Some(id) = r[key].as_u64() {
                        r[key] = label[&id].clone().into();
                    }
                }
                lineage.push(r.to_string());
            }
        }
        (sites, lineage)
    }

    #[test]
    fn export_then_import_keeps_every_site_date_and_the_lineage() {
        let dir = tempfile::tempdir().unwrap();
        let a = sample(dir.path());
        let exported = export(&a);
        let header: serde_json::Value =
            serde_json::from_str(exported.lines().next().unwrap()).unwrap();
        assert_eq!(header["format"], EXPORT_FORMAT);
        assert_eq!(
            (header["sites"].as_u64(), header["reincarnations"].as_u64()),
            (Some(3), Some(1))
        );

        // Into a store that already holds a site: the ids move, nothing else.
        let mut b = KnownStore::open(dir.path().join("b.cdstore")).unwrap();
        b.add(NewKnownSite::new("already here", fp("<p>other</p>")))
            .unwrap();
        let counts = b.import(exported.as_bytes(), Path::new("a.jsonl")).unwrap();
        assert_eq!((counts.sites, counts.reincarnations), (3, 1));
        drop(b);
        let b = KnownStore::open_existing(dir.path().join("b.cdstore")).unwrap();
        assert_eq!(b.len(), 4);
        let market = b.sites().find(|s| s.label == "seized market").unwrap();
        assert_eq!(market.first_seen.as_deref(), Some("2026-01-02T03:04:05Z"));
        assert_eq!(market.tags, ["case-17", "seized"]);
        assert_eq!(b.lineage(market.id)[0].domain, "market2.example");
        let again = export(&b);
        let (sites_a, lineage_a) = content(&exported);
        let (sites_b, lineage_b) = content(&again);
        assert_eq!(lineage_a, lineage_b);
        assert_eq!(sites_b.len(), 4);
        for site in &sites_a {
            assert!(sites_b.contains(site), "{site} lost in the import");
        }
    }

    #[test]
    fn links_to_removed_sites_are_cut_on_import() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = sample(dir.path());
        // The first of the lineage goes: the reincarnation and the site
        // added for it still name it.
        assert!(a.remove(1).unwrap());
        let exported = export(&a);
        let mut b = KnownStore::open(dir.path().join("b.cdstore")).unwrap();
        let counts = b.import(exported.as_bytes(), Path::new("a.jsonl")).unwrap();
        assert_eq!(
            (counts.sites, counts.reincarnations, counts.unlinked),
            (2, 0, 2)
        );
        assert!(b.sites().all(|s| s.reincarnation_of.is_none()));
    }

    #[test]
    fn an_invalid_file_is_refused_whole_and_names_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let exported = export(&sample(dir.path()));
        let mut b = KnownStore::open(dir.path().join("b.cdstore")).unwrap();
        let lines: Vec<&str> = exported.lines().collect();
        let bad_date = exported.replace("2026-01-02T03:04:05Z", "yesterday");
        let extra = format!(
            "{exported}{}\n",
            lines[1].replacen("\"id\":1,", "\"id\":99,", 1)
        );
        let cut = lines[..lines.len() - 1].join("\n");
        let other_specs = exported.replace("\"hhhash/1\"", "\"hhhash/2\"");
        for (text, line, words) in [
            (bad_date.as_str(), 2, "RFC 3339"),
            (extra.as_str(), 6, "more lines than the header"),
            (cut.as_str(), 1, "cut short"),
            ("{\"format\":\"x\"}", 1, "header"),
            ("", 1, "empty"),
            (other_specs.as_str(), 2, "spec"),
        ] {
            let err = b.import(text.as_bytes(), Path::new("x.jsonl")).unwrap_err();
            let message = err.to_string();
            assert!(message.contains(words), "{message}");
            if line > 0 {
                assert!(
                    message.starts_with(&format!("x.jsonl:{line}:")),
                    "{message}"
                );
            }
            assert_eq!(b.len(), 0, "nothing is added from a refused file");
        }
    }
}
