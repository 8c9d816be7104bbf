"""What every create/edit dialog shares: field helpers, error banner, layout, save flow.

A subclass builds its widgets, calls :meth:`finish` with its group boxes and the widget
of each field, and implements ``draft()``, ``create(draft)`` and ``update(id, draft)``;
Save validates through the service and keeps the dialog open, with every wrong field
marked, until the record is written.

Every failure of a save is a message, never a silent one (measured on the landed code:
a save while another process wrote failed after a second, the dialog stayed open and
said nothing): a lock held too long by another window offers Retry; a full disk, a
read-only folder or a number too large say so; a record changed or deleted elsewhere
since the dialog read it (``record_table`` and ``fetch_draft`` set) offers to reload it
or to save the form as a new record. Nothing is written in any of these cases.
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
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.validation import FIELD_LABELS
from desktop.services.editing import StaleRecordError, saving_over, version_of
from desktop.services.failures import explain_failure
from desktop.ui import i18n
from desktop.ui.failures import explain_not_saved
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

    # The table of the record edited, for its row version (desktop.services.editing);
    # None: saved without that check.
    record_table: str | None = None

    def __init__(self, record_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_id = record_id
        self.saved_id: int | None = None
        self.banner = ErrorBanner()
        self.errors: FieldErrors | None = None
        # Read before the subclass loads the fields: a change made in between is caught.
        self.loaded_version = (
            version_of(self.record_table, record_id)
            if record_id is not None and self.record_table
            else None
        )

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

    def fetch_draft(self, record_id: int) -> Any | None:
        """The stored record as a draft (to reload the form); None: the form cannot reload."""
        return None

    def load_draft(self, draft: Any) -> None:
        """Fill the fields from ``draft`` (subclasses that can reload implement it)."""
        raise NotImplementedError

    # -- save flow -------------------------------------------------------------------
    def save(self) -> None:
        try:
            draft = self.draft()
            if self.record_id is None:
                self.saved_id = self.create(draft)
            else:
                table = self.record_table or ""
                version = self.loaded_version if table else None
                with saving_over(table, self.record_id, version):
                    self.update(self.record_id, draft)
                self.saved_id = self.record_id
        except ValidationError as exc:
            self.show_errors(exc)
            return
        except StaleRecordError as exc:
            self._changed_elsewhere(exc)
            return
        except Exception as exc:
            error = explain_failure(exc)
            if error is None:
                raise  # a bug: the exception hook logs it and tells the user
            self._not_saved(error)
            return
        self.accept()

    def _not_saved(self, error: DomainError) -> None:
        """A service refused, or the disk or another window did: say so, keep the form."""
        explain_not_saved(self, self.banner, error, self.save)

    def _changed_elsewhere(self, error: StaleRecordError) -> None:
        """Offer to reload the record (losing the form's changes) or to save as new."""
        assert self.record_id is not None
        box = QMessageBox(self)
        box.setObjectName("staleRecord")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Not saved"))
        box.setText(i18n.tr_error(error))
        reload = None
        stored = None if error.deleted else self.fetch_draft(self.record_id)
        if stored is not None:
            reload = box.addButton(
                self.tr("Reload (lose my changes)"), QMessageBox.ButtonRole.DestructiveRole
            )
        as_new = box.addButton(self.tr("Save as a new record"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if reload is not None and box.clickedButton() is reload:
            self.loaded_version = version_of(error.table, self.record_id)
            self.load_draft(stored)
            self.banner.show_text(
                self.tr("Reloaded as it was saved elsewhere. Make your changes again, then save.")
            )
        elif box.clickedButton() is as_new:
            self.record_id = None
            self.loaded_version = None
            self.save()

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
