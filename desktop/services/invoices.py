"""Invoices: drafts with lines, issuing with the next gapless number, locking, credit notes.

- A draft has no number. :func:`issue` gives it the next number of its series in the
  same IMMEDIATE transaction (desktop.store.invoice_numbering), freezes the seller and
  buyer identities, fixes the issue and due dates, and locks it.
- An issued invoice is never edited nor deleted (CGI art. 289; ARCHITECTURE.md section
  2): both are refused with a message proposing a credit note (:func:`credit`).
- Types: standard, deposit, milestone, final (deducts issued deposits), penalty (the
  interest and 40 EUR indemnity of a late invoice, referring to it).
- Amounts are stored signed: a credit note's lines have negative quantities, its totals
  are negative, so sums over invoices net out; documents show them positive.
- Every change writes the audit log (desktop.services.audit) in its transaction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_document import (
    Address,
    DocumentLine,
    DocumentReference,
    InvoiceDocument,
    Party,
)
from desktop.domain.invoice_errors import invoicing_error, refuse
from desktop.domain.invoice_numbering import (
    DEFAULT_PATTERN,
    DEFAULT_SERIES,
    NumberingRule,
    check_number,
    check_rule,
)
from desktop.domain.late_payment import (
    RECOVERY_INDEMNITY,
    RateTable,
    check_agreed_rate,
    late_interest,
)
from desktop.domain.money import ZERO
from desktop.domain.payment_terms import PaymentTerm, TermMethod, check_term, due_date
from desktop.domain.receivables import balance, derive_status
from desktop.domain.vat import (
    TaxableLine,
    Totals,
    VatCategory,
    VatRegime,
    category_for,
    compute_totals,
    is_allowed_rate,
    net_amount,
)
from desktop.domain.vocabulary import InvoiceKind, InvoiceStatus, InvoiceType
from desktop.services import audit, settings
from desktop.services.late_payment_rates import rate_table
from desktop.store.invoice_numbering import last_issue_date, next_sequence
from desktop.store.models import (
    ActivityReport,
    Company,
    Contract,
    Invoice,
    InvoiceLine,
    Payment,
    Quote,
)
from desktop.store.transactions import write_transaction

OUT_OF_SCOPE_KINDS = frozenset({"interest", "indemnity"})
LINE_KINDS = frozenset(
    {"service", "expense", "on_call", "overtime", "milestone", "deposit", "deposit_deduction"}
    | OUT_OF_SCOPE_KINDS
)


class InvoiceLockedError(DomainError):
    """The invoice is issued: French law keeps it as it is; corrections go by credit note."""

    def __init__(self, number: str, action: str) -> None:
        super().__init__(
            Message(
                "Invoicing",
                QT_TRANSLATE_NOOP(
                    "Invoicing",
                    "Invoice {number} is issued and can no longer be {action}: an issued "
                    "invoice is kept exactly as it was sent (CGI art. 289). To correct or "
                    "cancel it, make a credit note that refers to it.",
                ),
                {"number": number, "action": Message("Invoicing", action)},
            )
        )


CHANGED = QT_TRANSLATE_NOOP("Invoicing", "changed")
DELETED = QT_TRANSLATE_NOOP("Invoicing", "deleted")


@dataclass(frozen=True)
class LineDraft:
    description: str
    quantity: Decimal
    unit_price: Decimal  # excl. VAT, > 0; deduct with a negative quantity
    vat_rate: Decimal = Decimal("20")
    line_kind: str = "service"
    unit: str = "C62"
    source_invoice_id: int | None = None


@dataclass(frozen=True)
class InvoiceDraft:
    company_id: int
    invoice_type: InvoiceType = InvoiceType.STANDARD
    contract_id: int | None = None
    series: str = ""  # "": the series of the type (setting invoicing.numbering)
    service_start: dt.date | None = None
    service_end: dt.date | None = None
    term: PaymentTerm | None = None  # None: the setting invoicing.payment_term
    periodic: bool = False
    discount_rate: Decimal | None = None
    discount_days: int = 0
    vat_regime: VatRegime = VatRegime.STANDARD
    vat_on_debits: bool | None = None  # None: the setting invoicing.vat_on_debits
    business_client: bool = True
    late_penalty_rate: Decimal | None = None  # None: ECB rate + 10 points
    operation_nature: str = "services"
    delivery_address: Address | None = None
    purchase_order: str = ""


# ---------------------------------------------------------------- settings


def numbering_rule(series: str) -> NumberingRule:
    config = settings.get("invoicing.numbering")
    patterns = config.get("series") or {DEFAULT_SERIES: DEFAULT_PATTERN}
    pattern = patterns.get(series)
    if pattern is None:
        raise refuse(
            "pattern", QT_TRANSLATE_NOOP("Invoicing", "no series named {series}"), series=series
        )
    return check_rule(NumberingRule(series, pattern))


def series_for(invoice_type: str, kind: str = InvoiceKind.INVOICE) -> str:
    config = settings.get("invoicing.numbering")
    by_type = config.get("by_type") or {}
    key = "credit_note" if kind == InvoiceKind.CREDIT_NOTE else str(invoice_type)
    return by_type.get(key) or config.get("default") or DEFAULT_SERIES


def default_term() -> PaymentTerm:
    value = settings.get("invoicing.payment_term")
    return PaymentTerm(TermMethod(value.get("method", "days")), int(value.get("days", 30)))


# ---------------------------------------------------------------- drafts


def _line_rows(
    draft: InvoiceDraft, lines: list[LineDraft], sign: int = 1
) -> tuple[list[dict], Totals]:
    """Validated line rows and the totals they make (raises ValidationError)."""
    if not lines:
        raise refuse("lines", QT_TRANSLATE_NOOP("Invoicing", "an invoice needs at least one line"))
    rows, taxable = [], []
    for position, line in enumerate(lines, 1):
        if not line.description.strip():
            raise refuse(
                "description",
                QT_TRANSLATE_NOOP("Invoicing", "line {n}: describe what is billed"),
                n=position,
            )
        if line.line_kind not in LINE_KINDS:
            raise refuse(
                "lines",
                QT_TRANSLATE_NOOP("Invoicing", "line {n}: unknown kind {kind}"),
                n=position,
                kind=line.line_kind,
            )
        price, quantity = Decimal(line.unit_price), Decimal(line.quantity) * sign
        if price <= 0:
            raise refuse(
                "unit_price",
                QT_TRANSLATE_NOOP(
                    "Invoicing",
                    "line {n}: the unit price must be above zero (to deduct an amount, "
                    "give a negative quantity)",
                ),
                n=position,
            )
        if quantity == 0:
            raise refuse(
                "quantity",
                QT_TRANSLATE_NOOP("Invoicing", "line {n}: the quantity cannot be zero"),
                n=position,
            )
        category = category_for(draft.vat_regime, line.line_kind in OUT_OF_SCOPE_KINDS)
        rate = Decimal(line.vat_rate) if category is VatCategory.STANDARD else Decimal(0)
        if not is_allowed_rate(category, rate):
            raise refuse(
                "vat_rate",
                QT_TRANSLATE_NOOP(
                    "Invoicing", "line {n}: {rate} % is not a French VAT rate (20, 10, 5.5 or 2.1)"
                ),
                n=position,
                rate=f"{rate.normalize():f}",
            )
        net = net_amount(quantity, price)
        taxable.append(TaxableLine(net, category, rate))
        rows.append(
            {
                "position": position,
                "description": " ".join(line.description.split()),
                "quantity": quantity,
                "unit_price": price,
                "vat_rate": rate,
                "total_excl_tax": net,
                "line_kind": line.line_kind,
                "unit": line.unit,
                "vat_category": str(category),
                "source_invoice": line.source_invoice_id,
            }
        )
    totals = compute_totals(taxable)
    if sign > 0 and totals.gross <= 0:
        raise refuse(
            "lines",
            QT_TRANSLATE_NOOP(
                "Invoicing",
                "the total of an invoice must be above zero; to give money back, make a "
                "credit note",
            ),
        )
    return rows, totals


def _header(draft: InvoiceDraft, kind: str) -> dict:
    term = draft.term or default_term()
    check_term(term, periodic=False)
    if draft.discount_rate is not None and not (0 <= Decimal(draft.discount_rate) < 100):
        raise refuse(
            "discount_rate",
            QT_TRANSLATE_NOOP("Invoicing", "the discount is a percentage between 0 and 100"),
        )
    if draft.late_penalty_rate is not None:
        check_agreed_rate(rate_table(), Decimal(draft.late_penalty_rate), dt.date.today())
    on_debits = draft.vat_on_debits
    if on_debits is None:
        on_debits = bool(settings.get("invoicing.vat_on_debits"))
    address = draft.delivery_address
    return {
        "company": draft.company_id,
        "contract": draft.contract_id,
        "kind": kind,
        "invoice_type": str(draft.invoice_type),
        "series": draft.series or series_for(draft.invoice_type, kind),
        "service_start": draft.service_start,
        "service_end": draft.service_end,
        "payment_term_method": str(term.method),
        "payment_term_days": term.days,
        "periodic": draft.periodic,
        "discount_rate": draft.discount_rate,
        "discount_days": draft.discount_days,
        "vat_regime": str(draft.vat_regime),
        "vat_on_debits": on_debits,
        "business_client": draft.business_client,
        "late_penalty_rate": draft.late_penalty_rate,
        "operation_nature": draft.operation_nature,
        "delivery_address": ""
        if address is None or address.is_blank()
        else json.dumps(dataclasses.asdict(address), ensure_ascii=False),
        "purchase_order": draft.purchase_order.strip(),
    }


def _totals_row(totals: Totals) -> dict:
    return {
        "total_excl_tax": totals.net,
        "total_tax": totals.tax,
        "total_incl_tax": totals.gross,
    }


def create_draft(
    draft: InvoiceDraft,
    lines: list[LineDraft],
    kind: str = InvoiceKind.INVOICE,
    credited_invoice_id: int | None = None,
) -> int:
    """Validate and store a draft with its lines; returns its id. Writes nothing on error."""
    sign = -1 if kind == InvoiceKind.CREDIT_NOTE else 1
    rows, totals = _line_rows(draft, lines, sign)
    header = _header(draft, kind)
    with write_transaction():
        Company.get_by_id(draft.company_id)
        invoice_id = Invoice.insert(
            **header,
            **_totals_row(totals),
            status=InvoiceStatus.DRAFT,
            credited_invoice=credited_invoice_id,
        ).execute()
        InvoiceLine.insert_many([dict(r, invoice=invoice_id) for r in rows]).execute()
        audit.record(
            "invoice",
            invoice_id,
            "created",
            kind=kind,
            type=header["invoice_type"],
            total=totals.gross,
        )
    return invoice_id


def _locked(invoice: Invoice, action: str) -> None:
    if invoice.issued_at is not None or invoice.status != InvoiceStatus.DRAFT:
        raise InvoiceLockedError(invoice.number or f"#{invoice.id}", action)


def update_draft(invoice_id: int, draft: InvoiceDraft, lines: list[LineDraft]) -> None:
    """Overwrite a draft and its lines; an issued invoice is refused (InvoiceLockedError)."""
    invoice = Invoice.get_by_id(invoice_id)
    _locked(invoice, CHANGED)
    sign = -1 if invoice.kind == InvoiceKind.CREDIT_NOTE else 1
    rows, totals = _line_rows(draft, lines, sign)
    header = _header(draft, invoice.kind)
    with write_transaction():
        _locked(Invoice.get_by_id(invoice_id), CHANGED)  # issued meanwhile by another window
        before = Invoice.get_by_id(invoice_id).total_incl_tax
        Invoice.update(**header, **_totals_row(totals)).where(Invoice.id == invoice_id).execute()
        InvoiceLine.delete().where(InvoiceLine.invoice == invoice_id).execute()
        InvoiceLine.insert_many([dict(r, invoice=invoice_id) for r in rows]).execute()
        audit.record(
            "invoice",
            invoice_id,
            "updated",
            total_before=before,
            total=totals.gross,
            lines=len(rows),
        )


def delete_draft(invoice_id: int) -> None:
    """Delete a draft; an issued invoice is refused (InvoiceLockedError).

    The activity reports it billed are validated again, ready for another invoice.
    """
    with write_transaction():
        invoice = Invoice.get_by_id(invoice_id)
        _locked(invoice, DELETED)
        ActivityReport.update(status="validated", invoice=None).where(
            ActivityReport.invoice == invoice_id
        ).execute()
        InvoiceLine.delete().where(InvoiceLine.invoice == invoice_id).execute()
        Invoice.delete().where(Invoice.id == invoice_id).execute()
        audit.record("invoice", invoice_id, "deleted", total=invoice.total_incl_tax)


def editable_draft(invoice_id: int) -> tuple[InvoiceDraft, list[LineDraft]]:
    """A stored invoice as the draft and lines the editor shows (quantities as billed:
    a credit note's positive, as what it credits)."""
    invoice = Invoice.get_by_id(invoice_id)
    sign = -1 if invoice.kind == InvoiceKind.CREDIT_NOTE else 1
    address = json.loads(invoice.delivery_address) if invoice.delivery_address else None
    draft = dataclasses.replace(
        _draft_of(invoice),
        series=invoice.series,
        periodic=invoice.periodic,
        discount_rate=invoice.discount_rate,
        discount_days=invoice.discount_days,
        delivery_address=Address(**address) if address else None,
    )
    lines = [
        LineDraft(
            ln.description,
            ln.quantity * sign,
            ln.unit_price,
            ln.vat_rate,
            ln.line_kind,
            ln.unit,
            ln.source_invoice_id,
        )
        for ln in lines_of(invoice_id)
    ]
    return draft, lines


def lines_of(invoice_id: int) -> list[InvoiceLine]:
    return list(
        InvoiceLine.select().where(InvoiceLine.invoice == invoice_id).order_by(InvoiceLine.position)
    )


# ---------------------------------------------------------------- parties


def party_of_company(company: Company) -> Party:
    """The client as the invoice names it (frozen into the invoice when issued)."""
    return Party(
        name=company.name,
        address=Address(
            company.address, "", company.postal_code, company.city, company.country or "FR"
        ),
        siren=company.siren or "",
        siret=company.siret or "",
        vat_number=company.vat_number or "",
        legal_form=company.legal_form or "",
        email=company.email or "",
    )


def _party_json(party: Party) -> str:
    return json.dumps(dataclasses.asdict(party), ensure_ascii=False)


def _party_from_json(text: str) -> Party:
    data = json.loads(text)
    data["address"] = Address(**data.get("address", {}))
    return Party(**data)


SELLER_MISSING = QT_TRANSLATE_NOOP(
    "Invoicing",
    "Your company's identity is incomplete for an invoice: {fields}. Fill it in "
    "Settings, My company.",
)


def check_seller(seller: Party, regime: VatRegime) -> None:
    """The seller mentions an invoice needs (L441-9, 242 nonies A 1° and 2°)."""
    missing = []
    if not seller.name.strip():
        missing.append("name")
    if seller.address.is_blank():
        missing.append("address")
    if len(seller.siren) != 9:
        missing.append("SIREN")
    if not seller.vat_franchise and not seller.vat_number:
        missing.append("VAT number")
    if seller.vat_franchise and regime is not VatRegime.FRANCHISE:
        missing.append("VAT regime (art. 293 B franchise)")
    if missing:
        raise invoicing_error(SELLER_MISSING, fields=", ".join(missing))


def check_buyer(buyer: Party, regime: VatRegime, business: bool) -> None:
    """The client's SIREN (décret 2022-1299) and, for reverse charge, its VAT number."""
    french = (buyer.address.country or "FR").upper() == "FR"
    if business and french and len(buyer.siren) != 9:
        raise refuse(
            "siren",
            QT_TRANSLATE_NOOP(
                "Invoicing",
                "the client's SIREN is required on an invoice to a French business (décret "
                "2022-1299); add it to {name}'s record",
            ),
            name=buyer.name,
        )
    if regime is VatRegime.REVERSE_CHARGE and not buyer.vat_number:
        raise refuse(
            "client_vat_number",
            QT_TRANSLATE_NOOP(
                "Invoicing",
                "reverse charge needs the client's EU VAT number (CGI ann. II art. 242 nonies A, "
                "4°)",
            ),
        )


# ---------------------------------------------------------------- issuing


NOT_CHRONOLOGICAL = QT_TRANSLATE_NOOP(
    "Invoicing",
    "the issue date {date} is before the last invoice of series {series} ({last}): numbers "
    "must follow the dates (CGI ann. II art. 242 nonies A, 7°)",
)


def issue(invoice_id: int, seller: Party | None = None, today: dt.date | None = None) -> str:
    """Give the draft its number, dates and frozen identities, and lock it; returns the number.

    ``seller`` None: My company (desktop.services.seller; refused while incomplete).
    One IMMEDIATE transaction: two processes issuing at once wait for each other and
    get consecutive numbers; a failure gives nothing and burns no number.
    """
    today = today or dt.date.today()
    if seller is None:
        from desktop.services.seller import complete_seller

        seller = complete_seller()
    with write_transaction():
        invoice = Invoice.get_by_id(invoice_id)
        if invoice.issued_at is not None:
            raise invoicing_error(
                QT_TRANSLATE_NOOP("Invoicing", "Invoice {number} is already issued."),
                number=invoice.number,
            )
        regime = VatRegime(invoice.vat_regime)
        buyer = party_of_company(invoice.company)
        check_seller(seller, regime)
        check_buyer(buyer, regime, invoice.business_client)
        term = PaymentTerm(TermMethod(invoice.payment_term_method), invoice.payment_term_days)
        check_term(term, today, invoice.periodic)
        rule = numbering_rule(invoice.series or series_for(invoice.invoice_type, invoice.kind))
        scope = rule.scope(today.year)
        last = last_issue_date(scope)
        if last is not None and today < last:
            raise refuse(
                "issue_date",
                NOT_CHRONOLOGICAL,
                date=today.isoformat(),
                series=rule.series,
                last=last.isoformat(),
            )
        sequence = next_sequence(scope)
        number = check_number(rule.format(today.year, sequence), field="pattern")
        Invoice.update(
            number=number,
            sequence=sequence,
            sequence_scope=scope,
            series=rule.series,
            issue_date=today,
            due_date=due_date(today, term),
            status=InvoiceStatus.ISSUED,
            issued_at=dt.datetime.now().replace(microsecond=0),
            seller_snapshot=_party_json(seller),
            buyer_snapshot=_party_json(buyer),
        ).where(Invoice.id == invoice_id).execute()
        if invoice.kind == InvoiceKind.CREDIT_NOTE and invoice.credited_invoice_id:
            credited = Invoice.get_by_id(invoice.credited_invoice_id)
            left = credited.total_incl_tax - credited.amount_credited
            if -invoice.total_incl_tax > left:  # the draft was edited, or another credit came
                raise refuse(
                    "lines",
                    OVER_CREDIT,
                    amount=f"{-invoice.total_incl_tax}",
                    number=credited.number,
                    left=f"{left}",
                )
            _apply_credit(invoice.credited_invoice_id, -invoice.total_incl_tax, number)
        if invoice.invoice_type == InvoiceType.DEPOSIT and invoice.contract_id:
            _deposit_invoiced(invoice.contract_id, number)
        audit.record(
            "invoice", invoice_id, "issued", number=number, date=today, total=invoice.total_incl_tax
        )
    return number


def _deposit_invoiced(contract_id: int, number: str) -> None:
    """The deposit of the contract's accepted quote is invoiced: clear the flags that
    asked for it (desktop.services.deposits); call inside the issuing transaction."""
    cleared = (
        Contract.update(deposit_invoice_due=False)
        .where((Contract.id == contract_id) & (Contract.deposit_invoice_due == True))  # noqa: E712
        .execute()
    )
    cleared += (
        Quote.update(deposit_invoice_due=False)
        .where((Quote.contract == contract_id) & (Quote.deposit_invoice_due == True))  # noqa: E712
        .execute()
    )
    if cleared:
        audit.record("contract", contract_id, "deposit_invoiced", invoice=number)


def refresh_status(invoice_id: int) -> InvoiceStatus:
    """Store the status its facts give (payments, credit notes, sent); call in a transaction."""
    invoice = Invoice.get_by_id(invoice_id)
    status = derive_status(
        invoice.issued_at is not None or invoice.status != InvoiceStatus.DRAFT,
        invoice.sent_on is not None,
        invoice.total_incl_tax,
        invoice.amount_paid,
        invoice.amount_credited,
    )
    if status != invoice.status:
        Invoice.update(status=status).where(Invoice.id == invoice_id).execute()
    return status


def _apply_credit(invoice_id: int, amount: Decimal, credit_number: str) -> None:
    invoice = Invoice.get_by_id(invoice_id)
    credited = invoice.amount_credited + amount
    Invoice.update(amount_credited=credited).where(Invoice.id == invoice_id).execute()
    status = refresh_status(invoice_id)
    audit.record(
        "invoice", invoice_id, "credited", credit_note=credit_number, amount=amount, status=status
    )


def mark_sent(invoice_id: int, on: dt.date | None = None) -> None:
    """Record that the issued invoice went to the client (status sent, unless paid)."""
    on = on or dt.date.today()
    with write_transaction():
        invoice = Invoice.get_by_id(invoice_id)
        if invoice.issued_at is None:
            raise invoicing_error(
                QT_TRANSLATE_NOOP(
                    "Invoicing", "Issue the invoice before sending it: a draft has no number yet."
                )
            )
        Invoice.update(sent_on=on).where(Invoice.id == invoice_id).execute()
        refresh_status(invoice_id)
        audit.record("invoice", invoice_id, "sent", on=on)


# ---------------------------------------------------------------- credit notes


OVER_CREDIT = QT_TRANSLATE_NOOP(
    "Invoicing",
    "this credit note ({amount}) is more than what is left to credit on {number} ({left})",
)


def _draft_of(invoice: Invoice) -> InvoiceDraft:
    return InvoiceDraft(
        company_id=invoice.company_id,
        invoice_type=InvoiceType(invoice.invoice_type),
        contract_id=invoice.contract_id,
        service_start=invoice.service_start,
        service_end=invoice.service_end,
        term=PaymentTerm(TermMethod(invoice.payment_term_method), invoice.payment_term_days),
        vat_regime=VatRegime(invoice.vat_regime),
        vat_on_debits=invoice.vat_on_debits,
        business_client=invoice.business_client,
        late_penalty_rate=invoice.late_penalty_rate,
        operation_nature=invoice.operation_nature,
        purchase_order=invoice.purchase_order,
    )


def credit_note_draft(invoice_id: int, lines: list[LineDraft] | None = None) -> int:
    """A credit note draft referring to an issued invoice; returns its id.

    ``lines`` None credits the whole invoice (every line with its quantity); otherwise
    the given lines, quantities as positive numbers (what is credited). The credit note
    may not credit more than is left to credit on the invoice.
    """
    invoice = Invoice.get_by_id(invoice_id)
    if invoice.issued_at is None or invoice.kind != InvoiceKind.INVOICE:
        raise invoicing_error(
            QT_TRANSLATE_NOOP("Invoicing", "Only an issued invoice can be credited.")
        )
    if lines is None:
        lines = [
            LineDraft(
                ln.description,
                ln.quantity,
                ln.unit_price,
                ln.vat_rate,
                ln.line_kind,
                ln.unit,
                ln.source_invoice_id,
            )
            for ln in lines_of(invoice_id)
        ]
    draft = _draft_of(invoice)
    _, totals = _line_rows(draft, lines, -1)
    left = invoice.total_incl_tax - invoice.amount_credited
    if -totals.gross > left:
        raise refuse(
            "lines", OVER_CREDIT, amount=f"{-totals.gross}", number=invoice.number, left=f"{left}"
        )
    return create_draft(draft, lines, kind=InvoiceKind.CREDIT_NOTE, credited_invoice_id=invoice_id)


def credit(
    invoice_id: int,
    seller: Party | None = None,
    lines: list[LineDraft] | None = None,
    today: dt.date | None = None,
) -> str:
    """Make and issue a credit note for an issued invoice (whole or partial); its number."""
    return issue(credit_note_draft(invoice_id, lines), seller, today)


# ---------------------------------------------------------------- deposits and penalties


def deposit_deductions(deposit_ids: list[int]) -> list[LineDraft]:
    """Lines deducting issued deposit invoices from a final invoice (one per VAT rate)."""
    result = []
    for deposit in Invoice.select().where(Invoice.id.in_(deposit_ids)).order_by(Invoice.id):
        if deposit.invoice_type != InvoiceType.DEPOSIT or deposit.issued_at is None:
            raise invoicing_error(
                QT_TRANSLATE_NOOP("Invoicing", "Only issued deposit invoices can be deducted.")
            )
        for line in lines_of(deposit.id):
            result.append(
                LineDraft(
                    f"Acompte {deposit.number} du {deposit.issue_date:%d/%m/%Y}",
                    -line.quantity,
                    line.unit_price,
                    line.vat_rate,
                    "deposit_deduction",
                    line.unit,
                    deposit.id,
                )
            )
    return result


def final_invoice_draft(draft: InvoiceDraft, lines: list[LineDraft], deposit_ids: list[int]) -> int:
    """The final invoice: the whole work, minus the deposits already invoiced."""
    draft = dataclasses.replace(draft, invoice_type=InvoiceType.FINAL)
    return create_draft(draft, [*lines, *deposit_deductions(deposit_ids)])


def payments_of(invoice_id: int) -> list[tuple[dt.date, Decimal]]:
    return [(p.paid_on, p.amount) for p in Payment.select().where(Payment.invoice == invoice_id)]


def interest_owed(invoice_id: int, until: dt.date, table: RateTable | None = None) -> Decimal:
    """Late-payment interest accrued on the invoice's unpaid balance up to ``until``
    (``table``: the rate table, read once by a caller that computes many)."""
    invoice = Invoice.get_by_id(invoice_id)
    if invoice.due_date is None or until <= invoice.due_date:
        return ZERO
    owed = invoice.total_incl_tax - invoice.amount_credited
    return late_interest(
        owed,
        invoice.due_date,
        until,
        payments_of(invoice_id),
        table or rate_table(),
        invoice.late_penalty_rate,
    )


def penalty_invoice_draft(
    invoice_id: int, until: dt.date | None = None, indemnity: bool = True
) -> int:
    """A separate invoice billing the interest and the 40 EUR indemnity of a late invoice.

    Never by editing the late invoice (it is locked): the lines refer to it, and the
    Factur-X XML cites it (BT-25). Outside the scope of VAT (category O).
    """
    until = until or dt.date.today()
    invoice = Invoice.get_by_id(invoice_id)
    if invoice.issued_at is None or invoice.due_date is None or until <= invoice.due_date:
        raise invoicing_error(
            QT_TRANSLATE_NOOP(
                "Invoicing", "This invoice is not late: there is nothing to bill for it."
            )
        )
    interest = interest_owed(invoice_id, until)
    lines = []
    if interest > 0:
        lines.append(
            LineDraft(
                f"Intérêts de retard sur la facture {invoice.number} (échéance "
                f"{invoice.due_date:%d/%m/%Y}, arrêtés au {until:%d/%m/%Y})",
                Decimal(1),
                interest,
                Decimal(0),
                "interest",
                "C62",
                invoice_id,
            )
        )
    if indemnity and invoice.business_client:
        lines.append(
            LineDraft(
                f"Indemnité forfaitaire pour frais de recouvrement, facture {invoice.number} "
                "(Code de commerce, art. D441-5)",
                Decimal(1),
                RECOVERY_INDEMNITY,
                Decimal(0),
                "indemnity",
                "C62",
                invoice_id,
            )
        )
    draft = dataclasses.replace(
        _draft_of(invoice),
        invoice_type=InvoiceType.PENALTY,
        term=PaymentTerm(TermMethod.ON_RECEIPT),
        service_start=None,
        service_end=None,
        purchase_order="",
    )
    return create_draft(draft, lines)


# ---------------------------------------------------------------- documents


def document_language(company_id: int, contract_id: int | None = None) -> str:
    """The language the client's invoicing documents print in: the contract's (set on the
    quote, carried to the contract, as quotes and contracts print), else the client's
    latest contract's, else French (the default; docs/INVOICING-LAW.md, "Language")."""
    if contract_id:
        contract = Contract.get_or_none(Contract.id == contract_id)
        if contract is not None:
            return contract.language or "fr"
    latest = (
        Contract.select(Contract.language)
        .where(Contract.company == company_id)
        .order_by(Contract.id.desc())
        .first()
    )
    return latest.language if latest is not None and latest.language else "fr"


def invoice_document(invoice_id: int) -> InvoiceDocument:
    """The issued invoice as its document (for the PDF and the Factur-X XML)."""
    invoice = Invoice.get_by_id(invoice_id)
    if invoice.issued_at is None:
        raise invoicing_error(
            QT_TRANSLATE_NOOP("Invoicing", "A draft has no document yet: issue it first.")
        )
    if not invoice.seller_snapshot or not invoice.buyer_snapshot:
        # demo or imported books: the identities were never frozen at issue, and printing
        # today's would misstate what was invoiced (CGI art. 242 nonies A)
        raise invoicing_error(
            QT_TRANSLATE_NOOP(
                "Invoicing",
                "{number} has no document: it was recorded without the identities frozen "
                "when it was issued (demo or imported data). Invoices issued in the app "
                "have theirs.",
            ),
            number=invoice.number or f"#{invoice.id}",
        )
    sign = -1 if invoice.kind == InvoiceKind.CREDIT_NOTE else 1
    stored = lines_of(invoice_id)  # read once: the lines and the invoices they refer to
    lines = tuple(
        DocumentLine(
            ln.position,
            ln.description,
            ln.quantity * sign,
            ln.unit,
            ln.unit_price,
            ln.total_excl_tax * sign,
            VatCategory(ln.vat_category),
            ln.vat_rate,
        )
        for ln in stored
    )
    totals = compute_totals(TaxableLine(ln.net, ln.category, ln.rate) for ln in lines)
    references = {}
    if invoice.credited_invoice_id:
        references[invoice.credited_invoice_id] = None
    for ln in stored:
        if ln.source_invoice_id:
            references[ln.source_invoice_id] = None
    preceding = tuple(
        DocumentReference(r.number, r.issue_date)
        for r in (
            Invoice.select().where(Invoice.id.in_(list(references))).order_by(Invoice.id)
            if references
            else ()
        )
    )
    bound = (
        Contract.get_or_none(Contract.id == invoice.contract_id) if invoice.contract_id else None
    )
    contract = bound.reference if bound is not None else ""
    language = (
        (bound.language or "fr") if bound is not None else document_language(invoice.company_id)
    )
    address = invoice.delivery_address
    return InvoiceDocument(
        number=invoice.number,
        kind=InvoiceKind(invoice.kind),
        type=InvoiceType(invoice.invoice_type),
        issue_date=invoice.issue_date,
        due_date=invoice.due_date,
        seller=_party_from_json(invoice.seller_snapshot),
        buyer=_party_from_json(invoice.buyer_snapshot),
        lines=lines,
        totals=totals,
        payment_term=PaymentTerm(
            TermMethod(invoice.payment_term_method), invoice.payment_term_days
        ),
        vat_regime=VatRegime(invoice.vat_regime),
        service_start=invoice.service_start,
        service_end=invoice.service_end,
        currency=invoice.currency,
        business_client=invoice.business_client,
        penalty_rate=invoice.late_penalty_rate,
        discount_rate=invoice.discount_rate,
        discount_days=invoice.discount_days,
        vat_on_debits=invoice.vat_on_debits,
        operation_nature=invoice.operation_nature,
        delivery_address=Address(**json.loads(address)) if address else None,
        purchase_order=invoice.purchase_order,
        contract_reference=contract,
        preceding=preceding,
        language=language,
    )


def facturx_xml(invoice_id: int) -> bytes:
    """The Factur-X XML of an issued invoice, checked against the XSD."""
    from desktop.documents.facturx_xml import build_facturx_xml

    return build_facturx_xml(invoice_document(invoice_id))


def amount_due(invoice: Invoice) -> Decimal:
    return balance(invoice.total_incl_tax, invoice.amount_paid, invoice.amount_credited)
