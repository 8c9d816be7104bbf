"""The "Document" tab of a contract: its life, its clauses, its PDF and its versions.

Buttons follow the lifecycle (only what the contract may become is enabled); the
PDF is built off the UI thread, filed on the contract once sent (it then shows in
the Written traces tab) and previewed. The ending assistant starts from here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import contract_rules as rules
from desktop.domain import formatting
from desktop.domain.errors import DomainError
from desktop.domain.vocabulary import ContractParty, ContractStatus
from desktop.profile import Profile
from desktop.services import contracts, documents
from desktop.ui import i18n
from desktop.ui.documents.building import explain_failure
from desktop.ui.documents.flow import make_and_show

translate = QCoreApplication.translate
S = ContractStatus


class SignedDialog(QDialog):
    """When it was signed, and the signed copy (a scan or the signed PDF)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signedDialog")
        self.setWindowTitle(self.tr("Contract signed"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.path = ""
        self.file_label = QLabel(self.tr("No file chosen: add the signed copy later if need be."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Signed copy…"))
        choose.clicked.connect(self.choose)
        form = QFormLayout()
        form.addRow(self.tr("Signed on"), self.date)
        form.addRow(choose, self.file_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Signed copy"), "", self.tr("PDF or image (*.pdf *.png *.jpg *.jpeg)")
        )
        if path:
            self.path = path
            self.file_label.setText(path)

    def signed_on(self) -> dt.date:
        return self.date.date().toPython()


class ContractTab(QWidget):
    """Signal ``changed`` after any change (the list and the detail re-read)."""

    changed = Signal()

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contractTab")
        self.profile = profile
        self.contract_id: int | None = None
        self.today = dt.date.today  # tests pin the date
        self.state = QLabel()
        self.state.setObjectName("contractState")
        self.state.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("hint")
        self.problems.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}

        def button(key: str, text: str, slot) -> QPushButton:
            b = QPushButton(text)
            b.setObjectName(key)
            b.clicked.connect(slot)
            self.buttons[key] = b
            return b

        # Rows: its life; its text and PDF (and by e-mail); the signed copy and the letter.
        life = QGridLayout()
        life.addWidget(button("send", self.tr("Mark as sent"), lambda: self.move(S.SENT)), 0, 0)
        life.addWidget(button("sign", self.tr("Signed…"), self.sign), 0, 1)
        life.addWidget(button("activate", self.tr("Start"), lambda: self.move(S.ACTIVE)), 0, 2)
        life.addWidget(button("end", self.tr("End the mission…"), self.end_mission), 0, 3)
        life.addWidget(button("clauses", self.tr("Clauses and terms…"), self.edit_clauses), 1, 0)
        life.addWidget(button("pdf", self.tr("Contract PDF"), lambda: self.make_pdf()), 1, 1)
        email = button("email", self.tr("Send by e-mail…"), lambda: self.email("contract"))
        email.setToolTip(self.tr("The contract's PDF to the other party; a draft becomes sent."))
        life.addWidget(email, 1, 2)
        life.addWidget(button("copy", self.tr("Add signed copy…"), self.add_copy), 2, 0)
        life.addWidget(button("letter", self.tr("Termination letter"), self.letter_pdf), 2, 1)
        letter_email = button(
            "letterEmail", self.tr("Letter by e-mail…"), lambda: self.email("termination")
        )
        life.addWidget(letter_email, 2, 2)
        self.versions = QListWidget()
        self.versions.setObjectName("versions")
        self.versions.setWordWrap(True)
        self.versions.setMaximumHeight(96)
        self.versions.itemDoubleClicked.connect(lambda _item: self.print_version())
        print_version = button("printVersion", self.tr("Print version"), self.print_version)
        versions_title = QHBoxLayout()
        versions_title.addWidget(QLabel(self.tr("Earlier versions")), 1)
        versions_title.addWidget(print_version)
        versions_row = QVBoxLayout()
        versions_row.addLayout(versions_title)
        versions_row.addWidget(self.versions)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(life)
        layout.addWidget(self.problems)
        layout.addLayout(versions_row)
        layout.addStretch(1)

    # -- showing -------------------------------------------------------------------------
    def set_contract(self, contract_id: int | None) -> None:
        self.contract_id = contract_id
        self.refresh()

    def refresh(self) -> None:
        if self.contract_id is None:
            self.state.setText("")
            for b in self.buttons.values():
                b.setEnabled(False)
            return
        c = contracts.contract(self.contract_id)
        lang = i18n.language()
        status = i18n.tr_label(c.status, ContractStatus)
        party = i18n.tr_label(c.party, ContractParty)
        parts = [f"<b>{c.reference}</b> · {party} · {status}"]
        parts.append(self.tr("version {n}").format(n=c.version))
        if c.sent_on:
            parts.append(
                self.tr("sent on {date}").format(date=formatting.format_date(c.sent_on, lang))
            )
        if c.status in (S.SENT, S.SIGNED, S.ACTIVE):
            parts.append(
                self.tr("signed copy attached")
                if c.signed_copy_id
                else self.tr("signed copy missing")
            )
        self.state.setText(" · ".join(parts))
        allowed = rules.TRANSITIONS.get(c.status, ())
        self.buttons["send"].setEnabled(S.SENT in allowed)
        self.buttons["sign"].setEnabled(S.SIGNED in allowed)
        self.buttons["activate"].setEnabled(S.ACTIVE in allowed)
        self.buttons["end"].setEnabled(S.TERMINATED in allowed)
        self.buttons["clauses"].setEnabled(c.status in rules.EDITABLE)
        self.buttons["copy"].setEnabled(c.status in (S.SENT, S.SIGNED, S.ACTIVE))
        from desktop.services import endings

        self.buttons["letter"].setEnabled(endings.ending_of(c.id) is not None)
        self.buttons["letterEmail"].setEnabled(endings.ending_of(c.id) is not None)
        self.buttons["email"].setEnabled(True)
        self.buttons["pdf"].setEnabled(True)
        problems = contracts.unfilled_variables(self.contract_id)
        if problems:
            lines = [
                self.tr("“{title}” lacks {names}").format(title=title, names=", ".join(names))
                for title, names in problems
            ]
            self.problems.setText(
                self.tr("Before sending, fill or edit: {items}").format(items="; ".join(lines))
            )
        else:
            self.problems.setText("")
        self.versions.clear()
        for v in reversed(contracts.versions(self.contract_id)):
            when = formatting.format_date(v.created_at.date(), lang)
            item = QListWidgetItem(
                self.tr("Version {n}, replaced on {date}: {summary}").format(
                    n=v.number, date=when, summary=v.summary
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, v.number)
            self.versions.addItem(item)
        if self.versions.count():
            self.versions.setCurrentRow(0)
        self.versions.setVisible(self.versions.count() > 0)
        self.buttons["printVersion"].setEnabled(self.versions.count() > 0)

    # -- doing ---------------------------------------------------------------------------
    def _run(self, change) -> bool:
        try:
            change()
        except DomainError as exc:
            explain_failure(self, exc)
            return False
        self.refresh()
        self.changed.emit()
        return True

    def move(self, status: str) -> bool:
        return self._run(lambda: contracts.set_status(self.contract_id, status, self.today()))

    def sign(self) -> None:
        dialog = SignedDialog(self)
        if not dialog.exec():
            return
        self._run(
            lambda: contracts.mark_signed(
                self.profile, self.contract_id, dialog.signed_on(), dialog.path or None
            )
        )

    def add_copy(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Signed copy"), "", self.tr("PDF or image (*.pdf *.png *.jpg *.jpeg)")
        )
        if path:
            self._run(lambda: contracts.attach_signed_copy(self.profile, self.contract_id, path))

    def edit_clauses(self) -> None:
        from desktop.ui.contracts.clauses import ClauseEditorDialog

        if ClauseEditorDialog(self.contract_id, self).exec():
            self.refresh()
            self.changed.emit()

    def make_pdf(self, version: int | None = None) -> None:
        c = contracts.contract(self.contract_id)
        number = version or c.version
        contract_id, profile = self.contract_id, self.profile
        make_and_show(
            self,
            profile,
            lambda target: documents.build_contract(contract_id, target, profile, version),
            documents.file_name("contract", c.reference, number),
            self.tr("Contract {reference}").format(reference=c.reference),
            done=lambda _built: self.changed.emit(),
        )

    def print_version(self) -> None:
        item = self.versions.currentItem()
        number = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if number is not None:
            self.make_pdf(number)

    def letter_pdf(self) -> None:
        c = contracts.contract(self.contract_id)
        contract_id, profile = self.contract_id, self.profile
        make_and_show(
            self,
            profile,
            lambda target: documents.build_termination_of(contract_id, target, profile),
            documents.file_name("termination", c.reference),
            self.tr("Termination letter {reference}").format(reference=c.reference),
        )

    def email(self, kind: str) -> bool:
        """The contract (``contract``) or its termination letter (``termination``) by
        e-mail, in the contract's language; True once sent."""
        from desktop.services import document_mails
        from desktop.ui.mail.send_dialog import send_by_email

        contract_id = self.contract_id
        language = document_mails.document_language(kind, contract_id)
        if send_by_email(self, self.profile, kind, contract_id, language) is None:
            return False
        self.refresh()
        self.changed.emit()
        return True

    def end_mission(self) -> None:
        from desktop.ui.contracts.ending import EndingAssistant

        assistant = EndingAssistant(self.profile, self.contract_id, self.today(), self)
        if assistant.exec():
            self.refresh()
            self.changed.emit()
            box = QMessageBox(self)
            box.setObjectName("missionEnded")
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(self.tr("Mission ended"))
            box.setText(
                self.tr(
                    "The contract ends on {date}. The letter is attached to the contract, "
                    "the talent's availability is updated and a follow-up with the client "
                    "is planned."
                ).format(date=formatting.format_date(assistant.end_date(), i18n.language()))
            )
            send = box.addButton(
                self.tr("Send the letter by e-mail…"), QMessageBox.ButtonRole.AcceptRole
            )
            send.setObjectName("sendLetter")
            box.addButton(QMessageBox.StandardButton.Close)
            box.setDefaultButton(send)
            box.exec()
            if box.clickedButton() is send:
                self.email("termination")
