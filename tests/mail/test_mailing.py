"""Sending kinds of e-mail end to end: draft, preview, send, trace, outbox, retry, check-ins."""

from __future__ import annotations

import datetime as dt
import email
from email.policy import default

import pytest

from desktop.domain.errors import DomainError
from desktop.mail import errors
from desktop.mail.templates import Template, TemplateError
from desktop.services import activities, attachments, mail_kinds, mail_settings, mailing
from desktop.store.models import OutboxMail, SentMail
from tests.mail.book import account_for, client_with_minutes
from tests.mail.smtp_server import PASSWORD

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def book(db):
    return client_with_minutes()


def send(profile, draft, account, password=PASSWORD, **kwargs) -> mailing.SendResult:
    result = mailing.SendResult()
    mailing.run_steps(
        mailing.send_steps(profile, draft, account, password, result, today=TODAY, **kwargs)
    )
    return result


def test_minutes_become_an_email_with_decisions_and_actions(profile, book):
    account = account_for(2525)
    draft = mailing.make_draft(profile, "minutes", book["minutes"], "fr", account, TODAY)
    assert draft.to == ("helene.lefevre@client.example",)
    assert (draft.subject_type, draft.subject_id) == ("contact", book["contact"])
    filled = mailing.preview(draft)
    assert filled.subject == "Compte rendu : Lancement du projet du 20 novembre 2026"
    assert "- Démarrage le 1er décembre\n- Point hebdomadaire le lundi" in filled.body
    assert "- Envoyer le planning (Jeanne, pour le 27/11/2026)" in filled.body
    assert "- Ouvrir les accès au dépôt (Hélène)" in filled.body


def test_an_unfilled_variable_is_named_and_blocks_the_send(profile, book, smtp_server):
    account = account_for(smtp_server.port)
    draft = mailing.make_draft(profile, "minutes", book["minutes"], "fr", account, TODAY)
    draft = mailing.with_template(draft, Template("Bonjour {recipient_name}", "{sender_name}"))
    draft = mailing.MailDraft(**{**draft.__dict__, "values": {**draft.values, "sender_name": ""}})
    with pytest.raises(TemplateError) as caught:
        send(profile, draft, account)
    assert caught.value.missing == ["sender_name"]
    assert "{sender_name}" in str(caught.value)
    typo = mailing.with_template(draft, Template("{meeting_tilte}", "x"))
    with pytest.raises(TemplateError, match=r"Unknown variable: \{meeting_tilte\}"):
        mailing.preview(typo)
    assert smtp_server.received == [] and OutboxMail.select().count() == 0


def test_a_sent_email_is_a_trace_with_its_eml_and_a_sent_row(profile, book, smtp_server):
    account = account_for(smtp_server.port)
    draft = mailing.make_draft(profile, "minutes", book["minutes"], "fr", account, TODAY)
    result = send(profile, draft, account)

    assert result.sent and result.recorded
    [received] = smtp_server.received
    assert received.rcpt_tos == ["helene.lefevre@client.example", "jeanne@example.fr"]  # BCC self
    [trace] = [e for e in activities.timeline("contact", book["contact"]) if e.channel == "email"]
    assert trace.title == "Compte rendu : Lancement du projet du 20 novembre 2026"
    assert trace.body.startswith("To: helene.lefevre@client.example\n\nBonjour,")
    [eml] = trace.files
    assert eml.file_name == "Compte rendu Lancement du projet du 20 novembre 2026.eml"
    stored = attachments.attachment_path(profile, eml.id).read_bytes()
    assert stored.rstrip(b"\r\n") == received.data.rstrip(b"\r\n")
    sent = SentMail.get()
    assert (sent.kind, sent.record_id, sent.activity_id) == (
        "minutes",
        book["minutes"],
        trace.activity_id,
    )
    assert OutboxMail.select().count() == 0
    assert not any(mailing.outbox_folder(profile).rglob("*.eml"))


