"""The talents ranked for a mission: scores, the breakdown of the selected one, weights,
filters, and "propose to the selected talents".

The ranking runs on the reader thread (:func:`desktop.ui.tasks.run_read`): about 50 ms
at 100,000 talents, too long to block typing. Changes to weights and filters are
debounced and remembered in the profile; a result that arrives after a newer request
was made is dropped.
"""

from __future__ import annotations

import datetime as dt
import time

import shiboken6
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.domain.matching import MatchFilters, Weights
from desktop.domain.vocabulary import OfferStatus
from desktop.services import matching
from desktop.store.models import Mission
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.matching.breakdown import BreakdownView, ScoreBarDelegate, render
from desktop.ui.matching.controls import FiltersBar, WeightsBox
from desktop.ui.matching.results import BadgeDelegate, ResultColumn, ResultsModel, fit_columns
from desktop.ui.table_model import ID_ROLE
from desktop.ui.tasks import run_read, run_task

OFFER_COLUMN = 2  # "Already offered": a badge with the date
DEBOUNCE_MS = 200  # a slider dragged from 40 to 60 ranks once, not twenty times


def key_reasons(row: matching.RankedTalent, count: int = 1) -> str:
    """What costs the most points: the cap first, then the weakest components' reasons."""
    parts = [render(row.breakdown.capped)] if row.breakdown.capped else []
    parts += [render(r) for c in row.breakdown.weakest(count) for r in c.reasons[:1]]
    return " · ".join(parts)


# A talent who already has an offer for this mission: what happened, when (a badge).
_BADGE_COLORS = {
    "sent": ("#1e40af", "#dbeafe"),
    "in_discussion": ("#92400e", "#fef3c7"),
    "accepted": ("#166534", "#dcfce7"),
    "refused": ("#991b1b", "#fee2e2"),
}


def _offer_badge(row: matching.RankedTalent) -> str:
    if not row.offer_status:
        return ""
    label = i18n.tr_label(row.offer_status, OfferStatus)
    when = formatting.format_date(row.offer_on, i18n.language()) if row.offer_on else ""
    return f"{label} · {when}" if when else label


def _offer_colors(row: matching.RankedTalent) -> tuple[str, str] | None:
    if not row.offer_status:
        return None
    return _BADGE_COLORS.get(row.offer_status, ("#374151", "#e5e7eb"))


def _offer_tip(row: matching.RankedTalent) -> str:
    if not row.offer_status:
        return ""
    return QCoreApplication.translate(
        "RankingPanel", "Already offered this mission: {status}. Proposing again sends nothing."
    ).format(status=_offer_badge(row))


def _place(city: str, remote: str) -> str:
    return " · ".join(p for p in (city, i18n.tr_label(remote)) if p)


