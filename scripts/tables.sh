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

cargo build -q -p clone-detect-cli --locked
bin="${CARGO_TARGET_DIR:-target}/debug/clone-detect"

status=0
for doc in docs/*.md; do
  grep -q '^<!-- tables.sh: ' "$doc" || continue
  out="$(mktemp)"
  # Copy the document, replacing each generated block.
  {
    in_block=false
    while IFS= read -r line || [ -n "$line" ]; do
      if [[ "$line" =~ ^'<!-- tables.sh: '(.*)' -->'$ ]]; then
        printf '%s\n\n' "$line"
        read -r -a words <<<"${BASH_REMATCH[1]}"
        "$bin" "${words[@]}" 2>/dev/null
        printf '\n'
        in_block=true
      elif [ "$line" = '<!-- end tables.sh -->' ]; then
        printf '%s\n' "$line"
        in_block=false
      elif ! $in_block; then
        printf '%s\n' "$line"
      fi
    done <"$doc"
  } >"$out"
  if $check; then
    if ! diff -u "$doc" "$out"; then
      echo "scripts/tables.sh: $doc is not what the code prints today; run scripts/tables.sh" >&2
      status=1
    fi
    rm -f "$out"
  else
    mv "$out" "$doc"
  fi
done
exit $status
