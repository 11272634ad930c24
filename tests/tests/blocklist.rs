//! The RPZ zone loads in a real zone checker (`named-checkzone` from
//! Debian's bind9-utils; `.ci/run` installs it when absent), its serial goes
//! up on change only, and IDNA names are those Python's `idna` codec gives.

use std::process::Command;

use clone_detect::blocklist::{normalize_domain, Blocklist, Entry, RPZ_FILE};

#[test]
fn rpz_zone_passes_named_checkzone_and_serial_bumps() {
    let dir = tempfile::tempdir().unwrap();
    let mut list = Blocklist::open(dir.path()).unwrap();
    for candidate in [
        "https://mirror-one.example/login",
        "Mirror-Two.Example.",
        "bücher-spiegel.example",
        "deep.sub.mirror-three.example:8080",
    ] {
        list.insert(&normalize_domain(candidate).unwrap()).unwrap();
    }
    let check = |expect_serial: u32| {
        let out = Command::new("named-checkzone")
            .args(["rpz.local"])
            .arg(dir.path().join(RPZ_FILE))
            .output()
            .expect("named-checkzone (Debian bind9-utils) must be installed");
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        assert!(
            out.status.success(),
            "{text}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            text.contains(&format!("loaded serial {expect_serial}")),
            "{text}"
        );
    };
    check(4);
    // A new domain bumps the serial; a known one does not.
    list.insert("mirror-four.example").unwrap();
    list.insert("mirror-four.example").unwrap();
    check(5);
    let zone = std::fs::read_to_string(dir.path().join(RPZ_FILE)).unwrap();
    assert!(
        zone.contains("xn--bcher-spiegel-wob.example CNAME ."),
        "{zone}"
    );
    // Below a registrable domain: the name exactly, never its neighbours.
    assert!(zone.contains("\ndeep.sub.mirror-three.example CNAME ."));
    assert!(!zone.contains("*.deep.sub.mirror-three.example"));
    assert!(zone.contains("*.mirror-one.example CNAME ."));
}

/// The longest names a zone can hold still load, with the origin counted;
/// one longer is refused before anything is written.
#[test]
fn long_names_fit_the_zone_with_its_origin() {
    let dir = tempfile::tempdir().unwrap();
    let origin = "blocklist.rpz.example.org";
    let mut list = Blocklist::open_with_origin(dir.path(), origin).unwrap();
    let label = "a".repeat(63);
    // 227 + 1 + 25 = 253: fits exactly; `*.` would not.
    let longest = format!("{}.{label}.{label}.{label}.test", "b".repeat(30));
    assert_eq!(longest.len() + 1 + origin.len(), 253);
    // A registrable domain keeps its wildcard.
    let registrable = format!("{}.test", "c".repeat(63));
    list.insert(&normalize_domain(&longest).unwrap()).unwrap();
    list.insert(&registrable).unwrap();
    let too_long = format!("z{longest}");
    assert!(list
        .replace(vec![Entry {
            domain: too_long,
            wildcard: false,
            cause: String::new(),
            passthru: false,
        }])
        .is_err());
    let zone = std::fs::read_to_string(dir.path().join(RPZ_FILE)).unwrap();
    assert!(!zone.contains("zb"), "nothing written for the refused name");
    assert!(zone.contains(&format!("*.{registrable} CNAME .")));
    let out = Command::new("named-checkzone")
        .arg(origin)
        .arg(dir.path().join(RPZ_FILE))
        .output()
        .expect("named-checkzone (Debian bind9-utils) must be installed");
    assert!(
        out.status.success(),
        "{}{}\n{zone}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A name allowed below a blocked wildcard is let through explicitly
/// (`rpz-passthru.`), left out of the domain list and the hosts file, and
/// the zone still loads.
#[test]
fn allowed_names_below_a_wildcard_pass_through() {
    let dir = tempfile::tempdir().unwrap();
    let mut list = Blocklist::open(dir.path()).unwrap();
    let entry = |domain: &str, wildcard: bool, passthru: bool| Entry {
        domain: domain.into(),
        wildcard,
        cause: "test".into(),
        passthru,
    };
    list.replace(vec![
        entry("mirror.example", true, false),
        entry("shop.mirror.example", true, true),
    ])
    .unwrap();
    let zone = std::fs::read_to_string(dir.path().join(RPZ_FILE)).unwrap();
    assert!(
        zone.contains("\nshop.mirror.example CNAME rpz-passthru.\n"),
        "{zone}"
    );
    assert!(
        zone.contains("\n*.shop.mirror.example CNAME rpz-passthru.\n"),
        "{zone}"
    );
    let domains = std::fs::read_to_string(dir.path().join("domains.txt")).unwrap();
    assert_eq!(domains, "mirror.example\n");
    let out = Command::new("named-checkzone")
        .args(["rpz.local"])
        .arg(dir.path().join(RPZ_FILE))
        .output()
        .expect("named-checkzone (Debian bind9-utils) must be installed");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // A zone whose records changed on disk since (a kill between two
    // files) gets a new serial even if the list did not change.
    let serial = list.serial();
    std::fs::write(dir.path().join(RPZ_FILE), "; serial 1\n").unwrap();
    list.replace(vec![
        entry("mirror.example", true, false),
        entry("shop.mirror.example", true, true),
    ])
    .unwrap();
    assert_eq!(list.serial(), serial + 1);
}
