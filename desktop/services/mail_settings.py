"""The e-mail account of a profile, its password, the templates and the check-in schedule.

The account (server, security, user, sender) is a setting of the profile; its
password lives only in the OS keyring (:mod:`desktop.credentials`), under the account
``user@host``. When no keyring can be used, the password the user types is kept in
memory for this session only. Templates edited by the user are settings too; a kind
without an edited template uses the default of :mod:`desktop.services.mail_kinds`.
"""

from __future__ import annotations

import contextlib
from dataclasses import asdict, dataclass, replace

from desktop import credentials
from desktop.domain import identifiers
from desktop.domain.errors import FieldError, Message, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.validation import REQUIRED
from desktop.mail import errors as mail_errors
from desktop.mail.server import Security, SmtpServer, check_server
from desktop.mail.templates import Template, TemplateError, variables_of
from desktop.services import settings

ACCOUNT_LABELS = {
    "host": QT_TRANSLATE_NOOP("Field", "SMTP server"),
    "port": QT_TRANSLATE_NOOP("Field", "Port"),
    "security": QT_TRANSLATE_NOOP("Field", "Security"),
    "user": QT_TRANSLATE_NOOP("Field", "User name"),
    "sender_name": QT_TRANSLATE_NOOP("Field", "Sender name"),
    "sender_address": QT_TRANSLATE_NOOP("Field", "Sender address"),
    "reply_to": QT_TRANSLATE_NOOP("Field", "Reply-to address"),
}


@dataclass(frozen=True)
class MailAccount:
    host: str = ""
    port: int = 465
    security: str = Security.SSL
    user: str = ""
    sender_name: str = ""
    sender_address: str = ""
    reply_to: str = ""
    bcc_self: bool = True  # a blind copy to the sender: the sent e-mail is in their mailbox

    @property
    def key(self) -> str:
        """The keyring account: ``user@host`` (one password per login and server)."""
        return f"{self.user.strip()}@{self.host.strip().lower()}"

    @property
    def server(self) -> SmtpServer:
        return SmtpServer(self.host.strip(), self.port, self.security, self.user.strip())

    @property
    def configured(self) -> bool:
        return bool(self.host.strip() and self.sender_address.strip())


@dataclass(frozen=True)
class Preset:
    name: str
    host: str
    port: int
    security: str
    note: str = ""  # QT_TRANSLATE_NOOP("MailPreset", ...)


APP_PASSWORD = QT_TRANSLATE_NOOP(
    "MailPreset", "Needs an application password (two-step verification on)."
)
# The providers' documented submission servers (checked on their help pages, 2026).
PRESETS: tuple[Preset, ...] = (
    Preset("Gmail / Google Workspace", "smtp.gmail.com", 465, Security.SSL, APP_PASSWORD),
    Preset("Outlook.com / Hotmail", "smtp-mail.outlook.com", 587, Security.STARTTLS),
    Preset("Microsoft 365", "smtp.office365.com", 587, Security.STARTTLS),
    Preset("iCloud Mail", "smtp.mail.me.com", 587, Security.STARTTLS, APP_PASSWORD),
    Preset("Yahoo Mail", "smtp.mail.yahoo.com", 465, Security.SSL, APP_PASSWORD),
    Preset("OVHcloud", "ssl0.ovh.net", 465, Security.SSL),
    Preset("Orange", "smtp.orange.fr", 465, Security.SSL),
    Preset("Free", "smtp.free.fr", 465, Security.SSL),
    Preset("SFR", "smtp.sfr.fr", 465, Security.SSL),
    Preset("Gandi", "mail.gandi.net", 465, Security.SSL),
    Preset("Infomaniak", "mail.infomaniak.com", 465, Security.SSL),
    Preset("Proton Mail Bridge", "127.0.0.1", 1025, Security.STARTTLS),
)


def load_account() -> MailAccount:
    stored = settings.get("mail.account")
    fields = {k: v for k, v in stored.items() if k in MailAccount.__dataclass_fields__}
    return MailAccount(**fields)


