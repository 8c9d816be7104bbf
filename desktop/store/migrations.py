"""Numbered schema migrations, a static ordered list (bundles need no data files).

Each step takes the database from version ``n - 1`` to ``n`` with peewee's
``playhouse.migrate`` operations, inside ``migration_context()``: foreign keys
off so that a table rebuild cannot cascade-delete dependent rows (measured:
without it, rebuilding the company table silently deleted every invoice). Every
step of one upgrade runs in ONE transaction with the version bumps: a failure
anywhere leaves the file exactly as it was, never halfway between two versions.

Rows that broke the rules before the upgrade (a reference to a deleted record,
left by an old version or another tool) do not make it fail: measured on the
landed code, one such orphan made every start raise, forever. They are set
aside in ``quarantined_row`` where that loses nothing (details of a record:
skills, phases, reasons, actions) and reported otherwise; only references that
a step itself breaks fail the upgrade.

New tables in a step are declared inline (a frozen copy), never imported from
``models``: a later change of a model must not change an old step.

``tests/store/test_migrations.py`` migrates a populated fixture of every older
version and checks that it ends with the same schema as a fresh database.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from peewee import (
    BooleanField,
    CharField,
    Check,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    IntegrityError,
    Model,
    SqliteDatabase,
    TextField,
)
from playhouse.migrate import SchemaMigrator
from playhouse.sqlite_ext import AutoIncrementField

from desktop.domain.errors import Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.store import money_days, offer_tallies, row_versions, search_index
from desktop.store.fields import FixedDecimalField, MoneyField
from desktop.store.models import SCHEMA_VERSION, SchemaInfo
from desktop.store.storage_errors import MigrationError

log = logging.getLogger(__name__)

Step = Callable[[SchemaMigrator, SqliteDatabase], None]

# STEPS[n] takes a database from version n to version n + 1 (version 1 is the first schema).
STEPS: dict[int, Step] = {}


# Steps that change no table or column the search index holds: a migration made of them
# only puts the index's triggers back instead of rebuilding it (55-59 s at 300k records).
KEEPS_SEARCH_INDEX: set[int] = set()


def step(from_version: int, *, keeps_search_index: bool = False) -> Callable[[Step], Step]:
    def register(fn: Step) -> Step:
        STEPS[from_version] = fn
        if keeps_search_index:
            KEEPS_SEARCH_INDEX.add(from_version)
        return fn

    return register


# Rows of these tables are details of another record (its skills, phases, reasons,
# actions, referrals): one whose parent is gone can be set aside without losing
# anything a user reads elsewhere. Books (invoices, payments, contracts) never are.
QUARANTINE_SAFE = frozenset(
    {
        "talent_skill",
        "talent_refused_sector",
        "mission_skill",
        "mission_phase",
        "offer_refusal_reason",
        "action_item",
        "referral",
    }
)


def _violations(db: SqliteDatabase) -> set[tuple[str, int, str]]:
    """(table, rowid, missing parent table) of every row whose reference dangles."""
    return {
        (table, rowid, parent)
        for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall()
    }


def quarantine(db: SqliteDatabase, table: str, rowid: int, reason: str) -> None:
    """Move one row into ``quarantined_row`` (as JSON), in the caller's transaction."""
    cursor = db.execute_sql(f'SELECT * FROM "{table}" WHERE rowid = ?', (rowid,))
    row = cursor.fetchone()
    if row is None:
        return
    names = [c[0] for c in cursor.description]
    db.execute_sql(
        "INSERT INTO quarantined_row (table_name, row_id, data, reason, quarantined_at) "
        "VALUES (?, ?, ?, ?, datetime('now', 'localtime'))",
        (table, rowid, json.dumps(dict(zip(names, row, strict=True)), default=str), reason),
    )
    db.execute_sql(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))


