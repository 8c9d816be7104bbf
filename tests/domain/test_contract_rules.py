"""Contract lifecycle and notice computation, on worked cases."""

import datetime as dt

import pytest

from desktop.domain import contract_rules as rules
from desktop.domain.errors import DomainError
from desktop.domain.vocabulary import ContractStatus as S

LEGAL = {
    (S.DRAFT, S.SENT),
    (S.SENT, S.SIGNED),
    (S.SENT, S.TERMINATED),
    (S.SIGNED, S.ACTIVE),
    (S.SIGNED, S.TERMINATED),
    (S.ACTIVE, S.ENDED),
    (S.ACTIVE, S.TERMINATED),
}


@pytest.mark.parametrize("current", list(S))
@pytest.mark.parametrize("new", list(S))
def test_every_transition_is_allowed_or_refused_with_a_message(current, new):
    if (current, new) in LEGAL:
        rules.check_transition(current, new)
        return
    with pytest.raises(DomainError) as error:
        rules.check_transition(current, new)
    text = str(error.value)
    assert current.value.capitalize() in text or "cannot change any more" in text


def test_a_refusal_says_what_the_contract_can_become():
    with pytest.raises(DomainError) as error:
        rules.check_transition(S.DRAFT, S.SIGNED)
    assert str(error.value) == (
        "A contract that is Draft cannot become Signed; it can become: Sent."
    )


def test_an_ended_contract_cannot_change():
    with pytest.raises(DomainError, match="cannot change any more"):
        rules.check_transition(S.TERMINATED, S.ACTIVE)


GIVEN = dt.date(2026, 11, 22)


def test_fifteen_days_notice():
    dates = rules.ending_dates(GIVEN, rules.Notice(15, "day"), dt.date(2026, 1, 5), None)
    assert dates.end_date == dt.date(2026, 12, 7)
    assert dates.notice_from_contract and dates.early


def test_one_month_notice_is_clamped_to_the_shorter_month():
    dates = rules.ending_dates(dt.date(2026, 1, 31), rules.Notice(1, "month"), None, None)
    assert dates.end_date == dt.date(2026, 2, 28)
    leap = rules.notice_end(dt.date(2028, 1, 31), rules.Notice(1, "month"))
    assert leap == dt.date(2028, 2, 29)


def test_one_month_ending_at_the_end_of_the_month():
    dates = rules.ending_dates(GIVEN, rules.Notice(1, "month", end_of_month=True), None, None)
    assert dates.end_date == dt.date(2026, 12, 31)


def test_no_term_and_no_notice_clause_gets_a_reasonable_notice():
    # Code civil 1211: a reasonable notice; under 6 months of relationship: 15 days
    short = rules.ending_dates(GIVEN, None, dt.date(2026, 9, 1), None)
    assert (short.notice, short.end_date) == (rules.Notice(15, "day"), dt.date(2026, 12, 7))
    assert not short.notice_from_contract and short.early
    # 2 years and a half: 3 months, one per started year
    long = rules.ending_dates(GIVEN, None, dt.date(2024, 5, 1), None)
    assert long.notice == rules.Notice(3, "month")
    assert long.end_date == dt.date(2027, 2, 22)


def test_reasonable_notice_stops_at_eighteen_months():
    assert rules.reasonable_notice(dt.date(2000, 1, 1), GIVEN) == rules.Notice(18, "month")


def test_a_term_before_the_notice_ends_means_the_contract_simply_ends():
    dates = rules.ending_dates(GIVEN, rules.Notice(1, "month"), None, dt.date(2026, 12, 10))
    assert dates.end_date == dt.date(2026, 12, 10) and not dates.early
    assert dates.notice_ends_on == dt.date(2026, 12, 22)


def test_the_next_milestone_is_the_first_one_still_ahead():
    phases = [
        ("Cadrage", dt.date(2026, 10, 1)),
        ("Recette", dt.date(2027, 1, 15)),
        ("Réalisation", dt.date(2026, 12, 1)),
        ("Sans date", None),
    ]
    assert rules.next_milestone(phases, GIVEN) == ("Réalisation", dt.date(2026, 12, 1))
    assert rules.next_milestone(phases, dt.date(2027, 2, 1)) is None
