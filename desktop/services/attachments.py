"""Files attached to records and traces, and the talents' CVs.

A file is *copied* into the profile's ``attachments/`` folder (the original may
move, or sit on a USB key), under a unique stored name that keeps its
extension (so the system opens it with the right program) and a readable stem.
The copy is created with exclusive mode: an existing file is never overwritten.

Order of writes: copy first, then the row in one transaction; if the row cannot
be written the copy is removed, so no file is left behind that no row names.

Removing an attachment deletes its row only: Undo may put the row back, and
the file must still be there. :func:`tidy_files` (at start-up and every few
hours) moves the files no row refers to into the profile's ``trash/`` folder,
and deletes them from there after 30 days, unless the window's undo list or an
old backup still names them. Nothing is deleted at once: on the landed code the
start-up deleted such files while another window could still undo their
removal. A file asked for and found in the trash (a restored backup, an undo)
goes back into place.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from peewee import fn

from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.text import fold
from desktop.domain.vocabulary import SubjectType
from desktop.profile import Profile
from desktop.services import subjects
from desktop.services.deletion import Snapshot, delete_rows
from desktop.store.models import Activity, Attachment
from desktop.store.transactions import write_transaction

MAX_BYTES = 50 * 1024 * 1024  # a CV, a signed contract, a few screenshots: not videos
FILE = "file"
CV = "cv"
CV_SUFFIXES = (".pdf", ".doc", ".docx", ".odt")
_COPY_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    file_name: str  # the original name, shown to the user
    stored_name: str  # the name in the attachments folder
    size: int  # bytes
    created_at: dt.datetime
    kind: str  # "file" or "cv"
    subject_type: str
    subject_id: int
    activity_id: int | None


TRASH_DAYS = 30


@dataclass(frozen=True)
class TidyResult:
    trashed: int  # files no row refers to, moved to the trash
    purged: int  # files deleted from the trash after TRASH_DAYS
    purged_bytes: int
    recovered: int  # files of the trash a row refers to again, put back


def attachment_info(row: Attachment) -> AttachmentInfo:
    return AttachmentInfo(
        row.id,
        row.file_name,
        row.stored_name,
        row.size,
        row.created_at,
        row.kind,
        row.subject_type,
        row.subject_id,
        row.activity_id,
    )


def _error(template: str, **params: object) -> DomainError:
    return DomainError(Message("Attachments", template, params))


def _megabytes(size: int) -> int:
    return max(1, -(-size // (1024 * 1024)))  # rounded up: "51 MB", never "50 MB" for 50.2


def check_attachable(source: str | os.PathLike[str]) -> int:
    """The size of ``source`` in bytes; raises :class:`DomainError` when it cannot be
    attached (missing, a folder, unreadable, over :data:`MAX_BYTES`)."""
    path = Path(source)
    try:
        info = path.stat()
    except OSError:
        raise _error(
            QT_TRANSLATE_NOOP("Attachments", "“{name}” cannot be found any more."), name=path.name
        ) from None
    if not path.is_file():
        raise _error(
            QT_TRANSLATE_NOOP("Attachments", "“{name}” is a folder: attach the files inside it."),
            name=path.name,
        )
    if info.st_size > MAX_BYTES:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Attachments",
                "“{name}” weighs {size} MB; files up to {limit} MB can be attached. "
                "Compress it, or keep it in your documents and note where it is.",
            ),
            name=path.name,
            size=_megabytes(info.st_size),
            limit=MAX_BYTES // (1024 * 1024),
        )
    return info.st_size


def _stored_stem(name: str) -> str:
    """A readable, portable stem: ``"CV Hélène (2026)"`` -> ``"cv-helene-2026"``."""
    stem = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
    return stem[:40].rstrip("-") or "file"


def _copy_in(profile: Profile, source: Path) -> str:
    """Copy ``source`` into the attachments folder under a new unique name; returns it."""
    folder = profile.attachments
    folder.mkdir(parents=True, exist_ok=True)
    suffix = source.suffix.lower() if re.fullmatch(r"\.[\w-]{1,15}", source.suffix) else ""
    stem = _stored_stem(source.stem)
    while True:
        name = f"{secrets.token_hex(6)}-{stem}{suffix}"
        target = folder / name
        try:
            out = target.open("xb")  # "x": never overwrite; closed below
        except FileExistsError:
            continue
        break
    try:
        with out, source.open("rb") as src:
            shutil.copyfileobj(src, out, _COPY_CHUNK)
            out.flush()
            os.fsync(out.fileno())  # the row is committed with synchronous=FULL: the file too
    except BaseException as exc:
        target.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _error(
                QT_TRANSLATE_NOOP("Attachments", "“{name}” could not be copied: {reason}"),
                name=source.name,
                reason=exc.strerror or str(exc),
            ) from exc
        raise
    return name


def _insert(profile: Profile, source: Path, size: int, row: dict, replace_cv: bool) -> int:
    """Copy then insert the row in one transaction; the copy goes if the row does not."""
    stored = _copy_in(profile, source)
    try:
        with write_transaction():
            if replace_cv:
                Attachment.delete().where(
                    (Attachment.subject_type == row["subject_type"])
                    & (Attachment.subject_id == row["subject_id"])
                    & (Attachment.kind == CV)
                ).execute()
            return Attachment.insert(
                file_name=source.name[:255], stored_name=stored, size=size, **row
            ).execute()
    except BaseException:
        (profile.attachments / stored).unlink(missing_ok=True)
        raise


def attach(
    profile: Profile,
    subject_type: str,
    subject_id: int,
    source_path: str | os.PathLike[str],
    kind: str = FILE,
    activity_id: int | None = None,
) -> int:
    """Copy a file into the profile and attach it to a record (and to one of its traces
    when ``activity_id`` is given); returns the attachment id."""
    source = Path(source_path)
    size = check_attachable(source)
    subjects.require(subject_type, subject_id)
    if activity_id is not None:
        activity = Activity.get_or_none(Activity.id == activity_id)
        if activity is None or (activity.subject_type, activity.subject_id) != (
            subject_type,
            subject_id,
        ):
            raise ValueError(
                f"activity {activity_id} is not a trace of {subject_type} {subject_id}"
            )
    row = {
        "subject_type": subject_type,
        "subject_id": subject_id,
        "activity": activity_id,
        "kind": kind,
    }
    return _insert(profile, source, size, row, replace_cv=False)


def attach_to_activity(
    profile: Profile, activity_id: int, source_path: str | os.PathLike[str]
) -> int:
    """Attach a file to a trace (and so to the trace's record)."""
    activity = Activity.get_by_id(activity_id)
    return attach(
        profile, activity.subject_type, activity.subject_id, source_path, activity_id=activity_id
    )


def _check_cv_type(source: Path) -> None:
    suffix = source.suffix.lower()
    if suffix not in CV_SUFFIXES:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Attachments",
                "“{name}” is not a CV file: choose a PDF, Word (DOC, DOCX) or "
                "OpenDocument (ODT) file.",
            ),
            name=source.name,
        )
    try:
        with source.open("rb") as f:
            head = f.read(1024)
    except OSError:
        return  # check_attachable reports it
    looks_right = {
        ".pdf": b"%PDF" in head,  # readers accept a few bytes of junk before the header
        ".docx": head.startswith(b"PK\x03\x04"),  # a zip
        ".odt": head.startswith(b"PK\x03\x04"),
        # Word 97-2003 (OLE), or RTF that Word saved with a .doc extension
        ".doc": head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") or head.startswith(b"{\\rtf"),
    }[suffix]
    if not looks_right:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Attachments",
                "“{name}” does not contain what its extension says (damaged, or renamed?).",
            ),
            name=source.name,
        )