def _quarantine_orphans(db: SqliteDatabase, orphans: set[tuple[str, int, str]]) -> list[str]:
    """Set aside the safe orphans; return a sentence for each one left in place."""
    kept = []
    for table, rowid, parent in sorted(orphans):
        if table in QUARANTINE_SAFE:
            quarantine(db, table, rowid, f"refers to a missing {parent}")
            log.warning("quarantined %s row %s: refers to a missing %s", table, rowid, parent)
        else:
            kept.append(f"{table} row {rowid} refers to a missing {parent}")
            log.warning("kept %s row %s although it refers to a missing %s", table, rowid, parent)
    return kept


def migrate(db: SqliteDatabase, from_version: int) -> list[str]:
    """Run every step from ``from_version`` up to :data:`SCHEMA_VERSION` in one transaction.

    Returns the problems found and left in place (rows referring to missing records that
    could not be set aside safely). Raises :class:`MigrationError` (the database untouched)
    when a step fails.
    """
    migrator = SchemaMigrator.from_database(db)
    for version in range(from_version, SCHEMA_VERSION):
        if STEPS.get(version) is None:
            raise RuntimeError(f"no migration from schema v{version} to v{version + 1}")
    version = from_version
    try:
        with migrator.migration_context():
            # Triggers that mention a table block its rebuild (SQLite checks them on
            # RENAME): they stay off while steps run. The search index and the row
            # version triggers are defined for the current schema, so they go back
            # after the last step only (installed earlier, they would name columns a
            # later step adds).
            search_index.drop_triggers(db)
            row_versions.drop_triggers(db)
            money_days.drop_triggers(db)
            offer_tallies.drop_triggers(db)
            before = _violations(db)
            for version in range(from_version, SCHEMA_VERSION):
                run = STEPS[version]
                log.info("migrating schema v%s -> v%s: %s", version, version + 1, run.__doc__)
                run(migrator, db)
                broken = _violations(db) - before
                if broken:  # raising here rolls every step back
                    raise RuntimeError(
                        f"migration to v{version + 1} broke references: {sorted(broken)[:5]}"
                    )
                SchemaInfo.update(version=version + 1).execute()
            orphans = before & _violations(db)
            kept = _quarantine_orphans(db, orphans)
            # Rebuilt when a step may have changed what it holds, or rows were set aside
            # (their triggers were off); else its rows are still right.
            search_index.install(
                db,
                fill=any(table in QUARANTINE_SAFE for table, _, _ in orphans)
                or any(v not in KEEPS_SEARCH_INDEX for v in range(from_version, SCHEMA_VERSION)),
            )
            row_versions.install(db)
            money_days.install(db)  # recomputed: a step may have changed invoices
            offer_tallies.install(db)  # refilled: a step may have rewritten offers
    except Exception as exc:
        log.exception("migration from v%s failed at v%s -> v%s", from_version, version, version + 1)
        raise MigrationError(
            Message(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database",
                    "Updating your data from version {old} to {new} failed at step {step}: "
                    "{reason}. Nothing was changed: the file is exactly as it was.",
                ),
                {
                    "old": from_version,
                    "new": SCHEMA_VERSION,
                    "step": version + 1,
                    "reason": str(exc) or type(exc).__name__,
                },
            )
        ) from exc
    return kept


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
def invoicing(migrator: SchemaMigrator, db: SqliteDatabase) -> None:
    """v5: invoice types, numbering series, terms, VAT regime and locking; audit log,
    activity reports (CRA), reminders and supplier invoices."""

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Talent(Base):
        class Meta:
            table_name = "talent"

    class Contract(Base):
        class Meta:
            table_name = "contract"

    class Invoice(Base):
        class Meta:
            table_name = "invoice"

    class Activity(Base):
        class Meta:
            table_name = "activity"

    class Attachment(Base):
        class Meta:
            table_name = "attachment"

    class AuditEntry(Base):
        id = AutoIncrementField()
        at = DateTimeField()
        actor = CharField(max_length=100)
        record_type = CharField(max_length=30)
        record_id = IntegerField()
        action = CharField(max_length=30)
        details = TextField(default="")

        class Meta:
            indexes = ((("record_type", "record_id"), False),)

    class ActivityReport(Base):
        id = AutoIncrementField()
        contract = ForeignKeyField(Contract, backref="+", on_delete="RESTRICT")
        month = DateField()
        status = CharField(max_length=20, default="draft")
        daily_rate = MoneyField(null=True)
        comment = TextField(default="")
        validated_on = DateField(null=True)
        invoice = ForeignKeyField(Invoice, null=True, backref="+", on_delete="RESTRICT")
        created_at = DateTimeField()

        class Meta:
            indexes = ((("contract", "month"), True),)

    class ActivityReportDay(Base):
        id = AutoIncrementField()
        report = ForeignKeyField(ActivityReport, backref="+", on_delete="RESTRICT")
        day = DateField()
        fraction = FixedDecimalField(places=1, default=1)
        note = CharField(max_length=200, default="")

        class Meta:
            indexes = ((("report", "day"), True),)

    class ActivityReportExtra(Base):
        id = AutoIncrementField()
        report = ForeignKeyField(ActivityReport, backref="+", on_delete="RESTRICT")
        kind = CharField(max_length=20)
        description = CharField(max_length=200, default="")
        quantity = FixedDecimalField(places=3)
        unit_price = MoneyField()

    class Reminder(Base):
        id = AutoIncrementField()
        invoice = ForeignKeyField(Invoice, backref="+", on_delete="RESTRICT")
        step = IntegerField()
        level = CharField(max_length=20)
        sent_on = DateField(index=True)
        balance = MoneyField()
        interest = MoneyField(default=0)
        indemnity = MoneyField(default=0)
        activity = ForeignKeyField(Activity, null=True, backref="+", on_delete="SET NULL")
        created_at = DateTimeField()

    class SupplierInvoice(Base):
        id = AutoIncrementField()
        contract = ForeignKeyField(Contract, backref="+", on_delete="RESTRICT")
        talent = ForeignKeyField(Talent, null=True, backref="+", on_delete="RESTRICT")
        activity_report = ForeignKeyField(
            ActivityReport, null=True, backref="+", on_delete="RESTRICT"
        )
        supplier_name = CharField(max_length=200)
        number = CharField(max_length=40)
        issue_date = DateField()
        due_date = DateField(null=True, index=True)
        total_excl_tax = MoneyField()
        total_tax = MoneyField(default=0)
        total_incl_tax = MoneyField()
        amount_paid = MoneyField(default=0)
        paid_on = DateField(null=True)
        attachment = ForeignKeyField(Attachment, null=True, backref="+", on_delete="SET NULL")
        notes = TextField(default="")
        created_at = DateTimeField()

        class Meta:
            indexes = ((("supplier_name", "number"), True),)

    db.create_tables(
        [
            AuditEntry,
            ActivityReport,
            ActivityReportDay,
            ActivityReportExtra,
            Reminder,
            SupplierInvoice,
        ]
    )
    migrator.migrate(
        migrator.add_column(
            "invoice", "invoice_type", CharField(max_length=20, default="standard")
        ),
        migrator.add_column("invoice", "series", CharField(max_length=20, default="")),
        migrator.add_column("invoice", "sequence", IntegerField(null=True)),
        migrator.add_column("invoice", "sequence_scope", CharField(max_length=40, null=True)),
        migrator.add_column(
            "invoice", "payment_term_method", CharField(max_length=20, default="days")
        ),
        migrator.add_column("invoice", "payment_term_days", IntegerField(default=30)),
        migrator.add_column("invoice", "periodic", BooleanField(default=False)),
        migrator.add_column("invoice", "discount_rate", FixedDecimalField(places=2, null=True)),
        migrator.add_column("invoice", "discount_days", IntegerField(default=0)),
        migrator.add_column("invoice", "vat_regime", CharField(max_length=20, default="standard")),
        migrator.add_column("invoice", "vat_on_debits", BooleanField(default=False)),
        migrator.add_column("invoice", "business_client", BooleanField(default=True)),
        migrator.add_column("invoice", "late_penalty_rate", FixedDecimalField(places=2, null=True)),
        migrator.add_column(
            "invoice", "operation_nature", CharField(max_length=10, default="services")
        ),
        migrator.add_column("invoice", "delivery_address", TextField(default="")),
        migrator.add_column("invoice", "purchase_order", CharField(max_length=100, default="")),
        migrator.add_column("invoice", "amount_credited", MoneyField(default=0)),
        migrator.add_column("invoice", "seller_snapshot", TextField(default="")),
        migrator.add_column("invoice", "buyer_snapshot", TextField(default="")),
        migrator.add_column("invoice", "issued_at", DateTimeField(null=True)),
        migrator.add_column("invoice", "sent_on", DateField(null=True)),
        migrator.add_index("invoice", ("sequence_scope", "sequence"), True),
        migrator.add_column(
            "invoice_line", "line_kind", CharField(max_length=20, default="service")
        ),
        migrator.add_column("invoice_line", "unit", CharField(max_length=3, default="C62")),
        migrator.add_column("invoice_line", "vat_category", CharField(max_length=2, default="S")),
        migrator.add_column(
            "invoice_line",
            "source_invoice_id",
            ForeignKeyField(Invoice, field=Invoice.id, null=True, on_delete="RESTRICT"),
        ),
    )
    # Issued documents of earlier versions are locked from their issue date on; their
    # numbers keep their own (older) pattern, outside any v5 numbering scope.
    db.execute_sql(
        "UPDATE invoice SET issued_at = issue_date || ' 00:00:00' "
        "WHERE status != 'draft' AND issue_date IS NOT NULL"
    )


