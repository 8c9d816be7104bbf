"""Integration: the credentials module against a real Secret Service (GNOME Keyring).

pytest starts the wrapper itself: a private D-Bus session (``dbus-run-session``) in
which the probe starts gnome-keyring-daemon unlocked, saves, reads and deletes a
password, and checks with ``secret-tool`` that the Secret Service holds it. Needs the
Debian packages gnome-keyring, dbus-x11 and libsecret-tools (.ci/run installs them);
without them this test fails and says so, it is never skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.credentials.secret_service_probe import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("dbus-run-session", "gnome-keyring-daemon", "secret-tool")


def test_the_password_lives_in_a_real_secret_service(tmp_path):
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    assert not missing, (
        f"missing {missing}: apt-get install gnome-keyring dbus-x11 libsecret-tools "
        "(.ci/run does it)"
    )
    home = tmp_path / "home"
    home.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DBUS_", "GNOME_KEYRING", "PYTHON_KEYRING", "XDG_"))
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_RUNTIME_DIR=str(tmp_path / "run"),
        PYTHONPATH=str(ROOT),
    )
    (tmp_path / "run").mkdir(mode=0o700)
    done = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-m", "tests.credentials.secret_service_probe"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["usable"] and result["backend"] == "keyring.backends.SecretService.Keyring"
    assert result["read_back"] == PASSWORD
    assert result["secret_tool"] == PASSWORD  # the Secret Service itself holds it
    assert result["frozen_explicit"] and result["frozen_read"] == PASSWORD
    assert result["frozen_backend"] == "keyring.backends.SecretService.Keyring"
    assert result["deleted"] and result["after_delete"] is None
    # GNOME Keyring encrypts its file: the password is nowhere in clear under HOME.
    for path in home.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path
