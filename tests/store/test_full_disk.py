"""A real full disk: a 3 MB tmpfs mounted for the test (root on Linux, as in CI).

Without root or ``mount`` the tests are skipped with the reason; ``.ci/run`` sets
``FREELANCE_DESK_REQUIRE_FULL_DISK=1`` on Linux, which turns that skip into a failure.
Measured on the landed code: a full disk surfaced as "cannot rollback - no transaction is
active", ``check`` and ``export`` died with "disk I/O error" tracebacks, and Back up now
raised and left a ``.part`` file.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import main
from desktop.domain.validation import TalentDraft
from desktop.profile import Profile
from desktop.services import backups, talents
from desktop.store.database import close_database, open_database
from desktop.store.models import Talent, database
from desktop.store.storage_errors import DiskFullError

REQUIRED = os.environ.get("FREELANCE_DESK_REQUIRE_FULL_DISK") == "1"


def _unavailable(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"the full-disk tests must run here: {reason}")
    pytest.skip(f"needs a small file system to fill: {reason}")


@pytest.fixture
def small_disk(tmp_path):
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        _unavailable("mounting a tmpfs needs root on Linux")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        _unavailable(done.stderr.strip() or "mount failed")
    try:
        yield mount
    finally:
        close_database()
        database.initialize(None)
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path) -> Path:
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as f:  # nothing left to flush when it is full
        try:
            while True:
                f.write(b"x" * 65536)
                f.flush()
        except OSError:
            pass
    return filler


def test_a_full_disk_is_named_as_such_and_loses_nothing(small_disk):
    profile = Profile(small_disk / "profile").ensure()
    open_database(profile.database, profile.backups)
    kept = talents.create_talent(TalentDraft("Avant", "Plein"))
    filler = fill(small_disk)
    with pytest.raises(DiskFullError, match="The disk is full") as info:
        for _ in range(200):
            talents.create_talent(TalentDraft("Après", "Plein", notes="n" * 15_000))
    assert "cannot rollback" not in str(info.value)
    with pytest.raises(DiskFullError):  # a backup too, and it leaves nothing behind
        backups.back_up(profile)
    assert list(profile.backups.iterdir()) == []
    close_database()
    database.initialize(None)
    filler.unlink()
    open_database(profile.database, profile.backups)
    try:
        assert database.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)
        assert Talent.get_by_id(kept).last_name == "Plein"
    finally:
        close_database()


def test_the_command_line_on_a_full_disk_prints_one_line(small_disk, capsys):
    data = small_disk / "profile"
    # a small profile: the 3 MB disk holds it and its write-ahead log while it is written
    small = ["--talents", "20", "--companies", "5", "--missions", "20", "--invoices", "100"]
    assert main(["--data-dir", str(data), "demo", *small]) == 0
    database.initialize(None)
    capsys.readouterr()
    fill(small_disk)
    for command in (["backup"], ["export", "talents", str(small_disk / "talents.csv")]):
        assert main(["--data-dir", str(data), *command]) == 1
        err = capsys.readouterr().err
        assert "The disk is full" in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1
        database.initialize(None)
    assert main(["--data-dir", str(data), "check"]) == 0  # reads only: works on a full disk
    assert "database OK" in capsys.readouterr().out
    assert not list((data / "backups").glob(".tmp-*"))
