//! Is a new site a known site come back? A fused, calibrated score over all
//! signals, the top candidates, and the evidence in plain words.
//!
//! ```
//! use clone_detect::verdict::{FusedModel, Matcher, VerdictKind};
//! use clone_detect::{Fingerprinter, FingerprintConfig, SiteSnapshot};
//!
//! let fingerprinter = Fingerprinter::new(FingerprintConfig::default())?;
//! let page = |body: &str| fingerprinter.fingerprint(
//!     &SiteSnapshot::single_page("index.html", body.as_bytes().to_vec()));
//! let seized = page("<html><head><title>Acme Market</title></head><body><nav><a>Shop</a></nav>\
//!     <script>gtag('config','G-ABCDE12345')</script><p>Welcome to Acme Market</p></body></html>");
//! let unrelated = page("<html><body><table><tr><td>Weather report</td></tr></table></body></html>");
//!
//! let matcher = Matcher::new([(1, "acme", &seized), (2, "weather", &unrelated)], FusedModel::shipped())?;
//! let verdict = matcher.check(&seized)?;
//! assert_eq!(verdict.verdict, VerdictKind::Reincarnation);
//! assert_eq!(verdict.matched.unwrap().id, 1);
//! # Ok::<(), clone_detect::Error>(())
//! ```

mod features;
mod model;

use serde::{Deserialize, Serialize};

use crate::index::{Candidate, KnownIndex, SiteSignals};
use crate::{Result, SiteFingerprint};
pub use features::{
    best_match_mean, pair_features, Distances, Feature, Features, FEATURE_NAMES, N_FEATURES,
};
pub use model::{fit_logistic, FusedModel, MODEL_FORMAT_VERSION};

/// A known site's reference and signals, as a matcher indexes it.
///
/// # Errors
/// [`crate::Error::SpecMismatch`] or [`crate::Error::SchemaVersion`] for a
/// fingerprint this build cannot compare.
pub(crate) fn known_signals(
    id: u64,
    label: &str,
    fp: &SiteFingerprint,
) -> Result<(KnownRef, SiteSignals)> {
    fp.ensure_current()?;
    let known = KnownRef {
        id,
        label: label.to_string(),
    };
    Ok((known, SiteSignals::of(fp)))
}

/// A known site, as a verdict names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnownRef {
    /// Its id in the store.
    pub id: u64,
    /// Its label.
    pub label: String,
}

/// The decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerdictKind {
    /// The site is the matched known site, come back.
    Reincarnation,
    /// No known site scores at or above the threshold.
    Unrelated,
}

/// A candidate and its fused score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ScoredCandidate {
    /// Its id in the store.
    pub id: u64,
    /// Its label.
    pub label: String,
    /// Fused score in [0, 1].
    pub score: f64,
}

/// Where one signal stands on the match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// The signal supports the match.
    Agrees,
    /// The signal speaks against it.
    Disagrees,
    /// One side has no usable value.
    Absent,
}

/// One signal's evidence about the best candidate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Evidence {
    /// The feature (serialised as its name).
    pub signal: Feature,
    /// Agrees, disagrees, or absent.
    pub stance: Stance,
    /// The feature's value in [0, 1].
    pub value: f64,
    /// What it added to the logit of the fused score.
    pub contribution: f64,
    /// In plain words: the distance or the shared value, and how common it is.
    pub detail: String,
}

/// The verdict on one site.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Verdict {
    /// Where the checked fingerprint came from.
    pub source: String,
    /// Reincarnation or unrelated.
    pub verdict: VerdictKind,
    /// The best candidate's fused score (0 when there is none).
    pub score: f64,
    /// The model's threshold.
    pub threshold: f64,
    /// The matched known site (the best candidate) when the verdict is a
    /// reincarnation.
    #[serde(rename = "match")]
    pub matched: Option<KnownRef>,
    /// The best candidates, best first (at most five).
    pub candidates: Vec<ScoredCandidate>,
    /// Each signal's stance on the best candidate.
    pub evidence: Vec<Evidence>,
}

/// A scored candidate with its features, for evaluation and evidence.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Scored {
    /// Position of the known site in the index.
    pub site: u32,
    /// Fused score.
    pub score: f64,
    /// The features behind it.
    pub features: Features,
}

