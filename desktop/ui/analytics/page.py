"""Analytics: how often talents accept, why they refuse, how long staffing takes.

Headline figures, a chart of the refusal reasons, a chart of the answers month
by month and a sortable table by client (or, once a client is chosen, by
mission). The counting rules are those of :mod:`desktop.services.analytics`.

The figures are counted on the background thread (a few grouped scans of the
offers, a fraction of a second at 200,000 offers), during which the page keeps
its previous figures and says it is counting; the table holds one page of
clients at a time, read and sorted by SQL (:mod:`desktop.ui.analytics.table`).
Refreshes asked for meanwhile are merged into one, for the last period and
client chosen; going back to a period or client already counted since the last
:meth:`AnalyticsPage.refresh` is instant.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.domain.periods import PeriodChoice, period_for
from desktop.domain.vocabulary import RefusalReason
from desktop.glibc_memory import release_freed_memory
from desktop.services import analytics
from desktop.services.analytics import Report, Scope
from desktop.ui import i18n
from desktop.ui.analytics.charts import MonthlyChart, ReasonsChart
from desktop.ui.analytics.client_picker import ClientChoices, ClientPicker, client_choices
from desktop.ui.analytics.endings import EndingReasonsView  # warmed up with this module
from desktop.ui.analytics.table import ID_ROLE, NAME, TOP_REASON, GroupTableModel, days, percent
from desktop.ui.assets import icon
from desktop.ui.list_page import fit_widths
from desktop.ui.state import UiState
from desktop.ui.tasks import run_task

log = logging.getLogger(__name__)

COLUMN_WIDTHS = (260, 80, 90, 80, 110, 300, 120)  # name, offers, accepted... days to staff
TEXT_COLUMNS = (True, False, False, False, False, True, False)  # these give up room first
MINIMUM_TEXT_WIDTH = 140  # a client's name or a reason stays readable
CACHED_REPORTS = 8  # reports counted since the last refresh, shown again at once
BUSIEST_CLIENTS = 500  # the client list before anything is typed: the most missions proposed

STYLE = """
QFrame#figure, QFrame#panel {
    background: white; border: 1px solid #e5e7eb; border-radius: 10px;
}
QLabel#figureText { font-size: 16px; font-weight: 600; color: #111827; }
QLabel#panelTitle { font-size: 14px; font-weight: 600; color: #111827; }
QLabel#busy { color: #6b7280; }
QLabel#busy[failed="true"] { color: #b42318; }
QTableView#analyticsTable QHeaderView::section { padding-right: 16px; }
"""


class Figure(QFrame):
    """A headline figure: the value, what it is, and the numbers behind it."""

    def __init__(self, caption: str, text_value: bool = False) -> None:
        super().__init__()
        self.setObjectName("figure")
        self.value = QLabel("—")
        self.value.setObjectName("figureText" if text_value else "cardValue")
        self.value.setWordWrap(text_value)
        self.caption = QLabel(caption)
        self.caption.setObjectName("cardCaption")
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("cardDetail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)


class Panel(QFrame):
    """A titled white panel whose body can give way to a hint when there is nothing to show."""

    def __init__(self, title: str, body: QWidget) -> None:
        super().__init__()
        self.setObjectName("panel")
        self.title = QLabel(title)
        self.title.setObjectName("panelTitle")
        self.title.setWordWrap(True)
        self.header = QHBoxLayout()
        self.header.addWidget(self.title, 1)
        self.body = body
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(body)
        self.stack.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(self.header)
        layout.addWidget(self.stack, 1)

    def show_body(self, shown: bool, hint: str = "") -> None:
        self.hint.setText(hint)
        self.stack.setCurrentWidget(self.body if shown else self.hint)


@dataclass(frozen=True)
class _Counted:
    """What one background refresh brings back (plain data: no Qt object crosses threads)."""

    scope: Scope
    any_offer: bool
    report: Report
    clients: ClientChoices | None  # None: unchanged (only the period or client changed)
    endings: list = field(default_factory=list)  # why missions ended (services.endings)


class AnalyticsPage(QWidget):
    """The Analytics section. Call :meth:`refresh` when shown and after data changes."""

    link_activated = Signal(QUrl)  # fd://missions/<id>: a mission row was opened
    refreshed = Signal()  # new figures are on screen

    def __init__(
        self,
        state: UiState,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page-analytics")
        self.state = state
        self.today = today
        self.report: Report | None = None
        # (scope, with the client list) being counted on the background thread, and the
        # one asked for since, counted next
        self._running: tuple[Scope, bool] | None = None
        self._wanted: tuple[Scope, bool] | None = None
        # Reports counted since the last refresh: going back to a period shows it at once.
        self._counted_reports: dict[Scope, tuple[Report, bool, list]] = {}
        self._showing = 0  # which show_report the steps on their way belong to
        self._steps_left = 0

        header = self._build_header()
        # The page shows in four turns of the event loop (see _next_part): the header
        # first, then the figures, then the charts, then the table, each built in its
        # turn. Built, polished, laid out and painted in the click's turn, the first visit
        # stalled the window 60-90 ms at 300k.
        self.figures_box = QWidget()
        self.figures_box.setLayout(self._build_figures())
        self.figures_box.layout().setContentsMargins(0, 0, 0, 0)
        self.figures_box.hide()
        self.model = GroupTableModel(self)  # the order asked is read before the table shows
        self._parts = [self.figures_box.show, self._attach_charts, self._attach_table]
        self._body_slot: QWidget | None = QWidget()
        self.table_panel: Panel | None = None

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(12)
        content_layout.addWidget(self.figures_box)
        content_layout.addWidget(self._body_slot, 1)
        self._content_layout = content_layout
        self.empty = QLabel(
            self.tr(
                "No offer sent yet.\nPropose a mission to talents from the Missions section: "
                "their answers, the reasons for each refusal and the time it takes to staff "
                "each mission will show here."
            )
        )
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)

        self.setStyleSheet(STYLE)
        self._shortcut(QKeySequence.StandardKey.Find, self.focus_client)
        self._shortcut(QKeySequence(Qt.Key.Key_Escape), lambda: self.client.set_client(None))

    def _build_charts(self) -> None:
        """The charts' row, in a splitter above a place kept for the table (its sizes
        remembered)."""
        self.reasons_chart = ReasonsChart()
        self.monthly_chart = MonthlyChart()
        self.reasons_panel = Panel(self.tr("Why talents refused"), self.reasons_chart)
        self.monthly_panel = Panel(self.tr("Answers by month of sending"), self.monthly_chart)
        self.endings_view = EndingReasonsView()
        self.endings_panel = Panel(self.tr("Why missions end"), self.endings_view)
        charts = QWidget()
        charts_layout = QHBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.setSpacing(12)
        charts_layout.addWidget(self.reasons_panel, 11)
        charts_layout.addWidget(self.monthly_panel, 9)
        charts_layout.addWidget(self.endings_panel, 7)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(charts)
        self.splitter.addWidget(QWidget())  # the table's place, until _attach_table
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        if not self.state.restore_splitter("analytics", self.splitter):
            self.splitter.setSizes([400, 200])  # the charts first: the table scrolls

    # -- construction --------------------------------------------------------------
    def _build_header(self) -> QHBoxLayout:
        """Title, "counting" hint, period and client."""
        title = QLabel(self.tr("Analytics"))
        title.setObjectName("pageTitle")
        self.busy = QLabel(self.tr("Counting…"))
        self.busy.setObjectName("busy")
        self.busy.hide()
        self.period = QComboBox()
        self.period.setObjectName("period")
        for choice, text in (
            (PeriodChoice.LAST_3_MONTHS, self.tr("Last 3 months")),
            (PeriodChoice.LAST_6_MONTHS, self.tr("Last 6 months")),
            (PeriodChoice.LAST_12_MONTHS, self.tr("Last 12 months")),
            (PeriodChoice.THIS_YEAR, self.tr("This year")),
            (PeriodChoice.ALL, self.tr("Since the first offer")),
        ):
            self.period.addItem(text, choice.value)
        saved = self.state.value("analytics/period", PeriodChoice.LAST_12_MONTHS.value)
        self.period.setCurrentIndex(max(0, self.period.findData(saved)))
        self.period.setToolTip(self.tr("Offers count in the month they were sent"))
        self.period.currentIndexChanged.connect(self._period_changed)
        self.client = ClientPicker()
        self.client.setToolTip(self.tr("One client: its missions in the table (Ctrl+F)"))
        self.client.client_changed.connect(lambda _id: self._request(with_clients=False))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.busy)
        header.addStretch(1)
        header.addWidget(QLabel(self.tr("Period")))
        header.addWidget(self.period)
        header.addSpacing(12)
        header.addWidget(QLabel(self.tr("Client")))
        header.addWidget(self.client)
        return header

    def _build_figures(self) -> QGridLayout:
        """The four headline figures, side by side."""
        self.figures = {
            "rate": Figure(self.tr("Acceptance rate")),
            "answered": Figure(self.tr("Offers answered")),
            "staffing": Figure(self.tr("Median days to staff a mission")),
            "reason": Figure(self.tr("Main refusal reason"), text_value=True),
        }
        self.figures["rate"].setToolTip(
            self.tr(
                "Accepted offers / offers answered (accepted or refused). Withdrawn offers "
                "(pulled by you) and expired ones (no answer in time) are not answers: they "
                "are counted apart."
            )
        )
        self.figures["staffing"].setToolTip(
            self.tr(
                "Days from a mission's first offer to its first acceptance, for the missions "
                "first proposed in the period."
            )
        )
        figures = QGridLayout()
        figures.setSpacing(12)
        for i, figure in enumerate(self.figures.values()):
            figures.addWidget(figure, 0, i)
            figures.setColumnStretch(i, 1)
        return figures

    def _build_table(self) -> Panel:
        """The sortable table by client (or by mission), in its panel."""
        self.table = QTableView()
        self.table.setObjectName("analyticsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        table_header = self.table.horizontalHeader()
        table_header.setHighlightSections(False)
        table_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table_header.setStretchLastSection(False)
        self.table.viewport().installEventFilter(self)  # widths follow the table's width
        self.table.sortByColumn(*self.model.sort_state())
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self._open)
        self.model.sorting_started.connect(self._sorting)
        self.model.loaded.connect(self._sorted)
        self.all_clients = QPushButton(icon("undo"), self.tr("All clients"))
        self.all_clients.setObjectName("allClients")
        self.all_clients.setFlat(True)
        self.all_clients.setToolTip(self.tr("Back to every client (Esc)"))
        self.all_clients.clicked.connect(lambda: self.client.set_client(None))
        self.all_clients.hide()
        panel = Panel("", self.table)
        panel.header.addWidget(self.all_clients)
        return panel

    def _shortcut(self, keys, slot, widget: QWidget | None = None) -> None:
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        (widget or self).addAction(action)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._parts:
            QTimer.singleShot(0, self, self._next_part)
        if self.report is None and self._running is None:
            self.refresh()

    def _next_part(self) -> None:
        """Show the next part of the page, then ask for a turn of the event loop (its layout
        and painting) before the one after."""
        if self._parts:
            self._parts.pop(0)()
        if self._parts:
            QTimer.singleShot(0, self, self._next_part)

    def _attach_charts(self) -> None:
        """Build the charts and put them in their place, the table's kept."""
        slot, self._body_slot = self._body_slot, None
        if slot is None:
            return
        self._build_charts()
        self._content_layout.replaceWidget(slot, self.splitter)
        slot.deleteLater()

    def _attach_table(self) -> None:
        """Build the table and put it in its place, below the charts."""
        if self.table_panel is not None:
            return
        self._attach_charts()
        self.table_panel = self._build_table()
        self.splitter.replaceWidget(1, self.table_panel).deleteLater()
        self._shortcut(
            QKeySequence(Qt.Key.Key_Return),
            lambda: self._open(self.table.currentIndex()),
            self.table,
        )

    def _attach_body(self) -> None:
        """Everything at once (a report arriving before the parts are shown)."""
        self._parts = []
        self.figures_box.show()
        self._attach_table()

    @property
    def settled(self) -> bool:
        """Nothing being counted, and everything counted is on screen."""
        return (
            self._running is None
            and not self._parts
            and self.table_panel is not None
            and not self._steps_left
        )

    def _in_turns(self, *steps: Callable[[], None]) -> None:
        """Run ``steps`` one per turn of the event loop, each laid out and painted before the
        next; a newer call drops the steps left of an older one."""
        self._showing += 1
        showing = self._showing

        def run(i: int) -> None:
            if showing != self._showing or not shiboken6.isValid(self):
                return
            self._steps_left = len(steps) - i - 1
            steps[i]()
            if self._steps_left:
                QTimer.singleShot(0, self, lambda: run(i + 1))

        run(0)

    # -- refreshing ----------------------------------------------------------------
    def scope(self) -> Scope:
        """The period and client chosen on screen."""
        period = period_for(PeriodChoice(self.period.currentData()), self.today())
        return Scope(period, company_id=self.client.client_id())

    def refresh(self) -> None:
        """Count everything again after a change of data (figures and the client list),
        on the background thread; the figures on screen stay until the new ones arrive."""
        self._counted_reports.clear()
        self._request(with_clients=True)

    @property
    def counting(self) -> bool:
        return self._running is not None

    def _request(self, with_clients: bool) -> None:
        """Show the scope on screen: at once if it was counted since the last refresh,
        else count it now, or right after the count under way."""
        scope = self.scope()
        running = self._running
        if not with_clients and scope in self._counted_reports:
            self._wanted = None
            self.busy.hide()
            self.show_report(*self._counted_reports[scope])
        elif running is None:
            self._start(scope, with_clients)
        elif scope != running[0] or (with_clients and not running[1]):
            wanted = self._wanted
            self._wanted = (scope, with_clients or (wanted is not None and wanted[1]))

    def _start(self, scope: Scope, with_clients: bool) -> None:
        self._running, self._wanted = (scope, with_clients), None
        self.busy.setText(self.tr("Counting…"))
        self.busy.setProperty("failed", False)
        self.busy.style().polish(self.busy)
        self.busy.show()

        sort, descending, labels = self.model.sort_request()  # the table's order, read here

        def work() -> _Counted:  # on the worker: plain data in, plain data out
            clients = None
            if with_clients:
                busiest = analytics.busiest_clients(BUSIEST_CLIENTS)
                chosen = scope.company_id
                if chosen is not None and all(c.id != chosen for c in busiest):
                    kept = analytics.client_choice(chosen)  # None: deleted meanwhile
                    busiest = busiest + ([kept] if kept else [])
                clients = client_choices(busiest)
            from desktop.services.endings import reason_counts

            endings = reason_counts(scope.period.start, scope.company_id)
            report = analytics.report(scope, sort, descending, labels)
            return _Counted(scope, analytics.has_offers(), report, clients, endings)

        def done(counted: _Counted) -> None:
            if shiboken6.isValid(self):
                self._counted(counted)

        def failed(error: Exception) -> None:
            if shiboken6.isValid(self):
                self._failed(error)

        run_task(work, done, failed)

    def _counted(self, counted: _Counted) -> None:
        self._running = None
        if len(self._counted_reports) >= CACHED_REPORTS:
            self._counted_reports.pop(next(iter(self._counted_reports)))
        self._counted_reports[counted.scope] = (
            counted.report,
            counted.any_offer,
            counted.endings,
        )
        if counted.clients is not None:
            self.client.set_choices(counted.clients)  # the chosen client gone: counts again
        if self._running is None and self._wanted is not None:
            self._start(*self._wanted)
        if self._running is not None:  # what was counted is no longer what is asked
            return
        self.busy.hide()
        if counted.scope == self.scope():  # else the user went back to a counted one
            self.show_report(counted.report, counted.any_offer, counted.endings)
        release_freed_memory()  # what the count on the worker freed

    def _failed(self, error: Exception) -> None:
        self._running = self._wanted = None
        log.error("analytics refresh failed: %s", error)
        self.busy.setText(self.tr("The figures could not be counted: {error}").format(error=error))
        self.busy.setProperty("failed", True)
        self.busy.style().polish(self.busy)

    def _sorting(self) -> None:
        """A click on a header: the rows on screen stay until the sorted ones arrive."""
        self.busy.setText(self.tr("Sorting…"))
        self.busy.setProperty("failed", False)
        self.busy.style().polish(self.busy)
        self.busy.show()

    def _sorted(self) -> None:
        if not self.counting and not self.model.sorting and not self.busy.property("failed"):
            self.busy.hide()

    def _period_changed(self) -> None:
        self.state.set_value("analytics/period", self.period.currentData())
        self._request(with_clients=False)

    # -- showing -------------------------------------------------------------------
    def show_report(
        self, report: Report, any_offer: bool = True, endings: list | None = None
    ) -> None:
        """Put a report (and why missions ended) on screen, then emit ``refreshed``.

        The figures and the table first, then each chart on a turn of the event loop of its
        own, the endings last: all in one turn, Qt's layout and painting of the new content
        stalled the window 50-60 ms at 300k.
        """
        self.report = report
        self._attach_body()
        has_offers = report.outcomes.sent > 0
        nothing = self.tr("No offer sent in this period: choose a longer one.")

        def figures_and_table() -> None:
            self.stack.setCurrentIndex(0 if any_offer else 1)
            self._show_figures(report)
            self._show_table(report)

        def reasons() -> None:
            self.reasons_chart.show_reasons(report.reasons)
            self.reasons_panel.show_body(
                bool(report.reasons),
                self.tr("No refusal in this period.") if has_offers else nothing,
            )

        def months() -> None:
            self.monthly_chart.show_buckets(report.buckets, report.quarterly)
            self.monthly_panel.show_body(has_offers, nothing)
            self.monthly_panel.title.setText(
                self.tr("Answers by quarter of sending")
                if report.quarterly
                else self.tr("Answers by month of sending")
            )

        def endings_and_done() -> None:
            if endings is not None:
                self.endings_view.show_reasons(endings)
                self.endings_panel.show_body(
                    bool(endings), self.tr("No mission ended through the assistant yet.")
                )
            self.refreshed.emit()

        self._in_turns(figures_and_table, reasons, months, endings_and_done)

    def _number(self, value: int) -> str:
        return formatting.format_number(value, i18n.language())

    def _show_figures(self, report: Report) -> None:
        outcomes, staffing = report.outcomes, report.staffing
        rate = self.figures["rate"]
        rate.value.setText(percent(outcomes.acceptance_rate))
        rate.detail.setText(
            self.tr("Accepted: {accepted} · Refused: {refused}").format(
                accepted=self._number(outcomes.accepted), refused=self._number(outcomes.refused)
            )
        )
        answered = self.figures["answered"]
        answered.value.setText(self._number(outcomes.answered))
        answered.detail.setText(
            self.tr("Sent: {sent} · Awaiting: {pending}\nWithdrawn or expired: {lapsed}").format(
                sent=self._number(outcomes.sent),
                pending=self._number(outcomes.pending),
                lapsed=self._number(outcomes.withdrawn + outcomes.expired),
            )
        )
        staff = self.figures["staffing"]
        staff.value.setText(days(staffing.median_days))
        staff.detail.setText(
            self.tr("Average: {average}\nMissions still unstaffed: {unstaffed}").format(
                average=days(staffing.average_days), unstaffed=self._number(staffing.unstaffed)
            )
        )
        reason = self.figures["reason"]
        if report.reasons:
            top = report.reasons[0]
            reason.value.setText(i18n.tr_label(top.reason, RefusalReason))
            reason.detail.setText(
                self.tr("Cited by {share} of the refused offers").format(share=percent(top.share))
            )
        else:
            reason.value.setText("—")
            reason.detail.setText(self.tr("No refusal in this period."))

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Figures as wide as their header (French headers are longer), the name and the
        reason sharing the rest; in a narrow window these two give way first, never below
        a readable width (then the table scrolls sideways)."""
        header = self.table.horizontalHeader()
        wanted = [
            max(width, header.sectionSizeFromContents(column).width())  # sort arrow included
            for column, width in enumerate(COLUMN_WIDTHS)
        ]
        available = self.table.viewport().width()
        figures = sum(w for w, text in zip(wanted, TEXT_COLUMNS, strict=True) if not text)
        left = max(0, available - figures)
        wanted[NAME], wanted[TOP_REASON] = left * 55 // 100, left * 45 // 100
        minimum = [  # fit: never narrower than the header's own text (no elided header)
            max(MINIMUM_TEXT_WIDTH, header.sectionSizeFromContents(column).width()) if text else w
            for column, (w, text) in enumerate(zip(wanted, TEXT_COLUMNS, strict=True))
        ]
        for column, width in enumerate(fit_widths(wanted, minimum, available, list(TEXT_COLUMNS))):
            header.resizeSection(column, width)

    def _show_table(self, report: Report) -> None:
        self.model.set_page(report.scope, report.groups, report.groups_are_missions)
        self._fit_columns()  # the first header reads "Client" or "Mission"
        chosen = self.client.client_id()
        self.all_clients.setVisible(chosen is not None)
        if chosen is None:
            title = self.tr("Offers and refusals by client")
        else:
            title = self.tr("Missions of {client}").format(client=self.client.currentText())
        self.table_panel.title.setText(title)
        self.table_panel.show_body(
            report.groups.total > 0, self.tr("No offer sent in this period: choose a longer one.")
        )

    # -- actions -------------------------------------------------------------------
    def focus_client(self) -> None:
        self.client.setFocus()
        self.client.lineEdit().selectAll()

    def _open(self, index: QModelIndex) -> None:
        """A client row shows the client's missions; a mission row opens the mission."""
        if not index.isValid():
            return
        group_id = self.model.data(index, ID_ROLE)
        if group_id is None:  # its page is being read
            return
        if self.model.missions:
            self.link_activated.emit(QUrl(f"fd://missions/{group_id}"))
        else:
            name = self.model.data(self.model.index(index.row(), NAME), Qt.ItemDataRole.ToolTipRole)
            self.client.set_client(group_id, name or "")

    def save_state(self) -> None:
        """Remember the splitter between charts and table (call when the window closes)."""
        if self.table_panel is not None:  # else never shown: nothing was moved
            self.state.save_splitter("analytics", self.splitter)
