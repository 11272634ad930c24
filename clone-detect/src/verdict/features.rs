//! The features of a (query, known site) pair: one similarity in [0, 1] per
//! signal, with values many known sites share discounted by their document
//! frequency, and three features of evidence against a match (see
//! [`Feature::is_against`]).

use serde::{Deserialize, Serialize};

use crate::index::{asset_hex, is_name_word, Candidate, KnownIndex, SiteSignals};
use crate::signal::vocabulary;

/// One feature of a (query, known site) pair. Its position in
/// [`Feature::ALL`] is its index in [`Features::values`] and in the model's
/// coefficients; it serialises as its [`name`](Feature::name).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Feature {
    /// Template simhashes of the site (aggregate), by distance.
    Template,
    /// [`Template`](Self::Template), divided by how many known sites have a
    /// template this close (theme-mates share one).
    TemplateSpecific,
    /// Template simhashes of the root pages, by distance.
    RootTemplate,
    /// Text simhashes, by distance.
    Text,
    /// Page-to-page text: each page's best text match among the other
    /// site's pages, averaged over the pages of both sites
    /// ([`best_match_mean`]). Two releases of one site keep pages whose text
    /// barely moved (a FAQ, an about page) even when the pages kept differ
    /// and move the site's text simhash; two sites on one theme share no
    /// page's text. An average over all the pages, not the best pair: one
    /// shared boilerplate page (a licence) counts for its share of them.
    PageText,
    /// Screenshot pHashes, by distance.
    Screenshot,
    /// Favicon pHashes, by distance.
    FaviconPhash,
    /// The same Shodan favicon hash, weighed by its rarity.
    FaviconMmh3,
    /// The same domhash (DOM structure), weighed by its rarity.
    Domhash,
    /// The same root page bytes (Shodan `http.html_hash`), weighed by its
    /// rarity.
    HtmlMmh3,
    /// Shared scripts and stylesheets, rarity-weighted Jaccard.
    Assets,
    /// The rarest shared operator identifier.
    Ids,
    /// Jaccard of the titles' words that can name a product (no digits:
    /// [`is_name_word`]), each weighted by its rarity among known sites,
    /// times the best agreement of what the sites show (template,
    /// screenshot, page text, vocabulary): a title anyone can copy never
    /// makes a match alone.
    Title,
    /// Estimated Jaccard of the distinct words the two sites show, from
    /// their vocabulary sketches
    /// ([`vocabulary`](crate::signal::vocabulary)): it survives a new
    /// generator or theme, which moves the template and the text simhash.
    Vocabulary,
    /// Evidence against: both sites have a favicon, the two differ (another
    /// Shodan hash and a distant pHash) and neither is common in the store
    /// (a framework's default icon says nothing). The smaller rarity of the
    /// two, times how far apart their pHashes are.
    FaviconDiffers,
    /// Evidence against: each title has a word the other lacks, the
    /// titles' words differ by their weight, and the texts differ. When
    /// both titles have a word of their own, one minus the rarity-weighted
    /// Jaccard of the titles' words (as [`Title`](Self::Title) weighs
    /// them: a shared product name weighs much, a shared generic word
    /// little), times one minus the [`Text`](Self::Text) similarity; else
    /// 0. A rebranded mirror, which replaces the name and keeps the text,
    /// is not told apart by its new name; two sister sites that share their
    /// publisher's name ("The Rust Reference", "The Rust Programming
    /// Language") are still told apart by the names they do not share.
    /// Only words that can name a product count ([`is_name_word`]: no
    /// digits, no function words).
    TitleDiffers,
    /// Evidence against: the template agrees and the words do not. The
    /// [`Template`](Self::Template) similarity less what the two sites say
    /// in common, at least 0: [`PageText`](Self::PageText) where both have
    /// pages of text, else [`Vocabulary`](Self::Vocabulary) where both have
    /// words; 0 when neither (a login page of a few words says nothing).
    /// Two projects on one theme share the layout and nothing they say; a
    /// site come back on its own template brings its words with it (its
    /// name, navigation, pages), and a release that rewrote its words also
    /// moved its template. What the store's crowd of theme-mates shows
    /// ([`TemplateSpecific`](Self::TemplateSpecific)) a small store cannot:
    /// two sites on a rare theme are a crowd of two.
    ContentDiffers,
}

