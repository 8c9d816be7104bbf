"""Late-payment penalties: the rate in force, the interest owed, the 40 EUR indemnity.

Code de commerce art. L441-10, II (checked on Légifrance, version of ordonnance 2019-359):
penalties are due from the day after the due date, without any reminder; unless the
terms say otherwise, the rate is the ECB's rate for its most recent main refinancing
operation plus 10 percentage points, taken as in force on 1 January for the first
half-year and on 1 July for the second; an agreed rate may not be below three times the
legal interest rate. A business debtor also owes a fixed indemnity for recovery costs of
40 EUR (art. D441-5), once per invoice paid late, not per reminder.

Interest is simple interest on the balance left unpaid, day by day:
amount x rate x days / 365, each half-year at its own rate when the default rate is used
(the text fixes the rate "applicable pendant" each half-year).

The dated rates are data, not constants: ``resources/rates/late_payment_rates.json``
ships the known half-years (with their sources) and the user can add newer ones in
Settings (``invoicing.rates``), which extend or override the shipped table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_errors import refuse
from desktop.domain.money import ZERO, round_cent

RECOVERY_INDEMNITY = Decimal("40.00")  # Code de commerce art. D441-5
ECB_MARGIN = Decimal("10")  # points over the ECB rate, L441-10 II
LEGAL_RATE_FLOOR_FACTOR = Decimal("3")  # agreed rate >= 3 x legal interest rate
DAYS_IN_YEAR = Decimal("365")

ECB = "ecb_main_refinancing"
LEGAL = "legal_interest_professional"  # "pour tous les autres cas" (creditor in business)


def half_year_start(day: dt.date) -> dt.date:
    """1 January or 1 July: the date whose rate applies to ``day`` (L441-10, II)."""
    return dt.date(day.year, 1 if day.month <= 6 else 7, 1)


@dataclass(frozen=True)
class RateTable:
    """Dated rates, percent, by series (``ECB``, ``LEGAL``): the value in force from a date."""

    series: Mapping[str, tuple[tuple[dt.date, Decimal], ...]]
    known_until: Mapping[str, dt.date] = field(default_factory=dict)

    @classmethod
    def from_data(cls, *layers: Mapping[str, Iterable[Mapping[str, str]]]) -> RateTable:
        """Merge the shipped table and the user's additions (later layers win per date)."""
        merged: dict[str, dict[dt.date, Decimal]] = {}
        known: dict[str, dt.date] = {}
        for layer in layers:
            for name, day in (layer or {}).get("known_until", {}).items():
                known[name] = max(known.get(name, dt.date.min), dt.date.fromisoformat(day))
            for name, rows in (layer or {}).items():
                if not isinstance(rows, list):
                    continue  # "_sources" and other notes
                for row in rows:
                    day = dt.date.fromisoformat(row["from"])
                    merged.setdefault(name, {})[day] = Decimal(str(row["rate"]))
        for name, days in merged.items():
            known[name] = max(known.get(name, dt.date.min), max(days))
        return cls({name: tuple(sorted(days.items())) for name, days in merged.items()}, known)

    def in_force(self, name: str, on: dt.date) -> tuple[Decimal, dt.date] | None:
        """The rate in force on ``on`` and the date it took effect; None before the table."""
        found = None
        for start, rate in self.series.get(name, ()):
            if start <= on:
                found = (rate, start)
            else:
                break
        return found

    def is_known(self, name: str, on: dt.date) -> bool:
        """True when the table is known to hold the rate in force on ``on``."""
        until = self.known_until.get(name)
        return until is not None and on <= until


@dataclass(frozen=True)
class PenaltyRate:
    """The rate of one half-year and where it comes from."""

    rate: Decimal  # percent a year
    half_year: dt.date
    ecb_rate: Decimal | None
    stale: bool  # the table has nothing for this half-year: the last known rate was used


def default_rate(table: RateTable, on: dt.date) -> PenaltyRate:
    """ECB rate in force on 1 January / 1 July of ``on``'s half-year, plus 10 points."""
    start = half_year_start(on)
    found = table.in_force(ECB, start)
    if found is None:
        raise LookupError(f"no ECB rate known on {start}")
    ecb, _since = found
    return PenaltyRate(ecb + ECB_MARGIN, start, ecb, not table.is_known(ECB, start))


