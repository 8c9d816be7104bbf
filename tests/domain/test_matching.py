"""The matching score: each factor moves it the right way, and the reasons say why."""

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import matching as m
from desktop.domain.text import fold

START = dt.date(2026, 12, 1)
KUBERNETES, TERRAFORM, AWS = 1, 2, 3

MISSION = m.MissionFacts(
    id=1,
    title="Migration Kubernetes",
    skills=(
        m.SkillNeed(KUBERNETES, "Kubernetes", 4, must=True),
        m.SkillNeed(TERRAFORM, "Terraform", 3, must=True),
        m.SkillNeed(AWS, "AWS", 3, must=False),
    ),
    budget=Decimal("700"),
    start=START,
    part_time_percent=100,
    remote_policy="hybrid",
    days_on_site=2,
    city="Lyon",
    region="Auvergne-Rhône-Alpes",
    sector="Défense",
    seniority_min=5,
)

# A talent who fits on every point: 100.
PERFECT = m.TalentFacts(
    id=10,
    name="Hélène Dupré",
    daily_rate=Decimal("650"),
    min_daily_rate=Decimal("600"),
    seniority_years=8,
    city="Lyon",
    region="Auvergne-Rhône-Alpes",
    remote_preference="hybrid",
    max_days_on_site=3,
    available_from=START - dt.timedelta(days=10),
    load_percent=0,
    levels={KUBERNETES: 4, TERRAFORM: 3, AWS: 3},
)


def score(talent: m.TalentFacts = PERFECT, mission: m.MissionFacts = MISSION, **weights) -> float:
    return m.score_talent(
        mission, talent, m.Weights(**weights) if weights else m.DEFAULT_WEIGHTS
    ).total


def texts(breakdown: m.Breakdown, key: str) -> list[str]:
    return [str(r) for r in breakdown.component(key).reasons]


def test_a_talent_fitting_on_every_point_scores_100_with_reasons():
    breakdown = m.score_talent(MISSION, PERFECT)
    assert breakdown.score == 100 and breakdown.excluded is None and breakdown.capped is None
    assert [c.key for c in breakdown.components] == list(m.COMPONENTS)
    assert sum(c.points for c in breakdown.components) == pytest.approx(100)
    assert "Kubernetes: level 4, 4 required" in texts(breakdown, "skills")
    assert texts(breakdown, "rate") == ["Rate 650 within budget 700"]
    assert texts(breakdown, "availability") == ["Available at the start"]
    assert texts(breakdown, "location") == ["Days on site a week: 2, accepted", "Lives in Lyon"]


def test_a_lower_skill_level_lowers_the_score_in_proportion():
    weaker = replace(PERFECT, levels={KUBERNETES: 3, TERRAFORM: 3, AWS: 3})
    breakdown = m.score_talent(MISSION, weaker)
    # Kubernetes counts 2 of 5 skill weights, held at 3/4: skills fit 1 - 2 * 0.25 / 5
    assert breakdown.component("skills").fit == pytest.approx(0.9)
    assert breakdown.total == pytest.approx(100 - 40 * 0.1)
    assert "Kubernetes: level 3 of 4 required" in texts(breakdown, "skills")
    assert score(replace(PERFECT, levels={KUBERNETES: 5, TERRAFORM: 5, AWS: 5})) == 100


def test_a_missing_nice_to_have_costs_its_share_without_a_cap():
    breakdown = m.score_talent(MISSION, replace(PERFECT, levels={KUBERNETES: 4, TERRAFORM: 3}))
    assert breakdown.capped is None
    assert breakdown.total == pytest.approx(100 - 40 / 5)
    assert "AWS: missing (nice-to-have)" in texts(breakdown, "skills")


def test_a_missing_must_have_caps_the_score_whatever_the_rest():
    breakdown = m.score_talent(MISSION, replace(PERFECT, levels={KUBERNETES: 5, AWS: 5}))
    assert breakdown.total == m.MUST_HAVE_CAP == 40
    assert breakdown.missing_must == ("Terraform",)
    assert str(breakdown.capped) == "Capped at 40: must-have skill missing (Terraform)"
    # below the cap, the score is left as it is
    poor = replace(PERFECT, levels={AWS: 1}, status="unavailable", daily_rate=Decimal("900"))
    assert score(replace(poor, min_daily_rate=None)) == pytest.approx(40 * 1 / 15 + 20)


