//! `clone-detect watch`: candidates in, verdicts out, blocklist kept.

use std::io::{self, Write};
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::Mutex;
use std::time::Duration;

use anyhow::Context;
use clone_detect::acquire::crawl::CrawlProgress;
use clone_detect::interop::{Export, SiteResult};
use clone_detect::provenance::Provenance;
use clone_detect::store::KnownStore;
use clone_detect::store::NewReincarnation;
use clone_detect::watch::decisions::{self, Action};
use clone_detect::watch::input::Lines;
use clone_detect::watch::outputs::rebuild_from_disk;
use clone_detect::watch::{CheckRecord, Event, Outcome, WatchConfig, Watcher};
use clone_detect::{FingerprintConfig, Fingerprinter};

use crate::args::{DecideArgs, ReviewAction, ReviewArgs, WatchAction, WatchArgs, WatchExportArgs};
use crate::EXIT_OK;

/// How often a followed file is read again at its end.
const POLL: Duration = Duration::from_millis(200);

pub fn run(mut args: WatchArgs) -> anyhow::Result<u8> {
    match args.action.take() {
        Some(WatchAction::Unblock(d)) => return decide(d, Action::Unblock),
        Some(WatchAction::Review(r)) => return review(r),
        Some(WatchAction::Export(e)) => return export(e),
        None => {}
    }
    let input = args.input.clone().context("--input is required to watch")?;
    anyhow::ensure!(
        args.host_delay.is_finite() && args.host_delay >= 0.0,
        "--host-delay must be a number of seconds"
    );
    let config = WatchConfig {
        workers: args.sites,
        host_delay: Duration::from_secs_f64(args.host_delay),
        recheck_after: args.recheck,
        retry_unreachable_after: args.retry_unreachable,
        min_score: args.min_score,
        review_score: args.review_score,
        name_prefilter: !args.no_name_prefilter,
        probe: !args.no_probe,
        only_prefiltered: args.only_prefiltered,
        lineage: !args.no_lineage,
        add_confirmed: args.add_confirmed,
        rpz_origin: args.rpz_origin.clone(),
        quarantine_after: args.quarantine_after,
    };
    let crawl = args.crawl.config();
    crawl.validate()?;
    let path = args.db.path()?;
    let store = KnownStore::open_existing(&path)
        .with_context(|| format!("cannot open the store {}", path.display()))?;
    let model = crate::check::model(args.model.as_deref())?;
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default())?;
    let mut watcher = Watcher::open(&args.state, store, model, fingerprinter, config)
        .with_context(|| format!("cannot start watching with state {}", args.state.display()))?;
    if let Some(dir) = &args.evidence {
        crate::sources::sweep_evidence(dir)?;
        watcher = watcher.with_evidence(dir.clone());
    }
    let damaged = watcher.damaged_lines();
    if damaged > 0 {
        writeln!(
            io::stderr(),
            "clone-detect: {damaged} damaged lines in the state folder {} were skipped",
            args.state.display()
        )?;
    }
    let crawled = CrawlProgress::new();
    let screenshots = (!args.shots.no_screenshot).then(|| args.shots.config_with(&crawl));
    let acquirer = crate::live::acquirer(crawl, args.sites, screenshots, crawled.clone())?;
    // A progress line (sites checked, pages, bytes, rate) when stderr is a
    // terminal; the total is unknown.
    let progress = crate::progress::Progress::start("sites", None, crawled);
    let follow = args.follow.then_some(POLL);
    let out = Mutex::new(crate::Terminal(io::stdout()));
    let json = args.json;
    let on_event = |event: &Event<'_>| {
        let mut out = out.lock().unwrap_or_else(|e| e.into_inner());
        let _ = match event {
            Event::Checked(record) => {
                if let Some(p) = &progress {
                    p.done(1);
                }
                print_record(&mut *out, record, json)
            }
            Event::Invalid { line, reason } => {
                writeln!(
                    io::stderr(),
                    "clone-detect: skipped line {line:?}: {}",
                    crate::escape(reason)
                )
            }
            _ => Ok(()),
        };
    };
    let stop = AtomicBool::new(false);
    let summary = if input == Path::new("-") {
        let mut lines = Lines::new(io::stdin(), Path::new("-"), None);
        watcher.run(&mut lines, &acquirer, &stop, &on_event)?
    } else {
        let mut lines = Lines::open(&input, follow)
            .with_context(|| format!("cannot read {}", input.display()))?;
        watcher.run(&mut lines, &acquirer, &stop, &on_event)?
    };
    drop(progress);
    let mut err = io::stderr().lock();
    writeln!(
        err,
        "clone-detect: {} checked ({} confirmed, {} to review, {} unreachable or failed, {} skipped); {} seen recently, {} invalid lines; state in {}",
        summary.checked,
        summary.confirmed,
        summary.review,
        summary.failed,
        summary.skipped,
        summary.fresh,
        summary.invalid,
        args.state.display()
    )?;
    Ok(EXIT_OK)
}

