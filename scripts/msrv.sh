#!/usr/bin/env bash
# Checks that the library builds with the minimum supported Rust version
# (`rust-version` in Cargo.toml): with every feature by default (about 12
# minutes cold on 2 cores), or with the cargo feature arguments given (CI
# checks the core: `scripts/msrv.sh --no-default-features`). Installs that
# toolchain with rustup when absent. Its build directory is separate
# (target/msrv), so that it never invalidates the main build.
set -euo pipefail
cd "$(dirname "$0")/.."

msrv=$(sed -n 's/^rust-version = "\(.*\)"/\1/p' Cargo.toml)
[ -n "$msrv" ] || { echo "scripts/msrv.sh: no rust-version in Cargo.toml" >&2; exit 2; }
if ! rustup run "$msrv" rustc --version >/dev/null 2>&1; then
  rustup toolchain install "$msrv" --profile minimal
fi
[ "$#" -gt 0 ] || set -- --all-features
CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}/msrv" \
  cargo +"$msrv" check -p clone-detect --locked "$@"
