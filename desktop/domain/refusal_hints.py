"""What to do after a refusal: one concrete, computed hint per reason.

Each hint is a translatable :class:`Message` with its numbers, and an action the
interface turns into a button (offer a higher rate, complete the scope, propose the
mission to other talents, move the start date, ask for fewer days on site, record a
referral, plan a follow-up). The numbers come from the pool
(:mod:`desktop.services.refusal_hints` counts them); the wording and the arithmetic
live here, testable without a database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from enum import StrEnum
from statistics import median  # exact on Decimals: median([600, 650.50]) == 625.25

from desktop.domain.errors import Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.missions import margin
from desktop.domain.validation import FIELD_LABELS
from desktop.domain.vocabulary import RefusalReason

CONTEXT = "RefusalHints"
SHIFT_WEEKS = 8  # how far a start date may move in the "move the start" hint
FOLLOW_UP_DAYS = 90  # a keep-in-touch follow-up three months on


class HintAction(StrEnum):
    """What a hint's button does; ``Hint.value`` carries its argument."""

    RAISE_RATE = "raise_rate"  # value: the rate to offer (Decimal)
    EDIT_SCOPE = "edit_scope"  # value: None (open the mission's editor)
    PROPOSE_TO = "propose_to"  # value: talent ids (tuple[int, ...])
    SHIFT_START = "shift_start"  # value: days to move the start date by (int)
    REDUCE_ON_SITE = "reduce_on_site"  # value: days on site a week to offer (int)
    RECORD_REFERRAL = "record_referral"  # value: the referrer's talent id (int)
    PLAN_FOLLOW_UP = "plan_follow_up"  # value: the talent id (int)


@dataclass(frozen=True)
class Hint:
    """One thing to do, and why. ``reason`` is None for the hints any refusal gets."""

    reason: str | None
    message: Message
    action: HintAction | None = None
    value: object = None


def _msg(template: str, **params: object) -> Message:
    return Message(CONTEXT, template, params)


def round_up_to_ten(amount: Decimal) -> Decimal:
    """A rate to offer: the next multiple of 10 € (672.50 -> 680)."""
    return (amount / 10).to_integral_value(rounding=ROUND_CEILING) * 10


def rate_hints(
    offered: Decimal | None,
    peer_rates: list[Decimal],
    talent_name: str = "",
    talent_minimum: Decimal | None = None,
    client_rate: Decimal | None = None,
    commission_percent: Decimal | None = None,
) -> list[Hint]:
    """The offered rate against the median rate of the best-matched talents ("peers")."""
    reason = RefusalReason.RATE_TOO_LOW.value
    if offered is None:
        return [
            Hint(
                reason,
                _msg(QT_TRANSLATE_NOOP("RefusalHints", "No rate was offered: set the budget.")),
                HintAction.EDIT_SCOPE,
            )
        ]
    hints = []
    target = offered
    if peer_rates:
        middle = median(peer_rates)
        if offered < middle:
            percent = int((middle - offered) * 100 / middle + Decimal("0.5"))
            target = round_up_to_ten(middle)
            template = QT_TRANSLATE_NOOP(
                "RefusalHints",
                "The offered rate ({offered}) is {percent}% below the median daily rate "
                "({median}) of the {count} best-matched talents.",
            )
            hints.append(
                Hint(
                    reason,
                    _msg(
                        template,
                        offered=offered,
                        percent=percent,
                        median=middle,
                        count=len(peer_rates),
                    ),
                    HintAction.RAISE_RATE,
                    target,
                )
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "RefusalHints",
                "The offered rate ({offered}) is not below the median daily rate ({median}) "
                "of the {count} best-matched talents: the market pays this; the refusal is "
                "about this talent’s own expectations.",
            )
            hints.append(
                Hint(
                    reason,
                    _msg(template, offered=offered, median=middle, count=len(peer_rates)),
                )
            )
    if talent_minimum is not None and talent_minimum > offered:
        target = max(target, talent_minimum)
        hints.append(
            Hint(
                reason,
                _msg(
                    QT_TRANSLATE_NOOP(
                        "RefusalHints", "{name} asks at least {minimum}: {gap} more than offered."
                    ),
                    name=talent_name,
                    minimum=talent_minimum,
                    gap=talent_minimum - offered,
                ),
                HintAction.RAISE_RATE,
                talent_minimum,
            )
        )
    if client_rate is not None:  # never a button that makes the agency lose money
        hints = [_without_loss(h, client_rate, commission_percent) for h in hints]
    if target > offered and client_rate is not None:
        hints.append(Hint(reason, _margin_message(target, client_rate, commission_percent)))
    return hints


