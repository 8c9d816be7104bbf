"""The peewee models of the whole domain.

Conventions:
- money is a :class:`MoneyField` (integer cents), rates and quantities a
  :class:`FixedDecimalField`; dates are ``DateField`` (ISO text, sortable);
- statuses are the short codes of :mod:`desktop.domain.vocabulary`;
- every foreign key between business records is ``ON DELETE RESTRICT``:
  the database refuses to orphan a contract or an invoice, and the services
  say why before it comes to that. Nothing is ever cascaded.

The schema version these models describe is :data:`SCHEMA_VERSION`; changing a
model means adding a step to :mod:`desktop.store.migrations`.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    SQL,
    BooleanField,
    CharField,
    Check,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)
from playhouse.sqlite_ext import AutoIncrementField

from desktop.store.fields import FixedDecimalField, MoneyField

SCHEMA_VERSION = 11

database = DatabaseProxy()


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False  # talent_skill, not talentskill


class RecordModel(BaseModel):
    """A business record. v8: its id is never given to another record, even after a
    delete (AUTOINCREMENT): Undo puts rows back under their ids, and a form still open
    on a deleted record must not find another record under that id."""

    id = AutoIncrementField()


def row_version() -> IntegerField:
    """v8: the ``version`` of a record edited in forms (see :mod:`desktop.store.row_versions`).
    The DEFAULT is in the table too, for the bulk inserts that leave it out."""
    return IntegerField(default=1, constraints=[SQL("DEFAULT 1")])


class SchemaInfo(BaseModel):
    """One row: the schema version of this database file."""

    version = IntegerField()


class Setting(BaseModel):
    """Application settings of this profile (declared in desktop.services.settings)."""

    key = CharField(primary_key=True, max_length=100)
    value = TextField()  # JSON


class Company(RecordModel):
    """A prospect or a client."""

    name = CharField(max_length=200)
    sort_name = CharField(max_length=200, index=True)  # folded name: "Élan" sorts with "e"
    siren = CharField(max_length=9, null=True, index=True)
    siret = CharField(max_length=14, null=True)
    vat_number = CharField(max_length=20, null=True)
    legal_form = CharField(max_length=50, default="")
    address = CharField(max_length=300, default="")
    postal_code = CharField(max_length=10, default="")
    city = CharField(max_length=100, default="", index=True)
    country = CharField(max_length=2, default="FR")
    sector = CharField(max_length=100, default="", index=True)
    website = CharField(max_length=200, default="")
    email = CharField(max_length=200, default="")
    phone = CharField(max_length=40, default="")
    stage = CharField(max_length=20, default="lead", index=True)
    lost_reason = CharField(max_length=300, default="")
    notes = TextField(default="")
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    # v2: vetting before working together, account follow-up, pipeline value
    vetted_identity = BooleanField(default=False)  # SIREN checked, company active
    vetted_brief = BooleanField(default=False)  # clear brief, answers quickly
    vetted_budget = BooleanField(default=False)  # budget and deadlines stated
    vetted_value = BooleanField(default=False)  # no haggling before understanding value
    owner = CharField(max_length=100, default="", index=True)
    tags = CharField(max_length=300, default="")  # comma-separated
    expected_value = MoneyField(null=True)  # estimated deal (excl. VAT)
    last_contact_on = DateField(null=True)
    next_follow_up_on = DateField(null=True, index=True)
    version = row_version()  # v8

    class Meta:
        # v4: the board's columns, most recently moved first and their totals
        # (0.3-0.9 s -> 22-89 ms at 100,000 companies).
        indexes = ((("stage", "updated_at"), False), (("stage", "expected_value"), False))


class Contact(RecordModel):
    """A person at a company."""

    company = ForeignKeyField(Company, backref="contacts", on_delete="RESTRICT")
    first_name = CharField(max_length=100, default="")
    last_name = CharField(max_length=100)
    role = CharField(max_length=100, default="")
    email = CharField(max_length=200, default="", index=True)
    phone = CharField(max_length=40, default="")
    created_at = DateTimeField(default=_now)
    notes = TextField(default="")  # v2
    version = row_version()  # v8


class Talent(RecordModel):
    """A freelancer of the pool ("vivier")."""

    first_name = CharField(max_length=100)
    last_name = CharField(max_length=100)
    sort_name = CharField(max_length=200, index=True)  # folded "last first", for lists
    email = CharField(max_length=200, default="", index=True)
    phone = CharField(max_length=40, default="")
    title = CharField(max_length=200, default="")
    daily_rate = MoneyField(null=True, index=True, constraints=[Check("daily_rate >= 0")])
    seniority_years = IntegerField(default=0, constraints=[Check("seniority_years >= 0")])
    city = CharField(max_length=100, default="", index=True)
    region = CharField(max_length=100, default="")
    remote_preference = CharField(max_length=20, default="hybrid")
    available_from = DateField(null=True, index=True)
    load_percent = IntegerField(default=0, constraints=[Check("load_percent BETWEEN 0 AND 100")])
    status = CharField(max_length=20, default="available")
    notes = TextField(default="")
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    # v2: the complete record
    min_daily_rate = MoneyField(null=True)  # below this, the talent says no
    max_days_on_site = IntegerField(
        null=True, constraints=[Check("max_days_on_site BETWEEN 0 AND 5")]
    )  # per week, for hybrid
    mobility = CharField(max_length=200, default="")  # cities or regions they would go to
    languages = CharField(max_length=200, default="")
    certifications = TextField(default="")
    source = CharField(max_length=100, default="")  # LinkedIn, Malt, referral, event...
    referrer = ForeignKeyField(
        "self", null=True, backref="referred", on_delete="SET NULL"
    )  # who recommended them (a link, not history: deleting the referrer unlinks)
    last_contact_on = DateField(null=True)
    next_follow_up_on = DateField(null=True, index=True)
    version = row_version()  # v8

    class Meta:
        # Covering the "available now" count of Home (50,000 rows: 34 ms -> a few ms).
        indexes = (
            (("status", "available_from"), False),
            # v9: follow-ups less those not to contact (Home, To do): 46 ms -> 0.1 ms at 300k
            (("status", "next_follow_up_on"), False),
        )


class Skill(RecordModel):
    """A skill name, shared by talents and missions (``key`` is the folded name)."""

    name = CharField(max_length=100)
    key = CharField(max_length=100, unique=True)


class TalentSkill(RecordModel):
    talent = ForeignKeyField(Talent, backref="skills", on_delete="RESTRICT")
    skill = ForeignKeyField(Skill, backref="talents", on_delete="RESTRICT")
    level = IntegerField(constraints=[Check("level BETWEEN 1 AND 5")])
    years = IntegerField(default=0, constraints=[Check("years >= 0")])  # v2

    class Meta:
        # v4: (skill, level, talent) covers the matching query's lookups (p95 158 -> 121 ms
        # at 100,000 talents); it replaces (skill, level), a prefix of it.
        indexes = ((("talent", "skill"), True), (("skill", "level", "talent"), False))


class TalentRefusedSector(RecordModel):
    """A sector or kind of project the talent will not work for (their values). v2."""

    talent = ForeignKeyField(Talent, backref="refused_sectors", on_delete="RESTRICT")
    sector = CharField(max_length=100)
    key = CharField(max_length=100, index=True)  # folded, to compare with a mission's sector

    class Meta:
        indexes = ((("talent", "key"), True),)


class Mission(RecordModel):
    company = ForeignKeyField(Company, backref="missions", on_delete="RESTRICT")
    contact = ForeignKeyField(Contact, null=True, backref="missions", on_delete="RESTRICT")
    title = CharField(max_length=200)
    description = TextField(default="")
    status = CharField(max_length=20, default="draft", index=True)
    start_date = DateField(null=True, index=True)
    duration_days = IntegerField(null=True)
    end_date = DateField(null=True)
    client_daily_rate = MoneyField(null=True)
    talent_daily_rate = MoneyField(null=True)
    city = CharField(max_length=100, default="")
    remote_policy = CharField(max_length=20, default="hybrid")
    days_on_site = IntegerField(default=0, constraints=[Check("days_on_site BETWEEN 0 AND 5")])
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    # v3: the scope checklist, budget and working conditions
    objectives = TextField(default="")  # measurable
    deliverables = TextField(default="")
    exclusions = TextField(default="")  # what is not included
    roles = TextField(default="")  # who does what, on each side
    sector = CharField(max_length=100, default="", index=True)
    seniority_min = IntegerField(default=0)  # years
    budget_kind = CharField(max_length=10, default="daily")  # daily rate or fixed price
    fixed_price = MoneyField(null=True)
    commission_percent = FixedDecimalField(places=2, null=True)  # platform or agency fee
    part_time_percent = IntegerField(
        default=100, constraints=[Check("part_time_percent BETWEEN 10 AND 100")]
    )
    hours_constraints = CharField(max_length=300, default="")
    on_call = BooleanField(default=False)
    version = row_version()  # v8

    class Meta:
        indexes = ((("status", "updated_at"), False),)  # v4: the missions board


class MissionPhase(RecordModel):
    """A phase of a mission with its deadline (part of the scope). v3."""

    mission = ForeignKeyField(Mission, backref="phases", on_delete="RESTRICT")
    position = IntegerField(default=0)
    name = CharField(max_length=200)
    due_on = DateField(null=True)


class MissionSkill(RecordModel):
    mission = ForeignKeyField(Mission, backref="skills", on_delete="RESTRICT")
    skill = ForeignKeyField(Skill, backref="missions", on_delete="RESTRICT")
    level = IntegerField(default=3, constraints=[Check("level BETWEEN 1 AND 5")])
    required = BooleanField(default=True)  # must-have (True) or nice-to-have

    class Meta:
        indexes = ((("mission", "skill"), True),)


class Offer(RecordModel):
    """A mission proposed to a talent, and the talent's answer."""

    mission = ForeignKeyField(Mission, backref="offers", on_delete="RESTRICT")
    talent = ForeignKeyField(Talent, backref="offers", on_delete="RESTRICT")
    proposed_rate = MoneyField(null=True)
    status = CharField(max_length=20, default="sent", index=True)
    refusal_note = CharField(max_length=300, default="")  # v3: was refusal_reason (free text)
    sent_on = DateField(default=dt.date.today)
    answered_on = DateField(null=True)
    message = TextField(default="")
    expires_on = DateField(null=True)  # v3

    class Meta:
        indexes = (
            (("mission", "talent"), True),
            # v4: refusal analytics by client and time to staff (about twice as fast)
            (("mission", "sent_on", "status", "answered_on"), False),
            (("status", "sent_on"), False),  # v9: Home's refusals this quarter
        )


