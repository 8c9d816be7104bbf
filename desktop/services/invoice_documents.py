"""The PDFs of invoicing: Factur-X invoices and credit notes, activity reports, reminders.

Plain functions that gather the data and return the built file, as
:mod:`desktop.services.documents` does for quotes and contracts: the window (off the UI
thread, through ``ui/tasks.run_task``), the command line (``main.py print invoice
FA-2026-00001 f.pdf``), the accountant's export and e-mail sending call the same ones,
so every route makes the same file. Files are written atomically (a temporary name beside
the target, then moved into place).

- An invoice or a credit note prints from what was frozen when it was issued
  (``services.invoices.invoice_document``): rebuilding it a year later gives the same
  content, whatever My company or the client's record became. A draft has no document.
- The activity report (CRA) and the reminder letter print My company as it is now
  (:func:`desktop.services.seller.seller`, refused while incomplete).
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.documents.invoicing_texts import language_of, word
from desktop.domain.activity_reports import ExtraKind
from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_errors import invoicing_error
from desktop.domain.late_payment import (
    RECOVERY_INDEMNITY,
    default_rate,
    late_interest_periods,
)
from desktop.domain.money import ZERO, round_cent
from desktop.domain.receivables import OPEN_STATUSES
from desktop.domain.vocabulary import InvoiceKind
from desktop.profile import Profile
from desktop.services import company, invoices, receivables
from desktop.services.late_payment_rates import rate_table
from desktop.services.seller import seller
from desktop.store.models import (
    ActivityReport,
    Contract,
    Invoice,
    Reminder,
    Talent,
)

if TYPE_CHECKING:  # the documents layer loads reportlab when a PDF is built
    from desktop.documents.invoicing import ActivityReportData, ReminderData
    from desktop.services.documents import BuiltDocument


def _logo(profile: Profile | None) -> Path | None:
    if profile is None:
        return None
    return company.image_path(profile, company.identity().logo)


def _built(built, kind: str, subject_type: str, subject_id: int, reference: str):
    from desktop.services.documents import BuiltDocument

    return BuiltDocument(built.path, built.pages, kind, subject_type, subject_id, reference)


# ---------------------------------------------------------------- invoices


def build_invoice(
    invoice_id: int,
    target: str | os.PathLike[str],
    profile: Profile | None = None,
    cancelled=None,
) -> BuiltDocument:
    """The Factur-X PDF (PDF/A-3 with its EN 16931 XML) of an issued invoice or credit note.

    ``cancelled`` is accepted for symmetry with the other builders: one invoice takes
    a few tens of milliseconds, Cancel matters for batches (:mod:`invoice_batch_pdf`).
    """
    from desktop.documents.invoicing import build_invoice_pdf

    doc = invoices.invoice_document(invoice_id)
    built = build_invoice_pdf(doc, target, _logo(profile))
    kind = "credit_note" if doc.kind == InvoiceKind.CREDIT_NOTE else "invoice"
    return _built(built, kind, "invoice", invoice_id, doc.number)


def invoice_pdf_bytes(invoice_id: int, profile: Profile | None = None) -> bytes:
    """The Factur-X PDF as bytes: the accountant's ZIP (``export_period``'s ``pdf_for``)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="facture-") as folder:
        built = build_invoice(invoice_id, Path(folder) / "facture.pdf", profile)
        return built.path.read_bytes()


def _no_document(kind: Message, reference: str) -> DomainError:
    return DomainError(
        Message(
            "Invoicing",
            QT_TRANSLATE_NOOP("Invoicing", "No issued {kind} numbered {reference}."),
            {"kind": kind, "reference": reference},
        )
    )


INVOICE_WORD = QT_TRANSLATE_NOOP("Invoicing", "invoice")
CREDIT_NOTE_WORD = QT_TRANSLATE_NOOP("Invoicing", "credit note")


def _find(number: str, kind: str, word: str) -> int:
    row = Invoice.get_or_none(
        (Invoice.number == number.strip())
        & (Invoice.kind == kind)
        & Invoice.issued_at.is_null(False)
    )
    if row is None:
        raise _no_document(Message("Invoicing", word), number)
    return row.id


def find_invoice(number: str) -> int:
    """The id of the issued invoice numbered ``number`` (the command line names it so)."""
    return _find(number, InvoiceKind.INVOICE, INVOICE_WORD)


def find_credit_note(number: str) -> int:
    return _find(number, InvoiceKind.CREDIT_NOTE, CREDIT_NOTE_WORD)


def file_name(invoice_id: int) -> str:
    """``facture-fa-2026-00001.pdf`` or ``avoir-fa-2026-00002.pdf`` (safe on every system)."""
    from desktop.services.documents import file_name as document_file_name

    invoice = Invoice.get_by_id(invoice_id)
    kind = "credit_note" if invoice.kind == InvoiceKind.CREDIT_NOTE else "invoice"
    return document_file_name(kind, invoice.number or "")


