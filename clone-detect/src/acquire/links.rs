//! What a page links to: the base URL, icon links, page links, scripts and
//! stylesheets, resolved the way a browser resolves them. Shared by every
//! acquisition path (saved folders now, the crawler later).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use url::Url;

/// The links of one page, resolved against its base URL.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageLinks {
    /// The base URL links resolve against (`<base href>` or the page's URL).
    pub base: Option<Url>,
    /// `<link rel=…icon…>` candidates, in the order a browser prefers them.
    pub icons: Vec<Url>,
    /// `<a href>` targets, in document order.
    pub anchors: Vec<Url>,
    /// `<script src>` targets.
    pub scripts: Vec<Url>,
    /// `<link rel=stylesheet>` targets.
    pub stylesheets: Vec<Url>,
}

/// Extracts the links of a parsed page whose own URL is `page_url`.
/// `<base href>` (the first one) changes the base, as in browsers.
pub(crate) fn extract(html: &scraper::Html, page_url: &Url) -> PageLinks {
    let elements = || html.tree.values().filter_map(|n| n.as_element());
    let base = elements()
        .find(|e| e.name() == "base" && e.attr("href").is_some())
        .and_then(|e| page_url.join(e.attr("href")?.trim()).ok())
        .unwrap_or_else(|| page_url.clone());
    let resolve = |href: &str| -> Option<Url> {
        let href = href.trim();
        if href.is_empty() || href.starts_with('#') || href.starts_with("javascript:") {
            return None;
        }
        base.join(href).ok()
    };
    let mut links = PageLinks {
        base: Some(base.clone()),
        ..PageLinks::default()
    };
    // (rank, is .ico first, document position) so the sort is stable and explicit.
    let mut icons: Vec<((u8, bool, usize), Url)> = Vec::new();
    for (position, e) in elements().enumerate() {
        match e.name() {
            "a" | "area" => links.anchors.extend(e.attr("href").and_then(resolve)),
            "script" => links.scripts.extend(e.attr("src").and_then(resolve)),
            "link" => {
                let rel = e.attr("rel").unwrap_or("").to_ascii_lowercase();
                let tokens: Vec<&str> = rel.split_ascii_whitespace().collect();
                let Some(url) = e.attr("href").and_then(resolve) else {
                    continue;
                };
                if tokens.contains(&"stylesheet") {
                    links.stylesheets.push(url);
                } else if let Some(rank) = icon_rank(&tokens) {
                    let not_ico = !url.path().to_ascii_lowercase().ends_with(".ico");
                    icons.push(((rank, not_ico, position), url));
                }
            }
            _ => {}
        }
    }
    icons.sort_by_key(|a| a.0);
    links.icons = icons.into_iter().map(|(_, u)| u).collect();
    links
}

/// How much a browser prefers an icon link: `icon` / `shortcut icon` first,
/// then Apple touch icons, then Safari mask icons; `None` for other links.
fn icon_rank(tokens: &[&str]) -> Option<u8> {
    if tokens.contains(&"icon") {
        Some(0)
    } else if tokens
        .iter()
        .any(|t| *t == "apple-touch-icon" || *t == "apple-touch-icon-precomposed")
    {
        Some(1)
    } else if tokens.contains(&"mask-icon") {
        Some(2)
    } else {
        None
    }
}

/// Decodes a `data:` URL (`data:[type][;base64],payload`).
pub fn decode_data_url(url: &Url) -> Option<Vec<u8>> {
    if url.scheme() != "data" {
        return None;
    }
    let rest = url.as_str().strip_prefix("data:")?;
    let (meta, payload) = rest.split_once(',')?;
    let bytes = percent_decode(payload);
    if meta.to_ascii_lowercase().ends_with(";base64") {
        let cleaned: Vec<u8> = bytes
            .into_iter()
            .filter(|b| !b.is_ascii_whitespace())
            .collect();
        STANDARD.decode(cleaned).ok()
    } else {
        Some(bytes)
    }
}

/// Decodes `%XX` escapes; other bytes are kept.
pub(crate) fn percent_decode(s: &str) -> Vec<u8> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |c: u8| (c as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// The favicon candidates of the root page (its icon links in browser
/// order, then `/favicon.ico` against its base) and the scripts and
/// stylesheets the pages link to, each once, in page order. Shared by the
/// crawler and the WARC reader.
pub(crate) fn icons_and_assets(
    pages: &[crate::snapshot::Page],
) -> (Vec<Url>, Vec<(Url, crate::snapshot::AssetKind)>) {
    use crate::snapshot::AssetKind;
    let mut icons = Vec::new();
    let mut assets: Vec<(Url, AssetKind)> = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        let Ok(url) = Url::parse(&page.url) else {
            continue;
        };
        // The shared parser: it cuts hostile nesting before tree building.
        let parsed = crate::html::parse(&page.body, page.body.len());
        let found = extract(&parsed.html, &url);
        if i == 0 {
            icons = found.icons.clone();
            if let Ok(ico) = found.base.as_ref().unwrap_or(&url).join("/favicon.ico") {
                icons.push(ico);
            }
        }
        let linked = found
            .scripts
            .into_iter()
            .map(|u| (u, AssetKind::Script))
            .chain(
                found
                    .stylesheets
                    .into_iter()
                    .map(|u| (u, AssetKind::Stylesheet)),
            );
        for (u, kind) in linked {
            if !assets.iter().any(|(a, _)| a == &u) {
                assets.push((u, kind));
            }
        }
    }
    (icons, assets)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::parse;

    fn links(html: &str, url: &str) -> PageLinks {
        extract(
            &parse(html.as_bytes(), usize::MAX).html,
            &Url::parse(url).unwrap(),
        )
    }

    #[test]
    fn icon_preference_and_base_href() {
        let l = links(
            r##"<head><base href="https://cdn.example.org/static/">
               <link rel="apple-touch-icon" href="touch.png">
               <link rel="icon" type="image/png" href="icon.png">
               <link rel="SHORTCUT ICON" href="/favicon.ico">
               <link rel="mask-icon" href="mask.svg">
               <link rel="stylesheet" href="site.css"></head>
               <body><a href="page.html">p</a><a href="#top">t</a><script src="app.js"></script></body>"##,
            "https://www.example.org/a/index.html",
        );
        let icons: Vec<&str> = l.icons.iter().map(Url::as_str).collect();
        assert_eq!(
            icons,
            [
                "https://cdn.example.org/favicon.ico",
                "https://cdn.example.org/static/icon.png",
                "https://cdn.example.org/static/touch.png",
                "https://cdn.example.org/static/mask.svg",
            ]
        );
        assert_eq!(
            l.stylesheets[0].as_str(),
            "https://cdn.example.org/static/site.css"
        );
        assert_eq!(l.anchors.len(), 1);
        assert_eq!(
            l.scripts[0].as_str(),
            "https://cdn.example.org/static/app.js"
        );
    }

    #[test]
    fn data_urls() {
        let b64 = Url::parse("data:image/png;base64,iVBORw0K").unwrap();
        assert_eq!(decode_data_url(&b64).unwrap(), b"\x89PNG\r\n");
        let plain = Url::parse("data:image/svg+xml,%3Csvg%3E").unwrap();
        assert_eq!(decode_data_url(&plain).unwrap(), b"<svg>");
        assert_eq!(percent_decode("100%"), b"100%");
        assert_eq!(percent_decode("%4"), b"%4");
    }
}