class OfferRefusalReason(RecordModel):
    """One of the reasons a talent gave for refusing an offer (vocabulary codes). v3."""

    offer = ForeignKeyField(Offer, backref="reasons", on_delete="RESTRICT")
    reason = CharField(max_length=30, index=True)

    class Meta:
        indexes = ((("offer", "reason"), True),)


class Referral(RecordModel):
    """A talent recommends someone (after refusing an offer, often). v3.

    Credited to the referrer; ``referred`` is set once the person is in the pool.
    """

    referrer = ForeignKeyField(Talent, backref="referrals", on_delete="RESTRICT")
    referred = ForeignKeyField(Talent, null=True, backref="+", on_delete="SET NULL")
    name = CharField(max_length=200, default="")  # who, if not in the pool yet
    mission = ForeignKeyField(Mission, null=True, backref="referrals", on_delete="SET NULL")
    created_on = DateField(default=dt.date.today)
    note = CharField(max_length=300, default="")


class Contract(RecordModel):
    company = ForeignKeyField(Company, backref="contracts", on_delete="RESTRICT")
    talent = ForeignKeyField(Talent, null=True, backref="contracts", on_delete="RESTRICT")
    mission = ForeignKeyField(Mission, null=True, backref="contracts", on_delete="RESTRICT")
    offer = ForeignKeyField(Offer, null=True, backref="contracts", on_delete="RESTRICT")
    reference = CharField(max_length=40, unique=True)
    title = CharField(max_length=200)
    status = CharField(max_length=20, default="draft", index=True)
    start_date = DateField(null=True, index=True)
    end_date = DateField(null=True)
    daily_rate = MoneyField(null=True)
    payment_terms_days = IntegerField(default=30)
    notice_days = IntegerField(default=15)
    signed_on = DateField(null=True)
    ended_on = DateField(null=True)
    end_reason = CharField(max_length=300, default="")
    created_at = DateTimeField(default=_now)
    # v6: documents and a whole life (issue 7)
    party = CharField(max_length=12, default="client")  # client, or subcontract (agency)
    counterpart = ForeignKeyField(
        "self", null=True, backref="subcontracts", on_delete="SET NULL"
    )  # a subcontract's client contract (agency mode: side by side, with the margin)
    language = CharField(max_length=2, default="fr")
    sent_on = DateField(null=True)
    version = IntegerField(default=1)  # bumped by every change once sent
    notice_unit = CharField(max_length=5, default="day")  # day, month, none (no clause)
    notice_months = IntegerField(default=1)  # the amount when notice_unit is "month"
    notice_end_of_month = BooleanField(default=False)
    tacit_renewal = BooleanField(default=False)
    renewal_notice_days = IntegerField(default=30)  # to refuse a tacit renewal
    estimated_days = IntegerField(null=True)
    deposit_percent = FixedDecimalField(places=2, default=0)
    deposit_invoice_due = BooleanField(default=False)  # for invoicing: a deposit to invoice
    signed_copy_id = IntegerField(null=True)  # the attachment holding the signed copy

    class Meta:
        # v9: contracts ending or to refuse renewing (Home's deadlines): 42 ms -> 1 ms
        indexes = ((("status", "tacit_renewal", "end_date"), False),)


