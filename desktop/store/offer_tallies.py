"""Tallies of the offers that refusal analytics reads instead of the offers themselves.

A report over a period used to group every offer of it, several times: by month
and status, by month and refusal reason (joining 140,000 reasons), and by mission
for the time to staff; at 200,000 offers that was 0.7-0.8 s, mostly SQLite sorting
those rows for its GROUP BYs. Three small tables now hold what those passes
computed, kept exact by triggers whatever code writes (services, imports, the demo
generator, an Undo), like the search index and the row versions:

- ``offer_day_count``: offers per day sent and status (a few thousand rows);
- ``refusal_day_count``: refused offers per day sent and reason cited (an offer
  refused for two reasons counts once for each, as the report does);
- ``mission_staffing``: per mission ever proposed, its first offer, its first
  acceptance and the days between (the time to staff).

They are derived data: :func:`install` (a fresh database, the end of every
migration) recreates the triggers and refills the tables from the offers, so a
migration step that rewrites offers while the triggers are off cannot leave
them stale. :func:`mismatches` compares them with a count from scratch (the
tests).

SQLite's own (triggers with ``ON CONFLICT DO UPDATE``, ``julianday``); on
PostgreSQL the same tables would be kept by ``plpgsql`` triggers, or the report
would read the offers as before.
"""

from __future__ import annotations

from peewee import Database

from desktop.domain.vocabulary import OfferStatus

TABLES = ("offer_day_count", "refusal_day_count", "mission_staffing")

_ACCEPTED = f"'{OfferStatus.ACCEPTED}'"
_REFUSED = f"'{OfferStatus.REFUSED}'"

# -- statements inside the triggers ------------------------------------------------------


def _count_offer(day: str, status: str, delta: int) -> str:
    if delta > 0:
        return (
            f"INSERT INTO offer_day_count (sent_on, status, offers) VALUES ({day}, {status}, 1) "
            "ON CONFLICT (sent_on, status) DO UPDATE SET offers = offers + 1;"
        )
    return (
        f"UPDATE offer_day_count SET offers = offers - 1 "
        f"WHERE sent_on = {day} AND status = {status};"
        f"DELETE FROM offer_day_count WHERE sent_on = {day} AND status = {status} "
        "AND offers <= 0;"
    )


def _count_reasons_of(offer: str, delta: int) -> str:
    """Every reason of the offer ``offer`` (``old`` or ``new``), if it is refused."""
    if delta > 0:
        return (
            "INSERT INTO refusal_day_count (sent_on, reason, offers) "
            f"SELECT {offer}.sent_on, reason, 1 FROM offer_refusal_reason "
            f"WHERE offer_id = {offer}.id AND {offer}.status = {_REFUSED} "
            "ON CONFLICT (sent_on, reason) DO UPDATE SET offers = offers + 1;"
        )
    return (
        "UPDATE refusal_day_count SET offers = offers - 1 "
        f"WHERE {offer}.status = {_REFUSED} AND sent_on = {offer}.sent_on AND reason IN "
        f"(SELECT reason FROM offer_refusal_reason WHERE offer_id = {offer}.id);"
        f"DELETE FROM refusal_day_count WHERE sent_on = {offer}.sent_on AND offers <= 0;"
    )


def _count_reason(row: str, delta: int) -> str:
    """One reason row (``old`` or ``new``), if its offer is refused."""
    if delta > 0:
        return (
            "INSERT INTO refusal_day_count (sent_on, reason, offers) "
            f"SELECT sent_on, {row}.reason, 1 FROM offer "
            f"WHERE id = {row}.offer_id AND status = {_REFUSED} "
            "ON CONFLICT (sent_on, reason) DO UPDATE SET offers = offers + 1;"
        )
    day = f"(SELECT sent_on FROM offer WHERE id = {row}.offer_id AND status = {_REFUSED})"
    return (
        f"UPDATE refusal_day_count SET offers = offers - 1 "
        f"WHERE sent_on = {day} AND reason = {row}.reason;"
        f"DELETE FROM refusal_day_count WHERE sent_on = {day} AND offers <= 0;"
    )


def _staffing_select(where: str) -> str:
    """Per mission of the offers ``where`` selects: first offer, first acceptance, days."""
    first_accepted = f"MIN(CASE WHEN status = {_ACCEPTED} THEN answered_on END)"
    return (
        f"SELECT mission_id, MIN(sent_on), {first_accepted}, "
        f"CAST(julianday({first_accepted}) - julianday(MIN(sent_on)) AS INTEGER) "
        f"FROM offer WHERE {where} GROUP BY mission_id"
    )


