//! `clone-detect-bench store`: opening a large store of known sites and
//! checking against it, the whole store read into memory
//! ([`KnownStore::open_existing`] and [`Matcher::from_store`], as `check`
//! did) against its signals alone ([`KnownSignals::open`], as `check` does),
//! the latter without its sidecar (the first open after an upgrade) and
//! with it.
//!
//! The store holds N synthetic fingerprints shaped like the corpus
//! (`clone_detect_tests::synthetic`, each a real corpus fingerprint with
//! its values replaced), written once into the work folder and reused while
//! N and the seed are the same. Each way of opening runs in a process of
//! its own, so that its peak memory is its own (`VmHWM`), and checks the
//! same queries (relatives of known sites, and unrelated sites) one at a
//! time: time to open, memory, and the check's p50 and p99. The verdicts
//! must be the same every way, or the run fails.
//!
//! Then it adds [`ADDED`] new sites to the store of N, as `known add` of a
//! crawled batch does: through the whole store in memory
//! ([`KnownStore::add_all`], as `known add` did) and through a
//! [`KnownAppender`] (as it does), each in a process of its own, the store
//! cut back to its made length after each; both must give the same ids.
//! The store itself is written through one appender, [`BATCH`] sites at a
//! time. Run in release mode:
//! `cargo run --release -p clone-detect-bench -- store`.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::Context;
use clone_detect::store::{sidecar_path, KnownAppender, KnownSignals, KnownStore, NewKnownSite};
use clone_detect::verdict::{FusedModel, Matcher};
use clone_detect::{FingerprintConfig, Fingerprinter, SiteFingerprint};
use clone_detect_tests::synthetic::{self, Rng};
use serde_json::{json, Value};

use crate::args::{StoreBenchArgs, StoreStep, StoreStepArgs};

/// The synthetic data set's seed.
const SEED: u64 = 2026;
/// Sites added per `add_all` while the store is made.
const BATCH: usize = 20_000;
/// Sites added to the made store by the two ways of adding.
const ADDED: usize = 1_000;

/// The ways of opening, in the order they run.
const WAYS: [StoreStep; 3] = [StoreStep::Whole, StoreStep::Cold, StoreStep::Warm];

