"""Lists like a CRM, as a user drives them: chips, hidden fields, groups, saved views."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QToolButton

from desktop.domain.validation import SkillLevel, TalentDraft
from desktop.services.talents import create_talent
from desktop.store.lists import ListFilter
from desktop.store.models import Talent
from desktop.ui.list_filters import Chip, ChipEditor
from desktop.ui.table_model import GROUP_ROLE, ID_ROLE
from tests.ui.conftest import settle, when_modal


def rows(page) -> list[int]:
    page.model.read_rows(0, page.model.rowCount() - 1)
    ids = [page.model.index(r, 0).data(ID_ROLE) for r in range(page.model.rowCount())]
    return [i for i in ids if i is not None]


def test_a_status_chip_picked_in_its_editor_keeps_those_rows(window, qtbot):
    page = window.go_to("talents")
    settle(qtbot, page)
    total = page.model.rowCount()

    def pick(editor: ChipEditor) -> None:
        for row in range(editor.list.count()):
            item = editor.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == "available":
                item.setCheckState(Qt.CheckState.Checked)
        editor.findChild(type(page.buttons["new"]), "chipApply").click()

    when_modal(ChipEditor, pick)
    page.filter_bar.edit("status")
    qtbot.waitUntil(lambda: bool(page.filter_bar.chips))
    settle(qtbot, page)
    available = Talent.select().where(Talent.status == "available").count()
    assert 0 < page.model.rowCount() == available < total
    chip = page.filter_bar.findChild(Chip)
    assert chip.button.text() == "Status: Available"
    chip.findChild(QToolButton, "chipRemove").click()
    settle(qtbot, page)
    assert page.model.rowCount() == total and not page.filter_bar.chips


def test_a_city_chip_offers_the_cities_of_the_pool(window, qtbot):
    page = window.go_to("talents")
    settle(qtbot, page)
    city = Talent.select(Talent.city).where(Talent.city != "").first().city
    seen = []

    def pick(editor: ChipEditor) -> None:
        qtbot.waitUntil(lambda: editor.list.count() > 1)  # read off the UI thread
        QTest.keyClicks(editor.find, city[:4])
        item = next(
            editor.list.item(r)
            for r in range(editor.list.count())
            if editor.list.item(r).data(Qt.ItemDataRole.UserRole) == city
        )
        seen.append(item.text())
        item.setCheckState(Qt.CheckState.Checked)
        editor.accept()

    when_modal(ChipEditor, pick)
    page.filter_bar.edit("place")
    qtbot.waitUntil(lambda: bool(page.filter_bar.chips))
    settle(qtbot, page)
    assert seen == [city]
    expected = {
        t.id for t in Talent.select().where((Talent.city == city) | (Talent.region == city))
    }
    assert set(rows(page)) == expected


def test_words_found_only_in_hidden_fields_are_said_and_can_be_included(make_window, db, qtbot):
    python = (SkillLevel("Python", 4),)
    create_talent(TalentDraft("Bob", "Lenoir", city="Lyon", skills=python))
    create_talent(TalentDraft("Alice", "Martin", city="Nice", mobility="Lyon", skills=python))
    window = make_window()
    page = window.go_to("talents")
    settle(qtbot, page)
    qtbot.keyClicks(page.search, "python lyon")
    page.apply_filter()
    settle(qtbot, page)
    assert page.model.rowCount() == 1
    assert page.hint_label.isVisible()
    assert "1 more in hidden fields</a> (mobility)" in page.hint_label.text()
    page.hint_label.linkActivated.emit("all")
    settle(qtbot, page)
    assert page.model.rowCount() == 2 and "hidden fields included" in page.hint_label.text()
    QTest.keyClick(page.search, Qt.Key.Key_Escape)
    settle(qtbot, page)
    assert page.model.fields is not None  # the next words look in the columns shown again


def test_grouped_by_status_with_headers_that_fold(window, qtbot):
    page = window.go_to("talents")
    settle(qtbot, page)
    total = page.model.rowCount()
    page.set_group("status")
    settle(qtbot, page)
    model = page.model
    first = model.index(0, 0)
    assert first.data(GROUP_ROLE) is True
    available = Talent.select().where(Talent.status == "available").count()
    assert first.data() == f"▾ Available · {available}"
    groups = Talent.select(Talent.status).distinct().count()
    assert model.rowCount() == total + groups
    page.table.clicked.emit(first)  # fold "Available"
    assert model.rowCount() == total + groups - available
    folded = Talent.select().where(Talent.status == "available").first().id
    page.select_record(folded)  # a record of a folded group: its group opens
    settle(qtbot, page)
    assert page.selected_id() == folded and model.rowCount() == total + groups


def test_a_saved_view_brings_back_its_filters_sort_columns_and_grouping(
    make_window, demo_db, qtbot, monkeypatch
):
    window = make_window()
    page = window.go_to("talents")
    settle(qtbot, page)
    total = page.model.rowCount()
    page.set_chips([ListFilter("daily_rate", low="500")])
    page.set_group("status")
    page.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # daily rate
    page._show_column(1, False)  # title hidden
    settle(qtbot, page)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Chers", True)))
    page.filter_bar._ask_name()
    assert page.filter_bar.views_button.text() == "View: Chers"
    page.apply_view(None)  # every row, default sort and columns
    settle(qtbot, page)
    assert page.model.rowCount() == total and not page.filter_bar.chips
    assert not page.table.isColumnHidden(1) and not page.model.grouped
    window.close()

    again = make_window()  # the views are kept with the layout
    page = again.go_to("talents")
    settle(qtbot, page)
    view = next(v for v in page.filter_bar.views.all() if v.name == "Chers")
    page.filter_bar.choose_view(view)
    settle(qtbot, page)
    assert page.filter_bar.chips == [ListFilter("daily_rate", low="500")]
    assert page.model.grouped and page.table.isColumnHidden(1)
    assert page.model.sort_state() == (3, Qt.SortOrder.DescendingOrder)
    rich = Talent.select().where(Talent.daily_rate >= Decimal(500)).count()
    assert len(rows(page)) == rich
    assert QApplication.activeModalWidget() is None
