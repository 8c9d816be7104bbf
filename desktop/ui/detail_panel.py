"""The right-hand panel of a list: the record's summary, and tabs for what hangs off it.

The summary is HTML (``fd://<section>/<id>`` links are followed by the main
window), rendered on the reader thread: a renderer reads the record and what hangs
off it (a client's unpaid invoices among 600,000), which took up to 90 ms on the UI
thread. The summary shown stays until the new one is ready. Each tab is a widget
told which record to show through a setter, for instance the written-traces
timeline or the offers of a mission. Tabs refresh only when visible, and only once
the selection rests for a moment: walking down a list with the arrow keys does not
build a timeline of cards (tens of milliseconds) for every row passed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import QSplitter, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from desktop.ui.tasks import run_read


@dataclass
class DetailTab:
    title: str
    widget: QWidget
    show: Callable[[int | None], None]  # tells the widget which record to show
    wide: int = 0  # the width the tab needs to be readable; 0 when any width will do


TAB_DELAY_MS = 150


class DetailPanel(QWidget):
    """Signals: ``link_activated(QUrl)``; ``width_wanted(int)`` when the current tab
    changes, with the width that tab needs (0 for any)."""

    link_activated = Signal(QUrl)
    width_wanted = Signal(int)

    def __init__(self, render: Callable[[int], str], parent: QWidget | None = None) -> None:
        """``render(record_id)`` returns the summary's HTML; it runs on the reader thread,
        so it reads the database and formats text but touches no widget."""
        super().__init__(parent)
        self.render = render
        self.record_id: int | None = None
        self._rendering = 0  # summaries asked and not shown yet
        self.summary = QTextBrowser()
        self.summary.setObjectName("detail")
        self.summary.setOpenLinks(False)
        self.summary.anchorClicked.connect(self.link_activated)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.hide()
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tabs: list[DetailTab] = []
        self._shown: dict[int, int | None] = {}  # tab index -> record it shows
        self._tab_timer = QTimer(self, singleShot=True, interval=TAB_DELAY_MS)
        self._tab_timer.timeout.connect(self._show_current_tab)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.summary)
        self.splitter.addWidget(self.tabs)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def add_actions(self, bar: QWidget) -> None:
        """One-click actions on the record shown, above its summary (quick actions)."""
        self.layout().insertWidget(0, bar)

    def add_tab(self, tab: DetailTab) -> None:
        self._tabs.append(tab)
        self.tabs.addTab(tab.widget, tab.title)
        self.tabs.show()
        self.splitter.setSizes([360, 360])

    @property
    def busy(self) -> bool:
        """A summary is being rendered."""
        return bool(self._rendering)

    def show_record(self, record_id: int | None, hint: str = "") -> None:
        self.record_id = record_id
        if record_id is None:
            self.summary.setHtml(f"<p style='color:#6b7280'>{hint}</p>")
        else:
            self._render(record_id)
        self.tabs.setEnabled(record_id is not None)
        self._shown.clear()
        if self._tabs:
            self._tab_timer.start()

    def flush(self) -> None:
        """Show the current tab's content now (tests, and programmatic selections)."""
        self._tab_timer.stop()
        self._show_current_tab()

    def refresh(self) -> None:
        self.show_record(self.record_id)

    def refresh_summary(self) -> None:
        """The summary only, the tabs as they are (a tab changed something it shows)."""
        if self.record_id is not None:
            self._render(self.record_id)

    def _render(self, record_id: int) -> None:
        render = self.render
        self._rendering += 1

        def shown(html: str) -> None:
            self._rendering -= 1
            if record_id == self.record_id:  # still the record selected
                self.summary.setHtml(html)

        def failed(_exc: Exception) -> None:
            self._rendering -= 1

        run_read(
            lambda: render(record_id),
            shown,
            failed,
            channel=(id(self), "summary"),
            owner=self,
            on_skip=lambda: failed(None),
        )

    def hideEvent(self, event) -> None:
        self._tab_timer.stop()  # nothing to refresh while hidden (or once the window closed)
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._tabs and self.record_id is not None:
            self._tab_timer.start()

    def _tab_changed(self, index: int) -> None:
        self.width_wanted.emit(self._tabs[index].wide if 0 <= index < len(self._tabs) else 0)
        self._show_current_tab()

    def _show_current_tab(self) -> None:
        if not self.isVisible():
            return
        index = self.tabs.currentIndex()
        if index < 0 or self._shown.get(index, -1) == self.record_id:
            return
        self._shown[index] = self.record_id
        self._tabs[index].show(self.record_id)
