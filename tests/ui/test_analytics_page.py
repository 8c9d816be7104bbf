"""The Analytics page and the lessons box as a user sees them, on the hand-counted book."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.domain.periods import PeriodChoice
from desktop.domain.validation import TalentDraft
from desktop.domain.vocabulary import RefusalReason as R
from desktop.services import talents
from desktop.store.models import Contract, Offer, OfferRefusalReason, database
from desktop.ui import i18n
from desktop.ui.analytics.lessons import LessonsBox
from desktop.ui.analytics.page import AnalyticsPage
from desktop.ui.analytics.table import NAME, RATE
from desktop.ui.app import create_application
from desktop.ui.state import UiState
from tests.conftest import TODAY
from tests.services.analytics_book import build_book, offer


@pytest.fixture
def make_page(qtbot, tmp_path):
    app = create_application()
    i18n.install(app, "en")

    def make() -> AnalyticsPage:
        page = AnalyticsPage(UiState(tmp_path / "ui-state.ini"), today=lambda: TODAY)
        qtbot.addWidget(page)
        page.resize(1130, 760)
        with qtbot.waitSignal(page.refreshed, timeout=10_000):
            page.show()  # the first showing counts
        return page

    return make


@pytest.fixture
def book(db):
    return build_book()


@pytest.fixture
def page(make_page, book):
    return make_page()


def choose_period(qtbot, page: AnalyticsPage, choice: PeriodChoice) -> None:
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.period.setCurrentIndex(page.period.findData(choice.value))


def table_names(page: AnalyticsPage) -> list[str]:
    return [page.model.index(r, NAME).data() for r in range(page.model.rowCount())]


def test_the_page_shows_the_figures_of_the_data(page):
    figures = page.figures
    assert figures["rate"].value.text() == "25%"
    assert figures["rate"].detail.text() == "Accepted: 2 · Refused: 6"
    assert figures["answered"].value.text() == "8"
    assert figures["answered"].detail.text() == "Sent: 12 · Awaiting: 2\nWithdrawn or expired: 2"
    assert figures["staffing"].value.text() == "7"
    assert "Missions still unstaffed: 2" in figures["staffing"].detail.text()
    assert figures["reason"].value.text() == "Rate too low"
    assert figures["reason"].detail.text() == "Cited by 67% of the refused offers"
    assert not page.busy.isVisible()


def test_the_chart_has_one_bar_per_reason_cited(page):
    chart = page.reasons_chart
    assert chart.bar_count() == 4
    bars = chart.series.barSets()[0]
    # Bottom to top, so that the most cited reason reads first.
    assert [bars.at(i) for i in range(bars.count())] == [1, 1, 2, 4]
    axis = chart.chart().axes(Qt.Orientation.Vertical)[0]
    assert axis.categories() == [
        "Schedule conflict",
        "Vague scope",
        "Rigid conditions",
        "Rate too low",
    ]
    monthly = page.monthly_chart
    assert len(monthly.categories) == 12 and monthly.categories[0] == "Dec 25"
    assert sum(monthly.accepted.at(i) for i in range(12)) == 2
    assert sum(monthly.refused.at(i) for i in range(12)) == 6


def test_changing_the_period_counts_again(page, qtbot):
    choose_period(qtbot, page, PeriodChoice.LAST_3_MONTHS)  # September to November 2026
    assert page.figures["answered"].value.text() == "1"
    assert page.figures["rate"].value.text() == "0%"
    assert page.reasons_chart.bar_count() == 1
    assert table_names(page) == ["Banque Alpha"]
    choose_period(qtbot, page, PeriodChoice.ALL)
    assert page.figures["answered"].value.text() == "10"
    assert page.reasons_chart.bar_count() == 5  # with the values refusal of June 2025
    assert page.state.value("analytics/period") == "all"  # remembered
    with qtbot.waitSignal(page.refreshed, timeout=1_000):  # counted already: shown at once
        page.period.setCurrentIndex(page.period.findData(PeriodChoice.LAST_3_MONTHS.value))
        assert not page.counting
    assert page.figures["answered"].value.text() == "1"


def test_a_refresh_counts_the_new_answers(page, qtbot, book):
    talent = talents.create_talent(TalentDraft("Hugo", "Blanc"))
    offer(book["c1"], talent, TODAY, "refused", TODAY, (R.VALUES,))
    assert page.figures["answered"].value.text() == "8"  # until refreshed
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.refresh()
    assert page.figures["answered"].value.text() == "9"
    assert page.reasons_chart.bar_count() == 5


def test_a_period_without_offers_says_so(page, qtbot):
    with database.atomic():  # leave only the offers of 2025
        recent = Offer.select(Offer.id).where(Offer.sent_on >= "2026-01-01")
        OfferRefusalReason.delete().where(OfferRefusalReason.offer.in_(recent)).execute()
        Contract.delete().where(Contract.offer.in_(recent)).execute()
        Offer.delete().where(Offer.id.in_(recent)).execute()
    choose_period(qtbot, page, PeriodChoice.LAST_3_MONTHS)
    assert page.figures["rate"].value.text() == "—"
    assert page.monthly_panel.stack.currentWidget() is page.monthly_panel.hint
    assert "choose a longer one" in page.monthly_panel.hint.text()
    assert page.stack.currentWidget() is not page.empty  # offers exist, just not now


def test_the_table_sorts_and_a_client_opens_its_missions(page, qtbot, book):
    assert table_names(page) == ["Banque Alpha", "Gamma Crédit", "Énergie Bêta"]  # by offers
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(RATE) + header.sectionSize(RATE) // 2
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):  # sorted by SQL, off the UI thread
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    by_rate = ["Gamma Crédit", "Banque Alpha", "Énergie Bêta"]  # 0 %, 25 %, 50 %
    if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        by_rate.reverse()
    assert header.sortIndicatorSection() == RATE and table_names(page) == by_rate
    row = table_names(page).index("Banque Alpha")
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        where = page.table.visualRect(page.model.index(row, NAME)).center()
        QTest.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        QTest.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert page.client.client_id() == book["alpha"]
    assert page.table_panel.title.text() == "Missions of Banque Alpha"
    assert sorted(table_names(page)) == ["Migration Kubernetes", "Refonte du SI de paie"]
    assert page.figures["answered"].value.text() == "4"
    row = table_names(page).index("Refonte du SI de paie")
    with qtbot.waitSignal(page.link_activated) as opened:
        page.table.setCurrentIndex(page.model.index(row, NAME))
        page.table.setFocus()
        QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args[0].toString() == f"fd://missions/{book['a2']}"
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        QTest.keyClick(page.table, Qt.Key.Key_Escape)  # back to every client
    assert page.client.client_id() is None and len(table_names(page)) == 3


def test_the_client_filter_finds_a_name_typed_without_accents(page, qtbot, book):
    picker = page.client
    picker.setFocus()
    picker.lineEdit().selectAll()
    qtbot.keyClicks(picker.lineEdit(), "energie")
    completer = picker.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert [
        completer.completionModel().index(r, 0).data()
        for r in range(completer.completionModel().rowCount())
    ] == ["Énergie Bêta"]
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        popup.setCurrentIndex(completer.completionModel().index(0, 0))
        QTest.keyClick(popup, Qt.Key.Key_Return)
    assert picker.client_id() == book["beta"]
    assert page.figures["answered"].value.text() == "2"


def test_an_empty_profile_says_how_to_start(make_page, db):
    page = make_page()
    assert page.stack.currentWidget() is page.empty
    assert "Propose a mission to talents" in page.empty.text()


def test_the_lessons_box_shows_the_lessons_with_their_numbers(qtbot, book):
    create_application()
    box = LessonsBox()
    qtbot.addWidget(box)
    box.show()
    assert box.show_for(mission_id=book["a2"], today=TODAY) == 2
    text = box.plain_text()
    assert "Talents refused 3 of this client’s 4 answered offers citing “Rate too low”." in text
    assert "Propose at least €650: the median rate of the accepted offers." in text
    assert "For other clients’ missions in “Banque”" in text
    assert box.text.isVisible() and not box.empty.isVisible()
    assert box.show_for(company_id=book["beta"], today=TODAY) == 0
    assert box.empty.isVisible() and not box.text.isVisible()


def test_the_lessons_box_writes_amounts_the_french_way(qtbot, book):
    app = create_application()
    i18n.install(app, "fr")
    try:
        box = LessonsBox()
        qtbot.addWidget(box)
        box.show_for(mission_id=book["a2"], today=TODAY)
        assert "650\u00a0€" in box.plain_text()
    finally:
        i18n.install(QApplication.instance(), "en")


def test_a_refresh_asked_while_counting_is_not_lost(page, qtbot):
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.refresh()
        page.period.setCurrentIndex(page.period.findData(PeriodChoice.THIS_YEAR.value))
        assert page.counting
    qtbot.waitUntil(lambda: not page.counting, timeout=10_000)
    assert page.report.scope.period.start.isoformat() == "2026-01-01"
    assert page.report.scope == page.scope()


def test_the_table_reads_the_rows_scrolled_to_page_by_page(make_page, book, qtbot, monkeypatch):
    from desktop.services import analytics
    from desktop.ui.analytics import table

    monkeypatch.setattr(analytics, "GROUP_PAGE", 2)  # three clients: two pages
    monkeypatch.setattr(table, "PAGE_SIZE", 2)
    page = make_page()
    model = page.model
    assert model.rowCount() == 3  # every client counted, two of them read
    qtbot.waitUntil(lambda: None not in table_names(page), timeout=10_000)  # the 3rd is read
    assert table_names(page) == ["Banque Alpha", "Gamma Crédit", "Énergie Bêta"]
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        page.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: None not in table_names(page), timeout=10_000)
    assert table_names(page) == ["Gamma Crédit", "Énergie Bêta", "Banque Alpha"]  # accents ignored


def test_a_client_beyond_the_list_is_found_by_typing_and_by_the_table(
    make_page, book, qtbot, monkeypatch
):
    from desktop.ui.analytics import page as page_module

    monkeypatch.setattr(page_module, "BUSIEST_CLIENTS", 1)  # the list holds Banque Alpha only
    page = make_page()
    picker = page.client
    assert picker.clients.names[1:] == ["Banque Alpha"]
    picker.setFocus()
    picker.lineEdit().selectAll()
    qtbot.keyClicks(picker.lineEdit(), "credit")
    completer = picker.completer()
    qtbot.waitUntil(lambda: completer.completionModel().rowCount() == 1, timeout=10_000)
    assert completer.completionModel().index(0, 0).data() == "Gamma Crédit"  # asked of SQL
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        completer.popup().setCurrentIndex(completer.completionModel().index(0, 0))
        QTest.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert picker.client_id() == book["gamma"]
    assert page.figures["answered"].value.text() == "2"
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        picker.set_client(None)
    row = table_names(page).index("Énergie Bêta")  # not in the list either
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page._open(page.model.index(row, NAME))
    assert picker.client_id() == book["beta"] and picker.currentText() == "Énergie Bêta"


def test_month_labels_shorten_upright_in_a_narrow_chart(page, qtbot):
    chart = page.monthly_chart
    axis = chart.category_axis
    page.resize(2600, 760)
    qtbot.waitUntil(lambda: axis.categories()[0] == "Dec 25", timeout=5_000)
    assert axis.labelsAngle() == 0 and not axis.titleText()
    page.resize(1130, 760)  # twelve months in a third of the window
    qtbot.waitUntil(lambda: axis.titleText() == "Dec 2025 – Nov 2026", timeout=5_000)
    shown = [label.rstrip("\u200b") for label in axis.categories()]
    assert shown[:3] in (["Dec", "Jan", "Feb"], ["D", "J", "F"])  # never cut nor turned
    assert len(axis.categories()) == 12 and axis.labelsAngle() == 0
    assert chart.categories[0] == "Dec 25"  # the full labels stay known


def test_the_endings_tile_reads_in_a_narrow_column(page, qtbot):
    from desktop.services.endings import ReasonCount

    view = page.endings_view
    view.show_reasons([ReasonCount("workload", 4, 2), ReasonCount("late_payments", 1, 0)])
    lines = view.bars.lines()
    assert lines[0] == "Excessive workload 4 · 80%" and "1 · 20%" in lines[1]
    assert lines[-1] == "before their term"  # the legend of the darker part of the bars
    assert "2 before their term" in view.bars.toolTip()
    assert view.minimumWidth() <= 160  # the tile never widens the page
    # A long name wraps in a narrow tile: the rows grow, the list scrolls
    assert view.bars.heightForWidth(160) > view.bars.heightForWidth(600)
