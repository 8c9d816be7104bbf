"""The contract's "Activity reports" tab: its months, their days and status, and the
buttons that open last month's or this month's report."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.profile import Profile
from desktop.services import activity_reports
from desktop.ui.activity_reports.dialog import ActivityReportDialog, month_title, status_text
from desktop.ui.invoices import clock
from desktop.ui.invoices.common import cell, number, read_only_table


def previous_month(day: dt.date) -> dt.date:
    return (day.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


class ReportsTab(QWidget):
    """``invoice_made(id)`` once a report became its invoice draft; ``changed()`` after
    any save."""

    invoice_made = Signal(int)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, profile: Profile | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsTab")
        self.profile = profile  # the report dialog's PDF and e-mail
        self.contract_id: int | None = None
        self.table = read_only_table(
            "reportsTable",
            [self.tr("Month"), self.tr("Days"), self.tr("Status"), self.tr("Invoice")],
            stretch=0,
        )
        self.table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.last_month = QPushButton()
        self.last_month.setObjectName("lastMonthReport")
        self.last_month.clicked.connect(lambda: self.open_month(previous_month(clock.today())))
        self.this_month = QPushButton()
        self.this_month.setObjectName("thisMonthReport")
        self.this_month.clicked.connect(lambda: self.open_month(clock.today().replace(day=1)))
        self.hint = QLabel(
            self.tr(
                "Tick the days worked each month; once the client approves the report, "
                "validate it and make its invoice in one click."
            )
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.last_month)
        buttons.addWidget(self.this_month)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

    def set_contract(self, contract_id: int | None) -> None:
        self.contract_id = contract_id
        today = clock.today()
        for button, month in (
            (self.last_month, previous_month(today)),
            (self.this_month, today.replace(day=1)),
        ):
            button.setText(self.tr("Report of {month}…").format(month=month_title(month)))
        self.refresh()

    def refresh(self) -> None:
        self.table.setRowCount(0)
        if self.contract_id is None:
            return
        for report in activity_reports.reports_of(self.contract_id):
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, cell(month_title(report.month).capitalize(), report.month))
            self.table.setItem(row, 1, cell(number(report.days), right=True))
            self.table.setItem(row, 2, cell(status_text(report.status)))
            invoice = report.invoice_number or (self.tr("draft") if report.invoice_id else "")
            self.table.setItem(row, 3, cell(invoice))

    def open_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.open_month(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def open_month(self, month: dt.date) -> None:
        if self.contract_id is None:
            return
        dialog = ActivityReportDialog(self.contract_id, month, self.window(), profile=self.profile)
        dialog.invoice_made.connect(self.invoice_made)
        dialog.exec()
        self.refresh()
        self.changed.emit()
