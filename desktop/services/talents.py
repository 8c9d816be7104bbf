"""Talent records: create, edit, delete (with undo), read for display."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from desktop.domain.errors import Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.text import fold, person_sort_key
from desktop.domain.validation import (
    SkillLevel,
    TalentDraft,
    validate_talent,
    validate_talent_referrer,
)
from desktop.services import skills as skill_service
from desktop.services.deletion import Snapshot, delete_rows, refuse_if_used
from desktop.store.models import (
    ActionItem,
    Activity,
    Attachment,
    Contract,
    Offer,
    OfferRefusalReason,
    Referral,
    Skill,
    Talent,
    TalentRefusedSector,
    TalentSkill,
)
from desktop.store.search_index import name_matches
from desktop.store.transactions import write_transaction

# Draft fields stored as they are in the talent table.
_FIELDS = [
    "first_name", "last_name", "email", "phone", "title", "daily_rate", "seniority_years",
    "city", "region", "remote_preference", "available_from", "load_percent", "status", "notes",
    "min_daily_rate", "max_days_on_site", "mobility", "languages", "certifications", "source",
    "last_contact_on", "next_follow_up_on",
]  # fmt: skip


def _values(draft: TalentDraft) -> dict:
    values = {f: getattr(draft, f) for f in _FIELDS}
    values["referrer"] = draft.referrer_id
    values["sort_name"] = person_sort_key(draft.first_name, draft.last_name)
    return values


def _write_children(talent_id: int, draft: TalentDraft) -> None:
    TalentSkill.delete().where(TalentSkill.talent == talent_id).execute()
    rows = [
        {
            "talent": talent_id,
            "skill": skill_service.skill_id(s.name),
            "level": s.level,
            "years": s.years,
        }
        for s in draft.skills
    ]
    if rows:
        TalentSkill.insert_many(rows).execute()
    TalentRefusedSector.delete().where(TalentRefusedSector.talent == talent_id).execute()
    sectors = [{"talent": talent_id, "sector": s, "key": fold(s)} for s in draft.refused_sectors]
    if sectors:
        TalentRefusedSector.insert_many(sectors).execute()


def create_talent(draft: TalentDraft) -> int:
    """Validate and insert; returns the new id. Raises ValidationError, writing nothing."""
    draft = validate_talent(draft)
    with write_transaction():
        talent_id = Talent.insert(_values(draft)).execute()
        _write_children(talent_id, draft)
    return talent_id


def update_talent(talent_id: int, draft: TalentDraft) -> None:
    """Validate and overwrite the talent's fields, skills and refused sectors."""
    draft = validate_talent(draft)
    validate_talent_referrer(talent_id, draft)
    values = _values(draft)
    values["updated_at"] = dt.datetime.now().replace(microsecond=0)
    with write_transaction():
        Talent.update(values).where(Talent.id == talent_id).execute()
        _write_children(talent_id, draft)


def talent_draft(talent_id: int) -> TalentDraft:
    """The stored talent as a draft, to fill an edit form."""
    t = Talent.get_by_id(talent_id)
    skills = (
        TalentSkill.select(TalentSkill.level, TalentSkill.years, Skill.name)
        .join(Skill)
        .where(TalentSkill.talent == talent_id)
        .order_by(TalentSkill.level.desc(), Skill.key)
    )
    sectors = (
        TalentRefusedSector.select(TalentRefusedSector.sector)
        .where(TalentRefusedSector.talent == talent_id)
        .order_by(TalentRefusedSector.key)
    )
    return TalentDraft(
        **{f: getattr(t, f) for f in _FIELDS},
        referrer_id=t.referrer_id,
        skills=tuple(SkillLevel(s.skill.name, s.level, s.years) for s in skills),
        refused_sectors=tuple(s.sector for s in sectors),
    )


def display_name(talent_id: int) -> str:
    t = Talent.select(Talent.first_name, Talent.last_name).where(Talent.id == talent_id).get()
    return f"{t.first_name} {t.last_name}"


