"""Packs saved website folders (the corpus's sites) into WARC files with
warcio, an independent WARC writer, several sites per file, for the tests
and the benchmark of the Spark jobs.

    python spark/pack_warcs.py --out DIR [--per-warc N] [--copies K] SITE_DIR...

Each site is served as if crawled from http://<folder name>[-<copy>].test/:
one response record per file (index.html as "/"), Content-Type by
extension, the screenshot left out; gzip, one member per record, fixed
record ids and dates (reruns give the same bytes). Writes
DIR/crawl-data/CC-TEST/warc/NNNNN.warc.gz and DIR/warc.paths.gz listing
them relative to DIR, as Common Crawl lists its files. Prints the WARC paths.
"""

import argparse
import gzip
import io
import os

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html",
    ".css": "text/css",
    ".js": "application/javascript",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".svg": "image/svg+xml",
    ".gif": "image/gif",
    ".jpg": "image/jpeg",
}


def files_of(root):
    found = []
    for dirpath, _, names in os.walk(root):
        for name in names:
            rel = os.path.relpath(os.path.join(dirpath, name), root)
            ext = os.path.splitext(rel)[1].lower()
            if rel != "screenshot.png" and ext in TYPES:
                found.append(rel)
    return sorted(found)


def write(path, sites, counter):
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for host, root in sites:
            for rel in files_of(root):
                url_path = "" if rel == "index.html" else rel.replace(os.sep, "/")
                with open(os.path.join(root, rel), "rb") as f:
                    body = f.read()
                headers = StatusAndHeaders(
                    "200 OK",
                    [
                        ("Content-Type", TYPES[os.path.splitext(rel)[1].lower()]),
                        ("Content-Length", str(len(body))),
                    ],
                    protocol="HTTP/1.1",
                )
                counter += 1
                record = writer.create_warc_record(
                    f"http://{host}/{url_path}",
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=headers,
                    warc_headers_dict={
                        "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{counter:012d}>",
                        "WARC-Date": "2026-11-28T00:00:00Z",
                    },
                )
                writer.write_record(record)
    return counter


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("sites", nargs="+", metavar="SITE_DIR")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--per-warc", type=int, default=4, metavar="N", help="sites per WARC file")
    p.add_argument("--copies", type=int, default=1, metavar="K", help="each site K times")
    args = p.parse_args()
    hosts = []
    for k in range(args.copies):
        for root in args.sites:
            name = os.path.basename(os.path.normpath(root))
            suffix = f"-{k}" if args.copies > 1 else ""
            hosts.append((f"{name}{suffix}.test", root))
    folder = os.path.join("crawl-data", "CC-TEST", "warc")
    os.makedirs(os.path.join(args.out, folder), exist_ok=True)
    relative = []
    counter = 0
    for i in range(0, len(hosts), args.per_warc):
        rel = os.path.join(folder, f"{i // args.per_warc:05d}.warc.gz")
        counter = write(os.path.join(args.out, rel), hosts[i : i + args.per_warc], counter)
        relative.append(rel)
    with gzip.open(os.path.join(args.out, "warc.paths.gz"), "wt") as listing:
        for rel in relative:
            listing.write(rel + "\n")
    for rel in relative:
        print(os.path.join(args.out, rel))


if __name__ == "__main__":
    main()
