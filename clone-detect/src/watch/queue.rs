//! The work queue: pre-filtered candidates first, and politeness per
//! registrable domain (never two requests at once, a pause between two).

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::time::{Duration, Instant};

use super::state::Candidate;

/// The priority of a candidate the name pre-filter picked.
pub(crate) const PICKED_BY_NAME: u8 = 2;
/// The priority of a candidate its probe picked.
pub(crate) const PICKED_BY_PROBE: u8 = 1;

/// A queued candidate.
#[derive(Clone, Debug)]
pub(crate) struct Item {
    pub candidate: Candidate,
    /// The registrable domain: the unit of politeness.
    pub key: String,
    /// [`PICKED_BY_NAME`], [`PICKED_BY_PROBE`], or 0: not picked.
    pub priority: u8,
    /// Whether the probe ran (or is not needed).
    pub probed: bool,
    /// The pre-filters that picked it.
    pub reasons: Vec<String>,
    /// How long its probe took.
    pub probe_ms: u64,
    /// Order of arrival.
    seq: u64,
}

impl Item {
    pub fn new(candidate: Candidate, probe: bool) -> Self {
        let key = psl::domain_str(&candidate.domain)
            .unwrap_or(&candidate.domain)
            .to_string();
        Self {
            candidate,
            key,
            priority: 0,
            probed: !probe,
            reasons: Vec::new(),
            probe_ms: 0,
            seq: 0,
        }
    }
}

/// What a worker does next.
#[derive(Debug)]
pub(crate) enum Task {
    Probe(Item),
    Check(Item),
}

impl Task {
    pub fn item(&self) -> &Item {
        match self {
            Task::Probe(i) | Task::Check(i) => i,
        }
    }
}

#[derive(Debug)]
pub(crate) struct Queue {
    /// Waiting items by arrival.
    waiting: BTreeMap<u64, Item>,
    /// Probed (or not to be probed) items, best first.
    ready: BTreeSet<(Reverse<u8>, u64)>,
    /// Items waiting for their probe, by arrival.
    unprobed: BTreeSet<u64>,
    /// Domains waiting or in flight.
    domains: BTreeSet<String>,
    /// Registrable domains in flight.
    busy: BTreeSet<String>,
    /// When the last request to a registrable domain finished (recent ones).
    last: HashMap<String, Instant>,
    delay: Duration,
    next_seq: u64,
    closed: bool,
}

impl Queue {
    pub fn new(delay: Duration) -> Self {
        Self {
            waiting: BTreeMap::new(),
            ready: BTreeSet::new(),
            unprobed: BTreeSet::new(),
            domains: BTreeSet::new(),
            busy: BTreeSet::new(),
            last: HashMap::new(),
            delay,
            next_seq: 0,
            closed: false,
        }
    }

    /// Adds an item (a new one, or one back from its probe).
    pub fn push(&mut self, mut item: Item) {
        if item.seq == 0 {
            self.next_seq += 1;
            item.seq = self.next_seq;
        }
        self.domains.insert(item.candidate.domain.clone());
        if item.probed {
            self.ready.insert((Reverse(item.priority), item.seq));
        } else {
            self.unprobed.insert(item.seq);
        }
        self.waiting.insert(item.seq, item);
    }

    pub fn contains(&self, domain: &str) -> bool {
        self.domains.contains(domain)
    }

    /// No more input will come.
    pub fn close(&mut self) {
        self.closed = true;
    }

    pub fn is_closed(&self) -> bool {
        self.closed
    }

    /// Input closed, nothing waiting, nothing in flight.
    pub fn finished(&self) -> bool {
        self.closed && self.waiting.is_empty() && self.busy.is_empty()
    }

    fn polite(&self, key: &str, now: Instant) -> bool {
        !self.busy.contains(key)
            && self
                .last
                .get(key)
                .is_none_or(|t| now.duration_since(*t) >= self.delay)
    }

    fn polite_seq(&self, seq: u64, now: Instant) -> bool {
        self.waiting
            .get(&seq)
            .is_some_and(|i| self.polite(&i.key, now))
    }

