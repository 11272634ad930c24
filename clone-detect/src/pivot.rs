//! Ready-to-paste queries for the search engines analysts pivot with, from
//! the values a fingerprint holds: where else on the Internet is this
//! favicon, this exact page, this title, this script?
//!
//! | service | favicon | root page | title | resources | identifiers |
//! |---|---|---|---|---|---|
//! | Shodan | `http.favicon.hash:N` | `http.html_hash:N` | `http.title:"…"` | | `http.html:"…"` |
//! | Censys | `services.http.response.favicons.md5_hash: "…"` | | `services.http.response.html_title: "…"` | | `services.http.response.body: "…"` |
//! | FOFA | `icon_hash="N"` | | `title="…"` | | `body="…"` |
//! | urlscan | `hash:SHA256` | | | `hash:SHA256` of each script and stylesheet | |
//! | ZoomEye | `iconhash:"N"` | | `title:"…"` | | |
//!
//! The favicon number is the Shodan hash these services share (signed
//! decimal); Censys indexes the favicon's MD5; urlscan indexes the SHA-256 of
//! every resource a page loads. Values are quoted and their `"` and `\`
//! escaped; each query comes with the service's search URL.
//!
//! ```
//! use clone_detect::pivot::pivots;
//! use clone_detect::{Fingerprinter, FingerprintConfig, SiteSnapshot};
//!
//! let fp = Fingerprinter::new(FingerprintConfig::default())?.fingerprint(
//!     &SiteSnapshot::single_page("index.html", b"<title>Acme Market</title><p>hi</p>".to_vec()));
//! let queries = pivots(&fp);
//! assert!(queries.iter().any(|p| p.query == "http.title:\"Acme Market\""));
//! assert!(queries.iter().any(|p| p.query.starts_with("http.html_hash:")));
//! # Ok::<(), clone_detect::Error>(())
//! ```

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::SiteFingerprint;

/// One query.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Pivot {
    /// `shodan`, `censys`, `fofa`, `urlscan` or `zoomeye`.
    pub service: String,
    /// What it looks for: `favicon`, `html`, `title`, `asset` or `id`.
    pub signal: String,
    /// The query, in the service's syntax.
    pub query: String,
    /// The service's search page for the query.
    pub url: String,
}

/// `"value"` with `\` and `"` escaped.
fn quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        // Line breaks would end the query where it is pasted.
        out.push(if c.is_control() { ' ' } else { c });
    }
    out.push('"');
    out
}

/// Percent-encodes a query for a URL's query string.
fn encode(query: &str) -> String {
    url::form_urlencoded::byte_serialize(query.as_bytes()).collect()
}

fn pivot(service: &str, signal: &str, query: String) -> Pivot {
    let url = match service {
        "shodan" => format!("https://www.shodan.io/search?query={}", encode(&query)),
        "censys" => format!(
            "https://search.censys.io/search?resource=hosts&q={}",
            encode(&query)
        ),
        // FOFA takes the query base64-encoded.
        "fofa" => format!(
            "https://fofa.info/result?qbase64={}",
            encode(&STANDARD.encode(query.as_bytes()))
        ),
        "urlscan" => format!("https://urlscan.io/search/#{}", encode(&query)),
        _ => format!("https://www.zoomeye.ai/searchResult?q={}", encode(&query)),
    };
    Pivot {
        service: service.into(),
        signal: signal.into(),
        query,
        url,
    }
}

/// Every query the fingerprint's values allow, service by service.
pub fn pivots(fp: &SiteFingerprint) -> Vec<Pivot> {
    let mut out = Vec::new();
    let favicon = fp.favicon.as_ref().filter(|f| !f.uninformative);
    let title = fp.title.as_deref().map(str::trim).filter(|t| !t.is_empty());
    let ids: Vec<&str> = fp.ids.iter().map(|i| i.value.as_str()).collect();
    // Shodan
    if let Some(f) = favicon {
        out.push(pivot(
            "shodan",
            "favicon",
            format!("http.favicon.hash:{}", f.mmh3),
        ));
    }
    if !fp.pages.is_empty() {
        out.push(pivot(
            "shodan",
            "html",
            format!("http.html_hash:{}", fp.html_mmh3),
        ));
    }
    if let Some(t) = title {
        out.push(pivot(
            "shodan",
            "title",
            format!("http.title:{}", quoted(t)),
        ));
    }
    for id in &ids {
        out.push(pivot("shodan", "id", format!("http.html:{}", quoted(id))));
    }
    // Censys
    if let Some(f) = favicon {
        out.push(pivot(
            "censys",
            "favicon",
            format!(
                "services.http.response.favicons.md5_hash: {}",
                quoted(&f.md5)
            ),
        ));
    }
    if let Some(t) = title {
        out.push(pivot(
            "censys",
            "title",
            format!("services.http.response.html_title: {}", quoted(t)),
        ));
    }
    for id in &ids {
        out.push(pivot(
            "censys",
            "id",
            format!("services.http.response.body: {}", quoted(id)),
        ));
    }
    // FOFA
    if let Some(f) = favicon {
        out.push(pivot(
            "fofa",
            "favicon",
            format!("icon_hash=\"{}\"", f.mmh3),
        ));
    }
    if let Some(t) = title {
        out.push(pivot("fofa", "title", format!("title={}", quoted(t))));
    }
    for id in &ids {
        out.push(pivot("fofa", "id", format!("body={}", quoted(id))));
    }
    // urlscan
    if let Some(f) = favicon {
        out.push(pivot("urlscan", "favicon", format!("hash:{}", f.sha256)));
    }
    let mut assets: Vec<&str> = fp.assets.iter().map(|a| a.sha256.as_str()).collect();
    assets.sort_unstable();
    assets.dedup();
    for sha in assets {
        out.push(pivot("urlscan", "asset", format!("hash:{sha}")));
    }
    // ZoomEye
    if let Some(f) = favicon {
        out.push(pivot(
            "zoomeye",
            "favicon",
            format!("iconhash:\"{}\"", f.mmh3),
        ));
    }
    if let Some(t) = title {
        out.push(pivot("zoomeye", "title", format!("title:{}", quoted(t))));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_escaped_and_lines_joined() {
        assert_eq!(quoted(r#"say "hi" \ bye"#), r#""say \"hi\" \\ bye""#);
        assert_eq!(quoted("a\nb"), "\"a b\"");
    }

    #[test]
    fn fofa_urls_carry_the_query_in_base64() {
        let p = pivot("fofa", "favicon", "icon_hash=\"708578229\"".into());
        assert_eq!(
            p.url,
            "https://fofa.info/result?qbase64=aWNvbl9oYXNoPSI3MDg1NzgyMjki"
        );
        let p = pivot("shodan", "favicon", "http.favicon.hash:708578229".into());
        assert_eq!(
            p.url,
            "https://www.shodan.io/search?query=http.favicon.hash%3A708578229"
        );
    }
}
