"""The tallies refusal analytics reads (offers per day and status, refusals per day and
reason, each mission's time to staff) stay equal to a count from scratch, whatever writes
the offers: the services, a raw UPDATE as an import or a repair would do, a delete."""

import datetime as dt
from decimal import Decimal

from desktop.domain.vocabulary import OfferStatus
from desktop.domain.vocabulary import RefusalReason as R
from desktop.services import offers
from desktop.store import offer_tallies
from desktop.store.models import Mission, MissionStaffing, Offer, Talent, database
from tests.conftest import TODAY

D = dt.date


def sql(statement: str, *params) -> None:
    database.execute_sql(statement, params)


def exact() -> list[str]:
    return offer_tallies.mismatches(database)


def test_the_demo_data_is_tallied_exactly(demo_db):
    assert database.execute_sql("SELECT COUNT(*) FROM offer_day_count").fetchone()[0] > 10
    assert database.execute_sql("SELECT COUNT(*) FROM refusal_day_count").fetchone()[0] > 10
    assert MissionStaffing.select().count() == (Offer.select(Offer.mission).distinct().count())
    assert exact() == []


def test_every_kind_of_write_keeps_the_tallies_exact(demo_db):
    mission = Mission.select().where(Mission.status == "open").first().id
    talents = [t.id for t in Talent.select(Talent.id).order_by(Talent.id.desc()).limit(4)]
    created = offers.propose(
        mission, talents, Decimal("600"), today=TODAY, allow_incomplete_scope=True
    ).created
    assert len(created) == 4 and exact() == []
    first, second, third, fourth = created
    offers.set_status(first, OfferStatus.REFUSED, (R.RATE_TOO_LOW, R.VAGUE_SCOPE), today=TODAY)
    assert exact() == []
    sql("DELETE FROM offer_refusal_reason WHERE offer_id = ? AND reason = ?", first, R.VAGUE_SCOPE)
    sql("INSERT INTO offer_refusal_reason (offer_id, reason) VALUES (?, ?)", first, R.VALUES)
    assert exact() == []
    offers.set_status(second, OfferStatus.ACCEPTED, today=TODAY + dt.timedelta(days=3))
    staffing = MissionStaffing.get(MissionStaffing.mission_id == mission)
    assert staffing.first_accepted is not None and exact() == []
    offers.set_status(third, OfferStatus.IN_DISCUSSION, today=TODAY)
    assert exact() == []
    # Raw writes, as an import or a repair: another day, another status, another mission.
    sql("UPDATE offer SET sent_on = ? WHERE id = ?", "2025-02-03", first)
    sql("UPDATE offer SET status = 'expired', answered_on = NULL WHERE id = ?", second)
    other = Mission.select().where(Mission.id != mission).first().id
    sql("UPDATE offer SET mission_id = ? WHERE id = ?", other, third)
    sql(
        "UPDATE offer_refusal_reason SET reason = ? WHERE offer_id = ? AND reason = ?",
        R.RIGID_CONDITIONS,
        first,
        R.VALUES,
    )
    sql("UPDATE offer SET message = 'relu' WHERE id = ?", fourth)  # nothing counted changes
    assert exact() == []
    # Deleted: the reasons first (foreign keys), then the offers.
    sql("DELETE FROM offer_refusal_reason WHERE offer_id = ?", first)
    sql("DELETE FROM offer WHERE id IN (?, ?)", first, fourth)
    assert exact() == []
    # A mission whose only offer goes has no time to staff any more.
    alone = Mission.select().where(Mission.status == "draft").first().id
    (only,) = offers.propose(
        alone, talents[:1], Decimal("500"), today=TODAY, allow_incomplete_scope=True
    ).created
    assert MissionStaffing.select().where(MissionStaffing.mission_id == alone).exists()
    sql("DELETE FROM offer WHERE id = ?", only)
    assert not MissionStaffing.select().where(MissionStaffing.mission_id == alone).exists()
    assert exact() == []


def test_an_offer_deleted_with_its_reasons_still_attached_no_longer_counts(demo_db):
    """Foreign keys off (a migration, another tool): the reasons left behind count no more,
    as a join of the offers with their reasons would not find them."""
    refused = Offer.select().where(Offer.status == OfferStatus.REFUSED).first().id
    sql("PRAGMA foreign_keys = OFF")
    try:
        sql("DELETE FROM offer WHERE id = ?", refused)
        assert exact() == []
        sql("DELETE FROM offer_refusal_reason WHERE offer_id = ?", refused)
        assert exact() == []
    finally:
        sql("PRAGMA foreign_keys = ON")


def test_rebuilding_counts_the_same_as_the_triggers(demo_db):
    kept = {
        table: database.execute_sql(f"SELECT * FROM {table} ORDER BY 2, 3").fetchall()
        for table in offer_tallies.TABLES
    }
    offer_tallies.rebuild(database)
    for table, rows in kept.items():
        again = database.execute_sql(f"SELECT * FROM {table} ORDER BY 2, 3").fetchall()
        assert [r[1:] for r in again] == [r[1:] for r in rows], table
