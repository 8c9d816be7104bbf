"""The credentials module: get, set, delete; plain-text backends refused; clear errors."""

from __future__ import annotations

import sys

import keyring
import keyring.core
import pytest
from keyring.errors import KeyringLocked

from desktop import credentials
from desktop.credentials import CredentialsError, Problem, backends
from tests.conftest import MemoryKeyring
from tests.credentials.plaintext_backend import PlaintextFileKeyring

PLAINTEXT = f"{PlaintextFileKeyring.__module__}.PlaintextFileKeyring"


def test_a_password_is_saved_read_and_deleted(memory_keyring):
    credentials.set_password("jeanne@smtp.example.fr", "s3cret-été")
    assert memory_keyring.secrets == {("Freelance Desk", "jeanne@smtp.example.fr"): "s3cret-été"}
    assert credentials.get_password("jeanne@smtp.example.fr") == "s3cret-été"
    assert credentials.delete_password("jeanne@smtp.example.fr") is True
    assert credentials.get_password("jeanne@smtp.example.fr") is None
    assert credentials.delete_password("jeanne@smtp.example.fr") is False


def _discover_again(monkeypatch) -> None:
    """Forget the test keyring: let keyring read its configuration as the app does."""
    credentials.forget_choice()
    keyring.core.init_backend()


def test_a_plaintext_backend_chosen_by_environment_is_refused(monkeypatch, isolated_home):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", PLAINTEXT)
    _discover_again(monkeypatch)
    assert isinstance(keyring.get_keyring(), PlaintextFileKeyring)  # keyring would use it

    with pytest.raises(CredentialsError) as caught:
        credentials.set_password("jeanne@smtp.example.fr", "canary-Zq81")
    assert caught.value.reason == Problem.PLAINTEXT
    assert "PYTHON_KEYRING_BACKEND" in str(caught.value)
    assert not list(isolated_home.rglob("plaintext-keyring.json"))  # nothing written
    report = credentials.backend_report()
    assert not report.usable and report.name == PLAINTEXT
    # What the installer's selftest checks: the backend in use is never the plain-text one.
    assert type(credentials.active_backend()).__module__ == "keyring.backends.fail"


def test_a_plaintext_backend_chosen_by_keyringrc_is_refused(monkeypatch, isolated_home):
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    rc = isolated_home / "config" / "python_keyring" / "keyringrc.cfg"
    rc.parent.mkdir(parents=True)
    rc.write_text(f"[backend]\ndefault-keyring = {PLAINTEXT}\n")
    _discover_again(monkeypatch)
    assert isinstance(keyring.get_keyring(), PlaintextFileKeyring)

    with pytest.raises(CredentialsError) as caught:
        credentials.get_password("jeanne@smtp.example.fr")
    assert caught.value.reason == Problem.PLAINTEXT


def test_a_chainer_never_falls_back_to_a_plaintext_member(monkeypatch):
    from keyring.backends.chainer import ChainerBackend

    class SecretService:  # an OS backend, by module
        pass

    SecretService.__module__ = "keyring.backends.SecretService"
    native = SecretService()
    monkeypatch.setattr(keyring, "get_keyring", lambda: ChainerBackend())
    monkeypatch.setattr(ChainerBackend, "backends", [native, PlaintextFileKeyring()], raising=False)
    credentials.forget_choice()
    assert backends.current_backend() is native

    monkeypatch.setattr(ChainerBackend, "backends", [PlaintextFileKeyring()], raising=False)
    credentials.forget_choice()
    with pytest.raises(CredentialsError) as caught:
        backends.current_backend()
    assert caught.value.reason == Problem.PLAINTEXT


def test_injecting_a_plaintext_backend_is_refused_too():
    with pytest.raises(CredentialsError) as caught:
        credentials.use_backend(PlaintextFileKeyring())
    assert caught.value.reason == Problem.PLAINTEXT


def test_no_keyring_says_how_to_fix_it(monkeypatch):
    from keyring.backends import fail

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    credentials.forget_choice()
    with pytest.raises(CredentialsError) as caught:
        credentials.set_password("a@b", "x")
    assert caught.value.reason == Problem.NO_KEYRING
    text = str(caught.value)
    assert "gnome-keyring" in text and "this session only" in text
    assert "keyrings.alt" not in text  # keyring's own advice is not passed on
    report = credentials.backend_report()
    assert not report.usable and "NOT usable" in str(report)


def test_a_locked_store_is_reported_with_how_to_unlock(memory_keyring, monkeypatch):
    def locked(*_args):
        raise KeyringLocked("Failed to unlock the collection!")

    monkeypatch.setattr(memory_keyring, "get_password", locked)
    with pytest.raises(CredentialsError) as caught:
        credentials.get_password("a@b")
    assert caught.value.reason == Problem.LOCKED
    assert "Unlock it" in str(caught.value)


def test_an_unexpected_backend_error_never_shows_its_text(memory_keyring, monkeypatch, caplog):
    def broken(service, username, password):
        raise RuntimeError(f"D-Bus said no to {password}")

    monkeypatch.setattr(memory_keyring, "set_password", broken)
    with pytest.raises(CredentialsError) as caught:
        credentials.set_password("a@b", "canary-Zq81")
    assert caught.value.reason == Problem.FAILED
    assert "canary-Zq81" not in str(caught.value) and "canary-Zq81" not in caplog.text
    assert "RuntimeError" in str(caught.value)


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("win32", "keyring.backends.Windows.WinVaultKeyring"),
        ("darwin", "keyring.backends.macOS.Keyring"),
        ("linux", "keyring.backends.SecretService.Keyring"),
    ],
)
def test_a_frozen_build_selects_the_platform_backend_explicitly(platform, expected, monkeypatch):
    import importlib

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", platform)
    module_name, class_name = backends.FROZEN_BACKENDS[platform]
    picked = []

    class Viable:
        viable = True

        def __init__(self) -> None:
            picked.append(self)

    Viable.__module__, Viable.__qualname__ = module_name, class_name
    real_import = importlib.import_module
    monkeypatch.setattr(
        importlib,
        "import_module",
        lambda name: (
            type("M", (), {class_name: Viable}) if name == module_name else real_import(name)
        ),
    )
    monkeypatch.setattr(keyring, "get_keyring", lambda: pytest.fail("discovery used"))
    credentials.forget_choice()
    report = credentials.backend_report()
    assert report.usable and report.frozen and report.name == expected
    assert "explicit (frozen build)" in str(report)


def test_a_frozen_build_without_its_backend_reports_no_keyring(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr("keyring.backends.SecretService.Keyring.viable", False, raising=False)
    credentials.forget_choice()
    report = credentials.backend_report()
    assert not report.usable and report.problem.reason == Problem.NO_KEYRING


def test_the_report_of_the_test_keyring_is_usable(memory_keyring):
    report = credentials.backend_report()
    assert report.usable and report.name.endswith("MemoryKeyring")
    assert isinstance(credentials.current_backend(), MemoryKeyring)
    assert isinstance(credentials.active_backend(), MemoryKeyring)


def test_a_password_typed_for_the_session_stays_in_memory():
    credentials.remember_for_session("a@b", "typed")
    assert credentials.session_password("a@b") == "typed"
    credentials.forget_for_session("a@b")
    assert credentials.session_password("a@b") is None
