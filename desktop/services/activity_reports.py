"""Monthly activity reports (CRA) of a contract, and the invoice a validated one makes.

Draft -> validated (the client signs it; the PDF comes with the documents layer) ->
invoiced: :func:`invoice_from_report` makes the invoice draft in one call (days x the
contract's daily rate, plus on-call and overtime lines) and links it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from desktop.domain.activity_reports import (
    CalendarDay,
    ExtraKind,
    ExtraLine,
    WorkedDay,
    check_days,
    days_total,
    invoice_lines,
    month_days,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_errors import invoicing_error
from desktop.domain.vat import VatRegime
from desktop.domain.vocabulary import InvoiceType
from desktop.services import audit, settings
from desktop.services.invoices import InvoiceDraft, LineDraft, create_draft
from desktop.store.models import (
    ActivityReport,
    ActivityReportDay,
    ActivityReportExtra,
    Company,
    Contract,
    Invoice,
)
from desktop.store.transactions import write_transaction


def calendar_of(year: int, month: int, language: str = "fr") -> list[CalendarDay]:
    """The month with weekends and public holidays (subdivision from the settings);
    holiday names in ``language`` ("fr" or "en")."""
    return month_days(
        year,
        month,
        settings.get("activity_reports.holiday_subdivision") or None,
        "en_US" if language == "en" else "fr",
    )


@dataclass(frozen=True)
class ReportRow:
    """A report as the contract's list of months shows it."""

    id: int
    month: dt.date
    status: str  # draft, validated, invoiced
    days: Decimal
    validated_on: dt.date | None
    invoice_id: int | None
    invoice_number: str  # "" while the invoice is a draft


def reports_of(contract_id: int) -> list[ReportRow]:
    """The contract's reports, latest month first."""
    reports = list(
        ActivityReport.select()
        .where(ActivityReport.contract == contract_id)
        .order_by(ActivityReport.month.desc())
    )
    ids = [r.id for r in reports]
    totals = dict(
        ActivityReportDay.select(
            ActivityReportDay.report, fn.SUM(ActivityReportDay.fraction).coerce(False)
        )
        .where(ActivityReportDay.report.in_(ids))
        .group_by(ActivityReportDay.report)
        .tuples()
    )
    numbers = dict(
        Invoice.select(Invoice.id, Invoice.number)
        .where(Invoice.id.in_([r.invoice_id for r in reports if r.invoice_id]))
        .tuples()
    )
    return [
        ReportRow(
            r.id,
            r.month,
            r.status,
            Decimal(int(totals.get(r.id) or 0)).scaleb(-1),  # stored in tenths of a day
            r.validated_on,
            r.invoice_id,
            numbers.get(r.invoice_id) or "",
        )
        for r in reports
    ]


def report_for(contract_id: int, year: int, month: int) -> int | None:
    """The id of the contract's report of that month, None when there is none yet."""
    report = ActivityReport.get_or_none(
        (ActivityReport.contract == contract_id) & (ActivityReport.month == dt.date(year, month, 1))
    )
    return None if report is None else report.id


@dataclass(frozen=True)
class ContractHeader:
    """What a report shows of its contract."""

    id: int
    reference: str
    title: str
    company_id: int
    company: str
    daily_rate: Decimal | None
    start_date: dt.date | None
    end_date: dt.date | None


def contract_header(contract_id: int) -> ContractHeader:
    contract = Contract.get_by_id(contract_id)
    return ContractHeader(
        contract.id,
        contract.reference,
        contract.title,
        contract.company_id,
        Company.get_by_id(contract.company_id).name,
        contract.daily_rate,
        contract.start_date,
        contract.end_date,
    )


def report_state(report_id: int) -> ActivityReport:
    """The stored report (status, month, daily rate, validation date, invoice)."""
    return ActivityReport.get_by_id(report_id)


@dataclass(frozen=True)
class ReportContent:
    days: list[WorkedDay]
    extras: list[ExtraLine]
    comment: str = ""


