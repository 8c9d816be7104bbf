"""How a matching score reads on screen: the score bar, the breakdown, the reasons.

Shared by the ranking of talents for a mission and the missions for a talent. The
domain's messages carry raw amounts and dates; :func:`render` formats them for the
interface language before translating the message.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.domain.errors import Message
from desktop.domain.matching import COMPONENT_LABELS, COMPONENTS, Breakdown
from desktop.ui import i18n

SCORE_ROLE = Qt.ItemDataRole.UserRole + 10  # the score (int) of a row, for the bar


def _formatted(value: object) -> object:
    lang = i18n.language()
    if isinstance(value, Message):
        return Message(
            value.context, value.template, {k: _formatted(v) for k, v in value.params.items()}
        )
    if isinstance(value, list):
        return [_formatted(v) for v in value]
    if isinstance(value, Decimal):
        return formatting.format_rate(value, lang)
    if isinstance(value, dt.date):
        return formatting.format_date(value, lang)
    if isinstance(value, float):
        return formatting.format_number(Decimal(str(round(value, 1))), lang)
    return value


def render(message: Message) -> str:
    """The message translated, amounts as ``650 €`` and dates as ``22/11/2026``."""
    return i18n.tr_message(_formatted(message))


def score_colour(score: int | None) -> QColor:
    if score is None:
        return QColor("#9ca3af")
    if score >= 75:
        return QColor("#12b76a")
    if score >= 50:
        return QColor("#f79009")
    return QColor("#d0d5dd")


class ScoreBarDelegate(QStyledItemDelegate):
    """Paints a score (0-100) as a bar with its number, so that a column reads at a glance."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, QModelIndex())  # background and selection only
        score = index.data(SCORE_ROLE)
        if score is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inner = option.rect.adjusted(6, 7, -36, -7)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#eef0f3"))
        painter.drawRoundedRect(inner, 3, 3)
        filled = QRect(inner)
        filled.setWidth(max(2, int(inner.width() * max(0, min(100, score)) / 100)))
        painter.setBrush(score_colour(score))
        painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(option.palette.text().color())
        text_rect = option.rect.adjusted(option.rect.width() - 32, 0, -4, 0)
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(score)
        )
        painter.restore()


class BreakdownView(QFrame):
    """The detail of one score: a bar and the points of each component, then the reasons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breakdown")
        self.setStyleSheet(
            "QLabel#breakdownTitle { font-size: 16px; font-weight: 600; color: #111827; }"
            "QLabel#breakdownTotal { font-size: 14px; color: #374151; }"
            "QLabel#breakdownWarning { background: #fffaeb; color: #93370d; "
            "border: 1px solid #fedf89; border-radius: 6px; padding: 6px; }"
            "QLabel#componentName { font-weight: 600; }"
        )
        self.title = QLabel()
        self.title.setObjectName("breakdownTitle")
        self.title.setWordWrap(True)
        self.total = QLabel()
        self.total.setObjectName("breakdownTotal")
        self.warning = QLabel()
        self.warning.setObjectName("breakdownWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.bars: dict[str, QProgressBar] = {}
        self.points: dict[str, QLabel] = {}
        self.reasons: dict[str, QLabel] = {}
        for row, key in enumerate(COMPONENTS):
            name = QLabel(QCoreApplication.translate("Matching", COMPONENT_LABELS[key]))
            name.setObjectName("componentName")
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setTextVisible(False)
            bar.setFixedHeight(8)
            points = QLabel()
            points.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            reasons = QLabel()
            reasons.setObjectName("hint")
            reasons.setWordWrap(True)
            reasons.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(name, row * 2, 0)
            grid.addWidget(bar, row * 2, 1)
            grid.addWidget(points, row * 2, 2)
            grid.addWidget(reasons, row * 2 + 1, 0, 1, 3)
            self.bars[key], self.points[key], self.reasons[key] = bar, points, reasons
        grid.setColumnStretch(1, 1)
        self.empty = QLabel(self.tr("Select a row to see how its score is made."))
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.body = QWidget()
        self.body.setLayout(grid)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.total)
        layout.addWidget(self.warning)
        layout.addWidget(self.body)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.show_breakdown(None)

    def show_breakdown(self, breakdown: Breakdown | None, title: str = "") -> None:
        """Show ``breakdown`` (None: the hint to select a row)."""
        self.empty.setVisible(breakdown is None)
        self.title.setVisible(breakdown is not None)
        self.total.setVisible(breakdown is not None)
        self.body.setVisible(breakdown is not None and breakdown.total is not None)
        if breakdown is None:
            self.warning.hide()
            return
        self.title.setText(title)
        warning = breakdown.excluded or breakdown.capped
        self.warning.setText(render(warning) if warning else "")
        self.warning.setVisible(warning is not None)
        if breakdown.total is None:
            self.total.setText(self.tr("Not ranked"))
            return
        self.total.setText(self.tr("Score: {score} / 100").format(score=breakdown.score))
        lang = i18n.language()
        # QProgressBar.setValue() repaints at once (it is made for progress during blocking
        # work), the window region under it included: 14 ms for the five bars of a first
        # ranking at 300k. With updates off, one ordinary paint follows instead.
        self.body.setUpdatesEnabled(False)
        try:
            for component in breakdown.components:
                key = component.key
                percent = round(component.fit * 100)
                self.bars[key].setValue(percent)
                colour = score_colour(percent).name()
                sheet = f"QProgressBar::chunk {{ background: {colour}; }}"
                if self.bars[key].styleSheet() != sheet:
                    self.bars[key].setStyleSheet(sheet)
                points = formatting.format_number(Decimal(str(round(component.points, 1))), lang)
                weight = formatting.format_number(
                    Decimal(str(round(component.max_points, 1))), lang
                )
                self.points[key].setText(
                    self.tr("{points} of {weight}").format(points=points, weight=weight)
                )
                self.reasons[key].setText("\n".join(f"• {render(r)}" for r in component.reasons))
        finally:
            self.body.setUpdatesEnabled(True)