class Invoice(RecordModel):
    """An invoice or a credit note. ``number`` is given only when it is issued."""

    company = ForeignKeyField(Company, backref="invoices", on_delete="RESTRICT")
    contract = ForeignKeyField(Contract, null=True, backref="invoices", on_delete="RESTRICT")
    credited_invoice = ForeignKeyField(
        "self", null=True, backref="credit_notes", on_delete="RESTRICT"
    )
    kind = CharField(max_length=20, default="invoice")
    number = CharField(max_length=30, null=True, unique=True)
    status = CharField(max_length=20, default="draft")
    issue_date = DateField(null=True, index=True)
    due_date = DateField(null=True, index=True)
    service_start = DateField(null=True)
    service_end = DateField(null=True)
    total_excl_tax = MoneyField(default=0)
    total_tax = MoneyField(default=0)
    total_incl_tax = MoneyField(default=0)
    amount_paid = MoneyField(default=0)
    currency = CharField(max_length=3, default="EUR")
    created_at = DateTimeField(default=_now)
    # v5 (invoicing): what is billed, how it is numbered, paid and locked
    invoice_type = CharField(max_length=20, default="standard")  # vocabulary.InvoiceType
    series = CharField(max_length=20, default="")  # numbering series chosen for the draft
    sequence = IntegerField(null=True)  # the number's place in its scope, given at issue
    sequence_scope = CharField(max_length=40, null=True)  # "FA/2026": series (+ year)
    payment_term_method = CharField(max_length=20, default="days")  # payment_terms.TermMethod
    payment_term_days = IntegerField(default=30)
    periodic = BooleanField(default=False)  # facture périodique: due within 45 days
    discount_rate = FixedDecimalField(places=2, null=True)  # early payment; None: no discount
    discount_days = IntegerField(default=0)
    vat_regime = CharField(max_length=20, default="standard")  # vat.VatRegime
    vat_on_debits = BooleanField(default=False)  # the seller opted for VAT on debits
    business_client = BooleanField(default=True)  # the 40 EUR indemnity applies
    late_penalty_rate = FixedDecimalField(places=2, null=True)  # None: ECB rate + 10 points
    operation_nature = CharField(max_length=10, default="services")  # goods, services, mixed
    delivery_address = TextField(default="")  # JSON Address, only when it differs
    purchase_order = CharField(max_length=100, default="")  # the client's order number
    amount_credited = MoneyField(default=0)  # by credit notes referring to this invoice
    seller_snapshot = TextField(default="")  # JSON Party, frozen when issued
    buyer_snapshot = TextField(default="")  # JSON Party, frozen when issued
    issued_at = DateTimeField(null=True)  # locked from then on: corrections by credit note
    sent_on = DateField(null=True)

    class Meta:
        # Covering index of the receivables queries (unpaid, overdue, per client, ageing).
        indexes = (
            # v9: with amount_credited, the balance is read from the index alone (Home's
            # ageing at 600,000 invoices: 57 ms -> 8 ms)
            (
                ("status", "kind", "due_date", "total_incl_tax", "amount_paid", "amount_credited"),
                False,
            ),
            (("issue_date", "status", "total_incl_tax"), False),  # v9: invoiced per month
            (("company", "status"), False),
            (("sequence_scope", "sequence"), True),  # v5: no number given twice
        )