def _without_loss(hint: Hint, client_rate: Decimal, commission_percent: Decimal | None) -> Hint:
    """The hint without its "offer this rate" action when that rate loses money (the
    margin message that follows says why)."""
    if hint.action != HintAction.RAISE_RATE:
        return hint
    after = margin(client_rate, hint.value, commission_percent)
    if after is not None and after.per_day >= 0:
        return hint
    return Hint(hint.reason, hint.message)


def _margin_message(
    rate: Decimal, client_rate: Decimal, commission_percent: Decimal | None
) -> Message:
    after = margin(client_rate, rate, commission_percent)
    if after is None or after.per_day < 0:
        return _msg(
            QT_TRANSLATE_NOOP(
                "RefusalHints",
                "At {rate}, the margin would be negative, so this rate is not offered: "
                "renegotiate the client rate ({client_rate}) first.",
            ),
            rate=rate,
            client_rate=client_rate,
        )
    return _msg(
        QT_TRANSLATE_NOOP(
            "RefusalHints", "At {rate}, the margin would be {per_day} a day ({percent}%)."
        ),
        rate=rate,
        per_day=after.per_day,
        percent=after.percent,
    )


def scope_hint(missing: list[str]) -> Hint:
    """The scope checklist items still empty (see ``domain.missions.SCOPE_ITEMS``)."""
    reason = RefusalReason.VAGUE_SCOPE.value
    if missing:
        return Hint(
            reason,
            _msg(
                QT_TRANSLATE_NOOP("RefusalHints", "Scope checklist incomplete: {items}."),
                items=[Message("Field", FIELD_LABELS[item]) for item in missing],
            ),
            HintAction.EDIT_SCOPE,
        )
    return Hint(
        reason,
        _msg(
            QT_TRANSLATE_NOOP(
                "RefusalHints",
                "The scope checklist is complete: check with the client that the goals and "
                "deadlines are realistic, and say so in the proposal.",
            )
        ),
        HintAction.EDIT_SCOPE,
    )


# One template for one talent, one for several: {names} lists them, {count} counts them.
_TALENT_TEMPLATES = {
    RefusalReason.SKILLS_NOT_MASTERED: (
        QT_TRANSLATE_NOOP(
            "RefusalHints", "1 next-best talent masters the required skills: {names}."
        ),
        QT_TRANSLATE_NOOP(
            "RefusalHints", "{count} next-best talents master the required skills: {names}."
        ),
    ),
    RefusalReason.SCHEDULE_CONFLICT: (
        QT_TRANSLATE_NOOP(
            "RefusalHints", "1 next-best talent is available at the start date: {names}."
        ),
        QT_TRANSLATE_NOOP(
            "RefusalHints", "{count} next-best talents are available at the start date: {names}."
        ),
    ),
    RefusalReason.VALUES: (
        QT_TRANSLATE_NOOP(
            "RefusalHints", "1 next-best talent does not refuse the sector {sector}: {names}."
        ),
        QT_TRANSLATE_NOOP(
            "RefusalHints",
            "{count} next-best talents do not refuse the sector {sector}: {names}.",
        ),
    ),
}
_OTHERS = (
    QT_TRANSLATE_NOOP("RefusalHints", "1 next-best talent to propose instead: {names}."),
    QT_TRANSLATE_NOOP("RefusalHints", "{count} next-best talents to propose instead: {names}."),
)


def next_best_hint(reason: str, talents: list[tuple[int, str]], sector: str = "") -> Hint | None:
    """Propose the mission to these talents instead (ids and names, best first)."""
    if not talents:
        if reason == RefusalReason.SKILLS_NOT_MASTERED:
            return Hint(
                reason,
                _msg(
                    QT_TRANSLATE_NOOP(
                        "RefusalHints",
                        "No other talent of the pool masters every must-have skill: widen the "
                        "search (fewer must-haves, lower levels) or look outside the pool.",
                    )
                ),
                HintAction.EDIT_SCOPE,
            )
        return None
    one, many = _TALENT_TEMPLATES.get(RefusalReason(reason), _OTHERS)
    if reason == RefusalReason.VALUES and not sector:
        one, many = _OTHERS
    return Hint(
        reason,
        _msg(
            one if len(talents) == 1 else many,
            count=len(talents),
            names=", ".join(name for _, name in talents),
            sector=sector,
        ),
        HintAction.PROPOSE_TO,
        tuple(talent_id for talent_id, _ in talents),
    )


