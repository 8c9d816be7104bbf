"""Missions as a user drives them: the editor, proposing, answers, contract draft."""

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from desktop.domain.validation import CompanyDraft
from desktop.services import companies, offers
from desktop.store.models import Contract, Mission, Offer, OfferRefusalReason, Talent
from desktop.ui.missions.dialog import MissionDialog
from desktop.ui.missions.offers import AcceptedDialog, AnswerDialog, ProposeDialog
from tests.ui.conftest import settle, when_modal


def go(qtbot, window, key: str, record_id: int):
    """Open a record in its list and wait until it is selected (lists read off the UI
    thread)."""
    page = window.go_to(key, record_id)
    settle(qtbot, page)
    return page


def click_save(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_create_a_mission_the_scope_checklist_follows_what_is_typed(make_window, db, qtbot):
    client = companies.create_company(CompanyDraft("Banque Démo", city="Lyon"))
    window = make_window()
    states = []

    def fill(dialog: MissionDialog) -> None:
        dialog.company.set_record(client, "Banque Démo (Lyon)")
        dialog.title.setText("Migration Kubernetes")
        states.append(dialog.scope_status.text())
        for box, text in (
            (dialog.objectives, "Zéro interruption"),
            (dialog.deliverables, "Charts Helm"),
            (dialog.exclusions, "Astreintes"),
            (dialog.roles, "Client : ops"),
        ):
            box.setPlainText(text)
        dialog.phases.add_phase("Cadrage", dt.date(2027, 1, 15))
        states.append(dialog.scope_status.text())
        dialog.client_rate.setText("800")
        dialog.talent_rate.setText("650 €")
        states.append(dialog.margin.text())
        dialog.commission.setValue(10)
        states.append(dialog.margin.text())
        dialog.commission.setValue(0)
        states.append(dialog.fixed_price.placeholderText())  # disabled: no greyed example
        dialog.skills.add_skill("Kubernetes", 4, True)
        click_save(dialog)

    when_modal(MissionDialog, fill)
    window.new_record("missions")
    settle(qtbot, window.page("missions"))
    assert "still missing" in states[0] and "complete" in states[1]
    assert states[2] == "€150.00 per day (18.8 % of the client rate)"
    assert states[3] == "€70.00 per day (8.8 % of the client rate), after €80.00 of commission"
    assert states[4] == ""
    mission = Mission.get(Mission.title == "Migration Kubernetes")
    assert (mission.client_daily_rate, mission.talent_daily_rate) == (
        Decimal("800.00"),
        Decimal("650.00"),
    )
    assert window.page("missions").selected_id() == mission.id


def test_propose_from_the_ranking_refuse_see_the_hints_accept_get_the_contract(
    make_window, demo_db, qtbot
):
    """The issue's walk: propose a mission to three talents, record a refusal with reasons,
    see the hints, accept another offer, see the contract draft."""
    from PySide6.QtCore import QItemSelectionModel

    from desktop.ui.matching.hints_view import RefusalHintsView
    from desktop.ui.matching.ranking_panel import RankingPanel

    window = make_window()
    mission = Mission.select().where(Mission.status == "open").first()
    page = go(qtbot, window, "missions", mission.id)
    page.quick_actions.by_name["find"].click()  # one click: the Matching page
    assert window.current_key() == "matching"
    panel = window.page("matching").findChild(RankingPanel)
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 3, timeout=20_000)
    already = {o.talent_id for o in Offer.select().where(Offer.mission == mission.id)}
    rows = [
        r for r in range(panel.model.rowCount()) if panel.model.rows[r].talent_id not in already
    ][:3]
    selection = panel.table.selectionModel()
    for row in rows:
        selection.select(
            panel.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    chosen = panel.selected_ids()
    assert len(chosen) == 3

    def propose(dialog: ProposeDialog) -> None:
        dialog.scope_confirm.setChecked(True)  # demo scopes may be incomplete
        dialog.findChild(QDialogButtonBox).buttons()[0].click()

    when_modal(ProposeDialog, propose)
    panel.propose.click()
    settle(qtbot, page)
    ours = {
        o.talent_id: o.id
        for o in Offer.select().where((Offer.mission == mission.id) & Offer.talent.in_(chosen))
    }
    assert set(ours) == set(chosen)

    page = go(qtbot, window, "missions", mission.id)  # reloaded: the offers were written
    tab = page.offers_tab
    page.detail.tabs.setCurrentWidget(tab)
    page.detail.flush()

    def select(talent_id: int) -> None:
        for row, offer in enumerate(tab._rows):
            if offer.talent_id == talent_id:
                tab.table.selectRow(row)

    def refuse(dialog: AnswerDialog) -> None:
        dialog.set_status("refused")
        click_save(dialog)  # no reason yet: refused by the rules
        assert "pick at least one reason" in dialog.banner.text()
        dialog.reasons["rate_too_low"].setChecked(True)
        dialog.reasons["rigid_conditions"].setChecked(True)
        dialog.note.setText("Trop de jours sur site")
        click_save(dialog)

    select(chosen[0])
    when_modal(AnswerDialog, refuse)
    tab.answer()
    settle(qtbot, page)
    reasons = {
        r.reason
        for r in OfferRefusalReason.select().where(OfferRefusalReason.offer == ours[chosen[0]])
    }
    assert reasons == {"rate_too_low", "rigid_conditions"}

    # the refused offer stays selected: its hints show under the offers, unasked
    qtbot.waitUntil(
        lambda: any(v.hints for v in tab.findChildren(RefusalHintsView)), timeout=20_000
    )
    hints = next(v for v in tab.findChildren(RefusalHintsView) if v.hints)
    kinds = {h.reason for h in hints.hints}
    assert {"rate_too_low", "rigid_conditions"} <= kinds
    assert any(b.isEnabled() for b in hints.buttons)
    fewer_days = next(h for h in hints.hints if h.action == "reduce_on_site")
    button = hints.findChild(QPushButton, "hint-reduce_on_site")
    when_modal(QMessageBox, lambda box: box.findChild(QPushButton, "confirmButton").click())
    button.click()  # the hint's button changes the mission, once confirmed
    settle(qtbot, page)
    assert Mission.get_by_id(mission.id).days_on_site == fewer_days.value

    followed = []

    def follow_up(dialog: AcceptedDialog) -> None:
        followed.append(dialog.withdraw.isChecked())
        dialog.findChild(QPushButton, "openContract").click()  # withdraw the others, open it

    def accept(dialog: AnswerDialog) -> None:
        dialog.set_status("accepted")
        when_modal(AcceptedDialog, follow_up)
        click_save(dialog)

    select(chosen[1])
    when_modal(AnswerDialog, accept)
    tab.answer()
    settle(qtbot, page)
    assert followed == [True]
    contract = Contract.get(Contract.offer == ours[chosen[1]])
    assert contract.status == "draft" and contract.talent_id == chosen[1]
    assert Mission.get_by_id(mission.id).status == "staffed"
    assert Offer.get_by_id(ours[chosen[2]]).status == "withdrawn"
    assert window.current_key() == "contracts"
    contracts = window.page("contracts")
    assert contracts.selected_id() == contract.id
    assert contract.reference in contracts.detail.summary.toPlainText()


def test_a_mission_with_offers_cannot_be_deleted(window, monkeypatch, qtbot):
    mission_id = Offer.select(Offer.mission).first().mission_id
    page = go(qtbot, window, "missions", mission_id)
    monkeypatch.setattr("desktop.ui.confirm.confirm", lambda *a, **k: True)
    warnings = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: warnings.append(text))
    )
    page.delete_selected()
    assert Mission.get_or_none(Mission.id == mission_id) is not None
    assert "offers:" in warnings[0] and "Cancelled" in warnings[0]