class InvoiceLine(RecordModel):
    invoice = ForeignKeyField(Invoice, backref="lines", on_delete="RESTRICT")
    position = IntegerField(default=0)
    description = CharField(max_length=500)
    quantity = FixedDecimalField(places=3, default=1)
    unit_price = MoneyField()
    vat_rate = FixedDecimalField(places=2, default=20)
    total_excl_tax = MoneyField()
    # v5: what the line bills and its VAT category (desktop.domain.vat.VatCategory)
    line_kind = CharField(max_length=20, default="service")  # service, expense, deposit...
    unit = CharField(max_length=3, default="C62")  # UN/ECE rec. 20: DAY, HUR, C62
    vat_category = CharField(max_length=2, default="S")
    source_invoice = ForeignKeyField(
        Invoice, null=True, backref="+", on_delete="RESTRICT"
    )  # the deposit deducted, or the invoice whose late payment this line bills


class Payment(RecordModel):
    invoice = ForeignKeyField(Invoice, backref="payments", on_delete="RESTRICT")
    paid_on = DateField()
    amount = MoneyField(constraints=[Check("amount > 0")])
    method = CharField(max_length=30, default="transfer")
    reference = CharField(max_length=100, default="")

    class Meta:
        indexes = ((("paid_on", "amount"), False),)  # v9: collected per month (Home)


