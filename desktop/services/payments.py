"""Payments received on issued invoices, full or partial; the invoice's status follows.

A payment is dated and has a method (transfer, cheque, card, cash, direct debit). More
than the balance is refused (field ``amount``); a payment recorded by mistake can be
deleted, and the audit log keeps both.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_errors import invoicing_error, refuse
from desktop.domain.money import round_cent
from desktop.domain.vocabulary import InvoiceKind, InvoiceStatus
from desktop.services import audit
from desktop.services.invoices import amount_due, refresh_status
from desktop.store.models import Invoice, Payment
from desktop.store.transactions import write_transaction

METHODS = ("transfer", "cheque", "card", "cash", "direct_debit")


def record_payment(
    invoice_id: int,
    amount: Decimal,
    paid_on: dt.date,
    method: str = "transfer",
    reference: str = "",
    today: dt.date | None = None,
) -> int:
    """Record a payment; returns its id. The invoice's status is derived again."""
    today = today or dt.date.today()
    amount = round_cent(amount)
    if amount <= 0:
        raise refuse("amount", QT_TRANSLATE_NOOP("Invoicing", "a payment is above zero"))
    if paid_on > today:
        raise refuse("paid_on", QT_TRANSLATE_NOOP("Invoicing", "a payment cannot be in the future"))
    if method not in METHODS:
        raise refuse(
            "amount",
            QT_TRANSLATE_NOOP("Invoicing", "unknown payment method {method}"),
            method=method,
        )
    with write_transaction():
        invoice = Invoice.get_by_id(invoice_id)
        if invoice.issued_at is None or invoice.kind != InvoiceKind.INVOICE:
            raise invoicing_error(
                QT_TRANSLATE_NOOP("Invoicing", "Payments are recorded on issued invoices only.")
            )
        if invoice.status == InvoiceStatus.CANCELLED:
            raise invoicing_error(
                QT_TRANSLATE_NOOP("Invoicing", "Invoice {number} was cancelled by a credit note."),
                number=invoice.number,
            )
        owed = amount_due(invoice)
        if amount > owed:
            raise refuse(
                "amount",
                QT_TRANSLATE_NOOP(
                    "Invoicing", "{amount} is more than the {owed} still owed on {number}"
                ),
                amount=f"{amount}",
                owed=f"{owed}",
                number=invoice.number,
            )
        payment_id = Payment.insert(
            invoice=invoice_id,
            paid_on=paid_on,
            amount=amount,
            method=method,
            reference=reference.strip(),
        ).execute()
        Invoice.update(amount_paid=invoice.amount_paid + amount).where(
            Invoice.id == invoice_id
        ).execute()
        status = refresh_status(invoice_id)
        audit.record(
            "invoice",
            invoice_id,
            "paid",
            payment=payment_id,
            amount=amount,
            on=paid_on,
            method=method,
            status=status,
        )
    return payment_id


def delete_payment(payment_id: int) -> None:
    """Remove a payment recorded by mistake (the audit log keeps it)."""
    with write_transaction():
        payment = Payment.get_by_id(payment_id)
        invoice = Invoice.get_by_id(payment.invoice_id)
        Payment.delete().where(Payment.id == payment_id).execute()
        Invoice.update(amount_paid=invoice.amount_paid - payment.amount).where(
            Invoice.id == invoice.id
        ).execute()
        status = refresh_status(invoice.id)
        audit.record(
            "invoice",
            invoice.id,
            "payment_deleted",
            payment=payment_id,
            amount=payment.amount,
            on=payment.paid_on,
            status=status,
        )
