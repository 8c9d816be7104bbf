"""Sending through a real SMTP server on loopback: every security mode, every failure."""

from __future__ import annotations

import email
import ssl
from email.policy import default

import pytest

from desktop.domain.errors import ValidationError
from desktop.mail import errors
from desktop.mail.message import OutgoingMail, build_message, message_bytes
from desktop.mail.server import SmtpServer, check_server, is_loopback
from desktop.mail.smtp import send
from tests.mail.smtp_server import PASSWORD, USER

SENDER = "jeanne@example.fr"


def outgoing(tmp_path, **changes) -> OutgoingMail:
    pdf = tmp_path / "Facture n°42 – été.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4000 + b"\r\n\x00end")
    values = dict(
        sender_address=SENDER,
        sender_name="Jeanne Dupré-Lefèvre",
        to=("helene@client.example",),
        subject="Compte rendu de réunion : décisions prises à Orléans",
        body="Bonjour Hélène,\n\nVoici les décisions. À très bientôt !\n\nJeanne",
        reply_to="contact@example.fr",
        bcc=(SENDER,),
        attachments=(pdf,),
    )
    values.update(changes)
    return OutgoingMail(**values)


def server_of(smtp, security: str, user: str = USER) -> SmtpServer:
    return SmtpServer("127.0.0.1", smtp.port, security, user, timeout=10)


@pytest.mark.parametrize("security", ["none", "starttls", "ssl"])
def test_each_security_mode_delivers_the_message_byte_for_byte(
    security, smtp_server_factory, tmp_path
):
    smtp = smtp_server_factory(security)
    mail = outgoing(tmp_path)
    msg = build_message(mail)
    sent = message_bytes(msg)

    outcome = send(
        server_of(smtp, security), PASSWORD, msg, SENDER, mail.recipients(),
        ssl_context=smtp.client_context(),
    )  # fmt: skip

    assert outcome.recipients == ("helene@client.example", SENDER)
    [received] = smtp.received
    assert received.mail_from == SENDER
    assert received.rcpt_tos == ["helene@client.example", SENDER]
    assert received.data.rstrip(b"\r\n") == sent.rstrip(b"\r\n")
    parsed = email.message_from_bytes(received.data, policy=default)
    [attachment] = list(parsed.iter_attachments())
    assert attachment.get_filename() == "Facture n°42 – été.pdf"
    assert attachment.get_content() == mail.attachments[0].read_bytes()  # byte for byte
    assert "Bcc" not in parsed  # the blind copy is in the envelope only


def test_accents_are_rfc2047_encoded_and_read_back(smtp_server, tmp_path):
    mail = outgoing(tmp_path, attachments=())
    send(server_of(smtp_server, "none"), PASSWORD, build_message(mail), SENDER, mail.recipients())
    raw = smtp_server.received[0].data
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert head.isascii()  # nothing 8-bit in the headers
    assert b"=?utf-8?" in head  # encoded-words (RFC 2047)
    parsed = email.message_from_bytes(raw, policy=default)
    assert parsed["Subject"] == "Compte rendu de réunion : décisions prises à Orléans"
    assert parsed["From"].addresses[0].display_name == "Jeanne Dupré-Lefèvre"
    assert parsed.get_body().get_content().startswith("Bonjour Hélène,")
    assert parsed["Reply-To"] == "contact@example.fr"


def test_a_wrong_password_is_an_authentication_failure(smtp_server, tmp_path):
    mail = outgoing(tmp_path)
    with pytest.raises(errors.AuthenticationError) as caught:
        send(server_of(smtp_server, "none"), "wrong", build_message(mail), SENDER, ["a@b.example"])
    assert "application password" in str(caught.value)
    assert "535" in str(caught.value)
    assert smtp_server.received == []


def test_an_ascii_password_signs_in_through_smtplib(smtp_server_factory, tmp_path, monkeypatch):
    from tests.mail import smtp_server as server_module

    monkeypatch.setattr(server_module, "PASSWORD", "plain-ascii-1")
    smtp = smtp_server_factory("none")
    mail = outgoing(tmp_path, attachments=())
    send(server_of(smtp, "none"), "plain-ascii-1", build_message(mail), SENDER, [SENDER])
    assert len(smtp.received) == 1


