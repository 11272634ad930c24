//! Which build and which model produced an output: every result a study or
//! a blocking order cites says so (`check --json`, `eval --json`, HTML
//! reports, `clone-detect --version`).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::verdict::FusedModel;
use crate::HashSpecs;

/// `clone-detect` and the library's version, as [`Provenance::tool`] says
/// it.
pub const TOOL: &str = concat!("clone-detect ", env!("CARGO_PKG_VERSION"));

/// The git commit of this build when known, as [`Provenance::commit`] says
/// it.
pub const COMMIT: Option<&str> = option_env!("CLONE_DETECT_GIT_COMMIT");

/// The build and model behind a result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Provenance {
    /// `clone-detect` and the library's version.
    pub tool: String,
    /// The git commit the checkout was at when the library was built
    /// (uncommitted changes are not marked); `None` when not built from
    /// git.
    pub commit: Option<String>,
    /// SHA-256 of the fused model's JSON (as [`FusedModel::to_json`] writes
    /// it), lower-case hex.
    pub model_sha256: String,
    /// The hash specs of this build.
    pub specs: HashSpecs,
}

impl Provenance {
    /// This build with `model`.
    ///
    /// ```
    /// use clone_detect::provenance::Provenance;
    /// use clone_detect::verdict::FusedModel;
    ///
    /// let p = Provenance::of(&FusedModel::shipped());
    /// assert!(p.tool.starts_with("clone-detect "));
    /// assert_eq!(p.model_sha256.len(), 64);
    /// ```
    pub fn of(model: &FusedModel) -> Self {
        Self {
            tool: TOOL.into(),
            commit: COMMIT.map(str::to_string),
            model_sha256: crate::snapshot::layout::hex(&Sha256::digest(model.to_json())),
            specs: HashSpecs::current(),
        }
    }

    /// One line for people: tool, commit, model.
    pub fn summary(&self) -> String {
        format!(
            "{} (commit {}), model sha256 {}",
            self.tool,
            self.commit.as_deref().unwrap_or("unknown"),
            self.model_sha256
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_model_hash_follows_the_model() {
        let shipped = FusedModel::shipped();
        let a = Provenance::of(&shipped);
        assert_eq!(a, Provenance::of(&shipped));
        let mut other = shipped.clone();
        other.threshold += 0.01;
        assert_ne!(a.model_sha256, Provenance::of(&other).model_sha256);
        // Built from a git checkout (or a package), the commit is a full
        // hash; built otherwise, there is none.
        if let Some(commit) = a.commit {
            assert_eq!(commit.len(), 40, "{commit}");
            assert!(commit.chars().all(|c| c.is_ascii_hexdigit()), "{commit}");
        }
    }
}
