"""Receivables: ageing per client and in total, reminders due, reminders sent.

The dunning schedule is the setting ``invoicing.dunning`` (default D+1 friendly, D+15
second reminder, D+30 formal notice). The "Reminders due" list (for To do) proposes, for
each overdue invoice, only its next step. Recording a reminder stores it with the
interest accrued that day and the 40 EUR indemnity, and writes an exchange in the
client's written traces.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from desktop.domain.late_payment import RECOVERY_INDEMNITY
from desktop.domain.money import ZERO, from_cents
from desktop.domain.receivables import (
    LEVEL_LABELS,
    OPEN_STATUSES,
    Ageing,
    DunningStep,
    next_reminder,
    schedule_from_setting,
)
from desktop.domain.vocabulary import InvoiceKind
from desktop.services import audit, settings
from desktop.services.companies import PaymentBehaviour, payment_behaviour
from desktop.services.invoices import amount_due, interest_owed
from desktop.store.models import Activity, Company, Invoice, Reminder
from desktop.store.receivables_query import ageing_rows, overdue_invoices
from desktop.store.transactions import write_transaction


@dataclass(frozen=True)
class ClientAgeing:
    company_id: int
    name: str
    ageing: Ageing


@dataclass(frozen=True)
class ReceivablesView:
    clients: list[ClientAgeing]  # largest total first
    total: Ageing


def ageing(today: dt.date | None = None, company_id: int | None = None) -> ReceivablesView:
    """What clients owe by age bucket (incl. VAT), per client and in total."""
    today = today or dt.date.today()
    per_client: dict[int, Ageing] = {}
    total = Ageing.empty()
    for company, bucket, cents in ageing_rows(today, company_id):
        amount = from_cents(cents)
        per_client.setdefault(company, Ageing.empty()).buckets[bucket] += amount
        total.buckets[bucket] += amount
    names = dict(
        Company.select(Company.id, Company.name).where(Company.id.in_(list(per_client))).tuples()
    )
    clients = [ClientAgeing(cid, names.get(cid, ""), a) for cid, a in per_client.items()]
    clients.sort(key=lambda c: (-c.ageing.total, c.name))
    return ReceivablesView(clients, total)


def average_days_late(company_id: int) -> PaymentBehaviour | None:
    """The client's payment behaviour (paid late, average days late): its record and vetting."""
    return payment_behaviour(company_id)


def schedule() -> tuple[DunningStep, ...]:
    return schedule_from_setting(settings.get("invoicing.dunning") or [])


@dataclass(frozen=True)
class ReminderDue:
    invoice_id: int
    number: str
    company_id: int
    company: str
    due_date: dt.date
    days_late: int
    balance: Decimal
    step: int
    level: str
    level_label: str  # English, translate with context "Receivables"


def reminders_due(today: dt.date | None = None, limit: int | None = None) -> list[ReminderDue]:
    """Overdue invoices whose next reminder's day has come, most overdue first."""
    today = today or dt.date.today()
    steps = schedule()
    rows = overdue_invoices(today, steps[0].days)
    due = []
    for invoice_id, company_id, due_on, cents, sent in rows:
        found = next_reminder(due_on, sent, today, steps)
        if found is None or cents <= 0:
            continue
        index, step = found
        due.append((invoice_id, company_id, due_on, from_cents(cents), index, step))
        if limit and len(due) >= limit:
            break
    numbers = dict(
        Invoice.select(Invoice.id, Invoice.number)
        .where(Invoice.id.in_([d[0] for d in due]))
        .tuples()
    )
    names = dict(
        Company.select(Company.id, Company.name).where(Company.id.in_([d[1] for d in due])).tuples()
    )
    return [
        ReminderDue(
            i,
            numbers.get(i, ""),
            c,
            names.get(c, ""),
            d,
            (today - d).days,
            b,
            idx,
            s.level,
            LEVEL_LABELS.get(s.level, s.level),
        )
        for i, c, d, b, idx, s in due
    ]


LEVEL_TEXTS_FR = {
    "friendly": "Relance amiable",
    "second": "Deuxième relance",
    "formal_notice": "Mise en demeure",
}


def next_step(invoice_id: int) -> tuple[int, DunningStep]:
    """(index, step) of the reminder that recording one for ``invoice_id`` would record:
    the step after the last one sent, the last step again once all were sent. The letter
    and the e-mail prepared for it carry that level."""
    steps = schedule()
    sent = Reminder.select().where(Reminder.invoice == invoice_id).count()
    index = min(sent, len(steps) - 1)
    return index, steps[index]


