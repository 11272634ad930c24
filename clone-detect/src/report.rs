//! Self-contained HTML reports of clusters and verdicts: each cluster or
//! match with the sites' screenshots and favicons side by side, the evidence
//! table, and links to the sites. Images are embedded as `data:` URLs
//! (screenshots as 320-pixel-wide thumbnails), so a page is one file that
//! opens anywhere; past [`ReportConfig::per_page`] entries the report is
//! split into numbered pages linked to each other.
//!
//! ```
//! use clone_detect::report::{cluster_report, ReportConfig};
//! use clone_detect::cluster::{cluster, ClusterConfig};
//!
//! let empty = cluster(&[], &ClusterConfig::default())?;
//! let pages = cluster_report(&empty, &Default::default(), &ReportConfig::default());
//! assert_eq!(pages.len(), 1);
//! assert!(pages[0].starts_with("<!DOCTYPE html>"));
//! # Ok::<(), clone_detect::Error>(())
//! ```

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Cursor;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

use crate::cluster::Clustering;
use crate::signal::favicon::{sniff, ImageKind};
use crate::verdict::{Evidence, Stance, Verdict};
use crate::SiteSnapshot;

/// Width of screenshot thumbnails, in pixels.
pub const THUMBNAIL_WIDTH: u32 = 320;
/// Largest favicon embedded, in bytes.
const MAX_FAVICON_BYTES: usize = 64 << 10;

/// The pictures of one site, ready to embed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteMedia {
    /// A PNG thumbnail of the screenshot.
    pub screenshot: Option<Vec<u8>>,
    /// The favicon's bytes and media type.
    pub favicon: Option<(String, Vec<u8>)>,
}

impl SiteMedia {
    /// Thumbnails a snapshot's screenshot and keeps its favicon (when it is
    /// an image of at most 64 KiB).
    pub fn of(snapshot: &SiteSnapshot) -> Self {
        let screenshot = snapshot.screenshot.as_deref().and_then(|png| {
            let img = image::load_from_memory(png).ok()?;
            let height = (u64::from(img.height()) * u64::from(THUMBNAIL_WIDTH)
                / u64::from(img.width().max(1)))
            .clamp(1, 4 * u64::from(THUMBNAIL_WIDTH)) as u32;
            let thumb = img.thumbnail_exact(THUMBNAIL_WIDTH, height).to_rgb8();
            let mut out = Vec::new();
            thumb
                .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
                .ok()?;
            Some(out)
        });
        let favicon = snapshot.favicon.as_ref().and_then(|f| {
            let mime = match sniff(&f.bytes)? {
                ImageKind::Ico => "image/x-icon",
                ImageKind::Png => "image/png",
                ImageKind::Gif => "image/gif",
                ImageKind::Jpeg => "image/jpeg",
                ImageKind::Webp => "image/webp",
                ImageKind::Bmp => "image/bmp",
                _ => "image/svg+xml",
            };
            (f.bytes.len() <= MAX_FAVICON_BYTES).then(|| (mime.to_string(), f.bytes.clone()))
        });
        Self {
            screenshot,
            favicon,
        }
    }
}

/// How reports are laid out (serde: a missing field takes its default).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReportConfig {
    /// Clusters or verdicts per page. Default 500.
    pub per_page: usize,
    /// The page title.
    pub title: String,
    /// The file name of page `n` (1-based) as pages link to each other;
    /// page 1 is `{stem}.html`, page n `{stem}-{n}.html`. Default `report`.
    pub stem: String,
    /// A line at the foot of every page: which build and model made the
    /// report (the command-line tool puts
    /// [`Provenance::summary`](crate::provenance::Provenance::summary)
    /// there). Default none.
    pub footer: Option<String>,
}

impl Default for ReportConfig {
    fn default() -> Self {
        Self {
            per_page: 500,
            title: "clone-detect report".into(),
            stem: "report".into(),
            footer: None,
        }
    }
}

impl ReportConfig {
    /// The file name of page `n` (1-based).
    pub fn page_name(&self, n: usize) -> String {
        if n == 1 {
            format!("{}.html", self.stem)
        } else {
            format!("{}-{n}.html", self.stem)
        }
    }
}

