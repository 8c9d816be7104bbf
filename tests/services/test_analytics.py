"""Refusal analytics on a small book of offers whose every count is known by hand
(see ``tests/services/analytics_book.py``)."""

import datetime as dt

import pytest

from desktop.domain.lessons import LessonScope
from desktop.domain.periods import Period, PeriodChoice, period_for
from desktop.domain.validation import TalentDraft
from desktop.domain.vocabulary import RefusalReason as R
from desktop.services import analytics, talents
from desktop.services.analytics import Scope
from tests.conftest import TODAY
from tests.services.analytics_book import build_book, offer

D = dt.date


@pytest.fixture
def book(db):
    return build_book()


def last_12_months(**filters) -> Scope:
    return Scope(period_for(PeriodChoice.LAST_12_MONTHS, TODAY), **filters)


def test_acceptance_rate_counts_answers_only(book):
    outcomes = analytics.outcomes(last_12_months())
    assert (outcomes.sent, outcomes.accepted, outcomes.refused) == (12, 2, 6)
    assert (outcomes.withdrawn, outcomes.expired, outcomes.pending) == (1, 1, 2)
    assert outcomes.answered == 8
    assert outcomes.acceptance_rate == pytest.approx(2 / 8)
    everything = analytics.outcomes(Scope(Period(None, TODAY)))
    assert (everything.sent, everything.accepted, everything.refused) == (14, 3, 7)


def test_no_answer_yet_has_no_rate_rather_than_zero(db):
    assert analytics.outcomes(last_12_months()).acceptance_rate is None
    assert analytics.has_offers() is False


def test_refusal_reasons_count_each_reason_of_an_offer(book):
    reasons = analytics.refusal_reasons(last_12_months())
    assert [(r.reason, r.offers) for r in reasons] == [
        (R.RATE_TOO_LOW, 4),
        (R.RIGID_CONDITIONS, 2),
        (R.VAGUE_SCOPE, 1),  # ties follow the vocabulary's order
        (R.SCHEDULE_CONFLICT, 1),
    ]
    assert reasons[0].share == pytest.approx(4 / 6)  # of the six refused offers
    assert sum(r.share for r in reasons) > 1  # an offer may give several reasons


def test_reasons_and_outcomes_of_one_client_or_one_sector(book):
    alpha = last_12_months(company_id=book["alpha"])
    assert analytics.outcomes(alpha).sent == 7
    assert [(r.reason, r.offers) for r in analytics.refusal_reasons(alpha)] == [
        (R.RATE_TOO_LOW, 3),
        (R.VAGUE_SCOPE, 1),
    ]
    bank = analytics.outcomes(last_12_months(sector="Banque"))
    assert (bank.sent, bank.accepted, bank.refused) == (10, 1, 5)


def test_months_of_the_period_include_the_empty_ones(book):
    buckets, quarterly = analytics.buckets(last_12_months())
    assert not quarterly
    assert [b.start for b in buckets] == [D(2025, 12, 1)] + [D(2026, m, 1) for m in range(1, 12)]
    by_month = {b.start.month: b for b in buckets}
    march, july = by_month[3], by_month[7]
    assert (march.outcomes.accepted, march.outcomes.refused, march.outcomes.withdrawn) == (1, 2, 1)
    assert march.reasons == {R.RATE_TOO_LOW: 2, R.VAGUE_SCOPE: 1}
    assert july.reasons == {R.RIGID_CONDITIONS: 2, R.RATE_TOO_LOW: 1}
    assert (july.outcomes.sent, july.outcomes.pending) == (3, 1)
    assert by_month[1].outcomes.sent == 0 and by_month[1].reasons == {}
    assert sum(b.outcomes.sent for b in buckets) == 12


def test_a_long_period_is_shown_by_quarter(book):
    offer(book["c1"], talents.create_talent(TalentDraft("Fanny", "Petit")), D(2024, 2, 10))
    buckets, quarterly = analytics.buckets(Scope(Period(None, TODAY)))
    assert quarterly
    assert buckets[0].start == D(2024, 1, 1) and buckets[-1].start == D(2026, 10, 1)
    assert len(buckets) == 12  # 2024 Q1 to 2026 Q4
    q2_2025 = next(b for b in buckets if b.start == D(2025, 4, 1))
    assert (q2_2025.outcomes.accepted, q2_2025.outcomes.refused) == (1, 1)
    assert q2_2025.reasons == {R.VALUES: 1}
    assert sum(b.outcomes.sent for b in buckets) == 15


