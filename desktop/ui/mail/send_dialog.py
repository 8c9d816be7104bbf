"""The send dialog: recipient, template (editable for this e-mail), live preview, Send.

The preview shows the subject and body exactly as the recipient will read them; a
variable that is unknown or has no value is named above it and Send stays disabled.
Sending runs on the writer thread behind a progress dialog; a failure is explained
here and the e-mail waits in the outbox (Settings > E-mail > Outbox) to be retried.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.mail.templates import Template, TemplateError
from desktop.profile import Profile
from desktop.services import mail_kinds, mail_settings, mailing
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.mail.notices import Notice

LANGUAGES = (("fr", "Français"), ("en", "English"))


def trace_wording() -> mailing.TraceWording:
    """The lines of the trace written after a send, in the interface language."""
    return mailing.TraceWording(
        QCoreApplication.translate("SendMail", "To: {to}"),
        QCoreApplication.translate("SendMail", "Attachments: {names}"),
    )


def variables_text(kind: mail_kinds.MailKind) -> str:
    names = {**mail_kinds.COMMON_VARIABLES, **kind.variables}
    return "\n".join(
        f"{{{name}}} — {QCoreApplication.translate('MailVariable', text)}"
        for name, text in names.items()
    )


class SendMailDialog(QDialog):
    """Send one e-mail of ``kind`` about ``record_id``; ``sent`` carries the SendResult."""

    sent = Signal(object)

    def __init__(
        self,
        profile: Profile,
        kind: str,
        record_id: int,
        parent: QWidget | None = None,
        *,
        language: str | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendMailDialog")
        self.profile = profile
        self.kind = mail_kinds.get(kind)
        self.today = today
        self.result: mailing.SendResult | None = None
        self.kept_in_outbox = False  # a failed attempt is there: Retry it, don't send twice
        self.account = mail_settings.load_account()
        self.draft = mailing.make_draft(
            profile, kind, record_id, language or i18n.language(), self.account, today
        )
        self.setWindowTitle(
            self.tr("Send by e-mail: {kind}").format(
                kind=QCoreApplication.translate("MailKind", self.kind.label)
            )
        )
        self.resize(980, 560)

        self.to = QLineEdit(", ".join(self.draft.to))
        self.to.setObjectName("to")
        self.to.setPlaceholderText(self.tr("name@example.fr (several: separate with commas)"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.draft.language)))
        self.subject = QLineEdit(self.draft.template.subject)
        self.subject.setObjectName("subjectTemplate")
        self.body = QPlainTextEdit(self.draft.template.body)
        self.body.setObjectName("bodyTemplate")
        self.body.setTabChangesFocus(True)
        variables = QLabel(self.tr("Variables: {names}").format(
            names=", ".join("{" + n + "}" for n in sorted(self.kind.known))
        ))  # fmt: skip
        variables.setObjectName("hint")
        variables.setWordWrap(True)
        variables.setToolTip(variables_text(self.kind))
        self.attached = QLabel()
        self.attached.setObjectName("attachments")
        self.attached.setWordWrap(True)
        self.attached.setTextFormat(Qt.TextFormat.RichText)
        self.attached.linkActivated.connect(self.open_attachment)

        form = QFormLayout()
        form.addRow(self.tr("To"), self.to)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Attachments"), self.attached)
        edit_box = QGroupBox(self.tr("Template for this e-mail"))
        edit_layout = QVBoxLayout(edit_box)
        edit_layout.addLayout(form)
        edit_layout.addWidget(self.body, 1)
        edit_layout.addWidget(variables)

        self.preview_subject = QLabel()
        self.preview_subject.setObjectName("previewSubject")
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setStyleSheet("font-weight: 600;")
        self.preview_to = QLabel()
        self.preview_to.setObjectName("hint")
        self.preview_to.setWordWrap(True)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        self.preview.setStyleSheet("QPlainTextEdit#preview { background: #f8fafc; }")
        preview_box = QGroupBox(self.tr("Preview: what the recipient reads"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview_to)
        preview_layout.addWidget(self.preview_subject)
        preview_layout.addWidget(self.preview, 1)

        columns = QHBoxLayout()
        columns.addWidget(edit_box, 1)
        columns.addWidget(preview_box, 1)

        self.problem = Notice("sendProblem")
        self.account_notice = Notice("accountNotice")
        self.record_notice = Notice("recordNotice")  # what Send also does (a draft numbered)
        self.buttons = QDialogButtonBox()
        self.send_button = QPushButton(icon("send"), self.tr("Send"))
        self.send_button.setObjectName("send")
        self.send_button.setDefault(True)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.send_button.clicked.connect(self.send)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.account_notice)
        layout.addWidget(self.record_notice)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh_preview)
        for signal in (self.to.textChanged, self.subject.textChanged, self.body.textChanged):
            signal.connect(self._timer.start)
        self.language.currentIndexChanged.connect(self.language_changed)
        if not self.account.configured:
            self.account_notice.show_message(
                self.tr(
                    "Your e-mail account is not set up yet: fill in Settings > E-mail "
                    "(server and sender address) before sending."
                ),
                "warning",
            )
        self.show_draft_details()
        self.refresh_preview()
        self.body.setFocus()

    def show_attachments(self) -> None:
        """The attached files, each a link that shows it as it will leave."""
        names = self.draft.names()
        if not names:
            self.attached.setText(self.tr("No attachment"))
            return
        self.attached.setText(
            ", ".join(f'<a href="{i}">{html.escape(name)}</a>' for i, name in enumerate(names))
        )
        self.attached.setToolTip(self.tr("Click a file to see it as it will be attached."))

    def open_attachment(self, link: str) -> None:
        index = int(link)
        path, name = self.draft.attachments[index], self.draft.names()[index]
        if path.suffix.lower() == ".pdf":
            from desktop.ui.documents.preview import PdfPreviewDialog

            dialog = PdfPreviewDialog(path, name, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            dialog.exec()
        else:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def show_draft_details(self) -> None:
        """The attachments, and what Send also does to the record (a draft numbered)."""
        self.show_attachments()
        if self.draft.notice is None:
            self.record_notice.clear_message()
        else:
            self.record_notice.show_message(i18n.tr_message(self.draft.notice), "info")

    # -- template and preview ------------------------------------------------------------
    def current_draft(self) -> mailing.MailDraft:
        return replace(
            self.draft,
            to=mailing.split_recipients(self.to.text()),
            template=Template(self.subject.text(), self.body.toPlainText()),
        )

    def refresh_preview(self) -> bool:
        """Fill the template; show the result, or name what blocks. True when sendable."""
        self._timer.stop()
        draft = self.current_draft()
        self.preview_to.setText(
            self.tr("To: {to}").format(to=", ".join(draft.to) or "—")
            + (self.tr(" · blind copy to you") if self.account.bcc_self else "")
        )
        try:
            filled = mailing.preview(draft)
        except TemplateError as exc:
            self.preview_subject.setText("")
            self.preview.setPlainText("")
            self.problem.show_message(i18n.tr_error(exc), "error")
            self.send_button.setEnabled(False)
            return False
        self.preview_subject.setText(filled.subject)
        self.preview.setPlainText(filled.body)
        if not draft.to:
            self.problem.show_message(
                self.tr("Write the recipient's address: the record has none."), "error"
            )
            self.send_button.setEnabled(False)
            return False
        if self.kept_in_outbox:
            self.send_button.setEnabled(False)
            return False
        self.problem.clear_message()
        self.send_button.setEnabled(self.account.configured)
        return True

    def language_changed(self) -> None:
        language = self.language.currentData()
        mailing.drop_built_documents(self.profile, self.draft)  # the new draft builds its own
        self.draft = mailing.make_draft(
            self.profile, self.draft.kind, self.draft.record_id, language, self.account, self.today
        )
        self.subject.blockSignals(True)
        self.body.blockSignals(True)
        self.subject.setText(self.draft.template.subject)
        self.body.setPlainText(self.draft.template.body)
        self.subject.blockSignals(False)
        self.body.blockSignals(False)
        self.show_draft_details()
        self.refresh_preview()

    def done(self, code: int) -> None:
        """Closing without sending drops the PDFs built for this e-mail."""
        if self.result is None:
            mailing.drop_built_documents(self.profile, self.draft)
        super().done(code)

    # -- sending ---------------------------------------------------------------------------
    def send(self) -> None:
        if not self.refresh_preview():
            return
        from desktop.ui.mail.password_prompt import ask_password
        from desktop.ui.tasks import run_with_progress

        go_on, password = ask_password(self.account, self)
        if not go_on:
            return
        if any(not path.exists() for path in self.draft.attachments):
            # a cancelled attempt took the built PDF into its (discarded) message: build again
            self.draft = mailing.make_draft(
                self.profile, self.draft.kind, self.draft.record_id, self.draft.language,
                self.account, self.today,
            )  # fmt: skip
            self.show_draft_details()
        draft = self.current_draft()
        result = mailing.SendResult()
        wording = trace_wording()
        self.send_button.setEnabled(False)

        # Locals, not self: the worker thread drops its references when it ends, and the
        # dialog's last one dying there deadlocks or crashes Qt (see ui/tasks.py).
        profile, account, today = self.profile, self.account, self.today

        def steps():
            return mailing.send_steps(
                profile, draft, account, password, result, wording=wording, today=today
            )

        def kept() -> bool:
            """Whether this attempt waits in the outbox (a failure, or a Cancel once the
            document was numbered): sending again from here would send it twice."""
            self.kept_in_outbox = result.outbox_id is not None and any(
                entry.id == result.outbox_id for entry in mailing.outbox()
            )
            self.send_button.setEnabled(not self.kept_in_outbox)
            return self.kept_in_outbox

        def done(completed: bool) -> None:
            if completed or result.recorded:  # a Cancel pressed too late: it went out
                self.result = result
                self.sent.emit(result)
                self.accept()
            elif kept():
                self.problem.show_message(
                    self.tr(
                        "Cancelled: the e-mail waits in the outbox (Settings > E-mail), "
                        "where Retry sends it."
                    ),
                    "warning",
                )
            else:
                self.send_button.setEnabled(True)

        def failed(exc: Exception) -> None:
            kept()
            if isinstance(exc, DomainError):
                text = i18n.tr_error(exc)
            else:
                text = self.tr("The e-mail could not be sent: {error}").format(
                    error=type(exc).__name__
                )
            if self.kept_in_outbox and not result.sent:
                text += "\n" + self.tr(
                    "It is kept in the outbox (Settings > E-mail): retry it from there."
                )
            self.problem.show_message(text, "error")

        run_with_progress(self, self.tr("Sending the e-mail"), steps, done, failed)


def send_by_email(
    parent: QWidget,
    profile: Profile,
    kind: str,
    record_id: int,
    language: str | None = None,
    today: dt.date | None = None,
) -> mailing.SendResult | None:
    """Open the send dialog for ``kind`` about ``record_id``; the result once sent.

    ``language``: the e-mail's language to start with (a document's own); else the
    interface's. ``today``: the screen's clock (the invoicing screens date a reminder
    letter and a sending by it); else the system's. A document that cannot be made (My
    company incomplete, a clause variable unfilled) is explained as the PDF buttons
    explain it."""
    try:
        dialog = SendMailDialog(profile, kind, record_id, parent, language=language, today=today)
    except DomainError as exc:
        from PySide6.QtWidgets import QMessageBox

        from desktop.services.company import CompanyIncompleteError

        if isinstance(exc, CompanyIncompleteError):
            from desktop.ui.documents.building import explain_failure

            explain_failure(parent, exc)  # with its button to My company
            return None
        QMessageBox.warning(
            parent, QCoreApplication.translate("SendMail", "E-mail"), i18n.tr_error(exc)
        )
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    return dialog.result if dialog.exec() else None