# ---------------------------------------------------------------- activity report


def activity_report_data(report_id: int, for_signature: bool = False) -> ActivityReportData:
    from desktop.documents.invoicing import ActivityReportData, ReportDay, ReportExtra
    from desktop.services.activity_reports import calendar_of, report_content

    report = ActivityReport.get_by_id(report_id)
    contract = Contract.get_by_id(report.contract_id)
    content = report_content(report_id)
    worked = {d.day: d for d in content.days}
    days = []
    for cal in calendar_of(report.month.year, report.month.month):
        entry = worked.get(cal.day)
        days.append(
            ReportDay(
                cal.day,
                Decimal(entry.fraction) if entry else ZERO,
                cal.weekend,
                cal.holiday,
                entry.note if entry else "",
            )
        )
    language = language_of(contract.language)
    extras = [
        ReportExtra(
            word(language, f"extra.{ExtraKind(e.kind).value}"),
            e.description,
            Decimal(e.quantity),
            word(language, "unit.HUR") if ExtraKind(e.kind) is ExtraKind.OVERTIME else "",
        )
        for e in content.extras
    ]
    identity = company.require_complete()
    consultant = identity.signatory or identity.display_name
    if contract.talent_id:
        talent = Talent.get_by_id(contract.talent_id)
        consultant = f"{talent.first_name} {talent.last_name}".strip() or consultant
    return ActivityReportData(
        contract_reference=contract.reference,
        contract_title=contract.title,
        month=report.month,
        provider=seller(),
        client=invoices.party_of_company(contract.company),
        consultant=consultant,
        days=days,
        extras=extras,
        comment=content.comment,
        # the copy the client signs is not a draft to them (no "PROJET" across it)
        status="validated" if for_signature and report.status == "draft" else report.status,
        validated_on=report.validated_on,
        language=language,
    )


def build_activity_report(
    report_id: int,
    target: str | os.PathLike[str],
    profile: Profile | None = None,
    cancelled=None,
    for_signature: bool = False,
) -> BuiltDocument:
    """The month's CRA for the client to sign (a draft prints "PROJET" across it).

    ``for_signature``: the copy sent to the client for approval, which happens before the
    report is validated: the days as saved, without "PROJET" (the screens and the e-mail
    use it; ``main.py print cra`` keeps the mark on a draft)."""
    from desktop.documents.invoicing import activity_report_layout
    from desktop.documents.layout import build_pdf

    data = activity_report_data(report_id, for_signature)
    built = build_pdf(activity_report_layout(data, _logo(profile)), target, cancelled)
    reference = f"{data.contract_reference}/{data.month:%Y-%m}"
    return _built(built, "cra", "activity_report", report_id, reference)


def find_activity_report(reference: str) -> int:
    """``CT-2026-00001/2026-11``: the contract's report of that month."""
    contract_ref, _, month = reference.strip().rpartition("/")
    try:
        first = dt.date.fromisoformat(f"{month}-01")
    except ValueError:
        first = None
    contract = Contract.get_or_none(Contract.reference == contract_ref) if first else None
    report = (
        ActivityReport.get_or_none(
            (ActivityReport.contract == contract.id) & (ActivityReport.month == first)
        )
        if contract
        else None
    )
    if report is None:
        raise DomainError(
            Message(
                "Invoicing",
                QT_TRANSLATE_NOOP(
                    "Invoicing",
                    "No activity report {reference} (write it as the contract's reference and "
                    "the month, e.g. CT-2026-00001/2026-11).",
                ),
                {"reference": reference},
            )
        )
    return report.id


# ---------------------------------------------------------------- reminder letter


def _penalty_rate_text(agreed: Decimal | None, on: dt.date, language: str = "fr") -> str:
    from desktop.documents.invoicing import rate

    if agreed is not None:
        return word(language, "agreed_rate", rate=rate(agreed, language))
    found = default_rate(rate_table(), on)
    half = word(language, "half.1" if found.half_year.month == 1 else "half.2")
    return word(
        language,
        "ecb_rate",
        rate=rate(found.rate, language),
        half=half,
        year=found.half_year.year,
    )


def _overdue_of(company_id: int, today: dt.date) -> list[Invoice]:
    return list(
        Invoice.select()
        .where(
            (Invoice.company == company_id)
            & (Invoice.kind == InvoiceKind.INVOICE)
            & Invoice.status.in_([str(s) for s in OPEN_STATUSES])
            & (Invoice.due_date < today)
        )
        .order_by(Invoice.due_date, Invoice.id)
    )


