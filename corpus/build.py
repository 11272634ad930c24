#!/usr/bin/env python3
"""Build the clone-detect corpus from pinned Debian documentation packages.

Every site comes from a package registry download whose exact version and
SHA-256 are pinned in ``corpus/sources.json``. The script

1. downloads each pinned ``.deb`` from the Debian archive and checks its SHA-256,
2. extracts it with ``dpkg-deb -x`` into ``corpus/.cache``,
3. finds the package's main HTML book (``find_html_root``) and copies a bounded
   subset (the root ``index.html`` and the first same-folder pages it links to,
   breadth first, plus the local stylesheets, scripts and icons those pages
   reference, resolving symbolic links through the same suite's shared
   JavaScript and theme packages) into ``corpus/sites/<site-id>/``,
4. makes one mirror variant of every site (``mirror.py``): a seeded choice of
   the mutations a seized site shows when it comes back elsewhere, each one
   recorded,
5. renders ``screenshot.png`` (1280x800) of every site and mirror with
   clone-detect's own screenshotter (``clone-detect snapshot``, headless
   Chromium) from a loopback HTTP server, when clone-detect is built,
6. writes ``corpus/manifest.json`` (provenance, licence, pages, mutations) and
   ``corpus/split.json`` (known sites and queries with their truth, by family).

Usage:
    python3 corpus/build.py            # build sites, mirrors, screenshots, split
    python3 corpus/build.py --pin      # re-pin sources.json from the suites' Packages indexes
    python3 corpus/build.py --no-screenshots
    python3 corpus/build.py --screenshots-only   # re-render screenshots only

Needs Python 3.9+, ``dpkg-deb``, Pillow (``pip install pillow``, for the image
mutations) and, for screenshots, ``chromium``; downloads come only from
deb.debian.org, so it runs on a fresh Debian machine.
"""

from __future__ import annotations

import argparse
import hashlib
import html.parser
import http.server
import json
import lzma
import os
import posixpath
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import urllib.parse
import urllib.request
from pathlib import Path

import mirror
import npmsites
import webapps

ARCHIVE = "http://deb.debian.org/debian"
SUITES = ["bullseye", "bookworm", "trixie"]
HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources.json"
NPM_SOURCES = HERE / "npm-sources.json"
CACHE = HERE / ".cache"
SITES = HERE / "sites"
MANIFEST = HERE / "manifest.json"
SPLIT = HERE / "split.json"
# Seeds every random choice: mirror mutations and the known/query split.
SEED = "clone-detect-corpus-1"

# Pages taken per site: enough to cover a few templates, small enough to commit.
MAX_PAGES = 5
# Largest single file copied into the committed corpus.
MAX_FILE_BYTES = 400_000

