"""Choosing one record among thousands by typing part of its name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class RecordPicker(QLineEdit):
    """A line edit that proposes matching records as you type; ``record_id()`` is the choice.

    ``choices(text)`` returns at most a few dozen ``(id, label)`` pairs: the list
    is queried as the user types, never loaded whole.
    """

    picked = Signal(object)  # record id or None

    def __init__(
        self, choices: Callable[[str], list[tuple[int, str]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.choices = choices
        self._ids: dict[str, int] = {}
        self._record_id: int | None = None
        self.setClearButtonEnabled(True)
        self.model = QStringListModel(self)
        completer = QCompleter(self.model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._chosen)
        self.setCompleter(completer)
        self.textEdited.connect(self._refill)

    def _refill(self, text: str) -> None:
        pairs = self.choices(text)
        self._ids = {label: record_id for record_id, label in pairs}
        self.model.setStringList(list(self._ids))
        if not text.strip():
            self.set_record(None, "")

    def _chosen(self, label: str) -> None:
        self.set_record(self._ids.get(label), label)

    def set_record(self, record_id: int | None, label: str) -> None:
        self._record_id = record_id
        if self.text() != label:
            self.setText(label)
        self.picked.emit(record_id)

    def record_id(self) -> int | None:
        """The picked record, or None when the text no longer names it."""
        if self._record_id is not None and self.text() not in self._ids and self._ids:
            return self._ids.get(self.text(), self._record_id)
        return self._record_id if self.text().strip() else None
