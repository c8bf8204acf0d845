#!/usr/bin/env bash
# macOS: build the .app with the shared PyInstaller spec, smoke-test it, and wrap it in a .dmg.
# Runs on a macOS machine (CI's macos runner); not on Linux.
#   bash packaging/macos/make_dmg.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(python -c "import bri_desktop; print(bri_desktop.__version__)")
python packaging/make_icons.py build/icons
python -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/bri_desktop.spec
APP="dist/BRI Desktop.app"
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/bri-desktop" --smoke-test
STAGE=build/dmg
rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "BRI Desktop" -srcfolder "$STAGE" -ov -format UDZO \
  "dist/bri-desktop-${VERSION}-macos-$(uname -m).dmg"