def test_a_failed_send_stays_in_the_outbox_and_retry_sends_the_same_message(
    profile, book, smtp_server
):
    account = account_for(smtp_server.port)
    draft = mailing.make_draft(profile, "minutes", book["minutes"], "fr", account, TODAY)
    with pytest.raises(errors.AuthenticationError):
        send(profile, draft, account, password="wrong")
    [entry] = mailing.outbox()
    assert entry.status == "failed" and entry.attempts == 1
    assert "refused the user name or the password" in str(entry.error)
    assert entry.title.startswith("Compte rendu")
    assert activities.timeline("contact", book["contact"])[0].channel != "email"  # no trace

    result = mailing.SendResult()
    mailing.run_steps(
        mailing.retry_steps(profile, entry.id, account, PASSWORD, result, today=TODAY)
    )
    assert result.recorded and mailing.outbox() == []
    [received] = smtp_server.received
    parsed = email.message_from_bytes(received.data, policy=default)
    assert parsed["Subject"] == entry.title
    assert SentMail.select().count() == 1


def test_a_refused_recipient_is_kept_with_the_reason(profile, book, smtp_server):
    account = account_for(smtp_server.port)
    draft = mailing.make_draft(profile, "minutes", book["minutes"], "fr", account, TODAY)
    draft = mailing.MailDraft(**{**draft.__dict__, "to": ("nobody@refused.example",)})
    with pytest.raises(errors.RecipientRefusedError):
        send(profile, draft, account)
    [entry] = mailing.outbox()
    assert "nobody@refused.example" in str(entry.error)
    mailing.discard(profile, entry.id)
    assert mailing.outbox() == [] and not any(mailing.outbox_folder(profile).rglob("*.eml"))


def test_cancelling_before_the_send_leaves_nothing(profile, book, smtp_server):
    account = account_for(smtp_server.port)
    draft = mailing.make_draft(profile, "minutes", book["minutes"], "fr", account, TODAY)
    steps = mailing.send_steps(profile, draft, account, PASSWORD, mailing.SendResult())
    next(steps)
    next(steps)  # the outbox row is written, the send comes next
    assert OutboxMail.select().count() == 1
    steps.close()
    assert OutboxMail.select().count() == 0 and smtp_server.received == []


def test_a_kind_marks_its_record_once_sent(profile, book, smtp_server, monkeypatch):
    """What a document kind's registration does: an invoice becomes "sent"."""
    marked = []
    kind = mail_kinds.MailKind(
        name="test-document",
        label="Document",
        templates={"fr": Template("Doc {number}", "Ci-joint."), "en": Template("Doc", "x")},
        variables={"number": "its number"},
        prepare=lambda profile, record_id, language, today: mail_kinds.Prepared(
            ("client@example.com",),
            {"number": "F-2026-0042"},
            "company",
            book["company"],
            attachments=(pdf,),
        ),
        on_sent=lambda record_id, today: marked.append((record_id, today)),
    )
    pdf = mail_kinds.document_file(profile, "F-2026-0042.pdf")  # what build_invoice writes
    pdf.write_bytes(b"%PDF-1.7 facture")
    monkeypatch.setitem(mail_kinds.KINDS, kind.name, kind)
    account = account_for(smtp_server.port)
    draft = mailing.make_draft(profile, "test-document", 42, "fr", account, TODAY)
    result = send(profile, draft, account)
    assert marked == [(42, TODAY)]
    assert result.attachment_names == ("F-2026-0042.pdf",)
    assert not pdf.exists()  # the built PDF is gone; the .eml on the trace keeps it
    [received] = smtp_server.received
    parsed = email.message_from_bytes(received.data, policy=default)
    [part] = parsed.iter_attachments()
    assert (part.get_filename(), part.get_content()) == ("F-2026-0042.pdf", b"%PDF-1.7 facture")
    trace = activities.timeline("company", book["company"])[0]
    assert "Attachments: F-2026-0042.pdf" in trace.body


