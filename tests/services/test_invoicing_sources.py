"""What the invoicing screens read and write through the services: the seller from My
company, an invoice's sources (reports, milestones, deposits), a month's batch, a
client's open invoices, a talent's Factur-X invoice read back."""

import datetime as dt
import json
import zipfile
from decimal import Decimal

import pytest

from desktop.domain.activity_reports import WorkedDay
from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.invoice_document import Address
from desktop.domain.vat import VatRegime
from desktop.domain.vocabulary import InvoiceType
from desktop.services import invoice_batch, invoice_sources
from desktop.services.accounting_export import export_period
from desktop.services.activity_reports import (
    ReportContent,
    calendar_of,
    report_for,
    reports_of,
    save_report,
    validate_report,
)
from desktop.services.invoices import (
    InvoiceDraft,
    LineDraft,
    create_draft,
    credit_note_draft,
    delete_draft,
    editable_draft,
    issue,
    update_draft,
)
from desktop.services.receivables import ageing, open_invoices
from desktop.services.seller import seller
from desktop.services.supplier_invoices import parse_cii, read_facturx_pdf
from desktop.store.models import ActivityReport, Invoice, InvoiceLine, MissionPhase, Setting
from tests.documents.facturx_cases import cases, facturx_pdf
from tests.services import invoicing_book
from tests.services.invoicing_book import SELLER, simple_draft

client = invoicing_book.client  # the fixture
contract = invoicing_book.contract  # the fixture

D = dt.date


def _validated_report(contract_id: int, year: int = 2026, month: int = 10) -> int:
    working = [c.day for c in calendar_of(year, month) if c.working]
    report = save_report(
        contract_id,
        year,
        month,
        ReportContent([WorkedDay(d, Decimal(1)) for d in working[:10]], []),
    )
    validate_report(report, D(year, month, 28))
    return report


def test_the_seller_is_my_company_as_stored_by_its_settings_page(db):
    assert seller().name == ""  # nothing filled yet: issuing will say what is missing
    identity = {
        "trade_name": "Camille Martin",
        "legal_form": "EI",
        "address": "12 rue des Lilas",
        "postal_code": "69001",
        "city": "Lyon",
        "siren": "552 120 222",
        "vat_number": "",
        "vat_exempt": True,
        "registry_city": "",
        "share_capital": None,
    }
    Setting.insert(key="company.identity", value=json.dumps(identity)).execute()
    me = seller()
    assert me.name == "Camille Martin EI"  # an individual entrepreneur's name says so
    assert me.siren == "552120222" and me.vat_franchise
    assert me.address == Address("12 rue des Lilas", "", "69001", "Lyon", "FR")
    assert me.share_capital == "" and me.registration == ""


def test_reports_to_bill_become_invoiced_with_the_draft_that_bills_them(client, contract):
    report = _validated_report(contract)
    choices = invoice_sources.reports_to_bill(client)
    assert [c.id for c in choices] == [report]
    lines = invoice_sources.report_lines(report)
    assert [(ln.quantity, ln.unit_price, ln.unit) for ln in lines] == [
        (Decimal(10), Decimal("650.00"), "DAY")
    ]
    draft = InvoiceDraft(company_id=client, contract_id=contract)
    invoice_id = invoice_sources.save_draft(draft, lines, report_ids=(report,))
    assert ActivityReport.get_by_id(report).invoice_id == invoice_id
    assert invoice_sources.reports_to_bill(client) == []
    [row] = reports_of(contract)
    assert (row.status, row.days, row.invoice_id) == ("invoiced", Decimal("10.0"), invoice_id)
    assert report_for(contract, 2026, 10) == report and report_for(contract, 2026, 9) is None
    # deleting the draft gives the report back, ready for another invoice
    delete_draft(invoice_id)
    assert ActivityReport.get_by_id(report).status == "validated"
    assert reports_of(contract)[0].invoice_id is None


