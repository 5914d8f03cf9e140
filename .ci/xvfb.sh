# Sourced by the CI scripts that open a real window: start_xvfb WORK starts Xvfb on a display
# number nobody uses (its log in WORK/xvfb.log), waits for it, and exports DISPLAY; its process id
# is in $xvfb_pid, for the caller's clean-up.
start_xvfb() {
  local display=99
  while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
  Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp >"$1/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
  export DISPLAY=":$display"
}
