#!/usr/bin/env bash
# Regenerates every table the documentation prints from the committed corpus
# (the README links to them), between the markers
#   <!-- tables.sh: ARGS -->  ...  <!-- end tables.sh -->
# in docs/*.md: the block is replaced by the output of `clone-detect ARGS`.
# With --check, nothing is written: the script fails and shows the
# difference when a table is not what the code prints today (CI runs this).
set -euo pipefail
cd "$(dirname "$0")/.."

check=false
if [ "${1:-}" = "--check" ]; then
  check=true
fi

# The binaries with the features the test command builds them with (every
# workspace member's, dev-dependencies included): after `scripts/test.sh`
# this builds nothing, where `-p clone-detect-cli` alone would build the
# library a second time with other features.
cargo build -q --workspace --bins --examples --locked
bin="${CARGO_TARGET_DIR:-target}/debug/clone-detect"
out="$(mktemp)"
err="$(mktemp)"
trap 'rm -f "$out" "$err"' EXIT

fail() {
  echo "scripts/tables.sh: $*" >&2
  exit 1
}

status=0
for doc in docs/*.md; do
  grep -q '^<!-- tables.sh: ' "$doc" || continue
  : >"$out"
  in_block=false
  line_no=0
  while IFS= read -r line || [ -n "$line" ]; do
    line_no=$((line_no + 1))
    if [[ "$line" =~ ^'<!-- tables.sh: '(.*)' -->'$ ]]; then
      $in_block && fail "$doc:$line_no: a block starts inside another"
      printf '%s\n\n' "$line" >>"$out"
      read -r -a words <<<"${BASH_REMATCH[1]}"
      if ! "$bin" "${words[@]}" </dev/null >>"$out" 2>"$err"; then
        cat "$err" >&2
        fail "$doc:$line_no: \`clone-detect ${BASH_REMATCH[1]}\` failed"
      fi
      printf '\n' >>"$out"
      in_block=true
    elif [ "$line" = '<!-- end tables.sh -->' ]; then
      $in_block || fail "$doc:$line_no: an end marker without a start"
      printf '%s\n' "$line" >>"$out"
      in_block=false
    elif ! $in_block; then
      printf '%s\n' "$line" >>"$out"
    fi
  done <"$doc"
  $in_block && fail "$doc: a block is not ended (<!-- end tables.sh -->)"
  if $check; then
    if ! diff -u "$doc" "$out"; then
      echo "scripts/tables.sh: $doc is not what the code prints today; run scripts/tables.sh" >&2
      status=1
    fi
  else
    # In place: the document keeps its own mode.
    cat "$out" >"$doc"
  fi
done
exit $status
