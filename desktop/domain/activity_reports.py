"""Monthly activity reports (CRA, compte rendu d'activité): the month's calendar and its sums.

The calendar marks weekends and French public holidays, computed by the maintained
``holidays`` package (holidays.France, with the Alsace-Moselle subdivisions 57, 67 and
68 that add Good Friday and 26 December), never by a hand-written table. A day is worked
in full or by half; working on a weekend or a holiday is allowed (it happens, and the
client signs the report) but flagged, so that nobody ticks it by mistake.

On-call duty and overtime are extra lines with their own quantity and unit price.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_errors import refuse
from desktop.domain.money import ZERO

FULL_DAY = Decimal("1")
HALF_DAY = Decimal("0.5")
ALLOWED_FRACTIONS = (HALF_DAY, FULL_DAY)


class ExtraKind(StrEnum):
    ON_CALL = "on_call"  # astreinte
    OVERTIME = "overtime"  # heures supplémentaires


EXTRA_LABELS = {
    ExtraKind.ON_CALL: QT_TRANSLATE_NOOP("ActivityReport", "On-call duty"),
    ExtraKind.OVERTIME: QT_TRANSLATE_NOOP("ActivityReport", "Overtime"),
}
EXTRA_TEXTS_FR = {ExtraKind.ON_CALL: "Astreinte", ExtraKind.OVERTIME: "Heures supplémentaires"}


@dataclass(frozen=True)
class CalendarDay:
    day: dt.date
    weekend: bool
    holiday: str  # the holiday's name, "" on an ordinary day

    @property
    def working(self) -> bool:
        return not self.weekend and not self.holiday


def month_days(
    year: int, month: int, subdivision: str | None = None, language: str = "fr"
) -> list[CalendarDay]:
    """Every day of the month with its weekend and public-holiday flags."""
    import holidays  # a few hundred country modules: only when a calendar is shown

    french = holidays.country_holidays(
        "FR", subdiv=subdivision or None, years=year, language=language
    )
    last = calendar.monthrange(year, month)[1]
    days = [dt.date(year, month, d) for d in range(1, last + 1)]
    return [CalendarDay(d, d.weekday() >= 5, french.get(d) or "") for d in days]


def working_days(year: int, month: int, subdivision: str | None = None) -> int:
    """Business days of the month (neither weekend nor holiday): what a full month bills."""
    return sum(1 for d in month_days(year, month, subdivision) if d.working)


NOT_IN_MONTH = QT_TRANSLATE_NOOP("Invoicing", "{day} is not in the report's month")
BAD_FRACTION = QT_TRANSLATE_NOOP("Invoicing", "a day is worked in full (1) or by half (0.5)")


@dataclass(frozen=True)
class WorkedDay:
    day: dt.date
    fraction: Decimal  # 1 or 0.5
    note: str = ""


def check_days(year: int, month: int, days: Iterable[WorkedDay]) -> list[WorkedDay]:
    """The worked days, one per date, checked (field ``days``)."""
    seen: dict[dt.date, WorkedDay] = {}
    for entry in days:
        if (entry.day.year, entry.day.month) != (year, month):
            raise refuse("days", NOT_IN_MONTH, day=entry.day.isoformat())
        if Decimal(entry.fraction) not in ALLOWED_FRACTIONS:
            raise refuse("days", BAD_FRACTION)
        seen[entry.day] = entry
    return [seen[d] for d in sorted(seen)]


def days_total(days: Iterable[WorkedDay]) -> Decimal:
    return sum((Decimal(d.fraction) for d in days), ZERO)


def unusual_days(
    days: Iterable[WorkedDay], calendar_days: Iterable[CalendarDay]
) -> list[CalendarDay]:
    """Worked days that fall on a weekend or a public holiday, to confirm."""
    by_date = {c.day: c for c in calendar_days}
    return [by_date[d.day] for d in days if d.day in by_date and not by_date[d.day].working]


@dataclass(frozen=True)
class ExtraLine:
    kind: ExtraKind
    description: str
    quantity: Decimal
    unit_price: Decimal


@dataclass(frozen=True)
class ReportLine:
    """A line of the invoice a validated report makes."""

    description: str
    quantity: Decimal
    unit_price: Decimal
    unit: str  # UN/ECE rec 20: DAY, HUR, C62


MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def invoice_lines(
    title: str,
    year: int,
    month: int,
    days: Iterable[WorkedDay],
    daily_rate: Decimal,
    extras: Iterable[ExtraLine] = (),
) -> list[ReportLine]:
    """Days worked x daily rate, then the extra lines, described in French."""
    period = f"{MONTHS_FR[month - 1]} {year}"
    total = days_total(days)
    lines = []
    if total:
        lines.append(ReportLine(f"{title} – {period}", total, Decimal(daily_rate), "DAY"))
    for extra in extras:
        # "Astreinte : week-end du 14" (the kind stays on the invoice line, so the client
        # and the accountant see what is billed; the user's words follow it)
        label = EXTRA_TEXTS_FR[ExtraKind(extra.kind)]
        if extra.description.strip():
            label = f"{label} : {extra.description.strip()}"
        unit = "HUR" if ExtraKind(extra.kind) is ExtraKind.OVERTIME else "C62"
        lines.append(ReportLine(f"{label} – {period}", extra.quantity, extra.unit_price, unit))
    return lines
