"""Small pieces the invoicing screens share: amounts and dates as the user reads them,
errors shown in a message box, a read-only table."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain import formatting
from desktop.domain.errors import DomainError
from desktop.ui import i18n

RED = "#b42318"


def money(value: Decimal | None) -> str:
    return formatting.format_money(value, i18n.language()) if value is not None else "—"


def number(value: Decimal | int | None) -> str:
    return formatting.format_number(value, i18n.language()) if value is not None else "—"


def editable(value: Decimal | int | None, cents: bool = False) -> str:
    """A number to type over, in a form that reads back the same: "1 234,5" in French, and
    "1234.5" in English, where "1,234" would read back as 1.234. ``cents``: an amount
    with cents shows both digits (112,40)."""
    if value is None:
        return ""
    value = Decimal(value).normalize()
    if cents and value != value.to_integral_value():
        value = value.quantize(Decimal("0.01"))
    if i18n.language() != "fr":
        return f"{value:f}"
    text = formatting.format_number(value, "fr")  # drops trailing zeros: 112,4
    if cents and "," in text and len(text.rsplit(",", 1)[1]) == 1:
        text += "0"
    return text


def date(value: dt.date | None) -> str:
    return formatting.format_date(value, i18n.language()) if value else "—"


def error_text(error: Exception) -> str:
    """A failure of background work as the user reads it (a rule broken, or what failed)."""
    return i18n.tr_error(error) if isinstance(error, DomainError) else str(error)


def show_error(parent: QWidget, title: str, error: DomainError) -> None:
    """A refused action: the rule broken and what to do, in a message box."""
    QMessageBox.warning(parent, title, i18n.tr_error(error))


def read_only_table(name: str, headers: list[str], stretch: int = 0) -> QTableWidget:
    """A table of rows to choose from: whole rows selected, nothing edited in place."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    for column in range(len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def cell(text: str, data: object = None, right: bool = False, colour: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if colour:
        from PySide6.QtGui import QBrush, QColor

        item.setForeground(QBrush(QColor(colour)))
    item.setToolTip(text)
    return item
