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

from desktop.store.fields import FixedDecimalField, MoneyField

SCHEMA_VERSION = 5

database = DatabaseProxy()


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False  # talent_skill, not talentskill


class SchemaInfo(BaseModel):
    """One row: the schema version of this database file."""

    version = IntegerField()


class Setting(BaseModel):
    """Application settings of this profile (declared in desktop.services.settings)."""

    key = CharField(primary_key=True, max_length=100)
    value = TextField()  # JSON


class Company(BaseModel):
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

    class Meta:
        # v4: the board's columns, most recently moved first and their totals
        # (0.3-0.9 s -> 22-89 ms at 100,000 companies).
        indexes = ((("stage", "updated_at"), False), (("stage", "expected_value"), False))


class Contact(BaseModel):
    """A person at a company."""

    company = ForeignKeyField(Company, backref="contacts", on_delete="RESTRICT")
    first_name = CharField(max_length=100, default="")
    last_name = CharField(max_length=100)
    role = CharField(max_length=100, default="")
    email = CharField(max_length=200, default="", index=True)
    phone = CharField(max_length=40, default="")
    created_at = DateTimeField(default=_now)
    notes = TextField(default="")  # v2


class Talent(BaseModel):
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

    class Meta:
        # Covering the "available now" count of Home (50,000 rows: 34 ms -> a few ms).
        indexes = ((("status", "available_from"), False),)


class Skill(BaseModel):
    """A skill name, shared by talents and missions (``key`` is the folded name)."""

    name = CharField(max_length=100)
    key = CharField(max_length=100, unique=True)


class TalentSkill(BaseModel):
    talent = ForeignKeyField(Talent, backref="skills", on_delete="RESTRICT")
    skill = ForeignKeyField(Skill, backref="talents", on_delete="RESTRICT")
    level = IntegerField(constraints=[Check("level BETWEEN 1 AND 5")])
    years = IntegerField(default=0, constraints=[Check("years >= 0")])  # v2

    class Meta:
        # v4: (skill, level, talent) covers the matching query's lookups (p95 158 -> 121 ms
        # at 100,000 talents); it replaces (skill, level), a prefix of it.
        indexes = ((("talent", "skill"), True), (("skill", "level", "talent"), False))


class TalentRefusedSector(BaseModel):
    """A sector or kind of project the talent will not work for (their values). v2."""

    talent = ForeignKeyField(Talent, backref="refused_sectors", on_delete="RESTRICT")
    sector = CharField(max_length=100)
    key = CharField(max_length=100, index=True)  # folded, to compare with a mission's sector

    class Meta:
        indexes = ((("talent", "key"), True),)


class Mission(BaseModel):
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

    class Meta:
        indexes = ((("status", "updated_at"), False),)  # v4: the missions board


class MissionPhase(BaseModel):
    """A phase of a mission with its deadline (part of the scope). v3."""

    mission = ForeignKeyField(Mission, backref="phases", on_delete="RESTRICT")
    position = IntegerField(default=0)
    name = CharField(max_length=200)
    due_on = DateField(null=True)


class MissionSkill(BaseModel):
    mission = ForeignKeyField(Mission, backref="skills", on_delete="RESTRICT")
    skill = ForeignKeyField(Skill, backref="missions", on_delete="RESTRICT")
    level = IntegerField(default=3, constraints=[Check("level BETWEEN 1 AND 5")])
    required = BooleanField(default=True)  # must-have (True) or nice-to-have

    class Meta:
        indexes = ((("mission", "skill"), True),)


class Offer(BaseModel):
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
        )


class OfferRefusalReason(BaseModel):
    """One of the reasons a talent gave for refusing an offer (vocabulary codes). v3."""

    offer = ForeignKeyField(Offer, backref="reasons", on_delete="RESTRICT")
    reason = CharField(max_length=30, index=True)

    class Meta:
        indexes = ((("offer", "reason"), True),)


class Referral(BaseModel):
    """A talent recommends someone (after refusing an offer, often). v3.

    Credited to the referrer; ``referred`` is set once the person is in the pool.
    """

    referrer = ForeignKeyField(Talent, backref="referrals", on_delete="RESTRICT")
    referred = ForeignKeyField(Talent, null=True, backref="+", on_delete="SET NULL")
    name = CharField(max_length=200, default="")  # who, if not in the pool yet
    mission = ForeignKeyField(Mission, null=True, backref="referrals", on_delete="SET NULL")
    created_on = DateField(default=dt.date.today)
    note = CharField(max_length=300, default="")


class Contract(BaseModel):
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


class Invoice(BaseModel):
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

    class Meta:
        # Covering index of the receivables queries (unpaid, overdue, per client, ageing).
        indexes = (
            (("status", "kind", "due_date", "total_incl_tax", "amount_paid"), False),
            (("company", "status"), False),
        )


class InvoiceLine(BaseModel):
    invoice = ForeignKeyField(Invoice, backref="lines", on_delete="RESTRICT")
    position = IntegerField(default=0)
    description = CharField(max_length=500)
    quantity = FixedDecimalField(places=3, default=1)
    unit_price = MoneyField()
    vat_rate = FixedDecimalField(places=2, default=20)
    total_excl_tax = MoneyField()


class Payment(BaseModel):
    invoice = ForeignKeyField(Invoice, backref="payments", on_delete="RESTRICT")
    paid_on = DateField()
    amount = MoneyField(constraints=[Check("amount > 0")])
    method = CharField(max_length=30, default="transfer")
    reference = CharField(max_length=100, default="")


class Activity(BaseModel):
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

    class Meta:
        indexes = ((("subject_type", "subject_id", "occurred_at"), False),)


class ActionItem(BaseModel):
    """An action decided in a meeting: who does what, by when. v2."""

    activity = ForeignKeyField(Activity, backref="actions", on_delete="RESTRICT")
    description = CharField(max_length=300)
    owner = CharField(max_length=100, default="")
    due_on = DateField(null=True, index=True)
    done = BooleanField(default=False)

    class Meta:
        indexes = ((("done", "due_on"), False),)  # v4: open actions due (510 -> 224 ms)


class Attachment(BaseModel):
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
    Activity,
    ActionItem,
    Attachment,
]

__all__ = [m.__name__ for m in MODELS] + ["MODELS", "SCHEMA_VERSION", "SQL", "database"]
