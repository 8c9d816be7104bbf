"""The import wizard: file, columns, check, import, summary.

Nothing is written before the user presses Import on the check page; then the
whole file goes in one transaction behind a progress dialog whose Cancel rolls
everything back. Reading the file and checking its rows run on the writer thread
too (checking behind the same kind of progress dialog): the window never freezes.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.domain import formatting
from desktop.domain.errors import DomainError
from desktop.services.importing import (
    KIND_LABELS,
    KINDS,
    ImportOutcome,
    ImportPlan,
    SourceTable,
    guess_kind,
    read_table,
)
from desktop.ui import i18n
from desktop.ui.tasks import run_task
from desktop.ui.widgets import ErrorBanner


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("Import", KIND_LABELS[kind])


class FilePage(QWizardPage):
    """Choose (or drop) a file and say what it holds; the file is read at once."""

    def __init__(self, kind: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "A CSV file (from Excel, a CRM or another app), an Excel workbook (.xlsx) or "
                "an address book (.vcf). Nothing is written before you confirm."
            )
        )
        self.setAcceptDrops(True)
        self.fixed_kind = kind is not None
        self.loaded_path = ""
        self.reading = False
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("Drop a file here, or choose one with Browse…"))
        self.path.editingFinished.connect(self.load_typed_path)
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("browseButton")
        browse.clicked.connect(self.browse)
        self.kind = QComboBox()
        self.kind.setObjectName("importKind")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key in KINDS:
            self.kind.addItem(kind_label(key), key)
        self.kind.setCurrentIndex(KINDS.index(kind) if kind in KINDS else 0)
        self.info = QLabel()
        self.info.setObjectName("hint")
        self.info.setWordWrap(True)
        self.notices = QLabel()  # what was read with a doubt: mixed encodings, stray cells...
        self.notices.setObjectName("importWarnings")
        self.notices.setWordWrap(True)
        self.notices.hide()
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.sheet.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheet.activated.connect(self.sheet_chosen)
        self.banner = ErrorBanner()
        tips = QLabel(
            self.tr(
                "The first line of the file must name the columns, in French or English: "
                "Prénom, Nom, E-mail, Téléphone, TJM, Compétences (Java:4, React:3), "
                "Disponibilité, Raison sociale, SIREN… Amounts like 1 234,50 € and dates like "
                "31/12/2026 are read as they are.\n\n"
                "A row with the e-mail of a talent or contact already there, or the SIREN of a "
                "company already there, is a duplicate: you choose to skip it or to update "
                "the record, after the check."
            )
        )
        tips.setObjectName("hint")
        tips.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        kind_caption = QLabel(self.tr("&Records:"))
        kind_caption.setBuddy(self.kind)
        form.addRow(file_label, row)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind)
        kind_row.addStretch(1)
        form.addRow(kind_caption, kind_row)
        self.sheet_caption = QLabel(self.tr("&Sheet:"))
        self.sheet_caption.setBuddy(self.sheet)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet)
        sheet_row.addStretch(1)
        form.addRow(self.sheet_caption, sheet_row)
        self.form = form
        self.show_sheets([])
        form.addRow("", self.info)
        form.addRow("", self.notices)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addSpacing(16)
        layout.addWidget(tips)
        layout.addStretch(1)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a file"),
            str(Path(self.path.text()).parent) if self.path.text() else str(Path.home()),
            self.tr("Spreadsheets and address books (*.csv *.txt *.tsv *.xlsx *.xlsm *.vcf)"),
        )
        if name:
            self.load(name)

    def load_typed_path(self) -> None:
        if self.path.text().strip() and self.path.text().strip() != self.loaded_path:
            self.load(self.path.text().strip())

    def show_sheets(self, names: list[str], current: str = "") -> None:
        """Offer the workbook's sheets when it has several (the active one is read first)."""
        self.sheet.clear()
        self.sheet.addItems(names)
        self.sheet.setCurrentText(current)
        self.form.setRowVisible(self.sheet_caption, len(names) > 1)

    def sheet_chosen(self, _index: int) -> None:
        table = self.wizard().table
        if self.loaded_path and (table is None or self.sheet.currentText() != table.sheet):
            self.load(self.loaded_path, self.sheet.currentText())

    def load(self, name: str, sheet: str | None = None) -> None:
        """Read the file in the background (10,000 Excel rows take two seconds)."""
        wizard: ImportDialog = self.wizard()
        self.path.setText(name)
        self.loaded_path = name
        wizard.table = None
        self.reading = True
        self.banner.show_text("")
        self.notices.hide()
        if sheet is None:
            self.show_sheets([])
        self.info.setText(self.tr("Reading {name}…").format(name=Path(name).name))
        self.completeChanged.emit()
        run_task(
            lambda: read_table(Path(name), sheet=sheet),  # plain data in and out (worker)
            lambda table: self.loaded(name, table),
            lambda exc: self.loaded(name, None, exc),
        )

    def loaded(self, name: str, table: SourceTable | None, error: Exception | None = None) -> None:
        if not shiboken6.isValid(self) or name != self.loaded_path:
            return  # the dialog was closed (and deleted), or another file chosen meanwhile
        self.reading = False
        self.info.clear()
        if table is not None:
            self.show_sheets(table.sheets, table.sheet)
            if table.warnings:
                self.notices.setText("\n".join("⚠ " + i18n.tr_message(w) for w in table.warnings))
                self.notices.show()
        if error is not None:
            text = i18n.tr_error(error) if isinstance(error, DomainError) else str(error)
            self.banner.show_text(text)
        elif not table.rows:
            self.banner.show_text(self.tr("The file has a header line but no rows to import."))
        else:
            self.wizard().table = table
            if not self.fixed_kind:
                self.kind.setCurrentIndex(KINDS.index(guess_kind(table.headers)))
            self.info.setText(self.describe(table))
        self.completeChanged.emit()

    def describe(self, table: SourceTable) -> str:
        lang = i18n.language()
        parts = [table.format.upper()]
        if table.encoding:
            parts.append(table.encoding)
        separators = {
            ";": self.tr("semicolons"),
            ",": self.tr("commas"),
            "\t": self.tr("tabs"),
            "|": self.tr("vertical bars"),
        }
        if table.delimiter:
            parts.append(separators[table.delimiter])
        if table.sheet:
            parts.append(self.tr("sheet “{sheet}”").format(sheet=table.sheet))
        return self.tr("{rows} rows, {columns} columns ({details}).").format(
            rows=formatting.format_number(len(table.rows), lang),
            columns=formatting.format_number(len(table.headers), lang),
            details=", ".join(parts),
        )

    def isComplete(self) -> bool:
        wizard = self.wizard()
        return wizard is not None and wizard.table is not None and not self.reading

    def validatePage(self) -> bool:
        self.load_typed_path()
        return self.wizard().table is not None and not self.reading

    # -- drag and drop ------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            self.load(files[0])
            event.acceptProposedAction()


