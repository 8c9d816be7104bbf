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


def build_talents(window: MainWindow) -> ListPage:
    page = window.build_list(
        lists.TALENTS,
        "talents",
        QCoreApplication.translate("SectionPages", "talents"),
        "render_talent",
        editable=True,
        new_label=QCoreApplication.translate("SectionPages", "New talent"),
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
    return page


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
    return page


def build_contracts(window: MainWindow) -> ListPage:
    return window.build_list(
        lists.CONTRACTS,
        "contracts",
        QCoreApplication.translate("SectionPages", "contracts"),
        "render_contract",
    )


def build_invoices(window: MainWindow) -> ListPage:
    return window.build_list(
        lists.INVOICES,
        "invoices",
        QCoreApplication.translate("SectionPages", "invoices and credit notes"),
        "render_invoice",
    )
