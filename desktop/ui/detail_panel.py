"""The right-hand panel of a list: the record's summary, and tabs for what hangs off it.

The summary is HTML (``fd://<section>/<id>`` links are followed by the main
window); each tab is a widget told which record to show through a setter, for
instance the written-traces timeline or the offers of a mission. Tabs refresh
only when visible, so a list scrolled with the arrow keys stays fast.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QSplitter, QTabWidget, QTextBrowser, QVBoxLayout, QWidget


@dataclass
class DetailTab:
    title: str
    widget: QWidget
    show: Callable[[int | None], None]  # tells the widget which record to show


class DetailPanel(QWidget):
    link_activated = Signal(QUrl)

    def __init__(self, render: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.render = render
        self.record_id: int | None = None
        self.summary = QTextBrowser()
        self.summary.setObjectName("detail")
        self.summary.setOpenLinks(False)
        self.summary.anchorClicked.connect(self.link_activated)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.hide()
        self.tabs.currentChanged.connect(lambda _i: self._show_current_tab())
        self._tabs: list[DetailTab] = []
        self._shown: dict[int, int | None] = {}  # tab index -> record it shows
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.summary)
        self.splitter.addWidget(self.tabs)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def add_tab(self, tab: DetailTab) -> None:
        self._tabs.append(tab)
        self.tabs.addTab(tab.widget, tab.title)
        self.tabs.show()
        self.splitter.setSizes([360, 360])

    def show_record(self, record_id: int | None, hint: str = "") -> None:
        self.record_id = record_id
        if record_id is None:
            self.summary.setHtml(f"<p style='color:#6b7280'>{hint}</p>")
        else:
            self.summary.setHtml(self.render(record_id))
        self.tabs.setEnabled(record_id is not None)
        self._shown.clear()
        self._show_current_tab()

    def refresh(self) -> None:
        self.show_record(self.record_id)

    def _show_current_tab(self) -> None:
        index = self.tabs.currentIndex()
        if index < 0 or self._shown.get(index, -1) == self.record_id:
            return
        self._shown[index] = self.record_id
        self._tabs[index].show(self.record_id)
