//! What a page links to: the base URL, icon links, page links, scripts and
//! stylesheets, resolved the way a browser resolves them. Shared by every
//! acquisition path (saved folders, archives and the crawler).
//!
//! A hostile page can hold millions of links. Each kind is kept once per
//! URL (a hash set, so linear in the page) and at most
//! [`MAX_LINKS_PER_PAGE`] of each kind are kept; favicon candidates are at
//! most [`MAX_ICON_CANDIDATES`], same-site ones first.

use std::collections::HashSet;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use url::Url;

use crate::limits::{
    MAX_ASSET_LINKS_PER_SITE, MAX_ICON_CANDIDATES, MAX_LINKS_PER_PAGE, MAX_PAGE_BYTES,
};
use crate::snapshot::{AssetKind, Page};

/// The links of one page, resolved against its base URL, each once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageLinks {
    /// The base URL links resolve against (`<base href>` or the page's URL).
    pub base: Option<Url>,
    /// `<link rel=…icon…>` candidates, at most [`MAX_ICON_CANDIDATES`]:
    /// those on the page's site (or its base's, or inline `data:` icons)
    /// first, each group in the order a browser prefers them.
    pub icons: Vec<Url>,
    /// `<a href>` targets, in document order.
    pub anchors: Vec<Url>,
    /// `<script src>` targets, in document order.
    pub scripts: Vec<Url>,
    /// `<link rel=stylesheet>` targets, in document order.
    pub stylesheets: Vec<Url>,
    /// The page had more links of a kind than [`MAX_LINKS_PER_PAGE`]: the
    /// first ones were kept, the rest not looked at.
    pub capped: bool,
}

/// Distinct links of one kind, in document order, at most
/// [`MAX_LINKS_PER_PAGE`].
#[derive(Default)]
struct Distinct {
    urls: Vec<Url>,
    seen: HashSet<Url>,
}

impl Distinct {
    /// Adds `href` once it is resolved; false when the kind is full (the
    /// link is not looked at).
    fn add(&mut self, href: Option<&str>, resolve: impl Fn(&str) -> Option<Url>) -> bool {
        if self.urls.len() >= MAX_LINKS_PER_PAGE {
            return href.is_none();
        }
        if let Some(url) = href.and_then(resolve) {
            if self.seen.insert(url.clone()) {
                self.urls.push(url);
            }
        }
        true
    }
}

/// The site of a URL: its registrable domain (`example.co.uk` for
/// `www.example.co.uk`), or its host when it has none.
fn site_of(url: &Url) -> Option<String> {
    let host = url.host_str()?.to_ascii_lowercase();
    Some(psl::domain_str(&host).map_or_else(|| host.clone(), str::to_string))
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
    let sites = [site_of(page_url), site_of(&base)];
    let same_site = |url: &Url| url.scheme() == "data" || sites.contains(&site_of(url));
    let (mut anchors, mut scripts, mut stylesheets) = Default::default();
    let mut capped = false;
    // (other site, rank, not .ico, document position): an explicit total
    // order for the sort.
    let mut icons: Vec<((bool, u8, bool, usize), Url)> = Vec::new();
    for (position, e) in elements().enumerate() {
        let kept = match e.name() {
            "a" | "area" => Distinct::add(&mut anchors, e.attr("href"), resolve),
            "script" => Distinct::add(&mut scripts, e.attr("src"), resolve),
            "link" => {
                let Some(href) = e.attr("href") else {
                    continue;
                };
                let rel = e.attr("rel").unwrap_or("").to_ascii_lowercase();
                let tokens: Vec<&str> = rel.split_ascii_whitespace().collect();
                if tokens.contains(&"stylesheet") {
                    Distinct::add(&mut stylesheets, Some(href), resolve)
                } else if let Some(rank) = icon_rank(&tokens) {
                    let room = icons.len() < MAX_LINKS_PER_PAGE;
                    if let Some(url) = room.then(|| resolve(href)).flatten() {
                        let not_ico = !url.path().to_ascii_lowercase().ends_with(".ico");
                        icons.push(((!same_site(&url), rank, not_ico, position), url));
                    }
                    room
                } else {
                    true
                }
            }
            _ => true,
        };
        capped |= !kept;
    }
    icons.sort_by_key(|a| a.0);
    let mut seen = HashSet::new();
    PageLinks {
        base: Some(base.clone()),
        icons: icons
            .into_iter()
            .map(|(_, u)| u)
            .filter(|u| seen.insert(u.clone()))
            .take(MAX_ICON_CANDIDATES)
            .collect(),
        anchors: anchors.urls,
        scripts: scripts.urls,
        stylesheets: stylesheets.urls,
        capped,
    }
}

/// Collects `<base href>` (the first) and `<a|area href>` values from
/// tokens, in document order.
#[derive(Default)]
struct AnchorTokens {
    base: Option<String>,
    hrefs: Vec<String>,
    seen: HashSet<String>,
    capped: bool,
}

struct AnchorSink(std::cell::RefCell<AnchorTokens>);

