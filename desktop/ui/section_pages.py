"""The pages of the record sections, with the tabs of their detail panels.

Each builder makes the page of one section of the main window; the window
is passed in for the actions that cross sections (open a record, undo a
deletion, create a record). Imported by the warm-up (``ui/warmup.py``).

The builders are generators yielding the page after each piece (the list, then each
detail tab): the window builds a page in one go when it is first asked for, or a piece
per event-loop turn while the user reads another page (``MainWindow.stages``), so that
no turn holds the UI thread for the whole page (40-90 ms at 300k, a visible stall).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.store import lists
from desktop.ui.detail_panel import DetailTab
from desktop.ui.list_page import ListPage

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class LazyPanel(QWidget):
    """Holds a panel built for the first record shown (building one ranks at once).

    The panel sits in a scroll area: a wide panel (the ranking needs about 900 pixels)
    scrolls inside a narrow detail pane instead of squeezing the list beside it.
    """

    def __init__(
        self, build: Callable[[int], QWidget], show: Callable[[QWidget, int], None], hint: str
    ) -> None:
        super().__init__()
        self.build, self.show_record_in = build, show
        self.panel: QWidget | None = None
        self.hint = QLabel(hint)
        self.hint.setObjectName("hint")
        self.holder = QWidget()
        self.box = QVBoxLayout(self.holder)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(self.hint)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def show_record(self, record_id: int | None) -> None:
        self.hint.setVisible(record_id is None)
        if record_id is None:
            if self.panel is not None:
                self.panel.hide()
            return
        if self.panel is None:
            self.panel = self.build(record_id)
            self.box.addWidget(self.panel)
        else:
            self.show_record_in(self.panel, record_id)
        self.panel.show()


def add_timeline(window: MainWindow, page: ListPage, subject_type: str) -> None:
    """The written traces of the record shown: notes, exchanges, minutes, disputes, files."""
    from desktop.ui.traces.timeline import TimelineWidget

    timeline = TimelineWidget(window.profile, subject_type)
    timeline.deleted.connect(window.push_undo)
    timeline.changed.connect(page.refresh_detail_summary)
    page.detail.add_tab(
        DetailTab(
            QCoreApplication.translate("SectionPages", "Written traces"),
            timeline,
            timeline.set_subject,
        )
    )
    page.timeline = timeline


def build_talents(window: MainWindow) -> Iterator[ListPage]:
    from desktop.ui.traces.cv import CvWidget

    page = window.build_list(
        lists.TALENTS,
        "talents",
        QCoreApplication.translate("SectionPages", "talents"),
        "render_talent",
        editable=True,
        new_label=QCoreApplication.translate("SectionPages", "New talent"),
    )
    yield page
    add_timeline(window, page, "talent")
    yield page

    def build_fit(talent_id: int) -> QWidget:
        from desktop.ui.matching.missions_panel import MissionsForTalentPanel

        panel = MissionsForTalentPanel(talent_id)
        panel.mission_activated.connect(lambda mission_id: window.go_to("missions", mission_id))
        return panel

    fit = LazyPanel(build_fit, lambda panel, i: panel.set_talent(i), "")
    page.detail.add_tab(
        DetailTab(
            QCoreApplication.translate("SectionPages", "Missions that fit"), fit, fit.show_record
        )
    )
    yield page
    cv = CvWidget(window.profile)
    cv.deleted.connect(window.push_undo)
    page.detail.add_tab(
        DetailTab(QCoreApplication.translate("SectionPages", "CV"), cv, cv.set_talent)
    )
    yield page
    from desktop.ui.quick_actions import talent_actions

    page.quick_actions = talent_actions(window, page)
    page.detail.add_actions(page.quick_actions)
    yield page


def build_companies(window: MainWindow) -> Iterator[ListPage]:
    from desktop.ui.companies.contacts import ContactsTab

    page = window.build_list(
        lists.COMPANIES,
        "companies",
        QCoreApplication.translate("SectionPages", "companies"),
        "render_company",
        editable=True,
        new_label=QCoreApplication.translate("SectionPages", "New company"),
    )
    yield page
    contacts = ContactsTab()
    contacts.changed.connect(page.refresh_detail_summary)
    contacts.deleted.connect(window.push_undo)
    page.detail.add_tab(
        DetailTab(
            QCoreApplication.translate("SectionPages", "Contacts"), contacts, contacts.set_company
        )
    )
    contacts.open_traces.connect(lambda contact_id: open_contact_traces(window, contact_id))
    yield page
    add_timeline(window, page, "company")
    yield page
    from desktop.ui.quick_actions import company_actions

    page.quick_actions = company_actions(window, page)
    page.detail.add_actions(page.quick_actions)
    yield page


def open_contact_traces(window: MainWindow, contact_id: int) -> None:
    """A contact's own written traces, in a window of their own."""
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    from desktop.services.contacts import contact_draft
    from desktop.ui.traces.timeline import TimelineWidget

    draft = contact_draft(contact_id)
    dialog = QDialog(window)
    dialog.setWindowTitle(
        QCoreApplication.translate("SectionPages", "Written traces — {name}").format(
            name=f"{draft.first_name} {draft.last_name}".strip()
        )
    )
    dialog.resize(640, 600)
    timeline = TimelineWidget(window.profile, "contact")
    timeline.deleted.connect(window.push_undo)
    timeline.set_subject(contact_id)
    QVBoxLayout(dialog).addWidget(timeline)
    dialog.exec()


