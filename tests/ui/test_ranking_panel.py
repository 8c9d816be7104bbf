"""The ranking panel, the missions for a talent and the refusal hints, as a user drives them."""

import datetime as dt
import threading
from decimal import Decimal

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from desktop.domain.matching import DEFAULT_WEIGHTS
from desktop.domain.missions import MissionDraft, RequiredSkill
from desktop.domain.validation import CompanyDraft, SkillLevel, TalentDraft
from desktop.services import companies, matching, missions, offers, settings, talents
from desktop.store.models import Talent
from desktop.ui import tasks
from desktop.ui.matching.breakdown import SCORE_ROLE
from desktop.ui.matching.hints_view import RefusalHintsView
from desktop.ui.matching.missions_panel import MissionsForTalentPanel
from desktop.ui.matching.ranking_panel import OFFER_COLUMN, RankingPanel
from desktop.ui.matching.referral_dialog import ReferralDialog
from tests.conftest import TODAY

WAIT_MS = 10_000


@pytest.fixture
def mission(db):
    client = companies.create_company(CompanyDraft("Banque Démo", sector="Défense"))
    return missions.create_mission(
        MissionDraft(
            client,
            "Migration Kubernetes",
            skills=(RequiredSkill("Kubernetes", 4), RequiredSkill("AWS", 3, required=False)),
            client_daily_rate=Decimal("850"),
            talent_daily_rate=Decimal("700"),
            start_date=TODAY + dt.timedelta(days=14),
            city="Lyon",
            days_on_site=2,
            sector="Défense",
            seniority_min=5,
            status="open",
        )
    )


def add(first: str, **fields) -> int:
    values = {
        "daily_rate": Decimal("650"),
        "seniority_years": 8,
        "city": "Lyon",
        "region": "Auvergne-Rhône-Alpes",
        "max_days_on_site": 3,
        "available_from": TODAY,
        "skills": (SkillLevel("Kubernetes", 4), SkillLevel("AWS", 3)),
    }
    values.update(fields)
    return talents.create_talent(TalentDraft(first, "Martin", **values))


@pytest.fixture
def pool(mission):
    return {
        "Anne": add("Anne"),  # 100
        "Bruno": add("Bruno", daily_rate=Decimal("770"), seniority_years=25),  # pricey: 92
        "Chloé": add("Chloé", seniority_years=0, daily_rate=Decimal("450")),  # junior, cheap: 90
        "Denis": add("Denis", skills=(SkillLevel("AWS", 5),)),  # no Kubernetes: capped
        "Élise": add("Élise", refused_sectors=("Défense",)),  # left out
    }


def shown(panel) -> list[str]:
    return [row.name.split()[0] for row in panel.model.rows]


@pytest.fixture
def panel(qtbot, pool, mission) -> RankingPanel:
    view = RankingPanel(mission, today=TODAY)
    qtbot.addWidget(view)
    # Results come back through the event loop: nothing is shown before this wait.
    qtbot.waitSignal(view.ranked, timeout=WAIT_MS).wait()
    view.resize(1200, 600)
    view.show()
    return view


def test_the_panel_ranks_the_talents_and_explains_the_selected_one(panel):
    assert shown(panel) == ["Anne", "Bruno", "Chloé", "Denis"]
    assert panel.title.text() == "Talents for “Migration Kubernetes”"
    assert panel.excluded.text() == (
        "1 talent refuses the sector “Défense” and is left out: Élise Martin"
    )
    scores = [panel.model.index(r, 1).data(SCORE_ROLE) for r in range(4)]
    assert scores == [row.score for row in panel.model.rows] and scores[0] == 100
    assert panel.selected_ids() == [panel.model.rows[0].talent_id]  # first row selected
    assert panel.breakdown.title.text() == "Anne Martin"
    assert panel.breakdown.total.text() == "Score: 100 / 100"
    panel.table.selectRow(3)
    assert panel.breakdown.title.text() == "Denis Martin"
    assert panel.breakdown.warning.isVisible()
    assert "must-have skill missing (Kubernetes)" in panel.breakdown.warning.text()
    assert "Kubernetes: missing (must-have)" in panel.breakdown.reasons["skills"].text()
    assert "Capped at 40" in panel.model.index(3, 6).data()  # the key reasons column


