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

Everything is counted by SQLite (GROUP BY, window functions for medians):
Python receives one row per month, reason, client or mission, never one per
offer, and the page's totals are sums of the monthly rows. A report costs a few
scans of the offers table: about a second of CPU at 200,000 offers, which is
why the page counts on the background thread. Ratios and day counts are floats
(they are not money); rates are Decimal.
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
from desktop.domain.vocabulary import MissionStatus, OfferStatus, RefusalReason
from desktop.store.models import database

LESSON_WINDOW_DAYS = 730  # older refusals say little about today's rates and habits

_ACCEPTED = f"'{OfferStatus.ACCEPTED}'"
_REFUSED = f"'{OfferStatus.REFUSED}'"
_OUTCOME_SUMS = f"""
    COUNT(*),
    SUM(offer.status = {_ACCEPTED}),
    SUM(offer.status = {_REFUSED}),
    SUM(offer.status = '{OfferStatus.WITHDRAWN}'),
    SUM(offer.status = '{OfferStatus.EXPIRED}')"""
_WITH_MISSION = "offer JOIN mission ON mission.id = offer.mission_id"
_STAFFING = f"('{MissionStatus.OPEN}', '{MissionStatus.PROPOSED}')"  # still being staffed


@dataclass(frozen=True)
class Scope:
    """Which offers to count: a period, optionally one client, one mission or one sector."""

    period: Period
    company_id: int | None = None
    mission_id: int | None = None
    sector: str = ""


@dataclass(frozen=True, slots=True)  # one per client: 60,000 at 300,000 records
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


@dataclass(frozen=True, slots=True)  # slots: a third of the memory of 60,000 rows
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
    groups: list[GroupRow]  # by client; by mission when the scope is one client
    groups_are_missions: bool


# -- filters ---------------------------------------------------------------------------


def _narrow(scope: Scope) -> bool:
    """Whether the scope picks a few missions (then their indexes beat the status index)."""
    return scope.company_id is not None or scope.mission_id is not None or bool(scope.sector)


def _from(scope: Scope, *, mission: bool = False) -> str:
    """``offer``, joined to its mission when the scope or the caller needs it."""
    if mission or scope.company_id is not None or scope.sector:
        return _WITH_MISSION
    return "offer"


def _where(scope: Scope, *, period: bool = True) -> tuple[str, list]:
    """The WHERE clause of ``scope`` over :func:`_from`, and its parameters."""
    clauses, params = ["1"], []
    if period:
        if scope.period.start is not None:
            clauses.append("offer.sent_on >= ?")
            params.append(scope.period.start.isoformat())
        clauses.append("offer.sent_on <= ?")
        params.append(scope.period.end.isoformat())
    if scope.company_id is not None:
        clauses.append("mission.company_id = ?")
        params.append(scope.company_id)
    if scope.mission_id is not None:
        clauses.append("offer.mission_id = ?")
        params.append(scope.mission_id)
    if scope.sector:
        clauses.append("mission.sector = ?")
        params.append(scope.sector)
    return " AND ".join(clauses), params


def _refused(scope: Scope) -> str:
    """``offer.status = 'refused'``; with a ``+`` (no index) for a narrow scope.

    Without statistics SQLite prefers the status index, which lists a third of
    all offers: for one client, 200 ms instead of 1 ms through the client's missions.
    """
    return f"{'+' if _narrow(scope) else ''}offer.status = {_REFUSED}"


def _rows(sql: str, params: Sequence) -> list[tuple]:
    return database.execute_sql(sql, list(params)).fetchall()


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
    where, params = _where(scope)
    months = {
        _month(month): _outcomes(sums)
        for month, *sums in _rows(
            f"""SELECT substr(offer.sent_on, 1, 7) AS month, {_OUTCOME_SUMS}
                FROM {_from(scope)} WHERE {where} GROUP BY month""",
            params,
        )
    }
    reasons: dict[dt.date, dict[RefusalReason, int]] = {}
    for month, code, count in _rows(
        f"""SELECT substr(offer.sent_on, 1, 7) AS month, r.reason, COUNT(*)
            FROM {_from(scope)} JOIN offer_refusal_reason r ON r.offer_id = offer.id
            WHERE {where} AND {_refused(scope)} GROUP BY month, r.reason""",
        params,
    ):
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


