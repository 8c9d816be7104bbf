"""Invoices, credit notes, activity reports (CRA) and reminder letters on the one layout.

Nothing here reads the database: services gather an
:class:`~desktop.domain.invoice_document.InvoiceDocument` (frozen at issue) or the plain
data classes below, and these functions turn them into a
:class:`~desktop.documents.layout.Document`. Each prints in its document's language
(``language``: French by default, English for a client whose contract is in English); the
mentions the law words stay in French on every invoice, with their English beside them on
an English one (the coded notes of the Factur-X XML say the same French words).

Every mandatory mention of an invoice, with its source, is listed in
docs/INVOICING-LAW.md; ``tests/documents/test_invoice_pdf.py`` reads each back from the
PDF. Amounts are formatted by babel: ``1 234,50 €`` with a narrow no-break space between
thousands and a no-break space before the euro sign.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from desktop.documents.invoicing_texts import (
    COUNTRIES,
    EN_MENTIONS,
    REVERSE_CHARGE_TEXT,
    WORDS,
    english_note,
    language_of,
    term_text,
    title_key,
    word,
)
from desktop.documents.layout import Built, Document, LineTable, Party, Section, Signature
from desktop.domain.formatting import format_date, format_money, format_month, format_number
from desktop.domain.invoice_document import Address, InvoiceDocument, legal_notes
from desktop.domain.invoice_document import Party as InvoiceParty
from desktop.domain.vat import (
    FRANCHISE_MENTION,
    OUT_OF_SCOPE_MENTION,
    VatCategory,
    VatRegime,
)
from desktop.domain.vocabulary import InvoiceKind, InvoiceType

NBSP = "\u00a0"
COLON = f"{NBSP}:"  # French typography: a no-break space before the colon

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def long_date(day: dt.date | None, language: str = "fr") -> str:
    """``1er octobre 2026`` (a French letter's date), ``1 October 2026`` in English."""
    if day is None:
        return ""
    if language_of(language) == "en":
        return format_date(day, "en", "long")
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: dt.date, language: str = "fr") -> str:
    """``22/11/2026`` in both languages (en_GB writes the day first too)."""
    return f"{day:%d/%m/%Y}"


def month_text(month: dt.date, language: str = "fr") -> str:
    if language_of(language) == "en":
        return format_month(month, "en")
    return f"{MONTHS[month.month - 1]} {month.year}"


def money(amount: Decimal, language: str = "fr") -> str:
    return format_money(amount, language_of(language))


def quantity(value: Decimal, language: str = "fr") -> str:
    value = Decimal(value)
    value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
    return format_number(value, language_of(language))


def rate(value: Decimal, language: str = "fr") -> str:
    return f"{quantity(value, language)}{NBSP}%"


def siren_spaced(siren: str) -> str:
    return f"{siren[:3]} {siren[3:6]} {siren[6:]}" if len(siren) == 9 else siren


def siret_spaced(siret: str) -> str:
    return f"{siren_spaced(siret[:9])} {siret[9:]}" if len(siret) == 14 else siret


def iban_spaced(iban: str) -> str:
    compact = iban.replace(" ", "")
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _address_lines(address: Address, language: str = "fr") -> list[str]:
    lines = [address.line1, address.line2, f"{address.postal_code} {address.city}".strip()]
    country = (address.country or "FR").upper()
    if country != "FR":
        lines.append(COUNTRIES[language_of(language)].get(country, country))
    return [line for line in lines if line]


def _legal_form_line(party: InvoiceParty, language: str = "fr") -> str:
    if party.legal_form in ("EI", "Micro-entrepreneur"):
        return word(language, "individual")
    if party.share_capital:
        return word(language, "capital", form=party.legal_form, capital=party.share_capital)
    return party.legal_form


def _registration_line(party: InvoiceParty) -> str:
    """``SIREN 552 120 222 · RCS Lyon`` (R123-237; 242 nonies A 1°)."""
    parts = [f"SIREN {siren_spaced(party.siren)}"] if party.siren else []
    if party.registration:
        parts.append(party.registration)
    return " · ".join(parts)


def _vat_line(party: InvoiceParty, seller: bool, language: str = "fr") -> str:
    if party.vat_number:
        return word(language, "vat_number", vat=party.vat_number)
    if seller and party.vat_franchise:
        return FRANCHISE_MENTION  # the law's wording, on every invoice (BOFiP)
    return ""


