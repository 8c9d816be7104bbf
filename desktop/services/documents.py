"""Build the PDF of a quote, a contract (or one of its versions) or a termination letter.

Plain functions that return the built file's path: the window (off the UI thread),
the command line (``main.py print``) and the e-mail module (issue 8) call the same
ones, so every route gives the same PDF. Each checks My company first
(:class:`~desktop.services.company.CompanyIncompleteError` lists what is missing).

:data:`PRINTABLE` maps a kind to (find the record by reference, build it): the
invoicing module adds ``invoice``, ``credit_note``, ``cra`` and ``reminder`` there.
:func:`attach` files a built PDF on its record (it then shows in the timeline) and
remembers it as a :class:`~desktop.store.models.GeneratedDocument`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.documents.business import (
    ContractData,
    Counterparty,
    Images,
    QuoteData,
    TerminationData,
    contract_document,
    quote_document,
    termination_document,
)
from desktop.domain.clauses import fill
from desktop.domain.company_identity import CompanyIdentity
from desktop.domain.contract_rules import reasonable_notice
from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.vocabulary import ContractParty, ContractStatus, QuoteStatus
from desktop.profile import Profile
from desktop.services import attachments, company, contracts, endings, quotes
from desktop.store.models import (
    ActivityReport,
    Company,
    Contract,
    GeneratedDocument,
    Invoice,
    Quote,
    Talent,
)
from desktop.store.transactions import write_transaction

Cancelled = Callable[[], bool] | None


@dataclass(frozen=True)
class BuiltDocument:
    path: Path
    pages: int
    kind: str  # quote, contract, termination
    subject_type: str  # the record it belongs to: quote, contract
    subject_id: int
    reference: str
    version: int = 1


def _images(profile: Profile | None, identity: CompanyIdentity) -> Images:
    if profile is None:
        return Images()
    return Images(
        company.image_path(profile, identity.logo),
        company.image_path(profile, identity.signature_image),
    )


def _company_party(company_id: int) -> Counterparty:
    c = Company.get_by_id(company_id)
    lines = [
        c.address,
        f"{c.postal_code} {c.city}".strip(),
        f"SIREN {c.siren[:3]} {c.siren[3:6]} {c.siren[6:]}" if c.siren else "",
        f"TVA {c.vat_number}" if c.vat_number else "",
    ]
    return Counterparty(c.name, [line for line in lines if line])


def _talent_party(talent_id: int) -> Counterparty:
    t = Talent.get_by_id(talent_id)
    lines = [t.title, t.city, t.email, t.phone]
    return Counterparty(f"{t.first_name} {t.last_name}".strip(), [x for x in lines if x])


def _build(document, target: Path, cancelled: Cancelled):
    from desktop.documents.layout import build_pdf

    return build_pdf(document, target, cancelled)


def quote_data(quote_id: int, today: dt.date | None = None) -> QuoteData:
    q = Quote.get_by_id(quote_id)
    draft = quotes.draft_of(quote_id)
    identity = company.identity()
    return QuoteData(
        reference=q.reference or f"DE-{(today or dt.date.today()).year}-…",
        title=q.title,
        language=q.language,
        issued_on=q.sent_on or today or dt.date.today(),
        valid_until=q.valid_until,
        client=_company_party(q.company_id),
        lines=draft.lines,
        deposit_percent=q.deposit_percent,
        terms_of_sale=q.terms_of_sale if q.status != QuoteStatus.DRAFT else identity.terms_of_sale,
        notes=q.notes,
        draft=q.status == QuoteStatus.DRAFT,
    )


def build_quote(
    quote_id: int,
    target: str | os.PathLike[str],
    profile: Profile | None = None,
    cancelled: Cancelled = None,
) -> BuiltDocument:
    """The quote's PDF (a draft prints "PROJET" across its pages)."""
    identity = company.require_complete()
    data = quote_data(quote_id)
    built = _build(
        quote_document(identity, data, _images(profile, identity)), Path(target), cancelled
    )
    return BuiltDocument(built.path, built.pages, "quote", "quote", quote_id, data.reference)


def contract_data(
    contract_id: int, version: int | None = None, as_sent: bool = False
) -> ContractData:
    c = contracts.contract(contract_id)
    identity = company.identity()
    if version is not None and version != c.version:
        terms, clause_list = contracts.version_clauses(contract_id, version)
        # An old version prints with the values it had: variables filled from its terms.
        values = contracts.variables(contract_id, identity)
        filled = [(cl.title, fill(cl.title, cl.body, values)) for cl in clause_list]
        title = terms.get("title", c.title)
    else:
        filled = contracts.preview(contract_id, identity)
        title = c.title
        version = c.version
    subcontract = c.party == ContractParty.SUBCONTRACT
    counterparty = (
        _talent_party(c.talent_id) if subcontract and c.talent_id else _company_party(c.company_id)
    )
    return ContractData(
        reference=c.reference,
        version=version,
        title=title,
        language=c.language,
        subcontract=subcontract,
        counterparty=counterparty,
        clauses=filled,
        dated=c.sent_on or dt.date.today(),
        draft=c.status == ContractStatus.DRAFT and not as_sent,
    )


