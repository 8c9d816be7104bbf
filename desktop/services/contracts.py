"""Contracts, a whole life: clauses, versions, lifecycle, agency mode, reminders.

- **Clauses**: a contract gets its own editable copy of the library's clauses
  (:mod:`desktop.services.clause_library`) when first opened; the user chooses,
  reorders and edits them; :func:`preview` fills every ``{{variable}}`` or names
  the ones it cannot fill.
- **Versions**: once sent, the text is the other party's too. Every change of the
  clauses or terms first saves the previous state as a :class:`ContractVersion`
  (what changed, when), viewable and printable.
- **Lifecycle**: :func:`set_status` refuses illegal transitions with a message
  (``desktop.domain.contract_rules``); signing attaches the signed copy.
- **Agency mode**: a mission's client contract and the subcontract with the talent,
  side by side with the margin between them (:func:`agency_pair`).
- **Reminders** for To do: the end date coming, a tacit renewal to refuse in time,
  a signed copy still missing 7 days after sending (:func:`reminders`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import asdict, dataclass
from decimal import Decimal

from desktop.domain import contract_notes
from desktop.domain import contract_rules as rules
from desktop.domain.clauses import ClauseVariableError, fill
from desktop.domain.company_identity import (
    RECOVERY_INDEMNITY,
    VAT_EXEMPTION_TEXT,
    VAT_EXEMPTION_TEXT_EN,
    CompanyIdentity,
    format_iban,
)
from desktop.domain.errors import DomainError, FieldError, Message, ValidationError
from desktop.domain.formatting import format_date, format_money, format_number, format_rate
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.missions import Margin, margin
from desktop.domain.vocabulary import ContractParty, ContractStatus
from desktop.profile import Profile
from desktop.services import attachments, clause_library, company
from desktop.store.models import (
    Company,
    Contract,
    ContractClause,
    ContractVersion,
    Mission,
    MissionPhase,
    Talent,
)
from desktop.store.transactions import write_transaction

S = ContractStatus


@dataclass(frozen=True)
class ClauseDraft:
    key: str
    title: str
    body: str


@dataclass(frozen=True)
class ContractTerms:
    """What the contract editor changes besides the clauses."""

    title: str
    start_date: dt.date | None
    end_date: dt.date | None
    daily_rate: Decimal | None
    estimated_days: int | None
    payment_terms_days: int
    deposit_percent: Decimal
    notice_unit: str  # day, month, none
    notice_days: int
    notice_months: int
    notice_end_of_month: bool
    tacit_renewal: bool
    renewal_notice_days: int
    language: str


TERMS_LABELS = {
    "title": QT_TRANSLATE_NOOP("Field", "Title"),
    "end_date": QT_TRANSLATE_NOOP("Field", "End date"),
    "daily_rate": QT_TRANSLATE_NOOP("Field", "Daily rate"),
    "payment_terms_days": QT_TRANSLATE_NOOP("Field", "Payment terms (days)"),
    "deposit_percent": QT_TRANSLATE_NOOP("Field", "Deposit (%)"),
    "notice": QT_TRANSLATE_NOOP("Field", "Notice"),
    "clauses": QT_TRANSLATE_NOOP("Field", "Clauses"),
    "language": QT_TRANSLATE_NOOP("Field", "Language"),
}


def _field(name: str, template: str, **params: object) -> FieldError:
    return FieldError(name, TERMS_LABELS[name], Message("Validation", template, params))


def _error(template: str, **params: object) -> DomainError:
    return DomainError(Message("Contracts", template, params))


# -- reading ------------------------------------------------------------------------------


def contract(contract_id: int) -> Contract:
    return Contract.get_by_id(contract_id)


def notice_of(row: Contract) -> rules.Notice | None:
    """The contract's notice clause as a :class:`Notice`, or None when it has none."""
    if row.notice_unit == "none":
        return None
    if row.notice_unit == "month":
        return rules.Notice(row.notice_months, "month", row.notice_end_of_month)
    return rules.Notice(row.notice_days, "day", row.notice_end_of_month)


