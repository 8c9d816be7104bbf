"""What the user does to an invoice, from the Invoices section, a report or To do.

Each action asks what it must (a confirmation, a dialog), calls one service, and reports
``changed(invoice_id)`` so that the lists show the new state. A refusal is a message
saying which rule and what to do: an issued invoice can be neither changed nor deleted,
and the message offers to make the credit note that corrects it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.errors import DomainError
from desktop.domain.vocabulary import InvoiceKind
from desktop.services import invoices, records
from desktop.services.invoices import CHANGED, DELETED, InvoiceLockedError
from desktop.services.seller import seller
from desktop.ui import i18n
from desktop.ui.invoices import clock
from desktop.ui.invoices.common import date, show_error

translate = QCoreApplication.translate  # lupdate reads translate("InvoiceActions", "...")


def issue_invoice(
    parent: QWidget, invoice_id: int, report: Callable[[str], None] | None = None
) -> str:
    """Confirm, then give the draft its number; returns it ('' when refused or cancelled).

    ``report`` shows a refusal where the user is (the editor's banner); by default a
    message box.
    """
    invoice = records.invoice_detail(invoice_id).invoice
    is_note = invoice.kind == InvoiceKind.CREDIT_NOTE
    question = (
        translate(
            "InvoiceActions",
            "Issue this credit note now, dated {date}? It gets the next number and cancels "
            "what it credits on the invoice it refers to. It can then no longer be changed.",
        )
        if is_note
        else translate(
            "InvoiceActions",
            "Issue this invoice now, dated {date}? It gets the next number of its series and "
            "can then no longer be changed nor deleted: corrections are made by credit note.",
        )
    ).format(date=date(clock.today()))
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("InvoiceActions", "Issue"),
        question,
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("issueConfirmation")
    confirm = box.addButton(translate("InvoiceActions", "Issue"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(confirm)
    box.exec()
    if box.clickedButton() is not confirm:
        return ""
    try:
        return invoices.issue(invoice_id, seller(), clock.today())
    except DomainError as exc:
        if report is not None:
            report(i18n.tr_error(exc))
        else:
            show_error(parent, translate("InvoiceActions", "Issue"), exc)
        return ""


class InvoiceActions(QObject):
    """The actions on invoices for one window; ``changed(id)`` after each change,
    ``status(text)`` for the status bar."""

    changed = Signal(int)
    status = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent

    # -- drafts ------------------------------------------------------------------------
    def new_invoice(self, company_id: int | None = None, contract_id: int | None = None) -> None:
        from desktop.ui.invoices.editor import InvoiceEditor

        editor = InvoiceEditor(None, self.widget, company_id=company_id, contract_id=contract_id)
        self._after_editor(editor)

    def open_draft(self, invoice_id: int) -> None:
        """The editor of a draft (made from a report, a credit note, penalties)."""
        from desktop.ui.invoices.editor import InvoiceEditor

        self._after_editor(InvoiceEditor(invoice_id, self.widget))

    def _after_editor(self, editor) -> None:
        if not editor.exec():
            return
        if editor.issued_number:
            self.status.emit(
                self.tr("Invoice {number} issued.").format(number=editor.issued_number)
            )
        else:
            self.status.emit(self.tr("Draft saved."))
        self.changed.emit(editor.saved_id)
        if editor.issued_number and editor.send_after:
            self.send_by_email(editor.saved_id)

    def _refuse_if_locked(self, invoice_id: int, action: str) -> bool:
        """Say why an issued invoice cannot be changed; offer the credit note. True if locked."""
        invoice = records.invoice_detail(invoice_id).invoice
        if invoice.issued_at is None and invoice.status == "draft":
            return False
        error = InvoiceLockedError(invoice.number or f"#{invoice.id}", action)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Issued invoice"),
            i18n.tr_error(error),
            QMessageBox.StandardButton.Close,
            self.widget,
        )
        box.setObjectName("lockedMessage")
        credit = None
        if invoice.kind == InvoiceKind.INVOICE and invoice.status != "cancelled":
            credit = box.addButton(
                self.tr("Make a credit note…"), QMessageBox.ButtonRole.ActionRole
            )
        box.exec()
        if credit is not None and box.clickedButton() is credit:
            self.credit_note(invoice_id)
        return True

    def edit(self, invoice_id: int) -> None:
        if not self._refuse_if_locked(invoice_id, CHANGED):
            self.open_draft(invoice_id)

    def delete(self, invoice_id: int) -> None:
        if self._refuse_if_locked(invoice_id, DELETED):
            return
        answer = QMessageBox.question(
            self.widget,
            self.tr("Delete"),
            self.tr(
                "Delete this draft? A draft has no number yet: deleting it leaves no gap. The "
                "activity reports it bills can be invoiced again."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            invoices.delete_draft(invoice_id)
        except DomainError as exc:
            show_error(self.widget, self.tr("Delete"), exc)
            return
        self.status.emit(self.tr("Draft deleted."))
        self.changed.emit(0)

    # -- issued ---------------------------------------------------------------------------
    def issue(self, invoice_id: int) -> None:
        number = issue_invoice(self.widget, invoice_id)
        if number:
            self.status.emit(self.tr("{number} issued.").format(number=number))
            self.changed.emit(invoice_id)

    # -- documents ------------------------------------------------------------------------
    def _profile(self):
        return getattr(self.widget.window(), "profile", None)

    def pdf(self, invoice_id: int) -> None:
        """The Factur-X PDF in the app's viewer, filed once on the contract's timeline."""
        from desktop.ui.invoices.documents import show_invoice_pdf

        show_invoice_pdf(self.widget, self._profile(), invoice_id)

    def send_by_email(self, invoice_id: int) -> None:
        """The invoice (or credit note) to the client; it becomes "sent" once it has left."""
        from desktop.ui.invoices.documents import send_invoice

        result = send_invoice(self.widget, self._profile(), invoice_id)
        if result is not None:
            self.status.emit(
                self.tr("E-mail sent to {to}.").format(to=", ".join(result.recipients))
            )
            self.changed.emit(invoice_id)

    def reminder_letter(self, invoice_id: int) -> None:
        """The letter of the reminder due (or of the last one recorded), in the viewer."""
        from desktop.ui.invoices.documents import show_reminder_letter

        show_reminder_letter(self.widget, self._profile(), invoice_id)

    def send_reminder(self, invoice_id: int) -> None:
        """The reminder due, by e-mail with its letter; recorded once it has left."""
        from desktop.ui.invoices.documents import send_reminder

        result = send_reminder(self.widget, self._profile(), invoice_id)
        if result is not None:
            self.status.emit(self.tr("Reminder sent and recorded: {title}").format(
                title=result.title
            ))  # fmt: skip
            self.changed.emit(invoice_id)

    def mark_sent(self, invoice_id: int) -> None:
        try:
            invoices.mark_sent(invoice_id, clock.today())
        except DomainError as exc:
            show_error(self.widget, self.tr("Sent"), exc)
            return
        self.status.emit(self.tr("Marked as sent today."))
        self.changed.emit(invoice_id)

    def record_payment(self, invoice_id: int) -> None:
        from desktop.ui.invoices.dialogs import PaymentDialog

        invoice = records.invoice_detail(invoice_id).invoice
        if invoice.issued_at is None or invoice.kind != InvoiceKind.INVOICE:
            QMessageBox.information(
                self.widget,
                self.tr("Payment"),
                self.tr("Payments are recorded on issued invoices: issue this one first."),
            )
            return
        dialog = PaymentDialog(invoice_id, self.widget)
        if dialog.exec():
            self.status.emit(self.tr("Payment recorded."))
            self.changed.emit(invoice_id)

    def credit_note(self, invoice_id: int) -> None:
        from desktop.ui.invoices.dialogs import CreditNoteDialog

        invoice = records.invoice_detail(invoice_id).invoice
        if invoice.issued_at is None or invoice.kind != InvoiceKind.INVOICE:
            QMessageBox.information(
                self.widget,
                self.tr("Credit note"),
                self.tr("Only an issued invoice is credited; a draft is simply changed."),
            )
            return
        dialog = CreditNoteDialog(invoice_id, self.widget)
        if not dialog.exec():
            return
        if dialog.issued_number:
            self.status.emit(
                self.tr("Credit note {number} issued.").format(number=dialog.issued_number)
            )
        else:
            self.status.emit(self.tr("Credit note saved as a draft."))
        self.changed.emit(dialog.note_id)

    def penalty(self, invoice_id: int) -> None:
        from desktop.ui.invoices.dialogs import PenaltyDialog

        invoice = records.invoice_detail(invoice_id).invoice
        if invoice.due_date is None or invoice.due_date >= clock.today():
            QMessageBox.information(
                self.widget,
                self.tr("Late penalties"),
                self.tr("This invoice is not late: penalties run from the day after its due date."),
            )
            return
        dialog = PenaltyDialog(invoice_id, self.widget)
        if not dialog.exec():
            return
        self.changed.emit(dialog.draft_id)
        self.open_draft(dialog.draft_id)  # check it, then issue it

    def history(self, invoice_id: int) -> None:
        from desktop.ui.invoices.dialogs import HistoryDialog

        HistoryDialog(invoice_id, self.widget).exec()
