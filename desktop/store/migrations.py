"""Numbered schema migrations, a static ordered list (bundles need no data files).

Each step takes the database from version ``n - 1`` to ``n`` with peewee's
``playhouse.migrate`` operations, inside ``migration_context()``: one
transaction, foreign keys off so that a table rebuild cannot cascade-delete
dependent rows (measured: without it, rebuilding the company table silently
deleted every invoice). The stored version is bumped in the same transaction.

New tables in a step are declared inline (a frozen copy), never imported from
``models``: a later change of a model must not change an old step.

``tests/store/test_migrations.py`` migrates a populated fixture of every older
version and checks that it ends with the same schema as a fresh database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from peewee import SqliteDatabase
from playhouse.migrate import SchemaMigrator

from desktop.store import search_index
from desktop.store.models import SCHEMA_VERSION, SchemaInfo

log = logging.getLogger(__name__)

Step = Callable[[SchemaMigrator, SqliteDatabase], None]

# STEPS[n] takes a database from version n to version n + 1 (version 1 is the first schema).
STEPS: dict[int, Step] = {}


def step(from_version: int) -> Callable[[Step], Step]:
    def register(fn: Step) -> Step:
        STEPS[from_version] = fn
        return fn

    return register


def migrate(db: SqliteDatabase, from_version: int) -> None:
    """Run every step from ``from_version`` up to :data:`SCHEMA_VERSION`, one transaction each."""
    migrator = SchemaMigrator.from_database(db)
    for version in range(from_version, SCHEMA_VERSION):
        run = STEPS.get(version)
        if run is None:
            raise RuntimeError(f"no migration from schema v{version} to v{version + 1}")
        log.info("migrating schema v%s -> v%s: %s", version, version + 1, run.__doc__)
        with migrator.migration_context():
            # Triggers that mention a table block its rebuild (SQLite checks them on
            # RENAME): take them off during the step, install() puts them back.
            search_index.drop_triggers(db)
            run(migrator, db)
            # A rebuilt table loses its triggers: put the search index back each time.
            search_index.install(db)
            violations = db.execute_sql("PRAGMA foreign_key_check").fetchall()
            if violations:  # raising here rolls the whole step back
                raise RuntimeError(f"migration to v{version + 1} broke references: {violations}")
            SchemaInfo.update(version=version + 1).execute()
