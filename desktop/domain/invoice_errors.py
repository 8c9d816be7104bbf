"""Field names and messages shared by the invoicing rules, so that a refusal names its field."""

from __future__ import annotations

from desktop.domain.errors import DomainError, FieldError, Message, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

INVOICE_FIELD_LABELS: dict[str, str] = {
    "payment_term_days": QT_TRANSLATE_NOOP("Field", "Payment term"),
    "issue_date": QT_TRANSLATE_NOOP("Field", "Issue date"),
    "lines": QT_TRANSLATE_NOOP("Field", "Invoice lines"),
    "vat_rate": QT_TRANSLATE_NOOP("Field", "VAT rate"),
    "quantity": QT_TRANSLATE_NOOP("Field", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("Field", "Unit price"),
    "description": QT_TRANSLATE_NOOP("Field", "Description"),
    "pattern": QT_TRANSLATE_NOOP("Field", "Numbering pattern"),
    "late_penalty_rate": QT_TRANSLATE_NOOP("Field", "Late-payment rate"),
    "amount": QT_TRANSLATE_NOOP("Field", "Amount"),
    "paid_on": QT_TRANSLATE_NOOP("Field", "Payment date"),
    "client_vat_number": QT_TRANSLATE_NOOP("Field", "Client VAT number"),
    "siren": QT_TRANSLATE_NOOP("Field", "Client SIREN"),
    "days": QT_TRANSLATE_NOOP("Field", "Days worked"),
    "discount_rate": QT_TRANSLATE_NOOP("Field", "Early-payment discount"),
}


def invoice_field_error(name: str, template: str, /, **params: object) -> FieldError:
    """One invalid field of an invoice (template in context "Invoicing")."""
    return FieldError(
        name, INVOICE_FIELD_LABELS.get(name, name), Message("Invoicing", template, params)
    )


def refuse(name: str, template: str, /, **params: object) -> ValidationError:
    return ValidationError([invoice_field_error(name, template, **params)])


def invoicing_error(template: str, /, **params: object) -> DomainError:
    """A rule broken by the whole document rather than one field."""
    return DomainError(Message("Invoicing", template, params))
