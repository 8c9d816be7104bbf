"""Invoices, credit notes, activity reports (CRA) and reminder letters on the one layout.

Nothing here reads the database: services gather an
:class:`~desktop.domain.invoice_document.InvoiceDocument` (frozen at issue) or the plain
data classes below, and these functions turn them into a
:class:`~desktop.documents.layout.Document`. Invoices print in French, the language of
the mentions the law fixes (the coded notes of the Factur-X XML say the same words).

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

from desktop.documents.layout import Built, Document, LineTable, Party, Section, Signature
from desktop.domain.formatting import format_money, format_number
from desktop.domain.invoice_document import (
    Address,
    InvoiceDocument,
    OperationNature,
    legal_notes,
)
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

TITLES = {
    InvoiceType.STANDARD: "FACTURE",
    InvoiceType.MILESTONE: "FACTURE",
    InvoiceType.DEPOSIT: "FACTURE D’ACOMPTE",
    InvoiceType.FINAL: "FACTURE DE SOLDE",
    InvoiceType.PENALTY: "FACTURE DE PÉNALITÉS DE RETARD",
}
CREDIT_NOTE_TITLE = "AVOIR"

UNITS = {"DAY": "jour", "HUR": "heure", "C62": "unité"}
NATURES = {
    OperationNature.SERVICES: "Prestation de services",
    OperationNature.GOODS: "Livraison de biens",
    OperationNature.MIXED: "Opération mixte (livraison de biens et prestation de services)",
}
REVERSE_CHARGE_TEXT = (
    "Autoliquidation : TVA due par le preneur (CGI art. 283-2 ; directive 2006/112/CE, art. 196)."
)
COUNTRIES = {"DE": "Allemagne", "BE": "Belgique", "ES": "Espagne", "IT": "Italie",
             "LU": "Luxembourg", "NL": "Pays-Bas", "CH": "Suisse", "GB": "Royaume-Uni",
             "PT": "Portugal", "AT": "Autriche", "IE": "Irlande"}  # fmt: skip


def long_date(day: dt.date | None) -> str:
    """``1er octobre 2026``, ``22 novembre 2026``: as a French letter writes a date."""
    if day is None:
        return ""
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MONTHS[day.month - 1]} {day.year}"


def money(amount: Decimal) -> str:
    return format_money(amount, "fr")


def quantity(value: Decimal) -> str:
    value = Decimal(value)
    value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
    return format_number(value, "fr")


def rate(value: Decimal) -> str:
    return f"{quantity(value)}{NBSP}%"


def siren_spaced(siren: str) -> str:
    return f"{siren[:3]} {siren[3:6]} {siren[6:]}" if len(siren) == 9 else siren


def siret_spaced(siret: str) -> str:
    return f"{siren_spaced(siret[:9])} {siret[9:]}" if len(siret) == 14 else siret


def iban_spaced(iban: str) -> str:
    compact = iban.replace(" ", "")
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _address_lines(address: Address) -> list[str]:
    lines = [address.line1, address.line2, f"{address.postal_code} {address.city}".strip()]
    country = (address.country or "FR").upper()
    if country != "FR":
        lines.append(COUNTRIES.get(country, country))
    return [line for line in lines if line]


def _legal_form_line(party: InvoiceParty) -> str:
    if party.legal_form in ("EI", "Micro-entrepreneur"):
        return "Entrepreneur individuel"
    if party.share_capital:
        return f"{party.legal_form} au capital de {party.share_capital}"
    return party.legal_form


def _registration_line(party: InvoiceParty) -> str:
    """``SIREN 552 120 222 · RCS Lyon`` (R123-237; 242 nonies A 1°)."""
    parts = [f"SIREN {siren_spaced(party.siren)}"] if party.siren else []
    if party.registration:
        parts.append(party.registration)
    return " · ".join(parts)


def _vat_line(party: InvoiceParty, seller: bool) -> str:
    if party.vat_number:
        return f"N° TVA intracommunautaire {party.vat_number}"
    if seller and party.vat_franchise:
        return FRANCHISE_MENTION
    return ""


def seller_block(party: InvoiceParty) -> Party:
    lines = [
        _legal_form_line(party),
        *_address_lines(party.address),
        _registration_line(party),
        f"SIRET {siret_spaced(party.siret)}" if party.siret else "",
        _vat_line(party, seller=True),
        party.email,
    ]
    return Party(party.name, [line for line in lines if line], "Prestataire")


def buyer_block(party: InvoiceParty, heading: str = "Client") -> Party:
    lines = [
        *_address_lines(party.address),
        _registration_line(party),  # the client's SIREN: décret 2022-1299
        f"SIRET {siret_spaced(party.siret)}" if party.siret else "",
        _vat_line(party, seller=False),
    ]
    return Party(party.name, [line for line in lines if line], heading)


def short_block(party: InvoiceParty, heading: str) -> Party:
    """Name, address on one line, SIREN: for a letter or a CRA, whose footer carries the
    seller's legal line (an invoice prints the whole identity)."""
    lines = [", ".join(_address_lines(party.address)), _registration_line(party)]
    return Party(party.name, [line for line in lines if line], heading)


