"""The people of a company: a tab of the company detail, and the contact dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.validation import ContactDraft
from desktop.services import contacts
from desktop.services.companies import company_detail
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.record_dialog import RecordDialog, form_page, line_edit


class ContactDialog(RecordDialog):
    record_table = "contact"  # saving checks the row version (changed elsewhere?)

    def __init__(
        self, company_id: int, contact_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(contact_id, parent)
        self.setObjectName("contactDialog")
        self.company_id = company_id
        self.setWindowTitle(
            self.tr("New contact") if contact_id is None else self.tr("Edit contact")
        )
        self.first_name = line_edit("first_name")
        self.last_name = line_edit("last_name")
        self.role = line_edit("role", self.tr("e.g. CIO, buyer, project manager"))
        self.email = line_edit("email")
        self.phone = line_edit("phone", "06 12 34 56 78")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setFixedHeight(80)
        self.finish(
            [
                [
                    form_page(
                        [
                            ("first_name", self.first_name, False),
                            ("last_name", self.last_name, True),
                            ("role", self.role, False),
                            ("email", self.email, False),
                            ("phone", self.phone, False),
                            ("notes", self.notes, False),
                        ]
                    )
                ]
            ],
            {
                "first_name": self.first_name,
                "last_name": self.last_name,
                "role": self.role,
                "email": self.email,
                "phone": self.phone,
                "notes": self.notes,
            },
        )
        if contact_id is not None:
            d = contacts.contact_draft(contact_id)
            for edit, value in (
                (self.first_name, d.first_name),
                (self.last_name, d.last_name),
                (self.role, d.role),
                (self.email, d.email),
                (self.phone, d.phone),
            ):
                edit.setText(value)
            self.notes.setPlainText(d.notes)
        self.first_name.setFocus()

    def draft(self) -> ContactDraft:
        return ContactDraft(
            self.company_id,
            self.last_name.text(),
            self.first_name.text(),
            self.role.text(),
            self.email.text(),
            self.phone.text(),
            self.notes.toPlainText(),
        )

    def create(self, draft: ContactDraft) -> int:
        return contacts.create_contact(draft)

    def update(self, record_id: int, draft: ContactDraft) -> None:
        contacts.update_contact(record_id, draft)


class ContactsTab(QWidget):
    """Contacts of the company shown; add, edit (double-click), delete with undo."""

    changed = Signal()
    deleted = Signal(object)  # the undo snapshot
    open_traces = Signal(int)  # contact id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.company_id: int | None = None
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("contactsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Phone"), self.tr("E-mail"), self.tr("Role")]
        )
        # fit: every column as wide as its text, never wrapped (an e-mail or a phone number
        # broke mid-word); what a narrow pane cannot show is the role, last, a scroll away
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.empty = QLabel(self.tr("No contact yet: add the people you deal with."))
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        add = QPushButton(icon("add"), self.tr("Add a contact"))
        add.setObjectName("addContact")
        add.clicked.connect(self.add)
        edit = QPushButton(icon("edit"), self.tr("Edit"))
        edit.clicked.connect(self.edit_selected)
        delete = QPushButton(icon("delete"), self.tr("Delete"))
        delete.clicked.connect(self.delete_selected)
        traces = QPushButton(icon("note"), self.tr("Written traces…"))
        traces.setToolTip(self.tr("Notes, exchanges and minutes with this contact"))
        traces.clicked.connect(self._open_traces)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        from desktop.ui.overflow_bar import OverflowBar

        buttons = OverflowBar()  # fit: a narrow detail pane puts the last ones under "More"
        for button in (add, edit, delete, traces):
            buttons.add_button(button)
        layout = QVBoxLayout(self)
        layout.addWidget(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)

    def set_company(self, company_id: int | None) -> None:
        self.company_id = company_id
        self.table.setRowCount(0)
        people = company_detail(company_id).contacts if company_id is not None else []
        for person in people:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate((person.name, person.phone, person.email, person.role)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not people)

    def _selected(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _open_traces(self) -> None:
        contact_id = self._selected()
        if contact_id is not None:
            self.open_traces.emit(contact_id)

    def add(self) -> None:
        if self.company_id is not None and ContactDialog(self.company_id, None, self).exec():
            self.set_company(self.company_id)
            self.changed.emit()

    def edit_selected(self) -> None:
        contact_id = self._selected()
        if contact_id is not None and ContactDialog(self.company_id, contact_id, self).exec():
            self.set_company(self.company_id)
            self.changed.emit()

    def delete_selected(self) -> None:
        contact_id = self._selected()
        if contact_id is None:
            return
        name = self.table.selectedItems()[0].text()
        from desktop.ui.confirm import confirm_delete

        if not confirm_delete(
            self,
            self.tr("Delete"),
            self.tr("Delete the contact “{name}” and their notes?").format(name=name),
        ):
            return
        try:
            snapshot = contacts.delete_contact(contact_id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Cannot delete"), i18n.tr_error(exc))
            return
        self.set_company(self.company_id)
        self.deleted.emit(snapshot)
        self.changed.emit()
