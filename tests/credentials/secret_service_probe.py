"""Run inside ``dbus-run-session``: start GNOME Keyring unlocked, then use the credentials
module against the real Secret Service, and print what happened as JSON.

Started by tests/credentials/test_secret_service.py (a fresh D-Bus session and a
temporary HOME each time); it stops the keyring daemon it started.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

ACCOUNT = "jeanne@example.fr@smtp.example.fr"
PASSWORD = "Secret-Service-canary-Ü9"


def start_keyring() -> subprocess.Popen:
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    daemon.stdin.write(b"login-keyring-password")  # creates and unlocks the "login" keyring
    daemon.stdin.close()
    from keyring.backends import SecretService

    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:  # until the daemon owns org.freedesktop.secrets
        try:
            SecretService.Keyring.priority  # noqa: B018 (raises until the service answers)
            kr = SecretService.Keyring()
            kr.get_preferred_collection()
            return daemon
        except Exception:
            time.sleep(0.1)
    daemon.terminate()
    raise SystemExit("gnome-keyring-daemon did not start")


def lookup() -> str:
    done = subprocess.run(
        ["secret-tool", "lookup", "service", "Freelance Desk", "username", ACCOUNT],
        capture_output=True,
        text=True,
        timeout=20,
    )
    return done.stdout


def main() -> None:
    daemon = start_keyring()
    try:
        from desktop import credentials

        report = credentials.backend_report()
        credentials.set_password(ACCOUNT, PASSWORD)
        read_back = credentials.get_password(ACCOUNT)
        seen_by_secret_tool = lookup()
        # The frozen build's explicit choice works against the same store.
        credentials.forget_choice()
        sys.frozen = True
        frozen_report = credentials.backend_report()
        frozen_read = credentials.get_password(ACCOUNT)
        del sys.frozen
        deleted = credentials.delete_password(ACCOUNT)
        after_delete = credentials.get_password(ACCOUNT)
        print(
            json.dumps(
                {
                    "backend": report.name,
                    "usable": report.usable,
                    "read_back": read_back,
                    "secret_tool": seen_by_secret_tool,
                    "frozen_backend": frozen_report.name,
                    "frozen_explicit": frozen_report.frozen,
                    "frozen_read": frozen_read,
                    "deleted": deleted,
                    "after_delete": after_delete,
                }
            )
        )
    finally:
        daemon.terminate()
        daemon.wait(timeout=20)


if __name__ == "__main__":
    main()