@step(5)
def documents_quotes_and_contract_life(migrator: SchemaMigrator, db: SqliteDatabase) -> None:
    """v6: quotes, contract clauses, versions, lifecycle fields, endings, generated documents."""

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Company(Base):
        class Meta:
            table_name = "company"

    class Mission(Base):
        class Meta:
            table_name = "mission"

    class Offer(Base):
        class Meta:
            table_name = "offer"

    class Contract(Base):
        class Meta:
            table_name = "contract"

    class Quote(Base):
        id = AutoIncrementField()
        company = ForeignKeyField(Company, backref="+", on_delete="RESTRICT")
        mission = ForeignKeyField(Mission, null=True, backref="+", on_delete="RESTRICT")
        offer = ForeignKeyField(Offer, null=True, backref="+", on_delete="RESTRICT")
        contract = ForeignKeyField(Contract, null=True, backref="+", on_delete="RESTRICT")
        reference = CharField(max_length=40, null=True, unique=True)
        title = CharField(max_length=200)
        status = CharField(max_length=20, default="draft", index=True)
        language = CharField(max_length=2, default="fr")
        created_on = DateField()
        sent_on = DateField(null=True)
        valid_until = DateField(null=True)
        answered_on = DateField(null=True)
        deposit_percent = FixedDecimalField(places=2, default=0)
        deposit_invoice_due = BooleanField(default=False)
        terms_of_sale = TextField(default="")
        notes = TextField(default="")
        total_excl_tax = MoneyField(default=0)
        created_at = DateTimeField()

    class QuoteLine(Base):
        id = AutoIncrementField()
        quote = ForeignKeyField(Quote, backref="+", on_delete="RESTRICT")
        position = IntegerField(default=0)
        kind = CharField(max_length=10, default="days")
        description = CharField(max_length=500)
        quantity = FixedDecimalField(places=3, default=1)
        unit_price = MoneyField()
        vat_rate = FixedDecimalField(places=2, default=20)

    class ContractClause(Base):
        id = AutoIncrementField()
        contract = ForeignKeyField(Contract, backref="+", on_delete="RESTRICT")
        position = IntegerField(default=0)
        key = CharField(max_length=40, default="custom")
        title = CharField(max_length=200)
        body = TextField()

        class Meta:
            indexes = ((("contract", "position"), False),)

    class ContractVersion(Base):
        id = AutoIncrementField()
        contract = ForeignKeyField(Contract, backref="+", on_delete="RESTRICT")
        number = IntegerField()
        created_at = DateTimeField()
        summary = TextField(default="")
        snapshot = TextField()

        class Meta:
            indexes = ((("contract", "number"), True),)

    class ContractEnding(Base):
        id = AutoIncrementField()
        contract = ForeignKeyField(Contract, backref="+", on_delete="RESTRICT", unique=True)
        reason = CharField(max_length=30, index=True)
        note = TextField(default="")
        notice_given_on = DateField()
        end_date = DateField(index=True)
        early = BooleanField(default=True)
        checklist = TextField(default="[]")
        lessons = TextField(default="")
        recommended = TextField(default="")
        created_at = DateTimeField()

    class GeneratedDocument(Base):
        id = AutoIncrementField()
        kind = CharField(max_length=20)
        subject_type = CharField(max_length=20)
        subject_id = IntegerField()
        reference = CharField(max_length=60)
        version = IntegerField(default=1)
        pages = IntegerField(default=0)
        attachment_id = IntegerField(null=True)
        created_at = DateTimeField()

        class Meta:
            indexes = ((("subject_type", "subject_id"), False),)

    db.create_tables(
        [Quote, QuoteLine, ContractClause, ContractVersion, ContractEnding, GeneratedDocument]
    )
    migrator.migrate(
        migrator.add_column("contract", "party", CharField(max_length=12, default="client")),
        migrator.add_column(
            "contract",
            "counterpart_id",
            ForeignKeyField(Contract, null=True, field=Contract.id, on_delete="SET NULL"),
        ),
        migrator.add_column("contract", "language", CharField(max_length=2, default="fr")),
        migrator.add_column("contract", "sent_on", DateField(null=True)),
        migrator.add_column("contract", "version", IntegerField(default=1)),
        migrator.add_column("contract", "notice_unit", CharField(max_length=5, default="day")),
        migrator.add_column("contract", "notice_months", IntegerField(default=1)),
        migrator.add_column("contract", "notice_end_of_month", BooleanField(default=False)),
        migrator.add_column("contract", "tacit_renewal", BooleanField(default=False)),
        migrator.add_column("contract", "renewal_notice_days", IntegerField(default=30)),
        migrator.add_column("contract", "estimated_days", IntegerField(null=True)),
        migrator.add_column("contract", "deposit_percent", FixedDecimalField(places=2, default=0)),
        migrator.add_column("contract", "deposit_invoice_due", BooleanField(default=False)),
        migrator.add_column("contract", "signed_copy_id", IntegerField(null=True)),
    )


