"""What the matching score reads, straight from SQLite into the domain's facts.

Plain SQL and tuples: building these few queries through peewee cost more than
running them (about 3 ms a query at 100,000 talents, measured), and a ranking reads
the facts of 50 talents and one mission each time a slider moves.

Places are compared without accents or case, but the ranking compares plain strings
in SQL: :func:`spellings` finds the spellings of a city present in the pool (from
the ``city`` index, remembered until the database changes).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import defaultdict

from peewee import Database

from desktop.domain import matching as m
from desktop.domain.money import from_cents
from desktop.domain.text import fold

REGION_SAMPLE = 200  # talents read to tell a city's region: enough for a clear majority


def _marks(values: list | tuple) -> str:
    return ", ".join("?" * len(values)) or "NULL"


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


def _money(cents: int | None):
    return None if cents is None else from_cents(cents)


def mission_needs(db: Database, mission_ids: list[int]) -> dict[int, list[m.SkillNeed]]:
    """The skills each mission requires, must-haves and higher levels first."""
    needs: dict[int, list[m.SkillNeed]] = defaultdict(list)
    for start in range(0, len(mission_ids), 500):
        chunk = mission_ids[start : start + 500]
        for mission_id, skill_id, name, level, required in db.execute_sql(
            "SELECT ms.mission_id, ms.skill_id, s.name, ms.level, ms.required "
            "FROM mission_skill ms JOIN skill s ON s.id = ms.skill_id "
            f"WHERE ms.mission_id IN ({_marks(chunk)}) "
            "ORDER BY ms.mission_id, ms.required DESC, ms.level DESC, s.key",
            chunk,
        ):
            needs[mission_id].append(m.SkillNeed(skill_id, name, level, bool(required)))
    return needs


MISSION_COLUMNS = (
    "m.id, m.title, m.talent_daily_rate, m.start_date, m.part_time_percent, m.remote_policy, "
    "m.days_on_site, m.city, m.sector, m.seniority_min"
)


def mission_from_row(row: tuple, needs: list[m.SkillNeed], today: dt.date) -> m.MissionFacts:
    """Facts from a row of :data:`MISSION_COLUMNS`; the start is never before ``today``."""
    mission_id, title, budget, start, part_time, remote, days, city, sector, seniority = row[:10]
    return m.MissionFacts(
        id=mission_id,
        title=title,
        skills=tuple(needs),
        budget=_money(budget),
        start=max(_date(start) or today, today),
        part_time_percent=part_time,
        remote_policy=remote,
        days_on_site=days,
        city=city,
        sector=sector,
        seniority_min=seniority,
    )


def mission_facts(db: Database, mission_id: int, today: dt.date) -> m.MissionFacts:
    """One mission's facts (its region left empty: see :func:`region_of`)."""
    row = db.execute_sql(
        f"SELECT {MISSION_COLUMNS} FROM mission m WHERE m.id = ?", (mission_id,)
    ).fetchone()
    if row is None:
        raise LookupError(f"no mission {mission_id}")
    return mission_from_row(row, mission_needs(db, [mission_id])[mission_id], today)


# A contract keeps its talent busy from its start to its end (the day it was ended early,
# if it was), for the mission's part of their time; a contract without a mission, full time.
CONTRACT_END = "COALESCE(c.ended_on, c.end_date)"
CONTRACT_LOADS = (
    f"SELECT c.talent_id, c.start_date, {CONTRACT_END}, COALESCE(cm.part_time_percent, 100) "
    "FROM contract c LEFT JOIN mission cm ON cm.id = c.mission_id"
)