def _staffing_ctes(scope: Scope, key: str) -> tuple[str, list]:
    """CTEs ``firsts`` (per mission of the scope: ``key``, still being staffed, first offer,
    first acceptance), ``staffed`` (``key``, days to staff) and ``ranked`` (the days
    numbered within each ``key``, for medians).

    A mission belongs to the period of its first offer, so the period filters the
    grouped missions, not the offers.
    """
    where, params = _where(scope, period=False)
    having, having_params = ["1"], []
    if scope.period.start is not None:
        having.append("first_sent >= ?")
        having_params.append(scope.period.start.isoformat())
    having.append("first_sent <= ?")
    having_params.append(scope.period.end.isoformat())
    sql = f"""
        WITH per_mission AS (
            SELECT offer.mission_id AS mission_id, MIN(offer.sent_on) AS first_sent,
                   MIN(CASE WHEN offer.status = {_ACCEPTED} THEN offer.answered_on END)
                       AS first_accepted
            FROM {_from(scope)} WHERE {where}
            GROUP BY offer.mission_id HAVING {" AND ".join(having)}
        ),
        firsts AS (
            SELECT {key} AS key, mission.status IN {_STAFFING} AS open, first_sent,
                   first_accepted
            FROM per_mission JOIN mission ON mission.id = per_mission.mission_id
        ),
        staffed AS (
            SELECT key, CAST(julianday(first_accepted) - julianday(first_sent) AS INTEGER) AS days
            FROM firsts WHERE first_accepted IS NOT NULL
        ),
        ranked AS (
            SELECT key, days, ROW_NUMBER() OVER (PARTITION BY key ORDER BY days) AS rn,
                   COUNT(*) OVER (PARTITION BY key) AS n
            FROM staffed
        )"""
    return sql, params + having_params


# The middle row (odd count) or the two middle rows (even count) of ``ranked``.
_MIDDLE = "rn * 2 IN (n, n + 1, n + 2)"


def staffing(scope: Scope) -> Staffing:
    """Time to staff the missions first proposed in the period, and those still unstaffed."""
    ctes, params = _staffing_ctes(scope, "0")
    staffed, average, middle_sum, middle_count, unstaffed = _rows(
        f"""{ctes}
        SELECT (SELECT COUNT(*) FROM staffed), (SELECT AVG(days) FROM staffed),
               (SELECT SUM(days) FROM ranked WHERE {_MIDDLE}),
               (SELECT COUNT(*) FROM ranked WHERE {_MIDDLE}),
               (SELECT COUNT(*) FROM firsts WHERE first_accepted IS NULL AND open)""",
        params,
    )[0]
    return Staffing(
        staffed=staffed,
        unstaffed=unstaffed,
        median_days=middle_sum / middle_count if middle_count else None,
        average_days=average,
    )


# -- by client, by mission -------------------------------------------------------------


def _groups(scope: Scope, key: str, name_sql: str, name_join: str) -> list[GroupRow]:
    """One row per value of ``key`` (a client's or a mission's id), named by ``name_sql``
    from ``name_join`` (joined after grouping: one lookup per group, not per offer)."""
    where, params = _where(scope)
    source = _from(scope, mission=True)
    top = {
        group: (reason, count)
        for group, code, count in _rows(
            f"""SELECT key, reason, n FROM (
                    SELECT {key} AS key, r.reason AS reason, COUNT(*) AS n,
                           ROW_NUMBER() OVER (
                               PARTITION BY {key} ORDER BY COUNT(*) DESC, r.reason
                           ) AS rank
                    FROM {source} JOIN offer_refusal_reason r ON r.offer_id = offer.id
                    WHERE {where} AND {_refused(scope)}
                    GROUP BY key, r.reason
                ) WHERE rank = 1""",
            params,
        )
        if (reason := _reason(code)) is not None
    }
    ctes, staff_params = _staffing_ctes(scope, key)
    days = dict(
        _rows(
            f"""{ctes} SELECT key, SUM(days) * 1.0 / COUNT(*) FROM ranked WHERE {_MIDDLE}
                GROUP BY key""",
            staff_params,
        )
    )
    rows = _rows(
        f"""SELECT grouped.*, {name_sql} FROM (
                SELECT {key} AS key, {_OUTCOME_SUMS} FROM {source} WHERE {where} GROUP BY key
            ) AS grouped {name_join}""",
        params,
    )
    return [
        GroupRow(group, name, _outcomes(sums), *top.get(group, (None, 0)), days.get(group))
        for group, *sums, name in rows
    ]


def by_client(scope: Scope) -> list[GroupRow]:
    """The scope's offers client by client (in no particular order: the table sorts)."""
    return _groups(
        scope,
        "mission.company_id",
        "company.name",
        "JOIN company ON company.id = grouped.key",
    )


def by_mission(scope: Scope) -> list[GroupRow]:
    """The scope's offers mission by mission."""
    return _groups(
        scope, "mission.id", "named.title", "JOIN mission AS named ON named.id = grouped.key"
    )


def report(scope: Scope) -> Report:
    """All the figures of the Analytics page; by mission when the scope is one client."""
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
        groups=by_mission(scope) if per_mission else by_client(scope),
        groups_are_missions=per_mission,
    )


def has_offers() -> bool:
    """Whether any offer was ever sent (otherwise the page explains how to start)."""
    return bool(_rows("SELECT EXISTS (SELECT 1 FROM offer)", ())[0][0])


def clients_with_offers() -> list[tuple[int, str, str]]:
    """(id, name, city) of the companies that were ever sent an offer, by name."""
    return _rows(
        """SELECT company.id, company.name, company.city FROM company
           WHERE company.id IN (
               SELECT mission.company_id FROM mission
               WHERE EXISTS (SELECT 1 FROM offer WHERE offer.mission_id = mission.id))
           ORDER BY company.sort_name, company.id""",
        (),
    )