@step(6)
def mail(migrator: SchemaMigrator, db: SqliteDatabase) -> None:
    """v7: the outbox of e-mails not sent yet, and the e-mails sent (issue 8)."""

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class OutboxMail(Base):
        id = AutoIncrementField()
        kind = CharField(max_length=30)
        record_id = IntegerField()
        subject_type = CharField(max_length=20)
        subject_id = IntegerField()
        sender = CharField(max_length=200)
        recipients = TextField()
        shown_to = CharField(max_length=500)
        title = CharField(max_length=300)
        attachment_names = TextField(default="")
        eml_name = CharField(max_length=100, unique=True)
        status = CharField(max_length=20, default="sending")
        error = TextField(default="")
        error_kind = CharField(max_length=20, default="")
        attempts = IntegerField(default=0)
        created_at = DateTimeField()
        last_attempt_at = DateTimeField(null=True)

    class SentMail(Base):
        id = AutoIncrementField()
        kind = CharField(max_length=30)
        record_id = IntegerField()
        activity_id = IntegerField(null=True)
        sent_at = DateTimeField()
        recipients = CharField(max_length=500)
        title = CharField(max_length=300)

        class Meta:
            indexes = ((("kind", "record_id", "sent_at"), False),)

    db.create_tables([OutboxMail, SentMail])