def footer_of(party: InvoiceParty) -> str:
    """The legal line under every page, from the seller frozen in the invoice."""
    parts = [
        party.name,
        _legal_form_line(party),
        _registration_line(party),
        _vat_line(party, seller=True),
    ]
    if party.iban:
        parts.append(f"IBAN {iban_spaced(party.iban)}")
    if party.bic:
        parts.append(f"BIC {party.bic}")
    return " · ".join(p for p in parts if p)


def _header_lines(party: InvoiceParty) -> list[str]:
    address = ", ".join(_address_lines(party.address))
    return [line for line in (address, party.email) if line]


def _period(doc: InvoiceDocument) -> tuple[str, str] | None:
    start, end = doc.service_start, doc.service_end
    if start and end and start != end:
        return f"Période de la prestation{COLON}", f"du {long_date(start)} au {long_date(end)}"
    if start or end:
        return f"Date de la prestation{COLON}", long_date(start or end)
    return None


def _references(doc: InvoiceDocument) -> tuple[str, str] | None:
    if not doc.preceding:
        return None
    cited = ", ".join(f"{r.number} du {long_date(r.issue_date)}" for r in doc.preceding)
    if doc.kind == InvoiceKind.CREDIT_NOTE:
        return f"Facture rectifiée{COLON}", cited
    if doc.type == InvoiceType.FINAL:
        return f"Acomptes déduits{COLON}", cited
    if doc.type == InvoiceType.PENALTY:
        return f"Facture payée en retard{COLON}", cited
    return f"Facture liée{COLON}", cited


def _line_rows(doc: InvoiceDocument) -> list[list[str]]:
    rows = []
    for line in doc.lines:
        unit = UNITS.get(line.unit, "")
        if unit and abs(line.quantity) > 1:
            unit += "s"
        vat = rate(line.rate) if line.category is VatCategory.STANDARD else "—"
        rows.append(
            [
                line.description,
                quantity(line.quantity),
                unit,
                money(line.unit_price),
                vat,
                money(line.net),
            ]
        )
    return rows


def _totals(doc: InvoiceDocument) -> tuple[list[tuple[str, str]], int]:
    credit = doc.kind == InvoiceKind.CREDIT_NOTE
    rows = [("Total HT", money(doc.totals.net))]
    mixed = len(doc.totals.breakdown) > 1
    taxed = False
    for part in doc.totals.breakdown:
        if part.category is VatCategory.STANDARD:
            taxed = True
            rows.append((f"TVA {rate(part.rate)} sur {money(part.taxable)}", money(part.tax)))
        elif mixed:
            rows.append((f"{part.exemption_reason} – base {money(part.taxable)}", "—"))
        else:
            rows.append((part.exemption_reason, "—"))
    if taxed:
        rows.append(("Total TTC", money(doc.totals.gross)))
    if credit:
        rows.append(("Montant de l’avoir", money(doc.totals.gross)))
    elif doc.prepaid:
        rows.append(("Déjà réglé", money(-doc.prepaid)))
        rows.append(("Net à payer", money(doc.amount_due)))
    else:
        rows.append(("Net à payer", money(doc.amount_due)))
    return rows, len(rows) - 1


