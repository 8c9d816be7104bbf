#!/usr/bin/env bash
# The Linux download: the one-folder bundle as a .tar.gz, with a .desktop file, the icon
# and install.sh (a per-user menu entry).        bash packaging/linux/package.sh
# Run after packaging/build_bundle.py; writes dist/FreelanceDesk-<version>-linux-<arch>.tar.gz.
# No AppImage: appimagetool and the AppImage runtime are not in PyPI nor Debian, and this
# build must only fetch from package registries (docs/DESIGN.md, "Packaging").
set -euo pipefail
cd "$(dirname "$0")/../.."
python=${PYTHON:-.venv/bin/python}
version=$("$python" packaging/project_metadata.py version)
app_id=$("$python" packaging/project_metadata.py app_id)
bundle="dist/$app_id"
[ -x "$bundle/$app_id" ] || { echo "no bundle in $bundle: run packaging/build_bundle.py first" >&2; exit 2; }
[ -f build/icons/freelance-desk.png ] || "$python" packaging/app_icons.py build/icons
cp packaging/linux/freelance-desk.desktop packaging/linux/install.sh build/icons/freelance-desk.png "$bundle/"
chmod +x "$bundle/install.sh"
archive="dist/$app_id-$version-linux-$(uname -m).tar.gz"
# Owner and dates fixed: the same bundle gives the same archive.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2026-01-01 00:00Z' \
    -C dist -czf "$archive" "$app_id"
echo "linux archive: $archive ($(du -m "$archive" | cut -f1) MB)"