def build_contract(
    contract_id: int,
    target: str | os.PathLike[str],
    profile: Profile | None = None,
    version: int | None = None,
    cancelled: Cancelled = None,
    as_sent: bool = False,
) -> BuiltDocument:
    """The contract's PDF, or one of its earlier versions; every variable filled or named.

    ``as_sent``: a draft printed as the other party receives it once sent (no "PROJET",
    dated today), for the e-mail that sends it (the status follows once it has gone)."""
    identity = company.require_complete()
    data = contract_data(contract_id, version, as_sent)
    built = _build(
        contract_document(identity, data, _images(profile, identity)), Path(target), cancelled
    )
    return BuiltDocument(
        built.path, built.pages, "contract", "contract", contract_id, data.reference, data.version
    )


def termination_data(draft: endings.EndingDraft) -> TerminationData:
    c = contracts.contract(draft.contract_id)
    subcontract = c.party == ContractParty.SUBCONTRACT
    recipient = (
        _talent_party(c.talent_id) if subcontract and c.talent_id else _company_party(c.company_id)
    )
    notice = contracts.notice_of(c) or reasonable_notice(c.start_date, draft.given_on)
    names = [
        f"{t.first_name} {t.last_name}".strip()
        for t in Talent.select().where(Talent.id.in_(draft.recommended or [0]))
    ]
    fr = c.language == "fr"
    transition_words = {
        "Handover notes written": "des notes de passation" if fr else "handover notes",
        "Open deliverables delivered or listed": "la remise ou la liste des livrables en cours"
        if fr
        else "the open deliverables delivered or listed",
        "Access and equipment returned": "la restitution des accès et du matériel"
        if fr
        else "the return of access and equipment",
    }
    transition = draft.transition or [
        transition_words[item] for item, _done in draft.checklist if item in transition_words
    ]
    return TerminationData(
        contract_reference=c.reference,
        contract_title=c.title,
        contract_signed_on=c.signed_on,
        language=c.language,
        recipient=recipient,
        given_on=draft.given_on,
        end_date=draft.end_date,
        notice_text=contracts.notice_text(notice, c.language),
        transition=transition,
        recommended=names,
    )


def build_termination(
    draft: endings.EndingDraft,
    target: str | os.PathLike[str],
    profile: Profile | None = None,
    cancelled: Cancelled = None,
) -> BuiltDocument:
    """The termination letter of an ending being planned (or confirmed)."""
    identity = company.require_complete()
    data = termination_data(draft)
    built = _build(
        termination_document(identity, data, _images(profile, identity)), Path(target), cancelled
    )
    return BuiltDocument(
        built.path,
        built.pages,
        "termination",
        "contract",
        draft.contract_id,
        data.contract_reference,
    )


def build_termination_of(
    contract_id: int, target: str | os.PathLike[str], profile: Profile | None = None
) -> BuiltDocument:
    """The letter of a confirmed ending (the command line prints it so)."""
    return build_termination(endings.draft_from_record(contract_id), target, profile)


# -- filing -------------------------------------------------------------------------------


def file_name(kind: str, reference: str, version: int = 1) -> str:
    """``devis-DE-2026-00001.pdf``, ``contrat-CT-2026-00003-v2.pdf``: safe on every system."""
    prefix = {
        "quote": "devis",
        "contract": "contrat",
        "termination": "fin-de-mission",
        "invoice": "facture",
        "credit_note": "avoir",
        "cra": "cra",
        "reminder": "relance",
    }.get(kind, kind)
    # accents dropped, the case kept: the client reads the reference as the PDF prints it
    plain = "".join(
        ch for ch in unicodedata.normalize("NFKD", reference) if not unicodedata.combining(ch)
    )
    reference = re.sub(r"[^A-Za-z0-9-]+", "-", plain).strip("-")
    suffix = f"-v{version}" if version > 1 else ""
    return f"{prefix}-{reference or 'brouillon'}{suffix}.pdf"


def _timeline_subject(built: BuiltDocument) -> tuple[str, int]:
    """Where the file shows: a quote's on its mission (or its client); an invoice, a credit
    note or a CRA on its contract (or its client); a reminder letter on the client; else
    its contract."""
    if built.subject_type == "quote":
        q = Quote.get_by_id(built.subject_id)
        return ("mission", q.mission_id) if q.mission_id else ("company", q.company_id)
    if built.subject_type == "invoice":
        invoice = Invoice.get_by_id(built.subject_id)
        if invoice.contract_id and built.kind != "reminder":
            return "contract", invoice.contract_id
        return "company", invoice.company_id
    if built.subject_type == "activity_report":
        return "contract", ActivityReport.get_by_id(built.subject_id).contract_id
    return built.subject_type, built.subject_id


