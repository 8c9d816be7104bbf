"""Attached files: copied in, never overwritten, limited, CVs checked, orphans purged."""

import datetime as dt
import os
import time
from pathlib import Path

import pytest
from peewee import IntegrityError

from desktop.domain.activities import ActivityDraft
from desktop.domain.errors import DomainError
from desktop.domain.validation import CompanyDraft, TalentDraft
from desktop.services import activities, attachments, companies, deletion, talents
from desktop.store.models import Attachment
from tests.conftest import TODAY

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"
DOCX = b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 30


@pytest.fixture
def talent(db) -> int:
    return talents.create_talent(TalentDraft("Hélène", "Dupré"))


def write(folder: Path, name: str, content: bytes = PDF) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def stored_files(profile) -> list[str]:
    return sorted(p.name for p in profile.attachments.iterdir())


def age(profile, hours: int = 2) -> None:
    """Make every stored file older than the purge's grace period."""
    past = time.time() - hours * 3600
    for path in profile.attachments.iterdir():
        os.utime(path, (past, past))


def test_a_file_is_copied_under_a_unique_name_keeping_its_extension(talent, profile, tmp_path):
    source = write(tmp_path, "Attestation URSSAF.PDF")
    first = attachments.attach(profile, "talent", talent, source)
    second = attachments.attach(profile, "talent", talent, source)
    a, b = attachments.attachment(first), attachments.attachment(second)
    assert a.file_name == b.file_name == "Attestation URSSAF.PDF"
    assert a.stored_name != b.stored_name
    assert a.stored_name.endswith("-attestation-urssaf.pdf") and a.size == len(PDF)
    for info in (a, b):
        path = attachments.attachment_path(profile, info.id)
        assert path.parent == profile.attachments and path.read_bytes() == PDF
    source.write_bytes(b"changed")  # the copy does not follow the original
    assert attachments.attachment_path(profile, first).read_bytes() == PDF


def test_an_existing_file_is_never_overwritten(talent, profile, tmp_path, monkeypatch):
    tokens = iter(["aaaaaaaaaaaa", "aaaaaaaaaaaa", "bbbbbbbbbbbb"])
    monkeypatch.setattr(attachments.secrets, "token_hex", lambda n: next(tokens))
    first = attachments.attach(profile, "talent", talent, write(tmp_path, "cv.pdf"))
    second = attachments.attach(profile, "talent", talent, write(tmp_path, "cv.pdf", b"%PDF new"))
    assert attachments.attachment(first).stored_name == "aaaaaaaaaaaa-cv.pdf"
    assert attachments.attachment(second).stored_name == "bbbbbbbbbbbb-cv.pdf"
    assert attachments.attachment_path(profile, first).read_bytes() == PDF


def test_a_file_over_the_size_limit_is_refused_with_its_size(
    talent, profile, tmp_path, monkeypatch
):
    monkeypatch.setattr(attachments, "MAX_BYTES", 2 * 1024 * 1024)
    big = tmp_path / "video.mp4"
    with big.open("wb") as f:
        f.truncate(3 * 1024 * 1024 + 1)
    with pytest.raises(DomainError) as info:
        attachments.attach(profile, "talent", talent, big)
    assert "“video.mp4” weighs 4 MB; files up to 2 MB can be attached" in str(info.value)
    assert stored_files(profile) == [] and Attachment.select().count() == 0


def test_missing_files_folders_and_deleted_records_are_refused(talent, profile, tmp_path):
    with pytest.raises(DomainError, match="cannot be found"):
        attachments.attach(profile, "talent", talent, tmp_path / "nowhere.pdf")
    with pytest.raises(DomainError, match="is a folder"):
        attachments.attach(profile, "talent", talent, tmp_path)
    with pytest.raises(DomainError, match="no longer exists"):
        attachments.attach(profile, "talent", talent + 1, write(tmp_path, "a.pdf"))
    assert stored_files(profile) == []


