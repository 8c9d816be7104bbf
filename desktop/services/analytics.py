"""Refusal analytics: how often talents accept, why they refuse, how long staffing takes.

Counting rules, which every figure of the Analytics page follows:

- An offer belongs to the period in which it was **sent** (``sent_on``): one
  date for every figure, so that the months of the chart add up to the
  headline figures.
- The **acceptance rate** is accepted / (accepted + refused): the offers the
  talents answered. A *withdrawn* offer was pulled by us (the mission was
  filled or cancelled) and an *expired* one got no answer in time: neither is
  the talent's choice, so both are counted and shown apart, outside the rate.
  Offers still *sent* or *in discussion* are pending.
- An offer refused for two reasons counts once for **each**; the share of a
  reason is the share of refused offers citing it (the shares add up to more
  than 100 %).
- **Time to staff** a mission: days from its first offer to the answer of its
  first accepted offer, for the missions whose first offer was sent in the
  period. A mission still open or proposed without an accepted offer is
  *unstaffed*.

Everything is counted by SQLite (GROUP BY, window functions for medians; the
SQL lives in :mod:`desktop.store.analytics_query`): Python receives one row per
month or reason and one page of the table by client (or mission), sorted by
SQL, never one row per offer nor every client; the page's totals are sums of
the monthly rows. The months, the reasons and the time to staff of a period are
read from tallies that triggers keep (:mod:`desktop.store.offer_tallies`); the
table by client is one grouped pass over the period's offers (about 0.1 s at
200,000 offers), which is why the page counts on the background thread. Ratios and day counts are
floats (they are not money); rates are Decimal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import astuple, dataclass, field, replace
from decimal import Decimal

from desktop.domain.lessons import Lesson, LessonScope, ReasonTally, lesson, select_lessons
from desktop.domain.money import CENT
from desktop.domain.periods import (
    MAX_MONTHLY_BUCKETS,
    Period,
    bucket_starts,
    months_between,
)
from desktop.domain.text import fold
from desktop.domain.vocabulary import OfferStatus, RefusalReason
from desktop.store import analytics_query as query
from desktop.store.analytics_query import GroupSort, Scope  # the callers' vocabulary too

LESSON_WINDOW_DAYS = 730  # older refusals say little about today's rates and habits

GROUP_PAGE = 200  # rows of the table read at a time: a few screens


@dataclass(frozen=True, slots=True)  # one per month or row of the table
class Outcomes:
    """What became of the offers sent: the answers, and the rest."""

    sent: int = 0
    accepted: int = 0
    refused: int = 0
    withdrawn: int = 0
    expired: int = 0

    @property
    def answered(self) -> int:
        return self.accepted + self.refused

    @property
    def pending(self) -> int:
        """Still sent or in discussion."""
        return self.sent - self.answered - self.withdrawn - self.expired

    @property
    def acceptance_rate(self) -> float | None:
        """Accepted / answered; None before the first answer (0 % would be a lie)."""
        return self.accepted / self.answered if self.answered else None


@dataclass(frozen=True)
class ReasonCount:
    reason: RefusalReason
    offers: int  # refused offers citing this reason
    share: float  # of the refused offers


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One client (or one mission) of the table."""

    id: int
    name: str
    outcomes: Outcomes
    top_reason: RefusalReason | None = None  # most cited; ties go to the first code
    top_reason_offers: int = 0
    days_to_staff: float | None = None  # median over the group's staffed missions


