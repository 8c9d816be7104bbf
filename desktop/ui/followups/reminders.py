"""The "Reminders due" group of To do: overdue invoices whose next reminder's day has come.

Each row is an invoice: the client, the reminder due (friendly, second, formal notice,
from Settings > Invoicing), the balance and the interest accrued, the due date and how
late. *Done* records the reminder as sent today (written in the client's traces, with
the interest and the 40 EUR indemnity); *Open* shows the invoice. The page calls
:func:`add_reminders` when it fills its tree and :func:`handle` for its actions.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.domain import formatting
from desktop.domain.late_payment import RateTable
from desktop.services import receivables
from desktop.services.invoices import interest_owed
from desktop.services.late_payment_rates import rate_table
from desktop.services.receivables import ReminderDue
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.followups.rows import DATA_ROLE, _late, _tooltip, due_text, section_item

translate = QCoreApplication.translate  # lupdate reads translate("Reminders", "...")
LIMIT = 100


def reminder_item(
    reminder: ReminderDue, today: dt.date, table: RateTable | None = None
) -> QTreeWidgetItem:
    """Number and client, the reminder due, balance and interest, due date and lateness."""
    lang = i18n.language()
    level = QCoreApplication.translate("Receivables", reminder.level_label)
    interest = interest_owed(reminder.invoice_id, today, table)
    context = translate("Reminders", "balance {balance} · interest {interest}").format(
        balance=formatting.format_money(reminder.balance, lang),
        interest=formatting.format_money(interest, lang),
    )
    item = QTreeWidgetItem(
        [
            f"{reminder.number} · {reminder.company}",
            level,
            context,
            due_text(reminder.due_date, reminder.days_late),
            "",
        ]
    )
    item.setData(0, DATA_ROLE, reminder)
    item.setIcon(0, icon("invoices"))
    _late(item, reminder.days_late)
    _tooltip(item, f"{reminder.number} · {reminder.company}", level, context)
    return item


def read_reminders(today: dt.date) -> tuple[list[ReminderDue], RateTable]:
    """The reminders due and the late-payment rates (on the reader thread)."""
    return receivables.reminders_due(today, limit=LIMIT), rate_table()


def add_reminders(
    tree: QTreeWidget, due: list[ReminderDue], today: dt.date, table: RateTable
) -> int:
    """Put the "Reminders due" group first (money waits for nobody; nothing when none is
    due); returns the count."""
    if due:
        section = section_item(tree, translate("Reminders", "Reminders due"), len(due), late=True)
        tree.takeTopLevelItem(tree.indexOfTopLevelItem(section))
        tree.insertTopLevelItem(0, section)
        section.setFirstColumnSpanned(True)  # lost when the item left the tree
        for reminder in due:
            section.addChild(reminder_item(reminder, today, table))
    return len(due)


def handle(page: QWidget, current: object, action: str, today: dt.date) -> bool:
    """The page's ``open`` and ``done`` actions on a reminder row; False for other rows."""
    if not isinstance(current, ReminderDue):
        return False
    if action == "open":
        page.open_record.emit("invoices", current.invoice_id)
        return True
    level = QCoreApplication.translate("Receivables", current.level_label)
    answer = QMessageBox.question(
        page,
        translate("Reminders", "Reminder"),
        translate(
            "Reminders",
            "Record the {level} for invoice {number} ({company}) as sent today? It is "
            "written in the client's traces with the interest accrued and the 40 € "
            "indemnity.",
        ).format(level=level.lower(), number=current.number, company=current.company),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return True

    def change() -> str:
        receivables.record_reminder(current.invoice_id, today)
        return translate("Reminders", "{level} recorded for {number}.").format(
            level=level, number=current.number
        )

    page._apply(change)
    return True
