"""Invoice and credit-note PDFs: every mandatory mention read back, PDF/A-3 structure,
the embedded Factur-X XML, qpdf's check, hostile names, atomic writes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from desktop.documents.facturx_xml import _schema
from desktop.domain.errors import DomainError
from desktop.domain.invoice_document import Address
from desktop.domain.payment_terms import PaymentTerm, TermMethod
from desktop.domain.vat import VatRegime
from desktop.services import company, invoices
from desktop.services.invoice_documents import build_invoice
from desktop.services.invoices import InvoiceDraft, LineDraft, create_draft
from desktop.store.models import Company, Invoice

D = dt.date
HOSTILE = '<b>Acme & Co</b> "Ltd" <script>'


def flat(text: str) -> str:
    """Text with every kind of space as one plain space (babel's no-break spaces)."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


def text_of(path: Path) -> str:
    return flat("\n".join(page.extract_text() for page in PdfReader(path).pages))


def xmp_of(reader: PdfReader) -> etree._Element:
    return etree.fromstring(reader.trailer["/Root"]["/Metadata"].get_object().get_data())


@pytest.fixture
def client(db) -> int:
    company.fill_demo_identity()
    return Company.insert(
        name="Acme & Co",
        sort_name="acme",
        siren="443061841",
        vat_number="FR83443061841",
        address="5 avenue des Champs-Élysées",
        postal_code="75008",
        city="Paris",
        legal_form="SAS",
    ).execute()


def issue_standard(client: int, **extra) -> int:
    invoice_id = create_draft(
        InvoiceDraft(
            company_id=client,
            contract_id=None,
            service_start=D(2026, 10, 1),
            service_end=D(2026, 10, 31),
            term=PaymentTerm(TermMethod.DAYS_END_OF_MONTH, 30),
            purchase_order="PO-4471",
            **extra,
        ),
        [
            LineDraft("Développement Python – octobre 2026", Decimal("20.5"), Decimal(650),
                      unit="DAY"),
            LineDraft("Formation – support imprimé", Decimal(1), Decimal("99.99"), Decimal("5.5")),
        ],
    )  # fmt: skip
    invoices.issue(invoice_id, today=D(2026, 11, 2))
    return invoice_id


def test_the_invoice_prints_every_mandatory_mention(client, tmp_path):
    invoice_id = issue_standard(client)
    built = build_invoice(invoice_id, tmp_path / "facture.pdf")
    text = text_of(built.path)
    expected = [
        # title, number, issue date (CGI ann. II 242 nonies A 6° and 7°)
        "FACTURE",
        "N° FA-2026-00001",
        "Date d’émission : 2 novembre 2026",
        # seller: name, legal form and capital, address, SIREN, RCS, SIRET, VAT (1°, 2°)
        "Atelier Numérique Martin",
        "SAS au capital de 5 000,00 €",
        "12 rue des Lilas",
        "69001 Lyon",
        "SIREN 552 120 222 · RCS Lyon",
        "SIRET 552 120 222 00013",
        "N° TVA intracommunautaire FR27552120222",
        # client: name, address, SIREN (décret 2022-1299), VAT number
        "Acme & Co",
        "5 avenue des Champs-Élysées",
        "75008 Paris",
        "SIREN 443 061 841",
        "N° TVA intracommunautaire FR83443061841",
        # service period, nature of the operation, the client's order
        "Période de la prestation : du 1er octobre 2026 au 31 octobre 2026",
        "Nature de l’opération : Prestation de services",
        "Votre commande : PO-4471",
        # lines: designation, quantity, unit, unit price excl. VAT, VAT rate, total
        "Développement Python – octobre 2026 20,5 jours 650,00 € 20 % 13 325,00 €",
        "Formation – support imprimé 1 unité 99,99 € 5,5 % 99,99 €",
        # totals per VAT rate, excl. and incl. VAT (242 nonies A 12°)
        "Total HT 13 424,99 €",
        "TVA 20 % sur 13 325,00 € 2 665,00 €",
        "TVA 5,5 % sur 99,99 € 5,50 €",
        "Total TTC 16 095,49 €",
        "Net à payer 16 095,49 €",
        # due date as a date and the payment terms method (L441-9)
        "Date d’échéance : 31 décembre 2026",
        "Échéance : 31 décembre 2026 (paiement à 30 jours fin de mois)",
        "IBAN FR76 3000 6000 0112 3456 7890 189",
        # late-payment rate, 40 € indemnity, no discount (L441-9, L441-10, D441-5)
        "taux de refinancement de la BCE majoré de 10 points",
        "40 € (Code de commerce, art. L441-10 et D441-5)",
        "Pas d'escompte pour paiement anticipé",
        "Page 1 sur 1",
    ]
    for mention in expected:
        assert mention in text, mention
    assert "TVA non applicable" not in text and "Autoliquidation" not in text


def test_franchise_reverse_charge_debits_delivery_and_private_client(client, tmp_path):
    eu = Company.insert(
        name="Beispiel GmbH",
        sort_name="beispiel",
        vat_number="DE136695976",
        address="Friedrichstraße 1",
        postal_code="10117",
        city="Berlin",
        country="DE",
    ).execute()
    reverse = create_draft(
        InvoiceDraft(eu, vat_regime=VatRegime.REVERSE_CHARGE),
        [LineDraft("Beratung – Oktober 2026", Decimal(10), Decimal(700), unit="DAY")],
    )
    invoices.issue(reverse, today=D(2026, 11, 2))
    text = text_of(build_invoice(reverse, tmp_path / "ae.pdf").path)
    assert "Autoliquidation" in text
    assert "FR27552120222" in text and "DE136695976" in text  # both VAT numbers (4°)
    assert "Allemagne" in text and "TVA 20" not in text

    debits = issue_standard(
        client,
        vat_on_debits=True,
        delivery_address=Address("Entrepôt 4", "", "93200", "Saint-Denis"),
        business_client=False,
    )
    text = text_of(build_invoice(debits, tmp_path / "debits.pdf").path)
    assert "Option pour le paiement de la taxe d'après les débits" in text
    assert "Adresse de livraison : Entrepôt 4, 93200 Saint-Denis" in text
    assert "40 €" not in text  # a private client owes no recovery indemnity
    assert "sans objet (client non professionnel)" in text

    micro = dataclasses.replace(
        company.identity(),
        trade_name="Camille Martin",
        legal_form="Micro-entrepreneur",
        share_capital=None,
        vat_number="",
        vat_exempt=True,
    )
    company.save_identity(micro)
    exempt = create_draft(
        InvoiceDraft(client, vat_regime=VatRegime.FRANCHISE),
        [LineDraft("Audit – octobre 2026", Decimal(3), Decimal(500), unit="DAY")],
    )
    invoices.issue(exempt, today=D(2026, 11, 3))
    text = text_of(build_invoice(exempt, tmp_path / "exempt.pdf").path)
    assert "TVA non applicable, art. 293 B du CGI" in text
    assert "Camille Martin EI" in text and "Entrepreneur individuel" in text
    assert "TVA 20" not in text and "Total TTC" not in text
    assert "Net à payer 1 500,00 €" in text


def test_a_credit_note_refers_to_the_invoice_it_corrects(client, tmp_path):
    invoice_id = issue_standard(client)
    number = invoices.credit(
        invoice_id,
        lines=[LineDraft("Jour facturé en trop", Decimal(1), Decimal(650), unit="DAY")],
        today=D(2026, 11, 5),
    )
    credit_id = Invoice.get(Invoice.number == number).id
    built = build_invoice(credit_id, tmp_path / "avoir.pdf")
    assert built.kind == "credit_note"
    text = text_of(built.path)
    assert "AVOIR" in text and f"N° {number}" in text
    assert "Facture rectifiée : FA-2026-00001 du 2 novembre 2026" in text
    assert "Avoir relatif à la facture FA-2026-00001 du 2 novembre 2026" in text
    assert "Montant de l’avoir 780,00 €" in text  # shown positive
    xml = PdfReader(built.path).attachments["factur-x.xml"][0]
    root = etree.fromstring(xml)
    assert root.findtext(".//{*}ExchangedDocument/{*}TypeCode") == "381"
    assert root.findtext(".//{*}InvoiceReferencedDocument/{*}IssuerAssignedID") == "FA-2026-00001"


def test_the_embedded_xml_is_the_generated_one_and_passes_the_xsd(client, tmp_path):
    invoice_id = issue_standard(client)
    reader = PdfReader(build_invoice(invoice_id, tmp_path / "f.pdf").path)
    assert list(reader.attachments) == ["factur-x.xml"]
    embedded = reader.attachments["factur-x.xml"][0]
    assert embedded == invoices.facturx_xml(invoice_id)
    assert _schema().validate(etree.fromstring(embedded))


def test_the_file_is_pdf_a_3(client, tmp_path):
    """What a PDF/A-3 validator would check first, on the built file (veraPDF cannot be
    installed offline here: docs/DESIGN.md)."""
    path = build_invoice(issue_standard(client), tmp_path / "f.pdf").path
    data = path.read_bytes()
    # one header, at byte 0, then a comment of 4 bytes above 127 (ISO 19005-3 6.1.2)
    assert data.startswith(b"%PDF-1.") and data.count(b"%PDF-") == 1
    assert all(b > 127 for b in data.split(b"\n")[1][1:5])
    reader = PdfReader(path)
    assert not reader.is_encrypted
    assert len(reader.trailer["/ID"]) == 2
    root = reader.trailer["/Root"]
    # sRGB OutputIntent with its ICC profile (6.2.3, 6.2.4.3)
    [intent] = [i.get_object() for i in root["/OutputIntents"]]
    assert intent["/S"] == "/GTS_PDFA1"
    assert intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3 and profile.get_data()[36:40] == b"acsp"
    # XMP: PDF/A-3 B, Factur-X EN 16931 (6.6.4); the Info dictionary agrees with it (6.6.3)
    xmp = xmp_of(reader)
    ns = {
        "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
        "dc": "http://purl.org/dc/elements/1.1/",
        "pdf": "http://ns.adobe.com/pdf/1.3/",
        "xmp": "http://ns.adobe.com/xap/1.0/",
        "fx": "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#",
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    }
    assert xmp.findtext(".//pdfaid:part", namespaces=ns) == "3"
    assert xmp.findtext(".//pdfaid:conformance", namespaces=ns) == "B"
    assert xmp.findtext(".//fx:ConformanceLevel", namespaces=ns) == "EN 16931"
    assert xmp.findtext(".//fx:DocumentFileName", namespaces=ns) == "factur-x.xml"
    info = reader.trailer["/Info"]
    assert info["/Title"] == xmp.findtext(".//dc:title/rdf:Alt/rdf:li", namespaces=ns)
    assert info["/Title"] == "Facture FA-2026-00001"
    assert info["/Author"] == xmp.findtext(".//dc:creator/rdf:Seq/rdf:li", namespaces=ns)
    assert info["/Subject"] == xmp.findtext(".//dc:description/rdf:Alt/rdf:li", namespaces=ns)
    assert info["/Creator"] == xmp.findtext(".//xmp:CreatorTool", namespaces=ns)
    assert info["/Producer"] == xmp.findtext(".//pdf:Producer", namespaces=ns)
    assert "/Trapped" not in info
    # the XML is an associated file with AFRelationship Data (6.8)
    [spec] = [s.get_object() for s in root["/AF"]]
    assert spec["/AFRelationship"] == "/Data" and spec["/F"] == "factur-x.xml"
    assert spec["/EF"]["/F"].get_object()["/Subtype"] == "/text/xml"
    # fonts: every one embedded, DejaVu only (6.2.11.4); no transparency (6.2.10)
    for page in reader.pages:
        resources = page["/Resources"]
        for ref in resources["/Font"].values():
            font = ref.get_object()
            assert "DejaVuSans" in font["/BaseFont"], font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
            assert "/Encoding" not in font  # symbolic TrueType (6.2.11.6)
        for state in (resources.get("/ExtGState") or {}).values():
            state = state.get_object() if isinstance(state, IndirectObject) else state
            assert state.get("/CA", 1) == 1 and state.get("/ca", 1) == 1
            assert state.get("/SMask", "/None") == "/None"
    assert b"/JavaScript" not in data and b"/Encrypt" not in data


def test_qpdf_finds_no_error(client, tmp_path):
    qpdf = shutil.which("qpdf")
    assert qpdf, "qpdf is needed (Debian package qpdf; .ci/run installs it)"
    path = build_invoice(issue_standard(client), tmp_path / "f.pdf").path
    checked = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "No syntax or stream encoding errors found" in checked.stdout


def test_a_hostile_client_name_prints_literally(client, tmp_path):
    Company.update(name=HOSTILE).where(Company.id == client).execute()
    path = build_invoice(issue_standard(client), tmp_path / "f.pdf").path
    text = text_of(path)
    assert flat(HOSTILE) in text
    xml = etree.fromstring(PdfReader(path).attachments["factur-x.xml"][0])
    assert xml.findtext(".//{*}BuyerTradeParty/{*}Name") == HOSTILE


def test_a_failed_build_leaves_the_previous_file_and_no_partial_one(client, tmp_path, monkeypatch):
    invoice_id = issue_standard(client)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "f.pdf"
    target.write_bytes(b"%PDF previous")

    def broken(fd):  # the temporary file is written, then the disk fills up
        raise OSError("disk full")

    monkeypatch.setattr("desktop.documents.files.os.fsync", broken)
    with pytest.raises(OSError):
        build_invoice(invoice_id, target)
    assert target.read_bytes() == b"%PDF previous"
    assert [p.name for p in folder.iterdir()] == ["f.pdf"]


def test_a_draft_has_no_document(client, tmp_path):
    draft = create_draft(InvoiceDraft(client), [LineDraft("Conseil", Decimal(1), Decimal(100))])
    with pytest.raises(DomainError):
        build_invoice(draft, tmp_path / "f.pdf")
    assert not (tmp_path / "f.pdf").exists()


def _comparable(value, reader: PdfReader):
    """A PDF object as plain Python, indirect objects resolved, dates and times blanked
    (two builds a second apart differ only there), streams as their decoded data."""
    from pypdf.generic import ArrayObject, DictionaryObject, StreamObject

    if isinstance(value, IndirectObject):
        return _comparable(value.get_object(), reader)
    if isinstance(value, StreamObject):
        entries = {k: _comparable(v, reader) for k, v in value.items() if k != "/Length"}
        data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", b"<time>", value.get_data())
        return entries, data
    if isinstance(value, DictionaryObject):
        return {k: _comparable(v, reader) for k, v in value.items()}
    if isinstance(value, ArrayObject):
        return [_comparable(v, reader) for v in value]
    return re.sub(r"D:\d{14}\+00'00'", "<date>", str(value))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_embedding_is_what_factur_x_generate_from_file_writes(language, tmp_path):
    """The XML, its file specification, the XMP, /PageMode, /Lang and the information
    dictionary written in reportlab's pass are those ``facturx.generate_from_file`` gives
    the same page (with its pypdf rewrite), object for object: a later factur-x that
    embeds otherwise fails here."""
    import io

    import facturx

    from desktop.documents.facturx_xml import build_facturx_xml
    from desktop.documents.invoicing import facturx_metadata, invoice_layout
    from desktop.documents.layout import render_pdf
    from desktop.documents.pdfa import FacturXParts
    from tests.documents.facturx_cases import cases

    doc = dataclasses.replace(cases()["standard"], language=language)
    xml, metadata = build_facturx_xml(doc), facturx_metadata(doc)
    ours = render_pdf(invoice_layout(doc), facturx=FacturXParts(xml, metadata, language)).data
    reference = tmp_path / "reference.pdf"
    facturx.generate_from_file(
        io.BytesIO(render_pdf(invoice_layout(doc), pdfa=True).data),
        xml,
        flavor="factur-x",
        level="en16931",
        check_xsd=False,
        pdf_metadata=dict(metadata),
        lang="fr-FR" if language == "fr" else "en-GB",
        output_pdf_file=str(reference),
    )
    mine, package = PdfReader(io.BytesIO(ours)), PdfReader(reference)
    assert ours[:8] == reference.read_bytes()[:8] == b"%PDF-1.6"
    root, expected = mine.trailer["/Root"], package.trailer["/Root"]
    assert sorted(root) == sorted(expected)
    for key in expected:
        if key != "/Pages":  # the page itself: the drawing tests compare it
            assert _comparable(root[key], mine) == _comparable(expected[key], package), key
    info = _comparable(mine.trailer["/Info"], mine)
    assert info == _comparable(package.trailer["/Info"], package)
    assert info["/Producer"] == "pypdf" and "/Trapped" not in info


def test_every_stream_ends_with_an_end_of_line_before_endstream(tmp_path):
    """ISO 19005-3 6.1.7.1: ``/Length`` bytes of data, an end-of-line, ``endstream``;
    reportlab alone writes ``endstream`` right after the data. A logo adds an image."""
    from PIL import Image
    from pypdf.generic import StreamObject

    from desktop.documents.invoicing import build_invoice_pdf
    from tests.documents.facturx_cases import cases

    logo = tmp_path / "logo.png"
    Image.new("RGBA", (120, 60), (30, 60, 120, 255)).save(logo)
    path = build_invoice_pdf(cases()["standard"], tmp_path / "f.pdf", logo).path
    data = path.read_bytes()
    reader = PdfReader(path)
    streams = 0
    for number, offset in reader.xref[0].items():
        if not isinstance(reader.get_object(number), StreamObject):
            continue
        streams += 1
        start = data.index(b"stream", offset)
        length = int(re.search(rb"/Length (\d+)", data[offset:start]).group(1))
        start += 7 if data[start + 6 : start + 7] == b"\n" else 8
        assert data[start + length :].startswith((b"\nendstream", b"\r\nendstream")), number
    # page, image and its mask, 2 fonts and their maps, ICC, XML, XMP
    assert streams >= 10
