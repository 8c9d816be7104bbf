"""Why missions end: the ending reasons recorded by the ending assistant, as bars.

Shown beside the refusal reasons on the Analytics page (same period, same client):
why talents say no before a mission, and why missions stop once started.

The tile is the narrowest of the row (about 250 px at 1280x720): each reason takes
two lines, its name with its figures on the right, then a bar as wide as the tile
allows, darker for the endings before their term (one legend line says so); the
details are in the tooltip, and the list scrolls rather than being cut.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy

from desktop.domain import formatting
from desktop.domain.vocabulary import EndingReason
from desktop.services.endings import ReasonCount
from desktop.ui import i18n

EARLY = "#b45309"  # ended before their term
AT_TERM = "#f5c48a"  # the other endings, a lighter shade of the same
MINIMUM_WIDTH = 160


class EndingReasonsView(QScrollArea):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("endingReasons")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The rich text's own width must not widen the page (the window then outgrew a
        # 1280 px screen): the tile takes the width the row gives it, the text wraps.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setStyleSheet("background: white;")
        self.setWidget(self.text)

    def show_reasons(self, counts: list[ReasonCount]) -> None:
        total = sum(c.count for c in counts) or 1
        widest = max((c.count for c in counts), default=1)
        lang = i18n.language()
        rows, tips = [], []
        for c in counts:
            label = escape(i18n.tr_label(c.reason, EndingReason))
            share = formatting.format_number(round(100 * c.count / total), lang)
            percent = f"{share}\u202f%" if lang == "fr" else f"{share}%"
            figures = f"{formatting.format_number(c.count, lang)} · {percent}"
            tip = f"{label}: {figures}"
            if c.early:
                tip += " · " + self.tr("{n} before their term").format(n=c.early)
            tips.append(tip)
            bar = max(3, round(100 * c.count / widest))  # % of the tile's width
            early = round(bar * c.early / c.count) if c.count else 0
            # Qt's rich text honours a cell's width in % of a full-width table, not a
            # narrower table's: the bar is two coloured cells and a blank one.
            cells = "".join(
                f"<td{f' bgcolor={colour!r}' if colour else ''} width='{width}%' height='8'></td>"
                for colour, width in ((EARLY, early), (AT_TERM, bar - early), ("", 100 - bar))
                if width > 0
            )
            rows.append(
                f"<tr><td>{label}</td>"
                f"<td align='right' style='color:#6b7280; white-space:nowrap'>{figures}</td></tr>"
                f"<tr><td colspan='2'><table width='100%' cellspacing='0' cellpadding='0'>"
                f"<tr>{cells}</tr></table></td></tr>"
                "<tr><td colspan='2' height='3'></td></tr>"
            )
        legend = ""
        if any(c.early for c in counts):
            early_text = escape(self.tr("before their term"))
            legend = (
                f"<p style='color:#6b7280'><span style='color:{EARLY}'>■</span> {early_text}</p>"
            )
        self.text.setText(
            "<table width='100%' cellspacing='0' cellpadding='1'>"
            + "".join(rows)
            + "</table>"
            + legend
        )
        self.text.setToolTip("\n".join(tips))
