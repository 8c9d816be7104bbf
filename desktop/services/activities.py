"""Written traces of a record: create, edit, delete (with undo), timeline, open actions.

A trace belongs to one record (talent, company, contact, mission or contract)
and is validated by :func:`desktop.domain.activities.validate_activity`; its
actions are written in the same transaction. Search goes through the
``activity_fts`` index that triggers keep in sync (title, text, decisions,
cause, solutions, mediator).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, SQL, fn

from desktop.domain.activities import ActionDraft, ActivityDraft, validate_activity
from desktop.domain.errors import Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.text import fold, fts_prefix_query, words
from desktop.domain.vocabulary import ActivityKind, DisputeStatus, label_message
from desktop.services import subjects
from desktop.services.attachments import CV, AttachmentInfo, attachment_info
from desktop.services.deletion import Snapshot, delete_rows
from desktop.store.models import ActionItem, Activity, Attachment
from desktop.store.transactions import write_transaction

FILE_ENTRY = "file"  # the kind of a timeline entry that is a file attached to the record itself
_TEXT_FIELDS = ("title", "body", "channel", "decisions", "cause", "solutions", "mediator")
_TEXT_FIELDS += ("dispute_status",)


@dataclass(frozen=True)
class ActionLine:
    id: int
    description: str
    owner: str
    due_on: dt.date | None
    done: bool


@dataclass(frozen=True)
class TimelineEntry:
    """One dated entry of a record's timeline: a trace, or a file attached to the record."""

    activity_id: int | None  # None for a file attached to the record itself
    kind: str  # an ActivityKind code, or FILE_ENTRY
    occurred_at: dt.datetime
    title: str = ""
    body: str = ""
    channel: str = ""
    decisions: str = ""
    cause: str = ""
    solutions: str = ""
    mediator: str = ""
    dispute_status: str = ""
    actions: tuple[ActionLine, ...] = ()
    files: tuple[AttachmentInfo, ...] = ()


@dataclass(frozen=True)
class OpenAction:
    """An action not done yet, with what it belongs to (for the follow-ups page)."""

    id: int
    description: str
    owner: str
    due_on: dt.date
    activity_id: int
    activity_title: str
    occurred_at: dt.datetime
    subject_type: str
    subject_id: int
    subject_name: str


@dataclass(frozen=True)
class TraceSummary:
    """Counts shown next to a record: its traces, open actions, live disputes, files."""

    traces: int
    open_actions: int
    open_disputes: int
    files: int


def _values(draft: ActivityDraft) -> dict:
    values = {name: getattr(draft, name) for name in _TEXT_FIELDS}
    values["kind"] = draft.kind
    values["occurred_at"] = draft.occurred_at
    return values


def _action_row(action: ActionDraft) -> dict:
    return {
        "description": action.description,
        "owner": action.owner,
        "due_on": action.due_on,
        "done": action.done,
    }


def create_activity(
    subject_type: str, subject_id: int, draft: ActivityDraft, today: dt.date | None = None
) -> int:
    """Validate and insert a trace with its actions; returns its id. Writes nothing on error."""
    draft = validate_activity(draft, today)
    with write_transaction():
        subjects.require(subject_type, subject_id)
        activity_id = Activity.insert(
            subject_type=subject_type, subject_id=subject_id, **_values(draft)
        ).execute()
        rows = [dict(_action_row(a), activity=activity_id) for a in draft.actions]
        if rows:
            ActionItem.insert_many(rows).execute()
    return activity_id


def update_activity(activity_id: int, draft: ActivityDraft, today: dt.date | None = None) -> None:
    """Validate and overwrite a trace. Actions keep their ids (and ticks) when the draft
    carries them; actions missing from the draft are deleted, new ones inserted."""
    draft = validate_activity(draft, today)
    with write_transaction():
        Activity.get_by_id(activity_id)  # raises DoesNotExist if deleted meanwhile
        Activity.update(_values(draft)).where(Activity.id == activity_id).execute()
        existing = {
            a.id for a in ActionItem.select(ActionItem.id).where(ActionItem.activity == activity_id)
        }
        kept = {a.id for a in draft.actions if a.id in existing}
        if existing - kept:
            ActionItem.delete().where(ActionItem.id.in_(list(existing - kept))).execute()
        for action in draft.actions:
            if action.id in kept:
                ActionItem.update(_action_row(action)).where(ActionItem.id == action.id).execute()
            else:
                ActionItem.insert(activity=activity_id, **_action_row(action)).execute()


