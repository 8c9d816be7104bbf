"""The outbox: e-mails that failed (or were interrupted), with why, and Retry.

Retry sends the very message that was previewed (its ``.eml``); once it goes out it
is written to the record's traces like any other send. Remove drops it for good.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.domain.errors import DomainError
from desktop.profile import Profile
from desktop.services import mail_kinds, mail_settings, mailing
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.mail.notices import Notice
from desktop.ui.mail.send_dialog import trace_wording

DATA_ROLE = Qt.ItemDataRole.UserRole


def status_text(entry: mailing.OutboxEntry) -> str:
    if entry.status == mailing.SENT_UNRECORDED:
        return QCoreApplication.translate("Outbox", "Sent, but not written to the traces")
    if entry.status == mailing.SENDING:
        return QCoreApplication.translate(
            "Outbox", "Interrupted while sending: it may or may not have left"
        )
    return QCoreApplication.translate("Outbox", "Not sent")


class OutboxDialog(QDialog):
    changed = Signal()  # an e-mail was sent or removed

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxDialog")
        self.setWindowTitle(self.tr("Outbox"))
        self.resize(980, 460)
        self.profile = profile
        intro = QLabel(
            self.tr(
                "E-mails that could not be sent. Fix what the reason says (Settings > "
                "E-mail, the address), then Retry: the same message goes out and is written "
                "to the record's traces."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        self.tree = QTreeWidget()
        self.tree.setObjectName("outbox")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [self.tr("Subject"), self.tr("To"), self.tr("Kind"), self.tr("Status"),
             self.tr("Attempts"), self.tr("Last attempt")]
        )  # fmt: skip
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.reason = Notice("outboxReason")
        self.retry_button = QPushButton(icon("send"), self.tr("Retry"))
        self.retry_button.setObjectName("retry")
        self.retry_button.clicked.connect(self.retry)
        self.remove_button = QPushButton(icon("delete"), self.tr("Remove"))
        self.remove_button.setObjectName("remove")
        self.remove_button.clicked.connect(self.remove)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        self.empty = QLabel(self.tr("The outbox is empty: every e-mail was sent."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        lang = i18n.language()
        for entry in mailing.outbox():
            kind = mail_kinds.KINDS.get(entry.kind)
            label = QCoreApplication.translate("MailKind", kind.label) if kind else entry.kind
            last = entry.last_attempt_at or entry.created_at
            when = f"{formatting.format_date(last.date(), lang)} {last:%H:%M}"
            item = QTreeWidgetItem(
                [entry.title, entry.shown_to, label, status_text(entry), str(entry.attempts), when]
            )
            item.setData(0, DATA_ROLE, entry)
            if entry.error is not None:
                for column in range(6):
                    item.setToolTip(column, i18n.tr_message(entry.error))
            self.tree.addTopLevelItem(item)
        has_rows = self.tree.topLevelItemCount() > 0
        self.tree.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if has_rows:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._selection_changed()

    def selected(self) -> mailing.OutboxEntry | None:
        item = self.tree.currentItem()
        return item.data(0, DATA_ROLE) if item is not None else None

    def _selection_changed(self) -> None:
        entry = self.selected()
        self.retry_button.setEnabled(entry is not None and entry.status != mailing.SENT_UNRECORDED)
        self.remove_button.setEnabled(entry is not None)
        if entry is None or entry.error is None:
            self.reason.clear_message()
            return
        names = ", ".join(entry.attachment_names)
        text = i18n.tr_message(entry.error)
        if names:
            text += "\n" + self.tr("Attachments: {names}").format(names=names)
        self.reason.show_message(text, "error")

    def retry(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        from desktop.ui.mail.password_prompt import ask_password
        from desktop.ui.tasks import run_with_progress

        account = mail_settings.load_account()
        go_on, password = ask_password(account, self)
        if not go_on:
            return
        result = mailing.SendResult()
        wording = trace_wording()
        self.retry_button.setEnabled(False)

        profile, outbox_id = self.profile, entry.id  # the worker must not hold the dialog

        def steps():
            return mailing.retry_steps(
                profile, outbox_id, account, password, result, wording=wording
            )

        def done(completed: bool) -> None:
            self.refresh()
            if completed:
                self.changed.emit()
                self.reason.show_message(
                    self.tr("Sent: “{subject}”.").format(subject=entry.title), "ok"
                )

        def failed(exc: Exception) -> None:
            self.refresh()
            self.changed.emit()
            if isinstance(exc, DomainError):
                self.reason.show_message(i18n.tr_error(exc), "error")

        run_with_progress(self, self.tr("Sending the e-mail"), steps, done, failed)

    def remove(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove"),
            self.tr("Remove “{subject}” from the outbox? It will not be sent.").format(
                subject=entry.title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        mailing.discard(self.profile, entry.id)
        self.refresh()
        self.changed.emit()
