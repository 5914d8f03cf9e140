#!/usr/bin/env bash
# Builds the Linux packages from the release binary (which .ci/smoke.sh has just built) and
# checks what is inside them: the portable tar.gz always, and the .deb when cargo-packager is
# installed (`cargo install cargo-packager --locked`; the CI workflow caches it, a bare machine
# skips it rather than spend ten minutes compiling it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/parama-target}"

desktop-file-validate assets/packaging/parama.desktop

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

archive=$(bash assets/packaging/archive.sh)
tar -tzf "$archive" | sort >"$work/archive.txt"
for f in parama parama.desktop parama.png README.md LICENSE-MIT LICENSE-APACHE NOTICE.md; do
  grep -q "/$f\$" "$work/archive.txt" || { echo "$archive lacks $f" >&2; exit 1; }
done
echo "$archive: $(wc -l <"$work/archive.txt") entries, $(du -h "$archive" | cut -f1)"

if command -v cargo-packager >/dev/null; then
  cargo packager --release --formats deb
  deb=$(ls -t dist/*.deb | head -n 1)
  dpkg-deb --info "$deb" | grep -E "Package|Version|Depends|Installed-Size"
  dpkg-deb --contents "$deb" | awk '{sub("^\\./", "", $6); print $6}' >"$work/deb.txt"
  for f in usr/bin/parama usr/share/applications/parama.desktop \
           usr/share/icons/hicolor/256x256/apps/parama.png usr/lib/parama/LICENSE-MIT; do
    grep -qx "$f" "$work/deb.txt" || { echo "$deb lacks $f" >&2; cat "$work/deb.txt" >&2; exit 1; }
  done
  echo "$deb: $(du -h "$deb" | cut -f1)"
else
  echo "cargo-packager is not installed: skipping the .deb"
fi

# The macOS bundle, around a stand-in for the binary (linking for macOS needs Apple's SDK): its
# layout, and its Info.plist read by Python's plistlib as macOS reads it.
printf '#!/bin/sh\necho "a stand-in: the macOS binary is linked on macOS"\n' >"$work/parama"
app=$(bash assets/packaging/macos/app.sh "$work/parama")
python3 - "$app" <<'PY'
import pathlib, plistlib, re, sys, tomllib
app = pathlib.Path(sys.argv[1])
cargo = tomllib.loads(pathlib.Path("Cargo.toml").read_text())
with open(app / "Contents/Info.plist", "rb") as f:
    info = plistlib.load(f)
version = cargo["package"]["version"]
expected = {
    "CFBundleIdentifier": cargo["package"]["metadata"]["packager"]["identifier"],
    "CFBundleShortVersionString": version,
    "CFBundleVersion": version,
    "CFBundlePackageType": "APPL",
    "CFBundleExecutable": "parama",
    "NSHighResolutionCapable": True,
}
wrong = {k: info.get(k) for k, v in expected.items() if info.get(k) != v}
assert not wrong, f"Info.plist: {wrong}, expected {expected}"
minimum = info.get("LSMinimumSystemVersion", "")
assert re.fullmatch(r"1[1-9](\.\d+)*", minimum), f"LSMinimumSystemVersion {minimum!r}"
icon = app / "Contents/Resources" / info["CFBundleIconFile"]
data = icon.read_bytes()
assert data[:4] == b"icns" and int.from_bytes(data[4:8], "big") == len(data), f"{icon} is not an icns file"
executable = app / "Contents/MacOS" / info["CFBundleExecutable"]
assert executable.is_file() and executable.stat().st_mode & 0o111, f"{executable} is not executable"
print(f"{app}: {info['CFBundleIdentifier']} {version}, macOS {minimum} or later, high-resolution, icon {icon.name}")
PY
