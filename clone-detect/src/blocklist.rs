//! Blocklists of confirmed reincarnations, in the formats resolvers and
//! filters read: a plain domain list, a hosts file (`0.0.0.0 domain`), and a
//! DNS response-policy zone (RPZ) whose SOA serial goes up whenever its
//! content changes. Every file is replaced atomically (written beside,
//! synced, renamed), so a reader never sees half a list.
//!
//! ```
//! use clone_detect::blocklist::{normalize_domain, Blocklist};
//!
//! let dir = tempfile::tempdir()?;
//! let mut list = Blocklist::open(dir.path())?;
//! list.insert(&normalize_domain("https://Mirror-Shop.example./login")?)?;
//! let zone = std::fs::read_to_string(dir.path().join("blocklist.rpz"))?;
//! assert!(zone.contains("mirror-shop.example CNAME ."));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::BTreeSet;
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::{Error, Result};

/// The plain list, one domain per line.
pub const DOMAINS_FILE: &str = "domains.txt";
/// The hosts file.
pub const HOSTS_FILE: &str = "hosts.txt";
/// The RPZ zone.
pub const RPZ_FILE: &str = "blocklist.rpz";

/// A candidate as a bare, lower-case ASCII (IDNA) host name: scheme, port,
/// path, trailing dot and surrounding space removed, and the `*.` of a
/// wildcard certificate name (as certificate-transparency feeds list them).
///
/// # Errors
/// [`Error::Config`] for an empty line, an IP address, or a name that is
/// not a valid host name.
pub fn normalize_domain(candidate: &str) -> Result<String> {
    let bad = |why: &str| Error::Config(format!("{candidate:?}: {why}"));
    let text = candidate.trim();
    if text.is_empty() {
        return Err(bad("empty"));
    }
    let with_scheme = if text.contains("://") {
        text.to_string()
    } else {
        format!("http://{}", text.strip_prefix("*.").unwrap_or(text))
    };
    let mut url = url::Url::parse(&with_scheme).map_err(|e| bad(&e.to_string()))?;
    // A scheme the URL standard does not know (`x://`) leaves the host
    // opaque: neither IDNA-mapped nor checked as an IP address. Read it
    // again as an http URL's host (found by fuzzing: `x://1.2.3.4` was
    // taken for a domain).
    if !matches!(
        url.scheme(),
        "http" | "https" | "ws" | "wss" | "ftp" | "file"
    ) {
        let host = url.host_str().ok_or_else(|| bad("no host"))?.to_string();
        url = url::Url::parse(&format!("http://{host}/")).map_err(|e| bad(&e.to_string()))?;
    }
    match url.host() {
        Some(url::Host::Domain(d)) => {
            let d = d.trim_end_matches('.').to_ascii_lowercase();
            let labels_ok = !d.is_empty()
                && d.split('.').all(|l| {
                    !l.is_empty()
                        && l.len() <= 63
                        && l.chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                });
            // Read again as it is returned: without its trailing dots it may
            // no longer be a domain (`383.168..` is, `383.168` is an invalid
            // IPv4 address; found by fuzzing), and what is returned must
            // normalise to itself.
            let stable = || {
                url::Url::parse(&format!("http://{d}/"))
                    .is_ok_and(|u| u.host() == Some(url::Host::Domain(d.as_str())))
            };
            if labels_ok && d.len() <= 253 && d.contains('.') && stable() {
                Ok(d)
            } else {
                Err(bad("not a host name"))
            }
        }
        Some(_) => Err(bad("an IP address, not a domain")),
        None => Err(bad("no host")),
    }
}

/// The zone origin assumed when none is given: the name the RPZ zone is
/// loaded under in the resolver's configuration. Owner names are checked
/// against DNS limits *with* the origin, so a longer origin must be said.
pub const DEFAULT_ORIGIN: &str = "rpz.local";

/// One blocked name and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The normalised domain.
    pub domain: String,
    /// Also block every name below it (`*.domain`).
    pub wildcard: bool,
    /// What caused it, written as a comment beside it in the hosts file
    /// and the zone (one line; control characters are replaced).
    pub cause: String,
    /// Not blocked: an allowed name below a blocked wildcard, written to
    /// the zone as `rpz-passthru.` (with `*.` when `wildcard`) and left out
    /// of the domain list and the hosts file.
    pub passthru: bool,
}

/// The blocked names of a blocklist folder and its three files.
#[derive(Debug)]
pub struct Blocklist {
    dir: PathBuf,
    origin: String,
    entries: Vec<Entry>,
    serial: u32,
}