def test_no_file_is_left_behind_when_the_row_cannot_be_written(
    talent, profile, tmp_path, monkeypatch
):
    def failing_insert(**values):
        raise IntegrityError("disk full")

    monkeypatch.setattr(Attachment, "insert", failing_insert)
    with pytest.raises(IntegrityError):
        attachments.attach(profile, "talent", talent, write(tmp_path, "a.pdf"))
    with pytest.raises(IntegrityError):
        attachments.set_cv(profile, talent, write(tmp_path, "cv.pdf"))
    assert stored_files(profile) == []


def test_a_cv_replaces_the_previous_one(talent, profile, tmp_path):
    assert attachments.cv_of(talent) is None
    attachments.set_cv(profile, talent, write(tmp_path, "CV 2025.pdf"))
    second = attachments.set_cv(profile, talent, write(tmp_path, "CV 2026.docx", DOCX))
    cv = attachments.cv_of(talent)
    assert (cv.id, cv.file_name, cv.kind) == (second, "CV 2026.docx", "cv")
    assert [a.file_name for a in Attachment.select()] == ["CV 2026.docx"]
    assert attachments.attachment_path(profile, second).read_bytes() == DOCX
    # the CV is not one of the timeline's loose files
    assert activities.timeline("talent", talent) == []


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("cv.txt", b"hello", r"not a CV file: choose a PDF, Word \(DOC, DOCX\) or OpenDocument"),
        ("photo.png", b"\x89PNG", "not a CV file"),
        ("cv.pdf", b"PK\x03\x04 a zip renamed", "does not contain what its extension says"),
        ("cv.docx", PDF, "does not contain what its extension says"),
    ],
)
def test_a_cv_must_be_a_real_pdf_doc_docx_or_odt(talent, profile, tmp_path, name, content, message):
    with pytest.raises(DomainError, match=message):
        attachments.set_cv(profile, talent, write(tmp_path, name, content))
    assert attachments.cv_of(talent) is None and stored_files(profile) == []


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("cv.odt", b"PK\x03\x04odt"),
        ("cv.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1ole"),
        ("cv.doc", b"{\\rtf1 Word saved RTF"),
    ],
)
def test_odt_doc_and_rtf_saved_as_doc_are_accepted_as_cv(talent, profile, tmp_path, name, content):
    attachments.set_cv(profile, talent, write(tmp_path, name, content))
    assert attachments.cv_of(talent).file_name == name


def test_a_removed_file_stays_for_undo_then_goes_to_the_trash_never_straight_away(
    talent, profile, tmp_path
):
    kept = attachments.attach(profile, "talent", talent, write(tmp_path, "kept.pdf"))
    removed = attachments.attach(profile, "talent", talent, write(tmp_path, "removed.pdf"))
    removed_path = attachments.attachment_path(profile, removed)
    (profile.attachments / "subfolder").mkdir()
    snapshot = attachments.remove(removed)
    assert removed_path.exists()  # Undo must find it
    deletion.restore(snapshot)
    assert attachments.attachment_path(profile, removed) == removed_path

    attachments.remove(removed)
    old_cv = attachments.set_cv(profile, talent, write(tmp_path, "old.pdf"))
    old_cv_name = attachments.attachment(old_cv).stored_name
    attachments.set_cv(profile, talent, write(tmp_path, "new.pdf"))
    fresh_orphan = profile.attachments / "copying-right-now.pdf"
    age(profile)
    fresh_orphan.write_bytes(b"%PDF")  # younger than the grace period: kept
    result = attachments.tidy_files(profile)
    assert (result.trashed, result.purged) == (2, 0)
    left = stored_files(profile)
    assert removed_path.name not in left and old_cv_name not in left
    assert sorted(p.name for p in profile.trash.iterdir()) == sorted(
        [removed_path.name, old_cv_name]
    )
    assert attachments.attachment_path(profile, kept).exists()
    assert attachments.attachment_path(profile, attachments.cv_of(talent).id).exists()
    assert {"subfolder", "copying-right-now.pdf"} <= set(left)
    assert attachments.tidy_files(profile, grace=dt.timedelta(0)).trashed == 1


