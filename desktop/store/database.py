"""Opening a profile's database: health, pragmas, creation, version check, migration.

Called before any window is shown (Vorta's ``init_db`` pattern):

1. The file's health is checked through a read-only connection before anything writes
   to it (see :mod:`desktop.store.maintenance`): a damaged file raises
   :class:`DamagedDatabaseError` and stays exactly as it was. Measured on the landed
   code, a truncated file or a garbage header gave tracebacks, and an overwritten page
   opened with no warning.
2. A fresh file gets the current schema and is stamped with its version; one written by
   a newer app version is refused.
3. An older one is backed up (a full archive, see :mod:`desktop.store.backup`), then
   migrated in one transaction. The backup is made once per version attempted: a
   migration that kept failing took a new full backup at every start on the landed code.

:func:`close_database` ends a session cleanly and records the file's fingerprint, so that
the next start can skip the full ``quick_check`` when nothing touched the file since.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from peewee import SqliteDatabase

from desktop import __version__
from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.store import money_days, offer_tallies, row_versions, search_index
from desktop.store.backup import ArchiveInfo, list_archives, write_archive
from desktop.store.maintenance import Health, health_at_start
from desktop.store.models import MODELS, SCHEMA_VERSION, SchemaInfo, database
from desktop.store.storage_errors import DamagedDatabaseError

log = logging.getLogger(__name__)

# synchronous=FULL: the books must survive a power cut; 0.27 ms per commit measured.
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "busy_timeout": 10_000,
    # The window's own connection writes and reads single records; the lists, search,
    # boards and reports read on the reader lanes (ui/tasks.py), with their own caches.
    # 8 MB instead of 32: 24 MiB less memory held at 300k records, no read slower.
    "cache_size": -8_000,
    "temp_store": "memory",
}

DAMAGED_AT_START = QT_TRANSLATE_NOOP(
    "Database",
    "The database {path} is damaged ({detail}). Freelance Desk did not write to it and keeps "
    "it as it is. Open the latest good backup, or send the file to support.",
)


class NewerDatabaseError(DomainError):
    """The file was written by a newer version of the app; opening it could damage it."""


@dataclass
class OpenReport:
    """What opening the database found and did (the GUI shows the warnings)."""

    health: Health = field(default_factory=Health)
    migrated_from: int | None = None
    migration_backup: Path | None = None
    kept_problems: list[str] = field(default_factory=list)  # rows a migration could not fix


last_open = OpenReport()


def connect(path: Path) -> SqliteDatabase:
    """A peewee database on ``path`` with our pragmas, bound to the models."""
    if not path.exists() and os.name == "posix":
        # Create the file private to the user before SQLite creates it.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    db = SqliteDatabase(str(path), pragmas=PRAGMAS)
    database.initialize(db)
    return db


def set_page_cache(db: SqliteDatabase, kib: int) -> None:
    """Size the page cache of this thread's connection to ``db``: memory against re-reads."""
    db.execute_sql(f"PRAGMA cache_size = -{int(kib)}")


def sort_in_pages(db: SqliteDatabase) -> None:
    """This thread's connection sorts in its page cache, spilling to a temporary file only
    beyond it (SQLite's default), instead of ``temp_store = memory``, where each sorted row
    is a memory allocation of its own: a ranking at 300k sorts 81,000 index entries, and
    its CPU went down 6-11 % (the reader lanes; the window's own connection keeps memory)."""
    db.execute_sql("PRAGMA temp_store = file")


def schema_version(db: SqliteDatabase) -> int:
    """The version stamped in the file; 0 for an empty file."""
    if not db.table_exists(SchemaInfo._meta.table_name):
        return 0
    row = SchemaInfo.select(SchemaInfo.version).first()
    return row.version if row else 0


def pending_migration(path: Path) -> bool:
    """True when the file exists with an older schema: opening it will migrate (and wait)."""
    if not path.exists():
        return False
    import sqlite3

    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            row = conn.execute("SELECT version FROM schema_info").fetchone()
    except sqlite3.DatabaseError:  # no table yet (a new or foreign file), or damaged
        return False
    return bool(row) and row[0] < SCHEMA_VERSION


def read_setting(path: Path, key: str) -> object | None:
    """A setting read without opening the database for writing (before it is checked: the
    recovery dialog speaks the saved language); None when unreadable."""
    import sqlite3

    if not path.exists():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None
    except (sqlite3.DatabaseError, ValueError):
        return None


def create_schema(db: SqliteDatabase) -> None:
    """The current schema on an empty database, stamped, in one transaction."""
    with db.atomic():
        db.create_tables(MODELS)
        search_index.install(db)
        row_versions.install(db)
        money_days.install(db)
        offer_tallies.install(db)
        SchemaInfo.delete().execute()
        SchemaInfo.create(version=SCHEMA_VERSION)


# -- clean shutdown --------------------------------------------------------------------------


def _clean_marker(path: Path) -> Path:
    return path.with_name(path.name + ".clean")


def _fingerprint(path: Path) -> dict:
    info = path.stat()
    return {"size": info.st_size, "mtime_ns": info.st_mtime_ns}


