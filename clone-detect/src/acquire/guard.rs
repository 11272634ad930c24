//! The private-network guard (features `crawl` or `screenshot`): no request
//! leaves for an address that is not on the public internet unless the user
//! opted in.
//!
//! Refused: loopback, private (RFC 1918, unique local), link-local,
//! carrier-grade NAT, unspecified, multicast, broadcast, benchmarking,
//! documentation, reserved and IETF-protocol ranges; IPv6 site-local,
//! discard and Teredo; and the IPv6 forms that carry an IPv4 address
//! (mapped `::ffff:a.b.c.d`, compatible `::a.b.c.d`, NAT64 `64:ff9b::/96`,
//! 6to4 `2002::/16`) when the address they carry is refused, or always where
//! the carried address cannot be known (local-use NAT64, compatible).
//!
//! A [`Guard`] checks every URL before it is requested ([`Guard::check_url`]:
//! literal addresses and `localhost` names) and resolves every name itself
//! ([`Guard::resolve`]): pinned names first, then DNS through its
//! [`Lookup`]. An answer that holds *any* refused address is refused whole,
//! so a name cannot mix a public address in to slip a private one through,
//! and the addresses returned are the ones connected to (the HTTP client and
//! the browser's proxy connect to them, never resolving again), so DNS
//! rebinding between the check and the fetch has nothing to exploit.

use std::fmt;
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

use url::{Host, Url};

/// Whether `ip` is an address on the public internet.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_multicast()
        || ip.is_broadcast()
        || ip.is_documentation()
        || a == 0
        // carrier-grade NAT 100.64.0.0/10
        || (a == 100 && (64..128).contains(&b))
        // IETF protocol assignments 192.0.0.0/24, 6to4 relay 192.88.99.0/24
        || (a == 192 && b == 0 && c == 0)
        || (a == 192 && b == 88 && c == 99)
        // benchmarking 198.18.0.0/15
        || (a == 198 && (b & 0xfe) == 18)
        // reserved 240.0.0.0/4
        || a >= 240)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let s = ip.segments();
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    let carried = |hi: u16, lo: u16| Ipv4Addr::from((u32::from(hi) << 16) | u32::from(lo));
    // SIIT-translated ::ffff:0:a.b.c.d: the IPv4 address it reaches.
    if s[..6] == [0, 0, 0, 0, 0xffff, 0] {
        return is_public_v4(carried(s[6], s[7]));
    }
    // NAT64 well-known prefix 64:ff9b::/96: the IPv4 address it reaches.
    if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        return is_public_v4(carried(s[6], s[7]));
    }
    // 6to4 2002::/16: the IPv4 address of the relay it reaches.
    if s[0] == 0x2002 {
        return is_public_v4(carried(s[1], s[2]));
    }
    !(ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_multicast()
        // IPv4-compatible ::a.b.c.d (deprecated) and everything in ::/96
        || s[..6] == [0; 6]
        // local-use NAT64 64:ff9b:1::/48
        || (s[0] == 0x64 && s[1] == 0xff9b && s[2] == 1)
        // discard-only 100::/64
        || s[..4] == [0x100, 0, 0, 0]
        // Teredo 2001::/32 (carries an obfuscated IPv4 address),
        // benchmarking 2001:2::/48, documentation 2001:db8::/32
        || (s[0] == 0x2001 && (s[1] == 0 || s[1] == 0xdb8 || (s[1] == 2 && s[2] == 0)))
        // unique local fc00::/7
        || (s[0] & 0xfe00) == 0xfc00
        // link-local fe80::/10 and site-local fec0::/10
        || (s[0] & 0xffc0) == 0xfe80
        || (s[0] & 0xffc0) == 0xfec0)
}

/// A caller's lookup: a host name to its addresses.
pub type LookupFn = dyn Fn(&str) -> io::Result<Vec<IpAddr>> + Send + Sync;

/// How a [`Guard`] asks DNS: the system resolver, or a function given by
/// the caller (tests, and services with a resolver of their own).
#[derive(Clone, Default)]
pub enum Lookup {
    /// The system resolver (`getaddrinfo`).
    #[default]
    System,
    /// A caller's function from a host name to its addresses.
    Custom(Arc<LookupFn>),
}

impl Lookup {
    /// A lookup by `f`.
    pub fn custom(f: impl Fn(&str) -> io::Result<Vec<IpAddr>> + Send + Sync + 'static) -> Self {
        Self::Custom(Arc::new(f))
    }
}

