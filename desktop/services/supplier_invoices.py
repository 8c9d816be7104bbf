"""Supplier invoices (agency mode): a talent bills the agency for a subcontracted mission.

Each is linked to the contract (and the activity report) it bills; its payment is
tracked; a mission's real margin is what was invoiced to the client minus what the
talents invoiced, both excluding VAT, over the mission's contracts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from peewee import JOIN, IntegrityError, fn

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_errors import invoicing_error, refuse
from desktop.domain.money import ZERO, from_cents, round_cent
from desktop.domain.vocabulary import InvoiceStatus
from desktop.profile import Profile
from desktop.services import audit
from desktop.store.models import (
    ActivityReport,
    Company,
    Contract,
    Invoice,
    SupplierInvoice,
    Talent,
)
from desktop.store.transactions import write_transaction


@dataclass(frozen=True)
class SupplierInvoiceDraft:
    contract_id: int
    supplier_name: str
    number: str
    issue_date: dt.date
    total_excl_tax: Decimal
    total_tax: Decimal = Decimal("0")
    due_date: dt.date | None = None
    talent_id: int | None = None
    activity_report_id: int | None = None
    attachment_id: int | None = None
    notes: str = ""


def record_supplier_invoice(draft: SupplierInvoiceDraft) -> int:
    """Store a talent's invoice; the same supplier's number twice is refused."""
    if round_cent(draft.total_excl_tax) <= 0:
        raise refuse("amount", QT_TRANSLATE_NOOP("Invoicing", "the amount must be above zero"))
    if not draft.number.strip():
        raise refuse(
            "description", QT_TRANSLATE_NOOP("Invoicing", "the supplier invoice needs its number")
        )
    total = round_cent(draft.total_excl_tax) + round_cent(draft.total_tax)
    with write_transaction():
        Contract.get_by_id(draft.contract_id)
        try:
            invoice_id = SupplierInvoice.insert(
                contract=draft.contract_id,
                talent=draft.talent_id,
                activity_report=draft.activity_report_id,
                supplier_name=draft.supplier_name.strip(),
                number=draft.number.strip(),
                issue_date=draft.issue_date,
                due_date=draft.due_date,
                total_excl_tax=draft.total_excl_tax,
                total_tax=draft.total_tax,
                total_incl_tax=total,
                attachment=draft.attachment_id,
                notes=draft.notes.strip(),
            ).execute()
        except IntegrityError:
            raise invoicing_error(
                QT_TRANSLATE_NOOP(
                    "Invoicing", "Invoice {number} of {supplier} is already recorded."
                ),
                number=draft.number,
                supplier=draft.supplier_name,
            ) from None
        audit.record("supplier_invoice", invoice_id, "created", total=total)
    return invoice_id


def pay_supplier_invoice(invoice_id: int, amount: Decimal, on: dt.date) -> None:
    with write_transaction():
        invoice = SupplierInvoice.get_by_id(invoice_id)
        paid = invoice.amount_paid + round_cent(amount)
        if paid > invoice.total_incl_tax or amount <= 0:
            raise refuse(
                "amount",
                QT_TRANSLATE_NOOP(
                    "Invoicing", "{amount} is more than the {owed} still owed on {number}"
                ),
                amount=f"{amount}",
                owed=f"{invoice.total_incl_tax - invoice.amount_paid}",
                number=invoice.number,
            )
        SupplierInvoice.update(amount_paid=paid, paid_on=on).where(
            SupplierInvoice.id == invoice_id
        ).execute()
        audit.record("supplier_invoice", invoice_id, "paid", amount=amount, on=on)


@dataclass(frozen=True)
class MissionMargin:
    invoiced: Decimal  # to the client, excl. VAT, credit notes deducted
    bought: Decimal  # invoiced by the talents, excl. VAT
    margin: Decimal

    @property
    def percent(self) -> Decimal | None:
        if not self.invoiced:
            return None
        return round_cent(self.margin * 100 / self.invoiced)


def mission_margin(mission_id: int) -> MissionMargin:
    """The real margin of a mission from the invoices on both sides."""
    contracts = Contract.select(Contract.id).where(Contract.mission == mission_id)
    sold = (
        Invoice.select(fn.COALESCE(fn.SUM(Invoice.total_excl_tax), 0))
        .where(
            Invoice.contract.in_(contracts)
            & (Invoice.status != InvoiceStatus.DRAFT)
            & (Invoice.invoice_type != "penalty")
        )
        .scalar()
    )
    bought = (
        SupplierInvoice.select(fn.COALESCE(fn.SUM(SupplierInvoice.total_excl_tax), 0))
        .where(SupplierInvoice.contract.in_(contracts))
        .scalar()
    )
    sold, bought = from_cents(sold), from_cents(bought)
    return MissionMargin(sold, bought, sold - bought if sold or bought else ZERO)


@dataclass(frozen=True)
class SupplierInvoiceRow:
    """A talent's invoice as the list shows it."""

    id: int
    supplier_name: str
    number: str
    issue_date: dt.date
    due_date: dt.date | None
    contract_id: int
    contract: str  # reference – title
    mission_id: int | None
    report_month: dt.date | None
    total_excl_tax: Decimal
    total_incl_tax: Decimal
    amount_paid: Decimal
    paid_on: dt.date | None
    attachment_id: int | None

    @property
    def balance(self) -> Decimal:
        return self.total_incl_tax - self.amount_paid


