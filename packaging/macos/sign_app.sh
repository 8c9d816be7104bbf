#!/usr/bin/env bash
# Signs dist/Freelance Desk.app with the hardened runtime, inside out, and verifies it.
#     MACOS_SIGN_IDENTITY="Developer ID Application: ..." bash packaging/macos/sign_app.sh
# Every Mach-O file (libraries, Python extensions, the executable) is signed first, then
# the bundle, never with --deep (Apple: it signs nested code with the wrong options).
# --options runtime: the hardened runtime that notarisation requires; --timestamp: a
# secure time stamp, also required; entitlements: packaging/macos/entitlements.plist.
# Without MACOS_SIGN_IDENTITY the app keeps PyInstaller's ad-hoc signature (runs on the
# machine that built it; Gatekeeper refuses it elsewhere) and this script says so.
set -euo pipefail
cd "$(dirname "$0")/../.."
python=${PYTHON:-.venv/bin/python}
app="dist/$("$python" packaging/project_metadata.py display_name).app"
entitlements=packaging/macos/entitlements.plist
[ -d "$app" ] || { echo "no $app: run packaging/build_bundle.py first" >&2; exit 2; }
if [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
  echo "warning: MACOS_SIGN_IDENTITY is not set: $app keeps its ad-hoc signature" >&2
  exit 0
fi
sign() {
  codesign --force --timestamp --options runtime --entitlements "$entitlements" \
           --sign "$MACOS_SIGN_IDENTITY" "$@"
}
count=0
while IFS= read -r -d '' file; do
  if file -b "$file" | grep -q "Mach-O"; then
    sign "$file"
    count=$((count + 1))
  fi
done < <(find "$app/Contents" -type f ! -path "*/Contents/MacOS/*" -print0)
# Qt's frameworks are bundles: sealed as a whole (their Info.plist and resources), once
# their binaries are signed, through their version folder.
while IFS= read -r -d '' framework; do
  for version in "$framework"/Versions/*; do
    [ -L "$version" ] || sign "$version"
  done
done < <(find "$app/Contents" -type d -name "*.framework" -print0)
sign "$app/Contents/MacOS/"*
sign "$app"
codesign --verify --strict --deep --verbose=2 "$app"
codesign --display --verbose=2 "$app" 2>&1 | grep -q "flags=.*runtime" \
  || { echo "the hardened runtime is not on" >&2; exit 1; }
echo "signed $app and $count libraries with: $MACOS_SIGN_IDENTITY"