def seller_block(party: InvoiceParty, language: str = "fr") -> Party:
    lines = [
        _legal_form_line(party, language),
        *_address_lines(party.address, language),
        _registration_line(party),
        f"SIRET {siret_spaced(party.siret)}" if party.siret else "",
        _vat_line(party, seller=True, language=language),
        party.email,
    ]
    return Party(party.name, [line for line in lines if line], word(language, "provider"))


def buyer_block(party: InvoiceParty, heading: str | None = None, language: str = "fr") -> Party:
    lines = [
        *_address_lines(party.address, language),
        _registration_line(party),  # the client's SIREN: décret 2022-1299
        f"SIRET {siret_spaced(party.siret)}" if party.siret else "",
        _vat_line(party, seller=False, language=language),
    ]
    return Party(party.name, [line for line in lines if line], heading or word(language, "client"))


def short_block(party: InvoiceParty, heading: str, language: str = "fr") -> Party:
    """Name, address on one line, SIREN: for a letter or a CRA, whose footer carries the
    seller's legal line (an invoice prints the whole identity)."""
    lines = [", ".join(_address_lines(party.address, language)), _registration_line(party)]
    return Party(party.name, [line for line in lines if line], heading)


def footer_of(party: InvoiceParty, language: str = "fr") -> str:
    """The legal line under every page, from the seller frozen in the invoice."""
    parts = [
        party.name,
        _legal_form_line(party, language),
        _registration_line(party),
        _vat_line(party, seller=True, language=language),
    ]
    if party.iban:
        parts.append(f"IBAN {iban_spaced(party.iban)}")
    if party.bic:
        parts.append(f"BIC {party.bic}")
    return " · ".join(p for p in parts if p)


def _header_lines(party: InvoiceParty, language: str = "fr") -> list[str]:
    address = ", ".join(_address_lines(party.address, language))
    return [line for line in (address, party.email) if line]


def _label(language: str, key: str) -> str:
    """A meta label with its colon, as the language writes it (« Contrat : », "Contract:")."""
    return word(language, key) + word(language, "colon")


def _period(doc: InvoiceDocument) -> tuple[str, str] | None:
    lang = doc.language
    start, end = doc.service_start, doc.service_end
    if start and end and start != end:
        value = word(lang, "period_value", start=long_date(start, lang), end=long_date(end, lang))
        return _label(lang, "period"), value
    if start or end:
        return _label(lang, "service_date"), long_date(start or end, lang)
    return None


def _cited(doc: InvoiceDocument) -> str:
    lang = doc.language
    return ", ".join(
        word(lang, "cited", number=r.number, date=long_date(r.issue_date, lang))
        for r in doc.preceding
    )


def _references(doc: InvoiceDocument) -> tuple[str, str] | None:
    if not doc.preceding:
        return None
    cited = _cited(doc)
    if doc.kind == InvoiceKind.CREDIT_NOTE:
        return _label(doc.language, "corrected"), cited
    if doc.type == InvoiceType.FINAL:
        return _label(doc.language, "deducted"), cited
    if doc.type == InvoiceType.PENALTY:
        return _label(doc.language, "paid_late"), cited
    return _label(doc.language, "related"), cited


def _line_rows(doc: InvoiceDocument) -> list[list[str]]:
    lang = doc.language
    rows = []
    for line in doc.lines:
        unit = word(lang, f"unit.{line.unit}") if line.unit in ("DAY", "HUR", "C62") else ""
        if unit and abs(line.quantity) > 1:
            unit += word(lang, "plural")
        vat = rate(line.rate, lang) if line.category is VatCategory.STANDARD else "—"
        rows.append(
            [
                line.description,
                quantity(line.quantity, lang),
                unit,
                money(line.unit_price, lang),
                vat,
                money(line.net, lang),
            ]
        )
    return rows


def _exemption(reason: str, language: str) -> str:
    """The exemption reason of a VAT breakdown: the law's French, and its English after it."""
    english = EN_MENTIONS.get(reason, "") if language_of(language) == "en" else ""
    return f"{reason} / {english}" if english and english != reason else reason