def test_time_to_staff_from_first_offer_to_first_acceptance(book):
    staffing = analytics.staffing(last_12_months())
    # Alpha's first mission took 10 days, Bêta's recent one 4; two missions still open.
    assert (staffing.staffed, staffing.unstaffed) == (2, 2)
    assert staffing.median_days == 7 and staffing.average_days == 7
    everything = analytics.staffing(Scope(Period(None, TODAY)))
    assert everything.staffed == 3  # and the old one: 20 days
    assert everything.median_days == 10
    assert everything.average_days == pytest.approx(34 / 3)


def test_a_mission_counts_in_the_period_of_its_first_offer(book):
    # Bêta's old mission gets a late offer in the period: it still started in June 2025.
    newcomer = talents.create_talent(TalentDraft("Gaël", "Roux"))
    offer(book["b0"], newcomer, D(2026, 2, 1), "accepted", D(2026, 2, 3))
    assert analytics.staffing(last_12_months()).staffed == 2


def test_by_client(book):
    rows = {row.name: row for row in analytics.by_client(last_12_months())}
    assert set(rows) == {"Banque Alpha", "Énergie Bêta", "Gamma Crédit"}
    alpha, beta, gamma = rows["Banque Alpha"], rows["Énergie Bêta"], rows["Gamma Crédit"]
    assert (alpha.outcomes.sent, alpha.outcomes.accepted, alpha.outcomes.refused) == (7, 1, 3)
    assert alpha.outcomes.acceptance_rate == pytest.approx(1 / 4)
    assert (alpha.top_reason, alpha.top_reason_offers) == (R.RATE_TOO_LOW, 3)
    assert alpha.days_to_staff == 10
    assert (beta.top_reason, beta.days_to_staff) == (R.SCHEDULE_CONFLICT, 4)
    assert (gamma.top_reason, gamma.top_reason_offers) == (R.RIGID_CONDITIONS, 2)
    assert gamma.days_to_staff is None and gamma.outcomes.acceptance_rate == 0


def test_by_mission_of_one_client(book):
    report = analytics.report(last_12_months(company_id=book["alpha"]))
    assert report.groups_are_missions
    rows = {row.name: row for row in report.groups.rows}
    staffed, open_one = rows["Migration Kubernetes"], rows["Refonte du SI de paie"]
    assert (staffed.outcomes.sent, staffed.outcomes.refused, staffed.days_to_staff) == (4, 2, 10)
    assert (open_one.outcomes.sent, open_one.top_reason, open_one.days_to_staff) == (
        3,
        R.RATE_TOO_LOW,
        None,
    )
    assert report.staffing.unstaffed == 1


def test_the_report_adds_up(book):
    report = analytics.report(last_12_months())
    assert report.outcomes == analytics.outcomes(last_12_months())
    assert report.reasons == analytics.refusal_reasons(last_12_months())
    assert sum(g.outcomes.sent for g in report.groups.rows) == report.outcomes.sent
    assert report.groups.total == 3
    assert not report.groups_are_missions


def test_lessons_for_the_next_offer_of_a_mission(book):
    lessons = analytics.lessons_for(mission_id=book["a2"], today=TODAY)
    # This mission's own single refusal is no pattern; its client's and its sector's are.
    assert [(x.scope, x.reason, x.refused, x.answered) for x in lessons] == [
        (LessonScope.CLIENT, R.RATE_TOO_LOW, 3, 4),
        (LessonScope.SECTOR, R.RIGID_CONDITIONS, 2, 2),
    ]
    rate, conditions = (f"{x.finding} {x.advice}" for x in lessons)
    assert rate == (
        "Talents refused 3 of this client’s 4 answered offers citing “Rate too low”. "
        "Propose at least 650.00: the median rate of the accepted offers."
    )
    assert conditions.startswith(
        "For other clients’ missions in “Banque”, talents refused 2 of 2 answered offers "
        "citing “Working conditions too rigid (on site, remote, hours)”. Offer remote days"
    )


def test_lessons_of_a_mission_come_first_and_are_not_repeated(book):
    a1 = book["a1"]
    lessons = analytics.lessons_for(mission_id=a1, today=TODAY)
    assert [(x.scope, x.reason, x.refused, x.answered) for x in lessons] == [
        (LessonScope.MISSION, R.RATE_TOO_LOW, 2, 3),  # not again for the client
        (LessonScope.SECTOR, R.RIGID_CONDITIONS, 2, 2),
    ]
    assert str(lessons[0].advice) == (
        "Propose at least 650.00: the median rate of the accepted offers."
    )


def test_lessons_forget_refusals_older_than_two_years(book):
    assert analytics.lessons_for(company_id=book["alpha"], today=D(2028, 2, 1))  # in reach
    # By September 2028 the March 2026 refusals are over two years old; October's is alone.
    assert analytics.lessons_for(company_id=book["alpha"], today=D(2028, 9, 1)) == []
    assert analytics.lessons_for() == []
