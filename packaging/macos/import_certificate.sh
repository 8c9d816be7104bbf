#!/usr/bin/env bash
# Puts the Developer ID Application certificate into a temporary keychain, for CI.
#     bash packaging/macos/import_certificate.sh
# Environment:
#   MACOS_CERTIFICATE           the certificate and its private key, a .p12 file in base64
#                               (base64 -i DeveloperID.p12 | pbcopy)
#   MACOS_CERTIFICATE_PASSWORD  the .p12's password
#   MACOS_SIGN_IDENTITY         e.g. "Developer ID Application: Jane Doe (AB12CD34EF)"
# On a Mac where the certificate is already in the login keychain, skip this script.
set -euo pipefail
: "${MACOS_CERTIFICATE:?set MACOS_CERTIFICATE (base64 .p12)}"
: "${MACOS_CERTIFICATE_PASSWORD:?set MACOS_CERTIFICATE_PASSWORD}"
keychain="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/freelance-desk-signing.keychain-db"
keychain_password=$(uuidgen)
p12=$(mktemp -t certificate).p12
trap 'rm -f "$p12"' EXIT
echo "$MACOS_CERTIFICATE" | base64 --decode > "$p12"
security create-keychain -p "$keychain_password" "$keychain"
security set-keychain-settings -lut 21600 "$keychain"
security unlock-keychain -p "$keychain_password" "$keychain"
security import "$p12" -P "$MACOS_CERTIFICATE_PASSWORD" -A -t cert -f pkcs12 -k "$keychain"
security set-key-partition-list -S apple-tool:,apple: -k "$keychain_password" "$keychain" >/dev/null
security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
security find-identity -v -p codesigning "$keychain"
