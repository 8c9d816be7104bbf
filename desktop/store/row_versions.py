"""Row versions: an edit form never saves over a change made elsewhere.

Measured on the landed code: a form left open on a record that another window then
changed (or deleted, its id going to a new record) saved its old values over the
newer ones, silently. Each record that has an edit form carries a ``version``
column; a trigger adds one to it on every update, whatever code path writes
(services, boards, imports, migrations), like the search index triggers.

A form reads the version when it loads the record and saves inside
:func:`expect`: the first write transaction that begins in that block checks,
holding the write lock (``BEGIN IMMEDIATE``), that the row still has that version,
and raises :class:`StaleRecordError` (changed, or deleted) before anything is
written. The services need not know: every write goes through
:func:`desktop.store.transactions.write_transaction`, which calls :func:`check_expected`.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from peewee import Database

from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP

# The tables of records edited in a form (a dialog reads, the user types, then saves).
VERSIONED_TABLES = ("company", "contact", "talent", "mission", "activity")

CHANGED = QT_TRANSLATE_NOOP(
    "Storage",
    "This record was changed elsewhere (another window or an import) since you opened it. "
    "Saving now would overwrite those changes.",
)
DELETED = QT_TRANSLATE_NOOP(
    "Storage",
    "This record was deleted elsewhere since you opened it. Your changes can be saved as a "
    "new record.",
)


class StaleRecordError(DomainError):
    """The row changed (or went) since the form read it; nothing was written."""

    def __init__(self, table: str, record_id: int, deleted: bool) -> None:
        super().__init__(Message("Storage", DELETED if deleted else CHANGED))
        self.table = table
        self.record_id = record_id
        self.deleted = deleted


@dataclass
class _Expected:
    table: str
    record_id: int
    version: int
    checked: bool = False


_expected: contextvars.ContextVar[_Expected | None] = contextvars.ContextVar(
    "expected_row_version", default=None
)


def _trigger_name(table: str) -> str:
    return f"{table}_row_version"


def install(db: Database) -> None:
    """(Re)create the triggers that count the updates of every versioned row.

    ``WHEN new.version = old.version``: a write that sets the version itself is left
    alone; recursive triggers being off, the trigger's own update does not fire it again.
    """
    drop_triggers(db)
    for table in VERSIONED_TABLES:
        db.execute_sql(
            f'CREATE TRIGGER {_trigger_name(table)} AFTER UPDATE ON "{table}" '
            f"WHEN new.version = old.version BEGIN "
            f'UPDATE "{table}" SET version = old.version + 1 WHERE id = new.id; END'
        )


def drop_triggers(db: Database) -> None:
    """Drop the triggers (a migration rebuilding a table puts them back at the end)."""
    for table in VERSIONED_TABLES:
        db.execute_sql(f"DROP TRIGGER IF EXISTS {_trigger_name(table)}")


def current(table: str, record_id: int) -> int | None:
    """The row's version now, None when the row does not exist."""
    from desktop.store.models import database

    if table not in VERSIONED_TABLES:
        raise ValueError(f"{table} has no row version")
    row = database.execute_sql(f'SELECT version FROM "{table}" WHERE id = ?', (record_id,))
    found = row.fetchone()
    return None if found is None else found[0]


@contextmanager
def expect(table: str, record_id: int, version: int | None) -> Iterator[None]:
    """Writes in this block save over row ``record_id`` of ``table`` only if it still has
    ``version`` (None: no check, e.g. a form that could not read it)."""
    if version is None:
        yield
        return
    if table not in VERSIONED_TABLES:
        raise ValueError(f"{table} has no row version")
    token = _expected.set(_Expected(table, record_id, version))
    try:
        yield
    finally:
        _expected.reset(token)


def check_expected(db: Database) -> None:
    """Called at the start of a write transaction, lock held: raise if the row the current
    :func:`expect` block edits has changed or gone. Checked once per block."""
    expected = _expected.get()
    if expected is None or expected.checked:
        return
    row = db.execute_sql(
        f'SELECT version FROM "{expected.table}" WHERE id = ?', (expected.record_id,)
    ).fetchone()
    if row is None:
        raise StaleRecordError(expected.table, expected.record_id, deleted=True)
    if row[0] != expected.version:
        raise StaleRecordError(expected.table, expected.record_id, deleted=False)
    expected.checked = True
