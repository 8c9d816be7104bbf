"""How many reasons of refused offers were cited, per day of sending and reason.

Home's refusal tile counts the reasons of the offers sent this quarter and refused:
through the offers, one index search per refused offer (51,000 at 300,000 records,
40-80 ms of the dashboard's reading); from this table, a quarter is a few hundred rows.

Triggers keep it true whatever code path writes (services, imports, Undo), as the search
index and row versions do: a reason written or removed counts while its offer is
refused, an offer refused (or no longer, or moved to another day) moves its reasons.
:func:`install` recomputes it from the offers (a new database, the end of a migration).
"""

from __future__ import annotations

from peewee import Database

from desktop.domain.vocabulary import OfferStatus

_REFUSED = f"'{OfferStatus.REFUSED}'"


def _count(row: str, step: str) -> str:
    """Add ``step`` to the count of the reason ``row`` (``new`` or ``old``) of an offer
    refused, on the day the offer was sent."""
    return (
        "INSERT INTO refusal_day (day, reason, cited) SELECT o.sent_on, "
        f"{row}.reason, {step} FROM offer o WHERE o.id = {row}.offer_id "
        f"AND o.status = {_REFUSED} "
        f"ON CONFLICT (day, reason) DO UPDATE SET cited = cited + {step};"
    )


def _move(row: str, step: str) -> str:
    """Add ``step`` to the counts of every reason of the offer ``row`` (``new`` or ``old``),
    if it is refused."""
    return (
        f"INSERT INTO refusal_day (day, reason, cited) SELECT {row}.sent_on, r.reason, "
        f"{step} FROM offer_refusal_reason r WHERE r.offer_id = {row}.id "
        f"AND {row}.status = {_REFUSED} "
        f"ON CONFLICT (day, reason) DO UPDATE SET cited = cited + {step};"
    )


_TRIGGERS = {
    "refusal_day_reason_ai": ("AFTER INSERT ON offer_refusal_reason", _count("new", "1")),
    "refusal_day_reason_ad": ("AFTER DELETE ON offer_refusal_reason", _count("old", "-1")),
    "refusal_day_reason_au": (
        "AFTER UPDATE OF offer_id, reason ON offer_refusal_reason",
        _count("old", "-1") + " " + _count("new", "1"),
    ),
    "refusal_day_offer_au": (
        "AFTER UPDATE OF status, sent_on ON offer",
        _move("old", "-1") + " " + _move("new", "1"),
    ),
}


def install(db: Database) -> None:
    """(Re)create the triggers, and recompute the counts from the offers."""
    drop_triggers(db)
    for name, (when, body) in _TRIGGERS.items():
        db.execute_sql(f"CREATE TRIGGER {name} {when} BEGIN {body} END")
    db.execute_sql("DELETE FROM refusal_day")
    db.execute_sql(
        "INSERT INTO refusal_day (day, reason, cited) SELECT o.sent_on, r.reason, COUNT(*) "
        f"FROM offer o JOIN offer_refusal_reason r ON r.offer_id = o.id "
        f"WHERE o.status = {_REFUSED} GROUP BY o.sent_on, r.reason"
    )


def drop_triggers(db: Database) -> None:
    """Drop the triggers (a migration rebuilding a table puts them back at the end)."""
    for name in _TRIGGERS:
        db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
