"""The matching score of every talent for one mission, computed by SQLite.

The formulas are those of :func:`desktop.domain.matching.score_talent`, written as
SQL expressions over one talent row (alias ``t``) and the aggregate of its skills
among the mission's (``sk``), with the same constants and the same order of
operations, so that both give the same float. Nothing is loaded into Python but
the ids and scores of the best rows.

Measured at 100,000 talents (benchmarks/matching.py):
- the skill coverage is one aggregate over ``talent_skill`` restricted to the
  mission's skills (index ``skill, level``), joined to the talents, rather than a
  correlated subquery per talent;
- a refused sector is a ``NOT EXISTS`` on the unique ``(talent, key)`` index;
- at 300,000 talents, a common skill has 30,000 holders: reading each one's row and
  scoring it cost most of a ranking, so the top is found from bounds first (the skills
  alone, then the row without places and contracts) and only the talents who could
  enter it are scored in full (:func:`bounded_sql`); the contracts' load is then read
  per talent rather than for every contract;
- the top's score is found in two steps (:func:`bounded_sql`): the first, from the
  candidates with the best skills, left 4,000 talents to score in full for the
  commonest skills, the second, from the best of the candidates left, 200; each
  skill's share of the coverage is computed per level, not per holder; the second
  reads first the rows of the candidates with the better skills bounds, those under
  a cut only if their bound reaches it (a talent row read is most of the rest of a
  ranking's time, the skills aggregate aside);
- texts compared without accents (the city) are first resolved to the exact spellings
  present in the pool (``DISTINCT city`` reads the ``city`` index), so that the scan
  compares plain strings and never calls back into Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from peewee import Database

from desktop.domain import matching as m
from desktop.domain.vocabulary import RemotePreference, TalentStatus
from desktop.store.matching_facts import CONTRACT_END

SKILL_LEVELS = range(1, 6)  # the levels a talent's skill may have (TalentSkill.level's CHECK)


@dataclass(frozen=True)
class TalentQuery:
    """One ranking request, resolved to plain values the SQL can compare."""

    mission: m.MissionFacts
    weights: m.Weights
    city_spellings: tuple[str, ...] = ()  # the pool's spellings of the mission's city
    statuses: tuple[str, ...] = tuple(s.value for s in m.RANKED_STATUSES)
    available_by: dt.date | None = None  # free by this date, not "unavailable"
    max_rate: int | None = None  # cents
    place_cities: tuple[str, ...] | None = None  # a place filter: these cities...
    place_regions: tuple[str, ...] = ()  # ... or these regions
    exclude_ids: tuple[int, ...] = ()
    only_ids: tuple[int, ...] | None = None
    min_score: float = 0.0


class _Params:
    """Named parameters collected while the SQL text is written."""

    def __init__(self) -> None:
        self.values: dict[str, object] = {}

    def __call__(self, value: object) -> str:
        name = f"p{len(self.values)}"
        self.values[name] = value
        return f":{name}"

    def many(self, values: Iterable[object]) -> str:
        return ", ".join(self(v) for v in values)


def _skills_sql(
    mission: m.MissionFacts,
    p: _Params,
    candidates_only: bool,
    bound: Callable[[str], str] | None = None,
) -> tuple[str, str, str, str]:
    """The CTE, the FROM clause, the skills fit and the "must-have missing" condition.

    ``candidates_only``: only the talents holding every must-have (or, without
    must-haves, at least one required skill), read from the skills index outwards.
    ``bound``: the SQL of a column ``bound`` from the SQL of the skills fit, computed in
    the aggregate itself (the CTE is then materialized: a second pass over its rows
    to compute it cost a tenth of a ranking).
    """
    if not mission.skills:
        return "", "talent t", "1.0", "0"
    # One row per skill and level held, with that level's share of the coverage computed
    # here (the same float operations as domain.matching.skills_fit, in Python: the
    # same IEEE doubles): the holders are read level by level from the (skill, level,
    # talent) index in the order they were before, each with no arithmetic (a third of
    # the aggregate's instructions were MIN and a product per holder).
    rows = ", ".join(
        f"({p(n.skill_id)}, {p(level)}, {p(n.weight * min(1.0, level * 1.0 / n.level))}, "
        f"{p(int(n.must))})"
        for n in mission.skills
        for level in SKILL_LEVELS
    )
    total = sum(n.weight for n in mission.skills)
    musts = sum(1 for n in mission.skills if n.must)
    having = f" HAVING musts = {p(musts)}" if candidates_only and musts else ""
    total_sql = p(total)
    extra = "" if bound is None else f", {bound(f'SUM(need.part) / {total_sql}')} AS bound"
    cte = (
        f"need(skill_id, level, part, must) AS (VALUES {rows}), "
        f"sk AS {'' if bound is None else 'MATERIALIZED '}(SELECT ts.talent_id AS talent_id, "
        f"SUM(need.part) AS covered, SUM(need.must) AS musts{extra} FROM need "
        "JOIN talent_skill ts ON ts.skill_id = need.skill_id AND ts.level = need.level "
        f"GROUP BY ts.talent_id{having}), "
    )
    if candidates_only:  # CROSS JOIN: SQLite keeps the few candidates as the outer loop
        # Each candidate has a coverage and every must-have (HAVING): the same values as
        # the COALESCE and CASE below would give, without their instructions on every row.
        fit = f"sk.covered / {total_sql}"
        return cte, "sk CROSS JOIN talent t ON t.id = sk.talent_id", fit, "0"
    fit = f"COALESCE(sk.covered, 0.0) / {total_sql}"
    missing = f"COALESCE(sk.musts, 0) < {p(musts)}" if musts else "0"
    return cte, "talent t LEFT JOIN sk ON sk.talent_id = t.id", fit, missing


def _rate_sql(mission: m.MissionFacts, p: _Params) -> str:
    budget = mission.budget_cents
    if budget is None:
        return repr(m.UNKNOWN_RATE_FIT)
    b = p(budget)
    falling = f"MAX(0.0, 1.0 - (t.daily_rate - {b}) / ({m.RATE_TOLERANCE!r} * {b}))"
    return (
        f"CASE WHEN t.daily_rate IS NULL THEN {m.UNKNOWN_RATE_FIT!r} "
        f"WHEN t.daily_rate <= {b} THEN 1.0 "
        f"WHEN t.min_daily_rate IS NOT NULL AND t.min_daily_rate <= {b} "
        f"THEN MAX({m.NEGOTIABLE_RATE_FIT!r}, {falling}) "
        f"ELSE {falling} END"
    )


def julian_day(day: dt.date) -> float:
    """SQLite's ``julianday()`` of a date (noon-based: 2026-01-01 is 2461041.5)."""
    return day.toordinal() + 1721424.5


