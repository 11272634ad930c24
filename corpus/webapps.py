"""Login and welcome pages of web applications that Debian packages.

For each suite, a minimal Debian root of that suite is made with
``debootstrap`` (from deb.debian.org) and the pinned application packages are
installed in it with their own suite's PHP. Each application is served by
PHP's built-in server inside the root, on loopback, in its packaged default
configuration and without a database server (Roundcube gets an empty SQLite
schema, which is all its login page needs). The page a visitor first sees is
saved the way a browser's "save page" does: the HTML, and the stylesheets,
scripts, icons and images it links to, with the links rewritten to the saved
copies.

Needs root (``chroot``) and ``debootstrap``.
"""

from __future__ import annotations

import html.parser
import os
import posixpath
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

# family -> packages to install, document root, first page (`path`, "/"
# unless given).
APPS = {
    "phpmyadmin": {
        "packages": ["phpmyadmin"],
        "extra": ["dbconfig-no-thanks"],
        "docroot": "/usr/share/phpmyadmin",
    },
    "mediawiki": {
        "packages": ["mediawiki"],
        "extra": [],
        "docroot": "/var/lib/mediawiki",
    },
    "roundcube": {
        "packages": ["roundcube-core", "roundcube-sqlite3"],
        "extra": [],
        "docroot": "/var/lib/roundcube/public_html",
    },
    # Added for issue 17 (more kinds of sites): a wiki and a database login
    # page (a theme-mate of phpMyAdmin's by purpose). Adminer's page links to
    # its files as ../adminer/static/..., so it is served from the folder
    # above and asked for at /adminer/.
    "dokuwiki": {
        "packages": ["dokuwiki"],
        "extra": [],
        "docroot": "/usr/share/dokuwiki",
    },
    "adminer": {
        "packages": ["adminer"],
        "extra": [],
        "docroot": "/usr/share/adminer",
        "path": "/adminer/",
    },
}

# The package whose pinned version names the site.
MAIN_PACKAGE = {
    "phpmyadmin": "phpmyadmin",
    "mediawiki": "mediawiki",
    "roundcube": "roundcube-core",
    "dokuwiki": "dokuwiki",
    "adminer": "adminer",
}

ROUNDCUBE_DB = """<?php
$dbuser = ''; $dbpass = ''; $basepath = '/var/lib/roundcube/db'; $dbname = 'roundcube.sqlite';
$dbserver = ''; $dbport = ''; $dbtype = 'sqlite3';
"""


def available() -> str | None:
    """Why web applications cannot be built here, or None when they can."""
    if os.geteuid() != 0:
        return "building web application pages needs root (chroot)"
    if shutil.which("debootstrap") is None:
        return "building web application pages needs debootstrap (apt-get install debootstrap)"
    return None


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


def make_root(cache: Path, suite: str, archive: str, log) -> Path:
    root = cache / "roots" / suite
    if not (root / ".complete").exists():
        if root.exists():
            shutil.rmtree(root)
        root.parent.mkdir(parents=True, exist_ok=True)
        log(f"debootstrap {suite} (minbase) into {root}")
        run(["debootstrap", "--variant=minbase", suite, str(root), archive])
        (root / ".complete").write_text("ok\n")
    return root


def install(root: Path, pins: list[str], extra: list[str], log) -> dict[str, str]:
    """Installs `pins` (``package=version``) and returns installed versions."""
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    log(f"{root.name}: apt-get install {' '.join(pins)}")
    run(["chroot", str(root), "apt-get", "update", "-q"], env=env)
    run(
        ["chroot", str(root), "apt-get", "install", "-y", "-q", "--no-install-recommends", "php-cli", *extra, *pins],
        env=env,
    )
    out = run(["chroot", str(root), "dpkg-query", "-W", "-f", "${Package}=${Version}\\n"]).stdout
    return dict(line.split("=", 1) for line in out.splitlines() if "=" in line)