def notice_text(notice: rules.Notice | None, language: str) -> str:
    """``15 jours``, ``1 mois, jusqu'à la fin du mois``, ``one month``…"""
    if notice is None:
        return "préavis raisonnable" if language == "fr" else "reasonable notice"
    n = notice.amount
    if language == "fr":
        unit = ("jour" if n == 1 else "jours") if notice.unit == "day" else "mois"
        tail = ", expirant à la fin du mois" if notice.end_of_month else ""
    else:
        unit = (
            ("day" if n == 1 else "days")
            if notice.unit == "day"
            else ("month" if n == 1 else "months")
        )
        tail = ", expiring at the end of the month" if notice.end_of_month else ""
    return f"{n} {unit}{tail}"


def terms(contract_id: int) -> ContractTerms:
    c = contract(contract_id)
    return ContractTerms(
        c.title,
        c.start_date,
        c.end_date,
        c.daily_rate,
        c.estimated_days,
        c.payment_terms_days,
        c.deposit_percent,
        c.notice_unit,
        c.notice_days,
        c.notice_months,
        c.notice_end_of_month,
        c.tacit_renewal,
        c.renewal_notice_days,
        c.language,
    )


def clauses(contract_id: int) -> list[ClauseDraft]:
    """The contract's clauses in order (the library's defaults until it has its own)."""
    rows = list(
        ContractClause.select()
        .where(ContractClause.contract == contract_id)
        .order_by(ContractClause.position, ContractClause.id)
    )
    if rows:
        return [ClauseDraft(r.key, r.title, r.body) for r in rows]
    return [ClauseDraft(t.key, t.title, t.body) for t in _defaults(contract(contract_id))]


def _defaults(c: Contract) -> list:
    """The library's clauses for this contract; the milestones clause only when the mission
    has phases (an empty list of milestones would be a clause that says nothing)."""
    chosen = clause_library.default_set(
        c.language, c.party == ContractParty.SUBCONTRACT, _is_agency(c) and bool(c.talent_id)
    )
    if not milestones(c):
        chosen = [t for t in chosen if t.key != "milestones"]
    return chosen


def _is_agency(c: Contract) -> bool:
    """A client contract is an agency's when the mission has a talent rate below its rate."""
    if c.party == ContractParty.SUBCONTRACT:
        return True
    mission = Mission.get_or_none(Mission.id == c.mission_id) if c.mission_id else None
    return bool(
        mission
        and mission.talent_daily_rate is not None
        and mission.client_daily_rate is not None
        and mission.talent_daily_rate < mission.client_daily_rate
    )


def _counterparty_name(c: Contract) -> str:
    if c.party == ContractParty.SUBCONTRACT and c.talent_id:
        t = Talent.get_by_id(c.talent_id)
        return f"{t.first_name} {t.last_name}".strip()
    return Company.get_by_id(c.company_id).name


def _counterparty_names(found: list[Contract]) -> dict[int, str]:
    """Each contract's counterparty name by contract id, in two queries whatever their
    number (one query per contract: 1.9 s for To do's 5,000 reminders at 300k records)."""
    subcontracts = {c.id for c in found if c.party == ContractParty.SUBCONTRACT and c.talent_id}
    talents = {
        talent_id: f"{first} {last}".strip()
        for talent_id, first, last in Talent.select(Talent.id, Talent.first_name, Talent.last_name)
        .where(Talent.id.in_({c.talent_id for c in found if c.id in subcontracts}))
        .tuples()
    }
    companies = dict(
        Company.select(Company.id, Company.name)
        .where(Company.id.in_({c.company_id for c in found if c.id not in subcontracts}))
        .tuples()
    )
    return {
        c.id: talents.get(c.talent_id, "")
        if c.id in subcontracts
        else companies.get(c.company_id, "")
        for c in found
    }


def _talent_name(c: Contract) -> str:
    if not c.talent_id:
        return ""
    t = Talent.get_by_id(c.talent_id)
    return f"{t.first_name} {t.last_name}".strip()


