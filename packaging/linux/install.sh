#!/bin/sh
# Adds Freelance Desk to your applications menu (for you only; no root needed):
#     ./install.sh              from the extracted folder, wherever you keep it
#     ./install.sh --uninstall  removes the menu entry and the icon
# The app itself is this folder; delete it to remove the app. Your data
# (~/.local/share/FreelanceDesk) is never touched by either command.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/freelance-desk.desktop"
icon="$data/icons/hicolor/256x256/apps/freelance-desk.png"
if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$entry" "$icon"
  echo "Removed the menu entry. Delete $here to remove the app; your data stays in $data/FreelanceDesk."
  exit 0
fi
mkdir -p "$(dirname "$entry")" "$(dirname "$icon")"
cp "$here/freelance-desk.png" "$icon"
sed "s|@EXEC@|\"$here/FreelanceDesk\"|" "$here/freelance-desk.desktop" > "$entry"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" 2>/dev/null || true
echo "Freelance Desk is in your applications menu (started from $here)."