def test_changing_a_weight_re_ranks_and_is_remembered(qtbot, panel):
    assert shown(panel)[1:3] == ["Bruno", "Chloé"]
    with qtbot.waitSignal(panel.ranked, timeout=WAIT_MS):
        panel.weights_box.sliders["rate"].setValue(100)  # the cheap junior moves up
    assert shown(panel)[1:3] == ["Chloé", "Bruno"]
    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=WAIT_MS)  # saved on the writer
    assert settings.get("matching.weights")["rate"] == 100
    assert matching.saved_weights().rate == 100
    with qtbot.waitSignal(panel.ranked, timeout=WAIT_MS):
        panel.weights_box.reset.click()
    assert shown(panel)[1:3] == ["Bruno", "Chloé"]
    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=WAIT_MS)
    assert matching.saved_weights() == DEFAULT_WEIGHTS


def test_filters_narrow_the_list_down_to_an_empty_state_that_says_what_to_do(qtbot, panel):
    with qtbot.waitSignal(panel.ranked, timeout=WAIT_MS):
        panel.filters_bar.max_rate.setText("700 €")
    assert shown(panel) == ["Anne", "Chloé", "Denis"]
    with qtbot.waitSignal(panel.ranked, timeout=WAIT_MS):
        panel.filters_bar.min_score.setValue(100)
    assert shown(panel) == ["Anne"]
    with qtbot.waitSignal(panel.ranked, timeout=WAIT_MS):
        panel.filters_bar.place.setText("Paris")
    assert panel.model.rows == [] and panel.stack.currentWidget() is panel.empty
    assert "Lower the minimum score" in panel.empty.text()
    assert not panel.propose.isEnabled()
    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=WAIT_MS)  # saved on the writer
    assert matching.saved_filters().place == "Paris"


def test_the_matching_page_reads_nothing_on_the_ui_thread(qtbot, pool, mission, tmp_path):
    """Opening Matching, its picker, a mission's ranking, a weight moved: every read runs
    on the reader thread, the remembered weights shown once they are read."""
    from desktop.ui.matching.page import MatchingPage
    from desktop.ui.state import UiState

    settings.put("matching.weights", {"rate": 55})
    ui_reads: list[str] = []
    real = SqliteDatabase.execute_sql

    def spy(self, sql, *args, **kwargs):
        if threading.current_thread() is threading.main_thread():
            ui_reads.append(sql)
        return real(self, sql, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(SqliteDatabase, "execute_sql", spy)
        page = MatchingPage(UiState(tmp_path / "ui.ini"))
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.settled and page.picker.count() == 1, timeout=WAIT_MS)
        page.show_mission(mission)
        panel = page.panel
        # not read yet: not built, or greyed, never the defaults shown as if chosen
        assert panel.weights_box is None or not panel.weights_box.isEnabled()
        qtbot.waitUntil(lambda: page.settled and bool(panel.model.rows), timeout=WAIT_MS)
        assert panel.weights_box.isEnabled() and panel.weights_box.weights().rate == 55
        assert panel.filters_bar.max_rate.placeholderText() == "Max. rate"  # not "650 €"
        assert page.picker.currentText() == "Migration Kubernetes — Banque Démo"
        with qtbot.waitSignal(panel.ranked, timeout=WAIT_MS):
            panel.weights_box.sliders["seniority"].setValue(0)
        page.refresh()
        qtbot.waitUntil(lambda: page.settled and tasks.pending() == 0, timeout=WAIT_MS)
    assert ui_reads == []
    assert matching.saved_weights().seniority == 0 and matching.saved_weights().rate == 55


