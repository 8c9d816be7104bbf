"""Quotes ("devis"): made from a mission or an offer, sent, accepted into a contract.

A quote is numbered only when it is sent, ``DE-2026-00001``, the next number of the
year read and written in the same IMMEDIATE transaction (gapless, never twice: the
contract references follow the same rule). Sending freezes the general terms of sale
(CGV) of My company into the quote: what the client accepted stays what they saw.
An accepted quote becomes a contract draft (or completes the one its offer made) and,
when it asks for a deposit, flags the deposit invoice for the invoicing module
(``Quote.deposit_invoice_due`` and ``Contract.deposit_invoice_due``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.quotes import (
    QuoteDraft,
    QuoteLineDraft,
    QuoteTotals,
    check_transition,
    totals,
    validate_quote,
)
from desktop.domain.vocabulary import BudgetKind, QuoteLineKind, QuoteStatus
from desktop.services import company
from desktop.store.models import Company, Contract, Mission, Offer, Quote, QuoteLine
from desktop.store.transactions import write_transaction

DEFAULT_VALIDITY_DAYS = 30
Q = QuoteStatus


@dataclass(frozen=True)
class QuoteSummary:
    id: int
    reference: str | None
    title: str
    status: str
    company_id: int
    company: str
    mission_id: int | None
    contract_id: int | None
    created_on: dt.date
    sent_on: dt.date | None
    valid_until: dt.date | None
    answered_on: dt.date | None
    total_excl_tax: Decimal
    deposit_invoice_due: bool


def _summary(q: Quote) -> QuoteSummary:
    return QuoteSummary(
        q.id,
        q.reference,
        q.title,
        q.status,
        q.company_id,
        Company.get_by_id(q.company_id).name,
        q.mission_id,
        q.contract_id,
        q.created_on,
        q.sent_on,
        q.valid_until,
        q.answered_on,
        q.total_excl_tax,
        q.deposit_invoice_due,
    )


def summary(quote_id: int) -> QuoteSummary:
    return _summary(Quote.get_by_id(quote_id))


def quotes_of_mission(mission_id: int) -> list[QuoteSummary]:
    return [
        _summary(q)
        for q in Quote.select().where(Quote.mission == mission_id).order_by(Quote.id.desc())
    ]


def draft_of(quote_id: int) -> QuoteDraft:
    q = Quote.get_by_id(quote_id)
    return QuoteDraft(
        q.title,
        q.valid_until,
        q.deposit_percent,
        q.language,
        q.notes,
        [
            QuoteLineDraft(
                line.kind, line.description, line.quantity, line.unit_price, line.vat_rate
            )
            for line in QuoteLine.select()
            .where(QuoteLine.quote == quote_id)
            .order_by(QuoteLine.position, QuoteLine.id)
        ],
    )


def quote_totals(quote_id: int) -> QuoteTotals:
    draft = draft_of(quote_id)
    return totals(draft.lines, draft.deposit_percent)


def _vat_rate() -> Decimal:
    identity = company.identity()
    return Decimal(0) if identity.vat_exempt and not identity.vat_number else Decimal(20)


def _lines_for(mission: Mission, rate: Decimal | None) -> list[QuoteLineDraft]:
    vat = _vat_rate()
    if mission.budget_kind == BudgetKind.FIXED and mission.fixed_price is not None:
        return [
            QuoteLineDraft(QuoteLineKind.FIXED, mission.title, Decimal(1), mission.fixed_price, vat)
        ]
    days = Decimal(mission.duration_days or 20)
    if mission.part_time_percent and mission.part_time_percent < 100:
        days = (days * mission.part_time_percent / 100).quantize(Decimal("0.5"))
    return [
        QuoteLineDraft(
            QuoteLineKind.DAYS,
            mission.title,
            days,
            rate if rate is not None else (mission.client_daily_rate or Decimal(0)),
            vat,
        )
    ]


def _insert(
    company_id: int,
    mission_id: int | None,
    offer_id: int | None,
    draft: QuoteDraft,
    today: dt.date,
) -> int:
    quote_id = Quote.insert(
        company=company_id,
        mission=mission_id,
        offer=offer_id,
        title=draft.title,
        status=Q.DRAFT,
        language=draft.language,
        created_on=today,
        valid_until=draft.valid_until,
        deposit_percent=draft.deposit_percent,
        notes=draft.notes,
        total_excl_tax=totals(draft.lines).excl_tax,
    ).execute()
    _write_lines(quote_id, draft.lines)
    return quote_id


def _write_lines(quote_id: int, lines: list[QuoteLineDraft]) -> None:
    QuoteLine.delete().where(QuoteLine.quote == quote_id).execute()
    if lines:
        QuoteLine.insert_many(
            [
                {
                    "quote": quote_id,
                    "position": i,
                    "kind": line.kind,
                    "description": " ".join(line.description.split())[:500],
                    "quantity": line.quantity,
                    "unit_price": line.unit_price,
                    "vat_rate": line.vat_rate,
                }
                for i, line in enumerate(lines)
            ]
        ).execute()


def create_from_mission(
    mission_id: int, today: dt.date | None = None, deposit_percent: Decimal = Decimal(30)
) -> int:
    """A draft quote with the mission's figures: days x client rate, or its fixed price."""
    today = today or dt.date.today()
    with write_transaction():
        mission = Mission.get_by_id(mission_id)
        draft = QuoteDraft(
            mission.title,
            today + dt.timedelta(days=DEFAULT_VALIDITY_DAYS),
            deposit_percent,
            "fr",
            "",
            _lines_for(mission, None),
        )
        return _insert(mission.company_id, mission.id, None, draft, today)


