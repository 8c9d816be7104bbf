"""Editing a list of skills with a level from 1 to 5, plus years (talents) or must-have
(missions)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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

from desktop.domain.missions import RequiredSkill
from desktop.domain.validation import SkillLevel
from desktop.ui.assets import icon


class SkillsEditor(QWidget):
    """``extra="years"``: years of practice per skill (talents); ``"required"``: must-have or
    nice-to-have (missions)."""

    def __init__(
        self, known_skills: list[str], extra: str = "years", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.extra = extra
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("skillsTable")
        third = self.tr("Years") if extra == "years" else self.tr("Must-have")
        self.table.setHorizontalHeaderLabels([self.tr("Skill"), self.tr("Level (1-5)"), third])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(140)
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
        self.level.setToolTip(self.tr("1 notions, 2 junior, 3 autonomous, 4 senior, 5 expert"))
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

    def add_skill(self, name: str, level: int, extra: int | bool | None = None) -> None:
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
        if self.extra == "years":
            years = QSpinBox()
            years.setRange(0, 50)
            years.setValue(int(extra or 0))
            self.table.setCellWidget(row, 2, years)
        else:
            box = QCheckBox()
            box.setChecked(True if extra is None else bool(extra))
            self.table.setCellWidget(row, 2, box)

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def set_skills(self, skills) -> None:
        self.table.setRowCount(0)
        for skill in skills:
            extra = skill.years if isinstance(skill, SkillLevel) else skill.required
            self.add_skill(skill.name, skill.level, extra)

    def _cells(self, row: int):
        return (
            self.table.item(row, 0).text(),
            self.table.cellWidget(row, 1).value(),
            self.table.cellWidget(row, 2),
        )

    def skills(self) -> tuple[SkillLevel, ...]:
        """The talent's skills (``extra="years"``)."""
        return tuple(
            SkillLevel(name, level, widget.value())
            for name, level, widget in map(self._cells, range(self.table.rowCount()))
        )

    def required_skills(self) -> tuple[RequiredSkill, ...]:
        """The mission's skills (``extra="required"``)."""
        return tuple(
            RequiredSkill(name, level, widget.isChecked())
            for name, level, widget in map(self._cells, range(self.table.rowCount()))
        )
