"""Quotes, contracts and termination letters by e-mail, through the real send path.

Each is sent to the loopback SMTP server: the PDF received is, byte for byte, the one
the kind built; the status follows (a quote numbered and sent, a draft contract sent);
the trace lands on the right record with the ``.eml``. A missing recipient or an
unfilled variable blocks the send, naming it, before anything changes.
"""

from __future__ import annotations

import datetime as dt
import email
from email.policy import default

import pytest
from pypdf import PdfReader

from desktop.domain.errors import DomainError
from desktop.domain.formatting import format_date, format_money
from desktop.mail import errors
from desktop.mail.templates import Template, TemplateError
from desktop.services import (
    activities,
    attachments,
    contracts,
    document_mails,
    documents,
    endings,
    mailing,
    quotes,
)
from desktop.store.models import (
    Company,
    Contact,
    Contract,
    Mission,
    OutboxMail,
    Quote,
    SentMail,
    Talent,
)
from tests.mail.book import account_for
from tests.mail.smtp_server import PASSWORD

CLIENT = "aurelie.martin@client.example"
# The real day: a draft quote is checked against it when the send dialog opens (its validity).
TODAY = dt.date.today()


def next_quote_number() -> str:
    """The number the next quote sent gets: after the demo's own, gapless per year."""
    sent = Quote.select().where(Quote.reference.startswith(f"DE-{TODAY.year}-")).count()
    return f"DE-{TODAY.year}-{sent + 1:05d}"


@pytest.fixture
def built(monkeypatch) -> list[tuple[str, bytes]]:
    """Every PDF a kind builds, as (file name, bytes) read right after the build."""
    seen: list[tuple[str, bytes]] = []
    for name in ("build_quote", "build_contract", "build_termination_of"):
        real = getattr(documents, name)

        def spy(*args, _real=real, **kwargs):
            result = _real(*args, **kwargs)
            seen.append((result.path.name, result.path.read_bytes()))
            return result

        monkeypatch.setattr(documents, name, spy)
    return seen


def a_mission() -> Mission:
    """A demo mission billed by the day, its contact given a known address."""
    mission = (
        Mission.select()
        .where(Mission.client_daily_rate.is_null(False) & (Mission.budget_kind == "daily"))
        .order_by(Mission.id)
        .first()
    )
    contact = Contact.create(
        company=mission.company_id, first_name="Aurélie", last_name="Martin", email=CLIENT
    )
    Mission.update(contact=contact.id).where(Mission.id == mission.id).execute()
    return Mission.get_by_id(mission.id)


def send(profile, draft, account, password=PASSWORD) -> mailing.SendResult:
    result = mailing.SendResult()
    mailing.run_steps(mailing.send_steps(profile, draft, account, password, result, today=TODAY))
    return result


def received_pdf(server) -> tuple[str, bytes]:
    [received] = server.received
    parsed = email.message_from_bytes(received.data, policy=default)
    [part] = parsed.iter_attachments()
    assert part.get_content_type() == "application/pdf"
    return part.get_filename(), part.get_content()


def pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "received.pdf"
    path.write_bytes(data)
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def email_traces(subject_type: str, subject_id: int):
    return [e for e in activities.timeline(subject_type, subject_id) if e.channel == "email"]


def test_a_draft_quote_is_numbered_sent_and_traced_on_its_mission(
    profile, demo_db, smtp_server, built, tmp_path
):
    first = next_quote_number()
    mission = a_mission()
    quote_id = quotes.create_from_mission(mission.id, TODAY)
    account = account_for(smtp_server.port)
    draft = mailing.make_draft(profile, "quote", quote_id, "fr", account, TODAY)
    assert draft.to == (CLIENT,)
    assert (draft.subject_type, draft.subject_id) == ("mission", mission.id)
    assert mailing.preview(draft).subject == f"Devis {first} : {mission.title}"
    assert Quote.get_by_id(quote_id).reference is None  # opening the dialog numbers nothing

    result = send(profile, draft, account)

    quote = Quote.get_by_id(quote_id)
    assert (quote.status, quote.reference, quote.sent_on) == ("sent", first, TODAY)
    name, data = received_pdf(smtp_server)
    assert (name, data) == built[-1]  # the PDF built once numbered, byte for byte
    assert len(built) == 2  # the draft previewed when the dialog opened, then the numbered one
    assert name == f"devis-{first}.pdf"
    text = pdf_text(data, tmp_path)
    assert first in text and "PROJET" not in text
    [received] = smtp_server.received
    parsed = email.message_from_bytes(received.data, policy=default)
    assert parsed["Subject"] == f"Devis {first} : {mission.title}"
    sums = quotes.quote_totals(quote_id)
    body = parsed.get_body(("plain",)).get_content()
    assert f"d’un montant de {format_money(sums.excl_tax, 'fr')} HT" in body
    [trace] = email_traces("mission", mission.id)
    assert trace.activity_id == result.activity_id
    assert f"Attachments: devis-{first}.pdf" in trace.body
    [eml] = trace.files
    assert eml.file_name.endswith(".eml")
    stored = attachments.attachment_path(profile, eml.id).read_bytes()
    assert stored.rstrip(b"\r\n") == received.data.rstrip(b"\r\n")
    sent = SentMail.get()
    assert (sent.kind, sent.record_id) == ("quote", quote_id)
    assert not any(mailing.outbox_folder(profile).rglob("*.pdf"))  # built PDFs cleaned up


