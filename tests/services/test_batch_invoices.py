"""A month's invoices issued and built in one go: order, refusals, Cancel, real PDFs."""

import datetime as dt
from decimal import Decimal

from pypdf import PdfReader

from desktop.domain.activity_reports import WorkedDay
from desktop.services import activity_reports, company
from desktop.services.batch_invoices import (
    BatchOutcome,
    build_issued,
    drafts_from_reports,
    drafts_of_month,
    issue_and_build,
)
from desktop.store.models import Company, Invoice
from tests.services import invoicing_book
from tests.services.invoicing_book import simple_draft

client = invoicing_book.client  # the fixtures
contract = invoicing_book.contract

D = dt.date


def test_a_month_is_issued_in_order_and_built_on_two_processes(client, tmp_path):
    company.fill_demo_identity()
    no_siren = Company.insert(name="Sans SIREN", sort_name="sans", city="Lyon").execute()
    drafts = [simple_draft(client, days=str(d)) for d in (1, 2)]
    drafts.append(simple_draft(no_siren))
    drafts += [simple_draft(client, days=str(d)) for d in (3, 4)]
    assert drafts_of_month(D(2026, 10, 15)) == drafts
    outcome = BatchOutcome()
    steps = list(
        issue_and_build(drafts, tmp_path / "nov", outcome, today=D(2026, 11, 2), workers=2)
    )
    assert [s.done for s in steps] == list(range(0, 10)) and steps[-1].total == 10
    assert list(outcome.issued.values()) == [f"FA-2026-0000{i}" for i in range(1, 5)]
    [(refused_id, reason)] = outcome.refused
    assert refused_id == drafts[2] and "SIREN" in reason.template
    assert Invoice.get_by_id(drafts[2]).number is None
    assert sorted(p.name for p in (tmp_path / "nov").iterdir()) == [
        f"facture-FA-2026-0000{i}.pdf" for i in range(1, 5)
    ]
    for invoice_id, path in outcome.built.items():
        number = outcome.issued[invoice_id]
        xml = PdfReader(path).attachments["factur-x.xml"][0]
        assert f"<ram:ID>{number}</ram:ID>".encode() in xml
    assert not outcome.cancelled


def test_cancel_keeps_what_was_issued_and_builds_nothing_more(client, tmp_path):
    company.fill_demo_identity()
    drafts = [simple_draft(client) for _ in range(4)]
    outcome = BatchOutcome()
    issued = []

    def cancelled() -> bool:
        return len(outcome.issued) >= 2

    for _step in issue_and_build(
        drafts, tmp_path / "out", outcome, today=D(2026, 11, 2), cancelled=cancelled
    ):
        issued.append(len(outcome.issued))
    assert outcome.cancelled and list(outcome.issued.values()) == ["FA-2026-00001", "FA-2026-00002"]
    assert [Invoice.get_by_id(i).number for i in drafts[2:]] == [None, None]
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    # the PDFs of what was issued can be built afterwards
    again = BatchOutcome()
    list(build_issued(list(outcome.issued), tmp_path / "out", again, workers=1))
    assert len(again.built) == 2 and not again.cancelled


def test_validated_reports_of_the_month_become_drafts(client, contract):
    company.fill_demo_identity()
    report = activity_reports.save_report(
        contract, 2026, 11,
        activity_reports.ReportContent([WorkedDay(D(2026, 11, 2), Decimal(1))], []),
    )  # fmt: skip
    assert drafts_from_reports(D(2026, 11, 1)) == []  # a draft report is not invoiced
    activity_reports.validate_report(report, D(2026, 11, 30))
    [draft] = drafts_from_reports(D(2026, 11, 1))
    invoice = Invoice.get_by_id(draft)
    assert invoice.total_excl_tax == Decimal("650.00") and invoice.contract_id == contract
    assert drafts_of_month(D(2026, 11, 1)) == [draft]