def test_a_failing_status_change_rolls_the_trace_back_and_says_so(
    profile, book, smtp_server, monkeypatch
):
    def refuse(record_id, today):
        raise DomainError(mail_kinds.gone().message)

    kind = mail_kinds.MailKind(
        name="test-refuse",
        label="Document",
        templates={"fr": Template("Doc", "x"), "en": Template("Doc", "x")},
        variables={},
        prepare=lambda profile, record_id, language, today: mail_kinds.Prepared(
            ("client@example.com",), {}, "company", book["company"]
        ),
        on_sent=refuse,
    )
    monkeypatch.setitem(mail_kinds.KINDS, kind.name, kind)
    account = account_for(smtp_server.port)
    draft = mailing.make_draft(profile, "test-refuse", 1, "fr", account, TODAY)
    with pytest.raises(DomainError):
        send(profile, draft, account)
    assert len(smtp_server.received) == 1  # it went out...
    [entry] = mailing.outbox()  # ...and the outbox says it was sent but not recorded
    assert entry.status == "sent"
    assert SentMail.select().count() == 0
    assert all(e.channel != "email" for e in activities.timeline("company", book["company"]))


def test_checkins_are_due_on_the_schedule_the_user_sets(profile, book, smtp_server):
    contract = book["contract"]
    assert [c.contract_id for c in mailing.checkins_due(TODAY, every_days=30)] == [contract]
    due = mailing.checkins_due(TODAY, every_days=30)[0]
    assert due.due_on == dt.date(2026, 10, 1) and due.last_sent_on is None
    assert mailing.checkins_due(TODAY, every_days=0) == []
    mail_settings.set_checkin_every_days(120)
    assert mailing.checkins_due(TODAY) == []  # 1 September + 120 days is in December

    account = account_for(smtp_server.port)
    draft = mailing.make_draft(profile, "checkin", contract, "fr", account, TODAY)
    assert draft.to == ("helene.lefevre@client.example",)
    assert mailing.preview(draft).body.startswith("Bonjour Hélène Lefèvre,")
    send(profile, draft, account)
    assert mailing.checkins_due(TODAY, every_days=30) == []  # next one in 30 days
    later = dt.date.today() + dt.timedelta(days=30)  # sent_at is the real time of sending
    assert [c.contract_id for c in mailing.checkins_due(later, every_days=30)] == [contract]


def test_the_user_template_replaces_the_default_and_can_be_reset(db):
    known = set(mail_kinds.MINUTES.known)
    mail_settings.save_template(
        "minutes", "fr", Template("CR {meeting_date}", "{decisions}"), known
    )
    assert mailing.template_for("minutes", "fr") == Template("CR {meeting_date}", "{decisions}")
    assert mailing.template_for("minutes", "en") == mail_kinds.MINUTES.templates["en"]
    with pytest.raises(TemplateError):
        mail_settings.save_template("minutes", "fr", Template("{nope}", ""), known)
    mail_settings.reset_template("minutes", "fr")
    assert mailing.template_for("minutes", "fr") == mail_kinds.MINUTES.templates["fr"]


def test_an_unconfigured_account_is_refused_before_anything(profile, book):
    draft = mailing.make_draft(profile, "minutes", book["minutes"], "fr", today=TODAY)
    with pytest.raises(DomainError, match="Settings > E-mail"):
        send(profile, draft, mail_settings.load_account())


def test_the_password_comes_from_the_keyring_else_the_session(db, memory_keyring):
    account = account_for(2525)
    with pytest.raises(errors.PasswordNeededError):
        mail_settings.password_for(account)
    mail_settings.use_for_session(account, "typed")
    assert mail_settings.password_for(account) == "typed"
    mail_settings.save_password(account, "saved")
    assert memory_keyring.secrets[("Freelance Desk", "jeanne@example.fr@127.0.0.1")] == "saved"
    assert mail_settings.password_for(account) == "saved"
    mail_settings.forget_password(account)
    assert memory_keyring.secrets == {}
