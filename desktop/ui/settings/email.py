"""Settings > E-mail: the SMTP account, its password in the keyring, a test e-mail,
the templates of each kind and language, the check-in schedule, the outbox.

The password is written to the OS keyring only. Without a usable keyring the page
says why and how to fix it, and a password typed here serves this session only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import credentials
from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.validation import REQUIRED
from desktop.mail.server import DEFAULT_PORTS, Security
from desktop.mail.templates import Template
from desktop.profile import Profile
from desktop.services import mail_kinds, mail_settings, mailing
from desktop.services.mail_settings import MailAccount
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.mail.notices import Notice
from desktop.ui.mail.send_dialog import LANGUAGES, variables_text
from desktop.ui.widgets import ErrorBanner, FieldErrors

BACKEND_NAMES = {
    "keyring.backends.SecretService.Keyring": "Secret Service — GNOME Keyring, KWallet…",
    "keyring.backends.libsecret.Keyring": "Secret Service (libsecret)",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Locker",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
}


def backend_label(name: str) -> str:
    return BACKEND_NAMES.get(name, name.rsplit(".", 1)[-1])


class EmailSettings(QWidget):
    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings-email")
        self.profile = profile
        self.banner = ErrorBanner()
        # One column (the page scrolls): the account and its password first, what a
        # first visit needs; templates and the check-in interval below.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self._server_box())
        layout.addWidget(self._sender_box())
        layout.addWidget(self._password_box())
        layout.addLayout(self._actions_row())
        layout.addWidget(self.outcome)
        layout.addWidget(self._templates_box())
        layout.addWidget(self._checkin_box())
        layout.addStretch(1)
        self.errors = FieldErrors(
            self.banner,
            {
                "host": self.host,
                "port": self.port,
                "security": self.security,
                "user": self.user,
                "sender_name": self.sender_name,
                "sender_address": self.sender_address,
                "reply_to": self.reply_to,
            },
        )
        self.load(mail_settings.load_account())
        self.show_keyring_state()
        self._template_changed()
        self._update_outbox_button()

    # -- building ------------------------------------------------------------------------
    def _server_box(self) -> QGroupBox:
        self.preset = QComboBox()
        self.preset.setObjectName("preset")
        self.preset.addItem(self.tr("Fill in from a provider…"), None)
        for preset in mail_settings.PRESETS:
            self.preset.addItem(preset.name, preset)
        self.preset.activated.connect(self._preset_chosen)
        self.host = QLineEdit()
        self.host.setObjectName("host")
        self.host.setPlaceholderText("smtp.example.fr")
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setGroupSeparatorShown(False)
        self.security = QComboBox()
        self.security.setObjectName("security")
        self.security.addItem(self.tr("SSL/TLS (port 465)"), Security.SSL.value)
        self.security.addItem(self.tr("STARTTLS (port 587)"), Security.STARTTLS.value)
        self.security.addItem(self.tr("None: this computer only (local bridge)"), "none")
        self.security.activated.connect(self._security_chosen)
        self.user = QLineEdit()
        self.user.setObjectName("user")
        self.user.setPlaceholderText(self.tr("usually your e-mail address"))
        self.preset_note = QLabel()
        self.preset_note.setObjectName("hint")
        self.preset_note.setWordWrap(True)
        self.preset_note.hide()
        box = QGroupBox(self.tr("Server"))
        form = QFormLayout(box)
        form.addRow(self.tr("Provider"), self.preset)
        form.addRow("", self.preset_note)
        form.addRow(self.tr("SMTP server"), self.host)
        port_row = QHBoxLayout()
        port_row.addWidget(self.port)
        port_row.addWidget(self.security, 1)
        form.addRow(self.tr("Port and security"), port_row)
        form.addRow(self.tr("User name"), self.user)
        return box

    def _sender_box(self) -> QGroupBox:
        self.sender_name = QLineEdit()
        self.sender_name.setObjectName("sender_name")
        self.sender_address = QLineEdit()
        self.sender_address.setObjectName("sender_address")
        self.reply_to = QLineEdit()
        self.reply_to.setObjectName("reply_to")
        self.reply_to.setPlaceholderText(self.tr("optional"))
        self.bcc_self = QCheckBox(self.tr("Send me a blind copy of every e-mail"))
        self.bcc_self.setObjectName("bcc_self")
        box = QGroupBox(self.tr("Sender"))
        form = QFormLayout(box)
        form.addRow(self.tr("Name"), self.sender_name)
        form.addRow(self.tr("Address"), self.sender_address)
        form.addRow(self.tr("Reply to"), self.reply_to)
        form.addRow("", self.bcc_self)
        return box

    def _password_box(self) -> QGroupBox:
        self.keyring_notice = Notice("keyringState")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_password_button = QPushButton(self.tr("Save in the keyring"))
        self.save_password_button.setObjectName("savePassword")
        self.save_password_button.clicked.connect(self.save_password)
        self.forget_password_button = QPushButton(self.tr("Forget"))
        self.forget_password_button.setObjectName("forgetPassword")
        self.forget_password_button.clicked.connect(self.forget_password)
        self.password_state = QLabel()
        self.password_state.setObjectName("passwordState")
        self.password_state.setWordWrap(True)
        self.password_state.hide()  # shown once there is something to say
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.save_password_button)
        row.addWidget(self.forget_password_button)
        box = QGroupBox(self.tr("Password"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.keyring_notice)
        layout.addLayout(row)
        layout.addWidget(self.password_state)
        return box

    def _actions_row(self) -> QHBoxLayout:
        save = QPushButton(self.tr("Save"))
        save.setObjectName("saveAccount")
        save.clicked.connect(self.save)
        self.test_button = QPushButton(icon("send"), self.tr("Send a test e-mail"))
        self.test_button.setObjectName("sendTest")
        self.test_button.setToolTip(self.tr("Saves the settings, then sends an e-mail to you"))
        self.test_button.clicked.connect(self.send_test)
        self.outbox_button = QPushButton(self.tr("Outbox"))
        self.outbox_button.setObjectName("openOutbox")
        self.outbox_button.clicked.connect(self.open_outbox)
        self.outcome = Notice("testOutcome")
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(self.test_button)
        row.addStretch(1)
        row.addWidget(self.outbox_button)
        return row

    def _templates_box(self) -> QGroupBox:
        self.template_kind = QComboBox()
        self.template_kind.setObjectName("templateKind")
        for kind in mail_kinds.KINDS.values():
            self.template_kind.addItem(
                QCoreApplication.translate("MailKind", kind.label), kind.name
            )
        self.template_language = QComboBox()
        self.template_language.setObjectName("templateLanguage")
        for code, name in LANGUAGES:
            self.template_language.addItem(name, code)
        self.template_language.setCurrentIndex(
            max(0, self.template_language.findData(i18n.language()))
        )
        self.template_subject = QLineEdit()
        self.template_subject.setObjectName("templateSubject")
        self.template_body = QPlainTextEdit()
        self.template_body.setObjectName("templateBody")
        self.template_body.setTabChangesFocus(True)
        self.template_body.setMinimumHeight(160)
        self.template_variables = QLabel()
        self.template_variables.setObjectName("hint")
        self.template_variables.setWordWrap(True)
        self.template_variables.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.template_notice = Notice("templateNotice")
        save = QPushButton(self.tr("Save the template"))
        save.setObjectName("saveTemplate")
        save.clicked.connect(self.save_template)
        reset = QPushButton(self.tr("Restore the default"))
        reset.setObjectName("resetTemplate")
        reset.clicked.connect(self.reset_template)
        self.template_kind.currentIndexChanged.connect(self._template_changed)
        self.template_language.currentIndexChanged.connect(self._template_changed)
        pick = QHBoxLayout()
        pick.addWidget(self.template_kind, 1)
        pick.addWidget(self.template_language)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(reset)
        buttons.addStretch(1)
        box = QGroupBox(self.tr("Templates"))
        layout = QVBoxLayout(box)
        layout.addLayout(pick)
        form = QFormLayout()
        form.addRow(self.tr("Subject"), self.template_subject)
        layout.addLayout(form)
        layout.addWidget(self.template_body, 1)
        layout.addWidget(self.template_variables)
        layout.addWidget(self.template_notice)
        layout.addLayout(buttons)
        return box

    def _checkin_box(self) -> QGroupBox:
        self.checkin_days = QSpinBox()
        self.checkin_days.setObjectName("checkinDays")
        self.checkin_days.setRange(0, 365)
        self.checkin_days.setSpecialValueText(self.tr("never"))
        self.checkin_days.setSuffix(self.tr(" days"))
        self.checkin_days.setValue(mail_settings.checkin_every_days())
        self.checkin_days.valueChanged.connect(mail_settings.set_checkin_every_days)
        hint = QLabel(
            self.tr(
                "To do proposes a short “how is it going?” e-mail to the client of each "
                "active contract at this interval."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        box = QGroupBox(self.tr("Satisfaction check-ins"))
        form = QFormLayout(box)
        form.addRow(self.tr("Every"), self.checkin_days)
        form.addRow(hint)
        return box

    # -- account -------------------------------------------------------------------------
    def load(self, account: MailAccount) -> None:
        self.host.setText(account.host)
        self.port.setValue(account.port)
        self.security.setCurrentIndex(max(0, self.security.findData(account.security)))
        self.user.setText(account.user)
        self.sender_name.setText(account.sender_name)
        self.sender_address.setText(account.sender_address)
        self.reply_to.setText(account.reply_to)
        self.bcc_self.setChecked(account.bcc_self)

    def account(self) -> MailAccount:
        return MailAccount(
            host=self.host.text(),
            port=self.port.value(),
            security=self.security.currentData(),
            user=self.user.text(),
            sender_name=self.sender_name.text(),
            sender_address=self.sender_address.text(),
            reply_to=self.reply_to.text(),
            bcc_self=self.bcc_self.isChecked(),
        )

    def _preset_chosen(self) -> None:
        preset = self.preset.currentData()
        if preset is None:
            self.preset_note.hide()
            return
        self.host.setText(preset.host)
        self.port.setValue(preset.port)
        self.security.setCurrentIndex(self.security.findData(preset.security))
        note = QCoreApplication.translate("MailPreset", preset.note) if preset.note else ""
        self.preset_note.setText(note)
        self.preset_note.setVisible(bool(note))
        if not self.user.text() and self.sender_address.text():
            self.user.setText(self.sender_address.text())

    def _security_chosen(self) -> None:
        chosen = Security(self.security.currentData())
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[chosen])

    def save(self) -> MailAccount | None:
        """Validate and store the account; marks the wrong fields and returns None."""
        self.errors.clear()
        try:
            account = mail_settings.save_account(self.account())
        except ValidationError as exc:
            self.errors.show(exc)
            return None
        self.load(account)
        self.outcome.show_message(self.tr("E-mail settings saved."), "ok")
        return account

    # -- password ------------------------------------------------------------------------
    def show_keyring_state(self) -> None:
        """Say where the password goes, or why it cannot be saved and how to fix it."""
        report = credentials.backend_report()
        self.keyring_usable = report.usable
        if report.usable:
            self.keyring_notice.show_message(
                self.tr(
                    "The password is kept in your system's keyring ({backend}), never in "
                    "Freelance Desk's files."
                ).format(backend=backend_label(report.name)),
                "ok",
            )
            self.password.setPlaceholderText(self.tr("Type it to save or replace it"))
            self.save_password_button.setText(self.tr("Save in the keyring"))
            self.forget_password_button.setEnabled(True)
        else:
            self.keyring_notice.show_message(
                i18n.tr_error(report.problem) + "\n" + self.tr("Nothing is stored anywhere else."),
                "warning",
            )
            self.password.setPlaceholderText(self.tr("Password for this session only"))
            self.save_password_button.setText(self.tr("Use for this session"))
            self.forget_password_button.setEnabled(False)

    def _password_said(self, text: str) -> None:
        self.password_state.setText(text)
        self.password_state.setVisible(bool(text))

    def save_password(self) -> None:
        account = self.save()
        if account is None:
            return
        typed = self.password.text()
        if not typed:
            self._password_said(self.tr("Type the password first."))
            return
        if not account.user:
            self.errors.show(ValidationError([mail_settings.account_field_error("user", REQUIRED)]))
            return
        self.password.clear()
        if not self.keyring_usable:
            mail_settings.use_for_session(account, typed)
            self._password_said(
                self.tr("Password kept for this session only: type it again after a restart.")
            )
            return
        try:
            mail_settings.save_password(account, typed)
        except credentials.CredentialsError as exc:
            mail_settings.use_for_session(account, typed)
            self.keyring_notice.show_message(i18n.tr_error(exc), "warning")
            self._password_said(
                self.tr("Password kept for this session only: type it again after a restart.")
            )
            return
        self._password_said(
            self.tr("Password saved in the keyring for {account}.").format(account=account.key)
        )

    def forget_password(self) -> None:
        account = self.account()
        mail_settings.forget_password(account)
        self._password_said(self.tr("Password forgotten."))

    # -- test e-mail ---------------------------------------------------------------------
    def send_test(self) -> None:
        account = self.save()
        if account is None:
            return
        from desktop.ui.mail.password_prompt import ask_password
        from desktop.ui.tasks import run_task

        go_on, password = ask_password(account, self)
        if not go_on:
            return
        self.test_button.setEnabled(False)
        self.outcome.show_message(
            self.tr("Sending a test e-mail to {address}…").format(address=account.sender_address),
            "info",
        )
        subject = self.tr("Freelance Desk: test e-mail")
        body = self.tr(
            "This e-mail was sent by Freelance Desk to check the settings of your account.\n"
            "Server: {host}:{port}. If you read it, sending works."
        ).format(host=account.host, port=account.port)

        def done(_outcome) -> None:
            self.test_button.setEnabled(True)
            self.outcome.show_message(
                self.tr("Test e-mail sent to {address}: check your inbox.").format(
                    address=account.sender_address
                ),
                "ok",
            )

        def failed(exc: Exception) -> None:
            self.test_button.setEnabled(True)
            text = (
                i18n.tr_error(exc)
                if isinstance(exc, DomainError)
                else self.tr("The test e-mail failed: {error}").format(error=type(exc).__name__)
            )
            self.outcome.show_message(self.tr("Not sent.") + " " + text, "error")

        run_task(
            lambda: mailing.send_test(account, password, subject, body),
            done,
            failed,
        )

    # -- templates -----------------------------------------------------------------------
    def _template_key(self) -> tuple[str, str]:
        return self.template_kind.currentData(), self.template_language.currentData()

    def _template_changed(self) -> None:
        kind, language = self._template_key()
        template = mailing.template_for(kind, language)
        self.template_subject.setText(template.subject)
        self.template_body.setPlainText(template.body)
        spec = mail_kinds.get(kind)
        self.template_variables.setText(
            self.tr("Variables you can use:") + "\n" + variables_text(spec)
        )
        edited = mail_settings.edited_template(kind, language) is not None
        self.template_notice.show_message(
            self.tr("Your own template.") if edited else self.tr("The default template."),
            "info",
        )

    def save_template(self) -> None:
        kind, language = self._template_key()
        template = Template(self.template_subject.text(), self.template_body.toPlainText())
        try:
            mail_settings.save_template(kind, language, template, set(mail_kinds.get(kind).known))
        except DomainError as exc:
            self.template_notice.show_message(i18n.tr_error(exc), "error")
            return
        self.template_notice.show_message(self.tr("Template saved."), "ok")

    def reset_template(self) -> None:
        kind, language = self._template_key()
        mail_settings.reset_template(kind, language)
        self._template_changed()

    # -- outbox --------------------------------------------------------------------------
    def _update_outbox_button(self) -> None:
        count = mailing.outbox_count()
        self.outbox_button.setText(
            self.tr("Outbox ({n})").format(n=count) if count else self.tr("Outbox")
        )

    def open_outbox(self) -> None:
        from desktop.ui.mail.outbox import OutboxDialog

        dialog = OutboxDialog(self.profile, self)
        dialog.exec()
        self._update_outbox_button()
