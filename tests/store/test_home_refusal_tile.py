"""Home's refusal tile counts the reasons of refused offers per day of sending, kept by
triggers (store/offer_tallies.py, refusal analytics' tallies): the counts must be what the
offers say, whatever wrote them (the demo's bulk load, the service, plain SQL as an import
or Undo, an upgrade)."""

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


def _counts_unlike_the_offers() -> int:
    """(day, reason) pairs whose kept count is not the count through the offers."""
    kept = {
        (day, reason): n
        for day, reason, n in database.execute_sql(
            "SELECT sent_on, reason, offers FROM refusal_day_count"
        )
        if n
    }
    through = {
        (day, reason): n
        for day, reason, n in database.execute_sql(
            "SELECT o.sent_on, r.reason, COUNT(*) FROM offer o JOIN offer_refusal_reason r"
            " ON r.offer_id = o.id WHERE o.status = 'refused' GROUP BY 1, 2"
        )
    }
    return len(set(kept.items()) ^ set(through.items()))


def _periods() -> list[tuple[dt.date, dt.date]]:
    return [
        (TODAY - dt.timedelta(days=days), TODAY + dt.timedelta(days=30))
        for days in (0, 30, 90, 365, 3650)
    ]


def test_the_refusal_tile_counts_what_the_offers_say(demo_db):
    counted = [figures.refusal_reasons(first, last)[1] for first, last in _periods()]
    assert counted == [_through_the_offers(first, last) for first, last in _periods()]
    assert counted[-1], "the demo data refused some offers"
    assert _counts_unlike_the_offers() == 0


def test_the_counts_follow_every_change_of_offers_and_reasons(demo_db):
    sent = Offer.select().where(Offer.status == OfferStatus.SENT).first()
    # refused through the service: the reasons are written before the offer's new status
    offers.set_status(sent.id, OfferStatus.REFUSED, (RefusalReason.RATE_TOO_LOW,), today=TODAY)
    assert _counts_unlike_the_offers() == 0
    refused = Offer.select().where(Offer.status == OfferStatus.REFUSED).first()
    # plain SQL, as an import or Undo would write: a date moved, a status changed there
    # and back, a reason added, moved to another offer, renamed, removed
    moved = (TODAY - dt.timedelta(days=3)).isoformat()
    for sql, params in (
        ("UPDATE offer SET sent_on = ? WHERE id = ?", (moved, refused.id)),
        ("UPDATE offer SET status = 'in_discussion' WHERE id = ?", (refused.id,)),
        ("INSERT INTO offer_refusal_reason (offer_id, reason) VALUES (?, 'values')", (sent.id,)),
        (
            "UPDATE offer_refusal_reason SET offer_id = ? WHERE offer_id = ? AND reason = 'values'",
            (refused.id, sent.id),
        ),
        ("UPDATE offer SET status = 'refused', sent_on = ? WHERE id = ?", (TODAY, refused.id)),
        (
            "UPDATE offer_refusal_reason SET reason = 'renamed' WHERE offer_id = ?"
            " AND reason = 'values'",
            (refused.id,),
        ),
        ("DELETE FROM offer_refusal_reason WHERE offer_id = ?", (sent.id,)),
    ):
        database.execute_sql(sql, params)
        assert _counts_unlike_the_offers() == 0, sql
    for first, last in _periods():
        assert figures.refusal_reasons(first, last)[1] == _through_the_offers(first, last)


def test_an_upgraded_database_has_the_counts(tmp_path):
    path = tmp_path / "v10.sqlite3"
    shutil.copy(FIXTURES / "schema-v10.sqlite3", path)
    db = open_database(path, tmp_path / "backups")
    try:
        (reasons,) = database.execute_sql("SELECT COUNT(*) FROM offer_refusal_reason").fetchone()
        assert reasons > 0
        assert _counts_unlike_the_offers() == 0
    finally:
        db.close()
        database.initialize(None)
