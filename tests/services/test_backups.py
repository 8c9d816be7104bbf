"""Backups a user can restore: complete, checked, never overwritten; restore round trips."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from desktop.domain.validation import TalentDraft
from desktop.services import attachments, backups, talents
from desktop.store import backup as archives
from desktop.store.backup import BadArchiveError, list_archives, verify_archive
from desktop.store.database import close_database, open_database
from desktop.store.models import SCHEMA_VERSION, Talent, database
from tests.store.test_migrations import FIXTURES


def table_digests(path: Path) -> dict[str, str]:
    """A hash of every row of every business table, in id order."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            n
            for (n,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' "
                "AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            t: hashlib.sha256(
                repr(conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()).encode()
            ).hexdigest()
            for t in tables
        }
    finally:
        conn.close()


def reopen(profile):
    return lambda: open_database(profile.database, profile.backups)


@pytest.fixture
def filled(demo_db, profile, tmp_path):
    """The demo profile with two attached files."""
    for name in ("cv.pdf", "contrat.pdf"):
        source = tmp_path / name
        source.write_bytes(b"%PDF-1.4 " + name.encode() * 200)
        attachments.attach(profile, "talent", Talent.select().first().id, source)
    return profile


def test_a_backup_holds_the_database_the_files_and_a_manifest_of_hashes(filled):
    info = backups.back_up(filled)
    assert info.path.parent == filled.backups and info.path.name.startswith("manual-")
    checked = verify_archive(info.path)
    assert checked.schema_version == SCHEMA_VERSION
    assert checked.counts["talent"] == Talent.select().count()
    assert checked.attachments == 2
    with zipfile.ZipFile(info.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert set(zf.namelist()) == set(manifest["members"]) | {"manifest.json"}
        db_member = zf.read("freelance-desk.sqlite3")
    assert (
        hashlib.sha256(db_member).hexdigest()
        == manifest["members"]["freelance-desk.sqlite3"]["sha256"]
    )
    assert not list(filled.backups.glob(".tmp-*"))  # no temporary file left


def test_backups_in_the_same_second_never_overwrite_each_other(filled):
    made = [backups.back_up(filled) for _ in range(3)]
    assert len({m.path for m in made}) == 3
    assert {m.created_at for m in made} and all(m.path.exists() for m in made)
    assert [a.path for a in list_archives(filled.backups)[0]] == [m.path for m in made[::-1]]


def test_the_leftovers_of_a_killed_backup_go_with_the_next_one(filled):
    dead = filled.backups / ".tmp-999999999-dead.zip.part"  # no such process
    dead.write_bytes(b"half")
    alive = filled.backups / f".tmp-{__import__('os').getpid()}-mine.zip.part"
    alive.write_bytes(b"in progress")
    backups.back_up(filled)
    assert not dead.exists() and alive.exists()


def test_restore_round_trip_gives_back_every_row_and_file(filled, tmp_path):
    saved = table_digests(filled.database)
    stored = {p.name: p.read_bytes() for p in filled.attachments.iterdir()}
    info = backups.back_up(filled, folder=tmp_path / "elsewhere")
    # Life goes on: records deleted and added, a file removed.
    talents.delete_talent(talents.create_talent(TalentDraft("Éphémère", "Passage")))
    talents.create_talent(TalentDraft("Après", "Sauvegarde"))
    attachments.remove(attachments.attachments_of("talent", Talent.select().first().id)[0].id)
    attachments.tidy_files(filled, grace=dt.timedelta(0))
    assert table_digests(filled.database) != saved

    prepared = backups.restore_archive(filled, info.path, reopen(filled))
    assert table_digests(filled.database) == saved
    assert {p.name: p.read_bytes() for p in filled.attachments.iterdir()} == stored
    assert Talent.select().where(Talent.last_name == "Sauvegarde").count() == 0
    # The state it replaced was backed up first: restoring it comes back.
    safety = verify_archive(prepared.safety)
    assert safety.kind == "before-restore"
    assert safety.counts["talent"] == info.counts["talent"] + 1


def test_restoring_an_older_backup_migrates_it(profile, tmp_path):
    old = tmp_path / "old" / "freelance-desk.sqlite3"
    old.parent.mkdir()
    shutil.copy(FIXTURES / "schema-v4.sqlite3", old)
    info = archives.write_archive(old, [], tmp_path / "old", "manual", "0.0.9")
    assert info.schema_version == 4
    open_database(profile.database, profile.backups)
    backups.restore_archive(profile, info.path, reopen(profile))
    assert database.execute_sql("SELECT version FROM schema_info").fetchone() == (SCHEMA_VERSION,)
    assert Talent.select().count() == info.counts["talent"] > 0


def test_a_failed_restore_puts_everything_back(filled, tmp_path):
    saved = table_digests(filled.database)
    info = backups.back_up(filled, folder=tmp_path / "elsewhere")
    talents.create_talent(TalentDraft("Pendant", "Restauration"))
    now = table_digests(filled.database)
    assert now != saved
    calls = []

    def reopen_failing_once():
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("the new file would not open")
        open_database(filled.database, filled.backups)

    with pytest.raises(RuntimeError):
        backups.restore_archive(filled, info.path, reopen_failing_once)
    assert table_digests(filled.database) == now
    assert not list(filled.root.glob(".restore-*")) and not list(filled.root.glob(".pre-restore-*"))


def _rewrite(archive: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(archive) as src:
        members = {name: src.read(name) for name in src.namelist()}
    change(members)
    with zipfile.ZipFile(target, "w") as out:
        for name, data in members.items():
            out.writestr(name, data)
    return target


def _evil_member(members):
    manifest = json.loads(members["manifest.json"])
    members["../../evil.sh"] = b"rm -rf ~"
    manifest["members"]["../../evil.sh"] = {
        "size": 8,
        "sha256": hashlib.sha256(b"rm -rf ~").hexdigest(),
    }
    members["manifest.json"] = json.dumps(manifest).encode()


def _absolute_member(members):
    members["/etc/cron.d/evil"] = b"x"


def _tampered_database(members):
    members["freelance-desk.sqlite3"] = members["freelance-desk.sqlite3"][:-10] + b"0" * 10


def _bad_manifest(members):
    members["manifest.json"] = b'{"format": 99}'


def _no_manifest(members):
    del members["manifest.json"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_evil_member, "unsafe name"),
        (_absolute_member, "unsafe name"),
        (_tampered_database, "does not match its manifest"),
        (_bad_manifest, "cannot read"),
        (_no_manifest, "not a Freelance Desk backup"),
    ],
    ids=["dot-dot", "absolute", "tampered", "bad-manifest", "no-manifest"],
)
def test_unsafe_or_damaged_archives_are_refused_before_anything_changes(
    filled, tmp_path, change, message
):
    good = backups.back_up(filled, folder=tmp_path / "made")
    bad = _rewrite(good.path, tmp_path / "bad.zip", change)
    before = table_digests(filled.database)
    with pytest.raises(BadArchiveError, match=message):
        backups.restore_archive(filled, bad, reopen(filled))
    assert table_digests(filled.database) == before
    assert not (tmp_path.parent / "evil.sh").exists()
    assert list(filled.backups.glob("before-restore-*")) == []  # refused before the backup


