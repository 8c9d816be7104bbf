"""Health checks of a database file: SQLite integrity, references, search index, bounds.

Two uses:

- :func:`check_database` for ``main.py check`` and the weekly background check: the full
  ``integrity_check``, every reference, the search index, amounts beyond the domain's
  bounds and quarantined rows. It never raises on a damaged file: the damage is a finding
  (measured on the landed code, ``check`` itself crashed on a truncated file).
- :func:`health_at_start`: what must hold before the app writes anything. It reads the file
  through a read-only connection, so that a damaged file is never written. The full
  ``quick_check`` + ``foreign_key_check`` cost 1.3 s on a 425 MB profile (100,000
  talents and companies, 200,000 invoices); they run when the last session did not end
  cleanly or the file changed since (see :mod:`desktop.store.clean_shutdown`), and a
  header check of a few microseconds runs always.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from peewee import Database

from desktop.domain import money
from desktop.store import search_index, storage_errors

# Amount columns and the bound each must respect (desktop.domain.money), in cents.
_BOUNDED = (
    ("talent", "daily_rate", money.MAX_DAILY_RATE),
    ("talent", "min_daily_rate", money.MAX_DAILY_RATE),
    ("mission", "client_daily_rate", money.MAX_DAILY_RATE),
    ("mission", "talent_daily_rate", money.MAX_DAILY_RATE),
    ("mission", "fixed_price", money.MAX_AMOUNT),
    ("company", "expected_value", money.MAX_AMOUNT),
    ("offer", "proposed_rate", money.MAX_DAILY_RATE),
    ("contract", "daily_rate", money.MAX_DAILY_RATE),
    ("invoice", "total_incl_tax", money.MAX_AMOUNT),
    ("invoice_line", "total_excl_tax", money.MAX_AMOUNT),
    ("payment", "amount", money.MAX_AMOUNT),
)


@dataclass
class Health:
    """What a check found. ``damaged``: SQLite cannot trust the file; ``problems``: rows that
    break a rule of the data (references, bounds) in a sound file."""

    damaged: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # worth knowing, nothing to fix
    full_check: bool = False  # the complete quick_check ran (not only the header)

    @property
    def ok(self) -> bool:
        return not self.damaged and not self.problems


def header_problem(path: Path) -> str | None:
    """What is wrong with the first 100 bytes of the file, or None (cheap: one read).

    Catches a garbage header and a file cut short: the header states the page size and
    the number of pages, so the size the file must have.
    """
    try:
        with path.open("rb") as f:
            header = f.read(100)
            size = f.seek(0, 2)
    except OSError as exc:
        return f"cannot read the file: {exc.strerror or exc}"
    if size == 0:
        return None  # an empty file: a new database
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return "the file does not start with an SQLite header"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"the header states an impossible page size ({page_size})"
    pages = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    change_counter = int.from_bytes(header[24:28], "big")
    # The page count is trusted by SQLite only when written by a recent version (3.7.0+),
    # i.e. when "version-valid-for" equals the change counter, and when no write-ahead log
    # holds newer pages: measured on a full disk, a checkpoint wrote page 1 (and so the
    # new count) but could not grow the file; the pages were safe in the -wal file.
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    if pages and valid_for == change_counter and not has_wal and size < pages * page_size:
        return f"the file is cut short ({size} bytes, {pages * page_size} expected)"
    return None


def _read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection. A WAL database needs its -shm file, which a full disk or a
    read-only folder cannot create: then, with no log to apply (the file holds every
    committed page), the file is read as it is (``immutable=1``)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.DatabaseError as exc:
        conn.close()
        wal = path.with_name(path.name + "-wal")
        problem = storage_errors.explain(exc, path.parent)
        if isinstance(problem, storage_errors.DamagedDatabaseError) or problem is None:
            raise
        if wal.exists() and wal.stat().st_size > 0:
            raise problem from exc
        return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)


def _damage_or_raise(health: Health, exc: sqlite3.DatabaseError, path: Path | None) -> None:
    """A damaged file is a finding; a full disk or a read-only folder is no damage: raise
    it, in plain words."""
    problem = storage_errors.explain(exc, path.parent if path else None)
    if problem is None or isinstance(problem, storage_errors.DamagedDatabaseError):
        health.damaged.append(str(exc))
    else:
        raise problem from exc


def health_at_start(path: Path, full: bool) -> Health:
    """Check the file at ``path`` without writing to it.

    ``full``: run ``quick_check`` and ``foreign_key_check`` (else only the header).
    """
    health = Health(full_check=full)
    if not path.exists():
        return health
    problem = header_problem(path)
    if problem:
        health.damaged.append(problem)
        return health
    if not full or path.stat().st_size == 0:
        return health
    try:
        conn = _read_only(path)
        try:
            verdict = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            if verdict != ["ok"]:
                health.damaged.extend(verdict[:10])
                return health
            health.problems.extend(_reference_problems(conn))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        _damage_or_raise(health, exc, path)
    return health


def _reference_problems(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    found = [
        f"{table} row {rowid} refers to a missing {parent}" for table, rowid, parent, _ in rows
    ]
    if len(found) > 20:
        found = [*found[:20], f"… and {len(found) - 20} more rows like these"]
    return found


def check_database(db: Database | None = None, path: Path | None = None) -> Health:
    """The full check of ``main.py check``; never raises on a damaged file.

    Give ``path`` to check a file without opening it through the models (it may be too
    damaged to open), ``db`` to check the open database.
    """
    health = Health(full_check=True)
    if path is not None:
        problem = header_problem(path)
        if problem:
            health.damaged.append(problem)
            return health
    try:
        conn = _read_only(path) if path is not None else None
        execute = conn.execute if conn is not None else db.execute_sql
        try:
            verdict = [r[0] for r in execute("PRAGMA integrity_check").fetchall()]
            if verdict != ["ok"]:
                health.damaged.extend(verdict[:20])
                return health
            health.problems.extend(
                f"{table} row {rowid} refers to a missing {parent}"
                for table, rowid, parent, _ in execute("PRAGMA foreign_key_check").fetchall()
            )
            tables = {name for (name,) in execute("SELECT name FROM sqlite_master")}
            for index in search_index.INDEXES:
                if index.name not in tables:
                    health.problems.append(f"search index {index.name} is missing")
                    continue
                (rows,) = execute(f"SELECT COUNT(*) FROM {index.table}").fetchone()
                (indexed,) = execute(f"SELECT COUNT(*) FROM {index.name}").fetchone()
                if rows != indexed:
                    health.problems.append(
                        f"search index {index.name}: {indexed} entries for {rows} rows"
                    )
            for table, column, bound in _BOUNDED:
                if table not in tables:
                    continue
                cents = int(bound * 100)
                (count,) = execute(
                    f'SELECT COUNT(*) FROM "{table}" WHERE "{column}" > ? OR "{column}" < ?',
                    (cents, -cents),
                ).fetchone()
                if count:
                    health.problems.append(
                        f"{table}.{column}: {count} value(s) beyond the limit of {bound:,.0f} €; "
                        "correct them in the window"
                    )
            if "quarantined_row" in tables:
                (count,) = execute("SELECT COUNT(*) FROM quarantined_row").fetchone()
                if count:
                    health.notes.append(
                        f"{count} row(s) set aside in quarantined_row by an upgrade "
                        "(they referred to missing records); nothing else refers to them"
                    )
        finally:
            if conn is not None:
                conn.close()
    except sqlite3.DatabaseError as exc:
        _damage_or_raise(health, exc, path)
    except Exception as exc:  # peewee wraps sqlite3 errors
        if type(exc).__module__ != "peewee" or not isinstance(exc.orig, sqlite3.DatabaseError):
            raise
        _damage_or_raise(health, exc.orig, path)
    return health


def check_attachments(path: Path, profile) -> list[str]:
    """Attachment rows whose file is neither in the attachments folder nor in the trash."""
    try:
        conn = _read_only(path)
        try:
            rows = conn.execute("SELECT id, file_name, stored_name FROM attachment").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return []
    missing = [
        f"attachment {row_id} (“{name}”): its file {stored} is missing"
        for row_id, name, stored in rows
        if not (profile.attachments / stored).is_file() and not (profile.trash / stored).is_file()
    ]
    if len(missing) > 20:
        missing = [*missing[:20], f"… and {len(missing) - 20} more files"]
    return missing