def test_milestones_are_the_missions_phases_and_deposits_are_offered_once(client, contract):
    mission = invoicing_book.Contract.get_by_id(contract).mission_id
    MissionPhase.insert(
        mission=mission, position=1, name="Recette", due_on=D(2026, 12, 1)
    ).execute()
    assert [(m.name, m.due_on) for m in invoice_sources.milestones_of(contract)] == [
        ("Recette", D(2026, 12, 1))
    ]
    deposit = create_draft(
        InvoiceDraft(company_id=client, contract_id=contract, invoice_type=InvoiceType.DEPOSIT),
        [LineDraft("Acompte 30 %", Decimal(1), Decimal(3000), line_kind="deposit")],
    )
    assert invoice_sources.deposits_to_deduct(client) == []  # a draft is not a deposit yet
    issue(deposit, SELLER, D(2026, 10, 1))
    [choice] = invoice_sources.deposits_to_deduct(client, contract)
    assert (choice.number, choice.total_incl_tax) == ("FA-2026-00001", Decimal("3600.00"))
    final = invoice_sources.save_draft(
        InvoiceDraft(company_id=client, contract_id=contract, invoice_type=InvoiceType.FINAL),
        [
            LineDraft("Développement", Decimal(20), Decimal(650)),
            LineDraft(
                "Acompte FA-2026-00001",
                Decimal(-1),
                Decimal(3000),
                line_kind="deposit_deduction",
                source_invoice_id=deposit,
            ),
        ],
    )
    assert invoice_sources.deposits_to_deduct(client) == []
    assert Invoice.get_by_id(final).total_excl_tax == Decimal("10000.00")
    facts = invoice_sources.client_facts(client)
    assert facts.regime is VatRegime.STANDARD and facts.siren == "443061841"


def test_a_draft_reads_back_as_it_was_written_and_a_credit_note_positive(client):
    draft = InvoiceDraft(
        company_id=client,
        discount_rate=Decimal("2"),
        discount_days=10,
        delivery_address=Address("1 quai Ouest", "", "69002", "Lyon"),
        periodic=True,
    )
    lines = [LineDraft("Conseil", Decimal("2.5"), Decimal(800), unit="DAY")]
    invoice_id = create_draft(draft, lines)
    read, read_lines = editable_draft(invoice_id)
    assert read.discount_rate == Decimal("2.00") and read.discount_days == 10
    assert read.delivery_address == Address("1 quai Ouest", "", "69002", "Lyon")
    assert read.periodic and read_lines[0].quantity == Decimal("2.5")
    issue(invoice_id, SELLER, D(2026, 11, 2))
    note = credit_note_draft(invoice_id)
    _, note_lines = editable_draft(note)
    assert note_lines[0].quantity == Decimal("2.5")  # what it credits, as typed


def test_an_edited_credit_note_may_not_credit_more_than_is_left(client):
    invoice_id = simple_draft(client, days="1", rate="1000")
    issue(invoice_id, SELLER, D(2026, 11, 2))
    note = credit_note_draft(invoice_id)
    draft, _ = editable_draft(note)
    update_draft(note, draft, [LineDraft("Trop", Decimal(2), Decimal(1000))])
    with pytest.raises(ValidationError) as refused:
        issue(note, SELLER, D(2026, 11, 3))
    assert refused.value.fields == ["lines"]
    assert Invoice.get_by_id(invoice_id).amount_credited == 0


