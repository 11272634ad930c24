"""WARC files to clusters in one Spark application: spark/fingerprint.py,
then spark/cluster.py on what it wrote (one start of the application and
its executors instead of two).

    spark-submit --master local[2] spark/pipeline.py --fingerprints FPS/ -o clusters.json \\
        a.warc.gz b.warc.gz

Takes the arguments of both jobs: WARC files and listings (--listing,
--base, --limit, --read, --threads), --fingerprints DIR (the Parquet
folder, fingerprint.py's -o), and the clustering's -o, --parquet, --json,
--model, --min-average, --evidence-links, --driver-components, --timings;
--binary for both. Exit code:
the worse of the two jobs'.
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clone_detect_spark as cds  # noqa: E402
import cluster  # noqa: E402
import fingerprint  # noqa: E402


def main(argv):
    p = argparse.ArgumentParser(prog="pipeline.py", add_help=True)
    p.add_argument("--fingerprints", required=True, metavar="DIR")
    p.add_argument("-o", "--output", metavar="FILE")
    p.add_argument("--parquet", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.add_argument("--model", metavar="FILE")
    p.add_argument("--min-average", metavar="SCORE")
    p.add_argument("--evidence-links", metavar="N")
    p.add_argument("--driver-components", metavar="N")
    p.add_argument("--timings", action="store_true")
    ours, rest = p.parse_known_args(argv)
    fargs = fingerprint.parse(["-o", ours.fingerprints] + rest)
    cargs = [ours.fingerprints]
    for flag, value in (
        ("-o", ours.output),
        ("--parquet", ours.parquet),
        ("--model", ours.model),
        ("--min-average", ours.min_average),
        ("--evidence-links", ours.evidence_links),
        ("--driver-components", ours.driver_components),
        ("--binary", fargs.binary),
    ):
        if value is not None:
            cargs += [flag, value]
    cargs += ["--json"] if ours.json else []
    cargs += ["--timings"] if ours.timings else []
    spark = cds.session("clone-detect fingerprint and cluster")
    code = fingerprint.run(spark, fargs)
    if code != 2:
        code = max(code, cluster.run(spark, cluster.parse(cargs)))
    spark.stop()
    return code


if __name__ == "__main__":
    sys.exit(cds.main_of(main))