/// `text` with HTML's special characters escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}\
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em;border-top:1px solid #ccc;padding-top:.8em}\
.sites{display:flex;flex-wrap:wrap;gap:12px}.site{width:330px;border:1px solid #ddd;padding:6px;border-radius:4px}\
.site img.shot{width:320px;display:block;background:#eee;min-height:40px}.site img.icon{width:16px;height:16px;vertical-align:middle;margin-right:4px}\
.site .name{word-break:break-all}table{border-collapse:collapse;margin-top:.6em}td,th{border:1px solid #ddd;padding:2px 6px;text-align:left}\
.agrees{color:#06651d}.disagrees{color:#a00}.absent{color:#777}nav{margin:1em 0}";

fn data_url(mime: &str, bytes: &[u8]) -> String {
    format!("data:{mime};base64,{}", STANDARD.encode(bytes))
}

/// One site's card: favicon, name (a link when it is a URL), screenshot.
fn card(out: &mut String, source: &str, note: &str, media: Option<&SiteMedia>) {
    out.push_str("<div class=\"site\"><div class=\"name\">");
    if let Some((mime, bytes)) = media.and_then(|m| m.favicon.as_ref()) {
        let _ = write!(
            out,
            "<img class=\"icon\" alt=\"favicon\" src=\"{}\">",
            data_url(mime, bytes)
        );
    }
    let name = escape(source);
    let url = source.split('#').next_back().unwrap_or(source);
    if source.starts_with("http://") || source.starts_with("https://") {
        let _ = write!(out, "<a href=\"{name}\" rel=\"noreferrer\">{name}</a>");
    } else if url.contains('.') && source.contains('#') {
        // An archive's site: ARCHIVE#host.
        let host = escape(url);
        let _ = write!(
            out,
            "{name} (<a href=\"http://{host}/\" rel=\"noreferrer\">{host}</a>)"
        );
    } else {
        out.push_str(&name);
    }
    let _ = write!(out, "</div><div>{}</div>", escape(note));
    match media.and_then(|m| m.screenshot.as_ref()) {
        Some(png) => {
            let _ = write!(
                out,
                "<img class=\"shot\" alt=\"screenshot\" src=\"{}\">",
                data_url("image/png", png)
            );
        }
        None => out.push_str("<div class=\"absent\">no screenshot</div>"),
    }
    out.push_str("</div>");
}

fn evidence_table(out: &mut String, evidence: &[Evidence]) {
    out.push_str(
        "<table><tr><th>signal</th><th>stance</th><th>contribution</th><th>detail</th></tr>",
    );
    for e in evidence {
        let (class, word) = match e.stance {
            Stance::Agrees => ("agrees", "agrees"),
            Stance::Disagrees => ("disagrees", "disagrees"),
            Stance::Absent => ("absent", "absent"),
        };
        let _ = write!(
            out,
            "<tr class=\"{class}\"><td>{}</td><td>{word}</td><td>{:.3}</td><td>{}</td></tr>",
            escape(e.signal.name()),
            e.contribution,
            escape(&e.detail)
        );
    }
    out.push_str("</table>");
}

/// Splits `n` entries into pages and wraps each page's body.
fn paginate(
    n: usize,
    config: &ReportConfig,
    summary: &str,
    mut body: impl FnMut(&mut String, std::ops::Range<usize>),
) -> Vec<String> {
    let per = config.per_page.max(1);
    let pages = n.div_ceil(per).max(1);
    (1..=pages)
        .map(|p| {
            let mut out = String::new();
            let _ = write!(
                out,
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head><body><h1>{}</h1><p>{}</p>",
                escape(&config.title),
                escape(&config.title),
                escape(summary)
            );
            let nav = |out: &mut String| {
                if pages > 1 {
                    out.push_str("<nav>pages:");
                    for q in 1..=pages {
                        if q == p {
                            let _ = write!(out, " <b>{q}</b>");
                        } else {
                            let _ = write!(out, " <a href=\"{}\">{q}</a>", escape(&config.page_name(q)));
                        }
                    }
                    out.push_str("</nav>");
                }
            };
            nav(&mut out);
            body(&mut out, (p - 1) * per..(p * per).min(n));
            nav(&mut out);
            if let Some(footer) = &config.footer {
                let _ = write!(out, "<footer>{}</footer>", escape(footer));
            }
            out.push_str("</body></html>");
            out
        })
        .collect()
}

/// The pages of a clustering report.
pub fn cluster_report(
    c: &Clustering,
    media: &HashMap<String, SiteMedia>,
    config: &ReportConfig,
) -> Vec<String> {
    let summary = format!(
        "{} sites: {} clusters, {} singletons; clusters merge at an average link of {:.3} (the verdict's threshold is {:.3}).",
        c.sites,
        c.clusters.len(),
        c.singletons.len(),
        c.min_average,
        c.threshold
    );
    let mut pages = paginate(c.clusters.len(), config, &summary, |out, range| {
        for i in range {
            let cl = &c.clusters[i];
            let _ = write!(
                out,
                "<section><h2>Cluster {}: {} sites, cohesion {:.3}</h2><div class=\"sites\">",
                i + 1,
                cl.members.len(),
                cl.cohesion
            );
            for m in &cl.members {
                let note = if m.source == cl.representative {
                    format!("representative; average link {:.3}", m.link)
                } else {
                    format!("average link {:.3}", m.link)
                };
                card(out, &m.source, &note, media.get(&m.source));
            }
            out.push_str("</div>");
            for link in &cl.strongest_links {
                let _ = write!(
                    out,
                    "<p>Strongest link: {} → {} (score {:.3})</p>",
                    escape(&link.source),
                    escape(&link.matched),
                    link.score
                );
                evidence_table(out, &link.evidence);
            }
            out.push_str("</section>");
        }
    });
    if !c.singletons.is_empty() {
        let last = pages.last_mut().expect("one page at least");
        let mut list = String::from("<section><h2>Singletons</h2><ul>");
        for s in &c.singletons {
            let _ = write!(list, "<li>{}</li>", escape(s));
        }
        list.push_str("</ul></section>");
        let at = last.rfind("</body>").expect("page end");
        last.insert_str(at, &list);
    }
    pages
}

/// The pages of a check report: every source, matches first.
pub fn check_report(
    verdicts: &[Verdict],
    media: &HashMap<String, SiteMedia>,
    config: &ReportConfig,
) -> Vec<String> {
    let mut order: Vec<&Verdict> = verdicts.iter().collect();
    order.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.source.cmp(&b.source)));
    let matched = order.iter().filter(|v| v.matched.is_some()).count();
    let summary = format!(
        "{} sites checked, {matched} reincarnations of known sites.",
        verdicts.len()
    );
    paginate(order.len(), config, &summary, |out, range| {
        for v in &order[range] {
            let title = match &v.matched {
                Some(m) => format!(
                    "REINCARNATION of #{} {} (score {:.3}, threshold {:.3})",
                    m.id, m.label, v.score, v.threshold
                ),
                None => format!(
                    "unrelated (best score {:.3}, threshold {:.3})",
                    v.score, v.threshold
                ),
            };
            let _ = write!(
                out,
                "<section><h2>{}</h2><div class=\"sites\">",
                escape(&title)
            );
            card(out, &v.source, "checked site", media.get(&v.source));
            out.push_str("</div>");
            if let Some(best) = v.candidates.first() {
                let _ = write!(
                    out,
                    "<p>Closest known site: #{} {}</p>",
                    best.id,
                    escape(&best.label)
                );
                evidence_table(out, &v.evidence);
            }
            out.push_str("</section>");
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_pages() {
        assert_eq!(
            escape("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
        let config = ReportConfig {
            per_page: 2,
            ..ReportConfig::default()
        };
        let pages = paginate(5, &config, "s", |out, r| {
            let _ = write!(out, "[{}-{}]", r.start, r.end);
        });
        assert_eq!(pages.len(), 3);
        assert!(pages[2].contains("[4-5]"));
        assert!(pages[0].contains("<a href=\"report-2.html\">2</a>"));
        assert_eq!(config.page_name(1), "report.html");
    }
}
