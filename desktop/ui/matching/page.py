"""The Matching section: one mission's talent ranking with the whole width of the window.

The ranking (filters, table, weights and the selected talent's breakdown) used to be a
tab of the missions' detail pane: squeezed under the summary, its breakdown lines
overlapped their bars and "Propose" sat below the fold, and opening the tab moved the
list's splitter. Here it has a page of its own, reached from a mission in one click
("Find talents"), or from the sidebar with a picker of the missions to staff. The
ranking's own splitter (table | weights and breakdown) is remembered with the layout.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.vocabulary import MissionStatus
from desktop.store.models import Company, Mission
from desktop.ui.assets import icon
from desktop.ui.state import UiState
from desktop.ui.tasks import run_read

PICKER_LIMIT = 500  # the missions to staff offered in the picker, most recent first
TO_STAFF = (MissionStatus.DRAFT, MissionStatus.OPEN, MissionStatus.PROPOSED)


class MatchingPage(QWidget):
    """Signals: ``open_record(section, id)``, ``proposed(list of talent ids, text)`` once
    offers were sent (the window refreshes what shows them and says so)."""

    open_record = Signal(str, int)
    propose_requested = Signal(int, list)  # mission id, talent ids

    def __init__(self, state: UiState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-matching")
        self.state = state
        self.panel = None  # the RankingPanel, built for the first mission shown
        self._picker_loads = 0  # reads of the picker's missions under way
        title = QLabel(self.tr("Matching"))
        title.setObjectName("pageTitle")
        self.picker = QComboBox()
        self.picker.setObjectName("missionPicker")
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.setMinimumContentsLength(30)
        self.picker.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.picker.setMaximumWidth(560)
        self.picker.lineEdit().setPlaceholderText(self.tr("Type a mission or a client…"))
        completer = self.picker.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.picker.activated.connect(self._picked)
        self.open_mission = QPushButton(icon("missions"), self.tr("Open the mission"))
        self.open_mission.setObjectName("openMission")
        self.open_mission.clicked.connect(self._open_mission)
        self.open_mission.setEnabled(False)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(12)
        header.addWidget(self.picker, 1)
        header.addWidget(self.open_mission)
        self.hint = QLabel(
            self.tr(
                "Pick a mission above, or click “Find talents” on a mission: its best-matched "
                "talents are ranked here, with why."
            )
        )
        self.hint.setObjectName("emptyState")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QVBoxLayout()
        self.body.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addLayout(self.body, 1)
        self._fill_picker()

    @property
    def settled(self) -> bool:
        """Neither the picker nor a ranking is being read (tests wait for it, as for the
        lists)."""
        return not self._picker_loads and (self.panel is None or self.panel.settled)

    @property
    def mission_id(self) -> int | None:
        return self.panel.mission_id if self.panel is not None else None

    def _fill_picker(self, current: int | None = None) -> None:
        """Read the missions to staff on the reader thread; the picker keeps its items
        until they arrive (the page never waits on the database)."""
        self._picker_loads += 1

        def done(rows: list[tuple]) -> None:
            self._picker_loads -= 1
            shown = self.mission_id if self.mission_id is not None else current
            if shown is not None and shown != current and shown not in {r[0] for r in rows}:
                self._fill_picker(shown)  # read before another mission was shown
            else:
                self._show_picker(rows, shown)

        def failed(_error: Exception | None) -> None:
            self._picker_loads -= 1

        run_read(
            lambda: _missions_to_staff(current),
            done,
            failed,
            channel=(id(self), "picker"),
            owner=self,
            on_skip=lambda: failed(None),
        )

    def _show_picker(self, rows: list[tuple], current: int | None) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        for mission_id, title, client in rows:
            self.picker.addItem(f"{title} — {client}", mission_id)
        index = self.picker.findData(current) if current is not None else -1
        self.picker.setCurrentIndex(index)
        if index < 0:
            self.picker.setEditText("")
        self.picker.blockSignals(False)

    def show_mission(self, mission_id: int) -> None:
        """Rank the talents for ``mission_id`` (the weights and filters stay)."""
        index = self.picker.findData(mission_id)
        if index < 0:  # not among the missions to staff read last: read them again
            self._fill_picker(mission_id)
        self.picker.blockSignals(True)
        self.picker.setCurrentIndex(index)
        self.picker.blockSignals(False)
        self.open_mission.setEnabled(True)
        if self.panel is None:
            from desktop.ui.matching.ranking_panel import RankingPanel

            self.panel = RankingPanel(mission_id)
            self.panel.setObjectName("matchingPanel")
            self.panel.propose_requested.connect(
                lambda ids: self.propose_requested.emit(self.panel.mission_id, ids)
            )
            self.panel.talent_activated.connect(lambda i: self.open_record.emit("talents", i))
            self.state.restore_splitter("matching", self.panel.splitter)
            self.hint.hide()
            self.body.addWidget(self.panel, 1)
            self.panel.show()  # at once, not at the next event loop turn (layouts queue it)
        else:
            self.panel.set_mission(mission_id)

    def refresh(self) -> None:
        """Offers or missions changed: rank again (badges), refresh the picker."""
        self._fill_picker(self.mission_id)
        if self.panel is not None:
            self.panel.refresh()

    def _picked(self, index: int) -> None:
        mission_id = self.picker.itemData(index)
        if mission_id is not None:
            self.show_mission(mission_id)

    def _open_mission(self) -> None:
        if self.mission_id is not None:
            self.open_record.emit("missions", self.mission_id)

    def save_state(self) -> None:
        if self.panel is not None:
            self.state.save_splitter("matching", self.panel.splitter)


def _missions_to_staff(current: int | None) -> list[tuple[int, str, str]]:
    """(id, title, client) of the latest missions to staff, and of ``current`` when it is
    not one of them (reader thread: plain data in and out)."""
    rows = list(
        Mission.select(Mission.id, Mission.title, Company.name)
        .join(Company)
        .where(Mission.status.in_([s.value for s in TO_STAFF]))
        .order_by(Mission.start_date.desc(nulls="LAST"), Mission.id.desc())
        .limit(PICKER_LIMIT)
        .tuples()
    )
    if current is not None and current not in {r[0] for r in rows}:
        mission = Mission.select(Mission.id, Mission.title, Company.name).join(Company)
        rows[:0] = list(mission.where(Mission.id == current).tuples())
    return rows