class InvoicedDay(RecordModel):
    """What was invoiced on a day of issue (incl. VAT, credit notes negative, drafts left
    out), kept by triggers (store/money_days.py) for Home's chart. v11."""

    day = DateField(unique=True)
    total = MoneyField(default=0)


class CollectedDay(RecordModel):
    """The payments received on a day, kept by triggers (store/money_days.py). v11."""

    day = DateField(unique=True)
    total = MoneyField(default=0)


class Activity(RecordModel):
    """A written trace (note, exchange, meeting minutes, dispute) on any record."""

    subject_type = CharField(max_length=20)
    subject_id = IntegerField()
    kind = CharField(max_length=20, default="note")
    occurred_at = DateTimeField(default=_now)
    title = CharField(max_length=200, default="")
    body = TextField(default="")
    created_at = DateTimeField(default=_now)
    # v2: what each kind records
    channel = CharField(max_length=20, default="")  # exchange: call, email, meeting, video
    decisions = TextField(default="")  # meeting minutes
    cause = TextField(default="")  # dispute
    solutions = TextField(default="")  # dispute: proposed solutions
    mediator = CharField(max_length=200, default="")  # dispute
    dispute_status = CharField(max_length=20, default="")  # open, mediation, resolved, closed
    version = row_version()  # v8

    class Meta:
        indexes = ((("subject_type", "subject_id", "occurred_at"), False),)


class ActionItem(RecordModel):
    """An action decided in a meeting: who does what, by when. v2."""

    activity = ForeignKeyField(Activity, backref="actions", on_delete="RESTRICT")
    description = CharField(max_length=300)
    owner = CharField(max_length=100, default="")
    due_on = DateField(null=True, index=True)
    done = BooleanField(default=False)

    class Meta:
        indexes = ((("done", "due_on"), False),)  # v4: open actions due (510 -> 224 ms)