impl Feature {
    /// Every feature, in index order.
    pub const ALL: [Feature; 17] = [
        Feature::Template,
        Feature::TemplateSpecific,
        Feature::RootTemplate,
        Feature::Text,
        Feature::PageText,
        Feature::Screenshot,
        Feature::FaviconPhash,
        Feature::FaviconMmh3,
        Feature::Domhash,
        Feature::HtmlMmh3,
        Feature::Assets,
        Feature::Ids,
        Feature::Title,
        Feature::Vocabulary,
        Feature::FaviconDiffers,
        Feature::TitleDiffers,
        Feature::ContentDiffers,
    ];

    /// Its name in models, evidence and JSON.
    pub const fn name(self) -> &'static str {
        match self {
            Feature::Template => "template",
            Feature::TemplateSpecific => "template_specific",
            Feature::RootTemplate => "root_template",
            Feature::Text => "text",
            Feature::PageText => "page_text",
            Feature::Screenshot => "screenshot",
            Feature::FaviconPhash => "favicon_phash",
            Feature::FaviconMmh3 => "favicon_mmh3",
            Feature::Domhash => "domhash",
            Feature::HtmlMmh3 => "html_mmh3",
            Feature::Assets => "assets",
            Feature::Ids => "ids",
            Feature::Title => "title",
            Feature::Vocabulary => "vocabulary",
            Feature::FaviconDiffers => "favicon_differs",
            Feature::TitleDiffers => "title_differs",
            Feature::ContentDiffers => "content_differs",
        }
    }

    /// Whether the feature is evidence against a match: its weight is at
    /// most zero, every other feature's at least zero.
    ///
    /// The signs are fixed, not fitted. An agreement feature may only add to
    /// a score, so that a clone cannot lower its score by copying more. An
    /// against feature may only subtract, and only measures what two
    /// different sites show and one site's mirror rarely changes: its own
    /// icon, its own name and its own words. The first is bounded by the
    /// rarity of the icons, so a shared default icon never counts; the
    /// second weighs title words by their rarity, so a generic word counts
    /// little and a shared product name much; the third is bounded by how
    /// far the template agrees beyond the words. The price, said plainly:
    /// an operator who replaces the icon, the name and the words lowers the
    /// score by at most the sum of the three weights; everything else the
    /// copy keeps still counts, and a copy that keeps only a template is
    /// what a theme-mate is.
    pub const fn is_against(self) -> bool {
        matches!(
            self,
            Feature::FaviconDiffers | Feature::TitleDiffers | Feature::ContentDiffers
        )
    }

    /// Its index in [`Features::values`] and the model's coefficients.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The feature of that name.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.name() == name)
    }
}

impl std::fmt::Display for Feature {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.name())
    }
}

/// Number of features.
pub const N_FEATURES: usize = Feature::ALL.len();

/// Feature names, in the order of [`Features::values`] and of the model's
/// coefficients.
pub const FEATURE_NAMES: [&str; N_FEATURES] = {
    let mut names = [""; N_FEATURES];
    let mut i = 0;
    while i < N_FEATURES {
        names[i] = Feature::ALL[i].name();
        i += 1;
    }
    names
};

/// Hamming distance (of 64) at which a simhash or pHash similarity reaches
/// 0: unrelated 64-bit hashes differ in 32 bits on average.
pub const SIMILARITY_HORIZON: u32 = 32;

