"""Ranking talents for a mission, and missions for a talent, with the reasons.

:func:`rank_talents` scores every talent of the pool in SQL
(:mod:`desktop.store.matching_query`) and loads only the best ``limit`` rows, whose
breakdown is then computed by the pure :func:`desktop.domain.matching.score_talent`:
the explanation shown is the one that produced the rank (a test checks that the SQL
and Python scores agree). Weights and filters are remembered per profile
(settings ``matching.weights`` and ``matching.filters``).

:func:`rank_missions_for_talent` is the reverse view over open and proposed missions;
there are far fewer of them, so it scores in Python, the missions that cannot reach
the top first skipped by an upper bound.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, replace

from desktop.domain import matching as m
from desktop.domain.money import to_cents
from desktop.domain.vocabulary import MissionStatus, TalentStatus
from desktop.services import settings
from desktop.store import matching_facts as mf
from desktop.store import matching_query as mq
from desktop.store.models import (
    Mission,
    Offer,
    Talent,
    TalentRefusedSector,
    database,
)

WEIGHTS_KEY = "matching.weights"
FILTERS_KEY = "matching.filters"
OPEN_STATUSES = (MissionStatus.OPEN.value, MissionStatus.PROPOSED.value)


# -- remembered choices ------------------------------------------------------------------


def saved_weights() -> m.Weights:
    """The weights last chosen in this profile (the defaults at first)."""
    return m.Weights.from_dict(settings.get(WEIGHTS_KEY))


def save_weights(weights: m.Weights) -> None:
    settings.put(WEIGHTS_KEY, weights.as_dict())


def saved_filters() -> m.MatchFilters:
    """The filters last chosen in this profile (none at first)."""
    return m.MatchFilters.from_dict(settings.get(FILTERS_KEY))


def save_filters(filters: m.MatchFilters) -> None:
    settings.put(FILTERS_KEY, filters.as_dict())


# -- facts -------------------------------------------------------------------------------


def mission_facts(mission_id: int, today: dt.date | None = None) -> m.MissionFacts:
    """What the score reads of a mission. The start is never before today: a talent
    proposed for a mission already under way would start now."""
    return _prepared(mission_id, today)[0]


def _prepared(mission_id: int, today: dt.date | None) -> tuple[m.MissionFacts, tuple[str, ...]]:
    """The mission's facts, and the spellings of its city in the pool (for the SQL)."""
    facts = mf.mission_facts(database, mission_id, today or dt.date.today())
    if not (facts.on_site_days and facts.city.strip()):
        return facts, ()
    spellings = mf.spellings(database, "city", facts.city)
    return replace(facts, region=mf.region_of(database, spellings)), spellings


def talent_facts(
    talent_ids: list[int], skill_ids: list[int] | None = None
) -> dict[int, m.TalentFacts]:
    """Facts of these talents; their levels in ``skill_ids`` only, when given."""
    return mf.talent_facts(database, talent_ids, skill_ids)


def load_on(talent_id: int, day: dt.date | None = None) -> int:
    """The talent's load on ``day`` (today by default): their own ``load_percent`` plus the
    contracts made here that run that day, as the ranking counts it."""
    return talent_facts([talent_id], [])[talent_id].load_on(day or dt.date.today())


# -- talents for a mission ---------------------------------------------------------------


@dataclass(frozen=True)
class RankedTalent:
    """One row of a mission's ranking: the talent, the score and why."""

    talent_id: int
    name: str
    score: int
    breakdown: m.Breakdown
    sql_score: float  # what ranked it; breakdown.total recomputes it in Python
    facts: m.TalentFacts
    offer_status: str | None = None  # the talent's offer for this mission, if any
    offer_on: dt.date | None = None  # when it was answered, else sent


def _talent_query(
    facts: m.MissionFacts,
    city_spellings: tuple[str, ...],
    weights: m.Weights,
    filters: m.MatchFilters,
    exclude_ids: tuple[int, ...] = (),
    only_ids: tuple[int, ...] | None = None,
) -> mq.TalentQuery:
    place_cities, place_regions = None, ()
    if filters.place.strip():
        place_cities = mf.spellings(database, "city", filters.place)
        if not place_cities:  # a region, then: its column has no index (a scan)
            place_regions = mf.spellings(database, "region", filters.place)
    return mq.TalentQuery(
        mission=facts,
        weights=weights,
        city_spellings=city_spellings,
        statuses=filters.statuses,
        available_by=facts.start if filters.available_by_start else None,
        max_rate=None if filters.max_rate is None else to_cents(filters.max_rate),
        place_cities=place_cities,
        place_regions=place_regions,
        exclude_ids=exclude_ids,
        only_ids=only_ids,
        min_score=float(filters.min_score),
    )


