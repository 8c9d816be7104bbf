"""What every create/edit dialog shares: field helpers, error banner, layout, save flow.

A subclass builds its widgets, calls :meth:`finish` with its group boxes and the widget
of each field, and implements ``draft()``, ``create(draft)`` and ``update(id, draft)``;
Save validates through the service and keeps the dialog open, with every wrong field
marked, until the record is written.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ValidationError
from desktop.domain.validation import FIELD_LABELS
from desktop.ui.widgets import ErrorBanner, FieldErrors


def field_label(name: str, required: bool = False) -> str:
    """The visible, translated label of a draft field (``*`` when required)."""
    text = QCoreApplication.translate("Field", FIELD_LABELS[name])
    return f"{text} *" if required else text


def form_page(rows: list[tuple[str, QWidget, bool]]) -> QWidget:
    """A page of labelled fields: ``(field name, widget, required)`` per row."""
    page = QWidget()
    outer = QVBoxLayout(page)
    form = QFormLayout()
    for name, widget, required in rows:
        form.addRow(field_label(name, required), widget)
    outer.addLayout(form)
    outer.addStretch(1)  # rows stay together at the top of a tall dialog
    return page


def line_edit(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


class RecordDialog(QDialog):
    """Base of the dialogs that create (``record_id`` None) or edit a record."""

    def __init__(self, record_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_id = record_id
        self.saved_id: int | None = None
        self.banner = ErrorBanner()
        self.errors: FieldErrors | None = None

    def finish(self, groups: list[list[QWidget]], fields: dict[str, QWidget]) -> None:
        """Lay out ``groups`` as rows of a grid, under the error banner, above the buttons."""
        self.errors = FieldErrors(self.banner, fields)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        grid = QGridLayout()
        for row, widgets in enumerate(groups):
            for column, widget in enumerate(widgets):
                grid.addWidget(widget, row, column)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    # -- to implement ------------------------------------------------------------
    def draft(self) -> Any:
        raise NotImplementedError

    def create(self, draft: Any) -> int:
        raise NotImplementedError

    def update(self, record_id: int, draft: Any) -> None:
        raise NotImplementedError

    # -- save flow -------------------------------------------------------------------
    def save(self) -> None:
        try:
            draft = self.draft()
            if self.record_id is None:
                self.saved_id = self.create(draft)
            else:
                self.update(self.record_id, draft)
                self.saved_id = self.record_id
        except ValidationError as exc:
            self.show_errors(exc)
            return
        self.accept()

    def show_errors(self, error: ValidationError) -> None:
        """Mark every wrong field; in a tabbed dialog, open the tab of the first one."""
        assert self.errors is not None, "call finish() in __init__"
        first = self.errors.widgets.get(error.errors[0].field)
        tabs = getattr(self, "tabs", None)
        if isinstance(tabs, QTabWidget) and first is not None:
            for index in range(tabs.count()):
                if tabs.widget(index).isAncestorOf(first):
                    tabs.setCurrentIndex(index)
                    break
        self.errors.show(error)
