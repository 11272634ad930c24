//! Favicon and image decoding: the fuzz bytes as a snapshot's favicon and as
//! its screenshot, fingerprinted (format sniffing, decoding within the image
//! limits, perceptual hashes, the Shodan favicon hash).
#![no_main]

use clone_detect::signal::favicon::sniff;
use clone_detect::{Favicon, SiteSnapshot};
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
    let favicon = fp.favicon.expect("a favicon given is fingerprinted");
    assert_eq!(favicon.format, sniff(data));
    let limits = &fingerprinter().config().image_limits;
    if let Some([w, h]) = favicon.size {
        assert!(
            w <= limits.max_width && h <= limits.max_height,
            "{w}x{h} over the limits"
        );
    }
    if let Some(s) = fp.screenshot {
        assert_eq!(s.phash.len(), 16);
    }
});
