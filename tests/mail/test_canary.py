"""The canary: a known password, saved and used, never reaches a file of the profile.

After the password is saved through the settings service, e-mails sent (one delivered,
one refused and kept in the outbox), a test e-mail, backups (a database copy and a full
archive, which carries the outbox's ``.eml``) and exports, neither its bytes nor its
base64 or hex forms, nor the AUTH PLAIN token that smtplib's debug output would print,
appear in the database, its WAL, the settings, the logs, the backups (inside the
archives too: their members are compressed), the ``.eml`` files or the exports, nor on
stdout/stderr.
"""

from __future__ import annotations

import base64
import binascii
import logging
import zipfile
from pathlib import Path

import pytest

from desktop.app import setup_logging
from desktop.mail import errors
from desktop.services import backups, exporting, mail_settings, mailing
from desktop.store.backup import backup_database, timestamped_name
from desktop.store.models import Setting
from tests.mail.book import account_for, client_with_minutes
from tests.mail.smtp_server import USER

CANARY = "Canary-Pw-7Qx!é"


def forms(secret: str) -> dict[str, bytes]:
    raw = secret.encode()
    auth_plain = f"\0{USER}\0{secret}".encode()
    return {
        "utf-8": raw,
        "utf-16": secret.encode("utf-16-le"),
        "base64": base64.b64encode(raw),
        "base64-urlsafe": base64.urlsafe_b64encode(raw),
        "hex": binascii.hexlify(raw),
        "HEX": binascii.hexlify(raw).upper(),
        "auth-plain": base64.b64encode(auth_plain),
    }


def leaks(root: Path, secret: str) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            contents = [(path.name, path.read_bytes())]
            if zipfile.is_zipfile(path):  # a backup archive: look inside its members
                with zipfile.ZipFile(path) as zf:
                    contents += [(f"{path.name}/{n}", zf.read(n)) for n in zf.namelist()]
            found += [
                f"{where}: {name}"
                for where, data in contents
                for name, form in forms(secret).items()
                if form in data
            ]
    return found


@pytest.fixture
def profile_logs(profile):
    """The app's own log file, at DEBUG level, as a user running with -v would have."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    setup_logging(profile, verbose=True)
    yield profile.logs
    for handler in root.handlers:
        handler.close()
    root.handlers[:], root.level = saved


def test_the_password_is_in_no_file_of_the_profile(
    profile, db, profile_logs, smtp_server_factory, memory_keyring, capfd, monkeypatch
):
    from tests.mail import smtp_server as server_module

    monkeypatch.setattr(server_module, "PASSWORD", CANARY)
    smtp = smtp_server_factory("none")
    book = client_with_minutes()
    account = account_for(smtp.port)
    mail_settings.save_password(account, CANARY)
    assert memory_keyring.secrets  # the keyring has it...
    password = mail_settings.password_for(account)

    draft = mailing.make_draft(profile, "minutes", book["minutes"], "fr", account)
    mailing.run_steps(mailing.send_steps(profile, draft, account, password, mailing.SendResult()))
    refused = mailing.MailDraft(**{**draft.__dict__, "to": ("x@refused.example",)})
    with pytest.raises(errors.RecipientRefusedError):
        mailing.run_steps(
            mailing.send_steps(profile, refused, account, password, mailing.SendResult())
        )
    mailing.send_test(account, password, "Test", "Test")
    backup_database(profile.database, profile.backups / timestamped_name("backup"))
    archive = backups.back_up(profile)
    assert any(name.startswith("outbox/") for name in archive.members)  # the refused one
    exports = profile.root / "exports"
    exports.mkdir()
    for kind, name in (("companies", "c.csv"), ("contacts", "c.xlsx"), ("contacts", "c.vcf")):
        mailing.run_steps(exporting.export_records(kind, exports / name))

    assert len(smtp.received) == 2  # the minutes and the test e-mail went out
    assert list(mailing.outbox_folder(profile).rglob("*.eml"))  # the refused one waits
    assert list(profile.attachments.glob("*.eml"))  # the sent one is kept
    assert (profile.root / "freelance-desk.sqlite3-wal").exists()
    assert list(profile.logs.glob("*.log")) and list(profile.backups.iterdir())
    assert all(CANARY not in row.value for row in Setting.select())
    assert leaks(profile.root, CANARY) == []
    out, err = capfd.readouterr()
    assert not [name for name, form in forms(CANARY).items() if form.decode("latin-1") in out + err]
    db.close()  # the WAL folds into the database file: still nothing
    assert leaks(profile.root, CANARY) == []


def test_the_canary_scan_finds_a_leak(tmp_path):
    """The scan itself works: a base64-encoded password in a file is found."""
    (tmp_path / "keyring_pass.cfg").write_bytes(b"password = " + base64.b64encode(CANARY.encode()))
    assert "keyring_pass.cfg: base64" in leaks(tmp_path, CANARY)
    with zipfile.ZipFile(tmp_path / "archive.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("outbox/x.eml", b"AUTH " + CANARY.encode() * 50)  # compressed: found inside
    assert "archive.zip/outbox/x.eml: utf-8" in leaks(tmp_path, CANARY)
    (tmp_path / "archive.zip").unlink()
    (tmp_path / "keyring_pass.cfg").write_bytes(CANARY.encode().hex().encode())
    assert leaks(tmp_path, CANARY) == ["keyring_pass.cfg: hex"]
