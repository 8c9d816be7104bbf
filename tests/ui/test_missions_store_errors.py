"""Missions and matching dialogs when the store refuses a write (issue 9, point 5): another
window holding SQLite's write lock (a real second connection), what was typed kept, the
message shown, and Retry saving once the lock is gone."""

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop.domain.missions import MissionDraft, RequiredSkill
from desktop.domain.validation import CompanyDraft, SkillLevel, TalentDraft
from desktop.services import companies, missions, offers, talents
from desktop.store.models import Mission, Offer, OfferRefusalReason, Referral, Talent
from desktop.ui import i18n
from desktop.ui.app import create_application
from desktop.ui.matching.referral_dialog import ReferralDialog
from desktop.ui.missions.hint_actions import HintActions
from desktop.ui.missions.offers import AnswerDialog, OffersTab, ProposeDialog
from tests.conftest import TODAY
from tests.ui.conftest import another_writer, when_modal

BUSY = "Another Freelance Desk window or command is writing"


@pytest.fixture
def mission(db):
    create_application()
    i18n.install(QApplication.instance(), "en")
    client = companies.create_company(CompanyDraft("Banque Démo", city="Lyon"))
    return missions.create_mission(
        MissionDraft(
            client,
            "Migration Kubernetes",
            skills=(RequiredSkill("Kubernetes", 4),),
            client_daily_rate=Decimal("850"),
            talent_daily_rate=Decimal("700"),
            start_date=TODAY + dt.timedelta(days=14),
            city="Lyon",
            status="open",
        )
    )


@pytest.fixture
def talent(mission):
    return talents.create_talent(
        TalentDraft("Anne", "Martin", city="Lyon", skills=(SkillLevel("Kubernetes", 4),))
    )


@pytest.fixture
def offer(mission, talent):
    proposal = offers.propose(mission, [talent], Decimal("700"), allow_incomplete_scope=True)
    return proposal.created[0]


def retry_when_free(other, seen: list, read=lambda: None) -> None:
    """On the "not saved" box: note what it says and what is stored, let the other window
    finish, then Retry."""

    def handle(box: QMessageBox) -> None:
        seen.append((box.windowTitle(), box.text().startswith(BUSY), read()))
        other.rollback()
        next(b for b in box.buttons() if b.text().replace("&", "") == "Retry").click()

    when_modal(QMessageBox, handle)


def test_propose_while_another_window_writes_keeps_the_message_and_sends_on_retry(
    qtbot, profile, mission, talent
):
    dialog = ProposeDialog(mission, [talent])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.rate.setText("720")
    dialog.message.setPlainText("Votre profil Kubernetes colle au besoin.")
    dialog.scope_confirm.setChecked(True)
    seen = []
    with another_writer(profile.database) as other:
        retry_when_free(
            other,
            seen,
            lambda: (
                dialog.isVisible(),
                dialog.banner.text().startswith(BUSY),
                dialog.message.toPlainText(),
                Offer.select().count(),
            ),
        )
        dialog.propose()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert seen == [("Not saved", True, (True, True, dialog.message.toPlainText(), 0))]
    sent = Offer.get()
    assert (sent.talent_id, sent.proposed_rate) == (talent, Decimal("720"))
    assert dialog.proposal is not None and dialog.proposal.created == [sent.id]


def test_a_refusal_recorded_while_another_window_writes_keeps_the_reasons(qtbot, profile, offer):
    dialog = AnswerDialog(offer, "sent")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_status("refused")
    dialog.reasons["rate_too_low"].setChecked(True)
    dialog.note.setText("Trop loin de son TJM")
    seen = []
    with another_writer(profile.database) as other:
        retry_when_free(
            other,
            seen,
            lambda: (
                dialog.banner.text().startswith(BUSY),
                dialog.reasons["rate_too_low"].isChecked(),
                dialog.note.text(),
                Offer.get_by_id(offer).status,
            ),
        )
        dialog.save()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert seen == [("Not saved", True, (True, True, "Trop loin de son TJM", "sent"))]
    assert Offer.get_by_id(offer).status == "refused"
    assert [r.reason for r in OfferRefusalReason.select()] == ["rate_too_low"]


def test_a_refusal_without_a_reason_is_said_with_no_retry(qtbot, offer):
    dialog = AnswerDialog(offer, "sent")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_status("refused")
    dialog.save()  # a rule: the banner says it, nothing to retry, no box
    assert QApplication.activeModalWidget() is None
    assert "pick at least one reason" in dialog.banner.text() and dialog.isVisible()


def test_a_referral_recorded_while_another_window_writes_keeps_the_name(
    qtbot, profile, mission, talent
):
    dialog = ReferralDialog(talent, mission, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Zoé Leroy")
    dialog.note.setText("Ancienne collègue")
    seen = []
    with another_writer(profile.database) as other:
        retry_when_free(
            other,
            seen,
            lambda: (dialog.name.text(), dialog.note.text(), Referral.select().count()),
        )
        dialog.save()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert seen == [("Not saved", True, ("Zoé Leroy", "Ancienne collègue", 0))]
    assert Referral.get().name == "Zoé Leroy"


def test_keep_in_touch_while_another_window_writes_is_said_and_planned_on_retry(
    qtbot, profile, mission, talent, offer, monkeypatch
):
    tab = OffersTab()
    qtbot.addWidget(tab)
    tab.set_mission(mission)
    tab.table.selectRow(0)
    told = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda parent, title, text: told.append(title))
    )
    seen = []
    with another_writer(profile.database) as other:
        retry_when_free(other, seen, lambda: Talent.get_by_id(talent).next_follow_up_on)
        tab.keep_in_touch()
    assert seen == [("Keep in touch", True, None)]
    assert Talent.get_by_id(talent).next_follow_up_on is not None
    assert told == ["Follow-up planned"]


def test_hint_actions_while_another_window_writes_are_said_and_done_on_retry(
    qtbot, profile, mission, talent
):
    parent = QWidget()
    qtbot.addWidget(parent)
    changed, messages = [], []
    actions = HintActions(parent, mission, lambda: changed.append(True), messages.append)
    seen = []
    with another_writer(profile.database) as other:
        retry_when_free(other, seen, lambda: Talent.get_by_id(talent).next_follow_up_on)
        actions.plan_follow_up(talent)
    assert seen == [("Plan a follow-up", True, None)]
    assert Talent.get_by_id(talent).next_follow_up_on is not None
    assert messages[0].startswith("Follow-up planned on") and changed == [True]

    seen.clear()
    with another_writer(profile.database) as other:
        retry_when_free(other, seen, lambda: Mission.get_by_id(mission).talent_daily_rate)
        actions._update(talent_daily_rate=Decimal("750"))
    assert seen == [("Change the mission", True, Decimal("700.00"))]
    assert Mission.get_by_id(mission).talent_daily_rate == Decimal("750.00")
    assert changed == [True, True]
