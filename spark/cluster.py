"""clone-detect cluster on Apache Spark.

    spark-submit --master local[2] spark/cluster.py -o clusters.json FINGERPRINTS.parquet

Reads fingerprints (Parquet as `clone-detect fingerprint --format parquet`
or spark/fingerprint.py write it, files or folders, any path Spark reads; or
JSON Lines with --input-format jsonl) and writes the clustering that
`clone-detect cluster -o` writes for the same fingerprints (JSON, and with
--parquet the Parquet of `cluster --format parquet`). The steps are
`clone-detect spark …` run on the executors through pipes; Spark sorts,
counts, groups, joins and finds connected components between them (see
spark/README.md).

Exit code 0, or 1 when some fingerprints could not be clustered (reported
on stderr, as `clone-detect cluster` reports them; the others are
clustered), 2 on an error.
"""

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clone_detect_spark as cds  # noqa: E402

SITES = "source string, order string, site string, near array<bigint>, keys array<bigint>, error string"
HITS = "q bigint, k bigint, t int, d int"
CANDIDATES = "q bigint, k bigint, c int"
SCORES = "q bigint, k bigint, s double, c int"
CLUSTERS = "root bigint, members array<bigint>, cluster string"


def parse(argv):
    p = argparse.ArgumentParser(
        prog="cluster.py", description="clone-detect cluster on Spark (see spark/README.md)"
    )
    p.add_argument("inputs", nargs="+", metavar="FINGERPRINTS", help="Parquet or JSON Lines")
    p.add_argument("-o", "--output", metavar="FILE", help="the clustering as JSON")
    p.add_argument("--parquet", metavar="FILE", help="the clustering as Parquet, a row per site")
    p.add_argument("--json", action="store_true", help="print the clustering as JSON")
    p.add_argument("--input-format", choices=["auto", "parquet", "jsonl"], default="auto")
    p.add_argument("--model", metavar="FILE", help="a model file instead of the shipped model")
    p.add_argument("--min-average", type=float, metavar="SCORE")
    p.add_argument("--evidence-links", type=int, default=1, metavar="N")
    p.add_argument("--binary", metavar="PATH", help="the clone-detect binary")
    p.add_argument(
        "--driver-components",
        type=int,
        default=2_000_000,
        metavar="N",
        help="find connected components on the driver when at most N links reach the merging "
        "bar (one collect), else by label propagation on the cluster (0: always on the cluster)",
    )
    p.add_argument("--timings", action="store_true", help="print the time of each step")
    return p.parse_args(argv)


def read_fingerprints(spark, args, binary):
    """One string column `line`: a fingerprint JSON per row."""
    from pyspark.sql import functions as F

    fmt = args.input_format
    if fmt == "auto":
        jsonl = all(i.endswith((".jsonl", ".json", ".jsonl.gz", ".json.gz")) for i in args.inputs)
        fmt = "jsonl" if jsonl else "parquet"
    if fmt == "jsonl":
        text = spark.read.text(args.inputs)
        return text.select(F.col("value").alias("line")).filter(F.trim("line") != "")
    df = spark.read.parquet(*args.inputs)
    expected = cds.schema_columns(binary)
    if df.columns != expected:
        raise cds.Failure(
            f"{', '.join(args.inputs)}: not fingerprints in the schema of "
            f"clone-detect fingerprint --format parquet (columns {df.columns}, expected {expected})"
        )
    return df.select(F.col("json").alias("line"))


