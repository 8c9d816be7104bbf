"""Editing a list of skills with a level from 1 to 5 (talents and missions)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.validation import SkillLevel
from desktop.ui.assets import icon


class SkillsEditor(QWidget):
    def __init__(self, known_skills: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("skillsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Skill"), self.tr("Level (1-5)")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(120)
        self.name = QLineEdit()
        self.name.setObjectName("skillName")
        self.name.setPlaceholderText(self.tr("Add a skill: Java, Kubernetes, SAP FI…"))
        completer = QCompleter(QStringListModel(known_skills, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        self.level = QSpinBox()
        self.level.setRange(1, 5)
        self.level.setValue(3)
        add = QPushButton(icon("add"), self.tr("Add"))
        add.setObjectName("addSkill")
        remove = QPushButton(icon("delete"), self.tr("Remove"))
        add.clicked.connect(self._add_typed)
        self.name.returnPressed.connect(self._add_typed)
        remove.clicked.connect(self._remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.level)
        row.addWidget(add)
        row.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)

    def _add_typed(self) -> None:
        name = " ".join(self.name.text().split())
        if name:
            self.add_skill(name, self.level.value())
            self.name.clear()

    def add_skill(self, name: str, level: int) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text().casefold() == name.casefold():
                self.table.cellWidget(row, 1).setValue(level)
                return
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        spin = QSpinBox()
        spin.setRange(1, 5)
        spin.setValue(max(1, min(5, level)))
        self.table.setCellWidget(row, 1, spin)

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def set_skills(self, skills: tuple[SkillLevel, ...]) -> None:
        self.table.setRowCount(0)
        for skill in skills:
            self.add_skill(skill.name, skill.level)

    def skills(self) -> tuple[SkillLevel, ...]:
        return tuple(
            SkillLevel(self.table.item(r, 0).text(), self.table.cellWidget(r, 1).value())
            for r in range(self.table.rowCount())
        )
