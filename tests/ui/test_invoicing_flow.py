"""From a signed contract to a credit note, as a freelancer clicks through it.

November's activity report is ticked in the contract's tab, validated, and made into its
invoice, which is issued; the client pays part of it; once it is late, To do proposes the
reminder, which goes into the client's traces, and the penalties are billed on their own
invoice; finally part of the invoice is credited. Editing the issued invoice is refused
with a message that proposes the credit note. Every step goes through the widgets.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
)

from desktop.domain.vocabulary import InvoiceType
from desktop.services.receivables import ageing
from desktop.store.models import Activity, ActivityReport, Company, Invoice, InvoiceLine, Reminder
from desktop.ui import i18n
from desktop.ui.activity_reports.dialog import ActivityReportDialog
from desktop.ui.activity_reports.tab import ReportsTab
from desktop.ui.followups.page import FollowUpsPage
from desktop.ui.invoices.dialogs import CreditNoteDialog, PaymentDialog, PenaltyDialog
from desktop.ui.invoices.editor import InvoiceEditor
from desktop.ui.invoices.receivables import ReceivablesWindow
from desktop.ui.state import UiState
from tests.ui.conftest import settle
from tests.ui.invoicing_book import D, drive, my_company, set_day, signed_contract

__all__ = ["my_company", "signed_contract"]  # fixtures

MONTH_END = D(2026, 12, 1)  # November's report is invoiced on 1 December: due 31 December
LATE = D(2027, 1, 20)  # 20 days after the due date


def click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def press(box: QMessageBox, text: str) -> None:
    """Click the message box's button whose text is ``text`` (or a standard Yes)."""
    for button in box.buttons():
        if button.text().replace("&", "") == text:
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")


