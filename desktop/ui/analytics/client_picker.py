"""A client filter for the Analytics page: all clients, or one found by typing part of its name.

Thousands of clients are too many to scroll through, so the combo is editable
and the completer lists the clients whose name contains what was typed,
accents and case ignored ("energie" finds "Clément Énergie"), the way every
search of the app reads text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from desktop.domain.text import fold

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


@dataclass(frozen=True)
class ClientChoices:
    """The clients to choose from, ready to show (built off the UI thread: folding
    35,000 names takes a third of a second)."""

    ids: list[int]
    names: list[str]  # a name two clients share is told apart by the city
    folded: list[str]


def client_choices(clients: list[tuple[int, str, str]]) -> ClientChoices:
    """From (id, name, city) triples, in the order to show them."""
    counts: dict[str, int] = {}
    for _, name, _city in clients:
        counts[name] = counts.get(name, 0) + 1
    names = [f"{name} ({city})" if counts[name] > 1 and city else name for _, name, city in clients]
    return ClientChoices([c[0] for c in clients], names, [fold(n) for n in names])


class _Clients(QAbstractListModel):
    """Row 0 is "All clients" (id None); then one row per client."""

    def __init__(self, all_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ids: list[int | None] = [None]
        self.names: list[str] = [all_label]
        self.folded: list[str] = [fold(all_label)]

    def set_choices(self, choices: ClientChoices) -> None:
        self.beginResetModel()
        self.ids = [None, *choices.ids]
        self.names = [self.names[0], *choices.names]
        self.folded = [self.folded[0], *choices.folded]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.names[index.row()]
        if role == ID_ROLE:
            return self.ids[index.row()]
        return None


class _Matching(QAbstractProxyModel):
    """The clients whose folded name contains every folded word typed.

    A list of source rows filtered by one comprehension: a QSortFilterProxyModel
    would call Python once per client and keystroke (250 ms at 35,000 clients).
    """

    def __init__(self, source: _Clients, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.rows: list[int] = list(range(source.rowCount()))
        source.modelReset.connect(lambda: self.set_text(""))

    def set_text(self, text: str) -> None:
        words = fold(text).split()
        folded = self.sourceModel().folded
        self.beginResetModel()
        self.rows = [i for i, name in enumerate(folded) if all(w in name for w in words)]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 1

    def index(self, row: int, column: int, parent=_ROOT) -> QModelIndex:
        if parent.isValid() or column != 0 or not 0 <= row < len(self.rows):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, _index=_ROOT) -> QModelIndex:
        return QModelIndex()

    def mapToSource(self, index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        if not index.isValid() or index.row() >= len(self.rows):
            return QModelIndex()
        return self.sourceModel().index(self.rows[index.row()], 0)

    def mapFromSource(self, index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        try:
            return self.createIndex(self.rows.index(index.row()), 0)
        except ValueError:
            return QModelIndex()


class ClientPicker(QComboBox):
    """All clients, or one; ``client_changed`` gives its id (None: all clients)."""

    client_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientPicker")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(26)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMaxVisibleItems(16)
        self.clients = _Clients(self.tr("All clients"), self)
        self.setModel(self.clients)
        self.matching = _Matching(self.clients, self)
        completer = QCompleter(self.matching, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)  # a pick maps back through the proxy to our row
        self.lineEdit().setPlaceholderText(self.tr("Type a client’s name"))
        self.lineEdit().setClearButtonEnabled(True)
        self.lineEdit().textEdited.connect(self.matching.set_text)
        self.lineEdit().editingFinished.connect(self._restore_text)
        self.currentIndexChanged.connect(self._changed)

    def set_choices(self, choices: ClientChoices) -> None:
        """Replace the list, keeping the chosen client when it is still there."""
        chosen = self.client_id()
        self.blockSignals(True)
        self.clients.set_choices(choices)
        row = self.clients.ids.index(chosen) if chosen in self.clients.ids else 0
        self.setCurrentIndex(row)
        self.blockSignals(False)
        if self.client_id() != chosen:
            self.client_changed.emit(self.client_id())

    def client_id(self) -> int | None:
        row = self.currentIndex()
        return self.clients.ids[row] if 0 <= row < len(self.clients.ids) else None

    def set_client(self, client_id: int | None) -> bool:
        """Choose a client by id (None: all clients); False if it is not in the list."""
        if client_id not in self.clients.ids:
            return False
        self.setCurrentIndex(self.clients.ids.index(client_id))
        return True

    def _changed(self, _row: int) -> None:
        self.matching.set_text("")
        self.client_changed.emit(self.client_id())

    def _restore_text(self) -> None:
        """Leaving the box with half a name typed shows the chosen client again."""
        if (
            self.currentIndex() >= 0
            and self.currentText() != self.clients.names[self.currentIndex()]
        ):
            self.setEditText(self.clients.names[self.currentIndex()])
