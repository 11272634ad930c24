#!/usr/bin/env bash
# The test command. The tests drive real tools: Debian's chromium
# (screenshots), bind9-utils (named-checkzone loads the RPZ zones), a Java
# runtime (Spark), and Python reference tools from PyPI (warcio, PyMISP,
# stix2-validator, pyspark). On a machine without them, this installs them
# first (apt-get as root or through sudo; pip in a virtual environment),
# then runs every test of the workspace. Arguments go to `cargo test` (e.g.
# a test name).
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
# pgrep, which the Spark tests use to check that no cluster process is left.
if ! command -v pgrep >/dev/null 2>&1; then
  need="$need procps"
fi
# Java for Spark (pyspark 3.5 runs on Java 8, 11 or 17): Debian 12's
# openjdk-17-jre-headless, else the release's default JRE.
need_java=0
if ! command -v java >/dev/null 2>&1; then
  need_java=1
fi
if [ -n "$need" ] || [ "$need_java" = 1 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -q
  if [ "$need_java" = 1 ]; then
    if apt-cache show openjdk-17-jre-headless >/dev/null 2>&1; then
      need="$need openjdk-17-jre-headless"
    else
      need="$need default-jre-headless"
    fi
    # Slim images lack the man folder the JRE's alternatives link into.
    $sudo mkdir -p /usr/share/man/man1
  fi
  echo "scripts/test.sh: installing$need" >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q $need
fi

# The reference tools, in a virtual environment kept under the target
# folder and made again when the pinned list changes. The tests find the
# interpreter through CLONE_DETECT_PYTHON (and Spark's spark-submit beside
# it).
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
