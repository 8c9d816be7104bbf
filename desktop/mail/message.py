"""A MIME message from plain parts, with the standard ``email`` package.

Headers with accents ("Hélène Dupré", "Compte rendu de réunion") are encoded as
RFC 2047 encoded-words by ``email.policy.SMTP``, which every mail client reads;
attachment names with accents use RFC 2231 (``filename*=utf-8''...``). The body
is UTF-8 quoted-printable: readable in the raw ``.eml`` and safe on 7-bit relays.
Blind copies go to the envelope only, never into a header.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid
from pathlib import Path

from desktop.mail.errors import TOO_LARGE, AttachmentTooLargeError

# What most providers accept for a whole message, base64 included (Gmail and Outlook:
# 25 MB, OVH and Orange 20-25 MB): about 18 MB of attached files.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class OutgoingMail:
    sender_address: str
    to: tuple[str, ...]
    subject: str
    body: str
    sender_name: str = ""
    reply_to: str = ""
    bcc: tuple[str, ...] = ()  # envelope only (a copy to oneself)
    attachments: tuple[Path, ...] = ()
    attachment_names: tuple[str, ...] = field(default=())  # shown names; default: file names

    def names(self) -> list[str]:
        if self.attachment_names:
            return list(self.attachment_names)
        return [p.name for p in self.attachments]

    def recipients(self) -> list[str]:
        """Every envelope recipient, each once, in order."""
        seen: dict[str, None] = {}
        for address in (*self.to, *self.bcc):
            seen.setdefault(address.strip(), None)
        return [a for a in seen if a]


def split_address(address: str) -> tuple[str, str]:
    """("user", "example.fr") of ``user@example.fr``."""
    user, _, domain = address.strip().rpartition("@")
    return user, domain


def _address(name: str, address: str) -> Address:
    user, domain = split_address(address)
    return Address(display_name=name.strip(), username=user, domain=domain)


def build_message(mail: OutgoingMail, max_bytes: int = DEFAULT_MAX_BYTES) -> EmailMessage:
    """The message, ready to send; raises :class:`AttachmentTooLargeError` above ``max_bytes``."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = _address(mail.sender_name, mail.sender_address)
    msg["To"] = [_address("", a) for a in mail.to]
    if mail.reply_to:
        msg["Reply-To"] = _address("", mail.reply_to)
    msg["Subject"] = mail.subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=split_address(mail.sender_address)[1] or None)
    msg.set_content(mail.body, charset="utf-8", cte="quoted-printable")
    for path, name in zip(mail.attachments, mail.names(), strict=True):
        kind, _ = mimetypes.guess_type(name)
        maintype, subtype = (kind or "application/octet-stream").split("/", 1)
        msg.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype, filename=name)
    size = len(message_bytes(msg))
    if size > max_bytes:
        raise AttachmentTooLargeError(
            TOO_LARGE, size=megabytes(size), limit="Freelance Desk", max=megabytes(max_bytes)
        )
    return msg


def message_bytes(msg: EmailMessage) -> bytes:
    """The message as sent (CRLF line ends): what the ``.eml`` file keeps."""
    return msg.as_bytes(policy=SMTP)


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".removesuffix(".0")


def attachment_names(msg: EmailMessage) -> list[str]:
    return [part.get_filename() or "" for part in msg.iter_attachments()]