# v8: every business table, rebuilt with AUTOINCREMENT (frozen list: later tables are
# created with it by their own step).
_V8_TABLES = (
    "company",
    "contact",
    "talent",
    "skill",
    "talent_skill",
    "talent_refused_sector",
    "mission",
    "mission_phase",
    "mission_skill",
    "offer",
    "offer_refusal_reason",
    "referral",
    "contract",
    "invoice",
    "invoice_line",
    "payment",
    "activity",
    "action_item",
    "attachment",
)
# ... and those edited in forms get a row version (desktop.store.row_versions).
_V8_VERSIONED = ("company", "contact", "talent", "mission", "activity")
_V8_ID = '"id" INTEGER NOT NULL PRIMARY KEY'


def _rebuild_with_autoincrement(db: SqliteDatabase, table: str, versioned: bool) -> None:
    """SQLite cannot add AUTOINCREMENT to a table: create the new table from the old
    one's own definition, copy every row (ids kept), swap, put the indexes back (the
    procedure of https://www.sqlite.org/lang_altertable.html#otheralter)."""
    (sql,) = db.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    head = f'CREATE TABLE "{table}" ('
    if not sql.startswith(head) or sql.count(_V8_ID) != 1 or "AUTOINCREMENT" in sql.upper():
        raise RuntimeError(f"unexpected definition of {table}: {sql[:120]}")
    new_id = _V8_ID + " AUTOINCREMENT"
    if versioned:
        new_id += ', "version" INTEGER NOT NULL DEFAULT 1'
    staging = f"{table}__v8"
    new_sql = f'CREATE TABLE "{staging}" (' + sql[len(head) :].replace(_V8_ID, new_id, 1)
    indexes = [
        index_sql
        for (index_sql,) in db.execute_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL",
            (table,),
        )
    ]
    columns = ", ".join(f'"{c[1]}"' for c in db.execute_sql(f'PRAGMA table_info("{table}")'))
    db.execute_sql(new_sql)
    copy = f'INSERT INTO "{staging}" ({columns}) SELECT {columns} FROM "{table}"'
    try:
        db.execute_sql(copy)
    except IntegrityError:
        # A row a constraint of the table refuses (written before the constraint, or by
        # another tool): copy row by row, and set aside the refused ones where safe.
        _copy_row_by_row(db, table, staging, columns)
    db.execute_sql(f'DROP TABLE "{table}"')
    db.execute_sql(f'ALTER TABLE "{staging}" RENAME TO "{table}"')
    for index_sql in indexes:
        db.execute_sql(index_sql)


