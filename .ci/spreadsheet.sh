#!/usr/bin/env bash
# The workbook in a real spreadsheet program: export the tables as .xlsx with the binary `cargo
# test` built, with an imported article whose names have Lithuanian letters, open each with
# Gnumeric's ssconvert (Debian's `gnumeric`; .ci/run installs it) and check what it read
# (.ci/spreadsheet.py): the cell types, the letters, and that no cell became a formula or an error.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/parama-target}"

cargo build --quiet
bin="$CARGO_TARGET_DIR/debug/parama"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bin" --data-dir "$work/data" import tests/fixtures/measures/m1-shells.txt
for table in programmes figures articles timeline programme-counts figures-over-time; do
  "$bin" --data-dir "$work/data" export "$table" --output "$work/$table.xlsx"
  # Gnumeric's own file format says what it read: each cell's value type, and formulas as such.
  ssconvert "$work/$table.xlsx" "$work/$table.gnumeric" 2>"$work/$table.log" \
    || { cat "$work/$table.log"; exit 1; }
done
python3 .ci/spreadsheet.py "$work"
