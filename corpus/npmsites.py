"""Landing, login and dashboard pages shipped as demo pages in npm packages.

Each family is one page of one npm package (a landing page of the Shards UI
kit, the login page of PatternFly 3, ...) in three releases. The package's
exact tarball is pinned with the registry's SHA-512 integrity in
``corpus/npm-sources.json`` and checked on download. The page is saved as the
root page of its own site (``index.html``), the way a site that deploys the
demo serves it: every local reference is resolved from the page's folder in
the package, and the file is copied to the path a browser asks for when the
page is at ``/`` (``../../dist/css/x.css`` becomes ``/dist/css/x.css``).

The demo pages load jQuery, Bootstrap, Popper, Font Awesome, c3 and d3 from
public CDNs. The corpus is served without a network, so those references are
rewritten to copies of the exact versions from the npm registry (pinned the
same way) under ``vendor/PACKAGE@VERSION/``, and each rewrite is recorded in
the manifest (``vendored``). A reference to an unknown CDN is left as it is
and listed in ``not_shipped``.

Like the Debian sites, a site keeps the page, its stylesheets, scripts, icons
and logo or brand images (not other images, nor the files that stylesheets load),
each at most ``MAX_FILE_BYTES``.
"""

from __future__ import annotations

import base64
import hashlib
import html.parser
import io
import json
import posixpath
import re
import shutil
import tarfile
import urllib.parse
import urllib.request
from pathlib import Path

REGISTRY = "https://registry.npmjs.org"

# family -> (package, page in the package, releases, brand in its text). The
# releases are the three pinned versions, oldest first; the middle one is the
# family's known site when the family is known.
FAMILIES = {
    "shards-agency-landing": ("shards-ui", "dist/agency-landing.html", ["1.1.2", "2.1.2", "3.0.0"], "shards"),
    "shards-app-promo": ("shards-ui", "dist/app-promo.html", ["1.1.2", "2.1.2", "3.0.0"], "shards"),
    "shards-demo": ("shards-ui", "dist/shards-demo.html", ["1.1.2", "2.1.2", "3.0.0"], "shards"),
    "patternfly-login": ("patternfly", "dist/tests/login.html", ["3.12.0", "3.30.0", "3.41.0"], "patternfly"),
    "patternfly-dashboard": ("patternfly", "dist/tests/dashboard.html", ["3.12.0", "3.30.0", "3.41.0"], "patternfly"),
}

# CDN address (scheme and host dropped) -> npm package, version, path in it.
CDN_RULES = [
    (re.compile(r"^(?:maxcdn|stackpath)\.bootstrapcdn\.com/bootstrap/([^/]+)/(css|js)/([^/?#]+)$"), "bootstrap", "dist/{1}/{2}"),
    (re.compile(r"^maxcdn\.bootstrapcdn\.com/font-awesome/([^/]+)/css/([^/?#]+)$"), "font-awesome", "css/{1}"),
    (re.compile(r"^cdnjs\.cloudflare\.com/ajax/libs/popper\.js/([^/]+)/umd/([^/?#]+)$"), "popper.js", "dist/umd/{1}"),
    (re.compile(r"^code\.jquery\.com/jquery-([0-9][^/]*?)(\.min)?\.js$"), "jquery", "dist/jquery{1}.js"),
    (re.compile(r"^cdnjs\.cloudflare\.com/ajax/libs/c3/([^/]+)/([^/?#]+)$"), "c3", "{1}"),
    (re.compile(r"^cdnjs\.cloudflare\.com/ajax/libs/d3/([^/]+)/([^/?#]+)$"), "d3", "{1}"),
]


def cdn_target(ref: str) -> tuple[str, str, str] | None:
    """The npm package, version and path a CDN reference stands for."""
    parts = urllib.parse.urlsplit(ref)
    if not parts.netloc:
        return None
    where = parts.netloc + parts.path
    for pattern, package, path in CDN_RULES:
        m = pattern.match(where)
        if m:
            return package, m.group(1), path.format(*m.groups(""))
    return None


