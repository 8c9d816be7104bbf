"""A month's activity report, validated, becomes its invoice in one call."""

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.activity_reports import ExtraKind, ExtraLine, WorkedDay
from desktop.domain.errors import DomainError
from desktop.services.activity_reports import (
    ReportContent,
    calendar_of,
    invoice_from_report,
    report_content,
    save_report,
    validate_report,
)
from desktop.services.invoices import lines_of
from desktop.store.models import ActivityReport, Invoice
from tests.services import invoicing_book

client = invoicing_book.client  # the fixture
contract = invoicing_book.contract  # the fixture

D = dt.date


def test_a_validated_report_makes_its_invoice_in_one_call(contract):
    working = [c.day for c in calendar_of(2026, 5) if c.working]
    days = [WorkedDay(d, Decimal("1")) for d in working[:-1]] + [
        WorkedDay(working[-1], Decimal("0.5"))
    ]
    report = save_report(
        contract,
        2026,
        5,
        ReportContent(
            days, [ExtraLine(ExtraKind.ON_CALL, "", Decimal("2"), Decimal("150"))], "RAS"
        ),
    )
    assert len(report_content(report).days) == 17
    with pytest.raises(DomainError):
        invoice_from_report(report)  # not validated yet
    validate_report(report, D(2026, 6, 1))
    invoice_id = invoice_from_report(report)
    invoice = Invoice.get_by_id(invoice_id)
    assert invoice.service_start == D(2026, 5, 1) and invoice.service_end == D(2026, 5, 31)
    lines = lines_of(invoice_id)
    assert [(ln.quantity, ln.unit_price) for ln in lines] == [
        (Decimal("16.500"), Decimal("650.00")),
        (Decimal("2.000"), Decimal("150.00")),
    ]
    assert invoice.total_excl_tax == Decimal("11025.00")
    assert ActivityReport.get_by_id(report).status == "invoiced"
    with pytest.raises(DomainError):
        save_report(contract, 2026, 5, ReportContent([], []))  # frozen once validated


def test_the_report_invoice_xml_carries_the_month_as_billing_period_and_delivery(contract):
    from lxml import etree

    from desktop.documents.facturx_xml import build_facturx_xml
    from desktop.services.invoices import invoice_document, issue
    from tests.documents.facturx_cases import SELLER

    working = [c.day for c in calendar_of(2026, 2) if c.working]
    report = save_report(
        contract, 2026, 2, ReportContent([WorkedDay(d, Decimal("1")) for d in working], [])
    )
    validate_report(report, D(2026, 3, 2))
    invoice_id = invoice_from_report(report)
    issue(invoice_id, SELLER, D(2026, 3, 2))
    root = etree.fromstring(build_facturx_xml(invoice_document(invoice_id)))
    ns = {
        "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
        "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
    }

    def day(path):
        return root.xpath(f"//{path}/udt:DateTimeString/text()", namespaces=ns)

    assert day("ram:BillingSpecifiedPeriod/ram:StartDateTime") == ["20260201"]
    assert day("ram:BillingSpecifiedPeriod/ram:EndDateTime") == ["20260228"]
    assert day("ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime") == ["20260228"]
