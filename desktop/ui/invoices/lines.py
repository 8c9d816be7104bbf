"""The lines of the invoice editor: what is billed, how many, at what price and VAT rate.

A table the user types into: description, kind (service, expense, on-call...), quantity,
unit, unit price excl. VAT, VAT rate, and the line's total computed as they type. Amounts
are read the French or English way (``2,5``, ``1 234,50 €``); a cell that is no number is
named with its line when saving. The VAT rate is chosen among the French rates, and
greyed for exempt or reverse-charge invoices and for penalty lines (outside the scope of
VAT), whose rate is 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_errors import refuse
from desktop.domain.money import parse_amount
from desktop.domain.vat import STANDARD_RATES, TaxableLine, VatRegime, category_for, net_amount
from desktop.services.invoices import OUT_OF_SCOPE_KINDS, LineDraft
from desktop.ui.invoices.common import editable, money, number

# The kinds a user may choose, in the order offered (context "InvoiceLines").
KIND_LABELS: dict[str, str] = {
    "service": QT_TRANSLATE_NOOP("InvoiceLines", "Service"),
    "expense": QT_TRANSLATE_NOOP("InvoiceLines", "Expense re-billed"),
    "on_call": QT_TRANSLATE_NOOP("InvoiceLines", "On-call duty"),
    "overtime": QT_TRANSLATE_NOOP("InvoiceLines", "Overtime"),
    "milestone": QT_TRANSLATE_NOOP("InvoiceLines", "Milestone"),
    "deposit": QT_TRANSLATE_NOOP("InvoiceLines", "Deposit"),
    "deposit_deduction": QT_TRANSLATE_NOOP("InvoiceLines", "Deposit deducted"),
    "interest": QT_TRANSLATE_NOOP("InvoiceLines", "Late-payment interest"),
    "indemnity": QT_TRANSLATE_NOOP("InvoiceLines", "Recovery indemnity (40 €)"),
}
UNIT_LABELS: dict[str, str] = {
    "DAY": QT_TRANSLATE_NOOP("InvoiceLines", "day"),
    "HUR": QT_TRANSLATE_NOOP("InvoiceLines", "hour"),
    "C62": QT_TRANSLATE_NOOP("InvoiceLines", "unit"),
}
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Invoicing", "line {n}: “{text}” is not a number")

DESCRIPTION, KIND, QUANTITY, UNIT, PRICE, VAT, TOTAL = range(7)
SOURCE_ROLE = Qt.ItemDataRole.UserRole  # on the description: the invoice a line refers to


def _translate(text: str) -> str:
    return QCoreApplication.translate("InvoiceLines", text)


@dataclass(frozen=True)
class PreviewLine:
    """A line as far as it can be read while the user types (None: not a number yet)."""

    net: Decimal | None
    out_of_scope: bool
    rate: Decimal


class LinesTable(QTableWidget):
    """Editable invoice lines; ``changed`` whenever a total may have moved."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setObjectName("invoiceLines")
        self.regime = VatRegime.STANDARD
        self.sign = 1  # a credit note shows what it credits, positive
        self.setHorizontalHeaderLabels(
            [
                self.tr("Description"),
                self.tr("Kind"),
                self.tr("Qty"),
                self.tr("Unit"),
                self.tr("Price excl. VAT"),
                self.tr("VAT"),
                self.tr("Total excl. VAT"),
            ]
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(30)
        header = self.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((KIND, 150), (QUANTITY, 64), (UNIT, 84), (PRICE, 120), (VAT, 76)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)
        header.setSectionResizeMode(TOTAL, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(60)
        self.itemChanged.connect(self._item_changed)

    # -- building rows -------------------------------------------------------------
    def _combo(self, name: str, choices: list[tuple[str, str]], value: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for code, label in choices:
            combo.addItem(label, code)
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))
        combo.currentIndexChanged.connect(lambda _i: self._refresh_all())
        return combo

    def add_line(self, line: LineDraft | None = None) -> int:
        """Append a line (a blank service line when ``line`` is None); returns its row."""
        line = line or LineDraft("", Decimal(1), Decimal(0), unit="DAY")
        row = self.rowCount()
        self.blockSignals(True)
        self.insertRow(row)
        description = QTableWidgetItem(line.description)
        description.setData(SOURCE_ROLE, line.source_invoice_id)
        self.setItem(row, DESCRIPTION, description)
        self.setItem(row, QUANTITY, self._number_item(editable(line.quantity)))
        price = line.unit_price
        self.setItem(row, PRICE, self._number_item(editable(price, cents=True) if price else ""))
        total = QTableWidgetItem("")
        total.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        total.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setItem(row, TOTAL, total)
        self.blockSignals(False)
        kinds = [(code, _translate(label)) for code, label in KIND_LABELS.items()]
        self.setCellWidget(row, KIND, self._combo("lineKind", kinds, line.line_kind))
        units = [(code, _translate(label)) for code, label in UNIT_LABELS.items()]
        self.setCellWidget(row, UNIT, self._combo("lineUnit", units, line.unit))
        rates = [(f"{r}", f"{number(r)} %") for r in STANDARD_RATES]
        rate = f"{Decimal(line.vat_rate).normalize():f}"
        self.setCellWidget(row, VAT, self._combo("lineVat", rates, rate))
        self._refresh_all()
        return row

    @staticmethod
    def _number_item(text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def set_lines(self, lines: list[LineDraft]) -> None:
        self.setRowCount(0)
        for line in lines:
            self.add_line(line)
        self._refresh_all()

    def remove_selected(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)
            self._refresh_all()

    def set_regime(self, regime: VatRegime) -> None:
        self.regime = regime
        self._refresh_all()

    # -- reading -------------------------------------------------------------------
    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def _data(self, row: int, column: int) -> str:
        return self.cellWidget(row, column).currentData()

    def kind_of(self, row: int) -> str:
        return self._data(row, KIND)

    def _vat_applies(self, row: int) -> bool:
        return self.regime is VatRegime.STANDARD and self.kind_of(row) not in OUT_OF_SCOPE_KINDS

    def _number(self, row: int, column: int, field: str) -> Decimal:
        text = self._text(row, column)
        try:
            return parse_amount(text)
        except ValueError:
            raise refuse(field, NOT_A_NUMBER, n=row + 1, text=text) from None

    def lines(self) -> list[LineDraft]:
        """The lines as typed; a cell that is no number raises ValidationError (line named)."""
        result = []
        for row in range(self.rowCount()):
            rate = Decimal(self._data(row, VAT)) if self._vat_applies(row) else Decimal(0)
            result.append(
                LineDraft(
                    self._text(row, DESCRIPTION),
                    self._number(row, QUANTITY, "quantity"),
                    self._number(row, PRICE, "unit_price"),
                    rate,
                    self.kind_of(row),
                    self._data(row, UNIT),
                    self.item(row, DESCRIPTION).data(SOURCE_ROLE),
                )
            )
        return result

    def preview(self) -> list[TaxableLine]:
        """The lines that can be read now, for the live totals (signed as stored)."""
        taxable = []
        for row in range(self.rowCount()):
            net = self._row_net(row)
            if net is None:
                continue
            out = self.kind_of(row) in OUT_OF_SCOPE_KINDS
            rate = Decimal(self._data(row, VAT)) if self._vat_applies(row) else Decimal(0)
            taxable.append(TaxableLine(net, category_for(self.regime, out), rate))
        return taxable

    def _row_net(self, row: int) -> Decimal | None:
        try:
            quantity = parse_amount(self._text(row, QUANTITY))
            price = parse_amount(self._text(row, PRICE))
        except ValueError:
            return None
        return net_amount(quantity, price)

    # -- live update -------------------------------------------------------------
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() in (QUANTITY, PRICE, DESCRIPTION):
            self._refresh_row(item.row())
            self.changed.emit()

    def _refresh_row(self, row: int) -> None:
        total = self.item(row, TOTAL)
        vat = self.cellWidget(row, VAT)
        if total is None or vat is None:
            return
        net = self._row_net(row)
        self.blockSignals(True)
        total.setText(money(net) if net is not None else "—")
        self.blockSignals(False)
        applies = self._vat_applies(row)
        vat.setEnabled(applies)
        vat.setToolTip(
            ""
            if applies
            else self.tr("No VAT on this line: exempt, reverse charge, or outside its scope")
        )

    def _refresh_all(self) -> None:
        for row in range(self.rowCount()):
            self._refresh_row(row)
        self.changed.emit()