/// Matches fingerprints against known sites.
#[derive(Clone, Debug)]
pub struct Matcher {
    index: KnownIndex,
    known: Vec<KnownRef>,
    model: FusedModel,
}

impl Matcher {
    /// Indexes known sites given as `(id, label, fingerprint)`.
    ///
    /// # Errors
    /// [`crate::Error::SpecMismatch`] or [`crate::Error::SchemaVersion`] for a
    /// fingerprint this build cannot compare.
    pub fn new<'a, L: AsRef<str> + 'a>(
        known: impl IntoIterator<Item = (u64, L, &'a SiteFingerprint)>,
        model: FusedModel,
    ) -> Result<Self> {
        let known = known
            .into_iter()
            .map(|(id, label, fp)| known_signals(id, label.as_ref(), fp))
            .collect::<Result<Vec<_>>>()?;
        Ok(Self::from_signals(known, model))
    }

    /// Indexes known sites given as already extracted signals (for callers
    /// that keep signals rather than whole fingerprints, and for benchmarks).
    pub fn from_signals(known: Vec<(KnownRef, SiteSignals)>, model: FusedModel) -> Self {
        let (refs, signals): (Vec<KnownRef>, Vec<SiteSignals>) = known.into_iter().unzip();
        Self {
            index: KnownIndex::new(signals, model.search.clone()),
            known: refs,
            model,
        }
    }

    /// The index.
    pub fn index(&self) -> &KnownIndex {
        &self.index
    }

    /// The model.
    pub fn model(&self) -> &FusedModel {
        &self.model
    }

    /// The known site at an index position.
    pub fn known(&self, pos: u32) -> &KnownRef {
        &self.known[pos as usize]
    }

    /// Checks one fingerprint.
    ///
    /// # Errors
    /// [`crate::Error::SpecMismatch`] or [`crate::Error::SchemaVersion`] when
    /// the fingerprint cannot be compared with this build's.
    pub fn check(&self, query: &SiteFingerprint) -> Result<Verdict> {
        query.ensure_current()?;
        Ok(self.check_signals(&query.source, &SiteSignals::of(query)))
    }

    /// Scores candidates of a query, best first (ties by store id).
    /// `exhaustive` scores every known site instead of the index's
    /// candidates.
    pub fn score(&self, query: &SiteSignals, exhaustive: bool) -> Vec<Scored> {
        let candidates: Vec<Candidate> = if exhaustive {
            self.index.all_candidates(query)
        } else {
            self.index.candidates(query)
        };
        let mut scored: Vec<Scored> = candidates
            .iter()
            .map(|c| {
                let f = features::features(&self.index, query, c);
                Scored {
                    site: c.site,
                    score: self.model.score(&f.values),
                    features: f,
                }
            })
            .collect();
        scored.sort_by(|a, b| {
            b.score.total_cmp(&a.score).then(
                self.known[a.site as usize]
                    .id
                    .cmp(&self.known[b.site as usize].id),
            )
        });
        scored
    }

    /// Scores the indexed site at `pos` against its candidates, itself left
    /// out, as [`check`](Self::check) scores it against a store of all the
    /// other indexed sites (document frequencies and the template crowd
    /// leave the site out); by site
    /// position. `scan` finds candidates with
    /// [`KnownIndex::scan_candidates`] (the reference) instead of the tables.
    pub fn score_among(&self, pos: u32, scan: bool) -> Vec<Scored> {
        let query = self.index.site(pos);
        let candidates = if scan {
            self.index.scan_candidates(query)
        } else {
            self.index.candidates(query)
        };
        candidates
            .iter()
            .filter(|c| c.site != pos)
            .map(|c| {
                let f = features::features_among(&self.index, query, c, true);
                Scored {
                    site: c.site,
                    score: self.model.score(&f.values),
                    features: f,
                }
            })
            .collect()
    }

    /// Checks already extracted signals.
    pub fn check_signals(&self, source: &str, query: &SiteSignals) -> Verdict {
        let scored = self.score(query, false);
        let best = scored.first();
        let score = best.map_or(0.0, |b| b.score);
        let matched = best
            .filter(|b| b.score >= self.model.threshold)
            .map(|b| self.known[b.site as usize].clone());
        Verdict {
            source: source.to_string(),
            verdict: if matched.is_some() {
                VerdictKind::Reincarnation
            } else {
                VerdictKind::Unrelated
            },
            score,
            threshold: self.model.threshold,
            matched,
            candidates: scored
                .iter()
                .take(5)
                .map(|s| ScoredCandidate {
                    id: self.known[s.site as usize].id,
                    label: self.known[s.site as usize].label.clone(),
                    score: s.score,
                })
                .collect(),
            evidence: best.map_or_else(Vec::new, |b| self.evidence(query, b)),
        }
    }

    /// Each signal's stance on a scored pair, in plain words.
    pub fn evidence(&self, query: &SiteSignals, best: &Scored) -> Vec<Evidence> {
        let known = self.index.site(best.site);
        let f = &best.features;
        let n = f.known;
        let common = |prefix: &str| -> String {
            f.shared
                .iter()
                .filter(|(k, _)| k.starts_with(prefix))
                .map(|(k, df)| {
                    format!(
                        "{} (carried by {df} of {n} known sites)",
                        k.split_once(':').map_or(k.as_str(), |x| x.1)
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut out = Vec::new();
        for feature in Feature::ALL {
            let value = f.value(feature);
            let mut contribution = self.model.weights[feature.index()] * value;
            let distance_detail = |what: &str| match f.distance(feature) {
                Some(d) => (true, format!("{what} {d} of 64 bits apart")),
                None => (
                    false,
                    format!("{what}: missing or uninformative on one side"),
                ),
            };
            let (present, mut detail) = match feature {
                // Reported with the template.
                Feature::TemplateSpecific => continue,
                Feature::Template => distance_detail("page templates"),
                Feature::RootTemplate => distance_detail("root page templates"),
                Feature::Text => distance_detail("page texts"),
                Feature::Screenshot => distance_detail("screenshots (pHash)"),
                Feature::FaviconPhash => distance_detail("favicons (pHash)"),
                Feature::FaviconMmh3 => match (query.favicon_mmh3, known.favicon_mmh3) {
                    (Some(_), Some(_)) if value > 0.0 => (
                        true,
                        format!("same favicon, Shodan hash {}", common("favicon:")),
                    ),
                    (Some(a), Some(b)) => {
                        (true, format!("different favicons (Shodan hash {a} vs {b})"))
                    }
                    _ => (
                        false,
                        "favicon: missing or uninformative on one side".into(),
                    ),
                },
                Feature::Domhash => match (&query.domhash, &known.domhash) {
                    (Some(_), Some(_)) if value > 0.0 => (
                        true,
                        format!("same DOM structure, domhash {}", common("domhash:")),
                    ),
                    (Some(_), Some(_)) => (true, "different DOM structure (domhash)".into()),
                    _ => (false, "domhash: page without structure on one side".into()),
                },
                Feature::HtmlMmh3 => match (query.html_mmh3, known.html_mmh3) {
                    (Some(_), Some(_)) if value > 0.0 => (
                        true,
                        format!("byte-identical root page, {}", common("html:")),
                    ),
                    (Some(_), Some(_)) => (true, "root pages differ in their bytes".into()),
                    _ => (false, "root page missing on one side".into()),
                },
                Feature::Assets if query.assets.is_empty() || known.assets.is_empty() => {
                    (false, "no linked scripts or stylesheets on one side".into())
                }
                Feature::Assets => {
                    let shared = f
                        .shared
                        .iter()
                        .filter(|(k, _)| k.starts_with("asset:"))
                        .count();
                    (
                        true,
                        format!(
                            "{shared} shared scripts/stylesheets, rarity-weighted overlap {value:.2}"
                        ),
                    )
                }
                Feature::Ids if query.ids.is_empty() || known.ids.is_empty() => {
                    (false, "no operator identifiers on one side".into())
                }
                Feature::Ids if value > 0.0 => {
                    (true, format!("shared identifiers: {}", common("id:")))
                }
                Feature::Ids => (true, "no shared operator identifier".into()),
                Feature::Title if query.title_words.is_empty() || known.title_words.is_empty() => {
                    (false, "no title on one side".into())
                }
                Feature::Title => (
                    true,
                    format!(
                        "titles share {:.0}% of their name words (weighed by rarity, times \
                         how far the sites' template, look or words agree)",
                        value * 100.0
                    ),
                ),
                Feature::Vocabulary
                    if query.vocabulary.is_empty() || known.vocabulary.is_empty() =>
                {
                    (
                        false,
                        "vocabulary: too few words on one side, or a fingerprint made before \
                         the signal (fingerprint it again)"
                            .into(),
                    )
                }
                Feature::Vocabulary => (
                    true,
                    format!(
                        "the sites' distinct words overlap by about {:.0}% (Jaccard, estimated \
                         from a sample of up to {} words)",
                        value * 100.0,
                        crate::signal::vocabulary::SKETCH_SIZE
                    ),
                ),
                Feature::PageText if query.page_texts.is_empty() || known.page_texts.is_empty() => {
                    (
                        false,
                        format!(
                            "page text: no page of {} words or more on one side",
                            crate::index::MIN_PAGE_TEXT_WORDS
                        ),
                    )
                }
                Feature::PageText => (
                    true,
                    format!(
                        "page to page, {} and {} pages: each page's best text match on the other \
                         site, {:.0}% on average",
                        query.page_texts.len(),
                        known.page_texts.len(),
                        value * 100.0
                    ),
                ),
                Feature::FaviconDiffers => match (f.distances.favicon_phash, value > 0.0) {
                    (Some(d), true) => (
                        true,
                        format!(
                            "against: different favicons ({d} of 64 bits apart), neither \
                             common among known sites ({value:.2})"
                        ),
                    ),
                    (Some(_), false) => (
                        true,
                        "no evidence against from the favicons (the same, or a common one)".into(),
                    ),
                    (None, _) => (false, "favicon: missing on one side".into()),
                },
                Feature::TitleDiffers
                    if query.title_words.is_empty() || known.title_words.is_empty() =>
                {
                    (false, "no title on one side".into())
                }
                Feature::TitleDiffers if value > 0.0 => (
                    true,
                    format!(
                        "against: each title has a word rare among known sites that the \
                         other lacks, and the texts differ ({value:.2})"
                    ),
                ),
                Feature::TitleDiffers => (
                    true,
                    "no evidence against from the titles (a rare word shared, or none)".into(),
                ),
                Feature::ContentDiffers
                    if f.distances.template.is_none()
                        || ((query.page_texts.is_empty() || known.page_texts.is_empty())
                            && (query.vocabulary.is_empty() || known.vocabulary.is_empty())) =>
                {
                    (
                        false,
                        "no template or no words to compare on one side".into(),
                    )
                }
                Feature::ContentDiffers if value > 0.0 => (
                    true,
                    format!(
                        "against: the templates agree more than the words do (page text {:.0}%, \
                         words {:.0}%, template {:.0}%): what theme-mates share ({value:.2})",
                        f.value(Feature::PageText) * 100.0,
                        f.value(Feature::Vocabulary) * 100.0,
                        f.value(Feature::Template) * 100.0,
                    ),
                ),
                Feature::ContentDiffers => (
                    true,
                    "no evidence against from the content (the words agree as much as the \
                     template)"
                        .into(),
                ),
            };
            if feature == Feature::Template {
                let specific = Feature::TemplateSpecific;
                contribution += self.model.weights[specific.index()] * f.value(specific);
                if f.template_crowd > 0 {
                    detail += &format!(
                        "; {} of {n} known sites have a template this close",
                        f.template_crowd
                    );
                }
            }
            let cut = self.model.signal_threshold(feature.name()).unwrap_or(0.5);
            // Evidence against only ever disagrees (when it counts at all);
            // when it has nothing to say it stands aside, never agrees.
            let stance = if !present {
                Stance::Absent
            } else if feature.is_against() {
                if value > 0.0 {
                    Stance::Disagrees
                } else {
                    Stance::Absent
                }
            } else if value >= cut && value > 0.0 {
                Stance::Agrees
            } else {
                Stance::Disagrees
            };
            out.push(Evidence {
                signal: feature,
                stance,
                value,
                contribution,
                detail,
            });
        }
        out
    }
}
