"""Agency mode: the talents' invoices to the agency, their payment, and each mission's
real margin (invoiced to the client minus invoiced by the talent).

A talent's invoice is recorded against the subcontracting contract and, when it bills a
month, that month's activity report. A Factur-X PDF fills the form by itself (the XML
inside it is read); a plain PDF is attached as it is and the figures are typed in.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_errors import refuse
from desktop.profile import Profile
from desktop.services import activity_reports, supplier_invoices
from desktop.services.supplier_invoices import SupplierInvoiceDraft
from desktop.ui import i18n
from desktop.ui.invoices import clock
from desktop.ui.invoices.common import RED, cell, date, money, number, read_only_table
from desktop.ui.widgets import AmountEdit, ErrorBanner, FieldErrors, OptionalDateEdit

TYPE_AMOUNT = QT_TRANSLATE_NOOP("Invoicing", "type the amount excl. VAT")


def _date_edit(name: str, day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


class SupplierInvoiceDialog(QDialog):
    """Record a talent's invoice: contract, activity report, figures, its PDF."""

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supplierInvoiceDialog")
        self.setWindowTitle(self.tr("A talent's invoice"))
        self.profile = profile
        self.saved_id: int | None = None
        self.pdf: Path | None = None
        self.banner = ErrorBanner()
        self.contract = QComboBox()
        self.contract.setObjectName("supplierContract")
        self.choices = supplier_invoices.subcontract_choices()
        for choice in self.choices:
            self.contract.addItem(choice.label, choice.id)
        self.contract.currentIndexChanged.connect(self._contract_changed)
        self.report = QComboBox()
        self.report.setObjectName("supplierReport")
        self.supplier = QLineEdit()
        self.supplier.setObjectName("supplierName")
        self.number = QLineEdit()
        self.number.setObjectName("supplierNumber")
        self.issue_date = _date_edit("supplierIssueDate", clock.today())
        self.due_date = OptionalDateEdit(self.tr("on"))
        self.due_date.setObjectName("supplierDueDate")
        self.net = AmountEdit(example="10 000 €")
        self.net.setObjectName("supplierNet")
        self.tax = AmountEdit(example="2 000 €")
        self.tax.setObjectName("supplierTax")
        self.pdf_label = QLabel(self.tr("No PDF attached"))
        self.pdf_label.setObjectName("supplierPdf")
        self.pdf_label.setWordWrap(True)
        read = QPushButton(self.tr("Read a PDF…"))
        read.setObjectName("readPdf")
        read.setToolTip(
            self.tr("A Factur-X PDF fills the form; any PDF is attached to the contract.")
        )
        read.clicked.connect(self.choose_pdf)
        self.notes = QLineEdit()
        self.notes.setObjectName("supplierNotes")
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(read)
        pdf_row.addWidget(self.pdf_label, 1)
        form = QFormLayout()
        form.addRow(self.tr("PDF"), pdf_row)
        form.addRow(self.tr("Contract *"), self.contract)
        form.addRow(self.tr("Activity report"), self.report)
        form.addRow(self.tr("Talent (supplier) *"), self.supplier)
        form.addRow(self.tr("Their invoice number *"), self.number)
        form.addRow(self.tr("Issue date"), self.issue_date)
        form.addRow(self.tr("Due date"), self.due_date)
        form.addRow(self.tr("Total excl. VAT *"), self.net)
        form.addRow(self.tr("VAT"), self.tax)
        form.addRow(self.tr("Notes"), self.notes)
        self.errors = FieldErrors(
            self.banner,
            {"amount": self.net, "description": self.number},
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)
        self._contract_changed()
        if not self.choices:
            self.banner.show_text(
                self.tr("No contract has a talent yet: a talent's invoice bills such a contract.")
            )

    def _contract_changed(self) -> None:
        index = self.contract.currentIndex()
        self.report.clear()
        self.report.addItem(self.tr("None"), None)
        if index < 0:
            return
        choice = self.choices[index]
        if choice.talent and not self.supplier.text().strip():
            self.supplier.setText(choice.talent)
        for row in activity_reports.reports_of(choice.id):
            self.report.addItem(f"{row.month:%m/%Y}", row.id)

    def choose_pdf(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The talent's invoice"), "", self.tr("PDF (*.pdf)")
        )
        if path:
            self.read_pdf(Path(path))

    def read_pdf(self, path: Path) -> None:
        """Attach the PDF; a Factur-X one fills the number, dates and amounts."""
        self.pdf = path
        try:
            facts = supplier_invoices.read_facturx_pdf(path)
        except DomainError as exc:
            self.pdf_label.setText(i18n.tr_error(exc))
            return
        self.pdf_label.setText(
            self.tr("Factur-X read: {name} — check the figures, then save.").format(name=path.name)
        )
        if facts.seller_name:
            self.supplier.setText(facts.seller_name)
        self.number.setText(facts.number)
        if facts.issue_date:
            day = facts.issue_date
            self.issue_date.setDate(QDate(day.year, day.month, day.day))
        self.due_date.set_date(facts.due_date)
        self.net.set_amount(facts.total_excl_tax)
        self.tax.set_amount(facts.total_tax)

    def draft(self) -> SupplierInvoiceDraft:
        try:
            net = self.net.amount()
            tax = self.tax.amount()
        except ValueError:
            raise refuse("amount", TYPE_AMOUNT) from None
        if net is None:
            raise refuse("amount", TYPE_AMOUNT)
        index = self.contract.currentIndex()
        choice = self.choices[index] if index >= 0 else None
        return SupplierInvoiceDraft(
            contract_id=choice.id if choice else 0,
            supplier_name=self.supplier.text(),
            number=self.number.text(),
            issue_date=self.issue_date.date().toPython(),
            total_excl_tax=net,
            total_tax=tax or 0,
            due_date=self.due_date.date(),
            talent_id=choice.talent_id if choice else None,
            activity_report_id=self.report.currentData(),
            notes=self.notes.text(),
        )

    def save(self) -> None:
        try:
            draft = self.draft()
            if not draft.contract_id:
                self.banner.show_text(self.tr("Choose the contract this invoice bills."))
                return
            self.saved_id = supplier_invoices.attach_and_record(self.profile, draft, self.pdf)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except DomainError as exc:
            self.banner.show_text(i18n.tr_error(exc))
            return
        self.accept()