/// The distances and shared values behind the features, kept for evidence.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Features {
    /// Feature values, in [`FEATURE_NAMES`] order.
    pub values: [f64; N_FEATURES],
    /// Hamming distances where both sides have the hash.
    pub distances: Distances,
    /// How many known sites have a template this close (0: not counted).
    pub template_crowd: u32,
    /// Exact values both sides share, with their document frequency.
    pub shared: Vec<(String, usize)>,
    /// Known sites in the index (the `N` of document frequencies).
    pub known: usize,
}

/// The Hamming distances (of 64 bits) behind the distance features, where
/// both sides have the hash.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Distances {
    /// Site templates.
    pub template: Option<u32>,
    /// Root page templates.
    pub root_template: Option<u32>,
    /// Texts.
    pub text: Option<u32>,
    /// Screenshot pHashes.
    pub screenshot: Option<u32>,
    /// Favicon pHashes.
    pub favicon_phash: Option<u32>,
}

impl Features {
    /// The value of `feature`.
    pub fn value(&self, feature: Feature) -> f64 {
        self.values[feature.index()]
    }

    /// The distance behind `feature`, for the features measured by one
    /// (`None` for the others, or when a side lacks the hash).
    pub fn distance(&self, feature: Feature) -> Option<u32> {
        let d = &self.distances;
        match feature {
            Feature::Template | Feature::TemplateSpecific => d.template,
            Feature::RootTemplate => d.root_template,
            Feature::Text => d.text,
            Feature::Screenshot => d.screenshot,
            Feature::FaviconPhash | Feature::FaviconDiffers => d.favicon_phash,
            Feature::FaviconMmh3
            | Feature::Domhash
            | Feature::HtmlMmh3
            | Feature::Assets
            | Feature::Ids
            | Feature::Title
            | Feature::Vocabulary
            | Feature::PageText
            | Feature::TitleDiffers
            | Feature::ContentDiffers => None,
        }
    }
}

/// 1 at distance 0, falling linearly to 0 at [`SIMILARITY_HORIZON`].
pub fn similarity(d: u32) -> f64 {
    f64::from(SIMILARITY_HORIZON.saturating_sub(d)) / f64::from(SIMILARITY_HORIZON)
}

/// Weight of a value that `df` of `n` known sites carry: 1 when only one
/// does, falling with its share: `ln(1 + n/df) / ln(1 + n)`.
pub fn rarity(df: usize, n: usize) -> f64 {
    let (df, n) = (df.max(1) as f64, n.max(1) as f64);
    ((1.0 + n / df).ln() / (1.0 + n).ln()).min(1.0)
}

/// How well two sets of simhashes match one by one: each hash of either
/// set takes its best similarity (`1 - d/32` at Hamming distance `d`, 0
/// beyond) among the other set's, and the value is the mean over the hashes
/// of both sets, each one term. 0 when either set is empty; 1 for a set
/// against itself; symmetric and blind to order (pass distinct hashes, as
/// [`SiteSignals::page_texts`] keeps them: a repeat weighs twice). Costs
/// the product of the sets' sizes.
///
/// Pooled, not an average of the two sides' averages: a hash both sets
/// hold and nothing else near counts `2 / (|a| + |b|)`, so one page two
/// unrelated sites both show (a licence, a CMS's sample page) weighs as
/// little when one of them shows nothing else as when both show many
/// pages; with the sides averaged first, a site of one page would carry
/// half the value alone.
///
/// ```
/// use clone_detect::verdict::best_match_mean;
///
/// let faq = 0x00ff_00ff_00ff_00ff_u64;
/// let about = 0x0f0f_0f0f_0f0f_0f0f_u64;
/// // One page of each site matches exactly, the other not at all.
/// let a = [faq, about];
/// let b = [faq, !about];
/// assert_eq!(best_match_mean(&a, &a), 1.0);
/// assert!((best_match_mean(&a, &b) - best_match_mean(&b, &a)).abs() < 1e-12);
/// assert!(best_match_mean(&a, &b) > 0.4 && best_match_mean(&a, &b) < 1.0);
/// assert_eq!(best_match_mean(&a, &[]), 0.0);
/// // A lone shared page weighs its share of all the pages.
/// let many = [faq, 0xffff_ffff_0000_0000, 0x0000_ffff_ffff_0000, 0xffff_0000_0000_ffff];
/// assert_eq!(best_match_mean(&[faq], &many), 2.0 / 5.0);
/// ```
pub fn best_match_mean(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let side = |from: &[u64], to: &[u64]| -> f64 {
        from.iter()
            .map(|x| {
                let nearest = to.iter().map(|y| (x ^ y).count_ones()).min();
                nearest.map_or(0.0, similarity)
            })
            .sum()
    };
    (side(a, b) + side(b, a)) / (a.len() + b.len()) as f64
}

