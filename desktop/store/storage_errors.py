"""SQLite and file-system failures told in plain words: what happened, what to do.

SQLite reports a full disk, a read-only folder, a damaged file or a lock held too
long as ``OperationalError``/``DatabaseError`` with terse texts, and peewee wraps
them again (the original in ``exc.orig``). Worse, when the disk fills during a
commit SQLite rolls the transaction back by itself, and the rollback that follows
fails with "cannot rollback - no transaction is active": measured on the landed
code, that second error was all the user saw. :func:`explain` walks the whole
chain of causes and returns the most specific :class:`StorageError`, a
:class:`DomainError` whose message the window and the command line show as is.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP

# SQLite's primary result codes (https://www.sqlite.org/rescode.html); extended
# codes carry the primary one in their low byte.
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


class StorageError(DomainError):
    """The data could not be read or written; the message says why and what to do."""

    retry_helps = False  # True when trying again in a moment may succeed


class DatabaseBusyError(StorageError):
    """Another window or command held the write lock for longer than the busy timeout."""

    retry_helps = True


class DiskFullError(StorageError):
    """No space left on the disk (or the user's quota) holding the data folder."""


class ReadOnlyError(StorageError):
    """The data folder or the database file cannot be written."""


class DamagedDatabaseError(StorageError):
    """The database file is not a sound SQLite database any more."""


class DiskError(StorageError):
    """The disk reported an input/output error (a removed USB key, a lost network share)."""

    retry_helps = True


class MigrationError(DomainError):
    """Updating the file to this version failed; the transaction rolled back, the file is
    as it was (raised by :mod:`desktop.store.migrations`, defined here so that catching it
    costs no import of the migration machinery)."""


class NumberTooLargeError(StorageError):
    """A number beyond what SQLite stores (64-bit integers) reached the database."""


def _message(template: str, **params: object) -> Message:
    return Message("Storage", template, params)


BUSY = QT_TRANSLATE_NOOP(
    "Storage",
    "Another Freelance Desk window or command is writing to this data folder and did not "
    "finish within {seconds} seconds. Nothing was saved. Try again in a moment.",
)
FULL = QT_TRANSLATE_NOOP(
    "Storage",
    "The disk is full ({folder}). Nothing was saved. Free some space on that disk, then try again.",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "Storage",
    "The data folder cannot be written ({folder}). Nothing was saved. Check that the disk "
    "is not read-only and that you may write to that folder, then try again.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Storage",
    "The database file is damaged ({detail}). Nothing more was written to it. Restore the "
    "latest backup (Settings > Backups, or main.py restore); the damaged file is kept.",
)
IO_ERROR = QT_TRANSLATE_NOOP(
    "Storage",
    "The disk holding {folder} reported an error ({detail}). Nothing was saved. Check that "
    "the disk is still connected (a USB key, a network folder), then try again.",
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Storage",
    "A number is too large to be stored. Nothing was saved. Check the amounts and "
    "quantities you typed.",
)


def _chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and every error behind it (peewee's ``orig``, causes, contexts)."""
    seen: list[BaseException] = []
    todo = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or any(current is s for s in seen):
            continue
        seen.append(current)
        todo.extend(
            e
            for e in (
                getattr(current, "orig", None),
                current.__cause__,
                current.__context__,
            )
            if isinstance(e, BaseException)
        )
    return seen


def _kind(exc: BaseException) -> str | None:
    """The storage failure one exception reports, if any."""
    if isinstance(exc, OverflowError):
        return "too_large"
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        return {
            errno.ENOSPC: "full",
            getattr(errno, "EDQUOT", -1): "full",
            errno.EROFS: "read_only",
            errno.EACCES: "read_only",
            errno.EPERM: "read_only",
            errno.EIO: "io",
        }.get(exc.errno or -2)
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary == SQLITE_FULL or "database or disk is full" in text:
        return "full"
    if primary == SQLITE_READONLY or "readonly database" in text or "read-only" in text:
        return "read_only"
    if (
        primary in (SQLITE_CORRUPT, SQLITE_NOTADB)
        or "malformed" in text
        or ("not a database" in text)
    ):
        return "damaged"
    if primary == SQLITE_IOERR or "disk i/o error" in text:
        return "io"
    if primary in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in text:
        return "busy"
    if "too large to convert to sqlite integer" in text:
        return "too_large"
    return None


# The most telling first: a full disk explains the I/O error and the failed rollback.
_PRIORITY = ("full", "read_only", "damaged", "too_large", "io", "busy")


def explain(
    exc: BaseException, folder: Path | str | None = None, busy_seconds: int = 10
) -> StorageError | None:
    """The plain-words error behind ``exc`` (and its causes), or None if it is no storage
    failure. ``folder`` is named in the message (default: the open database's folder)."""
    if isinstance(exc, StorageError):
        return exc
    kinds = {k for k in (_kind(e) for e in _chain(exc)) if k}
    if not kinds:
        return None
    kind = next(k for k in _PRIORITY if k in kinds)
    where = str(folder if folder is not None else _database_folder())
    if kind == "io" and _nearly_full(where):
        # SQLite reports a write refused for want of space as a plain "disk I/O error"
        # (measured: a backup on a full disk); the free space tells what it was.
        kind = "full"
    detail = str(next((e for e in _chain(exc) if _kind(e) == kind), exc))
    if kind == "full":
        return DiskFullError(_message(FULL, folder=where))
    if kind == "read_only":
        return ReadOnlyError(_message(READ_ONLY, folder=where))
    if kind == "damaged":
        return DamagedDatabaseError(_message(DAMAGED, detail=detail))
    if kind == "too_large":
        return NumberTooLargeError(_message(TOO_LARGE))
    if kind == "io":
        return DiskError(_message(IO_ERROR, folder=where, detail=detail))
    return DatabaseBusyError(_message(BUSY, seconds=busy_seconds))


def _nearly_full(folder: str) -> bool:
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def _database_folder() -> str:
    from desktop.store.models import database

    path = getattr(database.obj, "database", None)
    return str(Path(path).parent) if path else "?"