impl html5ever::tokenizer::TokenSink for AnchorSink {
    type Handle = ();

    fn process_token(
        &self,
        token: html5ever::tokenizer::Token,
        _line: u64,
    ) -> html5ever::tokenizer::TokenSinkResult<()> {
        use html5ever::tokenizer::states::RawKind;
        use html5ever::tokenizer::{TagKind, Token, TokenSinkResult};
        let Token::TagToken(tag) = token else {
            return TokenSinkResult::Continue;
        };
        if tag.kind != TagKind::StartTag {
            return TokenSinkResult::Continue;
        }
        let name = tag.name.to_ascii_lowercase();
        let href = || {
            tag.attrs
                .iter()
                .find(|a| &*a.name.local == "href")
                .map(|a| a.value.to_string())
        };
        match name.as_str() {
            "a" | "area" => {
                if let Some(href) = href() {
                    let mut found = self.0.borrow_mut();
                    if found.hrefs.len() >= MAX_LINKS_PER_PAGE {
                        found.capped = true;
                    } else if found.seen.insert(href.clone()) {
                        found.hrefs.push(href);
                    }
                }
            }
            "base" => {
                let mut found = self.0.borrow_mut();
                if found.base.is_none() {
                    found.base = href();
                }
            }
            _ => {}
        }
        if tag.self_closing {
            return TokenSinkResult::Continue;
        }
        // The raw-text elements of a tree built with scripting on (as the
        // page parser builds it): tags inside them are text.
        match name.as_str() {
            "script" => TokenSinkResult::RawData(RawKind::ScriptData),
            "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
                TokenSinkResult::RawData(RawKind::Rawtext)
            }
            "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
            "plaintext" => TokenSinkResult::Plaintext,
            _ => TokenSinkResult::Continue,
        }
    }
}

/// The page links of one page, read from its tokens ([`page_anchors`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Anchors {
    /// `<a href>` and `<area href>` targets, each once, in document order.
    pub urls: Vec<Url>,
    /// The base URL they resolve against (`<base href>` or the page's URL).
    pub base: Option<Url>,
    /// More than [`MAX_LINKS_PER_PAGE`] links: the rest were not kept.
    pub capped: bool,
}

/// The page links (`<a href>`, `<area href>`) of the page `body` at
/// `page_url`, resolved against its `<base href>`, each once, in document
/// order, at most [`MAX_LINKS_PER_PAGE`]. Reads tokens only, without building a tree: discovery calls it on
/// every page it finds (the crawler's candidates, the folder's pages), so
/// both readers see one site's links alike and cheaply.
pub fn page_anchors(body: &[u8], page_url: &Url) -> Anchors {
    use html5ever::tendril::StrTendril;
    use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
    let text = crate::html::decode(&body[..body.len().min(MAX_PAGE_BYTES)]);
    let tokenizer = Tokenizer::new(
        AnchorSink(std::cell::RefCell::new(AnchorTokens::default())),
        TokenizerOpts::default(),
    );
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from(text.as_ref()));
    while let html5ever::TokenizerResult::Script(()) = tokenizer.feed(&queue) {}
    tokenizer.end();
    let found = tokenizer.sink.0.take();
    let base = found
        .base
        .as_deref()
        .and_then(|b| page_url.join(b.trim()).ok())
        .unwrap_or_else(|| page_url.clone());
    let mut seen = HashSet::new();
    let urls = found
        .hrefs
        .iter()
        .filter_map(|h| {
            let h = h.trim();
            if h.is_empty() || h.starts_with('#') || h.starts_with("javascript:") {
                return None;
            }
            base.join(h).ok()
        })
        .filter(|u| seen.insert(u.clone()))
        .collect();
    Anchors {
        urls,
        base: Some(base),
        capped: found.capped,
    }
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

/// What the pages of a site link to, for a reader that fetches or looks
/// up what they name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct SiteLinks {
    /// The favicon candidates of the root page, as
    /// [`favicon::candidates`](super::favicon::candidates) lists them.
    pub icons: Vec<Url>,
    /// The scripts and stylesheets the pages link to, each once, in page
    /// order, at most [`MAX_ASSET_LINKS_PER_SITE`].
    pub assets: Vec<(Url, AssetKind)>,
    /// Pages that had more links than were kept (see [`PageLinks::capped`]),
    /// or whose assets passed [`MAX_ASSET_LINKS_PER_SITE`].
    pub capped: Vec<String>,
}

/// The links of every page of a site: each page is parsed once (up to
/// [`MAX_PAGE_BYTES`], with the shared parser that cuts hostile nesting).
pub(crate) fn site_links(pages: &[Page]) -> SiteLinks {
    let mut links = SiteLinks::default();
    let mut seen: HashSet<Url> = HashSet::new();
    for (i, page) in pages.iter().enumerate() {
        let Ok(url) = Url::parse(&page.url) else {
            continue;
        };
        let parsed = crate::html::parse(&page.body, MAX_PAGE_BYTES);
        let found = extract(&parsed.html, &url);
        if i == 0 {
            links.icons = super::favicon::candidates(&found.icons, &url);
        }
        let mut capped = found.capped;
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
            if links.assets.len() >= MAX_ASSET_LINKS_PER_SITE {
                capped = true;
                break;
            }
            if seen.insert(u.clone()) {
                links.assets.push((u, kind));
            }
        }
        if capped {
            links.capped.push(page.url.clone());
        }
    }
    links
}

