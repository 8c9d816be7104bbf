"""The command line: one line per failure, backup and restore, the window's lock respected."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import cli
from desktop.app import main
from desktop.store.models import database
from desktop.store.profile_lock import ProfileLock


@pytest.fixture(autouse=True)
def unbound():
    yield
    if database.obj is not None:
        database.close()
    database.initialize(None)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    database.initialize(None)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def demo(tmp_path, capsys) -> Path:
    root = tmp_path / "profile"
    assert (
        run(capsys, "--data-dir", str(root), "demo", "--talents", "30", "--companies", "8")[0] == 0
    )
    return root


def test_demo_on_a_profile_that_holds_records_is_refused_plainly(demo, capsys):
    code, _, err = run(capsys, "--data-dir", str(demo), "demo")
    assert code == 1
    assert err == (
        "error: This data folder already holds records: demo data goes into an empty one. "
        "Start Freelance Desk with --data-dir and a new folder to try it.\n"
    )


def test_a_daily_rate_of_1e20_is_a_rejected_row_even_in_a_dry_run(tmp_path, capsys):
    source = tmp_path / "vivier.csv"
    source.write_text("Prénom;Nom;TJM\nJean;Dupont;100000000000000000000\n", encoding="utf-8")
    code, out, err = run(
        capsys, "--data-dir", str(tmp_path / "p"), "import", "talents", str(source), "--dry-run"
    )
    assert code == 1 and "Traceback" not in err
    assert "line 2, Daily rate (TJM) '100000000000000000000': at most 100,000 €" in out


def test_writing_commands_are_refused_while_the_window_holds_the_profile(demo, tmp_path, capsys):
    window = ProfileLock(demo)
    assert window.acquire(exclusive=True, role="window")
    try:
        code, _, err = run(capsys, "--data-dir", str(demo), "demo", "--talents", "1")
        assert code == 1 and "Freelance Desk is open on this data folder" in err
        code, _, err = run(capsys, "--data-dir", str(demo), "restore", "x.zip", "--yes")
        assert code == 1 and "close it first" in err
        code, out, _ = run(capsys, "--data-dir", str(demo), "check")  # reading is fine
        assert code == 0 and "database OK" in out
        code, out, _ = run(capsys, "--data-dir", str(demo), "backup")
        assert code == 0 and "backed up to" in out
    finally:
        window.release()


def test_backup_then_restore_from_the_command_line(demo, tmp_path, capsys):
    target = tmp_path / "copie.zip"
    code, out, _ = run(capsys, "--data-dir", str(demo), "backup", str(target))
    assert code == 0 and target.exists() and "30 talents" in out
    code, _, err = run(capsys, "--data-dir", str(demo), "backup", str(target))
    assert code == 1 and "exists already" in err
    code, out, err = run(capsys, "--data-dir", str(demo), "restore", str(target))
    assert code == 2 and "--yes" in err and "talent       now       30" in out  # not a tty
    code, out, _ = run(capsys, "--data-dir", str(demo), "restore", str(target), "--yes")
    assert code == 0 and "backed up first" in out and out.endswith("restored copie.zip\n")
    code, out, _ = run(capsys, "--data-dir", str(demo), "backups")
    assert "before-restore" in out


def test_an_unexpected_failure_is_one_line_and_debug_shows_the_traceback(demo, capsys, monkeypatch):
    def broken(args, db):
        raise ValueError("something nobody expected")

    monkeypatch.setitem(cli.COMMANDS, "export", broken)
    code, _, err = run(capsys, "--data-dir", str(demo), "export", "talents", "t.csv")
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "unexpected ValueError: something nobody expected" in err and "--debug" in err
    log = (demo / "logs" / "freelance-desk.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "something nobody expected" in log
    code, _, err = run(capsys, "--debug", "--data-dir", str(demo), "export", "talents", "t.csv")
    assert code == 1 and "Traceback (most recent call last)" in err
