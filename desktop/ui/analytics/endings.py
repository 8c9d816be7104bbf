"""Why missions end: the ending reasons recorded by the ending assistant, as bars.

Shown beside the refusal reasons on the Analytics page (same period, same client):
why talents say no before a mission, and why missions stop once started.

The tile is the narrowest of the row (about 250 px at 1280x720): each reason takes
two lines, its name with its figures on the right, then a bar as wide as the tile
allows, darker for the endings before their term (one legend line says so); the
details are in the tooltip, and the list scrolls rather than being cut.

The rows are painted (:class:`EndingBars`), not rich text: the same tile as an HTML
table in a word-wrapped label cost 65-110 ms of layout on the page's first showing at
300k (Qt's text document lays the nested tables out again for every width the layout
tries), most of the longest stall of the visit.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

from desktop.domain import formatting
from desktop.domain.vocabulary import EndingReason
from desktop.services.endings import ReasonCount
from desktop.ui import i18n

EARLY = "#b45309"  # ended before their term
AT_TERM = "#f5c48a"  # the other endings, a lighter shade of the same
GREY = "#6b7280"  # the figures and the legend
MINIMUM_WIDTH = 160
BAR_HEIGHT = 12
LINE_GAP = 3  # between a name and its bar
ROW_GAP = 17  # between a bar and the next name


@dataclass(frozen=True)
class _Row:
    label: str
    figures: str  # "4 · 36 %"
    bar: int  # % of the tile's width
    early: int  # % of the tile's width, the darker start of the bar


class EndingBars(QWidget):
    """The rows, painted: each name (wrapped when long) with its figures on the right, then
    its bar; the legend of the darker part last. Its height follows its width."""

    def __init__(self) -> None:
        super().__init__()
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.rows: list[_Row] = []
        self.legend = ""  # empty: no ending before its term

    def set_rows(self, rows: list[_Row], legend: str) -> None:
        self.rows, self.legend = rows, legend
        self.updateGeometry()
        self.update()

    def lines(self) -> list[str]:
        """What the tile says, one line per reason (and the legend)."""
        return [f"{r.label} {r.figures}" for r in self.rows] + (
            [self.legend] if self.legend else []
        )

    # -- geometry ----------------------------------------------------------------
    def _label_rect(self, row: _Row, width: int) -> QRect:
        metrics = self.fontMetrics()
        room = max(20, width - metrics.horizontalAdvance(row.figures) - 8)
        return metrics.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, row.label)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = 2
        for row in self.rows:
            height += self._label_rect(row, width).height() + LINE_GAP + BAR_HEIGHT + ROW_GAP
        if self.legend:
            height += self.fontMetrics().height()
        return height

    def sizeHint(self) -> QSize:
        width = max(self.width(), MINIMUM_WIDTH)
        return QSize(MINIMUM_WIDTH, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(MINIMUM_WIDTH, 0)

    # -- painting ----------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        width = self.width() - 2
        painter.fillRect(self.rect(), QColor("white"))
        grey, text = QColor(GREY), self.palette().windowText().color()
        y = 2
        for row in self.rows:
            label = self._label_rect(row, width).translated(1, y)
            painter.setPen(text)
            painter.drawText(label, Qt.TextFlag.TextWordWrap, row.label)
            painter.setPen(grey)
            figures = QRect(1, y, width, self.fontMetrics().height())
            painter.drawText(
                figures, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, row.figures
            )
            y += label.height() + LINE_GAP
            early = width * row.early // 100
            painter.fillRect(QRect(1, y, early, BAR_HEIGHT), QColor(EARLY))
            painter.fillRect(
                QRect(1 + early, y, width * row.bar // 100 - early, BAR_HEIGHT), QColor(AT_TERM)
            )
            y += BAR_HEIGHT + ROW_GAP
        if self.legend:
            metrics = self.fontMetrics()
            square = "■ "
            painter.setPen(QColor(EARLY))
            painter.drawText(1, y + metrics.ascent(), square)
            painter.setPen(grey)
            painter.drawText(
                1 + metrics.horizontalAdvance(square), y + metrics.ascent(), self.legend
            )
        painter.end()


class EndingReasonsView(QScrollArea):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("endingReasons")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The tile takes the width the row gives it (a wide one outgrew a 1280 px screen).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.bars = EndingBars()
        self.setWidget(self.bars)

    def show_reasons(self, counts: list[ReasonCount]) -> None:
        total = sum(c.count for c in counts) or 1
        widest = max((c.count for c in counts), default=1)
        lang = i18n.language()
        rows, tips = [], []
        for c in counts:
            label = i18n.tr_label(c.reason, EndingReason)
            share = formatting.format_number(round(100 * c.count / total), lang)
            percent = f"{share}\u202f%" if lang == "fr" else f"{share}%"
            figures = f"{formatting.format_number(c.count, lang)} · {percent}"
            tip = f"{label}: {figures}"
            if c.early:
                tip += " · " + self.tr("{n} before their term").format(n=c.early)
            tips.append(tip)
            bar = max(3, round(100 * c.count / widest))  # % of the tile's width
            early = round(bar * c.early / c.count) if c.count else 0
            rows.append(_Row(label, figures, bar, early))
        legend = self.tr("before their term") if any(c.early for c in counts) else ""
        self.bars.set_rows(rows, legend)
        self.bars.setToolTip("\n".join(tips))
