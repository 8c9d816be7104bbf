"""The small dialogs of an issued invoice: record a payment, credit it, bill its late
penalties, read its history (the audit log)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_errors import refuse
from desktop.domain.late_payment import RECOVERY_INDEMNITY
from desktop.domain.money import parse_amount
from desktop.domain.vocabulary import InvoiceKind
from desktop.services import audit, invoices, payments, records
from desktop.services.invoices import LineDraft
from desktop.ui import i18n
from desktop.ui.invoices import clock
from desktop.ui.invoices.common import cell, date, editable, money, number, read_only_table
from desktop.ui.widgets import AmountEdit, ErrorBanner, FieldErrors

METHOD_LABELS = {
    "transfer": QT_TRANSLATE_NOOP("PaymentMethod", "Bank transfer"),
    "cheque": QT_TRANSLATE_NOOP("PaymentMethod", "Cheque"),
    "card": QT_TRANSLATE_NOOP("PaymentMethod", "Card"),
    "cash": QT_TRANSLATE_NOOP("PaymentMethod", "Cash"),
    "direct_debit": QT_TRANSLATE_NOOP("PaymentMethod", "Direct debit"),
}


def date_edit(name: str, day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


class PaymentDialog(QDialog):
    """Record a payment received, full (the balance, proposed) or partial."""

    def __init__(self, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.invoice_id = invoice_id
        self.payment_id: int | None = None
        detail = records.invoice_detail(invoice_id)
        invoice = detail.invoice
        self.balance = invoices.amount_due(invoice)
        self.setWindowTitle(self.tr("Payment of invoice {number}").format(number=invoice.number))
        self.banner = ErrorBanner()
        self.amount = AmountEdit(example=money(self.balance))
        self.amount.setObjectName("amount")
        self.amount.set_amount(self.balance)
        full = QPushButton(self.tr("The whole balance"))
        full.setObjectName("wholeBalance")
        full.clicked.connect(lambda: self.amount.set_amount(self.balance))
        self.paid_on = date_edit("paidOn", clock.today())
        self.method = QComboBox()
        self.method.setObjectName("method")
        for code in payments.METHODS:
            self.method.addItem(self.translate_method(code), code)
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setPlaceholderText(self.tr("bank statement line, cheque number…"))
        summary = QLabel(
            self.tr("{client} · total {total} · already paid {paid} · balance {balance}").format(
                client=detail.company,
                total=money(invoice.total_incl_tax),
                paid=money(invoice.amount_paid),
                balance=money(self.balance),
            )
        )
        summary.setObjectName("hint")
        summary.setWordWrap(True)
        form = QFormLayout()
        amount_box = QHBoxLayout()
        amount_box.addWidget(self.amount)
        amount_box.addWidget(full)
        amount_box.addStretch(1)
        form.addRow(self.tr("Amount received"), amount_box)
        form.addRow(self.tr("Received on"), self.paid_on)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Reference"), self.reference)
        self.errors = FieldErrors(self.banner, {"amount": self.amount, "paid_on": self.paid_on})
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Record"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    @staticmethod
    def translate_method(code: str) -> str:
        return QCoreApplication.translate("PaymentMethod", METHOD_LABELS.get(code, code))

    def save(self) -> None:
        try:
            amount = self.amount.amount()
        except ValueError:
            amount = None
        try:
            if amount is None:
                raise refuse("amount", QT_TRANSLATE_NOOP("Invoicing", "type the amount received"))
            self.payment_id = payments.record_payment(
                self.invoice_id,
                amount,
                self.paid_on.date().toPython(),
                self.method.currentData(),
                self.reference.text(),
                today=clock.today(),
            )
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except DomainError as exc:
            self.banner.show_text(i18n.tr_error(exc))
            return
        self.accept()


class CreditNoteDialog(QDialog):
    """Credit an issued invoice, wholly or some of its lines (the quantity to credit)."""

    def __init__(self, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("creditNoteDialog")
        self.invoice_id = invoice_id
        self.note_id: int | None = None
        self.issued_number = ""
        detail = records.invoice_detail(invoice_id)
        invoice = detail.invoice
        self.left = invoice.total_incl_tax - invoice.amount_credited
        self.setWindowTitle(
            self.tr("Credit note for invoice {number}").format(number=invoice.number)
        )
        intro = QLabel(
            self.tr(
                "An issued invoice is never changed: a credit note refers to it and cancels "
                "all or part of it. Left to credit: {left}."
            ).format(left=money(self.left))
        )
        intro.setWordWrap(True)
        self.whole = QRadioButton(self.tr("The whole invoice"))
        self.whole.setObjectName("wholeInvoice")
        self.partial = QRadioButton(self.tr("Some lines, or part of a quantity"))
        self.partial.setObjectName("partialCredit")
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.partial)
        self.whole.setChecked(invoice.amount_credited == 0)
        self.partial.setChecked(invoice.amount_credited != 0)
        self.whole.setEnabled(invoice.amount_credited == 0)
        self.lines = QTableWidget(0, 4)
        self.lines.setObjectName("creditLines")
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Invoiced"), self.tr("To credit"), self.tr("Unit price")]
        )
        self.lines.verticalHeader().hide()
        self.source = invoices.lines_of(invoice_id)
        for line in self.source:
            row = self.lines.rowCount()
            self.lines.insertRow(row)
            check = QTableWidgetItem(line.description)
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            check.setCheckState(Qt.CheckState.Checked)
            self.lines.setItem(row, 0, check)
            invoiced = QTableWidgetItem(number(line.quantity))
            invoiced.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.lines.setItem(row, 1, invoiced)
            self.lines.setItem(row, 2, QTableWidgetItem(editable(line.quantity)))
            price = QTableWidgetItem(money(line.unit_price))
            price.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.lines.setItem(row, 3, price)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.whole.toggled.connect(lambda whole: self.lines.setEnabled(not whole))
        self.lines.setEnabled(not self.whole.isChecked())
        self.banner = ErrorBanner()
        self.errors = FieldErrors(self.banner, {"lines": self.lines, "quantity": self.lines})
        draft = QPushButton(self.tr("Save as a draft"))
        draft.setObjectName("creditDraft")
        draft.clicked.connect(lambda: self.save(issue=False))
        issue = QPushButton(self.tr("Issue the credit note"))
        issue.setObjectName("creditIssue")
        issue.setDefault(True)
        issue.clicked.connect(lambda: self.save(issue=True))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(draft, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(issue, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.whole)
        layout.addWidget(self.partial)
        layout.addWidget(self.lines, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def chosen_lines(self) -> list[LineDraft] | None:
        """None: the whole invoice; else the lines checked with the quantity to credit."""
        if self.whole.isChecked():
            return None
        chosen = []
        for row, line in enumerate(self.source):
            if self.lines.item(row, 0).checkState() != Qt.CheckState.Checked:
                continue
            text = self.lines.item(row, 2).text()
            try:
                quantity = parse_amount(text)
            except ValueError:
                raise refuse(
                    "quantity",
                    QT_TRANSLATE_NOOP("Invoicing", "line {n}: “{text}” is not a number"),
                    n=row + 1,
                    text=text,
                ) from None
            chosen.append(
                LineDraft(
                    line.description,
                    quantity,
                    line.unit_price,
                    line.vat_rate,
                    line.line_kind,
                    line.unit,
                    line.source_invoice_id,
                )
            )
        return chosen

    def save(self, issue: bool) -> None:
        from desktop.services.seller import seller

        try:
            lines = self.chosen_lines()
            self.note_id = invoices.credit_note_draft(self.invoice_id, lines)
            if issue:
                self.issued_number = invoices.issue(self.note_id, seller(), clock.today())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except DomainError as exc:
            self.banner.show_text(i18n.tr_error(exc))
            if self.note_id is not None:  # the draft is kept: it can be issued later
                self.accept()
            return
        self.accept()


class PenaltyDialog(QDialog):
    """Bill a late invoice's interest and the 40 EUR indemnity on a separate invoice."""

    def __init__(self, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("penaltyDialog")
        self.invoice_id = invoice_id
        self.draft_id: int | None = None
        invoice = records.invoice_detail(invoice_id).invoice
        today = clock.today()
        interest = invoices.interest_owed(invoice_id, today)
        days = (today - invoice.due_date).days if invoice.due_date else 0
        self.setWindowTitle(
            self.tr("Late penalties of invoice {number}").format(number=invoice.number)
        )
        self.indemnity = QCheckBox(
            self.tr("Recovery indemnity: {amount} (business client, once per invoice)").format(
                amount=money(RECOVERY_INDEMNITY)
            )
        )
        self.indemnity.setObjectName("indemnity")
        self.indemnity.setChecked(invoice.business_client)
        self.indemnity.setEnabled(invoice.business_client)
        rate = invoice.late_penalty_rate
        text = self.tr(
            "Invoice {number}, due on {due}, is {days} days late. Interest accrued until "
            "today on the unpaid balance: {interest} ({rate}).\n\nThe penalties go on a "
            "separate invoice that refers to {number}, outside the scope of VAT; the late "
            "invoice itself stays as it was issued."
        ).format(
            number=invoice.number,
            due=date(invoice.due_date),
            days=days,
            interest=money(interest),
            rate=self.tr("agreed rate {rate} % a year").format(rate=number(rate))
            if rate is not None
            else self.tr("ECB rate + 10 points"),
        )
        explanation = QLabel(text)
        explanation.setObjectName("penaltyText")
        explanation.setWordWrap(True)
        self.banner = ErrorBanner()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Make the penalty invoice")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.indemnity)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def save(self) -> None:
        try:
            self.draft_id = invoices.penalty_invoice_draft(
                self.invoice_id, clock.today(), self.indemnity.isChecked()
            )
        except DomainError as exc:
            self.banner.show_text(i18n.tr_error(exc))
            return
        self.accept()


ACTION_LABELS = {
    "created": QT_TRANSLATE_NOOP("AuditAction", "Created"),
    "updated": QT_TRANSLATE_NOOP("AuditAction", "Changed"),
    "deleted": QT_TRANSLATE_NOOP("AuditAction", "Deleted"),
    "issued": QT_TRANSLATE_NOOP("AuditAction", "Issued"),
    "sent": QT_TRANSLATE_NOOP("AuditAction", "Sent"),
    "paid": QT_TRANSLATE_NOOP("AuditAction", "Payment recorded"),
    "payment_deleted": QT_TRANSLATE_NOOP("AuditAction", "Payment removed"),
    "credited": QT_TRANSLATE_NOOP("AuditAction", "Credited"),
    "reminded": QT_TRANSLATE_NOOP("AuditAction", "Reminder sent"),
}


DETAIL_LABELS = {
    "total": QT_TRANSLATE_NOOP("AuditDetail", "total"),
    "total_before": QT_TRANSLATE_NOOP("AuditDetail", "total before"),
    "amount": QT_TRANSLATE_NOOP("AuditDetail", "amount"),
    "balance": QT_TRANSLATE_NOOP("AuditDetail", "balance"),
    "interest": QT_TRANSLATE_NOOP("AuditDetail", "interest"),
    "number": QT_TRANSLATE_NOOP("AuditDetail", "number"),
    "credit_note": QT_TRANSLATE_NOOP("AuditDetail", "credit note"),
    "date": QT_TRANSLATE_NOOP("AuditDetail", "date"),
    "on": QT_TRANSLATE_NOOP("AuditDetail", "on"),
    "method": QT_TRANSLATE_NOOP("AuditDetail", "method"),
    "status": QT_TRANSLATE_NOOP("AuditDetail", "status"),
    "lines": QT_TRANSLATE_NOOP("AuditDetail", "lines"),
    "level": QT_TRANSLATE_NOOP("AuditDetail", "level"),
    "kind": QT_TRANSLATE_NOOP("AuditDetail", "kind"),
    "type": QT_TRANSLATE_NOOP("AuditDetail", "type"),
    "payment": QT_TRANSLATE_NOOP("AuditDetail", "payment n°"),
    "reminder": QT_TRANSLATE_NOOP("AuditDetail", "reminder n°"),
}
MONEY_KEYS = ("total", "total_before", "amount", "balance", "interest")


def _detail_value(key: str, value: object) -> str:
    """A detail as the user reads it: amounts and dates formatted, codes translated."""
    from desktop.domain.receivables import LEVEL_LABELS
    from desktop.domain.vocabulary import InvoiceStatus, InvoiceType

    text = str(value)
    if key in MONEY_KEYS:
        try:
            return money(Decimal(text))
        except ArithmeticError:
            return text
    if key in ("date", "on"):
        try:
            return date(dt.date.fromisoformat(text))
        except ValueError:
            return text
    if key == "method":
        return PaymentDialog.translate_method(text)
    if key == "status":
        return i18n.tr_label(text, InvoiceStatus)
    if key == "kind":
        return i18n.tr_label(text, InvoiceKind)
    if key == "type":
        return i18n.tr_label(text, InvoiceType)
    if key == "level":
        return QCoreApplication.translate("Receivables", LEVEL_LABELS.get(text, text))
    return text


def _detail_text(details: dict) -> str:
    return ", ".join(
        f"{QCoreApplication.translate('AuditDetail', DETAIL_LABELS.get(k, k))} "
        f"{_detail_value(k, v)}"
        for k, v in details.items()
    )


class HistoryDialog(QDialog):
    """Every change of the invoice: who, when, what (the audit log, never rewritten)."""

    def __init__(self, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        invoice = records.invoice_detail(invoice_id).invoice
        kind = i18n.tr_label(invoice.kind, InvoiceKind)
        self.setWindowTitle(
            self.tr("History of {kind} {number}").format(
                kind=kind.lower(), number=invoice.number or self.tr("(draft)")
            )
        )
        self.table = read_only_table(
            "history",
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")],
            stretch=3,
        )
        for line in audit.history("invoice", invoice_id):
            row = self.table.rowCount()
            self.table.insertRow(row)
            when = f"{date(line.at.date())} {line.at:%H:%M}"
            action = QCoreApplication.translate(
                "AuditAction", ACTION_LABELS.get(line.action, line.action)
            )
            self.table.setItem(row, 0, cell(when))
            self.table.setItem(row, 1, cell(line.actor))
            self.table.setItem(row, 2, cell(action))
            self.table.setItem(row, 3, cell(_detail_text(line.details)))
        note = QLabel(
            self.tr(
                "The log is written in the same transaction as each change and never "
                "rewritten (CGI art. 289: an invoice's integrity until the end of its "
                "retention period)."
            )
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(820, 420)