def test_contacts_are_added_and_deleted_with_undo_from_the_company(window, monkeypatch, qtbot):
    from desktop.store.models import Contact
    from desktop.ui.companies.contacts import ContactDialog, ContactsTab

    company_id = companies.create_company(CompanyDraft("Conseil Dupré"))
    page = go(qtbot, window, "companies", company_id)
    tab = page.findChild(ContactsTab)
    page.detail.tabs.setCurrentWidget(tab)
    page.detail.flush()

    def fill(dialog: ContactDialog) -> None:
        dialog.first_name.setText("Anaïs")
        dialog.last_name.setText("Roux")
        dialog.phone.setText("0612345678")
        click_save(dialog)

    when_modal(ContactDialog, fill)
    tab.add()
    settle(qtbot, page)  # the summary is rendered off the UI thread
    contact = Contact.get(Contact.company == company_id)
    assert contact.phone == "06 12 34 56 78" and "Anaïs Roux" in page.detail.summary.toPlainText()
    monkeypatch.setattr("desktop.ui.confirm.confirm", lambda *a, **k: True)
    tab.table.selectRow(0)
    tab.delete_selected()
    assert Contact.get_or_none(Contact.id == contact.id) is None
    window.undo_action.trigger()
    settle(qtbot, page)
    assert Contact.get_by_id(contact.id).last_name == "Roux"
    assert window.current_key() == "companies" and page.selected_id() == company_id


