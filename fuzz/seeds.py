#!/usr/bin/env python3
"""Seeds the fuzz corpora from real files of the repository (run by run.sh).

Usage: seeds.py CORPUS_DIR

Writes CORPUS_DIR/<target>/ from: the committed seeds in fuzz/seeds/<target>/;
the records, HTTP blocks and gzip members of tests/fixtures/warc/*; the pages
of corpus/sites/*; the favicons of tests/fixtures/favicons and corpus/sites.
Only inputs up to the target's -max_len (MAX_LEN below, kept in step with
run.sh) are written. Standard library only.
"""
import glob
import gzip
import hashlib
import os
import shutil
import sys
import zlib

FUZZ = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(FUZZ)
MAX_LEN = 64 << 10
MAX_SEEDS = 400  # per target and kind: keeps the first pass short


def put(corpus, target, data):
    if not data or len(data) > MAX_LEN:
        return
    d = os.path.join(corpus, target)
    os.makedirs(d, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def warc_records(data):
    """The records of a plain WARC, each with its trailing blank line."""
    out, at = [], 0
    while True:
        start = data.find(b"WARC/1.", at)
        if start < 0:
            return out
        head_end = data.find(b"\r\n\r\n", start)
        if head_end < 0:
            return out
        length = None
        for line in data[start:head_end].split(b"\r\n"):
            k, _, v = line.partition(b":")
            if k.strip().lower() == b"content-length":
                length = int(v.strip())
        if length is None:
            return out
        end = head_end + 4 + length + 4
        out.append((data[start:end], data[head_end + 4:head_end + 4 + length]))
        at = end


def gzip_members(data):
    out = []
    while data:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            d.decompress(data)
        except zlib.error:
            break
        used = len(data) - len(d.unused_data)
        out.append(data[:used])
        data = d.unused_data
    return out


def main():
    corpus = sys.argv[1]
    for d in glob.glob(os.path.join(FUZZ, "seeds", "*")):
        for f in glob.glob(os.path.join(d, "*")):
            with open(f, "rb") as fh:
                put(corpus, os.path.basename(d), fh.read())

    records = []
    for path in sorted(glob.glob(os.path.join(ROOT, "tests/fixtures/warc/*.warc"))):
        with open(path, "rb") as fh:
            records += warc_records(fh.read())
    for path in sorted(glob.glob(os.path.join(ROOT, "tests/fixtures/warc/*.warc.gz"))):
        with open(path, "rb") as fh:
            members = gzip_members(fh.read())
        for m in members[:MAX_SEEDS]:
            put(corpus, "warc_archive", m)
        for i in range(0, min(len(members), MAX_SEEDS), 4):
            put(corpus, "warc_archive", b"".join(members[i:i + 4]))
    small = [r for r in records if len(r[0]) <= MAX_LEN]
    for whole, block in small[:MAX_SEEDS]:
        put(corpus, "warc_archive", whole)
        put(corpus, "warc_http", block)
    for i in range(0, min(len(small), MAX_SEEDS), 5):
        group = b"".join(r[0] for r in small[i:i + 5])
        put(corpus, "warc_archive", group)
        put(corpus, "warc_archive", gzip.compress(group))

    pages = sorted(glob.glob(os.path.join(ROOT, "corpus/sites/*/*.html")))
    for path in pages[:: max(1, len(pages) // MAX_SEEDS)]:
        with open(path, "rb") as fh:
            put(corpus, "page_parse", fh.read())

    icons = sorted(glob.glob(os.path.join(ROOT, "tests/fixtures/favicons/*")))
    icons += sorted(glob.glob(os.path.join(ROOT, "corpus/sites/*/favicon*")))
    icons += sorted(glob.glob(os.path.join(ROOT, "corpus/sites/*/*/favicon*")))
    for path in icons[:MAX_SEEDS]:
        with open(path, "rb") as fh:
            put(corpus, "image_decode", fh.read())


if __name__ == "__main__":
    main()
