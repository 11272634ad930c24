//! Redirects a browser follows that HTTP does not show: a
//! `<meta http-equiv="refresh">` with a target, and an inline script that
//! does nothing but send the browser elsewhere (`location = "…"`,
//! `location.href = "…"`, `location.replace("…")`, `location.assign("…")`).
//!
//! Parking pages, landing pages and mirrors use both all the time; a site
//! whose front page is one of them is the page it leads to. Shared by the
//! folder reader, the WARC reader and the crawler. Only what a browser
//! follows at once is followed: a refresh with a delay of at most
//! [`MAX_REFRESH_DELAY_SECS`] seconds (a page shown longer is what the
//! visitor sees), and a script whose only statement is the assignment, with
//! a plain string literal (no computed targets: we do not run scripts).

use url::Url;

use crate::html;

/// Longest `<meta http-equiv=refresh>` delay followed, in seconds.
pub const MAX_REFRESH_DELAY_SECS: f64 = 2.0;

/// Most browser redirects followed from one start page.
pub const MAX_BROWSER_REDIRECTS: usize = 5;

/// Bytes of a page looked at for a browser redirect: the head, and a short
/// page around a script.
pub const REDIRECT_SCAN_BYTES: usize = 256 << 10;

/// How a page sends the browser on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BrowserRedirect {
    /// `<meta http-equiv="refresh" content="0; url=…">`.
    MetaRefresh,
    /// An inline script that only assigns the location.
    Script,
}

impl BrowserRedirect {
    /// A short name for warnings and records.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::MetaRefresh => "meta refresh",
            Self::Script => "script",
        }
    }
}

/// Where `body` (the page at `page_url`) sends a browser at once, if it
/// does: an http(s) URL (or a `file` URL below a folder's base), resolved
/// against the page's `<base href>` or URL, other than the page itself.
///
/// ```
/// use clone_detect::acquire::follow::{browser_redirect, BrowserRedirect};
/// use url::Url;
/// let page = Url::parse("http://old.test/").unwrap();
/// let body = br#"<html><head><meta http-equiv="Refresh" content="0; URL='/home.html'"></head></html>"#;
/// assert_eq!(
///     browser_redirect(body, &page),
///     Some((Url::parse("http://old.test/home.html").unwrap(), BrowserRedirect::MetaRefresh))
/// );
/// let body = br#"<script>window.location.replace("https://new.test/");</script>"#;
/// assert_eq!(browser_redirect(body, &page).unwrap().1, BrowserRedirect::Script);
/// // A page that is shown for a while first is not a redirect.
/// assert_eq!(browser_redirect(br#"<meta http-equiv="refresh" content="30;url=/x">"#, &page), None);
/// ```
pub fn browser_redirect(body: &[u8], page_url: &Url) -> Option<(Url, BrowserRedirect)> {
    let body = &body[..body.len().min(REDIRECT_SCAN_BYTES)];
    let parsed = html::parse(body, REDIRECT_SCAN_BYTES);
    let doc = &parsed.html;
    let base = doc
        .select(&selector("base[href]"))
        .next()
        .and_then(|b| b.value().attr("href"))
        .and_then(|h| page_url.join(h.trim()).ok())
        .unwrap_or_else(|| page_url.clone());
    let resolve = |target: &str| -> Option<Url> {
        let url = base.join(target.trim()).ok()?;
        let same = {
            let (mut a, mut b) = (url.clone(), page_url.clone());
            a.set_fragment(None);
            b.set_fragment(None);
            a == b
        };
        (matches!(url.scheme(), "http" | "https" | "file") && !same).then_some(url)
    };
    for meta in doc.select(&selector("meta[http-equiv]")) {
        let el = meta.value();
        if !el
            .attr("http-equiv")
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("refresh"))
        {
            continue;
        }
        let Some((delay, target)) = el.attr("content").and_then(parse_refresh) else {
            continue;
        };
        if delay <= MAX_REFRESH_DELAY_SECS {
            if let Some(url) = resolve(&target) {
                return Some((url, BrowserRedirect::MetaRefresh));
            }
        }
    }
    for script in doc.select(&selector("script:not([src])")) {
        let kind = script.value().attr("type").unwrap_or("").trim();
        if !(kind.is_empty()
            || kind.eq_ignore_ascii_case("text/javascript")
            || kind.eq_ignore_ascii_case("application/javascript")
            || kind.eq_ignore_ascii_case("module"))
        {
            continue;
        }
        let code: String = script.text().collect();
        if let Some(url) = location_target(&code).and_then(|t| resolve(&t)) {
            return Some((url, BrowserRedirect::Script));
        }
    }
    None
}

fn selector(s: &str) -> scraper::Selector {
    scraper::Selector::parse(s).expect("constant selector")
}

/// The delay and target of a refresh's `content`: `N; url=target`,
/// `N, URL='target'`, `N; target`. `None` without a target (a reload).
fn parse_refresh(content: &str) -> Option<(f64, String)> {
    let content = content.trim();
    let digits = content
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(content.len());
    let delay: f64 = if digits == 0 {
        0.0
    } else {
        content[..digits].parse().ok()?
    };
    let rest = content[digits..].trim_start();
    let rest = rest
        .strip_prefix(';')
        .or_else(|| rest.strip_prefix(','))?
        .trim_start();
    let rest = match rest.get(..3) {
        Some(p) if p.eq_ignore_ascii_case("url") => {
            let after = rest[3..].trim_start();
            after.strip_prefix('=').map_or(rest, str::trim_start)
        }
        _ => rest,
    };
    let target = match rest.chars().next() {
        Some(q @ ('"' | '\'')) => {
            let inner = &rest[1..];
            inner.find(q).map_or(inner, |end| &inner[..end])
        }
        _ => rest,
    }
    .trim();
    (!target.is_empty()).then(|| (delay, target.to_string()))
}

