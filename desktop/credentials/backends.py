"""Which keyring backend holds the secrets, and why the others are refused.

Only the operating system's own stores are used: Windows Credential Locker
(``WinVaultKeyring``), the macOS Keychain, and on Linux the Secret Service (GNOME
Keyring, KWallet, KeePassXC...) through ``SecretService``, ``libsecret`` or
``kwallet``. Anything else that keyring discovers or is told to use (through
``PYTHON_KEYRING_BACKEND`` or a ``keyringrc.cfg``) is refused: measured on these
machines, with keyrings.alt installed keyring silently stored a password,
base64-encoded, in a file of the home folder. A chainer (keyring's default when
several backends are viable) is replaced by its best allowed member, so that a
locked Secret Service can never fall through to a file.

A frozen build (PyInstaller) may not see keyring's entry points, so it would find no
backend at all: there the platform's backend is chosen explicitly.

Importing ``keyring`` costs start-up time; it happens on first use.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.credentials import errors
from desktop.credentials.errors import CredentialsError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# Modules of the backends that keep secrets in the operating system's own store.
OS_BACKEND_MODULES = (
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
)
# The backend a frozen build uses on each platform (module, class).
FROZEN_BACKENDS = {
    "win32": ("keyring.backends.Windows", "WinVaultKeyring"),
    "darwin": ("keyring.backends.macOS", "Keyring"),
    "linux": ("keyring.backends.SecretService", "Keyring"),
}

_chosen: KeyringBackend | None = None  # cached discovery, or what use_backend() installed
_injected = False


def backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def is_os_backend(backend: object) -> bool:
    module = type(backend).__module__
    return any(module == m or module.startswith(m + ".") for m in OS_BACKEND_MODULES)


def looks_plaintext(backend: object) -> bool:
    """keyrings.alt's backends and anything file-backed: a secret would land on disk."""
    cls = type(backend)
    return (
        cls.__module__.startswith("keyrings.alt")
        or "plaintext" in cls.__name__.lower()
        or any(hasattr(backend, name) for name in ("file_path", "filename"))
    )


def _is_unusable(backend: object) -> bool:
    module = type(backend).__module__
    return module in ("keyring.backends.fail", "keyring.backends.null")


def _platform() -> str:
    if sys.platform.startswith("win"):
        return "win32"
    return "darwin" if sys.platform == "darwin" else "linux"


def _frozen_backend() -> KeyringBackend:
    import importlib

    module_name, class_name = FROZEN_BACKENDS[_platform()]
    try:
        cls = getattr(importlib.import_module(module_name), class_name)
        if not cls.viable:  # priority raised: no D-Bus session, no Security framework...
            raise errors.no_keyring()
        return cls()
    except CredentialsError:
        raise
    except Exception:  # an import failing in a bundle means no keyring, said plainly
        raise errors.no_keyring() from None


def _discovered_backend() -> KeyringBackend:
    import keyring
    from keyring.backends.chainer import ChainerBackend

    backend = keyring.get_keyring()  # honours PYTHON_KEYRING_BACKEND and keyringrc.cfg
    if isinstance(backend, ChainerBackend):
        members = [b for b in ChainerBackend.backends if not _is_unusable(b)]
        allowed = [b for b in members if is_os_backend(b)]
        if allowed:
            return allowed[0]  # sorted by priority, best first
        if members:
            raise errors.plaintext(backend_name(members[0]))
        raise errors.no_keyring()
    if _is_unusable(backend):
        raise errors.no_keyring()
    if not is_os_backend(backend):
        raise errors.plaintext(backend_name(backend))
    return backend


def current_backend() -> KeyringBackend:
    """The backend to use; raises :class:`CredentialsError` when there is none we accept."""
    global _chosen
    if _chosen is not None:
        return _chosen
    backend = _frozen_backend() if getattr(sys, "frozen", False) else _discovered_backend()
    _chosen = backend
    return backend


def use_backend(backend: KeyringBackend | None) -> None:
    """Use ``backend`` for this process instead of discovering one (tests install an
    in-memory keyring this way); None goes back to discovery. A backend that would
    keep secrets in a file is refused here too."""
    global _chosen, _injected
    if backend is not None and looks_plaintext(backend):
        raise errors.plaintext(backend_name(backend))
    _chosen = backend
    _injected = backend is not None


@dataclass(frozen=True)
class BackendReport:
    """What ``selftest`` prints about the keyring: which backend, and whether it works."""

    name: str  # the backend class, or "" when there is none
    usable: bool
    frozen: bool  # chosen explicitly for a frozen build
    problem: CredentialsError | None = None

    def __str__(self) -> str:
        how = "explicit (frozen build)" if self.frozen else "discovered"
        if self.usable:
            return f"keyring: {self.name} ({how}), usable"
        return f"keyring: {self.name or 'none'} ({how}), NOT usable: {self.problem}"


def backend_report() -> BackendReport:
    """Which backend would hold the SMTP password, and why not when none would.

    Reads nothing from and writes nothing to the keyring (no unlock prompt).
    """
    frozen = bool(getattr(sys, "frozen", False)) and not _injected
    try:
        backend = current_backend()
    except CredentialsError as exc:
        name = ""
        if exc.reason == errors.Problem.PLAINTEXT:
            name = str(exc.message.params.get("backend", ""))
        return BackendReport(name, False, frozen, exc)
    return BackendReport(backend_name(backend), True, frozen)


def active_backend() -> KeyringBackend:
    """The backend secrets go to, for the installer's ``selftest``: the accepted OS backend,
    else keyring's ``fail`` backend (nothing would be stored: no keyring, or a refused
    plain-text one; :func:`backend_report` says which). Never raises, never prompts."""
    try:
        return current_backend()
    except CredentialsError:
        from keyring.backends import fail

        return fail.Keyring()


def forget_choice() -> None:
    """Discover the backend again on next use (after the configuration changed)."""
    global _chosen, _injected
    _chosen = None
    _injected = False
