"""clone-detect fingerprint on Apache Spark: WARC files in, Parquet out.

    spark-submit --master local[2] spark/fingerprint.py -o FINGERPRINTS/ a.warc.gz b.warc.gz
    spark-submit … spark/fingerprint.py -o s3://bucket/fps/ \\
        --listing https://data.commoncrawl.org/crawl-data/CC-MAIN-2024-10/warc.paths.gz --limit 100

One task per WARC file: the executor fetches the file (a local path or
file:// as it is; http(s):// downloaded; s3://, gs://, hdfs:// with pyarrow;
or, with --read spark, every file through Spark's own Hadoop file systems)
and runs `clone-detect fingerprint --format parquet` on it, which writes the
Parquet itself: the schema, zstd and footer metadata are the binary's. The
output folder gets `part-NNNNN.parquet` per WARC (in input order) and
`_warcs.jsonl`, a line per WARC (status, sizes, seconds). Sites are named
`<path>#<host>`: the absolute path of a local file, the path inside the
site or bucket of a downloaded one (`crawl-data/…`), and with --read spark
the path inside its file system (no leading /).

Exit code 0, or 1 when some WARC or some site failed (the others are
written), 2 on an error.
"""

import argparse
import json
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clone_detect_spark as cds  # noqa: E402


def parse(argv):
    p = argparse.ArgumentParser(
        prog="fingerprint.py", description="clone-detect fingerprint on Spark (see spark/README.md)"
    )
    p.add_argument("warcs", nargs="*", metavar="WARC", help="paths or URIs of WARC files")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="the Parquet folder")
    p.add_argument(
        "--listing",
        action="append",
        default=[],
        metavar="FILE",
        help="a warc.paths(.gz) listing (path or URL); relative lines are resolved against --base",
    )
    p.add_argument("--base", default=cds.COMMON_CRAWL, metavar="URL")
    p.add_argument("--limit", type=int, metavar="N", help="only the first N WARC files")
    p.add_argument(
        "--read",
        choices=["direct", "spark"],
        default="direct",
        help="direct: each task fetches its file; spark: through Spark's Hadoop file systems "
        "(sc.binaryFiles: a whole file in a task's memory)",
    )
    p.add_argument("--threads", type=int, metavar="N", help="threads per task (spark.task.cpus)")
    p.add_argument("--binary", metavar="PATH", help="the clone-detect binary")
    p.add_argument(
        "fingerprint_args",
        nargs=argparse.REMAINDER,
        help="after --: more arguments of clone-detect fingerprint (e.g. --group-by domain)",
    )
    args = p.parse_args(argv)
    if args.fingerprint_args[:1] == ["--"]:
        args.fingerprint_args = args.fingerprint_args[1:]
    return args


def site_path(uri):
    """How the binary is given a WARC, and so how its sites are named: a
    local file by its absolute path; a downloaded one by its path inside its
    site or bucket, relative to the folder it is downloaded into."""
    local = cds.local_path(uri)
    return (local, None) if local is not None else (None, cds.remote_key(uri))


def fingerprint_one(binary, uri, relative, local, extra, threads, out_dir, index, scratch):
    """Fingerprints one WARC (at `local`, or at `scratch/relative`) into
    out_dir/part-<index>.parquet; returns its status line."""
    started = time.time()
    status = {"index": index, "warc": uri}
    part = os.path.join(scratch, f"part-{index:05d}.parquet")
    if local is not None:
        target, cwd = local, None
    else:
        target, cwd = relative, scratch
    command = [binary, "fingerprint", "--format", "parquet", "-o", part]
    if threads:
        command += ["--threads", str(threads)]
    command += list(extra) + [target]
    import subprocess

    proc = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    errors = [l for l in proc.stderr.splitlines() if "error" in l]
    status.update(
        exit=proc.returncode,
        bytes=os.path.getsize(local if local is not None else os.path.join(scratch, relative)),
        seconds=round(time.time() - started, 3),
        errors=errors[:20],
    )
    if proc.returncode in (0, 1) and os.path.isfile(part):
        status["part"] = cds.publish(part, out_dir, os.path.basename(part))
        status["status"] = "ok" if proc.returncode == 0 else "partial"
    else:
        status["status"] = "failed"
        status["errors"] = (errors or proc.stderr.splitlines()[-5:])[:20]
    return status


