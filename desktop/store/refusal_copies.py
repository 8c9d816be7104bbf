"""Each refusal reason carries a copy of its offer's status and sending date.

Home's refusal tile counts the reasons of the offers sent this quarter and refused:
through the offer, one index search per refused offer (51,000 at 300,000 records,
40-80 ms of the dashboard's reading). With the copy, the count is one range of the
``(offer_status, offer_sent_on, reason)`` index of the reasons alone.

Triggers keep the copy true whatever code path writes (services, imports, Undo,
migrations), as the search index and row versions do: a reason takes its offer's values
when it is written, and an offer's new status or date goes to its reasons.
"""

from __future__ import annotations

from peewee import Database

_TRIGGERS = {
    # a reason written (or moved to another offer): its offer's values
    "offer_refusal_reason_copy_ai": "AFTER INSERT ON offer_refusal_reason",
    "offer_refusal_reason_copy_au": "AFTER UPDATE OF offer_id ON offer_refusal_reason",
}
_FROM_OFFER = (
    "BEGIN UPDATE offer_refusal_reason SET "
    "offer_status = (SELECT status FROM offer WHERE offer.id = new.offer_id), "
    "offer_sent_on = (SELECT sent_on FROM offer WHERE offer.id = new.offer_id) "
    "WHERE id = new.id; END"
)
_OFFER_TRIGGER = "offer_refusal_reason_copy_offer_au"
_TO_REASONS = (
    f"CREATE TRIGGER {_OFFER_TRIGGER} AFTER UPDATE OF status, sent_on ON offer "
    "BEGIN UPDATE offer_refusal_reason SET offer_status = new.status, "
    "offer_sent_on = new.sent_on WHERE offer_id = new.id; END"
)


def install(db: Database) -> None:
    """(Re)create the triggers that keep the copies true."""
    drop_triggers(db)
    for name, when in _TRIGGERS.items():
        db.execute_sql(f"CREATE TRIGGER {name} {when} {_FROM_OFFER}")
    db.execute_sql(_TO_REASONS)


def drop_triggers(db: Database) -> None:
    """Drop the triggers (a migration rebuilding a table puts them back at the end)."""
    for name in (*_TRIGGERS, _OFFER_TRIGGER):
        db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")


def copy_all(db: Database) -> None:
    """Set every reason's copy from its offer (the migration that adds the copies)."""
    db.execute_sql(
        "UPDATE offer_refusal_reason SET "
        "offer_status = (SELECT status FROM offer WHERE offer.id = offer_refusal_reason.offer_id), "
        "offer_sent_on = (SELECT sent_on FROM offer WHERE offer.id = offer_refusal_reason.offer_id)"
    )
