//! `clone-detect known add|list|remove|show|verify|repair|export|import`.

use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::Context;
use clone_detect::blocklist::normalize_domain;
use clone_detect::store::{
    DamagedRecord, DamagedRegion, Fate, KnownAppender, KnownSite, KnownStore, NewKnownSite,
    NewReincarnation, RecordOp, Verification,
};
use clone_detect::verdict::{FusedModel, Matcher};
use clone_detect::{FingerprintConfig, Fingerprinter};

use crate::args::{
    KnownAddArgs, KnownCommand, KnownExportArgs, KnownImportArgs, KnownListArgs, KnownRemoveArgs,
    KnownRepairArgs, KnownShowArgs, KnownVerifyArgs,
};
use crate::escape;
use crate::sources::Loader;
use crate::{EXIT_OK, EXIT_SOURCE_FAILED};

pub fn run(command: KnownCommand) -> anyhow::Result<u8> {
    match command {
        KnownCommand::Add(args) => add(*args),
        KnownCommand::List(args) => list(args),
        KnownCommand::Remove(args) => remove(args),
        KnownCommand::Show(args) => show(args),
        KnownCommand::Verify(args) => verify(args),
        KnownCommand::Repair(args) => repair(args),
        KnownCommand::Export(args) => export(args),
        KnownCommand::Import(args) => import(args),
    }
}

fn export(args: KnownExportArgs) -> anyhow::Result<u8> {
    let db = args.db.path()?;
    let store = open(&db, false)?;
    let exchanged = match &args.output {
        Some(path) => {
            let same = |a: &Path, b: &Path| matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b);
            anyhow::ensure!(
                !same(path, &db),
                "{} is the store itself: export to another file",
                path.display()
            );
            let mut counts = None;
            crate::sources::write_file(path, |w| {
                counts = Some(store.export(w, path)?);
                Ok(())
            })?;
            counts.expect("written")
        }
        None => store.export(io::stdout().lock(), Path::new("<stdout>"))?,
    };
    writeln!(
        crate::Terminal(io::stderr()),
        "clone-detect: exported {} sites and {} reincarnations",
        exchanged.sites,
        exchanged.reincarnations
    )?;
    Ok(EXIT_OK)
}

fn import(args: KnownImportArgs) -> anyhow::Result<u8> {
    let mut store = open(&args.db.path()?, true)?;
    let exchanged = if args.file == Path::new("-") {
        store.import(io::stdin().lock(), &args.file)?
    } else {
        let file = std::fs::File::open(&args.file)
            .with_context(|| format!("cannot read {}", args.file.display()))?;
        store.import(io::BufReader::new(file), &args.file)?
    };
    writeln!(
        crate::Terminal(io::stdout()),
        "imported {} sites and {} reincarnations into {}",
        exchanged.sites,
        exchanged.reincarnations,
        store.path().display()
    )?;
    if exchanged.unlinked > 0 {
        writeln!(
            crate::Terminal(io::stderr()),
            "clone-detect: {} links to sites the export does not hold (removed from its store) were cut",
            exchanged.unlinked
        )?;
    }
    Ok(EXIT_OK)
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
    for (flag, date) in [
        ("--first-seen", &args.first_seen),
        ("--last-seen", &args.last_seen),
    ] {
        if let Some(date) = date {
            clone_detect::store::check_date(date).with_context(|| flag)?;
        }
    }
    let path = args.db.path()?;
    // A plain addition holds only the next free id, not the store: a store
    // of a million sites is gigabytes in memory. A reincarnation needs the
    // lineage and a matcher, so the whole store.
    let store = match args.reincarnation_of {
        Some(of) => Adding::Reincarnations(open(&path, true)?, of),
        None => {
            // Damage is refused before any source is fetched.
            let appender = KnownAppender::open(&path)
                .and_then(|mut a| a.check().map(|()| a))
                .with_context(|| format!("cannot open the store {}", path.display()))?;
            Adding::Appender(appender)
        }
    };
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default())?;
    let loader = Loader::new(args.sources.plan()?, &fingerprinter)?;
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = 0;
    let mut sites = Vec::new();
    let mut sources = Vec::new();
    if let Adding::Reincarnations(store, of) = &store {
        anyhow::ensure!(store.get(*of).is_some(), "no known site with id {of}");
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
                    tags: args.tags.clone(),
                    fingerprint: fp,
                });
            }
            Err(err) => {
                failed += 1;
                writeln!(
                    crate::Terminal(io::stderr()),
                    "clone-detect: error: {err:#}"
                )?;
            }
        }
        Ok(())
    })?;
    let mut appender = match store {
        Adding::Reincarnations(mut store, of) => {
            let done = add_reincarnations(&mut store, of, sources, sites, &args, &mut out)?;
            out.flush()?;
            return Ok(if failed > 0 || !done {
                EXIT_SOURCE_FAILED
            } else {
                EXIT_OK
            });
        }
        Adding::Appender(appender) => appender,
    };
    // One durable write for all: every id printed below is on disk.
    let labels: Vec<String> = sites.iter().map(|s| s.label.clone()).collect();
    let ids = appender
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