@dataclass(frozen=True)
class Bucket:
    """One month (or quarter) of the chart: its first day, its outcomes and reasons."""

    start: dt.date
    outcomes: Outcomes
    reasons: dict[RefusalReason, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Staffing:
    staffed: int = 0
    unstaffed: int = 0
    median_days: float | None = None
    average_days: float | None = None


@dataclass(frozen=True)
class Report:
    """Everything the Analytics page shows for one scope."""

    scope: Scope
    outcomes: Outcomes
    reasons: list[ReasonCount]
    buckets: list[Bucket]
    quarterly: bool  # buckets are quarters (long periods), not months
    staffing: Staffing
    groups: GroupPage  # the table's first rows: by client; by mission for one client
    groups_are_missions: bool


@dataclass(frozen=True)
class GroupPage:
    """Rows of the table by client (or mission), from ``offset``, in the order asked."""

    rows: list[GroupRow]
    total: int  # groups in all, beyond this page
    sort: GroupSort = GroupSort.SENT
    descending: bool = True
    offset: int = 0


# -- rows to dataclasses ---------------------------------------------------------------


def _outcomes(row: Sequence) -> Outcomes:
    return Outcomes(*(int(v or 0) for v in row))


def _add(a: Outcomes, b: Outcomes) -> Outcomes:
    return Outcomes(*(x + y for x, y in zip(astuple(a), astuple(b), strict=True)))


def _reason(code: str) -> RefusalReason | None:
    try:
        return RefusalReason(code)
    except ValueError:  # a code from a newer version of the app: not ours to count
        return None


# -- months ----------------------------------------------------------------------------


def _month(text: str) -> dt.date:
    return dt.date(int(text[:4]), int(text[5:7]), 1)


def _months(scope: Scope) -> list[Bucket]:
    """The months in which the scope's offers were sent (only those with offers), in order.

    Two grouped scans, one of the offers and one of the refusal reasons; every
    other total of the page is a sum of these few rows.
    """
    months = {_month(month): _outcomes(sums) for month, *sums in query.month_rows(scope)}
    reasons: dict[dt.date, dict[RefusalReason, int]] = {}
    for month, code, count in query.month_reason_rows(scope):
        if (reason := _reason(code)) is not None:
            reasons.setdefault(_month(month), {})[reason] = count
    return [Bucket(m, months[m], reasons.get(m, {})) for m in sorted(months)]


def _total(months: list[Bucket]) -> Outcomes:
    total = Outcomes()
    for month in months:
        total = _add(total, month.outcomes)
    return total


def _reason_counts(months: list[Bucket], refused: int) -> list[ReasonCount]:
    counts: dict[RefusalReason, int] = {}
    for month in months:
        for reason, count in month.reasons.items():
            counts[reason] = counts.get(reason, 0) + count
    order = list(RefusalReason)
    return sorted(
        (ReasonCount(reason, count, count / refused) for reason, count in counts.items()),
        key=lambda c: (-c.offers, order.index(c.reason)),
    )


def _fold(months: list[Bucket], period: Period) -> tuple[list[Bucket], bool]:
    """Every month (or quarter, for long periods) of the period, empty ones included.

    A month without offers is a fact: skipping it would make the bars lie about time.
    """
    if not months:
        return [], False
    first = period.start or months[0].start
    quarterly = months_between(first, period.end) > MAX_MONTHLY_BUCKETS
    starts = bucket_starts(first, period.end, quarterly)
    folded = {s: Bucket(s, Outcomes(), {}) for s in starts}
    for month in months:
        start = (
            month.start.replace(month=(month.start.month - 1) // 3 * 3 + 1)
            if quarterly
            else month.start
        )
        bucket = folded[start]
        reasons = dict(bucket.reasons)
        for reason, count in month.reasons.items():
            reasons[reason] = reasons.get(reason, 0) + count
        folded[start] = Bucket(start, _add(bucket.outcomes, month.outcomes), reasons)
    return list(folded.values()), quarterly


def outcomes(scope: Scope) -> Outcomes:
    """The offers of the scope by outcome."""
    return _total(_months(scope))


def refusal_reasons(scope: Scope) -> list[ReasonCount]:
    """Each reason cited, with its number of refused offers and their share; most cited first."""
    months = _months(scope)
    return _reason_counts(months, _total(months).refused)


def buckets(scope: Scope) -> tuple[list[Bucket], bool]:
    """The outcomes and reasons of every month of the scope (quarters beyond
    :data:`MAX_MONTHLY_BUCKETS` months); returns the buckets and whether they are quarters."""
    return _fold(_months(scope), scope.period)


# -- time to staff ---------------------------------------------------------------------


def staffing(scope: Scope) -> Staffing:
    """Time to staff the missions first proposed in the period, and those still unstaffed."""
    staffed, average, middle_sum, middle_count, unstaffed = query.staffing_row(scope)
    return Staffing(
        staffed=staffed,
        unstaffed=unstaffed,
        median_days=middle_sum / middle_count if middle_count else None,
        average_days=average,
    )


# -- by client, by mission -------------------------------------------------------------


def group_page(
    scope: Scope,
    missions: bool,
    sort: GroupSort = GroupSort.SENT,
    descending: bool = True,
    offset: int = 0,
    limit: int = GROUP_PAGE,
    reason_order: Sequence[RefusalReason] = (),
) -> GroupPage:
    """Rows ``offset`` to ``offset + limit`` of the table by client (or by mission: the
    scope's missions), sorted by ``sort`` (ties by name, empty values last), counted by
    SQL; ``reason_order``: the reasons in the order of their labels on screen."""
    found, total = query.group_page(
        scope, missions, sort, descending, offset, limit, [r.value for r in reason_order]
    )
    return GroupPage(
        [_group_row(*row) for row in found],
        total,
        sort,
        descending,
        offset,
    )


def _group_row(key, name, sent, accepted, refused, withdrawn, expired, code, n, days):
    reason = _reason(code) if code else None
    outcomes = _outcomes((sent, accepted, refused, withdrawn, expired))
    return GroupRow(key, name, outcomes, reason, n if reason else 0, days)


def by_client(scope: Scope) -> list[GroupRow]:
    """Every client of the scope, most offers first (the page reads :func:`group_page`)."""
    return group_page(scope, missions=False, limit=-1).rows


def by_mission(scope: Scope) -> list[GroupRow]:
    """Every mission of the scope, most offers first."""
    return group_page(scope, missions=True, limit=-1).rows


def report(
    scope: Scope,
    sort: GroupSort = GroupSort.SENT,
    descending: bool = True,
    reason_order: Sequence[RefusalReason] = (),
) -> Report:
    """All the figures of the Analytics page and the first rows of its table (sorted by
    ``sort``); the table is by mission when the scope is one client."""
    per_mission = scope.company_id is not None or scope.mission_id is not None
    months = _months(scope)
    total = _total(months)
    bucket_list, quarterly = _fold(months, scope.period)
    return Report(
        scope=scope,
        outcomes=total,
        reasons=_reason_counts(months, total.refused),
        buckets=bucket_list,
        quarterly=quarterly,
        staffing=staffing(scope),
        groups=group_page(scope, per_mission, sort, descending, 0, GROUP_PAGE, reason_order),
        groups_are_missions=per_mission,
    )


def has_offers() -> bool:
    """Whether any offer was ever sent (otherwise the page explains how to start)."""
    return query.has_offers()


@dataclass(frozen=True)
class ClientChoice:
    id: int
    name: str
    city: str
    shared_name: bool  # another company has this name: show its city too


def busiest_clients(limit: int = 500) -> list[ClientChoice]:
    """The ``limit`` clients with the most missions proposed, by name (the picker's list
    before anything is typed)."""
    return [_choice(*row) for row in query.busiest_clients(limit)]


def find_clients(text: str, limit: int = 100) -> list[ClientChoice]:
    """The clients ever sent an offer whose name contains every word of ``text``, accents
    and case ignored ("energie" finds "Clément Énergie"), by name."""
    return [_choice(*row) for row in query.find_clients(fold(text).split(), limit)]


def client_choice(company_id: int) -> ClientChoice | None:
    return _choice(*found) if (found := query.client(company_id)) else None


def _choice(company_id: int, name: str, city: str, shared: int) -> ClientChoice:
    return ClientChoice(company_id, name, city or "", bool(shared))


# -- lessons ---------------------------------------------------------------------------


def _median_rates(place: query.Place) -> tuple[Decimal | None, Decimal | None]:
    """Median proposed rates of the accepted offers and of the offers refused as too low
    (exact: the middle rows' cents, averaged as Decimal)."""
    rows = query.lesson_median_rates(place, RefusalReason.RATE_TOO_LOW.value)
    medians = {kind: (Decimal(total) / count / 100).quantize(CENT) for kind, total, count in rows}
    return medians.get(OfferStatus.ACCEPTED.value), medians.get(OfferStatus.REFUSED.value)


def _tallies(scope: LessonScope, place: query.Place) -> list[ReasonTally]:
    """What the answered offers of one place say, reason by reason (counts only)."""
    answered, rows = query.lesson_counts(place)
    return [
        ReasonTally(scope, reason, count, answered, place.sector)
        for code, count in rows
        if (reason := _reason(code)) is not None
    ]


def lessons_for(
    company_id: int | None = None, mission_id: int | None = None, today: dt.date | None = None
) -> list[Lesson]:
    """The refusal patterns to heed before proposing this mission (or a mission of this
    client), learnt over the last two years (see :mod:`desktop.domain.lessons`)."""
    since = (today or dt.date.today()) - dt.timedelta(days=LESSON_WINDOW_DAYS)
    places = query.lesson_places(company_id, mission_id, since)
    tallies = [t for scope, place in places.items() for t in _tallies(scope, place)]
    lessons = select_lessons(tallies)
    for i, chosen in enumerate(lessons):
        if chosen.reason == RefusalReason.RATE_TOO_LOW:  # its advice needs the place's rates
            tally = next(t for t in tallies if (t.scope, t.reason) == (chosen.scope, chosen.reason))
            accepted, refused = _median_rates(places[chosen.scope])
            lessons[i] = lesson(replace(tally, accepted_rate=accepted, refused_rate=refused))
    return lessons
