//! Pivot queries: every query follows its service's documented syntax and
//! carries the values Python's `mmh3`/`hashlib` give for the same favicon
//! (`tests/fixtures/favicons.json`).

use clone_detect::pivot::pivots;
use clone_detect::snapshot::{Favicon, SiteSnapshot};
use clone_detect::{FingerprintConfig, Fingerprinter};
use clone_detect_tests::workspace;

/// The documented form of each (service, signal) query.
fn documented(service: &str, signal: &str, query: &str) -> bool {
    let quoted = |q: &str, prefix: &str| {
        q.strip_prefix(prefix).is_some_and(|rest| {
            rest.len() >= 2 && rest.starts_with('"') && rest.ends_with('"') && {
                // Inner quotes are escaped.
                let inner = &rest[1..rest.len() - 1];
                let mut escaped = false;
                inner.chars().all(|c| {
                    let ok = c != '"' || escaped;
                    escaped = c == '\\' && !escaped;
                    ok
                })
            }
        })
    };
    let number = |q: &str, prefix: &str| {
        q.strip_prefix(prefix)
            .is_some_and(|n| n.parse::<i32>().is_ok())
    };
    let hex = |q: &str, prefix: &str, len: usize| {
        q.strip_prefix(prefix)
            .is_some_and(|h| h.len() == len && h.chars().all(|c| c.is_ascii_hexdigit()))
    };
    match (service, signal) {
        ("shodan", "favicon") => number(query, "http.favicon.hash:"),
        ("shodan", "html") => number(query, "http.html_hash:"),
        ("shodan", "title") => quoted(query, "http.title:"),
        ("shodan", "id") => quoted(query, "http.html:"),
        ("censys", "favicon") => {
            quoted(query, "services.http.response.favicons.md5_hash: ")
                && query.len() == "services.http.response.favicons.md5_hash: ".len() + 34
        }
        ("censys", "title") => quoted(query, "services.http.response.html_title: "),
        ("censys", "id") => quoted(query, "services.http.response.body: "),
        ("fofa", "favicon") => query
            .strip_prefix("icon_hash=\"")
            .and_then(|r| r.strip_suffix('"'))
            .is_some_and(|n| n.parse::<i32>().is_ok()),
        ("fofa", "title") => quoted(query, "title="),
        ("fofa", "id") => quoted(query, "body="),
        ("urlscan", "favicon" | "asset") => hex(query, "hash:", 64),
        ("zoomeye", "favicon") => query
            .strip_prefix("iconhash:\"")
            .and_then(|r| r.strip_suffix('"'))
            .is_some_and(|n| n.parse::<i32>().is_ok()),
        ("zoomeye", "title") => quoted(query, "title:"),
        _ => false,
    }
}

#[test]
fn queries_follow_the_documented_syntax_with_reference_values() {
    let fixtures: serde_json::Value = serde_json::from_slice(
        &std::fs::read(workspace().join("tests/fixtures/favicons.json")).unwrap(),
    )
    .unwrap();
    let f = Fingerprinter::new(FingerprintConfig::default()).unwrap();
    let mut favicons_checked = 0;
    for icon in fixtures.as_array().unwrap().iter().take(8) {
        let bytes = std::fs::read(
            workspace()
                .join("tests/fixtures/favicons")
                .join(icon["file"].as_str().unwrap()),
        )
        .unwrap();
        let mut snapshot = SiteSnapshot::single_page(
            "index.html",
            br#"<title>Say "hi" \ there</title><script>gtag('config','G-ABCDE12345')</script><p>x</p>"#
                .to_vec(),
        );
        snapshot.favicon = Some(Favicon {
            url: "favicon.ico".into(),
            bytes,
        });
        let fp = f.fingerprint(&snapshot);
        let queries = pivots(&fp);
        for p in &queries {
            assert!(
                documented(&p.service, &p.signal, &p.query),
                "{}/{}: {}",
                p.service,
                p.signal,
                p.query
            );
            assert!(p.url.starts_with("https://"), "{}", p.url);
        }
        let has = |q: String| queries.iter().any(|p| p.query == q);
        let mmh3 = icon["mmh3"].as_i64().unwrap();
        if fp.favicon.as_ref().is_some_and(|f| !f.uninformative) {
            favicons_checked += 1;
            assert!(has(format!("http.favicon.hash:{mmh3}")));
            assert!(has(format!("icon_hash=\"{mmh3}\"")));
            assert!(has(format!("iconhash:\"{mmh3}\"")));
            assert!(has(format!(
                "services.http.response.favicons.md5_hash: \"{}\"",
                icon["md5"].as_str().unwrap()
            )));
            assert!(has(format!("hash:{}", icon["sha256"].as_str().unwrap())));
        }
        assert!(has(r#"http.title:"Say \"hi\" \\ there""#.into()));
        assert!(has(r#"http.html:"G-ABCDE12345""#.into()), "{queries:#?}");
        for service in ["shodan", "censys", "fofa", "zoomeye"] {
            assert!(queries
                .iter()
                .any(|p| p.service == service && p.signal == "title"));
        }
    }
    assert!(
        favicons_checked >= 4,
        "only {favicons_checked} favicons were informative"
    );
}
