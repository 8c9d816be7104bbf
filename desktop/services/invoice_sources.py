"""Where an invoice's lines come from, and saving a draft with the reports it bills.

The invoice editor offers, for its client: the contracts (their daily rate), the
validated activity reports not yet invoiced, the mission's milestones (phases with their
deadline), the issued deposit invoices not yet deducted, and the defaults of a new
invoice (VAT regime from My company and the client, the payment term of the settings).
:func:`save_draft` writes the draft and marks the reports it bills as invoiced in the
same transaction, so that a report is never billed twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.activity_reports import invoice_lines
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_errors import invoicing_error
from desktop.domain.vat import VatRegime, regime_for
from desktop.domain.vocabulary import InvoiceKind, InvoiceType
from desktop.services import audit
from desktop.services.activity_reports import report_content
from desktop.services.invoices import InvoiceDraft, LineDraft, create_draft, update_draft
from desktop.services.seller import seller
from desktop.store.models import (
    ActivityReport,
    Company,
    Contract,
    Invoice,
    InvoiceLine,
    MissionPhase,
)
from desktop.store.transactions import write_transaction


@dataclass(frozen=True)
class ContractChoice:
    id: int
    reference: str
    title: str
    daily_rate: Decimal | None
    status: str


def contracts_of(company_id: int) -> list[ContractChoice]:
    """The client's contracts, latest first."""
    rows = (
        Contract.select()
        .where(Contract.company == company_id)
        .order_by(Contract.start_date.desc(nulls="LAST"), Contract.id.desc())
    )
    return [ContractChoice(c.id, c.reference, c.title, c.daily_rate, c.status) for c in rows]


@dataclass(frozen=True)
class ClientFacts:
    """What a new invoice to this client defaults to."""

    name: str
    country: str
    vat_number: str
    siren: str
    regime: VatRegime
    seller_vat_number: str
    seller_franchise: bool


def client_facts(company_id: int) -> ClientFacts:
    company = Company.get_by_id(company_id)
    me = seller()
    country = (company.country or "FR").upper()
    return ClientFacts(
        company.name,
        country,
        company.vat_number or "",
        company.siren or "",
        regime_for(me.vat_franchise, country, company.vat_number),
        me.vat_number,
        me.vat_franchise,
    )


@dataclass(frozen=True)
class ReportChoice:
    id: int
    contract_id: int
    contract: str  # reference and title
    month: dt.date


def reports_to_bill(company_id: int, contract_id: int | None = None) -> list[ReportChoice]:
    """Validated reports of the client's contracts that no invoice bills yet."""
    query = (
        ActivityReport.select(ActivityReport, Contract.reference, Contract.title)
        .join(Contract)
        .where((Contract.company == company_id) & (ActivityReport.status == "validated"))
        .order_by(ActivityReport.month, Contract.reference)
    )
    if contract_id is not None:
        query = query.where(ActivityReport.contract == contract_id)
    return [
        ReportChoice(r.id, r.contract_id, f"{r.contract.reference} – {r.contract.title}", r.month)
        for r in query
    ]


def report_lines(report_id: int, vat_rate: Decimal = Decimal("20")) -> list[LineDraft]:
    """The lines a validated report bills: days x daily rate, on-call, overtime."""
    report = ActivityReport.get_by_id(report_id)
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
    kinds = {"DAY": "service", "HUR": "overtime"}
    return [
        LineDraft(
            line.description,
            line.quantity,
            line.unit_price,
            vat_rate,
            kinds.get(line.unit, "on_call"),
            line.unit,
        )
        for line in invoice_lines(
            contract.title,
            report.month.year,
            report.month.month,
            content.days,
            rate,
            content.extras,
        )
    ]


@dataclass(frozen=True)
class Milestone:
    name: str
    due_on: dt.date | None


def milestones_of(contract_id: int) -> list[Milestone]:
    """The phases of the contract's mission, with their deadline: what milestones bill."""
    contract = Contract.get_by_id(contract_id)
    if not contract.mission_id:
        return []
    phases = (
        MissionPhase.select()
        .where(MissionPhase.mission == contract.mission_id)
        .order_by(MissionPhase.position, MissionPhase.id)
    )
    return [Milestone(p.name, p.due_on) for p in phases]


@dataclass(frozen=True)
class DepositChoice:
    id: int
    number: str
    issue_date: dt.date
    total_excl_tax: Decimal
    total_incl_tax: Decimal


def deposits_to_deduct(company_id: int, contract_id: int | None = None) -> list[DepositChoice]:
    """Issued deposit invoices of the client that no invoice deducts yet."""
    deducted = InvoiceLine.select(InvoiceLine.source_invoice).where(
        (InvoiceLine.line_kind == "deposit_deduction") & InvoiceLine.source_invoice.is_null(False)
    )
    query = (
        Invoice.select()
        .where(
            (Invoice.company == company_id)
            & (Invoice.invoice_type == InvoiceType.DEPOSIT)
            & (Invoice.kind == InvoiceKind.INVOICE)
            & Invoice.issued_at.is_null(False)
            & (Invoice.status != "cancelled")
            & Invoice.id.not_in(deducted)
        )
        .order_by(Invoice.issue_date, Invoice.id)
    )
    if contract_id is not None:
        query = query.where(Invoice.contract == contract_id)
    return [
        DepositChoice(i.id, i.number, i.issue_date, i.total_excl_tax, i.total_incl_tax)
        for i in query
    ]


def save_draft(
    draft: InvoiceDraft,
    lines: list[LineDraft],
    invoice_id: int | None = None,
    report_ids: tuple[int, ...] = (),
) -> int:
    """Create (``invoice_id`` None) or overwrite a draft; the reports it bills become
    invoiced by it, all in one transaction. Returns the draft's id."""
    with write_transaction():
        if invoice_id is None:
            invoice_id = create_draft(draft, lines)
        else:
            update_draft(invoice_id, draft, lines)
        for report_id in report_ids:
            report = ActivityReport.get_by_id(report_id)
            if report.status != "validated" and report.invoice_id != invoice_id:
                raise invoicing_error(
                    QT_TRANSLATE_NOOP(
                        "Invoicing",
                        "The activity report of {month} is not validated, or another invoice "
                        "bills it already.",
                    ),
                    month=f"{report.month:%m/%Y}",
                )
            ActivityReport.update(status="invoiced", invoice=invoice_id).where(
                ActivityReport.id == report_id
            ).execute()
            audit.record("activity_report", report_id, "invoiced", invoice=invoice_id)
    return invoice_id
