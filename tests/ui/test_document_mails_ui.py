"""Documents by e-mail in one click: the quote tab and editor, the contract's Document tab,
the end of the ending assistant."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.services import contracts, endings, mail_settings, quotes
from desktop.store.models import Contact, Contract, Mission, Quote
from desktop.ui import i18n
from desktop.ui.app import create_application
from desktop.ui.contracts.panel import ContractTab
from desktop.ui.mail.send_dialog import SendMailDialog
from desktop.ui.quotes.dialog import QuoteDialog
from desktop.ui.quotes.tab import QuotesTab
from tests.mail.book import account_for
from tests.mail.smtp_server import PASSWORD
from tests.ui.conftest import when_modal

CLIENT = "aurelie.martin@client.example"


@pytest.fixture
def book(demo_db):
    create_application()
    i18n.install(QApplication.instance(), "en")
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
    return mission


def test_a_draft_quote_is_sent_from_its_tab_and_gets_its_number(
    qtbot, profile, book, smtp_server, memory_keyring
):
    mail_settings.save_password(account_for(smtp_server.port), PASSWORD)
    quote_id = quotes.create_from_mission(book.id)  # a French quote; the interface is English
    tab = QuotesTab(profile)
    qtbot.addWidget(tab)
    tab.set_mission(book.id)
    tab.refresh(quote_id)
    assert tab.buttons["email"].isEnabled()
    seen = {}

    def send(dialog: SendMailDialog) -> None:
        seen.update(
            kind=dialog.kind.name,
            language=dialog.language.currentData(),  # the quote's, not the interface's
            to=dialog.to.text(),
            notice=dialog.record_notice.text(),
            attachments=dialog.attached.text(),
        )
        dialog.send_button.click()

    when_modal(SendMailDialog, send)
    tab.buttons["email"].click()
    quote = Quote.get_by_id(quote_id)
    assert (seen["kind"], seen["language"], seen["to"]) == ("quote", "fr", CLIENT)
    assert f"its number, {quote.reference}" in seen["notice"]
    assert f"devis-{quote.reference}.pdf" in seen["attachments"]
    assert quote.status == "sent" and len(smtp_server.received) == 1
    assert tab.rows[0].reference == quote.reference  # the tab shows it numbered
    assert tab.table.item(0, 1).text() == "Sent"


def test_the_quote_editor_saves_then_opens_the_send_dialog(qtbot, profile, book):
    account_for(2525)
    quote_id = quotes.create_from_mission(book.id)
    tab = QuotesTab(profile)
    qtbot.addWidget(tab)
    tab.set_mission(book.id)
    tab.refresh(quote_id)
    opened = []

    def edit(dialog: QuoteDialog) -> None:
        dialog.title_edit.setText("Refonte, lot 1")
        dialog.findChild(QPushButton, "saveAndSend").click()

    def close(dialog: SendMailDialog) -> None:
        opened.append(dialog.preview_subject.text())
        dialog.reject()

    when_modal(QuoteDialog, edit)
    when_modal(SendMailDialog, close, tries=500)
    tab.buttons["edit"].click()
    assert Quote.get_by_id(quote_id).title == "Refonte, lot 1"
    assert opened and opened[0].endswith(": Refonte, lot 1")
    assert Quote.get_by_id(quote_id).status == "draft"  # closed without sending


def a_draft_contract(mission: Mission) -> int:
    quote_id = quotes.create_from_mission(mission.id)
    quotes.send(quote_id)
    return quotes.accept(quote_id)


def test_a_contract_and_its_letter_from_the_document_tab(
    qtbot, profile, book, smtp_server, memory_keyring
):
    mail_settings.save_password(account_for(smtp_server.port), PASSWORD)
    contract_id = a_draft_contract(book)
    tab = ContractTab(profile)
    qtbot.addWidget(tab)
    tab.set_contract(contract_id)
    assert tab.buttons["email"].isEnabled() and not tab.buttons["letterEmail"].isEnabled()
    seen = []

    def send(dialog: SendMailDialog) -> None:
        seen.append((dialog.kind.name, dialog.record_notice.text()))
        dialog.send_button.click()

    when_modal(SendMailDialog, send)
    tab.buttons["email"].click()
    assert seen[0][0] == "contract" and "marked as sent" in seen[0][1]
    assert Contract.get_by_id(contract_id).status == "sent"
    assert "Sent" in tab.state.text()  # the tab re-read the contract

    today = dt.date.today()
    endings.confirm(endings.EndingDraft(contract_id, "values", today, today), today)
    tab.refresh()
    assert tab.buttons["letterEmail"].isEnabled()
    when_modal(SendMailDialog, send)
    tab.buttons["letterEmail"].click()
    assert seen[1] == ("termination", "")  # no status change to announce
    assert len(smtp_server.received) == 2
    assert Contract.get_by_id(contract_id).status == "terminated"


def test_the_ending_assistant_ends_with_the_letter_by_email(qtbot, profile, book, monkeypatch):
    account_for(2525)
    contract_id = a_draft_contract(book)
    contracts.set_status(contract_id, "sent")

    class Assistant:
        """Stands for the ending assistant: confirms the ending as its last step does."""

        def __init__(self, profile, contract_id, today, parent) -> None:
            self.draft = endings.EndingDraft(contract_id, "values", today, today)

        def exec(self) -> bool:
            endings.confirm(self.draft, self.draft.given_on)
            return True

        def end_date(self) -> dt.date:
            return self.draft.end_date

    monkeypatch.setattr("desktop.ui.contracts.ending.EndingAssistant", Assistant)
    tab = ContractTab(profile)
    qtbot.addWidget(tab)
    tab.set_contract(contract_id)
    opened = []
    when_modal(QMessageBox, lambda box: box.findChild(QPushButton, "sendLetter").click())
    when_modal(
        SendMailDialog,
        lambda dialog: (opened.append((dialog.kind.name, dialog.to.text())), dialog.reject()),
        tries=500,
    )
    tab.buttons["end"].click()
    assert opened == [("termination", CLIENT)]


def test_after_a_failed_send_the_dialog_points_to_the_outbox_instead_of_sending_twice(
    qtbot, profile, book, smtp_server, memory_keyring
):
    account = account_for(smtp_server.port)
    mail_settings.save_password(account, "wrong")
    contract_id = a_draft_contract(book)
    dialog = SendMailDialog(profile, "contract", contract_id, language="fr")
    qtbot.addWidget(dialog)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.problem.level == "error")
    assert "retry it from there" in dialog.problem.text()
    assert not dialog.send_button.isEnabled()
    dialog.body.setPlainText(dialog.body.toPlainText() + " ")  # an edit does not re-enable it
    dialog.refresh_preview()
    assert not dialog.send_button.isEnabled()
    assert Contract.get_by_id(contract_id).status == "draft"  # nothing went out


def test_a_new_attempt_builds_the_pdf_again(qtbot, profile, book, smtp_server, memory_keyring):
    """A cancelled attempt leaves no PDF behind (its message held it): Send builds it anew."""
    from desktop.services import mailing

    mail_settings.save_password(account_for(smtp_server.port), PASSWORD)
    contract_id = a_draft_contract(book)
    dialog = SendMailDialog(profile, "contract", contract_id, language="fr")
    qtbot.addWidget(dialog)
    mailing.drop_built_documents(profile, dialog.draft)  # what the cancelled attempt did
    with qtbot.waitSignal(dialog.sent, timeout=10_000):
        dialog.send_button.click()
    assert dialog.result.attachment_names[0].startswith("contrat-")
    assert len(smtp_server.received) == 1
    assert Contract.get_by_id(contract_id).status == "sent"


def test_settings_offer_the_documents_templates(qtbot, profile, book):
    from desktop.ui.settings.email import EmailSettings

    page = EmailSettings(profile)
    qtbot.addWidget(page)
    kinds = {page.template_kind.itemData(i) for i in range(page.template_kind.count())}
    assert {"quote", "contract", "termination"} <= kinds