impl fmt::Debug for Lookup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::System => f.write_str("System"),
            Self::Custom(_) => f.write_str("Custom(..)"),
        }
    }
}

impl PartialEq for Lookup {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::System, Self::System) => true,
            (Self::Custom(a), Self::Custom(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Eq for Lookup {}

/// Where requests may go: every fetch of the crawler, and every request of
/// the browser (through its filtering proxy), asks one of these first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Guard {
    refuse_private: bool,
    pins: Arc<[(String, IpAddr)]>,
    lookup: Lookup,
    trusted: Arc<[IpAddr]>,
    only: Option<SocketAddr>,
}

impl Guard {
    /// A guard that refuses private targets when `refuse_private` is set,
    /// with host names `pins` pinned to addresses (lower case, no trailing
    /// dot) and other names asked of `lookup`.
    pub fn new(refuse_private: bool, pins: &[(String, IpAddr)], lookup: Lookup) -> Self {
        Self {
            refuse_private,
            pins: pins.iter().cloned().collect(),
            lookup,
            trusted: Arc::new([]),
            only: None,
        }
    }

    /// Allows `addr` alone (an IP address and a port): every other target,
    /// public or private, another port of the same address, and every host
    /// name is refused without being looked up, while `addr` itself passes
    /// though it is private. For a page that must reach its own origin and
    /// nothing else (a saved folder served on loopback).
    #[must_use]
    pub fn with_only(mut self, addr: SocketAddr) -> Self {
        self.only = Some(addr);
        self
    }

    /// Trusts these exact addresses although they are private (a mirror
    /// the user runs inside, a test server): they pass the guard, every
    /// other private address is still refused.
    #[must_use]
    pub fn with_trusted(mut self, trusted: &[IpAddr]) -> Self {
        self.trusted = trusted.iter().copied().collect();
        self
    }

    /// Whether `ip` may be reached: public, trusted, or not guarding.
    pub fn allows(&self, ip: IpAddr) -> bool {
        !self.refuse_private || is_public(ip) || self.trusted.contains(&ip)
    }

    /// Whether private targets are refused.
    pub fn refuses_private(&self) -> bool {
        self.refuse_private
    }

    /// The first pin that points to a refused address, as an error message.
    ///
    /// # Errors
    /// The message naming the pin.
    pub fn check_pins(&self) -> Result<(), String> {
        if self.only.is_some() {
            // Pins are not used: one address alone is reached.
            return Ok(());
        }
        match self.pins.iter().find(|(_, ip)| !self.allows(*ip)) {
            Some((host, ip)) => Err(format!(
                "{host} is pinned to {ip}, a private address, while private targets are refused"
            )),
            None => Ok(()),
        }
    }

    /// Checks a URL before it is requested: http(s) only and, when private
    /// targets are refused, no literal private address and no `localhost`
    /// name. Names are checked when they are resolved.
    ///
    /// # Errors
    /// Why the URL is refused.
    pub fn check_url(&self, url: &Url) -> Result<(), String> {
        if !matches!(url.scheme(), "http" | "https") {
            return Err(format!("{url}: only http and https are fetched"));
        }
        if let Some(only) = self.only {
            let ip = match url.host() {
                Some(Host::Ipv4(v4)) => Some(IpAddr::V4(v4)),
                Some(Host::Ipv6(v6)) => Some(IpAddr::V6(v6)),
                _ => None,
            };
            let port = url.port_or_known_default();
            return match (ip, port) {
                (Some(ip), Some(port)) if SocketAddr::new(ip, port) == only => Ok(()),
                _ => Err(format!("{url}: only {only} is reached")),
            };
        }
        if !self.refuse_private {
            return Ok(());
        }
        let ip = match url.host() {
            Some(Host::Ipv4(v4)) => IpAddr::V4(v4),
            Some(Host::Ipv6(v6)) => IpAddr::V6(v6),
            Some(Host::Domain(d)) => {
                let d = d.trim_end_matches('.').to_ascii_lowercase();
                if d == "localhost" || d.ends_with(".localhost") {
                    return Err(format!("{url}: localhost is refused"));
                }
                return Ok(());
            }
            None => return Err(format!("{url}: no host")),
        };
        if self.allows(ip) {
            Ok(())
        } else {
            Err(format!("{url}: {ip} is not a public address"))
        }
    }

    /// The addresses to connect to for `host` (a name or a literal
    /// address, IPv6 with or without brackets): a pin, else the lookup's
    /// answer. When private targets are refused, an answer with any refused
    /// address is refused whole.
    ///
    /// # Errors
    /// Why: no address, a refused address, or the lookup's error.
    pub async fn resolve(&self, host: &str, port: u16) -> Result<Vec<SocketAddr>, String> {
        let name = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .trim_end_matches('.')
            .to_ascii_lowercase();
        if let Some(only) = self.only {
            // Names are not looked up: the answer could only be refused.
            return match name.parse::<IpAddr>() {
                Ok(ip) if SocketAddr::new(ip, port) == only => Ok(vec![only]),
                _ => Err(format!("{host}:{port}: only {only} is reached")),
            };
        }
        let ips: Vec<IpAddr> = if let Ok(ip) = name.parse::<IpAddr>() {
            vec![ip]
        } else if let Some((_, ip)) = self.pins.iter().find(|(h, _)| *h == name) {
            vec![*ip]
        } else if self.refuse_private && (name == "localhost" || name.ends_with(".localhost")) {
            // Refused by name, whatever it resolves to here.
            return Err(format!("{host}: localhost is refused"));
        } else {
            match &self.lookup {
                Lookup::System => tokio::net::lookup_host((name.as_str(), 0))
                    .await
                    .map_err(|e| format!("{host}: {e}"))?
                    .map(|a| a.ip())
                    .collect(),
                Lookup::Custom(f) => f(&name).map_err(|e| format!("{host}: {e}"))?,
            }
        };
        if ips.is_empty() {
            return Err(format!("{host} has no address"));
        }
        if let Some(bad) = ips.iter().find(|ip| !self.allows(**ip)) {
            return Err(format!(
                "{host} resolves to {bad}, which is not a public address"
            ));
        }
        let mut ips = ips;
        ips.dedup();
        Ok(ips
            .into_iter()
            .map(|ip| SocketAddr::new(ip, port))
            .collect())
    }
}

/// The guard as the HTTP client's resolver: every connection the client
/// opens (pages, redirects, favicon, assets, probes) goes to addresses the
/// guard resolved and checked.
#[cfg(feature = "crawl")]
impl spider::reqwest::dns::Resolve for Guard {
    fn resolve(&self, name: spider::reqwest::dns::Name) -> spider::reqwest::dns::Resolving {
        let guard = self.clone();
        let host = name.as_str().to_string();
        Box::pin(async move {
            let addrs = Guard::resolve(&guard, &host, 0).await?;
            Ok(Box::new(addrs.into_iter()) as spider::reqwest::dns::Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_addresses_are_not_public() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "198.18.0.1",
            "198.19.255.255",
            "192.0.0.8",
            "240.0.0.1",
            "255.255.255.255",
            "192.0.2.1",
            "::1",
            "::",
            "fe80::1",
            "fec0::1",
            "fd00::1",
            "::ffff:127.0.0.1",
            "::ffff:0:127.0.0.1",
            "::ffff:0:10.1.1.1",
            "::127.0.0.1",
            "::10.0.0.1",
            "64:ff9b::10.0.0.1",
            "64:ff9b::127.0.0.1",
            "64:ff9b:1::1",
            "2002:7f00:1::",
            "2002:c0a8:101::1",
            "2001::1",
            "2001:db8::1",
            "ff02::1",
        ] {
            assert!(!is_public(ip.parse().unwrap()), "{ip}");
        }
        for ip in [
            "93.184.216.34",
            "2606:2800:220:1:248:1893:25c8:1946",
            "1.1.1.1",
            "::ffff:1.1.1.1",
            "64:ff9b::1.1.1.1",
            "2002:0101:0101::1",
            "198.20.0.1",
            "192.0.1.1",
        ] {
            assert!(is_public(ip.parse().unwrap()), "{ip}");
        }
    }

    #[test]
    fn literals_are_checked() {
        let guard = Guard::new(true, &[], Lookup::System);
        for url in [
            "http://127.0.0.1:8080/",
            "http://[::1]/",
            "http://localhost/",
            "http://a.localhost./",
            "http://[::ffff:10.0.0.1]/",
            "http://2130706433/",
            "http://0x7f.1/",
            "file:///etc/passwd",
        ] {
            assert!(guard.check_url(&Url::parse(url).unwrap()).is_err(), "{url}");
        }
        assert!(guard
            .check_url(&Url::parse("http://example.org/").unwrap())
            .is_ok());
        let open = Guard::new(false, &[], Lookup::System);
        assert!(open
            .check_url(&Url::parse("http://127.0.0.1/").unwrap())
            .is_ok());
        let trusting =
            Guard::new(true, &[], Lookup::System).with_trusted(&["127.0.0.1".parse().unwrap()]);
        assert!(trusting
            .check_url(&Url::parse("http://127.0.0.1:9/").unwrap())
            .is_ok());
        assert!(trusting
            .check_url(&Url::parse("http://127.0.0.2:9/").unwrap())
            .is_err());
    }

    fn block_on<T>(f: impl std::future::Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(f)
    }

    #[test]
    fn answers_with_any_private_address_are_refused() {
        let lookup = Lookup::custom(|name| match name {
            "public.test" => Ok(vec!["93.184.216.34".parse().unwrap()]),
            "mixed.test" => Ok(vec![
                "93.184.216.34".parse().unwrap(),
                "10.0.0.7".parse().unwrap(),
            ]),
            "inside.test" => Ok(vec!["127.0.0.1".parse().unwrap()]),
            _ => Err(io::Error::new(io::ErrorKind::NotFound, "no such name")),
        });
        let guard = Guard::new(
            true,
            &[("pinned.test".into(), "1.1.1.1".parse().unwrap())],
            lookup.clone(),
        );
        block_on(async {
            assert_eq!(
                guard.resolve("public.test", 80).await.unwrap(),
                vec!["93.184.216.34:80".parse::<SocketAddr>().unwrap()]
            );
            assert!(guard.resolve("mixed.test", 80).await.is_err());
            assert!(guard.resolve("inside.test", 80).await.is_err());
            assert!(guard.resolve("nowhere.test", 80).await.is_err());
            assert!(guard.resolve("[::1]", 80).await.is_err());
            assert!(guard.resolve("localhost", 80).await.is_err());
            assert_eq!(
                guard.resolve("Pinned.test.", 443).await.unwrap(),
                vec!["1.1.1.1:443".parse::<SocketAddr>().unwrap()]
            );
            let open = Guard::new(false, &[], lookup);
            assert_eq!(open.resolve("mixed.test", 80).await.unwrap().len(), 2);
        });
    }

    #[test]
    fn private_pins_are_refused_only_when_guarding() {
        let pins = [("a.test".to_string(), "127.0.0.1".parse().unwrap())];
        assert!(Guard::new(true, &pins, Lookup::System)
            .check_pins()
            .is_err());
        assert!(Guard::new(false, &pins, Lookup::System)
            .check_pins()
            .is_ok());
    }

    #[test]
    fn only_one_address_passes_an_only_rule() {
        let only: SocketAddr = "127.0.0.1:4321".parse().unwrap();
        let asked = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let seen = asked.clone();
        let lookup = Lookup::custom(move |_| {
            seen.store(true, std::sync::atomic::Ordering::SeqCst);
            Ok(vec!["127.0.0.1".parse().unwrap()])
        });
        for refuse_private in [true, false] {
            let guard = Guard::new(
                refuse_private,
                &[("pinned.test".into(), "127.0.0.1".parse().unwrap())],
                lookup.clone(),
            )
            .with_only(only);
            let url = |u: &str| guard.check_url(&Url::parse(u).unwrap());
            assert!(url("http://127.0.0.1:4321/a.html").is_ok());
            for refused in [
                "http://127.0.0.1:4322/",
                "http://127.0.0.2:4321/",
                "http://localhost:4321/",
                "http://pinned.test:4321/",
                "http://93.184.216.34/",
                "http://[::1]:4321/",
                "file:///etc/passwd",
            ] {
                assert!(url(refused).is_err(), "{refused}");
            }
            block_on(async {
                assert_eq!(guard.resolve("127.0.0.1", 4321).await.unwrap(), [only]);
                for (host, port) in [
                    ("127.0.0.1", 4322),
                    ("pinned.test", 4321),
                    ("anything.test", 4321),
                    ("93.184.216.34", 80),
                ] {
                    assert!(guard.resolve(host, port).await.is_err(), "{host}:{port}");
                }
            });
        }
        assert!(
            !asked.load(std::sync::atomic::Ordering::SeqCst),
            "a name was looked up"
        );
    }
}