fn distance(a: Option<u64>, b: Option<u64>) -> Option<u32> {
    Some((a? ^ b?).count_ones())
}

/// Computes the features of `query` against the candidate.
pub fn features(index: &KnownIndex, query: &SiteSignals, candidate: &Candidate) -> Features {
    features_among(index, query, candidate, false)
}

/// [`features`] for a query that is itself in the index (a batch compared
/// with itself): counts, document frequencies and the template crowd leave
/// the query out, so the pair scores as `check` scores the query against a
/// store of all the other sites.
pub fn features_among(
    index: &KnownIndex,
    query: &SiteSignals,
    candidate: &Candidate,
    query_indexed: bool,
) -> Features {
    let own = usize::from(query_indexed);
    // Every value the query carries is counted once for the query itself.
    let df_of = |key: &str, in_query: bool| {
        index
            .document_frequency(key)
            .saturating_sub(if in_query { own } else { 0 })
    };
    let crowd = if query_indexed && candidate.template_crowd > 0 {
        // The query is at distance 0 of itself and precedes everyone.
        candidate.template_crowd - 1
    } else {
        candidate.template_crowd
    };
    pair_features(
        query,
        index.site(candidate.site),
        index.len() - own,
        crowd,
        df_of,
    )
}

/// The features of `query` against `known`, given what the store says of
/// them: `n` known sites (the query left out), `crowd` known sites with a
/// template as close as `known`'s (0: not counted), and `df_of(key,
/// in_query)`, how many of the `n` carry an exact-match key
/// ([`exact_keys`](crate::index::exact_keys)), `in_query` telling whether the
/// query carries it too. The index (`features_among`) and the distributed
/// clustering ([`crate::cluster::distributed::pair_features`]) both score
/// through this one function.
pub fn pair_features(
    query: &SiteSignals,
    known: &SiteSignals,
    n: usize,
    crowd: u32,
    df_of: impl Fn(&str, bool) -> usize,
) -> Features {
    let d = Distances {
        template: distance(query.template, known.template),
        root_template: distance(query.root_template, known.root_template),
        text: distance(query.text, known.text),
        screenshot: distance(query.screenshot, known.screenshot),
        favicon_phash: distance(query.favicon_phash, known.favicon_phash),
    };
    let sim = |d: Option<u32>| d.map_or(0.0, similarity);
    let mut f = Features {
        distances: d,
        template_crowd: crowd,
        known: n,
        ..Features::default()
    };
    let mut shared_value = |key: String| -> f64 {
        let df = df_of(&key, true);
        let w = rarity(df, n);
        f.shared.push((key, df));
        w
    };
    let favicon = match (query.favicon_mmh3, known.favicon_mmh3) {
        (Some(a), Some(b)) if a == b => shared_value(format!("favicon:{a}")),
        _ => 0.0,
    };
    let domhash = match (&query.domhash, &known.domhash) {
        (Some(a), Some(b)) if a == b => {
            shared_value(format!("domhash:{}", crate::index::domhash_hex(a)))
        }
        _ => 0.0,
    };
    let html = match (query.html_mmh3, known.html_mmh3) {
        (Some(a), Some(b)) if a == b => shared_value(format!("html:{a}")),
        _ => 0.0,
    };
    // Assets: weighted Jaccard, each asset weighted by its rarity.
    let (mut both, mut either) = (0.0, 0.0);
    for (key, in_query, in_known) in merge(&query.assets, &known.assets) {
        let key = format!("asset:{}", asset_hex(key));
        let df = df_of(&key, in_query);
        let w = rarity(df, n);
        either += w;
        if in_query && in_known {
            both += w;
            f.shared.push((key.clone(), df));
        }
    }
    let assets = if either > 0.0 { both / either } else { 0.0 };
    // Identifiers: the rarest shared one decides.
    let mut ids: f64 = 0.0;
    for (key, in_query, in_known) in merge(&query.ids, &known.ids) {
        if in_query && in_known {
            let key = format!("id:{key}");
            let df = df_of(&key, true);
            ids = ids.max(rarity(df, n));
            f.shared.push((key, df));
        }
    }
    // What the sites say, page by page and word by word: used by the title,
    // by content_differs and as features of their own (page texts cost the
    // product of the two sites' page counts, so once).
    let page_text = best_match_mean(&query.page_texts, &known.page_texts);
    let words = vocabulary::jaccard(&query.vocabulary, &known.vocabulary);
    // Title words that can name a product, each weighted by its rarity (as
    // assets are): "the", "introduction" or "overview" say little of which
    // site this is, a product's name says much.
    let (mut both, mut either) = (0.0, 0.0);
    for (word, in_query, in_known) in merge(&query.title_words, &known.title_words) {
        if !is_name_word(word) {
            continue;
        }
        let w = rarity(df_of(&format!("word:{word}"), in_query), n);
        either += w;
        if in_query && in_known {
            both += w;
        }
    }
    // A title is a claim anyone can copy: it counts as far as something the
    // site shows (its layout, its look, its words) agrees too, so that a
    // shared name alone never makes a match.
    let corroborated = [sim(d.template), sim(d.screenshot), page_text, words]
        .into_iter()
        .fold(0.0, f64::max);
    let title_jaccard = if either > 0.0 { both / either } else { 0.0 };
    let title = title_jaccard * corroborated;
    let favicon_differs = match (query.favicon_mmh3, known.favicon_mmh3, d.favicon_phash) {
        (Some(a), Some(b), Some(apart)) if a != b => {
            let ra = rarity(df_of(&format!("favicon:{a}"), true), n);
            let rb = rarity(df_of(&format!("favicon:{b}"), false), n);
            ra.min(rb) * (1.0 - similarity(apart))
        }
        _ => 0.0,
    };
    // Title words: whether each side has one of its own.
    let (mut query_own, mut known_own) = (false, false);
    for (word, in_query, in_known) in merge(&query.title_words, &known.title_words) {
        if is_name_word(word) && in_query != in_known {
            query_own |= in_query;
            known_own |= in_known;
        }
    }
    // A rebrand replaces the name and keeps the text; two projects on one
    // theme differ in both. Only the second is evidence against. A name
    // both share (a publisher's, a project's) weighs against the names
    // each has alone, not over them; how much each word weighs is its
    // rarity, summed, not the rarest one's alone (the rarity of a word in a
    // store of a few dozen sites, or of one padded with look-alikes, is a
    // rough guess, and a maximum follows its noise).
    let title_differs = if query_own && known_own {
        (1.0 - title_jaccard) * (1.0 - sim(d.text))
    } else {
        0.0
    };
    let specific = match crowd {
        0 => 0.0,
        c => sim(d.template) / f64::from(c),
    };
    // What the two sites say, page by page where both have pages of text,
    // else by their words; a side without either says nothing against.
    let content = if !query.page_texts.is_empty() && !known.page_texts.is_empty() {
        Some(page_text)
    } else {
        (!query.vocabulary.is_empty() && !known.vocabulary.is_empty()).then_some(words)
    };
    let content_differs = match (d.template, content) {
        (Some(_), Some(content)) => (sim(d.template) - content).max(0.0),
        _ => 0.0,
    };
    for feature in Feature::ALL {
        f.values[feature.index()] = match feature {
            Feature::Template => sim(d.template),
            Feature::TemplateSpecific => specific,
            Feature::RootTemplate => sim(d.root_template),
            Feature::Text => sim(d.text),
            Feature::PageText => page_text,
            Feature::Screenshot => sim(d.screenshot),
            Feature::FaviconPhash => sim(d.favicon_phash),
            Feature::FaviconMmh3 => favicon,
            Feature::Domhash => domhash,
            Feature::HtmlMmh3 => html,
            Feature::Assets => assets,
            Feature::Ids => ids,
            Feature::Title => title,
            Feature::Vocabulary => words,
            Feature::FaviconDiffers => favicon_differs,
            Feature::TitleDiffers => title_differs,
            Feature::ContentDiffers => content_differs,
        };
    }
    f
}

