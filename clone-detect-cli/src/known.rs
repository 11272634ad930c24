//! `clone-detect known add|list|remove`.

use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::Context;
use clone_detect::blocklist::normalize_domain;
use clone_detect::store::{KnownSite, KnownStore, NewKnownSite, NewReincarnation};
use clone_detect::verdict::{FusedModel, Matcher};
use clone_detect::{FingerprintConfig, Fingerprinter};

use crate::args::{KnownAddArgs, KnownCommand, KnownListArgs, KnownRemoveArgs, KnownShowArgs};
use crate::sources::Loader;
use crate::{EXIT_OK, EXIT_SOURCE_FAILED};

pub fn run(command: KnownCommand) -> anyhow::Result<u8> {
    match command {
        KnownCommand::Add(args) => add(*args),
        KnownCommand::List(args) => list(args),
        KnownCommand::Remove(args) => remove(args),
        KnownCommand::Show(args) => show(args),
    }
}

fn open(path: &Path, create: bool) -> anyhow::Result<KnownStore> {
    let store = if create {
        KnownStore::open(path)
    } else {
        KnownStore::open_existing(path)
    };
    store.with_context(|| format!("cannot open the store {}", path.display()))
}

fn add(args: KnownAddArgs) -> anyhow::Result<u8> {
    let path = args.db.path()?;
    let mut store = open(&path, true)?;
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default())?;
    let loader = Loader::new(args.sources.plan()?, &fingerprinter)?;
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = 0;
    let mut sites = Vec::new();
    let mut sources = Vec::new();
    if let Some(of) = args.reincarnation_of {
        anyhow::ensure!(store.get(of).is_some(), "no known site with id {of}");
    }
    loader.for_each(|source, fp| {
        match fp {
            Ok(fp) => {
                let label = args.label.clone().unwrap_or_else(|| label_of(&source));
                sources.push(source.clone());
                sites.push(NewKnownSite {
                    label,
                    first_seen: args.first_seen.clone(),
                    last_seen: args.last_seen.clone(),
                    reincarnation_of: None,
                    fingerprint: fp,
                });
            }
            Err(err) => {
                failed += 1;
                writeln!(io::stderr(), "clone-detect: error: {err:#}")?;
            }
        }
        Ok(())
    })?;
    if let Some(of) = args.reincarnation_of {
        let done = add_reincarnations(&mut store, of, sources, sites, &args, &mut out)?;
        out.flush()?;
        return Ok(if failed > 0 || !done {
            EXIT_SOURCE_FAILED
        } else {
            EXIT_OK
        });
    }
    // One durable write for all: every id printed below is on disk.
    let labels: Vec<String> = sites.iter().map(|s| s.label.clone()).collect();
    let ids = store
        .add_all(sites)
        .with_context(|| format!("cannot add to {}", path.display()))?;
    for (id, label) in ids.iter().zip(labels) {
        if args.json {
            serde_json::to_writer(&mut out, &serde_json::json!({"id": id, "label": label}))?;
            writeln!(out)?;
        } else {
            writeln!(out, "added {id}\t{label}")?;
        }
    }
    out.flush()?;
    Ok(if failed > 0 {
        EXIT_SOURCE_FAILED
    } else {
        EXIT_OK
    })
}

/// Adds confirmed reincarnations of `of` (one durable write each) and
/// prints them; false when one could not be named by a domain.
fn add_reincarnations(
    store: &mut KnownStore,
    of: u64,
    sources: Vec<String>,
    sites: Vec<NewKnownSite>,
    args: &KnownAddArgs,
    out: &mut impl Write,
) -> anyhow::Result<bool> {
    anyhow::ensure!(
        args.domain.is_none() || sources.len() <= 1,
        "--domain names one site: give one source"
    );
    let matcher = Matcher::from_store(store, FusedModel::shipped())?;
    let now = humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string();
    let mut all_named = true;
    for (source, site) in sources.into_iter().zip(sites) {
        let named = match &args.domain {
            Some(d) => normalize_domain(d),
            None => normalize_domain(&source),
        };
        let Ok(domain) = named else {
            all_named = false;
            writeln!(
                io::stderr(),
                "clone-detect: error: {source}: not a domain; give it with --domain"
            )?;
            continue;
        };
        // The score the store gives it against the site it reincarnates.
        let verdict = matcher.check(&site.fingerprint)?;
        let score = verdict
            .candidates
            .iter()
            .find(|c| store.root_of(c.id) == store.root_of(of))
            .map_or(0.0, |c| c.score);
        let label = site.label.clone();
        let recorded = store.record_reincarnation(
            NewReincarnation {
                matched: of,
                domain: domain.clone(),
                first_seen: args.first_seen.clone().unwrap_or_else(|| now.clone()),
                score,
            },
            Some(site),
        )?;
        let Some(r) = recorded else {
            writeln!(
                io::stderr(),
                "clone-detect: {domain} is already in the lineage of #{}; not added",
                store.root_of(of)
            )?;
            continue;
        };
        let id = r.site.expect("a site was given");
        if args.json {
            serde_json::to_writer(
                &mut *out,
                &serde_json::json!({"id": id, "label": label, "reincarnation": r}),
            )?;
            writeln!(out)?;
        } else {
            writeln!(
                out,
                "added {id}\t{label}\treincarnation of #{} as {domain} (score {score:.3})",
                r.of
            )?;
        }
    }
    Ok(all_named)
}

