"""Mirror variants: what a seized site looks like when it comes back elsewhere.

``make_variant`` copies a corpus site and applies a seeded choice of the
mutations below, each of which imitates something operators do when they move
a site to a new domain. Every mutation that changed something is recorded with
its details; one that found nothing to change (a site without images) is
recorded under ``not_applicable``, so the evaluation never counts a mutation
that did not happen.

Only the standard library and Pillow (for the image mutations) are used.
"""

from __future__ import annotations

import html.parser
import io
import posixpath
import random
import re
import shutil
from pathlib import Path

# In the order they are applied. Structural edits come before the text and
# markup rewrites so that their spans are found on the original markup.
MUTATIONS = [
    "drop_section",
    "reorder_sections",
    "rebrand",
    "domain",
    "asset_paths",
    "analytics",
    "banner",
    "interstitial",
    "minify",
    "images",
    "favicon",
]

WORDS = ["stream", "lib", "books", "docs", "free", "hub", "zone", "mirror", "portal", "box", "base", "world"]
TLDS = ["to", "cc", "io", "net", "xyz", "site", "online", "club", "top", "org"]
BRANDS = ["Nimbus", "Quasar", "Corvid", "Helix", "Tundra", "Vesper", "Orchid", "Pylon", "Zephyr", "Marlin"]

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCKS = {"section", "div", "p", "table", "pre", "ul", "ol", "dl"}


def new_domain(rng: random.Random) -> str:
    return f"{rng.choice(WORDS)}{rng.choice(WORDS)}{rng.randint(2, 99)}.{rng.choice(TLDS)}"


def brand_pattern(package: str) -> re.Pattern[str]:
    """A pattern for the project's own name in its text, from the package name:
    ``python-attr-doc`` -> attr..., ``libglib2.0-doc`` -> (lib)glib..."""
    stem = package.removesuffix("-doc").removeprefix("python-")
    stem = re.sub(r"^lib", "", stem)
    stem = re.sub(r"[-0-9.]+$", "", stem)
    return re.compile(rf"(?i)\b(?:lib)?{re.escape(stem)}[\w.]*")