def validate_account(account: MailAccount) -> MailAccount:
    """The account trimmed; raises :class:`ValidationError` naming each bad field."""
    account = replace(
        account,
        host=account.host.strip(),
        user=account.user.strip(),
        sender_name=" ".join(account.sender_name.split()),
        sender_address=account.sender_address.strip(),
        reply_to=account.reply_to.strip(),
    )
    problems: list[FieldError] = []
    try:
        check_server(account.server)
    except ValidationError as exc:
        problems += exc.errors
    for name, required in (("sender_address", True), ("reply_to", False)):
        value = getattr(account, name)
        if not value:
            if required:
                problems.append(account_field_error(name, REQUIRED))
            continue
        try:
            account = replace(account, **{name: identifiers.normalise_email(value)})
        except ValueError as exc:
            problems.append(account_field_error(name, str(exc)))
    if problems:
        raise ValidationError(problems)
    return account


def account_field_error(name: str, template: str) -> FieldError:
    return FieldError(name, ACCOUNT_LABELS[name], Message("Validation", template))


def save_account(account: MailAccount) -> MailAccount:
    """Validate and store the account (never its password); returns what was stored."""
    account = validate_account(account)
    settings.put("mail.account", asdict(account))
    return account


# -- the password ----------------------------------------------------------------------


def saved_password(account: MailAccount) -> str | None:
    """The password from the keyring; raises CredentialsError when it cannot be read."""
    return credentials.get_password(account.key)


def password_for(account: MailAccount) -> str | None:
    """The password to sign in with: the keyring's, else the one typed for this session.

    None when the account signs in without a user name. Raises
    :class:`~desktop.mail.errors.PasswordNeededError` when neither exists (the UI asks for
    it); a keyring that cannot be read counts as none (its problem is on the page).
    """
    if not account.user.strip():
        return None
    typed = credentials.session_password(account.key)
    if typed is not None:
        return typed
    try:
        saved = saved_password(account)
    except credentials.CredentialsError:
        saved = None
    if saved is None:
        raise mail_errors.PasswordNeededError(mail_errors.PASSWORD_NEEDED, account=account.key)
    return saved


def save_password(account: MailAccount, password: str) -> None:
    """Save the password in the keyring; raises CredentialsError when it cannot.

    Nothing is written anywhere else: the caller may keep it for the session instead.
    """
    credentials.set_password(account.key, password)
    credentials.forget_for_session(account.key)


def use_for_session(account: MailAccount, password: str) -> None:
    credentials.remember_for_session(account.key, password)


def forget_password(account: MailAccount) -> None:
    credentials.forget_for_session(account.key)
    # A keyring that cannot be used could not have saved anything either.
    with contextlib.suppress(credentials.CredentialsError):
        credentials.delete_password(account.key)


# -- templates -------------------------------------------------------------------------


def edited_template(kind: str, language: str) -> Template | None:
    stored = settings.get("mail.templates").get(kind, {}).get(language)
    return Template(stored["subject"], stored["body"]) if stored else None


def save_template(kind: str, language: str, template: Template, known: set[str]) -> None:
    """Store the user's template; refuses a broken brace or a variable not in ``known``."""
    used = variables_of(template.subject) + variables_of(template.body)
    unknown = sorted({n for n in used if n not in known})
    if unknown:
        raise TemplateError([], unknown)
    stored = dict(settings.get("mail.templates"))
    stored[kind] = {**stored.get(kind, {}), language: asdict(template)}
    settings.put("mail.templates", stored)


def reset_template(kind: str, language: str) -> None:
    stored = dict(settings.get("mail.templates"))
    languages = dict(stored.get(kind, {}))
    languages.pop(language, None)
    stored[kind] = languages
    settings.put("mail.templates", stored)


def checkin_every_days() -> int:
    return int(settings.get("mail.checkin_every_days"))


def set_checkin_every_days(days: int) -> None:
    if not 0 <= days <= 365:
        raise ValueError("between 0 (never) and 365 days")
    settings.put("mail.checkin_every_days", days)