/// The default label: the folder or file name of the source.
fn label_of(source: &str) -> String {
    let trimmed = source.trim_end_matches('/');
    Path::new(trimmed)
        .file_name()
        .map_or_else(|| trimmed.to_string(), |n| n.to_string_lossy().into_owned())
}

/// What `known list --json` prints of a site.
fn summary_json(site: &KnownSite) -> serde_json::Value {
    serde_json::json!({
        "id": site.id,
        "label": site.label,
        "added_at": site.added_at,
        "first_seen": site.first_seen,
        "last_seen": site.last_seen,
        "source": site.fingerprint.source,
        "title": site.fingerprint.title,
    })
}

fn list(args: KnownListArgs) -> anyhow::Result<u8> {
    let store = open(&args.db.path()?, false)?;
    let mut out = BufWriter::new(io::stdout().lock());
    for site in store.sites() {
        if args.json {
            serde_json::to_writer(&mut out, &summary_json(site))?;
            writeln!(out)?;
        } else {
            writeln!(
                out,
                "{}\t{}\t{}\t{}",
                site.id, site.label, site.added_at, site.fingerprint.source
            )?;
        }
    }
    out.flush()?;
    Ok(EXIT_OK)
}

fn remove(args: KnownRemoveArgs) -> anyhow::Result<u8> {
    let path = args.db.path()?;
    let mut store = open(&path, false)?;
    let mut missing = 0;
    for id in args.ids {
        if store.remove(id)? {
            writeln!(io::stdout(), "removed {id}")?;
        } else {
            missing += 1;
            writeln!(
                io::stderr(),
                "clone-detect: error: no known site with id {id}"
            )?;
        }
    }
    Ok(if missing > 0 {
        EXIT_SOURCE_FAILED
    } else {
        EXIT_OK
    })
}

fn show(args: KnownShowArgs) -> anyhow::Result<u8> {
    let store = open(&args.db.path()?, false)?;
    let Some(site) = store.get(args.id) else {
        writeln!(
            io::stderr(),
            "clone-detect: error: no known site with id {}",
            args.id
        )?;
        return Ok(EXIT_SOURCE_FAILED);
    };
    let root = store.root_of(site.id);
    let first = store.get(root).unwrap_or(site);
    let lineage = store.lineage(site.id);
    let mut out = BufWriter::new(io::stdout().lock());
    if args.json {
        let mut shown = summary_json(site);
        shown["reincarnation_of"] = serde_json::json!(site.reincarnation_of);
        shown["lineage"] = serde_json::json!({
            "first": summary_json(first),
            "reincarnations": lineage,
        });
        serde_json::to_writer(&mut out, &shown)?;
        writeln!(out)?;
    } else {
        writeln!(out, "#{} {}", site.id, site.label)?;
        writeln!(out, "  source      {}", site.fingerprint.source)?;
        if let Some(t) = &site.fingerprint.title {
            writeln!(out, "  title       {t}")?;
        }
        writeln!(out, "  added       {}", site.added_at)?;
        for (name, value) in [
            ("first seen", &site.first_seen),
            ("last seen", &site.last_seen),
        ] {
            if let Some(v) = value {
                writeln!(out, "  {name:<11} {v}")?;
            }
        }
        writeln!(out, "lineage:")?;
        writeln!(
            out,
            "  {:<22}  #{} {}  {}",
            first
                .first_seen
                .clone()
                .unwrap_or_else(|| format!("(added {})", first.added_at)),
            first.id,
            first.label,
            first.fingerprint.source
        )?;
        for r in &lineage {
            let added = r
                .site
                .map_or(String::new(), |id| format!("  (known site #{id})"));
            writeln!(
                out,
                "  {:<22}  {}  matched #{} score {:.3}{added}",
                r.first_seen, r.domain, r.matched, r.score
            )?;
        }
        if lineage.is_empty() {
            writeln!(out, "  no confirmed reincarnation yet")?;
        }
    }
    out.flush()?;
    Ok(EXIT_OK)
}