# Scores are fractions between 0 and 1, not money: the constants are written as REAL
# literals (float(60) -> 60.0) so that SQLite divides as Python does, not as integers.


def _availability_sql(mission: m.MissionFacts, p: _Params, load: str) -> str:
    """``load``: the SQL of the load the talent's contracts put on the start day."""
    start = p(mission.start.isoformat())
    return (
        f"CASE WHEN t.status = '{TalentStatus.UNAVAILABLE.value}' THEN 0.0 "
        f"WHEN t.available_from > {start} THEN MAX(0.0, 1.0 - "
        f"(julianday(t.available_from) - {p(julian_day(mission.start))}) "
        f"/ {float(m.LATE_DAYS_TO_ZERO)!r}) "
        f"ELSE MIN(1.0, (100 - MIN(100, t.load_percent + COALESCE({load}, 0))) * 1.0 "
        f"/ {p(mission.part_time_percent)}) END"
    )


def _busy_sql(mission: m.MissionFacts, p: _Params) -> str:
    """The CTE of the load each talent's contracts put on the mission's start day (a
    contract counts only over its dates: see ``TalentFacts.load_on``)."""
    start = p(mission.start.isoformat())
    return (
        "busy AS (SELECT c.talent_id AS talent_id, "
        "SUM(COALESCE(cm.part_time_percent, 100)) AS load "
        "FROM contract c LEFT JOIN mission cm ON cm.id = c.mission_id "
        f"WHERE c.start_date <= {start} AND ({CONTRACT_END} IS NULL OR {CONTRACT_END} >= {start}) "
        "GROUP BY c.talent_id), "
    )


