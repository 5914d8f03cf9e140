#!/usr/bin/env bash
# Windows, checked on this Linux machine: cross-build parama.exe, check what the file is (a
# GUI-subsystem program with Parama's icon and version), and run it under Wine: its command line,
# an import from a folder with spaces and Lithuanian letters, exports byte for byte the Linux
# program's, and its real window (Wine's Vulkan on Mesa's lavapipe) on every tab, with no
# environment override. Needs wine, MinGW and Xvfb (.ci/run installs them).
#
# Wine 8 lacks bcryptprimitives.dll, which Rust's standard library uses for random numbers; the
# prefix gets a stand-in built from .ci/wine/bcryptprimitives.c. It is a gap of Wine 8, not of
# Windows, and never part of what ships.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/parama-target}"
export LANG=C.UTF-8 LC_ALL=C.UTF-8

target=x86_64-pc-windows-gnu
rustup target list --installed | grep -qx "$target" || rustup target add "$target"
# The windows-ci profile: a release build (a GUI-subsystem program, as shipped) without the
# shipped profile's whole-program LTO (see Cargo.toml).
cargo build --target "$target" --profile windows-ci
exe="$CARGO_TARGET_DIR/$target/windows-ci/parama.exe"
cargo build
linux="$CARGO_TARGET_DIR/debug/parama"

# --- the file ------------------------------------------------------------------------------------
subsystem=$(python3 - "$exe" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read()
pe = struct.unpack_from("<I", data, 0x3C)[0]
assert data[pe:pe + 4] == b"PE\0\0", "not a PE file"
# The optional header follows the 20-byte file header; Subsystem is at offset 68 in it.
print({2: "gui", 3: "console"}.get(struct.unpack_from("<H", data, pe + 24 + 68)[0], "other"))
PY
)
[ "$subsystem" = gui ] || { echo "parama.exe is a $subsystem program, not a GUI one" >&2; exit 1; }
resources=$(wrestool -l "$exe")
grep -q "type=14" <<<"$resources" || { echo "parama.exe has no icon: $resources" >&2; exit 1; }
grep -q "type=16" <<<"$resources" || { echo "parama.exe has no version information: $resources" >&2; exit 1; }
echo "parama.exe: a GUI-subsystem program with an icon and version information"

