#!/usr/bin/env bash
# The Spark benchmark (figures in spark/README.md): N synthetic fingerprints
# (default 10^6, shaped like the corpus: tests/src/synthetic.rs) clustered
# by `clone-detect cluster` and by spark/cluster.py in Spark local[2], wall
# time and peak memory of each, and the same clustering file checked; then
# WARC fingerprinting throughput, `clone-detect fingerprint` with 1 and 2
# threads against spark/fingerprint.py with one and two executors on a
# standalone cluster on loopback.
#
#   spark/bench.sh            the full run (release build, 10^6 sites; about 30 minutes here)
#   spark/bench.sh --smoke    2,000 sites and two small WARC files in local mode, debug build (CI)
#   spark/bench.sh --sites N  another size
#
# Needs the Python venv of scripts/test.sh (pyspark, warcio): it is used
# from $CLONE_DETECT_PYTHON, else target/python-reference. Work files in
# target/spark-bench (or target/spark-bench-smoke).
set -euo pipefail
cd "$(dirname "$0")/.."

sites=1000000
smoke=0
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=1; sites=2000 ;;
    --sites) sites="$2"; shift ;;
    *) echo "usage: spark/bench.sh [--smoke] [--sites N]" >&2; exit 2 ;;
  esac
  shift
done

target="${CARGO_TARGET_DIR:-target}"
python="${CLONE_DETECT_PYTHON:-$target/python-reference/bin/python}"
if ! "$python" -c 'import pyspark, warcio' 2>/dev/null; then
  echo "spark/bench.sh: no Python with pyspark and warcio at $python: run scripts/test.sh once (it makes the venv), or set CLONE_DETECT_PYTHON" >&2
  exit 2
fi

if [ "$smoke" = 1 ]; then
  work="$target/spark-bench-smoke"
  # The debug build the test command makes (every workspace member's
  # features): nothing to build after `scripts/test.sh`.
  cargo build --locked --workspace --bins --examples
  binary="$target/debug/clone-detect"
else
  work="$target/spark-bench"
  cargo build --release --locked -p clone-detect-cli
  binary="$target/release/clone-detect"
fi
rm -rf "$work"
mkdir -p "$work"
# A copy: a build running beside the benchmark cannot change it under it.
cp "$binary" "$work/clone-detect"
binary="$work/clone-detect"

echo "== $sites synthetic fingerprints" >&2
CLONE_DETECT_SYNTHETIC="$sites 2026 $(cd "$work" && pwd)/synthetic.jsonl" \
  cargo test --locked -q --workspace --test cli spark::synthetic_fingerprints -- --ignored --exact >&2

echo "== WARC files of corpus sites" >&2
if [ "$smoke" = 1 ]; then
  "$python" spark/pack_warcs.py --out "$work/warcs" --per-warc 2 \
    corpus/sites/libfmt-bookworm corpus/sites/libfmt-bookworm-mirror \
    corpus/sites/python-mako-trixie corpus/sites/python-markdown-bookworm >/dev/null
  executors=local
else
  # Every corpus site four times (under four host names), 35 sites a file.
  "$python" spark/pack_warcs.py --out "$work/warcs" --per-warc 35 --copies 4 corpus/sites/*/ >/dev/null
  executors=standalone
fi

PATH="$(dirname "$python"):$PATH" "$python" spark/bench.py --binary "$binary" \
  --fingerprints "$work/synthetic.jsonl" --warcs "$work/warcs" --work "$work" \
  --executors "$executors" $([ "$smoke" = 1 ] && echo --driver-memory 1g --quick-jvm)
