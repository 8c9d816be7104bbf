"""The invoicing documents from the screens: each PDF shown in the app, each sent by e-mail.

One function per gesture, called from the invoice bar, the invoice editor, the activity
report dialog and To do, so that every screen makes the same file the same way:

- PDFs are built off the UI thread and previewed in the app's viewer (Save as, Open
  folder, Print: :mod:`desktop.ui.documents`); an issued invoice, a credit note, a
  validated report and a recorded reminder's letter are filed once on their record's
  timeline. The letter of a reminder still to send is not filed (it is not sent yet).
- E-mails open the send dialog of the kind (:mod:`desktop.services.invoice_mails`) in
  the documents' language (the client's contract's, French by default), dated by the
  invoicing clock.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.profile import Profile
from desktop.services import mailing
from desktop.store.models import Invoice
from desktop.ui.invoices import clock

translate = QCoreApplication.translate  # lupdate reads translate("InvoiceDocuments", "...")


def _title(invoice: Invoice) -> str:
    if invoice.kind == "credit_note":
        return translate("InvoiceDocuments", "Credit note {number}").format(number=invoice.number)
    return translate("InvoiceDocuments", "Invoice {number}").format(number=invoice.number)


def show_invoice_pdf(parent: QWidget, profile: Profile, invoice_id: int, done=None) -> None:
    """The issued invoice's (or credit note's) Factur-X PDF, previewed and filed once."""
    from desktop.services import invoice_documents
    from desktop.ui.documents.flow import make_and_show

    invoice = Invoice.get_by_id(invoice_id)
    make_and_show(
        parent,
        profile,
        lambda target: invoice_documents.build_invoice(invoice_id, target, profile),
        invoice_documents.file_name(invoice_id),
        _title(invoice),
        done=done,
    )


def show_reminder_letter(parent: QWidget, profile: Profile, invoice_id: int, done=None) -> None:
    """The reminder letter: the one of the reminder due today when one is (not filed: it is
    not sent yet), else the letter of the last reminder recorded (filed once)."""
    from desktop.services import invoice_documents, receivables
    from desktop.ui.documents.flow import make_and_show

    today = clock.today()
    upcoming = receivables.reminder_due(invoice_id, today) is not None
    invoice = Invoice.get_by_id(invoice_id)
    make_and_show(
        parent,
        profile,
        lambda target: invoice_documents.build_reminder(
            invoice_id, target, profile, today if upcoming else None, upcoming=upcoming
        ),
        invoice_documents.reminder_file_name(invoice_id),
        translate("InvoiceDocuments", "Reminder letter — {number}").format(number=invoice.number),
        done=done,
        file=not upcoming,
    )


def show_activity_report_pdf(parent: QWidget, profile: Profile, report_id: int) -> None:
    """The month's CRA as the client signs it (no draft mark); filed once validated."""
    from desktop.services import invoice_documents
    from desktop.ui.documents.flow import make_and_show

    name = invoice_documents.activity_report_file_name(report_id)
    make_and_show(
        parent,
        profile,
        lambda target: invoice_documents.build_activity_report(
            report_id, target, profile, for_signature=True
        ),
        name,
        translate("InvoiceDocuments", "Activity report — {name}").format(name=name[:-4]),
    )


def _send(parent: QWidget, profile: Profile, kind: str, record_id: int):
    from desktop.services import invoice_mails
    from desktop.ui.mail.send_dialog import send_by_email

    return send_by_email(
        parent,
        profile,
        kind,
        record_id,
        invoice_mails.document_language(kind, record_id),
        today=clock.today(),
    )


def send_invoice(parent: QWidget, profile: Profile, invoice_id: int) -> mailing.SendResult | None:
    """The send dialog for an issued invoice or credit note (a draft is refused there)."""
    from desktop.services import invoice_mails

    return _send(parent, profile, invoice_mails.invoice_kind(invoice_id), invoice_id)


def send_reminder(parent: QWidget, profile: Profile, invoice_id: int) -> mailing.SendResult | None:
    """The send dialog of the reminder due (its level's template, its letter attached);
    once sent, the reminder is recorded."""
    from desktop.services import invoice_mails

    return _send(parent, profile, invoice_mails.reminder_kind(invoice_id), invoice_id)


def send_activity_report(
    parent: QWidget, profile: Profile, report_id: int
) -> mailing.SendResult | None:
    """The send dialog of the month's CRA, for the client's signature."""
    return _send(parent, profile, "cra", report_id)