def _totals(doc: InvoiceDocument) -> tuple[list[tuple[str, str]], int]:
    lang = doc.language
    credit = doc.kind == InvoiceKind.CREDIT_NOTE
    rows = [(word(lang, "total_excl"), money(doc.totals.net, lang))]
    mixed = len(doc.totals.breakdown) > 1
    taxed = False
    for part in doc.totals.breakdown:
        reason = _exemption(part.exemption_reason, lang)
        if part.category is VatCategory.STANDARD:
            taxed = True
            label = word(lang, "vat_on", rate=rate(part.rate, lang), base=money(part.taxable, lang))
            rows.append((label, money(part.tax, lang)))
        elif mixed:
            rows.append((word(lang, "base", reason=reason, base=money(part.taxable, lang)), "—"))
        else:
            rows.append((reason, "—"))
    if taxed:
        rows.append((word(lang, "total_incl"), money(doc.totals.gross, lang)))
    if credit:
        rows.append((word(lang, "credit_amount"), money(doc.totals.gross, lang)))
    elif doc.prepaid:
        rows.append((word(lang, "prepaid"), money(-doc.prepaid, lang)))
        rows.append((word(lang, "due"), money(doc.amount_due, lang)))
    else:
        rows.append((word(lang, "due"), money(doc.amount_due, lang)))
    return rows, len(rows) - 1


def _bilingual(french: str, english: str, language: str) -> str:
    """A mention the law words in French: as is, and in English after it on an English
    document (the French stays: it is what the Factur-X notes say, word for word)."""
    if language_of(language) != "en" or not english:
        return french
    return f"{french} / {english}"


def _vat_mentions(doc: InvoiceDocument) -> list[str]:
    lang = doc.language
    categories = {part.category for part in doc.totals.breakdown}
    out = []
    if VatCategory.EXEMPT in categories or doc.vat_regime is VatRegime.FRANCHISE:
        out.append(_bilingual(FRANCHISE_MENTION, EN_MENTIONS[FRANCHISE_MENTION], lang))
    if VatCategory.REVERSE_CHARGE in categories:
        out.append(_bilingual(REVERSE_CHARGE_TEXT["fr"], REVERSE_CHARGE_TEXT["en"], lang))
    if VatCategory.OUT_OF_SCOPE in categories:
        out.append(_bilingual(OUT_OF_SCOPE_MENTION, EN_MENTIONS[OUT_OF_SCOPE_MENTION], lang))
    return out


def invoice_title(doc: InvoiceDocument) -> str:
    key = title_key(doc.kind == InvoiceKind.CREDIT_NOTE, InvoiceType(doc.type))
    return word(doc.language, key)


def invoice_layout(doc: InvoiceDocument, logo: Path | None = None) -> Document:
    """The printed invoice or credit note, with every mandatory mention, in the document's
    language (``doc.language``: the labels; the mentions the law words stay in French)."""
    lang = language_of(doc.language)
    credit = doc.kind == InvoiceKind.CREDIT_NOTE
    meta = [(_label(lang, "issue_date"), long_date(doc.issue_date, lang))]
    if not credit:
        meta.append((_label(lang, "due_date"), long_date(doc.due_date, lang)))
    period = _period(doc)
    if period:
        meta.append(period)
    nature = f"nature.{doc.operation_nature}"
    meta.append((_label(lang, "nature"), word(lang, nature) if nature in WORDS[lang] else ""))
    references = _references(doc)
    if references:
        meta.append(references)
    if doc.contract_reference:
        meta.append((_label(lang, "contract"), doc.contract_reference))
    if doc.purchase_order:
        meta.append((_label(lang, "order"), doc.purchase_order))
    if doc.delivery_address is not None and not doc.delivery_address.is_blank():
        meta.append(
            (_label(lang, "delivery"), ", ".join(_address_lines(doc.delivery_address, lang)))
        )

    totals, bold = _totals(doc)
    mentions = _vat_mentions(doc)
    if credit:
        cited = _cited(doc)
        mentions.append(
            word(lang, "credit_for", cited=cited) if cited else word(lang, "credit_any")
        )
    else:
        term = term_text(doc.payment_term, lang)
        mentions.append(
            word(
                lang, "due_on", date=long_date(doc.due_date, lang), term=term[0].lower() + term[1:]
            )
        )
    if doc.seller.iban and not credit:
        bank = f"IBAN {iban_spaced(doc.seller.iban)}"
        if doc.seller.bic:
            bank += f" · BIC {doc.seller.bic}"
        mentions.append(word(lang, "transfer", bank=bank))
    # The coded notes of the Factur-X XML (PMT, PMD, AAB, TXD), word for word.
    mentions.extend(
        _bilingual(note.text, english_note(note, doc), lang) for note in legal_notes(doc)
    )
    title = invoice_title(doc)
    return Document(
        kind_title=title,
        reference=f"N° {doc.number}" if lang == "fr" else f"No. {doc.number}",
        issued_on=word(
            lang, "issued_m" if credit else "issued_f", date=long_date(doc.issue_date, lang)
        ),
        language=lang,
        seller=seller_block(doc.seller, lang),
        buyer=buyer_block(doc.buyer, language=lang),
        meta=meta,
        lines=LineTable(
            [
                word(lang, "col.description"),
                word(lang, "col.quantity"),
                word(lang, "col.unit"),
                word(lang, "col.price"),
                word(lang, "col.vat"),
                word(lang, "col.net"),
            ],
            _line_rows(doc),
            [0.43, 0.08, 0.09, 0.15, 0.08, 0.17],
            "LRLRRR",
        ),
        totals=totals,
        totals_bold=bold,
        mentions=mentions,
        footer=footer_of(doc.seller, lang),
        header_lines=_header_lines(doc.seller, lang),
        logo=logo,
    )


