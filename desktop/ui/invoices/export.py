"""For the accountant: a period's ZIP of the FEC, the CSV sales journal and the Factur-X
files, written off the UI thread (desktop.services.accounting_export.export_period)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import accounting_export
from desktop.services.seller import seller
from desktop.ui.invoices import clock
from desktop.ui.invoices.common import error_text
from desktop.ui.tasks import run_with_progress


def _date_edit(name: str, day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


class AccountingExportDialog(QDialog):
    """Period, file, Export; the ZIP appears only once complete (Cancel leaves nothing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountingExportDialog")
        self.setWindowTitle(self.tr("Accounting export"))
        self.written: Path | None = None
        end = clock.today().replace(day=1) - dt.timedelta(days=1)
        self.start = _date_edit("exportFrom", end.replace(day=1))
        self.end = _date_edit("exportTo", end)
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.path.setText(str(Path(folder or Path.home()) / self._file_name()))
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._dates_changed)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        intro = QLabel(
            self.tr(
                "One ZIP for your accountant: the FEC (sales and bank journals, the French "
                "audit file format), the sales journal as a CSV for Excel, and the Factur-X "
                "file of each invoice and credit note issued in the period."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.tr("File"), file_row)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        cancel = QPushButton(self.tr("Close"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setMinimumWidth(620)

    def _file_name(self) -> str:
        start = getattr(self, "start", None)
        if start is None:
            return "export-comptable.zip"
        a, b = self.start.date().toPython(), self.end.date().toPython()
        return f"export-comptable-{a:%Y%m%d}-{b:%Y%m%d}.zip"

    def _dates_changed(self) -> None:
        current = Path(self.path.text())
        if current.name.startswith("export-comptable"):
            self.path.setText(str(current.with_name(self._file_name())))

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.path.text(), self.tr("ZIP archive (*.zip)")
        )
        if path:
            self.path.setText(path if path.endswith(".zip") else f"{path}.zip")

    def export(self) -> None:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        target = Path(self.path.text()).expanduser()
        if end < start:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("The period ends before it starts.")
            )
            return
        if not target.parent.is_dir():
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The folder {folder} does not exist.").format(folder=str(target.parent)),
            )
            return
        siren = seller().siren
        self.export_button.setEnabled(False)

        def done(completed: bool) -> None:
            self.export_button.setEnabled(True)
            if not completed:
                return
            self.written = target
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.windowTitle(),
                self.tr("Written: {path}").format(path=str(target)),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("exportDone")
            folder = box.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.ActionRole)
            box.exec()
            if box.clickedButton() is folder:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent)))
            self.accept()

        def failed(error: Exception) -> None:
            self.export_button.setEnabled(True)
            QMessageBox.critical(self, self.windowTitle(), error_text(error))

        self.progress = run_with_progress(
            self,
            self.tr("Accounting export"),
            lambda: accounting_export.export_period(start, end, target, siren),
            done,
            failed,
        )
