"""Every invoicing dialog fits a 1280x720 laptop screen, in French (the longer texts):
less a 30-pixel taskbar and a 30-pixel title bar, 1260x660 for the dialog itself."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.services.invoices import issue
from desktop.services.payments import record_payment
from desktop.services.supplier_invoices import (
    SupplierInvoiceDraft,
    record_supplier_invoice,
    supplier_invoice_rows,
)
from desktop.store.models import Company
from desktop.ui import i18n
from desktop.ui.app import create_application
from tests.services.invoicing_book import SELLER, simple_draft
from tests.ui.invoicing_book import D, my_company, set_day, signed_contract

__all__ = ["my_company", "signed_contract"]  # fixtures

WIDTH, HEIGHT = 1260, 660


@pytest.fixture
def french():
    app = create_application()
    i18n.install(app, "fr")
    yield app
    i18n.install(QApplication.instance(), "en")


def dialogs(profile, contract_id: int) -> dict[str, QWidget]:
    from desktop.ui.activity_reports.dialog import ActivityReportDialog
    from desktop.ui.invoices.batch import BatchIssueDialog
    from desktop.ui.invoices.dialogs import (
        CreditNoteDialog,
        HistoryDialog,
        PaymentDialog,
        PenaltyDialog,
    )
    from desktop.ui.invoices.editor import InvoiceEditor
    from desktop.ui.invoices.export import AccountingExportDialog
    from desktop.ui.invoices.receivables import ReceivablesWindow
    from desktop.ui.invoices.supplier import (
        SupplierInvoiceDialog,
        SupplierInvoicesDialog,
        SupplierPaymentDialog,
    )
    from desktop.ui.settings.invoicing import InvoicingSettings

    client = Company.get().id
    invoice = simple_draft(client, contract_id=contract_id)
    issue(invoice, SELLER, D(2026, 10, 1))
    record_payment(invoice, Decimal(1000), D(2026, 10, 20), today=D(2026, 12, 1))
    record_supplier_invoice(
        SupplierInvoiceDraft(contract_id, "Léa Martin EI", "2026-031", D(2026, 11, 2), Decimal(9))
    )
    return {
        "editor": InvoiceEditor(None, company_id=client),
        "draft": InvoiceEditor(simple_draft(client)),
        "report": ActivityReportDialog(contract_id, dt.date(2026, 11, 1)),
        "payment": PaymentDialog(invoice),
        "credit": CreditNoteDialog(invoice),
        "penalty": PenaltyDialog(invoice),
        "history": HistoryDialog(invoice),
        "receivables": ReceivablesWindow(),
        "batch": BatchIssueDialog(),
        "export": AccountingExportDialog(),
        "suppliers": SupplierInvoicesDialog(profile),
        "supplier": SupplierInvoiceDialog(profile),
        "supplier payment": SupplierPaymentDialog(supplier_invoice_rows()[0]),
        "settings": InvoicingSettings(profile),
    }


def test_every_invoicing_dialog_fits_a_small_laptop_in_french(
    qtbot, monkeypatch, french, profile, signed_contract, my_company
):
    set_day(monkeypatch, D(2026, 12, 1))
    too_big = []
    for name, dialog in dialogs(profile, signed_contract).items():
        qtbot.addWidget(dialog)
        needed = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        width = max(needed.width(), dialog.size().width())
        height = max(needed.height(), dialog.size().height())
        if name == "settings":  # a page beside the sidebar and the list of pages; it scrolls
            width, height = width + 222 + 48 + 190 + 16 + 20, 0
        if width > WIDTH or height > HEIGHT:
            too_big.append(f"{name}: {width}x{height}")
    assert too_big == []


def test_the_invoice_bar_fits_beside_the_sidebar_in_french(qtbot, make_window, french, db):
    window = make_window()
    page = window.go_to("invoices")
    bar = page.invoice_bar.minimumSizeHint().width()
    assert bar + 222 + 32 <= 1280, bar  # sidebar and page margins
    assert page.invoice_bar.buttons["payment"].text() == "Enregistrer un paiement…"


def test_the_bar_of_an_overdue_invoice_fits_too(
    qtbot, make_window, monkeypatch, french, signed_contract, my_company
):
    """Its widest state: the PDF, the e-mail and the reminder shown, Issue gone."""
    set_day(monkeypatch, D(2026, 12, 20))
    invoice = simple_draft(Company.get().id, contract_id=signed_contract)
    issue(invoice, SELLER, D(2026, 10, 1))  # due on 31 October
    window = make_window()
    page = window.go_to("invoices", invoice)
    bar = page.invoice_bar
    bar.update_buttons(invoice)
    qtbot.waitUntil(lambda: bar.settled)
    shown = [name for name, button in bar.buttons.items() if not button.isHidden()]
    assert shown == ["pdf", "email", "sent", "payment", "credit", "late", "history"]
    assert bar.buttons["late"].text() == "Retard"
    assert bar.late_actions["email"].text() == "Envoyer la relance amiable par e-mail…"
    width = bar.minimumSizeHint().width()
    assert width + 222 + 32 <= 1280, width
