#!/usr/bin/env python3
"""Set up and run Freelance Desk from a source checkout, with nothing but Python 3.11+.

    python3 dev.py start [APP ARGS]     install into .venv, then start the app
    python3 dev.py test [PYTEST ARGS]   install app and test tools into .venv, run the tests
    python3 dev.py translations         refresh resources/translations/*.ts and compile .qm
    python3 dev.py installer            build the desktop bundle with PyInstaller (dist/),
                                        see packaging/build_bundle.py
    python3 dev.py bench [BENCH ARGS]   measure what the user feels at 10k/100k/300k records

The virtual environment lives in .venv next to this file and is reinstalled only
when pyproject.toml changes. On Windows, use `py dev.py start`.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
EXTRAS = {
    "start": "",
    "test": "[test]",
    "translations": "",
    "installer": "[build]",
    "bench": "[bench]",
}


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_installed(extra: str) -> Path:
    """Create .venv and install the project (editable) unless already up to date."""
    if sys.version_info < (3, 11):  # noqa: UP036 (dev.py may run under any Python)
        sys.exit(f"Freelance Desk needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    python = venv_python()
    if not python.exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extra.encode()).hexdigest()
    stamp = VENV / f".installed{extra.strip('[]') or '-app'}"
    if not stamp.exists() or stamp.read_text() != digest:
        print(f"Installing freelance-desk{extra} into .venv ...", flush=True)
        pip = [str(python), "-m", "pip", "--disable-pip-version-check"]
        subprocess.run([*pip, "install", "--quiet", "--upgrade", "pip"], check=True)
        subprocess.run([*pip, "install", "--quiet", "-e", f"{ROOT}{extra}"], check=True)
        stamp.write_text(digest)
    return python


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in EXTRAS:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    python = str(ensure_installed(EXTRAS[command]))
    if command == "start":
        return subprocess.call([python, str(ROOT / "main.py"), *rest])
    if command == "test":
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.call([python, "-m", "pytest", *rest], cwd=ROOT, env=env)
    if command == "bench":  # benchmarks/bench.py: profiles cached in ~/.cache/freelance-desk-bench
        return subprocess.call([python, str(ROOT / "benchmarks" / "bench.py"), *rest], cwd=ROOT)
    if command == "translations":
        return subprocess.call([python, str(ROOT / "packaging" / "translations.py")])
    return subprocess.call([python, str(ROOT / "packaging" / "build_bundle.py"), *rest])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