# Documentation packages taken, each in every suite that carries it. The HTML
# root is found in the extracted package (see `find_html_root`) unless given here.
PACKAGES = [
    "python-sqlalchemy-doc",
    "python-lxml-doc",
    "python-babel-doc",
    "python-pygments-doc",
    "sphinx-doc",
    "python-attr-doc",
    "python-markdown-doc",
    "python-jsonschema-doc",
    "python-pytest-doc",
    "python-aiohttp-doc",
    "python-scrapy-doc",
    "python-mako-doc",
    "libglib2.0-doc",
    "libgtk-3-doc",
    "libsdl2-doc",
    "libcurl4-doc",
    "libsoup-3.0-doc",
    "libxml2-doc",
    "libpango1.0-doc",
    "libgdk-pixbuf2.0-doc",
    "libjansson-doc",
    "libfmt-doc",
    # Added for issue 17 (more families, more theme-mates): Haddock (three
    # Haskell libraries on one theme), Javadoc (two Java libraries), and the
    # Rust books (see BOOKS).
    "libghc-aeson-doc",
    "libghc-vector-doc",
    "libghc-quickcheck2-doc",
    "libxmlgraphics-commons-java-doc",
    "libzookeeper-java-doc",
    "rust-doc",
    # Added in a second round for issue 17: four C++ bindings of the GNOME
    # stack on one Doxygen style (sister projects, theme-mates), a Texinfo
    # manual and a DocBook guide.
    "libsigc++-2.0-doc",
    "libglibmm-2.4-doc",
    "libcairomm-1.0-doc",
    "libpangomm-1.4-doc",
    "libgcrypt20-doc",
    "libhsqldb-java-doc",
]
# Family names for packages whose own name is not usable as a site id (a
# site id also names a folder and appears in host names in tests).
FAMILY_NAMES = {
    "libsigc++-2.0-doc": "libsigcpp-2.0",
}
# Packages that hold several books, each a family of its own (four projects
# on one mdBook theme): the family name and the HTML root of each.
BOOKS = {
    "rust-doc": [
        ("rust-book", "usr/share/doc/rust-doc/html/book"),
        ("rust-nomicon", "usr/share/doc/rust-doc/html/nomicon"),
        ("rust-reference", "usr/share/doc/rust-doc/html/reference"),
        ("rust-by-example", "usr/share/doc/rust-doc/html/rust-by-example"),
    ],
}
# The project's own name, which a rebranded mirror replaces, where the package
# name does not give it (see mirror.brand_pattern).
DOC_BRANDS = {
    "libghc-aeson-doc": "aeson",
    "libghc-vector-doc": "vector",
    "libghc-quickcheck2-doc": "QuickCheck",
    "libxmlgraphics-commons-java-doc": "xmlgraphics",
    "libzookeeper-java-doc": "zookeeper",
    "rust-book": "Rust",
    "rust-nomicon": "Rustonomicon",
    "rust-reference": "Rust",
    "rust-by-example": "Rust",
    "libsigcpp-2.0": "sigc++",
    "libglibmm-2.4-doc": "glibmm",
    "libcairomm-1.0-doc": "cairomm",
    "libpangomm-1.4-doc": "pangomm",
    "libgcrypt20-doc": "Libgcrypt",
    "libhsqldb-java-doc": "HyperSQL",
}
HTML_ROOT_OVERRIDES = {
    "python-markdown-doc": "usr/share/doc/python-markdown-doc/docs",
    # Its top page only links to the reference on the web.
    "libsigc++-2.0-doc": "usr/share/doc/libsigc++-2.0-doc/reference/html",
}

# Packages that the documentation packages link into (shared JavaScript, themes).
# A Debian web server serves the docs with these installed, so the corpus
# resolves the links through them, from the same suite.
SUPPORT = [
    "libjs-sphinxdoc",
    "libjs-jquery",
    "libjs-underscore",
    "sphinx-rtd-theme-common",
    "libjs-bootstrap",
    "mkdocs",
    # What the Rust books link to (syntax highlighting, MathJax's loader).
    "libjs-highlight.js",
    "libjs-mathjax",
]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=120) as resp:
        return resp.read()


def parse_packages(text: str) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for stanza in text.split("\n\n"):
        fields: dict[str, str] = {}
        for line in stanza.splitlines():
            if line and not line[0].isspace() and ":" in line:
                key, _, value = line.partition(":")
                fields[key] = value.strip()
        if "Package" in fields:
            out[fields["Package"]] = fields
    return out


