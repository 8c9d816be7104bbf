import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.missions import (
    MissionDraft,
    Phase,
    RequiredSkill,
    margin,
    missing_scope,
    validate_mission,
)
from desktop.domain.offers import allowed_next, check_transition

COMPLETE = MissionDraft(
    1,
    "Refonte de l'API",
    objectives="99,9 % de disponibilité",
    deliverables="Code, docs",
    exclusions="Support N1",
    roles="Client : recette",
    phases=(Phase("Cadrage"),),
)


def test_the_scope_checklist_names_what_is_missing():
    assert missing_scope(COMPLETE) == []
    assert missing_scope(MissionDraft(1, "Vague")) == [
        "objectives",
        "deliverables",
        "exclusions",
        "phases",
        "roles",
    ]
    assert missing_scope(MissionDraft(1, "X", objectives="  ", roles="R")) == [
        "objectives",
        "deliverables",
        "exclusions",
        "phases",
    ]


def test_margin_is_sell_minus_buy_minus_the_platform_commission():
    m = margin(Decimal("700"), Decimal("600"), Decimal("10"))
    assert (m.commission_per_day, m.per_day, m.percent) == (
        Decimal("70.00"),
        Decimal("30.00"),
        Decimal("4.3"),
    )
    assert margin(Decimal("700"), None, None) is None
    assert margin(Decimal("650"), Decimal("500"), None).per_day == Decimal("150.00")


def errors(draft):
    with pytest.raises(ValidationError) as info:
        validate_mission(draft)
    return {e.field for e in info.value.errors}


def test_mission_rules_name_each_bad_field():
    assert errors(MissionDraft(1, " ")) == {"title"}
    assert errors(
        MissionDraft(1, "X", client_daily_rate=Decimal(500), talent_daily_rate=Decimal(600))
    ) == {"talent_daily_rate"}
    assert errors(
        MissionDraft(1, "X", start_date=dt.date(2026, 5, 1), end_date=dt.date(2026, 4, 1))
    ) == {"end_date"}
    assert errors(MissionDraft(1, "X", remote_policy="full_remote", days_on_site=2)) == {
        "days_on_site"
    }
    assert errors(MissionDraft(1, "X", budget_kind="fixed")) == {"fixed_price"}
    assert errors(
        MissionDraft(1, "X", part_time_percent=120, skills=(RequiredSkill("Go", 7),))
    ) == {"part_time_percent", "skills"}


def test_a_valid_mission_is_cleaned():
    draft = validate_mission(
        MissionDraft(
            1,
            "  Refonte   API ",
            skills=(RequiredSkill("Java"), RequiredSkill("java", 5), RequiredSkill(" ")),
        )
    )
    assert draft.title == "Refonte API" and draft.skills == (RequiredSkill("Java"),)


LEGAL = {
    ("sent", "in_discussion"),
    ("sent", "accepted"),
    ("sent", "refused"),
    ("sent", "withdrawn"),
    ("sent", "expired"),
    ("in_discussion", "accepted"),
    ("in_discussion", "refused"),
    ("in_discussion", "withdrawn"),
    ("in_discussion", "expired"),
    ("refused", "in_discussion"),
    ("expired", "in_discussion"),
}
STATUSES = ["sent", "in_discussion", "accepted", "refused", "withdrawn", "expired"]


@pytest.mark.parametrize("current", STATUSES)
@pytest.mark.parametrize("wanted", STATUSES)
def test_offer_transitions(current, wanted):
    reasons = ("rate_too_low",) if wanted == "refused" else ()
    if (current, wanted) in LEGAL:
        check_transition(current, wanted, reasons)
        assert wanted in allowed_next(current)
    else:
        with pytest.raises(DomainError) as info:
            check_transition(current, wanted, reasons)
        assert "cannot become" in str(info.value)


def test_a_refusal_needs_known_reasons():
    with pytest.raises(DomainError, match="pick at least one reason"):
        check_transition("sent", "refused")
    with pytest.raises(DomainError, match="Unknown refusal reason"):
        check_transition("sent", "refused", ("too_cold",))