class Spans(html.parser.HTMLParser):
    """Start and end offsets of block elements whose end tag is explicit."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text = text
        self.line_starts = [0]
        for m in re.finditer("\n", text):
            self.line_starts.append(m.end())
        self.stack: list[tuple[str, int, int]] = []  # tag, start, id
        self.spans: list[tuple[str, int, int, int]] = []  # tag, start, end, parent id
        self.counter = 0
        self.feed(text)
        self.close()

    def position(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        self.counter += 1
        self.stack.append((tag, self.position(), self.counter))

    def handle_endtag(self, tag: str) -> None:
        if not any(t == tag for t, _, _ in self.stack):
            return
        while self.stack:
            top, start, _ident = self.stack.pop()
            if top == tag:
                end = self.text.find(">", self.position()) + 1
                parent = self.stack[-1][2] if self.stack else 0
                if tag in BLOCKS and end > start:
                    self.spans.append((tag, start, end, parent))
                return


def block_spans(text: str) -> list[tuple[str, int, int, int]]:
    """Block elements of a useful size: not trivial, not most of the page."""
    try:
        spans = Spans(text).spans
    except Exception:  # noqa: BLE001 - a page the parser gives up on has no spans
        return []
    return [s for s in spans if 200 <= s[2] - s[1] <= 0.4 * len(text)]


def text_segments(page: str, edit) -> str:
    """Apply `edit` to the text between tags, outside scripts and styles."""
    parts = re.split(r"(<[^>]*>)", page)
    raw = None
    for i, part in enumerate(parts):
        if part.startswith("<"):
            m = re.match(r"<(/?)(script|style)\b", part, re.I)
            if m:
                raw = None if m.group(1) else m.group(2).lower()
            continue
        if raw is None and part.strip():
            parts[i] = edit(part)
    return "".join(parts)


def insert_after_body(page: str, snippet: str) -> str:
    m = re.search(r"<body\b[^>]*>", page, re.I)
    return page[: m.end()] + snippet + page[m.end() :] if m else snippet + page


def insert_before_head_end(page: str, snippet: str) -> str:
    m = re.search(r"</head\s*>", page, re.I)
    return page[: m.start()] + snippet + page[m.start() :] if m else snippet + page


def minify(page: str) -> str:
    kept: list[str] = []

    def keep(m: re.Match[str]) -> str:
        kept.append(m.group(0))
        return f"\x00{len(kept) - 1}\x00"

    page = re.sub(r"(?is)<(pre|textarea|script|style)\b.*?</\1\s*>", keep, page)
    page = re.sub(r"(?s)<!--(?!\[if).*?-->", "", page)
    page = re.sub(r">\s+<", "><", page)
    page = re.sub(r"\s{2,}", " ", page)
    return re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], page)


def reformat(page: str) -> str:
    """One tag per line, outside preformatted blocks: a different serialiser."""
    kept: list[str] = []

    def keep(m: re.Match[str]) -> str:
        kept.append(m.group(0))
        return f"\x00{len(kept) - 1}\x00"

    page = re.sub(r"(?is)<(pre|textarea|script|style)\b.*?</\1\s*>", keep, page)
    page = re.sub(r">\s*<", ">\n<", page)
    return re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], page)


def site_files(dest: Path) -> list[str]:
    return sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file())


def rewrite_refs(text: str, doc_rel: str, renamed: dict[str, str], css: bool) -> str:
    """Point references in one HTML or CSS file at renamed files."""
    doc_dir = posixpath.dirname(doc_rel)

    def fix(ref: str) -> str:
        cut = re.search(r"[?#]", ref)
        path, rest = (ref[: cut.start()], ref[cut.start() :]) if cut else (ref, "")
        if not path or re.match(r"^[a-z][a-z0-9+.-]*:|^/", path, re.I):
            return ref
        target = posixpath.normpath(posixpath.join(doc_dir, path))
        if target not in renamed:
            return ref
        return posixpath.relpath(renamed[target], doc_dir or ".") + rest

    if css:
        return re.sub(r"url\((['\"]?)([^'\")]+)\1\)", lambda m: f"url({m.group(1)}{fix(m.group(2))}{m.group(1)})", text)
    return re.sub(
        r"(\b(?:href|src)\s*=\s*)([\"'])(.*?)\2",
        lambda m: f"{m.group(1)}{m.group(2)}{fix(m.group(3))}{m.group(2)}",
        text,
    )


def favicon_path(dest: Path, pages: dict[str, str]) -> str | None:
    index = pages.get("index.html", "")
    for m in re.finditer(r"<link\b[^>]*>", index, re.I):
        tag = m.group(0)
        if re.search(r"rel\s*=\s*[\"'][^\"']*icon", tag, re.I):
            href = re.search(r"href\s*=\s*[\"']([^\"']+)", tag, re.I)
            if href and not re.match(r"^[a-z]+:|^/", href.group(1)):
                rel = posixpath.normpath(href.group(1))
                if (dest / rel).is_file():
                    return rel
    return "favicon.ico" if (dest / "favicon.ico").is_file() else None


def make_variant(src_dir: Path, dest: Path, package: str, rng: random.Random) -> dict:
    """Copy `src_dir` to `dest` and mutate it. Returns what was done."""
    from PIL import Image  # imported here: only variants need Pillow

    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(src_dir, dest, ignore=shutil.ignore_patterns("screenshot.png"))
    chosen = set(rng.sample(MUTATIONS, rng.randint(3, 5)))
    if {"banner", "interstitial"} <= chosen:
        chosen.discard(rng.choice(["banner", "interstitial"]))
    domain = new_domain(rng)
    brand = rng.choice(BRANDS)
    pages = {rel: (dest / rel).read_text(encoding="utf-8", errors="replace") for rel in site_files(dest) if rel.endswith((".html", ".htm"))}
    applied: list[dict] = []
    not_applicable: list[str] = []

    def done(kind: str, **details: object) -> None:
        applied.append({"type": kind, **details})

    for kind in [m for m in MUTATIONS if m in chosen]:
        if kind in ("drop_section", "reorder_sections"):
            page_rel = "index.html"
            spans = block_spans(pages[page_rel])
            if kind == "drop_section" and spans:
                tag, start, end, _ = rng.choice(spans)
                pages[page_rel] = pages[page_rel][:start] + pages[page_rel][end:]
                done(kind, page=page_rel, element=tag, bytes=end - start)
                continue
            if kind == "reorder_sections":
                pairs = [
                    (a, b)
                    for i, a in enumerate(spans)
                    for b in spans[i + 1 :]
                    if a[3] == b[3] and a[0] == b[0] and a[2] <= b[1]
                ]
                if pairs:
                    (tag, a1, b1, _), (_, a2, b2, _) = rng.choice(pairs)
                    t = pages[page_rel]
                    pages[page_rel] = t[:a1] + t[a2:b2] + t[b1:a2] + t[a1:b1] + t[b2:]
                    done(kind, page=page_rel, element=tag)
                    continue
            not_applicable.append(kind)
        elif kind == "rebrand":
            pattern = brand_pattern(package)
            count = 0

            def swap(text: str) -> str:
                nonlocal count
                new, n = pattern.subn(brand, text)
                count += n
                return new

            pages = {rel: text_segments(text, swap) for rel, text in pages.items()}
            done(kind, name=brand, replacements=count) if count else not_applicable.append(kind)
        elif kind == "domain":
            count = 0
            for rel, text in pages.items():
                pages[rel], n = re.subn(r"(?i)\b(https?://)[^/\"'\s<>?#]+", lambda m: m.group(1) + domain, text)
                count += n
            done(kind, domain=domain, urls=count) if count else not_applicable.append(kind)
        elif kind == "asset_paths":
            folder = f"{rng.choice(['assets', 'static', 'res', 'media'])}-{rng.getrandbits(24):06x}"
            renamed = {}
            for rel in site_files(dest):
                if rel.endswith((".html", ".htm")):
                    continue
                stem, ext = posixpath.splitext(posixpath.basename(rel))
                renamed[rel] = f"{folder}/{stem}.{rng.getrandbits(16):04x}{ext}"
            for old, new in renamed.items():
                target = dest / new
                target.parent.mkdir(parents=True, exist_ok=True)
                (dest / old).rename(target)
                if new.endswith(".css"):
                    css = target.read_text(encoding="utf-8", errors="replace")
                    target.write_text(rewrite_refs(css, old, renamed, css=True), encoding="utf-8")
            pages = {rel: rewrite_refs(text, rel, renamed, css=False) for rel, text in pages.items()}
            for empty in sorted((p for p in dest.rglob("*") if p.is_dir()), reverse=True):
                if not any(empty.iterdir()):
                    empty.rmdir()
            done(kind, folder=folder, files=len(renamed)) if renamed else not_applicable.append(kind)
        elif kind == "analytics":
            which = rng.choice(["gtag", "adsense", "metrika"])
            if which == "gtag":
                ident = "G-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
                snippet = (
                    f'<script async src="https://www.googletagmanager.com/gtag/js?id={ident}"></script>'
                    "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
                    f"gtag('js',new Date());gtag('config','{ident}');</script>"
                )
            elif which == "adsense":
                ident = f"ca-pub-{rng.randint(10**15, 10**16 - 1)}"
                snippet = (
                    '<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js'
                    f'?client={ident}" crossorigin="anonymous"></script>'
                )
            else:
                ident = str(rng.randint(10**7, 10**8 - 1))
                snippet = (
                    '<script>(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};'
                    'k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})'
                    f'(window,document,"script","https://mc.yandex.ru/metrika/tag.js","ym");ym({ident},"init",{{}});</script>'
                )
            pages = {rel: insert_before_head_end(text, snippet) for rel, text in pages.items()}
            done(kind, script=which, id=ident)
        elif kind == "banner":
            snippet = (
                '<div style="background:#b00020;color:#fff;padding:14px;font:bold 17px sans-serif;'
                f'text-align:center">We have moved! Our new address is {domain}. Please update your bookmarks.</div>'
            )
            pages = {rel: insert_after_body(text, snippet) for rel, text in pages.items()}
            done(kind, domain=domain)
        elif kind == "interstitial":
            snippet = (
                '<div style="position:fixed;top:0;left:0;right:0;bottom:0;z-index:99999;background:rgba(10,10,30,.88);'
                'color:#fff;font:20px sans-serif;display:flex;flex-direction:column;align-items:center;justify-content:center">'
                f"<p>You are leaving for {domain}</p>"
                '<a href="#" style="background:#2a7;color:#fff;padding:12px 28px;border-radius:6px">Continue</a></div>'
            )
            pages["index.html"] = insert_after_body(pages["index.html"], snippet)
            done(kind, page="index.html", domain=domain)
        elif kind == "minify":
            style = rng.choice(["minify", "reformat"])
            pages = {rel: (minify if style == "minify" else reformat)(text) for rel, text in pages.items()}
            done(kind, style=style)
        elif kind == "images":
            changed = []
            for rel in site_files(dest):
                if not rel.lower().endswith((".png", ".jpg", ".jpeg", ".gif")):
                    continue
                path = dest / rel
                try:
                    with Image.open(path) as im:
                        im.load()
                        scale = rng.choice([0.8, 0.9, 1.1])
                        size = (max(1, round(im.width * scale)), max(1, round(im.height * scale)))
                        out = io.BytesIO()
                        resized = im.convert("RGBA").resize(size, Image.Resampling.LANCZOS)
                        if rel.lower().endswith((".jpg", ".jpeg")):
                            resized.convert("RGB").save(out, "JPEG", quality=70)
                        else:
                            resized.save(out, "PNG", optimize=True)
                except Exception:  # noqa: BLE001 - an image Pillow cannot read stays as it is
                    continue
                path.write_bytes(out.getvalue())
                changed.append(rel)
            done(kind, files=changed) if changed else not_applicable.append(kind)
        elif kind == "favicon":
            rel = favicon_path(dest, pages)
            if rel is None:
                not_applicable.append(kind)
                continue
            path = dest / rel
            try:
                with Image.open(path) as im:
                    im.load()
                    rgba = im.convert("RGBA")
            except Exception:  # noqa: BLE001
                not_applicable.append(kind)
                continue
            out = io.BytesIO()
            if rel.lower().endswith(".ico"):
                rgba.save(out, "ICO", sizes=[(16, 16), (32, 32)])
                encoding = "ICO 16+32"
            else:
                rgba.resize((32, 32), Image.Resampling.LANCZOS).save(out, "PNG", optimize=True)
                encoding = "PNG 32x32"
            path.write_bytes(out.getvalue())
            done(kind, path=rel, encoding=encoding)

    for rel, text in pages.items():
        (dest / rel).write_text(text, encoding="utf-8")
    return {"mutations": applied, "not_applicable": sorted(not_applicable), "domain": domain}