def milestones(c: Contract) -> list[tuple[str, dt.date | None]]:
    """The mission's phases with their deadlines: the contract's milestones."""
    if not c.mission_id:
        return []
    return [
        (p.name, p.due_on)
        for p in MissionPhase.select()
        .where(MissionPhase.mission == c.mission_id)
        .order_by(MissionPhase.position, MissionPhase.id)
    ]


def variables(contract_id: int, identity: CompanyIdentity | None = None) -> dict[str, str]:
    """The value of every clause variable for this contract, in its language ('' = unknown)."""
    c = contract(contract_id)
    lang = c.language
    me = identity or company.identity()
    mission = Mission.get_or_none(Mission.id == c.mission_id) if c.mission_id else None
    rate = c.daily_rate
    days = c.estimated_days or (mission.duration_days if mission else None)
    estimate = rate * days if rate is not None and days else None
    if mission is not None and mission.budget_kind == "fixed" and mission.fixed_price:
        price_text = (
            f"au forfait de {format_money(mission.fixed_price, lang)}"
            if lang == "fr"
            else f"at the fixed price of {format_money(mission.fixed_price, lang)}"
        )
        estimate = mission.fixed_price
    elif rate is not None:
        price_text = (
            f"au temps passé, sur la base d’un taux journalier de {format_rate(rate, lang)} HT"
            if lang == "fr"
            else f"on time spent, at a daily rate of {format_rate(rate, lang)} excl. VAT"
        )
    else:
        price_text = ""
    if me.vat_exempt and not me.vat_number:
        vat_text = VAT_EXEMPTION_TEXT if lang == "fr" else VAT_EXEMPTION_TEXT_EN
    else:
        vat_text = (
            "La TVA au taux en vigueur (20 %) s’ajoute aux montants hors taxes."
            if lang == "fr"
            else "VAT at the current rate (20 %) is added to the amounts excluding VAT."
        )
    if c.end_date:
        duration_text = (
            f"prend fin le {format_date(c.end_date, lang, 'long')}"
            if lang == "fr"
            else f"ends on {format_date(c.end_date, lang, 'long')}"
        )
        if c.tacit_renewal:
            duration_text += (
                f" ; il est renouvelé tacitement pour la même durée sauf dénonciation "
                f"{c.renewal_notice_days} jours avant son terme"
                if lang == "fr"
                else f"; it renews tacitly for the same term unless either party refuses "
                f"{c.renewal_notice_days} days before it ends"
            )
    else:
        duration_text = (
            "est conclue pour une durée indéterminée"
            if lang == "fr"
            else "is agreed for an indefinite term"
        )
    phases = milestones(c)
    milestone_text = "; ".join(
        f"{name} ({format_date(due, lang, 'long')})" if due else name for name, due in phases
    )
    client_reference = ""
    if c.counterpart_id:
        client_reference = Contract.get_by_id(c.counterpart_id).reference
    deposit = c.deposit_percent or Decimal(0)
    return {
        "contract_reference": c.reference,
        "provider_name": me.display_name,
        "provider_iban": format_iban(me.iban),
        "client_name": Company.get_by_id(c.company_id).name,
        "talent_name": _talent_name(c),
        "mission_title": mission.title if mission else c.title,
        "services": (mission.deliverables if mission else "")
        or (mission.description if mission else ""),
        "objectives": mission.objectives if mission else "",
        "start_date": format_date(c.start_date, lang, "long") if c.start_date else "",
        "duration_text": duration_text,
        "price_text": price_text,
        "estimated_total": format_money(estimate, lang) if estimate is not None else "",
        "vat_text": vat_text,
        "payment_terms_days": str(c.payment_terms_days),
        "deposit_percent": f"{format_number(deposit.normalize(), lang)} %",
        "milestones": milestone_text,
        "late_rate": f"{format_number(me.late_rate.normalize(), lang)} %",
        "recovery_indemnity": format_money(RECOVERY_INDEMNITY, lang),
        "notice_text": notice_text(notice_of(c), lang),
        "confidentiality_years": "3",
        "non_solicitation_months": "12",
        "client_contract_reference": client_reference,
        "jurisdiction": me.registry_city or me.city,
    }