def delete_talent(talent_id: int) -> Snapshot:
    """Delete a talent with their skills, refused sectors and written traces.

    Refused when offers or contracts refer to the talent (that history feeds the
    refusal analytics and the invoices). Talents this one recommended lose the
    link; undo puts it back. Returns the snapshot that ``deletion.restore`` uses.
    """
    name = display_name(talent_id)
    with write_transaction():
        refuse_if_used(
            name,
            {
                QT_TRANSLATE_NOOP("Records", "offers"): Offer.select()
                .where(Offer.talent == talent_id)
                .count(),
                QT_TRANSLATE_NOOP("Records", "contracts"): Contract.select()
                .where(Contract.talent == talent_id)
                .count(),
            },
            QT_TRANSLATE_NOOP(
                "Records", "Set the talent's status to “Do not contact” to keep the history."
            ),
        )
        snapshot = Snapshot(
            Message(
                "Records", QT_TRANSLATE_NOOP("Records", "Talent “{name}” deleted"), {"name": name}
            )
        )
        snapshot.take(Talent.select().where(Talent.id == talent_id))
        referred = [t.id for t in Talent.select(Talent.id).where(Talent.referrer == talent_id)]
        if referred:
            Talent.update(referrer=None).where(Talent.id.in_(referred)).execute()
            snapshot.relink(Talent, "referrer", talent_id, referred)
        named = [r.id for r in Referral.select(Referral.id).where(Referral.referred == talent_id)]
        if named:
            Referral.update(referred=None).where(Referral.id.in_(named)).execute()
            snapshot.relink(Referral, "referred", talent_id, named)
        delete_rows(snapshot, Referral.select().where(Referral.referrer == talent_id))
        delete_rows(snapshot, TalentSkill.select().where(TalentSkill.talent == talent_id))
        delete_rows(
            snapshot, TalentRefusedSector.select().where(TalentRefusedSector.talent == talent_id)
        )
        traces = (Activity.subject_type == "talent") & (Activity.subject_id == talent_id)
        trace_ids = [a.id for a in Activity.select(Activity.id).where(traces)]
        delete_rows(
            snapshot,
            Attachment.select().where(
                ((Attachment.subject_type == "talent") & (Attachment.subject_id == talent_id))
                | Attachment.activity.in_(trace_ids)
            ),
        )
        delete_rows(snapshot, ActionItem.select().where(ActionItem.activity.in_(trace_ids)))
        delete_rows(snapshot, Activity.select().where(traces))
        Talent.delete().where(Talent.id == talent_id).execute()
    return snapshot


def count_talents() -> int:
    return Talent.select(fn.COUNT(Talent.id)).scalar()


@dataclass(frozen=True)
class OfferLine:
    mission_id: int
    mission_title: str
    company: str
    status: str
    sent_on: dt.date | None
    rate: Decimal | None
    refusal_reasons: list[str]  # vocabulary codes
    refusal_note: str


@dataclass(frozen=True)
class TalentDetail:
    id: int
    draft: TalentDraft
    created_at: dt.datetime
    offers: list[OfferLine]
    contracts: int
    referrer_name: str
    referred: list[tuple[int, str]]  # talents this one recommended


def talent_detail(talent_id: int) -> TalentDetail:
    """What the detail panel shows about a talent."""
    from desktop.store.models import Company, Mission

    talent = Talent.get_by_id(talent_id)
    offers = (
        Offer.select(Offer, Mission.title, Mission.id, Company.name)
        .join(Mission)
        .join(Company)
        .where(Offer.talent == talent_id)
        .order_by(Offer.sent_on.desc())
        .limit(20)
    )
    reasons: dict[int, list[str]] = {}
    for r in OfferRefusalReason.select().where(
        OfferRefusalReason.offer.in_([o.id for o in offers])
    ):
        reasons.setdefault(r.offer_id, []).append(r.reason)
    referred = (
        Talent.select(Talent.id, Talent.first_name, Talent.last_name)
        .where(Talent.referrer == talent_id)
        .order_by(Talent.sort_name)
    )
    return TalentDetail(
        talent_id,
        talent_draft(talent_id),
        talent.created_at,
        [
            OfferLine(
                o.mission.id,
                o.mission.title,
                o.mission.company.name,
                o.status,
                o.sent_on,
                o.proposed_rate,
                reasons.get(o.id, []),
                o.refusal_note,
            )
            for o in offers
        ],
        Contract.select().where(Contract.talent == talent_id).count(),
        display_name(talent.referrer_id) if talent.referrer_id else "",
        [(t.id, f"{t.first_name} {t.last_name}") for t in referred],
    )


def talent_choices(text: str = "", limit: int = 50) -> list[tuple[int, str]]:
    """Talents whose name matches ``text`` (for pickers such as "recommended by")."""
    query = (
        Talent.select(Talent.id, Talent.first_name, Talent.last_name)
        .order_by(Talent.sort_name)
        .limit(limit)
    )
    matches = name_matches("talent_fts", text)
    if matches is not None:
        query = query.where(matches)
    return [(t.id, f"{t.first_name} {t.last_name}") for t in query]
