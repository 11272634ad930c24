#!/usr/bin/env bash
# Checks that the library builds with the minimum supported Rust version
# (`rust-version` in Cargo.toml), with every feature. Installs that
# toolchain with rustup when absent. Its build directory is separate
# (target/msrv), so that it never invalidates the main build.
set -euo pipefail
cd "$(dirname "$0")/.."

msrv=$(sed -n 's/^rust-version = "\(.*\)"/\1/p' Cargo.toml)
[ -n "$msrv" ] || { echo "scripts/msrv.sh: no rust-version in Cargo.toml" >&2; exit 2; }
if ! rustup run "$msrv" rustc --version >/dev/null 2>&1; then
  rustup toolchain install "$msrv" --profile minimal
fi
CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}/msrv" \
  cargo +"$msrv" check -p clone-detect --all-features --locked "$@"
