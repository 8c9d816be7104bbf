"""The views over the whole book: receivables (figures equal the service's), a month's
invoices issued in one go (with Cancel), the talents' invoices (a Factur-X PDF fills the
form), the accounting export, and the client's payment behaviour beside its vetting."""

from __future__ import annotations

import threading
import zipfile
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.domain import formatting
from desktop.domain.activity_reports import WorkedDay
from desktop.services import invoice_batch
from desktop.services.activity_reports import (
    ReportContent,
    calendar_of,
    save_report,
    validate_report,
)
from desktop.services.invoices import issue
from desktop.services.payments import record_payment
from desktop.services.receivables import ageing, open_invoices
from desktop.store.models import Company, Contract, Invoice, SupplierInvoice
from desktop.ui import details
from desktop.ui.invoices.batch import BatchIssueDialog
from desktop.ui.invoices.export import AccountingExportDialog
from desktop.ui.invoices.receivables import BUCKETS, ReceivablesWindow, overdue_total
from desktop.ui.invoices.supplier import SupplierInvoiceDialog, SupplierInvoicesDialog
from tests.conftest import TODAY
from tests.services.invoicing_book import SELLER, simple_draft
from tests.ui.invoicing_book import D, drive, my_company, set_day, signed_contract

__all__ = ["my_company", "signed_contract"]  # fixtures


def money(amount: Decimal) -> str:
    return formatting.format_money(amount, "en")


def test_the_receivables_view_shows_the_services_figures(qtbot, monkeypatch, demo_db):
    set_day(monkeypatch, TODAY)
    view = ReceivablesWindow()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.show()
    expected = ageing(TODAY)
    assert len(expected.clients) > 3  # the demo owes something, in several buckets
    assert view.total_label.text() == money(expected.total.total)
    assert view.overdue_label.text() == money(overdue_total(expected))
    assert overdue_total(expected) == expected.total.total - expected.total.buckets["not_due"]
    table = view.clients
    assert table.rowCount() == len(expected.clients) + 1  # and the total row
    for row, client in enumerate(expected.clients):
        assert table.item(row, 0).text() == client.name
        for column, key in enumerate(BUCKETS, 1):
            amount = client.ageing.buckets[key]
            assert table.item(row, column).text() == (money(amount) if amount else "—")
        assert table.item(row, len(BUCKETS) + 1).text() == money(client.ageing.total)
    assert table.item(table.rowCount() - 1, 0).text() == "All clients"
    # a click on a client lists its open invoices, which add up to its row
    first = expected.clients[0]
    table.selectRow(0)
    rows = open_invoices(first.company_id, TODAY)
    assert view.invoices.rowCount() == len(rows)
    assert sum(r.balance for r in rows) == first.ageing.total
    assert view.client_title.text().startswith(f"Open invoices of {first.name} — ")
    opened = []
    view.open_invoice.connect(opened.append)
    view.invoices.selectRow(0)
    view._invoice_activated()
    assert opened == [rows[0].id]


def _validated(contract_id: int, month: int = 11) -> int:
    days = [WorkedDay(c.day, Decimal(1)) for c in calendar_of(2026, month) if c.working]
    report = save_report(contract_id, 2026, month, ReportContent(days[:15], []))
    validate_report(report, D(2026, month, 28))
    return report


def test_a_months_reports_are_issued_in_one_go(qtbot, monkeypatch, signed_contract, my_company):
    set_day(monkeypatch, D(2026, 12, 1))
    _validated(signed_contract)
    orphan = Contract.insert(
        company=Company.insert(name="Sans SIREN", sort_name="sans siren").execute(),
        reference="CT-2026-00002",
        title="Audit",
        daily_rate=Decimal(700),
    ).execute()
    _validated(orphan)
    dialog = BatchIssueDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.month.date().toPython() == D(2026, 11, 1)  # last month, proposed
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 3).text() == "€9,750.00"  # 15 days x 650
    with Finished(qtbot, dialog):
        QTest.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    summary = dialog.summary.text()
    assert "1 invoice issued: FA-2026-00001" in summary
    assert "Not issued — CT-2026-00002 – Sans SIREN: the client's SIREN is required" in summary
    assert dialog.table.rowCount() == 1  # the refused report is still waiting


class Finished:
    """Wait until the batch dialog has shown its outcome."""

    def __init__(self, qtbot, dialog: BatchIssueDialog) -> None:
        self.qtbot, self.dialog = qtbot, dialog

    def __enter__(self) -> None:
        self.dialog.summary.setText("")

    def __exit__(self, *exc) -> None:
        if exc[0] is None:
            self.qtbot.waitUntil(lambda: "issued" in self.dialog.summary.text(), timeout=10000)