impl Blocklist {
    /// Opens (or creates) the folder, reading the domains and the zone's
    /// serial back from the files; owner names are checked against
    /// [`DEFAULT_ORIGIN`].
    ///
    /// # Errors
    /// [`Error::Io`] when the folder or a file cannot be read.
    pub fn open(dir: &Path) -> Result<Self> {
        Self::open_with_origin(dir, DEFAULT_ORIGIN)
    }

    /// [`open`](Self::open) for a zone loaded under `origin`.
    ///
    /// # Errors
    /// As [`open`](Self::open).
    pub fn open_with_origin(dir: &Path, origin: &str) -> Result<Self> {
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let zone = read_optional(&dir.join(RPZ_FILE))?;
        let wildcards: BTreeSet<&str> = zone
            .lines()
            .filter_map(|l| l.strip_prefix("*."))
            .filter_map(|l| l.split_whitespace().next())
            .collect();
        let entries = read_optional(&dir.join(DOMAINS_FILE))?
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|d| Entry {
                domain: d.to_string(),
                wildcard: wildcards.contains(d),
                cause: String::new(),
                passthru: false,
            })
            .collect();
        let serial = zone
            .lines()
            .find_map(|l| l.trim().strip_prefix("; serial "))
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0);
        Ok(Self {
            dir: dir.to_path_buf(),
            origin: origin.trim_end_matches('.').to_ascii_lowercase(),
            entries,
            serial,
        })
    }

    /// The domains, sorted.
    pub fn domains(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.domain.as_str())
    }

    /// The zone's current serial.
    pub fn serial(&self) -> u32 {
        self.serial
    }

    /// Adds a (normalised) domain, with its wildcard when the name is a
    /// registrable domain and `*.domain` fits the zone, and rewrites the
    /// files when it is new. Returns whether it was new.
    ///
    /// # Errors
    /// [`Error::Config`] for a name the zone cannot hold; [`Error::Io`]
    /// when a file cannot be written.
    pub fn insert(&mut self, domain: &str) -> Result<bool> {
        if self.entries.iter().any(|e| e.domain == domain) {
            return Ok(false);
        }
        let mut entries = self.entries.clone();
        entries.push(Entry {
            domain: domain.to_string(),
            wildcard: psl::domain_str(domain) == Some(domain)
                && crate::watch::policy::fits(&format!("*.{domain}"), &self.origin),
            cause: String::new(),
            passthru: false,
        });
        self.replace(entries)
    }

    /// Makes `entries` the whole blocklist: the three files are rewritten
    /// (each atomically, then the folder synced) and the serial goes up
    /// when the blocked names changed. Returns whether they changed.
    ///
    /// # Errors
    /// [`Error::Config`] naming an entry whose owner names do not fit the
    /// zone under its origin (nothing is written then); [`Error::Io`] when
    /// a file cannot be written (the previous files stay).
    pub fn replace(&mut self, mut entries: Vec<Entry>) -> Result<bool> {
        entries.sort_by(|a, b| a.domain.cmp(&b.domain));
        entries.dedup_by(|a, b| a.domain == b.domain);
        for e in &entries {
            let name = if e.wildcard {
                format!("*.{}", e.domain)
            } else {
                e.domain.clone()
            };
            if !crate::watch::policy::fits(&name, &self.origin) {
                return Err(Error::Config(format!(
                    "{name} does not fit in a zone loaded under {}",
                    self.origin
                )));
            }
        }
        // The serial goes up when the zone's records differ from the zone
        // on disk (not from what this value last wrote: after a kill
        // between two files, the zone on disk is the one resolvers have).
        let old_zone = read_optional(&self.dir.join(RPZ_FILE))?;
        let changed = zone_records(&old_zone) != zone_records(&render(&self.origin, &entries, 0).2)
            || old_zone.is_empty();
        let serial = if changed {
            self.serial.wrapping_add(1).max(1)
        } else {
            self.serial.max(1)
        };
        let (plain, hosts, zone) = render(&self.origin, &entries, serial);
        // The zone last: a resolver reloading on its change sees the others
        // already written. A kill between two files is mended on the next
        // rebuild, which writes all three from the results.
        let mut wrote = false;
        for (name, text) in [
            (DOMAINS_FILE, &plain),
            (HOSTS_FILE, &hosts),
            (RPZ_FILE, &zone),
        ] {
            let path = self.dir.join(name);
            if read_optional(&path)? != *text {
                replace(&path, text)?;
                wrote = true;
            }
        }
        if wrote {
            sync_dir(&self.dir)?;
        }
        self.entries = entries;
        self.serial = serial;
        Ok(changed)
    }
}

/// The resource records of a zone's text, without its comments, SOA and
/// directives: what a change of serial must follow.
fn zone_records(zone: &str) -> Vec<&str> {
    zone.lines()
        .map(str::trim)
        .filter(|l| {
            !l.is_empty() && !l.starts_with(';') && !l.starts_with('$') && !l.starts_with('@')
        })
        .collect()
}

