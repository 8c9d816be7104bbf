"""The hints after a refusal, computed from the pool (see :mod:`desktop.domain.refusal_hints`).

Per reason:
- rate too low: the median daily rate of the 10 best-matched talents, ranked with the
  rate left out of the score (ranking by rate fit would pick the cheap ones and
  understate the market), against the offered rate; the talent's own minimum; the
  margin at the suggested rate;
- vague scope: the scope checklist items still empty;
- skills not mastered: the next-best talents holding every must-have at its level;
- schedule conflict: the next-best talents free at the start, and the fewest weeks
  the start would have to move for more suitable talents to be free;
- rigid conditions: how many more suitable talents accept fewer days on site; the hours
  and on-call duty;
- lack of interest, relationship: the next-best talents; values: those who do not
  refuse the sector;
- and for any refusal by a talent: ask them for a referral, keep in touch.

"Next-best" talents have no offer for the mission yet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from desktop.domain import matching as m
from desktop.domain import refusal_hints as h
from desktop.domain.missions import missing_scope
from desktop.domain.vocabulary import RefusalReason
from desktop.services import matching
from desktop.services.missions import mission_draft
from desktop.services.offers import referral_credits, refusal_reasons
from desktop.store import matching_query as mq
from desktop.store.models import Mission, Offer, Talent, database

PEERS = 10  # the "best-matched talents" whose median rate is the market's
NEXT_BEST = 3  # talents suggested instead
LOOK_AHEAD = 50  # ranked talents searched for those mastering every skill
# Talents to propose to instead: not those marked unavailable.
PROPOSABLE = m.MatchFilters(statuses=("available", "on_mission"))


def hints_for_offer(offer_id: int, today: dt.date | None = None) -> list[h.Hint]:
    """The hints for a refused offer, for each of its reasons, then referral and follow-up."""
    offer = Offer.get_by_id(offer_id)
    return hints_for_mission(
        offer.mission_id,
        refusal_reasons(offer_id),
        talent_id=offer.talent_id,
        offered_rate=offer.proposed_rate,
        today=today,
    )


def hints_for_mission(
    mission_id: int,
    reasons: list[str] | tuple[str, ...],
    talent_id: int | None = None,
    offered_rate: Decimal | None = None,
    today: dt.date | None = None,
) -> list[h.Hint]:
    """The hints for ``reasons`` (refusal reason codes) about a mission, in the
    vocabulary's order (the rate first, as the market ranks them).

    ``talent_id``: who refused (their minimum rate, a referral, a follow-up);
    ``offered_rate``: the rate they were offered (default: the mission's budget).
    """
    today = today or dt.date.today()
    mission = Mission.get_by_id(mission_id)
    facts = matching.mission_facts(mission_id, today)
    talent = Talent.get_by_id(talent_id) if talent_id is not None else None
    asked = tuple(
        o.talent_id for o in Offer.select(Offer.talent).where(Offer.mission == mission_id)
    ) + ((talent_id,) if talent_id is not None else ())
    hints: list[h.Hint] = []
    order = list(RefusalReason)
    for code in sorted({RefusalReason(r) for r in reasons}, key=order.index):
        reason = code.value
        if code == RefusalReason.RATE_TOO_LOW:
            hints += _rate(mission, facts, talent, offered_rate, today)
        elif code == RefusalReason.VAGUE_SCOPE:
            hints.append(h.scope_hint(missing_scope(mission_draft(mission_id))))
        elif code == RefusalReason.SKILLS_NOT_MASTERED:
            hints += _present(h.next_best_hint(reason, _masters(facts, asked, today)))
        elif code == RefusalReason.SCHEDULE_CONFLICT:
            free = replace(PROPOSABLE, available_by_start=True)
            hints += _present(h.next_best_hint(reason, _next_best(facts, asked, today, free)))
            weeks = [facts.start + dt.timedelta(weeks=w) for w in range(h.SHIFT_WEEKS + 1)]
            hints += _present(h.start_shift_hint(mq.available_counts(database, facts, weeks)))
        elif code == RefusalReason.RIGID_CONDITIONS:
            hints += h.on_site_hints(
                facts.on_site_days,
                mq.on_site_counts(database, facts),
                mission.hours_constraints,
                mission.on_call,
            )
        else:  # lack of interest, relationship, values: someone else
            others = _next_best(facts, asked, today)
            hints += _present(h.next_best_hint(reason, others, facts.sector))
    if talent is not None:
        name = f"{talent.first_name} {talent.last_name}"
        hints.append(h.referral_hint(talent.id, name, referral_credits(talent.id)))
        hints.append(h.follow_up_hint(talent.id, name, today, talent.next_follow_up_on))
    return hints


def _present(hint: h.Hint | None) -> list[h.Hint]:
    return [hint] if hint is not None else []


def _rate(
    mission: Mission,
    facts: m.MissionFacts,
    talent: Talent | None,
    offered: Decimal | None,
    today: dt.date,
) -> list[h.Hint]:
    weights = replace(matching.saved_weights(), rate=0)
    if weights.total == 0:
        weights = replace(m.DEFAULT_WEIGHTS, rate=0)
    peers = matching.rank_talents(mission.id, weights, m.MatchFilters(), PEERS, today)
    rates = [p.facts.daily_rate for p in peers if p.facts.daily_rate is not None]
    return h.rate_hints(
        offered if offered is not None else facts.budget,
        rates,
        f"{talent.first_name} {talent.last_name}" if talent is not None else "",
        talent.min_daily_rate if talent is not None else None,
        mission.client_daily_rate,
        mission.commission_percent,
    )


def _next_best(
    facts: m.MissionFacts,
    asked: tuple[int, ...],
    today: dt.date,
    filters: m.MatchFilters | None = None,
    count: int = NEXT_BEST,
) -> list[tuple[int, str]]:
    rows = matching.rank_talents(facts.id, None, filters or PROPOSABLE, count, today, asked)
    return [(r.talent_id, r.name) for r in rows]


def _masters(
    facts: m.MissionFacts, asked: tuple[int, ...], today: dt.date
) -> list[tuple[int, str]]:
    """The best-ranked talents holding every must-have (or every skill) at its level."""
    needs = [n for n in facts.skills if n.must] or list(facts.skills)
    rows = matching.rank_talents(facts.id, None, PROPOSABLE, LOOK_AHEAD, today, asked)
    masters = [
        (r.talent_id, r.name)
        for r in rows
        if all(r.facts.levels.get(n.skill_id, 0) >= n.level for n in needs)
    ]
    return masters[:NEXT_BEST]