def _load_sql(mission: m.MissionFacts, p: _Params) -> str:
    """The same load as :func:`_busy_sql`, for one talent ``t`` (the ``talent_id`` index):
    cheaper than the CTE, which reads every contract, when a few hundred talents are
    scored."""
    start = p(mission.start.isoformat())
    return (
        "(SELECT SUM(COALESCE(cm.part_time_percent, 100)) "
        "FROM contract c LEFT JOIN mission cm ON cm.id = c.mission_id "
        f"WHERE c.talent_id = t.id AND c.start_date <= {start} "
        f"AND ({CONTRACT_END} IS NULL OR {CONTRACT_END} >= {start}))"
    )


TOLERANCE_SQL = (
    "COALESCE(t.max_days_on_site, CASE t.remote_preference "
    f"WHEN '{RemotePreference.FULL_REMOTE.value}' THEN 0 "
    f"WHEN '{RemotePreference.ON_SITE.value}' THEN 5 ELSE {m.HYBRID_DEFAULT_DAYS} END)"
)


def _location_sql(q: TalentQuery, p: _Params, texts: bool = True) -> str:
    """``texts=False``: a bound, without reading the mobility texts (as if they
    mentioned the city): the same fit in the city, at least as much elsewhere."""
    mission = q.mission
    days = mission.on_site_days
    if days == 0:
        return "1.0"
    remote = (
        f"MAX(0.0, 1.0 - MAX(0, {p(days)} - {TOLERANCE_SQL}) / {float(m.ON_SITE_EXCESS_TO_ZERO)!r})"
    )
    if not mission.city.strip():
        return remote
    cases = []
    if q.city_spellings:
        cases.append(f"WHEN t.city IN ({p.many(q.city_spellings)}) THEN {m.SAME_CITY_FIT!r}")
    if not texts:
        cases.append(f"WHEN 1 THEN {max(m.MOBILE_FIT, m.SAME_REGION_FIT, m.ELSEWHERE_FIT)!r}")
        return f"({remote}) * (1.0 - (1.0 - CASE {' '.join(cases)} END) * {p(days)} / 5.0)"
    # LIKE folds ASCII case only, as domain.matching.sql_lower does; no lower() per row.
    needles = " OR ".join(
        f"t.mobility LIKE {p('%' + _like_escaped(n) + '%')} ESCAPE '\\'"
        for n in m.mobility_needles(mission.city)
    )
    cases.append(f"WHEN {needles} THEN {m.MOBILE_FIT!r}")
    if mission.region:
        cases.append(f"WHEN t.region = {p(mission.region)} THEN {m.SAME_REGION_FIT!r}")
    place = f"CASE {' '.join(cases)} ELSE {m.ELSEWHERE_FIT!r} END"
    return f"({remote}) * (1.0 - (1.0 - {place}) * {p(days)} / 5.0)"


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _seniority_sql(mission: m.MissionFacts, p: _Params) -> str:
    if mission.seniority_min <= 0:
        return "1.0"
    years = p(mission.seniority_min)
    return (
        f"CASE WHEN t.seniority_years >= {years} THEN 1.0 "
        f"ELSE t.seniority_years * 1.0 / {years} END"
    )


def _where_sql(q: TalentQuery, p: _Params) -> str:
    statuses = [s for s in q.statuses if s != TalentStatus.DO_NOT_CONTACT]
    # "+": not through the status index, which would read 90 % of the rows one by one
    clauses = [f"+t.status IN ({p.many(statuses)})" if statuses else "0"]
    if q.mission.sector_key:
        clauses.append(
            "NOT EXISTS (SELECT 1 FROM talent_refused_sector r "
            f"WHERE r.talent_id = t.id AND r.key = {p(q.mission.sector_key)})"
        )
    if q.available_by is not None:
        clauses.append(
            f"(t.available_from IS NULL OR t.available_from <= {p(q.available_by.isoformat())}) "
            f"AND t.status != '{TalentStatus.UNAVAILABLE.value}'"
        )
    if q.max_rate is not None:
        clauses.append(f"t.daily_rate <= {p(q.max_rate)}")
    if q.place_cities is not None:
        places = []
        if q.place_cities:
            places.append(f"t.city IN ({p.many(q.place_cities)})")
        if q.place_regions:
            places.append(f"t.region IN ({p.many(q.place_regions)})")
        clauses.append(f"({' OR '.join(places) or '0'})")
    if q.exclude_ids:
        clauses.append(f"t.id NOT IN ({p.many(q.exclude_ids)})")
    if q.only_ids is not None:
        clauses.append(f"t.id IN ({p.many(q.only_ids) or 'NULL'})")
    return " AND ".join(clauses)


