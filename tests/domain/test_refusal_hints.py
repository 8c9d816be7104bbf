"""The arithmetic and wording of the hints after a refusal, without a database."""

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain import refusal_hints as h

D = Decimal


def test_median_and_the_rate_to_offer():
    assert h.median([D(700), D(600), D(650)]) == D(650)
    assert h.median([D(600), D(645), D(700), D(650)]) == D("647.5")
    assert h.round_up_to_ten(D("647.5")) == D(650) and h.round_up_to_ten(D(650)) == D(650)
    with pytest.raises(ValueError):
        h.median([])


def test_a_rate_below_the_peers_median_says_by_how_much_and_what_to_offer():
    peers = [D(r) for r in (620, 640, 660, 670, 670, 680, 700, 720, 600, 690)]
    raise_it, minimum, margin = h.rate_hints(
        D(550), peers, "Anne Martin", D(600), client_rate=D(800), commission_percent=D(10)
    )
    assert str(raise_it.message) == (
        "The offered rate (550) is 18% below the median daily rate (670) of the 10 "
        "best-matched talents."
    )
    assert (raise_it.action, raise_it.value) == (h.HintAction.RAISE_RATE, D(670))
    assert str(minimum.message) == "Anne Martin asks at least 600: 50 more than offered."
    assert minimum.value == D(600)
    # 800 - 670 - 80 (10 % to the platform)
    assert str(margin.message) == "At 670, the margin would be 50.00 a day (6.2%)."
    assert margin.action is None


def test_a_rate_at_the_market_points_at_the_talent_and_a_thin_margin_at_the_client():
    [hint] = h.rate_hints(D(700), [D(650), D(690)], "Anne Martin")
    assert "not below the median daily rate (670)" in str(hint.message) and hint.action is None
    hints = h.rate_hints(D(700), [D(650)], "Anne", D(820), client_rate=D(800))
    # 820 a day to the talent out of 800 from the client: no "Offer 820" button, and why
    assert [x.action for x in hints] == [None, None, None]
    assert str(hints[-1].message).startswith(
        "At 820, the margin would be negative, so this rate is not offered"
    )
    assert h.rate_hints(None, [D(600)])[0].action == h.HintAction.EDIT_SCOPE


def test_the_scope_hint_names_the_missing_items_or_asks_about_realism():
    hint = h.scope_hint(["exclusions", "phases"])
    assert str(hint.message) == "Scope checklist incomplete: Exclusions, Phases and deadlines."
    assert hint.action == h.HintAction.EDIT_SCOPE
    assert "check with the client" in str(h.scope_hint([]).message)


def test_next_best_talents_are_listed_for_each_reason_and_proposed_to():
    three = [(4, "Bruno Petit"), (9, "Chloé Roux"), (2, "Denis Morel")]
    hint = h.next_best_hint("skills_not_mastered", three)
    assert str(hint.message) == (
        "3 next-best talents master the required skills: Bruno Petit, Chloé Roux, Denis Morel."
    )
    assert (hint.action, hint.value) == (h.HintAction.PROPOSE_TO, (4, 9, 2))
    one = h.next_best_hint("schedule_conflict", three[:1])
    assert str(one.message) == "1 next-best talent is available at the start date: Bruno Petit."
    values = h.next_best_hint("values", three[:2], sector="Défense")
    assert "do not refuse the sector Défense" in str(values.message)
    assert "to propose instead" in str(h.next_best_hint("values", three, sector="").message)
    assert "to propose instead" in str(h.next_best_hint("relationship", three).message)
    assert h.next_best_hint("lack_of_interest", []) is None
    nobody = h.next_best_hint("skills_not_mastered", [])
    assert nobody.action == h.HintAction.EDIT_SCOPE and "widen the search" in str(nobody.message)


def test_the_start_moves_by_the_fewest_weeks_that_free_more_talents():
    hint = h.start_shift_hint([2, 2, 2, 6, 9])
    assert str(hint.message) == "Move the start date by 3 weeks: 4 more talents are available."
    assert (hint.action, hint.value) == (h.HintAction.SHIFT_START, 21)
    assert str(h.start_shift_hint([2, 3]).message) == (
        "Move the start date by 1 week: 1 more talent is available."
    )
    assert h.start_shift_hint([5, 5, 5]) is None and h.start_shift_hint([]) is None


def test_fewer_days_on_site_when_it_brings_more_talents_then_the_hours():
    accepting = [10, 9, 8, 5, 5, 5]  # accepting[k]: talents accepting k days on site
    [remote] = h.on_site_hints(4, accepting)
    assert str(remote.message) == (
        "Offer 3 remote days a week (2 on site instead of 4): 3 more talents match."
    )
    assert (remote.action, remote.value) == (h.HintAction.REDUCE_ON_SITE, 2)
    hints = h.on_site_hints(5, [3, 3, 3, 3, 3, 2], "Présence 9 h - 18 h", on_call=True)
    assert [str(x.message) for x in hints] == [
        "Offer 1 remote day a week (4 on site instead of 5): 1 more talent matches.",
        "Fixed hours (“Présence 9 h - 18 h”): ask the client which of them can move.",
        "On-call duty is required: say how often, and how it is paid.",
    ]
    [nothing] = h.on_site_hints(0, [4, 4, 4, 4, 4, 4])
    assert nothing.action is None and "which condition" in str(nothing.message)


def test_referral_and_follow_up_for_the_talent_who_refused():
    assert str(h.referral_hint(7, "Anne Martin", 0).message).startswith("Ask Anne Martin")
    assert "recommended one person" in str(h.referral_hint(7, "Anne", 1).message)
    assert "recommended 4 people" in str(h.referral_hint(7, "Anne", 4).message)
    today = dt.date(2026, 11, 22)
    planned = h.follow_up_hint(7, "Anne", today)
    assert planned.message.params["date"] == dt.date(2027, 2, 20)
    assert (planned.action, planned.value) == (h.HintAction.PLAN_FOLLOW_UP, 7)
    already = h.follow_up_hint(7, "Anne", today, planned=dt.date(2026, 12, 1))
    assert "is planned on" in str(already.message)