def reminder_data(
    invoice_id: int, today: dt.date | None = None, upcoming: bool = False
) -> ReminderData:
    """The letter for the client of ``invoice_id``: all its overdue invoices, at the level of
    the last reminder recorded for this invoice (or the first step when none was).

    ``upcoming``: the letter of the reminder about to be sent (To do, the e-mail): the
    level recording it will give (``receivables.next_step``), dated ``today``."""
    from desktop.documents.invoicing import InterestLine, OverdueInvoice, ReminderData

    invoice = Invoice.get_by_id(invoice_id)
    if invoice.issued_at is None or invoice.kind != InvoiceKind.INVOICE:
        raise invoicing_error(
            QT_TRANSLATE_NOOP("Invoicing", "Only an issued invoice can be reminded.")
        )
    last = (
        Reminder.select()
        .where(Reminder.invoice == invoice_id)
        .order_by(Reminder.sent_on.desc(), Reminder.id.desc())
        .first()
    )
    if upcoming:
        today = today or dt.date.today()
        level = receivables.next_step(invoice_id)[1].level
    else:
        today = today or (last.sent_on if last else dt.date.today())
        level = last.level if last else receivables.schedule()[0].level
    table = rate_table()
    rows = []
    for inv in _overdue_of(invoice.company_id, today):
        owed_total = inv.total_incl_tax - inv.amount_credited
        left = invoices.amount_due(inv)
        if left <= 0:
            continue
        periods = late_interest_periods(
            owed_total, inv.due_date, today, invoices.payments_of(inv.id), table,
            inv.late_penalty_rate,
        )  # fmt: skip
        interest = round_cent(sum((p.interest for p in periods), ZERO))
        rows.append(
            OverdueInvoice(
                number=inv.number,
                issue_date=inv.issue_date,
                due_date=inv.due_date,
                total=owed_total,
                paid=inv.amount_paid,
                balance=left,
                days_late=(today - inv.due_date).days,
                periods=[
                    InterestLine(p.start, p.end, p.days, p.balance, p.rate, round_cent(p.interest))
                    for p in periods
                ],
                interest=interest,
                indemnity=RECOVERY_INDEMNITY if inv.business_client else ZERO,
            )
        )
    if not rows:
        raise invoicing_error(
            QT_TRANSLATE_NOOP(
                "Invoicing", "This client has no overdue invoice: there is nothing to remind."
            )
        )
    identity = company.require_complete()
    language = language_of(invoices.document_language(invoice.company_id, invoice.contract_id))
    return ReminderData(
        level=level,
        dated=today,
        seller=seller(),
        client=invoices.party_of_company(invoice.company),
        invoices=rows,
        penalty_rate_text=_penalty_rate_text(invoice.late_penalty_rate, today, language),
        signatory=identity.signatory,
        language=language,
    )


def build_reminder(
    invoice_id: int,
    target: str | os.PathLike[str],
    profile: Profile | None = None,
    today: dt.date | None = None,
    cancelled=None,
    upcoming: bool = False,
) -> BuiltDocument:
    """The reminder letter (overdue invoices, interest per period, 40 € indemnity).

    By default the letter of the last reminder recorded; ``upcoming``: the letter of the
    next one, dated ``today`` (what To do and the e-mail send). Its version is the rank of
    the reminder it belongs to, so that each reminder files one letter."""
    from desktop.documents.invoicing import reminder_layout
    from desktop.documents.layout import build_pdf
    from desktop.services.documents import BuiltDocument

    data = reminder_data(invoice_id, today, upcoming)
    built = build_pdf(reminder_layout(data, _logo(profile)), target, cancelled)
    invoice = Invoice.get_by_id(invoice_id)
    # one filed letter per reminder recorded (documents.file_once keys on the version)
    sent = Reminder.select().where(Reminder.invoice == invoice_id).count()
    version = sent + 1 if upcoming else max(sent, 1)
    return BuiltDocument(
        built.path, built.pages, "reminder", "invoice", invoice_id, invoice.number, version
    )


def reminder_file_name(invoice_id: int) -> str:
    """``relance-FA-2026-00001.pdf``."""
    from desktop.services.documents import file_name as document_file_name

    return document_file_name("reminder", Invoice.get_by_id(invoice_id).number or "")


def activity_report_file_name(report_id: int) -> str:
    """``cra-CT-2026-00001-2026-11.pdf``."""
    from desktop.services.documents import file_name as document_file_name

    report = ActivityReport.get_by_id(report_id)
    contract = Contract.get_by_id(report.contract_id)
    return document_file_name("cra", f"{contract.reference}-{report.month:%Y-%m}")


# Registered in desktop.services.documents.PRINTABLE (main.py print KIND REFERENCE FILE).
PRINTABLE_KINDS = {
    "invoice": (find_invoice, lambda i, t, p: build_invoice(i, t, p)),
    "credit_note": (find_credit_note, lambda i, t, p: build_invoice(i, t, p)),
    "cra": (find_activity_report, lambda i, t, p: build_activity_report(i, t, p)),
    "reminder": (find_invoice, lambda i, t, p: build_reminder(i, t, p)),
}
