#!/usr/bin/env python3
"""Run the built bundle's ``selftest`` on Qt's offscreen platform; exits with its code.

    python packaging/selftest_bundle.py

Starts the executable inside dist/ (the console one on Windows, whose GUI executable has
no standard output), in a fresh temporary home folder so that no profile or keyring of
the build machine is read. Every platform's job of the release workflow runs it on the
bundle it just built, and .ci/run on the Linux one.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_bundle


def main() -> int:
    executable = build_bundle.executable(command_line=True)
    if not executable.exists():
        print(f"no bundle at {executable}: run packaging/build_bundle.py first", file=sys.stderr)
        return 2
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="freelance-desk-home-") as home:
        # The default profile would be created under the build user's data folder.
        env.update({"HOME": home, "XDG_DATA_HOME": str(Path(home) / "data")})
        if sys.platform == "win32":
            env["LOCALAPPDATA"] = home
        started = time.perf_counter()
        code = subprocess.call([str(executable), "selftest"], env=env)
    print(f"{executable.name} selftest: exit code {code} in {time.perf_counter() - started:.1f} s")
    return code


if __name__ == "__main__":
    sys.exit(main())