/// What `known add` writes with.
enum Adding {
    /// The whole store, for reincarnations of the site with that id.
    Reincarnations(KnownStore, u64),
    /// Only the next free id, for plain additions.
    Appender(KnownAppender),
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
            if store.get(of).is_none() {
                writeln!(
                    io::stderr(),
                    "clone-detect: error: #{of} was removed meanwhile; {domain} not added"
                )?;
                all_named = false;
                continue;
            }
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
        "tags": site.tags,
        "source": site.fingerprint.source,
        "title": site.fingerprint.title,
    })
}

fn list(args: KnownListArgs) -> anyhow::Result<u8> {
    let store = open(&args.db.path()?, false)?;
    // Labels, sources and titles come from sites and imported files.
    let mut out = crate::Terminal(BufWriter::new(io::stdout().lock()));
    for site in store.sites() {
        if args.json {
            serde_json::to_writer(&mut out, &summary_json(site))?;
            writeln!(out)?;
        } else {
            writeln!(
                out,
                "{}\t{}\t{}\t{}",
                site.id,
                escape(&site.label),
                escape(&site.added_at),
                escape(&site.fingerprint.source)
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
    // Everything shown comes from sites and imported files.
    let mut out = crate::Terminal(BufWriter::new(io::stdout().lock()));
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
        writeln!(out, "#{} {}", site.id, escape(&site.label))?;
        writeln!(out, "  source      {}", escape(&site.fingerprint.source))?;
        if let Some(t) = &site.fingerprint.title {
            writeln!(out, "  title       {}", escape(t))?;
        }
        writeln!(out, "  added       {}", escape(&site.added_at))?;
        for (name, value) in [
            ("first seen", &site.first_seen),
            ("last seen", &site.last_seen),
        ] {
            if let Some(v) = value {
                writeln!(out, "  {name:<11} {}", escape(v))?;
            }
        }
        if !site.tags.is_empty() {
            let tags: Vec<String> = site.tags.iter().map(|t| escape(t)).collect();
            writeln!(out, "  tags        {}", tags.join(", "))?;
        }
        writeln!(out, "lineage:")?;
        writeln!(
            out,
            "  {:<22}  #{} {}  {}",
            escape(
                &first
                    .first_seen
                    .clone()
                    .unwrap_or_else(|| format!("(added {})", first.added_at))
            ),
            first.id,
            escape(&first.label),
            escape(&first.fingerprint.source)
        )?;
        for r in &lineage {
            let added = r
                .site
                .map_or(String::new(), |id| format!("  (known site #{id})"));
            writeln!(
                out,
                "  {:<22}  {}  matched #{} score {:.3}{added}",
                escape(&r.first_seen),
                escape(&r.domain),
                r.matched,
                r.score
            )?;
        }
        if lineage.is_empty() {
            writeln!(out, "  no confirmed reincarnation yet")?;
        }
    }
    out.flush()?;
    Ok(EXIT_OK)
}

fn verify(args: KnownVerifyArgs) -> anyhow::Result<u8> {
    let KnownVerifyArgs { db, json } = args;
    let path = db.path()?;
    let found =
        KnownStore::verify(&path).with_context(|| format!("cannot verify {}", path.display()))?;
    let mut out = BufWriter::new(io::stdout().lock());
    if json {
        let mut shown = serde_json::to_value(&found)?;
        shown["clean"] = found.is_clean().into();
        serde_json::to_writer(&mut out, &shown)?;
        writeln!(out)?;
    } else {
        writeln!(
            out,
            "{}: format {}, {} bytes, {} intact records",
            path.display(),
            found.format_version,
            found.bytes,
            found.records.len()
        )?;
        for (op, name) in [
            (RecordOp::Add, "additions"),
            (RecordOp::Remove, "removals"),
            (RecordOp::Reincarnation, "reincarnations in the lineages of"),
        ] {
            let ids: Vec<u64> = found
                .records
                .iter()
                .filter(|r| r.op == op)
                .map(|r| r.id)
                .collect();
            if !ids.is_empty() {
                writeln!(out, "  {name} {}", id_ranges(ids))?;
            }
        }
        if found.is_clean() {
            writeln!(out, "no damage")?;
        } else {
            writeln!(out, "{} damaged regions:", found.damage.len())?;
            for region in &found.damage {
                writeln!(out, "  {}", region_line(region, &found, false))?;
            }
            writeln!(
                out,
                "run `clone-detect known repair` to rewrite the store with every intact record \
                 (the damaged file is kept)"
            )?;
        }
    }
    out.flush()?;
    Ok(if found.is_clean() {
        EXIT_OK
    } else {
        EXIT_SOURCE_FAILED
    })
}

fn repair(args: KnownRepairArgs) -> anyhow::Result<u8> {
    let KnownRepairArgs { db, output, json } = args;
    let path = db.path()?;
    let done = KnownStore::repair(&path, output.as_deref())
        .with_context(|| format!("cannot repair {}", path.display()))?;
    let mut out = BufWriter::new(io::stdout().lock());
    if json {
        serde_json::to_writer(&mut out, &done)?;
        writeln!(out)?;
        out.flush()?;
        return Ok(EXIT_OK);
    }
    let found = &done.verification;
    match (&done.written, &done.damaged_copy) {
        (None, _) => writeln!(out, "{}: intact, nothing to repair", path.display())?,
        (Some(written), None) => writeln!(
            out,
            "wrote {} with {} records; {} is unchanged",
            written.display(),
            done.records_kept,
            path.display()
        )?,
        (Some(written), Some(copy)) => writeln!(
            out,
            "repaired {} with {} records; the damaged file is kept as {}",
            written.display(),
            done.records_kept,
            copy.display()
        )?,
    }
    for region in &found.damage {
        writeln!(
            out,
            "  {}",
            region_line(region, found, done.written.is_some())
        )?;
    }
    if found.lost().next().is_none() && !found.is_clean() {
        writeln!(out, "no record reported written was lost")?;
    }
    if let Some(id) = done.reserved_id {
        writeln!(
            out,
            "id {id} stays used (a removal record keeps it): the next site gets a later id"
        )?;
    }
    out.flush()?;
    Ok(EXIT_OK)
}

/// One line about a damaged region: where, what, and what became of it
/// (`repaired`: in the store `repair` wrote).
fn region_line(region: &DamagedRegion, found: &Verification, repaired: bool) -> String {
    let what = format!(
        "byte {}, {} bytes: {}",
        region.offset, region.len, region.kind
    );
    let fate = match (region.fate, repaired) {
        (Fate::Recovered, false) => "nothing lost, the records are read whole".to_string(),
        (Fate::Recovered, true) => "nothing lost, the records were kept whole".to_string(),
        (Fate::Unfinished, false) => {
            "an interrupted write, never reported written (the next write cuts it)".to_string()
        }
        (Fate::Unfinished, true) => {
            "an interrupted write, never reported written: left out".to_string()
        }
        (Fate::Lost, _) if region.records.is_empty() => "lost, contents unknown".to_string(),
        (Fate::Lost, _) => {
            let records: Vec<String> = region
                .records
                .iter()
                .map(|r| lost_record(r, found))
                .collect();
            format!("lost: {}", records.join("; "))
        }
    };
    format!("{what}, {fate}")
}

/// What a lost record seems to have been, and what its loss means.
fn lost_record(record: &DamagedRecord, found: &Verification) -> String {
    let has = |op, id| found.records.iter().any(|r| r.op == op && r.id == id);
    let Some(id) = record.id else {
        let op = match record.op {
            RecordOp::Add => "an addition",
            RecordOp::Remove => "a removal",
            RecordOp::Reincarnation => "a reincarnation",
        };
        return format!("probably {op} (id unreadable)");
    };
    match record.op {
        RecordOp::Add if has(RecordOp::Remove, id) => {
            format!("probably the addition of #{id} (removed later: nothing lost)")
        }
        RecordOp::Add => format!("probably the addition of #{id}"),
        RecordOp::Remove if has(RecordOp::Add, id) && !has(RecordOp::Remove, id) => {
            format!("probably the removal of #{id} (#{id} is in the store again: remove it again)")
        }
        RecordOp::Remove => format!("probably the removal of #{id}"),
        RecordOp::Reincarnation => {
            format!("probably a reincarnation in the lineage of #{id}")
        }
    }
}

/// Ids as ranges: `#1-3, #5`.
fn id_ranges(mut ids: Vec<u64>) -> String {
    ids.sort_unstable();
    ids.dedup();
    let mut ranges: Vec<(u64, u64)> = Vec::new();
    for id in ids {
        match ranges.last_mut() {
            Some((_, end)) if *end + 1 == id => *end = id,
            _ => ranges.push((id, id)),
        }
    }
    ranges
        .iter()
        .map(|&(a, b)| {
            if a == b {
                format!("#{a}")
            } else {
                format!("#{a}-{b}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::id_ranges;

    #[test]
    fn ids_as_ranges() {
        assert_eq!(id_ranges(vec![5, 1, 2, 3, 9, 8]), "#1-3, #5, #8-9");
        assert_eq!(id_ranges(vec![]), "");
    }
}
