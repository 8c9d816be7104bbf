"""An issued invoice as a document: everything printed on it and carried in its Factur-X XML.

This is the input of the document builders (desktop.documents.facturx_xml now, the PDF
of the contracts issue next): frozen, complete, with amounts as the document shows them
(a credit note's are positive, its type says it credits). Services build it from the
store; :class:`Party` is also what "My company" maps onto for the seller.

The mentions every invoice carries, with their sources, are listed in
docs/INVOICING-LAW.md; :func:`legal_notes` gives the three the French e-invoicing rules
expect as coded notes (BR-FR-05: PMT, PMD, AAB).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from desktop.domain.company_identity import CompanyIdentity
from desktop.domain.formatting import format_money
from desktop.domain.late_payment import indemnity_mention, penalty_mention
from desktop.domain.payment_terms import PaymentTerm, discount_mention
from desktop.domain.vat import VAT_ON_DEBITS_MENTION, Totals, VatCategory, VatRegime
from desktop.domain.vocabulary import InvoiceKind, InvoiceType


@dataclass(frozen=True)
class Address:
    line1: str = ""
    line2: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "FR"  # ISO 3166-1 alpha-2

    def is_blank(self) -> bool:
        return not (self.line1 or self.line2 or self.postal_code or self.city)


@dataclass(frozen=True)
class Party:
    """A seller or a buyer as the invoice names it (CGI ann. II art. 242 nonies A, 1° to 4°)."""

    name: str
    address: Address = field(default_factory=Address)
    siren: str = ""  # 9 digits; the client's is mandatory on B2B invoices (décret 2022-1299)
    siret: str = ""
    vat_number: str = ""
    legal_form: str = ""  # SAS, SARL, EI...
    share_capital: str = ""  # as printed, "10 000 €"
    registration: str = ""  # "RCS Lyon", "RM 69", "Dispensé d'immatriculation"
    email: str = ""
    vat_franchise: bool = False  # a seller under CGI art. 293 B
    iban: str = ""
    bic: str = ""


Seller = Party


def seller_of(identity: CompanyIdentity) -> Party:
    """My company as the seller an invoice names and freezes when it is issued.

    - the name carries "EI" for an individual entrepreneur (Code de commerce R526-27);
    - ``registration`` is "RCS <city>" (R123-237 1°); a micro-entrepreneur without a
      registry city prints its SIREN alone, as the other documents do;
    - ``vat_franchise`` marks a seller under CGI art. 293 B: its invoices carry no VAT and
      the mention « TVA non applicable, art. 293 B du CGI » (checked by
      ``services.invoices.check_seller``, which wants the franchise regime then).
    """
    registry = identity.registry_city.strip()
    registration = ""
    if registry and identity.legal_form != "Micro-entrepreneur":
        registration = f"RCS {registry}"
    capital = ""
    if identity.is_company and identity.share_capital is not None:
        capital = format_money(identity.share_capital, "fr")
    return Party(
        name=identity.display_name,
        address=Address(
            identity.address.strip(), "", identity.postal_code.strip(), identity.city.strip(), "FR"
        ),
        siren=identity.siren.replace(" ", ""),
        siret=identity.siret.replace(" ", ""),
        vat_number=identity.vat_number.replace(" ", ""),
        legal_form=identity.legal_form,
        share_capital=capital,
        registration=registration,
        email=identity.email.strip(),
        vat_franchise=identity.vat_exempt,
        iban=identity.iban.replace(" ", ""),
        bic=identity.bic.replace(" ", ""),
    )


@dataclass(frozen=True)
class DocumentLine:
    position: int
    description: str
    quantity: Decimal
    unit: str  # UN/ECE recommendation 20: DAY, HUR, C62 (one)
    unit_price: Decimal  # excl. VAT, >= 0
    net: Decimal  # quantity x unit price, rounded
    category: VatCategory
    rate: Decimal
    note: str = ""


@dataclass(frozen=True)
class DocumentReference:
    """An earlier invoice this one refers to (credited, deducted or penalised)."""

    number: str
    issue_date: dt.date


class OperationNature:
    """What the invoice is for (décret 2022-1299; Factur-X BT-23 "cadre de facturation")."""

    SERVICES = "services"
    GOODS = "goods"
    MIXED = "mixed"


TYPE_CODES = {  # UNTDID 1001 (BT-3)
    InvoiceType.STANDARD: "380",
    InvoiceType.MILESTONE: "380",
    InvoiceType.FINAL: "380",
    InvoiceType.PENALTY: "380",
    InvoiceType.DEPOSIT: "386",
}
CREDIT_NOTE_CODE = "381"


@dataclass(frozen=True)
class InvoiceDocument:
    number: str
    kind: InvoiceKind
    type: InvoiceType
    issue_date: dt.date
    due_date: dt.date
    seller: Party
    buyer: Party
    lines: tuple[DocumentLine, ...]
    totals: Totals  # as the document shows them (positive on a credit note)
    payment_term: PaymentTerm
    vat_regime: VatRegime = VatRegime.STANDARD
    service_start: dt.date | None = None
    service_end: dt.date | None = None
    currency: str = "EUR"
    business_client: bool = True
    penalty_rate: Decimal | None = None  # None: ECB + 10 points
    discount_rate: Decimal | None = None
    discount_days: int = 0
    vat_on_debits: bool = False
    operation_nature: str = OperationNature.SERVICES
    delivery_address: Address | None = None  # only when it differs from the buyer's
    purchase_order: str = ""
    contract_reference: str = ""
    preceding: tuple[DocumentReference, ...] = ()  # credited, deducted or penalised invoices
    prepaid: Decimal = Decimal("0.00")  # already paid before issue (BT-113)
    # the printed words: "fr" (default) or "en", the client's contract's language; the XML
    # and the mentions the law words stay French whatever it is
    language: str = "fr"

    @property
    def type_code(self) -> str:
        if self.kind == InvoiceKind.CREDIT_NOTE:
            return CREDIT_NOTE_CODE
        return TYPE_CODES[InvoiceType(self.type)]

    @property
    def billing_mode(self) -> str:
        """Factur-X BT-23 for the French reform: B goods, S services, M mixed; 1 an
        ordinary invoice, 4 a final invoice after deposits (BR-FR-08, BR-FR-CO-08)."""
        letter = {OperationNature.GOODS: "B", OperationNature.MIXED: "M"}.get(
            self.operation_nature, "S"
        )
        final = self.type == InvoiceType.FINAL and self.kind == InvoiceKind.INVOICE
        return f"{letter}4" if final and self.preceding else f"{letter}1"

    @property
    def amount_due(self) -> Decimal:
        return self.totals.gross - self.prepaid

    @property
    def delivery_date(self) -> dt.date:
        """The date the service was completed (Factur-X BT-72, "actual delivery date").

        CGI annexe II art. 242 nonies A, I 7° wants on the invoice the date on which the
        service was made or completed "dans la mesure où une telle date est déterminée et
        qu'elle est différente de la date d'émission de la facture": the end of the
        service period when there is one (a month's CRA: its last day), its single date
        otherwise, and with no date given the issue date, which the printed invoice then
        stands for (it prints no service date).
        """
        return self.service_end or self.service_start or self.issue_date

    @property
    def billing_period(self) -> tuple[dt.date, dt.date] | None:
        """The invoicing period (Factur-X BG-14, BT-73 and BT-74) when the invoice covers one."""
        if self.service_start and self.service_end:
            return self.service_start, self.service_end
        return None


@dataclass(frozen=True)
class Note:
    subject: str  # UNTDID 4451 subject code (BT-21)
    text: str


def legal_notes(doc: InvoiceDocument) -> list[Note]:
    """The coded notes every invoice carries (L441-9; BR-FR-05 wants each exactly once)."""
    if doc.business_client:
        indemnity = indemnity_mention()
    else:
        indemnity = (
            "Indemnité forfaitaire pour frais de recouvrement : sans objet "
            "(client non professionnel)."
        )
    notes = [
        Note("PMT", indemnity),
        Note("PMD", penalty_mention(doc.penalty_rate)),
        Note("AAB", discount_mention(doc.discount_rate, doc.discount_days)),
    ]
    if doc.vat_on_debits:
        notes.append(Note("TXD", VAT_ON_DEBITS_MENTION))
    return notes
