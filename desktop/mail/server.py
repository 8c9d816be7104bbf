"""Where e-mails go: the SMTP server's settings and the rules they must follow.

Kept apart from :mod:`desktop.mail.smtp` so that the settings page and the services
read and check a server without importing smtplib and ssl (imported when sending).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.errors import FieldError, Message, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

DEFAULT_TIMEOUT = 30  # seconds, per network operation


class Security(StrEnum):
    SSL = "ssl"  # implicit TLS, port 465
    STARTTLS = "starttls"  # port 587
    NONE = "none"  # loopback only: a local relay or a bridge (Proton Mail Bridge)


DEFAULT_PORTS = {Security.SSL: 465, Security.STARTTLS: 587, Security.NONE: 25}


@dataclass(frozen=True)
class SmtpServer:
    host: str
    port: int
    security: str
    user: str = ""
    timeout: float = DEFAULT_TIMEOUT


def is_loopback(host: str) -> bool:
    host = host.strip().strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_server(server: SmtpServer) -> None:
    """Raise :class:`ValidationError` naming the field of a server that cannot be used."""
    problems: list[FieldError] = []
    if not server.host.strip():
        problems.append(
            FieldError(
                "host",
                QT_TRANSLATE_NOOP("Field", "SMTP server"),
                Message("Validation", QT_TRANSLATE_NOOP("Validation", "required")),
            )
        )
    if not 1 <= server.port <= 65535:
        problems.append(
            FieldError(
                "port",
                QT_TRANSLATE_NOOP("Field", "Port"),
                Message("Validation", QT_TRANSLATE_NOOP("Validation", "between 1 and 65535")),
            )
        )
    if server.security not in set(Security):
        problems.append(
            FieldError(
                "security",
                QT_TRANSLATE_NOOP("Field", "Security"),
                Message(
                    "Validation", QT_TRANSLATE_NOOP("Validation", "choose SSL/TLS or STARTTLS")
                ),
            )
        )
    elif server.security == Security.NONE and server.host.strip() and not is_loopback(server.host):
        problems.append(
            FieldError(
                "security",
                QT_TRANSLATE_NOOP("Field", "Security"),
                Message(
                    "Validation",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "an unencrypted connection is allowed only to this computer "
                        "(localhost): choose SSL/TLS or STARTTLS",
                    ),
                ),
            )
        )
    if problems:
        raise ValidationError(problems)