/// Runs the benchmark and prints its figures.
pub fn run(args: StoreBenchArgs) -> anyhow::Result<()> {
    anyhow::ensure!(args.sites >= 10, "--sites must be at least 10");
    std::fs::create_dir_all(&args.work)?;
    let store = args.work.join("known.cdstore");
    let marker = args.work.join("known.cdstore.made");
    let wanted = format!("{} {SEED}", args.sites);
    let made = std::fs::read_to_string(&marker).ok();
    let mut make_figures = Value::Null;
    if made.as_deref() != Some(wanted.as_str()) {
        let _ = std::fs::remove_file(&store);
        let _ = std::fs::remove_file(sidecar_path(&store));
        make_figures = step(&args, StoreStep::Make)?;
        std::fs::write(&marker, &wanted)?;
    }
    write_queries(&args)?;
    let mut figures = Vec::new();
    for way in WAYS {
        if way == StoreStep::Cold {
            let _ = std::fs::remove_file(sidecar_path(&store));
        }
        figures.push((way, step(&args, way)?));
    }
    let digest = |v: &Value| v["verdicts"].as_str().unwrap_or_default().to_string();
    for (way, f) in &figures[1..] {
        anyhow::ensure!(
            digest(f) == digest(&figures[0].1),
            "{way:?} gave other verdicts than the whole store"
        );
    }
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    let made_len = size(&store);
    let mut adds = Vec::new();
    for way in [StoreStep::AddWhole, StoreStep::AddAppend] {
        let figures = step(&args, way);
        // The store as it was made, for the next way and the next run.
        std::fs::OpenOptions::new()
            .write(true)
            .open(&store)?
            .set_len(made_len)?;
        adds.push((way, figures?));
    }
    anyhow::ensure!(
        adds[0].1["ids"] == adds[1].1["ids"],
        "the two ways of adding gave other ids"
    );
    let whole = &figures[0].1;
    let warm = &figures[2].1;
    let ratio = |key: &str| whole[key].as_f64().unwrap_or(0.0) / warm[key].as_f64().unwrap_or(1.0);
    let out = json!({
        "sites": args.sites,
        "queries": args.queries,
        "store_bytes": size(&store),
        "sidecar_bytes": size(&sidecar_path(&store)),
        "make": make_figures,
        "ways": figures.iter().map(|(w, f)| (format!("{w:?}").to_lowercase(), f.clone())).collect::<serde_json::Map<_, _>>(),
        "whole_over_warm": {
            "open": ratio("open_s"),
            "peak_memory": ratio("peak_bytes"),
        },
        "add": {
            "sites": ADDED,
            "ways": adds.iter().map(|(w, f)| (format!("{w:?}").to_lowercase(), f.clone())).collect::<serde_json::Map<_, _>>(),
            "whole_over_append": {
                "seconds": adds[0].1["seconds"].as_f64().unwrap_or(0.0) / adds[1].1["seconds"].as_f64().unwrap_or(1.0),
                "peak_memory": adds[0].1["peak_bytes"].as_f64().unwrap_or(0.0) / adds[1].1["peak_bytes"].as_f64().unwrap_or(1.0),
            },
        },
    });
    let mut stdout = std::io::stdout().lock();
    if args.json {
        writeln!(stdout, "{out}")?;
        return Ok(());
    }
    let gib = |v: &Value| v.as_f64().unwrap_or(0.0) / f64::from(1u32 << 30);
    writeln!(
        stdout,
        "store of {} sites: {:.2} GiB on disk, sidecar {:.3} GiB; {} queries",
        args.sites,
        gib(&out["store_bytes"]),
        gib(&out["sidecar_bytes"]),
        args.queries
    )?;
    if !make_figures.is_null() {
        writeln!(
            stdout,
            "made through one appender, {BATCH} sites a write: {:.1} s, peak {:.2} GiB",
            make_figures["seconds"].as_f64().unwrap_or(0.0),
            gib(&make_figures["peak_bytes"]),
        )?;
    }
    writeln!(
        stdout,
        "{:<34} {:>9} {:>11} {:>10} {:>10}",
        "way", "open s", "peak GiB", "p50 ms", "p99 ms"
    )?;
    for (way, f) in &figures {
        let name = match way {
            StoreStep::Whole => "whole store (KnownStore, as before)",
            StoreStep::Cold => "signals, no sidecar (first open)",
            _ => "signals, with sidecar",
        };
        writeln!(
            stdout,
            "{name:<34} {:>9.2} {:>11.2} {:>10.3} {:>10.3}",
            f["open_s"].as_f64().unwrap_or(0.0),
            gib(&f["peak_bytes"]),
            f["check_p50_ms"].as_f64().unwrap_or(0.0),
            f["check_p99_ms"].as_f64().unwrap_or(0.0),
        )?;
    }
    writeln!(
        stdout,
        "whole store / signals with sidecar: open {:.1}x, peak memory {:.1}x; the same verdicts every way",
        out["whole_over_warm"]["open"].as_f64().unwrap_or(0.0),
        out["whole_over_warm"]["peak_memory"].as_f64().unwrap_or(0.0),
    )?;
    writeln!(
        stdout,
        "{:<34} {:>9} {:>11}",
        format!("adding {ADDED} sites"),
        "s",
        "peak GiB"
    )?;
    for (way, f) in &adds {
        let name = match way {
            StoreStep::AddWhole => "whole store (KnownStore, as before)",
            _ => "appender (KnownAppender)",
        };
        writeln!(
            stdout,
            "{name:<34} {:>9.2} {:>11.2}",
            f["seconds"].as_f64().unwrap_or(0.0),
            gib(&f["peak_bytes"]),
        )?;
    }
    writeln!(
        stdout,
        "whole store / appender: time {:.1}x, peak memory {:.1}x; the same ids both ways",
        out["add"]["whole_over_append"]["seconds"]
            .as_f64()
            .unwrap_or(0.0),
        out["add"]["whole_over_append"]["peak_memory"]
            .as_f64()
            .unwrap_or(0.0),
    )?;
    Ok(())
}