def test_cancelling_a_batch_keeps_the_invoices_issued_before(
    qtbot, monkeypatch, signed_contract, my_company
):
    set_day(monkeypatch, D(2026, 12, 1))
    first = _validated(signed_contract, 10)
    second = _validated(signed_contract, 11)
    release = threading.Event()
    real = invoice_batch.issue_month

    def slow(ids, seller, outcome, today):
        steps = real(ids, seller, outcome, today)
        yield next(steps)  # 0 of 2
        step = next(steps)  # the first invoice issued
        yield step
        release.wait(5)  # the user presses Cancel here...
        yield step  # ...which is seen before the second invoice is made
        yield from steps

    monkeypatch.setattr(invoice_batch, "issue_month", slow)
    dialog = BatchIssueDialog()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1  # November; October is one more, ticked below
    monkeypatch.setattr(dialog, "chosen_ids", lambda: [first, second])
    with Finished(qtbot, dialog):
        dialog.start()
        qtbot.waitUntil(lambda: dialog.progress is not None and dialog.progress.value() >= 1)
        dialog.progress.findChild(QPushButton).click()  # the progress dialog's Cancel
        release.set()
    assert "Cancelled: the invoices issued before stay issued." in dialog.summary.text()
    assert [i.number for i in Invoice.select()] == ["FA-2026-00001"]


def test_a_talents_factur_x_pdf_fills_the_form_and_the_margin_follows(
    qtbot, monkeypatch, profile, signed_contract, my_company, tmp_path
):
    from tests.documents.facturx_cases import cases, facturx_pdf

    set_day(monkeypatch, D(2026, 12, 5))
    sale = simple_draft(Company.get().id, days="20", rate="650", contract_id=signed_contract)
    issue(sale, SELLER, D(2026, 12, 1))
    doc = cases()["standard"]
    pdf = tmp_path / "facture-lea.pdf"
    pdf.write_bytes(facturx_pdf(doc))

    def record(dialog: SupplierInvoiceDialog) -> None:
        assert dialog.supplier.text() == "Léa Martin"  # the contract's talent, proposed
        dialog.read_pdf(pdf)
        assert "Factur-X read" in dialog.pdf_label.text()
        assert dialog.number.text() == doc.number
        assert dialog.net.amount() == doc.totals.net
        assert dialog.supplier.text() == doc.seller.name
        dialog.save()

    window = SupplierInvoicesDialog(profile)
    qtbot.addWidget(window)
    window.show()
    drive(SupplierInvoiceDialog, record)
    window.record()
    stored = SupplierInvoice.get()
    assert (stored.number, stored.total_excl_tax) == (doc.number, doc.totals.net)
    assert stored.attachment_id is not None  # the PDF is kept with the contract
    window.table.selectRow(0)
    margin = window.margin.text()
    sold = Decimal("13000.00")
    assert f"invoiced to the client {money(sold)}" in margin
    assert f"real margin {money(sold - doc.totals.net)}" in margin
    assert "Real margin" in details.render_mission(Contract.get().mission_id)
    # a plain PDF is attached as it is, and typed in
    plain = tmp_path / "scan.pdf"
    plain.write_bytes(b"%PDF-1.4\n%%EOF\n")
    form = SupplierInvoiceDialog(profile)
    qtbot.addWidget(form)
    form.read_pdf(plain)
    assert "holds no Factur-X invoice" in form.pdf_label.text() and form.pdf == plain


def test_the_accounting_export_writes_the_periods_zip(
    qtbot, monkeypatch, signed_contract, my_company, tmp_path
):
    set_day(monkeypatch, D(2026, 12, 5))
    client = Company.get().id
    invoice_id = simple_draft(client)
    issue(invoice_id, SELLER, D(2026, 11, 3))
    record_payment(invoice_id, Decimal(1000), D(2026, 11, 20), today=D(2026, 12, 5))
    dialog = AccountingExportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.start.date().toPython() == D(2026, 11, 1)
    assert dialog.end.date().toPython() == D(2026, 11, 30)
    target = tmp_path / "novembre.zip"
    dialog.path.setText(str(target))
    drive(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Ok).click())
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written == target, timeout=10000)
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
    assert "factures/FA-2026-00001.pdf" in names  # the Factur-X PDF, as printed
    assert "journal-ventes-20261101-20261130.csv" in names
    assert any(name.endswith("FEC20261130.txt") for name in names)


def test_the_clients_payment_behaviour_shows_beside_its_vetting(qtbot, signed_contract):
    from desktop.ui.companies.dialog import CompanyDialog

    client = Company.get().id
    invoice_id = simple_draft(client, days="1", rate="1000")
    issue(invoice_id, SELLER, D(2026, 10, 1))  # due 31 October
    record_payment(invoice_id, Decimal(1200), D(2026, 11, 20), today=D(2026, 11, 22))
    html = details.render_company(client)
    vetting = html[html.index("Vetting") : html.index("Business")]
    assert "1 of 1 invoices paid late, 20 days late on average" in vetting
    dialog = CompanyDialog(client)
    qtbot.addWidget(dialog)
    assert dialog.payment.text() == (
        "Payments: 1 of 1 invoices paid late, 20 days late on average."
    )
