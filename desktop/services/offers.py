"""Offers: propose a mission to talents, track their answers, accept into a contract draft.

An accepted offer creates the contract draft (the contracts module adds the
document) and updates the talent's availability and load. A refusal carries
one or more reasons from the market's list, plus free text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import IntegrityError

from desktop.domain.errors import Amount, DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.missions import missing_scope
from desktop.domain.money import MAX_DAILY_RATE
from desktop.domain.offers import check_transition
from desktop.domain.validation import FIELD_LABELS
from desktop.domain.vocabulary import MissionStatus, OfferStatus, TalentStatus
from desktop.services.missions import mission_draft
from desktop.store.models import (
    Activity,
    Contract,
    Mission,
    Offer,
    OfferRefusalReason,
    Referral,
    Talent,
)
from desktop.store.transactions import write_transaction


class ScopeIncompleteError(DomainError):
    """The mission's scope checklist has gaps; proposing needs an explicit confirmation."""

    def __init__(self, missing: list[str]) -> None:
        super().__init__(
            Message(
                "Offers",
                QT_TRANSLATE_NOOP(
                    "Offers",
                    "The scope of this mission is incomplete: {items}. Talents refuse vague "
                    "missions first; complete it, or confirm to propose it anyway.",
                ),
                {"items": [Message("Field", FIELD_LABELS[m]) for m in missing]},
            )
        )
        self.missing = missing


@dataclass(frozen=True)
class ExistingOffer:
    """A talent's offer for a mission, as a proposal finds it: what happened, and when."""

    talent_id: int
    talent: str
    offer_id: int
    status: str
    on: dt.date  # answered on, else sent on


@dataclass(frozen=True)
class Proposal:
    created: list[int]  # offer ids
    already_offered: list[int]  # talent ids that already had an offer for this mission
    existing: list[ExistingOffer] = field(default_factory=list)  # those offers, in order


class AlreadyStaffedError(DomainError):
    """The mission already has an accepted offer: a second acceptance is a second seat,
    made only when the user says so (``second_seat=True``)."""

    def __init__(self, talent: str, reference: str) -> None:
        super().__init__(
            Message(
                "Offers",
                QT_TRANSLATE_NOOP(
                    "Offers",
                    "This mission is already staffed: {talent} accepted it (contract "
                    "{reference}). Accepting this offer too makes a second contract for a "
                    "second seat.",
                ),
                {"talent": talent, "reference": reference},
            )
        )
        self.talent = talent
        self.reference = reference


def existing_offers(mission_id: int, talent_ids: list[int]) -> list[ExistingOffer]:
    """The offers these talents already have for the mission (one at most each): a new
    proposal skips them, and says so, rather than answering "proposed" and sending nothing."""
    if not talent_ids:
        return []
    rows = (
        Offer.select(Offer.id, Offer.talent, Offer.status, Offer.sent_on, Offer.answered_on, Talent)
        .join(Talent)
        .where((Offer.mission == mission_id) & Offer.talent.in_(talent_ids))
    )
    found = {
        o.talent_id: ExistingOffer(
            o.talent_id,
            f"{o.talent.first_name} {o.talent.last_name}".strip(),
            o.id,
            o.status,
            o.answered_on or o.sent_on,
        )
        for o in rows
    }
    return [found[t] for t in dict.fromkeys(talent_ids) if t in found]


def propose(
    mission_id: int,
    talent_ids: list[int],
    rate: Decimal | None = None,
    message: str = "",
    today: dt.date | None = None,
    allow_incomplete_scope: bool = False,
    expires_in_days: int = 15,
) -> Proposal:
    """Send the mission to several talents at once (one offer each), in one transaction."""
    today = today or dt.date.today()
    draft = mission_draft(mission_id)
    gaps = missing_scope(draft)
    if gaps and not allow_incomplete_scope:
        raise ScopeIncompleteError(gaps)
    if rate is not None and rate < 0:
        raise DomainError(
            Message("Offers", QT_TRANSLATE_NOOP("Offers", "The proposed rate cannot be negative."))
        )
    if rate is not None and rate > MAX_DAILY_RATE:
        raise DomainError(
            Message(
                "Offers",
                QT_TRANSLATE_NOOP("Offers", "The proposed rate can be at most {limit} a day."),
                {"limit": Amount(MAX_DAILY_RATE)},
            )
        )
    rate = rate if rate is not None else draft.talent_daily_rate
    created, skipped = [], []
    with write_transaction():
        found = existing_offers(mission_id, talent_ids)
        existing = {o.talent_id for o in found}
        for talent_id in dict.fromkeys(talent_ids):
            if talent_id in existing:
                skipped.append(talent_id)
                continue
            created.append(
                Offer.insert(
                    mission=mission_id,
                    talent=talent_id,
                    proposed_rate=rate,
                    message=message,
                    status=OfferStatus.SENT,
                    sent_on=today,
                    expires_on=today + dt.timedelta(days=expires_in_days),
                ).execute()
            )
        if created and draft.status in (MissionStatus.DRAFT, MissionStatus.OPEN):
            Mission.update(status=MissionStatus.PROPOSED).where(Mission.id == mission_id).execute()
    return Proposal(created, skipped, found)


