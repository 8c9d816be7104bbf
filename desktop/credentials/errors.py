"""What can go wrong with the OS keyring, said in plain words with how to fix it.

Every failure of :mod:`desktop.credentials` is a :class:`CredentialsError`: a
:class:`~desktop.domain.errors.DomainError` whose message the UI shows as it is, and
whose ``reason`` tells the UI what to offer (type the password for this session,
unlock and try again). The texts never contain a secret: they are built from our
templates and the backend's name, not from the backend's own error text, which may
suggest installing keyrings.alt (the plain-text storage this module refuses).
"""

from __future__ import annotations

import sys
from enum import StrEnum

from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP


class Problem(StrEnum):
    NO_KEYRING = "no_keyring"  # no usable backend: Linux without a Secret Service...
    LOCKED = "locked"  # the store is locked, or the user refused access
    PLAINTEXT = "plaintext"  # the configured backend would keep secrets in a file: refused
    FAILED = "failed"  # anything else the backend raised


_HOW_TO_FIX_NO_KEYRING = {
    "linux": QT_TRANSLATE_NOOP(
        "Credentials",
        "No keyring is available: Freelance Desk keeps passwords only in the system's "
        "keyring (Secret Service), and none answers. Open a desktop session with GNOME "
        "Keyring or KWallet running (Debian/Ubuntu: install gnome-keyring), then restart "
        "Freelance Desk. Until then, type the password when you send: it is kept for this "
        "session only.",
    ),
    "win32": QT_TRANSLATE_NOOP(
        "Credentials",
        "No keyring is available: Windows Credential Manager could not be reached. "
        "Restart Freelance Desk from a normal Windows session (not a service account). "
        "Until then, type the password when you send: it is kept for this session only.",
    ),
    "darwin": QT_TRANSLATE_NOOP(
        "Credentials",
        "No keyring is available: the macOS Keychain could not be reached. Restart "
        "Freelance Desk from your user session. Until then, type the password when you "
        "send: it is kept for this session only.",
    ),
}

_HOW_TO_FIX_LOCKED = QT_TRANSLATE_NOOP(
    "Credentials",
    "The keyring ({backend}) is locked, or access to it was refused. Unlock it (log in "
    "again, or open your keyring manager and unlock the “login” keyring) and allow "
    "Freelance Desk when the system asks, then try again. Meanwhile, type the password "
    "when you send: it is kept for this session only.",
)

_PLAINTEXT = QT_TRANSLATE_NOOP(
    "Credentials",
    "The keyring configured for Python ({backend}) keeps passwords in a file on disk, "
    "not in the system's keyring: Freelance Desk refuses to store the password there. "
    "Remove the PYTHON_KEYRING_BACKEND variable or the keyringrc.cfg setting that "
    "chooses it, and restart. Meanwhile, type the password when you send: it is kept "
    "for this session only.",
)

_FAILED = QT_TRANSLATE_NOOP(
    "Credentials",
    "The keyring ({backend}) could not {action} the password ({detail}). Try again; if "
    "it keeps failing, type the password when you send: it is kept for this session only.",
)

ACTIONS = {
    "read": QT_TRANSLATE_NOOP("Credentials", "read"),
    "save": QT_TRANSLATE_NOOP("Credentials", "save"),
    "delete": QT_TRANSLATE_NOOP("Credentials", "delete"),
}


def _platform_key() -> str:
    if sys.platform.startswith("win"):
        return "win32"
    return "darwin" if sys.platform == "darwin" else "linux"


class CredentialsError(DomainError):
    """The keyring cannot be used; ``reason`` says why, the message how to fix it."""

    def __init__(self, reason: Problem, message: Message) -> None:
        super().__init__(message)
        self.reason = reason


def no_keyring() -> CredentialsError:
    template = _HOW_TO_FIX_NO_KEYRING[_platform_key()]
    return CredentialsError(Problem.NO_KEYRING, Message("Credentials", template))


def locked(backend: str) -> CredentialsError:
    return CredentialsError(
        Problem.LOCKED, Message("Credentials", _HOW_TO_FIX_LOCKED, {"backend": backend})
    )


def plaintext(backend: str) -> CredentialsError:
    return CredentialsError(
        Problem.PLAINTEXT, Message("Credentials", _PLAINTEXT, {"backend": backend})
    )


def failed(backend: str, action: str, detail: str) -> CredentialsError:
    return CredentialsError(
        Problem.FAILED,
        Message(
            "Credentials",
            _FAILED,
            {
                "backend": backend,
                "action": Message("Credentials", ACTIONS[action]),
                "detail": detail,
            },
        ),
    )
