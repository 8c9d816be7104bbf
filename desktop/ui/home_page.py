"""Home: the numbers that matter at a glance, or a welcome for an empty profile."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.tasks import run_read


class Card(QFrame):
    """A clickable figure with its caption."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.value = QLabel("…")  # until the counts arrive from the reader thread
        self.value.setObjectName("cardValue")
        self.caption = QLabel(caption)
        self.caption.setObjectName("cardCaption")
        self.detail = QLabel()
        self.detail.setObjectName("cardDetail")
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)

    def mouseReleaseEvent(self, event) -> None:
        self.clicked.emit()
        super().mouseReleaseEvent(event)


class HomePage(QWidget):
    navigate = Signal(str)
    load_demo = Signal()
    new_talent = Signal()
    new_company = Signal()
    import_file = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-home")
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_dashboard())
        self.stack.addWidget(self._build_welcome())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _build_dashboard(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Home"))
        title.setObjectName("pageTitle")
        grid = QGridLayout()
        grid.setSpacing(14)
        self.cards: dict[str, Card] = {}
        specs = (
            ("talents", self.tr("Talents in the pool"), "talents"),
            ("companies", self.tr("Prospects and clients"), "companies"),
            ("missions", self.tr("Open missions"), "missions"),
            ("contracts", self.tr("Active contracts"), "contracts"),
            ("receivable", self.tr("Receivable (incl. VAT)"), "invoices"),
            ("overdue", self.tr("Overdue (incl. VAT)"), "invoices"),
        )
        for i, (key, caption, section) in enumerate(specs):
            card = Card(caption)
            card.clicked.connect(lambda s=section: self.navigate.emit(s))
            self.cards[key] = card
            grid.addWidget(card, i // 3, i % 3)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addStretch(1)
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

    def refresh(self) -> None:
        """Count on the reader thread (sums over 600,000 invoices: not before the window
        shows); the figures shown stay until the new ones arrive."""
        run_read(_home_counts, self._show_counts, channel=(id(self), "counts"), owner=self)

    def _show_counts(self, counts) -> None:
        self.stack.setCurrentIndex(1 if counts.empty else 0)
        lang = i18n.language()

        def number(n: int) -> str:
            return formatting.format_number(n, lang)

        self.cards["talents"].value.setText(number(counts.talents))
        self.cards["talents"].detail.setText(
            self.tr("{n} available now").format(n=number(counts.talents_available))
        )
        self.cards["companies"].value.setText(number(counts.companies))
        self.cards["companies"].detail.setText(
            self.tr("{n} clients won").format(n=number(counts.clients))
        )
        self.cards["missions"].value.setText(number(counts.missions_open))
        self.cards["contracts"].value.setText(number(counts.contracts_active))
        self.cards["receivable"].value.setText(formatting.format_money(counts.receivable, lang))
        self.cards["receivable"].detail.setText(
            self.tr("{n} unpaid invoices").format(n=number(counts.invoices_unpaid))
        )
        self.cards["overdue"].value.setText(formatting.format_money(counts.overdue, lang))
        self.cards["overdue"].setProperty("alert", bool(counts.overdue))
        self.cards["overdue"].style().unpolish(self.cards["overdue"])
        self.cards["overdue"].style().polish(self.cards["overdue"])

    @property
    def showing_welcome(self) -> bool:
        return self.stack.currentIndex() == 1


def _home_counts():
    """On the reader thread: the models are imported there, after the window shows."""
    from desktop.services import records

    return records.home_counts()