def reminder_due(invoice_id: int, today: dt.date) -> DunningStep | None:
    """The reminder whose day has come for this invoice (as To do lists it), else None: not
    overdue, paid, or every step sent already."""
    invoice = Invoice.get_or_none(Invoice.id == invoice_id)
    if (
        invoice is None
        or invoice.kind != InvoiceKind.INVOICE
        or invoice.due_date is None
        or invoice.status not in [str(s) for s in OPEN_STATUSES]
        or amount_due(invoice) <= 0
    ):
        return None
    sent = Reminder.select().where(Reminder.invoice == invoice_id).count()
    found = next_reminder(invoice.due_date, sent, today, schedule())
    return found[1] if found else None


def record_reminder(
    invoice_id: int,
    today: dt.date | None = None,
    *,
    trace: bool = True,
    activity_id: int | None = None,
) -> int:
    """Record the next reminder of an invoice as sent today; returns the reminder's id.

    It carries the balance, the interest accrued and the indemnity (business clients).
    ``trace``: written in the client's traces as an e-mail exchange (a reminder sent by
    hand, or by post). A reminder sent through the app's e-mail passes ``trace=False``
    and the e-mail's own trace (``activity_id``, the one holding the ``.eml``): one trace
    per reminder, recorded in the transaction that records the e-mail.
    """
    today = today or dt.date.today()
    with write_transaction():
        invoice = Invoice.get_by_id(invoice_id)
        index, step = next_step(invoice_id)
        owed = amount_due(invoice)
        interest = interest_owed(invoice_id, today)
        indemnity = RECOVERY_INDEMNITY if invoice.business_client else ZERO
        if trace:
            title = f"{LEVEL_TEXTS_FR.get(step.level, step.level)} – facture {invoice.number}"
            body = (
                f"Facture {invoice.number} échue le {invoice.due_date:%d/%m/%Y}, reste dû "
                f"{owed} €. Intérêts de retard au {today:%d/%m/%Y} : {interest} €. "
                f"Indemnité forfaitaire pour frais de recouvrement : {indemnity} €."
            )
            activity_id = Activity.insert(
                subject_type="company",
                subject_id=invoice.company_id,
                kind="exchange",
                channel="email",
                title=title,
                body=body,
                occurred_at=dt.datetime.combine(today, dt.time(9, 0)),
            ).execute()
        reminder_id = Reminder.insert(
            invoice=invoice_id,
            step=index,
            level=step.level,
            sent_on=today,
            balance=owed,
            interest=interest,
            indemnity=indemnity,
            activity=activity_id,
        ).execute()
        audit.record(
            "invoice",
            invoice_id,
            "reminded",
            level=step.level,
            balance=owed,
            interest=interest,
            reminder=reminder_id,
        )
    return reminder_id


@dataclass(frozen=True)
class OpenInvoice:
    """An issued invoice still owed, as the receivables view lists a client's."""

    id: int
    number: str
    issue_date: dt.date | None
    due_date: dt.date | None
    total: Decimal
    balance: Decimal
    days_late: int  # <= 0: not yet due
    reminders: int


def open_invoices(company_id: int, today: dt.date | None = None) -> list[OpenInvoice]:
    """The client's open invoices (what its ageing adds up), most overdue first."""
    today = today or dt.date.today()
    reminders = (
        Reminder.select(Reminder.invoice, fn.COUNT(Reminder.id))
        .join(Invoice)
        .where(Invoice.company == company_id)
        .group_by(Reminder.invoice)
        .tuples()
    )
    sent = dict(reminders)
    rows = (
        Invoice.select()
        .where(
            (Invoice.company == company_id)
            & (Invoice.kind == InvoiceKind.INVOICE)
            & Invoice.status.in_([str(s) for s in OPEN_STATUSES])
            & Invoice.due_date.is_null(False)
        )
        .order_by(Invoice.due_date, Invoice.id)
    )
    return [
        OpenInvoice(
            i.id,
            i.number or "",
            i.issue_date,
            i.due_date,
            i.total_incl_tax,
            amount_due(i),
            (today - i.due_date).days,
            sent.get(i.id, 0),
        )
        for i in rows
    ]