def facturx_metadata(doc: InvoiceDocument) -> dict[str, str]:
    """Title, author, subject and keywords, the same in the Info dictionary and the XMP."""
    lang = language_of(doc.language)
    title = invoice_title(doc).capitalize()
    return {
        "title": f"{title} {doc.number}",
        "author": doc.seller.name,
        "subject": word(
            lang,
            "subject",
            title=title,
            number=doc.number,
            date=long_date(doc.issue_date, lang),
            seller=doc.seller.name,
            buyer=doc.buyer.name,
        ),
        "keywords": word(lang, "keywords"),
    }


def build_invoice_pdf(
    doc: InvoiceDocument,
    target: str | os.PathLike[str],
    logo: Path | None = None,
    sync_folder: bool = True,
) -> Built:
    """The Factur-X PDF of an issued invoice: PDF/A-3 with its XML, written atomically.

    Plain data in, a file out: what one worker of a batch does (no database).
    """
    from desktop.documents.facturx_xml import build_facturx_xml
    from desktop.documents.layout import render_pdf
    from desktop.documents.pdfa import FacturXParts, write_facturx

    xml = build_facturx_xml(doc)  # checked against the XSD: an error, never a file
    parts = FacturXParts(xml, facturx_metadata(doc), language_of(doc.language))
    # the factur-x package's embedding, written in reportlab's own pass
    rendered = render_pdf(invoice_layout(doc, logo), facturx=parts)
    path = write_facturx(rendered.data, target, sync_folder)
    return Built(path, rendered.pages, rendered.headings, rendered.signature_pages)


def build_invoice_job(job: tuple[InvoiceDocument, Path, Path | None]) -> Built:
    """One job of a batch (``documents.batch.build_many(..., builder=build_invoice_job)``):
    (document, target, logo) -> the Factur-X PDF, in a worker process."""
    doc, target, logo = job
    return build_invoice_pdf(doc, target, logo)


def warm_up_invoice_builds() -> None:
    """Load what every invoice build needs (reportlab, the fonts and styles, the Factur-X
    XSD, factur-x and pypdf, babel's locale data) in this process: a pool forked after it
    (``documents.batch.build_many(..., warm_up=...)``) inherits them instead of each
    worker spending about 370 ms of CPU on them."""
    import facturx  # noqa: F401 (loaded for the workers)
    import pypdf  # noqa: F401
    import reportlab.pdfgen.canvas
    import reportlab.platypus  # noqa: F401

    from desktop.documents.facturx_xml import _schema
    from desktop.documents.layout import _Styles

    _schema()
    _Styles.get()  # registers the fonts too
    for language in ("fr", "en"):
        format_money(Decimal(0), language)
        format_date(dt.date(2026, 1, 1), language, "long")


def build_batch_invoice_job(job: tuple[InvoiceDocument, Path, Path | None]) -> Built:
    """:func:`build_invoice_job` for a batch into one folder: the folder is fsynced once
    when the batch ends (``files.sync_folder``), not after every file."""
    doc, target, logo = job
    return build_invoice_pdf(doc, target, logo, sync_folder=False)


# ---------------------------------------------------------------- activity report (CRA)