def _score_expr(q: TalentQuery, parts: dict[str, str], missing: str) -> str:
    """The weighted score of the components' fits ``parts`` (SQL), capped when a
    must-have is ``missing``."""
    w = q.weights
    weighted = " + ".join(f"{getattr(w, key)} * ({parts[key]})" for key in m.COMPONENTS)
    raw = f"({weighted}) * 100.0 / {w.total}"
    if missing == "0":
        return raw
    return f"CASE WHEN {missing} THEN MIN({raw}, {m.MUST_HAVE_CAP!r}) ELSE {raw} END"


def _parts(q: TalentQuery, p: _Params, skills: str, load: str) -> dict[str, str]:
    return {
        "skills": skills,
        "rate": _rate_sql(q.mission, p),
        "availability": _availability_sql(q.mission, p, load),
        "location": _location_sql(q, p),
        "seniority": _seniority_sql(q.mission, p),
    }


def score_sql(
    q: TalentQuery, limit: int | None, candidates_only: bool = False
) -> tuple[str, dict[str, object]]:
    """The SQL ranking talents for ``q`` (id, score), best first, and its parameters."""
    p = _Params()
    cte, source, skills, missing = _skills_sql(q.mission, p, candidates_only)
    cte += _busy_sql(q.mission, p)
    source += " LEFT JOIN busy ON busy.talent_id = t.id"
    score = _score_expr(q, _parts(q, p, skills, "busy.load"), missing)
    # MATERIALIZED: flattened into the outer query, the score expression would be
    # computed three times a row (select, where, order by): 2x slower, measured.
    sql = (
        f"WITH {cte}scored AS MATERIALIZED (SELECT t.id AS id, t.sort_name AS sort_name, "
        f"{score} AS score FROM {source} WHERE {_where_sql(q, p)}) "
        f"SELECT id, score FROM scored WHERE score >= {p(q.min_score)} "
        "ORDER BY score DESC, sort_name, id"
    )
    if limit is not None:
        sql += f" LIMIT {p(limit)}"
    return sql, p.values


