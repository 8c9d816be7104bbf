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

from peewee import (
    BooleanField,
    CharField,
    Check,
    DateField,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
)
from playhouse.migrate import SchemaMigrator

from desktop.store import search_index
from desktop.store.fields import MoneyField
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
            # RENAME): they stay off while steps run. The search index is defined for
            # the current schema, so it goes back in the last step's transaction only.
            search_index.drop_triggers(db)
            run(migrator, db)
            if version + 1 == SCHEMA_VERSION:
                search_index.install(db)
            violations = db.execute_sql("PRAGMA foreign_key_check").fetchall()
            if violations:  # raising here rolls the whole step back
                raise RuntimeError(f"migration to v{version + 1} broke references: {violations}")
            SchemaInfo.update(version=version + 1).execute()


@step(1)
def talent_pool_and_prospects(migrator: SchemaMigrator, db: SqliteDatabase) -> None:
    """v2: complete talent and company records, refused sectors, structured traces."""

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Talent(Base):  # frozen: only what the new foreign keys need
        class Meta:
            table_name = "talent"

    class Activity(Base):
        class Meta:
            table_name = "activity"

    class TalentRefusedSector(Base):
        talent = ForeignKeyField(Talent, backref="+", on_delete="RESTRICT")
        sector = CharField(max_length=100)
        key = CharField(max_length=100, index=True)

        class Meta:
            indexes = ((("talent", "key"), True),)

    class ActionItem(Base):
        activity = ForeignKeyField(Activity, backref="+", on_delete="RESTRICT")
        description = CharField(max_length=300)
        owner = CharField(max_length=100, default="")
        due_on = DateField(null=True, index=True)
        done = BooleanField(default=False)

    db.create_tables([TalentRefusedSector, ActionItem])
    migrator.migrate(
        migrator.add_column("company", "vetted_identity", BooleanField(default=False)),
        migrator.add_column("company", "vetted_brief", BooleanField(default=False)),
        migrator.add_column("company", "vetted_budget", BooleanField(default=False)),
        migrator.add_column("company", "vetted_value", BooleanField(default=False)),
        migrator.add_column("company", "owner", CharField(max_length=100, default="", index=True)),
        migrator.add_column("company", "tags", CharField(max_length=300, default="")),
        migrator.add_column("company", "expected_value", MoneyField(null=True)),
        migrator.add_column("company", "last_contact_on", DateField(null=True)),
        migrator.add_column("company", "next_follow_up_on", DateField(null=True, index=True)),
        migrator.add_column("contact", "notes", TextField(default="")),
        migrator.add_column("talent", "min_daily_rate", MoneyField(null=True)),
        migrator.add_column(
            "talent",
            "max_days_on_site",
            IntegerField(null=True, constraints=[Check("max_days_on_site BETWEEN 0 AND 5")]),
        ),
        migrator.add_column("talent", "mobility", CharField(max_length=200, default="")),
        migrator.add_column("talent", "languages", CharField(max_length=200, default="")),
        migrator.add_column("talent", "certifications", TextField(default="")),
        migrator.add_column("talent", "source", CharField(max_length=100, default="")),
        migrator.add_column(
            "talent",
            "referrer_id",
            ForeignKeyField(Talent, field=Talent.id, null=True, on_delete="SET NULL"),
        ),
        migrator.add_column("talent", "last_contact_on", DateField(null=True)),
        migrator.add_column("talent", "next_follow_up_on", DateField(null=True, index=True)),
        migrator.add_column(
            "talent_skill", "years", IntegerField(default=0, constraints=[Check("years >= 0")])
        ),
        migrator.add_column("activity", "channel", CharField(max_length=20, default="")),
        migrator.add_column("activity", "decisions", TextField(default="")),
        migrator.add_column("activity", "cause", TextField(default="")),
        migrator.add_column("activity", "solutions", TextField(default="")),
        migrator.add_column("activity", "mediator", CharField(max_length=200, default="")),
        migrator.add_column("activity", "dispute_status", CharField(max_length=20, default="")),
        migrator.add_column("attachment", "kind", CharField(max_length=20, default="file")),
    )
