"""Missions: create, edit, move on the board, read for display."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.missions import (
    Margin,
    MissionDraft,
    Phase,
    RequiredSkill,
    margin,
    missing_scope,
    validate_mission,
)
from desktop.domain.vocabulary import MissionStatus
from desktop.services import skills as skill_service
from desktop.services.deletion import Snapshot, delete_rows, refuse_if_used
from desktop.store.models import (
    ActionItem,
    Activity,
    Attachment,
    Company,
    Contract,
    Mission,
    MissionPhase,
    MissionSkill,
    Offer,
    Referral,
    Skill,
)
from desktop.store.transactions import write_transaction

_CHILDREN = {"phases", "skills", "company_id", "contact_id"}
_FIELDS = [f.name for f in fields(MissionDraft) if f.name not in _CHILDREN]


def _write_children(mission_id: int, draft: MissionDraft) -> None:
    MissionSkill.delete().where(MissionSkill.mission == mission_id).execute()
    rows = [
        {
            "mission": mission_id,
            "skill": skill_service.skill_id(s.name),
            "level": s.level,
            "required": s.required,
        }
        for s in draft.skills
    ]
    if rows:
        MissionSkill.insert_many(rows).execute()
    MissionPhase.delete().where(MissionPhase.mission == mission_id).execute()
    phases = [
        {"mission": mission_id, "position": i, "name": " ".join(p.name.split()), "due_on": p.due_on}
        for i, p in enumerate(draft.phases)
    ]
    if phases:
        MissionPhase.insert_many(phases).execute()


def _values(draft: MissionDraft) -> dict:
    values = {f: getattr(draft, f) for f in _FIELDS}
    values.update(company=draft.company_id, contact=draft.contact_id)
    return values


def create_mission(draft: MissionDraft) -> int:
    """Validate and insert; returns the new id. Raises ValidationError, writing nothing."""
    draft = validate_mission(draft)
    with write_transaction():
        mission_id = Mission.insert(_values(draft)).execute()
        _write_children(mission_id, draft)
    return mission_id


def update_mission(mission_id: int, draft: MissionDraft) -> None:
    draft = validate_mission(draft)
    values = _values(draft)
    values["updated_at"] = dt.datetime.now().replace(microsecond=0)
    with write_transaction():
        Mission.update(values).where(Mission.id == mission_id).execute()
        _write_children(mission_id, draft)


def mission_draft(mission_id: int) -> MissionDraft:
    m = Mission.get_by_id(mission_id)
    skills = (
        MissionSkill.select(MissionSkill, Skill.name)
        .join(Skill)
        .where(MissionSkill.mission == mission_id)
        .order_by(MissionSkill.required.desc(), MissionSkill.level.desc(), Skill.key)
    )
    phases = (
        MissionPhase.select()
        .where(MissionPhase.mission == mission_id)
        .order_by(MissionPhase.position)
    )
    return MissionDraft(
        company_id=m.company_id,
        contact_id=m.contact_id,
        **{f: getattr(m, f) for f in _FIELDS},
        skills=tuple(RequiredSkill(s.skill.name, s.level, s.required) for s in skills),
        phases=tuple(Phase(p.name, p.due_on) for p in phases),
    )


def set_status(mission_id: int, status: str) -> None:
    """Move a mission on the board (any status may follow any: the board is a view)."""
    if status not in {s.value for s in MissionStatus}:
        raise DomainError(
            Message(
                "Missions",
                QT_TRANSLATE_NOOP("Missions", "Unknown mission status “{status}”."),
                {"status": status},
            )
        )
    with write_transaction():
        Mission.update(status=status, updated_at=dt.datetime.now().replace(microsecond=0)).where(
            Mission.id == mission_id
        ).execute()


@dataclass(frozen=True)
class MissionSummary:
    """What the editor, the ranking and the offer dialogs show about a mission."""

    id: int
    draft: MissionDraft
    company: str
    missing_scope: list[str]
    margin: Margin | None


def mission_summary(mission_id: int) -> MissionSummary:
    draft = mission_draft(mission_id)
    company = Company.get_by_id(draft.company_id).name
    return MissionSummary(
        mission_id,
        draft,
        company,
        missing_scope(draft),
        margin(draft.client_daily_rate, draft.talent_daily_rate, draft.commission_percent),
    )


def mission_choices(text: str = "", limit: int = 50) -> list[tuple[int, str]]:
    """Open or proposed missions matching ``text``, for pickers."""
    query = (
        Mission.select(Mission.id, Mission.title, Company.name)
        .join(Company)
        .where(Mission.status.in_(("draft", "open", "proposed")))
        .order_by(Mission.start_date.desc())
        .limit(limit)
    )
    if text.strip():
        query = query.where(Mission.title.contains(text.strip()))
    return [(m.id, f"{m.title} — {m.company.name}") for m in query]


def delete_mission(mission_id: int) -> Snapshot:
    """Delete a mission with its skills, phases and written traces.

    Refused when offers or contracts refer to it: they are the history that the
    refusal analytics and the invoices rely on (cancel the mission instead).
    """
    mission = Mission.get_by_id(mission_id)
    with write_transaction():
        refuse_if_used(
            mission.title,
            {
                QT_TRANSLATE_NOOP("Records", "offers"): Offer.select()
                .where(Offer.mission == mission_id)
                .count(),
                QT_TRANSLATE_NOOP("Records", "contracts"): Contract.select()
                .where(Contract.mission == mission_id)
                .count(),
            },
            QT_TRANSLATE_NOOP("Records", "Set its status to “Cancelled” to keep the history."),
        )
        snapshot = Snapshot(
            Message(
                "Records",
                QT_TRANSLATE_NOOP("Records", "Mission “{name}” deleted"),
                {"name": mission.title},
            )
        )
        snapshot.take(Mission.select().where(Mission.id == mission_id))
        traces = (Activity.subject_type == "mission") & (Activity.subject_id == mission_id)
        trace_ids = [a.id for a in Activity.select(Activity.id).where(traces)]
        delete_rows(snapshot, MissionSkill.select().where(MissionSkill.mission == mission_id))
        delete_rows(snapshot, MissionPhase.select().where(MissionPhase.mission == mission_id))
        linked = [r.id for r in Referral.select(Referral.id).where(Referral.mission == mission_id)]
        if linked:  # referrals belong to their referrer: unlinked, relinked by undo
            Referral.update(mission=None).where(Referral.id.in_(linked)).execute()
            snapshot.relink(Referral, "mission", mission_id, linked)
        delete_rows(
            snapshot,
            Attachment.select().where(
                ((Attachment.subject_type == "mission") & (Attachment.subject_id == mission_id))
                | Attachment.activity.in_(trace_ids)
            ),
        )
        delete_rows(snapshot, ActionItem.select().where(ActionItem.activity.in_(trace_ids)))
        delete_rows(snapshot, Activity.select().where(traces))
        Mission.delete().where(Mission.id == mission_id).execute()
    return snapshot
