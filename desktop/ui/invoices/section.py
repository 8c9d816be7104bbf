"""The Invoices section: the list (with its derived status), New invoice, Edit and Delete
for drafts, and a bar of actions on the selected invoice (issue a draft; the PDF, the
e-mail, sent, payment, credit note, penalties and the reminder of an issued one; history)
beside the views of the whole book (receivables, supplier invoices, month-end batch,
accounting export)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QWidget

from desktop.domain.receivables import LEVEL_LABELS
from desktop.domain.vocabulary import InvoiceKind, InvoiceStatus
from desktop.services import invoices, receivables, records
from desktop.store import lists
from desktop.ui.assets import icon
from desktop.ui.invoices import clock
from desktop.ui.invoices.actions import InvoiceActions
from desktop.ui.list_page import ListPage
from desktop.ui.tasks import run_read

if TYPE_CHECKING:
    from collections.abc import Iterator

    from desktop.ui.main_window import MainWindow


@dataclass(frozen=True)
class BarState:
    """What the bar offers for one invoice (None: no selection, nothing applies)."""

    invoice_id: int | None
    enabled: dict[str, bool] = field(default_factory=dict)
    issued: bool = False
    overdue: bool = False
    penalty: bool = False
    due_level: str | None = None


BAR_BUTTONS = ("issue", "pdf", "email", "sent", "payment", "credit", "late", "history")


def bar_state(invoice_id: int, today: dt.date) -> BarState:
    """The actions that apply to ``invoice_id`` on ``today``: read on the reader thread."""
    invoice = records.invoice_detail(invoice_id).invoice  # deleted: raises (on_error)
    state = dict.fromkeys(BAR_BUTTONS, False)
    issued = invoice.issued_at is not None or invoice.status != InvoiceStatus.DRAFT
    is_invoice = invoice.kind == InvoiceKind.INVOICE
    owed = issued and is_invoice and invoices.amount_due(invoice) > 0
    late = invoice.due_date is not None and invoice.due_date < today
    overdue = owed and late and invoice.status != InvoiceStatus.CANCELLED
    state["issue"] = not issued
    state["pdf"] = state["email"] = issued and bool(invoice.number)
    state["sent"] = (
        issued
        and invoice.sent_on is None
        and invoice.status in (InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID)
    )
    state["payment"] = owed and invoice.status != InvoiceStatus.CANCELLED
    state["credit"] = issued and is_invoice and invoice.status != InvoiceStatus.CANCELLED
    penalty = issued and is_invoice and late and invoice.invoice_type != "penalty"
    state["history"] = True
    state["late"] = overdue or penalty
    step = receivables.reminder_due(invoice_id, today) if overdue else None
    return BarState(
        invoice_id, state, issued, overdue, penalty, step.level if step is not None else None
    )


class InvoiceBar(QWidget):
    """The actions on the selected invoice, enabled by its state, and the book's views."""

    def __init__(self, window: MainWindow, page: ListPage, actions: InvoiceActions) -> None:
        super().__init__(page)
        self.setObjectName("invoiceBar")
        self.window, self.page, self.actions = window, page, actions
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 4)
        for name, text, slot in (
            ("issue", self.tr("Issue…"), actions.issue),
            ("pdf", self.tr("PDF"), actions.pdf),
            ("email", self.tr("Send by e-mail…"), actions.send_by_email),
            ("sent", self.tr("Mark as sent"), actions.mark_sent),
            ("payment", self.tr("Record a payment…"), actions.record_payment),
            ("credit", self.tr("Credit note…"), actions.credit_note),
            ("late", self.tr("Late payment"), None),
            ("history", self.tr("History"), actions.history),
        ):
            button = QPushButton(text)
            button.setObjectName(f"invoice-{name}")
            if slot is not None:
                button.clicked.connect(lambda _=False, act=slot: self._on_selected(act))
            button.setEnabled(False)
            row.addWidget(button)
            self.buttons[name] = button
        self._late_menu(actions)
        self.buttons["pdf"].setToolTip(self.tr("The Factur-X PDF, to look at, save or print"))
        self.buttons["email"].setToolTip(
            self.tr("The PDF to the client; the invoice is marked as sent once it has left")
        )
        self.buttons["sent"].setToolTip(self.tr("Sent another way: by post, through a portal…"))
        # An issued invoice has no Issue; a draft has no PDF nor e-mail (no number yet);
        # Late payment shows on a late invoice only.
        self.for_drafts = ("issue",)
        self.for_issued = ("pdf", "email", "sent")
        row.addStretch(1)
        receivables = QPushButton(icon("invoices"), self.tr("Receivables"))
        receivables.setObjectName("invoice-receivables")
        receivables.clicked.connect(self.open_receivables)
        row.addWidget(receivables)
        more = QPushButton(self.tr("Month-end"))
        more.setObjectName("invoice-more")
        menu = QMenu(more)
        menu.setObjectName("invoiceMoreMenu")
        menu.addAction(self.tr("Issue a month's invoices…"), self.open_batch)
        menu.addAction(self.tr("Supplier invoices (talents)…"), self.open_supplier_invoices)
        menu.addAction(self.tr("Accounting export (FEC, journal)…"), self.open_export)
        more.setMenu(menu)
        row.addWidget(more)
        self.more_menu = menu
        self._wanted: int | None = None
        self.shown_for: int | None = None
        self._reading = 0
        page.record_selected.connect(self.update_buttons)
        self.update_buttons(None)

    def _late_menu(self, actions: InvoiceActions) -> None:
        """*Late payment*: the reminder's letter, its e-mail, the penalty invoice."""
        button = self.buttons["late"]
        menu = QMenu(button)
        menu.setObjectName("invoiceLateMenu")
        self.late_actions = {
            "letter": menu.addAction(
                self.tr("Reminder letter (PDF)"),
                lambda: self._on_selected(actions.reminder_letter),
            ),
            "email": menu.addAction(
                self.tr("Send the reminder by e-mail…"),
                lambda: self._on_selected(actions.send_reminder),
            ),
        }
        menu.addSeparator()
        self.late_actions["penalty"] = menu.addAction(
            self.tr("Penalty invoice…"), lambda: self._on_selected(actions.penalty)
        )
        button.setMenu(menu)

    def _on_selected(self, action) -> None:
        invoice_id = self.page.selected_id()
        if invoice_id is not None:
            action(invoice_id)

    def update_buttons(self, invoice_id: int | None) -> None:
        """Each action only where it applies: issue a draft, pay what is owed... The PDF and
        the e-mail show on an issued invoice only, Late payment on a late one.

        What applies is read on the reader thread (:func:`bar_state`: the invoice, the
        reminder due): the buttons of the invoice shown before stay until the answer, so
        moving through the list never waits on the database nor flickers. No selection:
        nothing applies, at once."""
        self._wanted = invoice_id
        if invoice_id is None:  # reads still running are ignored when they answer
            self._apply(BarState(None))
            return
        self._reading += 1

        def done(state: BarState) -> None:
            self._reading -= 1
            if state.invoice_id == self._wanted:
                self._apply(state)

        def failed(_exc: Exception) -> None:  # deleted meanwhile: nothing applies
            self._reading -= 1
            if invoice_id == self._wanted:
                self._apply(BarState(invoice_id))

        def skipped() -> None:  # a later selection superseded this read
            self._reading -= 1

        today = clock.today()
        run_read(
            lambda: bar_state(invoice_id, today),
            done,
            failed,
            channel=(id(self), "bar"),
            owner=self,
            on_skip=skipped,
        )

    @property
    def settled(self) -> bool:
        """The buttons say what applies to the invoice last asked (tests wait for it)."""
        return not self._reading and self.shown_for == self._wanted

    def _apply(self, bar: BarState) -> None:
        self.shown_for = bar.invoice_id
        state = dict(bar.enabled) if bar.enabled else dict.fromkeys(self.buttons, False)
        for name, enabled in state.items():
            self.buttons[name].setEnabled(enabled)
        for name in self.for_drafts:
            self.buttons[name].setVisible(not bar.issued)
        for name in self.for_issued:
            self.buttons[name].setVisible(bar.issued)
        self.buttons["late"].setVisible(state["late"])
        # the letter lists what is still owed
        self.late_actions["letter"].setEnabled(bar.overdue)
        self.late_actions["email"].setEnabled(bar.due_level is not None)
        self.late_actions["penalty"].setEnabled(state["late"] and bar.penalty)
        if bar.due_level is not None:
            level = QCoreApplication.translate("Receivables", LEVEL_LABELS[bar.due_level])
            self.late_actions["email"].setText(
                self.tr("Send the {level} by e-mail…").format(level=level.lower())
            )
        else:
            self.late_actions["email"].setText(self.tr("Send the reminder by e-mail…"))

    # -- the book -----------------------------------------------------------------------
    def open_receivables(self) -> None:
        from desktop.ui.invoices.receivables import ReceivablesWindow

        view = ReceivablesWindow(self.window)
        view.open_invoice.connect(lambda i: self.window.go_to("invoices", i))
        view.open_company.connect(lambda i: self.window.go_to("companies", i))
        view.show()
        self.receivables = view

    def open_batch(self) -> None:
        from desktop.ui.invoices.batch import BatchIssueDialog

        dialog = BatchIssueDialog(self.window, profile=self.window.profile)
        dialog.exec()
        if dialog.outcome.invoice_ids:
            self.page.reload(select=dialog.outcome.invoice_ids[-1])
            self.window.refresh_lists()

    def open_supplier_invoices(self) -> None:
        from desktop.ui.invoices.supplier import SupplierInvoicesDialog

        SupplierInvoicesDialog(self.window.profile, self.window).exec()
        self.window.refresh_lists()

    def open_export(self) -> None:
        from desktop.ui.invoices.export import AccountingExportDialog

        AccountingExportDialog(self.window).exec()