def _restaff(mission: str, emptied: bool = True) -> str:
    """Recount the mission ``mission`` (an expression) from its offers (a handful);
    ``emptied``: it may have none left (its row goes)."""
    recount = (
        "INSERT INTO mission_staffing (mission_id, first_sent, first_accepted, days) "
        f"{_staffing_select(f'mission_id = {mission}')} "
        "ON CONFLICT (mission_id) DO UPDATE SET first_sent = excluded.first_sent, "
        "first_accepted = excluded.first_accepted, days = excluded.days;"
    )
    if not emptied:
        return recount
    return recount + (
        f"DELETE FROM mission_staffing WHERE mission_id = {mission} "
        f"AND NOT EXISTS (SELECT 1 FROM offer WHERE mission_id = {mission});"
    )


_CHANGED_COUNT = "old.sent_on IS NOT new.sent_on OR old.status IS NOT new.status"
_CHANGED_STAFFING = (
    f"{_CHANGED_COUNT} OR old.answered_on IS NOT new.answered_on "
    "OR old.mission_id IS NOT new.mission_id"
)

# name -> (event, condition, body). Forms save every column: the WHEN conditions keep an
# edit of a message or a rate from touching the tallies.
TRIGGERS: dict[str, tuple[str, str, str]] = {
    "offer_tally_ai": (
        "AFTER INSERT ON offer",
        "",
        _count_offer("new.sent_on", "new.status", +1) + _restaff("new.mission_id", False),
    ),
    "offer_tally_ad": (
        "AFTER DELETE ON offer",
        "",
        # reasons still attached (foreign keys off) no longer count, as in a join
        _count_offer("old.sent_on", "old.status", -1)
        + _count_reasons_of("old", -1)
        + _restaff("old.mission_id"),
    ),
    "offer_tally_au": (
        "AFTER UPDATE OF sent_on, status ON offer",
        _CHANGED_COUNT,
        _count_offer("old.sent_on", "old.status", -1)
        + _count_offer("new.sent_on", "new.status", +1)
        + _count_reasons_of("old", -1)
        + _count_reasons_of("new", +1),
    ),
    "offer_staffing_au": (
        "AFTER UPDATE OF sent_on, status, answered_on, mission_id ON offer",
        _CHANGED_STAFFING,
        _restaff("old.mission_id") + _restaff("new.mission_id", False),
    ),
    "refusal_tally_ai": ("AFTER INSERT ON offer_refusal_reason", "", _count_reason("new", +1)),
    "refusal_tally_ad": ("AFTER DELETE ON offer_refusal_reason", "", _count_reason("old", -1)),
    "refusal_tally_au": (
        "AFTER UPDATE OF offer_id, reason ON offer_refusal_reason",
        "old.offer_id IS NOT new.offer_id OR old.reason IS NOT new.reason",
        _count_reason("old", -1) + _count_reason("new", +1),
    ),
}


def drop_triggers(db: Database) -> None:
    for name in TRIGGERS:
        db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")


def create_triggers(db: Database) -> None:
    for name, (event, condition, body) in TRIGGERS.items():
        when = f" WHEN {condition}" if condition else ""
        db.execute_sql(f"CREATE TRIGGER {name} {event}{when} BEGIN {body} END")


# -- counting from scratch ---------------------------------------------------------------

_FRESH = {
    "offer_day_count": (
        "sent_on, status, offers",
        "SELECT sent_on, status, COUNT(*) FROM offer GROUP BY sent_on, status",
    ),
    "refusal_day_count": (
        "sent_on, reason, offers",
        "SELECT offer.sent_on, r.reason, COUNT(*) "
        "FROM offer JOIN offer_refusal_reason r ON r.offer_id = offer.id "
        f"WHERE offer.status = {_REFUSED} GROUP BY offer.sent_on, r.reason",
    ),
    "mission_staffing": (
        "mission_id, first_sent, first_accepted, days",
        _staffing_select("1"),
    ),
}


def rebuild(db: Database) -> None:
    """Count every tally again from the offers (after a migration; a second at 300k)."""
    for table, (columns, select) in _FRESH.items():
        db.execute_sql(f"DELETE FROM {table}")
        db.execute_sql(f"INSERT INTO {table} ({columns}) {select}")


def install(db: Database) -> None:
    """(Re)create the triggers and refill the tallies. Idempotent: a fresh database and the
    end of every migration call it (a migration rebuilding ``offer`` drops its triggers)."""
    drop_triggers(db)
    create_triggers(db)
    rebuild(db)


def mismatches(db: Database) -> list[str]:
    """The tallies' rows that differ from a count from scratch ("table: row"), none when
    the triggers kept them exact."""
    found = []
    for table, (columns, select) in _FRESH.items():
        kept = set(db.execute_sql(f"SELECT {columns} FROM {table}").fetchall())
        fresh = set(db.execute_sql(select).fetchall())
        found += [f"{table}: {row} kept, not counted" for row in sorted(kept - fresh, key=str)]
        found += [f"{table}: {row} counted, not kept" for row in sorted(fresh - kept, key=str)]
    return found