def registry_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=120) as resp:
        return json.load(resp)


def pin(sources_path: Path, cache: Path, log) -> None:
    """Record the tarball, integrity and licence of every package version the
    families need, and of every package their pages load from a CDN (found by
    reading the pages themselves)."""
    pinned: dict[tuple[str, str], dict] = {}
    for package, page, versions, _brand in FAMILIES.values():
        for version in versions:
            if (package, version) not in pinned:
                pinned[(package, version)] = dict(pin_one(package, version), role="site")
            tree = unpack(pinned[(package, version)], cache)
            for ref in page_refs((tree / page).read_text(errors="replace")):
                target = cdn_target(ref)
                if target and (target[0], target[1]) not in pinned:
                    pinned[(target[0], target[1])] = dict(pin_one(target[0], target[1]), role="vendor")
    sources = [pinned[k] for k in sorted(pinned)]
    sources_path.write_text(json.dumps(sources, indent=1) + "\n")
    log(f"pinned {len(sources)} npm package versions in {sources_path}")


def pin_one(package: str, version: str) -> dict:
    meta = registry_json(f"{REGISTRY}/{urllib.parse.quote(package, safe='@')}/{version}")
    return {
        "registry": "npm",
        "package": package,
        "version": version,
        "tarball": meta["dist"]["tarball"],
        "integrity": meta["dist"]["integrity"],
        "license": licence_of(meta),
    }


def licence_of(meta: dict) -> str:
    """The package's licence as its metadata gives it (old packages list
    them under ``licenses``)."""
    if isinstance(meta.get("license"), str):
        return meta["license"]
    names = [l.get("type", "") if isinstance(l, dict) else str(l) for l in meta.get("licenses", [])]
    return " OR ".join(n for n in names if n) or "unknown"


def unpack(src: dict, cache: Path) -> Path:
    """The package's files (its ``package/`` folder), downloaded once into the
    cache and checked against the pinned integrity."""
    cache.mkdir(parents=True, exist_ok=True)
    name = f"npm-{src['package'].replace('/', '_')}-{src['version']}"
    tgz = cache / f"{name}.tgz"
    algo, _, digest = src["integrity"].partition("-")
    if algo != "sha512":
        raise SystemExit(f"{src['package']}@{src['version']}: integrity {algo} is not sha512")
    want = base64.b64decode(digest)

    def ok(data: bytes) -> bool:
        return hashlib.new(algo, data).digest() == want

    if not tgz.exists() or not ok(tgz.read_bytes()):
        with urllib.request.urlopen(src["tarball"], timeout=120) as resp:
            data = resp.read()
        if not ok(data):
            raise SystemExit(f"{src['tarball']}: {algo} does not match the pinned integrity")
        tgz.write_bytes(data)
    out = cache / name
    if not out.exists():
        tmp = cache / f"{name}.partial"
        shutil.rmtree(tmp, ignore_errors=True)
        with tarfile.open(fileobj=io.BytesIO(tgz.read_bytes()), mode="r:gz") as tar:
            tar.extractall(tmp, filter="data")
        tmp.rename(out)
    # npm tarballs hold one top folder, usually `package/`.
    tops = [p for p in out.iterdir() if p.is_dir()]
    if len(tops) != 1:
        raise SystemExit(f"{tgz}: expected one top folder, found {len(tops)}")
    return tops[0]


