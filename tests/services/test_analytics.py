"""Refusal analytics on a small book of offers whose every count is known by hand.

Three clients, five missions, fifteen offers written through the real services
(propose, then answer). ``TODAY`` is 22 November 2026, so "the last 12 months"
runs from 1 December 2025: the two offers of June 2025 fall outside it.
"""

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.lessons import LessonScope
from desktop.domain.missions import MissionDraft
from desktop.domain.periods import Period, PeriodChoice, period_for
from desktop.domain.validation import CompanyDraft, TalentDraft
from desktop.domain.vocabulary import RefusalReason as R
from desktop.services import analytics, companies, missions, offers, talents
from desktop.services.analytics import Scope
from tests.conftest import TODAY

D = dt.date


def offer(mission, talent, sent, status="sent", answered=None, reasons=(), rate="650"):
    """One offer sent on ``sent`` and answered on ``answered`` through the services."""
    (offer_id,) = offers.propose(
        mission, [talent], Decimal(rate), today=sent, allow_incomplete_scope=True
    ).created
    if status != "sent":
        offers.set_status(offer_id, status, tuple(reasons), today=answered or sent)
    return offer_id


@pytest.fixture
def book(db):
    """Who refused what, when (see the module docstring)."""
    alpha = companies.create_company(CompanyDraft("Banque Alpha", sector="Banque"))
    beta = companies.create_company(CompanyDraft("Énergie Bêta", sector="Énergie"))
    gamma = companies.create_company(CompanyDraft("Gamma Crédit", sector="Banque"))

    def mission(company, title, sector):
        return missions.create_mission(MissionDraft(company, title, sector=sector, status="open"))

    a1 = mission(alpha, "Migration Kubernetes", "Banque")
    a2 = mission(alpha, "Refonte du SI de paie", "Banque")
    b0 = mission(beta, "Audit de sécurité", "Énergie")
    b1 = mission(beta, "Data platform", "Énergie")
    c1 = mission(gamma, "Application mobile", "Banque")
    t1, t2, t3, t4, t5 = (
        talents.create_talent(TalentDraft(first, "Martin"))
        for first in ("Anne", "Bruno", "Chloé", "Denis", "Élodie")
    )
    # Alpha, mission 1: two refusals for the rate, then staffed on 12 March (10 days).
    offer(a1, t1, D(2026, 3, 2), "refused", D(2026, 3, 4), (R.RATE_TOO_LOW, R.VAGUE_SCOPE), "600")
    offer(a1, t2, D(2026, 3, 2), "refused", D(2026, 3, 5), (R.RATE_TOO_LOW,), "600")
    offer(a1, t3, D(2026, 3, 5), "accepted", D(2026, 3, 12), rate="650")
    offer(a1, t4, D(2026, 3, 5), "withdrawn", D(2026, 3, 13))
    # Alpha, mission 2: still open.
    offer(a2, t1, D(2026, 10, 1), "refused", D(2026, 10, 3), (R.RATE_TOO_LOW,), "640")
    offer(a2, t2, D(2026, 10, 1))
    offer(a2, t5, D(2026, 10, 2), "expired", D(2026, 10, 17))
    # Bêta: an old mission staffed in 20 days, a recent one in 4 days.
    offer(b0, t1, D(2025, 6, 1), "accepted", D(2025, 6, 21), rate="700")
    offer(b0, t2, D(2025, 6, 1), "refused", D(2025, 6, 3), (R.VALUES,))
    offer(b1, t1, D(2026, 6, 10), "accepted", D(2026, 6, 14), rate="700")
    offer(b1, t2, D(2026, 6, 10), "refused", D(2026, 6, 11), (R.SCHEDULE_CONFLICT,))
    # Gamma (same sector as Alpha): on site only, never staffed.
    offer(c1, t3, D(2026, 7, 1), "refused", D(2026, 7, 2), (R.RIGID_CONDITIONS,))
    offer(c1, t4, D(2026, 7, 1), "refused", D(2026, 7, 3), (R.RIGID_CONDITIONS, R.RATE_TOO_LOW))
    offer(c1, t5, D(2026, 7, 2), "in_discussion", D(2026, 7, 4))
    return {"alpha": alpha, "beta": beta, "gamma": gamma, "a1": a1, "a2": a2, "b0": b0, "c1": c1}


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
    rows = {row.name: row for row in report.groups}
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
    assert sum(g.outcomes.sent for g in report.groups) == report.outcomes.sent
    assert not report.groups_are_missions
    assert analytics.clients_with_offers() == [
        (book["alpha"], "Banque Alpha", ""),
        (book["beta"], "Énergie Bêta", ""),
        (book["gamma"], "Gamma Crédit", ""),
    ]


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