def pin(only_new: bool = False) -> None:
    """Record, for every package and suite, the exact version, file and SHA-256.

    With ``only_new``, the pins already in ``sources.json`` stay as they are
    (the archive drops superseded point releases, so re-pinning them would
    change sites already built) and only packages it lacks are pinned."""
    existing = json.loads(SOURCES.read_text()) if only_new and SOURCES.exists() else []
    pinned = {(s["package"], s["suite"]) for s in existing}
    have = {s["package"] for s in existing}
    sources = list(existing)
    for suite in SUITES:
        index = lzma.decompress(fetch(f"{ARCHIVE}/dists/{suite}/main/binary-all/Packages.xz"))
        packages = parse_packages(index.decode("utf-8"))
        # Web applications are installed with apt, which reads the amd64 index.
        apt_index = lzma.decompress(fetch(f"{ARCHIVE}/dists/{suite}/main/binary-amd64/Packages.xz"))
        apt_packages = parse_packages(apt_index.decode("utf-8"))
        roles = [(n, "site") for n in PACKAGES] + [(n, "support") for n in SUPPORT]
        roles += [(n, "webapp") for n in webapps.MAIN_PACKAGE.values()]
        for name, role in roles:
            if (name, suite) in pinned or (only_new and name in have):
                continue
            fields = (apt_packages if role == "webapp" else packages).get(name)
            if fields is None:
                log(f"{name} is not in {suite}")
                continue
            sources.append(
                {
                    "package": name,
                    "suite": suite,
                    "version": fields["Version"],
                    "filename": fields["Filename"],
                    "sha256": fields["SHA256"],
                    "role": role,
                }
            )
    sources.sort(key=lambda s: (s["package"], SUITES.index(s["suite"])))
    SOURCES.write_text(json.dumps(sources, indent=1) + "\n")
    log(f"pinned {len(sources)} package versions in {SOURCES}")
    if not only_new:
        npmsites.pin(NPM_SOURCES, CACHE, log)


def download(src: dict) -> Path:
    CACHE.mkdir(exist_ok=True)
    deb = CACHE / Path(src["filename"]).name
    if not deb.exists() or hashlib.sha256(deb.read_bytes()).hexdigest() != src["sha256"]:
        data = fetch(f"{ARCHIVE}/{src['filename']}")
        digest = hashlib.sha256(data).hexdigest()
        if digest != src["sha256"]:
            raise SystemExit(f"{src['filename']}: sha256 {digest} != pinned {src['sha256']}")
        deb.write_bytes(data)
    out = CACHE / deb.stem
    if not out.exists():
        tmp = Path(tempfile.mkdtemp(dir=CACHE))
        subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp)], check=True)
        tmp.rename(out)
    return out


def find_html_root(tree: Path, package: str) -> str | None:
    """The folder of the package's main HTML book: the shallowest folder with
    an ``index.html`` (a regular file) whose subtree holds at least half of the
    package's HTML pages; failing that (several books side by side), the
    folder with an ``index.html`` and the most pages of its own. Ties go to the
    shallower folder, then to the first by name. None when there is no HTML."""
    if package in HTML_ROOT_OVERRIDES:
        return HTML_ROOT_OVERRIDES[package]
    own: dict[str, int] = {}
    with_index: list[str] = []
    for dirpath, _dirnames, filenames in os.walk(tree):
        rel = Path(dirpath).relative_to(tree).as_posix()
        own[rel] = sum(1 for f in filenames if f.endswith((".html", ".htm")))
        if "index.html" in filenames and not (Path(dirpath) / "index.html").is_symlink():
            with_index.append(rel)
    if not with_index:
        return None
    total = sum(own.values())

    def subtree(rel: str) -> int:
        return sum(n for d, n in own.items() if d == rel or d.startswith(rel + "/"))

    covering = [d for d in with_index if 2 * subtree(d) >= total]
    if covering:
        return min(covering, key=lambda d: (d.count("/"), d))
    return min(with_index, key=lambda d: (-own[d], d.count("/"), d))


def licence_of(tree: Path, package: str) -> str:
    copyright_file = tree / "usr/share/doc" / package / "copyright"
    if not copyright_file.exists():
        return "unknown"
    licences = []
    for line in copyright_file.read_text(errors="replace").splitlines():
        if line.startswith("License:"):
            name = line.split(":", 1)[1].strip()
            if name and name not in licences:
                licences.append(name)
    return " AND ".join(licences) if licences else "see copyright"


