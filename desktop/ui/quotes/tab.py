"""The "Quotes" tab of a mission: its quotes to the client, from draft to contract."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.domain.errors import DomainError
from desktop.domain.quotes import TRANSITIONS
from desktop.domain.vocabulary import QuoteStatus
from desktop.profile import Profile
from desktop.services import documents, quotes
from desktop.services.quotes import QuoteSummary
from desktop.ui import i18n
from desktop.ui.documents.building import explain_failure
from desktop.ui.documents.flow import make_and_show

Q = QuoteStatus


class QuotesTab(QWidget):
    """Signals ``changed`` after a change; ``contract_created(int)`` when one is accepted."""

    changed = Signal()
    contract_created = Signal(int)

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quotesTab")
        self.profile = profile
        self.mission_id: int | None = None
        self.rows: list[QuoteSummary] = []
        self.today = dt.date.today
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("quotesTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Quote"),
                self.tr("Status"),
                self.tr("Total excl. VAT"),
                self.tr("Valid until"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        specs = [
            ("new", self.tr("New quote"), self.new),
            ("edit", self.tr("Edit…"), self.edit),
            ("pdf", self.tr("PDF"), self.pdf),
            ("email", self.tr("Send by e-mail…"), self.email),
            ("send", self.tr("Mark as sent"), self.send),
            ("accept", self.tr("Accepted"), self.accept),
            ("refuse", self.tr("Refused"), self.refuse),
            ("deposit", self.tr("Make the deposit invoice"), self.deposit_invoice),
        ]
        for i, (key, text, slot) in enumerate(specs):
            button = QPushButton(text)
            button.setObjectName(f"quote-{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            grid.addWidget(button, i // 4, i % 4)
        self.buttons["email"].setToolTip(
            self.tr("The PDF to the client; a draft is numbered and marked as sent then.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addLayout(grid)

    def set_mission(self, mission_id: int | None) -> None:
        self.mission_id = mission_id
        if mission_id is not None:
            quotes.expire_due(self.today())  # sent quotes past their validity: expired
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        self.rows = quotes.quotes_of_mission(self.mission_id) if self.mission_id else []
        lang = i18n.language()
        self.table.setRowCount(len(self.rows))
        for r, q in enumerate(self.rows):
            values = [
                q.reference or self.tr("draft"),
                i18n.tr_label(q.status, QuoteStatus),
                formatting.format_money(q.total_excl_tax, lang),
                formatting.format_date(q.valid_until, lang),
            ]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(q.title)
                if c == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        target = next((i for i, q in enumerate(self.rows) if q.id == select), 0)
        if self.rows:
            self.table.selectRow(target)
        self.hint.setText(
            self.tr(
                "A quote is numbered when it is sent by e-mail or marked as sent. Accepted, "
                "it becomes the contract draft (its deposit is flagged for invoicing)."
            )
            if self.rows
            else self.tr("No quote yet: “New quote” takes the mission's days and daily rate.")
        )
        self._update_buttons()

    def selected(self) -> QuoteSummary | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def _update_buttons(self) -> None:
        q = self.selected()
        allowed = TRANSITIONS.get(q.status, ()) if q else ()
        self.buttons["new"].setEnabled(self.mission_id is not None)
        self.buttons["edit"].setEnabled(q is not None and q.status == Q.DRAFT)
        self.buttons["pdf"].setEnabled(q is not None)
        self.buttons["email"].setEnabled(q is not None)
        self.buttons["send"].setEnabled(Q.SENT in allowed)
        self.buttons["accept"].setEnabled(Q.ACCEPTED in allowed)
        self.buttons["refuse"].setEnabled(Q.REFUSED in allowed)
        # only on an accepted quote whose deposit waits for its invoice (To do lists them too)
        self.buttons["deposit"].setVisible(
            q is not None and q.status == Q.ACCEPTED and q.deposit_invoice_due
        )

    def _run(self, change, select: int | None = None) -> object:
        try:
            result = change()
        except DomainError as exc:
            explain_failure(self, exc)
            return None
        self.refresh(select)
        self.changed.emit()
        return result

    def new(self) -> None:
        quote_id = self._run(lambda: quotes.create_for_mission(self.mission_id, self.today()))
        if quote_id:
            self.refresh(quote_id)
            self.edit()

    def edit(self) -> None:
        q = self.selected()
        if q is None or q.status != Q.DRAFT:
            return
        from desktop.ui.quotes.dialog import QuoteDialog

        dialog = QuoteDialog(q.id, self)
        if dialog.exec():
            self.refresh(q.id)
            self.changed.emit()
            if dialog.send_after:
                self.email()

    def email(self) -> None:
        """The quote's PDF to the client (a draft gets its number when Send is pressed)."""
        q = self.selected()
        if q is None:
            return
        from desktop.services import document_mails
        from desktop.ui.mail.send_dialog import send_by_email

        language = document_mails.document_language("quote", q.id)
        if send_by_email(self, self.profile, "quote", q.id, language) is not None:
            self.refresh(q.id)
            self.changed.emit()

    def send(self) -> None:
        q = self.selected()
        if q is not None:
            self._run(lambda: quotes.send(q.id, self.today()), q.id)

    def accept(self) -> None:
        q = self.selected()
        if q is None:
            return
        contract_id = self._run(lambda: quotes.accept(q.id, self.today()), q.id)
        if contract_id:
            self.contract_created.emit(contract_id)

    def refuse(self) -> None:
        q = self.selected()
        if q is not None:
            self._run(lambda: quotes.refuse(q.id, self.today()), q.id)

    def deposit_invoice(self) -> None:
        """The deposit invoice draft of the accepted quote, opened in the invoice editor."""
        q = self.selected()
        if q is None:
            return
        from desktop.ui.followups.deposits import make_deposit_invoice

        if make_deposit_invoice(self, q.id, self.profile) is not None:
            self.refresh(q.id)
            self.changed.emit()

    def pdf(self) -> None:
        q = self.selected()
        if q is None:
            return
        profile = self.profile
        quote_id = q.id
        make_and_show(
            self,
            profile,
            lambda target: documents.build_quote(quote_id, target, profile),
            documents.file_name("quote", q.reference or f"brouillon-{q.id}"),
            self.tr("Quote {reference}").format(reference=q.reference or self.tr("draft")),
            done=lambda _built: self.changed.emit(),
        )
