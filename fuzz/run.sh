#!/usr/bin/env bash
# Runs the fuzz targets for SECONDS_EACH seconds each (default 600), on the stable toolchain:
#   bash fuzz/run.sh                 # every target
#   SECONDS_EACH=60 bash fuzz/run.sh search html
# cargo-fuzz passes unstable flags (-Zsanitizer=address) to rustc; RUSTC_BOOTSTRAP=1 lets the
# stable compiler accept them. Crashes land in fuzz/artifacts/<target>/: fix the bug, then copy
# the input to fuzz/regressions/<target>/ so that `cargo test` (tests/fuzz_inputs.rs) keeps it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
seconds="${SECONDS_EACH:-600}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(import html figures search neutralise state)
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
export RUSTC_BOOTSTRAP=1
cargo fuzz build -O
for target in "${targets[@]}"; do
  mkdir -p "corpus/$target"
  cargo fuzz run -O "$target" "corpus/$target" "seeds/$target" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1
done
