"""Why an e-mail was not sent, in words the user can act on.

Each failure has its own type (authentication, TLS, timeout, connection, refused
recipient, too large, server) so that the UI and the outbox can tell them apart; the
message names the server and what to check. A server's reply is quoted only after
the AUTH exchange is over, and never contains the password (smtplib does not echo it
and its debug output, which prints the AUTH line, is never enabled).
"""

from __future__ import annotations

from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP


class MailError(DomainError):
    """The e-mail was not sent. ``kind`` names the failure for the outbox."""

    kind = "failed"

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(Message("Mail", template, params))


class AuthenticationError(MailError):
    kind = "authentication"


class TlsError(MailError):
    kind = "tls"


class ServerTimeoutError(MailError):
    kind = "timeout"


class ConnectionFailedError(MailError):
    kind = "connection"


class RecipientRefusedError(MailError):
    kind = "recipient"

    def __init__(self, template: str, recipients: list[str], **params: object) -> None:
        super().__init__(template, recipients=", ".join(recipients), **params)
        self.recipients = recipients


class AttachmentTooLargeError(MailError):
    kind = "too_large"


class ServerRefusedError(MailError):
    kind = "server"


class PasswordNeededError(MailError):
    """No password saved and none typed for this session: ask the user for one."""

    kind = "password"


AUTH_FAILED = QT_TRANSLATE_NOOP(
    "Mail",
    "{host} refused the user name or the password ({reply}). Check them in Settings > "
    "E-mail; Gmail, Outlook and iCloud need an application password, not your usual one.",
)
AUTH_UNSUPPORTED = QT_TRANSLATE_NOOP(
    "Mail",
    "{host} does not accept a password on this connection. Choose SSL/TLS or STARTTLS "
    "in Settings > E-mail.",
)
TLS_FAILED = QT_TRANSLATE_NOOP(
    "Mail",
    "The secure connection to {host}:{port} failed ({reason}). Check the security "
    "setting (SSL/TLS is usually port 465, STARTTLS port 587) and the server name.",
)
STARTTLS_UNSUPPORTED = QT_TRANSLATE_NOOP(
    "Mail",
    "{host}:{port} does not offer STARTTLS. Choose SSL/TLS (usually port 465) in "
    "Settings > E-mail.",
)
TIMED_OUT = QT_TRANSLATE_NOOP(
    "Mail",
    "{host}:{port} did not answer within {seconds} seconds. Check the server name and "
    "the port, and your Internet connection; the e-mail stays in the outbox to retry.",
)
CONNECTION_FAILED = QT_TRANSLATE_NOOP(
    "Mail",
    "Could not reach {host}:{port} ({reason}). Check the server name and the port, and "
    "your Internet connection; the e-mail stays in the outbox to retry.",
)
RECIPIENT_REFUSED = QT_TRANSLATE_NOOP(
    "Mail",
    "{host} refused the recipient {recipients} ({reply}). Check the address; nothing was sent.",
)
SENDER_REFUSED = QT_TRANSLATE_NOOP(
    "Mail",
    "{host} refused the sender address {sender} ({reply}). Use the address of this "
    "account in Settings > E-mail.",
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Mail",
    "The e-mail weighs {size} MB with its attachments; {limit} accepts up to {max} MB. "
    "Send fewer or smaller files.",
)
SERVER_REFUSED = QT_TRANSLATE_NOOP(
    "Mail", "{host} refused the e-mail ({reply}). Try again later; it stays in the outbox."
)
PASSWORD_NEEDED = QT_TRANSLATE_NOOP(
    "Mail", "Type the password of {account}: none is saved in the keyring."
)
