//! Saved website folders rendered in the real Chromium (`--render-folders`):
//! a single-page app is fingerprinted from the DOM its script builds, as
//! when it is checked by URL; a meta refresh ends on the page it leads to;
//! the folder's own screenshot is kept; and the rendered page reaches no
//! other server, not even on loopback. (The folder server's refusals of
//! hostile requests are unit tests of the library's `folder_server`.)

use clone_detect_tests::server::{Reply, Server};
use clone_detect_tests::tempfile;

use crate::common::{fingerprint_with, json_lines};

/// Tests run as root, where Chromium's sandbox does not run.
const RENDER: &[&str] = &["--render-folders", "--no-sandbox"];

/// Differing bits of two 64-bit hashes in hex.
fn bits(a: &serde_json::Value, b: &serde_json::Value) -> u32 {
    let a = u64::from_str_radix(a.as_str().unwrap(), 16).unwrap();
    let b = u64::from_str_radix(b.as_str().unwrap(), 16).unwrap();
    (a ^ b).count_ones()
}

/// A single-page app: an empty `<div id="app">` and a script that builds a
/// navigation, cards, a list and paragraphs whose text is not in the
/// source (every string is stored reversed).
const APP: &str = r#"<!doctype html><html><head><title>Reading room</title></head>
<body><div id="app"></div><script>
const r = (s) => s.split("").reverse().join("");
const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text) e.textContent = r(text);
  return e;
};
const app = document.getElementById("app");
const header = el("header", "bar");
const nav = el("nav", "menu");
for (const [href, name] of [["/", "emoH"], ["/docs", "scoD"], ["/shop", "pohS"]]) {
  const a = el("a", "", name);
  a.href = href;
  nav.appendChild(a);
}
header.appendChild(nav);
app.appendChild(header);
const main = el("main", "content");
main.appendChild(el("h1", "title", "moor gnidaer eht ot emocleW"));
main.appendChild(el("p", "lead", "ti rof gnitiaw si esle ydobon nehw eciwt dewener dna skeew eerht rof deworrob eb nac eugolatac eht ni koob yrevE"));
const cards = el("ul", "cards");
for (const [title, text] of [
  ["sruoh gninepO", "gnineve eht ni thgie litnu gninrom eht ni enin morf yadirF ot yadnoM"],
  ["pihsrebmeM", "sserdda fo foorp htiw eerf rof nioj nac ytnuoc eht ni gnikrow ro gnivil enoynA"],
  ["stnevE", "ecnartne eht yb draob eht no decnuonna era spohskrow dna spuorg gnidaer ,sklaT"],
]) {
  const li = el("li", "card");
  li.appendChild(el("h2", "", title));
  li.appendChild(el("p", "", text));
  cards.appendChild(li);
}
main.appendChild(cards);
app.appendChild(main);
const foot = el("footer", "foot");
foot.appendChild(el("p", "", "1191 ecnis ,moor gnidaeR"));
app.appendChild(foot);
</script></body></html>"#;

#[test]
fn a_single_page_app_folder_is_fingerprinted_as_the_browser_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("index.html"), APP).unwrap();
    let folder = dir.path().to_str().unwrap();
    let shell = fingerprint_with(&["--no-screenshot"], folder);
    let rendered = fingerprint_with(RENDER, folder);
    let server = Server::folder(dir.path());
    let live = fingerprint_with(&["--allow-private", "--no-sandbox"], &server.url("/"));

    // Without the flag: the shell alone, never rendered.
    assert!(shell["rendered"].is_null(), "{shell}");
    assert!(shell["pages"][0]["words"].as_u64().unwrap() < 5, "{shell}");
    // With it: the DOM the script built, under its path in the folder.
    let dom = &rendered["rendered"];
    assert_eq!(dom["url"], "index.html", "{rendered}");
    assert!(dom["words"].as_u64().unwrap() > 60, "{dom}");
    assert_eq!(
        rendered["pages"], shell["pages"],
        "the folder reading stands"
    );
    // No screenshot.png in the folder: the capture's is used.
    assert!(shell["screenshot"].is_null(), "{shell}");
    assert!(!rendered["screenshot"].is_null(), "{rendered}");
    assert_eq!(rendered["warnings"], shell["warnings"], "{rendered}");
    // Screenshots off: rendered for the DOM, the capture's PNG not used.
    let unshot = fingerprint_with(
        &["--render-folders", "--no-sandbox", "--no-screenshot"],
        folder,
    );
    assert!(unshot["screenshot"].is_null(), "{unshot}");
    assert_eq!(unshot["rendered"], rendered["rendered"]);

    let uninformative = rendered["uninformative"].as_array().unwrap();
    for signal in ["template_simhash", "text_simhash"] {
        assert!(
            !uninformative.iter().any(|u| u == signal),
            "{signal} uninformative: {rendered}"
        );
        // As the same app checked by URL, and not as its shell.
        let d = bits(&rendered[signal], &live[signal]);
        assert!(d <= 3, "{signal}: {d} bits from the app checked by URL");
        let d = bits(&rendered[signal], &shell[signal]);
        assert!(d > 3, "{signal}: {d} bits from the shell");
    }
    assert_eq!(
        bits(&dom["text_simhash"], &live["rendered"]["text_simhash"]),
        0
    );
}