/// One line of text for a comment: control characters and newlines
/// become spaces.
fn comment(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The domain list, the hosts file and the zone.
fn render(origin: &str, entries: &[Entry], serial: u32) -> (String, String, String) {
    let mut plain = String::new();
    let mut hosts = String::from("# clone-detect: confirmed reincarnations\n");
    let mut zone = format!(
        "; clone-detect response-policy zone: confirmed reincarnations\n; serial {serial}\n; origin {origin}\n$TTL 300\n@ IN SOA localhost. hostmaster.localhost. ( {serial} 3600 600 604800 300 )\n@ IN NS localhost.\n"
    );
    for e in entries {
        let d = &e.domain;
        if !e.cause.is_empty() {
            zone.push_str(&format!("; {d}: {}\n", comment(&e.cause)));
        }
        if e.passthru {
            // Allowed below a blocked wildcard: answered as if unlisted.
            zone.push_str(&format!("{d} CNAME rpz-passthru.\n"));
            if e.wildcard {
                zone.push_str(&format!("*.{d} CNAME rpz-passthru.\n"));
            }
            continue;
        }
        plain.push_str(d);
        plain.push('\n');
        if !e.cause.is_empty() {
            hosts.push_str(&format!("# {d}: {}\n", comment(&e.cause)));
        }
        hosts.push_str(&format!("0.0.0.0 {d}\n"));
        // The name (and, for a registrable domain, everything below it):
        // answer NXDOMAIN.
        zone.push_str(&format!("{d} CNAME .\n"));
        if e.wildcard {
            zone.push_str(&format!("*.{d} CNAME .\n"));
        }
    }
    (plain, hosts, zone)
}

fn read_optional(p: &Path) -> Result<String> {
    match fs::read_to_string(p) {
        Ok(t) => Ok(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
        Err(e) => Err(Error::io(p, e)),
    }
}

/// Writes `path` atomically: a temporary file beside it, synced, renamed.
pub(crate) fn replace(path: &Path, text: &str) -> Result<()> {
    let tmp = path.with_extension("tmp");
    let mut f = File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
    f.write_all(text.as_bytes())
        .and_then(|()| f.sync_all())
        .map_err(|e| Error::io(&tmp, e))?;
    fs::rename(&tmp, path).map_err(|e| Error::io(path, e))
}

/// Syncs a folder, so that the renames in it survive a power cut.
pub(crate) fn sync_dir(dir: &Path) -> Result<()> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| Error::io(dir, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_are_normalised() {
        assert_eq!(
            normalize_domain(" HTTPS://Shop.Example.COM.:8443/x?y ").unwrap(),
            "shop.example.com"
        );
        assert_eq!(
            normalize_domain("bücher.example").unwrap(),
            "xn--bcher-kva.example"
        );
        assert!(normalize_domain("").is_err());
        assert!(normalize_domain("10.0.0.1").is_err());
        assert!(normalize_domain("localhost").is_err());
        assert!(normalize_domain("bad name.example").is_err());
        assert_eq!(
            normalize_domain("*.Mirror.example").unwrap(),
            "mirror.example"
        );
        assert!(normalize_domain("*.*.example").is_err());
    }

    #[test]
    fn serial_goes_up_only_on_change_and_survives_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let mut list = Blocklist::open(dir.path()).unwrap();
        assert!(list.insert("a.example").unwrap());
        assert!(!list.insert("a.example").unwrap());
        assert_eq!(list.serial(), 1);
        let mut again = Blocklist::open(dir.path()).unwrap();
        assert_eq!(again.serial(), 1);
        assert!(again.insert("b.example").unwrap());
        assert_eq!(again.serial(), 2);
        // The same entries again: nothing changes, the serial stays.
        let same: Vec<Entry> = again
            .domains()
            .map(|d| Entry {
                domain: d.to_string(),
                wildcard: true,
                cause: String::new(),
                passthru: false,
            })
            .collect();
        assert!(!again.replace(same).unwrap());
        assert_eq!(again.serial(), 2);
        // A removal is a change.
        assert!(again
            .replace(vec![Entry {
                domain: "b.example".into(),
                wildcard: false,
                cause: "test".into(),
                passthru: false,
            }])
            .unwrap());
        assert_eq!(again.serial(), 3);
        let zone = fs::read_to_string(dir.path().join(RPZ_FILE)).unwrap();
        assert!(!zone.contains("a.example"), "{zone}");
        assert!(!zone.contains("*.b.example"), "{zone}");
        let hosts = fs::read_to_string(dir.path().join(HOSTS_FILE)).unwrap();
        assert!(hosts.contains("0.0.0.0 b.example\n"));
    }
}
