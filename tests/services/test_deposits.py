"""The deposit invoice of an accepted quote: made from the flag, cleared when issued."""

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.quotes import QuoteDraft, QuoteLineDraft
from desktop.domain.vocabulary import InvoiceType
from desktop.services import company, deposits, invoices, quotes
from desktop.store.models import Contract, Invoice, Mission, Quote
from tests.services import invoicing_book

client = invoicing_book.client  # the fixtures
contract = invoicing_book.contract

TODAY = dt.date(2026, 11, 2)


@pytest.fixture
def accepted_quote(client, contract) -> int:
    company.fill_demo_identity()
    mission = Mission.get(Mission.company == client)
    quote_id = quotes.create_from_mission(mission.id, TODAY)
    lines = [
        QuoteLineDraft("days", "Développement", Decimal(20), Decimal(650), Decimal(20)),
        QuoteLineDraft("fixed", "Support de formation", Decimal(1), Decimal(1000), Decimal("5.5")),
    ]
    quotes.save_draft(
        quote_id, QuoteDraft("Refonte", TODAY + dt.timedelta(days=30), Decimal(30), lines=lines),
        TODAY,
    )  # fmt: skip
    quotes.send(quote_id, TODAY)
    quotes.accept(quote_id, TODAY)
    return quote_id


def test_an_accepted_quote_with_a_deposit_makes_its_deposit_invoice(accepted_quote):
    [due] = deposits.deposits_due()
    assert due.quote_id == accepted_quote and due.percent == Decimal(30)
    draft_id = deposits.deposit_invoice_draft(accepted_quote)
    assert deposits.deposit_invoice_draft(accepted_quote) == draft_id  # not a second draft
    draft = Invoice.get_by_id(draft_id)
    assert draft.invoice_type == InvoiceType.DEPOSIT
    lines = invoices.lines_of(draft_id)
    assert [(ln.vat_rate, ln.total_excl_tax, ln.line_kind) for ln in lines] == [
        (Decimal(20), Decimal("3900.00"), "deposit"),
        (Decimal("5.5"), Decimal("300.00"), "deposit"),
    ]
    assert lines[0].description.startswith("Acompte de 30 % sur le devis DE-2026-00001 – Refonte")
    # the deposit invoice comes to the deposit the quote printed, within a cent per rate
    assert abs(draft.total_incl_tax - due.amount_incl_tax) <= Decimal("0.02")
    quote = Quote.get_by_id(accepted_quote)
    assert quote.deposit_invoice_due and Contract.get_by_id(quote.contract_id).deposit_invoice_due

    number = invoices.issue(draft_id, today=TODAY)
    quote = Quote.get_by_id(accepted_quote)
    assert not quote.deposit_invoice_due
    assert not Contract.get_by_id(quote.contract_id).deposit_invoice_due
    assert deposits.deposits_due() == []
    doc = invoices.invoice_document(draft_id)
    assert doc.type_code == "386" and doc.number == number
    with pytest.raises(DomainError):
        deposits.deposit_invoice_draft(accepted_quote)  # invoiced: nothing due any more
    # the final invoice deducts it
    final = invoices.final_invoice_draft(
        invoices.InvoiceDraft(quote.company_id, contract_id=quote.contract_id),
        [invoices.LineDraft("Refonte – solde", Decimal(20), Decimal(650))],
        [draft_id],
    )
    assert Invoice.get_by_id(final).total_excl_tax == Decimal("13000.00") - Decimal("4200.00")


def test_a_quote_without_a_deposit_has_nothing_to_invoice(client, contract):
    company.fill_demo_identity()
    mission = Mission.get(Mission.company == client)
    quote_id = quotes.create_from_mission(mission.id, TODAY, deposit_percent=Decimal(0))
    quotes.send(quote_id, TODAY)
    quotes.accept(quote_id, TODAY)
    with pytest.raises(DomainError):
        deposits.deposit_invoice_draft(quote_id)
    assert Invoice.select().count() == 0


def test_to_do_lists_the_oldest_deposits_first_and_counts_them_all(client, contract):
    """At scale To do shows the oldest few; the group's title counts every one."""
    company.fill_demo_identity()
    mission = Mission.get(Mission.company == client)
    line = QuoteLineDraft("days", "Développement", Decimal(10), Decimal(600), Decimal(20))
    accepted = []
    for days in (3, 1, 2):  # accepted out of order
        quote_id = quotes.create_from_mission(mission.id, TODAY)
        draft = QuoteDraft("Refonte", TODAY + dt.timedelta(days=30), Decimal(30), lines=[line])
        quotes.save_draft(quote_id, draft, TODAY)
        quotes.send(quote_id, TODAY)
        quotes.accept(quote_id, TODAY + dt.timedelta(days=days))
        accepted.append((days, quote_id))
    oldest = [quote_id for _, quote_id in sorted(accepted)]
    assert [d.quote_id for d in deposits.deposits_due(limit=2)] == oldest[:2]
    assert deposits.count_deposits_due() == 3
    assert [d.quote_id for d in deposits.deposits_due()] == oldest
