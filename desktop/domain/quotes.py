"""Quotes ("devis"): lines, totals, deposit, and which status may follow which.

Each line is rounded half-up to the cent, then totals are summed (the invoicing
rule, ARCHITECTURE.md §2). VAT is grouped by rate; a VAT-exempt micro-entrepreneur
quotes at 0 % with the art. 293 B mention. A quote is numbered only when it is
sent (``DE-2026-00001``), in the same IMMEDIATE transaction as its status change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.errors import DomainError, FieldError, Message, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.vocabulary import QuoteLineKind, QuoteStatus, label_message

CENT = Decimal("0.01")
DEFAULT_VAT = Decimal(20)
Q = QuoteStatus
TRANSITIONS: dict[str, tuple[str, ...]] = {
    Q.DRAFT: (Q.SENT,),
    Q.SENT: (Q.ACCEPTED, Q.REFUSED, Q.EXPIRED),
    Q.ACCEPTED: (),
    Q.REFUSED: (),
    Q.EXPIRED: (),
}


@dataclass(frozen=True)
class QuoteLineDraft:
    kind: str
    description: str
    quantity: Decimal
    unit_price: Decimal
    vat_rate: Decimal = DEFAULT_VAT

    @property
    def total(self) -> Decimal:
        return (self.quantity * self.unit_price).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class QuoteTotals:
    excl_tax: Decimal
    vat_by_rate: dict[Decimal, Decimal]
    vat: Decimal
    incl_tax: Decimal
    deposit: Decimal


@dataclass(frozen=True)
class QuoteDraft:
    title: str
    valid_until: dt.date | None
    deposit_percent: Decimal = Decimal(0)
    language: str = "fr"
    notes: str = ""
    lines: list[QuoteLineDraft] = field(default_factory=list)


def totals(lines: list[QuoteLineDraft], deposit_percent: Decimal = Decimal(0)) -> QuoteTotals:
    excl = sum((line.total for line in lines), Decimal(0)).quantize(CENT)
    by_rate: dict[Decimal, Decimal] = {}
    for line in lines:
        by_rate[line.vat_rate] = by_rate.get(line.vat_rate, Decimal(0)) + line.total
    vat_by_rate = {
        rate: (base * rate / 100).quantize(CENT, rounding=ROUND_HALF_UP)
        for rate, base in sorted(by_rate.items())
    }
    vat = sum(vat_by_rate.values(), Decimal(0)).quantize(CENT)
    incl = excl + vat
    deposit = (incl * deposit_percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    return QuoteTotals(excl, vat_by_rate, vat, incl, deposit)


LINE_LABELS = {
    "title": QT_TRANSLATE_NOOP("Field", "Title"),
    "lines": QT_TRANSLATE_NOOP("Field", "Lines"),
    "valid_until": QT_TRANSLATE_NOOP("Field", "Valid until"),
    "deposit_percent": QT_TRANSLATE_NOOP("Field", "Deposit (%)"),
}


def _field(name: str, template: str) -> FieldError:
    return FieldError(name, LINE_LABELS[name], Message("Validation", template))


def validate_quote(draft: QuoteDraft, today: dt.date) -> QuoteDraft:
    """Every bad field at once: a title, at least one line, sane amounts and dates."""
    errors = []
    if not draft.title.strip():
        errors.append(_field("title", QT_TRANSLATE_NOOP("Validation", "required")))
    if not draft.lines:
        errors.append(_field("lines", QT_TRANSLATE_NOOP("Validation", "add at least one line")))
    for line in draft.lines:
        if line.kind not in set(QuoteLineKind):
            raise ValueError(f"unknown line kind {line.kind!r}")
        if not line.description.strip() or line.quantity <= 0 or line.unit_price < 0:
            errors.append(
                _field(
                    "lines",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "each line needs a description, a quantity above 0 and a price of 0 "
                        "or more",
                    ),
                )
            )
            break
    if not Decimal(0) <= draft.deposit_percent <= 100:
        errors.append(_field("deposit_percent", QT_TRANSLATE_NOOP("Validation", "0 to 100 %")))
    if draft.valid_until is not None and draft.valid_until < today:
        errors.append(
            _field("valid_until", QT_TRANSLATE_NOOP("Validation", "must not be in the past"))
        )
    if errors:
        raise ValidationError(errors)
    return draft


def check_transition(current: str, new: str) -> None:
    if new in TRANSITIONS.get(current, ()):
        return
    raise DomainError(
        Message(
            "Quotes",
            QT_TRANSLATE_NOOP("Quotes", "A quote that is {current} cannot become {new}."),
            {
                "current": label_message(QuoteStatus(current)),
                "new": label_message(QuoteStatus(new)),
            },
        )
    )
