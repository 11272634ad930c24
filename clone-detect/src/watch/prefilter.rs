//! The pre-filters: cheap looks that order the work and never decide a
//! verdict. A candidate whose name resembles a known site's domain
//! ([`names`](super::names)) is checked first; one whose home page (a
//! one-page probe) has a known favicon hash or title comes next.
//!
//! The index is built from the store: every host a known site was seen
//! under, and the favicon hashes and titles of its lineage. A value that
//! many lineages share (a framework's default favicon or title) picks
//! nothing out and is left out.

use std::collections::{BTreeMap, BTreeSet};

use super::config::WatchConfig;
use super::names::KnownNames;
use super::queue::{Item, PICKED_BY_NAME, PICKED_BY_PROBE};
use super::state::Candidate;
use crate::store::KnownStore;
use crate::SiteFingerprint;

/// Titles shorter than this many bytes (after [`title_key`]) pick nothing
/// out.
const MIN_TITLE_BYTES: usize = 4;

/// What the pre-filters compare candidates with.
#[derive(Debug, Default)]
pub(crate) struct Prefilter {
    names: KnownNames,
    favicons: BTreeSet<i32>,
    titles: BTreeSet<String>,
}

impl Prefilter {
    /// Indexes the known sites of `store`.
    pub fn build(store: &KnownStore) -> Self {
        let mut names = KnownNames::default();
        // Which lineages (not sites: a lineage may hold several looks of one
        // site) carry each favicon hash and title.
        let mut favicon_lineages: BTreeMap<i32, BTreeSet<u64>> = BTreeMap::new();
        let mut title_lineages: BTreeMap<String, BTreeSet<u64>> = BTreeMap::new();
        let mut lineages = BTreeSet::new();
        for site in store.sites() {
            let lineage = store.root_of(site.id);
            lineages.insert(lineage);
            let fp = &site.fingerprint;
            for host in hosts_of(fp) {
                names.add(&host);
            }
            for r in store.lineage(site.id) {
                names.add(&r.domain);
            }
            if let Some(f) = &fp.favicon {
                if !f.uninformative && !fp.uninformative.iter().any(|u| u == "favicon") {
                    favicon_lineages.entry(f.mmh3).or_default().insert(lineage);
                }
            }
            if let Some(t) = fp
                .title
                .as_deref()
                .map(title_key)
                .filter(|t| t.len() >= MIN_TITLE_BYTES)
            {
                title_lineages.entry(t).or_default().insert(lineage);
            }
        }
        // A value many known sites share picks nothing out.
        let crowd = (lineages.len() / 10).max(2);
        Self {
            names,
            favicons: distinctive(favicon_lineages, crowd),
            titles: distinctive(title_lineages, crowd),
        }
    }

    /// A queue item for `candidate`: picked by the name pre-filter (and
    /// then not probed) or not.
    pub fn prioritise(&self, candidate: Candidate, config: &WatchConfig) -> Item {
        let mut item = Item::new(candidate, config.probe);
        if config.name_prefilter {
            if let Some(name) = self.names.resembles(&item.candidate.domain) {
                item.reasons.push(format!("name:{name}"));
                item.priority = PICKED_BY_NAME;
                item.probed = true; // picked already: no need to probe
            }
        }
        item
    }

    /// Takes in the probe of `item`'s home page: a known favicon hash or
    /// title picks it. Returns whether anything did.
    pub fn take_probe(&self, item: &mut Item, probed: &SiteFingerprint) -> bool {
        if probed
            .favicon
            .as_ref()
            .is_some_and(|f| !f.uninformative && self.favicons.contains(&f.mmh3))
        {
            item.reasons.push("favicon".into());
        }
        if probed
            .title
            .as_deref()
            .is_some_and(|t| self.titles.contains(&title_key(t)))
        {
            item.reasons.push("title".into());
        }
        item.probed = true;
        let picked = !item.reasons.is_empty();
        if picked {
            item.priority = PICKED_BY_PROBE;
        }
        picked
    }
}

/// The values carried by at most `crowd` lineages.
fn distinctive<T: Ord>(lineages_by_value: BTreeMap<T, BTreeSet<u64>>, crowd: usize) -> BTreeSet<T> {
    lineages_by_value
        .into_iter()
        .filter(|(_, lineages)| lineages.len() <= crowd)
        .map(|(value, _)| value)
        .collect()
}