# --- Wine ----------------------------------------------------------------------------------------
work=$(mktemp -d)
xvfb_pid=""
cleanup() { "${wineserver:-true}" -k 2>/dev/null || true; [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
# The display comes first: Wine's desktop process starts with the first Wine program and stays for
# the wineserver's life; started without a display, it leaves later windows hanging.
source .ci/xvfb.sh
start_xvfb "$work"

export WINEPREFIX="$HOME/.cache/parama-wine" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
wine=/usr/lib/wine/wine64
[ -x "$wine" ] || wine=$(command -v wine64 || command -v wine)
wineserver=/usr/lib/wine/wineserver
[ -x "$wineserver" ] || wineserver=$(command -v wineserver)
# A wineserver left from before may have no display: start afresh.
"$wineserver" -k 2>/dev/null || true
[ -d "$WINEPREFIX/drive_c/windows" ] || "$wine" wineboot --init
shim="$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
if [ ! -e "$shim" ] || [ .ci/wine/bcryptprimitives.c -nt "$shim" ]; then
  x86_64-w64-mingw32-gcc -shared -O2 -o "$shim" .ci/wine/bcryptprimitives.c -lbcrypt
fi
user=$("$wine" cmd /c 'echo %USERNAME%' 2>/dev/null | tr -d '\r')
data="$WINEPREFIX/drive_c/users/$user/AppData/Roaming/parama"
# Every run starts from an empty library, as on a new machine.
rm -rf "$data"
win() { timeout 120 "$wine" "$exe" "$@"; }


version=$(win --version)
[[ "$version" == parama\ * ]] || { echo "parama.exe --version printed: $version" >&2; exit 1; }
help=$(win --help)
grep -q "Usage:" <<<"$help" || { echo "parama.exe --help printed: $help" >&2; exit 1; }
echo "command line: --version and --help print in the terminal"

# Every table, byte for byte what the Linux program writes.
mkdir -p "$work/linux-data"
for table in programmes figures articles timeline programme-counts figures-over-time; do
  win export "$table" -o "C:\\parama-$table.csv"
  "$linux" --data-dir "$work/linux-data" export "$table" -o "$work/$table.csv"
  cmp "$WINEPREFIX/drive_c/parama-$table.csv" "$work/$table.csv" ||
    { echo "the $table table differs between Windows and Linux" >&2; exit 1; }
done
echo "export: every table is byte for byte the Linux program's"
found=$(win search simonyte)
grep -q "Šimonytė" <<<"$found" || { echo "search found nothing" >&2; exit 1; }
echo "search: finds Šimonytė"

# An import from a folder whose path has spaces and Lithuanian letters: UTF-16 and Windows-1252.
folder="$WINEPREFIX/drive_c/users/Šarūnas/My Documents/Parama import"
mkdir -p "$folder"
python3 - "$folder" <<'PY'
import pathlib, sys
folder = pathlib.Path(sys.argv[1])
# Written for this test: short texts in our own words.
(folder / "utf16 note.txt").write_bytes("\ufeffKaunas training note\n\nLithuanian instructors in Kaunas trained 40 Ukrainian sappers in 2024, the ministry said.\n".encode("utf-16-le"))
(folder / "cp1252 note.txt").write_bytes("Druskininkai rehabilitation note\n\nThe clinic in Druskininkai treated 25 wounded soldiers \u2013 the ministry\u2019s figure \u2013 in 2023.\n".encode("cp1252"))
PY
win import 'C:\users\Šarūnas\My Documents\Parama import' | tee "$work/import.txt"
grep -q "^Imported 2, skipped 0" "$work/import.txt" || { echo "the import did not take both files" >&2; exit 1; }
[ -s "$data/library.json" ] || { echo "the library is not in %APPDATA%\\parama" >&2; exit 1; }
win export articles -o 'C:\users\Šarūnas\My Documents\articles.csv'
articles="$WINEPREFIX/drive_c/users/Šarūnas/My Documents/articles.csv"
grep -q "Kaunas training note" "$articles" && grep -q "Druskininkai rehabilitation note" "$articles" ||
  { echo "the imported articles are not in the export" >&2; exit 1; }
echo "import: UTF-16 and Windows-1252 from 'C:\\users\\Šarūnas\\My Documents\\Parama import'; the library is in %APPDATA%\\parama"

# A workbook, into the folder with Lithuanian letters: its first sheet, read by Gnumeric, has
# every row of the Linux program's (built-in articles only) and the imported articles' figures.
win export figures -o 'C:\users\Šarūnas\My Documents\figures.xlsx'
"$linux" --data-dir "$work/linux-data" export figures -o "$work/figures.xlsx"
ssconvert "$WINEPREFIX/drive_c/users/Šarūnas/My Documents/figures.xlsx" "$work/windows-figures.csv" 2>/dev/null
ssconvert "$work/figures.xlsx" "$work/linux-figures.csv" 2>/dev/null
grep -q "Kaunas\|Druskininkai" "$work/windows-figures.csv" ||
  { echo "the workbook lacks the imported articles' figures" >&2; exit 1; }
missing=$(grep -vxFf "$work/windows-figures.csv" "$work/linux-figures.csv" || true)
[ -z "$missing" ] || { echo "rows of the Linux workbook missing from the Windows one: $missing" >&2; exit 1; }
echo "export: a workbook written to 'C:\\users\\Šarūnas\\My Documents\\figures.xlsx' opens in Gnumeric"

# --- the real window -----------------------------------------------------------------------------
unset WGPU_BACKEND PARAMA_RENDERER
rm -f "$data/renderer.txt"
for tab in overview articles programmes figures; do
  win --screenshot "C:\\shot-$tab.png" --tab "$tab" --size 1024x700
  shot="$WINEPREFIX/drive_c/shot-$tab.png"
  got=$(identify -format '%wx%h' "$shot")
  colours=$(identify -format '%k' "$shot")
  echo "window, $tab: $got, $colours colours"
  [ "$got" = 1024x700 ] || { echo "screenshot is $got, expected 1024x700" >&2; exit 1; }
  [ "$colours" -gt 50 ] || { echo "screenshot looks blank ($colours colours)" >&2; exit 1; }
done
echo "window: opens under Wine with no override, drawing with $(cat "$data/renderer.txt") (remembered)"

# A crash leaves a report in %APPDATA%\parama; the next start tells of it (and marks it told).
if win --panic-after-first-frame 2>"$work/err"; then echo "a panic should end parama.exe with an error" >&2; exit 1; fi
report=$(ls "$data"/crash-*.txt)
grep -q "a panic on purpose" "$report" && grep -q "System: windows x86_64" "$report" ||
  { cat "$report" >&2; exit 1; }
grep -qF 'A report is in C:\users\'"$user"'\AppData\Roaming\parama\crash-' "$work/err" || { cat "$work/err" >&2; exit 1; }
win --screenshot 'C:\shot-after-crash.png' --size 800x600
[ -f "${report%.txt}.seen.txt" ] || { echo "the next start did not tell of the crash report" >&2; exit 1; }
echo "crash: the report is in %APPDATA%\\parama, and the next start tells of it"

# --- the installer -------------------------------------------------------------------------------
# Made from this same program by the script the release workflow uses; installed and removed
# silently (/S), as an administrator deploying it would. `wineserver -w` waits for the
# uninstaller, which runs on from a copy of itself in %TEMP%.
installer=$(bash assets/packaging/windows/installer.sh "$exe")
installed="$WINEPREFIX/drive_c/users/$user/AppData/Local/Programs/Parama"
start_menu="$WINEPREFIX/drive_c/users/$user/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Parama.lnk"
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\org.parama.Parama'
rm -rf "$installed"
timeout 120 "$wine" "$installer" /S
"$wineserver" -w
for f in parama.exe uninstall.exe README.md LICENSE-MIT LICENSE-APACHE NOTICE.md; do
  [ -f "$installed/$f" ] || { echo "the installer did not put $f in %LOCALAPPDATA%\\Programs\\Parama" >&2; exit 1; }
done
[ -f "$start_menu" ] || { echo "the installer made no Start menu shortcut" >&2; exit 1; }
entry=$("$wine" reg query "$key" 2>/dev/null | tr -d '\r')
for value in DisplayName DisplayVersion Publisher UninstallString QuietUninstallString EstimatedSize; do
  grep -q "$value" <<<"$entry" || { echo "the Installed apps entry lacks $value: $entry" >&2; exit 1; }
done
grep -q "DisplayVersion.*$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)" <<<"$entry" ||
  { echo "the Installed apps entry has the wrong version: $entry" >&2; exit 1; }
inst='C:\users\'"$user"'\AppData\Local\Programs\Parama\parama.exe'
[ "$(timeout 60 "$wine" "$inst" --version)" = "$version" ] || { echo "the installed program does not run" >&2; exit 1; }
timeout 120 "$wine" "$inst" --screenshot 'C:\shot-installed.png' --size 800x600
[ "$(identify -format '%k' "$WINEPREFIX/drive_c/shot-installed.png")" -gt 50 ] ||
  { echo "the installed program's window looks blank" >&2; exit 1; }
echo "installer: $installer ($(du -h "$installer" | cut -f1)) installs silently; the installed program opens its window"

timeout 120 "$wine" "$installed/uninstall.exe" /S
"$wineserver" -w
[ ! -e "$installed" ] || { echo "the uninstaller left $(ls "$installed")" >&2; exit 1; }
[ ! -e "$start_menu" ] || { echo "the uninstaller left the Start menu shortcut" >&2; exit 1; }
if "$wine" reg query "$key" >/dev/null 2>&1; then echo "the uninstaller left the Installed apps entry" >&2; exit 1; fi
[ -s "$data/library.json" ] || { echo "the uninstaller removed the user's library" >&2; exit 1; }
echo "uninstaller: removes the program, its shortcut and its entry; keeps the user's library in %APPDATA%\\parama"
echo "windows checks passed"
