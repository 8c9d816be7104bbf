"""The end of an import: what was done, in figures, and the rows left out to fix."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.services.importing import ImportOutcome, write_rejected_rows
from desktop.ui import i18n
from desktop.ui.importing.check_page import number


class Figure(QFrame):
    """A number and its caption, styled like the cards of Home."""

    def __init__(self, caption: str, value: int) -> None:
        super().__init__()
        self.setObjectName("card")
        figure = QLabel(number(value))
        figure.setObjectName("cardValue")
        text = QLabel(caption)
        text.setObjectName("cardCaption")
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(figure)
        layout.addWidget(text)


class DonePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Import finished"))
        self.figures = QHBoxLayout()
        self.results: dict[str, int] = {}  # caption -> figure, as shown
        self.advice = QLabel()
        self.advice.setObjectName("hint")
        self.advice.setWordWrap(True)
        self.save_rejected = QPushButton(self.tr("&Save the rows left out…"))
        self.save_rejected.setObjectName("saveRejected")
        self.save_rejected.clicked.connect(self.ask_rejected_path)
        self.saved = QLabel()
        self.saved.setObjectName("hint")
        self.saved.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.save_rejected)
        row.addWidget(self.saved, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.figures)
        layout.addSpacing(12)
        layout.addWidget(self.advice)
        layout.addLayout(row)
        layout.addStretch(1)

    def initializePage(self) -> None:
        outcome: ImportOutcome = self.wizard().outcome
        while self.figures.count():
            self.figures.takeAt(0).widget().deleteLater()
        figures = [
            (self.tr("new records"), outcome.created),
            (self.tr("records updated"), outcome.merged),
            (self.tr("duplicates skipped"), outcome.skipped),
            (self.tr("rows left out because of problems"), outcome.rejected),
        ]
        if outcome.companies_created:
            figures.append((self.tr("companies created as leads"), outcome.companies_created))
        if outcome.contacts_created:
            figures.append((self.tr("contacts created"), outcome.contacts_created))
        self.results = dict(figures)
        for caption, value in figures:
            self.figures.addWidget(Figure(caption, value))
        self.advice.setText(
            self.tr(
                "Fix the rows left out and import the file again: the records already "
                "imported will be recognised as duplicates and skipped."
            )
            if outcome.rejected
            else self.tr("Every row of the file was imported or recognised as a duplicate.")
        )
        self.save_rejected.setVisible(bool(outcome.rejected))
        self.saved.clear()

    def ask_rejected_path(self) -> None:
        source = Path(self.wizard().file_page.loaded_path)
        suggested = source.with_name(self.tr("{name} - rows left out.csv").format(name=source.stem))
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the rows left out"),
            str(suggested),
            self.tr("CSV for Excel (*.csv)"),
        )
        if name:
            self.write_rejected(
                Path(name) if name.lower().endswith(".csv") else Path(name + ".csv")
            )

    def write_rejected(self, path: Path) -> None:
        """The rows left out, with what is wrong in a last column, to fix and import again."""
        wizard = self.wizard()

        def describe(problem) -> str:
            label = QCoreApplication.translate(problem.label_context, problem.label)
            return f"{label}: {i18n.tr_message(problem.message)}"

        try:
            count = write_rejected_rows(
                wizard.table, wizard.outcome.problems, path, describe, self.tr("Problems")
            )
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save the rows left out"), str(exc))
            return
        self.saved.setText(
            self.tr("Rows saved: {count}, in {path}").format(count=number(count), path=str(path))
        )
