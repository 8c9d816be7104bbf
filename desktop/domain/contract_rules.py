"""A contract's life: which status may follow which, and when a notice ends.

Lifecycle (ARCHITECTURE.md §1.5): draft -> sent -> signed -> active -> ended, with
"terminated" for a contract stopped before its term (from sent, signed or active).
Ended and terminated are final.

Notice (Code civil art. 1211): a contract with no fixed term may be ended by either
party at any time, with the notice the contract states or, failing that, a
*reasonable* one. For an established business relationship Code de commerce
L442-1 II makes too short a notice a fault and caps what can be asked at 18
months; the usual reading is about one month per year of relationship, which is
what :func:`reasonable_notice` proposes (the user may change it).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.vocabulary import ContractStatus, label_message

S = ContractStatus
TRANSITIONS: dict[str, tuple[str, ...]] = {
    S.DRAFT: (S.SENT,),
    S.SENT: (S.SIGNED, S.TERMINATED),
    S.SIGNED: (S.ACTIVE, S.TERMINATED),
    S.ACTIVE: (S.ENDED, S.TERMINATED),
    S.ENDED: (),
    S.TERMINATED: (),
}
# Once sent, the text is the other party's too: changes keep the previous version.
VERSIONED = (S.SENT, S.SIGNED, S.ACTIVE)
EDITABLE = (S.DRAFT, S.SENT, S.SIGNED, S.ACTIVE)
SIGNED_COPY_DAYS = 7  # a signed copy still missing this long after sending: a reminder
MAX_REASONABLE_MONTHS = 18  # Code de commerce L442-1 II


def check_transition(current: str, new: str) -> None:
    """Raise :class:`DomainError` saying why ``current`` cannot become ``new``."""
    if new in TRANSITIONS.get(current, ()):
        return
    allowed = TRANSITIONS.get(current, ())
    if not allowed:
        template = QT_TRANSLATE_NOOP(
            "Contracts", "This contract is {current}: it cannot change any more."
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Contracts",
            "A contract that is {current} cannot become {new}; it can become: {allowed}.",
        )
    raise DomainError(
        Message(
            "Contracts",
            template,
            {
                "current": label_message(ContractStatus(current)),
                "new": label_message(ContractStatus(new)),
                "allowed": [label_message(ContractStatus(a)) for a in allowed],
            },
        )
    )


@dataclass(frozen=True)
class Notice:
    """A notice period: ``amount`` days or months, optionally running to a month's end."""

    amount: int
    unit: str = "day"  # "day" or "month"
    end_of_month: bool = False

    def __post_init__(self) -> None:
        if self.unit not in ("day", "month") or self.amount < 0:
            raise ValueError(f"bad notice {self.amount} {self.unit}")


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day ``months`` later, clamped to the month's last day (31 Jan + 1 = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def end_of_month(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def notice_end(given_on: dt.date, notice: Notice) -> dt.date:
    """The last day of the contract when notice is given on ``given_on``.

    15 days given on 22 Nov -> 7 Dec; one month on 31 Jan -> 28 Feb; one month end of
    month on 22 Nov -> 31 Dec.
    """
    if notice.unit == "day":
        end = given_on + dt.timedelta(days=notice.amount)
    else:
        end = add_months(given_on, notice.amount)
    return end_of_month(end) if notice.end_of_month else end


def reasonable_notice(started_on: dt.date | None, given_on: dt.date) -> Notice:
    """The notice proposed when the contract states none (Code civil 1211, C. com. L442-1 II).

    Under six months of relationship: 15 days; then one month per started year, at most 18.
    """
    if started_on is None or (given_on - started_on).days < 183:
        return Notice(15, "day")
    years = (given_on - started_on).days // 365 + 1
    return Notice(min(years, MAX_REASONABLE_MONTHS), "month")


@dataclass(frozen=True)
class EndingDates:
    notice: Notice
    notice_from_contract: bool  # False: proposed by reasonable_notice
    notice_ends_on: dt.date
    end_date: dt.date  # the earlier of the notice's end and the contract's own end date
    early: bool  # ends before its term (or it had none): "terminated", else "ended"


def ending_dates(
    given_on: dt.date,
    contract_notice: Notice | None,
    started_on: dt.date | None,
    term: dt.date | None,
) -> EndingDates:
    """When the contract ends if notice is given on ``given_on``.

    A fixed-term contract whose term comes before the notice ends simply ends at its
    term (Code civil 1212: it runs to its term).
    """
    from_contract = contract_notice is not None
    notice = contract_notice or reasonable_notice(started_on, given_on)
    ends = notice_end(given_on, notice)
    if term is not None and term <= ends:
        return EndingDates(notice, from_contract, ends, term, False)
    return EndingDates(notice, from_contract, ends, ends, True)


def next_milestone(
    milestones: list[tuple[str, dt.date | None]], after: dt.date
) -> tuple[str, dt.date] | None:
    """The first milestone due after ``after``: a better moment to announce an ending."""
    upcoming = sorted((d, n) for n, d in milestones if d is not None and d >= after)
    return (upcoming[0][1], upcoming[0][0]) if upcoming else None
