"""The two charts of the Analytics page, drawn with QtCharts.

- :class:`ReasonsChart`: one horizontal bar per refusal reason cited, the most
  cited at the top, its count at the end of the bar, the full story in a tooltip.
- :class:`MonthlyChart`: accepted and refused offers stacked month by month
  (quarter by quarter over long periods), empty months included.

Both are static (no animation: a chart that moves while you read it is noise)
and use the app's colours: accent blue, the table's green and red.
"""

from __future__ import annotations

import datetime as dt
import math

import shiboken6
from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from desktop.domain import formatting
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.vocabulary import RefusalReason
from desktop.services.analytics import Bucket, ReasonCount
from desktop.ui import i18n
from desktop.ui.analytics.table import percent

ACCENT = QColor("#2f6fde")  # the sidebar's selection
ACCEPTED = QColor("#079455")  # the green of "accepted" in the lists, a shade lighter
REFUSED = QColor("#d92d20")  # the red of invalid fields
TEXT = QColor("#374151")
GRID = QColor("#eef0f3")  # the tables' grid lines
AXIS = QColor("#d0d5dd")


# Axis labels of the reasons: QtCharts cuts a category label longer than about a third
# of the chart ("Working conditions too rigid (on s..."); the full label is in the tooltip.
SHORT_LABELS = {
    RefusalReason.RATE_TOO_LOW: QT_TRANSLATE_NOOP("ReasonsChart", "Rate too low"),
    RefusalReason.VAGUE_SCOPE: QT_TRANSLATE_NOOP("ReasonsChart", "Vague scope"),
    RefusalReason.SKILLS_NOT_MASTERED: QT_TRANSLATE_NOOP("ReasonsChart", "Skills not mastered"),
    RefusalReason.LACK_OF_INTEREST: QT_TRANSLATE_NOOP("ReasonsChart", "Lack of interest"),
    RefusalReason.SCHEDULE_CONFLICT: QT_TRANSLATE_NOOP("ReasonsChart", "Schedule conflict"),
    RefusalReason.RELATIONSHIP: QT_TRANSLATE_NOOP("ReasonsChart", "Relationship or trust"),
    RefusalReason.VALUES: QT_TRANSLATE_NOOP("ReasonsChart", "Values or ethics"),
    RefusalReason.RIGID_CONDITIONS: QT_TRANSLATE_NOOP("ReasonsChart", "Rigid conditions"),
}


def short_label(reason: RefusalReason) -> str:
    return QCoreApplication.translate("ReasonsChart", SHORT_LABELS[reason])


def nice_axis(largest: float) -> tuple[int, int]:
    """(maximum, tick count) of a value axis starting at 0 with round steps of 1, 2 or 5
    times a power of ten, and room above ``largest`` for the bar's label."""
    largest = max(largest * 1.12, 1)
    power = 10 ** max(0, math.floor(math.log10(largest)) - 1)
    for factor in (1, 2, 5, 10, 20, 50):
        step = factor * power
        if largest / step <= 5:
            ticks = math.ceil(largest / step)
            return ticks * step, ticks + 1
    return math.ceil(largest), 2  # pragma: no cover - the loop always returns


def ui_locale() -> QLocale:
    """The locale of the interface language (months, numbers)."""
    return QLocale("fr_FR" if i18n.language() == "fr" else "en_GB")


def chart_font(delta: int = 0, bold: bool = False) -> QFont:
    """The application's font, ``delta`` points larger (never under 7 pt): charts' texts."""
    font = QFont(QApplication.font())
    font.setPointSizeF(max(7.0, font.pointSizeF() + delta))
    font.setBold(bold)
    return font


def style_axis(axis, grid: bool, delta: int = 0) -> None:
    """The charts' axis look: small grey labels, a light line, an optional grid."""
    axis.setLabelsFont(chart_font(delta))
    axis.setLabelsColor(TEXT)
    axis.setLinePen(QPen(AXIS, 1))
    axis.setGridLineVisible(grid)
    if grid:
        axis.setGridLinePen(QPen(GRID, 1))


