#!/usr/bin/env bash
# Packs the release binary with its icon, desktop entry, README and licences into a portable
# archive in dist/: a .tar.gz on Linux and macOS, a .zip on Windows. Run after
# `cargo build --release`; prints the archive's path.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
target_dir=${CARGO_TARGET_DIR:-target}
case "$(uname -s)" in
    Linux) os=linux exe=parama ;;
    Darwin) os=macos exe=parama ;;
    MINGW* | MSYS* | CYGWIN*) os=windows exe=parama.exe ;;
    *) echo "archive.sh: unknown system $(uname -s)" >&2; exit 1 ;;
esac
binary="$target_dir/release/$exe"
[[ -x "$binary" ]] || { echo "archive.sh: no release binary at $binary (run cargo build --release)" >&2; exit 1; }

name="parama-$version-$os-$(uname -m)"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name"
cp "$binary" README.md LICENSE-MIT LICENSE-APACHE NOTICE.md "$stage/$name/"
if [[ $os == linux ]]; then
    # The desktop entry and the icon, to copy into ~/.local/share (see README, "Install").
    cp assets/packaging/parama.desktop "$stage/$name/"
    cp assets/icon/png/256x256.png "$stage/$name/parama.png"
fi

mkdir -p dist
if [[ $os == windows ]]; then
    archive="dist/$name.zip"
    rm -f "$archive"
    (cd "$stage" && 7z a -tzip -bso0 "$root/$archive" "$name")
else
    archive="dist/$name.tar.gz"
    tar -C "$stage" -czf "$archive" "$name"
fi
echo "$archive"
