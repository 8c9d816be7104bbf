"""Company records (prospects and clients): create, edit, delete (with undo)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal

from peewee import fn

from desktop.domain.errors import Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.money import from_cents
from desktop.domain.receivables import OPEN_STATUSES
from desktop.domain.text import fold
from desktop.domain.validation import CompanyDraft, clean_list, validate_company
from desktop.services.deletion import Snapshot, delete_rows, refuse_if_used
from desktop.store.models import (
    ActionItem,
    Activity,
    Attachment,
    Company,
    Contact,
    Contract,
    Invoice,
    Mission,
)
from desktop.store.receivables_query import payment_delays
from desktop.store.search_index import name_matches
from desktop.store.transactions import write_transaction

_FIELDS = [
    "name", "siren", "siret", "vat_number", "legal_form", "address", "postal_code", "city",
    "country", "sector", "website", "email", "phone", "stage", "lost_reason", "notes",
    "vetted_identity", "vetted_brief", "vetted_budget", "vetted_value", "owner",
    "expected_value", "last_contact_on", "next_follow_up_on",
]  # fmt: skip
_NULLABLE = {"siren", "siret", "vat_number"}


def _values(draft: CompanyDraft) -> dict:
    values = {
        f: (getattr(draft, f) or None) if f in _NULLABLE else getattr(draft, f) for f in _FIELDS
    }
    values["tags"] = ", ".join(draft.tags)
    values["sort_name"] = fold(draft.name)
    return values


def create_company(draft: CompanyDraft) -> int:
    """Validate and insert; returns the new id. Raises ValidationError, writing nothing."""
    draft = validate_company(draft)
    with write_transaction():
        return Company.insert(_values(draft)).execute()


def update_company(company_id: int, draft: CompanyDraft) -> None:
    draft = validate_company(draft)
    values = _values(draft)
    values["updated_at"] = dt.datetime.now().replace(microsecond=0)
    with write_transaction():
        Company.update(values).where(Company.id == company_id).execute()


def company_draft(company_id: int) -> CompanyDraft:
    c = Company.get_by_id(company_id)
    values = {f: (getattr(c, f) or "") if f in _NULLABLE else getattr(c, f) for f in _FIELDS}
    return CompanyDraft(**values, tags=clean_list(c.tags))


def set_stage(company_id: int, stage: str, lost_reason: str = "") -> None:
    """Move a company to another pipeline stage (the board's drag and drop).

    Same rules as the edit form: "lost" needs a reason.
    """
    draft = company_draft(company_id)
    update_company(
        company_id,
        replace(draft, stage=stage, lost_reason=lost_reason if stage == "lost" else ""),
    )


def delete_company(company_id: int) -> Snapshot:
    """Delete a company with its contacts and written traces.

    Refused, with the counts, when missions, contracts or invoices refer to it:
    invoices are legal records (kept 10 years, Code de commerce art. L123-22)
    and must keep their client.
    """
    name = Company.get_by_id(company_id).name
    with write_transaction():
        refuse_if_used(
            name,
            {
                QT_TRANSLATE_NOOP("Records", "missions"): Mission.select()
                .where(Mission.company == company_id)
                .count(),
                QT_TRANSLATE_NOOP("Records", "contracts"): Contract.select()
                .where(Contract.company == company_id)
                .count(),
                QT_TRANSLATE_NOOP("Records", "invoices"): Invoice.select()
                .where(Invoice.company == company_id)
                .count(),
            },
            QT_TRANSLATE_NOOP(
                "Records", "Move it to the “Lost” stage instead, to keep its history."
            ),
        )
        snapshot = Snapshot(
            Message(
                "Records", QT_TRANSLATE_NOOP("Records", "Company “{name}” deleted"), {"name": name}
            )
        )
        snapshot.take(Company.select().where(Company.id == company_id))
        contact_ids = [
            c.id for c in Contact.select(Contact.id).where(Contact.company == company_id)
        ]
        snapshot_contacts = Contact.select().where(Contact.company == company_id)
        subjects = ((Activity.subject_type == "company") & (Activity.subject_id == company_id)) | (
            (Activity.subject_type == "contact") & Activity.subject_id.in_(contact_ids)
        )
        files = ((Attachment.subject_type == "company") & (Attachment.subject_id == company_id)) | (
            (Attachment.subject_type == "contact") & Attachment.subject_id.in_(contact_ids)
        )
        trace_ids = [a.id for a in Activity.select(Activity.id).where(subjects)]
        delete_rows(snapshot, snapshot_contacts)
        delete_rows(snapshot, Attachment.select().where(files | Attachment.activity.in_(trace_ids)))
        delete_rows(snapshot, ActionItem.select().where(ActionItem.activity.in_(trace_ids)))
        delete_rows(snapshot, Activity.select().where(subjects))
        Company.delete().where(Company.id == company_id).execute()
    return snapshot


@dataclass(frozen=True)
class ContactLine:
    id: int
    name: str
    role: str
    email: str
    phone: str


@dataclass(frozen=True)
class PaymentBehaviour:
    """How the client pays: over its paid invoices, days between due date and payment."""

    paid_invoices: int
    paid_late: int
    average_days_late: int  # early payments count as 0 days late


def payment_behaviour(company_id: int) -> PaymentBehaviour | None:
    """Computed from the last payment of each paid invoice of the company."""
    row = payment_delays(company_id)
    if not row or not row[0]:
        return None
    return PaymentBehaviour(row[0], row[1] or 0, round(row[2] or 0))


@dataclass(frozen=True)
class CompanyDetail:
    id: int
    draft: CompanyDraft
    created_at: dt.datetime
    contacts: list[ContactLine]
    missions: int
    contracts: int
    invoices: int
    receivable: Decimal  # issued, not yet paid (incl. VAT)
    overdue: Decimal  # part of it past the due date
    payment: PaymentBehaviour | None  # None until an invoice has been paid


def company_detail(company_id: int, today: dt.date | None = None) -> CompanyDetail:
    """What the detail panel shows about a company."""
    today = today or dt.date.today()
    company = Company.get_by_id(company_id)
    contacts = Contact.select().where(Contact.company == company_id).order_by(Contact.last_name)
    # The status as an expression (status || ''): without statistics SQLite chose the
    # status index, walking every unpaid invoice of the database (83 ms at 600,000)
    # rather than this client's few through the company index.
    owed = Invoice.total_incl_tax - Invoice.amount_paid - Invoice.amount_credited
    unpaid = Invoice.select(fn.COALESCE(fn.SUM(owed), 0)).where(
        (Invoice.company == company_id)
        & Invoice.status.concat("").in_(OPEN_STATUSES)
        & (Invoice.kind == "invoice")
    )
    overdue = unpaid.where(Invoice.due_date < today)
    return CompanyDetail(
        company_id,
        company_draft(company_id),
        company.created_at,
        [
            ContactLine(c.id, f"{c.first_name} {c.last_name}".strip(), c.role, c.email, c.phone)
            for c in contacts
        ],
        Mission.select().where(Mission.company == company_id).count(),
        Contract.select().where(Contract.company == company_id).count(),
        Invoice.select().where(Invoice.company == company_id).count(),
        from_cents(unpaid.scalar()),
        from_cents(overdue.scalar()),
        payment_behaviour(company_id),
    )


def owners() -> list[str]:
    """Account owners already used, for the owner combo."""
    query = (
        Company.select(Company.owner).where(Company.owner != "").distinct().order_by(Company.owner)
    )
    return [c.owner for c in query]


def company_choices(text: str = "", limit: int = 50) -> list[tuple[int, str]]:
    """Companies whose name matches ``text`` (for pickers), with their city."""
    query = (
        Company.select(Company.id, Company.name, Company.city)
        .order_by(Company.sort_name)
        .limit(limit)
    )
    matches = name_matches("company_fts", text)
    if matches is not None:
        query = query.where(matches)
    return [(c.id, f"{c.name} ({c.city})" if c.city else c.name) for c in query]


def company_label(company_id: int) -> str:
    c = Company.get_by_id(company_id)
    return f"{c.name} ({c.city})" if c.city else c.name


def contacts_of(company_id: int) -> list[tuple[int, str]]:
    """(id, "First Last — role") of the company's contacts, for combos."""
    query = Contact.select().where(Contact.company == company_id).order_by(Contact.last_name)
    return [
        (c.id, " — ".join(x for x in (f"{c.first_name} {c.last_name}".strip(), c.role) if x))
        for c in query
    ]


def sectors() -> list[str]:
    """Sectors already used by companies, for combos."""
    query = (
        Company.select(Company.sector)
        .where(Company.sector != "")
        .distinct()
        .order_by(Company.sector)
    )
    return [c.sector for c in query]
