#!/usr/bin/env bash
# The window through the Linux screen-reader stack (AT-SPI), as Orca would read it: Parama (the
# debug binary `cargo test` built) under Xvfb, on a private D-Bus session with the accessibility
# bus started and switched on, walked from Python with pyatspi (.ci/atspi.py). Needs Debian's
# at-spi2-core, python3-pyatspi and dbus (.ci/run installs them).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/parama-target}"

cargo build --quiet
bin="$CARGO_TARGET_DIR/debug/parama"
work=$(mktemp -d)
xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

source .ci/xvfb.sh
start_xvfb "$work"
mkdir -m 700 "$work/xdg"
export XDG_RUNTIME_DIR="$work/xdg"
unset WAYLAND_DISPLAY

# One session per view: (tab, row to select). The first Programmes and Figures rows are on screen.
inside() {
  set -euo pipefail
  /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
  for _ in $(seq 50); do
    gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
      --method org.a11y.Bus.GetAddress >/dev/null 2>&1 && break
    sleep 0.1
  done
  # The gsettings key alone is not enough: the bus's own status says a screen reader is on.
  for property in IsEnabled ScreenReaderEnabled; do
    gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
      --method org.freedesktop.DBus.Properties.Set org.a11y.Status "$property" '<true>' >/dev/null
  done
  "$1" --data-dir "$2/data" --tab "$3" ${4:+--select "$4"} --size 1280x800 >"$2/parama-$3.log" 2>&1 &
  local app=$!
  /usr/bin/python3 .ci/atspi.py "$3" "${4:-}"
  local result=$?
  kill "$app" 2>/dev/null || true
  return $result
}
export -f inside
for view in "programmes general-support" "figures trainees-2023" "articles baltictimes-assistance-2023" "overview"; do
  # shellcheck disable=SC2086
  timeout 120 dbus-run-session -- bash -c 'inside "$@"' _ "$bin" "$work" $view 2>"$work/dbus.log" ||
    { cat "$work/dbus.log" "$work"/parama-*.log; exit 1; }
done
