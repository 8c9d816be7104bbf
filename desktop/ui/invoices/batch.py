"""Month-end: the validated activity reports of a month invoiced and issued in one go.

The reports to invoice are listed with their days and amount; the ticked ones are
invoiced and issued off the UI thread behind a progress bar with Cancel
(desktop.services.invoice_batch.issue_month, one transaction per invoice). At the end,
what was issued and each refusal with its reason.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import invoice_batch
from desktop.services.invoice_batch import BatchOutcome, MonthReport
from desktop.services.seller import seller
from desktop.ui import i18n
from desktop.ui.invoices import clock
from desktop.ui.invoices.common import cell, error_text, money, number, read_only_table
from desktop.ui.tasks import run_with_progress


def previous_month(day: dt.date) -> dt.date:
    return (day.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


class BatchIssueDialog(QDialog):
    """Pick the month, tick the reports, issue. ``outcome`` holds what was done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchIssueDialog")
        self.setWindowTitle(self.tr("Issue a month's invoices"))
        self.outcome = BatchOutcome()
        self.reports: list[MonthReport] = []
        self.progress = None
        month = previous_month(clock.today())
        self.month = QDateEdit(QDate(month.year, month.month, 1))
        self.month.setObjectName("batchMonth")
        self.month.setDisplayFormat("MM/yyyy")
        self.month.setCalendarPopup(False)
        self.month.dateChanged.connect(lambda _d: self.load())
        intro = QLabel(
            self.tr(
                "Every validated activity report of the month becomes its invoice (days x "
                "daily rate, on-call and overtime), issued with the next number and today's "
                "date. A report that cannot be issued is skipped with the reason."
            )
        )
        intro.setWordWrap(True)
        self.table = read_only_table(
            "batchReports",
            [self.tr("Contract"), self.tr("Client"), self.tr("Days"), self.tr("Amount excl. VAT")],
            stretch=0,
        )
        self.summary = QLabel()
        self.summary.setObjectName("batchSummary")
        self.summary.setWordWrap(True)
        self.issue_button = QPushButton(self.tr("Issue the invoices"))
        self.issue_button.setObjectName("batchIssue")
        self.issue_button.setDefault(True)
        self.issue_button.clicked.connect(self.start)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(close)
        buttons.addWidget(self.issue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(860, 520)
        self.load()

    def chosen_month(self) -> dt.date:
        return self.month.date().toPython().replace(day=1)

    def load(self) -> None:
        self.reports = invoice_batch.reports_to_invoice(self.chosen_month())
        self.table.setRowCount(0)
        for report in self.reports:
            row = self.table.rowCount()
            self.table.insertRow(row)
            check = QTableWidgetItem(report.contract)
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            check.setCheckState(Qt.CheckState.Checked)
            check.setData(Qt.ItemDataRole.UserRole, report.id)
            self.table.setItem(row, 0, check)
            self.table.setItem(row, 1, cell(report.company))
            self.table.setItem(row, 2, cell(number(report.days), right=True))
            self.table.setItem(row, 3, cell(money(report.amount), right=True))
        self.issue_button.setEnabled(bool(self.reports))
        if self.reports:
            self.summary.setText(
                i18n.count_text(
                    len(self.reports),
                    self.tr("{n} validated report to invoice."),
                    self.tr("{n} validated reports to invoice."),
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "No validated report waits for its invoice this month. Reports are "
                    "validated from the contract (Contracts › Activity reports)."
                )
            )

    def chosen_ids(self) -> list[int]:
        return [
            self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            for row in range(self.table.rowCount())
            if self.table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def start(self) -> None:
        ids = self.chosen_ids()
        if not ids:
            return
        me = seller()
        today = clock.today()
        self.outcome = BatchOutcome()
        outcome = self.outcome
        self.issue_button.setEnabled(False)
        self.progress = run_with_progress(
            self,
            self.tr("Issuing the invoices"),
            lambda: invoice_batch.issue_month(ids, me, outcome, today),
            self._finished,
            self._failed,
        )

    def _finished(self, completed: bool) -> None:
        outcome = self.outcome
        lines = [
            i18n.count_text(
                len(outcome.issued),
                self.tr("{n} invoice issued"),
                self.tr("{n} invoices issued"),
            )
            + (f": {', '.join(outcome.issued)}" if outcome.issued else "")
        ]
        if not completed:
            lines.append(self.tr("Cancelled: the invoices issued before stay issued."))
        for contract, reason in outcome.refused:
            lines.append(
                self.tr("Not issued — {contract}: {reason}").format(
                    contract=contract, reason=i18n.tr_message(reason)
                )
            )
        self.summary.setText("\n".join(lines))
        self.load_keep_summary()

    def load_keep_summary(self) -> None:
        text = self.summary.text()
        self.load()
        self.summary.setText(text)

    def _failed(self, error: Exception) -> None:
        QMessageBox.critical(self, self.windowTitle(), error_text(error))
        self.load()