def save_report(contract_id: int, year: int, month: int, content: ReportContent) -> int:
    """Create or overwrite the draft report of a contract's month; returns its id."""
    days = check_days(year, month, content.days)
    first = dt.date(year, month, 1)
    with write_transaction():
        contract = Contract.get_by_id(contract_id)
        report = ActivityReport.get_or_none(
            (ActivityReport.contract == contract_id) & (ActivityReport.month == first)
        )
        if report is not None and report.status != "draft":
            raise invoicing_error(
                QT_TRANSLATE_NOOP(
                    "Invoicing", "This activity report is validated: it can no longer change."
                )
            )
        if report is None:
            report_id = ActivityReport.insert(
                contract=contract_id,
                month=first,
                daily_rate=contract.daily_rate,
                comment=content.comment.strip(),
            ).execute()
        else:
            report_id = report.id
            ActivityReport.update(comment=content.comment.strip()).where(
                ActivityReport.id == report_id
            ).execute()
            ActivityReportDay.delete().where(ActivityReportDay.report == report_id).execute()
            ActivityReportExtra.delete().where(ActivityReportExtra.report == report_id).execute()
        if days:
            ActivityReportDay.insert_many(
                [
                    {"report": report_id, "day": d.day, "fraction": d.fraction, "note": d.note}
                    for d in days
                ]
            ).execute()
        if content.extras:
            ActivityReportExtra.insert_many(
                [
                    {
                        "report": report_id,
                        "kind": str(e.kind),
                        "description": e.description,
                        "quantity": e.quantity,
                        "unit_price": e.unit_price,
                    }
                    for e in content.extras
                ]
            ).execute()
        audit.record(
            "activity_report", report_id, "saved", days=days_total(days), extras=len(content.extras)
        )
    return report_id


def report_content(report_id: int) -> ReportContent:
    report = ActivityReport.get_by_id(report_id)
    days = [
        WorkedDay(d.day, d.fraction, d.note)
        for d in ActivityReportDay.select()
        .where(ActivityReportDay.report == report_id)
        .order_by(ActivityReportDay.day)
    ]
    extras = [
        ExtraLine(ExtraKind(e.kind), e.description, e.quantity, e.unit_price)
        for e in ActivityReportExtra.select()
        .where(ActivityReportExtra.report == report_id)
        .order_by(ActivityReportExtra.id)
    ]
    return ReportContent(days, extras, report.comment)


def validate_report(report_id: int, on: dt.date | None = None) -> None:
    """The client approved the month: the report is frozen and can be invoiced."""
    with write_transaction():
        report = ActivityReport.get_by_id(report_id)
        if report.status != "draft":
            return
        if not report_content(report_id).days and not report_content(report_id).extras:
            raise invoicing_error(
                QT_TRANSLATE_NOOP("Invoicing", "Tick the days worked before validating the report.")
            )
        ActivityReport.update(status="validated", validated_on=on or dt.date.today()).where(
            ActivityReport.id == report_id
        ).execute()
        audit.record("activity_report", report_id, "validated")


def invoice_from_report(
    report_id: int, vat_rate: Decimal = Decimal("20"), vat_regime: VatRegime = VatRegime.STANDARD
) -> int:
    """The invoice draft of a validated report (days x daily rate, extras); its id."""
    report = ActivityReport.get_by_id(report_id)
    if report.status != "validated":
        raise invoicing_error(
            QT_TRANSLATE_NOOP(
                "Invoicing", "Validate the activity report before invoicing it (once only)."
            )
        )
    contract = Contract.get_by_id(report.contract_id)
    rate = report.daily_rate or contract.daily_rate
    if not rate:
        raise invoicing_error(
            QT_TRANSLATE_NOOP(
                "Invoicing", "The contract {reference} has no daily rate to invoice the days at."
            ),
            reference=contract.reference,
        )
    content = report_content(report_id)
    month = report.month
    lines = [
        LineDraft(
            line.description,
            line.quantity,
            line.unit_price,
            vat_rate,
            "service" if line.unit == "DAY" else ("overtime" if line.unit == "HUR" else "on_call"),
            line.unit,
        )
        for line in invoice_lines(
            contract.title, month.year, month.month, content.days, rate, content.extras
        )
    ]
    last = month.replace(day=28) + dt.timedelta(days=4)
    draft = InvoiceDraft(
        company_id=contract.company_id,
        invoice_type=InvoiceType.STANDARD,
        contract_id=contract.id,
        service_start=month,
        service_end=last - dt.timedelta(days=last.day),
        vat_regime=vat_regime,
    )
    with write_transaction():
        invoice_id = create_draft(draft, lines)
        ActivityReport.update(status="invoiced", invoice=invoice_id).where(
            ActivityReport.id == report_id
        ).execute()
        audit.record("activity_report", report_id, "invoiced", invoice=invoice_id)
    return invoice_id
