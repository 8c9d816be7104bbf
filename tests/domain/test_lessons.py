from decimal import Decimal

from desktop.domain.lessons import (
    LessonScope,
    ReasonTally,
    rate_advice,
    select_lessons,
)
from desktop.domain.vocabulary import RefusalReason as R

MISSION, CLIENT, SECTOR = LessonScope.MISSION, LessonScope.CLIENT, LessonScope.SECTOR


def test_the_rate_to_propose_is_the_accepted_median_when_it_beats_the_refused_one():
    assert str(rate_advice(Decimal("680"), Decimal("600"))) == (
        "Propose at least 680: the median rate of the accepted offers."
    )
    # Accepted offers were cheaper than those refused as too low: aim above the refusals.
    assert str(rate_advice(Decimal("550"), Decimal("600"))) == (
        "Propose more than 600: the median rate refused as too low."
    )
    assert str(rate_advice(None, Decimal("600"))).startswith("Propose more than 600")
    assert "minimum daily rates" in str(rate_advice(None, None))


def test_lessons_need_two_refusals_and_come_from_the_most_specific_scope():
    lessons = select_lessons(
        [
            ReasonTally(SECTOR, R.RATE_TOO_LOW, 9, 20, "Banque"),
            ReasonTally(CLIENT, R.VALUES, 1, 5),  # once: an anecdote
            ReasonTally(CLIENT, R.VAGUE_SCOPE, 2, 5),
            ReasonTally(CLIENT, R.RATE_TOO_LOW, 3, 5, accepted_rate=Decimal("700")),
            ReasonTally(MISSION, R.VAGUE_SCOPE, 2, 2),
        ]
    )
    # The client's vague scope was learnt from the mission, the sector's rate from the
    # client: each reason is said once, where it is most specific.
    assert [(x.scope, x.reason) for x in lessons] == [
        (MISSION, R.VAGUE_SCOPE),
        (CLIENT, R.RATE_TOO_LOW),
    ]
    assert str(lessons[0].finding) == (
        "Talents refused 2 of this mission’s 2 answered offers citing "
        "“Vague scope or unrealistic goals”."
    )
    assert "scope checklist" in str(lessons[0].advice)
    assert str(lessons[1].advice).startswith("Propose at least 700")


def test_at_most_four_lessons():
    tallies = [ReasonTally(CLIENT, reason, 5, 10) for reason in R]
    lessons = select_lessons(tallies)
    assert len(lessons) == 4
    assert [x.reason for x in lessons] == list(R)[:4]  # equal counts: the vocabulary's order
