"""The rows of the talents, companies and contacts exports, read with a plain cursor.

The export (desktop/services/exporting.py) names its columns as SQL expressions over
the kind's table; this module says where each kind's rows come from and in which order
(the lists' order: sort name, then id), and runs the queries. Rows come back raw
(money in cents, dates as ISO text), streamed: 100,000 rows never sit in memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop.store.models import database

# A talent's skills as "name:level", highest level first. group_concat is SQLite's own;
# PostgreSQL: string_agg(s.name || ':' || ts.level, ', ' ORDER BY ts.level DESC, s.key).
TALENT_SKILLS_SQL = (
    "(SELECT group_concat(item, ', ') FROM (SELECT s.name || ':' || ts.level AS item "
    "FROM talent_skill ts JOIN skill s ON s.id = ts.skill_id WHERE ts.talent_id = talent.id "
    "ORDER BY ts.level DESC, s.key))"
)
# The sectors a talent refuses; PostgreSQL: string_agg(sector, ', ' ORDER BY key).
TALENT_REFUSED_SECTORS_SQL = (
    "(SELECT group_concat(sector, ', ') FROM (SELECT sector FROM talent_refused_sector "
    "WHERE talent_id = talent.id ORDER BY key))"
)

# kind -> (FROM clause, ORDER BY clause)
_SOURCES = {
    "talents": ("talent", "sort_name, talent.id"),
    "companies": ("company", "sort_name, company.id"),
    "contacts": (
        "contact JOIN company ON company.id = contact.company_id",
        "company.sort_name, contact.last_name, contact.first_name, contact.id",
    ),
}


def export_rows(kind: str, expressions: Sequence[str]) -> Iterable[tuple]:
    """Every ``kind`` record ("talents", "companies", "contacts") as a tuple of the
    ``expressions`` (SQL over the kind's table; contacts may name ``company.``), in the
    lists' order. A live cursor: iterate it once."""
    source, order = _SOURCES[kind]
    return database.execute_sql(f"SELECT {', '.join(expressions)} FROM {source} ORDER BY {order}")


def export_count(kind: str) -> int:
    """How many ``kind`` records :func:`export_rows` yields (for the progress bar)."""
    source, _ = _SOURCES[kind]
    return database.execute_sql(f"SELECT COUNT(*) FROM {source}").fetchone()[0]


def vcard_rows(kind: str) -> Iterable[tuple]:
    """Every talent or contact ("talents" or "contacts") as (first name, last name,
    e-mail, phone, title or role, company name or "", notes), in the lists' order. A live
    cursor, like :func:`export_rows`."""
    if kind == "talents":
        sql = (
            "SELECT first_name, last_name, email, phone, title, '', notes FROM talent "
            "ORDER BY sort_name, id"
        )
    else:
        sql = (
            "SELECT contact.first_name, contact.last_name, contact.email, contact.phone, "
            "contact.role, company.name, contact.notes FROM contact JOIN company ON "
            f"company.id = contact.company_id ORDER BY {_SOURCES['contacts'][1]}"
        )
    return database.execute_sql(sql)
