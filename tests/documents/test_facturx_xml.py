"""The Factur-X XML: valid against the XSD when built, with what the French rules expect.

The full business rules (EN 16931 and BR-FR schematrons) run in .ci/run over the same
cases through ../shared/tools/validate-facturx.
"""

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from lxml import etree

from desktop.documents.facturx_xml import FacturXError, build_facturx_xml
from tests.documents.facturx_cases import cases, facturx_pdf

NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}


def xml_of(name):
    return etree.fromstring(build_facturx_xml(cases()[name]))


def texts(root, path):
    return [e.text for e in root.xpath(path, namespaces=NS)]


@pytest.mark.parametrize("name", sorted(cases()))
def test_every_case_passes_the_xsd_and_carries_the_three_legal_notes(name):
    root = xml_of(name)  # build_facturx_xml validates; reaching here means valid
    subjects = texts(root, "//rsm:ExchangedDocument/ram:IncludedNote/ram:SubjectCode")
    assert sorted(s for s in subjects if s != "TXD") == ["AAB", "PMD", "PMT"]
    assert ("TXD" in subjects) == cases()[name].vat_on_debits
    seller_ids = root.xpath(
        "//ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID", namespaces=NS
    )
    assert seller_ids[0].get("schemeID") == "0002" and len(seller_ids[0].text) == 9


def test_the_indemnity_note_says_40_euros_and_the_discount_note_its_terms():
    root = xml_of("standard")
    notes = dict(
        zip(
            texts(root, "//ram:IncludedNote/ram:SubjectCode"),
            texts(root, "//ram:IncludedNote/ram:Content"),
            strict=True,
        )
    )
    assert "40 €" in notes["PMT"]
    assert "BCE majoré de 10 points" in notes["PMD"]
    assert notes["AAB"] == "Escompte de 1,5 % pour paiement sous 10 jours"


def test_type_codes_and_billing_modes():
    expected = {
        "standard": ("380", "S1"),
        "credit_note": ("381", "S1"),
        "deposit": ("386", "S1"),
        "final": ("380", "S4"),
        "penalty": ("380", "S1"),
    }
    for name, (code, mode) in expected.items():
        root = xml_of(name)
        assert texts(root, "//rsm:ExchangedDocument/ram:TypeCode") == [code], name
        assert texts(root, "//ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID") == [
            mode
        ], name


def test_vat_breakdown_per_category_with_exemption_reasons():
    assert texts(
        xml_of("exempt"),
        "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:ExemptionReasonCode",
    ) == ["VATEX-FR-FRANCHISE"]
    reverse = xml_of("reverse_charge")
    assert texts(
        reverse, "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:ExemptionReason"
    ) == ["Autoliquidation"]
    # both VAT numbers on a reverse-charge invoice (242 nonies A, 4°)
    assert texts(reverse, "//ram:SpecifiedTaxRegistration/ram:ID") == [
        "FR40552120222",
        "DE136695976",
    ]
    standard = xml_of("standard")
    rates = texts(
        standard,
        "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:RateApplicablePercent",
    )
    assert rates == ["20", "5.5"]
    assert texts(standard, "//ram:GrandTotalAmount") == ["16455.49"]


def test_a_credit_note_is_positive_and_refers_to_the_credited_invoice():
    root = xml_of("credit_note")
    assert texts(root, "//ram:InvoiceReferencedDocument/ram:IssuerAssignedID") == ["FA-2026-00007"]
    assert texts(root, "//ram:DuePayableAmount") == ["1560.00"]


def test_a_user_text_with_markup_is_escaped_not_interpreted():
    root = xml_of("standard")
    assert texts(root, "//ram:BuyerTradeParty/ram:Name") == ["Acme & Co <b>"]


def test_an_invalid_document_is_an_error_never_a_file():
    standard = cases()["standard"]
    broken = dataclasses.replace(
        standard, lines=(), totals=dataclasses.replace(standard.totals, breakdown=())
    )
    with pytest.raises(FacturXError) as caught:
        build_facturx_xml(broken)
    assert "FA-2026-00010" in str(caught.value)


def test_the_xml_embeds_into_a_pdf_factur_x_reads_back():
    import io

    import facturx

    pdf = facturx_pdf(cases()["deposit"])
    name, xml = facturx.get_xml_from_pdf(io.BytesIO(pdf), check_xsd=True)
    assert name == "factur-x.xml"
    assert b"<ram:TypeCode>386</ram:TypeCode>" in xml
    assert Decimal(
        etree.fromstring(xml).xpath("//ram:GrandTotalAmount", namespaces=NS)[0].text
    ) == Decimal("5400.00")


def _day(root, path):
    return texts(root, path + "/udt:DateTimeString")


DELIVERY = (
    "//ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime"
)
PERIOD = "//ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod"


def test_a_month_of_service_is_the_billing_period_and_its_last_day_the_delivery_date():
    root = xml_of("standard")  # services from 1 to 31 October 2026
    assert _day(root, PERIOD + "/ram:StartDateTime") == ["20261001"]
    assert _day(root, PERIOD + "/ram:EndDateTime") == ["20261031"]
    assert _day(root, DELIVERY) == ["20261031"]


def test_without_a_service_date_the_delivery_date_is_the_issue_date_and_no_period():
    doc = dataclasses.replace(cases()["penalty"], service_start=None, service_end=None)
    root = etree.fromstring(build_facturx_xml(doc))
    assert _day(root, DELIVERY) == [doc.issue_date.strftime("%Y%m%d")]
    assert root.xpath(PERIOD, namespaces=NS) == []
    one_day = dataclasses.replace(doc, service_start=None, service_end=dt.date(2026, 10, 15))
    root = etree.fromstring(build_facturx_xml(one_day))
    assert _day(root, DELIVERY) == ["20261015"]


@pytest.mark.parametrize("name", sorted(cases()))
def test_no_element_is_empty(name):
    # PEPPOL-EN16931-R008, a warning of the EN 16931 rules: an empty delivery element
    # drew it on every invoice before the delivery date was written.
    empty = [
        etree.QName(e).localname
        for e in xml_of(name).iter()
        if len(e) == 0 and not (e.text or "").strip()
    ]
    assert empty == []
