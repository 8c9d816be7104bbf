"""My company as the seller of the invoices: mapped, frozen at issue, refused when incomplete."""

import dataclasses
import datetime as dt
import json

import pytest

from desktop.domain.vat import VatRegime
from desktop.services import company, invoices
from desktop.services.company import CompanyIncompleteError
from desktop.services.seller import seller
from desktop.store.models import Invoice
from tests.services import invoicing_book
from tests.services.invoicing_book import simple_draft

client = invoicing_book.client  # the fixture

D = dt.date


def test_my_company_maps_onto_the_invoice_seller(db):
    company.fill_demo_identity()
    party = seller()
    assert party.name == "Atelier Numérique Martin"
    assert (party.siren, party.siret) == ("552120222", "55212022200013")
    assert party.vat_number == "FR27552120222" and not party.vat_franchise
    assert party.registration == "RCS Lyon"
    assert party.share_capital.replace("\u202f", " ").replace("\u00a0", " ") == "5 000,00 €"
    assert (party.address.line1, party.address.postal_code, party.address.city) == (
        "12 rue des Lilas",
        "69001",
        "Lyon",
    )
    assert party.iban == "FR7630006000011234567890189" and party.bic == "AGRIFRPP"


def test_a_micro_entrepreneur_under_293_b_is_a_franchise_seller(db, client):
    micro = dataclasses.replace(
        company.demo_identity(),
        trade_name="Camille Martin",
        legal_form="Micro-entrepreneur",
        share_capital=None,
        vat_number="",
        vat_exempt=True,
    )
    company.save_identity(micro)
    party = seller()
    assert party.vat_franchise and party.name == "Camille Martin EI"
    assert party.registration == "" and party.share_capital == ""
    # an invoice with VAT from a franchise seller is refused, the franchise one goes out
    with pytest.raises(Exception, match="293 B"):
        invoices.issue(simple_draft(client), today=D(2026, 11, 2))
    number = invoices.issue(
        simple_draft(client, vat_regime=VatRegime.FRANCHISE), today=D(2026, 11, 2)
    )
    assert number == "FA-2026-00001"


def test_issuing_without_a_seller_freezes_my_company(db, client):
    company.fill_demo_identity()
    invoice_id = simple_draft(client)
    invoices.issue(invoice_id, today=D(2026, 11, 2))
    frozen = json.loads(Invoice.get_by_id(invoice_id).seller_snapshot)
    assert frozen["name"] == "Atelier Numérique Martin" and frozen["siren"] == "552120222"
    # a later change of My company does not change the issued invoice
    company.save_identity(dataclasses.replace(company.identity(), trade_name="Autre nom"))
    assert invoices.invoice_document(invoice_id).seller.name == "Atelier Numérique Martin"
    credit_number = invoices.credit(invoice_id, today=D(2026, 11, 3))
    assert credit_number == "FA-2026-00002"


def test_an_incomplete_company_issues_nothing(db, client):
    invoice_id = simple_draft(client)
    with pytest.raises(CompanyIncompleteError) as caught:
        invoices.issue(invoice_id, today=D(2026, 11, 2))
    assert "siren" in caught.value.missing
    assert Invoice.get_by_id(invoice_id).number is None
