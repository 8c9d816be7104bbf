"""E-mail in the window: settings page (with and without a keyring), the send dialog and
its preview, minutes sent from the timeline, check-ins in To do, the outbox's Retry."""

from __future__ import annotations

import datetime as dt

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton

from desktop import credentials
from desktop.services import activities, mail_settings, mailing
from desktop.store.models import Setting
from desktop.ui.app import create_application
from desktop.ui.mail.outbox import OutboxDialog
from desktop.ui.mail.password_prompt import PasswordPrompt
from desktop.ui.mail.send_dialog import SendMailDialog
from desktop.ui.settings.email import EmailSettings
from tests.mail.book import account_for, client_with_minutes
from tests.mail.smtp_server import PASSWORD, USER
from tests.ui.conftest import settle, when_modal


@pytest.fixture
def book(db):
    create_application()
    return client_with_minutes()


def fill_account(page: EmailSettings, port: int) -> None:
    page.host.setText("127.0.0.1")
    page.port.setValue(port)
    page.security.setCurrentIndex(page.security.findData("none"))
    page.user.setText(USER)
    page.sender_name.setText("Jeanne Dupré")
    page.sender_address.setText("jeanne@example.fr")


def test_settings_save_the_password_in_the_keyring_and_send_a_test(
    qtbot, profile, book, smtp_server, memory_keyring
):
    page = EmailSettings(profile)
    qtbot.addWidget(page)
    assert page.keyring_notice.level == "ok"
    assert "MemoryKeyring" in page.keyring_notice.text()
    fill_account(page, smtp_server.port)
    page.password.setText(PASSWORD)
    page.save_password_button.click()

    assert memory_keyring.secrets == {("Freelance Desk", f"{USER}@127.0.0.1"): PASSWORD}
    assert page.password.text() == ""
    assert all(PASSWORD not in row.value for row in Setting.select())  # settings: no secret
    page.test_button.click()
    qtbot.waitUntil(lambda: page.outcome.level in ("ok", "error"), timeout=10_000)
    assert page.outcome.level == "ok", page.outcome.text()
    assert "Test e-mail sent to jeanne@example.fr" in page.outcome.text()
    assert len(smtp_server.received) == 1


def test_a_failed_test_email_says_why(qtbot, profile, book, smtp_server, memory_keyring):
    page = EmailSettings(profile)
    qtbot.addWidget(page)
    fill_account(page, smtp_server.port)
    page.password.setText("wrong")
    page.save_password_button.click()
    page.test_button.click()
    qtbot.waitUntil(lambda: page.outcome.level in ("ok", "error"), timeout=10_000)
    assert page.outcome.level == "error"
    assert "refused the user name or the password" in page.outcome.text()


def test_settings_without_a_keyring_explain_and_keep_the_password_for_the_session(
    qtbot, profile, book, smtp_server, monkeypatch
):
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    credentials.forget_choice()
    page = EmailSettings(profile)
    qtbot.addWidget(page)
    assert page.keyring_notice.level == "warning"
    assert "No keyring is available" in page.keyring_notice.text()
    assert "Nothing is stored anywhere else" in page.keyring_notice.text()
    assert page.save_password_button.text() == "Use for this session"
    fill_account(page, smtp_server.port)
    page.password.setText(PASSWORD)
    page.save_password_button.click()
    assert credentials.session_password(f"{USER}@127.0.0.1") == PASSWORD
    assert "this session only" in page.password_state.text()
    page.test_button.click()  # sending works with the typed password
    qtbot.waitUntil(lambda: page.outcome.level in ("ok", "error"), timeout=10_000)
    assert page.outcome.level == "ok", page.outcome.text()


def test_a_remote_host_without_encryption_is_refused_on_the_page(qtbot, profile, book):
    page = EmailSettings(profile)
    qtbot.addWidget(page)
    fill_account(page, 25)
    page.host.setText("smtp.example.fr")
    assert page.save() is None
    assert "only to this computer" in page.banner.text()


def test_a_preset_fills_server_port_and_security(qtbot, profile, book):
    page = EmailSettings(profile)
    qtbot.addWidget(page)
    index = page.preset.findText("OVHcloud")
    page.preset.setCurrentIndex(index)
    page.preset.activated.emit(index)
    assert (page.host.text(), page.port.value(), page.security.currentData()) == (
        "ssl0.ovh.net",
        465,
        "ssl",
    )


def test_the_send_dialog_previews_and_blocks_an_unfilled_variable(qtbot, profile, book):
    account_for(2525)
    dialog = SendMailDialog(profile, "minutes", book["minutes"], language="fr")
    qtbot.addWidget(dialog)
    assert dialog.preview_subject.text() == "Compte rendu : Lancement du projet du 20 novembre 2026"
    assert "- Envoyer le planning (Jeanne, pour le 27/11/2026)" in dialog.preview.toPlainText()
    assert dialog.send_button.isEnabled()

    dialog.body.setPlainText("Bonjour {recipient_firstname},")
    assert not dialog.refresh_preview()
    assert "{recipient_firstname}" in dialog.problem.text()
    assert not dialog.send_button.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.preview_subject.text() == "Minutes: Lancement du projet of 20 November 2026"
    assert dialog.send_button.isEnabled()


def test_minutes_are_sent_from_the_send_dialog_and_land_in_the_timeline(
    qtbot, profile, book, smtp_server, memory_keyring
):
    account = account_for(smtp_server.port)
    mail_settings.save_password(account, PASSWORD)
    dialog = SendMailDialog(profile, "minutes", book["minutes"], language="fr")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sent, timeout=10_000):
        dialog.send_button.click()
    assert dialog.result.recorded
    assert len(smtp_server.received) == 1
    emails = [e for e in activities.timeline("contact", book["contact"]) if e.channel == "email"]
    assert [e.title for e in emails] == [dialog.preview_subject.text()]
    assert emails[0].body.startswith("To: helene.lefevre@client.example")


