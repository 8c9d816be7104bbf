"""Global search's reads (Ctrl+K): FTS5 matches counted and ranked, and their rows.

The service (desktop/services/search.py) decides what to ask (the name column first,
ranked or newest first, the caps); this module runs it on the index of
:mod:`desktop.store.search_index`. FTS5 ``MATCH`` and ``bm25()`` are SQLite's own: on
PostgreSQL the same reads are ``search @@ to_tsquery(…)`` on a ``tsvector`` column,
ranked by ``ts_rank`` (column weights through ``setweight``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop.store.models import database
from desktop.store.search_index import index_named

# kind -> the result line's columns (id, title, subtitle parts...) for the ids in "{ids}".
_RESULT_ROWS_SQL = {
    "talent": (
        "SELECT id, first_name || ' ' || last_name, title, city, status FROM talent "
        "WHERE id IN ({ids})"
    ),
    "company": "SELECT id, name, city, sector, stage FROM company WHERE id IN ({ids})",
    "contact": (
        "SELECT ct.id, trim(ct.first_name || ' ' || ct.last_name), ct.role, c.name, "
        "ct.company_id FROM contact ct JOIN company c ON c.id = ct.company_id "
        "WHERE ct.id IN ({ids})"
    ),
    "mission": (
        "SELECT m.id, m.title, c.name, m.city, m.status FROM mission m "
        "JOIN company c ON c.id = m.company_id WHERE m.id IN ({ids})"
    ),
    "trace": (
        "SELECT id, title, kind, trim(body || ' ' || decisions || ' ' || cause || ' ' || "
        "solutions), subject_type, subject_id, occurred_at FROM activity WHERE id IN ({ids})"
    ),
}


def _marks(values: Sequence) -> str:
    return ", ".join("?" * len(values))


def newest_matches(fts: str, query: str, limit: int) -> list[int]:
    """Ids of the rows of the FTS table ``fts`` matching ``query``, newest first, up to
    ``limit + 1`` (more means "over the limit": an exact count of a common prefix reads
    every match). Their number is the count a group shows, and when there are too many to
    rank they are the order it shows: one pass over the index where a count, then the
    newest, were two (two common words at 300,000 talents: 7-11 ms each).

    PostgreSQL: ``SELECT id … WHERE search @@ q ORDER BY id DESC LIMIT n``.
    """
    sql = f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid DESC LIMIT ?"
    return [r[0] for r in database.execute_sql(sql, (query, limit + 1))]


def top_matches(fts: str, query: str, ranked: bool, limit: int, skip: Sequence[int]) -> list[int]:
    """Ids of the first ``limit`` rows of ``fts`` matching ``query``, leaving out ``skip``:
    by weighted ``bm25`` (the index's column weights, the name first) when ``ranked``,
    then newest first; newest first only otherwise (streamed from the index, no sort).

    PostgreSQL: ``ORDER BY ts_rank(search, q) DESC, id DESC``.
    """
    where = f"{fts} MATCH ?"
    if skip:
        where += f" AND rowid NOT IN ({_marks(skip)})"
    # Equal ranks (the same words in the same place): the newest record first.
    weights = index_named(fts).bm25_weights() if ranked else ""
    order = f"bm25({fts}, {weights}), rowid DESC" if ranked else "rowid DESC"
    sql = f"SELECT rowid FROM {fts} WHERE {where} ORDER BY {order} LIMIT ?"
    return [r[0] for r in database.execute_sql(sql, (query, *skip, limit))]


def result_rows(kind: str, ids: Sequence[int]) -> list[tuple]:
    """The result lines' columns of the ``kind`` records ``ids``, in no order:
    talent (id, name, title, city, status); company (id, name, city, sector, stage);
    contact (id, name, role, company name, company id); mission (id, title, client,
    city, status); trace (id, title, kind, text, subject type, subject id, occurred at).
    Plain SQL (``trim`` and ``||`` are PostgreSQL's too)."""
    sql = _RESULT_ROWS_SQL[kind].format(ids=_marks(ids))
    return database.execute_sql(sql, list(ids)).fetchall()


def skill_names(owner: str, ids: Sequence[int]) -> Iterable[tuple[int, str]]:
    """(owner id, skill name) of the skills of the talents or missions (``owner``:
    "talent" or "mission") ``ids``, by skill name. Plain SQL. A live cursor."""
    sql = (
        f"SELECT o.{owner}_id, s.name FROM {owner}_skill o JOIN skill s ON s.id = o.skill_id "
        f"WHERE o.{owner}_id IN ({_marks(ids)}) ORDER BY s.name"
    )
    return database.execute_sql(sql, list(ids))
