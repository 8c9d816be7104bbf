"""Why missions end: the ending reasons recorded by the ending assistant, as bars.

Shown beside the refusal reasons on the Analytics page (same period, same client):
why talents say no before a mission, and why missions stop once started.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.domain import formatting
from desktop.domain.vocabulary import EndingReason
from desktop.services.endings import ReasonCount
from desktop.ui import i18n


class EndingReasonsView(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("endingReasons")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)

    def show_reasons(self, counts: list[ReasonCount]) -> None:
        total = sum(c.count for c in counts) or 1
        widest = max((c.count for c in counts), default=1)
        lang = i18n.language()
        rows = []
        for c in counts:
            width = max(4, int(90 * c.count / widest))
            share = formatting.format_number(round(100 * c.count / total), lang)
            figures = f"{c.count} · {share} %"
            if c.early:
                figures += " · " + self.tr("{n} before their term").format(n=c.early)
            rows.append(
                f"<tr><td colspan='2'>{escape(i18n.tr_label(c.reason, EndingReason))}</td></tr>"
                "<tr><td><table cellspacing='0' cellpadding='0'><tr><td bgcolor='#b45309' "
                f"width='{width}' height='10'></td></tr></table></td>"
                f"<td style='color:#6b7280'>&nbsp;{escape(figures)}</td></tr>"
            )
        self.setText("<table cellspacing='2'>" + "".join(rows) + "</table>")
