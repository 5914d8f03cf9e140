#!/usr/bin/env bash
# Renders parama.svg into every icon file the app and its packages use.
# The outputs are committed, so building Parama needs none of these tools; run this only after
# changing the SVG. Needs Debian's librsvg2-bin (rsvg-convert), icoutils (icotool) and
# icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" parama.svg --output "png/${size}x${size}.png"
done
# Windows: one .ico holding the sizes Explorer and the taskbar ask for.
icotool --create --output parama.ico png/16x16.png png/32x32.png png/48x48.png --raw=png/256x256.png
# macOS: one .icns for the .app bundle.
png2icns parama.icns png/16x16.png png/32x32.png png/48x48.png png/128x128.png \
    png/256x256.png png/512x512.png png/1024x1024.png >/dev/null
