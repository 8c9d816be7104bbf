"""The invoice editor and the Invoices section as a user drives them: lines and live
totals, VAT regimes, illegal terms refused with the field named, deposits deducted by the
final invoice, a milestone, mentions kept, drafts deleted, issued ones locked."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QTableWidgetItem

from desktop.domain.invoice_document import Address
from desktop.domain.vocabulary import InvoiceType
from desktop.services.invoices import editable_draft
from desktop.store.models import Company, Invoice, Setting
from desktop.ui.invoices.editor import InvoiceEditor
from desktop.ui.invoices.lines import DESCRIPTION, KIND, PRICE, QUANTITY
from tests.ui.conftest import settle
from tests.ui.invoicing_book import D, drive, my_company, set_day, signed_contract

__all__ = ["my_company", "signed_contract"]  # fixtures

DAY = D(2026, 12, 1)


def click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_line(editor: InvoiceEditor, row: int, text: str, quantity: str, price: str) -> None:
    editor.lines.setItem(row, DESCRIPTION, QTableWidgetItem(text))
    editor.lines.item(row, QUANTITY).setText(quantity)
    editor.lines.item(row, PRICE).setText(price)


def new_editor(qtbot, company_id: int | None = None) -> InvoiceEditor:
    editor = InvoiceEditor(None, company_id=company_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


@pytest.fixture
def client(signed_contract) -> int:
    return Company.get(Company.name == "Banque Azur").id


def test_totals_follow_the_lines_and_the_vat_regime(qtbot, monkeypatch, client, my_company):
    set_day(monkeypatch, DAY)
    editor = new_editor(qtbot, client)
    assert editor.contract.currentText().startswith("CT-2026-00001")
    type_line(editor, 0, "Développement", "2,5", "650")
    assert editor.lines.item(0, 6).text() == "€1,625.00"
    assert "€1,950.00" in editor.totals.text()  # 1,625 + 20 % VAT
    editor.lines.cellWidget(0, 5).setCurrentIndex(1)  # 10 %
    assert "VAT 10 %" in editor.totals.text() and "€1,787.50" in editor.totals.text()
    editor.regime.setCurrentIndex(editor.regime.findData("reverse_charge"))
    assert not editor.lines.cellWidget(0, 5).isEnabled()  # the client pays the VAT
    note = editor.regime_note.text()
    assert "Autoliquidation" in note and "FR27552120222" in note and "FR83443061841" in note
    assert "€1,625.00</b>" in editor.totals.text()
    editor.regime.setCurrentIndex(editor.regime.findData("franchise"))
    assert "TVA non applicable, art. 293 B du CGI" in editor.totals.text()


def test_an_illegal_term_is_refused_naming_the_field_and_nothing_is_written(
    qtbot, monkeypatch, client, my_company
):
    set_day(monkeypatch, DAY)
    editor = new_editor(qtbot, client)
    type_line(editor, 0, "Conseil", "1", "800")
    editor.term_method.setCurrentIndex(editor.term_method.findData("days"))
    editor.term_days.setValue(75)
    assert "legal maximum of 60 days" in editor.due_hint.text()  # said while typing
    click(editor.save_button)
    assert editor.isVisible() and Invoice.select().count() == 0
    assert editor.banner.text().startswith("Payment term: 75 days is beyond the legal maximum")
    assert editor.term_days.property("invalid") is True
    editor.term_method.setCurrentIndex(editor.term_method.findData("days_end_of_month"))
    editor.term_days.setValue(45)
    assert editor.due_hint.text() == "Due on 31/01/2027 if issued today"
    click(editor.save_button)
    assert not editor.isVisible()
    invoice = Invoice.get_by_id(editor.saved_id)
    assert (invoice.payment_term_method, invoice.payment_term_days) == ("days_end_of_month", 45)


def test_a_line_that_is_no_number_is_named_with_its_line(qtbot, monkeypatch, client):
    set_day(monkeypatch, DAY)
    editor = new_editor(qtbot, client)
    type_line(editor, 0, "Conseil", "deux", "800")
    click(editor.save_button)
    assert editor.banner.text() == "Quantity: line 1: “deux” is not a number"
    assert editor.lines.property("invalid") is True


def test_mentions_and_terms_are_kept_with_the_draft(qtbot, monkeypatch, client, my_company):
    set_day(monkeypatch, DAY)
    editor = new_editor(qtbot, client)
    type_line(editor, 0, "Formation", "1", "1200")
    editor.discount.setChecked(True)
    editor.discount_rate.setValue(2)
    editor.discount_days.setValue(10)
    editor.agreed_rate.setChecked(True)
    editor.penalty_rate.setValue(15)
    editor.vat_on_debits.setChecked(True)
    editor.delivery.setChecked(True)
    editor.delivery_line.setText("Site de Lyon, 3 quai Perrache")
    editor.delivery_postal.setText("69002")
    editor.delivery_city.setText("Lyon")
    editor.purchase_order.setText("BC-7781")
    click(editor.save_button)
    draft, lines = editable_draft(editor.saved_id)
    assert (draft.discount_rate, draft.discount_days) == (Decimal("2.00"), 10)
    assert draft.late_penalty_rate == Decimal("15.00") and draft.vat_on_debits
    assert draft.delivery_address == Address("Site de Lyon, 3 quai Perrache", "", "69002", "Lyon")
    assert draft.purchase_order == "BC-7781" and lines[0].unit_price == Decimal("1200.00")
    again = InvoiceEditor(editor.saved_id)  # what was saved reads back into the form
    qtbot.addWidget(again)
    assert again.discount.isChecked() and again.discount_days.value() == 10
    assert again.delivery_city.text() == "Lyon" and again.penalty_rate.value() == 15
    assert again.windowTitle() == "Draft invoice"


def test_a_final_invoice_deducts_the_issued_deposit(qtbot, monkeypatch, client, my_company):
    set_day(monkeypatch, DAY)
    deposit = new_editor(qtbot, client)
    deposit.type.setCurrentIndex(deposit.type.findData(InvoiceType.DEPOSIT.value))
    type_line(deposit, 0, "Acompte de 30 % à la commande", "1", "3000")
    deposit.lines.cellWidget(0, KIND).setCurrentIndex(
        deposit.lines.cellWidget(0, KIND).findData("deposit")
    )
    drive(QMessageBox, lambda box: _press(box, "Issue"))
    click(deposit.issue_button)
    assert deposit.issued_number == "FA-2026-00001"

    final = new_editor(qtbot, client)
    final.type.setCurrentIndex(final.type.findData(InvoiceType.FINAL.value))
    assert "deposits to deduct" in final.banner.text()
    type_line(final, 0, "Développement, solde", "20", "650")
    final.add_actions["deposits"].trigger()
    assert final.lines.rowCount() == 2
    assert final.lines.item(1, DESCRIPTION).text().startswith("Acompte FA-2026-00001")
    assert final.lines.item(1, QUANTITY).text() == "-1"
    assert "€12,000.00" in final.totals.text()  # 13,000 - 3,000 excl. VAT
    click(final.save_button)
    invoice = Invoice.get_by_id(final.saved_id)
    assert invoice.invoice_type == "final" and invoice.total_excl_tax == Decimal("10000.00")


def _press(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()


def test_a_milestone_of_the_mission_becomes_a_line(qtbot, monkeypatch, client):
    set_day(monkeypatch, DAY)
    editor = new_editor(qtbot, client)
    drive(QInputDialog, lambda dialog: dialog.accept())  # the first (only) milestone
    editor.add_actions["milestone"].trigger()
    assert editor.lines.rowCount() == 1  # the blank line made room
    assert editor.lines.item(0, DESCRIPTION).text() == "Jalon : Recette"
    assert editor.type.currentData() == "milestone"
    assert editor.lines.cellWidget(0, KIND).currentData() == "milestone"


def test_issuing_without_my_company_says_what_to_fill(qtbot, monkeypatch, client):
    set_day(monkeypatch, DAY)
    editor = new_editor(qtbot, client)
    type_line(editor, 0, "Conseil", "1", "800")
    drive(QMessageBox, lambda box: _press(box, "Issue"))
    click(editor.issue_button)
    assert editor.isVisible() and editor.saved_id is not None  # the draft is kept
    assert "Your company's identity is incomplete for an invoice" in editor.banner.text()
    assert "SIREN" in editor.banner.text()
    assert Invoice.get_by_id(editor.saved_id).number is None
    assert Setting.select().count() == 0


def test_drafts_are_deleted_but_an_issued_invoice_is_refused(
    qtbot, make_window, monkeypatch, client, my_company
):
    set_day(monkeypatch, DAY)
    window = make_window()
    page = window.go_to("invoices")
    drive(InvoiceEditor, lambda editor: _new_and_save(editor, client))
    click(page.buttons["new"])
    settle(qtbot, page)  # the list reads the new draft off the UI thread, then selects it
    draft_id = Invoice.get().id
    assert page.selected_id() == draft_id
    assert page.invoice_bar.buttons["issue"].isEnabled()
    drive(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    click(page.buttons["delete"])
    assert Invoice.select().count() == 0

    drive(InvoiceEditor, lambda editor: _new_and_save(editor, client))
    click(page.buttons["new"])
    settle(qtbot, page)
    drive(QMessageBox, lambda box: _press(box, "Issue"))
    click(page.invoice_bar.buttons["issue"])
    settle(qtbot, page)
    issued = Invoice.get()
    assert issued.number == "FA-2026-00001"
    assert "FA-2026-00001" in page.detail.summary.toPlainText()
    texts: list[str] = []
    drive(QMessageBox, lambda box: texts.append(box.text()))
    click(page.buttons["delete"])
    assert "can no longer be deleted" in texts[0] and "credit note" in texts[0]
    assert Invoice.select().count() == 1


def _new_and_save(editor: InvoiceEditor, client: int) -> None:
    from desktop.services import companies

    editor.client.set_record(client, companies.company_label(client))
    type_line(editor, 0, "Conseil", "1", "800")
    click(editor.save_button)
