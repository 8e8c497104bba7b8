#!/usr/bin/env bash
# Build the frozen TIPDesk folder and its Windows installer, and prove that both work:
#   1. compile the translations (scripts/build_translations.py),
#   2. PyInstaller with packaging/tipdesk.spec into dist/TIPDesk/,
#   3. run the frozen program headless: --version and `selfcheck` must both succeed,
#   4. makensis installer.nsi into dist/TIPDesk-VERSION-setup.exe (warnings are errors).
# On Linux the payload is the Linux folder: the installer is not for use, it proves that
# installer.nsi compiles. The Windows installer is built the same way on Windows (Git Bash).
#
#   scripts/build_installer.sh
# Needs the build extra (pip install -e '.[build]') and makensis (Debian: apt-get install nsis).
# PYTHON (default .venv/bin/python) and MAKENSIS (default makensis) may point elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
MAKENSIS="${MAKENSIS:-makensis}"
VERSION="$("$PYTHON" -c 'import tipdesk; print(tipdesk.__version__)')"
DIST=dist/TIPDesk
step() { printf '\n== %s\n' "$*"; }

step "translations"
if [ -f scripts/build_translations.py ]; then
  "$PYTHON" scripts/build_translations.py
else
  echo "no scripts/build_translations.py: the bundle carries no compiled translations"
fi

step "PyInstaller: $DIST"
rm -rf "$DIST"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/tipdesk.spec
du -sh "$DIST"

step "the frozen program, headless"
export QT_QPA_PLATFORM=offscreen
suffix=""
[ -f "$DIST/tipdesk-cli.exe" ] && suffix=".exe"
version_line="$("$DIST/tipdesk-cli$suffix" --version)"
echo "$version_line"
if [ "$version_line" != "TIPDesk $VERSION" ]; then
  echo "build_installer: the frozen program says '$version_line', not 'TIPDesk $VERSION'" >&2
  exit 1
fi
if [ -z "$suffix" ]; then  # the windowed TIPDesk.exe has no console on Windows
  "$DIST/TIPDesk" --version
fi
"$DIST/tipdesk-cli$suffix" selfcheck

step "makensis: dist/TIPDesk-$VERSION-setup.exe"
"$MAKENSIS" -V2 -WX -DVERSION="$VERSION" -DDIST="$DIST" \
  -DOUTFILE="dist/TIPDesk-$VERSION-setup.exe" installer.nsi
ls -l "dist/TIPDesk-$VERSION-setup.exe"