def closed_cleanly(path: Path) -> bool:
    """True when the last session closed the file cleanly and nothing touched it since
    (same size and modification time, no write-ahead log left): its pages are then as
    sound as they were when last checked."""
    marker = _clean_marker(path)
    wal = path.with_name(path.name + "-wal")
    try:
        recorded = json.loads(marker.read_text(encoding="utf-8"))
        if wal.exists() and wal.stat().st_size > 0:
            return False
        return recorded == _fingerprint(path)
    except (OSError, ValueError):
        return False


def fold_write_ahead_log(db: SqliteDatabase) -> None:
    """Copy the write-ahead log into the database file and empty it: the file alone then
    holds everything (a profile to copy or zip, a session ending).

    SQLite's own (``PRAGMA wal_checkpoint(TRUNCATE)``); PostgreSQL has no per-file log
    to fold: nothing to do there.
    """
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def close_database(db: SqliteDatabase | None = None) -> None:
    """End the session: fold the write-ahead log into the file, close, record the
    fingerprint (see :func:`closed_cleanly`)."""
    db = db or database.obj
    if db is None:
        return
    path = Path(db.database)
    try:
        if not db.is_closed():
            fold_write_ahead_log(db)
    except Exception:  # another reader holds the log; the next start checks in full
        log.warning("checkpoint at close failed", exc_info=True)
    db.close()
    try:
        if path.exists():
            _clean_marker(path).write_text(json.dumps(_fingerprint(path)), encoding="utf-8")
    except OSError:
        log.warning("could not record a clean shutdown", exc_info=True)


def _forget_clean_shutdown(path: Path) -> None:
    """From now on the file may change: a crash must leave no clean-shutdown record."""
    _clean_marker(path).unlink(missing_ok=True)


# -- migration backups -----------------------------------------------------------------------


def migration_backup(path: Path, backups: Path, version: int) -> ArchiveInfo:
    """The backup taken before migrating from ``version``: an existing one of the same file
    (same size and modification time) is reused, so a migration that fails at every start
    does not take a new backup each time."""
    kind = f"before-migration-v{version}-to-v{SCHEMA_VERSION}"
    archives, _ = list_archives(backups)
    fingerprint = _fingerprint(path)
    for archive in archives:
        if archive.kind == kind and archive.source == fingerprint:
            log.info("reusing %s, taken before an earlier attempt", archive.path)
            return archive
    from desktop.profile import Profile

    profile = Profile(path.parent)
    return write_archive(path, (profile.attachments, profile.trash), backups, kind, __version__)


# -- opening ---------------------------------------------------------------------------------


def check_health(path: Path) -> Health:
    """The start-up check: full after an unclean end, the header only otherwise. Raises
    :class:`DamagedDatabaseError` for a damaged file (which is left untouched)."""
    health = health_at_start(path, full=not closed_cleanly(path))
    if health.damaged:
        log.error("damaged database %s: %s", path, health.damaged)
        raise DamagedDatabaseError(
            Message("Database", DAMAGED_AT_START, {"path": str(path), "detail": health.damaged[0]})
        )
    return health


def open_database(path: Path, backups: Path | None = None) -> SqliteDatabase:
    """Open (creating or migrating) the database at ``path`` and bind the models to it.

    Before a migration, a backup goes to ``backups`` (default: next to the file).
    Raises :class:`NewerDatabaseError` for a file from a newer app version,
    :class:`DamagedDatabaseError` for a damaged one, and
    :class:`~desktop.store.storage_errors.MigrationError` when migrating fails.
    """
    global last_open
    report = OpenReport(health=check_health(path))
    last_open = report
    db = connect(path)
    db.connect(reuse_if_open=True)
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        db.close()
        raise NewerDatabaseError(
            Message(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{path} was written by a newer version of Freelance Desk (schema "
                    "{found}; this version knows up to {known}). Update the app, or open "
                    "another data folder with --data-dir.",
                ),
                {"path": str(path), "found": version, "known": SCHEMA_VERSION},
            )
        )
    _forget_clean_shutdown(path)
    if version == 0:
        log.info("creating schema v%s in %s", SCHEMA_VERSION, path)
        create_schema(db)
    elif version < SCHEMA_VERSION:
        archive = migration_backup(path, backups or path.parent, version)
        log.info("backed up %s to %s before migrating", path, archive.path)
        report.migrated_from = version
        report.migration_backup = archive.path
        from desktop.store import migrations  # playhouse.migrate: only when needed

        try:
            report.kept_problems = migrations.migrate(db, version)
        except migrations.MigrationError as exc:
            db.close()
            raise migrations.MigrationError(
                Message(
                    "Database",
                    QT_TRANSLATE_NOOP(
                        "Database",
                        "{reason} A backup taken before the attempt is {backup}. Keep using "
                        "the previous version of Freelance Desk with this data folder, and "
                        "send the log ({log}) to support.",
                    ),
                    {
                        "reason": exc.message,
                        "backup": str(archive.path),
                        "log": str(path.parent / "logs"),
                    },
                )
            ) from exc
        except BaseException:
            db.close()
            raise
    return db