def activity_draft(activity_id: int) -> ActivityDraft:
    """The stored trace as a draft, to fill the edit form (actions with their ids)."""
    a = Activity.get_by_id(activity_id)
    actions = ActionItem.select().where(ActionItem.activity == activity_id).order_by(ActionItem.id)
    return ActivityDraft(
        kind=a.kind,
        occurred_at=a.occurred_at,
        actions=tuple(ActionDraft(x.description, x.owner, x.due_on, x.done, x.id) for x in actions),
        **{name: getattr(a, name) for name in _TEXT_FIELDS},
    )


def subject_of(activity_id: int) -> tuple[str, int]:
    a = (
        Activity.select(Activity.subject_type, Activity.subject_id)
        .where(Activity.id == activity_id)
        .get()
    )
    return a.subject_type, a.subject_id


def delete_activity(activity_id: int) -> Snapshot:
    """Delete a trace with its actions and the rows of its files; returns the undo snapshot.

    The files themselves stay in the attachments folder (see
    :func:`desktop.services.attachments.tidy_files`), so Undo finds them.
    """
    activity = Activity.get_by_id(activity_id)
    title = activity.title or label_message(ActivityKind(activity.kind))
    snapshot = Snapshot(
        Message(
            "Records",
            QT_TRANSLATE_NOOP("Records", "Written trace “{title}” deleted"),
            {"title": title},
        )
    )
    with write_transaction():
        snapshot.take(Activity.select().where(Activity.id == activity_id))
        delete_rows(snapshot, Attachment.select().where(Attachment.activity == activity_id))
        delete_rows(snapshot, ActionItem.select().where(ActionItem.activity == activity_id))
        Activity.delete().where(Activity.id == activity_id).execute()
    return snapshot


def set_action_done(action_id: int, done: bool) -> None:
    """Tick (or untick) an action."""
    with write_transaction():
        ActionItem.update(done=done).where(ActionItem.id == action_id).execute()


def _matching_ids(text: str) -> SQL | None:
    query = fts_prefix_query(text)
    if query is None:
        return None
    return SQL("(SELECT rowid FROM activity_fts WHERE activity_fts MATCH ?)", (query,))


def timeline(
    subject_type: str, subject_id: int, text: str = "", limit: int | None = None
) -> list[TimelineEntry]:
    """The record's traces and loose files, newest first, each trace with its actions
    and files. ``text`` keeps the entries whose words (or file names) match it,
    accents and case folded. ``limit`` keeps the newest entries only."""
    where = (Activity.subject_type == subject_type) & (Activity.subject_id == subject_id)
    files = list(
        Attachment.select()
        .where(
            (Attachment.subject_type == subject_type)
            & (Attachment.subject_id == subject_id)
            & (Attachment.kind != CV)
        )
        .order_by(Attachment.created_at.desc(), Attachment.id.desc())
    )
    terms = words(text)

    def file_matches(row: Attachment) -> bool:
        name = fold(row.file_name)
        return all(term in name for term in terms)

    matching = _matching_ids(text)
    if matching is not None:
        by_file = {f.activity_id for f in files if f.activity_id and file_matches(f)}
        where &= Activity.id.in_(matching) | Activity.id.in_(list(by_file))
    activities = (
        Activity.select().where(where).order_by(Activity.occurred_at.desc(), Activity.id.desc())
    )
    if limit is not None:
        activities = activities.limit(limit)
    activities = list(activities)
    ids = [a.id for a in activities]
    actions: dict[int, list[ActionLine]] = {}
    for start in range(0, len(ids), 500):
        query = (
            ActionItem.select()
            .where(ActionItem.activity.in_(ids[start : start + 500]))
            .order_by(ActionItem.id)
        )
        for x in query:
            actions.setdefault(x.activity_id, []).append(
                ActionLine(x.id, x.description, x.owner, x.due_on, x.done)
            )
    attached: dict[int, list[AttachmentInfo]] = {}
    loose: list[TimelineEntry] = []
    for row in files:
        if row.activity_id is not None:
            attached.setdefault(row.activity_id, []).append(attachment_info(row))
        elif not terms or file_matches(row):
            loose.append(
                TimelineEntry(None, FILE_ENTRY, row.created_at, files=(attachment_info(row),))
            )
    entries = [
        TimelineEntry(
            a.id,
            a.kind,
            a.occurred_at,
            **{name: getattr(a, name) for name in _TEXT_FIELDS},
            actions=tuple(actions.get(a.id, ())),
            files=tuple(reversed(attached.get(a.id, ()))),  # in the order they were added
        )
        for a in activities
    ]
    entries.extend(loose)
    entries.sort(key=lambda e: e.occurred_at, reverse=True)  # stable: ties keep id order
    return entries[:limit] if limit is not None else entries