def test_propose_to_the_selected_talents(qtbot, panel):
    selection = panel.table.selectionModel()
    rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(panel.model.index(2, 0), rows)
    assert panel.propose.isEnabled()
    with qtbot.waitSignal(panel.propose_requested) as sent:
        panel.propose.click()
    expected = [panel.model.rows[0].talent_id, panel.model.rows[2].talent_id]
    assert sent.args == [expected]
    with qtbot.waitSignal(panel.propose_requested) as again:
        panel.table.setFocus()
        QTest.keyClick(panel.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert again.args == [expected]
    with qtbot.waitSignal(panel.talent_activated) as opened:
        QTest.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened.args == [panel.model.rows[panel.table.currentIndex().row()].talent_id]


def test_an_offer_already_sent_shows_in_the_ranking(qtbot, panel, pool, mission):
    offers.propose(mission, [pool["Bruno"]], today=TODAY, allow_incomplete_scope=True)
    with qtbot.waitSignal(panel.ranked, timeout=WAIT_MS):
        panel.refresh()
    # the badge says what happened and when: proposing again is not silent
    assert panel.model.index(1, OFFER_COLUMN).data() == f"Sent · {TODAY:%d/%m/%Y}"
    assert not panel.table.isColumnHidden(OFFER_COLUMN)  # the offer column shows once there is one


def test_the_missions_that_fit_a_talent(qtbot, pool, mission):
    view = MissionsForTalentPanel(pool["Anne"], today=TODAY)
    qtbot.addWidget(view)
    qtbot.waitSignal(view.ranked, timeout=WAIT_MS).wait()
    assert [r.mission_id for r in view.model.rows] == [mission]
    assert view.title.text() == "Missions that fit Anne Martin"
    assert view.breakdown.total.text() == "Score: 100 / 100"
    with qtbot.waitSignal(view.mission_activated) as opened:
        view.table.doubleClicked.emit(view.model.index(0, 0))
    assert opened.args == [mission]
    refusing = MissionsForTalentPanel(pool["Élise"], today=TODAY)
    qtbot.addWidget(refusing)
    qtbot.waitSignal(refusing.ranked, timeout=WAIT_MS).wait()
    assert refusing.stack.currentWidget() is refusing.empty
    assert "1 open mission is in a sector Élise Martin refuses" in refusing.excluded.text()


def test_refusal_hints_with_their_action_buttons(qtbot, pool, mission):
    [offer] = offers.propose(
        mission, [pool["Anne"]], Decimal("550"), today=TODAY, allow_incomplete_scope=True
    ).created
    offers.set_status(offer, "refused", ("rate_too_low", "lack_of_interest"), today=TODAY)
    view = RefusalHintsView(offer, today=TODAY)
    qtbot.addWidget(view)
    qtbot.waitSignal(view.loaded, timeout=WAIT_MS).wait()
    labels = [b.text() for b in view.buttons]
    assert labels == [
        "Offer €650",  # the median rate of the four talents ranked (without the rate)
        "Propose to them…",
        "Record a referral…",
        "Plan the follow-up",
    ]
    with qtbot.waitSignal(view.raise_rate) as raised:
        view.buttons[0].click()
    assert raised.args == [Decimal("650")]
    with qtbot.waitSignal(view.propose_to) as proposed:
        view.buttons[1].click()
    assert proposed.args == [[pool["Bruno"], pool["Chloé"], pool["Denis"]]]
    with qtbot.waitSignal(view.plan_follow_up) as follow:
        view.buttons[3].click()
    assert follow.args == [pool["Anne"]]


def test_a_referral_is_recorded_and_credited(qtbot, pool, mission):
    dialog = ReferralDialog(pool["Anne"], mission, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()  # nobody named yet
    assert dialog.banner.isVisible() and "Say who was recommended" in dialog.banner.text()
    assert offers.referral_credits(pool["Anne"]) == 0
    dialog.name.setText("Zoé Leroy")
    dialog.note.setText("Ancienne collègue, disponible en janvier")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved_id is not None
    assert offers.referral_credits(pool["Anne"]) == 1

    pick = ReferralDialog(pool["Anne"], mission, today=TODAY)
    qtbot.addWidget(pick)
    qtbot.keyClicks(pick.name, "bru")
    qtbot.waitUntil(lambda: pick.completions.stringList() == ["Bruno Martin"], timeout=WAIT_MS)
    pick.name.completer().activated.emit("Bruno Martin")
    assert pick.linked.text() == "Linked to the talent record of the pool."
    pick.save()
    assert Talent.get_by_id(pool["Bruno"]).referrer_id == pool["Anne"]
    again = ReferralDialog(pool["Anne"])
    qtbot.addWidget(again)
    assert again.intro.text() == "Anne Martin has recommended 2 people so far."


def test_a_breakdown_paints_with_the_window_not_bar_by_bar(qtbot, pool, mission):
    """QProgressBar.setValue() repaints at once: five bars made the first ranking at 300k
    stall 14 ms more. The breakdown is painted once, with the next paint of the window."""
    from PySide6.QtCore import QEvent, QObject

    view = MissionsForTalentPanel(pool["Anne"], today=TODAY)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitSignal(view.ranked, timeout=WAIT_MS).wait()
    breakdown = view.breakdown
    row = view.model.rows[0]
    painted = []

    class Paints(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                painted.append(watched)
            return False

    watcher = Paints()
    for bar in breakdown.bars.values():
        bar.installEventFilter(watcher)
    for bar in breakdown.bars.values():  # other values than the breakdown's
        bar.setValue(1)
    painted.clear()
    breakdown.show_breakdown(row.breakdown, "Anne Martin")
    assert painted == []  # nothing painted inside the call
    assert breakdown.total.text() == "Score: 100 / 100"
    qtbot.waitUntil(lambda: len(painted) >= len(breakdown.bars), timeout=WAIT_MS)
