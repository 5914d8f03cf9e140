#!/usr/bin/env bash
# Smoke test of the real binary: build it in release mode, open its window on a virtual X display,
# let it save a screenshot of itself (`--screenshot`), and check the picture is the window's size
# and not blank. Needs Xvfb and ImageMagick (.ci/run installs them).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/parama-target}"

cargo build --release
bin="$CARGO_TARGET_DIR/release/parama"

work=$(mktemp -d)
xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

source .ci/xvfb.sh
start_xvfb "$work"

mkdir -m 700 "$work/xdg"
export XDG_RUNTIME_DIR="$work/xdg"
unset WAYLAND_DISPLAY

"$bin" --version
"$bin" --help >/dev/null

check() { # tab size
  local shot="$work/$1.png"
  timeout 120 "$bin" --data-dir "$work/data" --screenshot "$shot" --tab "$1" --size "$2"
  local got colours
  got=$(identify -format '%wx%h' "$shot")
  colours=$(identify -format '%k' "$shot")
  echo "$1: $got, $colours colours"
  [ "$got" = "$2" ] || { echo "screenshot is $got, expected the window's $2" >&2; exit 1; }
  [ "$colours" -gt 50 ] || { echo "screenshot looks blank ($colours colours)" >&2; exit 1; }
}
check overview 1024x700
check articles 1024x700
check programmes 1600x1000
check figures 1024x700

# A way of drawing that does not exist here, tried first, gives way to one that does; the one that
# worked is remembered for the next start.
rm -f "$work/data/renderer.txt"
PARAMA_RENDERER=dx12,metal,vulkan,gl timeout 120 "$bin" --data-dir "$work/data" --screenshot "$work/fallback.png" --size 800x600
[ "$(identify -format '%wx%h' "$work/fallback.png")" = 800x600 ] || { echo "no window after the fallback" >&2; exit 1; }
[ "$(cat "$work/data/renderer.txt")" = vulkan ] || { echo "the backend that worked was not remembered" >&2; exit 1; }
echo "fallback: dx12 and metal could not draw here; vulkan did, and is remembered"
# When nothing draws, the message names what was tried.
if PARAMA_RENDERER=dx12,metal timeout 120 "$bin" --data-dir "$work/data" --screenshot "$work/none.png" 2>"$work/err"; then
  echo "a window with no way of drawing should fail" >&2; exit 1
fi
grep -q "Tried: dx12 (.*); metal (" "$work/err" || { cat "$work/err" >&2; exit 1; }

# A path that cannot be written is an error with a message, not a crash.
if "$bin" --data-dir "$work/data" --screenshot /nonexistent-dir/x.png --size 800x600 2>"$work/err"; then
  echo "a screenshot to an unwritable path should fail" >&2; exit 1
fi
grep -q "could not save the screenshot" "$work/err" || { cat "$work/err" >&2; exit 1; }

# A crash leaves a report in the data folder and says where on standard error; the next start
# tells of it (and marks it told).
if timeout 120 "$bin" --data-dir "$work/crashed" --panic-after-first-frame 2>"$work/err"; then
  echo "a panic should end the program with an error" >&2; exit 1
fi
report=$(ls "$work/crashed"/crash-*.txt)
grep -q "a panic on purpose" "$report" || { cat "$report" >&2; exit 1; }
grep -qF "A report is in $report" "$work/err" || { cat "$work/err" >&2; exit 1; }
timeout 120 "$bin" --data-dir "$work/crashed" --screenshot "$work/after-crash.png" --size 800x600
[ -f "${report%.txt}.seen.txt" ] || { echo "the next start did not tell of the report" >&2; exit 1; }
echo "crash: the report is in the data folder, and the next start tells of it"
echo "smoke test passed"