class Attachment(RecordModel):
    """A file copied into the profile's attachments folder."""

    subject_type = CharField(max_length=20)
    subject_id = IntegerField()
    activity = ForeignKeyField(Activity, null=True, backref="attachments", on_delete="RESTRICT")
    file_name = CharField(max_length=255)
    stored_name = CharField(max_length=255, unique=True)
    size = IntegerField(default=0)
    created_at = DateTimeField(default=_now)
    kind = CharField(max_length=20, default="file")  # v2: "cv" for a talent's CV

    class Meta:
        indexes = ((("subject_type", "subject_id"), False),)


class AuditEntry(BaseModel):
    """Who changed which invoicing record, when, and how (v5). Never updated nor deleted."""

    id = AutoIncrementField()
    at = DateTimeField(default=_now)
    actor = CharField(max_length=100)  # the operating-system user
    record_type = CharField(max_length=30)  # invoice, payment, activity_report...
    record_id = IntegerField()
    action = CharField(max_length=30)  # created, updated, issued, sent, paid...
    details = TextField(default="")  # JSON: what changed

    class Meta:
        indexes = ((("record_type", "record_id"), False),)


class ActivityReport(BaseModel):
    """A monthly activity report (CRA) of a contract (v5)."""

    id = AutoIncrementField()
    contract = ForeignKeyField(Contract, backref="activity_reports", on_delete="RESTRICT")
    month = DateField()  # the first day of the month
    status = CharField(max_length=20, default="draft")  # draft, validated, invoiced
    daily_rate = MoneyField(null=True)  # the contract's rate when the report was made
    comment = TextField(default="")
    validated_on = DateField(null=True)
    invoice = ForeignKeyField(Invoice, null=True, backref="+", on_delete="RESTRICT")
    created_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("contract", "month"), True),)


class ActivityReportDay(BaseModel):
    """A day (or half day) worked in a report (v5)."""

    id = AutoIncrementField()
    report = ForeignKeyField(ActivityReport, backref="days", on_delete="RESTRICT")
    day = DateField()
    fraction = FixedDecimalField(places=1, default=1)  # 1 or 0.5
    note = CharField(max_length=200, default="")

    class Meta:
        indexes = ((("report", "day"), True),)


class ActivityReportExtra(BaseModel):
    """An on-call or overtime line of a report (v5)."""

    id = AutoIncrementField()
    report = ForeignKeyField(ActivityReport, backref="extras", on_delete="RESTRICT")
    kind = CharField(max_length=20)  # on_call, overtime
    description = CharField(max_length=200, default="")
    quantity = FixedDecimalField(places=3)
    unit_price = MoneyField()


class Reminder(BaseModel):
    """A payment reminder sent for an overdue invoice (v5)."""

    id = AutoIncrementField()
    invoice = ForeignKeyField(Invoice, backref="reminders", on_delete="RESTRICT")
    step = IntegerField()  # index in the dunning schedule
    level = CharField(max_length=20)  # friendly, second, formal_notice
    sent_on = DateField(index=True)
    balance = MoneyField()  # owed on that day (incl. VAT)
    interest = MoneyField(default=0)  # late-payment interest accrued on that day
    indemnity = MoneyField(default=0)  # 40 EUR for a business client
    activity = ForeignKeyField(Activity, null=True, backref="+", on_delete="SET NULL")
    created_at = DateTimeField(default=_now)


class SupplierInvoice(BaseModel):
    """A talent's invoice to the agency for a subcontracted mission (v5)."""

    id = AutoIncrementField()
    contract = ForeignKeyField(Contract, backref="supplier_invoices", on_delete="RESTRICT")
    talent = ForeignKeyField(Talent, null=True, backref="supplier_invoices", on_delete="RESTRICT")
    activity_report = ForeignKeyField(
        ActivityReport, null=True, backref="supplier_invoices", on_delete="RESTRICT"
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
    created_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("supplier_name", "number"), True),)