class RefParser(html.parser.HTMLParser):
    """Collects the local references of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pages: list[str] = []
        self.files: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "a" and a.get("href"):
            self.pages.append(a["href"])
        elif tag == "link" and a.get("href"):
            rel = a.get("rel", "").lower().split()
            if "stylesheet" in rel or any("icon" in r for r in rel):
                self.files.append(a["href"])
        elif tag in ("script", "img") and a.get("src"):
            if tag == "script" or "logo" in a["src"].lower():
                self.files.append(a["src"])


def local_target(page_rel: str, ref: str) -> str | None:
    """Resolve `ref` found in `page_rel` to a path inside the site, or None."""
    parts = urllib.parse.urlsplit(ref)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(page_rel), urllib.parse.unquote(parts.path)))
    if joined.startswith("..") or joined.startswith("/"):
        return None
    return joined


def resolve(rel: str, trees: list[Path]) -> Path | None:
    """Find `rel` (a path from the file system root) in `trees`, following
    symbolic links through all of them as one merged file system would."""
    for _ in range(16):
        for tree in trees:
            path = tree / rel
            if path.is_symlink():
                target = os.readlink(path)
                base = "/" if target.startswith("/") else posixpath.dirname("/" + rel)
                rel = posixpath.normpath(posixpath.join(base, target)).lstrip("/")
                break
            if path.is_file():
                return path
        else:
            return None
    return None


def copy_site(src: dict, tree: Path, support: list[Path]) -> dict:
    root = tree / src["html_root"]
    family = src.get("family", src["package"])
    site_id = f"{src.get('family', src['package'].removesuffix('-doc'))}-{src['suite']}"
    dest = SITES / site_id
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)

    pages: list[str] = []
    files: set[str] = set()
    queue = ["index.html"]
    seen = set(queue)
    while queue and len(pages) < MAX_PAGES:
        rel = queue.pop(0)
        path = root / rel
        if not path.is_file():
            continue
        pages.append(rel)
        parser = RefParser()
        parser.feed(path.read_bytes().decode("utf-8", errors="replace"))
        for ref in parser.pages:
            target = local_target(rel, ref)
            if target and target.endswith((".html", ".htm")) and target not in seen:
                seen.add(target)
                queue.append(target)
        for ref in parser.files:
            target = local_target(rel, ref)
            if target:
                files.add(target)
    if (root / "favicon.ico").exists():
        files.add("favicon.ico")

    missing = []
    for rel in pages + sorted(files):
        src_path = resolve(f"{src['html_root']}/{rel}", [tree, *support])
        if src_path is None:
            link = root / rel
            missing.append({"path": rel, "links_to": os.readlink(link) if link.is_symlink() else None})
            continue
        if src_path.stat().st_size > MAX_FILE_BYTES:
            missing.append({"path": rel, "links_to": f"omitted: larger than {MAX_FILE_BYTES} bytes"})
            continue
        out = dest / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src_path, out)

    return {
        "id": site_id,
        "family": family,
        **({"brand": DOC_BRANDS[family]} if family in DOC_BRANDS else {}),
        "kind": "original",
        "source": {
            "registry": "debian",
            "package": src["package"],
            "suite": src["suite"],
            "version": src["version"],
            "archive_path": src["filename"],
            "sha256": src["sha256"],
            "html_root": src["html_root"],
        },
        "license": licence_of(tree, src["package"]),
        "support_packages": [f"{p['package']}={p['version']}" for p in src.get("support", [])],
        "pages": pages,
        "not_shipped": missing,
    }


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def chromium_binary() -> str | None:
    for candidate in (os.environ.get("CHROME"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def clone_detect_binary() -> str | None:
    """The clone-detect binary: $CLONE_DETECT, else a build in target/."""
    root = HERE.parent
    for candidate in (
        os.environ.get("CLONE_DETECT"),
        root / "target" / "release" / "clone-detect",
        root / "target" / "debug" / "clone-detect",
    ):
        if candidate and Path(candidate).exists():
            return str(candidate)
    return None


def screenshot_all(site_ids: list[str]) -> None:
    """Renders every site's ``screenshot.png`` with clone-detect's own
    screenshotter (``clone-detect snapshot``: the browser flags, viewport and
    settling a live check uses), each site served at the root of its own
    loopback server, so that a known site read from its folder and a live
    site read by URL are seen by the same browser the same way."""
    tool = clone_detect_binary()
    if tool is None:
        log("clone-detect not built (cargo build -p clone-detect-cli): skipping screenshots")
        return
    for site_id in site_ids:
        handler = lambda *a, _d=str(SITES / site_id), **k: QuietHandler(*a, directory=_d, **k)  # noqa: E731
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        port = server.server_address[1]
        out = SITES / site_id / "screenshot.png"
        try:
            with tempfile.TemporaryDirectory() as tmp:
                snap = Path(tmp) / "snap"
                cmd = [
                    tool,
                    "snapshot",
                    "--allow-private",
                    "--no-sandbox",
                    "--max-pages",
                    "1",
                    "-o",
                    str(snap),
                    f"http://127.0.0.1:{port}/",
                ]
                # A capture can fail on a busy machine (the browser's 20 s
                # per page): tried three times.
                for attempt in range(3):
                    shutil.rmtree(snap, ignore_errors=True)
                    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
                    shot = snap / "screenshot.png"
                    if shot.exists():
                        break
                    log(f"{site_id}: no screenshot (attempt {attempt + 1} of 3)")
                else:
                    raise RuntimeError(f"{site_id}: clone-detect took no screenshot")
                shutil.copyfile(shot, out)
        finally:
            server.shutdown()
            server.server_close()
        log(f"screenshot {out.relative_to(HERE)}")


def doc_sites(skip_families: set[str] | None = None) -> tuple[list[dict], list[dict]]:
    """The documentation sites of the pinned Debian packages, copied into
    ``sites/``, and the packages skipped; families in ``skip_families`` are
    neither copied nor touched."""
    all_sources = json.loads(SOURCES.read_text())
    sources = [s for s in all_sources if s.get("role", "site") == "site"]
    support_of = {
        suite: [s for s in all_sources if s.get("role") == "support" and s["suite"] == suite] for suite in SUITES
    }
    skip_families = skip_families or set()
    sites = []
    seen_versions: set[tuple[str, str]] = set()
    skipped: list[dict] = []
    for src in sources:
        key = (src["package"], src["version"])
        if key in seen_versions:
            # Two suites carrying one version are one site, not two.
            log(f"{src['package']} {src['version']} already taken from an earlier suite")
            continue
        seen_versions.add(key)
        books = BOOKS.get(src["package"], [(FAMILY_NAMES.get(src["package"], src["package"]), None)])
        if all(family in skip_families for family, _ in books):
            continue
        tree = download(src)
        for family, root in books:
            if family in skip_families:
                continue
            html_root = root or find_html_root(tree, src["package"])
            if html_root is None or not (tree / html_root / "index.html").is_file():
                log(f"{src['package']} {src['version']}: no HTML pages in the package, skipped")
                skipped.append({"package": src["package"], "version": src["version"], "reason": "no HTML pages"})
                continue
            book = dict(src, support=support_of[src["suite"]], html_root=html_root)
            if family != src["package"]:
                book["family"] = family
            site = copy_site(book, tree, [download(p) for p in book["support"]])
            sites.append(site)
            log(f"{site['id']}: {len(site['pages'])} pages, {len(site['not_shipped'])} files not shipped")
    return sites, skipped


def build(screenshots: bool, with_webapps: bool) -> None:
    all_sources = json.loads(SOURCES.read_text())
    sites, skipped = doc_sites()
    if with_webapps:
        why_not = webapps.available()
        if why_not:
            raise SystemExit(f"{why_not}; or pass --no-webapps")
        sites += webapps.build(all_sources, SITES, CACHE, ARCHIVE, licence_of, MAX_FILE_BYTES, log)
    sites += npmsites.build(NPM_SOURCES, SITES, CACHE, MAX_FILE_BYTES, log)
    sites += make_mirrors(sites)
    if screenshots:
        screenshot_all([s["id"] for s in sites])
    write(sites, skipped)


def build_new_docs(screenshots: bool, with_webapps: bool) -> None:
    """Builds the documentation and web application families that
    ``manifest.json`` lacks (sites, mirrors, screenshots) and keeps every
    other site as it is; the split is made again, every family already in it
    keeping its role and fold."""
    manifest = json.loads(MANIFEST.read_text())
    kept = manifest["sites"]
    have = {s["family"] for s in kept}
    new, skipped = doc_sites(skip_families=have)
    missing_apps = set(webapps.APPS) - have
    if with_webapps and missing_apps:
        why_not = webapps.available()
        if why_not:
            raise SystemExit(f"{why_not}; or pass --no-webapps")
        all_sources = json.loads(SOURCES.read_text())
        new += webapps.build(all_sources, SITES, CACHE, ARCHIVE, licence_of, MAX_FILE_BYTES, log, only=missing_apps)
    new += make_mirrors(new)
    if screenshots:
        screenshot_all([s["id"] for s in new])
    write(kept + new, manifest["skipped"] + [s for s in skipped if s not in manifest["skipped"]])


def build_npm_only(screenshots: bool) -> None:
    """Builds the npm families again (sites, mirrors, screenshots) and keeps
    every other site of the manifest as it is; the split is made again."""
    manifest = json.loads(MANIFEST.read_text())
    npm_families = set(npmsites.FAMILIES)
    kept = [s for s in manifest["sites"] if s["family"] not in npm_families]
    new = npmsites.build(NPM_SOURCES, SITES, CACHE, MAX_FILE_BYTES, log)
    new += make_mirrors(new)
    if screenshots:
        screenshot_all([s["id"] for s in new])
    write(kept + new, manifest["skipped"])


def write(sites: list[dict], skipped: list[dict]) -> None:
    for site in sites:
        site["screenshot"] = (SITES / site["id"] / "screenshot.png").exists()
    MANIFEST.write_text(
        json.dumps({"schema": 1, "seed": SEED, "sites": sites, "skipped": skipped}, indent=1) + "\n"
    )
    SPLIT.write_text(json.dumps(make_split(sites), indent=1) + "\n")
    log(f"wrote {len(sites)} sites to {SITES}, the split to {SPLIT}")


def make_mirrors(originals: list[dict]) -> list[dict]:
    """One mirror variant of every original site, with a seed per site."""
    mirrors = []
    for site in originals:
        mirror_id = f"{site['id']}-mirror"
        rng = random.Random(f"{SEED}:{mirror_id}")
        # The name a rebranding replaces: the package's own (Debian), or the
        # product's (npm demo pages, whose family names the page).
        brand = site.get("brand", site["family"])
        done = mirror.make_variant(SITES / site["id"], SITES / mirror_id, brand, rng)
        pages = [p for p in site["pages"] if (SITES / mirror_id / p).is_file()]
        mirrors.append(
            {
                "id": mirror_id,
                "family": site["family"],
                "kind": "mirror",
                "origin": site["id"],
                "seed": f"{SEED}:{mirror_id}",
                "license": site["license"],
                "pages": pages,
                **done,
            }
        )
        log(f"{mirror_id}: {', '.join(m['type'] for m in done['mutations']) or 'no mutation applied'}")
    return mirrors


def middle_release(site: dict) -> bool:
    source = site["source"]
    return source.get("suite") == "bookworm" or source.get("release") == 2


# Families left out of the split, with the reason. A family is left out when it
# is neither another site (a hard negative) nor a release of a known one, so
# that counting it either way would misstate what the tool gets right. Its
# sites stay in the corpus and in the draw below (so the other families keep
# their roles and folds), but it has no queries.
DERIVATIVES = {
    "shards-app-promo": (
        "Shards' app promotion page is the agency landing page of the same kit "
        "with its hero and service sections replaced: it keeps that page's exact "
        "title, navigation, testimonials (names and companies), blog posts and "
        "contact form, 116 of its 151 distinct words. It is a derivative of "
        "shards-agency-landing, not a theme-mate"
    ),
}


def make_split(sites: list[dict]) -> dict:
    """Which sites are known (in the store) and which are queries, with truth.

    Families are shuffled with the corpus seed (families added to a corpus
    whose split is committed are shuffled among themselves, the others keep
    their role and fold). A third are *absent*: none of
    their sites is known, so all of them, versions and mirrors, must come out
    unrelated, although they share themes and generators with known sites (the
    hard negatives). Every other family has one known site, its middle release
    (bookworm for Debian packages; else the earliest one); its other versions (the same site evolved) and all its
    mirrors are queries whose truth is that family. A family of ``DERIVATIVES``
    (and only those) has no queries, with the reason in its entry. Families alternate between a
    ``fit`` fold, whose queries fit the fused model, and an ``eval`` fold, whose
    queries it is measured on.
    """
    rng = random.Random(f"{SEED}:split")
    families = sorted({s["family"] for s in sites})
    # Families the committed split already holds keep their role and fold,
    # so that adding families leaves every earlier query where it was; the
    # families added are drawn among themselves by the same rule.
    previous = json.loads(SPLIT.read_text()) if SPLIT.exists() else {"families": {}, "known": []}
    before, before_known = previous["families"], set(previous["known"])
    drawn = [f for f in families if f in before]
    added = [f for f in families if f not in before]
    # An excluded family keeps the role it was drawn with: absent when none
    # of its sites is known.
    absent = {
        f
        for f in drawn
        if before[f].get("role") == "absent"
        or (before[f].get("role") == "excluded" and not any(s["family"] == f and s["id"] in before_known for s in sites))
    }
    fold = {f: before[f].get("fold", "fit") for f in drawn}
    if not drawn:
        rng.shuffle(added)
    else:
        rng = random.Random(f"{SEED}:split:added:{','.join(added)}")
        rng.shuffle(added)
    absent |= set(added[: len(added) // 3])
    fold |= {f: ("fit" if i % 2 == 0 else "eval") for i, f in enumerate(added)}
    originals = [s for s in sites if s["kind"] == "original"]
    known = []
    for family in sorted(set(families) - absent):
        versions = [s for s in originals if s["family"] == family]
        pick = next((s for s in versions if middle_release(s)), versions[0])
        known.append(pick["id"])
    queries = []
    for site in sites:
        if site["id"] in known or site["family"] in DERIVATIVES:
            continue
        truth = None if site["family"] in absent else site["family"]
        if site["kind"] == "mirror":
            kind = "mirror-of-known" if site["origin"] in known else "mirror-of-version"
        else:
            kind = "version"
        queries.append(
            {
                "site": site["id"],
                "truth": truth,
                "kind": kind if truth else "hard-negative",
                "fold": fold[site["family"]],
            }
        )
    return {
        "schema": 1,
        "seed": SEED,
        "families": {
            f: (
                {"role": "excluded", "why": DERIVATIVES[f]}
                if f in DERIVATIVES
                else {"role": "absent" if f in absent else "known", "fold": fold[f]}
            )
            for f in sorted(families)
        },
        "known": known,
        "queries": queries,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pin", action="store_true", help="re-pin sources.json from the archive indexes")
    ap.add_argument(
        "--pin-new",
        action="store_true",
        help="pin only the packages sources.json lacks, keeping every existing pin",
    )
    ap.add_argument(
        "--new-docs",
        action="store_true",
        help="build the documentation and web application families manifest.json lacks, keep every other site as it is",
    )
    ap.add_argument("--no-screenshots", action="store_true", help="do not render screenshots")
    ap.add_argument("--no-webapps", action="store_true", help="skip the web applications (they need root)")
    ap.add_argument(
        "--npm-only",
        action="store_true",
        help="build the npm families again and keep every other site of manifest.json as it is",
    )
    ap.add_argument(
        "--screenshots-only",
        action="store_true",
        help="re-render the screenshots of the sites in manifest.json, nothing else",
    )
    args = ap.parse_args()
    if args.pin:
        pin()
    elif args.pin_new:
        pin(only_new=True)
    elif args.new_docs:
        build_new_docs(screenshots=not args.no_screenshots, with_webapps=not args.no_webapps)
    elif args.npm_only:
        build_npm_only(screenshots=not args.no_screenshots)
    elif args.screenshots_only:
        manifest = json.loads((HERE / "manifest.json").read_text())
        screenshot_all([s["id"] for s in manifest["sites"] if (SITES / s["id"]).is_dir()])
    else:
        build(screenshots=not args.no_screenshots, with_webapps=not args.no_webapps)


if __name__ == "__main__":
    main()
