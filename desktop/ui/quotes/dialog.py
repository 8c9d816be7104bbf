"""Edit a draft quote: title, validity, deposit, language, notes and its lines."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.domain.errors import ValidationError
from desktop.domain.money import parse_amount
from desktop.domain.quotes import QuoteDraft, QuoteLineDraft, totals
from desktop.domain.vocabulary import QuoteLineKind
from desktop.services import quotes
from desktop.ui import i18n
from desktop.ui.widgets import ErrorBanner

COLUMNS = 5  # kind, description, quantity, unit price, VAT


class QuoteDialog(QDialog):
    def __init__(self, quote_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteDialog")
        self.quote_id = quote_id
        draft = quotes.draft_of(quote_id)
        self.setWindowTitle(self.tr("Quote — {title}").format(title=draft.title))
        self.banner = ErrorBanner()
        self.title_edit = QLineEdit(draft.title)
        self.title_edit.setObjectName("title")
        self.valid_until = QDateEdit()
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setDisplayFormat("dd/MM/yyyy")
        if draft.valid_until:
            v = draft.valid_until
            self.valid_until.setDate(QDate(v.year, v.month, v.day))
        self.deposit = QSpinBox()
        self.deposit.setObjectName("deposit")
        self.deposit.setRange(0, 100)
        self.deposit.setSuffix(" %")
        self.deposit.setValue(int(draft.deposit_percent))
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(draft.language)))
        self.notes = QPlainTextEdit(draft.notes)
        self.notes.setMaximumHeight(70)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("quoteLines")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Description"),
                self.tr("Quantity"),
                self.tr("Unit price"),
                self.tr("VAT %"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.total = QLabel()
        self.total.setObjectName("quoteTotal")
        for line in draft.lines:
            self.add_line(line)
        self.table.itemChanged.connect(lambda _i: self._show_total())
        add = QPushButton(self.tr("Add a line"))
        add.setObjectName("addLine")
        add.clicked.connect(lambda: self.add_line())
        remove = QPushButton(self.tr("Remove the line"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(self.total)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Valid until"), self.valid_until)
        form.addRow(self.tr("Deposit"), self.deposit)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.send_after = False  # the caller opens the send dialog once saved
        send = QPushButton(self.tr("Save and send by e-mail…"))
        send.setObjectName("saveAndSend")
        send.clicked.connect(self.save_and_send)
        buttons.addButton(send, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.deposit.valueChanged.connect(lambda _v: self._show_total())
        self._show_total()
        self.resize(860, 560)

    def add_line(self, line: QuoteLineDraft | None = None) -> None:
        lang = i18n.language()
        line = line or QuoteLineDraft(QuoteLineKind.FIXED, "", Decimal(1), Decimal(0))
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        kind = QComboBox()
        for value in QuoteLineKind:
            kind.addItem(i18n.tr_label(value), value.value)
        kind.setCurrentIndex(max(0, kind.findData(line.kind)))
        self.table.setCellWidget(row, 0, kind)
        self.table.setItem(row, 1, QTableWidgetItem(line.description))
        self.table.setItem(
            row, 2, QTableWidgetItem(formatting.format_number(line.quantity.normalize(), lang))
        )
        self.table.setItem(row, 3, QTableWidgetItem(formatting.format_money(line.unit_price, lang)))
        self.table.setItem(
            row, 4, QTableWidgetItem(formatting.format_number(line.vat_rate.normalize(), lang))
        )
        for column in (2, 3, 4):
            self.table.item(row, column).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        self.table.blockSignals(False)
        self._show_total()

    def lines(self) -> list[QuoteLineDraft]:
        """The table's lines; raises ValueError naming the row of an unreadable number."""
        out = []
        for row in range(self.table.rowCount()):

            def cell(column: int, row: int = row) -> str:
                item = self.table.item(row, column)
                return item.text().strip() if item else ""

            try:
                quantity = Decimal(cell(2).replace("\u202f", "").replace(" ", "").replace(",", "."))
                price = parse_amount(cell(3))
                vat = Decimal(cell(4).replace(",", ".") or "0")
            except (InvalidOperation, ValueError):
                raise ValueError(row + 1) from None
            kind = self.table.cellWidget(row, 0).currentData()
            out.append(QuoteLineDraft(kind, cell(1), quantity, price, vat))
        return out

    def _show_total(self) -> None:
        try:
            sums = totals(self.lines(), Decimal(self.deposit.value()))
        except ValueError:
            self.total.setText("")
            return
        lang = i18n.language()
        self.total.setText(
            self.tr("Total excl. VAT {excl} · incl. VAT {incl} · deposit {deposit}").format(
                excl=formatting.format_money(sums.excl_tax, lang),
                incl=formatting.format_money(sums.incl_tax, lang),
                deposit=formatting.format_money(sums.deposit, lang),
            )
        )

    def draft(self) -> QuoteDraft:
        return QuoteDraft(
            self.title_edit.text(),
            self.valid_until.date().toPython(),
            Decimal(self.deposit.value()),
            self.language.currentData(),
            self.notes.toPlainText(),
            self.lines(),
        )

    def save_and_send(self) -> None:
        self.send_after = True
        self.save()
        if self.result() != QDialog.DialogCode.Accepted:
            self.send_after = False  # not saved: stay here

    def save(self) -> None:
        try:
            quotes.save_draft(self.quote_id, self.draft())
        except ValueError as exc:
            self.banner.show_text(
                self.tr("Line {n}: the quantity, price or VAT rate is not a number.").format(
                    n=exc.args[0]
                )
            )
            return
        except ValidationError as exc:
            self.banner.show_text(i18n.tr_error(exc))
            return
        self.accept()
