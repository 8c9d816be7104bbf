"""Where each part of the Home dashboard leads: one small mapping, refined as lists learn.

A tile (or one of its rows) names a *link*, ``kind`` or ``kind:value``
(``"stage:qualified"``, ``"ageing:31_60"``, ``"talent:42"``). :func:`target` turns it into
a :class:`Target`: the section to show and the filter chips that narrow its list to what
the figure counted. :func:`follow` goes there through the main window's own navigation.

The chips name the filter fields of the lists (``desktop.store.lists``: status, stage,
dates...). A list page that cannot filter by chips yet (no ``set_chips``) is shown
unfiltered: the user lands on the right list, and the mapping needs no change when it
learns. Records (a talent, a contract) open selected in their list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.domain.periods import add_months
from desktop.domain.receivables import AGEING_BUCKETS, OPEN_STATUSES
from desktop.domain.vocabulary import ContractStatus, DerivedStatus, TalentStatus
from desktop.services import dashboard

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


@dataclass(frozen=True)
class Chip:
    """One filter of a list: the values kept, or the bounds of a range (ISO days)."""

    field: str
    values: tuple[str, ...] = ()
    low: str = ""
    high: str = ""


@dataclass(frozen=True)
class Target:
    section: str
    chips: tuple[Chip, ...] = ()
    record_id: int | None = None  # a record to open in the section's list


def _days(day: dt.date, days: int) -> str:
    return (day + dt.timedelta(days=days)).isoformat()


_OPEN = tuple(str(s) for s in OPEN_STATUSES)
_OVERDUE = Chip("status", (str(DerivedStatus.OVERDUE),))


def _ageing(bucket: str, today: dt.date) -> Target:
    """Invoices of an ageing bucket: open ones due in its range of days."""
    _, low, high = next(b for b in AGEING_BUCKETS if b[0] == bucket)
    due = Chip(
        "due",
        low=_days(today, -high) if high is not None else "",
        high=_days(today, -low) if low is not None else "",
    )
    status = _OVERDUE if bucket != "not_due" else Chip("status", _OPEN)
    return Target("invoices", (status, due))


def target(link: str, today: dt.date) -> Target:
    """The section and filters behind a dashboard link (see the module's docstring)."""
    kind, _, value = link.partition(":")
    if kind == "section":
        return Target(value)
    if kind in ("talent", "contract"):
        return Target(f"{kind}s", record_id=int(value))
    if kind == "stage":  # companies at one pipeline stage
        return Target("companies", (Chip("stage", (value,)),))
    if kind == "missions":  # missions of one status
        return Target("missions", (Chip("status", (value,)),))
    if kind == "month":  # the documents issued that month
        first = dt.date.fromisoformat(f"{value}-01")
        last = add_months(first, 1) - dt.timedelta(days=1)
        return Target("invoices", (Chip("issued", low=first.isoformat(), high=last.isoformat()),))
    if kind == "ageing":
        return _ageing(value, today)
    if kind in ("overdue", "reminders"):  # reminders go to late invoices
        return Target("invoices", (_OVERDUE,))
    if kind == "invoices_due":
        horizon = dashboard.INVOICE_DUE_HORIZON_DAYS
        due = Chip("due", low=today.isoformat(), high=_days(today, horizon))
        return Target("invoices", (Chip("status", _OPEN), due))
    if kind == "talents_free":  # available, or on a mission ending within the horizon
        statuses = (str(TalentStatus.AVAILABLE), str(TalentStatus.ON_MISSION))
        until = _days(today, dashboard.TALENT_HORIZON_DAYS)
        return Target("talents", (Chip("status", statuses), Chip("available_from", high=until)))
    if kind == "contract_ends":
        live = (str(ContractStatus.SIGNED), str(ContractStatus.ACTIVE))
        until = _days(today, dashboard.CONTRACT_HORIZON_DAYS)
        return Target("contracts", (Chip("status", live), Chip("end", today.isoformat(), until)))
    if kind in ("followups", "renewals"):  # To do lists both
        return Target("followups")
    if kind in ("refusals", "endings"):  # Analytics shows both, by period
        return Target("analytics")
    raise ValueError(f"unknown dashboard link {link!r}")


def apply_chips(page: Any, chips: tuple[Chip, ...]) -> bool:
    """Filter a list page by ``chips`` if it can; False when it cannot filter yet."""
    set_chips = getattr(page, "set_chips", None)
    if set_chips is None:
        return False
    from desktop.store.lists import ListFilter  # lists with filter chips

    set_chips([ListFilter(c.field, c.values, c.low, c.high) for c in chips])
    return True


def follow(window: MainWindow, link: str, today: dt.date) -> Target:
    """Show what ``link`` counts: its section, filtered when the list can be."""
    found = target(link, today)
    if found.record_id is not None:
        window.open_record(found.section, found.record_id)
        return found
    page = window.go_to(found.section)
    if found.chips:
        apply_chips(page, found.chips)
    return found
