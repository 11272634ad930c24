#!/usr/bin/env bash
# CI smoke run of the fuzz targets: builds them and runs each for a short,
# fixed number of executions (default 2000); the summary goes to
# fuzz/logs/smoke.md, not RESULTS.md. Exits non-zero when a target crashed.
#
#   fuzz/smoke.sh [EXECUTIONS]
set -uo pipefail
cd "$(dirname "$0")"
mkdir -p logs
# A fixed seed: the same executions on every CI run.
FUZZ_SEED=${FUZZ_SEED:-1} RESULTS_FILE=logs/smoke.md ./run.sh "${1:-2000}"
code=$?
cat logs/smoke.md
exit $code