def supplier_invoice_rows(contract_id: int | None = None) -> list[SupplierInvoiceRow]:
    """Talents' invoices, latest first (of one contract when given)."""
    query = (
        # the report's id too: selecting a joined model's column alone blanks the foreign key
        SupplierInvoice.select(SupplierInvoice, Contract, ActivityReport.id, ActivityReport.month)
        .join(Contract)
        .switch(SupplierInvoice)
        .join(ActivityReport, JOIN.LEFT_OUTER)
        .order_by(SupplierInvoice.issue_date.desc(), SupplierInvoice.id.desc())
    )
    if contract_id is not None:
        query = query.where(SupplierInvoice.contract == contract_id)
    rows = []
    for s in query:
        month = s.activity_report.month if s.activity_report_id else None
        rows.append(
            SupplierInvoiceRow(
                s.id,
                s.supplier_name,
                s.number,
                s.issue_date,
                s.due_date,
                s.contract_id,
                f"{s.contract.reference} – {s.contract.title}",
                s.contract.mission_id,
                month,
                s.total_excl_tax,
                s.total_incl_tax,
                s.amount_paid,
                s.paid_on,
                s.attachment_id,
            )
        )
    return rows


@dataclass(frozen=True)
class SubcontractChoice:
    """A contract a talent can bill the agency for."""

    id: int
    label: str  # reference – title (client)
    talent_id: int | None
    talent: str
    mission_id: int | None


def subcontract_choices() -> list[SubcontractChoice]:
    """Contracts with a talent (signed, active or ended first), latest first."""
    query = (
        Contract.select(Contract, Company.name, Talent.first_name, Talent.last_name)
        .join(Company)
        .switch(Contract)
        .join(Talent, JOIN.LEFT_OUTER)
        .where(Contract.talent.is_null(False))
        .order_by(Contract.start_date.desc(nulls="LAST"), Contract.id.desc())
    )
    return [
        SubcontractChoice(
            c.id,
            f"{c.reference} – {c.title} ({c.company.name})",
            c.talent_id,
            f"{c.talent.first_name} {c.talent.last_name}".strip(),
            c.mission_id,
        )
        for c in query
    ]


