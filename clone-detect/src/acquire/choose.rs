//! Which pages of a site to keep: the ones that cover its *templates*,
//! chosen the same way whatever read the site.
//!
//! A reincarnated site often changes its front page but keeps its login,
//! search, listing and error pages. Pages are grouped by the *shape* of their
//! URL path (numbers and identifiers folded, see [`path_shape`]) and taken
//! one shape at a time, the root page first ([`choose_pages`]).
//!
//! The folder reader, the WARC reader and the crawler share this module so
//! that one site gives one set of pages however it was acquired and however
//! fast its server answered:
//!
//! * [`Frontier`] discovers a site level by level (breadth first over its
//!   links), each level in a stable order and cut to a bound in that order,
//!   never in the order pages happened to arrive.
//! * [`choose_pages`] orders candidates by a stable key, [`order_key`]: path
//!   depth below the root's folder, then path shape, then URL; the input
//!   order (crawl or archive order) plays no part beyond the root.

use std::collections::{BTreeMap, HashSet};

use url::Url;

/// The shape of a URL path: segments lower-cased, runs of digits folded to
/// `0`, segments that look like identifiers (long hex or mixed runs) folded
/// to `{id}`, query parameter names sorted (values dropped).
///
/// ```
/// use clone_detect::acquire::choose::path_shape;
/// assert_eq!(path_shape("https://x.org/item/123?id=9&a=1"), path_shape("https://x.org/item/77?a=2&id=3"));
/// assert_ne!(path_shape("https://x.org/item/123"), path_shape("https://x.org/login"));
/// ```
pub fn path_shape(url: &str) -> String {
    let Ok(u) = Url::parse(url) else {
        return url.to_string();
    };
    shape_of(&u, "/")
}

/// The shape of `u`'s path below `dir` (a folder path ending in `/`).
fn shape_of(u: &Url, dir: &str) -> String {
    let path = u.path().strip_prefix(dir).unwrap_or(u.path());
    let mut shape = String::new();
    for seg in path.split('/').filter(|s| !s.is_empty()) {
        let seg = seg.to_lowercase();
        let hexish = seg.len() >= 12 && seg.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
        shape.push('/');
        if hexish {
            shape.push_str("{id}");
            continue;
        }
        let mut last_digit = false;
        for c in seg.chars() {
            if c.is_ascii_digit() {
                if !last_digit {
                    shape.push('0');
                }
                last_digit = true;
            } else {
                shape.push(c);
                last_digit = false;
            }
        }
    }
    let mut keys: Vec<String> = u.query_pairs().map(|(k, _)| k.into_owned()).collect();
    keys.sort();
    keys.dedup();
    if !keys.is_empty() {
        shape.push('?');
        shape.push_str(&keys.join("&"));
    }
    shape
}

/// The folder of `root`'s path: everything up to its last `/`.
fn root_dir(root: &Url) -> String {
    let path = root.path();
    path[..=path.rfind('/').unwrap_or(0)].to_string()
}

/// The stable order of a page of the site whose root page is `root`: path
/// depth below the root's folder, then path shape, then the URL below the
/// root's folder. Pages of other folders (above the root) sort after.
///
/// ```
/// use clone_detect::acquire::choose::order_key;
/// let root = "http://x.org/docs/index.html";
/// assert!(order_key(root, "http://x.org/docs/api.html") < order_key(root, "http://x.org/docs/a/b.html"));
/// // The same site saved in a folder orders its pages the same way.
/// assert_eq!(
///     order_key(root, "http://x.org/docs/api.html"),
///     order_key("file:///site/index.html", "file:///site/api.html"),
/// );
/// ```
pub fn order_key(root: &str, url: &str) -> (usize, String, String) {
    let (Ok(root), Ok(u)) = (Url::parse(root), Url::parse(url)) else {
        return (usize::MAX, String::new(), url.to_string());
    };
    let dir = root_dir(&root);
    let Some(rel) = u.path().strip_prefix(&dir) else {
        return (usize::MAX, shape_of(&u, "/"), url.to_string());
    };
    let depth = rel.split('/').filter(|s| !s.is_empty()).count();
    let rel = match u.query() {
        Some(q) => format!("{rel}?{q}"),
        None => rel.to_string(),
    };
    (depth, shape_of(&u, &dir), rel)
}

