"""Secrets in the operating system's keyring, and nowhere else (no Qt here).

``get_password``, ``set_password`` and ``delete_password`` read and write one
secret (service = the app, user = the account, e.g. ``jean@example.fr@smtp.example.fr``);
every failure is a :class:`CredentialsError` whose message says what happened and how
to fix it. When no keyring can be used, a password typed by the user can be kept in
memory for this session only (:func:`remember_for_session`): it is never written
anywhere. :func:`backend_report` tells the installer's ``selftest`` which backend is
in use (and :func:`active_backend` the backend object it checks). See
:mod:`desktop.credentials.backends` for which backends are accepted.
"""

from __future__ import annotations

import logging

from desktop import APP_NAME
from desktop.credentials import errors
from desktop.credentials.backends import (
    BackendReport,
    active_backend,
    backend_name,
    backend_report,
    current_backend,
    forget_choice,
    use_backend,
)
from desktop.credentials.errors import CredentialsError, Problem

log = logging.getLogger(__name__)

SERVICE = APP_NAME  # what the keyring manager (Seahorse, Keychain Access...) shows

_session: dict[str, str] = {}  # account -> password typed for this session only


def _call(action: str, operation):
    """Run one keyring operation, turning the backend's failures into our errors."""
    backend = current_backend()
    from keyring.errors import InitError, KeyringLocked, NoKeyringError, PasswordDeleteError

    name = backend_name(backend)
    try:
        return operation(backend)
    except NoKeyringError:
        raise errors.no_keyring() from None
    except KeyringLocked:
        raise errors.locked(name) from None
    except InitError:  # the Secret Service went away, or cannot create its collection
        raise errors.no_keyring() from None
    except PasswordDeleteError:
        raise
    except Exception as exc:  # D-Bus, Windows or Keychain errors of any type
        # Only the exception's type is shown and logged: a backend's message may
        # quote arguments, and a secret must never reach a log.
        log.warning("keyring %s failed to %s a password: %s", name, action, type(exc).__name__)
        raise errors.failed(name, action, type(exc).__name__) from None


def get_password(account: str) -> str | None:
    """The saved password of ``account``, or None when none is saved."""
    return _call("read", lambda backend: backend.get_password(SERVICE, account))


def set_password(account: str, password: str) -> None:
    """Save the password of ``account`` in the keyring (replacing the previous one)."""
    if not account:
        raise ValueError("an account name is needed")
    _call("save", lambda backend: backend.set_password(SERVICE, account, password))
    log.info("password of an account saved in the keyring")


def delete_password(account: str) -> bool:
    """Forget the saved password of ``account``; False when there was none."""
    from keyring.errors import PasswordDeleteError

    forget_for_session(account)
    try:
        _call("delete", lambda backend: backend.delete_password(SERVICE, account))
    except PasswordDeleteError:
        return False
    return True


def keyring_problem() -> CredentialsError | None:
    """Why the keyring cannot be used, or None when it can (for the settings page)."""
    report = backend_report()
    return report.problem


def remember_for_session(account: str, password: str) -> None:
    """Keep a typed password in memory until the app quits (no keyring, or a locked one)."""
    _session[account] = password


def forget_for_session(account: str) -> None:
    _session.pop(account, None)


def session_password(account: str) -> str | None:
    return _session.get(account)


def forget_for_session_all() -> None:
    """Forget every typed password (tests; a profile switch)."""
    _session.clear()


__all__ = [
    "SERVICE",
    "BackendReport",
    "CredentialsError",
    "Problem",
    "active_backend",
    "backend_report",
    "current_backend",
    "delete_password",
    "forget_choice",
    "forget_for_session",
    "forget_for_session_all",
    "get_password",
    "keyring_problem",
    "remember_for_session",
    "session_password",
    "set_password",
    "use_backend",
]