def test_a_sent_quote_goes_again_unchanged_and_without_mission_to_its_client(
    profile, demo_db, smtp_server, built
):
    mission = a_mission()
    quote_id = quotes.create_from_mission(mission.id, TODAY)
    reference = quotes.send(quote_id, TODAY)
    Quote.update(mission=None, language="en").where(Quote.id == quote_id).execute()
    account = account_for(smtp_server.port)
    draft = mailing.make_draft(profile, "quote", quote_id, "en", account, TODAY)
    company = Company.get_by_id(mission.company_id)
    assert (draft.subject_type, draft.subject_id) == ("company", company.id)
    assert draft.to == (company.email,)  # no mission: the client's address
    before = {e.activity_id for e in email_traces("company", company.id)}  # the demo's
    send(profile, draft, account)
    assert Quote.get_by_id(quote_id).reference == reference  # no second number
    assert received_pdf(smtp_server) == built[-1]
    assert built[-1][0] == f"quote-{reference}.pdf"  # an English quote, an English name
    assert len(built) == 1  # nothing to number: built once, when the dialog opened
    [trace] = [e for e in email_traces("company", company.id) if e.activity_id not in before]
    assert trace.title == f"Quote {reference}: {mission.title}"


def test_no_recipient_or_an_unfilled_variable_blocks_and_burns_no_number(
    profile, demo_db, smtp_server
):
    mission = a_mission()
    quote_id = quotes.create_from_mission(mission.id, TODAY)
    Mission.update(contact=None).where(Mission.id == mission.id).execute()
    Company.update(email="").where(Company.id == mission.company_id).execute()
    Contact.update(email="").where(Contact.company == mission.company_id).execute()
    account = account_for(smtp_server.port)
    draft = mailing.make_draft(profile, "quote", quote_id, "fr", account, TODAY)
    assert draft.to == () and draft.values["contact_name"] == ""
    with pytest.raises(DomainError, match="recipient's address"):
        send(profile, draft, account)

    draft = mailing.MailDraft(**{**draft.__dict__, "to": ("compta@client.example",)})
    draft = mailing.with_template(draft, Template("{quote_reference}", "Bonjour {contact_name},"))
    with pytest.raises(TemplateError) as caught:
        send(profile, draft, account)
    assert caught.value.missing == ["contact_name"]
    assert "{contact_name}" in str(caught.value)
    quote = Quote.get_by_id(quote_id)
    assert (quote.status, quote.reference) == ("draft", None)
    assert smtp_server.received == [] and OutboxMail.select().count() == 0
    assert not any(mailing.outbox_folder(profile).rglob("*.eml"))
    mailing.drop_built_documents(profile, draft)  # what closing the dialog does
    assert not any(mailing.outbox_folder(profile).rglob("*.pdf"))


def test_a_numbered_quote_whose_send_failed_waits_in_the_outbox(profile, demo_db, smtp_server):
    first = next_quote_number()
    quote_id = quotes.create_from_mission(a_mission().id, TODAY)
    account = account_for(smtp_server.port)
    draft = mailing.make_draft(profile, "quote", quote_id, "fr", account, TODAY)
    with pytest.raises(errors.AuthenticationError):
        send(profile, draft, account, password="wrong")
    assert Quote.get_by_id(quote_id).reference == first  # numbered: it is the PDF
    [entry] = mailing.outbox()
    assert entry.attachment_names == (f"devis-{first}.pdf",)
    result = mailing.SendResult()
    mailing.run_steps(
        mailing.retry_steps(profile, entry.id, account, PASSWORD, result, today=TODAY)
    )
    assert result.recorded and mailing.outbox() == []
    assert received_pdf(smtp_server)[0] == f"devis-{first}.pdf"


def test_cancelling_once_the_quote_is_numbered_keeps_the_email(profile, demo_db, smtp_server):
    quote_id = quotes.create_from_mission(a_mission().id, TODAY)
    account = account_for(smtp_server.port)
    draft = mailing.make_draft(profile, "quote", quote_id, "fr", account, TODAY)
    steps = mailing.send_steps(profile, draft, account, PASSWORD, mailing.SendResult())
    next(steps)
    assert Quote.get_by_id(quote_id).status == "draft"  # still cancellable: nothing changed
    next(steps)  # numbered, the message built and kept; the send comes next
    steps.close()
    assert Quote.get_by_id(quote_id).status == "sent"
    [entry] = mailing.outbox()
    assert entry.status == "failed" and "already numbered" in str(entry.error)
    assert smtp_server.received == []