/// A PNG of one colour.
fn png(rgb: [u8; 3]) -> Vec<u8> {
    let image = image::RgbImage::from_pixel(320, 200, image::Rgb(rgb));
    let mut out = std::io::Cursor::new(Vec::new());
    image.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

#[test]
fn a_meta_refresh_folder_ends_on_its_target_and_keeps_its_screenshot() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("index.html"),
        r#"<!doctype html><html><head><meta http-equiv="refresh" content="0; url=home.html"><title>Moved</title></head><body><h1>Moved</h1></body></html>"#,
    )
    .unwrap();
    std::fs::write(
        dir.path().join("home.html"),
        r#"<!doctype html><html><head><title>Harbour office</title></head><body style="background:#36c">
<h1>The harbour office</h1><p>Moorings are let by the season from the first of April, and visiting boats pay by the night at the quay.</p></body></html>"#,
    )
    .unwrap();
    let saved = png([0xee, 0x22, 0x11]);
    std::fs::write(dir.path().join("screenshot.png"), &saved).unwrap();
    let folder = dir.path().to_str().unwrap();
    let plain = fingerprint_with(&["--no-screenshot"], folder);
    let rendered = fingerprint_with(RENDER, folder);

    let dom = &rendered["rendered"];
    assert_eq!(dom["url"], "home.html", "{rendered}");
    assert_eq!(dom["title"], "Harbour office", "{rendered}");
    // The folder's screenshot, not the capture's (a blue page).
    assert!(!plain["screenshot"].is_null(), "{plain}");
    assert_eq!(rendered["screenshot"], plain["screenshot"]);
}

#[test]
fn a_rendered_folder_reaches_no_other_server() {
    let other = Server::routes([
        ("/", Reply::html("<p>OTHER-SERVER</p>")),
        (
            "/img.png",
            Reply::new("200 OK", "image/png", png([0, 0, 0])),
        ),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let at = |path: &str| other.url(path);
    let named = other.url_as("localhost", "/");
    std::fs::write(
        dir.path().join("index.html"),
        format!(
            r#"<!doctype html><html><head><title>Reaching out</title>
<link rel="stylesheet" href="{css}"></head><body>
<h1>A page of the folder</h1><p id="out">nothing</p>
<img src="{img}"><iframe src="{root}"></iframe>
<script>
document.title += " (ran)";
for (const url of ["{root}", "{named}"]) {{
  fetch(url).then((r) => r.text()).then((t) => {{
    document.getElementById("out").textContent += " got " + t;
  }}).catch(() => {{}});
}}
try {{ new WebSocket("ws://127.0.0.1:{port}/ws"); }} catch (e) {{}}
</script></body></html>"#,
            css = at("/style.css"),
            img = at("/img.png"),
            root = at("/"),
            port = other.port(),
        ),
    )
    .unwrap();
    let rendered = fingerprint_with(RENDER, dir.path().to_str().unwrap());
    // The page's script ran, and what it asked for was refused.
    assert_eq!(
        rendered["rendered"]["title"], "Reaching out (ran)",
        "{rendered}"
    );
    assert_eq!(
        other.connections(),
        0,
        "the other server was reached: {:?}",
        other.log()
    );
    assert!(!rendered.to_string().contains("OTHER-SERVER"), "{rendered}");
}

/// Three folders rendered in one run share one browser, each capture in a
/// context and behind a proxy of its own: every folder gets the DOM its own
/// script built, whichever finishes first. Each page also asks the ports
/// next to its own, where the other folders' servers are likely to be:
/// its title would name any that answered before the DOM was read.
#[test]
fn folders_rendered_in_one_run_each_get_their_own_page() {
    let dirs: Vec<_> = (0..3).map(|_| tempfile::tempdir().unwrap()).collect();
    for (i, dir) in dirs.iter().enumerate() {
        std::fs::write(
            dir.path().join("index.html"),
            format!(
                r#"<!doctype html><html><head><title>shell</title></head><body><div id="app"></div>
<script>
document.title = "Folder number {i}";
const h = document.createElement("h1");
h.textContent = "Built by the script of folder {i}";
document.getElementById("app").appendChild(h);
const here = Number(location.port);
for (let p = here - 8; p <= here + 8; p++) {{
  if (p === here) continue;
  fetch("http://127.0.0.1:" + p + "/").then((r) => r.text()).then((t) => {{
    document.title += " reached " + p;
  }}).catch(() => {{}});
}}
</script></body></html>"#
            ),
        )
        .unwrap();
    }
    let out = crate::common::bin()
        .args(["fingerprint", "--render-folders", "--no-sandbox"])
        .args(dirs.iter().map(|d| d.path()))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = json_lines(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(lines.len(), 3);
    for (i, fp) in lines.iter().enumerate() {
        assert_eq!(
            fp["rendered"]["title"],
            format!("Folder number {i}"),
            "{fp}"
        );
        let warnings = fp["warnings"].as_array().unwrap();
        assert!(
            !warnings
                .iter()
                .any(|w| w.as_str().unwrap().contains("render")),
            "{fp}"
        );
    }
}
