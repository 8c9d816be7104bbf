"""Damaged files: reported plainly, never written, never a traceback; `check` never crashes.

Measured on the landed code: the CLI printed a traceback, the window exited with code 1
and nothing in the log, an overwritten page opened with no warning, `check` crashed.
"""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from desktop.app import main
from desktop.store.database import close_database, closed_cleanly, last_open, open_database
from desktop.store.maintenance import check_database, header_problem, health_at_start
from desktop.store.models import Talent, database
from desktop.store.storage_errors import DamagedDatabaseError


@pytest.fixture
def closed_demo(tmp_path, capsys):
    """A demo profile, closed cleanly by the command line."""
    root = tmp_path / "profile"
    assert main(["--data-dir", str(root), "demo", "--talents", "300", "--companies", "60"]) == 0
    database.initialize(None)
    capsys.readouterr()
    return root


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def truncate(path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def garbage_header(path) -> None:
    with path.open("r+b") as f:
        f.write(b"this is not SQLite at all")


def overwrite_a_page(path) -> None:
    """Random bytes over a page in the middle of a table's b-tree (a disk or a tool)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    with path.open("r+b") as f:
        f.seek(page_size * (pages // 2))
        f.write(bytes(range(256)) * (page_size // 256))


DAMAGES = [truncate, garbage_header, overwrite_a_page]


@pytest.mark.parametrize("damage", DAMAGES, ids=lambda d: d.__name__)
def test_a_damaged_database_is_refused_and_left_untouched(closed_demo, damage):
    path = closed_demo / "freelance-desk.sqlite3"
    damage(path)
    before = digest(path)
    with pytest.raises(DamagedDatabaseError, match="is damaged") as info:
        open_database(path, closed_demo / "backups")
    assert "did not write to it" in str(info.value)
    assert digest(path) == before
    wal = path.with_name(path.name + "-wal")  # a read-only connection leaves an empty log
    assert not wal.exists() or wal.stat().st_size == 0
    database.initialize(None)


@pytest.mark.parametrize("damage", DAMAGES, ids=lambda d: d.__name__)
def test_check_reports_damage_with_its_exit_code_and_other_commands_one_line(
    closed_demo, damage, capsys
):
    damage(closed_demo / "freelance-desk.sqlite3")
    assert main(["--data-dir", str(closed_demo), "check"]) == 3
    out = capsys.readouterr().out
    assert out.startswith("damaged: ") and "restore a backup" in out
    assert main(["--data-dir", str(closed_demo), "export", "talents", "t.csv"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("error: The database") and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    database.initialize(None)


def test_after_a_clean_close_only_the_header_is_checked_and_a_change_brings_the_full_check(
    closed_demo,
):
    path = closed_demo / "freelance-desk.sqlite3"
    assert closed_cleanly(path)
    open_database(path, closed_demo / "backups")
    try:
        assert not last_open.health.full_check  # 3 ms instead of 1.3 s on a large profile
        assert not closed_cleanly(path)  # open: a crash now must bring the full check
        assert Talent.select().count() == 300
    finally:
        close_database()
        database.initialize(None)
    assert closed_cleanly(path)
    path.touch()  # changed outside the app
    assert not closed_cleanly(path)
    assert health_at_start(path, full=True).ok


def test_the_header_check_tells_a_cut_short_file_from_pages_waiting_in_the_log(closed_demo):
    path = closed_demo / "freelance-desk.sqlite3"
    assert header_problem(path) is None
    truncate(path)
    assert "cut short" in header_problem(path)
    path.with_name(path.name + "-wal").write_bytes(b"\0" * 100)  # the pages may be there
    assert header_problem(path) is None


def test_check_of_a_sound_database_reads_only(closed_demo):
    path = closed_demo / "freelance-desk.sqlite3"
    before = digest(path)
    assert check_database(path=path).ok
    assert digest(path) == before