@pytest.mark.parametrize(
    ("rate", "minimum", "fit"),
    [
        ("650", None, 1.0),
        ("700", None, 1.0),
        ("770", None, 0.6),  # 10 % above: 1 - 0.10 / 0.25
        ("875", None, 0.0),  # 25 % above and more: 0
        ("950", None, 0.0),
        ("875", "690", m.NEGOTIABLE_RATE_FIT),  # above budget, but their minimum fits
        ("735", "690", 0.8),  # negotiable, and closer than the floor
    ],
)
def test_the_rate_fit_falls_as_the_rate_exceeds_the_budget(rate, minimum, fit):
    talent = replace(
        PERFECT,
        daily_rate=Decimal(rate),
        min_daily_rate=None if minimum is None else Decimal(minimum),
    )
    assert m.score_talent(MISSION, talent).component("rate").fit == pytest.approx(fit)


def test_an_unknown_rate_or_budget_is_neutral():
    assert m.rate_fit(None, Decimal("600"), None).value == m.UNKNOWN_RATE_FIT
    assert m.rate_fit(Decimal("600"), None, None).value == m.UNKNOWN_RATE_FIT
    over = m.rate_fit(Decimal("600"), Decimal("690"), None)
    assert [str(r) for r in over.reasons] == ["Rate 690 is 15% above budget 600"]


def test_availability_falls_with_each_day_late_and_with_the_current_load():
    fits = [
        m.score_talent(MISSION, replace(PERFECT, available_from=START + dt.timedelta(days=d)))
        .component("availability")
        .fit
        for d in (0, 1, 21, 45, 60, 90)
    ]
    assert fits == pytest.approx([1.0, 1 - 1 / 60, 1 - 21 / 60, 0.25, 0.0, 0.0])
    late = m.score_talent(MISSION, replace(PERFECT, available_from=START + dt.timedelta(days=21)))
    assert texts(late, "availability") == ["Available 3 weeks after the start"]
    loaded = m.score_talent(MISSION, replace(PERFECT, load_percent=60))
    assert loaded.component("availability").fit == pytest.approx(0.4)
    assert texts(loaded, "availability") == [
        "60% of their time already taken; the mission needs 100%"
    ]
    part_time = replace(MISSION, part_time_percent=40)
    assert m.score_talent(part_time, replace(PERFECT, load_percent=60)).component(
        "availability"
    ).fit == pytest.approx(1.0)


def test_an_unavailable_talent_stays_ranked_with_no_availability():
    breakdown = m.score_talent(MISSION, replace(PERFECT, status="unavailable"))
    assert breakdown.total == pytest.approx(80)
    assert texts(breakdown, "availability") == ["Marked unavailable"]


def test_more_days_on_site_than_accepted_lower_the_location_fit():
    full_remote = replace(PERFECT, remote_preference="full_remote", max_days_on_site=None)
    assert m.score_talent(MISSION, full_remote).component("location").fit == pytest.approx(1 / 3)
    on_site = replace(MISSION, remote_policy="on_site", days_on_site=0)  # on site: 5 days
    assert on_site.on_site_days == 5
    assert m.score_talent(on_site, full_remote).component("location").fit == 0.0
    reason = texts(m.score_talent(on_site, full_remote), "location")[0]
    assert reason == "Days on site a week: 5 asked, 0 at most accepted"
    remote_mission = replace(MISSION, remote_policy="full_remote", days_on_site=0)
    assert m.score_talent(remote_mission, full_remote).component("location").fit == 1.0


def test_living_closer_fits_better_the_more_days_on_site():
    elsewhere = replace(PERFECT, city="Brest", region="Bretagne", mobility="")
    places = {
        "same city": PERFECT,
        "mobile": replace(elsewhere, mobility="Toute la France"),
        "same region": replace(elsewhere, city="Grenoble", region="Auvergne-Rhône-Alpes"),
        "elsewhere": elsewhere,
    }
    fits = [m.score_talent(MISSION, t).component("location").fit for t in places.values()]
    assert fits == sorted(fits, reverse=True) and len(set(fits)) == 4
    assert fits[-1] == pytest.approx(1 - 2 / 5)  # 2 days a week from elsewhere
    five_days = replace(MISSION, days_on_site=5)
    wide = replace(elsewhere, max_days_on_site=5)
    assert m.score_talent(five_days, wide).component("location").fit == 0.0
    accents = replace(elsewhere, mobility="LYON et Saint-Étienne")
    assert m.score_talent(MISSION, accents).component("location").fit == pytest.approx(
        1 - 0.2 * 2 / 5
    )


