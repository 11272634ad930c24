#!/usr/bin/env bash
# Measures what rendering saved folders in one browser per run saves
# (`--render-folders`, issue 15), against a browser per folder, in the same
# run: the same corpus folders fingerprinted with rendering by one
# `clone-detect` process (one browser for all) and by one process per
# folder (a browser each), ROUNDS times, and without rendering for scale.
# Prints the wall-clock times and the ratio. Needs Chromium and the release
# build (`cargo build --release -p clone-detect-cli`); as root, pass
# --no-sandbox through CLONE_DETECT_SANDBOX_FLAG (the default as root).
#
#   scripts/bench-render-folders.sh [FOLDERS] [ROUNDS]   # defaults: 10, 2
set -euo pipefail
cd "$(dirname "$0")/.."

count="${1:-10}"
rounds="${2:-2}"
bin=target/release/clone-detect
[ -x "$bin" ] || { echo "build it first: cargo build --release -p clone-detect-cli" >&2; exit 1; }
flag="${CLONE_DETECT_SANDBOX_FLAG-}"
if [ -z "${CLONE_DETECT_SANDBOX_FLAG+set}" ] && [ "$(id -u)" = 0 ]; then
  flag=--no-sandbox
fi

# Releases, not mirrors, in name order: a fixed choice.
mapfile -t folders < <(find corpus/sites -mindepth 1 -maxdepth 1 -type d ! -name '*-mirror' | sort | head -n "$count")
out="$(mktemp)"
trap 'rm -f "$out"' EXIT

now() { date +%s.%N; }
seconds() { echo "$2 - $1" | bc; }

start=$(now)
"$bin" fingerprint "${folders[@]}" >"$out"
plain=$(seconds "$start" "$(now)")
echo "${#folders[@]} folders, without rendering: ${plain} s"
for round in $(seq "$rounds"); do
  start=$(now)
  # shellcheck disable=SC2086
  "$bin" fingerprint --render-folders $flag "${folders[@]}" >"$out"
  one=$(seconds "$start" "$(now)")
  [ "$(grep -c . "$out")" = "${#folders[@]}" ] || { echo "not every folder was fingerprinted" >&2; exit 1; }
  if grep -q -e 'rendering the folder failed' -e '"rendered":null' "$out"; then
    echo "a rendering failed (see $out)" >&2
    exit 1
  fi
  start=$(now)
  for folder in "${folders[@]}"; do
    # shellcheck disable=SC2086
    "$bin" fingerprint --render-folders $flag "$folder" >"$out"
  done
  each=$(seconds "$start" "$(now)")
  ratio=$(echo "scale=2; $each / $one" | bc)
  echo "round $round: one browser for all ${one} s; a browser per folder ${each} s; ${ratio}x"
done