def minimum_rate(table: RateTable, on: dt.date) -> Decimal | None:
    """Three times the legal interest rate of ``on``'s half-year (None if unknown)."""
    found = table.in_force(LEGAL, half_year_start(on))
    return None if found is None else found[0] * LEGAL_RATE_FLOOR_FACTOR


BELOW_FLOOR = QT_TRANSLATE_NOOP(
    "Invoicing",
    "{rate} % is below three times the legal interest rate ({floor} %), the minimum "
    "Code de commerce art. L441-10 allows",
)


def check_agreed_rate(table: RateTable, rate: Decimal, on: dt.date) -> None:
    """Refuse an agreed penalty rate below the legal floor (field ``late_penalty_rate``)."""
    floor = minimum_rate(table, on)
    if floor is not None and Decimal(rate) < floor:
        raise refuse("late_penalty_rate", BELOW_FLOOR, rate=f"{rate}", floor=f"{floor}")


def rate_for(table: RateTable, agreed: Decimal | None, on: dt.date) -> Decimal:
    """The penalty rate of ``on``: the agreed one, else the default of its half-year."""
    return Decimal(agreed) if agreed is not None else default_rate(table, on).rate


@dataclass(frozen=True)
class InterestPeriod:
    start: dt.date  # first day counted
    end: dt.date  # last day counted
    days: int
    balance: Decimal
    rate: Decimal
    interest: Decimal  # not rounded: rounding happens once on the total


def late_interest_periods(
    amount: Decimal,
    due: dt.date,
    until: dt.date,
    payments: Iterable[tuple[dt.date, Decimal]],
    table: RateTable,
    agreed_rate: Decimal | None = None,
) -> list[InterestPeriod]:
    """The periods of constant balance and rate between the day after ``due`` and ``until``.

    Days late are counted as the payment date minus the due date: a payment received on
    day D stops interest on its amount after D. ``amount`` is the invoice's total
    including VAT (minus credit notes).
    """
    events = sorted((d, Decimal(a)) for d, a in payments)
    balance = Decimal(amount)
    for day, paid in events:
        if day <= due:
            balance -= paid
    day = due + dt.timedelta(days=1)
    periods: list[InterestPeriod] = []
    # interest on a payment's amount runs up to its day included: it stops the day after
    later = [(d + dt.timedelta(days=1), a) for d, a in events if d > due]
    while day <= until and balance > 0:
        stops = [until + dt.timedelta(days=1)]
        stops += [d for d, _ in later if d > day]
        if agreed_rate is None:
            start = half_year_start(day)
            stops.append(dt.date(start.year + (start.month == 7), 7 if start.month == 1 else 1, 1))
        stop = min(stops)
        days = (stop - day).days
        rate = rate_for(table, agreed_rate, day)
        interest = balance * rate / 100 * days / DAYS_IN_YEAR
        periods.append(
            InterestPeriod(day, stop - dt.timedelta(days=1), days, balance, rate, interest)
        )
        for d, paid in later:
            if d == stop:
                balance -= paid
        day = stop
    return periods


def late_interest(
    amount: Decimal,
    due: dt.date,
    until: dt.date,
    payments: Iterable[tuple[dt.date, Decimal]] = (),
    table: RateTable | None = None,
    agreed_rate: Decimal | None = None,
) -> Decimal:
    """Interest owed for paying late, half up to the cent (0 when paid in time)."""
    if table is None and agreed_rate is None:
        raise ValueError("a rate table or an agreed rate is needed")
    periods = late_interest_periods(
        amount, due, until, payments, table or RateTable({}), agreed_rate
    )
    return round_cent(sum((p.interest for p in periods), ZERO))


def penalty_mention(rate: Decimal | None) -> str:
    """The late-payment clause printed on every invoice (L441-9, L441-10), in French."""
    if rate is None:
        text = (
            "Pénalités de retard exigibles dès le lendemain de la date d'échéance, sans "
            "rappel : taux de refinancement de la BCE majoré de 10 points"
        )
    else:
        shown = f"{Decimal(rate).normalize():f}".replace(".", ",")
        text = (
            "Pénalités de retard exigibles dès le lendemain de la date d'échéance, sans "
            f"rappel : {shown} % l'an"
        )
    return text + " (Code de commerce, art. L441-10)."


def indemnity_mention() -> str:
    """The recovery indemnity with its amount (a bare reference to the code is not enough)."""
    return (
        "Indemnité forfaitaire pour frais de recouvrement due en cas de retard de paiement : "
        "40 € (Code de commerce, art. L441-10 et D441-5)."
    )
