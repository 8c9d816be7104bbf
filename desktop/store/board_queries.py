"""The boards' reads in SQL: per column, the count, the total and the first cards' ids;
then the cards' rows.

The service (desktop/services/boards.py) turns the rows into cards and columns. Filters
(owner, sector, tag) are SQL conditions; words go through the FTS5 index
(``company_fts``, ``mission_fts``) joined *from* the FTS table, as the big lists do. For
missions, the owner and the tags are those of the client.

SQLite's own here, with the PostgreSQL equivalent: FTS5 ``MATCH`` (``search @@
to_tsquery(…)``), ``CROSS JOIN`` to force the join order (not needed there), ``TOTAL()``
(``SUM(…::numeric)``, which does not overflow) and ``group_concat`` (``string_agg``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.domain.vocabulary import MissionStatus, PipelineStage
from desktop.store.board_lists import MISSION_BUDGET_SQL
from desktop.store.models import database

# Tags are stored "a, b" by the services; imports may write "a,b": compare both alike.
_TAG_MATCH = "(',' || replace(company.tags, ', ', ',') || ',') LIKE ? ESCAPE '\\'"
# A mission's first four skills, required ones first. PostgreSQL: string_agg over the same
# ordered, limited subquery.
_MISSION_SKILLS = (
    "(SELECT group_concat(name, ', ') FROM (SELECT s.name FROM mission_skill ms "
    "JOIN skill s ON s.id = ms.skill_id WHERE ms.mission_id = mission.id "
    "ORDER BY ms.required DESC, ms.level DESC, s.key LIMIT 4))"
)


@dataclass(frozen=True)
class BoardSpec:
    """What a board is made of: its table, its column field and what a column sums."""

    table: str
    column_sql: str  # the stage or status
    keys: tuple[str, ...]  # the columns, in order
    fts_table: str
    # A condition on the company, as a condition on the table: "{}" receives it. A
    # subquery rather than a join, so the list mode's count (of the table alone) holds.
    on_company: str
    total_sql: str
    days_sql: str


PIPELINE = BoardSpec(
    table="company",
    column_sql="company.stage",
    keys=tuple(s.value for s in PipelineStage),
    fts_table="company_fts",
    on_company="{}",
    total_sql="company.expected_value",
    days_sql="0",
)
MISSIONS = BoardSpec(
    table="mission",
    column_sql="mission.status",
    keys=tuple(s.value for s in MissionStatus),
    fts_table="mission_fts",
    on_company="mission.company_id IN (SELECT company.id FROM company WHERE {})",
    total_sql=MISSION_BUDGET_SQL,
    days_sql="mission.duration_days",
)


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _conditions(
    spec: BoardSpec, owner: str, sector: str, tag: str, column: str = ""
) -> tuple[list[str], list]:
    """The WHERE clauses of the filters but the words (the caller joins the FTS table)."""
    clauses: list[str] = []
    params: list = []
    if owner:
        clauses.append(spec.on_company.format("company.owner = ?"))
        params.append(owner)
    if sector:
        clauses.append(f"{spec.table}.sector = ?")
        params.append(sector)
    if tag:
        clauses.append(spec.on_company.format(_TAG_MATCH))
        params.append(f"%,{_like_escape(' '.join(tag.split()))},%")
    if column:
        clauses.append(f"{spec.column_sql} = ?")
        params.append(column)
    return clauses, params


def list_condition(
    spec: BoardSpec, owner: str, sector: str, tag: str, column: str
) -> tuple[str, list] | None:
    """The condition (SQL, parameters) of a board's list mode, for
    :class:`~desktop.store.lists.ListQuery`'s ``where``; None when nothing is filtered.
    The words go to the list's own search."""
    clauses, params = _conditions(spec, owner, sector, tag, column)
    if not clauses:
        return None
    return " AND ".join(f"({c})" for c in clauses), params


def column_figures(
    spec: BoardSpec, owner: str, sector: str, tag: str, fts_query: str | None, limit: int
) -> tuple[dict[str, tuple[int, int, int]], dict[str, list[int]]]:
    """Per column key: (count, total in cents, days) of the filtered records, and the ids
    of its first ``limit`` cards (most recently updated first, then newest). Columns with
    no record are absent. ``fts_query`` (an FTS5 query, or None) keeps the records
    matching the words."""
    clauses, params = _conditions(spec, owner, sector, tag)
    source = spec.table
    if fts_query:
        fts = spec.fts_table
        # CROSS JOIN keeps the FTS table as the outer loop (see store/lists.py).
        source = f"{fts} CROSS JOIN {spec.table} ON {spec.table}.id = {fts}.rowid"
        clauses.insert(0, f"{fts} MATCH ?")
        params.insert(0, fts_query)
    where = (" WHERE " + " AND ".join(f"({c})" for c in clauses)) if clauses else ""
    # TOTAL, not SUM: SUM raises "integer overflow" past 9.2e18 cents, and two deal values
    # of 5e16 EUR stored before the domain's bounds broke the whole board. TOTAL adds in
    # floating point, exact for whole cents up to 2^53 (90 trillion euros).
    totals = {
        key: (count, int(total), int(days))
        for key, count, total, days in database.execute_sql(
            f"SELECT {spec.column_sql}, COUNT(*), TOTAL({spec.total_sql}), "
            f"TOTAL({spec.days_sql}) FROM {source}{where} GROUP BY {spec.column_sql}",
            params,
        )
    }
    ids: dict[str, list[int]] = {}
    column_where = f"{where} AND " if where else " WHERE "
    for key in spec.keys:
        if not totals.get(key, (0,))[0]:
            continue
        # One query per column: each reads its own rows through the stage/status index
        # and keeps the top ``limit`` while scanning (no sort of the whole table).
        rows = database.execute_sql(
            f"SELECT {spec.table}.id FROM {source}{column_where}{spec.column_sql} = ? "
            f"ORDER BY {spec.table}.updated_at DESC, {spec.table}.id DESC LIMIT ?",
            [*params, key, limit],
        )
        ids[key] = [r[0] for r in rows]
    return totals, ids


def _in(ids: Sequence[int]) -> str:
    return ", ".join("?" * len(ids))


def company_card_rows(ids: Sequence[int]) -> Iterable[tuple]:
    """(id, name, city, sector, owner, expected value in cents, the four vetting checks,
    next follow-up as ISO text, lost reason) of the companies ``ids``, in no order.
    A live cursor."""
    return database.execute_sql(
        "SELECT id, name, city, sector, owner, expected_value, vetted_identity, vetted_brief, "
        "vetted_budget, vetted_value, next_follow_up_on, lost_reason "
        f"FROM company WHERE id IN ({_in(ids)})",
        list(ids),
    )


def mission_card_rows(ids: Sequence[int]) -> Iterable[tuple]:
    """(id, title, client name, status, start date, duration in days, client daily rate
    and budget in cents, first four skills, objectives, deliverables, exclusions, roles,
    has phases, client id) of the missions ``ids``, in no order. A live cursor."""
    return database.execute_sql(
        "SELECT mission.id, mission.title, company.name, mission.status, mission.start_date, "
        f"mission.duration_days, mission.client_daily_rate, {MISSION_BUDGET_SQL}, "
        f"{_MISSION_SKILLS}, mission.objectives, mission.deliverables, mission.exclusions, "
        "mission.roles, EXISTS (SELECT 1 FROM mission_phase p WHERE p.mission_id = mission.id), "
        "mission.company_id "
        f"FROM mission JOIN company ON company.id = mission.company_id "
        f"WHERE mission.id IN ({_in(ids)})",
        list(ids),
    )
