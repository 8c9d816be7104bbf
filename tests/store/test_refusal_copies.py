"""Refusal reasons carry their offer's status and sending date (store/refusal_copies.py):
Home's refusal tile counts on them alone, and must count what the offers say, whatever
wrote them (the service, plain SQL, an upgrade)."""

import datetime as dt
import shutil
from pathlib import Path

from desktop.domain.vocabulary import OfferStatus, RefusalReason
from desktop.services import offers
from desktop.store import dashboard as figures
from desktop.store.database import open_database
from desktop.store.models import Offer, database
from tests.conftest import TODAY

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _through_the_offers(first: dt.date, last: dt.date) -> list[tuple[str, int]]:
    """The reasons of the offers sent from ``first`` to ``last`` and refused, read through
    the offers themselves (the tile's query before the copies)."""
    return [
        (reason, n)
        for reason, n in database.execute_sql(
            "SELECT r.reason, COUNT(*) AS n FROM offer JOIN offer_refusal_reason r"
            " ON r.offer_id = offer.id WHERE offer.status = 'refused'"
            " AND offer.sent_on BETWEEN ? AND ? GROUP BY r.reason ORDER BY n DESC, r.reason",
            (first.isoformat(), last.isoformat()),
        )
    ]


def _copies_unlike_their_offer() -> int:
    return database.execute_sql(
        "SELECT COUNT(*) FROM offer_refusal_reason r JOIN offer o ON o.id = r.offer_id"
        " WHERE r.offer_status IS NOT o.status OR r.offer_sent_on IS NOT o.sent_on"
    ).fetchone()[0]


def _periods() -> list[tuple[dt.date, dt.date]]:
    return [
        (TODAY - dt.timedelta(days=days), TODAY + dt.timedelta(days=30))
        for days in (0, 30, 90, 365, 3650)
    ]


def test_the_refusal_tile_counts_what_the_offers_say(demo_db):
    counted = [figures.refusal_reasons(first, last)[1] for first, last in _periods()]
    assert counted == [_through_the_offers(first, last) for first, last in _periods()]
    assert counted[-1], "the demo data refused some offers"
    assert _copies_unlike_their_offer() == 0


def test_the_copies_follow_every_change_of_the_offer(demo_db):
    sent = Offer.select().where(Offer.status == OfferStatus.SENT).first()
    # refused through the service: the reasons are written before the offer's new status
    offers.set_status(sent.id, OfferStatus.REFUSED, (RefusalReason.RATE_TOO_LOW,), today=TODAY)
    refused = Offer.select().where(Offer.status == OfferStatus.REFUSED).first()
    # plain SQL, as an import or Undo would write: a date moved, a status changed, a
    # reason added, a reason moved to another offer
    database.execute_sql(
        "UPDATE offer SET sent_on = ? WHERE id = ?", ((TODAY - dt.timedelta(days=3)), refused.id)
    )
    database.execute_sql("UPDATE offer SET status = 'in_discussion' WHERE id = ?", (refused.id,))
    database.execute_sql(
        "INSERT INTO offer_refusal_reason (offer_id, reason, offer_status, offer_sent_on)"
        " VALUES (?, 'values', '', NULL)",
        (sent.id,),
    )
    database.execute_sql(
        "UPDATE offer_refusal_reason SET offer_id = ? WHERE offer_id = ? AND reason = 'values'",
        (refused.id, sent.id),
    )
    assert _copies_unlike_their_offer() == 0
    for first, last in _periods():
        assert figures.refusal_reasons(first, last)[1] == _through_the_offers(first, last)


def test_an_upgraded_database_has_the_copies(tmp_path):
    path = tmp_path / "v10.sqlite3"
    shutil.copy(FIXTURES / "schema-v10.sqlite3", path)
    db = open_database(path, tmp_path / "backups")
    try:
        (reasons,) = database.execute_sql("SELECT COUNT(*) FROM offer_refusal_reason").fetchone()
        assert reasons > 0
        assert _copies_unlike_their_offer() == 0
    finally:
        db.close()
        database.initialize(None)