@dataclass(frozen=True)
class ReportDay:
    day: dt.date
    fraction: Decimal  # 0 (not worked), 0.5 or 1
    weekend: bool = False
    holiday: str = ""  # the public holiday's name
    note: str = ""


@dataclass(frozen=True)
class ReportExtra:
    label: str  # "Astreinte", "Heures supplémentaires"
    description: str
    quantity: Decimal
    unit: str  # "heure", "unité"


@dataclass(frozen=True)
class ActivityReportData:
    """A month's activity report as the client signs it."""

    contract_reference: str
    contract_title: str
    month: dt.date  # its first day
    provider: InvoiceParty  # My company
    client: InvoiceParty
    consultant: str  # who worked (the talent, or the freelancer)
    days: list[ReportDay]  # every day of the month, worked or not
    extras: list[ReportExtra] = field(default_factory=list)
    comment: str = ""
    status: str = "draft"  # draft, validated, invoiced
    validated_on: dt.date | None = None
    language: str = "fr"  # the contract's


WEEKDAYS = {
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def activity_report_layout(data: ActivityReportData, logo: Path | None = None) -> Document:
    """The CRA: one row per day of the month (weekends and holidays named), the total of
    days worked, the on-call and overtime lines, and two signature boxes."""
    lang = language_of(data.language)
    cells = []
    for entry in data.days:
        remark = entry.holiday or (word(lang, "weekend") if entry.weekend else "")
        if entry.note:
            remark = f"{remark} – {entry.note}" if remark else entry.note
        cells.append(
            [
                f"{WEEKDAYS[lang][entry.day.weekday()]} {entry.day.day}",
                quantity(entry.fraction, lang) if entry.fraction else "",
                remark,
            ]
        )
    # Two half-months side by side: the month and the signatures fit on one page.
    half = (len(cells) + 1) // 2
    rows = [
        left + (cells[half + i] if half + i < len(cells) else ["", "", ""])
        for i, left in enumerate(cells[:half])
    ]
    total = sum((d.fraction for d in data.days), Decimal(0))
    month = month_text(data.month, lang)
    colon = word(lang, "colon")
    notes = [
        f"{e.label}{colon} {quantity(e.quantity, lang)}"
        + (f" {e.unit}{'s' if e.quantity > 1 else ''}" if e.unit else "")
        + (f" – {e.description}" if e.description else "")
        for e in data.extras
    ]
    if data.comment.strip():
        notes.append(f"{_label(lang, 'comments')} {data.comment.strip()}")
    meta = [
        (_label(lang, "contract"), f"{data.contract_reference} – {data.contract_title}"),
        (_label(lang, "consultant"), data.consultant),
    ]
    if data.validated_on:
        meta.append((_label(lang, "validated_on"), long_date(data.validated_on, lang)))
    # Short identities: the legal line under the page says the rest (one page to sign).
    provider = short_block(data.provider, word(lang, "provider"), lang)
    client = short_block(data.client, word(lang, "client"), lang)
    columns = [word(lang, "col.date"), word(lang, "col.days"), word(lang, "col.remark")]
    return Document(
        kind_title=word(lang, "cra"),
        reference=f"{data.contract_reference} · {month}",
        issued_on=word(lang, "month_of", month=month),
        language=lang,
        seller=provider,
        buyer=client,
        meta=meta,
        lines=LineTable(
            columns + columns,
            rows,
            [0.12, 0.09, 0.29, 0.12, 0.09, 0.29],
            "LRLLRL",
            compact=True,
        ),
        totals=[(word(lang, "days_worked", month=month), quantity(total, lang))],
        intro=[],
        sections=[Section("", notes)] if notes else [],
        closing=[word(lang, "cra_closing")],
        signatures=[
            Signature(
                word(lang, "for_provider"),
                data.provider.name,
                note=word(lang, "date_signature"),
            ),
            Signature(
                word(lang, "for_client"),
                data.client.name,
                note=word(lang, "date_name_signature"),
            ),
        ],
        footer=footer_of(data.provider, lang),
        header_lines=_header_lines(data.provider, lang),
        logo=logo,
        watermark="" if data.status != "draft" else word(lang, "draft"),
    )


# ---------------------------------------------------------------- reminder letter


@dataclass(frozen=True)
class InterestLine:
    start: dt.date
    end: dt.date
    days: int
    balance: Decimal
    rate: Decimal
    interest: Decimal  # rounded to the cent for printing


@dataclass(frozen=True)
class OverdueInvoice:
    number: str
    issue_date: dt.date
    due_date: dt.date
    total: Decimal  # incl. VAT, less credit notes
    paid: Decimal
    balance: Decimal
    days_late: int
    periods: list[InterestLine]
    interest: Decimal  # rounded once on the total (late_interest)
    indemnity: Decimal  # 40 € for a business client, else 0


@dataclass(frozen=True)
class ReminderData:
    """A reminder letter: the client's overdue invoices, interest and indemnities."""

    level: str  # friendly, second, formal_notice
    dated: dt.date
    seller: InvoiceParty
    client: InvoiceParty
    invoices: list[OverdueInvoice]
    penalty_rate_text: str  # "taux BCE + 10 points (12,15 % au 2e semestre 2026)"
    signatory: str = ""
    language: str = "fr"  # the client's documents' (its latest contract's)


REMINDER_LEVELS = ("friendly", "second", "formal_notice")


def reminder_layout(data: ReminderData, logo: Path | None = None) -> Document:
    """The reminder letter: each overdue invoice with its balance, the interest accrued
    per period (balance × rate × days / 365) and the 40 € indemnity (C. com. L441-10)."""
    lang = language_of(data.language)
    level = data.level if data.level in REMINDER_LEVELS else "friendly"
    rows = []
    for inv in data.invoices:
        rows.append(
            [
                word(lang, "cited", number=inv.number, date=short_date(inv.issue_date)),
                short_date(inv.due_date),
                str(inv.days_late),
                money(inv.total, lang),
                money(inv.paid, lang),
                money(inv.balance, lang),
            ]
        )
    balance = sum((i.balance for i in data.invoices), Decimal(0))
    interest = sum((i.interest for i in data.invoices), Decimal(0))
    indemnity = sum((i.indemnity for i in data.invoices), Decimal(0))
    details = []
    for inv in data.invoices:
        for p in inv.periods:
            details.append(
                word(
                    lang,
                    "interest_line",
                    number=inv.number,
                    start=short_date(p.start),
                    end=short_date(p.end),
                    days=p.days,
                    balance=money(p.balance, lang),
                    rate=rate(p.rate, lang),
                    interest=money(p.interest, lang),
                )
            )
        if inv.periods:
            details.append(
                word(lang, "interest_of", number=inv.number, amount=money(inv.interest, lang))
            )
    totals = [(word(lang, "principal"), money(balance, lang))]
    totals.append((word(lang, "interest_at", date=short_date(data.dated)), money(interest, lang)))
    if indemnity:
        totals.append((word(lang, "indemnities"), money(indemnity, lang)))
    totals.append((word(lang, "to_pay"), money(balance + interest + indemnity, lang)))
    mentions = [word(lang, "explanation", rate=data.penalty_rate_text), *details]
    if indemnity:
        mentions.append(word(lang, "indemnity_text"))
    if data.seller.iban:
        bank = f"IBAN {iban_spaced(data.seller.iban)}" + (
            f" · BIC {data.seller.bic}" if data.seller.bic else ""
        )
        mentions.append(word(lang, "reminder_bank", bank=bank))
    title = word(lang, f"reminder.{level}")
    return Document(
        kind_title=title,
        reference=word(lang, "reminder_of", date=short_date(data.dated)),
        issued_on=word(
            lang, "place_date", city=data.seller.address.city, date=long_date(data.dated, lang)
        ),
        language=lang,
        seller=short_block(data.seller, word(lang, "sender"), lang),
        buyer=short_block(data.client, word(lang, "recipient"), lang),
        subtitle=word(lang, "reminder_subject", title=title.lower().capitalize()),
        intro=[word(lang, "salutation"), word(lang, f"opening.{level}")],
        lines=LineTable(
            [
                word(lang, "col.invoice"),
                word(lang, "col.due"),
                word(lang, "col.late"),
                word(lang, "col.total"),
                word(lang, "col.paid"),
                word(lang, "col.left"),
            ],
            rows,
            [0.27, 0.14, 0.11, 0.16, 0.16, 0.16],
            "LLRRRR",
        ),
        totals=totals,
        totals_bold=len(totals) - 1,
        mentions=mentions,
        closing=[word(lang, "regards")],
        signatures=[Signature(data.seller.name, data.signatory or data.seller.name)],
        footer=footer_of(data.seller, lang),
        header_lines=_header_lines(data.seller, lang),
        logo=logo,
    )