def test_offers_service_state_is_visible_in_the_talent_detail(window, qtbot):
    talent_id = Offer.select(Offer.talent).where(Offer.status == "refused").first().talent_id
    page = go(qtbot, window, "talents", talent_id)
    text = page.detail.summary.toPlainText()
    reasons = [
        r.reason for r in OfferRefusalReason.select().join(Offer).where(Offer.talent == talent_id)
    ]
    assert "Refused" in text and reasons
    assert offers.refusal_reasons  # service used by the panel
    assert Talent.get_by_id(talent_id)


def test_detail_links_lead_to_the_right_records(window, qtbot):
    """Links of the mission, contract and invoice details open the client (and talent)."""
    contract = Contract.select().where(Contract.talent.is_null(False)).first()
    page = go(qtbot, window, "contracts", contract.id)
    html = page.detail.summary.toHtml()
    assert f"fd://companies/{contract.company_id}" in html
    assert f"fd://talents/{contract.talent_id}" in html
    mission = Mission.get_by_id(contract.mission_id)
    html = go(qtbot, window, "missions", mission.id).detail.summary.toHtml()
    assert f"fd://companies/{mission.company_id}" in html


def test_the_matching_page_keeps_its_splitter_and_leaves_the_list_alone(
    make_window, demo_db, qtbot
):
    """The ranking has a page of its own: the missions' splitter never moves for it."""
    window = make_window()
    mission = Mission.select().where(Mission.status == "open").first()
    page = go(qtbot, window, "missions", mission.id)
    page.splitter.setSizes([700, 400])
    before = page.splitter.sizes()
    window.find_talents(mission.id)
    matching = window.page("matching")
    assert matching.mission_id == mission.id and matching.panel.isVisible()
    window.go_to("missions", mission.id)
    assert page.splitter.sizes() == before


def test_the_talent_detail_shows_the_load_of_today_with_the_contracts(window, qtbot):
    """A talent on a contract made here: the detail's load is today's, not the record's."""
    today = dt.date.today()
    contract = (
        Contract.select()
        .where(
            Contract.talent.is_null(False)
            & (Contract.start_date <= today)
            & (Contract.end_date >= today)
            & Contract.ended_on.is_null()
        )
        .first()
    )
    talent = Talent.get_by_id(contract.talent_id)
    text = go(qtbot, window, "talents", talent.id).detail.summary.toPlainText()
    assert f"{talent.load_percent} % outside the contracts made here" in text
