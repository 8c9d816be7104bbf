"""Asking for the SMTP password when none is saved: save it in the keyring, or keep it
for this session only (the only choice when no keyring can be used)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import credentials
from desktop.services import mail_settings
from desktop.services.mail_settings import MailAccount
from desktop.ui import i18n
from desktop.ui.mail.notices import Notice


class PasswordPrompt(QDialog):
    def __init__(self, account: MailAccount, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordPrompt")
        self.setWindowTitle(self.tr("Password of the e-mail account"))
        self.setMinimumWidth(460)
        self.account = account
        problem = credentials.keyring_problem()
        intro = QLabel(
            self.tr("Type the password of {user} on {host}.").format(
                user=account.user, host=account.host
            )
        )
        intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.save = QCheckBox(self.tr("Save it in the keyring"))
        self.save.setObjectName("savePassword")
        self.notice = Notice("keyringNotice")
        if problem is None:
            self.save.setChecked(True)
        else:
            self.save.setChecked(False)
            self.save.setEnabled(False)
            self.notice.show_message(i18n.tr_error(problem), "warning")
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.save)
        self.error = Notice("passwordError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept_password)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept_password(self) -> None:
        typed = self.password.text()
        if not typed:
            self.error.show_message(self.tr("Type the password."), "error")
            return
        if self.save.isChecked():
            try:
                mail_settings.save_password(self.account, typed)
            except credentials.CredentialsError as exc:
                # Nothing stored anywhere: the password serves this session only.
                mail_settings.use_for_session(self.account, typed)
                self.error.show_message(
                    i18n.tr_error(exc)
                    + "\n"
                    + self.tr("The password is kept for this session only."),
                    "warning",
                )
                self.save.setChecked(False)
                self.save.setEnabled(False)
                return
        else:
            mail_settings.use_for_session(self.account, typed)
        self.accept()


def ask_password(account: MailAccount, parent: QWidget) -> tuple[bool, str | None]:
    """(go on, password): the saved one, the one typed for this session, or asked now.

    The password is None for an account without a user name (no sign-in); "go on" is
    False when the user cancelled the prompt.
    """
    from desktop.mail.errors import PasswordNeededError

    try:
        return True, mail_settings.password_for(account)
    except PasswordNeededError:
        pass
    prompt = PasswordPrompt(account, parent)
    if not prompt.exec():
        return False, None
    return True, mail_settings.password_for(account)