class RankingPanel(QWidget):
    """Talents ranked for one mission.

    Signals: ``propose_requested(list[int])`` with the selected talent ids (button or
    Ctrl+Enter), ``talent_activated(int)`` on a double click or Enter, ``ranked(int)``
    once a ranking is shown (its row count).
    """

    propose_requested = Signal(list)
    talent_activated = Signal(int)
    ranked = Signal(int)

    def __init__(
        self,
        mission_id: int,
        parent: QWidget | None = None,
        *,
        limit: int = 50,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rankingPanel")
        self.mission_id = mission_id
        self.limit = limit
        self.today = today
        self._generation = 0
        self._answered = 0  # the newest request whose ranking (or failure) is shown
        self._fitted = False
        self.last_ms: float | None = None

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.status = QLabel()
        self.status.setObjectName("countLabel")
        # The filters, the weights and the breakdown are built in the next event loop
        # turns (the first build was one 60 ms stall), and filled with the remembered
        # choices, which come with the first ranking (reader thread): greyed until then.
        self.filters_bar: FiltersBar | None = None
        self.weights_box: WeightsBox | None = None
        self.breakdown: BreakdownView | None = None
        self._choices_shown = False

        self.model = ResultsModel(self._columns(), lambda row: row.talent_id, self)
        self.table = QTableView()
        self.table.setObjectName("rankingTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(1, ScoreBarDelegate(self.table))
        self.table.setItemDelegateForColumn(OFFER_COLUMN, BadgeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._shortcut(QKeySequence(Qt.Key.Key_Return), self._activate_current)
        self._shortcut(QKeySequence("Ctrl+Return"), self.propose_selected)

        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        # fit: the weights and the breakdown scroll rather than set the page's height
        self.side_scroll = QScrollArea()
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(self.side_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 400])
        self.splitter = splitter

        self.excluded = QLabel()
        self.excluded.setObjectName("hint")
        self.excluded.setWordWrap(True)
        self.propose = QPushButton(icon("send"), self.tr("Propose to selected…"))
        self.propose.setObjectName("proposeSelected")
        self.propose.setToolTip(self.tr("Send the mission to the selected talents (Ctrl+Enter)"))
        self.propose.setEnabled(False)
        self.propose.clicked.connect(self.propose_selected)

        self.title.setWordWrap(True)  # fit: a long mission title wraps, never widens the page
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        toolbar = QHBoxLayout()  # the table's toolbar: what is shown, and what to do with it
        toolbar.addWidget(self.status, 1)
        toolbar.addWidget(self.propose)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.filters_place = QVBoxLayout()  # the filters bar, once built
        self.filters_place.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.filters_place)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.excluded)

        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        self.refresh()
        QTimer.singleShot(0, self, self._build_filters)

    def _build_filters(self) -> None:
        """The filters bar (idempotent), then the side in the next turn."""
        if self.filters_bar is None:
            self.filters_bar = FiltersBar()
            self.filters_bar.setEnabled(False)
            self.filters_bar.changed.connect(self._filters_changed)
            self.filters_place.addWidget(self.filters_bar)
            QTimer.singleShot(0, self, self._build_side)

    def _build_side(self) -> None:
        """The weights above the breakdown they explain (idempotent)."""
        if self.weights_box is None:
            self.weights_box = WeightsBox()
            self.weights_box.setEnabled(False)
            self.weights_box.changed.connect(self._weights_changed)
            self.breakdown = BreakdownView()
            side = QWidget()
            side_box = QVBoxLayout(side)
            side_box.setContentsMargins(0, 0, 0, 0)
            side_box.addWidget(self.weights_box)
            side_box.addWidget(self.breakdown, 1)
            self.side_scroll.setWidget(side)

    def _columns(self) -> list[ResultColumn]:
        lang = i18n.language
        return [
            ResultColumn(self.tr("Talent"), lambda r: r.name),
            ResultColumn(self.tr("Score"), lambda r: str(r.score), score=True,
                         tip=lambda r: self.tr("Score: {score} / 100").format(score=r.score)),
            # beside the score: at 1280 px, last but one it was a scroll away
            ResultColumn(self.tr("Already offered"), _offer_badge, colors=_offer_colors,
                         tip=_offer_tip),
            ResultColumn(self.tr("Daily rate"),
                         lambda r: formatting.format_rate(r.facts.daily_rate, lang()), right=True),
            ResultColumn(self.tr("Available"),
                         lambda r: formatting.format_date(r.facts.available_from, lang()) or "—"),
            ResultColumn(self.tr("City · remote"),
                         lambda r: _place(r.facts.city, r.facts.remote_preference)),
            ResultColumn(self.tr("Key reasons"), key_reasons, tip=lambda r: key_reasons(r, 3)),
        ]  # fmt: skip

    def _shortcut(self, keys: QKeySequence, slot) -> None:
        action = QAction(self.table)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)

    # -- ranking -------------------------------------------------------------------------
    def set_mission(self, mission_id: int) -> None:
        """Rank the talents for another mission (the weights and filters stay)."""
        self.mission_id = mission_id
        self.refresh()

    def refresh(self) -> None:
        """Rank again, off the UI thread; :attr:`ranked` is emitted when shown."""
        self.timer.stop()
        self._generation += 1
        request = (
            self._generation,
            self.mission_id,
            self.weights_box.weights() if self._choices_shown else None,
            self.filters_bar.filters() if self._choices_shown else None,
            self.limit,
            self.today,
        )
        self.status.setText(self.tr("Ranking…"))
        # The reader thread: its connection stays open (warm pages, the pool's cities
        # remembered), and a ranking never waits behind a write.
        generation = self._generation
        run_read(
            lambda: _rank(*request),
            self._show,
            lambda error: self._failed(error, generation),
            channel=(id(self), "rank"),
        )

    @property
    def settled(self) -> bool:
        """The ranking shown is that of the newest request (tests wait for it)."""
        return self._answered == self._generation and not self.timer.isActive()

    def _show(self, result: tuple) -> None:
        if not shiboken6.isValid(self):
            return  # closed while ranking
        generation, title, rows, refusals, seconds, weights, filters = result
        if generation != self._generation:
            return  # a newer request is on its way
        self._answered = generation
        self._build_filters()
        self._build_side()
        if not self._choices_shown:
            self._choices_shown = True
            self.weights_box.set_weights(weights)
            self.filters_bar.set_filters(filters)
            self.weights_box.setEnabled(True)
            self.filters_bar.setEnabled(True)
        self.last_ms = seconds * 1000
        self.title.setText(self.tr("Talents for “{mission}”").format(mission=title))
        selected = set(self.selected_ids())
        self.model.set_rows(rows)
        if rows and not self._fitted:  # once: later, the user's widths stay
            fit_columns(self.table, score_column=1)
            self._fitted = True
        self.table.setColumnHidden(OFFER_COLUMN, not any(r.offer_status for r in rows))
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self.empty.setText(
            self.tr(
                "No talent matches these filters. Lower the minimum score, untick “Free by the "
                "start”, clear the rate or the place, or tick more statuses."
            )
        )
        self.status.setText(
            self.tr("{count} best-matched talents").format(
                count=formatting.format_number(len(rows), i18n.language())
            )
        )
        self.excluded.setText(self._excluded_text(refusals))
        self._restore_selection(selected)
        self.ranked.emit(len(rows))

    def _failed(self, error: Exception, generation: int) -> None:
        if shiboken6.isValid(self) and generation == self._generation:
            self._answered = generation
            from desktop.ui.confirm import plain_error

            self.status.setText(
                self.tr("The ranking failed: {error}").format(error=plain_error(error))
            )

    def _excluded_text(self, refusals: matching.SectorRefusals) -> str:
        if not refusals.count:
            return ""
        names = ", ".join(refusals.names) + ("…" if refusals.count > len(refusals.names) else "")
        if refusals.count == 1:
            text = self.tr("1 talent refuses the sector “{sector}” and is left out: {names}")
        else:
            text = self.tr("{count} talents refuse the sector “{sector}” and are left out: {names}")
        return text.format(count=refusals.count, sector=refusals.sector, names=names)

    def _weights_changed(self) -> None:
        weights = self.weights_box.weights()
        run_task(lambda: matching.save_weights(weights), None, self._not_saved)
        self.timer.start()

    def _filters_changed(self) -> None:
        filters = self.filters_bar.filters()
        run_task(lambda: matching.save_filters(filters), None, self._not_saved)
        self.timer.start()

    def _not_saved(self, error: Exception) -> None:
        """Remembering the choices failed (writer thread): the ranking still uses them."""
        if shiboken6.isValid(self):
            from desktop.ui.confirm import plain_error

            self.status.setText(
                self.tr("These choices could not be remembered: {error}").format(
                    error=plain_error(error)
                )
            )

    # -- selection -----------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """The selected talents, in the ranking's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.rows[r].talent_id for r in rows if r < len(self.model.rows)]

    def _restore_selection(self, ids: set[int]) -> None:
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        chosen = [r for r, row in enumerate(self.model.rows) if row.talent_id in ids]
        for r in chosen or ([0] if self.model.rows else []):
            selection.select(self.model.index(r, 0), flags)
        if self.model.rows:
            current = self.model.index((chosen or [0])[0], 0)
            selection.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._selection_changed()

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self.propose.setEnabled(bool(ids))
        current = self.table.currentIndex()
        row = self.model.rows[current.row()] if current.isValid() and self.model.rows else None
        if row is None and ids:
            row = next(r for r in self.model.rows if r.talent_id == ids[0])
        if self.breakdown is not None:
            self.breakdown.show_breakdown(row.breakdown if row else None, row.name if row else "")

    def _activate_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._activate(index.row())

    def _activate(self, row: int) -> None:
        self.talent_activated.emit(self.model.index(row, 0).data(ID_ROLE))

    def propose_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.propose_requested.emit(ids)


def _rank(
    generation: int,
    mission_id: int,
    weights: Weights | None,
    filters: MatchFilters | None,
    limit: int,
    today: dt.date | None,
) -> tuple:
    """The work of one ranking (worker thread: plain data in and out, no Qt object).
    Without weights or filters, those remembered in the profile (returned with it)."""
    started = time.perf_counter()
    weights = weights or matching.saved_weights()
    filters = filters or matching.saved_filters()
    rows = matching.rank_talents(mission_id, weights, filters, limit, today)
    title = Mission.get_by_id(mission_id).title
    refusals = matching.sector_refusals(mission_id)
    return generation, title, rows, refusals, time.perf_counter() - started, weights, filters