/// Runs one step in a process of its own and returns what it printed.
fn step(args: &StoreBenchArgs, step: StoreStep) -> anyhow::Result<Value> {
    let exe = std::env::current_exe()?;
    let output = Command::new(exe)
        .arg("store-step")
        .arg(
            clap::ValueEnum::to_possible_value(&step)
                .expect("every step has a name")
                .get_name(),
        )
        .arg("--sites")
        .arg(args.sites.to_string())
        .arg("--work")
        .arg(&args.work)
        .arg("--corpus")
        .arg(&args.corpus)
        .stderr(std::process::Stdio::inherit())
        .output()?;
    anyhow::ensure!(output.status.success(), "the {step:?} step failed");
    serde_json::from_slice(&output.stdout).context("the step's output")
}

/// A real fingerprint of a corpus site with a favicon and a screenshot, as
/// JSON: the template of the synthetic ones.
fn base(corpus: &Path) -> anyhow::Result<Value> {
    let snapshot = clone_detect::acquire::read_local_source(
        &corpus.join("sites/phpmyadmin-trixie"),
        &clone_detect::acquire::FolderConfig::default(),
    )?;
    let fp = Fingerprinter::new(FingerprintConfig::default())?.fingerprint(&snapshot);
    Ok(serde_json::to_value(&fp)?)
}

fn queries_path(work: &Path) -> PathBuf {
    work.join("queries.jsonl")
}

/// Half the queries are known sites moved as a new release moves them
/// (templates, text and look a few bits away, some values replaced), half
/// unrelated sites of another seed.
fn write_queries(args: &StoreBenchArgs) -> anyhow::Result<()> {
    let base = base(&args.corpus)?;
    let known = synthetic::sites(args.sites, SEED);
    let unrelated = synthetic::sites(args.queries / 2 + 1, SEED + 1);
    let mut rng = Rng(SEED ^ 0x5157);
    let mut out = BufWriter::new(File::create(queries_path(&args.work))?);
    for k in 0..args.queries {
        let mut site = if k % 2 == 0 {
            let mut s = known[rng.below(known.len() as u64) as usize].clone();
            let sig = &mut s.signals;
            sig.template = sig.template.map(|h| rng.near(h, 4));
            sig.root_template = sig.root_template.map(|h| rng.near(h, 6));
            sig.text = sig.text.map(|h| rng.near(h, 6));
            sig.root_text = sig.root_text.map(|h| rng.near(h, 8));
            sig.screenshot = sig.screenshot.map(|h| rng.near(h, 6));
            sig.html_mmh3 = Some(rng.next_u64() as i32);
            s
        } else {
            unrelated[k / 2].clone()
        };
        site.source = format!("query-{k}.example");
        writeln!(out, "{}", synthetic::fingerprint(&base, &site))?;
    }
    out.flush()?;
    Ok(())
}

/// One step, in its own process: prints one JSON object.
pub fn run_step(args: StoreStepArgs) -> anyhow::Result<()> {
    let store = args.work.join("known.cdstore");
    let figures = match args.step {
        StoreStep::Make => make(&args, &store)?,
        StoreStep::AddWhole | StoreStep::AddAppend => add(&args, &store)?,
        way => open_and_check(way, &args.work, &store)?,
    };
    writeln!(std::io::stdout().lock(), "{figures}")?;
    Ok(())
}

/// The fingerprints of synthetic sites, as sites to add.
fn new_sites(
    base: &Value,
    sites: &[synthetic::SyntheticSite],
) -> anyhow::Result<Vec<NewKnownSite>> {
    sites
        .iter()
        .map(|site| {
            let fp: SiteFingerprint = serde_json::from_value(synthetic::fingerprint(base, site))?;
            Ok(NewKnownSite::new(site.source.clone(), fp))
        })
        .collect()
}