class Quote(BaseModel):
    """A quote ("devis") to a client; numbered ``DE-YYYY-NNNNN`` when sent. v6."""

    id = AutoIncrementField()
    company = ForeignKeyField(Company, backref="quotes", on_delete="RESTRICT")
    mission = ForeignKeyField(Mission, null=True, backref="quotes", on_delete="RESTRICT")
    offer = ForeignKeyField(Offer, null=True, backref="quotes", on_delete="RESTRICT")
    contract = ForeignKeyField(Contract, null=True, backref="quotes", on_delete="RESTRICT")
    reference = CharField(max_length=40, null=True, unique=True)
    title = CharField(max_length=200)
    status = CharField(max_length=20, default="draft", index=True)
    language = CharField(max_length=2, default="fr")
    created_on = DateField(default=dt.date.today)
    sent_on = DateField(null=True)
    valid_until = DateField(null=True)
    answered_on = DateField(null=True)  # accepted, refused or expired on
    deposit_percent = FixedDecimalField(places=2, default=0)
    deposit_invoice_due = BooleanField(default=False)  # accepted with a deposit: to invoice
    terms_of_sale = TextField(default="")  # the CGV attached, frozen when sent
    notes = TextField(default="")
    total_excl_tax = MoneyField(default=0)
    created_at = DateTimeField(default=_now)


class QuoteLine(BaseModel):
    """v6."""

    id = AutoIncrementField()
    quote = ForeignKeyField(Quote, backref="lines", on_delete="RESTRICT")
    position = IntegerField(default=0)
    kind = CharField(max_length=10, default="days")  # days, fixed, expense
    description = CharField(max_length=500)
    quantity = FixedDecimalField(places=3, default=1)
    unit_price = MoneyField()
    vat_rate = FixedDecimalField(places=2, default=20)


class ContractClause(BaseModel):
    """A clause chosen for a contract: its own editable copy of the template. v6."""

    id = AutoIncrementField()
    contract = ForeignKeyField(Contract, backref="clauses", on_delete="RESTRICT")
    position = IntegerField(default=0)
    key = CharField(max_length=40, default="custom")  # library key, or "custom"
    title = CharField(max_length=200)
    body = TextField()

    class Meta:
        indexes = ((("contract", "position"), False),)


class ContractVersion(BaseModel):
    """A previous state of a sent contract (what changed, when), viewable and printable. v6."""

    id = AutoIncrementField()
    contract = ForeignKeyField(Contract, backref="versions", on_delete="RESTRICT")
    number = IntegerField()
    created_at = DateTimeField(default=_now)
    summary = TextField(default="")
    snapshot = TextField()  # JSON: the contract's terms and clauses as they were

    class Meta:
        indexes = ((("contract", "number"), True),)


class ContractEnding(BaseModel):
    """How and why a contract ended: the ending assistant's record. v6."""

    id = AutoIncrementField()
    contract = ForeignKeyField(Contract, backref="endings", on_delete="RESTRICT", unique=True)
    reason = CharField(max_length=30, index=True)  # EndingReason code
    note = TextField(default="")
    notice_given_on = DateField()
    end_date = DateField(index=True)
    early = BooleanField(default=True)
    checklist = TextField(default="[]")  # JSON: [[item, done], ...]
    lessons = TextField(default="")
    recommended = TextField(default="")  # talents recommended to the client
    created_at = DateTimeField(default=_now)


class GeneratedDocument(BaseModel):
    """A PDF built for a record (quote, contract, termination letter); its file is an
    attachment of the record, so it shows in the timeline. v6."""

    id = AutoIncrementField()
    kind = CharField(max_length=20)  # quote, contract, termination
    subject_type = CharField(max_length=20)  # quote, contract
    subject_id = IntegerField()
    reference = CharField(max_length=60)
    version = IntegerField(default=1)
    pages = IntegerField(default=0)
    attachment_id = IntegerField(null=True)
    created_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("subject_type", "subject_id"), False),)