def preview(contract_id: int, identity: CompanyIdentity | None = None) -> list[tuple[str, str]]:
    """Every clause filled (title, text); :class:`ClauseVariableError` names what is missing."""
    values = variables(contract_id, identity)
    return [(c.title, fill(c.title, c.body, values)) for c in clauses(contract_id)]


def preview_clause(contract_id: int, title: str, body: str) -> str:
    """One clause as it will print (the editor's live preview)."""
    return fill(title, body, variables(contract_id))


def unfilled_variables(contract_id: int) -> list[tuple[str, list[str]]]:
    """(clause title, variables it lacks) for every clause that cannot be filled."""
    values = variables(contract_id)
    problems = []
    for c in clauses(contract_id):
        try:
            fill(c.title, c.body, values)
        except ClauseVariableError as exc:
            problems.append((c.title, exc.unknown + exc.unfilled))
    return problems


# -- versions -----------------------------------------------------------------------------


def _snapshot(c: Contract) -> str:
    data = {
        "version": c.version,
        "status": c.status,
        "terms": {
            k: (str(v) if isinstance(v, Decimal | dt.date) else v)
            for k, v in asdict(terms(c.id)).items()
        },
        "clauses": [asdict(cl) for cl in clauses(c.id)],
    }
    return json.dumps(data, ensure_ascii=False)


def _keep_version(c: Contract, summary: str) -> None:
    """Before changing a sent contract: store what it was, bump its version number."""
    if c.status not in rules.VERSIONED:
        return
    ContractVersion.insert(
        contract=c.id, number=c.version, summary=summary, snapshot=_snapshot(c)
    ).execute()
    Contract.update(version=c.version + 1).where(Contract.id == c.id).execute()


@dataclass(frozen=True)
class VersionInfo:
    number: int
    created_at: dt.datetime
    summary: str  # what changed after this version


def versions(contract_id: int) -> list[VersionInfo]:
    """The previous versions of a contract, oldest first."""
    return [
        VersionInfo(v.number, v.created_at, v.summary)
        for v in ContractVersion.select()
        .where(ContractVersion.contract == contract_id)
        .order_by(ContractVersion.number)
    ]


def version_clauses(contract_id: int, number: int) -> tuple[dict, list[ClauseDraft]]:
    """The terms and clauses of an earlier version (to view or print it)."""
    row = ContractVersion.get(
        (ContractVersion.contract == contract_id) & (ContractVersion.number == number)
    )
    data = json.loads(row.snapshot)
    return data["terms"], [ClauseDraft(**c) for c in data["clauses"]]


def _describe_changes(language: str, before: list[ClauseDraft], after: list[ClauseDraft]) -> str:
    """What changed in the clauses, in the contract's language (a stored text)."""
    old = {c.key + c.title: c for c in before}
    new = {c.key + c.title: c for c in after}
    return contract_notes.clause_changes(
        language,
        added=[c.title for k, c in new.items() if k not in old],
        removed=[c.title for k, c in old.items() if k not in new],
        edited=[c.title for k, c in new.items() if k in old and old[k].body != c.body],
        reordered=[c.title for c in before] != [c.title for c in after],
    )


# -- writing ------------------------------------------------------------------------------


def _check_editable(c: Contract) -> None:
    if c.status not in rules.EDITABLE:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Contracts", "This contract has ended: its text can no longer change."
            )
        )


def save_clauses(contract_id: int, drafts: list[ClauseDraft], summary: str = "") -> bool:
    """Replace the contract's clauses (chosen, ordered, edited). A sent contract keeps its
    previous version first. Returns False when nothing changed."""
    cleaned = []
    for d in drafts:
        title = " ".join(d.title.split())
        if not title or not d.body.strip():
            raise ValidationError(
                [
                    _field(
                        "clauses",
                        QT_TRANSLATE_NOOP("Validation", "every clause needs a title and a text"),
                    )
                ]
            )
        cleaned.append(ClauseDraft(d.key or "custom", title[:200], d.body.strip()))
    if not cleaned:
        raise ValidationError(
            [_field("clauses", QT_TRANSLATE_NOOP("Validation", "keep at least one clause"))]
        )
    with write_transaction():
        c = contract(contract_id)
        _check_editable(c)
        before = clauses(contract_id)
        has_rows = ContractClause.select().where(ContractClause.contract == contract_id).exists()
        if before == cleaned and has_rows:
            return False
        _keep_version(c, summary or _describe_changes(c.language, before, cleaned))
        ContractClause.delete().where(ContractClause.contract == contract_id).execute()
        ContractClause.insert_many(
            [
                {
                    "contract": contract_id,
                    "position": i,
                    "key": d.key,
                    "title": d.title,
                    "body": d.body,
                }
                for i, d in enumerate(cleaned)
            ]
        ).execute()
    return True


