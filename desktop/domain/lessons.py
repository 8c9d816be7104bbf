"""Lessons from past refusals, shown where the next offer is prepared.

A lesson pairs a finding ("talents refused 4 of this client's 9 answered
offers citing 'Rate too low'") with the advice the market gives for that
reason. Findings come from the most specific place first: this mission's own
offers, then this client's, then other clients' missions of the same sector.
A reason already learnt at a more specific level is not repeated at a broader
one, and a reason seen once is an anecdote, not a lesson.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from desktop.domain.errors import Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.vocabulary import RefusalReason, label_message

MIN_REFUSALS = 2  # one refusal is an anecdote
MAX_LESSONS = 4  # more is a report, not advice


class LessonScope(StrEnum):
    """Where a lesson was learnt, from the most specific to the broadest."""

    MISSION = "mission"
    CLIENT = "client"
    SECTOR = "sector"


FINDINGS = {
    LessonScope.MISSION: QT_TRANSLATE_NOOP(
        "Lessons",
        "Talents refused {refused} of this mission’s {answered} answered offers citing “{reason}”.",
    ),
    LessonScope.CLIENT: QT_TRANSLATE_NOOP(
        "Lessons",
        "Talents refused {refused} of this client’s {answered} answered offers citing “{reason}”.",
    ),
    LessonScope.SECTOR: QT_TRANSLATE_NOOP(
        "Lessons",
        "For other clients’ missions in “{sector}”, talents refused {refused} of {answered} "
        "answered offers citing “{reason}”.",
    ),
}

RATE_BELOW_ACCEPTED = QT_TRANSLATE_NOOP(
    "Lessons", "Propose at least {rate}: the median rate of the accepted offers."
)
RATE_ABOVE_REFUSED = QT_TRANSLATE_NOOP(
    "Lessons", "Propose more than {rate}: the median rate refused as too low."
)
RATE_GENERIC = QT_TRANSLATE_NOOP(
    "Lessons", "Check the rate against the talents’ minimum daily rates before proposing."
)

ADVICE = {
    RefusalReason.VAGUE_SCOPE: QT_TRANSLATE_NOOP(
        "Lessons",
        "Complete the scope checklist before proposing: measurable objectives, deliverables, "
        "exclusions, phases with deadlines, roles.",
    ),
    RefusalReason.SKILLS_NOT_MASTERED: QT_TRANSLATE_NOOP(
        "Lessons",
        "Check the must-have skills against each talent’s before proposing, and keep the "
        "nice-to-haves out of the must-haves.",
    ),
    RefusalReason.LACK_OF_INTEREST: QT_TRANSLATE_NOOP(
        "Lessons",
        "Say what makes the mission worth it: the product, the team, the technical challenge.",
    ),
    RefusalReason.SCHEDULE_CONFLICT: QT_TRANSLATE_NOOP(
        "Lessons",
        "Propose to talents free on the start date, or ask the client for a later start or "
        "part time.",
    ),
    RefusalReason.RELATIONSHIP: QT_TRANSLATE_NOOP(
        "Lessons",
        "Introduce the client contact and state the payment terms and the follow-up before "
        "proposing.",
    ),
    RefusalReason.VALUES: QT_TRANSLATE_NOOP(
        "Lessons",
        "Name the client’s sector and project up front, and skip the talents who excluded "
        "this sector.",
    ),
    RefusalReason.RIGID_CONDITIONS: QT_TRANSLATE_NOOP(
        "Lessons",
        "Offer remote days or flexible hours, or say up front which conditions are fixed and why.",
    ),
}


@dataclass(frozen=True)
class ReasonTally:
    """What one scope's answered offers say about one refusal reason."""

    scope: LessonScope
    reason: RefusalReason
    refused: int  # refused offers citing the reason
    answered: int  # accepted + refused offers of the scope
    sector: str = ""
    accepted_rate: Decimal | None = None  # median proposed rate of the accepted offers
    refused_rate: Decimal | None = None  # median rate of the offers refused as too low


@dataclass(frozen=True)
class Lesson:
    scope: LessonScope
    reason: RefusalReason
    refused: int
    answered: int
    finding: Message
    advice: Message


def rate_advice(accepted_rate: Decimal | None, refused_rate: Decimal | None) -> Message:
    """The rate to propose: the accepted median when it beats what was refused as too low."""
    if accepted_rate is not None and (refused_rate is None or accepted_rate > refused_rate):
        return Message("Lessons", RATE_BELOW_ACCEPTED, {"rate": accepted_rate})
    if refused_rate is not None:
        return Message("Lessons", RATE_ABOVE_REFUSED, {"rate": refused_rate})
    return Message("Lessons", RATE_GENERIC)


def lesson(tally: ReasonTally) -> Lesson:
    """The finding and the advice of one tally, with its numbers."""
    finding = Message(
        "Lessons",
        FINDINGS[tally.scope],
        {
            "refused": tally.refused,
            "answered": tally.answered,
            "reason": label_message(tally.reason),
            "sector": tally.sector,
        },
    )
    if tally.reason == RefusalReason.RATE_TOO_LOW:
        advice = rate_advice(tally.accepted_rate, tally.refused_rate)
    else:
        advice = Message("Lessons", ADVICE[tally.reason])
    return Lesson(tally.scope, tally.reason, tally.refused, tally.answered, finding, advice)


def select_lessons(tallies: list[ReasonTally], limit: int = MAX_LESSONS) -> list[Lesson]:
    """The lessons worth showing: most specific scope first, most cited reason first.

    A reason needs :data:`MIN_REFUSALS` refusals; one already learnt for this
    mission is not repeated for the client or the sector.
    """
    order = list(LessonScope)
    reasons = list(RefusalReason)
    ranked = sorted(
        (t for t in tallies if t.refused >= MIN_REFUSALS),
        key=lambda t: (order.index(t.scope), -t.refused, reasons.index(t.reason)),
    )
    seen: set[RefusalReason] = set()
    lessons = []
    for tally in ranked:
        if tally.reason in seen:
            continue
        seen.add(tally.reason)
        lessons.append(lesson(tally))
        if len(lessons) == limit:
            break
    return lessons