fn print_record<W: Write>(
    out: &mut crate::Terminal<W>,
    r: &CheckRecord,
    json: bool,
) -> io::Result<()> {
    if json {
        // JSON stays exact: its encoder escapes control characters itself.
        let mut shown = r.clone();
        shown.fingerprint = None;
        serde_json::to_writer(&mut out.0, &shown)?;
        writeln!(out.0)?;
        return out.flush();
    }
    let score = r.score.map_or(String::new(), |s| format!(" score {s:.3}"));
    let matched = r.matched.as_ref().map_or(String::new(), |m| {
        format!(" of #{} {}", m.id, crate::escape(&m.label))
    });
    let what = match r.outcome {
        Outcome::Reincarnation => "REINCARNATION",
        Outcome::Review => "review",
        Outcome::Unrelated => "unrelated",
        Outcome::Unreachable => "unreachable",
        Outcome::Failed => "failed",
        Outcome::Skipped => "skipped (no pre-filter picked it)",
    };
    let why = r
        .error
        .as_deref()
        .or(r.reason.as_deref())
        .map_or(String::new(), |e| format!(": {}", crate::escape(e)));
    writeln!(out, "{}: {what}{matched}{score}{why}", r.domain)?;
    out.flush()
}

/// `watch unblock` and `watch review accept|reject`.
fn decide(args: DecideArgs, action: Action) -> anyhow::Result<u8> {
    let DecideArgs {
        domain,
        state,
        reason,
        by,
        db,
    } = args;
    let by = by
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_else(|| "unknown".into());
    let (after, accepted) = decisions::decide(&state, &domain, action, &reason, &by)
        .with_context(|| format!("cannot record the decision in {}", state.display()))?;
    let mut err = io::stderr().lock();
    let domain = clone_detect::blocklist::normalize_domain(&domain)?;
    if let Some(record) = accepted {
        writeln!(
            err,
            "clone-detect: {} blocked as {}",
            crate::escape(&domain),
            record.blocked_as.join(", ")
        )?;
        // The lineage of its match, when the store still holds it.
        if let (Some(m), Ok(path)) = (&record.matched, db.path()) {
            let mut store = KnownStore::open_existing(&path)
                .with_context(|| format!("cannot open the store {}", path.display()))?;
            if store.get(m.id).is_some() {
                store.record_reincarnation(
                    NewReincarnation {
                        matched: m.id,
                        domain: domain.clone(),
                        first_seen: record.checked_at.clone(),
                        score: record.score.unwrap_or(0.0),
                    },
                    None,
                )?;
                writeln!(err, "clone-detect: recorded in the lineage of #{}", m.id)?;
            }
        }
    } else {
        writeln!(
            err,
            "clone-detect: {} will not be blocked ({} blocked, {} to review)",
            crate::escape(&domain),
            after.blocked.len(),
            after.review.len()
        )?;
    }
    Ok(EXIT_OK)
}

/// `watch review`: the queue, or a decision on one item.
fn review(args: ReviewArgs) -> anyhow::Result<u8> {
    let ReviewArgs {
        action,
        state,
        json,
    } = args;
    match action {
        Some(ReviewAction::Accept(d)) => return decide(d, Action::Accept),
        Some(ReviewAction::Reject(d)) => return decide(d, Action::Reject),
        None => {}
    }
    let outputs = rebuild_from_disk(&state)
        .with_context(|| format!("cannot read the watch state {}", state.display()))?;
    let mut out = io::stdout().lock();
    for (domain, item) in &outputs.review {
        if json {
            let mut shown = item.record.clone();
            shown.fingerprint = None;
            serde_json::to_writer(&mut out, &shown)?;
            writeln!(out)?;
        } else {
            let score = item
                .record
                .score
                .map_or(String::new(), |s| format!(" score {s:.3}"));
            let matched = item.record.matched.as_ref().map_or(String::new(), |m| {
                format!(" of #{} {}", m.id, crate::escape(&m.label))
            });
            writeln!(
                out,
                "{}:{matched}{score}: {}",
                crate::escape(domain),
                crate::escape(&item.reason)
            )?;
        }
    }
    writeln!(
        io::stderr(),
        "clone-detect: {} to review, {} blocked, {} allowed{}",
        outputs.review.len(),
        outputs.blocked.len(),
        outputs.allowed.len(),
        if outputs.damaged_lines > 0 {
            format!("; {} damaged lines skipped", outputs.damaged_lines)
        } else {
            String::new()
        }
    )?;
    Ok(EXIT_OK)
}

/// `watch export`: the recorded results as MISP, STIX or CSV.
fn export(args: WatchExportArgs) -> anyhow::Result<u8> {
    let WatchExportArgs {
        state,
        format,
        output,
        outcome,
        model,
    } = args;
    let outcomes: Vec<Outcome> = outcome.into_iter().flat_map(|o| o.outcomes()).collect();
    let results = SiteResult::from_watch_state(&state, &outcomes)
        .with_context(|| format!("cannot read the watch state {}", state.display()))?;
    // The build and model the results were made with, as they say; a
    // model named here is the user's word over theirs.
    let provenance = match model {
        Some(m) => Provenance::of(&crate::check::model(Some(&m))?),
        None => SiteResult::recorded_provenance(&state)?
            .unwrap_or_else(|| Provenance::of(&clone_detect::verdict::FusedModel::shipped())),
    };
    let count = results.len();
    let text = Export::new(results, provenance)?.render(format.into());
    match &output {
        Some(path) => crate::sources::write_file(path, |w| Ok(w.write_all(text.as_bytes())?))?,
        None => io::stdout().lock().write_all(text.as_bytes())?,
    }
    writeln!(
        io::stderr(),
        "clone-detect: {count} results exported from {}",
        state.display()
    )?;
    Ok(EXIT_OK)
}