def test_a_month_is_issued_in_one_go_and_a_refusal_does_not_stop_the_others(client, contract):
    good = _validated_report(contract)
    other_contract = invoicing_book.Contract.insert(
        company=invoicing_book.Company.insert(name="Sans Siren", sort_name="sans siren").execute(),
        reference="CT-2026-00002",
        title="Audit",
        daily_rate=Decimal(700),
    ).execute()
    bad = _validated_report(other_contract)
    month = invoice_batch.reports_to_invoice(D(2026, 10, 15))
    assert [(m.id, m.days, m.amount) for m in month] == [
        (good, Decimal("10.0"), Decimal("6500.00")),
        (bad, Decimal("10.0"), Decimal("7000.00")),
    ]
    outcome = invoice_batch.BatchOutcome()
    steps = list(invoice_batch.issue_month([good, bad], SELLER, outcome, D(2026, 11, 2)))
    assert [(s.done, s.total) for s in steps] == [(0, 2), (1, 2), (2, 2)]
    assert outcome.issued == ["FA-2026-00001"]
    assert outcome.refused[0][0] == "CT-2026-00002 – Sans Siren"
    assert ActivityReport.get_by_id(bad).status == "validated"  # nothing written for it
    assert Invoice.select().count() == 1


def test_a_clients_open_invoices_add_up_to_its_ageing(client):
    for on in (D(2026, 6, 1), D(2026, 10, 1), D(2026, 11, 10)):
        issue(simple_draft(client, days="1", rate="1000"), SELLER, on)
    rows = open_invoices(client, D(2026, 11, 22))
    assert [r.days_late for r in rows] == [144, 22, -18]
    assert sum(r.balance for r in rows) == ageing(D(2026, 11, 22), client).total.total


def test_a_talents_factur_x_pdf_is_read_to_fill_the_form(tmp_path):
    doc = cases()["standard"]
    pdf = tmp_path / "facture.pdf"
    pdf.write_bytes(facturx_pdf(doc))
    facts = read_facturx_pdf(pdf)
    assert facts.number == doc.number and facts.issue_date == doc.issue_date
    assert facts.seller_name == doc.seller.name and facts.seller_siren == doc.seller.siren
    assert (facts.total_excl_tax, facts.total_tax, facts.total_incl_tax) == (
        doc.totals.net,
        doc.totals.tax,
        doc.totals.gross,
    )
    assert facts.due_date == doc.due_date
    plain = tmp_path / "scan.pdf"
    plain.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with pytest.raises(DomainError):
        read_facturx_pdf(plain)
    with pytest.raises(ValueError):
        parse_cii(b"<Invoice/>")


def test_documents_issued_before_v5_are_listed_instead_of_failing_the_export(client, tmp_path):
    issue(simple_draft(client), SELLER, D(2026, 11, 2))
    old = Invoice.insert(
        company=client, kind="invoice", number="2026-00042", status="issued",
        issue_date=D(2026, 11, 3), due_date=D(2026, 12, 3), total_excl_tax=Decimal(100),
        total_tax=Decimal(20), total_incl_tax=Decimal(120), issued_at=dt.datetime(2026, 11, 3, 9),
    ).execute()  # fmt: skip
    InvoiceLine.insert(
        invoice=old, description="Conseil", unit_price=Decimal(100), total_excl_tax=Decimal(100)
    ).execute()
    target = tmp_path / "periode.zip"
    for _ in export_period(D(2026, 11, 1), D(2026, 11, 30), target):
        pass
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert "factures/FA-2026-00001.pdf" in names
        assert "2026-00042" in archive.read("sans-factur-x.txt").decode()


def test_a_talents_invoice_lists_with_the_month_it_bills(client, contract):
    from desktop.services.supplier_invoices import (
        SupplierInvoiceDraft,
        record_supplier_invoice,
        subcontract_choices,
        supplier_invoice_rows,
    )

    report = _validated_report(contract)
    record_supplier_invoice(
        SupplierInvoiceDraft(
            contract, "Léa Martin EI", "2026-031", D(2026, 11, 3), Decimal(5000),
            activity_report_id=report,
        )
    )  # fmt: skip
    [row] = supplier_invoice_rows()
    assert (row.report_month, row.balance) == (D(2026, 10, 1), Decimal("5000.00"))
    assert row.contract == "CT-2026-00001 – Développement Python"
    [choice] = subcontract_choices()
    assert (choice.id, choice.talent) == (contract, "Léa Martin")