class ImportDialog(QWizard):
    """Import talents, companies or contacts from a file, with a check before writing.

    ``kind`` preselects what the file holds (None: guessed from its headers); ``path``
    opens a file at once. ``imported(kind, count)`` is emitted once records were
    created or updated; ``outcome`` then says what was done.
    """

    imported = Signal(str, int)

    def __init__(
        self, kind: str | None = None, parent: QWidget | None = None, path: str | None = None
    ) -> None:
        super().__init__(parent)
        from desktop.ui.importing.check_page import CheckPage
        from desktop.ui.importing.done_page import DonePage
        from desktop.ui.importing.mapping_page import MappingPage

        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.table: SourceTable | None = None
        self.plan: ImportPlan | None = None
        self.outcome: ImportOutcome | None = None
        self.file_page = FilePage(kind)
        self.mapping_page = MappingPage()
        self.check_page = CheckPage()
        self.done_page = DonePage()
        for page in (self.file_page, self.mapping_page, self.check_page, self.done_page):
            self.addPage(page)
        self.resize(920, 660)
        if path:
            self.file_page.load(str(path))

    def kind(self) -> str:
        return self.file_page.kind.currentData()

    def done(self, result: int) -> None:
        """Closing lets go of the file's rows and the plan (10,000 rows need not linger
        while the dialog object waits for its parent to delete it); ``outcome`` stays."""
        super().done(result)
        self.table = self.plan = self.check_page.plan = None
