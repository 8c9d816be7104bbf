"""The SQL of refusal analytics: grouped counts of the offers, by month, client or mission,
and the counts behind the lessons shown before proposing a mission.

Everything is counted by SQLite (GROUP BY, window functions for medians):
Python receives one row per month or reason, and only the page of clients (or
missions) on screen, never one row per offer nor every client. The counting
rules are those of :mod:`desktop.services.analytics`, which turns these rows into
its dataclasses.

Sorting the table is SQL too (``ORDER BY`` + ``LIMIT``/``OFFSET`` over the grouped
rows): at 300,000 records the page lists 55,000 clients, and building, sorting and
holding them in Python cost 0.7 s and 100 MiB. Columns that need a second grouped
pass (the main reason, the days to staff) are computed for the page's rows only,
unless the table is sorted by them.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.domain.lessons import LessonScope
from desktop.domain.periods import Period
from desktop.domain.vocabulary import MissionStatus, OfferStatus
from desktop.store.models import database

_ACCEPTED = f"'{OfferStatus.ACCEPTED}'"
_REFUSED = f"'{OfferStatus.REFUSED}'"
OUTCOME_SUMS = f"""
    COUNT(*),
    SUM(offer.status = {_ACCEPTED}),
    SUM(offer.status = {_REFUSED}),
    SUM(offer.status = '{OfferStatus.WITHDRAWN}'),
    SUM(offer.status = '{OfferStatus.EXPIRED}')"""
WITH_MISSION = "offer JOIN mission ON mission.id = offer.mission_id"
_STAFFING = f"('{MissionStatus.OPEN}', '{MissionStatus.PROPOSED}')"  # still being staffed
# The middle row (odd count) or the two middle rows (even count) of a ranked CTE.
MIDDLE = "rn * 2 IN (n, n + 1, n + 2)"
OUTCOME_SUMS_NAMED = f"""
    COUNT(*) AS sent,
    SUM(offer.status = {_ACCEPTED}) AS accepted,
    SUM(offer.status = {_REFUSED}) AS refused,
    SUM(offer.status = '{OfferStatus.WITHDRAWN}') AS withdrawn,
    SUM(offer.status = '{OfferStatus.EXPIRED}') AS expired"""


@dataclass(frozen=True)
class Scope:
    """Which offers to count: a period, optionally one client, one mission or one sector."""

    period: Period
    company_id: int | None = None
    mission_id: int | None = None
    sector: str = ""


class GroupSort(enum.Enum):
    """What the table by client (or mission) is sorted by."""

    NAME = "name"
    SENT = "sent"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    RATE = "rate"
    TOP_REASON = "top_reason"
    DAYS = "days"


def rows(sql: str, params: Sequence) -> list[tuple]:
    return database.execute_sql(sql, list(params)).fetchall()


# -- filters ---------------------------------------------------------------------------


def narrow(scope: Scope) -> bool:
    """Whether the scope picks a few missions (then their indexes beat the status index)."""
    return scope.company_id is not None or scope.mission_id is not None or bool(scope.sector)


def source(scope: Scope, *, mission: bool = False) -> str:
    """``offer``, joined to its mission when the scope or the caller needs it."""
    if mission or scope.company_id is not None or scope.sector:
        return WITH_MISSION
    return "offer"


def where(scope: Scope, *, period: bool = True) -> tuple[str, list]:
    """The WHERE clause of ``scope`` over :func:`source`, and its parameters."""
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


def refused(is_narrow: bool) -> str:
    """``offer.status = 'refused'``; with a ``+`` (no index) for a narrow scope.

    Without statistics SQLite prefers the status index, which lists a third of
    all offers: for one client, 200 ms instead of 1 ms through the client's missions.
    """
    return f"{'+' if is_narrow else ''}offer.status = {_REFUSED}"


# -- months ----------------------------------------------------------------------------


def tallied(scope: Scope) -> bool:
    """Whether the scope is a period alone: then the months are read from the tallies
    kept by triggers (:mod:`desktop.store.offer_tallies`), a few rows a day, instead of
    grouping every offer of the period (a narrow scope reads its missions' offers)."""
    return not narrow(scope)


def _period_of(column: str, period: Period) -> tuple[str, list]:
    clauses, params = [], []
    if period.start is not None:
        clauses.append(f"{column} >= ?")
        params.append(period.start.isoformat())
    clauses.append(f"{column} <= ?")
    params.append(period.end.isoformat())
    return " AND ".join(clauses), params


def month_rows(scope: Scope) -> list[tuple]:
    """(``YYYY-MM``, sent, accepted, refused, withdrawn, expired) per month with offers."""
    if tallied(scope):
        sql_where, params = _period_of("sent_on", scope.period)
        sums = ", ".join(
            f"SUM(CASE WHEN status = '{status}' THEN offers ELSE 0 END)"
            for status in (
                OfferStatus.ACCEPTED,
                OfferStatus.REFUSED,
                OfferStatus.WITHDRAWN,
                OfferStatus.EXPIRED,
            )
        )
        return rows(
            f"""SELECT substr(sent_on, 1, 7) AS month, SUM(offers), {sums}
                FROM offer_day_count WHERE {sql_where} GROUP BY month""",
            params,
        )
    sql_where, params = where(scope)
    return rows(
        f"""SELECT substr(offer.sent_on, 1, 7) AS month, {OUTCOME_SUMS}
            FROM {source(scope)} WHERE {sql_where} GROUP BY month""",
        params,
    )


def month_reason_rows(scope: Scope) -> list[tuple]:
    """(``YYYY-MM``, reason code, refused offers citing it) per month and reason."""
    if tallied(scope):
        sql_where, params = _period_of("sent_on", scope.period)
        return rows(
            f"""SELECT substr(sent_on, 1, 7) AS month, reason, SUM(offers)
                FROM refusal_day_count WHERE {sql_where} GROUP BY month, reason""",
            params,
        )
    sql_where, params = where(scope)
    return rows(
        f"""SELECT substr(offer.sent_on, 1, 7) AS month, r.reason, COUNT(*)
            FROM {source(scope)} JOIN offer_refusal_reason r ON r.offer_id = offer.id
            WHERE {sql_where} AND {refused(narrow(scope))} GROUP BY month, r.reason""",
        params,
    )


# -- time to staff ---------------------------------------------------------------------


def mission_where(scope: Scope) -> tuple[str, list]:
    """The scope's client, mission or sector as a WHERE clause over ``mission``."""
    clauses, params = ["1"], []
    for column, value in (
        ("mission.company_id", scope.company_id),
        ("mission.id", scope.mission_id),
        ("mission.sector", scope.sector or None),
    ):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    return " AND ".join(clauses), params


def staffing_ctes(scope: Scope, key: str, extra: str = "1", extra_params: Sequence = ()):
    """CTEs ``staffed`` (``key``, days to staff) of the scope's missions first proposed in
    the period and accepted since, and ``ranked`` (the days numbered within each ``key``,
    for medians); ``extra`` narrows the missions (a clause over ``mission``).

    Read from ``mission_staffing`` (each mission's first offer and first acceptance, kept
    by triggers): a mission belongs to the period of its first offer.
    """
    sql_where, params = mission_where(scope)
    period, period_params = _period_of("s.first_sent", scope.period)
    sql = f"""
        WITH staffed AS (
            SELECT {key} AS key, s.days AS days
            FROM mission_staffing AS s JOIN mission ON mission.id = s.mission_id
            WHERE s.first_accepted IS NOT NULL AND {period} AND {sql_where} AND {extra}
        ),
        ranked AS (
            SELECT key, days, ROW_NUMBER() OVER (PARTITION BY key ORDER BY days) AS rn,
                   COUNT(*) OVER (PARTITION BY key) AS n
            FROM staffed
        )"""
    return sql, [*period_params, *params, *extra_params]


def staffing_row(scope: Scope) -> tuple:
    """(staffed, average days, sum and count of the middle days, unstaffed).

    The days are counted by value (a few dozen distinct ones), the median found in that
    histogram: sorting 40,000 missions for a window function cost more than the rest of
    the figure.
    """
    sql_where, params = mission_where(scope)
    period, period_params = _period_of("s.first_sent", scope.period)
    join = "" if sql_where == "1" else "JOIN mission ON mission.id = s.mission_id"
    histogram = rows(
        f"""SELECT s.days, COUNT(*) FROM mission_staffing AS s {join}
            WHERE s.first_accepted IS NOT NULL AND {period} AND {sql_where}
            GROUP BY s.days ORDER BY s.days""",
        [*period_params, *params],
    )
    unstaffed = rows(
        f"""SELECT COUNT(*) FROM mission JOIN mission_staffing AS s ON s.mission_id = mission.id
            WHERE mission.status IN {_STAFFING} AND s.first_accepted IS NULL AND {period}
            AND {sql_where}""",
        [*period_params, *params],
    )[0][0]
    staffed = sum(n for _days, n in histogram)
    if not staffed:
        return 0, None, None, 0, unstaffed
    average = sum(days * n for days, n in histogram) / staffed
    # The middle row (odd count) or the two middle rows (even count), 1-based.
    middle = {(staffed + 1) // 2, staffed // 2 + 1}
    middle_sum, seen = 0, 0
    for days, n in histogram:
        middle_sum += days * sum(1 for position in middle if seen < position <= seen + n)
        seen += n
    return staffed, average, middle_sum, len(middle), unstaffed


# -- by client, by mission -------------------------------------------------------------


@dataclass(frozen=True)
class _Grouping:
    key: str  # the group of an offer joined to its mission
    name: str  # the group's name, from ``join``
    folded: str  # what the name sorts by
    join: str  # joined after grouping: one lookup per group, not per offer


_CLIENTS = _Grouping(
    "mission.company_id",
    "company.name",
    "company.sort_name",
    "JOIN company ON company.id = grouped.key",
)
_MISSIONS = _Grouping(
    "mission.id",
    "named.title",
    "lower(named.title)",
    "JOIN mission AS named ON named.id = grouped.key",
)


def _grouping(missions: bool) -> _Grouping:
    return _MISSIONS if missions else _CLIENTS


def _top_reasons_sql(scope: Scope, key: str, extra: str) -> tuple[str, list]:
    """(key, reason, refused offers citing it): each group's most cited reason, ties to the
    first code."""
    sql_where, params = where(scope)
    sql = f"""SELECT key, reason, n FROM (
            SELECT {key} AS key, r.reason AS reason, COUNT(*) AS n,
                   ROW_NUMBER() OVER (PARTITION BY {key} ORDER BY COUNT(*) DESC, r.reason)
                       AS rank
            FROM {WITH_MISSION} JOIN offer_refusal_reason r ON r.offer_id = offer.id
            WHERE {sql_where} AND {extra} AND {refused(narrow(scope) or extra != "1")}
            GROUP BY key, r.reason
        ) WHERE rank = 1"""
    return sql, params


def _days_sql(scope: Scope, key: str, extra: str, extra_params: Sequence) -> tuple[str, list]:
    """(key, median days to staff) of each group with a staffed mission."""
    ctes, params = staffing_ctes(scope, key, extra, extra_params)
    return (
        f"{ctes} SELECT key, SUM(days) * 1.0 / COUNT(*) AS days FROM ranked WHERE {MIDDLE} "
        "GROUP BY key",
        params,
    )


# The value each numeric order sorts by, over the grouped counts (``grouped``).
_SORT_VALUES = {
    GroupSort.SENT: ("NULL", "grouped.sent"),
    GroupSort.ACCEPTED: (f"SUM(offer.status = {_ACCEPTED})", "grouped.value"),
    GroupSort.REFUSED: (f"SUM(offer.status = {_REFUSED})", "grouped.value"),
    GroupSort.RATE: (
        f"""CASE WHEN SUM(offer.status IN ({_ACCEPTED}, {_REFUSED})) > 0 THEN
            SUM(offer.status = {_ACCEPTED}) * 1.0 / SUM(offer.status IN ({_ACCEPTED}, {_REFUSED}))
            END""",
        "grouped.value",
    ),
}


def group_page(
    scope: Scope,
    missions: bool,
    sort: GroupSort,
    descending: bool,
    offset: int,
    limit: int,
    reason_order: Sequence[str] = (),
) -> tuple[list[tuple], int]:
    """One page of the table: rows (id, name, sent, accepted, refused, withdrawn, expired,
    top reason code, its offers, median days to staff) sorted by ``sort`` (ties by name;
    empty values last in both directions), and the number of groups.

    One grouped pass over the scope's offers counts what the order needs for every group
    (the offers sent, or the one status sorted by); a numeric order then names only the
    groups that can reach the page (its value at least the page's last one: a few hundred
    of 58,000 clients, each name a row of the 95 MB company table). The page's other
    counts, its main reason and its days to staff are counted for its groups only, unless
    the order needs them for all (``reason_order``: the reason codes in the order their
    labels sort in the user's language).
    """
    grouping = _grouping(missions)
    sql_where, params = where(scope)
    join, join_params, cut, cut_params = "", [], "", []
    aggregate = _SORT_VALUES.get(sort, ("NULL", ""))[0]  # NULL: the order needs no count
    if sort is GroupSort.TOP_REASON:
        top_sql, top_params = _top_reasons_sql(scope, grouping.key, "1")
        ranks = " ".join(f"WHEN ? THEN {i}" for i in range(len(reason_order)))
        label_rank = f"CASE reason {ranks} END" if ranks else "reason"
        join = f"""LEFT JOIN (SELECT key, {label_rank} AS label_rank FROM ({top_sql}))
                   AS top ON top.key = grouped.key"""
        join_params = [*reason_order, *top_params]
        value = "top.label_rank"
    elif sort is GroupSort.DAYS:
        days_sql, join_params = _days_sql(scope, grouping.key, "1", ())
        join = f"LEFT JOIN ({days_sql}) AS staff ON staff.key = grouped.key"
        value = "staff.days"
    elif sort is GroupSort.NAME:
        value = grouping.folded
    else:
        value = _SORT_VALUES[sort][1]
        if limit >= 0:
            # The value of the page's last group in this order (NULL: no cut, all named).
            last = f"""(SELECT {value} FROM grouped ORDER BY ({value}) IS NULL,
                        {value} {"DESC" if descending else "ASC"} LIMIT 1 OFFSET ?)"""
            cut = f"WHERE {last} IS NULL OR {value} {'>=' if descending else '<='} {last}"
            cut_params = [offset + limit - 1] * 2
    direction = "DESC" if descending else "ASC"
    found = rows(
        f"""WITH grouped AS (
                SELECT {grouping.key} AS key, COUNT(*) AS sent, {aggregate} AS value
                FROM {WITH_MISSION} WHERE {sql_where} GROUP BY key
            )
            SELECT grouped.key, {grouping.name}, (SELECT COUNT(*) FROM grouped)
            FROM grouped {grouping.join} {join} {cut}
            ORDER BY ({value}) IS NULL, {value} {direction}, {grouping.folded} {direction},
                     grouped.key {direction}
            LIMIT ? OFFSET ?""",
        [*params, *join_params, *cut_params, limit, offset],
    )
    total = found[0][-1] if found else (group_count(scope, missions) if offset else 0)
    keys = [row[0] for row in found]
    counts = group_outcomes(scope, missions, keys)
    tops, days = group_details(scope, missions, keys)
    return [
        (key, name, *counts.get(key, (0,) * 5), *tops.get(key, (None, 0)), days.get(key))
        for key, name, _total in found
    ], total


def group_outcomes(scope: Scope, missions: bool, keys: Sequence[int]) -> dict[int, tuple]:
    """(sent, accepted, refused, withdrawn, expired) of the groups ``keys``, through their
    missions' indexes."""
    key = _grouping(missions).key
    sql_where, params = where(scope)
    counts: dict[int, tuple] = {}
    for start in range(0, len(keys), _KEYS_PER_QUERY):
        chunk = list(keys[start : start + _KEYS_PER_QUERY])
        counts.update(
            (found[0], found[1:])
            for found in rows(
                f"""SELECT {key}, {OUTCOME_SUMS} FROM {WITH_MISSION}
                    WHERE {sql_where} AND {key} IN ({", ".join("?" * len(chunk))})
                    GROUP BY {key}""",
                [*params, *chunk],
            )
        )
    return counts


def group_count(scope: Scope, missions: bool) -> int:
    """How many clients (or missions) the scope's offers went to."""
    sql_where, params = where(scope)
    key = _grouping(missions).key
    return rows(f"SELECT COUNT(DISTINCT {key}) FROM {WITH_MISSION} WHERE {sql_where}", params)[0][0]


_KEYS_PER_QUERY = 500  # SQLite's limit on parameters is 32,766 (999 before 3.32)


def group_details(
    scope: Scope, missions: bool, keys: Sequence[int]
) -> tuple[dict[int, tuple[str, int]], dict[int, float]]:
    """The main refusal reason (code, offers) and the median days to staff of the groups
    ``keys``, read through their missions' indexes."""
    if not keys:
        return {}, {}
    grouping = _grouping(missions)
    tops: dict[int, tuple[str, int]] = {}
    days: dict[int, float] = {}
    for start in range(0, len(keys), _KEYS_PER_QUERY):
        chunk = list(keys[start : start + _KEYS_PER_QUERY])
        extra = f"{grouping.key} IN ({', '.join('?' * len(chunk))})"
        top_sql, top_params = _top_reasons_sql(scope, grouping.key, extra)
        # The keys follow the scope's own parameters (see the WHERE of _top_reasons_sql).
        tops.update((key, (code, n)) for key, code, n in rows(top_sql, [*top_params, *chunk]))
        days_sql, days_params = _days_sql(scope, grouping.key, extra, chunk)
        days.update(rows(days_sql, days_params))
    return tops, days


# -- clients to choose from ------------------------------------------------------------


def has_offers() -> bool:
    """Whether any offer was ever sent."""
    return bool(rows("SELECT EXISTS (SELECT 1 FROM offer)", ())[0][0])


_SHARED_NAME = """EXISTS (SELECT 1 FROM company AS twin
                          WHERE twin.sort_name = company.sort_name AND twin.id != company.id)"""
_WITH_OFFERS = """EXISTS (SELECT 1 FROM mission WHERE mission.company_id = company.id
                          AND EXISTS (SELECT 1 FROM offer WHERE offer.mission_id = mission.id))"""


def busiest_clients(limit: int) -> list[tuple[int, str, str, bool]]:
    """(id, name, city, name shared with another company) of the ``limit`` clients with
    the most missions proposed, by name (a mission proposed has a ``mission_staffing`` row:
    half the time of probing the offers of each of 90,000 missions)."""
    return rows(
        f"""SELECT company.id, company.name, company.city, {_SHARED_NAME} FROM company
            WHERE company.id IN (
                SELECT mission.company_id
                FROM mission_staffing AS s JOIN mission ON mission.id = s.mission_id
                GROUP BY mission.company_id ORDER BY COUNT(*) DESC, mission.company_id
                LIMIT ?)
            ORDER BY company.sort_name, company.id""",
        (limit,),
    )


def find_clients(folded_words: Sequence[str], limit: int) -> list[tuple[int, str, str, bool]]:
    """(id, name, city, name shared) of the clients ever sent an offer whose folded name
    contains every word, by name."""
    likes = " AND ".join("company.sort_name LIKE ? ESCAPE '\\'" for _ in folded_words) or "1"
    escaped = [
        "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        for w in folded_words
    ]
    return rows(
        f"""SELECT company.id, company.name, company.city, {_SHARED_NAME} FROM company
            WHERE {likes} AND {_WITH_OFFERS}
            ORDER BY company.sort_name, company.id LIMIT ?""",
        [*escaped, limit],
    )


def client(company_id: int) -> tuple[int, str, str, bool] | None:
    """(id, name, city, name shared) of one company."""
    found = rows(
        f"SELECT company.id, company.name, company.city, {_SHARED_NAME} FROM company "
        "WHERE company.id = ?",
        (company_id,),
    )
    return found[0] if found else None


# -- lessons ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """Where a lesson is learnt: a WHERE clause over offers joined to their missions."""

    where: str
    params: list
    sector: str = ""  # the sector's name, for a lesson about the sector


def lesson_places(
    company_id: int | None, mission_id: int | None, since: dt.date
) -> dict[LessonScope, Place]:
    """The mission's own offers, the client's, and other clients' missions in the same
    sector (the mission's, or else the client's), each since ``since``."""
    sector = ""
    if mission_id is not None:
        found = rows("SELECT company_id, sector FROM mission WHERE id = ?", (mission_id,))
        if found:
            company_id, sector = company_id or found[0][0], found[0][1]
    elif company_id is not None:
        found = rows("SELECT sector FROM company WHERE id = ?", (company_id,))
        sector = found[0][0] if found else ""
    places: dict[LessonScope, tuple[str, list, str]] = {}
    if mission_id is not None:
        places[LessonScope.MISSION] = ("offer.mission_id = ?", [mission_id], "")
    if company_id is not None:
        places[LessonScope.CLIENT] = ("mission.company_id = ?", [company_id], "")
    if sector:
        sql_where, params = "mission.sector = ?", [sector]
        if company_id is not None:
            sql_where, params = f"{sql_where} AND mission.company_id != ?", [sector, company_id]
        places[LessonScope.SECTOR] = (sql_where, params, sector)
    return {
        scope: Place(f"{sql_where} AND offer.sent_on >= ?", [*params, since.isoformat()], label)
        for scope, (sql_where, params, label) in places.items()
    }


def lesson_counts(place: Place) -> tuple[int, list[tuple[str, int]]]:
    """(answered offers, [(reason code, refused offers citing it)]) of one place.

    A lesson's place is always narrow: ``+offer.status`` keeps SQLite on the
    mission's, client's or sector's index (see :func:`refused`).
    """
    answered = rows(
        f"""SELECT COUNT(*) FROM {WITH_MISSION}
            WHERE {place.where} AND +offer.status IN ({_ACCEPTED}, {_REFUSED})""",
        place.params,
    )[0][0]
    cited = rows(
        f"""SELECT r.reason, COUNT(*)
            FROM {WITH_MISSION} JOIN offer_refusal_reason r ON r.offer_id = offer.id
            WHERE {place.where} AND +offer.status = {_REFUSED} GROUP BY r.reason""",
        place.params,
    )
    return answered, cited


def lesson_median_rates(place: Place, reason: str) -> list[tuple[str, int, int]]:
    """(status, sum of the middle rates in cents, their count) of the accepted offers and
    of the offers refused for ``reason``, in one windowed query."""
    return rows(
        f"""WITH rates AS (
                SELECT offer.status AS kind, offer.proposed_rate AS x FROM {WITH_MISSION}
                WHERE {place.where} AND offer.proposed_rate IS NOT NULL AND (
                    +offer.status = {_ACCEPTED} OR (+offer.status = {_REFUSED} AND EXISTS (
                        SELECT 1 FROM offer_refusal_reason rr
                        WHERE rr.offer_id = offer.id AND rr.reason = ?)))
            ),
            ranked AS (
                SELECT kind, x, ROW_NUMBER() OVER (PARTITION BY kind ORDER BY x) AS rn,
                       COUNT(*) OVER (PARTITION BY kind) AS n
                FROM rates
            )
            SELECT kind, SUM(x), COUNT(*) FROM ranked WHERE {MIDDLE} GROUP BY kind""",
        [*place.params, reason],
    )