class SupplierPaymentDialog(QDialog):
    """Record the agency's payment of a talent's invoice."""

    def __init__(self, row: supplier_invoices.SupplierInvoiceRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("supplierPaymentDialog")
        self.row = row
        self.setWindowTitle(
            self.tr("Paying {supplier}'s invoice {number}").format(
                supplier=row.supplier_name, number=row.number
            )
        )
        self.banner = ErrorBanner()
        self.amount = AmountEdit()
        self.amount.setObjectName("supplierPaid")
        self.amount.set_amount(row.balance)
        self.paid_on = _date_edit("supplierPaidOn", clock.today())
        form = QFormLayout()
        form.addRow(self.tr("Amount paid"), self.amount)
        form.addRow(self.tr("Paid on"), self.paid_on)
        self.errors = FieldErrors(self.banner, {"amount": self.amount})
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            amount = self.amount.amount()
        except ValueError:
            amount = None
        try:
            if amount is None:
                raise refuse("amount", TYPE_AMOUNT)
            supplier_invoices.pay_supplier_invoice(
                self.row.id, amount, self.paid_on.date().toPython()
            )
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except DomainError as exc:
            self.banner.show_text(i18n.tr_error(exc))
            return
        self.accept()


class SupplierInvoicesDialog(QDialog):
    """The talents' invoices, what is left to pay them, and the margin of each mission."""

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supplierInvoicesDialog")
        self.setWindowTitle(self.tr("Supplier invoices (talents)"))
        self.profile = profile
        self.rows: list[supplier_invoices.SupplierInvoiceRow] = []
        self.table = read_only_table(
            "supplierInvoices",
            [
                self.tr("Talent"),
                self.tr("Number"),
                self.tr("Date"),
                self.tr("Contract"),
                self.tr("Month"),
                self.tr("Excl. VAT"),
                self.tr("Incl. VAT"),
                self.tr("Left to pay"),
            ],
            stretch=3,
        )
        self.table.itemSelectionChanged.connect(self._selected)
        self.margin = QLabel()
        self.margin.setObjectName("missionMargin")
        self.margin.setWordWrap(True)
        record = QPushButton(self.tr("Record a talent's invoice…"))
        record.setObjectName("recordSupplierInvoice")
        record.clicked.connect(self.record)
        self.pay = QPushButton(self.tr("Record a payment…"))
        self.pay.setObjectName("paySupplierInvoice")
        self.pay.clicked.connect(self.record_payment)
        self.pay.setEnabled(False)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(record)
        buttons.addWidget(self.pay)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.margin)
        layout.addLayout(buttons)
        self.resize(1040, 560)
        self.load()

    def load(self, select: int | None = None) -> None:
        self.rows = supplier_invoices.supplier_invoice_rows()
        self.table.setRowCount(0)
        for row in self.rows:
            index = self.table.rowCount()
            self.table.insertRow(index)
            owed = row.balance
            self.table.setItem(index, 0, cell(row.supplier_name, row.id))
            self.table.setItem(index, 1, cell(row.number))
            self.table.setItem(index, 2, cell(date(row.issue_date)))
            self.table.setItem(index, 3, cell(row.contract))
            self.table.setItem(
                index, 4, cell(f"{row.report_month:%m/%Y}" if row.report_month else "")
            )
            self.table.setItem(index, 5, cell(money(row.total_excl_tax), right=True))
            self.table.setItem(index, 6, cell(money(row.total_incl_tax), right=True))
            late = owed > 0 and row.due_date is not None and row.due_date < clock.today()
            self.table.setItem(
                index,
                7,
                cell(
                    money(owed) if owed else self.tr("paid"), right=True, colour=RED if late else ""
                ),
            )
            if row.id == select:
                self.table.selectRow(index)
        if not self.rows:
            self.margin.setText(
                self.tr(
                    "No talent's invoice recorded yet. In agency mode, record each invoice a "
                    "talent sends you: its mission then shows its real margin."
                )
            )

    def selected(self) -> supplier_invoices.SupplierInvoiceRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _selected(self) -> None:
        row = self.selected()
        self.pay.setEnabled(row is not None and row.balance > 0)
        if row is None or row.mission_id is None:
            self.margin.setText("")
            return
        margin = supplier_invoices.mission_margin(row.mission_id)
        self.margin.setText(
            self.tr(
                "Mission of {contract}: invoiced to the client {sold}, invoiced by the "
                "talents {bought}, real margin {margin} ({percent} %), excl. VAT."
            ).format(
                contract=row.contract,
                sold=money(margin.invoiced),
                bought=money(margin.bought),
                margin=money(margin.margin),
                percent=number(margin.percent),
            )
        )

    def record(self) -> None:
        dialog = SupplierInvoiceDialog(self.profile, self)
        if dialog.exec():
            self.load(select=dialog.saved_id)

    def record_payment(self) -> None:
        row = self.selected()
        if row is None:
            return
        if SupplierPaymentDialog(row, self).exec():
            self.load(select=row.id)
