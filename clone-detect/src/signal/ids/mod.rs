//! Operator identifiers: values that tie a site to the people who run it
//! (analytics and ad accounts, verification tokens, contact handles, payment
//! addresses). Analysts pivot on them because operators carry them from one
//! domain to the next.
//!
//! Identifiers are found in the raw HTML, inline scripts included, and in
//! `<meta>` verification tags. Shapes that carry a checksum (Bitcoin,
//! Ethereum mixed case, Monero, Tron, v3 onion names) are reported only when
//! the checksum holds; obvious placeholders (`G-XXXXXXXXXX`,
//! `user@example.com`) are dropped.

mod checksums;

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

/// The kinds of operator identifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum IdKind {
    /// Google Analytics (`UA-…`, `G-…`).
    GoogleAnalytics,
    /// Google Tag Manager (`GTM-…`).
    GoogleTagManager,
    /// Google Ads (`AW-…`).
    GoogleAds,
    /// AdSense publisher (`ca-pub-…`).
    Adsense,
    /// Yandex Metrika counter.
    YandexMetrika,
    /// Meta (Facebook) pixel.
    MetaPixel,
    /// Matomo site id, with the tracker host when found (`host#id`).
    Matomo,
    /// reCAPTCHA, hCaptcha or Turnstile site key.
    CaptchaSitekey,
    /// A `*-site-verification` style meta tag (`name=content`).
    SiteVerification,
    /// A Telegram handle (`t.me/…`).
    Telegram,
    /// An e-mail address.
    Email,
    /// A Bitcoin address (base58check or bech32/bech32m).
    Bitcoin,
    /// An Ethereum address.
    Ethereum,
    /// A Monero address.
    Monero,
    /// A Tron address.
    Tron,
    /// A Tor onion service name.
    Onion,
}

/// One identifier found on a page.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct OperatorId {
    /// What it is.
    pub kind: IdKind,
    /// Its value, normalised (case folded where the system ignores case).
    pub value: String,
}

struct Patterns {
    google: Regex,
    adsense: Regex,
    yandex: Regex,
    meta_pixel: Regex,
    matomo_site: Regex,
    matomo_host: Regex,
    sitekey: Regex,
    telegram: Regex,
    email: Regex,
    btc_base58: Regex,
    btc_bech32: Regex,
    ethereum: Regex,
    monero: Regex,
    tron: Regex,
    onion: Regex,
    verification_name: Regex,
}