def rank_talents(
    mission_id: int,
    weights: m.Weights | None = None,
    filters: m.MatchFilters | None = None,
    limit: int = 50,
    today: dt.date | None = None,
    exclude_ids: tuple[int, ...] = (),
) -> list[RankedTalent]:
    """The ``limit`` best talents for the mission, best first, each with its breakdown.

    ``weights`` and ``filters`` default to the ones remembered in the profile.
    Talents who refuse the mission's sector, and those not to contact, are never ranked.
    """
    weights = weights or saved_weights()
    filters = filters or saved_filters()
    facts, spellings = _prepared(mission_id, today)
    query = _talent_query(facts, spellings, weights, filters, tuple(exclude_ids))
    return _ranked_rows(facts, weights, mq.rank(database, query, limit))


def _ranked_rows(
    facts: m.MissionFacts, weights: m.Weights, scored: list[tuple[int, float]]
) -> list[RankedTalent]:
    ids = [talent_id for talent_id, _ in scored]
    talents = talent_facts(ids, [n.skill_id for n in facts.skills])
    offers = {
        talent_id: (status, dt.date.fromisoformat(on[:10]) if on else None)
        for talent_id, status, on in database.execute_sql(
            f"SELECT talent_id, status, COALESCE(answered_on, sent_on) FROM offer "
            f"WHERE mission_id = ? AND talent_id IN ({', '.join('?' * len(ids)) or 'NULL'})",
            [facts.id, *ids],
        )
    }
    rows = []
    for talent_id, sql_score in scored:
        talent = talents[talent_id]
        breakdown = m.score_talent(facts, talent, weights)
        rows.append(
            RankedTalent(
                talent_id,
                talent.name,
                breakdown.score or 0,
                breakdown,
                sql_score,
                talent,
                *offers.get(talent_id, (None, None)),
            )
        )
    return rows


def sql_scores(
    mission_id: int,
    talent_ids: list[int],
    weights: m.Weights | None = None,
    today: dt.date | None = None,
) -> dict[int, float]:
    """The SQL score of given talents (no filter but the exclusions), for checks."""
    facts, spellings = _prepared(mission_id, today)
    query = _talent_query(
        facts,
        spellings,
        weights or m.DEFAULT_WEIGHTS,
        m.MatchFilters(statuses=tuple(s.value for s in TalentStatus)),
        only_ids=tuple(talent_ids),
    )
    return dict(mq.rank(database, query, None))


@dataclass(frozen=True)
class SectorRefusals:
    """Talents left out of a mission's ranking because they refuse its sector."""

    sector: str
    count: int
    names: list[str]


def sector_refusals(mission_id: int, limit: int = 5) -> SectorRefusals:
    """Who refuses the mission's sector (the first ``limit`` names, and how many)."""
    sector = Mission.get_by_id(mission_id).sector
    facts = m.MissionFacts(mission_id, "", sector=sector)
    if not facts.sector_key:
        return SectorRefusals(sector, 0, [])
    query = (
        Talent.select(Talent.first_name, Talent.last_name)
        .join(TalentRefusedSector)
        .where(
            (TalentRefusedSector.key == facts.sector_key)
            & (Talent.status != TalentStatus.DO_NOT_CONTACT)
        )
    )
    names = [f"{t.first_name} {t.last_name}" for t in query.order_by(Talent.sort_name).limit(limit)]
    return SectorRefusals(sector, query.count(), names)


# -- missions for a talent ---------------------------------------------------------------


@dataclass(frozen=True)
class RankedMission:
    """One row of the missions that fit a talent: the mission, the score and why."""

    mission_id: int
    title: str
    company: str
    score: int
    breakdown: m.Breakdown
    facts: m.MissionFacts
    offer_status: str | None = None


_OPEN_MISSIONS_SQL = """
SELECT {columns}, c.name FROM mission m JOIN company c ON c.id = m.company_id
WHERE m.status IN ({statuses}) AND {where}
"""
_REQUIRES_HELD = (
    "EXISTS (SELECT 1 FROM mission_skill ms WHERE ms.mission_id = m.id AND ms.skill_id IN ({held}))"
)
_REQUIRES_NOTHING = "NOT EXISTS (SELECT 1 FROM mission_skill ms WHERE ms.mission_id = m.id)"
_HAS_MUST = "EXISTS (SELECT 1 FROM mission_skill ms WHERE ms.mission_id = m.id AND ms.required)"


def _open_missions(today: dt.date, where: str, params: list) -> list[tuple[m.MissionFacts, str]]:
    """Open or proposed missions matching ``where``, with their client (plain rows)."""
    sql = _OPEN_MISSIONS_SQL.format(
        columns=mf.MISSION_COLUMNS, statuses=", ".join("?" * len(OPEN_STATUSES)), where=where
    )
    rows = database.execute_sql(sql, [*OPEN_STATUSES, *params]).fetchall()
    needs = mf.mission_needs(database, [row[0] for row in rows])
    return [(mf.mission_from_row(row, needs[row[0]], today), row[10]) for row in rows]


