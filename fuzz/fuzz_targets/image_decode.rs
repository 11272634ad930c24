//! Favicon and image decoding: the fuzz bytes as a snapshot's favicon and as
//! its screenshot, fingerprinted (format sniffing, decoding within the image
//! limits, perceptual hashes, the Shodan favicon hash). The fingerprint's
//! JSON reads back as the same fingerprint.
#![no_main]

use clone_detect::signal::favicon::sniff;
use clone_detect::{Favicon, SiteFingerprint, SiteSnapshot};
use clone_detect_fuzz::fingerprinter;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut snapshot = SiteSnapshot::single_page("http://fuzz.example/", b"<p>x</p>".to_vec());
    snapshot.favicon = Some(Favicon {
        url: "http://fuzz.example/favicon.ico".into(),
        bytes: data.to_vec(),
    });
    snapshot.screenshot = Some(data.to_vec());
    let fp = fingerprinter().fingerprint(&snapshot);
    let json = serde_json::to_string(&fp).expect("serialisable");
    let back = SiteFingerprint::from_json(&json).expect("what was written reads back");
    assert_eq!(back, fp, "JSON round trip changed the fingerprint");
    let favicon = fp.favicon.expect("a favicon given is fingerprinted");
    assert_eq!(favicon.format, sniff(data));
    let limits = &fingerprinter().config().image_limits;
    if let Some([w, h]) = favicon.size {
        assert!(
            w <= limits.max_width && h <= limits.max_height,
            "{w}x{h} over the limits"
        );
    }
    // Perceptual hashes exactly when the image decoded.
    assert_eq!(favicon.phash.is_some(), favicon.size.is_some());
    assert_eq!(favicon.dhash.is_some(), favicon.size.is_some());
    if let Some(s) = fp.screenshot {
        let [w, h] = s.size;
        assert!(
            w <= limits.max_width && h <= limits.max_height,
            "{w}x{h} over the limits"
        );
    }
});
