//! Asset signal: SHA-256 of each linked script and stylesheet that is present.
//!
//! Identical bytes across two sites are strong evidence when the file is the
//! site's own (an application bundle), and none when it is a public library
//! (jQuery, Bootstrap): the verdict weighs asset hashes by how many known
//! sites share them.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::snapshot::layout::hex;
use crate::snapshot::{Asset, AssetContent, AssetKind};

/// One linked asset in a fingerprint.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct AssetFingerprint {
    /// Its URL.
    pub url: String,
    /// Script or stylesheet.
    pub kind: AssetKind,
    /// SHA-256 of its bytes, lowercase hex.
    pub sha256: String,
}

/// Fingerprints the assets of a snapshot, sorted by URL then hash.
pub(crate) fn fingerprint(assets: &[Asset]) -> Vec<AssetFingerprint> {
    let mut out: Vec<AssetFingerprint> = assets
        .iter()
        .map(|a| AssetFingerprint {
            url: a.url.clone(),
            kind: a.kind,
            sha256: match &a.content {
                AssetContent::Bytes(b) => hex(&Sha256::digest(b)),
                AssetContent::Sha256(h) => h.clone(),
            },
        })
        .collect();
    out.sort();
    out.dedup();
    out
}