def start_shift_hint(available_by_week: list[int]) -> Hint | None:
    """Move the start by the fewest weeks that makes more talents available.

    ``available_by_week[w]``: how many suitable talents are free ``w`` weeks after the
    current start (index 0: at the start).
    """
    if not available_by_week:
        return None
    now = available_by_week[0]
    for weeks, count in enumerate(available_by_week[1:], start=1):
        if count > now:
            more = count - now
            if weeks == 1:
                template = (
                    QT_TRANSLATE_NOOP(
                        "RefusalHints", "Move the start date by 1 week: 1 more talent is available."
                    )
                    if more == 1
                    else QT_TRANSLATE_NOOP(
                        "RefusalHints",
                        "Move the start date by 1 week: {more} more talents are available.",
                    )
                )
            elif more == 1:
                template = QT_TRANSLATE_NOOP(
                    "RefusalHints",
                    "Move the start date by {weeks} weeks: 1 more talent is available.",
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "RefusalHints",
                    "Move the start date by {weeks} weeks: {more} more talents are available.",
                )
            return Hint(
                RefusalReason.SCHEDULE_CONFLICT.value,
                _msg(template, weeks=weeks, more=more, now=now),
                HintAction.SHIFT_START,
                weeks * 7,
            )
    return None


_REMOTE_TEMPLATES = {
    (True, True): QT_TRANSLATE_NOOP(
        "RefusalHints",
        "Offer 1 remote day a week ({days} on site instead of {current}): 1 more talent matches.",
    ),
    (True, False): QT_TRANSLATE_NOOP(
        "RefusalHints",
        "Offer 1 remote day a week ({days} on site instead of {current}): {more} more talents "
        "match.",
    ),
    (False, True): QT_TRANSLATE_NOOP(
        "RefusalHints",
        "Offer {remote} remote days a week ({days} on site instead of {current}): 1 more "
        "talent matches.",
    ),
    (False, False): QT_TRANSLATE_NOOP(
        "RefusalHints",
        "Offer {remote} remote days a week ({days} on site instead of {current}): {more} more "
        "talents match.",
    ),
}


def on_site_hints(
    days_on_site: int, accepting: list[int], hours_constraints: str = "", on_call: bool = False
) -> list[Hint]:
    """Fewer days on site, when that brings more suitable talents; then the hours.

    ``accepting[k]``: how many suitable talents accept ``k`` days on site a week (k=0..5).
    """
    reason = RefusalReason.RIGID_CONDITIONS.value
    hints = []
    if days_on_site and len(accepting) > days_on_site:
        for days in range(days_on_site - 1, -1, -1):
            more = accepting[days] - accepting[days_on_site]
            if more > 0:
                remote = 5 - days
                template = _REMOTE_TEMPLATES[(remote == 1, more == 1)]
                hints.append(
                    Hint(
                        reason,
                        _msg(template, remote=remote, days=days, current=days_on_site, more=more),
                        HintAction.REDUCE_ON_SITE,
                        days,
                    )
                )
                break
    if hours_constraints.strip():
        hints.append(
            Hint(
                reason,
                _msg(
                    QT_TRANSLATE_NOOP(
                        "RefusalHints",
                        "Fixed hours (“{hours}”): ask the client which of them can move.",
                    ),
                    hours=hours_constraints.strip(),
                ),
                HintAction.EDIT_SCOPE,
            )
        )
    if on_call:
        hints.append(
            Hint(
                reason,
                _msg(
                    QT_TRANSLATE_NOOP(
                        "RefusalHints",
                        "On-call duty is required: say how often, and how it is paid.",
                    )
                ),
                HintAction.EDIT_SCOPE,
            )
        )
    if not hints:
        hints.append(
            Hint(
                reason,
                _msg(
                    QT_TRANSLATE_NOOP(
                        "RefusalHints",
                        "No fewer days on site would bring more talents: ask the talent which "
                        "condition put them off.",
                    )
                ),
            )
        )
    return hints


def referral_hint(talent_id: int, name: str, credits: int) -> Hint:
    """A talent who says no often knows someone who would say yes."""
    if credits == 1:
        template = QT_TRANSLATE_NOOP(
            "RefusalHints", "Ask {name} for a referral: they have recommended one person so far."
        )
    elif credits:
        template = QT_TRANSLATE_NOOP(
            "RefusalHints",
            "Ask {name} for a referral: they have recommended {credits} people so far.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "RefusalHints", "Ask {name} for a referral: who would they recommend for it?"
        )
    return Hint(
        None, _msg(template, name=name, credits=credits), HintAction.RECORD_REFERRAL, talent_id
    )


def follow_up_hint(
    talent_id: int, name: str, today: dt.date, planned: dt.date | None = None
) -> Hint:
    """Keep in touch with a talent who refused: next time may be the right one."""
    if planned is not None and planned >= today:
        message = _msg(
            QT_TRANSLATE_NOOP(
                "RefusalHints", "A keep-in-touch follow-up with {name} is planned on {date}."
            ),
            name=name,
            date=planned,
        )
    else:
        message = _msg(
            QT_TRANSLATE_NOOP(
                "RefusalHints", "Plan a keep-in-touch follow-up with {name} on {date}."
            ),
            name=name,
            date=today + dt.timedelta(days=FOLLOW_UP_DAYS),
        )
    return Hint(None, message, HintAction.PLAN_FOLLOW_UP, talent_id)
