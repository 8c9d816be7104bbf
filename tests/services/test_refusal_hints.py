"""The hints after a refusal, on a hand-built pool whose numbers are known."""

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.missions import MissionDraft
from desktop.domain.refusal_hints import HintAction
from desktop.domain.validation import CompanyDraft, SkillLevel, TalentDraft
from desktop.domain.vocabulary import RefusalReason
from desktop.services import companies, missions, offers, refusal_hints, talents
from tests.conftest import TODAY

START = TODAY + dt.timedelta(days=14)


def add(first: str, rate: int, **fields) -> int:
    values = {
        "daily_rate": Decimal(rate),
        "seniority_years": 8,
        "city": "Lyon",
        "region": "Auvergne-Rhône-Alpes",
        "max_days_on_site": 3,
        "available_from": TODAY,
        "skills": (SkillLevel("Kubernetes", 4), SkillLevel("AWS", 3)),
    }
    values.update(fields)
    return talents.create_talent(TalentDraft(first, "Martin", **values))


@pytest.fixture
def refused(db):
    """Anne refused a Kubernetes mission offered at 550 € for every reason at once.

    The ten who master Kubernetes ask 600 to 720 € (median 670 €); six are free at the
    start, two ten days after it, two twenty days after it and accept fewer days on site.
    """
    client = companies.create_company(CompanyDraft("Armées Numériques", sector="Défense"))
    mission = missions.create_mission(
        MissionDraft(
            client,
            "Plateforme Kubernetes",
            objectives="Cluster en production",
            deliverables="Charts Helm",
            roles="Client : exploitation",
            skills=(
                missions.RequiredSkill("Kubernetes", 4),
                missions.RequiredSkill("AWS", 3, required=False),
            ),
            client_daily_rate=Decimal("800"),
            talent_daily_rate=Decimal("550"),
            start_date=START,
            city="Lyon",
            remote_policy="hybrid",
            days_on_site=3,
            sector="Défense",
            seniority_min=5,
            hours_constraints="Présence 9 h - 18 h",
            on_call=True,
            status="open",
        )
    )
    people = {
        "Bruno": add("Bruno", 600),
        "Chloé": add("Chloé", 620),
        "Denis": add("Denis", 640),
        "Élise": add("Élise", 660),
        "Fanny": add("Fanny", 680),
        "Gilles": add("Gilles", 700),
        "Inès": add("Inès", 670, available_from=START + dt.timedelta(days=10)),
        "Jules": add("Jules", 670, available_from=START + dt.timedelta(days=10)),
        "Karim": add(
            "Karim", 690, available_from=START + dt.timedelta(days=20), max_days_on_site=2
        ),
        "Léa": add("Léa", 720, available_from=START + dt.timedelta(days=20), max_days_on_site=2),
        # cheap and free, but Kubernetes 3 of 4 and two years of experience
        "Gaspard": add(
            "Gaspard",
            450,
            seniority_years=2,
            skills=(SkillLevel("Kubernetes", 3), SkillLevel("AWS", 5)),
        ),
        # the best of all, but refuses the sector
        "Hugo": add(
            "Hugo", 500, refused_sectors=("Défense",), skills=(SkillLevel("Kubernetes", 5),)
        ),
        "Anne": add(
            "Anne", 620, min_daily_rate=Decimal("600"), skills=(SkillLevel("Kubernetes", 3),)
        ),
    }
    offers.record_referral(people["Anne"], name="Zoé Leroy", mission_id=mission, today=TODAY)
    [offer] = offers.propose(
        mission, [people["Anne"]], Decimal("550"), today=TODAY, allow_incomplete_scope=True
    ).created
    offers.set_status(offer, "refused", tuple(r.value for r in RefusalReason), today=TODAY)
    return offer, people


def by_reason(hints) -> dict:
    grouped = {}
    for hint in hints:
        grouped.setdefault(hint.reason, []).append(hint)
    return grouped


def names(hint, people) -> list[str]:
    ids = {v: k for k, v in people.items()}
    return [ids[i] for i in hint.value]


def test_every_reason_gets_its_computed_hint(refused):
    offer, people = refused
    hints = by_reason(refusal_hints.hints_for_offer(offer, today=TODAY))

    rate, minimum, margin = hints["rate_too_low"]
    assert str(rate.message) == (
        "The offered rate (550.00) is 18% below the median daily rate (670.00) of the 10 "
        "best-matched talents."
    )
    assert (rate.action, rate.value) == (HintAction.RAISE_RATE, Decimal(670))
    assert str(minimum.message) == "Anne Martin asks at least 600.00: 50.00 more than offered."
    assert str(margin.message) == "At 670, the margin would be 130.00 a day (16.2%)."

    [scope] = hints["vague_scope"]
    assert str(scope.message) == "Scope checklist incomplete: Exclusions, Phases and deadlines."

    [skills] = hints["skills_not_mastered"]
    assert names(skills, people) == ["Bruno", "Chloé", "Denis"]  # not Gaspard: level 3 of 4

    free, shift = hints["schedule_conflict"]
    assert names(free, people) == ["Bruno", "Chloé", "Gaspard"]
    assert str(shift.message) == "Move the start date by 2 weeks: 2 more talents are available."
    assert (shift.action, shift.value) == (HintAction.SHIFT_START, 14)

    remote, hours, on_call = hints["rigid_conditions"]
    assert str(remote.message) == (
        "Offer 3 remote days a week (2 on site instead of 3): 2 more talents match."
    )
    assert (remote.action, remote.value) == (HintAction.REDUCE_ON_SITE, 2)
    assert "Présence 9 h - 18 h" in str(hours.message) and "On-call" in str(on_call.message)

    for reason in ("lack_of_interest", "relationship", "values"):
        [others] = hints[reason]
        assert names(others, people) == ["Bruno", "Chloé", "Gaspard"]  # never Hugo nor Anne
    assert "do not refuse the sector Défense" in str(hints["values"][0].message)

    referral, follow_up = hints[None]
    assert str(referral.message) == (
        "Ask Anne Martin for a referral: they have recommended one person so far."
    )
    assert (referral.action, referral.value) == (HintAction.RECORD_REFERRAL, people["Anne"])
    assert follow_up.message.params["date"] == TODAY + dt.timedelta(days=90)


def test_hints_follow_the_actions_taken(refused):
    offer, people = refused
    mission = offers.Offer.get_by_id(offer).mission_id
    offers.propose(mission, [people["Bruno"]], today=TODAY, allow_incomplete_scope=True)
    offers.keep_in_touch(people["Anne"], today=TODAY, days=30)
    hints = by_reason(
        refusal_hints.hints_for_mission(
            mission, ["lack_of_interest"], talent_id=people["Anne"], today=TODAY
        )
    )
    assert names(hints["lack_of_interest"][0], people) == ["Chloé", "Gaspard", "Denis"]
    assert "is planned on" in str(hints[None][1].message)


def test_a_mission_alone_gets_hints_without_the_talent_ones(refused):
    offer, _ = refused
    mission = offers.Offer.get_by_id(offer).mission_id
    hints = refusal_hints.hints_for_mission(mission, ["vague_scope"], today=TODAY)
    assert [h.reason for h in hints] == ["vague_scope"]
