"""The one way to write: a transaction that takes SQLite's write lock when it begins.

A deferred transaction (SQLite's default) that reads and then writes cannot wait for
another writer: when it tries to upgrade its read lock SQLite answers "database is
locked" at once, whatever the busy timeout, because waiting could deadlock. Measured
on the landed code: two imports on one profile, one died in 3 of 3 rounds. A
transaction that begins IMMEDIATE takes the write lock up front and so waits, up to
the busy timeout (10 s), for the other writer to finish.

Every service writes through :func:`write_transaction`; reads need no transaction.
Nested calls become savepoints of the outer transaction.

What can still go wrong reaches the caller in plain words: a lock still held after
the busy timeout, a full disk, a read-only folder or a damaged file become the
:class:`~desktop.store.storage_errors.StorageError` that says so (a full disk was
hidden behind "cannot rollback - no transaction is active"). A form saving a record
it read earlier is checked here too (:mod:`desktop.store.row_versions`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from peewee import DatabaseError, InterfaceError

from desktop.store import row_versions, storage_errors
from desktop.store.models import database


@contextmanager
def write_transaction() -> Iterator[Any]:
    """``with write_transaction() as txn: ...``: a write transaction holding the lock from its
    start (``txn`` is peewee's transaction, or savepoint when nested).

    Raises :class:`~desktop.store.storage_errors.StorageError` for storage failures and
    :class:`~desktop.store.row_versions.StaleRecordError` when a form's record changed.
    """
    outermost = database.transaction_depth() == 0
    try:
        with database.atomic("IMMEDIATE") as txn:
            if outermost:
                row_versions.check_expected(database)
            yield txn
    except (DatabaseError, InterfaceError, OverflowError, OSError) as exc:
        explained = storage_errors.explain(exc)
        if explained is None:
            raise
        raise explained from exc
