"""Read models of missions, contracts and invoices for the detail panels and Home.

(Editing these records comes with their own modules; this one only reads.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN, fn

from desktop.domain.money import from_cents
from desktop.domain.receivables import OPEN_STATUSES
from desktop.store.models import (
    Company,
    Contract,
    Invoice,
    InvoiceLine,
    Mission,
    MissionSkill,
    Offer,
    OfferRefusalReason,
    Payment,
    Reminder,
    Skill,
    Talent,
)


@dataclass(frozen=True)
class HomeCounts:
    talents: int
    talents_available: int
    companies: int
    clients: int
    missions_open: int
    contracts_active: int
    invoices_unpaid: int
    receivable: Decimal
    overdue: Decimal

    @property
    def empty(self) -> bool:
        return not (self.talents or self.companies)


def home_counts(today: dt.date | None = None) -> HomeCounts:
    today = today or dt.date.today()
    owed = Invoice.total_incl_tax - Invoice.amount_paid - Invoice.amount_credited
    unpaid = Invoice.select(fn.COUNT(Invoice.id), fn.COALESCE(fn.SUM(owed), 0)).where(
        Invoice.status.in_(OPEN_STATUSES) & (Invoice.kind == "invoice")
    )
    count, receivable = unpaid.scalar(as_tuple=True)
    _, overdue = unpaid.where(Invoice.due_date < today).scalar(as_tuple=True)
    return HomeCounts(
        talents=Talent.select().count(),
        talents_available=Talent.select()
        .where((Talent.status == "available") & (Talent.available_from <= today))
        .count(),
        companies=Company.select().count(),
        clients=Company.select().where(Company.stage == "won").count(),
        missions_open=Mission.select().where(Mission.status.in_(("open", "proposed"))).count(),
        contracts_active=Contract.select().where(Contract.status == "active").count(),
        invoices_unpaid=count,
        receivable=from_cents(receivable),
        overdue=from_cents(overdue),
    )


@dataclass(frozen=True)
class OfferRow:
    id: int
    talent_id: int
    talent: str
    status: str
    rate: Decimal | None
    sent_on: dt.date | None
    reasons: list[str]  # refusal reason codes
    note: str


@dataclass(frozen=True)
class MissionDetail:
    mission: Mission
    company: str
    skills: list[tuple[str, int, bool]]  # name, level, must-have
    offers: list[OfferRow]


def mission_detail(mission_id: int) -> MissionDetail:
    mission = (
        Mission.select(Mission, Company.id, Company.name)
        .join(Company)
        .where(Mission.id == mission_id)
        .get()
    )
    skills = (
        MissionSkill.select(MissionSkill, Skill.name)
        .join(Skill)
        .where(MissionSkill.mission == mission_id)
        .order_by(MissionSkill.required.desc(), MissionSkill.level.desc())
    )
    offers = (
        Offer.select(Offer, Talent.id, Talent.first_name, Talent.last_name)
        .join(Talent)
        .where(Offer.mission == mission_id)
        .order_by(Offer.sent_on)
    )
    reasons: dict[int, list[str]] = {}
    for r in OfferRefusalReason.select().join(Offer).where(Offer.mission == mission_id):
        reasons.setdefault(r.offer_id, []).append(r.reason)
    return MissionDetail(
        mission,
        mission.company.name,
        [(s.skill.name, s.level, s.required) for s in skills],
        [
            OfferRow(
                o.id,
                o.talent_id,
                f"{o.talent.first_name} {o.talent.last_name}",
                o.status,
                o.proposed_rate,
                o.sent_on,
                sorted(reasons.get(o.id, [])),
                o.refusal_note,
            )
            for o in offers
        ],
    )


@dataclass(frozen=True)
class ContractDetail:
    contract: Contract
    company: str
    talent: str
    invoiced: Decimal


def contract_detail(contract_id: int) -> ContractDetail:
    contract = (
        Contract.select(
            Contract, Company.id, Company.name, Talent.id, Talent.first_name, Talent.last_name
        )
        .join(Company)
        .switch(Contract)
        .join(Talent, JOIN.LEFT_OUTER)
        .where(Contract.id == contract_id)
        .get()
    )
    invoiced = (
        Invoice.select(fn.COALESCE(fn.SUM(Invoice.total_excl_tax), 0))
        .where((Invoice.contract == contract_id) & (Invoice.status != "draft"))
        .scalar()
    )
    talent = contract.talent
    return ContractDetail(
        contract,
        contract.company.name,
        f"{talent.first_name} {talent.last_name}" if talent and talent.id else "",
        from_cents(invoiced),
    )


@dataclass(frozen=True)
class InvoiceDetail:
    invoice: Invoice
    company: str
    lines: list[InvoiceLine]
    payments: list[Payment]
    credited_number: str | None
    # invoicing: what corrected or chased it, and what it bills for
    credit_notes: list[tuple[int, str]] = field(default_factory=list)  # (id, number or "")
    reminders: list[Reminder] = field(default_factory=list)
    contract_reference: str = ""


def invoice_detail(invoice_id: int) -> InvoiceDetail:
    invoice = (
        Invoice.select(Invoice, Company.id, Company.name)
        .join(Company)
        .where(Invoice.id == invoice_id)
        .get()
    )
    credited = None
    if invoice.credited_invoice_id:
        credited = Invoice.get_by_id(invoice.credited_invoice_id).number
    return InvoiceDetail(
        invoice,
        invoice.company.name,
        list(
            InvoiceLine.select()
            .where(InvoiceLine.invoice == invoice_id)
            .order_by(InvoiceLine.position)
        ),
        list(Payment.select().where(Payment.invoice == invoice_id).order_by(Payment.paid_on)),
        credited,
        [
            (note.id, note.number or "")
            for note in Invoice.select(Invoice.id, Invoice.number)
            .where(Invoice.credited_invoice == invoice_id)
            .order_by(Invoice.id)
        ],
        list(Reminder.select().where(Reminder.invoice == invoice_id).order_by(Reminder.id)),
        Contract.get_by_id(invoice.contract_id).reference if invoice.contract_id else "",
    )