def _vat_mentions(doc: InvoiceDocument) -> list[str]:
    categories = {part.category for part in doc.totals.breakdown}
    out = []
    if VatCategory.EXEMPT in categories or doc.vat_regime is VatRegime.FRANCHISE:
        out.append(FRANCHISE_MENTION)
    if VatCategory.REVERSE_CHARGE in categories:
        out.append(REVERSE_CHARGE_TEXT)
    if VatCategory.OUT_OF_SCOPE in categories:
        out.append(OUT_OF_SCOPE_MENTION)
    return out


def invoice_title(doc: InvoiceDocument) -> str:
    if doc.kind == InvoiceKind.CREDIT_NOTE:
        return CREDIT_NOTE_TITLE
    return TITLES.get(InvoiceType(doc.type), "FACTURE")


def invoice_layout(doc: InvoiceDocument, logo: Path | None = None) -> Document:
    """The printed invoice or credit note, with every mandatory mention."""
    credit = doc.kind == InvoiceKind.CREDIT_NOTE
    meta = [(f"Date d’émission{COLON}", long_date(doc.issue_date))]
    if not credit:
        meta.append((f"Date d’échéance{COLON}", long_date(doc.due_date)))
    period = _period(doc)
    if period:
        meta.append(period)
    meta.append((f"Nature de l’opération{COLON}", NATURES.get(doc.operation_nature, "")))
    references = _references(doc)
    if references:
        meta.append(references)
    if doc.contract_reference:
        meta.append((f"Contrat{COLON}", doc.contract_reference))
    if doc.purchase_order:
        meta.append((f"Votre commande{COLON}", doc.purchase_order))
    if doc.delivery_address is not None and not doc.delivery_address.is_blank():
        meta.append(
            (f"Adresse de livraison{COLON}", ", ".join(_address_lines(doc.delivery_address)))
        )

    totals, bold = _totals(doc)
    mentions = _vat_mentions(doc)
    if credit:
        cited = ", ".join(f"{r.number} du {long_date(r.issue_date)}" for r in doc.preceding)
        mentions.append(
            f"Avoir relatif à la facture {cited}, à déduire de son montant."
            if cited
            else "Avoir à déduire des sommes dues."
        )
    else:
        mentions.append(
            f"Échéance{COLON} {long_date(doc.due_date)} ({doc.payment_term.text_fr().lower()})."
        )
    if doc.seller.iban and not credit:
        bank = f"IBAN {iban_spaced(doc.seller.iban)}"
        if doc.seller.bic:
            bank += f" · BIC {doc.seller.bic}"
        mentions.append(f"Règlement par virement bancaire{COLON} {bank}.")
    # The coded notes of the Factur-X XML (PMT, PMD, AAB, TXD), word for word.
    mentions.extend(note.text for note in legal_notes(doc))
    title = invoice_title(doc)
    return Document(
        kind_title=title,
        reference=f"N° {doc.number}",
        issued_on=f"{'Émis' if credit else 'Émise'} le {long_date(doc.issue_date)}",
        language="fr",
        seller=seller_block(doc.seller),
        buyer=buyer_block(doc.buyer),
        meta=meta,
        lines=LineTable(
            ["Désignation", "Qté", "Unité", "PU HT", "TVA", "Total HT"],
            _line_rows(doc),
            [0.43, 0.08, 0.09, 0.15, 0.08, 0.17],
            "LRLRRR",
        ),
        totals=totals,
        totals_bold=bold,
        mentions=mentions,
        footer=footer_of(doc.seller),
        header_lines=_header_lines(doc.seller),
        logo=logo,
    )


def facturx_metadata(doc: InvoiceDocument) -> dict[str, str]:
    """Title, author, subject and keywords, the same in the Info dictionary and the XMP."""
    title = invoice_title(doc).capitalize()
    return {
        "title": f"{title} {doc.number}",
        "author": doc.seller.name,
        "subject": f"{title} {doc.number} du {long_date(doc.issue_date)}, {doc.seller.name} "
        f"à {doc.buyer.name}",
        "keywords": "Factur-X, EN 16931, facture",
    }