/// Every host a fingerprint was seen under: its source, where it ended,
/// and its pages.
fn hosts_of(fp: &SiteFingerprint) -> impl Iterator<Item = String> + '_ {
    std::iter::once(&fp.source)
        .chain(fp.final_url.as_ref())
        .chain(fp.pages.iter().map(|p| &p.url))
        .filter_map(|url| {
            url::Url::parse(url)
                .ok()
                .and_then(|u| u.host_str().map(str::to_string))
        })
}

/// A title as compared: words joined by one space, lower case.
fn title_key(title: &str) -> String {
    title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::NewKnownSite;
    use crate::{FingerprintConfig, Fingerprinter, SiteSnapshot};

    fn fingerprint(url: &str, title: &str) -> SiteFingerprint {
        let page =
            format!("<html><head><title>{title}</title></head><body><p>{title}</p></body></html>");
        Fingerprinter::new(FingerprintConfig::default())
            .unwrap()
            .fingerprint(&SiteSnapshot::single_page(url, page.into_bytes()))
    }

    fn candidate(domain: &str) -> Candidate {
        Candidate {
            domain: domain.into(),
            url: format!("http://{domain}/"),
        }
    }

    /// A store of one site per title, each its own lineage.
    fn prefilter(sites: &[(&str, &str)]) -> Prefilter {
        let dir = tempfile::tempdir().unwrap();
        let mut store = KnownStore::open(dir.path().join("known.cdstore")).unwrap();
        for (url, title) in sites {
            store
                .add(NewKnownSite::new(*title, fingerprint(url, title)))
                .unwrap();
        }
        Prefilter::build(&store)
    }

    #[test]
    fn titles_are_compared_by_their_words_whatever_the_case_and_spacing() {
        assert_eq!(title_key("  Seized\tMARKET \n Two "), "seized market two");
        let index = prefilter(&[("https://seized.example/", "Seized Market")]);
        let mut item = index.prioritise(candidate("fresh.example"), &WatchConfig::default());
        assert_eq!((item.priority, item.probed), (0, false));
        let probed = fingerprint("http://fresh.example/", "seized   market");
        assert!(index.take_probe(&mut item, &probed));
        assert_eq!(item.reasons, ["title"]);
        assert_eq!((item.priority, item.probed), (PICKED_BY_PROBE, true));
        // A title nobody knows picks nothing, but the probe is done.
        let mut other = index.prioritise(candidate("other.example"), &WatchConfig::default());
        assert!(!index.take_probe(&mut other, &fingerprint("http://other.example/", "Recipes")));
        assert_eq!((other.priority, other.probed), (0, true));
    }

    #[test]
    fn a_name_like_a_known_host_is_picked_without_a_probe_unless_turned_off() {
        let index = prefilter(&[("https://seized-market.example/", "Seized Market")]);
        let picked = index.prioritise(candidate("seized-market.net"), &WatchConfig::default());
        assert_eq!(picked.reasons, ["name:seized-market"]);
        assert_eq!((picked.priority, picked.probed), (PICKED_BY_NAME, true));
        let off = WatchConfig {
            name_prefilter: false,
            ..WatchConfig::default()
        };
        let unpicked = index.prioritise(candidate("seized-market.net"), &off);
        assert!(unpicked.reasons.is_empty());
        assert_eq!((unpicked.priority, unpicked.probed), (0, false));
    }

    #[test]
    fn a_title_shared_by_more_lineages_than_the_crowd_picks_nothing() {
        // Three lineages: the crowd is 2.
        let shared = [
            ("https://a.example/", "Welcome to nginx"),
            ("https://b.example/", "Welcome to nginx"),
            ("https://c.example/", "Welcome to nginx"),
        ];
        let index = prefilter(&shared);
        let mut item = index.prioritise(candidate("new.example"), &WatchConfig::default());
        assert!(!index.take_probe(
            &mut item,
            &fingerprint("http://new.example/", "Welcome to nginx")
        ));
        let two = prefilter(&shared[..2]);
        let mut item = two.prioritise(candidate("new.example"), &WatchConfig::default());
        assert!(two.take_probe(
            &mut item,
            &fingerprint("http://new.example/", "Welcome to nginx")
        ));
    }
}