def test_fewer_years_than_required_lower_the_seniority_fit():
    assert m.score_talent(MISSION, replace(PERFECT, seniority_years=2)).component(
        "seniority"
    ).fit == pytest.approx(0.4)
    assert score(replace(PERFECT, seniority_years=2)) == pytest.approx(94)
    assert m.seniority_fit(0, 0).value == 1.0
    assert [str(r) for r in m.seniority_fit(5, 1).reasons] == ["1 year of experience, 5 required"]


def test_a_refused_sector_excludes_with_the_reason_accents_and_case_aside():
    refusing = replace(PERFECT, refused_sectors=frozenset({fold("DEFENSE")}))
    breakdown = m.score_talent(MISSION, refusing)
    assert breakdown.total is None and breakdown.score is None
    assert str(breakdown.excluded) == "Refuses the sector Défense"
    assert m.score_talent(replace(MISSION, sector="Banque"), refusing).score == 100


def test_do_not_contact_is_never_ranked():
    breakdown = m.score_talent(MISSION, replace(PERFECT, status="do_not_contact"))
    assert breakdown.total is None and str(breakdown.excluded) == "Do not contact"


def test_the_weights_decide_between_a_cheap_junior_and_an_expensive_senior():
    junior = replace(PERFECT, id=1, daily_rate=Decimal("500"), seniority_years=1)
    senior = replace(PERFECT, id=2, daily_rate=Decimal("840"), min_daily_rate=None)

    def best(**weights) -> int:
        ranked = sorted([junior, senior], key=lambda t: -score(t, **weights))
        return ranked[0].id

    assert best(rate=60, seniority=10) == junior.id
    assert best(rate=5, seniority=60) == senior.id


def test_weights_are_read_back_safely():
    assert m.Weights.from_dict(None) == m.DEFAULT_WEIGHTS
    assert m.DEFAULT_WEIGHTS.total == 100
    assert m.Weights.from_dict({"skills": 70, "rate": "lots", "other": 3}) == m.Weights(skills=70)
    assert m.Weights.from_dict({k: 0 for k in m.COMPONENTS}) == m.DEFAULT_WEIGHTS
    zero = m.Weights(0, 0, 0, 0, 0)
    assert m.score_talent(MISSION, PERFECT, zero).score == 100  # falls back to the defaults


def test_filters_round_trip_through_their_stored_form():
    filters = m.MatchFilters(60, True, Decimal("650.50"), "Lyon", ("available",))
    assert m.MatchFilters.from_dict(filters.as_dict()) == filters
    assert m.MatchFilters.from_dict({"min_score": 400, "max_rate": "cher", "statuses": "x"}) == (
        m.MatchFilters()
    )
    assert "do_not_contact" not in m.MatchFilters().statuses


def test_the_weakest_components_come_first():
    breakdown = m.score_talent(
        MISSION, replace(PERFECT, seniority_years=4, available_from=START + dt.timedelta(days=30))
    )
    assert [c.key for c in breakdown.weakest()] == ["availability", "seniority"]


levels = st.dictionaries(st.sampled_from([KUBERNETES, TERRAFORM, AWS]), st.integers(1, 5))
talents = st.builds(
    m.TalentFacts,
    id=st.just(1),
    daily_rate=st.none() | st.decimals(0, 2000, places=2),
    min_daily_rate=st.none() | st.decimals(0, 2000, places=2),
    seniority_years=st.integers(0, 40),
    city=st.sampled_from(["Lyon", "lyon", "Paris", ""]),
    region=st.sampled_from(["Auvergne-Rhône-Alpes", "Île-de-France", ""]),
    mobility=st.sampled_from(["", "Toute la France", "Lyon", "Aucune"]),
    remote_preference=st.sampled_from(["full_remote", "hybrid", "on_site"]),
    max_days_on_site=st.none() | st.integers(0, 5),
    available_from=st.none() | st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 31)),
    load_percent=st.integers(0, 100),
    status=st.sampled_from(["available", "on_mission", "unavailable"]),
    levels=levels,
)


@given(talents, st.integers(0, 5), st.integers(10, 100))
def test_every_score_is_between_0_and_100_and_adds_up(talent, days, part_time):
    mission = replace(MISSION, days_on_site=days, part_time_percent=part_time)
    breakdown = m.score_talent(mission, talent)
    assert 0 <= breakdown.total <= 100
    assert all(0 <= c.fit <= 1 for c in breakdown.components)
    if breakdown.capped is None:
        assert sum(c.points for c in breakdown.components) == pytest.approx(breakdown.total)
    else:
        assert breakdown.total == m.MUST_HAVE_CAP
