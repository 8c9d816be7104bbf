"""Deposits ("acomptes"): the deposit invoice of an accepted quote.

A quote accepted with a deposit flags ``deposit_invoice_due`` on itself and on its
contract (desktop.services.quotes.accept). :func:`deposit_invoice_draft` makes the
deposit invoice draft from it: one line per VAT rate of the quote, the deposit share of
that rate's amount excl. VAT, type deposit (Factur-X 386; CGI art. 289 I-1 c: a deposit
is invoiced when received). Issuing it (services.invoices.issue) clears both flags in
the same transaction; the final invoice deducts it (``invoices.final_invoice_draft``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_errors import invoicing_error
from desktop.domain.vat import regime_for
from desktop.domain.vocabulary import InvoiceType, QuoteStatus
from desktop.services import company, quotes
from desktop.services.invoices import InvoiceDraft, LineDraft, create_draft
from desktop.store.models import Company, Invoice, Quote

CENT = Decimal("0.01")


@dataclass(frozen=True)
class DepositDue:
    quote_id: int
    reference: str
    title: str
    company: str
    percent: Decimal
    amount_incl_tax: Decimal  # as the quote printed it


def _waiting():
    """Accepted quotes whose deposit is flagged for invoicing."""
    return (Quote.deposit_invoice_due == True) & (Quote.status == QuoteStatus.ACCEPTED)  # noqa: E712


def deposits_due(limit: int | None = None) -> list[DepositDue]:
    """Accepted quotes whose deposit is still to invoice (oldest first; ``limit``: the
    first ones only, as To do shows them)."""
    rows = Quote.select(Quote, Company.name).join(Company).where(_waiting())
    rows = rows.order_by(Quote.answered_on, Quote.id)
    if limit is not None:
        rows = rows.limit(limit)
    return [
        DepositDue(
            q.id,
            q.reference or "",
            q.title,
            q.company.name,
            q.deposit_percent,
            quotes.quote_totals(q.id).deposit,
        )
        for q in rows
    ]


def count_deposits_due() -> int:
    """How many deposits wait for their invoice (To do's group title)."""
    return Quote.select().where(_waiting()).count()


def deposit_lines(quote_id: int) -> list[LineDraft]:
    """One line per VAT rate: the deposit share of the quote's amount excl. VAT."""
    q = Quote.get_by_id(quote_id)
    draft = quotes.draft_of(quote_id)
    by_rate: dict[Decimal, Decimal] = {}
    for line in draft.lines:
        by_rate[line.vat_rate] = by_rate.get(line.vat_rate, Decimal(0)) + line.total
    percent = Decimal(q.deposit_percent)
    label = f"Acompte de {f'{percent.normalize():f}'.replace('.', ',')} % sur le devis"
    label += f" {q.reference} – {q.title}" if q.reference else f" « {q.title} »"
    lines = []
    for rate, base in sorted(by_rate.items(), reverse=True):
        amount = (base * percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)
        if amount > 0:
            suffix = (
                f" (part à {f'{rate.normalize():f}'.replace('.', ',')} %)"
                if len(by_rate) > 1
                else ""
            )
            lines.append(LineDraft(label + suffix, Decimal(1), amount, rate, "deposit", "C62"))
    return lines


def deposit_invoice_draft(quote_id: int) -> int:
    """The deposit invoice draft of an accepted quote; its id (refused when none is due)."""
    q = Quote.get_by_id(quote_id)
    if q.status != QuoteStatus.ACCEPTED or not q.deposit_invoice_due or q.deposit_percent <= 0:
        raise invoicing_error(
            QT_TRANSLATE_NOOP(
                "Invoicing", "This quote has no deposit to invoice (accepted, with a deposit)."
            )
        )
    pending = Invoice.get_or_none(
        (Invoice.contract == q.contract_id)
        & (Invoice.invoice_type == InvoiceType.DEPOSIT)
        & Invoice.issued_at.is_null(True)
    ) if q.contract_id else None  # fmt: skip
    if pending is not None:
        return pending.id  # a draft was made already: the same one, not a second
    client = Company.get_by_id(q.company_id)
    regime = regime_for(company.identity().vat_exempt, client.country, client.vat_number)
    draft = InvoiceDraft(
        company_id=q.company_id,
        invoice_type=InvoiceType.DEPOSIT,
        contract_id=q.contract_id,
        vat_regime=regime,
    )
    return create_draft(draft, deposit_lines(quote_id))
