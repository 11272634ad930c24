//! Reading a labelled corpus: `manifest.json` (the sites, their families and
//! mutations), `split.json` (known sites and queries with their truth) and
//! `sites/<id>/` (one saved website folder per site).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Deserialize;

use crate::acquire::{read_local_source, FolderConfig};
use crate::{Error, Fingerprinter, Result, SiteFingerprint};

/// One corpus site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusSite {
    /// Its id (the folder name under `sites/`).
    pub id: String,
    /// Its family: every version and mirror of one site.
    pub family: String,
    /// `original` or `mirror`.
    pub kind: String,
    /// The mutations a mirror carries (empty for originals).
    pub mutations: Vec<String>,
}

/// Which queries a number is computed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fold {
    /// Queries of the families the model is fitted on.
    Fit,
    /// Held-out families: the honest figures.
    Eval,
}

/// One query of the split.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Query {
    /// The site id.
    pub site: String,
    /// The family it belongs to when that family is known, else `None`.
    pub truth: Option<String>,
    /// `version`, `mirror-of-known`, `mirror-of-version` or `hard-negative`.
    pub kind: String,
    /// Its fold.
    pub fold: Fold,
}

/// The split file.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Split {
    /// Ids of the known sites.
    pub known: Vec<String>,
    /// The queries.
    pub queries: Vec<Query>,
}

/// A corpus on disk.
#[derive(Clone, Debug)]
pub struct Corpus {
    /// The corpus directory.
    pub dir: PathBuf,
    /// Sites by id.
    pub sites: BTreeMap<String, CorpusSite>,
    /// The split.
    pub split: Split,
}

#[derive(Deserialize)]
struct Manifest {
    sites: Vec<ManifestSite>,
}

#[derive(Deserialize)]
struct ManifestSite {
    id: String,
    family: String,
    kind: String,
    #[serde(default)]
    mutations: Vec<Mutation>,
}

#[derive(Deserialize)]
struct Mutation {
    #[serde(rename = "type")]
    kind: String,
}

fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    serde_json::from_str(&text).map_err(|e| Error::Layout {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })
}

impl Corpus {
    /// Reads `manifest.json` and `split.json` from `dir`, checking that every
    /// site the split names is in the manifest and on disk.
    ///
    /// # Errors
    /// [`Error::Io`] or [`Error::Layout`].
    pub fn open(dir: impl AsRef<Path>) -> Result<Self> {
        let dir = dir.as_ref().to_path_buf();
        let manifest: Manifest = read_json(&dir.join("manifest.json"))?;
        let split: Split = read_json(&dir.join("split.json"))?;
        let sites: BTreeMap<String, CorpusSite> = manifest
            .sites
            .into_iter()
            .map(|s| {
                (
                    s.id.clone(),
                    CorpusSite {
                        id: s.id,
                        family: s.family,
                        kind: s.kind,
                        mutations: s.mutations.into_iter().map(|m| m.kind).collect(),
                    },
                )
            })
            .collect();
        let corpus = Self { dir, sites, split };
        for id in corpus
            .split
            .known
            .iter()
            .chain(corpus.split.queries.iter().map(|q| &q.site))
        {
            if !corpus.sites.contains_key(id) {
                return Err(Error::Layout {
                    path: corpus.dir.join("split.json"),
                    reason: format!("site {id} is not in manifest.json"),
                });
            }
            let folder = corpus.site_dir(id);
            if !folder.join("index.html").is_file() {
                return Err(Error::Layout {
                    path: folder,
                    reason: "site folder has no index.html".into(),
                });
            }
        }
        Ok(corpus)
    }

    /// The folder of a site.
    pub fn site_dir(&self, id: &str) -> PathBuf {
        self.dir.join("sites").join(id)
    }

    /// Fingerprints every site the split names, in parallel on the current
    /// rayon pool; the result does not depend on the thread count.
    ///
    /// # Errors
    /// The first site (by id) that cannot be read.
    pub fn fingerprint(
        &self,
        fingerprinter: &Fingerprinter,
        folder: &FolderConfig,
    ) -> Result<BTreeMap<String, SiteFingerprint>> {
        let mut ids: Vec<&String> = self
            .split
            .known
            .iter()
            .chain(self.split.queries.iter().map(|q| &q.site))
            .collect();
        ids.sort();
        ids.dedup();
        let results: Vec<(String, Result<SiteFingerprint>)> = ids
            .par_iter()
            .map(|id| {
                let fp = read_local_source(&self.site_dir(id), folder).map(|snapshot| {
                    let mut fp = fingerprinter.fingerprint(&snapshot);
                    fp.source = (*id).clone();
                    fp
                });
                ((*id).clone(), fp)
            })
            .collect();
        results.into_iter().map(|(id, fp)| Ok((id, fp?))).collect()
    }
}
