"""Supplier invoices (agency mode): a talent bills the agency for a subcontracted mission.

Each is linked to the contract (and the activity report) it bills; its payment is
tracked; a mission's real margin is what was invoiced to the client minus what the
talents invoiced, both excluding VAT, over the mission's contracts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import IntegrityError, fn

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_errors import invoicing_error, refuse
from desktop.domain.money import ZERO, from_cents, round_cent
from desktop.domain.vocabulary import InvoiceStatus
from desktop.services import audit
from desktop.store.models import Contract, Invoice, SupplierInvoice
from desktop.store.transactions import write_transaction


@dataclass(frozen=True)
class SupplierInvoiceDraft:
    contract_id: int
    supplier_name: str
    number: str
    issue_date: dt.date
    total_excl_tax: Decimal
    total_tax: Decimal = Decimal("0")
    due_date: dt.date | None = None
    talent_id: int | None = None
    activity_report_id: int | None = None
    attachment_id: int | None = None
    notes: str = ""


def record_supplier_invoice(draft: SupplierInvoiceDraft) -> int:
    """Store a talent's invoice; the same supplier's number twice is refused."""
    if round_cent(draft.total_excl_tax) <= 0:
        raise refuse("amount", QT_TRANSLATE_NOOP("Invoicing", "the amount must be above zero"))
    if not draft.number.strip():
        raise refuse(
            "description", QT_TRANSLATE_NOOP("Invoicing", "the supplier invoice needs its number")
        )
    total = round_cent(draft.total_excl_tax) + round_cent(draft.total_tax)
    with write_transaction():
        Contract.get_by_id(draft.contract_id)
        try:
            invoice_id = SupplierInvoice.insert(
                contract=draft.contract_id,
                talent=draft.talent_id,
                activity_report=draft.activity_report_id,
                supplier_name=draft.supplier_name.strip(),
                number=draft.number.strip(),
                issue_date=draft.issue_date,
                due_date=draft.due_date,
                total_excl_tax=draft.total_excl_tax,
                total_tax=draft.total_tax,
                total_incl_tax=total,
                attachment=draft.attachment_id,
                notes=draft.notes.strip(),
            ).execute()
        except IntegrityError:
            raise invoicing_error(
                QT_TRANSLATE_NOOP(
                    "Invoicing", "Invoice {number} of {supplier} is already recorded."
                ),
                number=draft.number,
                supplier=draft.supplier_name,
            ) from None
        audit.record("supplier_invoice", invoice_id, "created", total=total)
    return invoice_id


def pay_supplier_invoice(invoice_id: int, amount: Decimal, on: dt.date) -> None:
    with write_transaction():
        invoice = SupplierInvoice.get_by_id(invoice_id)
        paid = invoice.amount_paid + round_cent(amount)
        if paid > invoice.total_incl_tax or amount <= 0:
            raise refuse(
                "amount",
                QT_TRANSLATE_NOOP(
                    "Invoicing", "{amount} is more than the {owed} still owed on {number}"
                ),
                amount=f"{amount}",
                owed=f"{invoice.total_incl_tax - invoice.amount_paid}",
                number=invoice.number,
            )
        SupplierInvoice.update(amount_paid=paid, paid_on=on).where(
            SupplierInvoice.id == invoice_id
        ).execute()
        audit.record("supplier_invoice", invoice_id, "paid", amount=amount, on=on)


@dataclass(frozen=True)
class MissionMargin:
    invoiced: Decimal  # to the client, excl. VAT, credit notes deducted
    bought: Decimal  # invoiced by the talents, excl. VAT
    margin: Decimal

    @property
    def percent(self) -> Decimal | None:
        if not self.invoiced:
            return None
        return round_cent(self.margin * 100 / self.invoiced)


def mission_margin(mission_id: int) -> MissionMargin:
    """The real margin of a mission from the invoices on both sides."""
    contracts = Contract.select(Contract.id).where(Contract.mission == mission_id)
    sold = (
        Invoice.select(fn.COALESCE(fn.SUM(Invoice.total_excl_tax), 0))
        .where(
            Invoice.contract.in_(contracts)
            & (Invoice.status != InvoiceStatus.DRAFT)
            & (Invoice.invoice_type != "penalty")
        )
        .scalar()
    )
    bought = (
        SupplierInvoice.select(fn.COALESCE(fn.SUM(SupplierInvoice.total_excl_tax), 0))
        .where(SupplierInvoice.contract.in_(contracts))
        .scalar()
    )
    sold, bought = from_cents(sold), from_cents(bought)
    return MissionMargin(sold, bought, sold - bought if sold or bought else ZERO)
