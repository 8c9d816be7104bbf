"""Settings > Invoicing: numbering per series, default terms, dunning, rates, accounts;
a wrong value is named and nothing is saved while one is wrong."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QTableWidgetItem

from desktop.domain.late_payment import ECB
from desktop.services import settings
from desktop.services.late_payment_rates import rate_table
from desktop.ui.settings.invoicing import InvoicingSettings
from tests.ui.invoicing_book import D, set_day


def make(qtbot, profile) -> InvoicingSettings:
    page = InvoicingSettings(profile)
    qtbot.addWidget(page)
    page.show()
    return page


def save(page: InvoicingSettings) -> None:
    QTest.mouseClick(page.findChild(QPushButton, "saveInvoicing"), Qt.MouseButton.LeftButton)


def test_the_page_is_listed_in_settings(window):
    settings_page = window.go_to("settings")
    page = settings_page.page("invoicing")
    assert isinstance(page, InvoicingSettings)
    assert settings_page.pages.currentItem().text() == "Invoicing"


def test_numbering_terms_and_dunning_are_saved_together(qtbot, monkeypatch, db, profile):
    set_day(monkeypatch, D(2026, 12, 7))
    page = make(qtbot, profile)
    assert page.series_table.item(0, 1).text() == "FA-{year}-{seq:05}"
    page._add_series("AV", "AV-{year}-{seq:04}")
    page.credit_series.setCurrentIndex(page.credit_series.findData("AV"))
    assert page.sample.text() == "Next numbers look like: FA-2026-00001, AV-2026-0001"
    page.term_method.setCurrentIndex(page.term_method.findData("days_end_of_month"))
    page.term_days.setValue(45)
    page.dunning_table.cellWidget(0, 0).setValue(3)
    page._add_step(60, "formal_notice")
    page.accounts["services"].setText("706100")
    page.subdivision.setCurrentIndex(page.subdivision.findData("57"))
    save(page)
    assert page.saved.text().startswith("Saved.")
    numbering = settings.get("invoicing.numbering")
    assert numbering["series"] == {"FA": "FA-{year}-{seq:05}", "AV": "AV-{year}-{seq:04}"}
    assert numbering["by_type"] == {"credit_note": "AV"}
    assert settings.get("invoicing.payment_term") == {"method": "days_end_of_month", "days": 45}
    assert [s["days"] for s in settings.get("invoicing.dunning")] == [3, 15, 30, 60]
    assert settings.get("invoicing.accounts") == {"services": "706100"}
    assert settings.get("activity_reports.holiday_subdivision") == "57"


def test_a_wrong_value_is_named_and_nothing_is_saved(qtbot, db, profile):
    page = make(qtbot, profile)
    page.series_table.setItem(0, 1, QTableWidgetItem("FA-{year}"))  # no {seq}
    page.term_days.setValue(75)
    page.accounts["bank"].setText("512 000")
    save(page)
    lines = page.banner.text().splitlines()
    assert lines[0].startswith("Numbering pattern: the pattern must contain {seq}")
    assert lines[1].startswith("Payment term: 75 days is beyond the legal maximum of 60 days")
    assert lines[2] == "Account numbers: “512 000”: an account is letters and digits"
    assert page.term_days.property("invalid") is True
    assert settings.get("invoicing.payment_term") == {"method": "days", "days": 30}
    assert settings.get("invoicing.numbering")["series"] == {"FA": "FA-{year}-{seq:05}"}


def test_a_newer_rate_extends_the_shipped_table(qtbot, monkeypatch, db, profile):
    set_day(monkeypatch, D(2026, 12, 7))
    page = make(qtbot, profile)
    assert "The table stops before 01/07/2026" in page.rate_status.text()  # stale: said
    shipped_rows = page.rates_table.rowCount()
    page.new_rate_series.setCurrentIndex(page.new_rate_series.findData(ECB))
    page.new_rate_from.setDate(QDate(2026, 6, 11))
    page.new_rate.setValue(2.0)
    page.add_rate()
    assert page.rates_table.rowCount() == shipped_rows + 1
    assert page.rates_table.item(0, 3).text() == "yours"  # newest first
    save(page)
    table = rate_table()
    assert table.in_force(ECB, D(2026, 7, 1))[0] == 2
    assert page.rate_status.text().startswith(
        "Default penalty rate today: 12 % a year (ECB 2 % + 10 points, in force on 01/07/2026)"
    )
    page.rates_table.selectRow(1)  # a shipped rate stays
    page.remove_rate()
    assert "cannot be removed" in page.saved.text()
