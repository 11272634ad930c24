#!/usr/bin/env bash
# The dependency policy (deny.toml): licences, banned and duplicate
# versions, sources. Installs cargo-deny (pinned) when absent. With
# --advisories, also checks the RustSec advisories, which needs the
# advisory database from GitHub (not reachable from every build machine).
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_DENY_VERSION=0.20.2
if ! cargo deny --version 2>/dev/null | grep -q "$CARGO_DENY_VERSION"; then
  echo "scripts/deny.sh: installing cargo-deny $CARGO_DENY_VERSION" >&2
  cargo install cargo-deny --version "$CARGO_DENY_VERSION" --locked
fi

checks=(licenses bans sources)
if [ "${1:-}" = "--advisories" ]; then
  checks+=(advisories)
  cargo deny check "${checks[@]}"
else
  # --offline reads every crate of the lock file, for every platform, from
  # cargo's local cache: a fresh machine has only those its builds fetched,
  # so fetch the rest first (crates.io is reachable; GitHub may not be).
  cargo fetch --locked --quiet
  cargo deny --offline check "${checks[@]}"
fi
