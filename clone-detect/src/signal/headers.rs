//! HHHash: a hash of the HTTP response header names in received order
//! (`"hhh:1:" + sha256(":".join(names))`), as defined by its authors at
//! CIRCL. Web server and framework defaults show through it.

use sha2::{Digest, Sha256};

use crate::snapshot::layout::hex;

/// Spec of the header hash.
pub const HHHASH_SPEC: &str = "hhhash/1";

/// The HHHash of a header list, or `None` when there are no headers.
pub(crate) fn hhhash(headers: &[(String, String)]) -> Option<String> {
    if headers.is_empty() {
        return None;
    }
    let joined = headers
        .iter()
        .map(|(n, _)| n.as_str())
        .collect::<Vec<_>>()
        .join(":");
    Some(format!("hhh:1:{}", hex(&Sha256::digest(joined.as_bytes()))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_order_case_kept() {
        let h = |names: &[&str]| {
            hhhash(
                &names
                    .iter()
                    .map(|n| (n.to_string(), String::new()))
                    .collect::<Vec<_>>(),
            )
        };
        let expected = format!(
            "hhh:1:{}",
            hex(&Sha256::digest(b"Server:Date:Content-Type"))
        );
        assert_eq!(h(&["Server", "Date", "Content-Type"]), Some(expected));
        assert_ne!(h(&["Server", "Date"]), h(&["Date", "Server"]));
        assert_ne!(h(&["server"]), h(&["Server"]));
        assert_eq!(h(&[]), None);
    }
}
