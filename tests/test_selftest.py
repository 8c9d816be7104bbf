"""`freelance-desk selftest`: one line per check, exit code 1 on any failure."""

from __future__ import annotations

import importlib.util
import io
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import selftest
from desktop.selftest import CHECKS, CheckFailedError, Context, run_selftest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def test_selftest_passes_from_the_checkout(tmp_path):
    """The command users and the release pipeline run, in a process of its own."""
    profile = str(tmp_path / "profile")
    run = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", profile, "selftest"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(tmp_path)},
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert [line.split()[1] for line in lines[:-1]] == [
        name.split()[0] for name, _ in CHECKS
    ]  # one line per check, in order
    status = {name: line.split()[0] for (name, _), line in zip(CHECKS, lines, strict=False)}
    documents = importlib.util.find_spec("desktop.documents") is not None
    assert status.pop("documents") == ("ok" if documents else "skip")
    assert set(status.values()) == {"ok"}
    assert "schema v1 -> v" in run.stdout and "Qt's 'Annuler'" in run.stdout
    assert lines[-1].startswith("selftest OK")
    # Its temporary folder is gone, and the profile it was given was not touched.
    assert not (tmp_path / "profile" / "freelance-desk.sqlite3").exists()


def test_a_failed_check_fails_the_selftest_and_says_what(monkeypatch):
    def broken(ctx: Context) -> str:
        raise CheckFailedError("2 of 31 resources missing: fonts/DejaVuSans.ttf, icons/app.svg")

    def crashing(ctx: Context) -> str:
        raise KeyError("no such thing")

    monkeypatch.setattr(selftest, "CHECKS", [("resources", broken), ("crash", crashing)])
    out = io.StringIO()
    assert run_selftest(out) == 1
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("FAIL  resources") and "fonts/DejaVuSans.ttf" in lines[0]
    assert lines[1].startswith("FAIL  crash") and "KeyError" in lines[1]
    assert lines[-1] == "selftest FAILED: resources, crash"


def test_a_resource_missing_from_the_installation_is_named(monkeypatch, tmp_path):
    monkeypatch.setattr(
        selftest, "expected_resources", lambda: ["icons/home.svg", "fonts/NoSuchFont.ttf"]
    )
    with pytest.raises(CheckFailedError, match=r"1 of 2 resources missing: fonts/NoSuchFont\.ttf"):
        selftest.check_resources(Context(tmp_path))


def test_a_module_missing_from_the_installation_is_named(monkeypatch, tmp_path):
    monkeypatch.setattr(selftest, "expected_modules", lambda: ["desktop.cli", "facturx_absent"])
    with pytest.raises(
        CheckFailedError, match=r"1 of 2 modules cannot be imported: facturx_absent"
    ):
        selftest.check_modules(Context(tmp_path))


class FakeBackend:
    priority = 1


def backend_from(module: str, name: str = "Keyring") -> object:
    kind = type(name, (FakeBackend,), {"__module__": module})
    return kind()


def test_a_plain_text_keyring_is_refused(monkeypatch, tmp_path):
    from desktop.credentials import backends, errors

    def configured_plaintext():
        raise errors.plaintext("keyrings.alt.file.PlaintextKeyring")

    monkeypatch.setattr(backends, "current_backend", configured_plaintext)
    with pytest.raises(
        CheckFailedError, match=r"plain-text backend configured here: keyrings\.alt\.file\."
    ):
        selftest.check_keyring(Context(tmp_path))
    chainer = backend_from("keyring.backends.chainer", "ChainerBackend")
    chainer.backends = [
        backend_from("keyring.backends.SecretService"),
        backend_from("keyrings.alt.file", "PlaintextKeyring"),
    ]
    monkeypatch.setattr(backends, "current_backend", lambda: chainer)
    with pytest.raises(CheckFailedError, match="PlaintextKeyring"):
        selftest.check_keyring(Context(tmp_path))


def test_the_keyring_report_names_the_backend_and_the_platform_one(monkeypatch, tmp_path):
    from desktop.credentials import backends

    monkeypatch.setattr(backends, "current_backend", lambda: backend_from("keyring.backends.fail"))
    line = selftest.check_keyring(Context(tmp_path))
    assert "keyring.backends.fail.Keyring, not plain text" in line
    assert selftest.PLATFORM_BACKENDS[sys.platform] in line


def test_the_old_schema_sample_is_the_v1_fixture(tmp_path):
    """The database the selftest migrates is history: the schema of the v1 fixture."""
    sample = sqlite3.connect(tmp_path / "sample.sqlite3")
    sample.executescript((ROOT / "resources" / "selftest" / "schema-v1.sql").read_text())
    fixture = sqlite3.connect(FIXTURES / "schema-v1.sqlite3")
    query = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    assert sample.execute(query).fetchall() == fixture.execute(query).fetchall()
    assert sample.execute("SELECT version FROM schema_info").fetchall() == [(1,)]
    assert sample.execute("SELECT count(*) FROM talent").fetchone() == (1,)
