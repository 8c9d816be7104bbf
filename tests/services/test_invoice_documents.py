"""The invoicing PDFs through the services: CRA, reminder letter, print kinds, the export ZIP."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import zipfile
from decimal import Decimal

import pytest
from lxml import etree
from pypdf import PdfReader

from desktop import cli
from desktop.documents.facturx_xml import _schema
from desktop.domain.activity_reports import ExtraKind, ExtraLine, WorkedDay
from desktop.domain.errors import DomainError
from desktop.domain.payment_terms import PaymentTerm, TermMethod
from desktop.domain.vocabulary import InvoiceType
from desktop.services import activity_reports, company, invoices, receivables
from desktop.services.invoice_documents import build_activity_report, build_reminder
from desktop.services.invoices import InvoiceDraft, LineDraft, create_draft
from desktop.services.payments import record_payment
from desktop.store.models import Invoice
from tests.services import invoicing_book
from tests.services.invoicing_book import simple_draft

client = invoicing_book.client  # the fixtures
contract = invoicing_book.contract

D = dt.date


def flat(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


def pdf_text(data_or_path) -> str:
    source = io.BytesIO(data_or_path) if isinstance(data_or_path, bytes) else data_or_path
    return flat("\n".join(p.extract_text() for p in PdfReader(source).pages))


@pytest.fixture
def my_company(db):
    company.fill_demo_identity()


def test_the_activity_report_lists_the_month_for_the_client_to_sign(my_company, contract, tmp_path):
    days = [WorkedDay(D(2026, 11, d), Decimal(1)) for d in (2, 3, 4, 5, 6, 9, 10)]
    days.append(WorkedDay(D(2026, 11, 12), Decimal("0.5"), "recette"))
    extras = [ExtraLine(ExtraKind.ON_CALL, "week-end du 14", Decimal(2), Decimal(150))]
    report = activity_reports.save_report(
        contract, 2026, 11, activity_reports.ReportContent(days, extras, "RAS")
    )
    text = pdf_text(build_activity_report(report, tmp_path / "cra.pdf").path)
    assert "COMPTE RENDU D’ACTIVITÉ" in text and "PROJET" in text  # a draft says so
    assert "CT-2026-00001 – Développement Python" in text and "Intervenant : Léa Martin" in text
    assert "lun. 2 1" in text
    assert "jeu. 12 0,5 recette" in text
    assert "mer. 11 Armistice" in text  # public holidays named (holidays package)
    assert "dim. 1 Toussaint" in text and "sam. 7 week-end" in text
    assert "Total des jours travaillés en novembre 2026 7,5" in text
    assert "Astreinte : 2 – week-end du 14" in text and "RAS" in text
    assert "Pour le Prestataire" in text and "Pour le Client" in text
    activity_reports.validate_report(report, D(2026, 11, 30))
    text = pdf_text(build_activity_report(report, tmp_path / "cra.pdf").path)
    assert "PROJET" not in text and "Validé le : 30 novembre 2026" in text


def test_the_reminder_letter_counts_interest_per_period_and_the_indemnity(
    my_company, client, tmp_path
):
    late = simple_draft(client, days="10", rate="1000")  # 12,000.00 incl. VAT
    invoices.issue(late, today=D(2026, 4, 1))  # due 1 May 2026 (30 days)
    record_payment(late, Decimal("2000"), D(2026, 6, 1))
    other = simple_draft(client, days="1", rate="500")
    invoices.issue(other, today=D(2026, 5, 4))  # due 3 June 2026
    receivables.record_reminder(late, D(2026, 8, 3))
    text = pdf_text(build_reminder(late, tmp_path / "relance.pdf", today=D(2026, 8, 3)).path)
    assert "RELANCE" in text and "Objet : Relance – factures impayées" in text
    assert "FA-2026-00001 du 01/04/2026 01/05/2026 94 12 000,00 € 2 000,00 € 10 000,00 €" in text
    assert "FA-2026-00002 du 04/05/2026 03/06/2026 61 600,00 € 0,00 € 600,00 €" in text
    # the ECB rate + 10 points changes on 1 July: each half-year at its own rate
    assert "du 02/05/2026 au 01/06/2026, 31 jours × 12 000,00 € × 12,15 % / 365" in text
    assert "du 02/06/2026 au 30/06/2026, 29 jours × 10 000,00 € × 12,15 % / 365" in text
    assert "du 01/07/2026 au 03/08/2026, 34 jours × 10 000,00 € × 12,15 % / 365" in text
    expected = invoices.interest_owed(late, D(2026, 8, 3))
    assert f"Intérêts de retard sur FA-2026-00001 : {flat(fmt(expected))}" in text
    assert "Indemnités forfaitaires de recouvrement (40 € par facture) 80,00 €" in text
    assert "Code de commerce, art. L441-10 et D441-5" in text
    assert "Principal restant dû 10 600,00 €" in text and "Total à régler 11 025,72 €" in text


def fmt(amount: Decimal) -> str:
    from desktop.domain.formatting import format_money

    return format_money(amount, "fr")


def _issue_period(client: int) -> dict[str, int]:
    standard = simple_draft(client, term=PaymentTerm(TermMethod.DAYS_END_OF_MONTH, 30))
    invoices.issue(standard, today=D(2026, 11, 2))
    deposit = create_draft(
        InvoiceDraft(client, invoice_type=InvoiceType.DEPOSIT),
        [LineDraft("Acompte 30 %", Decimal(1), Decimal(4500), line_kind="deposit")],
    )
    invoices.issue(deposit, today=D(2026, 11, 3))
    final = invoices.final_invoice_draft(
        InvoiceDraft(client), [LineDraft("Projet Refonte", Decimal(1), Decimal(15000))], [deposit]
    )
    invoices.issue(final, today=D(2026, 11, 20))
    invoices.credit(
        standard,
        lines=[LineDraft("Jour en trop", Decimal(1), Decimal(650), unit="DAY")],
        today=D(2026, 11, 21),
    )
    outside = simple_draft(client)
    invoices.issue(outside, today=D(2026, 12, 1))  # after the period
    return {"standard": standard, "deposit": deposit, "final": final}


def test_export_invoices_zips_factur_x_pdfs_that_pass_the_xsd(my_company, client, tmp_path, capsys):
    ids = _issue_period(client)
    target = tmp_path / "t4.zip"
    args = argparse.Namespace(
        command="export", kind="invoices", file=target, start=D(2026, 11, 1), end=D(2026, 11, 30)
    )
    assert cli._export_invoices(args) == 0
    assert "4 documents issued" in capsys.readouterr().out
    with zipfile.ZipFile(target) as archive:
        names = sorted(archive.namelist())
        pdfs = {n: archive.read(n) for n in names if n.endswith(".pdf")}
    assert sorted(pdfs) == [f"factures/FA-2026-0000{i}.pdf" for i in range(1, 5)]
    assert "552120222FEC20261130.txt" in names
    assert "journal-ventes-20261101-20261130.csv" in names
    schema = _schema()
    for name, data in pdfs.items():
        assert data.startswith(b"%PDF-") and data.count(b"%PDF-") == 1, name
        xml = PdfReader(io.BytesIO(data)).attachments["factur-x.xml"][0]
        assert schema.validate(etree.fromstring(xml)), (name, schema.error_log)
    number = Invoice.get_by_id(ids["final"]).number
    final_text = pdf_text(pdfs[f"factures/{number}.pdf"])
    assert "FACTURE DE SOLDE" in final_text and "Acomptes déduits : FA-2026-00002" in final_text


def test_export_refuses_bad_periods_and_files(my_company, tmp_path, capsys):
    def run(start, end, name):
        args = argparse.Namespace(kind="invoices", file=tmp_path / name, start=start, end=end)
        return cli._export_invoices(args)

    assert run(None, D(2026, 11, 30), "a.zip") == 2
    assert run(D(2026, 12, 1), D(2026, 11, 30), "a.zip") == 2
    assert run(D(2026, 11, 1), D(2026, 11, 30), "a.pdf") == 2
    assert "--to is before --from" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.zip"))


def test_print_builds_every_invoicing_kind(db, my_company, contract, client, tmp_path, capsys):
    late = simple_draft(client)
    invoices.issue(late, today=D(2026, 1, 5))
    ids = _issue_period(client)
    credit_number = Invoice.get(Invoice.credited_invoice == ids["standard"]).number
    activity_reports.save_report(
        contract, 2026, 11,
        activity_reports.ReportContent([WorkedDay(D(2026, 11, 2), Decimal(1))], []),
    )  # fmt: skip
    for kind, reference, expected in [
        ("invoice", Invoice.get_by_id(ids["standard"]).number, "FACTURE"),
        ("credit_note", credit_number, "AVOIR"),
        ("cra", "CT-2026-00001/2026-11", "COMPTE RENDU D’ACTIVITÉ"),
        ("reminder", Invoice.get_by_id(late).number, "RELANCE"),
    ]:
        target = tmp_path / f"{kind}.pdf"
        args = argparse.Namespace(command="print", kind=kind, reference=reference, file=target)
        assert cli._print(args, db) == 0, capsys.readouterr().err
        assert expected in pdf_text(target), kind
    args = argparse.Namespace(command="print", kind="invoice", reference=credit_number,
                              file=tmp_path / "x.pdf")  # fmt: skip
    with pytest.raises(DomainError, match=credit_number):
        cli._print(args, db)  # a credit note is not an invoice: named, nothing written
    assert not (tmp_path / "x.pdf").exists()


def test_built_documents_are_filed_once_on_the_right_timeline(
    my_company, contract, client, profile, tmp_path
):
    from desktop.services import documents
    from desktop.services.invoice_documents import build_invoice, file_name
    from desktop.store.models import Attachment

    invoice_id = create_draft(
        InvoiceDraft(client, contract_id=contract),
        [LineDraft("Conseil", Decimal(2), Decimal(650), unit="DAY")],
    )
    invoices.issue(invoice_id, today=D(2026, 1, 5))
    built = build_invoice(invoice_id, tmp_path / file_name(invoice_id), profile)
    assert built.path.name == "facture-FA-2026-00001.pdf"
    first = documents.file_once(profile, built)
    assert documents.file_once(profile, built) == first  # the same version: filed once
    [attachment] = Attachment.select()
    assert (attachment.subject_type, attachment.subject_id) == ("contract", contract)

    report = activity_reports.save_report(
        contract, 2026, 11,
        activity_reports.ReportContent([WorkedDay(D(2026, 11, 2), Decimal(1))], []),
    )  # fmt: skip
    cra = build_activity_report(report, tmp_path / "cra.pdf", profile)
    assert documents.file_once(profile, cra) is None  # a draft report is not filed
    activity_reports.validate_report(report, D(2026, 11, 30))
    assert documents.file_once(profile, build_activity_report(report, tmp_path / "cra.pdf"))

    receivables.record_reminder(invoice_id, D(2026, 3, 1))
    letter = build_reminder(invoice_id, tmp_path / "r1.pdf", today=D(2026, 3, 1))
    documents.file_once(profile, letter)
    receivables.record_reminder(invoice_id, D(2026, 3, 20))
    letter = build_reminder(invoice_id, tmp_path / "r2.pdf", today=D(2026, 3, 20))
    documents.file_once(profile, letter)  # a second reminder: a second letter filed
    letters = Attachment.select().where(Attachment.subject_type == "company")
    assert [a.subject_id for a in letters] == [client, client]


def _english(contract_id: int) -> None:
    from desktop.store.models import Contract

    Contract.update(language="en").where(Contract.id == contract_id).execute()


def test_an_english_clients_invoice_has_english_labels_the_french_mentions_and_same_amounts(
    my_company, client, contract, tmp_path
):
    from desktop.services.invoice_documents import build_invoice

    french = simple_draft(client, contract_id=contract)
    invoices.issue(french, today=D(2026, 11, 2))
    french_xml = invoices.facturx_xml(french)
    french_text = pdf_text(build_invoice(french, tmp_path / "fr.pdf").path)
    assert "FACTURE" in french_text and "Net à payer 15 600,00 €" in french_text
    assert "Amount due" not in french_text

    _english(contract)
    text = pdf_text(build_invoice(french, tmp_path / "en.pdf").path)
    for label in [
        "INVOICE",
        "No. FA-2026-00001",
        "Issue date: 2 November 2026",
        "Service period: 1 October 2026 to 31 October 2026",
        "Nature of the supply: Supply of services",
        "Contract: CT-2026-00001",
        "Description Qty Unit Unit price excl. VAT VAT Total excl. VAT",
        "20 days €650.00 20 % €13,000.00",
        "Total excl. VAT €13,000.00",
        "VAT 20 % on €13,000.00 €2,600.00",
        "Total incl. VAT €15,600.00",
        "Amount due €15,600.00",
        "VAT number FR83443061841",
        # the mentions the law words, in French as in the Factur-X notes, then in English
        "40 € (Code de commerce, art. L441-10 et D441-5). / Fixed recovery indemnity",
        "taux de refinancement de la BCE majoré de 10 points",
        "ECB refinancing rate plus 10 points",
        "Pas d'escompte pour paiement anticipé / No discount for early payment",
    ]:
        assert label in text, label
    for french_word in ("Net à payer", "Date d’émission", "Désignation", "Total TTC"):
        assert french_word not in text, french_word
    # the XML (amounts, notes) does not depend on the printed language
    assert invoices.facturx_xml(french) == french_xml


def test_the_english_clients_report_and_reminder_print_in_english(
    my_company, client, contract, tmp_path
):
    from desktop.services import invoice_mails

    _english(contract)
    days = [WorkedDay(D(2026, 11, d), Decimal(1)) for d in (2, 3, 4)]
    extras = [ExtraLine(ExtraKind.OVERTIME, "", Decimal(3), Decimal(80))]
    report = activity_reports.save_report(
        contract, 2026, 11, activity_reports.ReportContent(days, extras, "")
    )
    text = pdf_text(build_activity_report(report, tmp_path / "cra.pdf").path)
    assert "ACTIVITY REPORT" in text and "DRAFT" in text
    assert "Consultant: Léa Martin" in text and "Mon 2 1" in text
    assert "Total days worked in November 2026 3" in text and "Overtime: 3 hours" in text
    assert invoice_mails.document_language("cra", report) == "en"

    late = simple_draft(client, contract_id=contract, days="10", rate="1000")
    invoices.issue(late, today=D(2026, 4, 1))
    receivables.record_reminder(late, D(2026, 8, 3))
    text = pdf_text(build_reminder(late, tmp_path / "reminder.pdf", today=D(2026, 8, 3)).path)
    assert "PAYMENT REMINDER" in text and "Subject: Payment reminder – unpaid invoices" in text
    assert "FA-2026-00001 of 01/04/2026 01/05/2026 94 €12,000.00 €0.00 €12,000.00" in text
    assert "ECB refinancing rate plus 10 points, i.e. 12.15 % a year" in text
    assert "Fixed recovery indemnities (€40 per invoice) €40.00" in text
    assert "Yours faithfully," in text and "Madame" not in text
    assert invoice_mails.document_language("invoice", late) == "en"


def test_without_a_contract_the_documents_follow_the_clients_latest_contract_else_french(
    client, contract
):
    plain = simple_draft(client)
    assert invoices.document_language(client) == "fr"
    _english(contract)
    assert invoices.document_language(client) == "en"
    assert invoices.document_language(client, contract) == "en"
    from desktop.services import invoice_mails

    assert invoice_mails.document_language("invoice", plain) == "en"
