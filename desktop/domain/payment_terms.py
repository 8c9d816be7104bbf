"""Payment terms: the due date printed on an invoice and the legal ceilings.

Code de commerce art. L441-10, I (version of ordonnance 2019-359, checked on Légifrance):

- with nothing agreed, payment is due 30 days after the service was performed;
- the agreed term may not exceed 60 days after the invoice's issue date;
- by way of exception, 45 days end of month after the issue date, if the contract says so
  expressly; the DGCCRF accepts both ways of counting it (end of the issue month + 45
  days, or issue date + 45 days then the end of that month): both are offered here;
- a periodic invoice (CGI art. 289, I-3: one invoice for a month's services) may not be
  due more than 45 days after its issue date.

A term beyond these is refused with the field named: ``payment_term_days``.
Art. L441-9 requires the due date itself on the invoice, and the conditions of the
early-payment discount or a mention that there is none (:func:`discount_mention`).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from desktop.domain.errors import Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_errors import refuse

MAX_DAYS = 60  # L441-10, I, 2nd paragraph
MAX_DAYS_END_OF_MONTH = 45  # L441-10, I, 3rd paragraph
MAX_DAYS_PERIODIC = 45  # L441-10, I, 4th paragraph
DEFAULT_DAYS = 30  # L441-10, I, 1st paragraph (nothing agreed)


class TermMethod(StrEnum):
    ON_RECEIPT = "on_receipt"  # « à réception »: due on the issue date
    DAYS = "days"  # « N jours »: issue date + N days
    DAYS_END_OF_MONTH = "days_end_of_month"  # « N jours fin de mois »: + N days, month end
    END_OF_MONTH_DAYS = "end_of_month_days"  # « fin de mois + N jours »: month end + N days


TERM_LABELS = {
    TermMethod.ON_RECEIPT: QT_TRANSLATE_NOOP("PaymentTerms", "On receipt"),
    TermMethod.DAYS: QT_TRANSLATE_NOOP("PaymentTerms", "{days} days"),
    TermMethod.DAYS_END_OF_MONTH: QT_TRANSLATE_NOOP("PaymentTerms", "{days} days end of month"),
    TermMethod.END_OF_MONTH_DAYS: QT_TRANSLATE_NOOP("PaymentTerms", "End of month + {days} days"),
}

# What the invoice prints, in French (the invoice is a French legal document).
TERM_TEXTS_FR = {
    TermMethod.ON_RECEIPT: "Paiement à réception de facture",
    TermMethod.DAYS: "Paiement à {days} jours",
    TermMethod.DAYS_END_OF_MONTH: "Paiement à {days} jours fin de mois",
    TermMethod.END_OF_MONTH_DAYS: "Paiement à fin de mois + {days} jours",
}


@dataclass(frozen=True)
class PaymentTerm:
    method: TermMethod
    days: int = 0

    def text_fr(self) -> str:
        return TERM_TEXTS_FR[self.method].format(days=self.days)

    def label(self) -> Message:
        return Message("PaymentTerms", TERM_LABELS[self.method], {"days": self.days})


def end_of_month(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def due_date(issue: dt.date, term: PaymentTerm) -> dt.date:
    """The date the invoice must be paid by (printed as a date, L441-9)."""
    days = dt.timedelta(days=term.days)
    match term.method:
        case TermMethod.ON_RECEIPT:
            return issue
        case TermMethod.DAYS:
            return issue + days
        case TermMethod.DAYS_END_OF_MONTH:
            return end_of_month(issue + days)
        case TermMethod.END_OF_MONTH_DAYS:
            return end_of_month(issue) + days
    raise ValueError(term.method)  # pragma: no cover - exhaustive


TOO_LONG = QT_TRANSLATE_NOOP(
    "Invoicing",
    "{days} days is beyond the legal maximum of {limit} days for this kind of term "
    "(Code de commerce art. L441-10)",
)
TOO_LONG_PERIODIC = QT_TRANSLATE_NOOP(
    "Invoicing",
    "a periodic invoice must be due within 45 days of its issue date; this term gives "
    "{days} days (Code de commerce art. L441-10)",
)
NEGATIVE_DAYS = QT_TRANSLATE_NOOP("Invoicing", "the number of days cannot be negative")


def check_term(term: PaymentTerm, issue: dt.date | None = None, periodic: bool = False) -> None:
    """Refuse a term the law does not allow (raises :class:`ValidationError`).

    ``issue`` lets the periodic-invoice ceiling be checked on the real due date.
    """
    if term.days < 0:
        raise refuse("payment_term_days", NEGATIVE_DAYS)
    limit = {
        TermMethod.ON_RECEIPT: None,
        TermMethod.DAYS: MAX_DAYS,
        TermMethod.DAYS_END_OF_MONTH: MAX_DAYS_END_OF_MONTH,
        TermMethod.END_OF_MONTH_DAYS: MAX_DAYS_END_OF_MONTH,
    }[term.method]
    if limit is not None and term.days > limit:
        raise refuse("payment_term_days", TOO_LONG, days=term.days, limit=limit)
    if periodic and issue is not None:
        span = (due_date(issue, term) - issue).days
        if span > MAX_DAYS_PERIODIC:
            raise refuse("payment_term_days", TOO_LONG_PERIODIC, days=span)


def discount_mention(rate: Decimal | None, days: int = 0) -> str:
    """The early-payment discount line an invoice must carry (L441-9), in French."""
    if rate is None or Decimal(rate) == 0:
        return "Pas d'escompte pour paiement anticipé"
    text = f"{Decimal(rate).normalize():f}".replace(".", ",")
    if days:
        return f"Escompte de {text} % pour paiement sous {days} jours"
    return f"Escompte de {text} % pour paiement anticipé"