/// Chooses at most `max` of `urls`, where `urls[0]` is the root page: the
/// root first, then one page per path shape, then a second per shape, and so
/// on; shapes in the order of their first page's [`order_key`], pages of a
/// shape in key order. Returns indexes into `urls`. The order of `urls`
/// after the first does not change the result (ties on the key, which only
/// duplicates have, keep the earlier one).
///
/// ```
/// use clone_detect::acquire::choose::choose_pages;
/// let urls: Vec<String> = ["http://a/", "http://a/item/2", "http://a/login", "http://a/item/1"]
///     .iter().map(|s| s.to_string()).collect();
/// // The root, then /login (depth 1), then the first /item/N (depth 2).
/// assert_eq!(choose_pages(&urls, 3), vec![0, 2, 3]);
/// ```
pub fn choose_pages(urls: &[String], max: usize) -> Vec<usize> {
    let Some(root) = urls.first() else {
        return Vec::new();
    };
    if max == 0 {
        return Vec::new();
    }
    let mut rest: Vec<(usize, String, String, usize)> = urls
        .iter()
        .enumerate()
        .skip(1)
        .map(|(i, u)| {
            let (depth, shape, rel) = order_key(root, u);
            (depth, shape, rel, i)
        })
        .collect();
    rest.sort();
    // Shapes in the order of their first (smallest) page; pages in order.
    let mut by_shape: BTreeMap<(usize, String), Vec<usize>> = BTreeMap::new();
    let mut first_of_shape: BTreeMap<String, (usize, String)> = BTreeMap::new();
    for (depth, shape, _, i) in rest {
        let key = first_of_shape
            .entry(shape.clone())
            .or_insert_with(|| (depth, shape.clone()))
            .clone();
        by_shape.entry(key).or_default().push(i);
    }
    let mut chosen = vec![0];
    let mut round = 0;
    while chosen.len() < max {
        let mut took = false;
        for pages in by_shape.values() {
            if let Some(&i) = pages.get(round) {
                if chosen.len() < max {
                    chosen.push(i);
                    took = true;
                }
            }
        }
        if !took {
            break;
        }
        round += 1;
    }
    chosen
}

/// The URL of a page as a key: without its fragment, and with a trailing
/// `/` of a non-root path dropped (`/docs/` and `/docs` are one page).
pub fn page_key(url: &Url) -> String {
    let mut u = url.clone();
    u.set_fragment(None);
    let s = u.to_string();
    if u.path().len() > 1 {
        if let Some(trimmed) = s.strip_suffix('/') {
            return trimmed.to_string();
        }
    }
    s
}

/// File name endings of links that are pages (besides names without one).
const PAGE_ENDINGS: &[&str] = &[
    "html", "htm", "xhtml", "shtml", "php", "php3", "php5", "asp", "aspx", "jsp", "jspx", "cfm",
    "cgi", "pl", "do", "action",
];

/// Whether a link looks like a page rather than a file (a download, an
/// image, a stylesheet, a text source): its last path segment has no
/// extension or one of the usual page extensions.
///
/// ```
/// use clone_detect::acquire::choose::looks_like_page;
/// use url::Url;
/// assert!(looks_like_page(&Url::parse("http://a/docs/intro.html").unwrap()));
/// assert!(looks_like_page(&Url::parse("http://a/forum/thread/12").unwrap()));
/// assert!(!looks_like_page(&Url::parse("http://a/_sources/index.rst.txt").unwrap()));
/// assert!(!looks_like_page(&Url::parse("http://a/files/setup.tar.gz").unwrap()));
/// ```
pub fn looks_like_page(url: &Url) -> bool {
    let last = url.path().rsplit('/').next().unwrap_or("");
    match last.rsplit_once('.') {
        None => true,
        Some((stem, ext)) => {
            stem.is_empty()
                || ext.is_empty()
                || ext.chars().all(|c| c.is_ascii_digit())
                || PAGE_ENDINGS.iter().any(|e| ext.eq_ignore_ascii_case(e))
        }
    }
}

/// Breadth-first discovery of a site's pages, level by level, bounded.
///
/// Each level is every page linked from the level before that was not seen
/// yet, sorted by [`order_key`] and interleaved by shape as
/// [`choose_pages`] does, then cut to what is left of the bound. What a
/// level holds depends only on the pages of the levels before it, not on
/// the order in which they were read or fetched.
///
/// ```
/// use clone_detect::acquire::choose::Frontier;
/// let mut frontier = Frontier::new("http://a/", 3);
/// let next = frontier.next_level(["http://a/z".to_string(), "http://a/b".into(), "http://a/c".into()]);
/// assert_eq!(next, ["http://a/b", "http://a/c"]);
/// assert_eq!(frontier.found(), ["http://a/", "http://a/b", "http://a/c"]);
/// assert!(frontier.is_full());
/// ```
#[derive(Clone, Debug)]
pub struct Frontier {
    root: String,
    found: Vec<String>,
    seen: HashSet<String>,
    max: usize,
}

impl Frontier {
    /// Starts at the root page `root` (a page key), finding at most `max`
    /// pages (at least the root).
    pub fn new(root: &str, max: usize) -> Self {
        Self {
            root: root.to_string(),
            found: vec![root.to_string()],
            seen: HashSet::from([root.to_string()]),
            max: max.max(1),
        }
    }

