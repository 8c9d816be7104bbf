"""The invoicing documents from the screens: the PDF buttons open the app's viewer on the
right file, the e-mail buttons send through the real path (a loopback SMTP server), the
month batch builds the PDFs, a deposit is invoiced in one click from To do."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.domain.activity_reports import WorkedDay
from desktop.services import activity_reports, mail_settings
from desktop.services.invoices import issue
from desktop.store.models import (
    Activity,
    ActivityReport,
    Company,
    Contract,
    GeneratedDocument,
    Invoice,
    Quote,
    Reminder,
)
from desktop.ui.activity_reports.dialog import ActivityReportDialog
from desktop.ui.documents.preview import PdfPreviewDialog
from desktop.ui.followups.page import FollowUpsPage
from desktop.ui.invoices.batch import BatchIssueDialog
from desktop.ui.invoices.editor import InvoiceEditor
from desktop.ui.mail.send_dialog import SendMailDialog
from desktop.ui.state import UiState
from tests.mail.book import account_for
from tests.mail.smtp_server import PASSWORD
from tests.services.invoicing_book import SELLER, simple_draft
from tests.ui.conftest import settle, when_modal
from tests.ui.invoicing_book import D, drive, my_company, set_day, signed_contract

__all__ = ["my_company", "signed_contract"]  # fixtures

CLIENT = "compta@banque-azur.example"
LATE = D(2027, 1, 6)  # 36 days past the due date (31 October + ...): reminders due


def click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def preview_shown(qtbot) -> PdfPreviewDialog:
    """The viewer the PDF button opened (built off the UI thread, then shown)."""
    found: list[PdfPreviewDialog] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, PdfPreviewDialog) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10000)
    return found[-1]


def close(dialog: PdfPreviewDialog) -> None:
    dialog.close()
    dialog.deleteLater()


@pytest.fixture
def mail(smtp_server, memory_keyring):
    mail_settings.save_password(account_for(smtp_server.port), PASSWORD)
    Company.update(email=CLIENT).execute()
    return smtp_server


@pytest.fixture
def issued(signed_contract, my_company) -> int:
    """An invoice issued on 1 October, due on 31 October, for the signed contract."""
    invoice = simple_draft(Company.get().id, contract_id=signed_contract)
    issue(invoice, SELLER, D(2026, 10, 1))
    return invoice


def test_a_draft_has_no_pdf_nor_e_mail_an_issued_invoice_opens_its_pdf_filed_once(
    qtbot, make_window, monkeypatch, signed_contract, my_company, tmp_path
):
    set_day(monkeypatch, D(2026, 10, 20))
    draft = simple_draft(Company.get().id, contract_id=signed_contract)
    window = make_window()
    page = window.go_to("invoices", draft)
    settle(qtbot, page)
    bar = page.invoice_bar
    bar.update_buttons(draft)
    qtbot.waitUntil(lambda: bar.settled)
    assert not bar.buttons["issue"].isHidden() and bar.buttons["issue"].isEnabled()
    for name in ("pdf", "email", "sent", "late"):
        assert bar.buttons[name].isHidden(), name  # no number yet: nothing to show or send

    issue(draft, SELLER, D(2026, 10, 1))
    page.reload(select=draft)
    settle(qtbot, page)
    bar.update_buttons(draft)
    qtbot.waitUntil(lambda: bar.settled)
    assert bar.buttons["issue"].isHidden()
    assert bar.buttons["pdf"].isEnabled() and bar.buttons["email"].isEnabled()
    assert bar.buttons["late"].isHidden()  # not due before 31 October
    click(bar.buttons["pdf"])
    viewer = preview_shown(qtbot)
    number = Invoice.get_by_id(draft).number
    assert viewer.windowTitle() == f"Invoice {number}"
    assert viewer.document.pageCount() == len(PdfReader(viewer.path).pages) == 1
    assert viewer.pages.text() == "1 page(s)"
    assert "factur-x.xml" in PdfReader(viewer.path).attachments
    close(viewer)
    click(bar.buttons["pdf"])  # again: the same version is not filed twice
    close(preview_shown(qtbot))
    [filed] = GeneratedDocument.select().where(GeneratedDocument.subject_id == draft)
    assert (filed.kind, filed.reference) == ("invoice", number)
    assert filed.attachment_id is not None  # on the contract's timeline


def test_an_invoice_is_sent_from_its_bar_and_becomes_sent(
    qtbot, make_window, monkeypatch, issued, mail
):
    set_day(monkeypatch, D(2026, 10, 2))
    window = make_window()
    page = window.go_to("invoices", issued)
    settle(qtbot, page)
    bar = page.invoice_bar
    bar.update_buttons(issued)
    qtbot.waitUntil(lambda: bar.settled)
    seen = {}

    def send(dialog: SendMailDialog) -> None:
        seen.update(
            kind=dialog.kind.name,
            language=dialog.language.currentData(),
            to=dialog.to.text(),
            notice=dialog.record_notice.text(),
        )
        dialog.send_button.click()

    when_modal(SendMailDialog, send)
    click(bar.buttons["email"])
    invoice = Invoice.get_by_id(issued)
    assert (seen["kind"], seen["language"], seen["to"]) == ("invoice", "fr", CLIENT)
    assert "marked as sent" in seen["notice"]
    assert (invoice.status, invoice.sent_on) == ("sent", D(2026, 10, 2))  # the invoicing clock
    assert len(mail.received) == 1
    assert not bar.buttons["sent"].isEnabled()  # the bar shows it sent


def test_to_do_sends_the_reminder_due_with_its_letter_and_records_it_once(
    qtbot, monkeypatch, issued, mail, profile, tmp_path
):
    set_day(monkeypatch, LATE)
    todo = FollowUpsPage(UiState(tmp_path / "ui.ini"), today=lambda: LATE, profile=profile)
    qtbot.addWidget(todo)
    todo.show()
    qtbot.waitExposed(todo)
    todo.refresh()
    settle(qtbot, todo)
    row = todo.tree.topLevelItem(0).child(0)
    todo.tree.setCurrentItem(row)
    assert not todo.buttons["letter"].isHidden() and not todo.buttons["email"].isHidden()

    click(todo.buttons["letter"])  # the letter of the reminder due: not filed, not sent yet
    viewer = preview_shown(qtbot)
    assert viewer.document.pageCount() == 1
    text = " ".join(p.extract_text() for p in PdfReader(viewer.path).pages)
    assert "RELANCE" in text and "06/01/2027" in text
    close(viewer)
    assert GeneratedDocument.select().count() == 0 and Reminder.select().count() == 0

    before = Activity.select().count()
    kinds = []

    def send(dialog: SendMailDialog) -> None:
        kinds.append(dialog.kind.name)
        dialog.send_button.click()

    when_modal(SendMailDialog, send)
    click(todo.buttons["email"])
    assert kinds == ["reminder_friendly"]
    [reminder] = Reminder.select()
    assert (reminder.level, reminder.sent_on) == ("friendly", LATE)
    assert Activity.select().count() == before + 1  # the e-mail is the reminder's one trace
    assert Activity.get_by_id(reminder.activity_id).channel == "email"
    assert len(mail.received) == 1
    settle(qtbot, todo)  # To do reads again after the send
    group = todo.tree.topLevelItem(0)
    assert group.child(0).text(1) == "Second reminder"  # D+15 has come too: the next step

    # Done offers the e-mail, or records a reminder made another way (its own trace)
    todo.tree.setCurrentItem(group.child(0))
    drive(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    click(todo.buttons["done"])
    assert [r.level for r in Reminder.select().order_by(Reminder.id)] == ["friendly", "second"]
    assert Activity.select().count() == before + 2


def test_the_activity_report_dialog_shows_and_sends_the_month_to_sign(
    qtbot, monkeypatch, profile, signed_contract, my_company, mail
):
    set_day(monkeypatch, D(2026, 12, 1))
    days = [WorkedDay(D(2026, 11, d), Decimal(1)) for d in (2, 3, 4, 5, 6)]
    report = activity_reports.save_report(
        signed_contract, 2026, 11, activity_reports.ReportContent(days, [], "")
    )
    dialog = ActivityReportDialog(signed_contract, D(2026, 11, 1), profile=profile)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pdf_button.isVisible() and dialog.email_button.isVisible()
    click(dialog.pdf_button)
    viewer = preview_shown(qtbot)
    assert viewer.document.pageCount() == 1
    text = " ".join(p.extract_text() for p in PdfReader(viewer.path).pages)
    assert "COMPTE RENDU D’ACTIVITÉ" in text and "PROJET" not in text  # the copy to sign
    close(viewer)

    seen = {}

    def send(send_dialog: SendMailDialog) -> None:
        seen.update(kind=send_dialog.kind.name, attachments=send_dialog.attached.text())
        send_dialog.send_button.click()

    when_modal(SendMailDialog, send)
    click(dialog.email_button)
    assert seen["kind"] == "cra"
    assert "cra-CT-2026-00001-2026-11.pdf" in seen["attachments"]
    assert len(mail.received) == 1
    assert ActivityReport.get_by_id(report).status == "draft"  # approved: then validated
    assert "sent to the client on" in dialog.status_label.text()


def test_the_month_batch_issues_then_builds_the_pdfs_on_both_cores(
    qtbot, monkeypatch, profile, signed_contract, my_company, tmp_path
):
    set_day(monkeypatch, D(2026, 12, 1))
    for month in (10, 11):
        report = activity_reports.save_report(
            signed_contract,
            2026,
            month,
            activity_reports.ReportContent([WorkedDay(D(2026, month, 2), Decimal(1))], [], ""),
        )
        activity_reports.validate_report(report, D(2026, 12, 1))
    dialog = BatchIssueDialog(profile=profile)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.make_pdfs.isChecked()  # proposed: the month's PDFs
    assert dialog.folder.text().endswith("Invoices 2026-11")
    folder = tmp_path / "pdfs"
    dialog.folder.setText(str(folder))
    ids = [r.id for r in ActivityReport.select().order_by(ActivityReport.month)]
    monkeypatch.setattr(dialog, "chosen_ids", lambda: ids)  # October too
    dialog.summary.setText("")
    click(dialog.issue_button)
    qtbot.waitUntil(lambda: "PDFs made" in dialog.summary.text(), timeout=30000)
    numbers = [i.number for i in Invoice.select().order_by(Invoice.number)]
    assert numbers == ["FA-2026-00001", "FA-2026-00002"]
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["facture-FA-2026-00001.pdf", "facture-FA-2026-00002.pdf"]
    for name in files:
        assert len(PdfReader(folder / name).pages) == 1
    assert f"2 PDFs made in the folder: {folder}" in dialog.summary.text()
    assert dialog.open_folder.isVisible()


def test_a_deposit_due_is_invoiced_from_to_do_in_one_click(
    qtbot, monkeypatch, profile, signed_contract, my_company, tmp_path
):
    from desktop.domain.quotes import QuoteDraft, QuoteLineDraft
    from desktop.services import quotes

    set_day(monkeypatch, D(2026, 12, 1))
    day = D(2026, 11, 2)
    mission = Contract.get_by_id(signed_contract).mission_id
    quote_id = quotes.create_from_mission(mission, day)
    lines = [QuoteLineDraft("days", "Développement", Decimal(20), Decimal(650), Decimal(20))]
    quotes.save_draft(
        quote_id, QuoteDraft("Refonte", day + dt.timedelta(days=30), Decimal(30), lines=lines), day
    )
    quotes.send(quote_id, day)
    quotes.accept(quote_id, day)  # a new contract draft, the deposit flagged
    contract = Quote.get_by_id(quote_id).contract_id
    todo = FollowUpsPage(UiState(tmp_path / "ui.ini"), today=lambda: D(2026, 12, 1))
    todo.profile = profile
    qtbot.addWidget(todo)
    todo.show()
    todo.refresh()
    settle(qtbot, todo)
    titles = [todo.tree.topLevelItem(i).text(0) for i in range(todo.tree.topLevelItemCount())]
    assert "Deposits to invoice (1)" in titles
    group = todo.tree.topLevelItem(titles.index("Deposits to invoice (1)"))
    todo.tree.setCurrentItem(group.child(0))
    assert todo.buttons["done"].isEnabled()
    opened = []

    def check(editor: InvoiceEditor) -> None:
        opened.append((editor.invoice_id, editor.type.currentData()))
        editor.reject()

    drive(InvoiceEditor, check)
    click(todo.buttons["done"])
    [draft] = Invoice.select()
    assert opened == [(draft.id, "deposit")]
    assert draft.contract_id == contract and draft.issued_at is None  # waits to be issued
    assert draft.total_excl_tax == Decimal("3900.00")  # 30 % of 20 days x 650
    todo.refresh()  # still due until the deposit invoice is issued: the same draft again
    group = todo.tree.topLevelItem(titles.index("Deposits to invoice (1)"))
    todo.tree.setCurrentItem(group.child(0))
    drive(InvoiceEditor, check)
    click(todo.buttons["done"])
    assert Invoice.select().count() == 1 and opened[-1][0] == draft.id


def test_cancel_while_the_pdfs_are_made_keeps_every_invoice_issued(
    qtbot, monkeypatch, profile, signed_contract, my_company, tmp_path
):
    import threading

    from desktop.services import batch_invoices

    set_day(monkeypatch, D(2026, 12, 1))
    ids = []
    for month in (10, 11):
        report = activity_reports.save_report(
            signed_contract,
            2026,
            month,
            activity_reports.ReportContent([WorkedDay(D(2026, month, 2), Decimal(1))], [], ""),
        )
        activity_reports.validate_report(report, D(2026, 12, 1))
        ids.append(report)
    release = threading.Event()
    real = batch_invoices.build_issued

    def slow(invoice_ids, folder, outcome, profile=None, **kwargs):
        steps = real(invoice_ids, folder, outcome, profile, workers=1, **kwargs)
        step = next(steps)  # the first PDF made
        yield step
        release.wait(5)  # the user presses Cancel here...
        yield step  # ...which is seen before the second one starts
        yield from steps

    monkeypatch.setattr(batch_invoices, "build_issued", slow)
    dialog = BatchIssueDialog(profile=profile)
    qtbot.addWidget(dialog)
    folder = tmp_path / "pdfs"
    dialog.folder.setText(str(folder))
    monkeypatch.setattr(dialog, "chosen_ids", lambda: ids)
    dialog.summary.setText("")
    dialog.start()
    first = folder / "facture-FA-2026-00001.pdf"
    qtbot.waitUntil(first.exists, timeout=10000)  # written whole (renamed into place)
    dialog.progress.findChild(QPushButton).click()  # the progress dialog's Cancel
    release.set()
    qtbot.waitUntil(lambda: "issued" in dialog.summary.text(), timeout=10000)
    summary = dialog.summary.text()
    assert "2 invoices issued: FA-2026-00001, FA-2026-00002" in summary
    assert "1 PDF made in the folder" in summary
    assert "Cancelled while making the PDFs: every invoice is issued" in summary
    assert [p.name for p in folder.iterdir()] == ["facture-FA-2026-00001.pdf"]
    assert not dialog.open_folder.isHidden()
