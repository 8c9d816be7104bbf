"""Sending a message over SMTP: SSL/TLS, STARTTLS, or plain on a loopback host only.

The envelope is sent step by step (MAIL FROM, then each RCPT TO) rather than with
``sendmail``: if the server refuses one recipient, the transaction is reset before
DATA, so nothing goes to the others and the user fixes the address and sends again
(``sendmail`` delivers to the accepted ones and only returns the refusals).

smtplib's debug output prints the AUTH line, i.e. the password in base64: it is
never enabled (``set_debuglevel`` is not called anywhere). Certificates are checked
against the system's authorities (``ssl.create_default_context``); a test passes its
own context trusting the certificate its fixture made.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.mail import errors as e
from desktop.mail.message import megabytes, message_bytes
from desktop.mail.server import (
    Security,
    SmtpServer,
    check_server,
)


@dataclass(frozen=True)
class SendOutcome:
    recipients: tuple[str, ...]
    server_reply: str


def _reply(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {' '.join(text.split())}"[:300]


def send(
    server: SmtpServer,
    password: str | None,
    msg: EmailMessage,
    sender: str,
    recipients: list[str],
    *,
    ssl_context: ssl.SSLContext | None = None,
    step: Callable[[str], None] = lambda _label: None,
) -> SendOutcome:
    """Send ``msg`` to ``recipients`` (the envelope: To and blind copies); raises a
    :class:`~desktop.mail.errors.MailError` subclass on every failure.

    ``step(label)`` is called before each stage (connecting, signing in, sending)
    for a progress display. ``password`` None means no authentication.
    """
    check_server(server)
    host, port = server.host.strip(), server.port
    context = ssl_context or ssl.create_default_context()
    data = message_bytes(msg)
    params = {"host": host, "port": port}
    try:
        step(QT_TRANSLATE_NOOP("Progress", "Connecting to the server…"))
        if server.security == Security.SSL:
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                host, port, timeout=server.timeout, context=context
            )
        else:
            client = smtplib.SMTP(host, port, timeout=server.timeout)
        with client:
            client.ehlo()
            if server.security == Security.STARTTLS:
                if not client.has_extn("starttls"):
                    raise e.TlsError(e.STARTTLS_UNSUPPORTED, **params)
                client.starttls(context=context)
                client.ehlo()
            if password is not None and server.user:
                step(QT_TRANSLATE_NOOP("Progress", "Signing in…"))
                _login(client, server, password)
            step(QT_TRANSLATE_NOOP("Progress", "Sending the e-mail…"))
            _check_size(client, host, len(data))
            return _transaction(client, host, sender, recipients, data)
    except e.MailError:
        raise
    except ssl.SSLCertVerificationError as exc:
        raise e.TlsError(
            e.TLS_FAILED, reason=exc.verify_message or "certificate", **params
        ) from None
    except ssl.SSLError as exc:
        raise e.TlsError(e.TLS_FAILED, reason=exc.reason or type(exc).__name__, **params) from None
    except TimeoutError:
        raise e.ServerTimeoutError(e.TIMED_OUT, seconds=int(server.timeout), **params) from None
    except smtplib.SMTPServerDisconnected as exc:
        if isinstance(exc.__context__, TimeoutError):  # smtplib wraps a read time-out
            raise e.ServerTimeoutError(e.TIMED_OUT, seconds=int(server.timeout), **params) from None
        raise e.ConnectionFailedError(
            e.CONNECTION_FAILED, reason=str(exc) or "disconnected", **params
        ) from None
    except smtplib.SMTPResponseException as exc:
        raise e.ServerRefusedError(
            e.SERVER_REFUSED, reply=_reply(exc.smtp_code, exc.smtp_error), **params
        ) from None
    except OSError as exc:  # refused, unreachable, unknown host
        reason = exc.strerror or type(exc).__name__
        raise e.ConnectionFailedError(e.CONNECTION_FAILED, reason=reason, **params) from None


def _login(client: smtplib.SMTP, server: SmtpServer, password: str) -> None:
    try:
        methods = client.esmtp_features.get("auth", "").upper().split()
        if "PLAIN" in methods or "LOGIN" in methods:
            _login_utf8(client, server.user, password)
        else:  # CRAM-MD5 only: smtplib's (ASCII credentials)
            client.login(server.user, password)
    except smtplib.SMTPAuthenticationError as exc:
        raise e.AuthenticationError(
            e.AUTH_FAILED, host=server.host, reply=_reply(exc.smtp_code, exc.smtp_error)
        ) from None
    except smtplib.SMTPNotSupportedError:
        raise e.AuthenticationError(e.AUTH_UNSUPPORTED, host=server.host) from None


def _login_utf8(client: smtplib.SMTP, user: str, password: str) -> None:
    """AUTH PLAIN (or LOGIN) with UTF-8 credentials, one attempt.

    smtplib's ``login`` encodes credentials as ASCII and raises UnicodeEncodeError on
    "é" (measured: a French password could not sign in); RFC 4616 defines PLAIN's
    credentials as UTF-8. It also retries a refused password with the next mechanism,
    which some servers answer by hanging until the timeout.
    """
    import base64

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    methods = client.esmtp_features.get("auth", "").upper().split()
    if "PLAIN" in methods:
        token = b64(b"\0" + user.encode() + b"\0" + password.encode())
        code, reply = client.docmd("AUTH", "PLAIN " + token)
    elif "LOGIN" in methods:
        code, reply = client.docmd("AUTH", "LOGIN " + b64(user.encode()))
        if code == 334:
            code, reply = client.docmd(b64(password.encode()))
    else:
        raise smtplib.SMTPNotSupportedError("no UTF-8 capable AUTH mechanism")
    if code not in (235, 503):  # 503: already signed in
        raise smtplib.SMTPAuthenticationError(code, reply)


def _check_size(client: smtplib.SMTP, host: str, size: int) -> None:
    """Refuse before sending what the server said (EHLO SIZE) it would not take."""
    limit = client.esmtp_features.get("size", "")
    if limit.isdigit() and int(limit) and size > int(limit):
        raise e.AttachmentTooLargeError(
            e.TOO_LARGE, size=megabytes(size), limit=host, max=megabytes(int(limit))
        )


def _transaction(
    client: smtplib.SMTP, host: str, sender: str, recipients: list[str], data: bytes
) -> SendOutcome:
    options = [f"SIZE={len(data)}"] if client.has_extn("size") else []
    code, text = client.mail(sender, options)
    if code != 250:
        client.rset()
        reply = _reply(code, text)
        raise e.ServerRefusedError(e.SENDER_REFUSED, host=host, sender=sender, reply=reply)
    refused: list[str] = []
    replies: list[str] = []
    for address in recipients:
        code, text = client.rcpt(address)
        if code not in (250, 251):
            refused.append(address)
            replies.append(_reply(code, text))
    if refused:
        client.rset()  # nothing goes to the accepted ones either
        reply = "; ".join(replies)
        raise e.RecipientRefusedError(e.RECIPIENT_REFUSED, refused, host=host, reply=reply)
    code, text = client.data(data)
    if code == 552:
        raise e.AttachmentTooLargeError(e.TOO_LARGE, size=megabytes(len(data)), limit=host, max="?")
    if code != 250:
        raise e.ServerRefusedError(e.SERVER_REFUSED, host=host, reply=_reply(code, text))
    return SendOutcome(tuple(recipients), _reply(code, text))