def validate_terms(value: ContractTerms) -> ContractTerms:
    errors = []
    if not " ".join(value.title.split()):
        errors.append(_field("title", QT_TRANSLATE_NOOP("Validation", "required")))
    if value.start_date and value.end_date and value.end_date < value.start_date:
        errors.append(
            _field("end_date", QT_TRANSLATE_NOOP("Validation", "the end comes before the start"))
        )
    if value.daily_rate is not None and value.daily_rate < 0:
        errors.append(_field("daily_rate", QT_TRANSLATE_NOOP("Validation", "must not be negative")))
    if not 0 <= value.payment_terms_days <= 60:  # Code de commerce L441-10 I
        errors.append(
            _field(
                "payment_terms_days",
                QT_TRANSLATE_NOOP(
                    "Validation", "at most 60 days from the invoice (Code de commerce L441-10)"
                ),
            )
        )
    if not Decimal(0) <= value.deposit_percent <= 100:
        errors.append(_field("deposit_percent", QT_TRANSLATE_NOOP("Validation", "0 to 100 %")))
    if value.notice_unit not in ("day", "month", "none") or not (
        0 <= value.notice_days <= 365 and 0 <= value.notice_months <= 18
    ):
        errors.append(
            _field("notice", QT_TRANSLATE_NOOP("Validation", "0 to 365 days, or 0 to 18 months"))
        )
    if value.language not in clause_library.LANGUAGES:
        errors.append(_field("language", QT_TRANSLATE_NOOP("Validation", "French or English")))
    if errors:
        raise ValidationError(errors)
    return ContractTerms(**{**asdict(value), "title": " ".join(value.title.split())})


def save_terms(contract_id: int, value: ContractTerms, summary: str = "") -> bool:
    """Change dates, rate, payment, notice and renewal; versioned once sent."""
    value = validate_terms(value)
    with write_transaction():
        c = contract(contract_id)
        _check_editable(c)
        before = terms(contract_id)
        if before == value:
            return False
        changed = [k for k in asdict(value) if getattr(before, k) != getattr(value, k)]
        if not ContractClause.select().where(ContractClause.contract == contract_id).exists():
            # the defaults depend on the language: pin them before it changes
            _pin_clauses(contract_id, clauses(contract_id) if "language" not in changed else [])
        _keep_version(c, summary or contract_notes.terms_changes(value.language, changed))
        # A new language brings the library's text in it, unless the user edited clauses.
        translate = "language" in changed and not _has_edited_clauses(contract_id, before.language)
        Contract.update(**asdict(value)).where(Contract.id == contract_id).execute()
        if translate:
            _reset_clauses(contract_id)
    return True


def _pin_clauses(contract_id: int, drafts: list[ClauseDraft]) -> None:
    if drafts:
        ContractClause.insert_many(
            [
                {
                    "contract": contract_id,
                    "position": i,
                    "key": d.key,
                    "title": d.title,
                    "body": d.body,
                }
                for i, d in enumerate(drafts)
            ]
        ).execute()


def _has_edited_clauses(contract_id: int, language: str) -> bool:
    """Whether the contract's clauses differ from the library's text in ``language``."""
    library = clause_library.library(language)
    for row in ContractClause.select().where(ContractClause.contract == contract_id):
        template = library.get(row.key)
        if template is None or template.body != row.body:
            return True
    return False