def build_invoices_page(window: MainWindow) -> Iterator[ListPage]:
    """The Invoices list with New invoice, Edit and Delete, and the invoice bar above it;
    yields the page after each piece (see ``desktop/ui/section_pages.py``)."""
    actions = InvoiceActions(window)
    page = ListPage(
        lists.INVOICES,
        QCoreApplication.translate("MainWindow", "Invoices"),
        window.state,
        _render,
        noun_plural=QCoreApplication.translate("SectionPages", "invoices and credit notes"),
        on_new=lambda: actions.new_invoice(),
        on_edit=actions.edit,
        on_delete=actions.delete,
        new_label=QCoreApplication.translate("InvoiceBar", "New invoice"),
        read_now=not window.prebuilding,
    )
    page.link_activated.connect(window.follow_link)
    yield page
    bar = InvoiceBar(window, page, actions)
    page.layout().insertWidget(1, bar)  # between the title row and the list
    page.invoice_bar = bar
    page.invoice_actions = actions

    def changed(invoice_id: int) -> None:
        page.reload(select=invoice_id or None)
        # The rows are read again off the UI thread: until the row is selected again (the
        # bar follows ``record_selected``), no action on what it was (maybe deleted).
        bar.update_buttons(None)
        window.refresh_lists()

    actions.changed.connect(changed)
    actions.status.connect(lambda text: window.statusBar().showMessage(text, 6000))
    yield page


def _render(invoice_id: int) -> str:
    from desktop.ui import details

    return details.render_invoice(invoice_id)
