//! What may be blocked, and how: the rules that keep a wrong name out of a
//! blocklist that resolvers serve to whole countries.
//!
//! | the confirmed name | blocked | why |
//! |---|---|---|
//! | a public suffix (ICANN or private section of the PSL: `co.uk`, `github.io`) | never: review | blocking it blocks every site under it |
//! | on the platform list, or below a listed name (`bit.ly`, `x.wordpress.com`) | never: review | shared by thousands of users; a copy placed there must not block them |
//! | allowlisted (`watch unblock`, `review reject`, `allowlist.txt`), or below such a name | never | a person decided |
//! | reached only after redirects to another registrable domain | never: review; the final host is checked as a candidate of its own | only the name that served the match is blocked |
//! | a registrable domain (`mirror.example`) | the name and `*.name` | the operator controls every name below it |
//! | below a registrable domain (`shop.mirror.example`), or below a private-section suffix (`user.github.io`) | the name exactly | the names beside it may belong to others |
//! | a registrable domain with a listed platform below it (`live.com` over `onedrive.live.com`) | the name exactly | a wildcard would block the platform |
//! | too long for the zone with its origin (`*.name.origin` over 253 characters) | the name exactly, or not at all: review | every zone written must load |
//!
//! The redirect rule is applied when a check finishes (it needs the
//! fetch); the others are applied again whenever the outputs are rebuilt,
//! so extending the platform list or the allowlist takes effect at once.

use std::collections::BTreeSet;
use std::path::Path;

use crate::{Error, Result};

/// The shipped platform list (see the file for its format).
pub const SHIPPED_PLATFORMS: &str = include_str!("platforms.txt");
/// The user's additions to the platform list, in the state folder.
pub const PLATFORMS_FILE: &str = "platforms.txt";
/// Names the user never wants blocked, in the state folder (one per line;
/// a name covers the names below it).
pub const ALLOWLIST_FILE: &str = "allowlist.txt";

/// The longest owner name a zone can hold, in presentation form without
/// the final dot (255 octets in wire form).
pub const MAX_NAME: usize = 253;
/// The longest label.
pub const MAX_LABEL: usize = 63;

/// How a name may be blocked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Block the name and every name below it (`name`, `*.name`).
    Wildcard,
    /// Block the name exactly, with the reason there is no wildcard.
    Exact(String),
    /// Do not block without a person's decision, with the reason.
    Review(String),
    /// Never block: allowlisted, with the entry that covers it.
    Allowed(String),
}

/// The name lists the rules read: the platform list (shipped plus the
/// user's) and the allowlist file, and the zone origin.
#[derive(Clone, Debug, Default)]
pub struct Lists {
    platforms: BTreeSet<String>,
    allowlist: BTreeSet<String>,
    origin: String,
}

impl Lists {
    /// The shipped platform list plus `STATE/platforms.txt` and
    /// `STATE/allowlist.txt` when they exist; `origin` is the name the RPZ
    /// zone is loaded under.
    ///
    /// # Errors
    /// [`Error::Io`] when a file exists but cannot be read; [`Error::State`]
    /// naming a line that is not a host name.
    pub fn load(state: &Path, origin: &str) -> Result<Self> {
        let mut platforms = parse_names(SHIPPED_PLATFORMS, Path::new("platforms.txt"))?;
        platforms.extend(read_names(&state.join(PLATFORMS_FILE))?);
        let allowlist = read_names(&state.join(ALLOWLIST_FILE))?;
        Ok(Self {
            platforms,
            allowlist,
            origin: origin.trim_end_matches('.').to_ascii_lowercase(),
        })
    }

    /// The origin the zone is checked against.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The names of `allowlist.txt`.
    pub fn allowlist(&self) -> impl Iterator<Item = &str> {
        self.allowlist.iter().map(String::as_str)
    }

    /// The rule for a confirmed `domain` (normalised, see
    /// [`normalize_domain`](crate::blocklist::normalize_domain)), not
    /// counting people's decisions; `decided` is true when a person
    /// accepted it, which lifts the public-suffix and platform rules (not
    /// the allowlist file, nor the zone's limits).
    pub fn rule(&self, domain: &str, decided: bool) -> Rule {
        if let Some(entry) = covering(&self.allowlist, domain) {
            return Rule::Allowed(format!("allowlist.txt lists {entry}"));
        }
        let exact_fits = fits(domain, &self.origin);
        let wildcard_fits = fits(&format!("*.{domain}"), &self.origin);
        if !exact_fits {
            return Rule::Review(format!(
                "{domain} is too long for the zone {}: a zone holding it would not load",
                self.origin
            ));
        }
        let suffix = psl::suffix(domain.as_bytes());
        let is_suffix = suffix.is_some_and(|s| s.as_bytes() == domain.as_bytes());
        if !decided {
            if is_suffix {
                return Rule::Review(format!("{domain} is a public suffix"));
            }
            if let Some(entry) = covering(&self.platforms, domain) {
                return Rule::Review(format!("{domain} is on a shared platform ({entry})"));
            }
        }
        let private_suffix = suffix.is_some_and(|s| s.typ() == Some(psl::Type::Private));
        let registrable = psl::domain_str(domain);
        if is_suffix || private_suffix || covering(&self.platforms, domain).is_some() {
            Rule::Exact(format!("{domain} is on a shared platform or suffix"))
        } else if registrable != Some(domain) {
            Rule::Exact(format!(
                "{domain} is below the registrable domain {}",
                registrable.unwrap_or("?")
            ))
        } else if let Some(below) = self
            .platforms
            .iter()
            .find(|p| p.ends_with(&format!(".{domain}")))
        {
            Rule::Exact(format!(
                "a shared platform ({below}) lies below {domain}: no wildcard"
            ))
        } else if !wildcard_fits {
            Rule::Exact(format!(
                "*.{domain} is too long for the zone {}",
                self.origin
            ))
        } else {
            Rule::Wildcard
        }
    }
}