def test_a_refused_recipient_sends_nothing_to_anyone(smtp_server, tmp_path):
    mail = outgoing(tmp_path, to=("ok@client.example", "nobody@refused.example"))
    with pytest.raises(errors.RecipientRefusedError) as caught:
        send(
            server_of(smtp_server, "none"), PASSWORD, build_message(mail), SENDER,
            mail.recipients(),
        )  # fmt: skip
    assert caught.value.recipients == ["nobody@refused.example"]
    assert "550" in str(caught.value)
    assert smtp_server.received == []  # not even to the accepted address


def test_an_untrusted_certificate_is_a_tls_failure(smtp_server_factory, tmp_path):
    smtp = smtp_server_factory("ssl")
    mail = outgoing(tmp_path, attachments=())
    with pytest.raises(errors.TlsError) as caught:  # the system's authorities only
        send(server_of(smtp, "ssl"), PASSWORD, build_message(mail), SENDER, [SENDER])
    assert "secure connection" in str(caught.value)


def test_starttls_on_a_server_without_it_is_a_tls_failure(smtp_server_factory, tmp_path):
    smtp = smtp_server_factory("none")
    mail = outgoing(tmp_path, attachments=())
    with pytest.raises(errors.TlsError, match="STARTTLS"):
        send(server_of(smtp, "starttls"), PASSWORD, build_message(mail), SENDER, [SENDER])


def test_a_server_that_never_answers_is_a_timeout(tmp_path):
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)  # accepts the connection, never says hello
    try:
        server = SmtpServer("127.0.0.1", listener.getsockname()[1], "none", "", timeout=0.5)
        mail = outgoing(tmp_path, attachments=())
        with pytest.raises(errors.ServerTimeoutError, match="did not answer within"):
            send(server, None, build_message(mail), SENDER, [SENDER])
    finally:
        listener.close()


def test_nobody_listening_is_a_connection_failure(tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    mail = outgoing(tmp_path, attachments=())
    with pytest.raises(errors.ConnectionFailedError, match="Could not reach"):
        send(SmtpServer("127.0.0.1", port, "none"), None, build_message(mail), SENDER, [SENDER])


def test_a_message_over_the_limit_is_refused_before_connecting(tmp_path):
    mail = outgoing(tmp_path)
    with pytest.raises(errors.AttachmentTooLargeError, match="Send fewer or smaller files"):
        build_message(mail, max_bytes=100_000)


def test_a_message_over_the_servers_size_is_refused_before_data(smtp_server_factory, tmp_path):
    smtp = smtp_server_factory("none", size_limit=100_000)  # EHLO says SIZE 100000
    msg = build_message(outgoing(tmp_path))  # about 1.4 MB
    with pytest.raises(errors.AttachmentTooLargeError, match=r"127\.0\.0\.1 accepts up to"):
        send(server_of(smtp, "none"), PASSWORD, msg, SENDER, [SENDER])
    assert smtp.received == []


def test_plain_text_is_refused_for_a_remote_host():
    with pytest.raises(ValidationError) as caught:
        check_server(SmtpServer("smtp.example.fr", 25, "none"))
    assert caught.value.fields == ["security"]
    check_server(SmtpServer("localhost", 1025, "none"))  # a local bridge is fine
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("[::1]")
    assert not is_loopback("10.0.0.1") and not is_loopback("smtp.gmail.com")


def test_the_debug_output_never_shows_the_password(smtp_server, tmp_path, capfd):
    mail = outgoing(tmp_path, attachments=())
    send(server_of(smtp_server, "none"), PASSWORD, build_message(mail), SENDER, [SENDER])
    out, err = capfd.readouterr()
    import base64

    for secret in (PASSWORD, base64.b64encode(f"\0{USER}\0{PASSWORD}".encode()).decode()):
        assert secret not in out + err


def test_the_default_context_verifies_certificates():
    context = ssl.create_default_context()
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
