"""Match each column of the file to a field, with example values and a live preview."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.domain import formatting
from desktop.domain.validation import SkillLevel
from desktop.services.importing import (
    TARGETS,
    cell_text,
    guess_mapping,
    missing_required,
    target,
)
from desktop.services.importing.readers import Cell
from desktop.services.importing.values import CellError
from desktop.ui import i18n
from desktop.ui.importing.rows_model import RowsModel, rows_view
from desktop.ui.widgets import ErrorBanner

PREVIEW_ROWS = 50
_VOCABULARY_FIELDS = {"status", "remote_preference", "stage"}


def target_label(kind: str, field: str) -> str:
    """The translated label of a field a column can fill."""
    t = target(kind, field)
    return QCoreApplication.translate(t.label_context, t.label)


def shown(field: str, value: object) -> str:
    """A value read from the file, as the app will show it (amounts, dates, labels)."""
    lang = i18n.language()
    if isinstance(value, Decimal):
        return formatting.format_rate(value, lang)
    if isinstance(value, dt.date):
        return formatting.format_date(value, lang)
    if isinstance(value, tuple):
        return ", ".join(
            f"{v.name} ({v.level})" if isinstance(v, SkillLevel) else str(v) for v in value
        )
    if field in _VOCABULARY_FIELDS:
        return i18n.tr_label(str(value))
    return str(value)


def preview_cell(kind: str, field: str, cell: Cell) -> tuple[str, str]:
    """(text to show, problem or "") for one cell of the preview."""
    if cell is None or cell == "":
        return "", ""
    try:
        return shown(field, target(kind, field).parse(cell)), ""
    except CellError as exc:
        return cell_text(cell), i18n.tr_message(exc.message)


class MappingPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Each column fills the field chosen on its right; columns left on "
                "“Ignore” are not imported. Headers in French or English are recognised."
            )
        )
        self.built_for: tuple[int, str] | None = None
        self.combos: list[QComboBox] = []
        self.columns = QTableWidget(0, 3)
        self.columns.setObjectName("mappingTable")
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column of the file"), self.tr("Examples"), self.tr("Field")]
        )
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.missing = ErrorBanner()
        self.missing.setObjectName("missingFields")
        self.preview_model = RowsModel(parent=self)
        self.preview = rows_view(self.preview_model, "mappingPreview")
        preview_box = QWidget()
        box = QVBoxLayout(preview_box)
        box.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(
            self.tr("Preview of the first rows as they will be read (in red: cannot be read):")
        )
        caption.setObjectName("hint")
        box.addWidget(caption)
        box.addWidget(self.preview)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.columns)
        splitter.addWidget(preview_box)
        splitter.setSizes([320, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(self.missing)
        layout.addWidget(splitter, 1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        key = (id(wizard.table), wizard.kind())
        if key != self.built_for:  # a new file or another kind: guess again
            self.built_for = key
            self.build(wizard.kind(), wizard.table.headers)
        self.refresh()

    def build(self, kind: str, headers: list[str]) -> None:
        table = self.wizard().table
        self.columns.setRowCount(len(headers))
        self.combos = []
        fields = [t.field for t in TARGETS[kind]]
        labels = sorted(((target_label(kind, f), f) for f in fields), key=lambda x: x[0].casefold())
        for row, (header, guessed) in enumerate(
            zip(headers, guess_mapping(kind, headers), strict=True)
        ):
            name = header or self.tr("(column {number})").format(number=row + 1)
            self.columns.setItem(row, 0, QTableWidgetItem(name))
            samples = [" ".join(v.split()) for v in table.column(row, 3)]  # no line breaks
            examples = QTableWidgetItem(" · ".join(samples))
            examples.setToolTip("\n".join(table.column(row, 10)))
            self.columns.setItem(row, 1, examples)
            combo = QComboBox()
            combo.setObjectName(f"mapping{row}")
            combo.addItem(self.tr("— Ignore —"), None)
            for label, field in labels:
                combo.addItem(label, field)
            combo.setCurrentIndex(max(combo.findData(guessed), 0) if guessed else 0)
            combo.currentIndexChanged.connect(self.refresh)
            self.columns.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.columns.resizeColumnToContents(2)

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def set_field(self, column: int, field: str | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(field), 0) if field else 0)

    def refresh(self) -> None:
        wizard = self.wizard()
        kind, mapping = wizard.kind(), self.mapping()
        missing = missing_required(kind, mapping)
        self.missing.show_text(
            self.tr("Choose a column for: {fields}.").format(
                fields=", ".join(target_label(kind, f) for f in missing)
            )
            if missing
            else ""
        )
        used = [(i, f) for i, f in enumerate(mapping) if f]
        rows, problems = [], {}
        for r, source in enumerate(wizard.table.rows[:PREVIEW_ROWS]):
            row = []
            for c, (i, field) in enumerate(used):
                text, problem = preview_cell(
                    kind, field, source.cells[i] if i < len(source.cells) else None
                )
                row.append(text)
                if problem:
                    problems[(r, c)] = problem
            rows.append(tuple(row))
        self.preview_model.set_rows(rows, [target_label(kind, f) for _, f in used], problems)
        self.preview.resizeColumnsToContents()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        wizard = self.wizard()
        return bool(self.combos) and not missing_required(wizard.kind(), self.mapping())