def create_from_offer(
    offer_id: int, today: dt.date | None = None, deposit_percent: Decimal = Decimal(30)
) -> int:
    """A draft quote for the client, from an offer made to a talent (its mission's figures)."""
    today = today or dt.date.today()
    with write_transaction():
        offer = Offer.get_by_id(offer_id)
        mission = Mission.get_by_id(offer.mission_id)
        draft = QuoteDraft(
            mission.title,
            today + dt.timedelta(days=DEFAULT_VALIDITY_DAYS),
            deposit_percent,
            "fr",
            "",
            _lines_for(mission, None),
        )
        return _insert(mission.company_id, mission.id, offer.id, draft, today)


def create_for_mission(mission_id: int, today: dt.date | None = None) -> int:
    """A new quote for the mission: from its accepted offer when there is one (the quote
    then completes the contract that offer made), else from the mission alone."""
    accepted = (
        Offer.select(Offer.id)
        .where((Offer.mission == mission_id) & (Offer.status == "accepted"))
        .order_by(Offer.id.desc())
        .first()
    )
    if accepted is not None:
        return create_from_offer(accepted.id, today)
    return create_from_mission(mission_id, today)


def save_draft(quote_id: int, draft: QuoteDraft, today: dt.date | None = None) -> None:
    """Change a draft quote (a sent one is the client's: make a new quote instead)."""
    draft = validate_quote(draft, today or dt.date.today())
    with write_transaction():
        q = Quote.get_by_id(quote_id)
        if q.status != Q.DRAFT:
            raise DomainError(
                Message(
                    "Quotes",
                    QT_TRANSLATE_NOOP(
                        "Quotes",
                        "Quote {reference} was sent: it can no longer change. Make a new "
                        "quote for the new terms.",
                    ),
                    {"reference": q.reference or ""},
                )
            )
        Quote.update(
            title=" ".join(draft.title.split()),
            valid_until=draft.valid_until,
            deposit_percent=draft.deposit_percent,
            language=draft.language,
            notes=draft.notes.strip(),
            total_excl_tax=totals(draft.lines).excl_tax,
        ).where(Quote.id == quote_id).execute()
        _write_lines(quote_id, draft.lines)


def _next_reference(year: int) -> str:
    """``DE-2026-00042``: the next number of the year (the caller holds the write lock)."""
    prefix = f"DE-{year}-"
    last = (
        Quote.select(Quote.reference)
        .where(Quote.reference.startswith(prefix))
        .order_by(Quote.reference.desc())
        .scalar()
    )
    number = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{number:05d}"


