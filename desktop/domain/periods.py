"""Reporting periods: "the last 12 months", "this year", and their monthly buckets.

Periods are whole months ending today: "the last 3 months" on 22 November is
1 September to 22 November (the current month and the two before it), so
that each bar of a monthly chart covers a calendar month and the first one is
never a stub of a few days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class PeriodChoice(StrEnum):
    LAST_3_MONTHS = "last_3_months"
    LAST_6_MONTHS = "last_6_months"
    LAST_12_MONTHS = "last_12_months"
    THIS_YEAR = "this_year"
    ALL = "all"


_MONTHS = {
    PeriodChoice.LAST_3_MONTHS: 3,
    PeriodChoice.LAST_6_MONTHS: 6,
    PeriodChoice.LAST_12_MONTHS: 12,
}

# Beyond this many months a chart groups by quarter: 24 monthly bars no longer have
# room for their labels at the width of a laptop screen.
MAX_MONTHLY_BUCKETS = 18


@dataclass(frozen=True)
class Period:
    """From ``start`` (None: since the first record) to ``end``, both included."""

    start: dt.date | None
    end: dt.date

    def contains(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and day <= self.end


def first_of_month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after (or before, if negative) ``day``'s."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def period_for(choice: PeriodChoice | str, today: dt.date) -> Period:
    """The dates a period choice covers on ``today``."""
    choice = PeriodChoice(choice)
    if choice in _MONTHS:
        return Period(add_months(today, 1 - _MONTHS[choice]), today)
    if choice == PeriodChoice.THIS_YEAR:
        return Period(dt.date(today.year, 1, 1), today)
    return Period(None, today)


def months_between(first: dt.date, last: dt.date) -> int:
    """How many calendar months ``first`` to ``last`` touch (same month: 1)."""
    return (last.year - first.year) * 12 + last.month - first.month + 1


def bucket_starts(first: dt.date, last: dt.date, quarterly: bool) -> list[dt.date]:
    """The first day of every month (or quarter) from ``first``'s to ``last``'s, empty ones too.

    A chart needs the empty months as well: a month without answers is a fact,
    and skipping it would make the bars lie about time.
    """
    step = 3 if quarterly else 1
    start = first_of_month(first)
    if quarterly:
        start = start.replace(month=(start.month - 1) // 3 * 3 + 1)
    buckets = []
    while start <= last:
        buckets.append(start)
        start = add_months(start, step)
    return buckets
