"""A real SMTP server on loopback for the tests: aiosmtpd, with optional TLS and AUTH.

``SmtpServer.start(security=...)`` listens on 127.0.0.1 on a free port, in plain
text, with STARTTLS, or with implicit TLS, using a self-signed certificate made
here with ``cryptography`` (valid for 127.0.0.1 and localhost). Every message
received is kept, byte for byte, with its envelope. Addresses at
``refused.example`` are refused at RCPT TO (550), as a real server refuses an
unknown mailbox.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
from dataclasses import dataclass, field
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER = "jeanne@example.fr"
PASSWORD = "Bon-Jour 2026!é"


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate and key for 127.0.0.1 and localhost (PEM files)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Freelance Desk test SMTP")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes  # the message as received (CRLF line ends)


@dataclass
class Handler:
    received: list[Received] = field(default_factory=list)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().endswith("@refused.example"):
            return "550 5.1.1 <" + address + ">: mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.received.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
        )
        return "250 2.0.0 Message accepted"


def _authenticate(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and (
        auth_data.login.decode() == USER and auth_data.password.decode() == PASSWORD
    )
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SmtpTestServer:
    """One server; ``stop()`` it (the fixture does)."""

    def __init__(
        self, folder: Path, security: str = "none", auth: bool = True, size_limit: int = 40 << 20
    ) -> None:
        self.cert, key = make_certificate(folder)
        self.security = security
        self.handler = Handler()
        self.port = _free_port()
        server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        server_tls.load_cert_chain(self.cert, key)
        kwargs: dict = {
            "hostname": "127.0.0.1",
            "port": self.port,
            "server_hostname": "localhost",
            "data_size_limit": size_limit,  # advertised in EHLO (SIZE)
        }
        if auth:
            # aiosmtpd hides AUTH until STARTTLS; over implicit TLS it does not see the
            # TLS layer, so there (and in plain text on loopback) AUTH is offered at once.
            kwargs.update(authenticator=_authenticate, auth_require_tls=security == "starttls")
        if security == "starttls":
            kwargs.update(tls_context=server_tls, require_starttls=True)
        elif security == "ssl":
            kwargs.update(ssl_context=server_tls)
        self.controller = Controller(self.handler, **kwargs)
        self.controller.start()

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def client_context(self) -> ssl.SSLContext:
        """A client context that trusts this server's self-signed certificate."""
        context = ssl.create_default_context(cafile=str(self.cert))
        return context

    def stop(self) -> None:
        self.controller.stop()