class OutboxMail(BaseModel):
    """An e-mail not sent yet: being sent, or failed (with why), kept to retry. v7.

    The message itself is the ``.eml`` file ``eml_name`` in the profile's ``outbox/``
    folder, so that Retry sends exactly what was previewed (same Message-ID).
    """

    id = AutoIncrementField()
    kind = CharField(max_length=30)  # a mail kind: minutes, checkin, invoice...
    record_id = IntegerField()  # the record of that kind (minutes: the trace)
    subject_type = CharField(max_length=20)  # whose timeline gets the trace once sent
    subject_id = IntegerField()
    sender = CharField(max_length=200)
    recipients = TextField()  # JSON list: the envelope (To and blind copies)
    shown_to = CharField(max_length=500)  # the To header, for the list
    title = CharField(max_length=300)  # the e-mail's subject
    attachment_names = TextField(default="")  # one per line
    eml_name = CharField(max_length=100, unique=True)
    status = CharField(max_length=20, default="sending")  # sending, failed
    error = TextField(default="")  # JSON of the translatable message
    error_kind = CharField(max_length=20, default="")
    attempts = IntegerField(default=0)
    created_at = DateTimeField(default=_now)
    last_attempt_at = DateTimeField(null=True)


class SentMail(BaseModel):
    """An e-mail sent: which kind for which record, when, and its trace. v7.

    The trace (an e-mail exchange on the record's timeline, the ``.eml`` attached)
    is what the user reads; this row lets the app ask "when was the last check-in
    sent for this contract" without parsing traces.
    """

    id = AutoIncrementField()
    kind = CharField(max_length=30)
    record_id = IntegerField()
    activity_id = IntegerField(null=True)  # the trace (no foreign key: traces can be deleted)
    sent_at = DateTimeField(default=_now)
    recipients = CharField(max_length=500)
    title = CharField(max_length=300)

    class Meta:
        indexes = ((("kind", "record_id", "sent_at"), False),)


class QuarantinedRow(RecordModel):
    """A row set aside because it broke a rule of the schema (a reference to a record that
    no longer exists, a value a constraint refuses), found while migrating. v8.

    Kept whole as JSON, so that nothing is lost; ``main.py check`` lists them.
    """

    table_name = CharField(max_length=60)
    row_id = IntegerField()
    data = TextField()  # the row as JSON
    reason = CharField(max_length=300)
    quarantined_at = DateTimeField(default=_now)


# -- refusal analytics' tallies (v11) ----------------------------------------------------
# Derived from the offers, kept by triggers whatever code writes (desktop/store/
# offer_tallies.py), so that a report reads a few thousand rows, not 200,000 offers.


class OfferDayCount(BaseModel):
    """How many offers sent on a day have a status. v11."""

    id = AutoIncrementField()
    sent_on = DateField()
    status = CharField(max_length=20)
    offers = IntegerField()

    class Meta:
        indexes = ((("sent_on", "status"), True),)


class RefusalDayCount(BaseModel):
    """How many refused offers sent on a day cite a reason. v11."""

    id = AutoIncrementField()
    sent_on = DateField()
    reason = CharField(max_length=30)
    offers = IntegerField()

    class Meta:
        indexes = ((("sent_on", "reason"), True),)


class MissionStaffing(BaseModel):
    """A mission's first offer and first acceptance (time to staff), for the missions
    proposed at least once. v11."""

    id = AutoIncrementField()
    mission_id = IntegerField(unique=True)  # no foreign key: derived, goes with the offers
    first_sent = DateField()
    first_accepted = DateField(null=True)
    days = IntegerField(null=True)  # first_accepted - first_sent

    class Meta:
        indexes = ((("first_sent", "first_accepted", "days"), False),)


MODELS: list[type[BaseModel]] = [
    SchemaInfo,
    Setting,
    Company,
    Contact,
    Talent,
    Skill,
    TalentSkill,
    TalentRefusedSector,
    Mission,
    MissionPhase,
    MissionSkill,
    Offer,
    OfferRefusalReason,
    Referral,
    Contract,
    Invoice,
    InvoiceLine,
    Payment,
    InvoicedDay,
    CollectedDay,
    Activity,
    ActionItem,
    Attachment,
    AuditEntry,
    ActivityReport,
    ActivityReportDay,
    ActivityReportExtra,
    Reminder,
    SupplierInvoice,
    Quote,
    QuoteLine,
    ContractClause,
    ContractVersion,
    ContractEnding,
    GeneratedDocument,
    OutboxMail,
    SentMail,
    QuarantinedRow,
    OfferDayCount,
    RefusalDayCount,
    MissionStaffing,
]

__all__ = [m.__name__ for m in MODELS] + ["MODELS", "SCHEMA_VERSION", "SQL", "database"]
