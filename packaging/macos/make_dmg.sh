#!/usr/bin/env bash
# The macOS download: a compressed disk image holding the .app and a link to
# /Applications, to drag it onto.            bash packaging/macos/make_dmg.sh
# Run after build_bundle.py, selftest_bundle.py and sign_app.sh; writes
# dist/FreelanceDesk-<version>-macos-<arch>.dmg, signed when MACOS_SIGN_IDENTITY is set.
set -euo pipefail
cd "$(dirname "$0")/../.."
python=${PYTHON:-.venv/bin/python}
name=$("$python" packaging/project_metadata.py display_name)
version=$("$python" packaging/project_metadata.py version)
app_id=$("$python" packaging/project_metadata.py app_id)
app="dist/$name.app"
[ -d "$app" ] || { echo "no $app: run packaging/build_bundle.py first" >&2; exit 2; }
dmg="dist/$app_id-$version-macos-$(uname -m).dmg"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
ditto "$app" "$staging/$name.app"  # ditto keeps the signatures, links and attributes
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "$name $version" -srcfolder "$staging" -fs HFS+ -format UDZO \
               -imagekey zlib-level=9 -ov "$dmg"
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
fi
hdiutil verify "$dmg"
echo "macos disk image: $dmg ($(du -m "$dmg" | cut -f1) MB)"