def _reset_clauses(contract_id: int) -> None:
    ContractClause.delete().where(ContractClause.contract == contract_id).execute()
    defaults = _defaults(contract(contract_id))
    _pin_clauses(contract_id, [ClauseDraft(t.key, t.title, t.body) for t in defaults])


# -- lifecycle ----------------------------------------------------------------------------


def set_status(contract_id: int, new: str, today: dt.date | None = None) -> None:
    """Move the contract along its life; illegal transitions are refused with a message.

    Sending pins the clauses (what was sent is what versions start from) and needs every
    variable filled and My company complete. Signing goes through :func:`mark_signed`,
    ending through :mod:`desktop.services.endings`.
    """
    today = today or dt.date.today()
    with write_transaction():
        c = contract(contract_id)
        rules.check_transition(c.status, new)
        values: dict = {"status": new}
        if new == S.SENT:
            company.require_complete()
            preview(contract_id)  # raises, naming any variable left unfilled
            if not ContractClause.select().where(ContractClause.contract == contract_id).exists():
                _pin_clauses(contract_id, clauses(contract_id))
            values["sent_on"] = today
        elif new == S.SIGNED:
            values["signed_on"] = c.signed_on or today
        elif new in (S.ENDED, S.TERMINATED):
            values["ended_on"] = c.ended_on or today
        Contract.update(values).where(Contract.id == contract_id).execute()


def mark_signed(
    profile: Profile,
    contract_id: int,
    signed_on: dt.date,
    signed_copy: str | os.PathLike[str] | None = None,
) -> int | None:
    """Sent -> signed on ``signed_on``, the signed copy (a scan, a PDF) attached to the
    contract. Returns the attachment id. A copy can be added later too."""
    c = contract(contract_id)
    rules.check_transition(c.status, S.SIGNED)
    attachment_id = None
    if signed_copy is not None:
        attachment_id = attachments.attach(profile, "contract", contract_id, signed_copy)
    with write_transaction():
        c = contract(contract_id)
        rules.check_transition(c.status, S.SIGNED)
        Contract.update(
            status=S.SIGNED,
            signed_on=signed_on,
            signed_copy_id=attachment_id or c.signed_copy_id,
        ).where(Contract.id == contract_id).execute()
    return attachment_id


def attach_signed_copy(profile: Profile, contract_id: int, path: str | os.PathLike[str]) -> int:
    """The signed copy arrived after the status was set: attach it and clear the reminder."""
    attachment_id = attachments.attach(profile, "contract", contract_id, path)
    with write_transaction():
        Contract.update(signed_copy_id=attachment_id).where(Contract.id == contract_id).execute()
    return attachment_id


# -- agency mode --------------------------------------------------------------------------


@dataclass(frozen=True)
class ContractSide:
    id: int
    reference: str
    party: str
    counterparty: str
    status: str
    daily_rate: Decimal | None
    start_date: dt.date | None
    end_date: dt.date | None
    version: int


@dataclass(frozen=True)
class AgencyPair:
    client: ContractSide | None
    subcontract: ContractSide | None
    margin: Margin | None  # per day, after the platform's commission
    commission_percent: Decimal | None


def _side(c: Contract) -> ContractSide:
    return ContractSide(
        c.id,
        c.reference,
        c.party,
        _counterparty_name(c),
        c.status,
        c.daily_rate,
        c.start_date,
        c.end_date,
        c.version,
    )


def agency_pair(contract_id: int) -> AgencyPair:
    """The mission's client contract and the talent's subcontract, and the margin between."""
    c = contract(contract_id)
    if c.party == ContractParty.SUBCONTRACT:
        client = Contract.get_or_none(Contract.id == c.counterpart_id) if c.counterpart_id else None
        sub = c
    else:
        client = c
        sub = (
            Contract.select()
            .where((Contract.counterpart == c.id) & (Contract.party == ContractParty.SUBCONTRACT))
            .order_by(Contract.id.desc())
            .first()
        )
    mission = None
    if (client or sub) and (client or sub).mission_id:
        mission = Mission.get_or_none(Mission.id == (client or sub).mission_id)
    commission = mission.commission_percent if mission else None
    sell = client.daily_rate if client else None
    buy = sub.daily_rate if sub else (mission.talent_daily_rate if mission else None)
    return AgencyPair(
        _side(client) if client else None,
        _side(sub) if sub else None,
        margin(sell, buy, commission),
        commission,
    )


