"""The "Deposits to invoice" group of To do: accepted quotes whose deposit is not invoiced.

A quote accepted with a deposit flags it for invoicing (``services.deposits``); each row
is one such quote. *Done* (D) or Enter makes the deposit invoice draft in one click and
opens it in the invoice editor, where it is checked, issued and sent; issuing it clears
the row. The page calls :func:`add_deposits` when it fills its tree and :func:`handle`
for its actions.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.domain import formatting
from desktop.domain.errors import DomainError
from desktop.services import deposits
from desktop.services.deposits import DepositDue
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.followups.rows import COLUMNS, DATA_ROLE, more_item, section_item

translate = QCoreApplication.translate  # lupdate reads translate("Deposits", "...")


def deposit_item(due: DepositDue) -> QTreeWidgetItem:
    lang = i18n.language()
    percent = formatting.format_number(due.percent.normalize(), lang)
    context = translate("Deposits", "quote {reference} · {percent} % · {amount} incl. VAT").format(
        reference=due.reference, percent=percent, amount=formatting.format_money(
            due.amount_incl_tax, lang
        )
    )  # fmt: skip
    item = QTreeWidgetItem(
        [f"{due.company} — {due.title}", translate("Deposits", "Deposit invoice"), context, "", ""]
    )
    item.setData(0, DATA_ROLE, due)
    item.setIcon(0, icon("invoices"))
    tip = translate(
        "Deposits", "D or Enter makes the deposit invoice and opens it: check it, then issue it."
    )
    for column in range(COLUMNS):
        item.setToolTip(column, tip)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def read_deposits(limit: int) -> tuple[list[DepositDue], int]:
    """The oldest accepted quotes whose deposit waits for its invoice, and how many wait
    in all (on the reader thread)."""
    due = deposits.deposits_due(limit)
    return due, (len(due) if len(due) < limit else deposits.count_deposits_due())


def add_deposits(tree: QTreeWidget, due: list[DepositDue], total: int, limit: int) -> int:
    """The group, when a deposit waits for its invoice (the ``limit`` oldest, and a line
    saying how many more); returns the count."""
    if due:
        section = section_item(tree, translate("Deposits", "Deposits to invoice"), total)
        for row in due:
            section.addChild(deposit_item(row))
        more_item(section, total - len(due), limit)
    return total


def make_deposit_invoice(parent: QWidget, quote_id: int, profile=None) -> int | None:
    """The deposit invoice draft of an accepted quote, opened in the editor; its id.

    Issued with *Issue and send by e-mail…*, the e-mail follows (with a profile)."""
    from desktop.ui.invoices.editor import InvoiceEditor

    try:
        draft_id = deposits.deposit_invoice_draft(quote_id)
    except DomainError as exc:
        QMessageBox.warning(parent, translate("Deposits", "Deposit invoice"), i18n.tr_error(exc))
        return None
    editor = InvoiceEditor(draft_id, parent)
    editor.exec()
    if editor.issued_number and editor.send_after and profile is not None:
        from desktop.ui.invoices.documents import send_invoice

        send_invoice(parent, profile, draft_id)
    return draft_id


def handle(page: QWidget, current: object, action: str) -> bool:
    """``open`` and ``done`` on a deposit row: make its invoice; False for other rows."""
    if not isinstance(current, DepositDue):
        return False
    draft_id = make_deposit_invoice(page, current.quote_id, page.profile)
    if draft_id is not None:
        page.refresh()
        page.records_changed.emit()
    return True