def driver_components(spark, links, min_average, limit):
    """(n, l) as components() finds them, by union-find on the driver, when
    at most `limit` links reach the bar; None when more do."""
    from pyspark.sql import functions as F

    strong = links.filter(F.col("w") >= F.lit(min_average)).select("a", "b")
    pairs = strong.limit(limit + 1).collect()
    if len(pairs) > limit:
        return None
    parent = {}

    def root(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    rows = [(n, root(n)) for n in list(parent)]
    return spark.createDataFrame(rows, "n bigint, l bigint")


def components(links, min_average, checkpoint):
    """(n, l): each site with a link at the bar and the smallest position of
    its connected component, by label propagation (each link proposes the
    smaller label of its ends, then each label jumps to its label's label)
    until no label changes."""
    from pyspark.sql import functions as F

    strong = links.filter(F.col("w") >= F.lit(min_average)).select("a", "b")
    labels = checkpoint(
        strong.select(F.col("a").alias("n"))
        .union(strong.select(F.col("b").alias("n")))
        .distinct()
        .withColumn("l", F.col("n"))
    )
    rounds = 0
    while True:
        rounds += 1
        la = labels.select(F.col("n").alias("a"), F.col("l").alias("la"))
        lb = labels.select(F.col("n").alias("b"), F.col("l").alias("lb"))
        proposed = strong.join(la, "a").join(lb, "b").select("a", "b", F.least("la", "lb").alias("m"))
        best = (
            proposed.select(F.col("a").alias("n"), "m")
            .union(proposed.select(F.col("b").alias("n"), "m"))
            .groupBy("n")
            .agg(F.min("m").alias("m"))
        )
        stepped = labels.join(best, "n", "left").select(
            "n", F.least("l", F.coalesce("m", "l")).alias("l")
        )
        hop = stepped.select(F.col("n").alias("l"), F.col("l").alias("ll"))
        jumped = checkpoint(
            stepped.join(hop, "l", "left").select("n", F.least("l", F.coalesce("ll", "l")).alias("l"))
        )
        changed = (
            jumped.alias("x")
            .join(labels.alias("y"), "n")
            .filter(F.col("x.l") != F.col("y.l"))
            .count()
        )
        labels = jumped
        if changed == 0:
            return labels, rounds


def main(argv):
    args = parse(argv)
    spark = cds.session("clone-detect cluster")
    code = run(spark, args)
    spark.stop()
    return code


def run(spark, args):
    """The job on a running session; the exit code."""
    from pyspark.sql import functions as F

    started = time.time()
    sc = spark.sparkContext
    binary = cds.find_binary(args.binary)
    exe = cds.ship_binary(sc, binary)
    marks = []

    def mark(step):
        marks.append((step, time.time()))
        if args.timings:
            cds.log(f"{step}: {marks[-1][1] - (marks[-2][1] if len(marks) > 1 else started):.1f} s")

    def checkpoint(df):
        # Computed once, then read from the executors' block stores: each
        # later use sees the same rows (positions are numbered once).
        return df.localCheckpoint(eager=True)

    def step(name, df, *columns, schema, extra=()):
        command = [exe, "spark", name] + list(extra)
        return cds.pipe(spark, cds.json_lines(df, *columns), command, schema)

    # 1. Sites, with their order key, near hashes and key hashes.
    lines = read_fingerprints(spark, args, binary)
    records = checkpoint(cds.pipe(spark, lines, [exe, "spark", "sites"], SITES))
    failed = records.filter(F.col("error").isNotNull()).select("source", "error")
    failures = failed.count()
    for row in failed.limit(20).collect():
        print(f"clone-detect: error: {row.source}: {row.error}", file=sys.stderr)
    if failures > 20:
        print(f"clone-detect: error: … and {failures - 20} more", file=sys.stderr)
    mark("sites")

    # 2. Canonical order (source, then signals), positions, counts.
    sites = checkpoint(
        records.filter(F.col("error").isNull())
        .select("source", "order", "site", "near", "keys")
        .orderBy("source", "order")
        .withColumn("pos", F.monotonically_increasing_id())
    )
    counted = sites.agg(
        F.count(F.lit(1)).alias("n"),
        *[F.sum(F.when(F.col("near")[t].isNotNull(), 1).otherwise(0)).alias(f"t{t}") for t in range(6)],
    ).first()
    n = counted["n"]
    tables = [int(counted[f"t{t}"] or 0) for t in range(6)]
    plan_args = ["spark", "plan", "--evidence-links", str(args.evidence_links)]
    if args.model:
        plan_args += ["--model", args.model]
    if args.min_average is not None:
        plan_args += ["--min-average", repr(args.min_average)]
    plan_text = cds.run_binary(binary, plan_args, [json.dumps({"sites": n, "tables": tables})]).strip()
    plan = json.loads(plan_text)
    with_plan = ["--plan", plan_text]
    keys = sites.select("pos", F.explode("keys").alias("key"))
    frequencies = keys.groupBy("key").agg(F.count(F.lit(1)).alias("df"))
    rated = checkpoint(
        sites.select("pos", "source", "site", "near").join(
            keys.join(frequencies, "key")
            .groupBy("pos")
            .agg(F.collect_list(F.struct("key", "df")).alias("dfs")),
            "pos",
            "left",
        )
    )
    mark("order, counts and document frequencies")

    # 3-4. Groups sharing a block of a near hash or an exact value; hits.
    blocks = F.array(
        *[
            F.struct(
                F.lit(t).alias("t"),
                F.lit(b).alias("b"),
                F.lit(spec["shift"]).alias("shift"),
                F.lit(spec["mask"]).cast("bigint").alias("mask"),
            )
            for t, table in enumerate(plan["tables"])
            for b, spec in enumerate(table["blocks"])
        ]
    )
    near = (
        sites.select("pos", "near", F.explode(blocks).alias("x"))
        .select(
            F.col("x.t").alias("t"),
            F.col("x.b").alias("b"),
            F.col("pos").alias("p"),
            F.col("near")[F.col("x.t")].alias("h"),
            F.col("x.shift").alias("shift"),
            F.col("x.mask").alias("mask"),
        )
        .filter(F.col("h").isNotNull())
        .withColumn("v", F.expr("shiftrightunsigned(h, shift) & mask"))
        .groupBy("t", "b", "v")
        .agg(F.collect_list(F.struct("p", "h")).alias("m"))
        .filter(F.size("m") > 1)
        .select("t", "b", "m")
    )
    max_postings = plan["model"]["search"]["max_postings"]
    exact = (
        keys.join(frequencies.filter((F.col("df") > 1) & (F.col("df") <= max_postings)), "key")
        .groupBy("key")
        .agg(F.collect_list(F.struct(F.col("pos").alias("p"), F.lit(None).cast("bigint").alias("h"))).alias("m"))
        .select(F.lit(6).alias("t"), F.lit(0).alias("b"), "m")
    )
    hits = step("pairs", near.unionByName(exact), "t", "b", "m", schema=HITS, extra=with_plan)
    mark("pairs")

    # 5. Candidates of each site.
    site_hits = (
        hits.groupBy("q")
        .agg(F.collect_list(F.struct("k", "t", "d")).alias("hits"))
        .join(rated.select(F.col("pos").alias("q"), "near"), "q")
    )
    candidates = step("candidates", site_hits, "q", "near", "hits", schema=CANDIDATES, extra=with_plan)

    # 6. Scores, each site with its candidates' signals and frequencies.
    known = rated.select(F.col("pos").alias("k"), "site", "dfs")
    per_site = (
        candidates.join(known, "k")
        .groupBy("q")
        .agg(F.collect_list(F.struct("k", "c", "site", "dfs")).alias("ks"))
        .join(rated.select(F.col("pos").alias("q"), "site", "dfs"), "q")
    )
    scores = step("score", per_site, "q", "site", "dfs", "ks", schema=SCORES, extra=with_plan)
    forward = F.col("q") < F.col("k")
    links = checkpoint(
        scores.select(
            F.least("q", "k").alias("a"),
            F.greatest("q", "k").alias("b"),
            F.when(forward, F.col("s")).alias("fs"),
            F.when(forward, F.col("c")).alias("fc"),
            F.when(~forward, F.col("s")).alias("bs"),
            F.when(~forward, F.col("c")).alias("bc"),
        )
        .groupBy("a", "b")
        .agg(*[F.max(c).alias(c) for c in ("fs", "fc", "bs", "bc")])
        .withColumn("w", F.greatest("fs", "bs"))
    )
    totals = links.agg(
        (F.count("fs") + F.count("bs")).alias("pairs_scored"),
        F.count(F.when(F.col("w") >= F.lit(plan["model"]["threshold"]), 1)).alias("matching"),
    ).first()
    pairs_scored, matching_pairs = int(totals["pairs_scored"]), int(totals["matching"])
    mark("candidates and scores")

    # 7. Components of the links at the bar.
    labels = None
    if args.driver_components > 0:
        labels = driver_components(spark, links, plan["min_average"], args.driver_components)
    if labels is None:
        labels, rounds = components(links, plan["min_average"], checkpoint)
        mark(f"components (label propagation, {rounds} rounds)")
    else:
        mark("components (on the driver)")

    # 8. Clusters of each component: its sites and all links inside it.
    la = labels.select(F.col("n").alias("a"), F.col("l").alias("la"))
    lb = labels.select(F.col("n").alias("b"), F.col("l").alias("lb"))
    inner = (
        links.join(la, "a")
        .join(lb, "b")
        .filter(F.col("la") == F.col("lb"))
        .groupBy(F.col("la").alias("l"))
        .agg(F.collect_list(F.struct("a", "b", "fs", "fc", "bs", "bc")).alias("links"))
    )
    members = (
        labels.join(rated, labels.n == rated.pos)
        .groupBy("l")
        .agg(F.collect_list(F.struct(F.col("pos").alias("p"), "source", "site", "dfs")).alias("sites"))
    )
    clusters = checkpoint(
        step("link", members.join(inner, "l", "left"), "sites", "links", schema=CLUSTERS, extra=with_plan)
    )
    clustered = clusters.select(F.explode("members").alias("pos"))
    singletons = rated.select("pos", "source").join(clustered, "pos", "left_anti")
    mark("clusters")

    # 9. The clustering, written on the driver as clone-detect writes it.
    def finish_lines():
        totals = {"sites": n, "pairs_scored": pairs_scored, "matching_pairs": matching_pairs}
        yield json.dumps({"totals": totals})
        for row in clusters.toLocalIterator():
            yield json.dumps({"root": row.root, "members": row.members, "cluster": row.cluster})
        for row in singletons.toLocalIterator():
            yield json.dumps({"singleton": row.source, "p": row.pos})

    finish = ["spark", "finish"] + with_plan + (["--json"] if args.json else [])
    tmp_outputs = []

    def run_finish(extra):
        out = cds.run_binary(binary, finish + extra, finish_lines())
        sys.stdout.write(out)
        sys.stdout.flush()

    extra = []
    pending = []
    for flag, dest in (("-o", args.output), ("--parquet", args.parquet)):
        if dest is None:
            continue
        path = cds.local_path(dest)
        if path is None:
            pending.append((flag, dest))
        else:
            extra += [flag, path]
    if pending:
        # Remote outputs: written locally, then copied.
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            for flag, dest in pending:
                local = os.path.join(tmp, os.path.basename(dest.rstrip("/")) or "out")
                extra += [flag, local]
                tmp_outputs.append((local, dest))
            run_finish(extra)
            for local, dest in tmp_outputs:
                parent, name = dest.rstrip("/").rsplit("/", 1)
                cds.publish(local, parent, name)
    else:
        run_finish(extra)
    mark("finish")
    if args.timings:
        cds.log(f"total {time.time() - started:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(cds.main_of(main))