def open_actions(
    until: dt.date, limit: int | None = None, owner: str | None = None
) -> list[OpenAction]:
    """Actions not done whose due date is ``until`` or earlier, the most overdue first
    (``limit``: the first ones only, for a page that shows a screenful; ``owner``: one
    person's, kept in SQL: reading 20,000 open actions to keep 100 took 400 ms)."""
    query = (
        ActionItem.select(
            ActionItem.id,
            ActionItem.description,
            ActionItem.owner,
            ActionItem.due_on,
            Activity.id,
            Activity.title,
            Activity.occurred_at,
            Activity.subject_type,
            Activity.subject_id,
        )
        .join(Activity)
        .where((ActionItem.done == False) & (ActionItem.due_on <= until))  # noqa: E712
        .order_by(ActionItem.due_on, ActionItem.id)
        .tuples()
    )
    if owner is not None:
        query = query.where(ActionItem.owner == owner)
    if limit is not None:
        query = query.limit(limit)
    rows = [
        (
            i,
            d,
            o,
            ActionItem.due_on.python_value(due),
            a,
            t,
            Activity.occurred_at.python_value(at),
            st,
            si,
        )
        for i, d, o, due, a, t, at, st, si in query
    ]
    wanted: dict[str, set[int]] = {}
    for row in rows:
        wanted.setdefault(row[7], set()).add(row[8])
    names = {kind: subjects.names(kind, ids) for kind, ids in wanted.items()}
    return [OpenAction(*row, names[row[7]].get(row[8], "")) for row in rows]


def trace_counts(subject_type: str, subject_ids: list[int]) -> dict[int, int]:
    """How many traces each record has (records without any are absent)."""
    counts: dict[int, int] = {}
    for start in range(0, len(subject_ids), 500):
        query = (
            Activity.select(Activity.subject_id, fn.COUNT(Activity.id))
            .where(
                (Activity.subject_type == subject_type)
                & Activity.subject_id.in_(subject_ids[start : start + 500])
            )
            .group_by(Activity.subject_id)
            .tuples()
        )
        counts.update(dict(query))
    return counts


def summary(subject_type: str, subject_id: int) -> TraceSummary:
    """The counts of one record (a tab title such as "Traces (12)", badges)."""
    of_subject = (Activity.subject_type == subject_type) & (Activity.subject_id == subject_id)
    live = (DisputeStatus.OPEN.value, DisputeStatus.MEDIATION.value)
    # From the record's traces to their actions: left free, SQLite walked every open
    # action of the database (the "not done" index) to keep this record's (100 ms).
    open_actions = (
        Activity.select(fn.COUNT(ActionItem.id))
        .join(ActionItem, JOIN.CROSS)
        .where(of_subject & (ActionItem.activity == Activity.id) & (ActionItem.done == False))  # noqa: E712
        .scalar()
    )
    return TraceSummary(
        Activity.select().where(of_subject).count(),
        open_actions,
        Activity.select()
        .where(
            of_subject & (Activity.kind == ActivityKind.DISPUTE) & Activity.dispute_status.in_(live)
        )
        .count(),
        Attachment.select()
        .where((Attachment.subject_type == subject_type) & (Attachment.subject_id == subject_id))
        .count(),
    )


@dataclass(frozen=True)
class TraceHit:
    activity_id: int
    kind: str
    occurred_at: dt.datetime
    title: str
    subject_type: str
    subject_id: int
    subject_name: str


def search(text: str, limit: int = 50) -> list[TraceHit]:
    """Traces of every record whose words match ``text`` (prefixes), newest first."""
    matching = _matching_ids(text)
    if matching is None:
        return []
    rows = list(
        Activity.select()
        .where(Activity.id.in_(matching))
        .order_by(Activity.occurred_at.desc(), Activity.id.desc())
        .limit(limit)
    )
    wanted: dict[str, set[int]] = {}
    for a in rows:
        wanted.setdefault(a.subject_type, set()).add(a.subject_id)
    names = {kind: subjects.names(kind, ids) for kind, ids in wanted.items()}
    return [
        TraceHit(
            a.id,
            a.kind,
            a.occurred_at,
            a.title,
            a.subject_type,
            a.subject_id,
            names[a.subject_type].get(a.subject_id, ""),
        )
        for a in rows
    ]