def test_the_trash_is_purged_after_30_days_unless_undo_or_a_backup_names_the_file(
    talent, profile, tmp_path
):
    ids = [
        attachments.attach(profile, "talent", talent, write(tmp_path, f"{name}.pdf"))
        for name in "abc"
    ]
    names = [attachments.attachment(i).stored_name for i in ids]
    for attachment_id in ids:
        attachments.remove(attachment_id)
    age(profile)
    assert attachments.tidy_files(profile).trashed == 3
    in_a_month = time.time() + 31 * 86400
    # An old plain database copy in backups/ that names the second file without holding it.
    import sqlite3

    with sqlite3.connect(profile.backups / "before-migration-v4.sqlite3") as old_copy:
        old_copy.execute("CREATE TABLE attachment (stored_name TEXT)")
        old_copy.execute("INSERT INTO attachment VALUES (?)", (names[1],))
    result = attachments.tidy_files(profile, keep={names[0]}, now=in_a_month)
    assert (result.purged, result.purged_bytes) == (1, len(PDF))
    assert sorted(p.name for p in profile.trash.iterdir()) == sorted(names[:2])
    assert attachments.tidy_files(profile, now=time.time() + 29 * 86400).purged == 0


def test_a_file_found_in_the_trash_comes_back_when_its_row_does(talent, profile, tmp_path):
    file_id = attachments.attach(profile, "talent", talent, write(tmp_path, "cv.pdf"))
    snapshot = attachments.remove(file_id)
    age(profile)
    attachments.tidy_files(profile)
    assert stored_files(profile) == []
    deletion.restore(snapshot)  # an undo from a window that knew nothing of the trash
    assert attachments.attachment_path(profile, file_id).read_bytes() == PDF
    assert not any(profile.trash.iterdir())
    attachments.remove(file_id)
    attachments.tidy_files(profile, grace=dt.timedelta(0))
    deletion.restore(snapshot)
    assert attachments.tidy_files(profile).recovered == 1  # or when the files are tidied


def test_files_of_a_deleted_record_survive_until_undo_is_no_longer_possible(
    talent, profile, tmp_path
):
    activity = activities.create_activity(
        "talent",
        talent,
        ActivityDraft("note", dt.datetime(2026, 11, 20, 9), title="Entretien"),
        TODAY,
    )
    attachments.attach_to_activity(profile, activity, write(tmp_path, "grille.pdf"))
    attachments.set_cv(profile, talent, write(tmp_path, "cv.pdf"))
    snapshot = talents.delete_talent(talent)
    assert len(stored_files(profile)) == 2  # still there while Undo is offered
    deletion.restore(snapshot)
    assert attachments.cv_of(talent).file_name == "cv.pdf"
    age(profile)
    assert attachments.tidy_files(profile).trashed == 0
    snapshot = talents.delete_talent(talent)
    undo_names = {row["stored_name"] for model, rows in snapshot.rows for row in rows
                  if model is Attachment}  # fmt: skip
    assert attachments.tidy_files(profile, keep=undo_names).trashed == 0  # Undo still offered
    assert attachments.tidy_files(profile).trashed == 2  # the next start-up


def test_a_missing_copy_is_reported_clearly(talent, profile, tmp_path):
    file_id = attachments.attach(profile, "talent", talent, write(tmp_path, "a.pdf"))
    attachments.attachment_path(profile, file_id).unlink()
    with pytest.raises(DomainError, match=r"“a\.pdf” is missing from the attachments folder"):
        attachments.attachment_path(profile, file_id)


def test_a_file_attached_to_a_trace_must_belong_to_the_same_record(talent, profile, tmp_path):
    company = companies.create_company(CompanyDraft("ACME"))
    note = activities.create_activity(
        "company", company, ActivityDraft("note", dt.datetime(2026, 11, 20, 9), title="x"), TODAY
    )
    with pytest.raises(ValueError):
        attachments.attach(profile, "talent", talent, write(tmp_path, "a.pdf"), activity_id=note)
    assert stored_files(profile) == []