def build_missions(window: MainWindow) -> Iterator[ListPage]:
    from desktop.ui.missions.offers import OffersTab

    page = window.build_list(
        lists.MISSIONS,
        "missions",
        QCoreApplication.translate("SectionPages", "missions"),
        "render_mission",
        editable=True,
        new_label=QCoreApplication.translate("SectionPages", "New mission"),
    )
    yield page
    offers = OffersTab()
    offers.changed.connect(lambda: page.reload())  # the list's counts and the detail
    offers.contract_created.connect(lambda contract_id: window.contract_created(contract_id))
    offers.open_contract.connect(lambda contract_id: window.go_to("contracts", contract_id))
    page.detail.add_tab(
        DetailTab(QCoreApplication.translate("SectionPages", "Offers"), offers, offers.set_mission)
    )
    page.offers_tab = offers
    yield page
    from desktop.ui.quotes.tab import QuotesTab

    quotes_tab = QuotesTab(window.profile)
    quotes_tab.changed.connect(lambda: page.reload())
    quotes_tab.contract_created.connect(lambda contract_id: window.contract_created(contract_id))
    page.detail.add_tab(
        DetailTab(
            QCoreApplication.translate("SectionPages", "Quotes"), quotes_tab, quotes_tab.set_mission
        )
    )
    page.quotes_tab = quotes_tab
    yield page
    from desktop.ui.missions.hint_actions import HintActions

    def changed() -> None:
        page.reload()  # re-selects the mission: its detail and tabs are shown again

    def message(text: str) -> None:
        window.statusBar().showMessage(text, 6000)

    def show_hints(offer_id: int | None) -> None:
        if offer_id is None:
            offers.set_hints(None)
            return
        from desktop.ui.matching.hints_view import RefusalHintsView

        view = RefusalHintsView(offer_id)
        # Held by the view: PySide keeps slots that are bound methods only weakly, and an
        # unreferenced HintActions was freed at once, leaving every button dead.
        # The mission the offers tab shows: the list's selection is empty for a moment
        # while a reload looks for the mission's row further down (read off the UI thread).
        view.actions = HintActions(window, offers.mission_id, changed, message)
        view.actions.connect(view)
        offers.set_hints(view)

    offers.refused_offer_selected.connect(show_hints)
    from desktop.ui.quick_actions import mission_actions

    # The ranking has a page of its own (Matching, Ctrl+M): "Find talents" goes there.
    page.quick_actions = mission_actions(window, page)
    page.detail.add_actions(page.quick_actions)
    yield page
    add_timeline(window, page, "mission")
    # the offers and a refusal's hints need the height more than the summary (it scrolls)
    page.detail.splitter.setSizes([280, 440])
    yield page


def build_contracts(window: MainWindow) -> Iterator[ListPage]:
    from desktop.ui.contracts.agency import AgencyTab
    from desktop.ui.contracts.panel import ContractTab

    page = window.build_list(
        lists.CONTRACTS,
        "contracts",
        QCoreApplication.translate("SectionPages", "contracts"),
        "render_contract",
    )
    yield page
    document = ContractTab(window.profile)
    document.changed.connect(lambda: page.reload())
    page.detail.add_tab(
        DetailTab(
            QCoreApplication.translate("SectionPages", "Document"), document, document.set_contract
        )
    )
    page.contract_tab = document
    yield page
    agency = AgencyTab()
    agency.changed.connect(lambda: page.reload())
    agency.open_contract.connect(lambda contract_id: window.go_to("contracts", contract_id))
    page.detail.add_tab(
        DetailTab(QCoreApplication.translate("SectionPages", "Agency"), agency, agency.set_contract)
    )
    yield page
    add_timeline(window, page, "contract")
    yield page
    add_activity_reports(window, page)
    yield page


def add_activity_reports(window: MainWindow, page: ListPage) -> None:
    """The contract's monthly activity reports (CRA); a report's invoice shows in Invoices."""
    from desktop.ui.activity_reports.tab import ReportsTab

    reports = ReportsTab(profile=window.profile)
    reports.changed.connect(page.refresh_detail_summary)
    reports.invoice_made.connect(lambda invoice_id: window.refresh_lists())
    title = QCoreApplication.translate("SectionPages", "Activity reports")
    page.detail.add_tab(DetailTab(title, reports, reports.set_contract))


def build_invoices(window: MainWindow) -> Iterator[ListPage]:
    from desktop.ui.invoices.section import build_invoices_page

    yield from build_invoices_page(window)