def test_a_damaged_live_database_is_kept_aside_when_the_latest_backup_is_restored(filled, tmp_path):
    info = backups.back_up(filled)
    close_database()
    with filled.database.open("r+b") as f:
        f.write(b"garbage" * 20)
    damaged = filled.database.read_bytes()
    prepared = backups.restore_latest_good(filled)
    backups.install_restore(prepared, reopen(filled))
    assert prepared.archive.path == info.path
    assert prepared.safety.name.startswith("damaged-")
    assert (prepared.safety / "freelance-desk.sqlite3").read_bytes() == damaged
    assert Talent.select().count() == info.counts["talent"]


def test_automatic_backups_keep_seven_days_and_four_weeks_and_never_touch_manual_ones(filled):
    first = backups.back_up(filled)
    made = []
    for day in range(40):  # one automatic backup a day for 40 days, two on the last
        for hour in (9, 18) if day == 39 else (9,):
            made.append(
                _fake_archive(filled, dt.datetime(2026, 10, 1, hour) + dt.timedelta(days=day))
            )
    backups.rotate(filled)
    left = {a.created_at for a in list_archives(filled.backups)[0] if a.kind == "auto"}
    # The newest of each of the last 7 days (3-9 November, 9 November 2026 a Monday), and
    # of each of the last 4 ISO weeks: those of 9 and 2 November are already in; 1
    # November (Sunday) and 25 October add two.
    daily = {dt.datetime(2026, 11, d, 9) for d in range(3, 9)} | {dt.datetime(2026, 11, 9, 18)}
    weekly = {dt.datetime(2026, 11, 1, 9), dt.datetime(2026, 10, 25, 9)}
    assert left == daily | weekly
    assert first.path.exists()  # made by hand: never rotated away
    assert len(made) == 41


def _fake_archive(profile, when: dt.datetime) -> Path:
    """An automatic archive dated ``when`` (a real one, its manifest redated)."""
    info = backups.back_up(profile, "auto")
    target = info.path.with_name(archives.timestamped_name("auto", when))

    def redate(members):
        manifest = json.loads(members["manifest.json"])
        manifest["created_at"] = when.isoformat()
        members["manifest.json"] = json.dumps(manifest).encode()

    _rewrite(info.path, target, redate)
    info.path.unlink()
    return target