def set_cv(profile: Profile, talent_id: int, path: str | os.PathLike[str]) -> int:
    """Attach ``path`` as the talent's CV, replacing the previous one in the same transaction.

    Only PDF, DOC, DOCX and ODT files whose content matches their extension are
    accepted. The replaced file stays on disk (see :func:`tidy_files`).
    """
    source = Path(path)
    size = check_attachable(source)
    _check_cv_type(source)
    subjects.require(SubjectType.TALENT, talent_id)
    row = {"subject_type": SubjectType.TALENT.value, "subject_id": talent_id, "kind": CV}
    return _insert(profile, source, size, row, replace_cv=True)


def cv_of(talent_id: int) -> AttachmentInfo | None:
    """The talent's current CV, or None."""
    row = (
        Attachment.select()
        .where(
            (Attachment.subject_type == SubjectType.TALENT)
            & (Attachment.subject_id == talent_id)
            & (Attachment.kind == CV)
        )
        .order_by(Attachment.id.desc())
        .first()
    )
    return attachment_info(row) if row else None


def attachments_of(subject_type: str, subject_id: int) -> list[AttachmentInfo]:
    """Every file of a record, its traces' files included, newest first."""
    query = (
        Attachment.select()
        .where((Attachment.subject_type == subject_type) & (Attachment.subject_id == subject_id))
        .order_by(Attachment.created_at.desc(), Attachment.id.desc())
    )
    return [attachment_info(row) for row in query]


