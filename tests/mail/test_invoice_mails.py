"""Invoices, credit notes, reminders and activity reports by e-mail, through the real path.

Each goes to the loopback SMTP server: the PDF received is, byte for byte, the one the
kind built; an invoice becomes "sent"; a reminder sent by e-mail is recorded once, its
only trace being the e-mail's; a draft cannot be sent.
"""

from __future__ import annotations

import datetime as dt
import email
from decimal import Decimal
from email.policy import default

import pytest
from pypdf import PdfReader

from desktop.domain.activity_reports import WorkedDay
from desktop.domain.errors import DomainError
from desktop.services import (
    activities,
    activity_reports,
    attachments,
    company,
    invoice_documents,
    invoice_mails,
    invoices,
    mailing,
    receivables,
)
from desktop.services.invoices import LineDraft
from desktop.store.models import Activity, ActivityReport, Invoice, OutboxMail, Reminder, SentMail
from tests.mail.book import account_for
from tests.mail.smtp_server import PASSWORD
from tests.services import invoicing_book
from tests.services.invoicing_book import SELLER, simple_draft

client = invoicing_book.client  # the fixtures
contract = invoicing_book.contract

D = dt.date
ISSUED_ON = D(2026, 11, 2)  # 30 days: due on 2 December 2026
SENT_ON = D(2026, 11, 3)
LATE = D(2027, 1, 6)  # 35 days late: the friendly reminder is due, then the second


@pytest.fixture
def built(monkeypatch) -> list[tuple[str, bytes]]:
    """Every invoicing PDF a kind builds, as (file name, bytes) read right after the build."""
    seen: list[tuple[str, bytes]] = []
    for name in ("build_invoice", "build_reminder", "build_activity_report"):
        real = getattr(invoice_documents, name)

        def spy(*args, _real=real, **kwargs):
            result = _real(*args, **kwargs)
            seen.append((result.path.name, result.path.read_bytes()))
            return result

        monkeypatch.setattr(invoice_documents, name, spy)
    return seen


@pytest.fixture
def issued(client, contract) -> int:
    company.fill_demo_identity()
    invoice_id = simple_draft(client, contract_id=contract)
    invoices.issue(invoice_id, SELLER, ISSUED_ON)
    return invoice_id


def send(profile, kind: str, record_id: int, account, day: dt.date) -> mailing.SendResult:
    draft = mailing.make_draft(profile, kind, record_id, "fr", account, day)
    result = mailing.SendResult()
    mailing.run_steps(mailing.send_steps(profile, draft, account, PASSWORD, result, today=day))
    return result


def received(server, index: int = -1) -> email.message.EmailMessage:
    return email.message_from_bytes(server.received[index].data, policy=default)


def received_pdf(server, index: int = -1) -> tuple[str, bytes]:
    [part] = received(server, index).iter_attachments()
    assert part.get_content_type() == "application/pdf"
    return part.get_filename(), part.get_content()


def pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "received.pdf"
    path.write_bytes(data)
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def flat(text: str) -> str:
    """French amounts use narrow and non-breaking spaces; compare with plain ones."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def email_traces(subject_type: str, subject_id: int):
    return [e for e in activities.timeline(subject_type, subject_id) if e.channel == "email"]


def test_an_issued_invoice_goes_as_its_factur_x_pdf_and_becomes_sent(
    profile, issued, contract, smtp_server, built, tmp_path
):
    account = account_for(smtp_server.port)
    number = Invoice.get_by_id(issued).number
    draft = mailing.make_draft(profile, "invoice", issued, "fr", account, SENT_ON)
    assert draft.to == ("compta@acme.fr",)  # no contact on the mission: the client's address
    assert (draft.subject_type, draft.subject_id) == ("contract", contract)
    filled = mailing.preview(draft)
    assert filled.subject == f"Facture {number}"
    assert "d’un montant de 13 000,00 € HT (15 600,00 € TTC)" in flat(filled.body)
    assert "au plus tard le 2 décembre 2026" in flat(filled.body)

    result = send(profile, "invoice", issued, account, SENT_ON)

    name, data = received_pdf(smtp_server)
    assert (name, data) == built[-1]  # the PDF the kind built, byte for byte
    assert name == f"facture-{number}.pdf"
    path = tmp_path / name
    path.write_bytes(data)
    assert "factur-x.xml" in PdfReader(path).attachments  # the Factur-X invoice, as built
    invoice = Invoice.get_by_id(issued)
    assert (invoice.status, invoice.sent_on) == ("sent", SENT_ON)
    [trace] = email_traces("contract", contract)
    assert trace.activity_id == result.activity_id
    assert f"Attachments: {name}" in trace.body
    [eml] = trace.files
    assert eml.file_name.endswith(".eml")
    stored = attachments.attachment_path(profile, eml.id).read_bytes()
    assert stored.rstrip(b"\r\n") == smtp_server.received[-1].data.rstrip(b"\r\n")

    send(profile, "invoice", issued, account, D(2026, 11, 20))  # sent again: the first day stays
    assert Invoice.get_by_id(issued).sent_on == SENT_ON
    assert len(email_traces("contract", contract)) == 2


def test_a_draft_cannot_be_sent_and_nothing_is_written(profile, client, smtp_server, built):
    company.fill_demo_identity()
    draft_id = simple_draft(client)
    account = account_for(smtp_server.port)
    for kind in ("invoice", invoice_mails.reminder_kind(draft_id)):
        with pytest.raises(DomainError) as refused:
            mailing.make_draft(profile, kind, draft_id, "fr", account, SENT_ON)
        assert "Issue the invoice before sending it" in refused.value.message.template
    assert built == []  # refused before any PDF is built
    folder = profile.root / "outbox" / "documents"
    assert not folder.exists() or not any(folder.iterdir())
    assert smtp_server.received == [] and OutboxMail.select().count() == 0
    assert Invoice.get_by_id(draft_id).status == "draft"


def test_a_credit_note_names_the_invoice_it_corrects_and_becomes_sent(
    profile, issued, smtp_server, built
):
    note = invoices.credit_note_draft(
        issued, [LineDraft("Remise commerciale", Decimal(1), Decimal(650), unit="C62")]
    )
    invoices.issue(note, SELLER, D(2026, 11, 10))
    account = account_for(smtp_server.port)
    invoice_number = Invoice.get_by_id(issued).number
    note_number = Invoice.get_by_id(note).number
    assert invoice_mails.invoice_kind(note) == "credit_note"
    with pytest.raises(ValueError):  # a credit note is not sent as an invoice
        mailing.make_draft(profile, "invoice", note, "fr", account, SENT_ON)

    send(profile, "credit_note", note, account, D(2026, 11, 12))

    assert received(smtp_server)["Subject"] == f"Avoir {note_number} (facture {invoice_number})"
    name, data = received_pdf(smtp_server)
    assert (name, data) == built[-1] and name == f"avoir-{note_number}.pdf"
    assert Invoice.get_by_id(note).sent_on == D(2026, 11, 12)


def test_each_reminder_by_e_mail_is_recorded_once_with_the_e_mail_as_its_trace(
    profile, issued, client, smtp_server, built, tmp_path
):
    account = account_for(smtp_server.port)
    number = Invoice.get_by_id(issued).number
    before = Activity.select().count()
    assert invoice_mails.reminder_kind(issued) == "reminder_friendly"
    draft = mailing.make_draft(profile, "reminder_friendly", issued, "fr", account, LATE)
    assert (draft.subject_type, draft.subject_id) == ("company", client)
    assert draft.notice is not None  # says what Send records
    assert Reminder.select().count() == 0  # opening the dialog records nothing
    mailing.drop_built_documents(profile, draft)

    first = send(profile, "reminder_friendly", issued, account, LATE)

    name, data = received_pdf(smtp_server)
    assert (name, data) == built[-1] and name == f"relance-{number}.pdf"
    text = pdf_text(data, tmp_path)
    assert "RELANCE" in text and "06/01/2027" in text
    [reminder] = Reminder.select()
    assert (reminder.level, reminder.sent_on, reminder.activity_id) == (
        "friendly",
        LATE,
        first.activity_id,
    )
    assert reminder.indemnity == Decimal(40)
    assert Activity.select().count() == before + 1  # one trace: the e-mail's
    [trace] = email_traces("company", client)
    assert trace.activity_id == first.activity_id and trace.files  # with the .eml

    # the next one due is the second reminder, its own template and letter
    later = D(2027, 1, 20)
    assert invoice_mails.reminder_kind(issued) == "reminder_second"
    second = send(profile, "reminder_second", issued, account, later)
    subject = received(smtp_server)["Subject"]
    assert subject == f"Deuxième relance : facture {number} impayée"
    body = flat(received(smtp_server).get_body(("plain",)).get_content())
    assert "49 jours après son échéance" in body
    assert "et 40,00 € d’indemnité forfaitaire pour frais de recouvrement" in body
    assert "DEUXIÈME RELANCE" in pdf_text(received_pdf(smtp_server)[1], tmp_path)
    levels = [(r.level, r.activity_id) for r in Reminder.select().order_by(Reminder.id)]
    assert levels == [("friendly", first.activity_id), ("second", second.activity_id)]
    assert len(email_traces("company", client)) == 2
    assert Activity.select().count() == before + 2
    assert SentMail.select().count() == 2


def test_a_reminder_recorded_by_hand_still_writes_its_own_trace(issued, client):
    receivables.record_reminder(issued, LATE)
    [reminder] = Reminder.select()
    trace = Activity.get_by_id(reminder.activity_id)
    assert trace.subject_id == client and trace.title.startswith("Relance amiable")


def test_the_activity_report_goes_for_signature_without_the_draft_mark(
    profile, contract, smtp_server, built, tmp_path
):
    company.fill_demo_identity()
    days = [WorkedDay(D(2026, 11, d), Decimal(1)) for d in (2, 3, 4, 5, 6)]
    days.append(WorkedDay(D(2026, 11, 9), Decimal("0.5")))
    report = activity_reports.save_report(
        contract, 2026, 11, activity_reports.ReportContent(days, [], "")
    )
    account = account_for(smtp_server.port)
    draft = mailing.make_draft(profile, "cra", report, "fr", account, SENT_ON)
    filled = mailing.preview(draft)
    assert filled.subject == "Compte rendu d’activité de novembre 2026 – CT-2026-00001"
    assert "5,5 jours travaillés" in flat(filled.body)
    mailing.drop_built_documents(profile, draft)

    send(profile, "cra", report, account, SENT_ON)

    name, data = received_pdf(smtp_server)
    assert (name, data) == built[-1] and name == "cra-CT-2026-00001-2026-11.pdf"
    text = pdf_text(data, tmp_path)
    assert "COMPTE RENDU D’ACTIVITÉ" in text and "PROJET" not in text
    assert ActivityReport.get_by_id(report).status == "draft"  # approval: validate it
    assert len(email_traces("contract", contract)) == 1
    assert mailing.last_sent("cra", report).date() == dt.date.today()  # the dialog says when