def attach_and_record(profile: Profile, draft: SupplierInvoiceDraft, pdf: Path | None) -> int:
    """Record the talent's invoice with its PDF copied in and attached to the contract."""
    from desktop.services import attachments

    with write_transaction():
        attachment_id = None
        if pdf is not None:
            attachment_id = attachments.attach(profile, "contract", draft.contract_id, pdf)
        return record_supplier_invoice(dataclasses.replace(draft, attachment_id=attachment_id))


@dataclass(frozen=True)
class FacturXFacts:
    """What a talent's Factur-X invoice says, to fill the form (EN 16931 terms)."""

    seller_name: str  # BT-27
    seller_siren: str  # BT-30
    seller_vat_number: str  # BT-31
    buyer_name: str  # BT-44
    number: str  # BT-1
    type_code: str  # BT-3: 380 invoice, 381 credit note, 386 deposit
    issue_date: dt.date | None  # BT-2
    due_date: dt.date | None  # BT-9
    currency: str  # BT-5
    total_excl_tax: Decimal | None  # BT-109
    total_tax: Decimal | None  # BT-110
    total_incl_tax: Decimal | None  # BT-112


CII = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}
NOT_FACTURX = QT_TRANSLATE_NOOP(
    "Invoicing",
    "“{name}” holds no Factur-X invoice: type the invoice in, the PDF is attached as it is.",
)


def parse_cii(xml: bytes) -> FacturXFacts:
    """The facts of a Factur-X (CII) invoice XML; raises ValueError when it is not one."""
    from lxml import etree

    root = etree.fromstring(xml, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    if etree.QName(root).localname != "CrossIndustryInvoice":
        raise ValueError("not a CII invoice")

    def text(path: str) -> str:
        found = root.xpath(f"string({path})", namespaces=CII)
        return " ".join(str(found).split())

    def day(path: str) -> dt.date | None:
        value = text(path)
        try:
            return dt.datetime.strptime(value, "%Y%m%d").date() if value else None
        except ValueError:
            return None

    def amount(path: str) -> Decimal | None:
        value = text(path)
        try:
            return round_cent(Decimal(value)) if value else None
        except ArithmeticError:
            return None

    agreement = "//ram:ApplicableHeaderTradeAgreement"
    seller = f"{agreement}/ram:SellerTradeParty"
    settlement = "//ram:ApplicableHeaderTradeSettlement"
    sums = f"{settlement}/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
    currency = text(f"{settlement}/ram:InvoiceCurrencyCode") or "EUR"
    return FacturXFacts(
        seller_name=text(f"{seller}/ram:Name"),
        seller_siren=text(f"{seller}/ram:SpecifiedLegalOrganization/ram:ID"),
        seller_vat_number=text(f"{seller}/ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']"),
        buyer_name=text(f"{agreement}/ram:BuyerTradeParty/ram:Name"),
        number=text("//rsm:ExchangedDocument/ram:ID"),
        type_code=text("//rsm:ExchangedDocument/ram:TypeCode"),
        issue_date=day("//rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString"),
        due_date=day(
            f"{settlement}/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString"
        ),
        currency=currency,
        total_excl_tax=amount(f"{sums}/ram:TaxBasisTotalAmount"),
        total_tax=amount(
            f"({sums}/ram:TaxTotalAmount[@currencyID='{currency}'] | "
            f"{sums}/ram:TaxTotalAmount[not(@currencyID)])[1]"
        ),
        total_incl_tax=amount(f"{sums}/ram:GrandTotalAmount"),
    )


def read_facturx_pdf(path: Path) -> FacturXFacts:
    """Read the Factur-X XML embedded in a talent's PDF (the factur-x package finds it)."""
    from facturx import get_xml_from_pdf

    try:
        _name, xml = get_xml_from_pdf(Path(path).read_bytes(), check_xsd=False)
        if not xml:
            raise ValueError("no embedded XML")
        return parse_cii(xml)
    except Exception:  # a plain or broken PDF: the user types the invoice in
        raise invoicing_error(NOT_FACTURX, name=Path(path).name) from None
