"""The month calendar of an activity report: ticking, half days, weekends and holidays
confirmed, months saved when leaving them, a validated month frozen."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from desktop.services.activity_reports import report_content, report_for, reports_of
from desktop.ui.activity_reports.dialog import ActivityReportDialog
from desktop.ui.activity_reports.tab import ReportsTab
from tests.ui.invoicing_book import D, drive, set_day, signed_contract

__all__ = ["signed_contract"]  # fixture


def click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def make(qtbot, contract_id: int, month) -> ActivityReportDialog:
    dialog = ActivityReportDialog(contract_id, month)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_click_cycles_full_half_and_not_worked(qtbot, signed_contract):
    dialog = make(qtbot, signed_contract, D(2026, 10, 1))
    assert dialog.month_label.text() == "October 2026"
    day = dialog.calendar.buttons[D(2026, 10, 5)]
    assert day.text() == "5"
    click(day)
    assert (day.fraction, day.text()) == (Decimal(1), "5  ✓")
    click(day)
    assert (day.fraction, day.text()) == (Decimal("0.5"), "5  ½")
    click(day)
    assert day.fraction == 0
    click(dialog.tick_all)
    assert "<b>22</b>" in dialog.summary.text()  # October 2026: 22 working days
    assert "€14,300.00" in dialog.summary.text()


def test_weekends_and_holidays_ticked_are_confirmed(qtbot, signed_contract):
    dialog = make(qtbot, signed_contract, D(2026, 11, 1))
    click(dialog.calendar.buttons[D(2026, 11, 11)])  # Armistice
    click(dialog.calendar.buttons[D(2026, 11, 14)])  # a Saturday
    questions: list[str] = []

    def refuse(box: QMessageBox) -> None:
        questions.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    drive(QMessageBox, refuse)
    assert not dialog.save()
    assert "11/11/2026 (Armistice Day)" in questions[0] and "14/11/2026" in questions[0]
    assert report_for(signed_contract, 2026, 11) is None  # nothing written
    drive(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    assert dialog.save()
    assert [d.day for d in report_content(dialog.report_id).days] == [
        D(2026, 11, 11),
        D(2026, 11, 14),
    ]


def test_changing_month_saves_the_one_left_and_a_validated_month_is_frozen(
    qtbot, monkeypatch, signed_contract
):
    set_day(monkeypatch, D(2026, 12, 2))
    dialog = make(qtbot, signed_contract, D(2026, 11, 1))
    click(dialog.calendar.buttons[D(2026, 11, 2)])
    click(dialog.next)  # to December: November is saved first
    assert dialog.month_label.text() == "December 2026" and dialog.status_label.text() == (
        "New report"
    )
    november = report_for(signed_contract, 2026, 11)
    assert [d.day for d in report_content(november).days] == [D(2026, 11, 2)]
    click(dialog.previous)
    assert dialog.calendar.buttons[D(2026, 11, 2)].fraction == 1
    drive(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    click(dialog.validate_button)
    assert dialog.status_label.text() == "Validated on 02/12/2026: ready to invoice"
    assert not dialog.calendar.buttons[D(2026, 11, 3)].isEnabled()
    assert not dialog.save_button.isEnabled() and dialog.invoice_button.isEnabled()


def test_the_contract_tab_lists_the_months(qtbot, monkeypatch, signed_contract):
    set_day(monkeypatch, D(2026, 12, 2))
    tab = ReportsTab()
    qtbot.addWidget(tab)
    tab.set_contract(signed_contract)
    assert (tab.last_month.text(), tab.this_month.text()) == (
        "Report of November 2026…",
        "Report of December 2026…",
    )

    def tick(dialog: ActivityReportDialog) -> None:
        click(dialog.tick_all)
        dialog.close_dialog()  # asks to save the changes

    drive(ActivityReportDialog, tick)
    drive(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Save).click())
    click(tab.last_month)
    [row] = reports_of(signed_contract)
    assert row.days == Decimal(20) and row.status == "draft"
    assert [tab.table.item(0, c).text() for c in range(3)] == ["November 2026", "20", "Draft"]
