#!/usr/bin/env bash
# Notarises the signed .dmg with Apple and staples the ticket to it, so that Gatekeeper
# opens it without a network check.           bash packaging/macos/notarize.sh DMG
# Credentials (App Store Connect), from the environment; either an API key:
#   APPLE_API_KEY (the .p8 file's content, base64), APPLE_API_KEY_ID, APPLE_API_ISSUER
# or an Apple ID with an app-specific password:
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD
# Without them it says so and stops with code 0 (unsigned test builds).
set -euo pipefail
dmg=${1:?usage: notarize.sh DMG}
if [ -n "${APPLE_API_KEY:-}" ]; then
  key=$(mktemp -t notary).p8
  trap 'rm -f "$key"' EXIT
  echo "$APPLE_API_KEY" | base64 --decode > "$key"
  credentials=(--key "$key" --key-id "${APPLE_API_KEY_ID:?}" --issuer "${APPLE_API_ISSUER:?}")
elif [ -n "${APPLE_ID:-}" ]; then
  credentials=(--apple-id "$APPLE_ID" --team-id "${APPLE_TEAM_ID:?}" --password "${APPLE_APP_PASSWORD:?}")
else
  echo "warning: no notarisation credentials (APPLE_API_KEY or APPLE_ID): $dmg not notarised" >&2
  exit 0
fi
# --wait: a few minutes usually; the log says why a submission was refused.
xcrun notarytool submit "$dmg" "${credentials[@]}" --wait --timeout 30m --output-format json \
  | tee notarization.json
status=$(/usr/bin/python3 -c 'import json; print(json.load(open("notarization.json"))["status"])')
if [ "$status" != "Accepted" ]; then
  id=$(/usr/bin/python3 -c 'import json; print(json.load(open("notarization.json"))["id"])')
  xcrun notarytool log "$id" "${credentials[@]}" || true
  echo "notarisation: $status" >&2
  exit 1
fi
xcrun stapler staple "$dmg"
xcrun stapler validate "$dmg"
spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
echo "notarised and stapled: $dmg"