def yes(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()


def reports_tab(qtbot, window, contract_id: int) -> ReportsTab:
    page = window.go_to("contracts", contract_id)
    settle(qtbot, page)  # the contract selected (its tabs are disabled until then)
    titles = [page.detail.tabs.tabText(i) for i in range(page.detail.tabs.count())]
    page.detail.tabs.setCurrentIndex(titles.index("Activity reports"))
    page.detail.flush()
    return page.detail.tabs.currentWidget()


def fill_november(qtbot, dialog: ActivityReportDialog, issued: list[str]) -> None:
    """Tick the month, half a day on its last day, two on-call days; validate; invoice it."""
    assert dialog.month_label.text() == "November 2026"
    armistice = dialog.calendar.buttons[D(2026, 11, 11)]
    assert armistice.property("holiday") and "Armistice" in armistice.toolTip()
    assert dialog.calendar.buttons[D(2026, 11, 14)].property("weekend")
    click(dialog.tick_all)
    click(dialog.calendar.buttons[D(2026, 11, 30)])  # full -> half day
    assert dialog.calendar.buttons[D(2026, 11, 30)].property("worked") == "half"
    assert not armistice.fraction  # the holiday stays unticked
    click(dialog.add_extra)
    dialog.extras.setItem(0, 1, QTableWidgetItem("Astreinte mise en production"))
    dialog.extras.setItem(0, 2, QTableWidgetItem("2"))
    dialog.extras.setItem(0, 3, QTableWidgetItem("150"))
    assert "<b>19.5</b>" in dialog.summary.text()  # days worked
    assert "€12,975.00" in dialog.summary.text()  # 19.5 x 650 + 2 x 150, excl. VAT
    drive(QMessageBox, yes)  # "Validate the report of November 2026?"
    click(dialog.validate_button)
    assert dialog.status == "validated" and dialog.invoice_button.isEnabled()
    assert not dialog.calendar.buttons[D(2026, 11, 2)].isEnabled()  # frozen

    def issue(editor: InvoiceEditor) -> None:
        assert editor.lines.rowCount() == 2
        assert "€15,570.00" in editor.totals.text()  # 12,975 + 20 % VAT
        drive(QMessageBox, lambda box: press(box, "Issue"))
        click(editor.issue_button)
        issued.append(editor.issued_number)

    drive(InvoiceEditor, issue)
    click(dialog.invoice_button)
    assert dialog.status == "invoiced"
    dialog.close_dialog()


def test_from_a_signed_contract_to_a_credit_note(
    qtbot, make_window, monkeypatch, signed_contract, my_company, tmp_path
):
    set_day(monkeypatch, MONTH_END)
    window = make_window()

    # 1. November's activity report, from the contract, made into its invoice and issued
    tab = reports_tab(qtbot, window, signed_contract)
    assert tab.last_month.text() == "Report of November 2026…"
    issued: list[str] = []
    drive(ActivityReportDialog, lambda dialog: fill_november(qtbot, dialog, issued))
    click(tab.last_month)
    assert issued == ["FA-2026-00001"]
    assert tab.table.item(0, 2).text() == "Invoiced" and tab.table.item(0, 3).text() == issued[0]
    invoice = Invoice.get(Invoice.number == "FA-2026-00001")
    assert invoice.total_excl_tax == Decimal("12975.00")  # 19.5 days x 650 + 2 x 150
    assert invoice.due_date == D(2026, 12, 31)
    assert ActivityReport.get().invoice_id == invoice.id

    # 2. a partial payment from the invoice list
    page = window.go_to("invoices", invoice.id)
    settle(qtbot, page)
    bar = page.invoice_bar
    assert bar.buttons["payment"].isEnabled() and not bar.buttons["issue"].isEnabled()

    def pay(dialog: PaymentDialog) -> None:
        assert dialog.amount.amount() == Decimal("15570.00")  # the balance, proposed
        dialog.amount.setText("5 000,00")
        dialog.method.setCurrentIndex(dialog.method.findData("cheque"))
        click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))

    drive(PaymentDialog, pay)
    click(bar.buttons["payment"])
    settle(qtbot, page)
    invoice = Invoice.get_by_id(invoice.id)
    assert (invoice.amount_paid, invoice.status) == (Decimal("5000.00"), "partially_paid")
    assert "Partially paid" in page.detail.summary.toPlainText()

    # 3. twenty days late: To do proposes the reminder; recording it writes the trace
    set_day(monkeypatch, LATE)
    Company.update(next_follow_up_on=LATE).execute()  # a follow-up due too: reminders first
    todo = FollowUpsPage(UiState(tmp_path / "ui.ini"), today=lambda: LATE)
    qtbot.addWidget(todo)
    todo.show()
    qtbot.waitExposed(todo)
    todo.refresh()
    settle(qtbot, todo)
    group = todo.tree.topLevelItem(0)  # first: money waits for nobody
    assert group.text(0) == "Reminders due (1)"
    assert todo.tree.topLevelItem(1).text(0) == "Today (1)"
    row = group.child(0)
    assert row.text(0) == "FA-2026-00001 · Banque Azur" and row.text(1) == "Friendly reminder"
    assert "€10,570.00" in row.text(2)  # 15,570 less the 5,000 paid
    todo.tree.setCurrentItem(row)
    drive(QMessageBox, yes)
    click(todo.buttons["done"])
    settle(qtbot, todo)
    trace = Activity.get(Activity.subject_type == "company")
    assert trace.title == "Relance amiable – facture FA-2026-00001"
    assert Reminder.get().level == "friendly"
    second = todo.tree.topLevelItem(0).child(0)
    assert second.text(1) == "Second reminder"  # D+15 has come too: next step proposed

    # ... and the penalties on a separate invoice that refers to the late one
    window.go_to("invoices", invoice.id)
    settle(qtbot, page)
    bar.update_buttons(invoice.id)
    qtbot.waitUntil(lambda: bar.settled)
    assert bar.late_actions["penalty"].isEnabled()
    penalty_numbers: list[str] = []

    def bill(dialog: PenaltyDialog) -> None:
        text = dialog.findChild(QLabel, "penaltyText").text()
        assert "due on 31/12/2026, is 20 days late" in text
        assert dialog.indemnity.isChecked()

        def issue(editor: InvoiceEditor) -> None:
            assert "Late-payment penalties" in editor.type.currentText()
            drive(QMessageBox, lambda box: press(box, "Issue"))
            click(editor.issue_button)
            penalty_numbers.append(editor.issued_number)

        drive(InvoiceEditor, issue)
        click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    drive(PenaltyDialog, bill)
    bar.late_actions["penalty"].trigger()
    penalty = Invoice.get(Invoice.invoice_type == InvoiceType.PENALTY)
    assert penalty.number == penalty_numbers[0] == "FA-2027-00001"
    lines = list(InvoiceLine.select().where(InvoiceLine.invoice == penalty.id))
    assert {ln.line_kind for ln in lines} == {"interest", "indemnity"}
    assert all(ln.source_invoice_id == invoice.id for ln in lines)
    assert penalty.total_tax == 0  # outside the scope of VAT
    assert Invoice.get_by_id(invoice.id).total_incl_tax == Decimal("15570.00")  # untouched

    # 4. editing the issued invoice is refused, and the message proposes a credit note
    window.go_to("invoices", invoice.id)
    settle(qtbot, page)
    messages: list[str] = []
    drive(QMessageBox, lambda box: messages.append(box.text()))
    click(page.buttons["edit"])
    assert "FA-2026-00001 is issued and can no longer be changed" in messages[0]
    assert "credit note" in messages[0]

    # 5. a partial credit note: the on-call days were not due
    notes: list[str] = []

    def credit(dialog: CreditNoteDialog) -> None:
        dialog.partial.click()  # (a mouse click at its centre misses a wide radio button)
        dialog.lines.item(0, 0).setCheckState(Qt.CheckState.Unchecked)  # the days stay
        dialog.lines.item(1, 2).setText("2")
        click(dialog.findChild(QPushButton, "creditIssue"))
        notes.append(dialog.issued_number)

    drive(CreditNoteDialog, credit)
    click(bar.buttons["credit"])
    assert notes == ["FA-2027-00002"]
    assert Invoice.get_by_id(invoice.id).amount_credited == Decimal("360.00")  # 300 + VAT

    # the receivables view shows what the service computes
    view = ReceivablesWindow(window)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.show()
    expected = ageing(LATE)
    assert view.total_label.text() == i18n_money(expected.total.total)
    assert view.clients.item(0, 0).text() == "Banque Azur"
    QApplication.processEvents()


def i18n_money(amount: Decimal) -> str:
    from desktop.domain import formatting

    return formatting.format_money(amount, i18n.language())