def direct_tasks(binary, extra, threads, out_dir):
    def run(items):
        exe = cds.executor_binary(binary)
        for index, uri in items:
            local, relative = site_path(uri)
            with tempfile.TemporaryDirectory(prefix="clone-detect-warc-") as scratch:
                try:
                    if local is None:
                        cds.download(uri, os.path.join(scratch, relative))
                    yield fingerprint_one(
                        exe, uri, relative, local, extra, threads, out_dir, index, scratch
                    )
                except Exception as e:  # noqa: BLE001 (a failed file is data)
                    yield {"index": index, "warc": uri, "status": "failed", "errors": [str(e)]}

    return run


def spark_tasks(binary, extra, threads, out_dir, index_of):
    def run(items):
        exe = cds.executor_binary(binary)
        for path, data in items:
            # Read through Spark, every file is named by its path inside its
            # file system (no leading /): the bytes are fingerprinted from a
            # copy at that relative path.
            key = cds.remote_key(path)
            index = index_of.get(key)
            if index is None:
                yield {"index": -1, "warc": path, "status": "failed", "errors": ["not asked for"]}
                continue
            with tempfile.TemporaryDirectory(prefix="clone-detect-warc-") as scratch:
                try:
                    target = os.path.join(scratch, key)
                    os.makedirs(os.path.dirname(target), exist_ok=True)
                    with open(target, "wb") as f:
                        f.write(data)
                    data = None
                    yield fingerprint_one(
                        exe, path, key, None, extra, threads, out_dir, index, scratch
                    )
                except Exception as e:  # noqa: BLE001
                    yield {"index": index, "warc": path, "status": "failed", "errors": [str(e)]}

    return run


def main(argv):
    args = parse(argv)
    spark = cds.session("clone-detect fingerprint")
    code = run(spark, args)
    spark.stop()
    return code


def run(spark, args):
    """The job on a running session; the exit code."""
    started = time.time()
    warcs = list(args.warcs)
    for listing in args.listing:
        warcs += cds.read_listing(listing, args.base)
    if args.limit is not None:
        warcs = warcs[: args.limit]
    if not warcs:
        raise cds.Failure("no WARC file given (WARC arguments or --listing)")
    # Local paths are absolute: executors do not share the driver's folder.
    warcs = [w if not cds.is_local(w) or cds.scheme(w) else os.path.abspath(w) for w in warcs]
    binary = cds.find_binary(args.binary)
    sc = spark.sparkContext
    cds.ship_binary(sc, binary)
    # The tasks are this module's functions (pickled by reference when it
    # is imported, as spark/pipeline.py does).
    sc.addPyFile(os.path.abspath(__file__))
    threads = args.threads or int(sc.getConf().get("spark.task.cpus", "1"))
    out_dir = args.output
    if cds.local_path(out_dir) is not None:
        out_dir = cds.local_path(out_dir)
        os.makedirs(out_dir, exist_ok=True)

    if args.read == "direct":
        rdd = sc.parallelize(list(enumerate(warcs)), len(warcs))
        statuses = rdd.mapPartitions(
            direct_tasks(binary, args.fingerprint_args, threads, out_dir)
        ).collect()
    else:
        index_of = {cds.remote_key(w): i for i, w in enumerate(warcs)}
        rdd = sc.binaryFiles(",".join(warcs), minPartitions=len(warcs))
        statuses = rdd.mapPartitions(
            spark_tasks(binary, args.fingerprint_args, threads, out_dir, index_of)
        ).collect()
    statuses.sort(key=lambda s: s["index"])

    with tempfile.TemporaryDirectory() as tmp:
        manifest = os.path.join(tmp, "_warcs.jsonl")
        with open(manifest, "w") as f:
            for s in statuses:
                f.write(json.dumps(s) + "\n")
        cds.publish(manifest, out_dir, "_warcs.jsonl")

    bad = [s for s in statuses if s["status"] != "ok"]
    for s in bad:
        for e in s.get("errors", [])[:5]:
            print(f"clone-detect: error: {s['warc']}: {e}", file=sys.stderr)
    # Read back: the parts are fingerprints in the binary's schema.
    parts = [s["part"] for s in statuses if "part" in s]
    sites = 0
    if parts:
        df = spark.read.parquet(*parts)
        expected = cds.schema_columns(binary)
        if df.columns != expected:
            raise cds.Failure(f"the parts' columns {df.columns} are not {expected}")
        sites = df.count()
    size = sum(s.get("bytes", 0) for s in statuses)
    seconds = time.time() - started
    print(
        f"{len(statuses)} WARC files ({size / 1e6:.1f} MB): {sites} sites in {len(parts)} Parquet "
        f"files, {len(bad)} WARC files with errors; {seconds:.1f} s, "
        f"{size / 1e6 / max(seconds, 1e-9):.1f} MB/s",
        flush=True,
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(cds.main_of(main))