class RefParser(html.parser.HTMLParser):
    """The references of one page that a site keeps: stylesheets, icons,
    scripts and logo images, in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        ref = None
        if tag == "link" and a.get("href"):
            rel = a.get("rel", "").lower().split()
            if "stylesheet" in rel or any("icon" in r for r in rel):
                ref = a["href"]
        elif tag == "script" and a.get("src"):
            ref = a["src"]
        elif tag == "img" and any(w in a.get("src", "").lower() for w in ("logo", "brand")):
            ref = a["src"]
        if ref and ref not in self.refs:
            self.refs.append(ref)


def page_refs(text: str) -> list[str]:
    parser = RefParser()
    parser.feed(text)
    return parser.refs


def served_path(ref: str) -> str | None:
    """Where a browser asks for a local reference of the root page: the path
    joined to ``/`` as URLs join (``..`` stops at the root), or None for a
    reference to another host or scheme."""
    parts = urllib.parse.urlsplit(ref)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    path = posixpath.normpath(posixpath.join("/", urllib.parse.unquote(parts.path)))
    return path.lstrip("/") or None


def copy_page(family: str, src: dict, release: int, tree: Path, page: str, brand: str, vendors: dict, cache: Path, sites_dir: Path, max_bytes: int) -> dict:
    site_id = f"{family}-{src['version']}"
    dest = sites_dir / site_id
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    text = (tree / page).read_bytes().decode("utf-8")
    page_dir = posixpath.dirname(page)
    vendored: list[dict] = []
    missing: list[dict] = []

    def copy(from_path: Path, to_rel: str, ref: str) -> bool:
        if not from_path.is_file():
            missing.append({"path": ref, "links_to": "not in the package"})
            return False
        if from_path.stat().st_size > max_bytes:
            missing.append({"path": ref, "links_to": f"omitted: larger than {max_bytes} bytes"})
            return False
        out = dest / to_rel
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(from_path, out)
        return True

    for ref in page_refs(text):
        cdn = cdn_target(ref)
        if cdn is not None:
            package, version, path = cdn
            vendor = vendors.get((package, version))
            if vendor is None:
                missing.append({"path": ref, "links_to": "a CDN with no pinned package"})
                continue
            local = f"vendor/{package}@{version}/{path}"
            if copy(unpack(vendor, cache) / path, local, ref):
                for quote in ('"', "'"):
                    text = text.replace(f"{quote}{ref}{quote}", f"{quote}{local}{quote}")
                vendored.append({"ref": ref, "package": package, "version": version, "path": path})
            continue
        served = served_path(ref)
        if served is None:
            missing.append({"path": ref, "links_to": "another host"})
            continue
        # In the package: from the page's folder, or from the package's root
        # for a path that starts with `/`; never outside the package.
        ref_path = urllib.parse.unquote(urllib.parse.urlsplit(ref).path)
        base = "" if ref_path.startswith("/") else page_dir
        in_package = posixpath.normpath(posixpath.join(base, ref_path.lstrip("/")))
        source = (tree / in_package).resolve()
        if in_package.startswith("..") or not source.is_relative_to(tree.resolve()):
            missing.append({"path": ref, "links_to": "outside the package"})
            continue
        copy(source, served, ref)
    (dest / "index.html").write_text(text, encoding="utf-8")
    return {
        "id": site_id,
        "family": family,
        "kind": "original",
        "source": {
            "registry": "npm",
            "package": src["package"],
            "version": src["version"],
            "tarball": src["tarball"],
            "integrity": src["integrity"],
            "page": page,
            "release": release,
        },
        "license": src["license"],
        "brand": brand,
        "support_packages": sorted({f"{v['package']}@{v['version']}" for v in vendored}),
        "vendored": vendored,
        "pages": ["index.html"],
        "not_shipped": missing,
    }


def build(sources_path: Path, sites_dir: Path, cache: Path, max_bytes: int, log) -> list[dict]:
    """Every family's page in each of its releases, as saved sites."""
    sources = json.loads(sources_path.read_text())
    by_key = {(s["package"], s["version"]): s for s in sources}
    vendors = {k: s for k, s in by_key.items() if s["role"] == "vendor"}
    sites = []
    for family, (package, page, versions, brand) in FAMILIES.items():
        for release, version in enumerate(versions, 1):
            src = by_key.get((package, version))
            if src is None:
                raise SystemExit(f"{package}@{version} is not pinned in {sources_path}: run build.py --pin")
            tree = unpack(src, cache)
            site = copy_page(family, src, release, tree, page, brand, vendors, cache, sites_dir, max_bytes)
            log(f"{site['id']}: {len(site['vendored'])} files vendored, {len(site['not_shipped'])} not shipped")
            sites.append(site)
    return sites