def attachment(attachment_id: int) -> AttachmentInfo:
    return attachment_info(Attachment.get_by_id(attachment_id))


def attachment_path(profile: Profile, attachment_id: int) -> Path:
    """Where the attached file is; raises :class:`DomainError` when it has gone missing.

    A file found in the trash (its row came back: an undo, a restored backup) is put back.
    """
    row = Attachment.get_by_id(attachment_id)
    path = profile.attachments / row.stored_name
    trashed = profile.trash / row.stored_name
    if not path.is_file() and trashed.is_file():
        profile.attachments.mkdir(parents=True, exist_ok=True)
        trashed.replace(path)
    if not path.is_file():
        raise _error(
            QT_TRANSLATE_NOOP(
                "Attachments",
                "The copy of “{name}” is missing from the attachments folder ({folder}). "
                "Attach the file again.",
            ),
            name=row.file_name,
            folder=str(profile.attachments),
        )
    return path


def remove(attachment_id: int) -> Snapshot:
    """Remove an attachment (its row); the file stays for Undo (see :func:`tidy_files`)."""
    row = Attachment.get_by_id(attachment_id)
    snapshot = Snapshot(
        Message(
            "Attachments",
            QT_TRANSLATE_NOOP("Attachments", "Attachment “{name}” removed"),
            {"name": row.file_name},
        )
    )
    with write_transaction():
        delete_rows(snapshot, Attachment.select().where(Attachment.id == attachment_id))
    return snapshot


def total_size() -> int:
    """Bytes of all attached files (for the settings page)."""
    return Attachment.select(fn.COALESCE(fn.SUM(Attachment.size), 0)).scalar()


def names_in_snapshots(snapshots: list[Snapshot]) -> set[str]:
    """Stored names of the attachment rows that undo snapshots would put back."""
    return {
        row["stored_name"]
        for snapshot in snapshots
        for model, rows in snapshot.rows
        if model is Attachment
        for row in rows
    }


def names_needed_by_backups(profile: Profile) -> set[str]:
    """Stored names that database copies in ``backups/`` refer to without holding the file
    (plain ``.sqlite3`` copies of earlier versions; archives carry their files)."""
    import sqlite3

    names: set[str] = set()
    for copy in profile.backups.glob("*.sqlite3"):
        try:
            conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
            try:
                names.update(n for (n,) in conn.execute("SELECT stored_name FROM attachment"))
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            continue
    return names


def tidy_files(
    profile: Profile,
    keep: frozenset[str] | set[str] = frozenset(),
    grace: dt.timedelta = dt.timedelta(minutes=10),
    now: float | None = None,
) -> TidyResult:
    """Move the attached files no row refers to into the trash; delete the trash's files
    older than :data:`TRASH_DAYS`; put back those a row refers to again.

    ``keep``: stored names the window's undo list still names (never trashed nor purged).
    Files younger than ``grace`` stay (one may be being copied in right now).
    Sub-folders are left alone.
    """
    now = time.time() if now is None else now
    referenced = {name for (name,) in Attachment.select(Attachment.stored_name).tuples()}
    trashed = purged = purged_bytes = recovered = 0
    folder, trash = profile.attachments, profile.trash
    if folder.is_dir():
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name in referenced or entry.name in keep:
                    continue
                if not entry.is_file(follow_symlinks=False):
                    continue
                if entry.stat(follow_symlinks=False).st_mtime > now - grace.total_seconds():
                    continue
                try:
                    trash.mkdir(exist_ok=True)
                    target = trash / entry.name
                    Path(entry.path).replace(target)
                    os.utime(target, (now, now))  # the date it went to the trash
                except OSError:
                    continue  # open in another program (Windows): next time
                trashed += 1
    if trash.is_dir():
        needed = keep | names_needed_by_backups(profile)
        oldest = now - dt.timedelta(days=TRASH_DAYS).total_seconds()
        with os.scandir(trash) as entries:
            for entry in entries:
                if not entry.is_file(follow_symlinks=False):
                    continue
                try:
                    if entry.name in referenced:
                        folder.mkdir(exist_ok=True)
                        Path(entry.path).replace(folder / entry.name)
                        recovered += 1
                        continue
                    info = entry.stat(follow_symlinks=False)
                    if entry.name in needed or info.st_mtime > oldest:
                        continue
                    Path(entry.path).unlink()
                except OSError:
                    continue
                purged += 1
                purged_bytes += info.st_size
    return TidyResult(trashed, purged, purged_bytes, recovered)