// Word boundaries are ASCII (`(?-u:\b)`): Unicode boundaries keep the regex
// engine off its fast DFA and made identifier search several times slower
// than parsing the page.
static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| {
    let re = |p: &str| Regex::new(p).expect("identifier patterns are valid");
    Patterns {
        google: re(
            r"(?:^|[^A-Za-z0-9_-])((?:UA-[0-9]{4,10}-[0-9]{1,4})|(?:G-[A-Z0-9]{6,12})|(?:GTM-[A-Z0-9]{4,9})|(?:AW-[0-9]{6,12}))(?-u:\b)",
        ),
        adsense: re(r"(?-u:\b)(ca-pub-[0-9]{10,20})(?-u:\b)"),
        yandex: re(r#"(?:mc\.yandex\.ru/watch/|ym\(\s*|yaCounter)([0-9]{5,12})"#),
        meta_pixel: re(
            r#"(?:fbq\(\s*['"]init['"]\s*,\s*['"]|facebook\.com/tr\?id=)([0-9]{10,20})"#,
        ),
        matomo_site: re(r#"setSiteId['"]\s*,\s*['"]?([0-9]{1,6})"#),
        matomo_host: re(r#"var\s+u\s*=\s*["'](?:https?:)?//([A-Za-z0-9.-]+)"#),
        sitekey: re(
            r#"(?:data-sitekey\s*=\s*["']|recaptcha/api\.js\?render=)([A-Za-z0-9_-]{20,})"#,
        ),
        telegram: re(
            r"(?i)(?-u:\b)(?:t\.me|telegram\.me)/(?:joinchat/|s/)?([A-Za-z0-9_]{5,32}|\+[A-Za-z0-9_-]{10,40})",
        ),
        email: re(
            r"(?-u:\b)[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24}(?-u:\b)",
        ),
        btc_base58: re(r"(?-u:\b)[13][a-km-zA-HJ-NP-Z1-9]{25,34}(?-u:\b)"),
        btc_bech32: re(r"(?-u:\b)bc1[ac-hj-np-z02-9]{11,71}(?-u:\b)"),
        ethereum: re(r"(?-u:\b)0x[0-9a-fA-F]{40}(?-u:\b)"),
        monero: re(r"(?-u:\b)[48][1-9A-HJ-NP-Za-km-z]{94}(?-u:\b)"),
        tron: re(r"(?-u:\b)T[1-9A-HJ-NP-Za-km-z]{33}(?-u:\b)"),
        onion: re(r"(?i)(?-u:\b)([a-z2-7]{56}|[a-z2-7]{16})\.onion(?-u:\b)"),
        verification_name: re(
            r"(?i)^(?:[a-z0-9_-]+-(?:site-)?verification|msvalidate\.01|p:domain_verify)$",
        ),
    }
});

/// Checks the checksum of a candidate identifier.
type Validator = fn(&str) -> bool;

/// File extensions that look like e-mail domains in `logo@2x.png`.
const NOT_EMAIL_TLDS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "svg", "webp", "css", "js", "ico",
];
/// Placeholder domains used in examples and form hints.
const PLACEHOLDER_DOMAINS: &[&str] = &[
    "example.com",
    "example.org",
    "example.net",
    "domain.com",
    "email.com",
];
/// `t.me/…` paths that are Telegram features, not handles.
const TELEGRAM_FEATURES: &[&str] = &[
    "share",
    "joinchat",
    "addstickers",
    "proxy",
    "socks",
    "iv",
    "login",
];

/// Finds the identifiers in one page: `raw` is the decoded HTML, `html` its tree.
pub(crate) fn find(raw: &str, html: &scraper::Html, out: &mut BTreeSet<OperatorId>) {
    let p = &*PATTERNS;
    let mut add = |kind: IdKind, value: String| {
        out.insert(OperatorId { kind, value });
    };
    for c in p.google.captures_iter(raw) {
        let v = &c[1];
        let body = v.split_once('-').map_or("", |(_, b)| b);
        if body.bytes().all(|b| b == b'X' || b == b'-') {
            continue;
        }
        let kind = match v.split('-').next() {
            Some("GTM") => IdKind::GoogleTagManager,
            Some("AW") => IdKind::GoogleAds,
            _ => IdKind::GoogleAnalytics,
        };
        add(kind, v.to_string());
    }
    for c in p.adsense.captures_iter(raw) {
        add(IdKind::Adsense, c[1].to_string());
    }
    for c in p.yandex.captures_iter(raw) {
        add(IdKind::YandexMetrika, c[1].to_string());
    }
    for c in p.meta_pixel.captures_iter(raw) {
        add(IdKind::MetaPixel, c[1].to_string());
    }
    let matomo_host = p
        .matomo_host
        .captures(raw)
        .map(|c| c[1].to_ascii_lowercase());
    for c in p.matomo_site.captures_iter(raw) {
        let value = match &matomo_host {
            Some(host) => format!("{host}#{}", &c[1]),
            None => c[1].to_string(),
        };
        add(IdKind::Matomo, value);
    }
    for c in p.sitekey.captures_iter(raw) {
        add(IdKind::CaptchaSitekey, c[1].to_string());
    }
    for c in p.telegram.captures_iter(raw) {
        let handle = c[1].to_ascii_lowercase();
        if !TELEGRAM_FEATURES.contains(&handle.as_str()) {
            add(IdKind::Telegram, format!("t.me/{handle}"));
        }
    }
    for m in p.email.find_iter(raw) {
        let email = m.as_str().to_ascii_lowercase();
        let domain = email.rsplit_once('@').map_or("", |(_, d)| d);
        let tld = domain.rsplit('.').next().unwrap_or("");
        if NOT_EMAIL_TLDS.contains(&tld) || PLACEHOLDER_DOMAINS.contains(&domain) {
            continue;
        }
        add(IdKind::Email, email);
    }
    let checked: [(&Regex, IdKind, Validator); 6] = [
        (&p.btc_base58, IdKind::Bitcoin, checksums::is_bitcoin_base58),
        (&p.btc_bech32, IdKind::Bitcoin, checksums::is_bitcoin_bech32),
        (&p.ethereum, IdKind::Ethereum, checksums::is_ethereum),
        (&p.monero, IdKind::Monero, checksums::is_monero),
        (&p.tron, IdKind::Tron, checksums::is_tron),
        (&p.onion, IdKind::Onion, |_| true),
    ];
    for (re, kind, valid) in checked {
        for m in re.find_iter(raw) {
            let s = m.as_str();
            if kind == IdKind::Onion {
                let label = s[..s.len() - ".onion".len()].to_ascii_lowercase();
                if label.len() == 16 || checksums::is_onion_v3(&label) {
                    add(kind, format!("{label}.onion"));
                }
            } else if valid(s) {
                let value = if kind == IdKind::Ethereum {
                    s.to_ascii_lowercase()
                } else {
                    s.to_string()
                };
                add(kind, value);
            }
        }
    }
    for element in html.tree.values().filter_map(|n| n.as_element()) {
        if element.name() != "meta" {
            continue;
        }
        if let (Some(name), Some(content)) = (element.attr("name"), element.attr("content")) {
            let content = content.trim();
            if p.verification_name.is_match(name) && !content.is_empty() {
                add(
                    IdKind::SiteVerification,
                    format!("{}={content}", name.to_ascii_lowercase()),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::parse;

    fn ids(html: &str) -> Vec<(IdKind, String)> {
        let page = parse(html.as_bytes(), usize::MAX);
        let mut out = BTreeSet::new();
        find(html, &page.html, &mut out);
        out.into_iter().map(|i| (i.kind, i.value)).collect()
    }

    #[test]
    fn table_of_identifiers() {
        use IdKind::*;
        let cases: &[(&str, Option<(IdKind, &str)>)] = &[
            ("gtag('config', 'G-ABC123DEF4');", Some((GoogleAnalytics, "G-ABC123DEF4"))),
            ("ga('create', 'UA-1234567-2', 'auto');", Some((GoogleAnalytics, "UA-1234567-2"))),
            ("<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">", None),
            ("gtag('config', 'G-XXXXXXXXXX');", None),
            ("googletagmanager.com/ns.html?id=GTM-K9ABCD", Some((GoogleTagManager, "GTM-K9ABCD"))),
            ("gtag('config','AW-123456789')", Some((GoogleAds, "AW-123456789"))),
            ("data-ad-client=\"ca-pub-1234567890123456\"", Some((Adsense, "ca-pub-1234567890123456"))),
            ("ym(87654321, \"init\", {})", Some((YandexMetrika, "87654321"))),
            ("fbq('init', '123456789012345');", Some((MetaPixel, "123456789012345"))),
            ("var u=\"//stats.example.net/\"; _paq.push(['setSiteId', '7']);", Some((Matomo, "stats.example.net#7"))),
            ("<div class=\"g-recaptcha\" data-sitekey=\"6LcABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijk\">", Some((CaptchaSitekey, "6LcABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijk"))),
            ("Join us: https://t.me/SomeChannel", Some((Telegram, "t.me/somechannel"))),
            ("https://t.me/share/url?url=x", None),
            ("mailto:Abuse@Mirror-Site.io", Some((Email, "abuse@mirror-site.io"))),
            ("<img src=\"logo@2x.png\">", None),
            ("write to user@example.com", None),
            ("BTC: 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", Some((Bitcoin, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"))),
            ("BTC: 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", None),
            ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", Some((Bitcoin, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"))),
            ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", Some((Ethereum, "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"))),
            ("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", Some((Tron, "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"))),
            ("http://2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion/", Some((Onion, "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion"))),
            ("<meta name=\"google-site-verification\" content=\"abcDEF123\">", Some((SiteVerification, "google-site-verification=abcDEF123"))),
            ("<meta name=\"yandex-verification\" content=\"0a1b2c\">", Some((SiteVerification, "yandex-verification=0a1b2c"))),
        ];
        for (html, expected) in cases {
            let found = ids(html);
            match expected {
                Some((kind, value)) => assert!(
                    found.contains(&(*kind, value.to_string())),
                    "{html}: expected {kind:?} {value}, found {found:?}"
                ),
                None => assert!(
                    found.is_empty(),
                    "{html}: expected nothing, found {found:?}"
                ),
            }
        }
    }
}
