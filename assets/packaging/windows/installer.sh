#!/usr/bin/env bash
# Makes Parama's Windows installer from a built parama.exe with NSIS's makensis (Debian's and
# Ubuntu's `nsis` package): `installer.sh path/to/parama.exe`. Writes
# dist/Parama_<version>_x64-setup.exe and prints its path. .ci/windows.sh and the release
# workflow both use it, so what CI installs under Wine is what ships.
set -euo pipefail
exe=$(realpath "$1")
cd "$(dirname "$0")/../../.."
root=$PWD
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
mkdir -p dist
out="dist/Parama_${version}_x64-setup.exe"
# -WX: a warning is an error. -V2: warnings and errors only.
makensis -WX -V2 -DVERSION="$version" -DEXE="$exe" -DROOT="$root" -DOUTFILE="$root/$out" \
  assets/packaging/windows/parama.nsi >&2
echo "$out"
