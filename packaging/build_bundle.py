#!/usr/bin/env python3
"""Build the one-folder bundle of this platform with PyInstaller, from a clean state.

    python packaging/build_bundle.py          # run with the Python that has the `build` extra

Makes the icons (packaging/app_icons.py), then runs PyInstaller on installer.spec with
``--clean`` (nothing reused from an earlier build or PyInstaller's cache). Output:
dist/FreelanceDesk/ on Linux and Windows, dist/Freelance Desk.app on macOS. The first
step of every platform's job in .github/workflows/release.yml and of .ci/run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import app_icons  # noqa: E402
import project_metadata  # noqa: E402


def bundle_path() -> Path:
    """The built bundle: the .app on macOS, the folder elsewhere."""
    meta = project_metadata.read()
    if sys.platform == "darwin":
        return ROOT / "dist" / f"{meta['display_name']}.app"
    return ROOT / "dist" / meta["app_id"]


def executable(command_line: bool = True) -> Path:
    """The bundle's executable; on Windows the console one when ``command_line``."""
    meta = project_metadata.read()
    if sys.platform == "darwin":
        return bundle_path() / "Contents" / "MacOS" / meta["app_id"]
    if sys.platform == "win32":
        return bundle_path() / (f"{meta['name']}.exe" if command_line else f"{meta['app_id']}.exe")
    return bundle_path() / meta["app_id"]


def folder_size(path: Path) -> int:
    """Bytes of every file under ``path`` (symbolic links not followed, counted once)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(spec: Path = ROOT / "installer.spec", **env: str) -> float:
    """Run PyInstaller on ``spec``; returns the seconds it took."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="pyinstaller-config-") as config:
        environment = {**os.environ, "PYINSTALLER_CONFIG_DIR": config, **env}  # no cache
        subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
             str(spec)],
            cwd=ROOT, env=environment, check=True,
        )  # fmt: skip
    return time.perf_counter() - started


def main() -> int:
    app_icons.make_icons(ROOT / "build" / "icons")
    seconds = build()
    bundle = bundle_path()
    size = folder_size(bundle)
    print(f"bundle: {bundle} ({size / 1e6:.1f} MB) built in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
