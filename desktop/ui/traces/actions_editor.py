"""The small table of actions in meeting minutes: what, who, by when, done."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.activities import ActionDraft
from desktop.ui.assets import icon
from desktop.ui.widgets import OptionalDateEdit

DESCRIPTION, OWNER, DUE, DONE = range(4)


class ActionsEditor(QWidget):
    """Rows of :class:`ActionDraft`; an action's stored id rides in its description cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("actionsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("What is to be done"), self.tr("Who"), self.tr("Due"), self.tr("Done")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OWNER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DONE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(OWNER, 130)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(130)
        self.add_button = QPushButton(icon("add"), self.tr("Add an action"))
        self.add_button.setObjectName("addAction")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(icon("delete"), self.tr("Remove the action"))
        self.remove_button.setObjectName("removeAction")
        self.remove_button.clicked.connect(self.remove_current)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_current).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, action: ActionDraft | None = None, focus: bool = True) -> int:
        """Append a row (empty, or filled from ``action``); returns its index."""
        action = action or ActionDraft("")
        row = self.table.rowCount()
        self.table.insertRow(row)
        description = QTableWidgetItem(action.description)
        description.setData(Qt.ItemDataRole.UserRole, action.id)
        self.table.setItem(row, DESCRIPTION, description)
        self.table.setItem(row, OWNER, QTableWidgetItem(action.owner))
        due = OptionalDateEdit("")
        due.setObjectName("due_on")
        if action.due_on is None:
            due.edit.setDate(QDate.currentDate().addDays(7))  # what ticking it proposes
        due.set_date(action.due_on)
        self.table.setCellWidget(row, DUE, due)
        done = QTableWidgetItem()
        done.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        done.setCheckState(Qt.CheckState.Checked if action.done else Qt.CheckState.Unchecked)
        self.table.setItem(row, DONE, done)
        if focus:
            self.table.setCurrentCell(row, DESCRIPTION)
            self.table.editItem(description)
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def set_actions(self, actions: tuple[ActionDraft, ...]) -> None:
        self.table.setRowCount(0)
        for action in actions:
            self.add_row(action, focus=False)

    def actions(self) -> tuple[ActionDraft, ...]:
        """Every row as typed (the domain drops the blank ones and reports the incomplete)."""
        result = []
        for row in range(self.table.rowCount()):
            description = self.table.item(row, DESCRIPTION)
            due = self.table.cellWidget(row, DUE)
            result.append(
                ActionDraft(
                    description=description.text(),
                    owner=self.table.item(row, OWNER).text(),
                    due_on=due.date() if isinstance(due, OptionalDateEdit) else None,
                    done=self.table.item(row, DONE).checkState() == Qt.CheckState.Checked,
                    id=description.data(Qt.ItemDataRole.UserRole),
                )
            )
        return tuple(result)