def set_status(
    offer_id: int,
    status: str,
    reasons: tuple[str, ...] = (),
    note: str = "",
    today: dt.date | None = None,
    second_seat: bool = False,
) -> int | None:
    """Record an answer. Refusals need reasons; an acceptance returns the new contract's id.

    Accepting an offer of a mission that another talent already accepted raises
    :class:`AlreadyStaffedError` unless ``second_seat`` (the client wants two people).
    """
    today = today or dt.date.today()
    with write_transaction():  # reads then writes (the contract number)
        offer = Offer.get_by_id(offer_id)
        check_transition(offer.status, status, reasons)
        if status == OfferStatus.ACCEPTED and not second_seat:
            staffed = (
                Contract.select(Contract.reference, Talent.first_name, Talent.last_name)
                .join(Talent)
                .where(Contract.mission == offer.mission_id)
                .order_by(Contract.id)
                .first()
            )
            if staffed is not None:
                name = f"{staffed.talent.first_name} {staffed.talent.last_name}".strip()
                raise AlreadyStaffedError(name, staffed.reference)
        OfferRefusalReason.delete().where(OfferRefusalReason.offer == offer_id).execute()
        if status == OfferStatus.REFUSED:
            OfferRefusalReason.insert_many(
                [{"offer": offer_id, "reason": r} for r in dict.fromkeys(reasons)]
            ).execute()
        answered = None if status == OfferStatus.IN_DISCUSSION else today
        Offer.update(
            status=status,
            answered_on=answered,
            refusal_note=note.strip() if status == OfferStatus.REFUSED else "",
        ).where(Offer.id == offer_id).execute()
        if status == OfferStatus.ACCEPTED:
            return _accept(offer, today)
    return None


