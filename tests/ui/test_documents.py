"""Documents in the window: My company, a quote, the contract's life and the ending assistant."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop.services import offers, quotes, settings
from desktop.store.models import Attachment, Contract, ContractEnding, Mission, Offer, Talent
from desktop.ui.contracts.ending import EndingAssistant
from desktop.ui.contracts.panel import SignedDialog
from desktop.ui.documents.preview import PdfPreviewDialog
from desktop.ui.quotes.dialog import QuoteDialog
from tests.ui.conftest import settle, when_modal


def agency_mission() -> Mission:
    return (
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


def close_previews(qtbot) -> list[str]:
    """Wait for the preview a build opens, read its file's text, close it."""
    previews: list[PdfPreviewDialog] = []

    def opened() -> bool:
        previews[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, PdfPreviewDialog) and w.isVisible()
        ]
        return bool(previews)

    qtbot.waitUntil(opened, timeout=10000)
    texts = []
    for preview in previews:
        assert preview.document.pageCount() >= 1
        texts.append(" ".join(p.extract_text() for p in PdfReader(preview.path).pages))
        preview.close()
    return texts


def test_my_company_names_what_documents_still_need(window, qtbot):
    settings.put("company.identity", {})
    page = window.go_to("settings")
    company = page.page("company")
    company.load()
    assert "IBAN" in company.missing.text() and "SIREN" in company.missing.text()
    company.edits["trade_name"].setText("Atelier Test")
    company.edits["siren"].setText("552 120 223")  # wrong key
    assert not company.save()
    assert "SIREN" in company.banner.text() and company.banner.isVisible()
    company.edits["siren"].setText("552 120 222")
    assert company.save()
    assert settings.get("company.identity")["siren"] == "552120222"


def test_a_refused_document_links_to_my_company(window, qtbot):
    settings.put("company.identity", {"trade_name": "Atelier Test"})
    mission = agency_mission()
    quote_id = quotes.create_from_mission(mission.id)
    page = window.go_to("missions", mission.id)
    settle(qtbot, page)  # the mission selected (its tabs are disabled until then)
    tab = page.quotes_tab
    tab.set_mission(mission.id)
    tab.refresh(quote_id)
    seen = []

    def follow(box: QMessageBox) -> None:
        seen.append(box.text())
        box.findChild(type(box.buttons()[0]), "openCompany").click()

    when_modal(QMessageBox, follow)
    tab.buttons["send"].click()
    qtbot.waitUntil(lambda: window.current_key() == "settings")
    assert "legal form" in seen[0].lower() and "IBAN" in seen[0]
    assert window.page("settings").stack.currentWidget().widget().objectName() == "settings-company"


def test_from_an_accepted_offer_to_the_termination_letter(window, qtbot):
    today = dt.date.today()
    offer = (
        Offer.select()
        .join(Mission)
        .where(
            (Offer.status == "sent")
            & Mission.client_daily_rate.is_null(False)
            & (Mission.budget_kind == "daily")
            & (Mission.deliverables != "")
            & (Mission.objectives != "")
        )
        .order_by(Offer.id)
        .first()
    )
    mission = Mission.get_by_id(offer.mission_id)
    contract_id = offers.set_status(offer.id, "accepted", today=today)  # the contract draft
    missions = window.go_to("missions", mission.id)
    settle(qtbot, missions)  # the mission selected (its tabs are disabled until then)
    tab = missions.quotes_tab
    tab.set_mission(mission.id)

    def edit(dialog: QuoteDialog) -> None:
        dialog.deposit.setValue(20)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    when_modal(QuoteDialog, edit)
    tab.buttons["new"].click()
    quote_id = tab.selected().id
    tab.buttons["send"].click()
    reference = quotes.summary(quote_id).reference
    assert reference.startswith("DE-")
    tab.refresh(quote_id)
    tab.buttons["pdf"].click()
    (quote_text,) = close_previews(qtbot)
    assert reference in quote_text and "Bon pour accord" in quote_text
    tab.buttons["accept"].click()
    assert quotes.summary(quote_id).contract_id == contract_id  # the offer's contract, completed
    assert Contract.get_by_id(contract_id).deposit_invoice_due
    talent = Talent.get_by_id(offer.talent_id)
    Contract.update(start_date=today - dt.timedelta(days=400), end_date=None).where(
        Contract.id == contract_id
    ).execute()

    contracts_page = window.go_to("contracts", contract_id)
    settle(qtbot, contracts_page)
    document = contracts_page.contract_tab
    document.set_contract(contract_id)
    document.buttons["pdf"].click()
    (draft_text,) = close_previews(qtbot)
    assert "PROJET" in draft_text and "{{" not in draft_text
    document.buttons["send"].click()
    assert Contract.get_by_id(contract_id).status == "sent"
    when_modal(SignedDialog, lambda dialog: dialog.accept())
    document.buttons["sign"].click()
    assert Contract.get_by_id(contract_id).status == "signed"
    document.buttons["activate"].click()
    document.buttons["pdf"].click()
    (sent_text,) = close_previews(qtbot)
    assert "Article 1" in sent_text and "PROJET" not in sent_text

    steps = {}

    def assist(dialog: EndingAssistant) -> None:
        dialog.reason.setCurrentIndex(dialog.reason.findData("better_mission"))
        dialog.note.setPlainText("Une mission plus proche de mes objectifs")
        dialog.next.click()
        steps["notice"] = dialog.notice_label.text()
        steps["end"] = dialog.end_date()
        dialog.next.click()
        for check in dialog.checks[:3]:
            check.setChecked(True)
        dialog.lessons.setPlainText("Cadrer la charge dès le départ")
        dialog.next.click()
        qtbot.waitUntil(lambda: dialog.replacements.count() > 0, timeout=10000)
        dialog.replacements.item(0).setCheckState(dialog.replacements.item(0).checkState().Checked)
        steps["recommended"] = dialog.replacements.item(0).text().split(" — ")[0]
        dialog.next.click()
        dialog.preview_button.click()
        qtbot.waitUntil(lambda: dialog.letter_path is not None, timeout=10000)
        preview = dialog.findChild(PdfPreviewDialog)
        steps["letter"] = " ".join(p.extract_text() for p in PdfReader(preview.path).pages)
        preview.close()
        when_modal(QMessageBox, lambda box: box.accept())  # "Mission ended", once it shows
        dialog.finish.click()

    when_modal(EndingAssistant, assist)
    document.buttons["end"].click()
    qtbot.waitUntil(lambda: Contract.get_by_id(contract_id).status == "terminated", timeout=5000)
    # a contract of more than a year with 15 days of notice: its own notice applies
    assert "15 days" in steps["notice"] and steps["end"] == today + dt.timedelta(days=15)
    letter = " ".join(steps["letter"].split())
    assert steps["recommended"] in letter and "15 jours" in letter
    ending = ContractEnding.get(ContractEnding.contract == contract_id)
    assert ending.reason == "better_mission" and "Cadrer" in ending.lessons
    files = [
        a.file_name
        for a in Attachment.select().where(
            (Attachment.subject_type == "contract") & (Attachment.subject_id == contract_id)
        )
    ]
    assert any(name.startswith("fin-de-mission-") for name in files)
    assert any(name.startswith("contrat-") for name in files)  # the sent contract, filed
    assert Talent.get_by_id(talent.id).available_from == steps["end"] + dt.timedelta(days=1)
