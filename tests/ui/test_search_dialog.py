"""The Ctrl+K popup as a user drives it: type, see results grouped, arrows, Enter, Esc."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.domain.validation import CompanyDraft, ContactDraft, TalentDraft
from desktop.services import companies, contacts, talents
from desktop.services.search import global_search
from desktop.store.models import Activity
from desktop.ui import i18n
from desktop.ui.app import create_application
from desktop.ui.search.dialog import GlobalSearchDialog
from desktop.ui.search.rows import HIT_ROLE, ROW_ROLE, TITLE_ROLE


@pytest.fixture
def records(db):
    return {
        "helene": talents.create_talent(TalentDraft("Hélène", "Dupont", city="Lyon")),
        "marc": talents.create_talent(TalentDraft("Marc", "Dupont", title="Architecte Azure")),
        "azur": (azur := companies.create_company(CompanyDraft("Banque Azur", city="Nantes"))),
        "contact": contacts.create_contact(ContactDraft(azur, "Moreau", "Léa", role="DSI")),
    }


@pytest.fixture
def dialog(qtbot, db):
    create_application()
    i18n.install(QApplication.instance(), "en")
    popup = GlobalSearchDialog()
    qtbot.addWidget(popup)
    popup.popup()
    qtbot.waitExposed(popup)
    return popup


def type_and_wait(qtbot, dialog: GlobalSearchDialog, text: str) -> None:
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, text)
    qtbot.waitUntil(lambda: dialog.results.text == text and not dialog.timer.isActive())


def rows(dialog: GlobalSearchDialog) -> list[tuple[str, str]]:
    items = (dialog.list.item(i) for i in range(dialog.list.count()))
    return [(item.data(ROW_ROLE), item.data(TITLE_ROLE)) for item in items]


def test_results_appear_as_you_type_and_enter_opens_the_selected_one(qtbot, dialog, records):
    assert "any word, accents optional" in dialog.hint.text()  # the empty state says how
    type_and_wait(qtbot, dialog, "dupont")
    assert rows(dialog)[0] == ("header", "Talents")
    assert sorted(rows(dialog)[1:]) == [("hit", "Hélène Dupont"), ("hit", "Marc Dupont")]
    assert dialog.list.currentRow() == 1  # the first hit is ready for Enter
    second = dialog.list.item(2).data(HIT_ROLE)
    QTest.keyClick(dialog.search, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.open_record) as opened:
        QTest.keyClick(dialog.search, Qt.Key.Key_Return)
    assert opened.args == ["talents", second.id]
    assert second.id in (records["helene"], records["marc"])
    assert not dialog.isVisible()


def test_accents_optional_and_arrows_skip_group_headers(qtbot, dialog, records):
    type_and_wait(qtbot, dialog, "azur")  # Marc is an Azure architect; Léa works at Banque Azur
    assert [kind for kind, _ in rows(dialog)] == ["header", "hit", "header", "hit", "header", "hit"]
    QTest.keyClick(dialog.search, Qt.Key.Key_Down)  # from the talent, over the header
    assert dialog.selected_hit().kind == "company"
    QTest.keyClick(dialog.search, Qt.Key.Key_Down)
    contact = dialog.selected_hit()
    assert (contact.kind, contact.id) == ("contact", records["contact"])
    QTest.keyClick(dialog.search, Qt.Key.Key_Down)  # already on the last row: stays
    assert dialog.selected_hit() is contact
    QTest.keyClick(dialog.search, Qt.Key.Key_Up)
    assert dialog.selected_hit().kind == "company"
    with qtbot.waitSignal(dialog.open_record) as opened:  # a contact opens on its company
        QTest.keyClick(dialog.search, Qt.Key.Key_Down)
        QTest.keyClick(dialog.search, Qt.Key.Key_Enter)
    assert opened.args == ["companies", records["azur"]]
    dialog.popup()
    type_and_wait(qtbot, dialog, "HELENE")
    assert dialog.selected_hit().title == "Hélène Dupont"


def test_a_trace_opens_the_record_it_is_written_on(qtbot, dialog, records):
    Activity.create(
        subject_type="company",
        subject_id=records["azur"],
        kind="exchange",
        title="Appel",
        body="Budget validé pour la migration vers le cloud",
    )
    type_and_wait(qtbot, dialog, "budget cloud")
    assert rows(dialog)[0] == ("header", "Notes and exchanges")
    assert rows(dialog)[1][1] == "Banque Azur — Appel"
    with qtbot.waitSignal(dialog.open_record) as opened:
        QTest.keyClick(dialog.search, Qt.Key.Key_Return)
    assert opened.args == ["companies", records["azur"]]


def test_hints_for_one_letter_and_for_nothing_found(qtbot, dialog, records):
    type_and_wait(qtbot, dialog, "d")
    assert dialog.stack.currentWidget() is dialog.hint
    assert "one more letter" in dialog.hint.text()
    type_and_wait(qtbot, dialog, "zzyzx")
    assert "Nothing matches “zzyzx”" in dialog.hint.text()
    with qtbot.assertNotEmitted(dialog.open_record):
        QTest.keyClick(dialog.search, Qt.Key.Key_Return)


def test_a_long_group_offers_the_whole_list(qtbot, dialog, db):
    for n in range(10):
        talents.create_talent(TalentDraft(f"Jean{n}", "Martin"))
    type_and_wait(qtbot, dialog, "martin")
    assert rows(dialog)[-1] == ("more", "2 more… show them all in the list")
    assert sum(1 for kind, _ in rows(dialog) if kind == "hit") == 8
    QTest.keyClick(dialog.search, Qt.Key.Key_PageDown)
    QTest.keyClick(dialog.search, Qt.Key.Key_PageDown)
    assert dialog.list.currentItem().data(ROW_ROLE) == "more"
    assert dialog.list.currentItem().data(HIT_ROLE) is None
    with qtbot.waitSignal(dialog.show_all) as shown:
        QTest.keyClick(dialog.search, Qt.Key.Key_Return)
    assert shown.args == ["talents", "martin"]


def test_escape_closes_and_popup_runs_the_last_search_again(qtbot, dialog, records):
    type_and_wait(qtbot, dialog, "banque")
    QTest.keyClick(dialog.search, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    companies.delete_company(records["azur"])  # changed meanwhile: searched again on popup
    dialog.popup()
    assert dialog.isVisible() and dialog.search.selectedText() == "banque"
    qtbot.waitUntil(lambda: "Nothing matches “banque”" in dialog.hint.text())


def test_the_search_runs_off_the_ui_thread_and_the_results_shown_stay_meanwhile(
    qtbot, dialog, records, monkeypatch
):
    import threading

    from desktop.ui.search import dialog as module

    type_and_wait(qtbot, dialog, "dupont")
    shown = rows(dialog)
    threads = []
    release = threading.Event()

    def slow_search(text, *args, **kwargs):
        threads.append(threading.current_thread())
        release.wait(5)  # the reader thread holds the answer until the test looked
        return global_search(text, *args, **kwargs)

    monkeypatch.setattr(module, "global_search", slow_search)
    dialog.search.setText("banque")
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] is not threading.main_thread()
    assert rows(dialog) == shown and dialog.searching  # the last results stay meanwhile
    with qtbot.waitSignal(dialog.open_record) as opened:  # Enter now: the coming first hit
        QTest.keyClick(dialog.search, Qt.Key.Key_Return)
        release.set()
    assert opened.args == ["companies", records["azur"]]
    assert not dialog.searching


def test_enter_typed_before_the_delay_searches_first(qtbot, dialog, records):
    dialog.search.setText("banque")  # no wait: the debounce timer is still running
    assert dialog.timer.isActive()
    with qtbot.waitSignal(dialog.open_record) as opened:
        QTest.keyClick(dialog.search, Qt.Key.Key_Return)
    assert opened.args == ["companies", records["azur"]]


def test_wired_to_the_main_window_a_result_opens_selected_in_its_list(qtbot, window):
    """The signals fit ``MainWindow.go_to``: what the lead connects Ctrl+K to."""
    popup = GlobalSearchDialog(window)
    popup.open_record.connect(window.go_to)
    popup.popup()
    talent = next(t for t in talents_with_a_distinct_name())
    type_and_wait(qtbot, popup, talent.last_name)
    hit = popup.selected_hit()
    QTest.keyClick(popup.search, Qt.Key.Key_Return)
    assert window.current_key() == hit.section == "talents"
    qtbot.waitUntil(lambda: window.page("talents").selected_id() == hit.id)


def talents_with_a_distinct_name():
    from desktop.store.models import Talent

    for talent in Talent.select().order_by(Talent.id):
        same = Talent.select().where(Talent.last_name == talent.last_name).count()
        if same == 1:
            yield talent