def bounded_sql(
    q: TalentQuery, limit: int, probe: int, shortlist: int, recheck: int, split: float = 0.5
) -> tuple[str, dict[str, object]]:
    """The SQL of the best ``limit`` candidates (see :func:`_skills_sql`), scoring in
    full only those who could enter the top: the same rows, in the same order, with
    the same scores as :func:`score_sql` with ``candidates_only``.

    Two bounds of a candidate's score, each its score with some fits replaced by a value
    they cannot exceed, computed by the same expression with the same operations in the
    same order, so that no rounding puts a score above them (adding, MIN and multiplying
    by a positive constant never reverse an order in IEEE floats): ``bound`` from the
    skills alone, the other fits at 1 (computed in the aggregate of the skills index, no
    talent row read); ``near`` from the talent's row, the contracts' load taken as none
    and the mobility texts as mentioning the city (the ``LIKE`` on them and the
    contracts' index are most of a full score's cost).

    The ``probe`` candidates of highest ``bound`` get their ``near``; the ``shortlist``
    of highest ``near`` among them are scored in full: the ``limit``-th best of those
    scores, ``reached``, is a score the true top reaches at least (without ``limit``
    such scores, ``min_score``). Only the candidates whose ``bound``, then ``near``,
    reaches it can be in the top. Their rows are read in two parts, cut at ``split``
    of the way from ``reached`` to the best ``bound``: those whose ``bound`` reaches the
    cut get their ``near`` first (``nears``); the ``recheck`` of highest ``near`` among
    them are scored in full, and the ``limit``-th best of these scores,
    ``reached_again``, is again a score the top reaches, much closer to it: the probe's
    candidates all share the best skills, while the top often has fewer skills and
    better fits elsewhere (at 300,000 talents, for a mission whose two must-haves
    34,000 talents hold: 78.4 then 91.2, the true 50th). The rows under the cut are read
    only where their ``bound`` reaches ``reached_again`` (in that mission, none: 12,700
    rows read in all, where reading every row whose bound reached the first score read
    21,500). The candidates of either part whose ``near`` reaches ``reached_again`` are
    scored in full (``finalists``: 208 there).
    """
    p = _Params()
    others = dict.fromkeys(m.COMPONENTS, "1.0")
    cte, _, skills, missing = _skills_sql(
        q.mission,
        p,
        candidates_only=True,
        bound=lambda fit: _score_expr(q, others | {"skills": fit}, "0"),
    )
    parts = _parts(q, p, skills, _load_sql(q.mission, p))
    nearer = {
        "location": _location_sql(q, p, texts=False),
        "availability": _availability_sql(q.mission, p, "0"),
    }
    near = _score_expr(q, parts | nearer, missing)
    score = _score_expr(q, parts, missing)
    where = _where_sql(q, p)
    least = p(q.min_score)
    nth = p(limit - 1)

    def limit_th(scores: str) -> str:
        """The ``limit``-th best of ``scores`` (a SELECT of ``score``), or ``least``."""
        return (
            f"COALESCE((SELECT score FROM ({scores}) WHERE score >= {least} "
            f"ORDER BY score DESC LIMIT 1 OFFSET {nth}), {least})"
        )

    def best_scored(rows: str, count: str) -> str:
        """The full scores of the ``count`` rows of ``rows`` of highest ``near``."""
        return (
            f"SELECT {score} AS score FROM (SELECT * FROM {rows} ORDER BY near DESC "
            f"LIMIT {count}) AS sk CROSS JOIN talent t ON t.id = sk.talent_id WHERE {where}"
        )

    first = limit_th(best_scored("probe", p(shortlist)))
    again = limit_th(best_scored("nears", p(recheck)))
    # each CTE names its rows ``sk``: the expressions read ``sk.covered``, ``sk.musts``;
    # the first, ``sk``, is the candidates with their ``bound``
    sql = (
        f"WITH {cte}"
        "probe AS MATERIALIZED (SELECT sk.talent_id AS talent_id, sk.covered AS covered, "
        f"sk.musts AS musts, sk.bound AS bound, {near} AS near FROM (SELECT * FROM sk "
        f"ORDER BY bound DESC LIMIT {p(probe)}) AS sk CROSS JOIN talent t ON t.id = sk.talent_id), "
        f"reached AS (SELECT {first} AS score), "
        "split AS (SELECT (SELECT score FROM reached) + ((SELECT MAX(bound) FROM probe) "
        f"- (SELECT score FROM reached)) * {p(split)} AS bound), "
        "nears AS MATERIALIZED (SELECT sk.talent_id AS talent_id, sk.covered AS covered, "
        f"sk.musts AS musts, {near} AS near FROM sk CROSS JOIN talent t ON t.id = sk.talent_id "
        "WHERE sk.bound >= (SELECT score FROM reached) AND sk.bound >= (SELECT bound FROM split) "
        f"AND {near} >= (SELECT score FROM reached)), "
        f"reached_again AS (SELECT MAX((SELECT score FROM reached), {again}) AS score), "
        "finalists AS (SELECT talent_id, covered, musts FROM nears "
        "WHERE near >= (SELECT score FROM reached_again) UNION ALL "
        # LIMIT 0 when no bound under the cut can reach the second score: the candidates
        # are then not scanned at all (a WHERE term testing it is tested on every row)
        "SELECT * FROM (SELECT sk.talent_id, sk.covered, sk.musts FROM sk CROSS JOIN talent t "
        "ON t.id = sk.talent_id WHERE sk.bound < (SELECT bound FROM split) "
        f"AND sk.bound >= (SELECT score FROM reached_again) "
        f"AND {near} >= (SELECT score FROM reached_again) LIMIT CASE WHEN "
        "(SELECT score FROM reached_again) < (SELECT bound FROM split) THEN -1 ELSE 0 END)), "
        "scored AS MATERIALIZED (SELECT t.id AS id, t.sort_name AS sort_name, "
        f"{score} AS score FROM finalists AS sk CROSS JOIN talent t ON t.id = sk.talent_id "
        f"WHERE {where}) "
        f"SELECT id, score FROM scored WHERE score >= {least} "
        f"ORDER BY score DESC, sort_name, id LIMIT {p(limit)}"
    )
    return sql, p.values


def outside_bound(q: TalentQuery) -> float:
    """The most a talent outside the candidates (see :func:`_skills_sql`) can score.

    Missing a must-have caps the score; holding none of the skills (when all are
    nice-to-haves) leaves at most the points of the other components.
    """
    weights = q.weights
    if any(n.must for n in q.mission.skills):
        return m.MUST_HAVE_CAP
    return (weights.total - weights.skills) * 100.0 / weights.total