def _upper_bound(facts: m.MissionFacts, talent: m.TalentFacts, weights: m.Weights) -> float:
    """The most the mission can score for the talent: its exact skills fit, every other
    component at 1, capped when a must-have is missing. Cheap: no reasons."""
    skills, missing = m.skills_fit(facts.skills, talent.levels)
    best = (weights.skills * skills.value + weights.total - weights.skills) * 100.0 / weights.total
    return min(best, m.MUST_HAVE_CAP) if missing else best


def rank_missions_for_talent(
    talent_id: int,
    limit: int = 20,
    weights: m.Weights | None = None,
    today: dt.date | None = None,
) -> list[RankedMission]:
    """The open and proposed missions that fit the talent best, best first.

    Missions in a sector the talent refuses are left out, and a talent not to contact
    gets none. Only the missions requiring one of the talent's skills (or none) are
    read first, and scored in the order of an upper bound until no other can enter the
    top; the others match no skill, so they score at most the other components' points
    (:data:`~desktop.domain.matching.MUST_HAVE_CAP` with must-haves) and are read only
    when the top is weaker than that.
    """
    today = today or dt.date.today()
    weights = weights or saved_weights()
    talent = talent_facts([talent_id])[talent_id]
    if talent.status == TalentStatus.DO_NOT_CONTACT:
        return []
    held = sorted(talent.levels)
    sharing = f"({_REQUIRES_HELD.format(held=', '.join('?' * len(held)) or 'NULL')} "
    sharing += f"OR {_REQUIRES_NOTHING})"
    scored: list[tuple] = []
    _score_missions(talent, _open_missions(today, sharing, held), weights, limit, scored)
    rest = (weights.total - weights.skills) * 100.0 / weights.total
    for where, bound in (
        (f"NOT {sharing} AND NOT {_HAS_MUST}", rest),
        (f"NOT {sharing} AND {_HAS_MUST}", min(rest, m.MUST_HAVE_CAP)),
    ):
        if len(scored) < limit or -scored[limit - 1][0] <= bound:
            _score_missions(talent, _open_missions(today, where, held), weights, limit, scored)
    top = scored[:limit]
    offers = dict(
        Offer.select(Offer.mission, Offer.status)
        .where((Offer.talent == talent_id) & Offer.mission.in_([row[2] for row in top] or [0]))
        .tuples()
    )
    return [
        RankedMission(
            facts.id,
            facts.title,
            company,
            breakdown.score or 0,
            breakdown,
            facts,
            offers.get(facts.id),
        )
        for _, _, _, facts, company, breakdown in top
    ]


def _score_missions(
    talent: m.TalentFacts,
    missions: list[tuple[m.MissionFacts, str]],
    weights: m.Weights,
    limit: int,
    scored: list[tuple],
) -> None:
    """Add (-score, start, id, facts, client, breakdown) of the missions that can enter
    the top ``limit`` of ``scored`` (kept best first), in the order of their bound."""
    bounds = {f.id: _upper_bound(f, talent, weights) for f, _ in missions}
    missions = sorted(missions, key=lambda item: -bounds[item[0].id])
    regions: dict[str, str] | None = None
    for facts, company in missions:
        if len(scored) >= limit and bounds[facts.id] < -scored[limit - 1][0]:
            break  # in bound order: no mission left can enter the top
        if facts.on_site_days and facts.city.strip():
            if regions is None:  # the regions of every city at once, when first needed
                cities = {f.city for f, _ in missions if f.on_site_days and f.city.strip()}
                regions = mf.regions_by_city(database, cities)
            facts = replace(facts, region=regions[facts.city])
        breakdown = m.score_talent(facts, talent, weights)
        if breakdown.total is not None:
            row = (-breakdown.total, facts.start, facts.id, facts, company, breakdown)
            bisect.insort(scored, row, key=lambda r: r[:3])


def missions_in_refused_sectors(talent_id: int) -> int:
    """How many open missions are left out of the talent's view for their sector."""
    keys = [
        k
        for (k,) in TalentRefusedSector.select(TalentRefusedSector.key)
        .where(TalentRefusedSector.talent == talent_id)
        .tuples()
    ]
    if not keys:
        return 0
    return sum(
        1
        for (sector,) in Mission.select(Mission.sector)
        .where(Mission.status.in_(OPEN_STATUSES) & (Mission.sector != ""))
        .tuples()
        if m.MissionFacts(0, "", sector=sector).sector_key in keys
    )
