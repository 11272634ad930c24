//! Where results go, in this order: the state folder first
//! (`results.jsonl`, the source of truth), then the outputs rebuilt from it
//! (blocklist, `confirmed.jsonl`, `review.jsonl`), then the store's lineage.
//! A kill between two steps is mended on the next start
//! ([`Watcher::catch_up`]): every later step is idempotent and replayed
//! from the results.

use std::sync::Arc;

use super::check::Known;
use super::outputs::History;
use super::policy::Lists;
use super::records::{CheckRecord, Outcome};
use super::state::WatchState;
use super::Watcher;
use crate::store::{KnownStore, NewKnownSite, NewReincarnation};
use crate::{Result, SiteFingerprint};

/// Everything a watch writes: state, outputs, store. One lock.
#[derive(Debug)]
pub(crate) struct Sink {
    pub state: WatchState,
    pub history: History,
    pub store: KnownStore,
}

impl Watcher {
    /// Rebuilds the outputs from the results and decisions, and replays
    /// the lineage of every blocked domain (idempotent): what a kill
    /// interrupted is finished now.
    pub(super) fn catch_up(&self) -> Result<()> {
        let mut sink = self.lock_sink();
        let outputs = sink
            .history
            .rebuild(sink.state.dir(), &self.config.rpz_origin)?;
        let mut rebuilt = false;
        for r in outputs.blocked.values() {
            // The fingerprint of a confirmed result is only in the state.
            let full = sink
                .state
                .results()
                .get(&r.domain)
                .filter(|l| l.checked_at == r.checked_at)
                .cloned();
            let record = full.unwrap_or_else(|| r.clone());
            rebuilt |= self.record_lineage(&mut sink.store, &record)?;
        }
        if rebuilt {
            self.reindex(&sink.store)?;
        }
        Ok(())
    }

    /// Records a result: the state first, then the outputs, then the
    /// lineage. Returns the record as stored (the caller tells of it).
    pub(super) fn record(
        &self,
        mut record: CheckRecord,
        fingerprint: Option<Box<SiteFingerprint>>,
    ) -> Result<CheckRecord> {
        let mut sink = self.lock_sink();
        if let Some(m) = &record.matched {
            record.lineage_of = Some(sink.store.root_of(m.id));
        }
        if self.config.add_confirmed {
            record.fingerprint = fingerprint;
        }
        sink.state.record(record.clone())?;
        // Only a result that can change the outputs rebuilds them.
        let mut blocked = false;
        if sink.history.add(&record) {
            let outputs = sink
                .history
                .rebuild(sink.state.dir(), &self.config.rpz_origin)?;
            blocked = outputs
                .blocked
                .get(&record.domain)
                .is_some_and(|b| b.checked_at == record.checked_at);
        }
        if blocked && self.record_lineage(&mut sink.store, &record)? {
            self.reindex(&sink.store)?;
        }
        Ok(record)
    }

    /// Records a confirmed reincarnation in the lineage (and the store,
    /// when asked). Returns whether a known site was added.
    fn record_lineage(&self, store: &mut KnownStore, record: &CheckRecord) -> Result<bool> {
        if !self.config.lineage || record.outcome != Outcome::Reincarnation {
            return Ok(false);
        }
        let Some(matched) = &record.matched else {
            return Ok(false);
        };
        if store.get(matched.id).is_none() {
            return Ok(false); // removed from the store since
        }
        let site = match (&record.fingerprint, self.config.add_confirmed) {
            (Some(fp), true) => {
                let root = store.root_of(matched.id);
                let label = store
                    .get(root)
                    .map_or(matched.label.as_str(), |s| s.label.as_str());
                Some(NewKnownSite {
                    label: format!("{label} ({})", record.domain),
                    first_seen: Some(record.checked_at.clone()),
                    last_seen: None,
                    reincarnation_of: None,
                    tags: Vec::new(),
                    fingerprint: (**fp).clone(),
                })
            }
            _ => None,
        };
        let recorded = store.record_reincarnation(
            NewReincarnation {
                matched: matched.id,
                domain: record.domain.clone(),
                first_seen: record.checked_at.clone(),
                score: record.score.unwrap_or(0.0),
            },
            site,
        )?;
        Ok(recorded.is_some_and(|r| r.site.is_some()))
    }

    /// Takes in what others added to or removed from the store since the
    /// last look (`known add`, `known remove`, `known repair` while the
    /// watch runs), and re-indexes when anything changed. A store that
    /// cannot be read now keeps what was read before (the next look tries
    /// again): a watch does not stop for it.
    pub(super) fn refresh_store(&self) {
        let mut sink = self.lock_sink();
        if let Ok(true) = sink.store.refresh() {
            let _ = self.reindex(&sink.store);
        }
    }

    /// Indexes the known sites of `store` afresh, for the matcher and the
    /// pre-filters.
    fn reindex(&self, store: &KnownStore) -> Result<()> {
        let known = Known::build(store, &self.model)?;
        *self.known.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(known);
        Ok(())
    }

    /// The name lists, read afresh (the user may have extended them).
    pub(super) fn lists(&self) -> Result<Lists> {
        Lists::load(self.lock_sink().state.dir(), &self.config.rpz_origin)
    }
}