/// The registrable domain of `host` (the Public Suffix List's), or the
/// host itself when it has none.
pub fn registrable(host: &str) -> &str {
    let host = host.trim_end_matches('.');
    psl::domain_str(host).unwrap_or(host)
}

/// Whether `name` (relative) fits in a zone loaded under `origin`: every
/// label at most 63 characters, the whole name with the origin at most 253.
pub fn fits(name: &str, origin: &str) -> bool {
    let full = if origin.is_empty() {
        name.len()
    } else {
        name.len() + 1 + origin.len()
    };
    full <= MAX_NAME
        && name
            .split('.')
            .chain(origin.split('.').filter(|l| !l.is_empty()))
            .all(|l| !l.is_empty() && l.len() <= MAX_LABEL)
}

/// The entry of `set` equal to `domain` or a parent of it.
fn covering<'a>(set: &'a BTreeSet<String>, domain: &str) -> Option<&'a str> {
    let mut at = domain;
    loop {
        if let Some(found) = set.get(at) {
            return Some(found);
        }
        at = at.split_once('.')?.1;
    }
}

fn read_names(path: &Path) -> Result<BTreeSet<String>> {
    match std::fs::read_to_string(path) {
        Ok(text) => parse_names(&text, path),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeSet::new()),
        Err(e) => Err(Error::io(path, e)),
    }
}

fn parse_names(text: &str, path: &Path) -> Result<BTreeSet<String>> {
    let mut names = BTreeSet::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let name = crate::blocklist::normalize_domain(line).map_err(|e| Error::State {
            path: path.to_path_buf(),
            reason: format!("line {}: {e}", i + 1),
        })?;
        names.insert(name);
    }
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists(platforms: &[&str], allow: &[&str]) -> Lists {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(PLATFORMS_FILE), platforms.join("\n")).unwrap();
        std::fs::write(dir.path().join(ALLOWLIST_FILE), allow.join("\n")).unwrap();
        Lists::load(dir.path(), "rpz.local").unwrap()
    }

    #[test]
    fn rules_table() {
        let l = lists(&["shared-host.example"], &["innocent.example"]);
        let review = |d: &str| matches!(l.rule(d, false), Rule::Review(_));
        let exact = |d: &str| matches!(l.rule(d, false), Rule::Exact(_));
        // Public suffixes, ICANN and private sections.
        for d in [
            "co.uk",
            "github.io",
            "blogspot.com",
            "com.br",
            "s3.amazonaws.com",
        ] {
            assert!(review(d), "{d}: {:?}", l.rule(d, false));
        }
        // Platforms, shipped and the user's, and names below them.
        for d in [
            "bit.ly",
            "x.wordpress.com",
            "t.co",
            "a.b.shared-host.example",
        ] {
            assert!(review(d), "{d}: {:?}", l.rule(d, false));
        }
        // Below a private-section suffix: exactly.
        assert!(exact("mirror.github.io"));
        assert!(exact("someone.blogspot.com"));
        // A listed platform: below it too, review.
        assert!(review("mirror.netlify.app"));
        // Below a registrable domain: exactly.
        assert!(exact("shop.mirror-shop.example"));
        assert_eq!(l.rule("mirror-shop.example", false), Rule::Wildcard);
        assert_eq!(l.rule("mirror-shop.co.uk", false), Rule::Wildcard);
        // Allowlisted, and below it.
        assert!(matches!(
            l.rule("innocent.example", false),
            Rule::Allowed(_)
        ));
        assert!(matches!(
            l.rule("a.innocent.example", true),
            Rule::Allowed(_)
        ));
        // A person's decision lifts the platform rule, never the wildcard limit.
        assert!(exact_decided(&l, "bit.ly"));
        // A shared platform below it: the name exactly, never `*.name`.
        assert!(exact("live.com"));
        assert!(exact_decided(&l, "co.uk"));
    }

    fn exact_decided(l: &Lists, d: &str) -> bool {
        matches!(l.rule(d, true), Rule::Exact(_))
    }

    #[test]
    fn zone_limits_with_the_origin() {
        let l = lists(&[], &[]);
        let label = "a".repeat(63);
        // 63*3 + 2 dots + ".example" = 199: fits with and without `*.`.
        let ok = format!("{label}.{label}.{label}.example");
        assert!(matches!(l.rule(&ok, false), Rule::Exact(_)));
        // 243 characters: the name fits with the origin, `*.` does not.
        let long = format!("{}.{label}.{label}.{label}.example", "b".repeat(43));
        assert_eq!(long.len(), 243);
        assert!(fits(&long, "rpz.local"));
        assert!(!fits(&format!("*.{long}"), "rpz.local"));
        let short_label = format!("{}.example", "c".repeat(60));
        assert_eq!(l.rule(&short_label, false), Rule::Wildcard);
        // Too long even exactly: review.
        let too_long = format!("{label}.{label}.{label}.{}.example", "d".repeat(50));
        assert!(matches!(l.rule(&too_long, false), Rule::Review(_)));
        assert!(!fits("a..b", ""));
        assert!(!fits(&"e".repeat(64), ""));
    }

    #[test]
    fn registrable_domains() {
        assert_eq!(registrable("a.b.example.co.uk"), "example.co.uk");
        assert_eq!(registrable("user.github.io"), "user.github.io");
        assert_eq!(registrable("shop.mirror.test"), "mirror.test");
    }

    #[test]
    fn shipped_list_parses() {
        let l = lists(&[], &[]);
        assert!(l.platforms.len() > 100);
        assert!(l.platforms.contains("bit.ly"));
    }
}