def prepare_roundcube(root: Path) -> None:
    (root / "etc/roundcube/debian-db.php").write_text(ROUNDCUBE_DB)
    db = root / "var/lib/roundcube/db"
    db.mkdir(parents=True, exist_ok=True)
    sqlite = db / "roundcube.sqlite"
    if sqlite.exists():
        sqlite.unlink()
    schema = "/usr/share/roundcube/SQL/sqlite.initial.sql"
    run(
        [
            "chroot",
            str(root),
            "php",
            "-r",
            f'$d = new PDO("sqlite:/var/lib/roundcube/db/roundcube.sqlite"); $d->exec(file_get_contents("{schema}"));',
        ]
    )
    for p in [db, sqlite]:
        p.chmod(0o777 if p.is_dir() else 0o666)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(root: Path, docroot: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen(
        [
            "chroot",
            str(root),
            "/bin/sh",
            "-c",
            f"cd {docroot} && exec php -d display_errors=0 -S 127.0.0.1:{port} -t {docroot}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc, base
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit(f"php did not start in {root} for {docroot}")


class Refs(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "link" and a.get("href"):
            rel = a.get("rel", "").lower()
            if "stylesheet" in rel or "icon" in rel:
                self.refs.append(a["href"])
        elif tag in ("script", "img") and a.get("src"):
            self.refs.append(a["src"])


def fetch(url: str, max_bytes: int) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=60) as resp:
            return resp.status, resp.read(max_bytes + 1)
    except urllib.error.HTTPError as e:
        return e.code, e.read(max_bytes + 1)


def save_page(base: str, path: str, dest: Path, max_bytes: int) -> dict:
    """Saves the first page of the app at `base` + `path` and what it links
    to; the links are rewritten to the saved copies, from the page saved as
    the folder's ``index.html``."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    page = base + path
    status, body = fetch(page, max_bytes)
    text = body.decode("utf-8", errors="replace")
    parser = Refs()
    parser.feed(text)
    saved: dict[str, str] = {}
    missing = []
    host = urllib.parse.urlsplit(base).netloc
    for ref in parser.refs:
        url = urllib.parse.urljoin(page, ref)
        parts = urllib.parse.urlsplit(url)
        if parts.netloc != host or ref in saved:
            continue
        rel = posixpath.normpath(urllib.parse.unquote(parts.path)).lstrip("/")
        if not rel or rel.startswith(".."):
            continue
        code, data = fetch(url, max_bytes)
        if code != 200 or len(data) > max_bytes:
            missing.append({"path": ref, "links_to": f"HTTP {code}" if code != 200 else "too large"})
            continue
        out = dest / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        saved[ref] = rel
    if not any("icon" in r for r in saved.values()):
        code, data = fetch(base + "/favicon.ico", max_bytes)
        if code == 200 and data and len(data) <= max_bytes:
            (dest / "favicon.ico").write_bytes(data)
    for ref, rel in saved.items():
        text = re.sub(
            r"((?:href|src)\s*=\s*[\"'])" + re.escape(ref) + r"([\"'])",
            lambda m, rel=rel: m.group(1) + rel + m.group(2),
            text,
        )
    (dest / "index.html").write_text(text, encoding="utf-8")
    return {"status": status, "not_shipped": missing}


def build(
    sources: list[dict],
    sites_dir: Path,
    cache: Path,
    archive: str,
    licence_of,
    max_bytes: int,
    log,
    only: set[str] | None = None,
) -> list[dict]:
    """Builds every (application, suite) pinned in `sources`, or only the
    applications in `only`."""
    pinned = {(s["package"], s["suite"]): s for s in sources if s.get("role") == "webapp"}
    sites = []
    for suite in ["bullseye", "bookworm", "trixie"]:
        apps = [a for a in APPS if (MAIN_PACKAGE[a], suite) in pinned and (only is None or a in only)]
        if not apps:
            continue
        root = make_root(cache, suite, archive, log)
        pins = [f"{p}={pinned[(p, suite)]['version']}" for a in apps for p in APPS[a]["packages"] if (p, suite) in pinned]
        pins += [p for a in apps for p in APPS[a]["packages"] if (p, suite) not in pinned]
        extra = sorted({e for a in apps for e in APPS[a]["extra"]})
        versions = install(root, pins, extra, log)
        if "roundcube" in apps:
            prepare_roundcube(root)
        for app in apps:
            src = pinned[(MAIN_PACKAGE[app], suite)]
            proc, base = serve(root, APPS[app]["docroot"])
            try:
                site_id = f"{app}-{suite}"
                saved = save_page(base, APPS[app].get("path", "/"), sites_dir / site_id, max_bytes)
            finally:
                proc.kill()
                proc.wait()
            php = next((f"{k}={v}" for k, v in versions.items() if re.fullmatch(r"php\d\.\d+-cli", k)), "php")
            sites.append(
                {
                    "id": site_id,
                    "family": app,
                    "kind": "original",
                    "source": {
                        "registry": "debian",
                        "package": src["package"],
                        "suite": suite,
                        "version": src["version"],
                        "archive_path": src["filename"],
                        "sha256": src["sha256"],
                        "rendered_by": f"{php} built-in server in a debootstrap {suite} root, packaged defaults",
                        "installed": {p: versions.get(p) for p in APPS[app]["packages"]},
                    },
                    "license": licence_of(root, src["package"]),
                    "pages": ["index.html"],
                    "http_status": saved["status"],
                    "not_shipped": saved["not_shipped"],
                }
            )
            log(f"{site_id}: HTTP {saved['status']}, {len(saved['not_shipped'])} files not saved")
    return sites
