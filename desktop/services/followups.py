"""Follow-ups ("relances"): who to call back today, and what was promised in meetings.

A talent or a company is due for a follow-up when its ``next_follow_up_on``
date has come. This module lists them (overdue first), and records what the
user did about each one, in one transaction each:

- :func:`mark_done`: contacted today; ``last_contact_on`` becomes today, the
  next follow-up is planned or cleared, and a written trace (an "exchange"
  :class:`~desktop.store.models.Activity`) keeps the note on the record's timeline;
- :func:`snooze`: not now, N days later;
- :func:`reschedule`: on a given date, never in the past.

Meeting actions (:class:`~desktop.store.models.ActionItem`) not done by their
due date are listed beside them (:func:`due_actions`), and ticked off with
:func:`desktop.services.activities.set_action_done`.

Talents marked "do not contact" never show up: they asked not to be called.
Every company with a planned date does, whatever its stage (a prospect to chase,
a client to keep in touch with, a lost deal to try again).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field

from desktop.domain.activities import ActivityDraft
from desktop.domain.errors import DomainError, Message, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.text import fold
from desktop.domain.validation import field_error
from desktop.domain.vocabulary import ActivityKind, ExchangeChannel
from desktop.services import activities
from desktop.services.trace_subjects import Subject, describe_subjects
from desktop.store.followup_query import BUCKETS, follow_up_counts, follow_up_rows
from desktop.store.models import ActionItem, Company, Talent
from desktop.store.transactions import write_transaction

KINDS = ("talent", "company")
SECTIONS = {"talent": "talents", "company": "companies"}
# The trace's title when the caller gives none (the UI passes it in the user's language).
DONE_TITLE = "Follow-up done"


@dataclass(frozen=True)
class FollowUp:
    """A talent or a company whose follow-up is due, late or coming up."""

    kind: str  # "talent" or "company"
    record_id: int
    name: str
    due_on: dt.date
    days_late: int  # > 0 overdue, 0 due today, < 0 coming up
    last_contact_on: dt.date | None
    status: str  # talent status or company stage (vocabulary code)
    detail: str  # talent title; company city and sector
    owner: str  # company account owner; "" for talents (the pool is shared)
    phone: str
    email: str

    @property
    def bucket(self) -> str:
        if self.days_late > 0:
            return "overdue"
        return "today" if self.days_late == 0 else "upcoming"

    @property
    def section(self) -> str:
        """The main window section that shows the record."""
        return SECTIONS[self.kind]


@dataclass(frozen=True)
class DueFollowUps:
    """The follow-ups to show, and how many each bucket holds in all."""

    items: list[FollowUp]  # overdue first (most late first), then today, then coming up
    totals: dict[str, int] = field(default_factory=dict)  # bucket -> count before the limit

    def in_bucket(self, bucket: str) -> list[FollowUp]:
        return [f for f in self.items if f.bucket == bucket]

    def hidden(self, bucket: str) -> int:
        """How many of ``bucket`` were left out by the limit."""
        return self.totals.get(bucket, 0) - len(self.in_bucket(bucket))

    @property
    def empty(self) -> bool:
        return not any(self.totals.values())


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _bucket(
    kind: str, bucket: str, today: dt.date, horizon: dt.date, owner: str | None, limit: int | None
) -> list[tuple[tuple, FollowUp]]:
    """(sort key, follow-up) of one kind in one bucket, most urgent first."""
    found = []
    for row in follow_up_rows(kind, bucket, today, horizon, owner, limit):
        id_, name, status, detail, owner_, phone, email, last_on, due_on, sort_name = row
        due = dt.date.fromisoformat(due_on)
        follow_up = FollowUp(
            kind, id_, name, due, (today - due).days, _date(last_on), status, detail, owner_,
            phone, email,
        )  # fmt: skip
        found.append(((due_on, sort_name, kind, id_), follow_up))
    return found


def due_followups(
    today: dt.date,
    horizon_days: int = 7,
    owner: str | None = None,
    *,
    kinds: Collection[str] = KINDS,
    limit: int | None = None,
) -> DueFollowUps:
    """Talents and companies whose follow-up is overdue, due today or due within the horizon.

    ``owner`` keeps the companies of that account owner (talents have no owner: the
    pool is shared, so they stay). ``limit`` caps each bucket, the most urgent kept:
    a 100,000-record profile can hold thousands of overdue follow-ups, and a screen
    shows a few dozen; ``totals`` still counts them all.
    """
    if horizon_days < 0:
        raise ValueError("horizon_days must be >= 0")
    horizon = today + dt.timedelta(days=horizon_days)
    counts = {
        kind: follow_up_counts(kind, today, horizon, owner) for kind in KINDS if kind in kinds
    }
    items: list[FollowUp] = []
    for bucket in BUCKETS:
        found: list[tuple[tuple, FollowUp]] = []
        for kind, count in counts.items():
            if count[bucket]:
                found += _bucket(kind, bucket, today, horizon, owner, limit)
        found.sort(key=lambda pair: pair[0])  # date, then name, across talents and companies
        items += [follow_up for _, follow_up in (found[:limit] if limit else found)]
    totals = {bucket: sum(count[bucket] for count in counts.values()) for bucket in BUCKETS}
    return DueFollowUps(items, totals)


def due_counts(today: dt.date, horizon_days: int = 7, owner: str | None = None) -> dict[str, int]:
    """Bucket -> number of follow-ups, without reading them: for a badge or a Home card."""
    horizon = today + dt.timedelta(days=horizon_days)
    counts = [follow_up_counts(kind, today, horizon, owner) for kind in KINDS]
    return {bucket: sum(count[bucket] for count in counts) for bucket in BUCKETS}


def followup_owners() -> list[str]:
    """The account owners named on companies or meeting actions, sorted, for a filter."""
    names = {c.owner for c in Company.select(Company.owner).where(Company.owner != "").distinct()}
    names |= {
        a.owner
        for a in ActionItem.select(ActionItem.owner).where(ActionItem.owner != "").distinct()
    }
    return sorted(names, key=fold)


# -- doing something about a follow-up ---------------------------------------------------


def _model(kind: str):
    if kind == "talent":
        return Talent
    if kind == "company":
        return Company
    raise ValueError(f"unknown follow-up kind {kind!r}")


def _gone() -> DomainError:
    return DomainError(
        Message(
            "FollowUps",
            QT_TRANSLATE_NOOP(
                "FollowUps", "This record no longer exists: it was deleted in the meantime."
            ),
        )
    )


def _set_dates(kind: str, record_id: int, **values: object) -> None:
    model = _model(kind)
    values["updated_at"] = dt.datetime.now().replace(microsecond=0)
    if not model.update(values).where(model.id == record_id).execute():
        raise _gone()


def _current_due(kind: str, record_id: int) -> dt.date | None:
    model = _model(kind)
    row = model.select(model.next_follow_up_on).where(model.id == record_id).first()
    if row is None:
        raise _gone()
    return row.next_follow_up_on


def _check_days(days: int) -> None:
    if days < 1:
        raise ValidationError(
            [
                field_error(
                    "next_follow_up_on",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Plan the next follow-up at least one day ahead."
                    ),
                )
            ]
        )


def mark_done(
    kind: str,
    record_id: int,
    today: dt.date,
    next_in_days: int | None = None,
    note: str = "",
    *,
    channel: str = ExchangeChannel.CALL,
    title: str = DONE_TITLE,
) -> int:
    """Record that the follow-up was done today; returns the id of the trace written.

    ``last_contact_on`` becomes ``today``; the next follow-up is planned ``next_in_days``
    later, or cleared when None. The trace is an "exchange" on the record (by
    ``channel``: call, email, meeting, video), titled ``title`` (pass it in the user's
    language: it is stored text), ``note`` as its body, written by the traces service
    with its rules, so that the record's timeline says when, how and what. All or nothing.
    """
    if next_in_days is not None:
        _check_days(next_in_days)
    next_on = today + dt.timedelta(days=next_in_days) if next_in_days is not None else None
    now = dt.datetime.now().replace(microsecond=0)
    draft = ActivityDraft(
        kind=ActivityKind.EXCHANGE,
        occurred_at=dt.datetime.combine(today, now.time()),
        title=title,
        body=note,
        channel=channel,
    )
    with write_transaction():
        _model(kind)  # an unknown kind fails before anything is written
        trace_id = activities.create_activity(kind, record_id, draft, today)
        _set_dates(kind, record_id, last_contact_on=today, next_follow_up_on=next_on)
    return trace_id


def snooze(kind: str, record_id: int, days: int, today: dt.date | None = None) -> dt.date:
    """Put the follow-up off by ``days``; returns the new date.

    Counted from today for a late follow-up, from its date for one still to come:
    snoozing must never bring a follow-up closer.
    """
    _check_days(days)
    today = today or dt.date.today()
    with write_transaction():
        due = _current_due(kind, record_id)
        new = max(due or today, today) + dt.timedelta(days=days)
        _set_dates(kind, record_id, next_follow_up_on=new)
    return new


def reschedule(kind: str, record_id: int, date: dt.date, today: dt.date | None = None) -> None:
    """Move the follow-up to ``date``; a date in the past is refused, naming the field."""
    today = today or dt.date.today()
    if date < today:
        raise ValidationError(
            [
                field_error(
                    "next_follow_up_on",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "The next follow-up cannot be in the past: choose today or a later day.",
                    ),
                )
            ]
        )
    with write_transaction():
        _set_dates(kind, record_id, next_follow_up_on=date)


# -- meeting actions -------------------------------------------------------------------


@dataclass(frozen=True)
class DueAction:
    """An action decided in a meeting, not done, due by today."""

    id: int
    description: str
    owner: str
    due_on: dt.date
    days_late: int  # 0: due today
    meeting: str  # title of the meeting minutes
    meeting_on: dt.date
    subject: Subject  # the record the minutes belong to


def due_actions(
    today: dt.date, owner: str | None = None, limit: int | None = None
) -> list[DueAction]:
    """Meeting actions not done whose due date has come, the most late first.

    Read by the traces service (:func:`desktop.services.activities.open_actions`);
    ``owner`` keeps one person's actions. Tick them with
    :func:`desktop.services.activities.set_action_done`.
    """
    found = activities.open_actions(today, limit, owner)
    records = describe_subjects((a.subject_type, a.subject_id) for a in found)
    return [
        DueAction(
            a.id,
            a.description,
            a.owner,
            a.due_on,
            (today - a.due_on).days,
            a.activity_title,
            a.occurred_at.date(),
            records[(a.subject_type, a.subject_id)],
        )
        for a in found
    ]


# -- contract reminders ------------------------------------------------------------------


def contract_reminders(today: dt.date, horizon_days: int = 30) -> list:
    """Contracts to act on: the end coming, a tacit renewal to refuse in time, a signed
    copy still missing a week after sending (see :func:`desktop.services.contracts.reminders`)."""
    from desktop.services.contracts import reminders

    return reminders(today, horizon_days)
