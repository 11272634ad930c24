#!/usr/bin/env bash
# Builds the fuzz targets and runs each for exactly EXECUTIONS executions
# (libFuzzer -runs), one target after another, one fuzzer process at a time.
# Writes one summary line per target to fuzz/RESULTS.md (the table is
# rewritten; everything below the "findings" marker is kept), and exits
# non-zero when any target crashed, timed out or ran out of memory.
#
#   fuzz/run.sh [EXECUTIONS]        default 1000000
#   TARGETS="store_log page_parse" fuzz/run.sh 100000    some targets only
#   RESULTS_FILE=/tmp/r.md fuzz/run.sh 2000              summary elsewhere (smoke.sh)
#
# Needs cargo-fuzz (installed when missing) and python3 (seeding). Builds
# with the stable toolchain: RUSTC_BOOTSTRAP=1 is set for this build alone
# (cargo-fuzz passes nightly-only flags), without sanitizer (`-s none`: the
# code is #![forbid(unsafe_code)]; what we hunt is panics, hangs, OOM and
# stack overflows) and with debug assertions (overflow checks) on.
set -uo pipefail
cd "$(dirname "$0")"
RUNS=${1:-1000000}
RESULTS_FILE=${RESULTS_FILE:-RESULTS.md}
ALL_TARGETS="snapshot_manifest fingerprint_jsonl image_decode store_log domain_names watch_state page_parse warc_http warc_archive"
TARGETS=${TARGETS:-$ALL_TARGETS}
MARKER="<!-- findings: everything below this line is kept by run.sh -->"

max_len() {
  # Large enough for what each parser bounds (the 512-deep nesting bound
  # takes ~1.5 KiB of tags, a store record with a fingerprint ~4 KiB, a
  # WARC record with its HTTP head and a page a few KiB), small enough for
  # 10^6 executions in about an hour for the slowest target on 2 cores.
  case $1 in
    domain_names) echo 1024 ;;
    warc_archive | warc_http | watch_state | snapshot_manifest | page_parse) echo 4096 ;;
    *) echo 16384 ;;
  esac
}

if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked || exit 2
fi

mkdir -p logs
echo "== build (cargo fuzz build -s none --debug-assertions) =="
build_start=$(date +%s)
if ! RUSTC_BOOTSTRAP=1 cargo fuzz build -s none --debug-assertions; then
  echo "fuzz build failed" >&2
  exit 2
fi
build_secs=$(( $(date +%s) - build_start ))
echo "build: ${build_secs}s"
# cargo builds into $CARGO_TARGET_DIR when it is set (relative to this folder).
BIN=${CARGO_TARGET_DIR:-target}/x86_64-unknown-linux-gnu/release

# Scratch files of the targets (they write the inputs that entry points
# read by path): on tmpfs when there is one, removed at the end.
SCRATCH=$(mktemp -d /dev/shm/clone-detect-fuzz.XXXXXX 2>/dev/null || mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
export TMPDIR=$SCRATCH
# Fingerprinting uses rayon: one worker, so one fuzzer takes one core.
export RAYON_NUM_THREADS=1

echo "== seeds =="
python3 seeds.py corpus || exit 2

declare -A rows=()
failed=0
for t in $TARGETS; do
  mkdir -p "corpus/$t" "artifacts/$t"
  before=$(ls "artifacts/$t" | grep -Ec '^(crash|timeout|oom|leak)-' || true)
  log="logs/$t.log"
  echo "== $t: $RUNS executions (log: fuzz/$log) =="
  start=$(date +%s.%N)
  # One in-process fuzzer: no -jobs/-workers, which would fork a second
  # process (and with -jobs>1 run several at once).
  "$BIN/$t" "corpus/$t" -runs="$RUNS" -max_len="$(max_len "$t")" \
    -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 ${FUZZ_SEED:+-seed=$FUZZ_SEED} \
    -artifact_prefix="artifacts/$t/" >"$log" 2>&1
  code=$?
  secs=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  execs=${execs:-0}
  rate=$(awk -v n="$execs" -v s="$secs" 'BEGIN { printf "%d", (s > 0 ? n / s : 0) }')
  after=$(ls "artifacts/$t" | grep -Ec '^(crash|timeout|oom|leak)-' || true)
  crashes=$(( after - before ))
  if [ "$code" -ne 0 ] && [ "$crashes" -eq 0 ]; then crashes=1; fi
  found=$(grep -o "Test unit written to [^ ]*" "$log" | tail -1 | sed 's/Test unit written to //')
  [ "$crashes" -gt 0 ] && failed=1
  printf '%s: %s executions in %.0fs (%s exec/s), exit %s, crashes %s %s\n' \
    "$t" "$execs" "$secs" "$rate" "$code" "$crashes" "$found"
  rows[$t]="| \`$t\` | $RUNS | $execs | $(printf '%.0f' "$secs") | $rate | $(max_len "$t") | $crashes | ${found:+\`fuzz/$found\`} | $(date -u +%Y-%m-%d) |"
done

# The table: a row per target, this run's rows replacing earlier ones
# (a run of some targets keeps the others' rows).
{
  echo "# Fuzzing results"
  echo
  echo "Written by \`fuzz/run.sh\` ($(nproc) cores; stable toolchain with RUSTC_BOOTSTRAP=1,"
  echo "\`cargo fuzz build -s none --debug-assertions\`; libFuzzer -rss_limit_mb=2048 -timeout=10;"
  echo "last build ${build_secs}s). \`crashes\` counts crash, timeout and OOM inputs written."
  echo
  echo "| target | runs asked | executions | seconds | exec/s | max_len | crashes | input | date |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for t in $ALL_TARGETS; do
    if [ -n "${rows[$t]:-}" ]; then
      echo "${rows[$t]}"
    elif [ -f "$RESULTS_FILE" ]; then
      grep -F "| \`$t\` |" "$RESULTS_FILE" | head -1
    fi
  done
  echo
  echo "$MARKER"
  if [ -f "$RESULTS_FILE" ] && grep -qF "$MARKER" "$RESULTS_FILE"; then
    awk -v m="$MARKER" 'found { print } $0 == m { found = 1 }' "$RESULTS_FILE"
  fi
} >"$RESULTS_FILE.new" && mv "$RESULTS_FILE.new" "$RESULTS_FILE"
echo "summary: fuzz/$RESULTS_FILE"
exit $failed
