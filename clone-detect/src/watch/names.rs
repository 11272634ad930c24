//! The name pre-filter: does a candidate's domain resemble a known site's?
//!
//! Mirrors of a seized site often keep its name: `shop-name.example`
//! returns as `shopname.example`, `shop-name2.example`, `shop-name.new` or
//! `mirror.shop-name.example`. The registrable part of each name (the label
//! left of the public suffix, found with the Public Suffix List) is
//! compared: a small edit distance, or one of the known name's words inside
//! the candidate's. Infrastructure words (`www`, `mail`, `cdn`…) and words
//! shorter than four letters never count. This only orders the work; it
//! never decides a verdict.

use std::collections::BTreeSet;

/// Words that say nothing about which site a name belongs to.
const INFRASTRUCTURE: &[&str] = &[
    "www", "web", "mail", "smtp", "static", "cdn", "assets", "img", "images", "media", "api",
    "app", "apps", "mobile", "login", "secure", "account", "online", "site", "home", "page",
    "official", "mirror", "proxy", "portal", "server", "host",
];

/// Shortest word that counts.
const MIN_WORD: usize = 4;

/// The known names to compare candidates with.
#[derive(Clone, Debug, Default)]
pub struct KnownNames {
    /// Registrable names without their suffix, hyphens and digits kept.
    names: BTreeSet<String>,
    /// Their words.
    words: BTreeSet<String>,
}

impl KnownNames {
    /// Adds a known domain (or a URL's host).
    pub fn add(&mut self, domain: &str) {
        let name = registrable_name(domain);
        if name.len() < MIN_WORD {
            return;
        }
        for w in words(&name) {
            self.words.insert(w);
        }
        self.names.insert(name);
    }

    /// How many names are known.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether no name is known.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The known name `domain` resembles, if any.
    pub fn resembles(&self, domain: &str) -> Option<String> {
        let name = registrable_name(domain);
        if name.len() < MIN_WORD {
            return None;
        }
        let squashed = squash(&name);
        for known in &self.names {
            let k = squash(known);
            if k == squashed || (k.len() >= 6 && squashed.contains(&k)) {
                return Some(known.clone());
            }
            let budget = (k.len().max(squashed.len()) / 6).max(1);
            if k.len() >= 5 && edit_distance(&k, &squashed, budget) <= budget {
                return Some(known.clone());
            }
        }
        // A known word among the candidate's words, in any label (so that
        // `shopname.mirror-host.example` is seen too).
        let all_words: BTreeSet<String> = domain
            .split('.')
            .flat_map(|label| words(&label.to_ascii_lowercase()))
            .collect();
        all_words
            .iter()
            .find(|w| w.len() >= 6 && self.words.contains(*w))
            .cloned()
    }
}

/// The label left of the public suffix (`shop-name` of
/// `www.shop-name.co.uk`); the first label when the suffix is unknown.
fn registrable_name(domain: &str) -> String {
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    let registrable = psl::domain_str(&domain).unwrap_or(&domain);
    let suffix_len = psl::suffix_str(registrable).map_or(0, str::len);
    let name = if suffix_len > 0 && registrable.len() > suffix_len + 1 {
        &registrable[..registrable.len() - suffix_len - 1]
    } else {
        registrable.split('.').next().unwrap_or("")
    };
    name.to_string()
}

/// The name without hyphens, underscores and trailing digits.
fn squash(name: &str) -> String {
    let s: String = name.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    s.trim_end_matches(|c: char| c.is_ascii_digit()).to_string()
}

/// Words of a label: split at hyphens, underscores and digits; long enough
/// and not infrastructure.
fn words(label: &str) -> Vec<String> {
    label
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= MIN_WORD && !INFRASTRUCTURE.contains(w))
        .map(str::to_string)
        .collect()
}

/// Levenshtein distance, stopping early once it must exceed `bound`
/// (returns `bound + 1` then).
fn edit_distance(a: &str, b: &str, bound: usize) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > bound {
        return bound + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for (j, &cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
            row_min = row_min.min(cur[j + 1]);
        }
        if row_min > bound {
            return bound + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(domains: &[&str]) -> KnownNames {
        let mut k = KnownNames::default();
        for d in domains {
            k.add(d);
        }
        k
    }

    #[test]
    fn registrable_names() {
        assert_eq!(registrable_name("www.shop-name.co.uk"), "shop-name");
        assert_eq!(registrable_name("shop-name.example."), "shop-name");
        assert_eq!(registrable_name("a.b.onion"), "b");
    }

    #[test]
    fn resemblance() {
        let k = known(&["darkmarket.example", "www.books-archive.org"]);
        for hit in [
            "darkmarket.net",
            "dark-market.example",
            "darkmarket2.example",
            "darkmarkets.io",
            "darkmarket-mirror.com",
            "books-archive.to",
            "booksarchive.cc",
            "archive.bookz.example",
        ] {
            assert!(k.resembles(hit).is_some(), "{hit}");
        }
        for miss in [
            "example.com",
            "market.io",
            "www.cdn.example",
            "books.example",
            "darkness.example",
        ] {
            assert_eq!(k.resembles(miss), None, "{miss}");
        }
    }

    #[test]
    fn edit_distance_bounded() {
        assert_eq!(edit_distance("kitten", "sitting", 5), 3);
        assert_eq!(edit_distance("kitten", "sitting", 1), 2);
        assert_eq!(edit_distance("", "abc", 3), 3);
        assert_eq!(edit_distance("abc", "abc", 0), 0);
    }
}