def attach(profile: Profile, built: BuiltDocument) -> int:
    """Attach the PDF to its record (shown in its timeline) and remember it; returns the
    GeneratedDocument id. Name the file with :func:`file_name` before building it."""
    subject_type, subject_id = _timeline_subject(built)
    attachment_id = attachments.attach(profile, subject_type, subject_id, built.path)
    with write_transaction():
        return GeneratedDocument.insert(
            kind=built.kind,
            subject_type=built.subject_type,
            subject_id=built.subject_id,
            reference=built.reference,
            version=built.version,
            pages=built.pages,
            attachment_id=attachment_id,
        ).execute()


def file_once(profile: Profile, built: BuiltDocument) -> int | None:
    """Attach a sent document once per version (previews of drafts are not filed).

    Returns the GeneratedDocument id, or None for a draft. Building the same version
    again reuses the filed copy instead of piling identical files on the timeline.
    """
    if built.subject_type == "quote":
        status = Quote.get_by_id(built.subject_id).status
    elif built.subject_type == "activity_report":
        status = ActivityReport.get_by_id(built.subject_id).status
    elif built.subject_type == "invoice":
        status = "issued"  # only issued invoices have a document; a reminder is sent
    else:
        status = Contract.get_by_id(built.subject_id).status
    if built.kind != "termination" and status == "draft":
        return None
    existing = (
        GeneratedDocument.select()
        .where(
            (GeneratedDocument.kind == built.kind)
            & (GeneratedDocument.subject_type == built.subject_type)
            & (GeneratedDocument.subject_id == built.subject_id)
            & (GeneratedDocument.version == built.version)
        )
        .order_by(GeneratedDocument.id.desc())
        .first()
    )
    if existing is not None and existing.attachment_id is not None:
        from desktop.store.models import Attachment

        if Attachment.get_or_none(Attachment.id == existing.attachment_id) is not None:
            return existing.id
    return attach(profile, built)


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    kind: str
    reference: str
    version: int
    pages: int
    created_at: dt.datetime
    attachment_id: int | None


def documents_of(subject_type: str, subject_id: int) -> list[DocumentInfo]:
    return [
        DocumentInfo(d.id, d.kind, d.reference, d.version, d.pages, d.created_at, d.attachment_id)
        for d in GeneratedDocument.select()
        .where(
            (GeneratedDocument.subject_type == subject_type)
            & (GeneratedDocument.subject_id == subject_id)
        )
        .order_by(GeneratedDocument.id.desc())
    ]


# -- by reference (command line, e-mail) --------------------------------------------------


def _no_contract(reference: str) -> DomainError:
    return DomainError(
        Message(
            "Contracts",
            QT_TRANSLATE_NOOP("Contracts", "No contract with reference {reference}."),
            {"reference": reference},
        )
    )


def find_contract(reference: str) -> int:
    row = Contract.get_or_none(Contract.reference == reference.strip())
    if row is None:
        raise _no_contract(reference)
    return row.id


def find_ended_contract(reference: str) -> int:
    contract_id = find_contract(reference)
    if endings.ending_of(contract_id) is None:
        raise DomainError(
            Message(
                "Endings",
                QT_TRANSLATE_NOOP(
                    "Endings",
                    "Contract {reference} has no ending recorded: end it with the assistant first.",
                ),
                {"reference": reference},
            )
        )
    return contract_id


@dataclass(frozen=True)
class Printable:
    find: Callable[[str], int]  # reference -> record id
    build: Callable[[int, Path, Profile | None], BuiltDocument]


# Kind -> how to find and build it. Invoicing adds invoice, credit_note, cra, reminder.
PRINTABLE: dict[str, Printable] = {
    "quote": Printable(quotes.find, lambda i, t, p: build_quote(i, t, p)),
    "contract": Printable(find_contract, lambda i, t, p: build_contract(i, t, p)),
    "termination": Printable(find_ended_contract, lambda i, t, p: build_termination_of(i, t, p)),
}


# Invoicing's kinds: invoice, credit_note (numbers), cra (CT-…/YYYY-MM), reminder (the
# number of an overdue invoice: the letter lists all the client's overdue invoices).
from desktop.services.invoice_documents import PRINTABLE_KINDS  # noqa: E402

PRINTABLE.update({kind: Printable(*pair) for kind, pair in PRINTABLE_KINDS.items()})


def print_document(
    kind: str, reference: str, target: str | os.PathLike[str], profile: Profile | None = None
) -> BuiltDocument:
    """Build the document ``kind`` numbered ``reference`` into ``target`` (CLI, e-mail)."""
    printable = PRINTABLE[kind]
    return printable.build(printable.find(reference), Path(target), profile)
