"""Issuing, numbering, locking, credit notes, deposits, penalties, payments, audit."""

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.payment_terms import PaymentTerm, TermMethod
from desktop.domain.vat import VatRegime
from desktop.domain.vocabulary import InvoiceStatus, InvoiceType
from desktop.services import audit, invoices, settings
from desktop.services.invoices import (
    InvoiceDraft,
    InvoiceLockedError,
    LineDraft,
    create_draft,
    credit,
    credit_note_draft,
    delete_draft,
    final_invoice_draft,
    invoice_document,
    issue,
    mark_sent,
    penalty_invoice_draft,
    update_draft,
)
from desktop.services.payments import record_payment
from desktop.store.models import Company, Invoice
from tests.services import invoicing_book
from tests.services.invoicing_book import SELLER, simple_draft

client = invoicing_book.client  # the fixture
contract = invoicing_book.contract  # the fixture

D = dt.date


def test_a_draft_has_no_number_and_issuing_gives_the_next_one_with_its_dates(client):
    first = simple_draft(client)
    assert Invoice.get_by_id(first).number is None
    assert issue(first, SELLER, D(2026, 11, 2)) == "FA-2026-00001"
    second = simple_draft(client, term=PaymentTerm(TermMethod.DAYS_END_OF_MONTH, 30))
    assert issue(second, SELLER, D(2026, 11, 3)) == "FA-2026-00002"
    invoice = Invoice.get_by_id(second)
    assert invoice.status == InvoiceStatus.ISSUED and invoice.issued_at is not None
    assert invoice.due_date == D(2026, 12, 31)
    assert invoice.total_incl_tax == Decimal("15600.00")
    # a new year starts a new sequence
    assert issue(simple_draft(client), SELLER, D(2027, 1, 4)) == "FA-2027-00001"


def test_numbers_follow_the_dates_of_their_series(client):
    issue(simple_draft(client), SELLER, D(2026, 11, 10))
    late = simple_draft(client)
    with pytest.raises(ValidationError) as caught:
        issue(late, SELLER, D(2026, 11, 9))
    assert caught.value.fields == ["issue_date"]
    assert Invoice.get_by_id(late).number is None  # nothing half written, no number burnt
    assert issue(late, SELLER, D(2026, 11, 10)) == "FA-2026-00002"


def test_an_issued_invoice_is_locked_and_the_message_proposes_a_credit_note(client):
    invoice_id = simple_draft(client)
    issue(invoice_id, SELLER, D(2026, 11, 2))
    with pytest.raises(InvoiceLockedError) as caught:
        update_draft(
            invoice_id, InvoiceDraft(company_id=client), [LineDraft("x", Decimal(1), Decimal(1))]
        )
    assert "credit note" in str(caught.value)
    with pytest.raises(InvoiceLockedError):
        delete_draft(invoice_id)
    assert Invoice.get_by_id(invoice_id).total_excl_tax == Decimal("13000.00")


def test_a_draft_can_change_and_be_deleted_and_the_audit_log_says_who_and_what(client):
    invoice_id = simple_draft(client)
    update_draft(
        invoice_id,
        InvoiceDraft(company_id=client),
        [LineDraft("Audit", Decimal("2"), Decimal("800"))],
    )
    assert Invoice.get_by_id(invoice_id).total_incl_tax == Decimal("1920.00")
    delete_draft(invoice_id)
    assert not Invoice.select().where(Invoice.id == invoice_id).exists()
    actions = [e.action for e in audit.history("invoice", invoice_id)]
    assert actions == ["created", "updated", "deleted"]
    assert audit.history("invoice", invoice_id)[0].actor


def test_bad_lines_are_refused_naming_the_field(client):
    draft = InvoiceDraft(company_id=client)
    for line, field in [
        (LineDraft("", Decimal(1), Decimal(100)), "description"),
        (LineDraft("x", Decimal(1), Decimal(0)), "unit_price"),
        (LineDraft("x", Decimal(0), Decimal(100)), "quantity"),
        (LineDraft("x", Decimal(1), Decimal(100), vat_rate=Decimal("19.6")), "vat_rate"),
        (LineDraft("x", Decimal(-1), Decimal(100)), "lines"),  # a negative invoice
    ]:
        with pytest.raises(ValidationError) as caught:
            create_draft(draft, [line])
        assert caught.value.fields == [field]
    with pytest.raises(ValidationError) as caught:
        create_draft(
            InvoiceDraft(company_id=client, term=PaymentTerm(TermMethod.DAYS, 75)),
            [LineDraft("x", Decimal(1), Decimal(100))],
        )
    assert caught.value.fields == ["payment_term_days"]
    assert Invoice.select().count() == 0


def test_the_client_siren_is_required_to_issue_to_a_french_business(client):
    Company.update(siren=None).where(Company.id == client).execute()
    invoice_id = simple_draft(client)
    with pytest.raises(ValidationError) as caught:
        issue(invoice_id, SELLER, D(2026, 11, 2))
    assert caught.value.fields == ["siren"]


def test_an_incomplete_seller_is_refused_with_the_list_of_what_to_fill(client):
    from desktop.domain.invoice_document import Party

    with pytest.raises(DomainError) as caught:
        issue(simple_draft(client), Party("Moi"), D(2026, 11, 2))
    assert "address" in str(caught.value) and "SIREN" in str(caught.value)


