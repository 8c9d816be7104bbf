"""Home: the morning's dashboard, or a welcome for an empty profile.

The dashboard's figures (desktop/services/dashboard.py) are read off the UI thread, part
by part on both reader lanes at once (``PART_LANES``), each lane in the order a
freelancer reads them (deadlines, receivables, pipeline, talents, then the chart and the
reasons): each tile shows a light placeholder, then its figures as soon as its part is
read, and a refresh updates the tiles in place. Home reads
again when records change while it is shown, or when it is next shown (``refresh``).

``filled`` is emitted, and ``settled`` becomes True, once every part of the latest
reading is on screen (for tests and for ``dev.py bench``). Each figure opens the list
that shows what it counts (desktop/ui/dashboard/links.py).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Generator, Iterator
from types import ModuleType
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.domain.receivables import AGEING_LABELS
from desktop.domain.vocabulary import EndingReason, MissionStatus, PipelineStage, RefusalReason
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.dashboard.tiles import STYLESHEET, LinkRow, Tile, TileGrid, load_fonts
from desktop.ui.tasks import run_read

if TYPE_CHECKING:
    from desktop.services import dashboard


def _figures() -> ModuleType:
    """The dashboard's service, imported on the reader thread when Home first reads: with
    it come peewee and the models, which the window does not wait for."""
    from desktop.services import dashboard

    return dashboard


log = logging.getLogger(__name__)

# The order the parts are read in: what to act on first.
# Parts read wait for the others at most this long before they are shown (see
# HomePage._arrived): Home's whole reading takes 30-50 ms at 300,000 records.
HOLD_MS = 150
PART_ORDER = ("deadlines", "receivables", "pipeline", "talents", "months", "reasons")
# The parts read side by side, one group on each reader lane (SQLite readers in WAL mode
# run at once, a core each), each group in PART_ORDER and of about the same cost at
# 300,000 records (deadlines and receivables about 20 ms, the pipeline and the talents
# about 20; the chart and the reasons read daily totals: store/money_days.py,
# store/offer_tallies.py). See docs/DESIGN.md, "Ranking and Home at 300k".
PART_LANES = {
    "reader": ("deadlines", "receivables", "months", "reasons"),
    "background": ("pipeline", "talents"),
}
PIPELINE_STAGES = (
    PipelineStage.LEAD,
    PipelineStage.CONTACTED,
    PipelineStage.QUALIFIED,
    PipelineStage.PROPOSAL,
    PipelineStage.WON,
)
MISSION_STATUSES = (
    MissionStatus.DRAFT,
    MissionStatus.OPEN,
    MissionStatus.PROPOSED,
    MissionStatus.STAFFED,
    MissionStatus.IN_PROGRESS,
    MissionStatus.COMPLETED,
)
TOP_REASONS = 3


def _locale() -> QLocale:
    return QLocale("fr_FR" if i18n.language() == "fr" else "en_GB")


def _number(n: int) -> str:
    return formatting.format_number(n, i18n.language())


def _money(amount) -> str:
    return formatting.format_money_whole(amount, i18n.language())


def _day(day: dt.date) -> str:
    """``14 déc.`` / ``14 Dec``."""
    return _locale().toString(QDate(day.year, day.month, day.day), "d MMM")


def _counted(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (with ``{n}``) by the language's plural rule, ``n`` formatted."""
    singular = n <= 1 if i18n.language() == "fr" else n == 1
    return (one if singular else many).format(n=_number(n))


def _share(n: int, largest: int) -> float:
    return n / largest if largest else 0.0


def _load_chart_module() -> None:
    """Import QtCharts and the chart off the UI thread (about 30 ms), before it is built."""
    import desktop.ui.dashboard.money_chart  # noqa: F401


