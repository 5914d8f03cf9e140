#!/usr/bin/env bash
# Makes Parama.app from a built macOS binary: `app.sh path/to/parama`. Writes dist/Parama.app
# (Info.plist from the template beside this script, the icon, the licences) and, where macOS's
# hdiutil is at hand, a disk image dist/Parama_<version>_<arch>.dmg; prints the bundle's path.
# The release workflow runs it on macOS; .ci/run runs it on Linux around a stand-in binary to
# check the bundle and its Info.plist (linking for macOS needs Apple's SDK).
set -euo pipefail
binary=$(realpath "$1")
cd "$(dirname "$0")/../../.."
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)

app=dist/Parama.app
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
sed "s/@VERSION@/$version/g" assets/packaging/macos/Info.plist >"$app/Contents/Info.plist"
printf 'APPL????' >"$app/Contents/PkgInfo"
cp "$binary" "$app/Contents/MacOS/parama"
chmod +x "$app/Contents/MacOS/parama"
cp assets/icon/parama.icns "$app/Contents/Resources/parama.icns"
cp README.md LICENSE-MIT LICENSE-APACHE NOTICE.md "$app/Contents/Resources/"

if command -v hdiutil >/dev/null; then
  # The disk image holds the app beside a link to /Applications, to drag it onto.
  stage=$(mktemp -d)
  cp -R "$app" "$stage/"
  ln -s /Applications "$stage/Applications"
  dmg="dist/Parama_${version}_$(uname -m).dmg"
  rm -f "$dmg"
  hdiutil create -quiet -volname Parama -srcfolder "$stage" -format UDZO "$dmg" >&2
  rm -rf "$stage"
fi
echo "$app"
