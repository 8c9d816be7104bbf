"""Ids for rows inserted in bulk with explicit ids (demo data, imports).

Bulk loads choose their ids up front so that children can point at parents. Taking
"the largest id + 1" gave a deleted record's id to the next new one (measured on the
landed code: Undo then failed on a UNIQUE constraint, and a form still open on the
deleted record saved over the new one). The tables are AUTOINCREMENT since schema v5;
SQLite remembers the largest id ever used in ``sqlite_sequence``, and inserting rows
with explicit ids moves it forward, so reserving from there never reuses an id.
"""

from __future__ import annotations

from peewee import Model, fn

from desktop.store.models import database


def next_ids(model: type[Model], count: int) -> range:
    """``count`` ids never used in ``model``'s table; call it inside the write transaction
    that inserts them (the lock keeps another writer from taking the same)."""
    row = database.execute_sql(
        "SELECT seq FROM sqlite_sequence WHERE name = ?", (model._meta.table_name,)
    ).fetchone()
    largest = model.select(fn.MAX(model.id)).scalar() or 0
    start = max(largest, row[0] if row else 0) + 1
    return range(start, start + count)