/// The favicon candidates and assets of [`site_links`], for the crawler.
#[cfg_attr(not(feature = "crawl"), allow(dead_code))]
pub(crate) fn icons_and_assets(pages: &[Page]) -> (Vec<Url>, Vec<(Url, AssetKind)>) {
    let links = site_links(pages);
    (links.icons, links.assets)
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
    fn token_anchors_agree_with_the_tree() {
        let url = "http://a.test/dir/page.html";
        for page in [
            r#"<a href="x.html">x</a><base href="/root/"><a href=y>y</a>"#,
            r#"<script>var s = '<a href="no.html">';</script><a href="yes.html">"#,
            r#"<!-- <a href="c.html"> --><noscript><a href="n.html"></noscript><area href="m.html">"#,
            r##"<a href="#top">t</a><a href=" javascript:void(0)">j</a><a href="p.html#s">p</a><a href="p.html#s">again</a>"##,
            r#"<title><a href="t.html"></title><textarea><a href="ta.html"></textarea><a href="//b.test/q">"#,
            r#"<svg><a href="s.html"></a></svg><template><a href="tp.html"></a></template>"#,
        ] {
            let tree = links(page, url).anchors;
            let tokens = page_anchors(page.as_bytes(), &Url::parse(url).unwrap());
            assert_eq!(tokens.urls, tree, "{page}");
            assert_eq!(tokens.base, links(page, url).base, "{page}");
            assert!(!tokens.capped);
        }
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
    fn same_site_icons_first_and_at_most_a_few() {
        let mut html = String::from(
            r#"<link rel=icon href="https://evil.test/a.ico">
               <link rel=apple-touch-icon href="/b.png">
               <link rel=icon href="https://cdn.example.org/c.png">
               <link rel=icon href="https://cdn.example.org/c.png">
               <link rel=icon href="data:image/png;base64,iVBORw0K">"#,
        );
        for i in 0..50 {
            html.push_str(&format!("<link rel=mask-icon href=/m{i}.svg>"));
        }
        let l = links(&html, "https://www.example.org/");
        let icons: Vec<&str> = l.icons.iter().map(Url::as_str).collect();
        assert_eq!(
            icons,
            [
                "https://cdn.example.org/c.png",
                "data:image/png;base64,iVBORw0K",
                "https://www.example.org/b.png",
                "https://www.example.org/m0.svg",
                "https://www.example.org/m1.svg",
                "https://www.example.org/m2.svg",
                "https://www.example.org/m3.svg",
                "https://www.example.org/m4.svg",
            ]
        );
        assert!(!l.capped);
    }

    /// Issue "hostile sites cannot stop, slow or exhaust the tool": a page
    /// with 200,000 script links and 100,000 icon links keeps a bounded,
    /// deduplicated set of each.
    #[test]
    fn links_per_page_are_capped_and_deduplicated() {
        let mut html = String::new();
        for i in 0..100_000 {
            html.push_str(&format!("<link rel=icon href=/i{i}.png>"));
        }
        for i in 0..200_000 {
            html.push_str(&format!("<script src=/s{i}.js></script>"));
        }
        let page = crate::snapshot::Page {
            url: "https://example.org/".into(),
            status: 200,
            headers: Vec::new(),
            body: html.into_bytes(),
        };
        let l = extract(
            &parse(&page.body, usize::MAX).html,
            &Url::parse(&page.url).unwrap(),
        );
        assert_eq!(l.scripts.len(), MAX_LINKS_PER_PAGE);
        assert_eq!(l.scripts[0].as_str(), "https://example.org/s0.js");
        assert_eq!(l.icons.len(), MAX_ICON_CANDIDATES);
        assert_eq!(l.icons[0].as_str(), "https://example.org/i0.png");
        assert!(l.capped);
        // Repeats take no room: 200,000 links to 100 scripts are 100 scripts.
        let repeats: String = (0..200_000)
            .map(|i| format!("<script src=/s{}.js></script>", i % 100))
            .collect();
        let l = links(&repeats, "https://example.org/");
        assert_eq!((l.scripts.len(), l.capped), (100, false));
        // Over a site: the root's icons and the fallback, assets once each.
        let site = site_links(&[page.clone(), page]);
        assert_eq!(site.icons.len(), MAX_ICON_CANDIDATES + 1);
        assert_eq!(
            site.icons.last().unwrap().as_str(),
            "https://example.org/favicon.ico"
        );
        assert!(site.assets.len() <= MAX_LINKS_PER_PAGE);
        assert_eq!(site.capped.len(), 2);
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