/// Walks two sorted, distinct lists together: (value, in a, in b).
fn merge<'a, T: Ord>(a: &'a [T], b: &'a [T]) -> Vec<(&'a T, bool, bool)> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x == y => {
                out.push((x, true, true));
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x < y => {
                out.push((x, true, false));
                i += 1;
            }
            (Some(x), None) => {
                out.push((x, true, false));
                i += 1;
            }
            (_, Some(y)) => {
                out.push((y, false, true));
                j += 1;
            }
            (None, None) => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_index_their_own_positions_and_names() {
        for (i, feature) in Feature::ALL.into_iter().enumerate() {
            assert_eq!(feature.index(), i);
            assert_eq!(Feature::from_name(feature.name()), Some(feature));
            assert_eq!(FEATURE_NAMES[i], feature.name());
            let json = serde_json::to_string(&feature).unwrap();
            assert_eq!(json, format!("\"{}\"", feature.name()));
        }
        assert_eq!(format!("{:<8}|", Feature::Ids), "ids     |");
    }

    #[test]
    fn rarity_falls_with_sharing() {
        assert_eq!(rarity(1, 1), 1.0);
        assert_eq!(rarity(1, 1000), 1.0);
        assert!(rarity(10, 1000) < rarity(2, 1000));
        assert!(rarity(1000, 1000) < 0.11);
    }

    #[test]
    fn title_words_weigh_by_their_rarity() {
        // One template: what the sites show agrees, so the title counts whole.
        let site = |words: &[&str]| SiteSignals {
            title_words: words.iter().map(|w| w.to_string()).collect(),
            template: Some(0),
            ..SiteSignals::default()
        };
        // 100 known sites: "introduction" is in 60 titles, "pango" and
        // "glib" in one each; numbers never count.
        let df = |key: &str, _: bool| match key {
            "word:introduction" => 60,
            _ => 1,
        };
        let title = |a: &SiteSignals, b: &SiteSignals| {
            pair_features(a, b, 100, 0, df).value(Feature::Title)
        };
        let pango = site(&["introduction", "pango"]);
        let glib = site(&["glib", "introduction"]);
        let pango_2 = site(&["2", "introduction", "pango"]);
        // Sharing only a common word is worth little, sharing the name much.
        assert!(title(&pango, &glib) < 0.2, "{}", title(&pango, &glib));
        assert_eq!(title(&pango, &pango_2), 1.0);
        assert_eq!(title(&pango, &glib), title(&glib, &pango));
        assert_eq!(title(&site(&["1"]), &site(&["1"])), 0.0);
        // A shared name with nothing else shared counts nothing.
        let bare = |words: &[&str]| SiteSignals {
            template: None,
            ..site(words)
        };
        assert_eq!(title(&bare(&["pango"]), &bare(&["pango"])), 0.0);
    }

    #[test]
    fn titles_differ_by_the_names_each_has_alone() {
        // Title words are sorted, as SiteSignals keeps them.
        let site = |words: &[&str], text: u64| {
            let mut title_words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            title_words.sort();
            SiteSignals {
                title_words,
                text: Some(text),
                ..SiteSignals::default()
            }
        };
        // 100 known sites, each of these words in one title but
        // "introduction", in 60.
        let df = |key: &str, _: bool| match key {
            "word:introduction" => 60,
            _ => 1,
        };
        let differs = |a: &SiteSignals, b: &SiteSignals| {
            pair_features(a, b, 100, 0, df).value(Feature::TitleDiffers)
        };
        // Sister sites: a publisher's name shared, their own names not,
        // texts unrelated. The shared name weighs against the two own
        // names (a rarity-weighted Jaccard of 1/4), it does not cancel them.
        let reference = site(&["introduction", "reference", "rust", "the"], 0);
        let book = site(&["language", "programming", "rust", "the"], u64::MAX);
        let sisters = differs(&reference, &book);
        assert!(sisters > 0.7 && sisters < 0.8, "{sisters}");
        assert_eq!(sisters, differs(&book, &reference));
        // "The" is no name: with it or without, the same.
        let bare = site(&["introduction", "reference", "rust"], 0);
        assert_eq!(differs(&bare, &book), sisters);
        // The same text (a rebrand keeps it): nothing against.
        let rebrand = site(&["language", "programming", "rust"], 0);
        assert_eq!(differs(&reference, &rebrand), 0.0);
        // One side's words all in the other's: nothing it has alone.
        let subtitle = site(&["reference", "rust"], u64::MAX);
        assert_eq!(differs(&subtitle, &reference), 0.0);
        // The same title: nothing.
        assert_eq!(
            differs(
                &reference,
                &site(&["the", "rust", "introduction", "reference"], u64::MAX)
            ),
            0.0
        );
        // Bounded.
        let apart = differs(&site(&["pango"], 0), &site(&["glib"], u64::MAX));
        assert_eq!(apart, 1.0);
    }

    #[test]
    fn function_words_never_name_a_product() {
        use crate::index::{is_name_word, FUNCTION_WORDS};
        assert!(FUNCTION_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(FUNCTION_WORDS.iter().all(|w| !is_name_word(w)));
        assert!(is_name_word("rust") && is_name_word("reference"));
        assert!(!is_name_word("2") && !is_name_word("v2") && !is_name_word("a"));
    }

    #[test]
    fn content_differs_is_the_template_the_words_do_not_explain() {
        let site = |template: u64, page_texts: Vec<u64>| SiteSignals {
            template: Some(template),
            page_texts,
            ..SiteSignals::default()
        };
        let none = |_: &str, _: bool| 0;
        let against = |a: &SiteSignals, b: &SiteSignals| {
            pair_features(a, b, 10, 0, none).value(Feature::ContentDiffers)
        };
        // One template, pages with nothing in common: all of it.
        let theme_a = site(0, vec![0]);
        let theme_b = site(0, vec![u64::MAX]);
        assert_eq!(against(&theme_a, &theme_b), 1.0);
        // The same pages: nothing.
        assert_eq!(against(&theme_a, &site(0, vec![0])), 0.0);
        // No pages of text on one side: nothing to say.
        assert_eq!(against(&theme_a, &site(0, Vec::new())), 0.0);
        // Templates 16 bits apart (similarity 0.5), no shared words: 0.5.
        assert_eq!(against(&theme_a, &site(0xffff, vec![u64::MAX])), 0.5);
    }

    #[test]
    fn merge_walks_both() {
        let a = vec!["a".to_string(), "c".to_string()];
        let b = vec!["b".to_string(), "c".to_string()];
        assert_eq!(
            merge(&a, &b),
            vec![
                (&a[0], true, false),
                (&b[0], false, true),
                (&a[1], true, true)
            ]
        );
    }
}
