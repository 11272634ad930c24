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
    let url = url::Url::parse(&with_scheme).map_err(|e| bad(&e.to_string()))?;
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
            if labels_ok && d.len() <= 253 && d.contains('.') {
                Ok(d)
            } else {
                Err(bad("not a host name"))
            }
        }
        Some(_) => Err(bad("an IP address, not a domain")),
        None => Err(bad("no host")),
    }
}

/// The confirmed domains of a blocklist folder and its three files.
#[derive(Debug)]
pub struct Blocklist {
    dir: PathBuf,
    domains: BTreeSet<String>,
    serial: u32,
}

impl Blocklist {
    /// Opens (or creates) the folder, reading the domains and the zone's
    /// serial back from the files.
    ///
    /// # Errors
    /// [`Error::Io`] when the folder or a file cannot be read.
    pub fn open(dir: &Path) -> Result<Self> {
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let read = |name: &str| -> Result<String> {
            let p = dir.join(name);
            match fs::read_to_string(&p) {
                Ok(t) => Ok(t),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
                Err(e) => Err(Error::io(&p, e)),
            }
        };
        let domains = read(DOMAINS_FILE)?
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect();
        let serial = read(RPZ_FILE)?
            .lines()
            .find_map(|l| l.trim().strip_prefix("; serial "))
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0);
        Ok(Self {
            dir: dir.to_path_buf(),
            domains,
            serial,
        })
    }

    /// The domains, sorted.
    pub fn domains(&self) -> impl Iterator<Item = &str> {
        self.domains.iter().map(String::as_str)
    }

    /// The zone's current serial.
    pub fn serial(&self) -> u32 {
        self.serial
    }

    /// Adds a (normalised) domain and rewrites the files when it is new.
    /// Returns whether it was new.
    ///
    /// # Errors
    /// [`Error::Io`] when a file cannot be written.
    pub fn insert(&mut self, domain: &str) -> Result<bool> {
        if !self.domains.insert(domain.to_string()) {
            return Ok(false);
        }
        let before = self.serial;
        self.serial = self.serial.wrapping_add(1).max(1);
        if let Err(e) = self.write_all() {
            // Not written: not added, so that the next insert tries again.
            self.domains.remove(domain);
            self.serial = before;
            return Err(e);
        }
        Ok(true)
    }

    fn write_all(&self) -> Result<()> {
        let mut plain = String::new();
        let mut hosts = String::from("# clone-detect: confirmed reincarnations\n");
        let mut zone = format!(
            "; clone-detect response-policy zone: confirmed reincarnations\n; serial {}\n$TTL 300\n@ IN SOA localhost. hostmaster.localhost. ( {} 3600 600 604800 300 )\n@ IN NS localhost.\n",
            self.serial, self.serial
        );
        for d in &self.domains {
            plain.push_str(d);
            plain.push('\n');
            hosts.push_str(&format!("0.0.0.0 {d}\n"));
            // The name and everything below it: answer NXDOMAIN.
            zone.push_str(&format!("{d} CNAME .\n*.{d} CNAME .\n"));
        }
        replace(&self.dir.join(DOMAINS_FILE), &plain)?;
        replace(&self.dir.join(HOSTS_FILE), &hosts)?;
        replace(&self.dir.join(RPZ_FILE), &zone)
    }
}

/// Writes `path` atomically: a temporary file beside it, synced, renamed.
fn replace(path: &Path, text: &str) -> Result<()> {
    let tmp = path.with_extension("tmp");
    let mut f = File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
    f.write_all(text.as_bytes())
        .and_then(|()| f.sync_all())
        .map_err(|e| Error::io(&tmp, e))?;
    fs::rename(&tmp, path).map_err(|e| Error::io(path, e))
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
        let hosts = fs::read_to_string(dir.path().join(HOSTS_FILE)).unwrap();
        assert!(hosts.contains("0.0.0.0 a.example\n0.0.0.0 b.example\n"));
    }
}