def a_contract() -> int:
    """A draft client contract from an accepted quote (its mission's contact known)."""
    mission = (
        Mission.select()
        .where(
            Mission.client_daily_rate.is_null(False)
            & (Mission.budget_kind == "daily")
            & (Mission.deliverables != "")
            & (Mission.objectives != "")
        )
        .order_by(Mission.id)
        .first()
    )
    contact = Contact.create(
        company=mission.company_id, first_name="Aurélie", last_name="Martin", email=CLIENT
    )
    Mission.update(contact=contact.id).where(Mission.id == mission.id).execute()
    quote_id = quotes.create_from_mission(mission.id, TODAY)
    quotes.send(quote_id, TODAY)
    contract_id = quotes.accept(quote_id, TODAY)
    talent = Talent.select().where(Talent.email != "").order_by(Talent.id).first()
    Contract.update(talent=talent.id).where(Contract.id == contract_id).execute()
    return contract_id


def test_a_draft_contract_goes_as_sent_and_becomes_sent(
    profile, demo_db, smtp_server, built, tmp_path
):
    contract_id = a_contract()
    reference = Contract.get_by_id(contract_id).reference
    account = account_for(smtp_server.port)
    draft = mailing.make_draft(profile, "contract", contract_id, "fr", account, TODAY)
    assert draft.to == (CLIENT,) and draft.values["contact_name"] == "Aurélie Martin"
    assert Contract.get_by_id(contract_id).status == "draft"

    send(profile, draft, account)

    contract = Contract.get_by_id(contract_id)
    assert (contract.status, contract.sent_on) == ("sent", TODAY)
    name, data = received_pdf(smtp_server)
    assert (name, data) == built[-1] and len(built) == 1
    assert name == f"contrat-{reference}.pdf"
    text = pdf_text(data, tmp_path)
    assert "PROJET" not in text and "{{" not in text and reference in text
    [trace] = email_traces("contract", contract_id)
    assert trace.title.startswith(f"Contrat {reference}")
    assert trace.files[0].file_name.endswith(".eml")
    assert contracts.clauses(contract_id)  # pinned on sending, as "Mark as sent" does


def test_a_contract_with_an_unfilled_clause_variable_is_not_sent(profile, demo_db, smtp_server):
    contract_id = a_contract()
    drafts = contracts.clauses(contract_id)
    drafts.append(contracts.ClauseDraft("custom", "Astreinte", "Astreinte : {{on_call_rate}}."))
    contracts.save_clauses(contract_id, drafts)
    account_for(smtp_server.port)
    with pytest.raises(DomainError, match="on_call_rate"):
        mailing.make_draft(profile, "contract", contract_id, "fr", today=TODAY)
    assert Contract.get_by_id(contract_id).status == "draft"
    assert not any((mailing.outbox_folder(profile) / "documents").iterdir())  # no leftovers


def test_a_subcontract_goes_to_the_talent(profile, demo_db, smtp_server):
    sub_id = contracts.create_subcontract(a_contract(), TODAY)
    talent = Talent.get_by_id(Contract.get_by_id(sub_id).talent_id)
    draft = mailing.make_draft(profile, "contract", sub_id, "fr", account_for(2525), TODAY)
    assert draft.to == (talent.email,)
    assert draft.values["contact_name"] == f"{talent.first_name} {talent.last_name}"
    mailing.drop_built_documents(profile, draft)


def test_the_termination_letter_of_an_ended_contract(
    profile, demo_db, smtp_server, built, tmp_path
):
    contract_id = a_contract()
    account = account_for(smtp_server.port)
    with pytest.raises(DomainError, match="no ending recorded"):
        mailing.make_draft(profile, "termination", contract_id, "fr", account, TODAY)
    contracts.set_status(contract_id, "sent", TODAY)
    ending = endings.EndingDraft(contract_id, "values", TODAY, TODAY + dt.timedelta(days=15))
    endings.confirm(ending, TODAY)
    status = Contract.get_by_id(contract_id).status
    draft = mailing.make_draft(profile, "termination", contract_id, "fr", account, TODAY)
    last_day = format_date(TODAY + dt.timedelta(days=15), "fr", "long")
    assert draft.values["last_day"] == last_day

    send(profile, draft, account)

    name, data = received_pdf(smtp_server)
    reference = Contract.get_by_id(contract_id).reference
    assert (name, data) == built[-1] and name == f"fin-de-mission-{reference}.pdf"
    assert last_day in " ".join(pdf_text(data, tmp_path).split())
    assert Contract.get_by_id(contract_id).status == status  # no status change
    [trace] = email_traces("contract", contract_id)
    assert "Attachments: fin-de-mission-" in trace.body
    assert SentMail.get().kind == "termination"


def test_the_dialog_starts_in_the_documents_language(demo_db):
    contract_id = a_contract()
    Contract.update(language="en").where(Contract.id == contract_id).execute()
    assert document_mails.document_language("contract", contract_id) == "en"
    assert document_mails.document_language("termination", contract_id) == "en"
    assert document_mails.document_language("minutes", 1) is None