def create_subcontract(client_contract_id: int, today: dt.date | None = None) -> int:
    """Agency mode: the subcontract with the mission's talent, from the client contract."""
    from desktop.services.offers import _next_contract_reference

    today = today or dt.date.today()
    with write_transaction():
        client = contract(client_contract_id)
        if client.party != ContractParty.CLIENT or not client.talent_id:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Contracts",
                    "A subcontract is made from a client contract that names a talent.",
                )
            )
        existing = Contract.get_or_none(
            (Contract.counterpart == client.id) & (Contract.party == ContractParty.SUBCONTRACT)
        )
        if existing is not None:
            return existing.id
        mission = (
            Mission.get_or_none(Mission.id == client.mission_id) if client.mission_id else None
        )
        start = client.start_date or today
        return Contract.insert(
            company=client.company_id,
            talent=client.talent_id,
            mission=client.mission_id,
            offer=client.offer_id,
            reference=_next_contract_reference(start.year),
            title=client.title,
            status=S.DRAFT,
            start_date=client.start_date,
            end_date=client.end_date,
            daily_rate=mission.talent_daily_rate if mission else None,
            payment_terms_days=client.payment_terms_days,
            notice_days=client.notice_days,
            notice_unit=client.notice_unit,
            notice_months=client.notice_months,
            notice_end_of_month=client.notice_end_of_month,
            estimated_days=client.estimated_days,
            language=client.language,
            party=ContractParty.SUBCONTRACT,
            counterpart=client.id,
        ).execute()


# -- reminders (To do) --------------------------------------------------------------------


@dataclass(frozen=True)
class ContractReminder:
    kind: str  # end_soon, renewal, signed_copy
    contract_id: int
    reference: str
    title: str
    counterparty: str
    due_on: dt.date  # when to act
    days_left: int  # negative: late


def reminders(today: dt.date, horizon_days: int = 30) -> list[ContractReminder]:
    """What to do about contracts, most urgent first:

    - an active or signed contract whose end date comes within ``horizon_days``;
    - a tacitly renewed one whose refusal deadline (end - renewal notice) comes soon;
    - a contract sent 7 days ago or more with no signed copy yet.
    """
    horizon = today + dt.timedelta(days=horizon_days)
    found: list[tuple[str, Contract, dt.date]] = []
    live = Contract.select().where(Contract.status.in_((S.SIGNED, S.ACTIVE)))
    for c in live.where(
        Contract.end_date.is_null(False)
        & (Contract.end_date <= horizon)
        & (Contract.end_date >= today)
    ):
        if c.tacit_renewal:
            deadline = c.end_date - dt.timedelta(days=c.renewal_notice_days)
            found.append(("renewal", c, deadline))
        else:
            found.append(("end_soon", c, c.end_date))
    renewing = live.where(
        (Contract.tacit_renewal == True)  # noqa: E712 (peewee expression)
        & Contract.end_date.is_null(False)
        & (Contract.end_date > horizon)
    )
    for c in renewing:
        deadline = c.end_date - dt.timedelta(days=c.renewal_notice_days)
        if deadline <= horizon:
            found.append(("renewal", c, deadline))
    cutoff = today - dt.timedelta(days=rules.SIGNED_COPY_DAYS)
    missing_copy = Contract.select().where(
        (Contract.status == S.SENT)
        & (Contract.sent_on <= cutoff)
        & Contract.signed_copy_id.is_null()
    )
    for c in missing_copy:
        found.append(("signed_copy", c, c.sent_on + dt.timedelta(days=7)))
    names = _counterparty_names([c for _, c, _ in found])
    reminders = [
        ContractReminder(kind, c.id, c.reference, c.title, names[c.id], due, (due - today).days)
        for kind, c, due in found
    ]
    reminders.sort(key=lambda r: (r.due_on, r.contract_id))
    return reminders
