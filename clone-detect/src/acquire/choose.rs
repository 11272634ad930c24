//! Which pages of a site to keep: the ones that cover its *templates*.
//!
//! A reincarnated site often changes its front page but keeps its login,
//! search, listing and error pages. Pages are grouped by the *shape* of their
//! URL path (numbers and identifiers folded, see [`path_shape`]) and taken
//! one shape at a time, in the order they were found, the root page first
//! ([`choose_pages`]). Used by the crawler and the WARC reader.

use std::collections::BTreeMap;

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
    let mut shape = String::new();
    for seg in u.path().split('/').filter(|s| !s.is_empty()) {
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

/// Chooses `max` of `urls` (in crawl order, root first): one per path shape
/// in order of first appearance, then a second per shape, and so on.
pub fn choose_pages(urls: &[String], max: usize) -> Vec<usize> {
    let mut by_shape: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut first_seen: BTreeMap<String, usize> = BTreeMap::new();
    for (i, url) in urls.iter().enumerate() {
        let next = first_seen.len();
        let order = *first_seen.entry(path_shape(url)).or_insert(next);
        by_shape.entry(order).or_default().push(i);
    }
    let mut chosen = Vec::new();
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

#[cfg(test)]
mod tests {
    use super::*;

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
        let urls: Vec<String> = [
            "http://a/",
            "http://a/item/1",
            "http://a/item/2",
            "http://a/item/3",
            "http://a/login",
            "http://a/search?q=x",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(choose_pages(&urls, 4), vec![0, 1, 4, 5]);
        assert_eq!(choose_pages(&urls, 10), vec![0, 1, 4, 5, 2, 3]);
    }
}
