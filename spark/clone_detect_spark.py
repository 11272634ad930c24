"""Shared by spark/fingerprint.py and spark/cluster.py.

How Rust runs inside Spark: the `clone-detect` binary is shipped to the
executors (SparkContext.addFile) and Spark pipes partitions of its data
through it (RDD.pipe, which runs in the executors' JVMs: no Python worker
touches those rows), one process per partition, JSON Lines in and out. The
work of every step is the library's; this module only moves data, starts
processes and reads and writes files.

Executors need nothing but the standard library of Python (for the
fingerprint job) and, for s3:// and gs:// paths, pyarrow.
"""

import gzip
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

BINARY = "clone-detect"
# Where a warc.paths listing's relative lines point (Common Crawl).
COMMON_CRAWL = "https://data.commoncrawl.org/"
USER_AGENT = "clone-detect-spark (the fingerprint job of clone-detect, reading WARC files)"


class Failure(Exception):
    """What stops a job with exit code 2, in plain words."""


def log(*parts):
    print("clone-detect-spark:", *parts, file=sys.stderr, flush=True)


def main_of(main):
    """Runs a job's main; an error (a failed Spark job, an unreadable
    input) is printed in one line and is exit code 2."""
    try:
        return main(sys.argv[1:])
    except Failure as e:
        print(f"clone-detect-spark: error: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # noqa: BLE001 (Py4J and Spark raise their own)
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        print(f"clone-detect-spark: error: {first}", file=sys.stderr)
        return 2


def session(app):
    """The Spark session of a job. Unless the submitter set
    spark.sql.shuffle.partitions, shuffles get two partitions per core
    (Spark's 200 are for clusters: each partition here is also a process
    of the binary)."""
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName(app).getOrCreate()
    conf = spark.sparkContext.getConf()
    if not conf.contains("spark.sql.shuffle.partitions"):
        cores = spark.sparkContext.defaultParallelism
        spark.conf.set("spark.sql.shuffle.partitions", str(max(2, 2 * cores)))
    return spark


# The binary ------------------------------------------------------------------


def find_binary(given=None):
    """The clone-detect binary: --binary, $CLONE_DETECT_BIN, `clone-detect`
    on PATH, or the repository's target/release then target/debug build."""
    candidates = [given, os.environ.get("CLONE_DETECT_BIN"), shutil.which(BINARY)]
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(repo, "target"))
    candidates += [os.path.join(target, "release", BINARY), os.path.join(target, "debug", BINARY)]
    for c in candidates:
        if c and os.path.isfile(c) and os.access(c, os.X_OK):
            return os.path.abspath(c)
    raise Failure(
        "no clone-detect binary: build it (cargo build --release -p clone-detect-cli) or "
        "pass --binary PATH"
    )


def ship_binary(sc, binary):
    """Makes the binary reachable from the executors; returns the command
    the executors' JVMs run for a pipe. In local mode the executors are the
    driver's JVM and run the file where it is; on a cluster each executor
    fetches it (SparkContext.addFile) into its working directory."""
    sc.addFile(binary)
    # Python tasks (the fingerprint job) import this module.
    sc.addPyFile(os.path.abspath(__file__))
    if sc.master.startswith("local"):
        return binary
    return "./" + os.path.basename(binary)


def executor_binary(binary):
    """The binary from a Python task (the fingerprint job): where addFile put
    it on this executor, made executable if the fetch lost the bit."""
    from pyspark import SparkFiles

    path = SparkFiles.get(os.path.basename(binary))
    if not os.path.isfile(path):
        path = binary
    if not os.access(path, os.X_OK):
        copy = os.path.join(tempfile.mkdtemp(prefix="clone-detect-bin-"), BINARY)
        shutil.copy(path, copy)
        os.chmod(copy, 0o755)
        path = copy
    return path


