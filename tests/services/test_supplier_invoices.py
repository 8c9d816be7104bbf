"""Agency mode: a talent's invoices against the subcontracting contract, the real margin."""

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.errors import DomainError
from desktop.services.invoices import InvoiceDraft, LineDraft, create_draft, issue
from desktop.services.supplier_invoices import (
    SupplierInvoiceDraft,
    mission_margin,
    pay_supplier_invoice,
    record_supplier_invoice,
)
from desktop.store.models import Contract, SupplierInvoice
from tests.services import invoicing_book
from tests.services.invoicing_book import SELLER

client = invoicing_book.client  # the fixture
contract = invoicing_book.contract  # the fixture

D = dt.date


def test_the_mission_margin_is_sold_minus_bought(client, contract):
    sale = create_draft(
        InvoiceDraft(company_id=client, contract_id=contract),
        [LineDraft("Octobre", Decimal(20), Decimal(650))],
    )
    issue(sale, SELLER, D(2026, 11, 2))
    bought = record_supplier_invoice(
        SupplierInvoiceDraft(
            contract, "Léa Martin EI", "2026-014", D(2026, 11, 1), Decimal("10000")
        )
    )
    mission = Contract.get_by_id(contract).mission_id
    margin = mission_margin(mission)
    assert (margin.invoiced, margin.bought, margin.margin) == (
        Decimal("13000.00"),
        Decimal("10000.00"),
        Decimal("3000.00"),
    )
    assert margin.percent == Decimal("23.08")
    pay_supplier_invoice(bought, Decimal("10000"), D(2026, 11, 30))
    assert SupplierInvoice.get_by_id(bought).paid_on == D(2026, 11, 30)
    with pytest.raises(DomainError):  # the same supplier number twice
        record_supplier_invoice(
            SupplierInvoiceDraft(
                contract, "Léa Martin EI", "2026-014", D(2026, 11, 1), Decimal("1")
            )
        )