    /// Adds the next level: the pages among `links` (page keys, any order,
    /// repeats allowed) not seen before, in stable order, cut to the bound.
    /// Returns the new level; empty when nothing new or the bound is reached.
    pub fn next_level(&mut self, links: impl IntoIterator<Item = String>) -> Vec<String> {
        let mut fresh: Vec<String> = links
            .into_iter()
            .filter(|l| !self.seen.contains(l))
            .collect();
        fresh.sort();
        fresh.dedup();
        let room = self.max.saturating_sub(self.found.len());
        if fresh.len() > room {
            // The level's stable order: one per shape first, as chosen.
            let mut urls = Vec::with_capacity(fresh.len() + 1);
            urls.push(self.root.clone());
            urls.append(&mut fresh);
            let keep = choose_pages(&urls, room + 1);
            fresh = keep.into_iter().skip(1).map(|i| urls[i].clone()).collect();
            fresh.sort_by_cached_key(|u| order_key(&self.root, u));
        } else {
            fresh.sort_by_cached_key(|u| order_key(&self.root, u));
        }
        for url in &fresh {
            self.seen.insert(url.clone());
            self.found.push(url.clone());
        }
        fresh
    }

    /// Every page found so far, the root first, then level by level.
    pub fn found(&self) -> &[String] {
        &self.found
    }

    /// Whether the bound is reached.
    pub fn is_full(&self) -> bool {
        self.found.len() >= self.max
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn shapes_fold_numbers_and_ids() {
        assert_eq!(path_shape("http://a/p/2024/05/x.html"), "/p/0/0/x.html");
        assert_eq!(
            path_shape("http://a/u/3f2a9c0d1e4b5a6f"),
            path_shape("http://a/u/aaaaaaaaaaaaaaaa")
        );
        assert_eq!(path_shape("http://a/s?q=1&page=2"), "/s?page&q");
    }

    #[test]
    fn one_page_per_shape_first() {
        let urls = strings(&[
            "http://a/",
            "http://a/item/1",
            "http://a/item/2",
            "http://a/item/3",
            "http://a/login",
            "http://a/search?q=x",
        ]);
        // Depth 1 shapes (login, search) before depth 2 (item).
        assert_eq!(choose_pages(&urls, 4), vec![0, 4, 5, 1]);
        assert_eq!(choose_pages(&urls, 10), vec![0, 4, 5, 1, 2, 3]);
    }

    #[test]
    fn the_order_of_arrival_does_not_matter() {
        let urls = strings(&[
            "http://a/",
            "http://a/item/1",
            "http://a/item/2",
            "http://a/about.html",
            "http://a/login",
            "http://a/news/2024/05/x",
            "http://a/search?q=x",
        ]);
        let chosen = |urls: &[String]| -> Vec<String> {
            choose_pages(urls, 5)
                .into_iter()
                .map(|i| urls[i].clone())
                .collect()
        };
        let expected = chosen(&urls);
        let mut shuffled = urls.clone();
        for k in 0..30 {
            shuffled[1..].rotate_left(k % 5 + 1);
            shuffled[1..].swap(0, k % 6);
            assert_eq!(chosen(&shuffled), expected);
        }
    }

    #[test]
    fn folder_and_site_order_alike() {
        let site = strings(&[
            "http://a/docs/",
            "http://a/docs/usage.html",
            "http://a/docs/api.html",
            "http://a/docs/ref/x.html",
        ]);
        let folder = strings(&[
            "file:///site/index.html",
            "file:///site/ref/x.html",
            "file:///site/api.html",
            "file:///site/usage.html",
        ]);
        let names = |urls: &[String]| -> Vec<String> {
            choose_pages(urls, 10)
                .into_iter()
                .skip(1)
                .map(|i| urls[i].rsplit('/').next().unwrap().to_string())
                .collect()
        };
        assert_eq!(names(&site), ["api.html", "usage.html", "x.html"]);
        assert_eq!(names(&site), names(&folder));
    }

    #[test]
    fn frontier_levels_are_stable_and_bounded() {
        let mut a = Frontier::new("http://a/", 4);
        let mut b = Frontier::new("http://a/", 4);
        let level = strings(&["http://a/x/1", "http://a/x/2", "http://a/y", "http://a/z"]);
        let mut reversed = level.clone();
        reversed.reverse();
        assert_eq!(a.next_level(level), b.next_level(reversed));
        // One per shape first when cut: y, z and one of x/.
        assert_eq!(
            a.found(),
            ["http://a/", "http://a/y", "http://a/z", "http://a/x/1"]
        );
        assert!(a.is_full());
        assert!(a.next_level(strings(&["http://a/w"])).is_empty());
    }

    #[test]
    fn page_like_links() {
        for (url, page) in [
            ("http://a/", true),
            ("http://a/x.php?id=3", true),
            ("http://a/v1.2/", true),
            ("http://a/img/logo.png", false),
            ("http://a/.well-known", true),
            ("http://a/docs/v2.0", true),
        ] {
            assert_eq!(looks_like_page(&Url::parse(url).unwrap()), page, "{url}");
        }
    }
}