def test_a_missing_password_is_asked_and_can_stay_for_the_session(
    qtbot, profile, book, smtp_server, memory_keyring
):
    account_for(smtp_server.port)
    dialog = SendMailDialog(profile, "minutes", book["minutes"], language="fr")
    qtbot.addWidget(dialog)

    def type_password(prompt: PasswordPrompt) -> None:
        prompt.password.setText(PASSWORD)
        prompt.save.setChecked(False)
        prompt.accept_password()

    when_modal(PasswordPrompt, type_password)
    with qtbot.waitSignal(dialog.sent, timeout=10_000):
        dialog.send_button.click()
    assert memory_keyring.secrets == {}  # not saved: this session only
    assert credentials.session_password(f"{USER}@127.0.0.1") == PASSWORD


def test_a_failed_send_is_explained_and_retried_from_the_outbox(
    qtbot, profile, book, smtp_server, memory_keyring
):
    account = account_for(smtp_server.port)
    mail_settings.save_password(account, "wrong")
    dialog = SendMailDialog(profile, "minutes", book["minutes"], language="fr")
    qtbot.addWidget(dialog)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.problem.level == "error" and "outbox" in dialog.problem.text())
    assert "refused the user name or the password" in dialog.problem.text()
    dialog.reject()

    mail_settings.save_password(account, PASSWORD)
    outbox = OutboxDialog(profile)
    qtbot.addWidget(outbox)
    assert outbox.tree.topLevelItemCount() == 1
    assert "refused the user name" in outbox.reason.text()
    with qtbot.waitSignal(outbox.changed, timeout=10_000):
        outbox.retry_button.click()
    assert outbox.tree.topLevelItemCount() == 0 and outbox.empty.isVisibleTo(outbox)
    assert mailing.outbox() == [] and len(smtp_server.received) == 1


def test_a_minutes_card_sends_in_one_click(qtbot, profile, book):
    from desktop.domain.activities import ActivityDraft
    from desktop.ui.traces.timeline import TimelineWidget

    account_for(2525)
    note = activities.create_activity(
        "contact", book["contact"], ActivityDraft("note", dt.datetime(2026, 11, 21, 9), "Appel")
    )
    timeline = TimelineWidget(profile, "contact")
    qtbot.addWidget(timeline)
    timeline.set_subject(book["contact"])
    qtbot.waitUntil(lambda: timeline.settled)  # read on the reader thread, cards in batches
    assert timeline.card_of(note).findChild(QToolButton, "sendTrace") is None  # minutes only
    button = timeline.card_of(book["minutes"]).findChild(QToolButton, "sendTrace")
    opened = []

    def close(dialog: SendMailDialog) -> None:
        opened.append(dialog.preview_subject.text())
        dialog.reject()

    when_modal(SendMailDialog, close)
    button.click()
    assert opened and opened[0].startswith(("Compte rendu", "Minutes"))


def test_to_do_proposes_the_check_ins_due(qtbot, profile, book, monkeypatch):
    from desktop.ui.followups.page import FollowUpsPage
    from desktop.ui.state import UiState

    mail_settings.set_checkin_every_days(30)
    page = FollowUpsPage(
        UiState(profile.ui_state), profile=profile, today=lambda: dt.date(2026, 11, 22)
    )
    qtbot.addWidget(page)
    page.refresh()
    settle(qtbot, page)  # To do reads off the UI thread
    rows = [
        page.tree.topLevelItem(i).child(j)
        for i in range(page.tree.topLevelItemCount())
        for j in range(page.tree.topLevelItem(i).childCount())
    ]
    checkins = [r for r in rows if isinstance(r.data(0, 256), mailing.CheckinDue)]
    assert len(checkins) == 1
    assert "Refonte du portail client" in checkins[0].text(0)
    page.tree.setCurrentItem(checkins[0])
    opened = []
    when_modal(SendMailDialog, lambda d: (opened.append(d.kind.name), d.reject()))
    page.done_selected()
    assert opened == ["checkin"]


def test_the_password_field_never_echoes(qtbot, profile, book):
    page = EmailSettings(profile)
    qtbot.addWidget(page)
    assert page.password.echoMode() == QLineEdit.EchoMode.Password
    assert QApplication.instance() is not None


def test_a_template_edited_in_settings_is_used_and_a_typo_refused(qtbot, profile, book):
    account_for(2525)
    page = EmailSettings(profile)
    qtbot.addWidget(page)
    page.template_kind.setCurrentIndex(page.template_kind.findData("minutes"))
    page.template_language.setCurrentIndex(page.template_language.findData("fr"))
    assert "Votre modèle" not in page.template_notice.text()
    page.template_subject.setText("CR du {meeting_date} — {meeting_titel}")
    page.save_template()
    assert page.template_notice.level == "error"
    assert "{meeting_titel}" in page.template_notice.text()
    page.template_subject.setText("CR du {meeting_date}")
    page.save_template()
    assert page.template_notice.level == "ok"

    dialog = SendMailDialog(profile, "minutes", book["minutes"], language="fr")
    qtbot.addWidget(dialog)
    assert dialog.preview_subject.text() == "CR du 20 novembre 2026"
    page.reset_template()
    assert page.template_subject.text() == "Compte rendu : {meeting_title} du {meeting_date}"
