"""Month-end: the validated activity reports of a month invoiced and issued in one go.

The reports to invoice are listed with their days and amount; the ticked ones are
invoiced and issued off the UI thread behind a progress bar with Cancel
(desktop.services.invoice_batch.issue_month, one transaction per invoice), then their
Factur-X PDFs are built into the folder shown, on every core
(desktop.services.batch_invoices.build_issued), under the same progress bar and Cancel.
At the end, what was issued, the PDFs made (and *Open the folder*), and each refusal with
its reason.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.profile import Profile
from desktop.services import batch_invoices, invoice_batch
from desktop.services.invoice_batch import BatchOutcome, MonthReport
from desktop.services.seller import seller
from desktop.ui import i18n
from desktop.ui.invoices import clock
from desktop.ui.invoices.common import cell, error_text, money, number, read_only_table
from desktop.ui.tasks import run_with_progress


def previous_month(day: dt.date) -> dt.date:
    return (day.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


def default_folder(month: dt.date) -> Path:
    """Where a month's PDFs go unless the user picks another folder: Documents, where a
    freelancer looks for files to print, attach or hand to the accountant."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(documents or Path.home())
    return (
        base
        / "Freelance Desk"
        / QCoreApplication.translate("BatchIssueDialog", "Invoices {month}").format(
            month=f"{month:%Y-%m}"
        )
    )


class BatchIssueDialog(QDialog):
    """Pick the month, tick the reports, issue. ``outcome`` holds what was done."""

    def __init__(self, parent: QWidget | None = None, *, profile: Profile | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchIssueDialog")
        self.setWindowTitle(self.tr("Issue a month's invoices"))
        self.profile = profile  # the PDFs carry its logo; None: no PDFs (a bare dialog)
        self.outcome = BatchOutcome()
        self.built = batch_invoices.BatchOutcome()  # the PDFs made after issuing
        self.built_folder: Path | None = None
        self.started_ids: list[int] = []
        self.reports: list[MonthReport] = []
        self.progress = None
        month = previous_month(clock.today())
        self.month = QDateEdit(QDate(month.year, month.month, 1))
        self.month.setObjectName("batchMonth")
        self.month.setDisplayFormat("MM/yyyy")
        self.month.setCalendarPopup(False)
        self.month.dateChanged.connect(lambda _d: self._month_changed())
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
        self.open_folder = QPushButton(self.tr("Open the folder"))
        self.open_folder.setObjectName("batchOpenFolder")
        self.open_folder.clicked.connect(self.show_folder)
        self.open_folder.setVisible(False)  # once PDFs were made
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addStretch(1)
        self.make_pdfs = QCheckBox(self.tr("Then make their PDFs (Factur-X) in"))
        self.make_pdfs.setObjectName("batchMakePdfs")
        self.make_pdfs.setChecked(profile is not None)
        self.folder = QLineEdit()
        self.folder.setObjectName("batchFolder")
        self.folder.setMinimumWidth(360)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_folder)
        self.make_pdfs.toggled.connect(self.folder.setEnabled)
        self.make_pdfs.toggled.connect(choose.setEnabled)
        pdfs = QHBoxLayout()
        pdfs.addWidget(self.make_pdfs)
        pdfs.addWidget(self.folder, 1)
        pdfs.addWidget(choose)
        pdf_row = QWidget()
        pdf_row.setLayout(pdfs)
        pdfs.setContentsMargins(0, 0, 0, 0)
        pdf_row.setVisible(profile is not None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.open_folder)
        buttons.addWidget(close)
        buttons.addWidget(self.issue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(pdf_row)
        layout.addLayout(buttons)
        self.folder.setText(str(default_folder(self.chosen_month())))
        self.resize(860, 520)
        self.load()

    def chosen_month(self) -> dt.date:
        return self.month.date().toPython().replace(day=1)

    def _month_changed(self) -> None:
        """Another month: its reports, and its own default folder (unless one was chosen)."""
        self.folder.setText(str(default_folder(self.chosen_month())))
        self.load()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the PDFs"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def pdf_folder(self) -> Path | None:
        if self.profile is None or not self.make_pdfs.isChecked():
            return None
        text = self.folder.text().strip()
        return Path(text).expanduser() if text else None

    def show_folder(self) -> None:
        if self.built_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.built_folder)))

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
        self.built = batch_invoices.BatchOutcome()
        outcome, built, profile = self.outcome, self.built, self.profile
        self.started_ids = list(ids)
        folder = self.built_folder = self.pdf_folder()
        self.open_folder.setVisible(False)
        self.issue_button.setEnabled(False)

        def steps():
            # issued one by one (numbers in order), then the PDFs on every core; Cancel
            # stops either part, what was issued stays issued and each PDF is whole
            yield from invoice_batch.issue_month(ids, me, outcome, today)
            if folder is not None and outcome.invoice_ids:
                yield from batch_invoices.build_issued(
                    list(outcome.invoice_ids), folder, built, profile
                )

        self.progress = run_with_progress(
            self, self.tr("Issuing the invoices"), steps, self._finished, self._failed
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
        if self.built_folder is not None and outcome.invoice_ids:
            lines.append(
                i18n.count_text(
                    len(self.built.built),
                    self.tr("{n} PDF made in the folder:"),
                    self.tr("{n} PDFs made in the folder:"),
                )
                + f" {self.built_folder}"
            )
            self.open_folder.setVisible(bool(self.built.built))
        issuing_done = len(outcome.issued) + len(outcome.refused) == len(self.started_ids)
        if not completed and issuing_done and self.built_folder is not None:
            lines.append(
                self.tr(
                    "Cancelled while making the PDFs: every invoice is issued; a missing PDF "
                    "is made by the PDF button of its invoice."
                )
            )
        elif not completed:
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