PROBE = 20  # candidates whose row is read first, per row asked for (see bounded_sql)
SHORTLIST = 4  # of them, scored in full, per row asked for
RECHECK = 8  # of those reaching the first score, scored in full, per row asked for
SPLIT = 0.5  # where the near-bounds are cut between the first score and the best bound


def _run(db: Database, q: TalentQuery, limit: int | None, candidates_only: bool) -> list:
    if candidates_only and limit is not None:
        sql, params = bounded_sql(
            q, limit, PROBE * limit, SHORTLIST * limit, RECHECK * limit, SPLIT
        )
    else:
        sql, params = score_sql(q, limit, candidates_only)
    return [(row[0], row[1]) for row in db.execute_sql(sql, params)]


def rank(db: Database, q: TalentQuery, limit: int | None) -> list[tuple[int, float]]:
    """(talent id, score) of the best ``limit`` talents for ``q``, best first.

    Ranks the candidates holding the mission's must-haves first (a tenth of the pool,
    typically), scoring in full only those who could enter the top
    (:func:`bounded_sql`): when the last of the top ``limit`` beats what any other
    talent could score (:func:`outside_bound`), the result is exact without scanning
    the whole pool.
    Otherwise (a rare skill, a skills weight of 0, no skill required) every talent is
    scored. A place filter goes straight to the talents of that city, through its
    index: a few thousand rows, fewer than the candidates.
    """
    shortcut = q.only_ids is None and q.place_cities is None and q.mission.skills
    if limit is not None and shortcut and q.weights.skills:
        bound = outside_bound(q)
        rows = _run(db, q, limit, candidates_only=True)
        if q.min_score > bound or (len(rows) == limit and rows[-1][1] > bound):
            return rows
    return _run(db, q, limit, candidates_only=False)


def _suitable_sql(mission: m.MissionFacts, p: _Params) -> tuple[str, str]:
    """The CTE and FROM clause of the talents suited to the mission, availability aside.

    Suited: holding every must-have at the required level (without must-haves, one of
    the skills at its level; without skills, anyone), not refusing the sector, neither
    "unavailable" nor "do not contact".
    """
    needs = [n for n in mission.skills if n.must] or list(mission.skills)
    where = (
        f"t.status NOT IN ('{TalentStatus.UNAVAILABLE.value}', "
        f"'{TalentStatus.DO_NOT_CONTACT.value}')"
    )
    if mission.sector_key:
        where += (
            " AND NOT EXISTS (SELECT 1 FROM talent_refused_sector r "
            f"WHERE r.talent_id = t.id AND r.key = {p(mission.sector_key)})"
        )
    if not needs:
        return "", f"talent t WHERE {where}"
    rows = ", ".join(f"({p(n.skill_id)}, {p(n.level)})" for n in needs)
    required = len(needs) if any(n.must for n in needs) else 1
    cte = (
        f"WITH need(skill_id, level) AS (VALUES {rows}), "
        "suited AS (SELECT ts.talent_id AS talent_id FROM need JOIN talent_skill ts "
        "ON ts.skill_id = need.skill_id AND ts.level >= need.level "
        f"GROUP BY ts.talent_id HAVING COUNT(*) >= {p(required)}) "
    )
    return cte, f"suited CROSS JOIN talent t ON t.id = suited.talent_id WHERE {where}"


def available_counts(db: Database, mission: m.MissionFacts, dates: list[dt.date]) -> list[int]:
    """How many talents suited to the mission are free by each of ``dates``."""
    p = _Params()
    cte, source = _suitable_sql(mission, p)
    sums = ", ".join(
        f"COALESCE(SUM(t.available_from IS NULL OR t.available_from <= {p(d.isoformat())}), 0)"
        for d in dates
    )
    return list(db.execute_sql(f"{cte}SELECT {sums} FROM {source}", p.values).fetchone())


def on_site_counts(db: Database, mission: m.MissionFacts) -> list[int]:
    """How many talents suited to the mission accept k days on site a week (k = 0..5)."""
    p = _Params()
    cte, source = _suitable_sql(mission, p)
    sums = ", ".join(f"COALESCE(SUM({TOLERANCE_SQL} >= {k}), 0)" for k in range(6))
    return list(db.execute_sql(f"{cte}SELECT {sums} FROM {source}", p.values).fetchone())
