"""Receivables: what each client owes by age of the debt, the overdue total, and a client's
open invoices when it is clicked.

The figures are the service's (desktop.services.receivables.ageing), read off the UI
thread: at 200,000 invoices the grouping takes a moment. Buckets: not yet due, 1-30,
31-60, 61-90 and over 90 days past the due date, amounts incl. VAT net of payments and
credit notes.
"""

from __future__ import annotations

from decimal import Decimal

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.receivables import AGEING_BUCKETS, AGEING_LABELS
from desktop.services import receivables
from desktop.services.receivables import ReceivablesView
from desktop.ui import i18n
from desktop.ui.invoices import clock
from desktop.ui.invoices.common import RED, cell, date, money, read_only_table
from desktop.ui.tasks import run_task

BUCKETS = [key for key, _, _ in AGEING_BUCKETS]
OVERDUE = BUCKETS[1:]  # every bucket past the due date


def overdue_total(view: ReceivablesView) -> Decimal:
    return sum((view.total.buckets[key] for key in OVERDUE), Decimal(0))


class ReceivablesWindow(QDialog):
    """Ageing per client and in total; a click on a client lists its open invoices.

    ``open_invoice(id)`` / ``open_company(id)`` on a double click.
    """

    open_invoice = Signal(int)
    open_company = Signal(int)
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receivablesWindow")
        self.setWindowTitle(self.tr("Receivables"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.view: ReceivablesView | None = None
        self.total_label = QLabel()
        self.total_label.setObjectName("receivableTotal")
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueTotal")
        for label in (self.total_label, self.overdue_label):
            label.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.as_of = QLabel()
        self.as_of.setObjectName("hint")
        headers = [
            self.tr("Client"),
            *[QCoreApplication.translate("Receivables", AGEING_LABELS[k]) for k in BUCKETS],
            self.tr("Total"),
        ]
        self.clients = read_only_table("ageing", headers, stretch=0)
        self.clients.itemSelectionChanged.connect(self._client_selected)
        self.clients.itemDoubleClicked.connect(self._company_activated)
        self.client_title = QLabel(self.tr("Click a client to see its open invoices."))
        self.client_title.setObjectName("clientTitle")
        self.client_title.setWordWrap(True)
        self.invoices = read_only_table(
            "openInvoices",
            [
                self.tr("Number"),
                self.tr("Issued"),
                self.tr("Due"),
                self.tr("Days late"),
                self.tr("Total incl. VAT"),
                self.tr("Balance due"),
                self.tr("Reminders"),
            ],
            stretch=6,
        )
        self.invoices.itemDoubleClicked.connect(self._invoice_activated)

        figures = QHBoxLayout()
        for caption, label in (
            (self.tr("Owed by clients"), self.total_label),
            (self.tr("Of which overdue"), self.overdue_label),
        ):
            box = QVBoxLayout()
            title = QLabel(caption)
            title.setObjectName("hint")
            box.addWidget(title)
            box.addWidget(label)
            figures.addLayout(box)
            figures.addSpacing(40)
        figures.addStretch(1)
        figures.addWidget(self.as_of, 0, Qt.AlignmentFlag.AlignBottom)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.client_title)
        lower_layout.addWidget(self.invoices)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.clients)
        splitter.addWidget(lower)
        splitter.setSizes([300, 220])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        hint = QLabel(
            self.tr("Double-click a client to open its record, an invoice to show it in the list.")
        )
        hint.setObjectName("hint")
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(figures)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1080, 620)
        self.refresh()

    # -- reading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the ageing off the UI thread; the tables fill when it comes back."""
        today = clock.today()
        self.as_of.setText(self.tr("On {date}, incl. VAT").format(date=date(today)))

        def done(view: ReceivablesView) -> None:
            if shiboken6.isValid(self):  # closed while counting: nothing to show
                self.show_view(view)

        run_task(lambda: receivables.ageing(today), done)

    def show_view(self, view: ReceivablesView) -> None:
        self.view = view
        self.total_label.setText(money(view.total.total))
        overdue = overdue_total(view)
        self.overdue_label.setText(money(overdue))
        self.overdue_label.setStyleSheet(
            "font-size: 18px; font-weight: 600;" + (f" color: {RED};" if overdue else "")
        )
        table = self.clients
        table.setRowCount(0)
        bold = QFont(table.font())
        bold.setBold(True)
        rows = [(c.company_id, c.name, c.ageing) for c in view.clients]
        rows.append((None, self.tr("All clients"), view.total))
        for company_id, name, ageing in rows:
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, cell(name, company_id))
            for column, key in enumerate(BUCKETS, 1):
                amount = ageing.buckets[key]
                colour = RED if key in ("61_90", "over_90") and amount else ""
                table.setItem(
                    row, column, cell(money(amount) if amount else "—", right=True, colour=colour)
                )
            table.setItem(row, len(BUCKETS) + 1, cell(money(ageing.total), right=True))
            if company_id is None:
                for column in range(table.columnCount()):
                    table.item(row, column).setFont(bold)
        self.loaded.emit()

    def _selected_company(self) -> int | None:
        row = self.clients.currentRow()
        if row < 0:
            return None
        return self.clients.item(row, 0).data(Qt.ItemDataRole.UserRole)

    def _client_selected(self) -> None:
        company_id = self._selected_company()
        self.invoices.setRowCount(0)
        if company_id is None:
            self.client_title.setText(self.tr("Click a client to see its open invoices."))
            return
        self.show_client(company_id)

    def show_client(self, company_id: int) -> None:
        """The client's open invoices and how it pays (average days late)."""
        name = self.clients.item(self.clients.currentRow(), 0).text()
        behaviour = receivables.average_days_late(company_id)
        if behaviour is None:
            paying = self.tr("no paid invoice yet")
        else:
            paying = self.tr(
                "{late} of {paid} invoices paid late, {days} days late on average"
            ).format(
                late=behaviour.paid_late,
                paid=behaviour.paid_invoices,
                days=behaviour.average_days_late,
            )
        self.client_title.setText(
            self.tr("Open invoices of {name} — {paying}").format(name=name, paying=paying)
        )
        rows = receivables.open_invoices(company_id, clock.today())
        for invoice in rows:
            row = self.invoices.rowCount()
            self.invoices.insertRow(row)
            late = invoice.days_late > 0
            self.invoices.setItem(row, 0, cell(invoice.number, invoice.id))
            self.invoices.setItem(row, 1, cell(date(invoice.issue_date)))
            self.invoices.setItem(row, 2, cell(date(invoice.due_date), colour=RED if late else ""))
            self.invoices.setItem(
                row,
                3,
                cell(
                    i18n.count_text(invoice.days_late, self.tr("{n} day"), self.tr("{n} days"))
                    if late
                    else self.tr("not yet due"),
                    right=True,
                    colour=RED if late else "",
                ),
            )
            self.invoices.setItem(row, 4, cell(money(invoice.total), right=True))
            self.invoices.setItem(row, 5, cell(money(invoice.balance), right=True))
            self.invoices.setItem(row, 6, cell(str(invoice.reminders), right=True))

    def _company_activated(self) -> None:
        company_id = self._selected_company()
        if company_id is not None:
            self.open_company.emit(company_id)

    def _invoice_activated(self) -> None:
        row = self.invoices.currentRow()
        if row >= 0:
            self.open_invoice.emit(self.invoices.item(row, 0).data(Qt.ItemDataRole.UserRole))
