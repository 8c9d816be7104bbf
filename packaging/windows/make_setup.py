#!/usr/bin/env python3
"""The Windows setup: sign the bundle's executables, compile the Inno Setup script, sign
the setup.            python packaging/windows/make_setup.py

Run on Windows after packaging/build_bundle.py and packaging/selftest_bundle.py. Needs
Inno Setup 6 (``ISCC.exe``: on PATH, in its default folder, or in ``INNO_SETUP_ISCC``;
``choco install innosetup`` or https://jrsoftware.org). Writes
dist/FreelanceDesk-<version>-windows-setup.exe. Signing: packaging/windows/sign.py
(skipped, with a warning, when no certificate is configured).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(HERE), str(ROOT / "packaging")]

import project_metadata  # noqa: E402
import sign  # noqa: E402

ISCC_PLACES = [
    Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    / "Inno Setup 6"
    / "ISCC.exe",
    Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "Inno Setup 6" / "ISCC.exe",
]


def find_iscc() -> str:
    found = os.environ.get("INNO_SETUP_ISCC") or shutil.which("iscc")
    found = found or next((str(p) for p in ISCC_PLACES if p.exists()), None)
    if not found:
        raise SystemExit(
            "Inno Setup 6 not found: install it (choco install innosetup) or set INNO_SETUP_ISCC"
        )
    return found


def defines(meta: dict[str, str]) -> dict[str, str]:
    """The /D values freelance-desk.iss expects (it refuses to compile without them)."""
    return {
        "AppId": "{" + meta["windows_app_id"],  # "{{GUID}": Inno Setup's escaped brace
        "AppName": meta["display_name"],
        "AppVersion": meta["version"],
        "VersionTuple": meta["version_tuple"],
        "AppPublisher": meta["publisher"],
        "AppDescription": meta["description"],
        "AppExeName": meta["app_id"],
        "DataFolder": meta["app_id"],  # desktop/profile.py: user_data_dir(APP_ID)
        "SourceDir": str(ROOT / "dist" / meta["app_id"]),
        "OutputDir": str(ROOT / "dist"),
        "IconFile": str(ROOT / "build" / "icons" / "freelance-desk.ico"),
    }


def main() -> int:
    meta = project_metadata.read()
    values = defines(meta)
    bundle = Path(values["SourceDir"])
    if not (bundle / f"{meta['app_id']}.exe").exists():
        raise SystemExit(f"no bundle in {bundle}: run packaging/build_bundle.py first")
    sign.sign_files(sorted(bundle.glob("*.exe")))
    command = [find_iscc(), "/Q", *(f"/D{k}={v}" for k, v in values.items()),
               str(HERE / "freelance-desk.iss")]  # fmt: skip
    subprocess.run(command, check=True)
    setup = ROOT / "dist" / f"{meta['app_id']}-{meta['version']}-windows-setup.exe"
    sign.sign_files([setup])
    print(f"windows setup: {setup} ({setup.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
