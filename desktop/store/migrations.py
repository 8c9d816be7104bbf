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
from desktop.store.fields import FixedDecimalField, MoneyField
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


# The free-text refusal reasons written before v3 (demo data and users alike wrote the
# market's list in French): each becomes a reason code. Frozen here, like the step.
_V3_REASON_CODES = {
    "taux journalier trop bas": "rate_too_low",
    "périmètre flou ou objectifs irréalistes": "vague_scope",
    "compétences non maîtrisées": "skills_not_mastered",
    "manque d'intérêt pour le projet": "lack_of_interest",
    "conflit de calendrier ou surcharge": "schedule_conflict",
    "doutes sur la relation ou la confiance": "relationship",
    "désaccord de valeurs ou d'éthique": "values",
    "conditions trop rigides (sur site, horaires)": "rigid_conditions",
}


@step(2)
def missions_offers_matching(migrator: SchemaMigrator, db: SqliteDatabase) -> None:
    """v3: mission scope and conditions, phases, refusal reason codes, referrals."""

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Talent(Base):
        class Meta:
            table_name = "talent"

    class Mission(Base):
        class Meta:
            table_name = "mission"

    class Offer(Base):
        class Meta:
            table_name = "offer"

    class MissionPhase(Base):
        mission = ForeignKeyField(Mission, backref="+", on_delete="RESTRICT")
        position = IntegerField(default=0)
        name = CharField(max_length=200)
        due_on = DateField(null=True)

    class OfferRefusalReason(Base):
        offer = ForeignKeyField(Offer, backref="+", on_delete="RESTRICT")
        reason = CharField(max_length=30, index=True)

        class Meta:
            indexes = ((("offer", "reason"), True),)

    class Referral(Base):
        referrer = ForeignKeyField(Talent, backref="+", on_delete="RESTRICT")
        referred = ForeignKeyField(Talent, null=True, backref="+", on_delete="SET NULL")
        name = CharField(max_length=200, default="")
        mission = ForeignKeyField(Mission, null=True, backref="+", on_delete="SET NULL")
        created_on = DateField()
        note = CharField(max_length=300, default="")

    db.create_tables([MissionPhase, OfferRefusalReason, Referral])
    migrator.migrate(
        migrator.add_column("mission", "objectives", TextField(default="")),
        migrator.add_column("mission", "deliverables", TextField(default="")),
        migrator.add_column("mission", "exclusions", TextField(default="")),
        migrator.add_column("mission", "roles", TextField(default="")),
        migrator.add_column("mission", "sector", CharField(max_length=100, default="", index=True)),
        migrator.add_column("mission", "seniority_min", IntegerField(default=0)),
        migrator.add_column("mission", "budget_kind", CharField(max_length=10, default="daily")),
        migrator.add_column("mission", "fixed_price", MoneyField(null=True)),
        migrator.add_column(
            "mission", "commission_percent", FixedDecimalField(places=2, null=True)
        ),
        migrator.add_column(
            "mission",
            "part_time_percent",
            IntegerField(default=100, constraints=[Check("part_time_percent BETWEEN 10 AND 100")]),
        ),
        migrator.add_column("mission", "hours_constraints", CharField(max_length=300, default="")),
        migrator.add_column("mission", "on_call", BooleanField(default=False)),
        migrator.rename_column("offer", "refusal_reason", "refusal_note"),
        migrator.add_column("offer", "expires_on", DateField(null=True)),
    )
    rows = db.execute_sql(
        "SELECT id, refusal_note FROM offer WHERE status = 'refused' AND refusal_note != ''"
    ).fetchall()
    for offer_id, note in rows:
        code = _V3_REASON_CODES.get(note.strip().casefold())
        if code:
            db.execute_sql(
                "INSERT INTO offer_refusal_reason (offer_id, reason) VALUES (?, ?)",
                (offer_id, code),
            )
            db.execute_sql("UPDATE offer SET refusal_note = '' WHERE id = ?", (offer_id,))


@step(3)
def indexes_for_boards_matching_and_analytics(migrator: SchemaMigrator, db: SqliteDatabase) -> None:
    """v4: indexes measured on 100,000 records (boards, matching, follow-ups, analytics)."""
    migrator.migrate(
        migrator.drop_index("talent_skill", "talent_skill_skill_id_level"),
        migrator.add_index("talent_skill", ("skill_id", "level", "talent_id"), False),
        migrator.add_index("company", ("stage", "updated_at"), False),
        migrator.add_index("company", ("stage", "expected_value"), False),
        migrator.add_index("mission", ("status", "updated_at"), False),
        migrator.add_index("action_item", ("done", "due_on"), False),
        migrator.add_index("offer", ("mission_id", "sent_on", "status", "answered_on"), False),
    )


@step(4)
def lists(migrator: SchemaMigrator, db: SqliteDatabase) -> None:
    """v5: the lists' search index holds one column per field (the filter box looks in the
    fields a list shows; store/search_index.py), rebuilt at the end of the last step."""
