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
from desktop.services import attachments, backups, company, mailing, talents
from desktop.store import backup as archives
from desktop.store.backup import BadArchiveError, list_archives, verify_archive
from desktop.store.database import close_database, open_database
from desktop.store.models import SCHEMA_VERSION, OutboxMail, Talent, database
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


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def set_image(profile, tmp_path: Path, which: str, name: str, content: bytes) -> Path:
    """My company's logo or signature image, copied into the profile as the app does."""
    source = tmp_path / name
    source.write_bytes(content)
    stored = company.set_image(profile, which, source)
    return company.folder(profile) / stored


def unsent_mail(profile, title: str) -> Path:
    """An e-mail waiting in the outbox (a failed send): its row and its .eml file."""
    token = hashlib.sha256(title.encode()).hexdigest()[:16]
    eml = mailing.outbox_folder(profile) / token / f"{title}.eml"
    eml.parent.mkdir(parents=True)
    eml.write_bytes(f"Subject: {title}\r\n\r\nBonjour,\r\n".encode() * 20)
    OutboxMail.insert(
        kind="minutes", record_id=1, subject_type="company", subject_id=1, sender="a@b.example",
        recipients='["c@d.example"]', shown_to="c@d.example", title=title,
        eml_name=f"{token}/{eml.name}", status="failed",
    ).execute()  # fmt: skip
    return eml


def profile_files(profile) -> dict[str, str]:
    """company/ and outbox/ as they are on disk: relative path -> SHA-256."""
    found = {}
    for folder in ("company", "outbox"):
        base = profile.root / folder
        if base.is_dir():
            for path in base.rglob("*"):
                if path.is_file():
                    found[path.relative_to(profile.root).as_posix()] = sha256(path)
    return found


@pytest.fixture
def filled(demo_db, profile, tmp_path):
    """The demo profile with two attached files, a logo, a signature image and an e-mail
    waiting in the outbox."""
    for name in ("cv.pdf", "contrat.pdf"):
        source = tmp_path / name
        source.write_bytes(b"%PDF-1.4 " + name.encode() * 200)
        attachments.attach(profile, "talent", Talent.select().first().id, source)
    set_image(profile, tmp_path, "logo", "logo.png", b"\x89PNG\r\n\x1a\n" + b"logo" * 500)
    set_image(profile, tmp_path, "signature_image", "sig.jpg", b"\xff\xd8\xff" + b"sig" * 300)
    unsent_mail(profile, "Compte rendu – réunion du 12 novembre")
    return profile


def test_a_backup_holds_the_database_the_files_and_a_manifest_of_hashes(filled):
    info = backups.back_up(filled)
    assert info.path.parent == filled.backups and info.path.name.startswith("manual-")
    checked = verify_archive(info.path)
    assert checked.schema_version == SCHEMA_VERSION
    assert checked.counts["talent"] == Talent.select().count()
    assert checked.attachments == 2
    # My company's images and the outbox's e-mail are in it, each with its hash.
    assert checked.folders == ("company", "outbox")
    on_disk = profile_files(filled)
    assert sorted(on_disk) == [
        "company/logo.png",
        "company/signature_image.jpg",
        f"outbox/{OutboxMail.get().eml_name}",
    ]
    assert {name: checked.members[name]["sha256"] for name in on_disk} == on_disk
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
    logo = company.image_path(filled, company.identity().logo)
    logo_bytes = logo.read_bytes()
    folders = profile_files(filled)
    info = backups.back_up(filled, folder=tmp_path / "elsewhere")
    # Life goes on: records deleted and added, a file removed, a new logo, no signature
    # image any more, the unsent e-mail discarded and another one failing.
    talents.delete_talent(talents.create_talent(TalentDraft("Éphémère", "Passage")))
    talents.create_talent(TalentDraft("Après", "Sauvegarde"))
    attachments.remove(attachments.attachments_of("talent", Talent.select().first().id)[0].id)
    attachments.tidy_files(filled, grace=dt.timedelta(0))
    set_image(filled, tmp_path, "logo", "new.png", b"\x89PNG\r\n\x1a\n" + b"new" * 100)
    company.set_image(filled, "signature_image", None)
    (company.folder(filled) / "signature_image.jpg").unlink()
    mailing.discard(filled, OutboxMail.get().id)
    unsent_mail(filled, "Relance")
    assert table_digests(filled.database) != saved
    assert profile_files(filled) != folders

    prepared = backups.restore_archive(filled, info.path, reopen(filled))
    assert table_digests(filled.database) == saved
    assert backups.current_counts() == info.counts
    assert {p.name: p.read_bytes() for p in filled.attachments.iterdir()} == stored
    assert profile_files(filled) == folders  # company/ and outbox/ as they were, no more
    assert company.image_path(filled, company.identity().logo).read_bytes() == logo_bytes
    entry = mailing.outbox()[0]
    assert (mailing.outbox_folder(filled) / OutboxMail.get_by_id(entry.id).eml_name).is_file()
    assert not list(filled.root.glob(".restore-*")) and not list(filled.root.glob(".pre-restore-*"))
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

    logo_path = set_image(filled, tmp_path, "logo", "later.png", b"\x89PNG\r\n\x1a\n" + b"x" * 99)
    files_now = profile_files(filled)
    assert files_now != {}
    with pytest.raises(RuntimeError):
        backups.restore_archive(filled, info.path, reopen_failing_once)
    assert table_digests(filled.database) == now
    assert profile_files(filled) == files_now and logo_path.is_file()
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


