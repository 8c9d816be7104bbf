"""A client filter for the Analytics page: all clients, or one found by typing part of its name.

At 300,000 records 55,000 clients were sent offers: far too many to scroll, to
fold and to hold (70 ms on the UI thread and megabytes). The combo lists the
clients with the most missions proposed; typing filters that list at once and
asks SQL, on the reader thread, for the clients whose name contains what was
typed, accents and case ignored ("energie" finds "Clément Énergie"), the way
every search of the app reads text. Clients found are added to the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from desktop.domain.text import fold
from desktop.services import analytics
from desktop.services.analytics import ClientChoice
from desktop.ui.tasks import run_read

SEARCH_DELAY_MS = 150  # a search per pause in typing, not per key
FOUND_CLIENTS = 100  # clients a search adds to the list at most

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


@dataclass(frozen=True)
class ClientChoices:
    """Clients to choose from, ready to show (built off the UI thread)."""

    ids: list[int]
    names: list[str]  # a name two companies share is told apart by the city
    folded: list[str]


def client_choices(clients: Sequence[ClientChoice]) -> ClientChoices:
    """From the service's choices, in the order to show them."""
    names = [f"{c.name} ({c.city})" if c.shared_name and c.city else c.name for c in clients]
    return ClientChoices([c.id for c in clients], names, [fold(n) for n in names])


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

    def add_choices(self, choices: ClientChoices) -> None:
        """Add the clients not listed yet, after the others (the current row stays put)."""
        known = set(self.ids)
        new = [i for i, client_id in enumerate(choices.ids) if client_id not in known]
        if not new:
            return
        first = len(self.ids)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self.ids += [choices.ids[i] for i in new]
        self.names += [choices.names[i] for i in new]
        self.folded += [choices.folded[i] for i in new]
        self.endInsertRows()

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
        self.lineEdit().textEdited.connect(self._edited)
        self.lineEdit().editingFinished.connect(self._restore_text)
        self.currentIndexChanged.connect(self._changed)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._search)
        self.searching = False  # a search of the clients is being read

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

    def add_choices(self, choices: ClientChoices) -> None:
        """Add clients to the list (those found by a search, one opened from the table)."""
        self.clients.add_choices(choices)
        self.matching.set_text(self.lineEdit().text() if self.lineEdit().isModified() else "")

    def _edited(self, text: str) -> None:
        self.matching.set_text(text)  # what the list holds already, at once
        if fold(text):
            self.search_timer.start()
        else:
            self.search_timer.stop()

    def _search(self) -> None:
        """Ask SQL for the clients whose name holds what was typed (reader thread)."""
        text = self.lineEdit().text()
        self.searching = True

        def work() -> ClientChoices:
            return client_choices(analytics.find_clients(text, FOUND_CLIENTS))

        run_read(
            work,
            lambda found: self._found(text, found),
            lambda _error: setattr(self, "searching", False),
            channel=(id(self), "search"),
            owner=self,
            on_skip=lambda: None,
        )

    def _found(self, text: str, found: ClientChoices) -> None:
        self.searching = False
        if self.lineEdit().text() != text:  # typed on since: its own search follows
            return
        self.clients.add_choices(found)
        self.matching.set_text(text)
        completer = self.completer()
        if self.lineEdit().hasFocus() and self.matching.rowCount() and completer is not None:
            completer.complete()

    def client_id(self) -> int | None:
        row = self.currentIndex()
        return self.clients.ids[row] if 0 <= row < len(self.clients.ids) else None

    def set_client(self, client_id: int | None, name: str = "") -> bool:
        """Choose a client by id (None: all clients), added to the list under ``name`` if
        it is not there; False if it is not in the list and no name is given."""
        if client_id not in self.clients.ids:
            if not name:
                return False
            self.clients.add_choices(ClientChoices([client_id], [name], [fold(name)]))
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
