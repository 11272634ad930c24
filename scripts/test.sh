#!/usr/bin/env bash
# The test command. The tests drive real tools: Debian's chromium
# (screenshots), bind9-utils (named-checkzone loads the RPZ zones) and
# Python reference tools from PyPI (warcio, PyMISP, stix2-validator). On a
# machine without them, this installs them first (apt-get as root or through
# sudo; pip in a virtual environment), then runs every test of the
# workspace. Arguments go to `cargo test` (e.g. a test name).
set -euo pipefail
cd "$(dirname "$0")/.."

need=""
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  need="$need chromium"
fi
if ! command -v named-checkzone >/dev/null 2>&1; then
  need="$need bind9-utils"
fi
# Python 3 with venv, for the reference tools (tests/python/requirements.txt).
if ! command -v python3 >/dev/null 2>&1 || ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
  need="$need python3 python3-venv"
fi
if [ -n "$need" ]; then
  echo "scripts/test.sh: installing$need" >&2
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q $need
fi

# The reference tools, in a virtual environment kept under the target
# folder and made again when the pinned list changes. The tests find the
# interpreter through CLONE_DETECT_PYTHON.
target="${CARGO_TARGET_DIR:-target}"
venv="$target/python-reference"
req="tests/python/requirements.txt"
stamp="$venv/requirements.txt"
if ! cmp -s "$req" "$stamp" 2>/dev/null; then
  echo "scripts/test.sh: installing the Python reference tools in $venv" >&2
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$req"
  cp "$req" "$stamp"
fi
CLONE_DETECT_PYTHON="$(cd "$venv/bin" && pwd)/python"
export CLONE_DETECT_PYTHON

cargo test --workspace --locked "$@"