def next_reference(today: dt.date) -> str:
    """The number a quote sent ``today`` would get now: what the e-mail's preview shows.
    The real number is assigned by :func:`send`, under the write lock."""
    return _next_reference(today.year)


def send(quote_id: int, today: dt.date | None = None) -> str:
    """Number the quote and mark it sent, in one IMMEDIATE transaction; returns the number.

    Refused while My company lacks a mandatory field, or when the quote is invalid.
    """
    today = today or dt.date.today()
    identity = company.require_complete()
    validate_quote(draft_of(quote_id), today)
    with write_transaction():
        q = Quote.get_by_id(quote_id)
        check_transition(q.status, Q.SENT)
        reference = _next_reference(today.year)
        Quote.update(
            reference=reference,
            status=Q.SENT,
            sent_on=today,
            terms_of_sale=identity.terms_of_sale,
        ).where(Quote.id == quote_id).execute()
    return reference


def accept(quote_id: int, today: dt.date | None = None) -> int:
    """The client accepted: the quote becomes a contract draft; returns the contract id.

    When the quote's offer already made a contract (an accepted offer does), that contract
    takes the quote's figures instead of a second one being made.
    """
    from desktop.services.offers import _next_contract_reference

    today = today or dt.date.today()
    with write_transaction():
        q = Quote.get_by_id(quote_id)
        check_transition(q.status, Q.ACCEPTED)
        draft = draft_of(quote_id)
        days = sum(
            (line.quantity for line in draft.lines if line.kind == QuoteLineKind.DAYS), Decimal(0)
        )
        rate = next(
            (line.unit_price for line in draft.lines if line.kind == QuoteLineKind.DAYS), None
        )
        has_deposit = q.deposit_percent > 0
        existing = None
        if q.offer_id:
            existing = Contract.get_or_none(Contract.offer == q.offer_id)
        if existing is None and q.mission_id:
            existing = Contract.get_or_none(
                (Contract.mission == q.mission_id)
                & (Contract.party == "client")
                & (Contract.status == "draft")
            )
        values = {
            "deposit_percent": q.deposit_percent,
            "deposit_invoice_due": has_deposit,
            "estimated_days": int(days) if days else None,
            "language": q.language,
        }
        if rate is not None:
            values["daily_rate"] = rate
        if existing is not None:
            Contract.update(values).where(Contract.id == existing.id).execute()
            contract_id = existing.id
        else:
            mission = Mission.get_or_none(Mission.id == q.mission_id) if q.mission_id else None
            start = (mission.start_date if mission else None) or today
            contract_id = Contract.insert(
                company=q.company_id,
                mission=q.mission_id,
                offer=q.offer_id,
                talent=Offer.get_by_id(q.offer_id).talent_id if q.offer_id else None,
                reference=_next_contract_reference(start.year),
                title=q.title,
                status="draft",
                start_date=start,
                end_date=mission.end_date if mission else None,
                **values,
            ).execute()
        Quote.update(
            status=Q.ACCEPTED,
            answered_on=today,
            contract=contract_id,
            deposit_invoice_due=has_deposit,
        ).where(Quote.id == quote_id).execute()
    return contract_id


def refuse(quote_id: int, today: dt.date | None = None) -> None:
    with write_transaction():
        q = Quote.get_by_id(quote_id)
        check_transition(q.status, Q.REFUSED)
        Quote.update(status=Q.REFUSED, answered_on=today or dt.date.today()).where(
            Quote.id == quote_id
        ).execute()


def expire_due(today: dt.date | None = None) -> int:
    """Sent quotes past their validity date become expired; returns how many."""
    today = today or dt.date.today()
    with write_transaction():
        return (
            Quote.update(status=Q.EXPIRED, answered_on=Quote.valid_until)
            .where((Quote.status == Q.SENT) & (Quote.valid_until < today))
            .execute()
        )


def find(reference: str) -> int:
    """The id of the quote numbered ``reference`` (the command line names quotes so)."""
    q = Quote.get_or_none(Quote.reference == reference.strip())
    if q is None:
        raise DomainError(
            Message(
                "Quotes",
                QT_TRANSLATE_NOOP("Quotes", "No quote numbered {reference}."),
                {"reference": reference},
            )
        )
    return q.id
