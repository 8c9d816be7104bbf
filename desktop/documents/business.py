"""Quotes, contracts and termination letters as :class:`~desktop.documents.layout.Document`.

Each ``*_document`` function turns plain data (gathered by
:mod:`desktop.services.documents`) into the one layout; nothing here reads the
database. Dates and amounts are formatted in the document's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from desktop.documents.identity import footer, header_lines, seller_party
from desktop.documents.layout import Document, LineTable, Party, Section, Signature
from desktop.documents.texts import text
from desktop.domain.clauses import paragraphs
from desktop.domain.company_identity import RECOVERY_INDEMNITY, CompanyIdentity
from desktop.domain.formatting import format_date, format_money, format_number
from desktop.domain.quotes import QuoteLineDraft, totals


@dataclass(frozen=True)
class Counterparty:
    """The client (or, for a subcontract, the talent): a name and identity lines."""

    name: str
    lines: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Images:
    logo: Path | None = None
    signature: Path | None = None


@dataclass(frozen=True)
class QuoteData:
    reference: str  # "DE-2026-00001", or the draft's own label before it is sent
    title: str
    language: str
    issued_on: dt.date
    valid_until: dt.date | None
    client: Counterparty
    lines: list[QuoteLineDraft]
    deposit_percent: Decimal = Decimal(0)
    terms_of_sale: str = ""
    notes: str = ""
    draft: bool = False


@dataclass(frozen=True)
class ContractData:
    reference: str
    version: int
    title: str
    language: str
    subcontract: bool
    counterparty: Counterparty
    clauses: list[tuple[str, str]]  # (title, filled text)
    dated: dt.date
    draft: bool = False


@dataclass(frozen=True)
class TerminationData:
    contract_reference: str
    contract_title: str
    contract_signed_on: dt.date | None
    language: str
    recipient: Counterparty
    given_on: dt.date
    end_date: dt.date
    notice_text: str
    transition: list[str] = field(default_factory=list)  # what is offered for the handover
    recommended: list[str] = field(default_factory=list)  # talents recommended to the client
    personal_note: str = ""


def _percent(value: Decimal, language: str) -> str:
    return format_number(value.normalize() if value == value.to_integral() else value, language)


def _base(
    identity: CompanyIdentity,
    language: str,
    kind_title: str,
    reference: str,
    dated: dt.date,
    images: Images,
    draft: bool,
) -> dict:
    return {
        "kind_title": kind_title,
        "reference": reference,
        "issued_on": text(language, "issued", date=format_date(dated, language, "long")),
        "language": language,
        "seller": seller_party(identity, language, text(language, "provider")),
        "header_lines": header_lines(identity, language),
        "footer": footer(identity, language),
        "logo": images.logo,
        "watermark": text(language, "draft") if draft else "",
    }


def quote_document(identity: CompanyIdentity, data: QuoteData, images: Images) -> Document:
    lang = data.language
    money = lambda v: format_money(v, lang)  # noqa: E731
    rows = [
        [
            line.description,
            format_number(line.quantity.normalize(), lang),
            money(line.unit_price),
            f"{_percent(line.vat_rate, lang)} %",
            money(line.total),
        ]
        for line in data.lines
    ]
    sums = totals(data.lines, data.deposit_percent)
    total_rows = [(text(lang, "total_excl"), money(sums.excl_tax))]
    if identity.vat_exempt and not identity.vat_number:
        pass  # no VAT line: the exemption mention below says why
    else:
        total_rows += [
            (text(lang, "total_vat", rate=_percent(rate, lang)), money(amount))
            for rate, amount in sums.vat_by_rate.items()
        ]
    total_rows.append((text(lang, "total_incl"), money(sums.incl_tax)))
    bold = len(total_rows) - 1
    if data.deposit_percent:
        total_rows.append(
            (
                text(lang, "deposit", percent=_percent(data.deposit_percent, lang)),
                money(sums.deposit),
            )
        )
    mentions = [
        text(lang, "payment_terms", days=identity.payment_terms_days),
        text(
            lang,
            "late_penalties",
            rate=f"{_percent(identity.late_rate, lang)} %",
            amount=money(RECOVERY_INDEMNITY),
        ),
    ]
    if data.valid_until:
        mentions.insert(
            0, text(lang, "quote_validity", date=format_date(data.valid_until, lang, "long"))
        )
    sections = []
    if data.notes.strip():
        sections.append(Section(text(lang, "notes"), paragraphs(data.notes)))
    if data.terms_of_sale.strip():
        sections.append(Section(text(lang, "terms_of_sale"), paragraphs(data.terms_of_sale)))
    meta = [(text(lang, "mission"), data.title)]
    if data.valid_until:
        meta.append((text(lang, "valid_until"), format_date(data.valid_until, lang, "long")))
    return Document(
        **_base(
            identity, lang, text(lang, "quote"), data.reference, data.issued_on, images, data.draft
        ),
        subtitle="",
        meta=meta,
        buyer=Party(data.client.name, data.client.lines, text(lang, "client")),
        lines=LineTable(
            [
                text(lang, "designation"),
                text(lang, "quantity"),
                text(lang, "unit_price"),
                text(lang, "vat"),
                text(lang, "total_excl"),
            ],
            rows,
            [0.48, 0.1, 0.16, 0.09, 0.17],
            "LRRRR",
        ),
        totals=total_rows,
        totals_bold=bold,
        sections=sections,
        mentions=mentions,
        signatures=[
            Signature(
                text(lang, "for_provider"),
                identity.signatory or identity.display_name,
                images.signature,
            ),
            Signature(
                text(lang, "for_client"), data.client.name, note=text(lang, "good_for_agreement")
            ),
        ],
        closing=[],
    )


def contract_document(identity: CompanyIdentity, data: ContractData, images: Images) -> Document:
    lang = data.language
    kind = text(lang, "subcontract" if data.subcontract else "contract")
    other = text(lang, "subcontractor" if data.subcontract else "client")
    reference = data.reference
    if data.version > 1:
        reference = f"{reference} · {text(lang, 'version', n=data.version)}"
    sections = [
        Section(title, paragraphs(body), text(lang, "article", n=i))
        for i, (title, body) in enumerate(data.clauses, start=1)
    ]
    city = identity.city or ""
    return Document(
        **_base(identity, lang, kind, reference, data.dated, images, data.draft),
        subtitle=data.title,
        meta=[],
        buyer=Party(data.counterparty.name, data.counterparty.lines, other),
        intro=[],
        sections=sections,
        closing=[text(lang, "made_at", city=city, date=format_date(data.dated, lang, "long"))],
        signatures=[
            Signature(
                text(lang, "for_provider"),
                identity.signatory or identity.display_name,
                images.signature,
                text(lang, "read_and_approved"),
            ),
            Signature(
                text(lang, "for_subcontractor" if data.subcontract else "for_client"),
                data.counterparty.name,
                note=text(lang, "read_and_approved"),
            ),
        ],
    )


_LETTER = {
    "fr": {
        "subject": "Objet : fin de la mission « {title} » (contrat {reference})",
        "opening": "Madame, Monsieur,",
        "body": "Par la présente, je vous informe de ma décision de mettre fin au contrat "
        "{reference}{signed}. Conformément au préavis de {notice}, qui court à compter du "
        "{given}, la mission prendra fin le {end}.",
        "signed": " signé le {date}",
        "thanks": "Je tiens à vous remercier pour la confiance que vous m’avez accordée et pour "
        "la qualité de nos échanges au cours de cette mission.",
        "transition": "Pour que la transition se passe dans les meilleures conditions, je vous "
        "propose : {items}.",
        "recommend": "Si vous souhaitez poursuivre ces travaux avec un autre prestataire, je "
        "peux vous recommander : {names}.",
        "invoice": "Les prestations réalisées jusqu’à la date de fin feront l’objet d’une "
        "dernière facture.",
    },
    "en": {
        "subject": 'Subject: end of the assignment "{title}" (contract {reference})',
        "opening": "Dear Sir or Madam,",
        "body": "I hereby inform you of my decision to end contract {reference}{signed}. In "
        "accordance with the notice of {notice}, running from {given}, the assignment will "
        "end on {end}.",
        "signed": " signed on {date}",
        "thanks": "I would like to thank you for your trust and for the quality of our work "
        "together during this assignment.",
        "transition": "So that the handover goes as smoothly as possible, I offer: {items}.",
        "recommend": "Should you wish to continue this work with another provider, I can "
        "recommend: {names}.",
        "invoice": "The services performed until the end date will be invoiced in a final invoice.",
    },
}


def termination_document(
    identity: CompanyIdentity, data: TerminationData, images: Images
) -> Document:
    lang = data.language
    words = _LETTER.get(lang, _LETTER["fr"])
    signed = (
        words["signed"].format(date=format_date(data.contract_signed_on, lang, "long"))
        if data.contract_signed_on
        else ""
    )
    body = [
        words["opening"],
        words["body"].format(
            reference=data.contract_reference,
            signed=signed,
            notice=data.notice_text,
            given=format_date(data.given_on, lang, "long"),
            end=format_date(data.end_date, lang, "long"),
        ),
    ]
    if data.personal_note.strip():
        body.append(data.personal_note.strip())
    body.append(words["thanks"])
    if data.transition:
        separator = "\u00a0; " if lang == "fr" else "; "
        body.append(words["transition"].format(items=separator.join(data.transition)))
    if data.recommended:
        body.append(words["recommend"].format(names=", ".join(data.recommended)))
    body.append(words["invoice"])
    body.append(text(lang, "letter_regards"))
    return Document(
        **_base(
            identity,
            lang,
            text(lang, "termination"),
            data.contract_reference,
            data.given_on,
            images,
            False,
        ),
        subtitle=words["subject"].format(
            title=data.contract_title, reference=data.contract_reference
        ),
        buyer=Party(data.recipient.name, data.recipient.lines, text(lang, "recipient")),
        intro=[
            text(
                lang,
                "letter_place",
                city=identity.city,
                date=format_date(data.given_on, lang, "long"),
            )
        ],
        sections=[Section("", body)],
        signatures=[
            Signature(
                text(lang, "for_provider"),
                identity.signatory or identity.display_name,
                images.signature,
            )
        ],
    )
