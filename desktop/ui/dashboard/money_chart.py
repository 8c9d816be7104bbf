"""The Home dashboard's chart: invoiced and collected (incl. VAT) month by month, QtCharts.

Two bars a month, invoiced in the accent blue and collected in green, the values in
thousands of euros once they pass 10,000 (``45 k€``), the exact amounts in a tooltip.
Clicking a month's bars emits the month (``2026-11``): Home opens the invoices issued
that month. Static, like the Analytics charts: no animation.

Imported off the UI thread by Home before its first fill (QtCharts costs about 30 ms to
import), so that building the chart on the UI thread costs only the chart.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QDate, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.domain import formatting
from desktop.services.dashboard import MonthFigure
from desktop.ui import i18n
from desktop.ui.analytics.charts import (
    ACCENT,
    ACCEPTED,
    TEXT,
    chart_font,
    nice_axis,
    style_axis,
    ui_locale,
)

THOUSANDS_FROM = 10_000  # euros: above, the axis counts in k€


class MoneyChart(QChartView):
    """Invoiced and collected per month; ``month_clicked("YYYY-MM")`` on a click."""

    month_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setBackgroundBrush(QColor("white"))
        chart.setDropShadowEnabled(False)
        chart.setMargins(QMargins(0, 4, 4, 0))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setLocalizeNumbers(True)
        chart.setLocale(ui_locale())
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignTop)
        legend.setFont(chart_font(-1))
        legend.setLabelColor(TEXT)
        super().__init__(chart, parent)
        self.setObjectName("moneyChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(190)
        self.months: list[MonthFigure] = []
        self.invoiced: QBarSet | None = None
        self.collected: QBarSet | None = None

    def show_months(self, months: list[MonthFigure]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.months = list(months)
        largest = max((max(m.invoiced, m.collected) for m in months), default=0)
        divisor = 1000 if largest >= THOUSANDS_FROM else 1
        self.invoiced = QBarSet(self.tr("Invoiced"))
        self.collected = QBarSet(self.tr("Collected"))
        for bars, colour in ((self.invoiced, ACCENT), (self.collected, ACCEPTED)):
            bars.setColor(colour)
            bars.setBorderColor(colour)
        for month in months:  # floats only to draw: the amounts stay Decimal elsewhere
            self.invoiced.append(float(max(month.invoiced, 0)) / divisor)
            self.collected.append(float(month.collected) / divisor)
        series = QBarSeries()
        series.append(self.invoiced)
        series.append(self.collected)
        series.setBarWidth(0.75)
        series.hovered.connect(lambda shown, index, _bars: self._tooltip(shown, index))
        series.clicked.connect(lambda index, _bars: self._clicked(index))
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([self.label(i) for i in range(len(months))])
        style_axis(categories, grid=False, delta=-1)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        values = QValueAxis()
        top, ticks = nice_axis(float(largest) / divisor)
        values.setRange(0, top)
        values.setTickCount(min(ticks, 5))
        # "%.0f" and not "%d": localized numbers print nothing with "%d" (analytics saw it)
        values.setLabelFormat("%.0f k€" if divisor == 1000 else "%.0f €")
        style_axis(values, grid=True, delta=-1)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)

    def label(self, index: int) -> str:
        """``janv.`` / ``Jan`` (the year is in the tooltip: "janv. 26" did not fit a bar)."""
        start = self.months[index].start
        return ui_locale().toString(QDate(start.year, start.month, 1), "MMM")

    def _clicked(self, index: int) -> None:
        if 0 <= index < len(self.months):
            self.month_clicked.emit(self.months[index].start.isoformat()[:7])

    def _tooltip(self, shown: bool, index: int) -> None:
        if not shown or not 0 <= index < len(self.months):
            QToolTip.hideText()
            return
        month = self.months[index]
        lang = i18n.language()
        start = QDate(month.start.year, month.start.month, 1)
        QToolTip.showText(
            QCursor.pos(),
            self.tr("{month}: invoiced {invoiced}, collected {collected} (incl. VAT)").format(
                month=ui_locale().toString(start, "MMMM yyyy"),
                invoiced=formatting.format_money_whole(month.invoiced, lang),
                collected=formatting.format_money_whole(month.collected, lang),
            ),
            self,
        )
