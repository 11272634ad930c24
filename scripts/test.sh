#!/usr/bin/env bash
# The test command. The tests drive real tools: Debian's chromium
# (screenshots) and bind9-utils (named-checkzone loads the RPZ zones). On a
# machine without them, this installs them first with apt-get (as root, or
# through sudo), then runs every test of the workspace. Arguments go to
# `cargo test` (e.g. a test name).
set -euo pipefail
cd "$(dirname "$0")/.."

need=""
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  need="$need chromium"
fi
if ! command -v named-checkzone >/dev/null 2>&1; then
  need="$need bind9-utils"
fi
if [ -n "$need" ]; then
  echo "scripts/test.sh: installing$need" >&2
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q $need
fi

cargo test --workspace --locked "$@"