def run_binary(binary, args, stdin_lines=None):
    """Runs the binary on the driver, feeding it lines; returns stdout.
    Its stderr passes through; a failure stops the job with its exit code."""
    proc = subprocess.Popen(
        [binary] + list(args),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        for line in stdin_lines or []:
            proc.stdin.write(line)
            proc.stdin.write("\n")
        proc.stdin.close()
    except BrokenPipeError:
        pass
    out = proc.stdout.read()
    code = proc.wait()
    if code != 0:
        raise Failure(f"{BINARY} {' '.join(args[:2])} failed (exit {code})")
    return out


def schema_columns(binary):
    """The columns of `clone-detect fingerprint --format parquet`, from the
    binary itself (the one schema, never copied here)."""
    return json.loads(run_binary(binary, ["spark", "schema"]))


# Pipes through the binary on the executors -----------------------------------


def pipe(spark, lines, command, schema):
    """Pipes a DataFrame of one string column (a JSON line per row) through
    `command` on the executors (RDD.pipe in the JVM, a process per
    partition) and reads its output lines with `schema` (DDL); a malformed
    output line or a failed process fails the job."""
    from pyspark.sql import DataFrame

    jvm = spark._jvm
    strings = jvm.org.apache.spark.sql.Encoders.STRING()
    dataset = getattr(lines._jdf, "as")(strings)
    piped = dataset.javaRDD().pipe(list(command))
    out = spark._jsparkSession.createDataset(piped.rdd(), strings)
    reader = spark._jsparkSession.read().schema(schema).option("mode", "FAILFAST")
    return DataFrame(reader.json(out), spark)


def json_lines(df, *columns):
    """The rows of `df` as JSON objects of `columns` (one string column)."""
    from pyspark.sql import functions as F

    return df.select(F.to_json(F.struct(*columns)).alias("line"))


# Paths and URLs --------------------------------------------------------------


def scheme(uri):
    s = urllib.parse.urlparse(uri).scheme
    # A Windows drive letter is no scheme; neither is none.
    return "" if len(s) <= 1 else s.lower()


def local_path(uri):
    """The local path of a plain path or file:// URI, else None."""
    s = scheme(uri)
    if s == "":
        return os.path.abspath(uri)
    if s == "file":
        return urllib.parse.unquote(urllib.parse.urlparse(uri).path)
    return None


def remote_key(uri):
    """The path of a WARC inside its site or bucket (`crawl-data/…` for
    Common Crawl over https, s3 or gs): how its sites are named."""
    parsed = urllib.parse.urlparse(uri)
    return urllib.parse.unquote(parsed.path).lstrip("/")


def pyarrow_fs(uri):
    try:
        from pyarrow import fs
    except ImportError as e:
        raise RuntimeError(
            f"{uri}: reading or writing {scheme(uri)}:// needs pyarrow on the driver and the "
            "executors (pip install pyarrow), or read the WARC files through Spark with "
            "--read spark"
        ) from e
    return fs.FileSystem.from_uri(uri)


def open_read(uri):
    """A binary stream of any path or URI: local, file://, http(s)://, or
    (with pyarrow) s3://, gs://, hdfs://."""
    path = local_path(uri)
    if path is not None:
        return open(path, "rb")
    if scheme(uri) in ("http", "https"):
        request = urllib.request.Request(uri, headers={"User-Agent": USER_AGENT})
        return urllib.request.urlopen(request, timeout=120)
    filesystem, inner = pyarrow_fs(uri)
    return filesystem.open_input_stream(inner)


def download(uri, dest, attempts=4):
    """Copies `uri` to the local file `dest`, retrying transient failures."""
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    for attempt in range(attempts):
        try:
            with open_read(uri) as src, open(dest, "wb") as out:
                shutil.copyfileobj(src, out, 1 << 20)
            return
        except (OSError, urllib.error.URLError) as e:
            if attempt + 1 == attempts:
                raise
            log(f"{uri}: {e}; retrying")
            time.sleep(2**attempt)


def read_listing(uri, base):
    """The WARC paths of a listing (`warc.paths` or `warc.paths.gz`, one per
    line, `#` comments and blank lines skipped); relative lines are resolved
    against `base` (Common Crawl's by default)."""
    with open_read(uri) as f:
        data = f.read()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    paths = []
    for line in io.StringIO(data.decode("utf-8")):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if scheme(line) or line.startswith("/"):
            paths.append(line)
        else:
            paths.append(base.rstrip("/") + "/" + line)
    return paths


def is_local(uri):
    return local_path(uri) is not None


def publish(local_file, dest_dir, name):
    """Puts `local_file` at `dest_dir/name` (a local folder, file://, or
    with pyarrow any URI), atomically where the file system allows."""
    folder = local_path(dest_dir)
    if folder is not None:
        os.makedirs(folder, exist_ok=True)
        staged = os.path.join(folder, f".{name}.{os.getpid()}.tmp")
        shutil.copyfile(local_file, staged)
        os.replace(staged, os.path.join(folder, name))
        return os.path.join(folder, name)
    filesystem, inner = pyarrow_fs(dest_dir)
    target = inner.rstrip("/") + "/" + name
    with open(local_file, "rb") as src, filesystem.open_output_stream(target) as out:
        shutil.copyfileobj(src, out, 1 << 20)
    return dest_dir.rstrip("/") + "/" + name


def write_output(dest, fill):
    """Writes a result file on the driver: `fill(path)` writes a local file,
    which is then published at `dest` (a path or URI)."""
    path = local_path(dest)
    if path is not None:
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        fill(path)
        return
    with tempfile.TemporaryDirectory() as tmp:
        local = os.path.join(tmp, os.path.basename(urllib.parse.urlparse(dest).path) or "out")
        fill(local)
        parent, name = dest.rstrip("/").rsplit("/", 1)
        publish(local, parent, name)
