#!/usr/bin/env bash
# Startup time and peak memory of Parama against a minimal eframe window (examples/minimal.rs),
# both release builds (the shipped profile), each started RUNS times, alternately, on the
# current X display (or a private Xvfb when there is none). Each run opens the window, draws the
# first frame and closes (--quit-after-first-frame); the wall time is from process start to
# exit, the memory is the peak resident set from GNU time.
#
#   bash benches/startup.sh [RUNS]        (default 20; needs Xvfb without a display, GNU time)
#
# Prints the median and 95th percentile of each, and the ratios. Figures go in
# docs/PERFORMANCE.md; this script never fails on timing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
target_dir=${CARGO_TARGET_DIR:-target}

cargo build --release --quiet --bin parama --example minimal
parama="$target_dir/release/parama"
minimal="$target_dir/release/examples/minimal"

work=$(mktemp -d)
xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  display=90
  while [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
  Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
  export DISPLAY=":$display"
fi
mkdir -m 700 -p "$work/xdg"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$work/xdg}"
unset WAYLAND_DISPLAY

# One run: prints "milliseconds kilobytes".
run() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; return 1; }
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(tail -n 1 "$work/rss")"
}

: >"$work/parama"; : >"$work/minimal"
# One of each first, not counted: it warms the disk cache and the Vulkan driver's caches.
run "$minimal" --quit-after-first-frame >/dev/null
run "$parama" --data-dir "$work/data" --quit-after-first-frame >/dev/null
for _ in $(seq "$runs"); do
  run "$minimal" --quit-after-first-frame >>"$work/minimal"
  run "$parama" --data-dir "$work/data" --quit-after-first-frame >>"$work/parama"
done

python3 - "$work/minimal" "$work/parama" <<'PY'
import statistics, sys
def load(path):
    rows = [tuple(map(int, line.split())) for line in open(path) if line.strip()]
    return [r[0] for r in rows], [r[1] for r in rows]
def p95(xs):
    xs = sorted(xs); return xs[round((len(xs) - 1) * 0.95)]
(mt, mm), (pt, pm) = load(sys.argv[1]), load(sys.argv[2])
print(f"runs: {len(mt)} each")
print("| program | startup median | startup p95 | peak memory median |")
print("| --- | ---: | ---: | ---: |")
for name, t, m in (("minimal eframe window", mt, mm), ("Parama", pt, pm)):
    print(f"| {name} | {statistics.median(t):.0f} ms | {p95(t)} ms | {statistics.median(m) / 1024:.1f} MiB |")
print(f"| Parama ÷ minimal | {statistics.median(pt) / statistics.median(mt):.2f}× | | "
      f"{statistics.median(pm) / statistics.median(mm):.2f}× |")
PY
