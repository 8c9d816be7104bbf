"""The "Reminders due" group of To do: overdue invoices whose next reminder's day has come.

Each row is an invoice: the client, the reminder due (friendly, second, formal notice,
from Settings > Invoicing), the balance and the interest accrued, the due date and how
late. *Send by e-mail…* sends the reminder with its letter and records it; *Letter (PDF)*
shows the letter (to print and post); *Done* offers the e-mail, or records the reminder
as sent another way today (written in the client's traces, with the interest and the 40
EUR indemnity); *Open* shows the invoice. The page calls
:func:`add_reminders` when it fills its tree and :func:`handle` for its actions.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.domain import formatting
from desktop.services import receivables
from desktop.services.invoices import interest_owed
from desktop.services.late_payment_rates import rate_table
from desktop.services.receivables import ReminderDue
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.followups.rows import DATA_ROLE, _late, _tooltip, due_text, section_item

translate = QCoreApplication.translate  # lupdate reads translate("Reminders", "...")
LIMIT = 100


def reminder_item(reminder: ReminderDue, interest: Decimal) -> QTreeWidgetItem:
    """Number and client, the reminder due, balance and interest (computed on the reader
    thread by :func:`read_reminders`), due date and lateness."""
    lang = i18n.language()
    level = QCoreApplication.translate("Receivables", reminder.level_label)
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


def read_reminders(today: dt.date) -> tuple[list[ReminderDue], dict[int, Decimal]]:
    """The reminders due and the interest accrued on each invoice by ``today``, keyed by
    invoice id (on the reader thread: the page's UI thread never reads the database)."""
    due = receivables.reminders_due(today, limit=LIMIT)
    table = rate_table()
    return due, {r.invoice_id: interest_owed(r.invoice_id, today, table) for r in due}


def add_reminders(tree: QTreeWidget, due: list[ReminderDue], interests: dict[int, Decimal]) -> int:
    """Put the "Reminders due" group first (money waits for nobody; nothing when none is
    due); returns the count."""
    if due:
        section = section_item(tree, translate("Reminders", "Reminders due"), len(due), late=True)
        tree.takeTopLevelItem(tree.indexOfTopLevelItem(section))
        tree.insertTopLevelItem(0, section)
        section.setFirstColumnSpanned(True)  # lost when the item left the tree
        for reminder in due:
            section.addChild(
                reminder_item(reminder, interests.get(reminder.invoice_id, Decimal(0)))
            )
    return len(due)


def handle(page: QWidget, current: object, action: str, today: dt.date) -> bool:
    """The page's actions on a reminder row (``open``, ``done``, ``letter``, ``email``);
    False for other rows."""
    if not isinstance(current, ReminderDue):
        return False
    if action == "open":
        page.open_record.emit("invoices", current.invoice_id)
        return True
    if action == "letter":
        show_letter(page, current)
        return True
    if action == "email":
        send(page, current)
        return True
    level = QCoreApplication.translate("Receivables", current.level_label)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Reminders", "Reminder"),
        translate(
            "Reminders",
            "The {level} for invoice {number} ({company}): send it by e-mail with its "
            "letter, or record it as sent another way (post, phone) today? Either way it "
            "is written in the client's traces with the interest accrued and the 40 € "
            "indemnity.",
        ).format(level=level.lower(), number=current.number, company=current.company),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        page,
    )
    box.setObjectName("reminderDone")
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Reminders", "Record as sent"))
    email = None
    if getattr(page, "profile", None) is not None:
        email = box.addButton(
            translate("Reminders", "Send by e-mail…"), QMessageBox.ButtonRole.ActionRole
        )
        box.setDefaultButton(email)
    box.exec()
    if email is not None and box.clickedButton() is email:
        send(page, current)
        return True
    if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
        return True

    def change() -> str:
        receivables.record_reminder(current.invoice_id, today)
        return translate("Reminders", "{level} recorded for {number}.").format(
            level=level, number=current.number
        )

    page._apply(change)
    return True


def show_letter(page: QWidget, current: ReminderDue) -> None:
    """The letter of the reminder due, in the app's viewer (to print and post, or look)."""
    if page.profile is None:
        return
    from desktop.ui.invoices.documents import show_reminder_letter

    show_reminder_letter(page, page.profile, current.invoice_id)


def send(page: QWidget, current: ReminderDue) -> None:
    """The reminder due, by e-mail with its letter; once sent it is recorded and the row
    goes (or moves on to the next level when its day has come too)."""
    if page.profile is None:
        return
    from desktop.ui.invoices.documents import send_reminder

    result = send_reminder(page, page.profile, current.invoice_id)
    if result is None:
        return
    page.refresh()
    page.records_changed.emit()
    page.status_message.emit(
        translate("Reminders", "Reminder sent and recorded: {title}").format(title=result.title)
    )
