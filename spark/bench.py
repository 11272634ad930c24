"""The Spark jobs against the binary, in the same run (spark/bench.sh runs
this; see spark/README.md for the figures and how to read them).

1. Clustering N synthetic fingerprints (default 10^6): `clone-detect
   cluster` against spark/cluster.py in Spark local[2], wall time and peak
   memory of each (for Spark, of the JVM, its Python workers and the
   binary's processes together: the peak of the summed resident memory of
   the process tree, sampled every 0.2 s), and whether the clusterings are
   the same file.
2. Fingerprinting WARC files (corpus sites packed with spark/pack_warcs.py):
   `clone-detect fingerprint` with 1 and 2 threads against
   spark/fingerprint.py on a standalone cluster on loopback with one and
   with two executors (one core each), in MB/s of WARC.

    python spark/bench.py --binary target/release/clone-detect --fingerprints synthetic.jsonl \\
        --warcs DIR [--smoke] [--work DIR]
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def tree_rss(root):
    """Resident memory (bytes) of `root` and all its descendants."""
    children = {}
    rss = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
            fields = stat[stat.rindex(")") + 2 :].split()
            ppid = int(fields[1])
            rss[int(pid)] = int(fields[21]) * page
            children.setdefault(ppid, []).append(int(pid))
        except (OSError, ValueError, IndexError):
            continue
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def measure(command, env=None, cwd=None, log=None):
    """Runs `command`; (exit code, wall seconds, peak tree RSS in bytes)."""
    started = time.time()
    out = open(log, "wb") if log else subprocess.DEVNULL
    proc = subprocess.Popen(command, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc.pid))
        time.sleep(0.2)
    return proc.returncode, time.time() - started, peak


QUICK = [
    "--conf", "spark.sql.adaptive.enabled=false",
    "--conf", "spark.driver.extraJavaOptions=-XX:TieredStopAtLevel=1",
    "--conf", "spark.executor.extraJavaOptions=-XX:TieredStopAtLevel=1",
]


def spark_env():
    env = dict(os.environ)
    python = os.path.abspath(sys.executable)
    env["PATH"] = os.path.dirname(python) + os.pathsep + env.get("PATH", "")
    env.setdefault("PYSPARK_PYTHON", python)
    env.setdefault("PYSPARK_DRIVER_PYTHON", python)
    env.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    return env


def spark_submit():
    """spark-submit beside this Python (the venv's pyspark), or on PATH."""
    found = shutil.which("spark-submit", path=spark_env()["PATH"])
    if not found:
        raise SystemExit("bench.py: no spark-submit beside this Python or on PATH")
    return found


def gib(b):
    return f"{b / 2**30:.2f} GiB"


def cluster_bench(args, work):
    sites = sum(1 for _ in open(args.fingerprints))
    ours = os.path.join(work, "cli-clusters.json")
    code, cli_s, cli_peak = measure(
        [args.binary, "cluster", "-o", ours, args.fingerprints], log=os.path.join(work, "cli-cluster.log")
    )
    if code != 0:
        raise SystemExit(f"clone-detect cluster failed; see {work}/cli-cluster.log")
    spark_out = os.path.join(work, "spark-clusters.json")
    command = [
        spark_submit(), "--master", "local[2]",
        "--conf", "spark.ui.enabled=false",
        "--driver-memory", args.driver_memory,
    ] + (QUICK if args.quick_jvm else []) + [
        os.path.join(HERE, "cluster.py"), "--timings", "--binary", args.binary,
        "-o", spark_out, args.fingerprints,
    ]
    code, spark_s, spark_peak = measure(command, env=spark_env(), log=os.path.join(work, "spark-cluster.log"))
    if code != 0:
        raise SystemExit(f"spark/cluster.py failed; see {work}/spark-cluster.log")
    same = open(ours, "rb").read() == open(spark_out, "rb").read()
    clustering = json.load(open(ours))
    return {
        "sites": sites,
        "clusters": len(clustering["clusters"]),
        "pairs_scored": clustering["pairs_scored"],
        "cli_seconds": round(cli_s, 1),
        "cli_peak": cli_peak,
        "spark_seconds": round(spark_s, 1),
        "spark_peak": spark_peak,
        "same": same,
    }


def warc_bench(args, work):
    warcs = sorted(
        os.path.join(dp, n) for dp, _, ns in os.walk(args.warcs) for n in ns if n.endswith(".warc.gz")
    )
    size = sum(os.path.getsize(w) for w in warcs)
    rows = []
    for threads in (1, 2):
        out = os.path.join(work, f"cli-{threads}.jsonl")
        code, seconds, _ = measure(
            [args.binary, "fingerprint", "--threads", str(threads), "-o", out] + warcs,
            log=os.path.join(work, f"cli-fingerprint-{threads}.log"),
        )
        if code != 0:
            raise SystemExit(f"clone-detect fingerprint failed; see {work}")
        rows.append((f"clone-detect fingerprint, {threads} thread(s)", seconds, seconds))
    for executors in (1, 2) if args.executors == "standalone" else (2,):
        out = os.path.join(work, f"spark-fps-{executors}")
        log = os.path.join(work, f"spark-fingerprint-{executors}.log")
        job = ["--conf", "spark.ui.enabled=false"] + (QUICK if args.quick_jvm else []) + [
            os.path.join(HERE, "fingerprint.py"), "--binary", args.binary, "-o", out,
        ] + warcs
        if args.executors == "standalone":
            command = [
                sys.executable, os.path.join(HERE, "standalone.py"),
                "--workers", str(executors), "--cores", "1", "--memory", "2g", "--",
                spark_submit(), "--master", "{master}",
            ] + job
        else:
            command = [spark_submit(), "--master", f"local[{executors}]"] + job
        code, seconds, _ = measure(command, env=spark_env(), log=log)
        if code != 0:
            raise SystemExit(f"spark/fingerprint.py failed; see {log}")
        job_s = seconds
        with open(log, errors="replace") as f:
            for line in f:
                if "WARC files (" in line and " s, " in line:
                    job_s = float(line.split(" s, ")[0].rsplit(";", 1)[1])
        where = (
            f"{executors} executor(s) of 1 core" if args.executors == "standalone" else f"local[{executors}]"
        )
        rows.append((f"spark/fingerprint.py, {where}", seconds, job_s))
    return {"warcs": len(warcs), "bytes": size, "rows": rows}


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--binary", required=True)
    p.add_argument("--fingerprints", required=True, help="JSON Lines of synthetic fingerprints")
    p.add_argument("--warcs", required=True, help="a folder of .warc.gz files")
    p.add_argument("--work", default="target/spark-bench")
    p.add_argument("--driver-memory", default="6g")
    p.add_argument("--skip-warc", action="store_true")
    p.add_argument("--skip-cluster", action="store_true")
    p.add_argument(
        "--quick-jvm",
        action="store_true",
        help="settings for tiny inputs: the JVM's quick compiler only, no adaptive query planning",
    )
    p.add_argument(
        "--executors",
        choices=["standalone", "local"],
        default="standalone",
        help="WARC throughput on a standalone cluster of 1 and 2 executors, or in local[2] only",
    )
    args = p.parse_args()
    args.binary = os.path.abspath(args.binary)
    os.makedirs(args.work, exist_ok=True)

    if not args.skip_cluster:
        cluster_report(cluster_bench(args, args.work))
    if args.skip_warc:
        return
    warc_report(warc_bench(args, args.work))


def cluster_report(c):
    print(f"\nClustering {c['sites']} synthetic fingerprints ({c['clusters']} clusters, "
          f"{c['pairs_scored']} pairs scored); same clustering file: {str(c['same']).lower()}\n")
    print("| run | wall | peak memory |")
    print("|---|---:|---:|")
    print(f"| clone-detect cluster (2 cores) | {c['cli_seconds']} s | {gib(c['cli_peak'])} |")
    print(f"| spark/cluster.py, local[2] | {c['spark_seconds']} s | {gib(c['spark_peak'])} |")
    print(f"| ratio | {c['spark_seconds'] / max(c['cli_seconds'], 1e-9):.1f}x | "
          f"{c['spark_peak'] / max(c['cli_peak'], 1):.1f}x |", flush=True)
    if not c["same"]:
        raise SystemExit("the clusterings differ")


def warc_report(w):
    mb = w["bytes"] / 1e6
    print(f"\nFingerprinting {w['warcs']} WARC files ({mb:.1f} MB)\n")
    print("| run | wall | MB/s (wall) | job time | MB/s (job) |")
    print("|---|---:|---:|---:|---:|")
    for name, wall, job in w["rows"]:
        print(f"| {name} | {wall:.1f} s | {mb / wall:.1f} | {job:.1f} s | {mb / job:.1f} |")


if __name__ == "__main__":
    main()
