//! The fingerprint is a pure function of the snapshot: the same for any
//! thread count, any order in which files were written, and (for the site
//! values) any order of pages.

use clone_detect::acquire::{read_local_source, FolderConfig};
use clone_detect::{FingerprintConfig, Fingerprinter, Hash64, SiteFingerprint};
use clone_detect_tests::corpus_sites;
use proptest::prelude::*;

fn fingerprint_with_threads(threads: usize) -> Vec<String> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default()).unwrap();
    pool.install(|| {
        corpus_sites()
            .iter()
            .map(|site| {
                let snapshot = read_local_source(site, &FolderConfig::default()).unwrap();
                serde_json::to_string(&fingerprinter.fingerprint(&snapshot)).unwrap()
            })
            .collect()
    })
}

#[test]
fn same_fingerprints_for_any_thread_count() {
    let one = fingerprint_with_threads(1);
    assert_eq!(one, fingerprint_with_threads(2));
    assert_eq!(one, fingerprint_with_threads(4));
}

fn copy_in_order(from: &std::path::Path, to: &std::path::Path, reverse: bool) {
    let mut files: Vec<_> = walk(from);
    files.sort();
    if reverse {
        files.reverse();
    }
    for rel in files {
        let target = to.join(&rel);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(from.join(&rel), target).unwrap();
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out
}

#[test]
fn file_write_order_does_not_matter() {
    let fingerprinter = Fingerprinter::new(FingerprintConfig::default()).unwrap();
    for site in corpus_sites().iter().take(4) {
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        copy_in_order(site, a.path(), false);
        copy_in_order(site, b.path(), true);
        let fp = |dir: &std::path::Path| {
            let mut fp = fingerprinter
                .fingerprint(&read_local_source(dir, &FolderConfig::default()).unwrap());
            fp.source.clear();
            fp
        };
        assert_eq!(fp(a.path()), fp(b.path()), "{}", site.display());
    }
}

fn site_values(fp: &SiteFingerprint) -> (Hash64, Hash64, Vec<String>) {
    (
        fp.template_simhash,
        fp.text_simhash,
        fp.ids.iter().map(|i| i.value.clone()).collect(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn site_values_do_not_depend_on_page_order(site in 0usize..8, seed in any::<u64>()) {
        let sites = corpus_sites();
        let snapshot = read_local_source(&sites[site % sites.len()], &FolderConfig::default()).unwrap();
        let fingerprinter = Fingerprinter::new(FingerprintConfig::default()).unwrap();
        let mut shuffled = snapshot.clone();
        // A deterministic shuffle of the non-root pages, driven by the seed.
        let rest = &mut shuffled.pages[1..];
        let mut state = seed | 1;
        for i in (1..rest.len()).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            rest.swap(i, (state % (i as u64 + 1)) as usize);
        }
        prop_assert_eq!(
            site_values(&fingerprinter.fingerprint(&snapshot)),
            site_values(&fingerprinter.fingerprint(&shuffled))
        );
    }
}