def build_invoice_pdf(
    doc: InvoiceDocument, target: str | os.PathLike[str], logo: Path | None = None
) -> Built:
    """The Factur-X PDF of an issued invoice: PDF/A-3 with its XML, written atomically.

    Plain data in, a file out: what one worker of a batch does (no database).
    """
    from desktop.documents.facturx_xml import build_facturx_xml
    from desktop.documents.layout import render_pdf
    from desktop.documents.pdfa import write_facturx

    xml = build_facturx_xml(doc)  # checked against the XSD: an error, never a file
    rendered = render_pdf(invoice_layout(doc, logo), pdfa=True)
    path = write_facturx(rendered.data, xml, facturx_metadata(doc), "fr", target)
    return Built(path, rendered.pages, rendered.headings, rendered.signature_pages)


def build_invoice_job(job: tuple[InvoiceDocument, Path, Path | None]) -> Built:
    """One job of a batch (``documents.batch.build_many(..., builder=build_invoice_job)``):
    (document, target, logo) -> the Factur-X PDF, in a worker process."""
    doc, target, logo = job
    return build_invoice_pdf(doc, target, logo)


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


WEEKDAYS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")


def activity_report_layout(data: ActivityReportData, logo: Path | None = None) -> Document:
    """The CRA: one row per day of the month (weekends and holidays named), the total of
    days worked, the on-call and overtime lines, and two signature boxes."""
    cells = []
    for entry in data.days:
        remark = entry.holiday or ("week-end" if entry.weekend else "")
        if entry.note:
            remark = f"{remark} – {entry.note}" if remark else entry.note
        cells.append(
            [
                f"{WEEKDAYS[entry.day.weekday()]} {entry.day.day}",
                quantity(entry.fraction) if entry.fraction else "",
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
    month = f"{MONTHS[data.month.month - 1]} {data.month.year}"
    notes = [
        f"{e.label}{COLON} {quantity(e.quantity)}"
        + (f" {e.unit}{'s' if e.quantity > 1 else ''}" if e.unit else "")
        + (f" – {e.description}" if e.description else "")
        for e in data.extras
    ]
    if data.comment.strip():
        notes.append(f"Commentaires{COLON} {data.comment.strip()}")
    meta = [
        (f"Contrat{COLON}", f"{data.contract_reference} – {data.contract_title}"),
        (f"Intervenant{COLON}", data.consultant),
    ]
    if data.validated_on:
        meta.append((f"Validé le{COLON}", long_date(data.validated_on)))
    # Short identities: the legal line under the page says the rest (one page to sign).
    provider = short_block(data.provider, "Prestataire")
    client = short_block(data.client, "Client")
    return Document(
        kind_title="COMPTE RENDU D’ACTIVITÉ",
        reference=f"{data.contract_reference} · {month}",
        issued_on=f"Mois de {month}",
        language="fr",
        seller=provider,
        buyer=client,
        meta=meta,
        lines=LineTable(
            ["Date", "Jours", "Remarque", "Date", "Jours", "Remarque"],
            rows,
            [0.12, 0.09, 0.29, 0.12, 0.09, 0.29],
            "LRLLRL",
            compact=True,
        ),
        totals=[(f"Total des jours travaillés en {month}", quantity(total))],
        intro=[],
        sections=[Section("", notes)] if notes else [],
        closing=[
            "Le client atteste que les jours ci-dessus ont été travaillés et approuve ce "
            "compte rendu, qui sert de base à la facture du mois."
        ],
        signatures=[
            Signature("Pour le Prestataire", data.provider.name, note="Date et signature"),
            Signature("Pour le Client", data.client.name, note="Date, nom et signature"),
        ],
        footer=footer_of(data.provider),
        header_lines=_header_lines(data.provider),
        logo=logo,
        watermark="" if data.status != "draft" else "PROJET",
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


REMINDER_TITLES = {
    "friendly": "RELANCE",
    "second": "DEUXIÈME RELANCE",
    "formal_notice": "MISE EN DEMEURE DE PAYER",
}
REMINDER_OPENINGS = {
    "friendly": "Sauf erreur de notre part, les factures ci-dessous restent impayées à ce "
    "jour. Il s’agit peut-être d’un oubli : nous vous remercions de bien vouloir procéder "
    "à leur règlement.",
    "second": "Malgré notre précédente relance, les factures ci-dessous restent impayées. "
    "Nous vous demandons de procéder à leur règlement sous huit jours.",
    "formal_notice": "Malgré nos relances, les factures ci-dessous restent impayées. Par la "
    "présente, nous vous mettons en demeure de régler sous huit jours les sommes "
    "indiquées ci-dessous, faute de quoi nous engagerons une procédure de recouvrement.",
}


def reminder_layout(data: ReminderData, logo: Path | None = None) -> Document:
    """The reminder letter: each overdue invoice with its balance, the interest accrued
    per period (balance × rate × days / 365) and the 40 € indemnity (C. com. L441-10)."""
    rows = []
    for inv in data.invoices:
        rows.append(
            [
                f"{inv.number} du {inv.issue_date:%d/%m/%Y}",
                f"{inv.due_date:%d/%m/%Y}",
                str(inv.days_late),
                money(inv.total),
                money(inv.paid),
                money(inv.balance),
            ]
        )
    balance = sum((i.balance for i in data.invoices), Decimal(0))
    interest = sum((i.interest for i in data.invoices), Decimal(0))
    indemnity = sum((i.indemnity for i in data.invoices), Decimal(0))
    details = []
    for inv in data.invoices:
        for p in inv.periods:
            details.append(
                f"{inv.number}{COLON} du {p.start:%d/%m/%Y} au {p.end:%d/%m/%Y}, {p.days} jours "
                f"× {money(p.balance)} × {rate(p.rate)} / 365 = {money(p.interest)}"
            )
        if inv.periods:
            details.append(f"Intérêts de retard sur {inv.number}{COLON} {money(inv.interest)}")
    totals = [("Principal restant dû", money(balance))]
    totals.append((f"Intérêts de retard au {data.dated:%d/%m/%Y}", money(interest)))
    if indemnity:
        totals.append(
            ("Indemnités forfaitaires de recouvrement (40 € par facture)", money(indemnity))
        )
    totals.append(("Total à régler", money(balance + interest + indemnity)))
    explanation = (
        f"Calcul des intérêts de retard{COLON} les pénalités courent de plein droit dès le "
        "lendemain de la date d’échéance, sans rappel (Code de commerce, art. L441-10), au "
        f"{data.penalty_rate_text}{NBSP}; intérêts = solde dû × taux × jours / 365, par période "
        "de taux et de solde constants."
    )
    mentions = [explanation, *details]
    if indemnity:
        mentions.append(
            "Tout retard de paiement d’un professionnel rend de plein droit débiteur d’une "
            "indemnité forfaitaire pour frais de recouvrement de 40 € par facture (Code de "
            "commerce, art. L441-10 et D441-5)."
        )
    if data.seller.iban:
        mentions.append(
            f"Règlement par virement bancaire{COLON} IBAN {iban_spaced(data.seller.iban)}"
            + (f" · BIC {data.seller.bic}" if data.seller.bic else "")
            + ", en rappelant les numéros de facture. Si votre règlement nous est parvenu "
            "entre-temps, merci de ne pas tenir compte de ce courrier."
        )
    title = REMINDER_TITLES.get(data.level, "RELANCE")
    return Document(
        kind_title=title,
        reference=f"Relance du {data.dated:%d/%m/%Y}",
        issued_on=f"{data.seller.address.city}, le {long_date(data.dated)}",
        language="fr",
        seller=short_block(data.seller, "Expéditeur"),
        buyer=short_block(data.client, "Destinataire"),
        subtitle=f"Objet{COLON} {title.lower().capitalize()} – factures impayées",
        intro=[
            "Madame, Monsieur,",
            REMINDER_OPENINGS.get(data.level, REMINDER_OPENINGS["friendly"]),
        ],
        lines=LineTable(
            ["Facture", "Échéance", "Retard (jours)", "Montant TTC", "Déjà réglé", "Reste dû"],
            rows,
            [0.27, 0.14, 0.11, 0.16, 0.16, 0.16],
            "LLRRRR",
        ),
        totals=totals,
        totals_bold=len(totals) - 1,
        mentions=mentions,
        closing=["Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées."],
        signatures=[Signature(data.seller.name, data.signatory or data.seller.name)],
        footer=footer_of(data.seller),
        header_lines=_header_lines(data.seller),
        logo=logo,
    )