class _ChartView(QChartView):
    """A chart without frame, shadow or animation, on the page's white."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setBackgroundBrush(QColor("white"))
        chart.setDropShadowEnabled(False)
        chart.setMargins(QMargins(6, 6, 12, 6))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setLocalizeNumbers(True)  # 47 859 in French, 47,859 in English
        chart.setLocale(ui_locale())
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)

    def _clear(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)


class ReasonsChart(_ChartView):
    """Refusal reasons, one bar each, the most cited at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonsChart")
        # QtCharts cuts a category label to "..." when its row is shorter than the text's
        # box: 8 reasons in 230 px showed only dots at 1280x720
        self.setMinimumHeight(270)
        self.chart().legend().hide()
        self.reasons: list[ReasonCount] = []  # top to bottom
        self.series: QHorizontalBarSeries | None = None

    def show_reasons(self, reasons: list[ReasonCount]) -> None:
        self._clear()
        self.reasons = list(reasons)
        bottom_up = list(reversed(self.reasons))  # a bar category axis starts at the bottom
        bars = QBarSet(self.tr("Refused offers"))
        bars.setColor(ACCENT)
        bars.setBorderColor(ACCENT)
        bars.setLabelColor(TEXT)
        bars.setLabelFont(chart_font(bold=True))
        for reason in bottom_up:
            bars.append(reason.offers)
        series = QHorizontalBarSeries()
        series.append(bars)
        # Bars keep about the same thickness whether 2 or 8 reasons are cited.
        series.setBarWidth(0.62 * min(1.0, max(len(bottom_up), 2) / 6))
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.hovered.connect(
            lambda shown, index, _set: self._tooltip(shown, len(bottom_up) - 1 - index)
        )
        self.chart().addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([short_label(r.reason) for r in bottom_up])
        style_axis(categories, grid=False)
        self.chart().addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = QValueAxis()
        top, ticks = nice_axis(max((r.offers for r in self.reasons), default=0))
        values.setRange(0, top)
        values.setTickCount(ticks)
        values.setLabelFormat("%.0f")  # "%d" prints nothing with localized numbers
        style_axis(values, grid=True)
        self.chart().addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        self.series = series

    def bar_count(self) -> int:
        return self.series.barSets()[0].count() if self.series else 0

    def _tooltip(self, shown: bool, row: int) -> None:
        if not shown or not 0 <= row < len(self.reasons):
            QToolTip.hideText()
            return
        reason = self.reasons[row]
        QToolTip.showText(
            QCursor.pos(),
            self.tr("{reason}: {count} refused offers, {share} of the refusals").format(
                reason=i18n.tr_label(reason.reason, RefusalReason),
                count=formatting.format_number(reason.offers, i18n.language()),
                share=percent(reason.share),
            ),
            self,
        )