# -- lessons ---------------------------------------------------------------------------


def _median_rates(where: str, params: list) -> tuple[Decimal | None, Decimal | None]:
    """Median proposed rates of the accepted offers and of the offers refused as too low
    (exact: the middle rows' cents, averaged as Decimal), in one windowed query."""
    rows = _rows(
        f"""WITH rates AS (
                SELECT offer.status AS kind, offer.proposed_rate AS x FROM {_WITH_MISSION}
                WHERE {where} AND offer.proposed_rate IS NOT NULL AND (
                    +offer.status = {_ACCEPTED} OR (+offer.status = {_REFUSED} AND EXISTS (
                        SELECT 1 FROM offer_refusal_reason rr
                        WHERE rr.offer_id = offer.id AND rr.reason = ?)))
            ),
            ranked AS (
                SELECT kind, x, ROW_NUMBER() OVER (PARTITION BY kind ORDER BY x) AS rn,
                       COUNT(*) OVER (PARTITION BY kind) AS n
                FROM rates
            )
            SELECT kind, SUM(x), COUNT(*) FROM ranked WHERE {_MIDDLE} GROUP BY kind""",
        [*params, RefusalReason.RATE_TOO_LOW.value],
    )
    medians = {kind: (Decimal(total) / count / 100).quantize(CENT) for kind, total, count in rows}
    return medians.get(OfferStatus.ACCEPTED.value), medians.get(OfferStatus.REFUSED.value)


def _tallies(scope: LessonScope, where: str, params: list, sector: str) -> list[ReasonTally]:
    """What the answered offers of one place say, reason by reason (counts only).

    A lesson's place is always narrow: ``+offer.status`` keeps SQLite on the
    mission's, client's or sector's index (see :func:`_refused`).
    """
    answered = _rows(
        f"""SELECT COUNT(*) FROM {_WITH_MISSION}
            WHERE {where} AND +offer.status IN ({_ACCEPTED}, {_REFUSED})""",
        params,
    )[0][0]
    rows = _rows(
        f"""SELECT r.reason, COUNT(*)
            FROM {_WITH_MISSION} JOIN offer_refusal_reason r ON r.offer_id = offer.id
            WHERE {where} AND +offer.status = {_REFUSED} GROUP BY r.reason""",
        params,
    )
    return [
        ReasonTally(scope, reason, count, answered, sector)
        for code, count in rows
        if (reason := _reason(code)) is not None
    ]


def _places(
    company_id: int | None, mission_id: int | None, since: dt.date
) -> dict[LessonScope, tuple[str, list, str]]:
    """Where lessons are learnt: (WHERE clause, parameters, sector) of the mission's own
    offers, of the client's, and of other clients' missions in the same sector (the
    mission's, or else the client's), each since ``since``."""
    sector = ""
    if mission_id is not None:
        found = _rows("SELECT company_id, sector FROM mission WHERE id = ?", (mission_id,))
        if found:
            company_id, sector = company_id or found[0][0], found[0][1]
    elif company_id is not None:
        found = _rows("SELECT sector FROM company WHERE id = ?", (company_id,))
        sector = found[0][0] if found else ""
    places: dict[LessonScope, tuple[str, list, str]] = {}
    if mission_id is not None:
        places[LessonScope.MISSION] = ("offer.mission_id = ?", [mission_id], "")
    if company_id is not None:
        places[LessonScope.CLIENT] = ("mission.company_id = ?", [company_id], "")
    if sector:
        where, params = "mission.sector = ?", [sector]
        if company_id is not None:
            where, params = f"{where} AND mission.company_id != ?", [sector, company_id]
        places[LessonScope.SECTOR] = (where, params, sector)
    return {
        scope: (f"{where} AND offer.sent_on >= ?", [*params, since.isoformat()], label)
        for scope, (where, params, label) in places.items()
    }


def lessons_for(
    company_id: int | None = None, mission_id: int | None = None, today: dt.date | None = None
) -> list[Lesson]:
    """The refusal patterns to heed before proposing this mission (or a mission of this
    client), learnt over the last two years (see :mod:`desktop.domain.lessons`)."""
    since = (today or dt.date.today()) - dt.timedelta(days=LESSON_WINDOW_DAYS)
    places = _places(company_id, mission_id, since)
    tallies = [t for scope, place in places.items() for t in _tallies(scope, *place)]
    lessons = select_lessons(tallies)
    for i, chosen in enumerate(lessons):
        if chosen.reason == RefusalReason.RATE_TOO_LOW:  # its advice needs the place's rates
            tally = next(t for t in tallies if (t.scope, t.reason) == (chosen.scope, chosen.reason))
            where, params, _sector = places[chosen.scope]
            accepted, refused = _median_rates(where, params)
            lessons[i] = lesson(replace(tally, accepted_rate=accepted, refused_rate=refused))
    return lessons
