"""Written traces: what a note, an exchange, meeting minutes or a dispute must hold.

A trace is evidence: when a client disputes what was agreed, the dated minutes
with their decisions and actions (who does what, by when) are what the
freelancer shows. So each kind asks for what makes it useful later:

- a **note** says something (a subject or a text);
- an **exchange** says how it happened (call, e-mail, meeting, video) and what about;
- **minutes** record at least one decision or one action; every action needs a
  description, and cannot be due before the meeting that decided it;
- a **dispute** states its cause and where it stands; "in mediation" names the mediator.

Dates: an exchange may be dated in the future (a call or a meeting planned next
week shows at the top of the timeline); notes, minutes and disputes record what
has already happened, so their day cannot be after today. Comparing days, not
times, leaves the user free to note a meeting "at 14:00" from 13:55.

Fields that do not belong to the kind are emptied by :func:`validate_activity`:
a note never keeps hidden decisions that the screen would not show yet search
would find.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from desktop.domain.errors import FieldError, Message, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.validation import REQUIRED, TOO_LONG, UNKNOWN_CHOICE
from desktop.domain.vocabulary import ActivityKind, DisputeStatus, ExchangeChannel

# Context "Field": ``desktop.ui.i18n.tr_error`` translates every label in that context.
ACTIVITY_LABELS: dict[str, str] = {
    "kind": QT_TRANSLATE_NOOP("Field", "Kind of trace"),
    "occurred_at": QT_TRANSLATE_NOOP("Field", "Date and time"),
    "title": QT_TRANSLATE_NOOP("Field", "Subject"),
    "body": QT_TRANSLATE_NOOP("Field", "Text"),
    "channel": QT_TRANSLATE_NOOP("Field", "Channel"),
    "decisions": QT_TRANSLATE_NOOP("Field", "Decisions"),
    "actions": QT_TRANSLATE_NOOP("Field", "Actions"),
    "cause": QT_TRANSLATE_NOOP("Field", "Cause of the dispute"),
    "solutions": QT_TRANSLATE_NOOP("Field", "Proposed solutions"),
    "mediator": QT_TRANSLATE_NOOP("Field", "Mediator"),
    "dispute_status": QT_TRANSLATE_NOOP("Field", "Dispute status"),
}

NOTE_IS_EMPTY = QT_TRANSLATE_NOOP("Validation", "write a subject or a text")
EXCHANGE_NEEDS_CHANNEL = QT_TRANSLATE_NOOP(
    "Validation", "say how you exchanged: call, e-mail, meeting or video"
)
MINUTES_NEED_OUTCOME = QT_TRANSLATE_NOOP("Validation", "record at least one decision or one action")
IN_THE_FUTURE = QT_TRANSLATE_NOOP(
    "Validation", "cannot be after today (only an exchange can be planned ahead)"
)
MEDIATION_NEEDS_MEDIATOR = QT_TRANSLATE_NOOP("Validation", "name the mediator of the mediation")
ACTION_NEEDS_DESCRIPTION = QT_TRANSLATE_NOOP(
    "Validation", "action {row}: describe what is to be done"
)
ACTION_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "action {row}: at most {limit} characters")
ACTION_DUE_BEFORE_MEETING = QT_TRANSLATE_NOOP(
    "Validation", "action {row}: due before the meeting that decided it"
)

TEXT_LIMIT = 20_000
ACTION_LIMIT = 300
OWNER_LIMIT = 100

# Which optional fields each kind keeps (the others are emptied).
_KIND_FIELDS: dict[str, frozenset[str]] = {
    ActivityKind.NOTE: frozenset(),
    ActivityKind.EXCHANGE: frozenset({"channel"}),
    ActivityKind.MINUTES: frozenset({"decisions", "actions"}),
    ActivityKind.DISPUTE: frozenset({"cause", "solutions", "mediator", "dispute_status"}),
}
_EMPTY: dict[str, object] = {
    "channel": "",
    "decisions": "",
    "actions": (),
    "cause": "",
    "solutions": "",
    "mediator": "",
    "dispute_status": "",
}


@dataclass(frozen=True)
class ActionDraft:
    """An action decided in a meeting. ``id`` is set for an action already stored,
    so that editing the minutes keeps it (and its "done" tick) rather than recreating it."""

    description: str
    owner: str = ""
    due_on: dt.date | None = None
    done: bool = False
    id: int | None = None

    @property
    def is_blank(self) -> bool:
        """An empty row of the actions table (ignored, not an error)."""
        return not (self.description.strip() or self.owner.strip() or self.due_on)


@dataclass(frozen=True)
class ActivityDraft:
    kind: str
    occurred_at: dt.datetime | None
    title: str = ""
    body: str = ""
    channel: str = ""  # exchange
    decisions: str = ""  # minutes
    actions: tuple[ActionDraft, ...] = ()  # minutes
    cause: str = ""  # dispute
    solutions: str = ""  # dispute
    mediator: str = ""  # dispute
    dispute_status: str = ""  # dispute


def activity_field_error(name: str, template: str, **params: object) -> FieldError:
    """One error on field ``name`` of a trace (template in context "Validation")."""
    return FieldError(
        name, ACTIVITY_LABELS.get(name, name), Message("Validation", template, params)
    )


def _line(text: str) -> str:
    return " ".join(text.split())


def validate_activity(draft: ActivityDraft, today: dt.date | None = None) -> ActivityDraft:
    """The draft normalised (trimmed, other kinds' fields emptied, blank actions dropped);
    raises :class:`ValidationError` listing every problem at once."""
    today = today or dt.date.today()
    errors: list[FieldError] = []

    def fail(name: str, template: str, **params: object) -> None:
        errors.append(activity_field_error(name, template, **params))

    if draft.kind not in set(ActivityKind):
        fail("kind", UNKNOWN_CHOICE, value=draft.kind)
        raise ValidationError(errors)
    kind = ActivityKind(draft.kind)
    keep = _KIND_FIELDS[kind]
    values: dict[str, object] = {k: v for k, v in _EMPTY.items() if k not in keep}
    values["title"] = _line(draft.title)
    for name in ("body", "decisions", "cause", "solutions"):
        if name == "body" or name in keep:
            values[name] = getattr(draft, name).strip()
    if kind == ActivityKind.DISPUTE:
        values["mediator"] = _line(draft.mediator)
    for name, limit in (("title", 200), ("mediator", 200)):
        if len(str(values.get(name, ""))) > limit:
            fail(name, TOO_LONG, limit=limit)
    for name in ("body", "decisions", "cause", "solutions"):
        if len(str(values.get(name, ""))) > TEXT_LIMIT:
            fail(name, TOO_LONG, limit=TEXT_LIMIT)

    if draft.occurred_at is None:
        fail("occurred_at", REQUIRED)
    elif kind != ActivityKind.EXCHANGE and draft.occurred_at.date() > today:
        fail("occurred_at", IN_THE_FUTURE)

    if kind in (ActivityKind.NOTE, ActivityKind.EXCHANGE) and not (
        values["title"] or values["body"]
    ):
        fail("body", NOTE_IS_EMPTY)
    if kind == ActivityKind.EXCHANGE:
        if not draft.channel:
            fail("channel", EXCHANGE_NEEDS_CHANNEL)
        elif draft.channel not in set(ExchangeChannel):
            fail("channel", UNKNOWN_CHOICE, value=draft.channel)
    if kind == ActivityKind.MINUTES:
        values["actions"] = _check_actions(draft, fail)
        if not values["decisions"] and not values["actions"]:
            fail("decisions", MINUTES_NEED_OUTCOME)
    if kind == ActivityKind.DISPUTE:
        if not values["cause"]:
            fail("cause", REQUIRED)
        if not draft.dispute_status:
            fail("dispute_status", REQUIRED)
        elif draft.dispute_status not in set(DisputeStatus):
            fail("dispute_status", UNKNOWN_CHOICE, value=draft.dispute_status)
        elif draft.dispute_status == DisputeStatus.MEDIATION and not values["mediator"]:
            fail("mediator", MEDIATION_NEEDS_MEDIATOR)

    if errors:
        raise ValidationError(errors)
    if draft.occurred_at is not None and draft.occurred_at.microsecond:
        values["occurred_at"] = draft.occurred_at.replace(microsecond=0)
    return replace(draft, kind=kind.value, **values)


def _check_actions(draft: ActivityDraft, fail) -> tuple[ActionDraft, ...]:
    """The non-blank actions, trimmed; each problem names the action's row (from 1)."""
    kept: list[ActionDraft] = []
    meeting_day = draft.occurred_at.date() if draft.occurred_at else None
    for row, action in enumerate(draft.actions, start=1):
        if action.is_blank:
            continue
        description, owner = _line(action.description), _line(action.owner)
        if not description:
            fail("actions", ACTION_NEEDS_DESCRIPTION, row=row)
        elif len(description) > ACTION_LIMIT:
            fail("actions", ACTION_TOO_LONG, row=row, limit=ACTION_LIMIT)
        if len(owner) > OWNER_LIMIT:
            fail("actions", ACTION_TOO_LONG, row=row, limit=OWNER_LIMIT)
        if action.due_on and meeting_day and action.due_on < meeting_day:
            fail("actions", ACTION_DUE_BEFORE_MEETING, row=row)
        kept.append(replace(action, description=description, owner=owner))
    return tuple(kept)
