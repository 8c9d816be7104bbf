#!/usr/bin/env python3
"""Authenticode-sign Windows files with the certificate given in environment variables.

    python packaging/windows/sign.py FILE...     (make_setup.py calls it)

- ``WINDOWS_CERTIFICATE``: the code-signing certificate and its private key, a .pfx
  (PKCS#12) file encoded in base64 (``certutil -encode cert.pfx cert.b64``, or
  ``base64 -w0 cert.pfx``), as a secret of the CI;
- ``WINDOWS_CERTIFICATE_PASSWORD``: its password;
- ``WINDOWS_TIMESTAMP_URL`` (optional): the RFC 3161 time-stamping server, default
  DigiCert's: a signature time-stamped while the certificate was valid stays valid after
  the certificate expires.

Without ``WINDOWS_CERTIFICATE`` nothing is signed and a warning says so (test builds;
SmartScreen then warns users of an "unknown publisher"). ``signtool.exe`` comes with the
Windows SDK (on the hosted runners) and is looked up on PATH, then in the SDK folders.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT_TIMESTAMP = "http://timestamp.digicert.com"


def find_signtool() -> str:
    found = shutil.which("signtool")
    if found:
        return found
    kits = (
        Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
        / "Windows Kits"
        / "10"
        / "bin"
    )
    candidates = sorted(kits.glob("*/x64/signtool.exe"), reverse=True)  # newest SDK first
    if not candidates:
        raise SystemExit("signtool.exe not found: install the Windows SDK")
    return str(candidates[0])


def sign_files(files: list[Path]) -> bool:
    """Sign ``files``; False (and a warning) when no certificate is configured."""
    encoded = os.environ.get("WINDOWS_CERTIFICATE")
    if not encoded:
        print("warning: WINDOWS_CERTIFICATE is not set: " + ", ".join(f.name for f in files)
              + " left unsigned", file=sys.stderr)  # fmt: skip
        return False
    password = os.environ.get("WINDOWS_CERTIFICATE_PASSWORD", "")
    timestamp = os.environ.get("WINDOWS_TIMESTAMP_URL", DEFAULT_TIMESTAMP)
    with tempfile.TemporaryDirectory() as folder:
        pfx = Path(folder) / "certificate.pfx"
        pfx.write_bytes(base64.b64decode(encoded))
        subprocess.run(
            [find_signtool(), "sign", "/f", str(pfx), "/p", password, "/fd", "sha256",
             "/tr", timestamp, "/td", "sha256", "/d", "Freelance Desk", *map(str, files)],
            check=True,
        )  # fmt: skip
        subprocess.run([find_signtool(), "verify", "/pa", *map(str, files)], check=True)
    return True


if __name__ == "__main__":
    sign_files([Path(a) for a in sys.argv[1:]])