def _accept(offer: Offer, today: dt.date) -> int:
    """The contract draft, the talent's new availability and load, the mission staffed."""
    mission = Mission.get_by_id(offer.mission_id)
    start = mission.start_date or today
    end = mission.end_date or (start + dt.timedelta(days=(mission.duration_days or 20) * 7 // 5))
    # The year of the acceptance, not of the mission's start: a chronological series
    # numbers documents in the order they are made (a contract accepted in December for a
    # January start is the year's last, not next year's first). See docs/DESIGN.md.
    reference = _next_contract_reference(today.year)
    contract_id = Contract.insert(
        company=mission.company_id,
        talent=offer.talent_id,
        mission=mission.id,
        offer=offer.id,
        reference=reference,
        title=mission.title,
        status="draft",
        start_date=start,
        end_date=end,
        daily_rate=mission.client_daily_rate,
    ).execute()
    talent = Talent.get_by_id(offer.talent_id)
    # The contract's load counts over its dates only (store.matching_facts.contract_loads):
    # the talent's own load_percent is what they do elsewhere, and is left alone.
    load = min(100, talent.load_percent + mission.part_time_percent)
    changes = {}
    if load >= 100:  # fully taken until the contract ends
        changes["available_from"] = max(end + dt.timedelta(days=1), talent.available_from or end)
    if start <= today:
        changes["status"] = TalentStatus.ON_MISSION
    if changes:
        Talent.update(changes).where(Talent.id == talent.id).execute()
    Mission.update(status=MissionStatus.STAFFED).where(Mission.id == mission.id).execute()
    return contract_id


def _next_contract_reference(year: int) -> str:
    """``CT-2026-00042``: the next number of the year (caller holds an IMMEDIATE lock)."""
    prefix = f"CT-{year}-"
    last = (
        Contract.select(Contract.reference)
        .where(Contract.reference.startswith(prefix))
        .order_by(Contract.reference.desc())
        .scalar()
    )
    number = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{number:05d}"


def open_offers(mission_id: int, except_offer: int | None = None) -> list[ExistingOffer]:
    """The mission's offers still waiting for an answer (sent or in discussion)."""
    rows = (
        Offer.select(Offer.id, Offer.talent, Offer.status, Offer.sent_on, Talent)
        .join(Talent)
        .where(
            (Offer.mission == mission_id)
            & Offer.status.in_([OfferStatus.SENT, OfferStatus.IN_DISCUSSION])
            & (Offer.id != (except_offer or 0))
        )
        .order_by(Offer.sent_on, Offer.id)
    )
    return [
        ExistingOffer(
            o.talent_id,
            f"{o.talent.first_name} {o.talent.last_name}".strip(),
            o.id,
            o.status,
            o.sent_on,
        )
        for o in rows
    ]


def withdraw_offers(
    offer_ids: list[int], trace_title: str, trace_body: str, today: dt.date | None = None
) -> int:
    """Withdraw open offers (the mission was staffed), writing on each talent's timeline
    that they were told: ``trace_title``/``trace_body`` come translated from the caller.
    Returns how many were withdrawn; offers answered meanwhile are left as they are."""
    today = today or dt.date.today()
    now = dt.datetime.combine(today, dt.datetime.now().time().replace(microsecond=0))
    withdrawn = 0
    with write_transaction():
        for offer in Offer.select().where(
            Offer.id.in_(offer_ids)
            & Offer.status.in_([OfferStatus.SENT, OfferStatus.IN_DISCUSSION])
        ):
            Offer.update(status=OfferStatus.WITHDRAWN, answered_on=today).where(
                Offer.id == offer.id
            ).execute()
            Activity.insert(
                subject_type="talent",
                subject_id=offer.talent_id,
                occurred_at=now,
                kind="exchange",
                channel="email",
                title=trace_title,
                body=trace_body,
            ).execute()
            withdrawn += 1
    return withdrawn


def refusal_reasons(offer_id: int) -> list[str]:
    return [
        r.reason
        for r in OfferRefusalReason.select(OfferRefusalReason.reason)
        .where(OfferRefusalReason.offer == offer_id)
        .order_by(OfferRefusalReason.reason)
    ]


def keep_in_touch(talent_id: int, today: dt.date | None = None, days: int = 90) -> dt.date:
    """Plan a follow-up with a talent who refused or is unavailable; returns its date."""
    when = (today or dt.date.today()) + dt.timedelta(days=days)
    Talent.update(next_follow_up_on=when).where(Talent.id == talent_id).execute()
    return when


def record_referral(
    referrer_id: int,
    name: str = "",
    referred_id: int | None = None,
    mission_id: int | None = None,
    note: str = "",
    today: dt.date | None = None,
) -> int:
    """A talent recommends someone; the referred talent (once in the pool) is linked back."""
    if not name.strip() and referred_id is None:
        raise DomainError(
            Message(
                "Offers",
                QT_TRANSLATE_NOOP(
                    "Offers", "Say who was recommended: a name or a talent of the pool."
                ),
            )
        )
    if referred_id == referrer_id:
        raise DomainError(
            Message("Offers", QT_TRANSLATE_NOOP("Offers", "A talent cannot recommend themselves."))
        )
    with write_transaction():
        try:
            referral_id = Referral.insert(
                referrer=referrer_id,
                referred=referred_id,
                name=" ".join(name.split()),
                mission=mission_id,
                note=note.strip(),
                created_on=today or dt.date.today(),
            ).execute()
        except IntegrityError as exc:  # pragma: no cover - ids come from pickers
            raise DomainError(Message("Offers", str(exc))) from exc
        if referred_id is not None:
            Talent.update(referrer=referrer_id).where(
                (Talent.id == referred_id) & Talent.referrer.is_null()
            ).execute()
    return referral_id


def referral_credits(talent_id: int) -> int:
    """How many people this talent has recommended."""
    return Referral.select().where(Referral.referrer == talent_id).count()