def talent_facts(
    db: Database, talent_ids: list[int], skill_ids: list[int] | None = None
) -> dict[int, m.TalentFacts]:
    """Facts of these talents; their levels in ``skill_ids`` only, when given."""
    result: dict[int, m.TalentFacts] = {}
    for start in range(0, len(talent_ids), 500):
        chunk = list(talent_ids[start : start + 500])
        levels: dict[int, dict[int, int]] = defaultdict(dict)
        within = f"talent_id IN ({_marks(chunk)})"
        sql = f"SELECT talent_id, skill_id, level FROM talent_skill WHERE {within}"
        params = list(chunk)
        if skill_ids is not None:
            # "+": through the (talent, skill) index. On skill_id, SQLite read every holder
            # of the mission's skills (80,000 index entries at 300,000 talents, 5-8 ms a
            # ranking) to keep the 50 talents asked for.
            sql += f" AND +skill_id IN ({_marks(skill_ids)})"
            params += list(skill_ids)
        for talent_id, skill_id, level in db.execute_sql(sql, params):
            levels[talent_id][skill_id] = level
        refused: dict[int, set[str]] = defaultdict(set)
        for talent_id, key in db.execute_sql(
            f"SELECT talent_id, key FROM talent_refused_sector WHERE {within}",
            chunk,
        ):
            refused[talent_id].add(key)
        contracts: dict[int, list[tuple]] = defaultdict(list)
        for talent_id, start, end, percent in db.execute_sql(
            CONTRACT_LOADS + f" WHERE c.{within}", chunk
        ):
            contracts[talent_id].append((_date(start), _date(end), percent))
        for row in db.execute_sql(
            "SELECT id, first_name, last_name, daily_rate, min_daily_rate, seniority_years, city, "
            "region, mobility, remote_preference, max_days_on_site, available_from, "
            f"load_percent, status FROM talent WHERE id IN ({_marks(chunk)})",
            chunk,
        ):
            talent_id = row[0]
            result[talent_id] = m.TalentFacts(
                id=talent_id,
                name=f"{row[1]} {row[2]}",
                daily_rate=_money(row[3]),
                min_daily_rate=_money(row[4]),
                seniority_years=row[5],
                city=row[6],
                region=row[7],
                mobility=row[8],
                remote_preference=row[9],
                max_days_on_site=row[10],
                available_from=_date(row[11]),
                load_percent=row[12],
                status=row[13],
                levels=dict(levels[talent_id]),
                refused_sectors=frozenset(refused[talent_id]),
                contracts=tuple(contracts[talent_id]),
            )
    return result


# -- places ------------------------------------------------------------------------------

_cache = threading.local()  # per thread, as peewee's connections are


def _distinct_values(db: Database, column: str) -> tuple[str, ...]:
    """``SELECT DISTINCT column FROM talent``, remembered per connection until the
    database changes (``PRAGMA data_version`` counts the other connections' commits,
    ``total_changes`` this one's): reading the city index costs 5-8 ms at 100,000
    talents, the region column a scan of the table."""
    connection = db.connection()
    version = (
        connection.execute("PRAGMA data_version").fetchone()[0],
        connection.total_changes,
    )
    if getattr(_cache, "connection", None) is not connection:
        _cache.connection, _cache.values = connection, {}
    cached = _cache.values.get(column)
    if cached is not None and cached[0] == version:
        return cached[1]
    values = tuple(v for (v,) in db.execute_sql(f"SELECT DISTINCT {column} FROM talent") if v)
    _cache.values[column] = (version, values)
    return values


def spellings(db: Database, column: str, text: str) -> tuple[str, ...]:
    """The values of ``talent.<column>`` equal to ``text`` without accents or case."""
    if column not in ("city", "region"):
        raise ValueError(f"not a place column: {column!r}")
    key = fold(text)
    if not key:
        return ()
    return tuple(v for v in _distinct_values(db, column) if fold(v) == key)


def region_of(db: Database, city_spellings: tuple[str, ...]) -> str:
    """The region most talents living in the city give ("" when none does).

    Missions record a city, not a region; the pool knows which region a city is in.
    A vote of the first :data:`REGION_SAMPLE` talents found through the city index:
    all of them would cost a row read each (Paris: thousands).
    """
    if not city_spellings:
        return ""
    row = db.execute_sql(
        "SELECT region FROM (SELECT region FROM talent WHERE city IN "
        f"({_marks(city_spellings)}) AND region != '' LIMIT {REGION_SAMPLE}) "
        "GROUP BY region ORDER BY COUNT(*) DESC, region LIMIT 1",
        city_spellings,
    ).fetchone()
    return row[0] if row else ""


def regions_by_city(db: Database, cities: set[str]) -> dict[str, str]:
    """:func:`region_of` each of ``cities`` (compared without accents or case)."""
    spelled: dict[str, list[str]] = {}
    if cities:
        for value in _distinct_values(db, "city"):
            spelled.setdefault(fold(value), []).append(value)
    return {city: region_of(db, tuple(spelled.get(fold(city), ()))) for city in cities}