/// Writes the store, `BATCH` sites at a time, through one appender (as
/// `known add` of a large file does).
fn make(args: &StoreStepArgs, store: &Path) -> anyhow::Result<Value> {
    let base = base(&args.corpus)?;
    let t = Instant::now();
    let mut known = KnownAppender::open(store)?;
    let sites = synthetic::sites(args.sites, SEED);
    for chunk in sites.chunks(BATCH) {
        known.add_all(new_sites(&base, chunk)?)?;
    }
    Ok(json!({
        "seconds": t.elapsed().as_secs_f64(),
        "peak_bytes": peak_bytes()?,
    }))
}

/// Adds `ADDED` new sites to the made store one way, timed from opening
/// the store to the ids on disk.
fn add(args: &StoreStepArgs, store: &Path) -> anyhow::Result<Value> {
    let base = base(&args.corpus)?;
    let sites = new_sites(&base, &synthetic::sites(ADDED, SEED + 2))?;
    let t = Instant::now();
    let ids = if args.step == StoreStep::AddWhole {
        KnownStore::open_existing(store)?.add_all(sites)?
    } else {
        KnownAppender::open(store)?.add_all(sites)?
    };
    Ok(json!({
        "seconds": t.elapsed().as_secs_f64(),
        "peak_bytes": peak_bytes()?,
        "ids": [ids.first(), ids.last()],
    }))
}

fn open_and_check(way: StoreStep, work: &Path, store: &Path) -> anyhow::Result<Value> {
    let queries: Vec<SiteFingerprint> = BufReader::new(File::open(queries_path(work))?)
        .lines()
        .map(|l| Ok(SiteFingerprint::from_json(&l?)?))
        .collect::<anyhow::Result<_>>()?;
    let model = FusedModel::shipped();
    let t = Instant::now();
    let (matcher, sidecar) = if way == StoreStep::Whole {
        let known = KnownStore::open_existing(store)?;
        (Matcher::from_store(&known, model)?, Value::Null)
    } else {
        let known = KnownSignals::open(store)?;
        let side = json!({
            "read": format!("{:?}", known.sidecar().read),
            "written": known.sidecar().written,
        });
        (Matcher::from_known_signals(known, model), side)
    };
    let open_s = t.elapsed().as_secs_f64();
    let open_bytes = rss_bytes()?;
    let mut times = Vec::with_capacity(queries.len());
    let mut digest = xxhash_rust::xxh3::Xxh3::new();
    let mut matched = 0;
    for q in &queries {
        let t = Instant::now();
        let verdict = matcher.check(q)?;
        times.push(t.elapsed().as_secs_f64() * 1e3);
        matched += usize::from(!verdict.candidates.is_empty());
        digest.update(serde_json::to_string(&verdict)?.as_bytes());
    }
    times.sort_by(f64::total_cmp);
    let pick = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    Ok(json!({
        "open_s": open_s,
        "memory_after_open_bytes": open_bytes,
        "peak_bytes": peak_bytes()?,
        "check_p50_ms": pick(0.5),
        "check_p99_ms": pick(0.99),
        "queries_with_a_candidate": matched,
        "verdicts": format!("{:016x}", digest.digest()),
        "sidecar": sidecar,
    }))
}

/// A `/proc/self/status` figure, in bytes.
fn status(key: &str) -> anyhow::Result<u64> {
    let text = std::fs::read_to_string("/proc/self/status")?;
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix(key))
        .with_context(|| format!("no {key} in /proc/self/status"))?;
    let kb: u64 = line.trim().trim_end_matches("kB").trim().parse()?;
    Ok(kb * 1024)
}

/// The process's peak resident memory.
fn peak_bytes() -> anyhow::Result<u64> {
    status("VmHWM:")
}

/// The process's resident memory now.
fn rss_bytes() -> anyhow::Result<u64> {
    status("VmRSS:")
}