/// The target of a script that only sends the browser elsewhere.
fn location_target(code: &str) -> Option<String> {
    let mut s = code.trim();
    s = s.strip_prefix("<!--").unwrap_or(s).trim();
    s = s.strip_suffix("-->").unwrap_or(s).trim();
    s = s.strip_suffix("//").unwrap_or(s).trim();
    s = s.trim_end_matches(';').trim();
    for owner in ["window.", "document.", "self.", "top.", ""] {
        let Some(rest) = s.strip_prefix(owner) else {
            continue;
        };
        let Some(rest) = rest.strip_prefix("location") else {
            continue;
        };
        let rest = rest.trim_start();
        // location = "…" / location.href = "…"
        let assigned = rest
            .strip_prefix(".href")
            .unwrap_or(rest)
            .trim_start()
            .strip_prefix('=')
            .filter(|r| !r.starts_with('='));
        if let Some(value) = assigned {
            return whole_string(value.trim());
        }
        // location.replace("…") / location.assign("…")
        for call in [".replace", ".assign"] {
            if let Some(args) = rest.strip_prefix(call) {
                let args = args.trim().strip_prefix('(')?.strip_suffix(')')?;
                return whole_string(args.trim());
            }
        }
    }
    None
}

/// The contents of `s` when it is exactly one quoted string literal without
/// escapes other than `\/`.
fn whole_string(s: &str) -> Option<String> {
    let q = s.chars().next().filter(|c| matches!(c, '"' | '\'' | '`'))?;
    let inner = s.strip_prefix(q)?.strip_suffix(q)?;
    let inner = inner.replace("\\/", "/");
    if inner.contains(q) || inner.contains('\\') || (q == '`' && inner.contains("${")) {
        return None;
    }
    Some(inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(body: &str) -> Option<String> {
        let page = Url::parse("http://a.test/dir/index.html").unwrap();
        browser_redirect(body.as_bytes(), &page).map(|(u, _)| u.to_string())
    }

    #[test]
    fn refresh_forms() {
        for (content, expected) in [
            ("0; url=/x.html", Some("http://a.test/x.html")),
            ("0;URL='next.html'", Some("http://a.test/dir/next.html")),
            (
                "1, url=&quot;https://b.test/&quot;",
                Some("https://b.test/"),
            ),
            ("0; https://b.test/p", Some("https://b.test/p")),
            ("2.0;url=x", Some("http://a.test/dir/x")),
            ("3; url=/x", None),
            ("0", None),
            ("0; url=", None),
            ("0; url=javascript:alert(1)", None),
            ("0; url=index.html", None),
        ] {
            let body = format!("<head><meta http-equiv=\"refresh\" content=\"{content}\"></head>");
            assert_eq!(target(&body).as_deref(), expected, "{content}");
        }
    }

    #[test]
    fn script_forms() {
        for (code, expected) in [
            ("window.location = '/a'", Some("http://a.test/a")),
            (
                "location.href=\"b.html\";",
                Some("http://a.test/dir/b.html"),
            ),
            (
                "<!--\n document.location.replace('https:\\/\\/c.test\\/') //-->",
                Some("https://c.test/"),
            ),
            ("top.location.assign(`/d`)", Some("http://a.test/d")),
            ("if (x) location = '/a'", None),
            ("location = '/a' + q", None),
            ("location.href = base + '/a'", None),
            ("location == '/a'", None),
            ("var a = 1; location = '/a'", None),
            ("location = `/${x}`", None),
        ] {
            let body = format!("<body><script>{code}</script></body>");
            assert_eq!(target(&body).as_deref(), expected, "{code}");
        }
        let other_type = "<script type=\"text/template\">location = '/a'</script>";
        assert_eq!(target(other_type), None);
        let external = "<script src=\"x.js\">location = '/a'</script>";
        assert_eq!(target(external), None);
    }

    /// Javadoc 17+ writes `index.html` as a redirect to the module page: a
    /// `location.replace` script, with the refresh inside `<noscript>`
    /// (which a parser with scripting on reads as text). The script is what
    /// a browser follows, and so do we.
    #[test]
    fn javadoc_index_redirect() {
        let body = r#"<!DOCTYPE HTML><html><head><title>Lib API</title>
<meta name="generator" content="javadoc/IndexRedirectWriter">
<link rel="canonical" href="org.example.lib/module-summary.html">
<script type="text/javascript">window.location.replace('org.example.lib/module-summary.html')</script>
<noscript>
<meta http-equiv="Refresh" content="0;org.example.lib/module-summary.html">
</noscript>
</head><body class="index-redirect-page"><main role="main"><noscript>
<p>JavaScript is disabled on your browser.</p></noscript>
<p><a href="org.example.lib/module-summary.html">org.example.lib/module-summary.html</a></p>
</main></body></html>"#;
        let page = Url::parse("http://a.test/dir/index.html").unwrap();
        assert_eq!(
            browser_redirect(body.as_bytes(), &page),
            Some((
                Url::parse("http://a.test/dir/org.example.lib/module-summary.html").unwrap(),
                BrowserRedirect::Script
            ))
        );
    }

    #[test]
    fn base_href_is_honoured() {
        let body = r#"<head><base href="http://b.test/root/"><meta http-equiv="refresh" content="0;url=p"></head>"#;
        assert_eq!(target(body).as_deref(), Some("http://b.test/root/p"));
    }
}