def _copy_row_by_row(db: SqliteDatabase, table: str, staging: str, columns: str) -> None:
    ids = [rowid for (rowid,) in db.execute_sql(f'SELECT rowid FROM "{table}" ORDER BY rowid')]
    for rowid in ids:
        try:
            with db.atomic():  # a savepoint: the refused row only is undone
                db.execute_sql(
                    f'INSERT INTO "{staging}" ({columns}) SELECT {columns} FROM "{table}" '
                    "WHERE rowid = ?",
                    (rowid,),
                )
        except IntegrityError as exc:
            if table not in QUARANTINE_SAFE:
                raise RuntimeError(
                    f"{table} row {rowid} breaks a rule of the table ({exc}); "
                    "restore a backup or correct that row with an SQLite tool"
                ) from exc
            quarantine(db, table, rowid, str(exc)[:300])


@step(7)
def data_safety(migrator: SchemaMigrator, db: SqliteDatabase) -> None:
    """v8: ids never reused (AUTOINCREMENT), row versions for forms, a quarantine table."""

    class QuarantinedRow(Model):  # frozen copy of models.QuarantinedRow
        id = AutoIncrementField()
        table_name = CharField(max_length=60)
        row_id = IntegerField()
        data = TextField()
        reason = CharField(max_length=300)
        quarantined_at = DateTimeField()

        class Meta:
            database = db
            table_name = "quarantined_row"

    db.create_tables([QuarantinedRow])
    for table in _V8_TABLES:
        _rebuild_with_autoincrement(db, table, versioned=table in _V8_VERSIONED)


