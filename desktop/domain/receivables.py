"""What is owed: an invoice's derived status, receivables ageing, the dunning schedule.

An issued invoice's status follows from facts, never from a user's click: payments,
credit notes and whether it was sent. "Overdue" depends on the day, so it is derived
when shown, never stored (desktop.domain.vocabulary.DerivedStatus).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.money import ZERO
from desktop.domain.vocabulary import InvoiceStatus

# Statuses of an issued document that still expects money.
OPEN_STATUSES = (InvoiceStatus.ISSUED, InvoiceStatus.SENT, InvoiceStatus.PARTIALLY_PAID)


def derive_status(
    issued: bool, sent: bool, total: Decimal, paid: Decimal, credited: Decimal
) -> InvoiceStatus:
    """The stored status of an invoice from its facts (amounts incl. VAT, credited >= 0).

    Fully credited: cancelled (by credit note). Balance settled by payments: paid.
    Some payment: partially paid. Otherwise sent, or issued.
    """
    if not issued:
        return InvoiceStatus.DRAFT
    if total > 0 and credited >= total:
        return InvoiceStatus.CANCELLED
    due = total - credited
    if paid > 0 and paid >= due:
        return InvoiceStatus.PAID
    if paid > 0:
        return InvoiceStatus.PARTIALLY_PAID
    return InvoiceStatus.SENT if sent else InvoiceStatus.ISSUED


def balance(total: Decimal, paid: Decimal, credited: Decimal) -> Decimal:
    """What the client still owes on an invoice (never negative)."""
    return max(ZERO, total - paid - credited)


# Ageing buckets by days past the due date (upper bound inclusive; None: no bound).
AGEING_BUCKETS: tuple[tuple[str, int | None, int | None], ...] = (
    ("not_due", None, 0),
    ("1_30", 1, 30),
    ("31_60", 31, 60),
    ("61_90", 61, 90),
    ("over_90", 91, None),
)
AGEING_LABELS = {
    "not_due": QT_TRANSLATE_NOOP("Receivables", "Not yet due"),
    "1_30": QT_TRANSLATE_NOOP("Receivables", "1-30 days"),
    "31_60": QT_TRANSLATE_NOOP("Receivables", "31-60 days"),
    "61_90": QT_TRANSLATE_NOOP("Receivables", "61-90 days"),
    "over_90": QT_TRANSLATE_NOOP("Receivables", "Over 90 days"),
}


def days_past_due(due: dt.date, today: dt.date) -> int:
    return (today - due).days


def ageing_bucket(days_late: int) -> str:
    """The bucket of an invoice ``days_late`` days past its due date (<= 0: not yet due)."""
    for key, low, high in AGEING_BUCKETS:
        if (low is None or days_late >= low) and (high is None or days_late <= high):
            return key
    raise AssertionError(days_late)  # pragma: no cover - the buckets cover every integer


@dataclass(frozen=True)
class Ageing:
    """Amounts owed per bucket (incl. VAT), and their total."""

    buckets: dict[str, Decimal]

    @property
    def total(self) -> Decimal:
        return sum(self.buckets.values(), ZERO)

    @classmethod
    def empty(cls) -> Ageing:
        return cls({key: ZERO for key, _, _ in AGEING_BUCKETS})


def age(open_items: Iterable[tuple[dt.date, Decimal]], today: dt.date) -> Ageing:
    """Ageing of (due date, balance) pairs."""
    result = Ageing.empty()
    for due, owed in open_items:
        result.buckets[ageing_bucket(days_past_due(due, today))] += owed
    return result


@dataclass(frozen=True)
class DunningStep:
    """A reminder sent ``days`` days after the due date."""

    days: int
    level: str  # friendly, second, formal_notice


DEFAULT_SCHEDULE: tuple[DunningStep, ...] = (
    DunningStep(1, "friendly"),
    DunningStep(15, "second"),
    DunningStep(30, "formal_notice"),
)
LEVEL_LABELS = {
    "friendly": QT_TRANSLATE_NOOP("Receivables", "Friendly reminder"),
    "second": QT_TRANSLATE_NOOP("Receivables", "Second reminder"),
    "formal_notice": QT_TRANSLATE_NOOP("Receivables", "Formal notice"),
}


def schedule_from_setting(rows: Sequence[dict]) -> tuple[DunningStep, ...]:
    """The schedule of the setting ``invoicing.dunning``: ordered by days, unique days."""
    steps = {int(r["days"]): str(r["level"]) for r in rows if int(r["days"]) > 0}
    return tuple(DunningStep(d, lvl) for d, lvl in sorted(steps.items())) or DEFAULT_SCHEDULE


def next_reminder(
    due: dt.date, sent: int, today: dt.date, schedule: Sequence[DunningStep] = DEFAULT_SCHEDULE
) -> tuple[int, DunningStep] | None:
    """The reminder due today for an unpaid invoice that had ``sent`` reminders already.

    Returns (step index, step) when its day has come, None otherwise (or all were sent).
    Only the next step is proposed: a client never gets the formal notice before the
    friendly reminder, however late the app was opened.
    """
    if sent >= len(schedule):
        return None
    step = schedule[sent]
    if days_past_due(due, today) >= step.days:
        return sent, step
    return None
