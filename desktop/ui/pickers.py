"""Choosing one record among thousands by typing part of its name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

SEARCH_DELAY_MS = 150  # one query when typing pauses, not one per letter


class RecordPicker(QLineEdit):
    """A line edit that proposes matching records as you type; ``record_id()`` is the choice.

    ``choices(text)`` returns at most a few dozen ``(id, label)`` pairs: the list is
    queried as the user types, never loaded whole. Typing over a picked record un-picks
    it: the text then names a record only if it is exactly one of the proposals. The
    text itself stays readable (``text()``) for callers that accept a free name.
    """

    picked = Signal(object)  # record id or None

    def __init__(
        self, choices: Callable[[str], list[tuple[int, str]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.choices = choices
        self._ids: dict[str, int] = {}  # the labels proposed, to their records
        self._record_id: int | None = None
        self._label = ""  # the text of the picked record
        self.setClearButtonEnabled(True)
        self.model = QStringListModel(self)
        completer = QCompleter(self.model, self)
        # The choices are already what matches (words in any order, accents folded):
        # the completer shows them as they are instead of filtering them again.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._chosen)
        self.setCompleter(completer)
        self.search = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search.timeout.connect(self.refill)
        self.textEdited.connect(self._edited)

    def _edited(self, text: str) -> None:
        if self._record_id is not None and text != self._label:
            self._record_id = None  # typed over the pick: it no longer holds
            self.picked.emit(None)
        self.search.start()

    def refill(self) -> None:
        """Propose the records matching the text now (called once typing pauses)."""
        self.search.stop()
        self._ids = {}
        for record_id, label in self.choices(self.text()):
            if label in self._ids:  # namesakes stay apart
                label = f"{label} (n° {record_id})"
            self._ids[label] = record_id
        self.model.setStringList(list(self._ids))
        if self.hasFocus() and self._ids and self.text().strip():
            self.completer().complete()

    def _chosen(self, label: str) -> None:
        self.set_record(self._ids.get(label), label)

    def set_record(self, record_id: int | None, label: str) -> None:
        self._record_id, self._label = record_id, label
        if self.text() != label:
            self.setText(label)
        self.picked.emit(record_id)

    def record_id(self) -> int | None:
        """The picked record; else the proposal the text names exactly; else None."""
        if self._record_id is not None and self.text() == self._label:
            return self._record_id
        return self._ids.get(self.text())