    /// The next task: a picked candidate's check, else a probe, else any
    /// check; each the earliest arrived among those polite to take now.
    /// Only items that must wait for their domain are passed over.
    pub fn take(&mut self, now: Instant, probe_first: bool) -> Option<Task> {
        let picked = self
            .ready
            .iter()
            .take_while(|(Reverse(p), _)| *p > 0)
            .find(|(_, seq)| self.polite_seq(*seq, now))
            .map(|(_, seq)| *seq);
        let probe = || {
            self.unprobed
                .iter()
                .find(|seq| self.polite_seq(**seq, now))
                .copied()
        };
        let any = || {
            self.ready
                .iter()
                .find(|(_, seq)| self.polite_seq(*seq, now))
                .map(|(_, seq)| *seq)
        };
        let seq = picked
            .or_else(|| if probe_first { probe() } else { None })
            .or_else(any)?;
        let item = self.waiting.remove(&seq).expect("indexed items wait");
        self.ready.remove(&(Reverse(item.priority), seq));
        self.unprobed.remove(&seq);
        self.busy.insert(item.key.clone());
        Some(if item.probed {
            Task::Check(item)
        } else {
            Task::Probe(item)
        })
    }

    /// A task on `key` ended.
    pub fn release(&mut self, key: &str, now: Instant) {
        self.busy.remove(key);
        self.last.insert(key.to_string(), now);
        if self.last.len() > 4096 {
            // Only pauses still running matter.
            let delay = self.delay;
            self.last.retain(|_, t| now.duration_since(*t) < delay);
        }
    }

    /// A task ended for good (its result is recorded).
    pub fn forget(&mut self, domain: &str) {
        self.domains.remove(domain);
    }

    /// How long until the earliest waiting item may be taken.
    pub fn next_ready(&self, now: Instant) -> Option<Duration> {
        self.waiting
            .values()
            .filter(|i| !self.busy.contains(&i.key))
            .map(|i| {
                self.last.get(&i.key).map_or(Duration::ZERO, |t| {
                    (*t + self.delay).saturating_duration_since(now)
                })
            })
            .min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::watch::clock::{Clock, ManualClock};

    fn item(domain: &str, probe: bool) -> Item {
        Item::new(
            Candidate {
                domain: domain.into(),
                url: format!("http://{domain}/"),
            },
            probe,
        )
    }

    #[test]
    fn picked_first_then_probes_then_the_rest() {
        let mut q = Queue::new(Duration::ZERO);
        q.push(item("plain.example", false));
        q.push(item("unprobed.example", true));
        let mut named = item("named.example", true);
        named.priority = PICKED_BY_NAME;
        named.probed = true;
        q.push(named);
        let now = ManualClock::default().now_instant();
        let order: Vec<(bool, String)> = std::iter::from_fn(|| {
            let t = q.take(now, true)?;
            let (probe, d) = match &t {
                Task::Probe(i) => (true, i.candidate.domain.clone()),
                Task::Check(i) => (false, i.candidate.domain.clone()),
            };
            q.release(&t.item().key, now);
            Some((probe, d))
        })
        .collect();
        assert_eq!(
            order,
            [
                (false, "named.example".to_string()),
                (true, "unprobed.example".to_string()),
                (false, "plain.example".to_string()),
            ]
        );
    }

    #[test]
    fn a_hundred_thousand_waiting_items_are_taken_in_arrival_order() {
        let mut q = Queue::new(Duration::ZERO);
        for i in 0..100_000 {
            q.push(item(&format!("site{i}.example"), false));
        }
        let now = ManualClock::default().now_instant();
        for i in 0..100_000 {
            let t = q.take(now, true).unwrap();
            assert_eq!(t.item().candidate.domain, format!("site{i}.example"));
            q.release(&t.item().key.clone(), now);
            q.forget(&format!("site{i}.example"));
        }
        q.close();
        assert!(q.finished());
        assert!(q.last.len() <= 4097);
    }

    #[test]
    fn one_registrable_domain_at_a_time_with_a_pause() {
        let mut q = Queue::new(Duration::from_secs(5));
        q.push(item("a.shop.example", false));
        q.push(item("b.shop.example", false));
        q.push(item("other.example", false));
        let now = ManualClock::default().now_instant();
        let first = q.take(now, false).unwrap();
        assert_eq!(first.item().candidate.domain, "a.shop.example");
        let second = q.take(now, false).unwrap();
        assert_eq!(second.item().candidate.domain, "other.example");
        assert!(q.take(now, false).is_none()); // shop.example is busy
        q.release("shop.example", now);
        assert!(q.take(now, false).is_none()); // and must rest
        assert_eq!(q.next_ready(now), Some(Duration::from_secs(5)));
        let later = now + Duration::from_secs(5);
        assert_eq!(
            q.take(later, false).unwrap().item().candidate.domain,
            "b.shop.example"
        );
        q.release("shop.example", later);
        q.release("other.example", later);
        q.close();
        assert!(q.finished());
    }
}