def test_a_whole_credit_note_cancels_the_invoice(client):
    invoice_id = simple_draft(client)
    issue(invoice_id, SELLER, D(2026, 11, 2))
    number = credit(invoice_id, SELLER, today=D(2026, 11, 5))
    assert number == "FA-2026-00002"  # same sequence as the invoices
    note = Invoice.get(Invoice.number == number)
    original = Invoice.get_by_id(invoice_id)
    assert note.total_incl_tax == -original.total_incl_tax
    assert original.status == InvoiceStatus.CANCELLED
    assert original.amount_credited == original.total_incl_tax
    doc = invoice_document(note.id)
    assert doc.type_code == "381" and doc.totals.gross == Decimal("15600.00")
    assert [r.number for r in doc.preceding] == ["FA-2026-00001"]


def test_a_partial_credit_note_lowers_what_is_owed_and_cannot_exceed_it(client):
    invoice_id = simple_draft(client)
    issue(invoice_id, SELLER, D(2026, 11, 2))
    credit(
        invoice_id,
        SELLER,
        [LineDraft("2 jours facturés en trop", Decimal(2), Decimal(650), unit="DAY")],
        D(2026, 11, 5),
    )
    original = Invoice.get_by_id(invoice_id)
    assert original.amount_credited == Decimal("1560.00")
    assert invoices.amount_due(original) == Decimal("14040.00")
    assert original.status == InvoiceStatus.ISSUED
    with pytest.raises(ValidationError):
        credit_note_draft(invoice_id, [LineDraft("trop", Decimal(30), Decimal(650))])


def test_payments_move_the_status_and_overpaying_is_refused(client):
    invoice_id = simple_draft(client, days="1", rate="1000")
    issue(invoice_id, SELLER, D(2026, 11, 2))
    mark_sent(invoice_id, D(2026, 11, 2))
    assert Invoice.get_by_id(invoice_id).status == InvoiceStatus.SENT
    record_payment(invoice_id, Decimal("500"), D(2026, 11, 20), today=D(2026, 11, 22))
    assert Invoice.get_by_id(invoice_id).status == InvoiceStatus.PARTIALLY_PAID
    with pytest.raises(ValidationError) as caught:
        record_payment(invoice_id, Decimal("800"), D(2026, 11, 21), today=D(2026, 11, 22))
    assert caught.value.fields == ["amount"]
    record_payment(invoice_id, Decimal("700"), D(2026, 11, 21), today=D(2026, 11, 22))
    assert Invoice.get_by_id(invoice_id).status == InvoiceStatus.PAID


def test_a_final_invoice_deducts_the_deposits(client, contract):
    deposit = create_draft(
        InvoiceDraft(company_id=client, contract_id=contract, invoice_type=InvoiceType.DEPOSIT),
        [LineDraft("Acompte de 30 %", Decimal(1), Decimal(4500), line_kind="deposit")],
    )
    issue(deposit, SELLER, D(2026, 9, 1))
    final = final_invoice_draft(
        InvoiceDraft(company_id=client, contract_id=contract),
        [LineDraft("Projet Refonte", Decimal(1), Decimal(15000))],
        [deposit],
    )
    invoice = Invoice.get_by_id(final)
    assert invoice.invoice_type == InvoiceType.FINAL
    assert invoice.total_excl_tax == Decimal("10500.00")
    assert invoice.total_incl_tax == Decimal("12600.00")
    issue(final, SELLER, D(2026, 11, 2))
    doc = invoice_document(final)
    assert doc.billing_mode == "S4" and [r.number for r in doc.preceding] == ["FA-2026-00001"]
    assert invoice_document(deposit).type_code == "386"


def test_penalties_go_on_a_separate_invoice_that_refers_to_the_late_one(client):
    invoice_id = simple_draft(client, days="10", rate="1000", term=PaymentTerm(TermMethod.DAYS, 30))
    issue(invoice_id, SELLER, D(2026, 1, 2))  # due 1 February 2026
    # 12,000 EUR unpaid 1 Feb -> 3 Mar 2026: 30 days at 2.15 + 10 = 12.15 % = 119.84
    assert invoices.interest_owed(invoice_id, D(2026, 3, 3)) == Decimal("119.84")
    penalty = penalty_invoice_draft(invoice_id, D(2026, 3, 3))
    invoice = Invoice.get_by_id(penalty)
    assert invoice.invoice_type == InvoiceType.PENALTY
    assert invoice.total_tax == 0 and invoice.total_incl_tax == Decimal("159.84")
    issue(penalty, SELLER, D(2026, 3, 3))
    doc = invoice_document(penalty)
    assert [r.number for r in doc.preceding] == ["FA-2026-00001"]
    assert {str(ln.category) for ln in doc.lines} == {"O"}
    assert Invoice.get_by_id(invoice_id).total_incl_tax == Decimal("12000.00")  # untouched


def test_the_factur_x_xml_of_an_issued_invoice_is_valid(client):
    invoice_id = simple_draft(client)
    issue(invoice_id, SELLER, D(2026, 11, 2))
    xml = invoices.facturx_xml(invoice_id)
    assert b"FA-2026-00001" in xml and b'schemeID="0002">443061841<' in xml


def test_the_numbering_setting_gives_other_series(client):
    settings.put(
        "invoicing.numbering",
        {
            "series": {"FA": "FA-{year}-{seq:05}", "AV": "AV{seq:06}"},
            "default": "FA",
            "by_type": {"credit_note": "AV"},
        },
    )
    invoice_id = simple_draft(client)
    issue(invoice_id, SELLER, D(2026, 11, 2))
    assert credit(invoice_id, SELLER, today=D(2026, 11, 3)) == "AV000001"


def test_reverse_charge_needs_the_client_vat_number(client):
    Company.update(country="DE", siren=None, vat_number=None).where(Company.id == client).execute()
    invoice_id = simple_draft(client, vat_regime=VatRegime.REVERSE_CHARGE)
    with pytest.raises(ValidationError) as caught:
        issue(invoice_id, SELLER, D(2026, 11, 2))
    assert caught.value.fields == ["client_vat_number"]