def _listed_member(name: str, data: bytes = b"x"):
    """A member added to the archive and to its manifest (with its right hash)."""

    def change(members):
        manifest = json.loads(members["manifest.json"])
        members[name] = data
        manifest["members"][name] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        members["manifest.json"] = json.dumps(manifest).encode()

    return change


def _absolute_member(members):
    members["/etc/cron.d/evil"] = b"x"


def _unlisted_folder(members):
    manifest = json.loads(members["manifest.json"])
    manifest["folders"] = ["outbox"]  # company/ members, but the folder is not declared
    members["manifest.json"] = json.dumps(manifest).encode()


def _unknown_folder(members):
    manifest = json.loads(members["manifest.json"])
    manifest["folders"] = ["company", "outbox", "../.."]
    members["manifest.json"] = json.dumps(manifest).encode()


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
        (_listed_member("company/../../evil.sh"), "unsafe name"),
        (_listed_member("company/sub/logo.png"), "unsafe name"),
        (_listed_member("company/.hidden"), "unsafe name"),
        (_listed_member("outbox/0123456789abcdef/../../evil.eml"), "unsafe name"),
        (_listed_member("outbox/0123456789abcdef/a/b.eml"), "unsafe name"),
        (_listed_member("outbox/0123456789abcdef/mail.sh"), "unsafe name"),
        (_listed_member("outbox/../evil.eml"), "unsafe name"),
        (_listed_member("logs/app.log"), "unsafe name"),
        (_unlisted_folder, "cannot read"),
        (_unknown_folder, "cannot read"),
        (_tampered_database, "does not match its manifest"),
        (_bad_manifest, "cannot read"),
        (_no_manifest, "not a Freelance Desk backup"),
    ],
    ids=[
        "dot-dot",
        "absolute",
        "company-dot-dot",
        "company-subfolder",
        "company-hidden",
        "outbox-dot-dot",
        "outbox-subfolder",
        "outbox-not-eml",
        "outbox-no-token",
        "other-folder",
        "unlisted-folder",
        "unknown-folder",
        "tampered",
        "bad-manifest",
        "no-manifest",
    ],
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
    assert not list(tmp_path.parent.rglob("evil.*"))
    assert list(filled.backups.glob("before-restore-*")) == []  # refused before the backup


def test_an_archive_of_the_first_format_restores_and_leaves_the_profile_folders_alone(
    filled, tmp_path
):
    """Archives made before company/ and outbox/ were backed up: the database comes back;
    the logo and the outbox stay as they are rather than being emptied."""
    info = backups.back_up(filled, folder=tmp_path / "made")

    def first_format(members):
        manifest = json.loads(members["manifest.json"])
        manifest["format"] = 1
        for name in [n for n in members if n.startswith(("company/", "outbox/"))]:
            del members[name]
            del manifest["members"][name]
        del manifest["folders"], manifest["missing_outbox"]
        members["manifest.json"] = json.dumps(manifest).encode()

    old = _rewrite(info.path, tmp_path / "format-1.zip", first_format)
    files = profile_files(filled)
    talents.create_talent(TalentDraft("Après", "Sauvegarde"))
    prepared = backups.restore_archive(filled, old, reopen(filled))
    assert prepared.archive.folders == ()
    assert Talent.select().count() == info.counts["talent"]
    assert profile_files(filled) == files


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