class MonthlyChart(_ChartView):
    """Accepted and refused offers stacked by month (or quarter) of sending."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthlyChart")
        legend = self.chart().legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setFont(chart_font())
        legend.setLabelColor(TEXT)
        self.accepted: QBarSet | None = None
        self.refused: QBarSet | None = None
        self.categories: list[str] = []  # the full labels ("Dec 25"), the axis may be shorter
        self.starts: list[dt.date] = []
        self.quarterly = False
        self.category_axis: QBarCategoryAxis | None = None
        self.chart().plotAreaChanged.connect(lambda _area: self._fit_labels())

    def show_buckets(self, buckets: list[Bucket], quarterly: bool) -> None:
        self._clear()
        self.accepted = QBarSet(self.tr("Accepted"))
        self.refused = QBarSet(self.tr("Refused"))
        for bars, colour in ((self.accepted, ACCEPTED), (self.refused, REFUSED)):
            bars.setColor(colour)
            bars.setBorderColor(colour)
        for bucket in buckets:
            self.accepted.append(bucket.outcomes.accepted)
            self.refused.append(bucket.outcomes.refused)
        series = QStackedBarSeries()
        series.append(self.accepted)
        series.append(self.refused)
        series.setBarWidth(0.7)
        self.chart().addSeries(series)
        self.categories = [self._label(b.start, quarterly) for b in buckets]
        self.starts = [b.start for b in buckets]
        self.quarterly = quarterly
        categories = QBarCategoryAxis()
        # The shortest labels first (see _fit_labels): long ones would widen the window.
        categories.append(self._unique(self._label_levels()[-1]))
        style_axis(categories, grid=False)
        categories.setTitleFont(chart_font(-1))
        categories.setTitleBrush(TEXT)
        self.chart().addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        self.category_axis = categories
        values = QValueAxis()
        top, ticks = nice_axis(max((b.outcomes.answered for b in buckets), default=0))
        values.setRange(0, top)
        values.setTickCount(ticks)
        values.setLabelFormat("%.0f")  # "%d" prints nothing with localized numbers
        style_axis(values, grid=True)
        self.chart().addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        self._fit_labels()

    def _fit_labels(self) -> None:
        """The longest labels that fit their bar's width, upright: ``déc. 25``, else ``déc.``,
        else ``D``, the period then written under the axis ("déc. 2025 – nov. 2026").

        QtCharts cuts a label that does not fit to "N..." and a label turned a quarter to
        "⋮" (12 months in a 1280 px window, in French); shorter labels read at any width.
        """
        axis = self.category_axis
        if axis is None or not self.categories or not shiboken6.isValid(axis):
            return
        metrics = QFontMetrics(axis.labelsFont())
        room = self.chart().plotArea().width() / len(self.categories) - 4
        levels = self._label_levels()
        chosen = next(
            (
                level
                for level, labels in enumerate(levels)
                if max(metrics.horizontalAdvance(t) for t in labels) <= room
            ),
            len(levels) - 1,
        )
        labels = levels[chosen]
        unique = self._unique(labels)
        if axis.categories() != unique:
            axis.clear()
            axis.append(unique)
        title = "" if chosen == 0 else self._span()
        if axis.titleText() != title:
            axis.setTitleText(title)
            axis.setTitleVisible(bool(title))

    @staticmethod
    def _unique(labels: list[str]) -> list[str]:
        """QBarCategoryAxis drops a repeated category ("J" for June and July): an invisible
        zero-width space per position keeps them apart."""
        return [label + "\u200b" * i for i, label in enumerate(labels)]

    def _label_levels(self) -> list[list[str]]:
        """The labels from the longest to the shortest."""
        if self.quarterly:
            return [
                self.categories,
                [self.tr("Q{quarter}").format(quarter=(s.month - 1) // 3 + 1) for s in self.starts],
            ]
        locale = ui_locale()
        months = [locale.toString(QDate(s.year, s.month, 1), "MMM") for s in self.starts]
        return [self.categories, months, [m[:1].upper() for m in months]]

    def _span(self) -> str:
        """The first and last month (or quarter) of the chart, years included."""
        first, last = self.starts[0], self.starts[-1]
        if self.quarterly:
            return f"{self._label(first, True)} – {self._label(last, True)}"
        locale = ui_locale()
        return "{} – {}".format(
            *(locale.toString(QDate(d.year, d.month, 1), "MMM yyyy") for d in (first, last))
        )

    def _label(self, start: dt.date, quarterly: bool) -> str:
        """``nov. 26`` / ``Nov 26``; ``T4 2026`` / ``Q4 2026`` for a quarter."""
        if quarterly:
            return self.tr("Q{quarter} {year}").format(
                quarter=(start.month - 1) // 3 + 1, year=start.year
            )
        return ui_locale().toString(QDate(start.year, start.month, 1), "MMM yy")
