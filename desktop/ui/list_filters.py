"""The filter bar of a list, as in a CRM: chips, grouping and saved views.

- A **chip** keeps the rows whose field holds one of the values chosen (a status,
  a city or region, a skill, an owner, a tag, a stage...) or lies in a range (a daily
  rate from 400 to 800 €, an availability date). Chips combine with each other and
  with the words of the search box; each is one SQL condition
  (:func:`desktop.store.lists.filter_condition`).
- **Group by** a status, a stage or a client: the rows of each value together, under
  a header that folds them.
- A **saved view** is a name for the words, chips, sort, shown columns and grouping
  of a list; the views of each list are kept with the window layout (``ui-state.ini``).

The values a chip offers (cities, skills, owners, tags) are read on the reader thread
when its editor opens, and kept until something is written.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.store.lists import FilterField, ListFilter, ListSpec
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.state import UiState

MAX_SHOWN_VALUES = 400  # a chip's list shows this many values at most; typing narrows it


def tr(text: str) -> str:
    """A label marked with QT_TRANSLATE_NOOP("Filters", ...) in the list specs."""
    return QCoreApplication.translate("Filters", text)


def _value_label(definition: FilterField, value: str) -> str:
    if definition.kind == "choice":
        return i18n.tr_label(value, *definition.vocabulary)
    return value


def chip_text(definition: FilterField, chip: ListFilter) -> str:
    """What a chip says: "Status: Available, On mission", "Daily rate: 400 € – 800 €"."""
    label = tr(definition.label)
    lang = i18n.language()
    if definition.kind in ("choice", "values", "tag"):
        values = [_value_label(definition, v) for v in chip.values]
        first = values[0] if len(values[0]) <= 22 else values[0][:21] + "…"
        shown = first + (f" +{len(values) - 1}" if len(values) > 1 else "")
        return f"{label}\u00a0: {shown}" if lang == "fr" else f"{label}: {shown}"

    def bound(text: str) -> str:
        if definition.kind == "date":
            return formatting.format_date(
                QDate.fromString(text, Qt.DateFormat.ISODate).toPython(), lang
            )
        return formatting.format_number(int(text), lang) + "\u00a0€"

    if chip.low and chip.high:
        shown = f"{bound(chip.low)} – {bound(chip.high)}"
    elif chip.low:
        shown = QCoreApplication.translate("Filters", "from {value}").format(value=bound(chip.low))
    else:
        shown = QCoreApplication.translate("Filters", "up to {value}").format(
            value=bound(chip.high)
        )
    return f"{label}\u00a0: {shown}" if lang == "fr" else f"{label}: {shown}"


class ChipEditor(QDialog):
    """A small popup to choose what one chip keeps."""

    def __init__(
        self,
        definition: FilterField,
        chip: ListFilter | None,
        values: Callable[[Callable[[list[str]], None]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("chipEditor")
        self.definition = definition
        chip = chip or ListFilter(definition.key)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{tr(definition.label)}</b>")
        layout.addWidget(title)
        self.list: QListWidget | None = None
        if definition.kind in ("choice", "values", "tag"):
            self.find = QLineEdit()
            self.find.setObjectName("chipFind")
            self.find.setPlaceholderText(QCoreApplication.translate("Filters", "Find a value…"))
            self.find.setClearButtonEnabled(True)
            self.list = QListWidget()
            self.list.setObjectName("chipValues")
            self.list.setMinimumSize(260, 220)
            self.chosen = set(chip.values)
            if definition.kind == "choice":
                self.find.hide()
                self._fill([str(v) for vocabulary in definition.vocabulary for v in vocabulary])
            else:
                loading = QListWidgetItem(QCoreApplication.translate("ListPage", "Loading…"))
                loading.setFlags(Qt.ItemFlag.NoItemFlags)
                self.list.addItem(loading)
                values(self._fill)
            self.find.textChanged.connect(lambda _t: self._narrow())
            self.list.itemChanged.connect(self._item_changed)
            layout.addWidget(self.find)
            layout.addWidget(self.list)
        else:
            form = QFormLayout()
            self.low_box, self.low = self._bound(chip.low)
            self.high_box, self.high = self._bound(chip.high)
            first, last = (
                (
                    QCoreApplication.translate("Filters", "From"),
                    QCoreApplication.translate("Filters", "To"),
                )
                if definition.kind == "date"
                else (
                    QCoreApplication.translate("Filters", "Min"),
                    QCoreApplication.translate("Filters", "Max"),
                )
            )
            form.addRow(first, self._row(self.low_box, self.low))
            form.addRow(last, self._row(self.high_box, self.high))
            layout.addLayout(form)
        buttons = QDialogButtonBox()
        apply = buttons.addButton(
            QCoreApplication.translate("Filters", "Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        apply.setObjectName("chipApply")
        apply.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self._all_values: list[str] = []

    # -- ranges and dates ----------------------------------------------------------------
    def _bound(self, value: str) -> tuple[QCheckBox, QWidget]:
        box = QCheckBox()
        box.setChecked(bool(value))
        if self.definition.kind == "date":
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            day = QDate.fromString(value, Qt.DateFormat.ISODate) if value else QDate.currentDate()
            edit.setDate(day)
            edit.dateChanged.connect(lambda _d: box.setChecked(True))
        else:
            edit = QSpinBox()
            edit.setRange(0, 10_000_000)
            edit.setSingleStep(50)
            edit.setSuffix(" €")
            edit.setGroupSeparatorShown(True)
            edit.setValue(int(value) if value else 0)
            edit.valueChanged.connect(lambda _v: box.setChecked(True))
        return box, edit

    @staticmethod
    def _row(box: QCheckBox, edit: QWidget) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(box)
        line.addWidget(edit, 1)
        return row

    def _bound_value(self, box: QCheckBox, edit: QWidget) -> str:
        if not box.isChecked():
            return ""
        if isinstance(edit, QDateEdit):
            return edit.date().toString(Qt.DateFormat.ISODate)
        return str(edit.value())

    # -- values --------------------------------------------------------------------------
    def _fill(self, values: list[str]) -> None:
        if self.list is None:
            return
        self._all_values = list(values)
        self._narrow()

    def _narrow(self) -> None:
        from desktop.domain.text import fold

        wanted = fold(self.find.text()) if self.find.isVisible() else ""
        shown = [
            v
            for v in self._all_values
            if not wanted or wanted in fold(_value_label(self.definition, v))
        ]
        chosen_first = [v for v in shown if v in self.chosen] + [
            v for v in shown if v not in self.chosen
        ]
        self.list.blockSignals(True)
        self.list.clear()
        for value in chosen_first[:MAX_SHOWN_VALUES]:
            item = QListWidgetItem(_value_label(self.definition, value))
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = value in self.chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if len(shown) > MAX_SHOWN_VALUES:
            more = QListWidgetItem(
                QCoreApplication.translate("Filters", "{count} more: type to narrow").format(
                    count=formatting.format_number(len(shown) - MAX_SHOWN_VALUES, i18n.language())
                )
            )
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(more)
        self.list.blockSignals(False)

    def _item_changed(self, item: QListWidgetItem) -> None:
        value = item.data(Qt.ItemDataRole.UserRole)
        if value is None:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen.add(value)
        else:
            self.chosen.discard(value)

    def chip(self) -> ListFilter:
        """What the editor holds now (a chip with no value keeps every row)."""
        if self.list is not None:
            order = [v for v in self._all_values if v in self.chosen]
            order += sorted(v for v in self.chosen if v not in order)
            return ListFilter(self.definition.key, tuple(order))
        return ListFilter(
            self.definition.key,
            low=self._bound_value(self.low_box, self.low),
            high=self._bound_value(self.high_box, self.high),
        )


class Chip(QWidget):
    """One filter chip: its text (click to change it) and a button to remove it."""

    edit_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, key: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.key = key
        self.button = QToolButton()
        self.button.setObjectName("chipText")
        self.button.setText(text)
        self.button.setToolTip(QCoreApplication.translate("Filters", "Change this filter"))
        self.button.setAutoRaise(True)
        self.button.clicked.connect(lambda: self.edit_requested.emit(self.key))
        close = QToolButton()
        close.setObjectName("chipRemove")
        close.setText("×")
        close.setToolTip(QCoreApplication.translate("Filters", "Remove this filter"))
        close.setAutoRaise(True)
        close.clicked.connect(lambda: self.remove_requested.emit(self.key))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 2, 0)
        layout.setSpacing(0)
        layout.addWidget(self.button)
        layout.addWidget(close)


@dataclass
class SavedView:
    """A named state of a list: its words, chips, sort, shown columns and grouping."""

    name: str
    text: str = ""
    chips: list[ListFilter] = field(default_factory=list)
    sort: str = ""  # column key
    descending: bool = False
    columns: list[str] = field(default_factory=list)  # keys shown, in order
    group: str = ""

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "text": self.text,
            "chips": [c.to_json() for c in self.chips],
            "sort": self.sort,
            "descending": self.descending,
            "columns": self.columns,
            "group": self.group,
        }

    @classmethod
    def from_json(cls, data: dict) -> SavedView:
        return cls(
            str(data.get("name", "")),
            str(data.get("text", "")),
            [ListFilter.from_json(c) for c in data.get("chips", [])],
            str(data.get("sort", "")),
            bool(data.get("descending", False)),
            [str(c) for c in data.get("columns", [])],
            str(data.get("group", "")),
        )


class ViewStore:
    """The saved views of one list, in ``ui-state.ini`` (JSON under ``views/<list>``)."""

    def __init__(self, state: UiState, list_name: str) -> None:
        self.state, self.key = state, f"views/{list_name}"

    def all(self) -> list[SavedView]:
        try:
            raw = json.loads(self.state.value(self.key, "[]") or "[]")
        except ValueError:  # a hand-edited file: start again rather than fail
            return []
        return [SavedView.from_json(v) for v in raw if isinstance(v, dict) and v.get("name")]

    def save(self, views: Sequence[SavedView]) -> None:
        self.state.set_value(self.key, json.dumps([v.to_json() for v in views]))

    def put(self, view: SavedView) -> None:
        views = [v for v in self.all() if v.name != view.name] + [view]
        self.save(sorted(views, key=lambda v: v.name.casefold()))

    def remove(self, name: str) -> None:
        self.save([v for v in self.all() if v.name != name])


class FilterBar(QWidget):
    """Chips, "Group by" and "Views" for one list. The page applies what it emits.

    Signals: ``chips_changed(list)`` (of ListFilter), ``group_changed(str)`` (a key of the
    spec's groups, "" for none), ``view_chosen(object)`` (a SavedView, or None for the
    plain list), ``save_view_requested(str)`` (a name).
    """

    chips_changed = Signal(list)
    group_changed = Signal(str)
    view_chosen = Signal(object)
    save_view_requested = Signal(str)

    def __init__(
        self,
        spec: ListSpec,
        views: ViewStore,
        values: Callable[[FilterField, Callable[[list[str]], None]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.spec, self.views, self.values = spec, views, values
        self.chips: list[ListFilter] = []
        self.group = ""
        self.view_name = ""
        self.add = QToolButton(self)
        self.add.setObjectName("addFilter")
        self.add.setIcon(icon("add"))
        self.add.setText(QCoreApplication.translate("Filters", "Filter"))
        self.add.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add.setToolTip(
            QCoreApplication.translate(
                "Filters", "Keep only the rows with a status, a city, a skill, a range…"
            )
        )
        self.add.setMenu(QMenu(self.add))
        self.add.menu().aboutToShow.connect(self._fill_add_menu)
        # The chips never widen the page (a 1280-pixel screen): their row takes the room
        # left and cuts what does not fit (each chip's values are whole in its tooltip).
        self.chip_box = QWidget(self)
        self.chip_box.setMinimumWidth(1)  # may shrink below its chips' width (cut at the right)
        self.chip_row = QHBoxLayout(self.chip_box)
        self.chip_row.setContentsMargins(0, 0, 0, 0)
        self.chip_row.setSpacing(4)
        self.group_button = QToolButton(self)
        self.group_button.setObjectName("groupBy")
        self.group_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.group_button.setMenu(QMenu(self.group_button))
        if not spec.groups:
            self.group_button.hide()
        self.views_button = QToolButton(self)
        self.views_button.setObjectName("savedViews")
        self.views_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.views_button.setMenu(QMenu(self.views_button))
        self.views_button.menu().aboutToShow.connect(self._fill_views_menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.add)
        layout.addWidget(self.chip_box)
        layout.addStretch(1)
        self.layout_ = layout
        layout.addWidget(self.group_button)
        layout.addWidget(self.views_button)
        self._fill_group_menu()
        self._show()

    # -- chips ---------------------------------------------------------------------------
    def _fill_add_menu(self) -> None:
        menu = self.add.menu()
        menu.clear()
        used = {c.field for c in self.chips}
        for definition in self.spec.filters:
            action = menu.addAction(tr(definition.label))
            action.setEnabled(definition.key not in used)
            action.triggered.connect(lambda _=False, d=definition: self.edit(d.key))

    def edit(self, key: str) -> None:
        """Open the editor of the chip ``key`` (a new chip if there is none yet)."""
        definition = self.spec.filter_field(key)
        if definition is None:
            return
        current = next((c for c in self.chips if c.field == key), None)
        editor = ChipEditor(
            definition, current, lambda done: self.values(definition, done), self.window()
        )
        anchor = self.add
        for i in range(self.chip_row.count()):
            widget = self.chip_row.itemAt(i).widget()
            if isinstance(widget, Chip) and widget.key == key:
                anchor = widget
        editor.move(anchor.mapToGlobal(anchor.rect().bottomLeft()))
        editor.finished.connect(lambda result: self._edited(editor, result))
        editor.open()
        self._editor = editor

    def _edited(self, editor: ChipEditor, result: int) -> None:
        chip = editor.chip()
        editor.deleteLater()
        if not result:
            return
        keeps_all = not (chip.values or chip.low or chip.high)
        chips = [c for c in self.chips if c.field != chip.field]
        if not keeps_all:
            index = next((i for i, c in enumerate(self.chips) if c.field == chip.field), None)
            chips.insert(len(chips) if index is None else index, chip)
        self.set_chips(chips, emit=True)

    def remove(self, key: str) -> None:
        self.set_chips([c for c in self.chips if c.field != key], emit=True)

    def set_chips(self, chips: Sequence[ListFilter], emit: bool = False) -> None:
        self.chips = [c for c in chips if self.spec.filter_field(c.field) is not None]
        self._show()
        if emit:
            self.chips_changed.emit(list(self.chips))

    def _show(self) -> None:
        while self.chip_row.count():
            widget = self.chip_row.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # at once: deleted later, it would still show meanwhile
                widget.deleteLater()
        for chip in self.chips:
            definition = self.spec.filter_field(chip.field)
            widget = Chip(chip.field, chip_text(definition, chip))
            if chip.values:  # every value, as the chip shows the first one only
                values = ", ".join(_value_label(definition, v) for v in chip.values)
                colon = "\u00a0: " if i18n.language() == "fr" else ": "
                widget.button.setToolTip(f"{tr(definition.label)}{colon}{values}")
            widget.edit_requested.connect(self.edit)
            widget.remove_requested.connect(self.remove)
            self.chip_row.addWidget(widget)
        self.add.setText(QCoreApplication.translate("Filters", "Filter") if not self.chips else "")
        self.add.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if not self.chips
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        self._show_group()
        self._show_view()

    def add_hint(self, label: QLabel) -> None:
        """A line said beside the chips (the page's "more in hidden fields")."""
        self.layout_.insertWidget(2, label)

    # -- groups --------------------------------------------------------------------------
    def _fill_group_menu(self) -> None:
        menu = self.group_button.menu()
        menu.clear()
        choices = QActionGroup(menu)
        for key, text in [("", QCoreApplication.translate("Filters", "No grouping"))] + [
            (g.key, i18n.tr_column(g.label)) for g in self.spec.groups
        ]:
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(key == self.group)
            action.setData(key)
            action.triggered.connect(lambda _=False, k=key: self.set_group(k, emit=True))
            choices.addAction(action)
            menu.addAction(action)

    def set_group(self, key: str, emit: bool = False) -> None:
        self.group = key if self.spec.group_by(key) is not None else ""
        self._fill_group_menu()
        self._show_group()
        if emit:
            self.group_changed.emit(self.group)

    def _show_group(self) -> None:
        by = self.spec.group_by(self.group)
        name = (
            i18n.tr_column(by.label)
            if by is not None
            else QCoreApplication.translate("Filters", "none")
        )
        self.group_button.setText(
            QCoreApplication.translate("Filters", "Group by: {column}").format(column=name)
        )

    # -- views ---------------------------------------------------------------------------
    def _fill_views_menu(self) -> None:
        menu = self.views_button.menu()
        menu.clear()
        plain = menu.addAction(QCoreApplication.translate("Filters", "All rows (no filter)"))
        plain.setCheckable(True)
        plain.setChecked(not self.view_name)
        plain.triggered.connect(lambda: self.choose_view(None))
        views = self.views.all()
        if views:
            menu.addSeparator()
        for view in views:
            action = menu.addAction(view.name)
            action.setCheckable(True)
            action.setChecked(view.name == self.view_name)
            action.triggered.connect(lambda _=False, v=view: self.choose_view(v))
        menu.addSeparator()
        save = menu.addAction(icon("add"), QCoreApplication.translate("Filters", "Save this view…"))
        save.setObjectName("saveView")
        save.triggered.connect(self._ask_name)
        if self.view_name:
            update = menu.addAction(
                QCoreApplication.translate("Filters", "Update “{name}”").format(name=self.view_name)
            )
            update.triggered.connect(lambda: self.save_view_requested.emit(self.view_name))
            delete = menu.addAction(
                icon("delete"),
                QCoreApplication.translate("Filters", "Delete “{name}”").format(
                    name=self.view_name
                ),
            )
            delete.triggered.connect(self._delete_current)

    def choose_view(self, view: SavedView | None) -> None:
        self.view_name = view.name if view is not None else ""
        self._show_view()
        self.view_chosen.emit(view)

    def _ask_name(self) -> None:
        name, ok = QInputDialog.getText(
            self.window(),
            QCoreApplication.translate("Filters", "Save this view"),
            QCoreApplication.translate(
                "Filters", "Name of the view (its filters, sort, columns and grouping):"
            ),
            text=self.view_name,
        )
        name = " ".join(name.split())
        if ok and name:
            self.view_name = name
            self._show_view()
            self.save_view_requested.emit(name)

    def _delete_current(self) -> None:
        name = self.view_name
        answer = QMessageBox.question(
            self.window(),
            QCoreApplication.translate("Filters", "Delete the view"),
            QCoreApplication.translate(
                "Filters", "Delete the view “{name}”? The records stay as they are."
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.views.remove(name)
            self.view_name = ""
            self._show_view()

    def _show_view(self) -> None:
        name = self.view_name or QCoreApplication.translate("Filters", "all rows")
        self.views_button.setText(
            QCoreApplication.translate("Filters", "View: {name}").format(name=name)
        )
        self.views_button.setToolTip(
            QCoreApplication.translate(
                "Filters", "Saved views: a name for these filters, sort and columns"
            )
        )
