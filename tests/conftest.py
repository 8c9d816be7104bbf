"""Shared fixtures: offscreen Qt, a fresh profile per test, no real keyring, no real home."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from desktop.profile import Profile
from desktop.services.demo import DemoSize, generate_demo
from desktop.store.database import open_database
from desktop.store.models import database

TODAY = dt.date(2026, 11, 22)

# smtp_server, smtp_server_factory: a real SMTP server on loopback (e-mail tests, UI tests).
pytest_plugins = ["tests.mail.smtp_fixtures"]


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in a dict: tests never read or write the user's real one."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    from desktop import credentials

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    credentials.use_backend(backend)  # our discovery would refuse it: not an OS keyring
    yield backend
    credentials.forget_choice()
    keyring.set_keyring(previous)
    credentials.forget_for_session_all()


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point the user data folders at a temporary place: no test touches the real profile."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    return home


@pytest.fixture
def profile(tmp_path: Path) -> Profile:
    return Profile(tmp_path / "profile").ensure()


@pytest.fixture
def db(profile: Profile):
    """An empty database of the current schema, bound to the models."""
    handle = open_database(profile.database, profile.backups)
    yield handle
    tasks = sys.modules.get("desktop.ui.tasks")
    if tasks is not None:  # a window's reads still running must not meet a closed database
        tasks.close_connections()
    handle.close()
    database.initialize(None)


@pytest.fixture
def demo_db(db):
    """A database holding a small, deterministic demo data set."""
    for _ in generate_demo(
        DemoSize(talents=60, companies=30, missions=25, invoices=120), seed=7, today=TODAY
    ):
        pass
    return db
