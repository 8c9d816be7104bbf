"""The pages of the record sections, with the tabs of their detail panels.

Each builder returns the page of one section of the main window; the window
is passed in for the actions that cross sections (open a record, undo a
deletion, create a record). Imported when a section is first opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.store import lists
from desktop.ui.detail_panel import DetailTab
from desktop.ui.list_page import ListPage

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


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


def build_talents(window: MainWindow) -> ListPage:
    from desktop.ui.traces.cv import CvWidget

    page = window.build_list(
        lists.TALENTS,
        "talents",
        QCoreApplication.translate("SectionPages", "talents"),
        "render_talent",
        editable=True,
        new_label=QCoreApplication.translate("SectionPages", "New talent"),
    )
    add_timeline(window, page, "talent")
    cv = CvWidget(window.profile)
    cv.deleted.connect(window.push_undo)
    page.detail.add_tab(
        DetailTab(QCoreApplication.translate("SectionPages", "CV"), cv, cv.set_talent)
    )
    return page


def build_companies(window: MainWindow) -> ListPage:
    from desktop.ui.companies.contacts import ContactsTab

    page = window.build_list(
        lists.COMPANIES,
        "companies",
        QCoreApplication.translate("SectionPages", "companies"),
        "render_company",
        editable=True,
        new_label=QCoreApplication.translate("SectionPages", "New company"),
    )
    contacts = ContactsTab()
    contacts.changed.connect(page.refresh_detail_summary)
    contacts.deleted.connect(window.push_undo)
    page.detail.add_tab(
        DetailTab(
            QCoreApplication.translate("SectionPages", "Contacts"), contacts, contacts.set_company
        )
    )
    contacts.open_traces.connect(lambda contact_id: open_contact_traces(window, contact_id))
    add_timeline(window, page, "company")
    return page


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


def build_missions(window: MainWindow) -> ListPage:
    from desktop.ui.missions.offers import OffersTab

    page = window.build_list(
        lists.MISSIONS,
        "missions",
        QCoreApplication.translate("SectionPages", "missions"),
        "render_mission",
        editable=True,
        new_label=QCoreApplication.translate("SectionPages", "New mission"),
    )
    offers = OffersTab()
    offers.changed.connect(page.refresh_detail_summary)
    offers.changed.connect(lambda: page.reload())
    offers.contract_created.connect(lambda contract_id: window.contract_created(contract_id))
    page.detail.add_tab(
        DetailTab(QCoreApplication.translate("SectionPages", "Offers"), offers, offers.set_mission)
    )
    page.offers_tab = offers
    add_timeline(window, page, "mission")
    return page


def build_contracts(window: MainWindow) -> ListPage:
    page = window.build_list(
        lists.CONTRACTS,
        "contracts",
        QCoreApplication.translate("SectionPages", "contracts"),
        "render_contract",
    )
    add_timeline(window, page, "contract")
    return page


def build_invoices(window: MainWindow) -> ListPage:
    return window.build_list(
        lists.INVOICES,
        "invoices",
        QCoreApplication.translate("SectionPages", "invoices and credit notes"),
        "render_invoice",
    )
