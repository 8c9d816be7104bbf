"""The main window as a user drives it: sections, dialogs, delete and undo, filter, layout."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from desktop.store.models import Company, Invoice, Talent
from desktop.ui.companies.dialog import CompanyDialog
from desktop.ui.home_page import HomePage
from desktop.ui.list_page import ListPage
from desktop.ui.main_window import SECTIONS, section_shortcut
from desktop.ui.talents.dialog import TalentDialog
from tests.ui.conftest import settle, when_modal


def save(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_every_section_opens_with_its_data(window, qtbot):
    for i, section in enumerate(SECTIONS):
        keys = section_shortcut(i, section)
        if keys is None:  # beyond Ctrl+9: through the sidebar
            window.sidebar.setCurrentRow(i)
        else:
            QTest.keySequence(window, keys)
        assert window.current_key() == section.key
        page = window.page(section.key)
        assert page.isVisible()
        if hasattr(page, "settled"):
            settle(qtbot, page)
        if isinstance(page, ListPage):
            assert page.model.rowCount() > 0, section.key
            assert page.list_stack.currentWidget() is page.table
            assert page.selected_id() is not None  # first row selected on first show
            assert page.detail.summary.toPlainText().strip()
            headers = [
                page.model.headerData(c, Qt.Orientation.Horizontal)
                for c in range(page.model.columnCount())
            ]
            assert all(headers)
    home = window.page("home")
    assert isinstance(home, HomePage)
    qtbot.waitUntil(lambda: home.settled, timeout=20_000)
    assert not home.showing_welcome
    assert home.tiles["talents"].filled


def test_create_a_talent_fixing_a_mistake_then_edit_and_delete_it(window, qtbot, monkeypatch):
    steps = []

    def fill(dialog: TalentDialog) -> None:
        dialog.first_name.setText("Hélène")
        dialog.last_name.setText("Dupré")
        dialog.email.setText("helene@")  # wrong first
        dialog.daily_rate.setText("650,50 €")
        qtbot.keyClicks(dialog.skills.name, "Kubernetes")
        dialog.skills.level.setValue(4)
        QTest.keyClick(dialog.skills.name, Qt.Key.Key_Return)
        save(dialog)
        steps.append(("banner", dialog.banner.isVisible(), dialog.email.property("invalid")))
        dialog.email.setText("helene.dupre@exemple.fr")
        save(dialog)

    when_modal(TalentDialog, fill)
    window.new_record("talents")
    assert steps == [("banner", True, True)]
    talent = Talent.get(Talent.last_name == "Dupré")
    assert talent.daily_rate == Decimal("650.50") and talent.email == "helene.dupre@exemple.fr"
    page = window.page("talents")
    settle(qtbot, page)
    assert page.selected_id() == talent.id
    assert "Kubernetes" in page.detail.summary.toPlainText()

    def retitle(dialog: TalentDialog) -> None:
        assert dialog.last_name.text() == "Dupré"
        dialog.title.setText("Architecte cloud")
        save(dialog)

    when_modal(TalentDialog, retitle)
    page.edit_selected()
    settle(qtbot, page)
    assert Talent.get_by_id(talent.id).title == "Architecte cloud"

    monkeypatch.setattr("desktop.ui.confirm.confirm", lambda *a, **k: True)
    page.delete_selected()
    settle(qtbot, page)
    assert Talent.get_or_none(Talent.id == talent.id) is None
    assert window.undo_button.isVisible()
    window.undo_action.trigger()
    settle(qtbot, page)
    assert Talent.get_by_id(talent.id).title == "Architecte cloud"
    assert page.selected_id() == talent.id


def test_cancelled_delete_keeps_the_talent(window, monkeypatch, qtbot):
    page = window.go_to("talents")
    settle(qtbot, page)
    talent_id = page.selected_id()
    monkeypatch.setattr("desktop.ui.confirm.confirm", lambda *a, **k: False)
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert Talent.get_or_none(Talent.id == talent_id) is not None


def test_create_a_company_with_a_wrong_siren_then_compute_its_vat(window, qtbot):
    seen = []

    def fill(dialog: CompanyDialog) -> None:
        dialog.name.setText("Société Générale Démo")
        dialog.siren.setText("552 120 223")
        save(dialog)
        seen.append((dialog.isVisible(), dialog.siren.property("invalid"), dialog.banner.text()))
        dialog.siren.setText("552 120 222")
        dialog.vat_from_siren.click()
        save(dialog)

    when_modal(CompanyDialog, fill)
    window.new_record("companies")
    visible, invalid, banner = seen[0]
    assert visible and invalid and banner.startswith("SIREN: the check key is wrong")
    company = Company.get(Company.name == "Société Générale Démo")
    assert (company.siren, company.vat_number) == ("552120222", "FR27552120222")


def test_deleting_a_company_with_invoices_is_refused_with_the_reason(window, monkeypatch, qtbot):
    company_id = Invoice.select(Invoice.company).first().company_id
    page = window.go_to("companies", company_id)
    settle(qtbot, page)
    assert page.selected_id() == company_id
    monkeypatch.setattr("desktop.ui.confirm.confirm", lambda *a, **k: True)
    warnings = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: warnings.append(text))
    )
    page.delete_selected()
    assert Company.get_or_none(Company.id == company_id) is not None
    assert len(warnings) == 1 and "invoices:" in warnings[0] and "Lost" in warnings[0]


def test_filter_as_you_type_ignores_accents(window, qtbot):
    page = window.go_to("talents")
    settle(qtbot, page)
    total = page.model.rowCount()
    target = Talent.select().where(Talent.first_name.contains("é")).first()
    plain = target.last_name.lower()
    qtbot.keyClicks(page.search, plain)
    qtbot.waitUntil(lambda: page.model.rowCount() < total)
    settle(qtbot, page)
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert names and all(plain in n.lower() for n in names)
    QTest.keyClick(page.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.model.rowCount() == total)
    qtbot.keyClicks(page.search, "zzzzqx")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    settle(qtbot, page)
    assert page.list_stack.currentWidget() is page.empty
    assert "zzzzqx" in page.empty.text()


def test_layout_is_remembered(make_window, demo_db, qtbot):
    window = make_window()
    window.resize(1234, 567)
    page = window.go_to("companies")
    settle(qtbot, page)
    page.table.horizontalHeader().resizeSection(1, 157)
    page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    settle(qtbot, page)
    window.close()
    again = make_window()
    assert again.current_key() == "companies"
    assert again.height() == 567  # (offscreen clamps widths to its 800-pixel screen)
    page = again.page("companies")
    assert page.table.horizontalHeader().sectionSize(1) == 157
    assert page.model.sort_state() == (2, Qt.SortOrder.DescendingOrder)


def test_an_empty_profile_welcomes_and_loads_the_demo(make_window, db, qtbot):
    window = make_window()
    home = window.page("home")
    qtbot.waitUntil(lambda: home.settled, timeout=20_000)  # read off the UI thread
    assert home.showing_welcome
    talents = window.page("talents")
    settle(qtbot, talents)
    assert talents.list_stack.currentWidget() is talents.empty
    window.go_to("home")
    text = home.findChild(QLabel, "welcomeText")  # the whole paragraph is readable
    qtbot.waitUntil(lambda: text.isVisible())
    assert text.height() >= text.heightForWidth(text.width())
    home.findChild(type(window.undo_button), "loadDemo").click()
    qtbot.waitUntil(lambda: not home.showing_welcome, timeout=20_000)
    assert Talent.select().count() > 0
    window.go_to("talents")  # a hidden list reloads when shown
    qtbot.waitUntil(lambda: talents.model.rowCount() == Talent.select().count())


def test_a_change_made_elsewhere_reloads_hidden_lists_once_shown(window, qtbot, monkeypatch):
    """A board move reloads the list on screen only; the others when next opened (each
    reload of a 100,000-row list costs a count and a row search)."""
    companies = window.go_to("companies")
    window.go_to("pipeline")
    reloads = []
    monkeypatch.setattr(companies.model, "refresh", lambda *a, **k: reloads.append(1))
    window.refresh_lists()
    assert reloads == []
    window.go_to("companies")
    assert reloads == [1]


def test_the_first_frame_is_the_sidebar_then_fill_builds_menus_shortcuts_and_the_page(
    qtbot, profile, demo_db
):
    """Start-up shows the sidebar beside an empty page, then fills the window: the same
    menus, shortcuts and first page as a window built whole."""
    from desktop.ui.app import create_application
    from desktop.ui.main_window import MainWindow

    create_application()
    window = MainWindow(profile, first_frame_only=True)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # as start-up does: shortcuts need the active window
        window.show()
        window.activateWindow()
    assert window.sidebar.count() == len(SECTIONS)
    assert window.sidebar.currentRow() == 0  # Home, marked already
    assert window.stack.count() == 0 and not window.pages
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Go", "&Help"]  # in place: the page does not move
    assert not window.menus["file"].actions()
    window.fill()
    window.fill()  # once only
    assert isinstance(window.stack.currentWidget(), HomePage)
    assert [a.text() for a in window.menuBar().actions()] == titles
    assert len(window.menus["file"].actions()) == 10  # actions and separators, not twice
    assert window.sidebar.item(2).toolTip().startswith("Talents (")
    QTest.keySequence(window, section_shortcut(2, SECTIONS[2]))
    assert window.current_key() == "talents"
    settle(qtbot, window.page("talents"))
    window.close()


def test_a_narrow_window_shows_the_sections_icons_only(window, qtbot):
    from desktop.ui.main_window import COMPACT_BELOW, COMPACT_WIDTH

    window.resize(COMPACT_BELOW - 100, 700)
    qtbot.waitUntil(lambda: window.sidebar.width() == COMPACT_WIDTH)
    assert window.sidebar.item(2).text() == ""
    assert window.sidebar.item(2).toolTip().startswith("Talents")  # the name, on hover
    window.resize(COMPACT_BELOW + 100, 700)
    qtbot.waitUntil(lambda: window.sidebar.width() == window.sidebar_width())
    assert window.sidebar.item(2).text() == "Talents"
