#!/usr/bin/env bash
# Regenerates ../ts-chars.tsv and ../st-chars.tsv from the OpenCC dictionaries that the
# npm package `opencc` ships as plain text (data/dictionary/*.txt).
# Needs bash, npm (configured registry) and node. Usage: bash generate-script-fold.sh
set -euo pipefail

# Pinned so that a rerun produces the same bytes; bump deliberately and review the diff.
OPENCC_VERSION="1.4.2"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out_dir="$(cd "$here/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(
  cd "$work"
  npm pack --silent "opencc@${OPENCC_VERSION}" >/dev/null
  tar -xzf "opencc-${OPENCC_VERSION}.tgz"
)

node "$here/script-fold.mjs" "$work/package" "$out_dir"