@step(8)
def dashboard(migrator: SchemaMigrator, db: SqliteDatabase) -> None:
    """v9: indexes of the Home dashboard's figures (docs/DESIGN.md, "Dashboard")."""
    migrator.migrate(
        migrator.drop_index("invoice", "invoice_status_kind_due_date_total_incl_tax_amount_paid"),
        migrator.add_index(
            "invoice",
            ("status", "kind", "due_date", "total_incl_tax", "amount_paid", "amount_credited"),
            False,
        ),
        migrator.add_index("invoice", ("issue_date", "status", "total_incl_tax"), False),
        migrator.add_index("payment", ("paid_on", "amount"), False),
        migrator.add_index("offer", ("status", "sent_on"), False),
        migrator.add_index("talent", ("status", "next_follow_up_on"), False),
        migrator.add_index("contract", ("status", "tacit_renewal", "end_date"), False),
    )


@step(9)
def lists(migrator: SchemaMigrator, db: SqliteDatabase) -> None:
    """v10: the lists' search index holds one column per field (the filter box looks in the
    fields a list shows; store/search_index.py), rebuilt at the end of the last step."""


@step(10, keeps_search_index=True)
def tallies(migrator: SchemaMigrator, db: SqliteDatabase) -> None:
    """v11: derived tables kept by triggers installed after the last step, which fill them:
    what was invoiced and collected each day, for Home's chart (store/money_days.py), and
    refusal analytics' tallies, which Home's refusal tile reads too: offers per day and
    status, refusals per day and reason, each mission's time to staff
    (store/offer_tallies.py). docs/DESIGN.md, "Ranking and Home at 300k" and "Analytics"."""

    class InvoicedDay(Model):  # frozen copy of models.InvoicedDay
        id = AutoIncrementField()
        day = DateField(unique=True)
        total = MoneyField(default=0)

        class Meta:
            database = db
            table_name = "invoiced_day"
            legacy_table_names = False  # index names as the models': invoiced_day_day

    class CollectedDay(Model):  # frozen copy of models.CollectedDay
        id = AutoIncrementField()
        day = DateField(unique=True)
        total = MoneyField(default=0)

        class Meta:
            database = db
            table_name = "collected_day"
            legacy_table_names = False

    class Tally(Model):  # frozen copies of models.OfferDayCount, RefusalDayCount, MissionStaffing
        id = AutoIncrementField()

        class Meta:
            database = db
            legacy_table_names = False

    class OfferDayCount(Tally):
        sent_on = DateField()
        status = CharField(max_length=20)
        offers = IntegerField()

        class Meta:
            indexes = ((("sent_on", "status"), True),)

    class RefusalDayCount(Tally):
        sent_on = DateField()
        reason = CharField(max_length=30)
        offers = IntegerField()

        class Meta:
            indexes = ((("sent_on", "reason"), True),)

    class MissionStaffing(Tally):
        mission_id = IntegerField(unique=True)
        first_sent = DateField()
        first_accepted = DateField(null=True)
        days = IntegerField(null=True)

        class Meta:
            indexes = ((("first_sent", "first_accepted", "days"), False),)

    db.create_tables([InvoicedDay, CollectedDay, OfferDayCount, RefusalDayCount, MissionStaffing])
