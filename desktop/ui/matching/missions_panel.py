"""The open missions that fit a talent (the reverse of the ranking), with the breakdown."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.domain.vocabulary import TalentStatus
from desktop.services import matching
from desktop.store.models import Talent
from desktop.ui import i18n
from desktop.ui.matching.breakdown import BreakdownView, ScoreBarDelegate
from desktop.ui.matching.results import ResultColumn, ResultsModel, fit_columns
from desktop.ui.tasks import run_read


class MissionsForTalentPanel(QWidget):
    """Open and proposed missions ranked for one talent.

    Signals: ``mission_activated(int)`` on a double click or Enter; ``ranked(int)`` once
    the missions are shown (their count).
    """

    mission_activated = Signal(int)
    ranked = Signal(int)

    def __init__(
        self,
        talent_id: int,
        parent: QWidget | None = None,
        *,
        limit: int = 20,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("missionsForTalent")
        self.talent_id = talent_id
        self.limit = limit
        self.today = today
        self._generation = 0
        self._fitted = False
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        lang = i18n.language
        self.model = ResultsModel(
            [
                ResultColumn(self.tr("Mission"), lambda r: r.title),
                ResultColumn(self.tr("Client"), lambda r: r.company),
                ResultColumn(self.tr("Score"), lambda r: str(r.score), score=True),
                ResultColumn(
                    self.tr("Budget"),
                    lambda r: formatting.format_rate(r.facts.budget, lang()),
                    right=True,
                ),
                ResultColumn(
                    self.tr("Start"), lambda r: formatting.format_date(r.facts.start, lang())
                ),
                ResultColumn(
                    self.tr("City · remote"),
                    lambda r: " · ".join(
                        p for p in (r.facts.city, i18n.tr_label(r.facts.remote_policy)) if p
                    ),
                ),
                ResultColumn(
                    self.tr("Offer"),
                    lambda r: i18n.tr_label(r.offer_status) if r.offer_status else "",
                ),
            ],
            lambda row: row.mission_id,
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("missionsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(2, ScoreBarDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        enter = QAction(self.table)
        enter.setShortcut(QKeySequence(Qt.Key.Key_Return))
        enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        enter.triggered.connect(lambda: self._activate(self.table.currentIndex().row()))
        self.table.addAction(enter)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.breakdown = BreakdownView()
        self.excluded = QLabel()
        self.excluded.setObjectName("hint")
        self.excluded.setWordWrap(True)
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(self.breakdown)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([950, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.excluded)
        self.refresh()

    def set_talent(self, talent_id: int) -> None:
        self.talent_id = talent_id
        self.refresh()

    def refresh(self) -> None:
        """Rank the open missions again, off the UI thread."""
        self._generation += 1
        request = (self._generation, self.talent_id, self.limit, self.today)
        self.title.setText(self.tr("Missions that fit…"))
        # the reader thread: a ranking only reads, and never waits behind a write
        run_read(lambda: _rank(*request), self._show, self._failed, channel=(id(self), "rank"))

    def _show(self, result: tuple) -> None:
        if not shiboken6.isValid(self):
            return
        generation, name, status, rows, refused = result
        if generation != self._generation:
            return
        self.title.setText(self.tr("Missions that fit {name}").format(name=name))
        self.model.set_rows(rows)
        if rows and not self._fitted:  # once: later, the user's widths stay
            fit_columns(self.table, score_column=2)
            self._fitted = True
        if status == TalentStatus.DO_NOT_CONTACT:
            empty = self.tr("{name} is marked “do not contact”: no mission is suggested.")
        else:
            empty = self.tr(
                "No open mission fits {name} yet. Missions open to proposals (status Open or "
                "Proposed) appear here with their score."
            )
        self.empty.setText(empty.format(name=name))
        self.table.setColumnHidden(6, not any(r.offer_status for r in rows))  # offers
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        if refused == 1:
            text = self.tr("1 open mission is in a sector {name} refuses: not shown.")
        elif refused:
            text = self.tr("{count} open missions are in sectors {name} refuses: not shown.")
        else:
            text = ""
        self.excluded.setText(text.format(count=refused, name=name))
        if rows:
            self.table.selectRow(0)
        self._current_changed()
        self.ranked.emit(len(rows))

    def _failed(self, error: Exception) -> None:
        if shiboken6.isValid(self):
            from desktop.ui.confirm import plain_error

            self.title.setText(
                self.tr("The ranking failed: {error}").format(error=plain_error(error))
            )

    def _current_changed(self) -> None:
        index = self.table.currentIndex()
        row = self.model.rows[index.row()] if index.isValid() and self.model.rows else None
        title = f"{row.title} — {row.company}" if row else ""
        self.breakdown.show_breakdown(row.breakdown if row else None, title)

    def _activate(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.mission_activated.emit(self.model.rows[row].mission_id)


def _rank(generation: int, talent_id: int, limit: int, today: dt.date | None) -> tuple:
    """The work of one ranking (worker thread: plain data in and out)."""
    talent = Talent.get_by_id(talent_id)
    rows = matching.rank_missions_for_talent(talent_id, limit, None, today)
    refused = matching.missions_in_refused_sectors(talent_id)
    name = f"{talent.first_name} {talent.last_name}"
    return generation, name, talent.status, rows, refused