class HomePage(QWidget):
    open_link = Signal(str)  # a figure clicked: desktop/ui/dashboard/links.py
    filled = Signal()  # every part of the latest reading is shown (or the welcome)
    load_demo = Signal()
    new_talent = Signal()
    new_company = Signal()
    import_file = Signal()

    def __init__(self, parent: QWidget | None = None, *, staged: bool = False) -> None:
        """``staged``: the dashboard and the welcome are built by :meth:`pieces`, one per
        ``next()`` (the window builds its first page that way at start-up: 30-50 ms in
        one turn otherwise)."""
        super().__init__(parent)
        self.setObjectName("page-home")
        self.setStyleSheet(STYLESHEET)
        self.today = dt.date.today()
        self.chart = None  # the MoneyChart, built with the first months read
        self._stale = True  # read when next shown
        self._pending: set[str] = set()  # parts of the current reading not arrived yet
        self._again = False  # records changed while reading: read once more after
        self._generation = 0
        self._empty: bool | None = None  # None: not known yet in this reading
        # parts read, waiting for the others (or for "empty") to be shown: see _arrived
        self._held: dict[str, object] = {}
        self._hold_over = False  # HOLD_MS passed: what arrives is shown as it comes
        self._showing = False  # held parts are being shown, one per turn
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._pieces = self._build_pieces()
        if not staged:
            for _ in self._pieces:
                pass

    def pieces(self) -> Iterator[None]:
        """What a ``staged`` page has left to build, a piece per ``next()``."""
        return self._pieces

    def _build_pieces(self) -> Iterator[None]:
        dashboard = yield from self._build_dashboard()
        self.stack.addWidget(dashboard)
        yield
        self.stack.addWidget(self._build_welcome())
        yield
        load_fonts()  # before the first figures: their rows then only paint

    # -- building -----------------------------------------------------------------------
    def _build_dashboard(self) -> Generator[None, None, QWidget]:
        """The dashboard's page, its tiles built four per piece (14-27 ms in one at start-up)."""
        page = QWidget()
        page.setObjectName("dashboard")
        title = QLabel(self.tr("Home"))
        title.setObjectName("pageTitle")
        self.date_label = QLabel()
        self.date_label.setObjectName("hint")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignBaseline)
        header.addStretch(1)
        self.tiles: dict[str, Tile] = {}
        grid = TileGrid()
        specs = (
            ("deadlines", self.tr("Coming up"), "section:followups", 1),
            ("receivables", self.tr("What clients owe (incl. VAT)"), "section:invoices", 1),
            ("pipeline", self.tr("Pipeline"), "section:pipeline", 1),
            ("money", self.tr("Invoiced and collected over 12 months"), "section:invoices", 2),
            ("talents", self.tr("Talents free within 30 days"), "talents_free", 1),
            ("missions", self.tr("Missions"), "section:mission_board", 1),
            ("refusals", self.tr("Refusal reasons"), "refusals", 1),
            ("endings", self.tr("Why missions end"), "endings", 1),
        )
        for number, (key, caption, link, span) in enumerate(specs):
            if number == 4:
                yield
            tile = Tile(caption, link)
            tile.setObjectName("tile")
            tile.setProperty("tileKey", key)
            tile.activated.connect(self.open_link)
            self.tiles[key] = tile
            grid.add(tile, span)
        self.grid = grid
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.setContentsMargins(24, 18, 24, 18)
        box.setSpacing(12)
        box.addLayout(header)
        box.addWidget(grid)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        self.scroll = scroll
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        return page

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        page.setObjectName("welcome")
        title = QLabel(self.tr("Welcome to Freelance Desk"))
        title.setObjectName("welcomeTitle")
        text = QLabel(
            self.tr(
                "Your talent pool, prospects, missions, contracts and invoices in one place, "
                "on this computer. The database is empty: start with the demo data to look "
                "around, or add your first records."
            )
        )
        text.setWordWrap(True)
        text.setObjectName("welcomeText")
        demo = QPushButton(icon("refresh"), self.tr("Load demo data"))
        demo.setObjectName("loadDemo")
        demo.setDefault(True)
        talent = QPushButton(icon("talents"), self.tr("Add a talent"))
        company = QPushButton(icon("companies"), self.tr("Add a prospect"))
        importing = QPushButton(icon("import"), self.tr("Import a file…"))
        importing.setToolTip(self.tr("Talents, companies or contacts from CSV, Excel or vCard"))
        importing.clicked.connect(self.import_file)
        demo.clicked.connect(self.load_demo)
        talent.clicked.connect(self.new_talent)
        company.clicked.connect(self.new_company)
        buttons = QHBoxLayout()
        for button in (demo, talent, company, importing):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout()
        box.addWidget(title)
        box.addWidget(text)
        box.addSpacing(12)
        box.addLayout(buttons)
        inner = QWidget()
        # Centred by stretches, not an alignment flag: an aligned widget gets its size
        # hint, computed before the text wraps, and the paragraph was cut off.
        inner.setMinimumWidth(600)
        inner.setMaximumWidth(760)
        inner.setLayout(box)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(inner)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    # -- reading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Records changed (or Home is shown): read the figures again, off the UI thread.

        Hidden, Home only notes it and reads when next shown: each reading is about
        100 ms of SQL at 300,000 records, on the thread that also writes.
        """
        if not self.isVisible():
            self._stale = True
            return
        self._read()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale or dt.date.today() != self.today:  # left open overnight: a new day
            self._read()

    @property
    def settled(self) -> bool:
        """Every part of the latest reading is on screen, and nothing is left to read."""
        return not self._stale and not self._pending and not self._again

    @property
    def showing_welcome(self) -> bool:
        return self.stack.currentIndex() == 1

    def _read(self) -> None:
        self._stale = False
        if self._pending:  # one reading at a time; the changes are read right after it
            self._again = True
            return
        self._generation += 1
        generation = self._generation
        self.today = today = dt.date.today()
        self.date_label.setText(
            _locale().toString(QDate(today.year, today.month, today.day), "dddd d MMMM yyyy")
        )
        self._pending = {"empty", *PART_ORDER}
        self._empty, self._held, self._hold_over, self._showing = None, {}, False, False
        QTimer.singleShot(HOLD_MS, self, lambda: self._hold_expired(generation))
        self._submit(generation, "empty", lambda: _figures().empty())
        for lane, names in PART_LANES.items():
            for name in names:
                chart_needed = name == "months" and self.chart is None

                def read(name=name, chart_needed=chart_needed) -> object:
                    if chart_needed:
                        _load_chart_module()
                    return _figures().PARTS[name](today)

                self._submit(generation, name, read, lane)

    def _submit(
        self, generation: int, name: str, read: Callable[[], object], lane: str = "reader"
    ) -> None:
        def done(result: object) -> None:
            if shiboken6.isValid(self):
                self._arrived(generation, name, result)

        def failed(error: Exception) -> None:
            if shiboken6.isValid(self):
                self._failed(generation, name, error)

        # the reader lanes: never behind a write
        run_read(read, done, failed, owner=self, lane=lane)

    def _arrived(self, generation: int, name: str, result: object) -> None:
        """A part read: held until the others are read too (or HOLD_MS has passed), then
        the parts are shown one per event-loop turn. Shown as they came, while the other
        parts were still being read, each one's few milliseconds on the UI thread took
        20-30 (the reader threads hold the interpreter in turn): 46-79 ms stalls at
        start-up at 300k records."""
        if generation != self._generation:
            return
        if name == "empty":
            self._empty = bool(result)
            self.stack.setCurrentIndex(1 if self._empty else 0)
            self._done_with(name)
        else:
            self._held[name] = result
        self._show_held(generation)

    def _hold_expired(self, generation: int) -> None:
        if generation == self._generation:
            self._hold_over = True
            self._show_held(generation)

    def _show_held(self, generation: int) -> None:
        """Start showing the held parts, if their turn has come (see :meth:`_arrived`)."""
        if self._showing or not self._held or self._empty is None:
            return
        if not self._hold_over and set(self._held) != self._pending:
            return  # others are still being read
        self._showing = True
        QTimer.singleShot(0, self, lambda: self._show_next(generation))

    def _show_next(self, generation: int) -> None:
        if generation != self._generation:
            return  # a newer reading shows its own parts
        self._showing = False
        if not self._held:
            return
        name = next(iter(self._held))
        self._show_part(name, self._held.pop(name))
        if self._held:  # the next one in a turn of its own
            self._showing = True
            QTimer.singleShot(0, self, lambda: self._show_next(generation))
        self._done_with(name)

    def _show_part(self, name: str, result: object) -> None:
        if not self._empty:
            getattr(self, f"_show_{name}")(result)

    def _failed(self, generation: int, name: str, error: Exception) -> None:
        log.error("dashboard part %s failed: %s", name, error)
        if name == "empty":  # records or not, unknown: the dashboard, with what it reads
            self._arrived(generation, name, False)
        elif generation == self._generation:
            for tile in self._tiles_of(name):
                tile.show_note(self.tr("Could not be counted: {error}").format(error=error))
                tile.mark_filled()
            self._done_with(name)
            self._show_held(generation)  # the others need not wait for this one

    def _done_with(self, name: str) -> None:
        self._pending.discard(name)
        if self._pending:
            return
        if self._again:
            self._again = False
            self._read()
            return
        self.filled.emit()

    def _tiles_of(self, part: str) -> list[Tile]:
        keys = {
            "pipeline": ("pipeline", "missions"),
            "months": ("money",),
            "reasons": ("refusals", "endings"),
        }.get(part, (part,))
        return [self.tiles[k] for k in keys if k in self.tiles]

    # -- showing ------------------------------------------------------------------------
    def _row(self, tile: str, key: str, link: str, big: bool = False) -> LinkRow:
        return self.tiles[tile].row(key, link, big)

    def _show_deadlines(self, d: dashboard.Deadlines) -> None:
        tile = self.tiles["deadlines"]
        tile.hide_rows()
        late, today, week = (d.follow_ups.get(k, 0) for k in ("overdue", "today", "upcoming"))
        self._row("deadlines", "followups", "followups").show_figure(
            self.tr("Follow-ups late"),
            _number(late),
            self.tr("{today} due today, {week} more this week").format(
                today=_number(today), week=_number(week)
            ),
            tone="alert" if late else "good",
        )
        self._row("deadlines", "reminders", "reminders").show_figure(
            self.tr("Payment reminders to send"),
            _money(d.reminders_amount) if d.reminders else _number(0),
            _counted(d.reminders, self.tr("{n} invoice"), self.tr("{n} invoices"))
            if d.reminders
            else "",
            tone="alert" if d.reminders else "good",
        )
        self._row("deadlines", "due", "invoices_due").show_figure(
            self.tr("Invoices falling due within 7 days"),
            _money(d.invoices_due_amount) if d.invoices_due else _number(0),
            _counted(d.invoices_due, self.tr("{n} invoice"), self.tr("{n} invoices"))
            if d.invoices_due
            else "",
            tone="" if d.invoices_due else "muted",
        )
        ends, renewals = d.contract_counts.get("end_soon", 0), d.contract_counts.get("renewal", 0)
        self._row("deadlines", "ends", "contract_ends").show_figure(
            self.tr("Contracts ending within 30 days"),
            _number(ends),
            tone="" if ends else "muted",
        )
        self._row("deadlines", "renewals", "renewals").show_figure(
            self.tr("Tacit renewals to refuse in time"),
            _number(renewals),
            tone="alert" if renewals else "muted",
        )
        for i, c in enumerate(d.contracts):
            what = (
                self.tr("ends") if c.kind == "end_soon" else self.tr("last day to refuse renewal")
            )
            self._row("deadlines", f"contract{i}", f"contract:{c.contract_id}").show_figure(
                f"{c.reference} · {c.counterparty}",
                _day(c.due_on),
                what,
                tone="muted",
            )
        tile.mark_filled()

    def _show_receivables(self, r: dashboard.Receivables) -> None:
        tile = self.tiles["receivables"]
        tile.hide_rows()
        self._row("receivables", "overdue", "overdue", big=True).show_figure(
            self.tr("Overdue"),
            _money(r.overdue),
            _counted(r.overdue_invoices, self.tr("{n} invoice late"), self.tr("{n} invoices late"))
            + " · "
            + self.tr("{total} owed in all").format(total=_money(r.total)),
            tone="alert" if r.overdue else "good",
        )
        largest = max((a.amount for a in r.ageing), default=0)
        for a in r.ageing:
            self._row("receivables", a.bucket, f"ageing:{a.bucket}").show_figure(
                QCoreApplication.translate("Receivables", AGEING_LABELS[a.bucket]),
                _money(a.amount),
                fraction=float(a.amount / largest) if largest else 0.0,
                tone="" if a.amount else "muted",
                tooltip=_counted(a.invoices, self.tr("{n} invoice"), self.tr("{n} invoices")),
            )
        tile.mark_filled()

    def _show_pipeline(self, p: dashboard.Pipeline) -> None:
        tile = self.tiles["pipeline"]
        tile.hide_rows()
        counts = {s.stage: s for s in p.stages}
        in_progress = sum(counts[s].companies for s in PIPELINE_STAGES if s != PipelineStage.WON)
        self._row("pipeline", "open", "section:pipeline", big=True).show_figure(
            self.tr("Open deals, expected"),
            _money(p.open_expected),
            _counted(
                in_progress,
                self.tr("{n} prospect in progress"),
                self.tr("{n} prospects in progress"),
            ),
        )
        largest = max((counts[s].companies for s in PIPELINE_STAGES), default=0)
        for stage in PIPELINE_STAGES:
            figure = counts[stage]
            self._row("pipeline", stage, f"stage:{stage}").show_figure(
                i18n.tr_label(stage, PipelineStage),
                _number(figure.companies),
                self.tr("{amount} expected").format(amount=_money(figure.expected))
                if figure.expected
                else "",
                fraction=_share(figure.companies, largest),
                tone="" if figure.companies else "muted",
            )
        tile.mark_filled()
        missions = self.tiles["missions"]
        missions.hide_rows()
        largest = max((p.missions.get(s, 0) for s in MISSION_STATUSES), default=0)
        for status in MISSION_STATUSES:
            n = p.missions.get(status, 0)
            self._row("missions", status, f"missions:{status}").show_figure(
                i18n.tr_label(status, MissionStatus),
                _number(n),
                fraction=_share(n, largest),
                tone="" if n else "muted",
            )
        missions.mark_filled()

    def _show_talents(self, t: dashboard.Talents) -> None:
        tile = self.tiles["talents"]
        tile.hide_rows()
        self._row("talents", "now", "talents_free", big=True).show_figure(
            self.tr("Free today"), _number(t.free_now), tone="good" if t.free_now else "muted"
        )
        self._row("talents", "soon", "talents_free").show_figure(
            self.tr("Free in the next 30 days"), _number(t.becoming_free)
        )
        for i, s in enumerate(t.soonest):
            self._row("talents", f"soon{i}", f"talent:{s.talent_id}").show_figure(
                s.name, _day(s.available_from), s.title, tone="muted"
            )
        tile.mark_filled()

    def _show_months(self, months: list[dashboard.MonthFigure]) -> None:
        tile = self.tiles["money"]
        if self.chart is None:
            from desktop.ui.dashboard.money_chart import MoneyChart

            self.chart = MoneyChart()
            self.chart.month_clicked.connect(lambda month: self.open_link.emit(f"month:{month}"))
            tile.body.addWidget(self.chart)
        invoiced = sum((m.invoiced for m in months), 0)
        collected = sum((m.collected for m in months), 0)
        tile.show_note(
            self.tr("Invoiced {invoiced} · collected {collected} (incl. VAT)").format(
                invoiced=_money(invoiced), collected=_money(collected)
            )
        )
        self.chart.show_months(months)
        tile.mark_filled()

    def _show_reasons(self, r: dashboard.Reasons) -> None:
        quarter = self.tr("Q{quarter} {year}").format(
            quarter=(r.quarter.start.month - 1) // 3 + 1, year=r.quarter.start.year
        )
        refusals, endings = self.tiles["refusals"], self.tiles["endings"]
        refusals.set_title(self.tr("Refusal reasons, {quarter}").format(quarter=quarter))
        endings.set_title(self.tr("Why missions end, {quarter}").format(quarter=quarter))
        for tile, key, total, reasons, vocabulary, caption, empty in (
            (
                refusals,
                "refusals",
                r.refused_offers,
                r.refusals,
                RefusalReason,
                self.tr("Offers refused"),
                self.tr("No offer refused this quarter."),
            ),
            (
                endings,
                "endings",
                r.endings_total,
                r.endings,
                EndingReason,
                self.tr("Missions ended or ending"),
                self.tr("No mission ended this quarter."),
            ),
        ):
            tile.hide_rows()
            tile.show_note("" if total else empty)
            if total:
                self._row(key, "total", key).show_figure(caption, _number(total))
            for i, reason in enumerate(reasons[:TOP_REASONS]):
                self._row(key, f"reason{i}", key).show_figure(
                    i18n.tr_label(reason.reason, vocabulary),
                    _number(reason.count),
                    fraction=reason.share,
                    tooltip=self.tr("{share} of them").format(
                        share=f"{round(reason.share * 100)}\u00a0%"
                        if i18n.language() == "fr"
                        else f"{round(reason.share * 100)}%"
                    ),
                )
            tile.mark_filled()
