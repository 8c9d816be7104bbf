"""The invoice editor: a draft's client, type, lines, VAT, terms and mentions, with live totals.

One dialog for every draft: a standard, deposit, milestone or final invoice, a credit
note (its lines are what it credits) or a penalty invoice. Lines come from a validated
activity report, a milestone of the contract's mission, expenses, free lines, or the
deposits a final invoice deducts. Everything the law checks is checked by the services
when saving (an illegal payment term, a bad VAT rate, a discount out of range): the field
at fault is marked and named, and nothing is written. *Save and issue* gives the number.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.domain.errors import DomainError, FieldError, Message, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_document import Address
from desktop.domain.late_payment import default_rate
from desktop.domain.payment_terms import (
    TERM_LABELS,
    PaymentTerm,
    TermMethod,
    check_term,
    discount_mention,
    due_date,
)
from desktop.domain.vat import (
    FRANCHISE_MENTION,
    REVERSE_CHARGE_MENTION,
    VatRegime,
    compute_totals,
)
from desktop.domain.vocabulary import InvoiceKind, InvoiceType
from desktop.services import companies, invoice_sources, invoices, settings
from desktop.services.invoices import InvoiceDraft, LineDraft
from desktop.services.late_payment_rates import rate_table
from desktop.ui import i18n
from desktop.ui.invoices import clock
from desktop.ui.invoices.common import RED, date, money, number
from desktop.ui.invoices.lines import LinesTable
from desktop.ui.pickers import RecordPicker
from desktop.ui.widgets import ErrorBanner, FieldErrors

CLIENT_LABEL = QT_TRANSLATE_NOOP("Field", "Client")
CHOOSE_CLIENT = QT_TRANSLATE_NOOP("Invoicing", "choose the client in the list")
EDITABLE_TYPES = (
    InvoiceType.STANDARD,
    InvoiceType.DEPOSIT,
    InvoiceType.MILESTONE,
    InvoiceType.FINAL,
)


def _qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)


class InvoiceEditor(QDialog):
    """A new invoice (``invoice_id`` None) or a draft. After accept: ``saved_id``, and
    ``issued_number`` when it was issued too."""

    def __init__(
        self,
        invoice_id: int | None = None,
        parent: QWidget | None = None,
        *,
        company_id: int | None = None,
        contract_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceEditor")
        self.invoice_id = invoice_id
        self.saved_id: int | None = None
        self.issued_number = ""
        self.send_after = False  # issued with "Issue and send by e-mail…": the caller sends
        self.kind = InvoiceKind.INVOICE
        self.credited_number = ""
        self.report_ids: list[int] = []  # activity reports whose lines were added
        self.facts: invoice_sources.ClientFacts | None = None
        self._loading = True

        self.banner = ErrorBanner()
        self.heading = QLabel()
        self.heading.setObjectName("editorHeading")
        self.heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        self._build_fields()
        self.lines = LinesTable()
        self.lines.changed.connect(self._update_totals)
        self.totals = QLabel()
        self.totals.setObjectName("invoiceTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.errors = FieldErrors(
            self.banner,
            {
                "payment_term_days": self.term_days,
                "discount_rate": self.discount_rate,
                "late_penalty_rate": self.penalty_rate,
                "lines": self.lines,
                "description": self.lines,
                "quantity": self.lines,
                "unit_price": self.lines,
                "vat_rate": self.lines,
                "siren": self.client,
                "client": self.client,
                "client_vat_number": self.client,
                "pattern": self.series,
            },
        )
        self._layout()
        if invoice_id is None:
            self._new(company_id, contract_id)
        else:
            self._load(invoice_id)
        self._loading = False
        self._regime_changed()
        self._term_changed()
        self._update_totals()

    # -- widgets -----------------------------------------------------------------------
    def _build_fields(self) -> None:
        self.client = RecordPicker(lambda text: companies.company_choices(text))
        self.client.setObjectName("client")
        self.client.setPlaceholderText(self.tr("Type part of the client's name"))
        self.client.picked.connect(self._client_picked)
        self.contract = QComboBox()
        self.contract.setObjectName("contract")
        self.type = QComboBox()
        self.type.setObjectName("invoiceType")
        for kind in EDITABLE_TYPES:
            self.type.addItem(i18n.tr_label(kind), kind.value)
        self.type.currentIndexChanged.connect(self._type_changed)
        self.series = QComboBox()
        self.series.setObjectName("series")
        numbering = settings.get("invoicing.numbering")
        self.series.addItem(self.tr("Default of the type"), "")
        for name, pattern in (numbering.get("series") or {}).items():
            self.series.addItem(f"{name} ({pattern})", name)
        self.has_period = QCheckBox(self.tr("from"))
        self.has_period.setObjectName("hasPeriod")
        self.period_start = QDateEdit()
        self.period_end = QDateEdit()
        last_month_end = clock.today().replace(day=1) - dt.timedelta(days=1)
        self.period_start.setDate(_qdate(last_month_end.replace(day=1)))
        self.period_end.setDate(_qdate(last_month_end))
        for edit in (self.period_start, self.period_end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setEnabled(False)
            self.has_period.toggled.connect(edit.setEnabled)
        self.period_start.setObjectName("periodStart")
        self.period_end.setObjectName("periodEnd")
        self.purchase_order = QLineEdit()
        self.purchase_order.setObjectName("purchaseOrder")
        self.purchase_order.setPlaceholderText(self.tr("the client's order number, if any"))

        self.regime = QComboBox()
        self.regime.setObjectName("vatRegime")
        self.regime.addItem(self.tr("French VAT"), VatRegime.STANDARD.value)
        self.regime.addItem(self.tr("No VAT: franchise (art. 293 B du CGI)"), "franchise")
        self.regime.addItem(self.tr("Reverse charge: EU business client"), "reverse_charge")
        self.regime.currentIndexChanged.connect(self._regime_changed)
        self.regime_note = QLabel()
        self.regime_note.setObjectName("regimeNote")
        self.regime_note.setWordWrap(True)
        self.term_method = QComboBox()
        self.term_method.setObjectName("termMethod")
        for method in TermMethod:
            label = self.tr_term(method)
            self.term_method.addItem(label, method.value)
        self.term_days = QSpinBox()
        self.term_days.setObjectName("termDays")
        self.term_days.setRange(0, 365)
        self.term_days.setSuffix(self.tr(" days"))
        self.term_method.currentIndexChanged.connect(self._term_changed)
        self.term_days.valueChanged.connect(self._term_changed)
        self.periodic = QCheckBox(self.tr("Periodic (the month's services)"))
        self.periodic.setObjectName("periodic")
        self.periodic.setToolTip(
            self.tr("A periodic invoice must be due within 45 days of its issue date.")
        )
        self.periodic.toggled.connect(self._term_changed)
        self.due_hint = QLabel()
        self.due_hint.setObjectName("dueHint")
        self.due_hint.setWordWrap(True)
        self.discount = QCheckBox(self.tr("Discount"))
        self.discount.setObjectName("discount")
        self.discount_rate = QDoubleSpinBox()
        self.discount_rate.setObjectName("discountRate")
        self.discount_rate.setRange(0, 99.99)
        self.discount_rate.setSuffix(" %")
        self.discount_days = QSpinBox()
        self.discount_days.setObjectName("discountDays")
        self.discount_days.setRange(0, 60)
        self.discount_days.setPrefix(self.tr("within "))
        self.discount_days.setSuffix(self.tr(" days"))
        for widget in (self.discount_rate, self.discount_days):
            widget.setEnabled(False)
            self.discount.toggled.connect(widget.setEnabled)
        self.discount.toggled.connect(lambda _on: self._update_totals())
        self.agreed_rate = QCheckBox(self.tr("Agreed rate"))
        self.agreed_rate.setObjectName("agreedRate")
        self.penalty_rate = QDoubleSpinBox()
        self.penalty_rate.setObjectName("penaltyRate")
        self.penalty_rate.setRange(0, 99.99)
        self.penalty_rate.setSuffix(self.tr(" % a year"))
        self.penalty_rate.setEnabled(False)
        self.agreed_rate.toggled.connect(self.penalty_rate.setEnabled)
        self.default_penalty = QLabel()
        self.default_penalty.setObjectName("hint")
        self.default_penalty.setWordWrap(True)
        self.vat_on_debits = QCheckBox(self.tr("VAT on debits (option chosen)"))
        self.vat_on_debits.setObjectName("vatOnDebits")
        self.business = QCheckBox(self.tr("Business client (40 € indemnity)"))
        self.business.setObjectName("businessClient")
        self.business.setChecked(True)
        self.delivery = QCheckBox(self.tr("Elsewhere:"))
        self.delivery.setObjectName("delivery")
        self.delivery_line = QLineEdit()
        self.delivery_line.setObjectName("deliveryLine")
        self.delivery_line.setPlaceholderText(self.tr("address"))
        self.delivery_postal = QLineEdit()
        self.delivery_postal.setObjectName("deliveryPostal")
        self.delivery_postal.setPlaceholderText(self.tr("postal code"))
        self.delivery_postal.setMaximumWidth(90)
        self.delivery_city = QLineEdit()
        self.delivery_city.setObjectName("deliveryCity")
        self.delivery_city.setPlaceholderText(self.tr("city"))
        for widget in (self.delivery_line, self.delivery_postal, self.delivery_city):
            widget.setEnabled(False)
            self.delivery.toggled.connect(widget.setEnabled)

    def tr_term(self, method: TermMethod) -> str:
        """The term's name without its number of days ("N days end of month")."""
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("PaymentTerms", TERM_LABELS[method]).replace(
            "{days}", "N"
        )

    @staticmethod
    def _row(*widgets: QWidget, stretch_last: bool = False) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        if not stretch_last:
            row.addStretch(1)
        return holder

    def _layout(self) -> None:
        left = QFormLayout()
        left.addRow(self.tr("Client *"), self.client)
        left.addRow(self.tr("Contract"), self.contract)
        left.addRow(self.tr("Type"), self._row(self.type, QLabel(self.tr("Series")), self.series))
        left.addRow(
            self.tr("Service period"),
            self._row(self.has_period, self.period_start, QLabel(self.tr("to")), self.period_end),
        )
        left.addRow(self.tr("Purchase order"), self.purchase_order)
        left.addRow(
            self.tr("Delivery"),
            self._row(
                self.delivery,
                self.delivery_line,
                self.delivery_postal,
                self.delivery_city,
                stretch_last=True,
            ),
        )
        right = QFormLayout()
        right.addRow(self.tr("VAT"), self.regime)
        right.addRow("", self.regime_note)
        right.addRow(
            self.tr("Payment term"),
            self._row(self.term_method, self.term_days, self.periodic),
        )
        right.addRow("", self.due_hint)
        right.addRow(
            self.tr("Early payment"),
            self._row(self.discount, self.discount_rate, self.discount_days),
        )
        right.addRow(self.tr("Late penalties"), self._row(self.agreed_rate, self.penalty_rate))
        right.addRow("", self.default_penalty)
        right.addRow("", self._row(self.vat_on_debits, self.business))
        top = QGridLayout()
        top.addLayout(left, 0, 0)
        top.addLayout(right, 0, 1)
        top.setColumnStretch(0, 1)
        top.setColumnStretch(1, 1)
        top.setHorizontalSpacing(24)

        add = QPushButton(self.tr("Add a line"))
        add.setObjectName("addLine")
        menu = QMenu(add)
        menu.setObjectName("addLineMenu")
        self.add_actions = {
            "free": menu.addAction(self.tr("Free line"), lambda: self.lines.add_line()),
            "expense": menu.addAction(self.tr("Expense to re-bill"), self._add_expense),
            "report": menu.addAction(self.tr("Days of an activity report…"), self._add_report),
            "milestone": menu.addAction(
                self.tr("A milestone of the mission…"), self._add_milestone
            ),
            "deposits": menu.addAction(self.tr("Deduct the deposits…"), self._add_deposits),
        }
        add.setMenu(menu)
        self.add_button = add
        remove = QPushButton(self.tr("Remove the line"))
        remove.setObjectName("removeLine")
        remove.clicked.connect(self.lines.remove_selected)
        self.remove_button = remove
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(add)
        line_buttons.addWidget(remove)
        line_buttons.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addLayout(line_buttons, 1)
        bottom.addWidget(self.totals)

        self.save_button = QPushButton(self.tr("Save the draft"))
        self.save_button.setObjectName("saveDraft")
        self.save_button.clicked.connect(self.save)
        self.issue_button = QPushButton(self.tr("Save and issue…"))
        self.issue_button.setObjectName("saveIssue")
        self.issue_button.clicked.connect(self.save_and_issue)
        self.issue_button.setDefault(True)
        self.issue_send_button = QPushButton(self.tr("Issue and send by e-mail…"))
        self.issue_send_button.setObjectName("saveIssueSend")
        self.issue_send_button.setToolTip(
            self.tr("Save, issue (it gets its number), then open the e-mail to the client")
        )
        self.issue_send_button.clicked.connect(self.save_issue_and_send)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        hint = QLabel(
            self.tr("A draft has no number. Issuing gives the next one and locks the invoice.")
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        buttons.addWidget(hint, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.issue_send_button)
        buttons.addWidget(self.issue_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.lines, 1)
        layout.addLayout(bottom)
        layout.addLayout(buttons)
        self.resize(1180, 640)

    # -- loading -----------------------------------------------------------------------
    def _new(self, company_id: int | None, contract_id: int | None) -> None:
        self.setWindowTitle(self.tr("New invoice"))
        self.heading.setText(self.tr("New invoice"))
        self._set_term(invoices.default_term())
        self.vat_on_debits.setChecked(bool(settings.get("invoicing.vat_on_debits")))
        if company_id is not None:
            self.client.set_record(company_id, companies.company_label(company_id))
            self._client_picked(company_id)
            if contract_id is not None:
                self.contract.setCurrentIndex(max(self.contract.findData(contract_id), 0))
        self.lines.add_line()

    def _load(self, invoice_id: int) -> None:
        draft, lines = invoices.editable_draft(invoice_id)
        stored = invoices.Invoice.get_by_id(invoice_id)
        self.kind = InvoiceKind(stored.kind)
        self.client.set_record(draft.company_id, companies.company_label(draft.company_id))
        self._client_picked(draft.company_id, keep_regime=True)
        self.contract.setCurrentIndex(max(self.contract.findData(draft.contract_id), 0))
        invoice_type = InvoiceType(draft.invoice_type)
        if invoice_type not in EDITABLE_TYPES:
            self.type.addItem(i18n.tr_label(invoice_type), invoice_type.value)
        self.type.setCurrentIndex(max(self.type.findData(invoice_type.value), 0))
        self.series.setCurrentIndex(max(self.series.findData(draft.series), 0))
        self.has_period.setChecked(draft.service_start is not None)
        if draft.service_start:
            self.period_start.setDate(_qdate(draft.service_start))
        if draft.service_end:
            self.period_end.setDate(_qdate(draft.service_end))
        self.purchase_order.setText(draft.purchase_order)
        self.regime.setCurrentIndex(max(self.regime.findData(str(draft.vat_regime)), 0))
        self._set_term(draft.term or invoices.default_term())
        self.periodic.setChecked(draft.periodic)
        self.discount.setChecked(draft.discount_rate is not None)
        if draft.discount_rate is not None:
            self.discount_rate.setValue(float(draft.discount_rate))
            self.discount_days.setValue(draft.discount_days)
        self.agreed_rate.setChecked(draft.late_penalty_rate is not None)
        if draft.late_penalty_rate is not None:
            self.penalty_rate.setValue(float(draft.late_penalty_rate))
        self.vat_on_debits.setChecked(bool(draft.vat_on_debits))
        self.business.setChecked(draft.business_client)
        if draft.delivery_address is not None:
            self.delivery.setChecked(True)
            self.delivery_line.setText(draft.delivery_address.line1)
            self.delivery_postal.setText(draft.delivery_address.postal_code)
            self.delivery_city.setText(draft.delivery_address.city)
        self.lines.sign = -1 if self.kind == InvoiceKind.CREDIT_NOTE else 1
        self.lines.set_lines(lines)
        if self.kind == InvoiceKind.CREDIT_NOTE:
            self.credited_number = (
                invoices.Invoice.get_by_id(stored.credited_invoice_id).number
                if stored.credited_invoice_id
                else ""
            )
            title = self.tr("Credit note (draft) for invoice {number}").format(
                number=self.credited_number
            )
            for widget in (self.client, self.contract, self.type, self.regime):
                widget.setEnabled(False)
            for key in ("report", "milestone", "deposits"):
                self.add_actions[key].setEnabled(False)
        elif invoice_type == InvoiceType.PENALTY:
            title = self.tr("Penalty invoice (draft)")
            self.type.setEnabled(False)
        else:
            title = self.tr("Draft invoice")
        self.setWindowTitle(title)
        self.heading.setText(title)

    def _set_term(self, term: PaymentTerm) -> None:
        self.term_method.setCurrentIndex(max(self.term_method.findData(term.method.value), 0))
        self.term_days.setValue(term.days)

    # -- reactions -------------------------------------------------------------------
    def _client_picked(self, company_id: int | None, keep_regime: bool = False) -> None:
        self.contract.clear()
        self.contract.addItem(self.tr("No contract"), None)
        self.facts = None
        if company_id is None:
            self._regime_changed()
            return
        for choice in invoice_sources.contracts_of(company_id):
            rate = (
                f" · {formatting.format_rate(choice.daily_rate, i18n.language())}"
                if choice.daily_rate
                else ""
            )
            self.contract.addItem(f"{choice.reference} – {choice.title}{rate}", choice.id)
        if self.contract.count() > 1:
            self.contract.setCurrentIndex(1)
        self.facts = invoice_sources.client_facts(company_id)
        if not keep_regime:
            self.regime.setCurrentIndex(max(self.regime.findData(self.facts.regime.value), 0))
        self._regime_changed()

    def _type_changed(self) -> None:
        if self._loading:
            return
        invoice_type = self.type.currentData()
        if invoice_type == InvoiceType.FINAL and invoice_sources.deposits_to_deduct(
            self.client.record_id() or 0
        ):
            self.banner.show_text(
                self.tr("This client has deposits to deduct: Add a line › Deduct the deposits.")
            )

    def _regime(self) -> VatRegime:
        return VatRegime(self.regime.currentData())

    def _regime_changed(self) -> None:
        regime = self._regime()
        self.lines.set_regime(regime)
        note = ""
        if regime is VatRegime.FRANCHISE:
            note = FRANCHISE_MENTION
        elif regime is VatRegime.REVERSE_CHARGE:
            mine = self.facts.seller_vat_number if self.facts else ""
            theirs = self.facts.vat_number if self.facts else ""
            missing = self.tr("missing")
            note = self.tr("{mention} · your VAT number: {mine} · the client's: {theirs}").format(
                mention=REVERSE_CHARGE_MENTION, mine=mine or missing, theirs=theirs or missing
            )
        self.regime_note.setText(note)
        self.regime_note.setVisible(bool(note))
        self._update_totals()

    def _term(self) -> PaymentTerm:
        return PaymentTerm(TermMethod(self.term_method.currentData()), self.term_days.value())

    def _term_changed(self) -> None:
        method = TermMethod(self.term_method.currentData())
        self.term_days.setEnabled(method is not TermMethod.ON_RECEIPT)
        if method is TermMethod.ON_RECEIPT and self.term_days.value():
            self.term_days.setValue(0)
            return
        term = self._term()
        today = clock.today()
        try:
            check_term(term, today, self.periodic.isChecked())
        except ValidationError as exc:
            self.due_hint.setText(i18n.tr_message(exc.errors[0].message))
            self.due_hint.setStyleSheet(f"color: {RED}")
            return
        self.due_hint.setStyleSheet("color: #6b7280")
        self.due_hint.setText(
            self.tr("Due on {date} if issued today").format(date=date(due_date(today, term)))
        )
        try:
            rate = default_rate(rate_table(), today)
        except LookupError:
            self.default_penalty.setText("")
        else:
            text = self.tr("default: ECB + 10 points = {rate} %").format(rate=number(rate.rate))
            if rate.stale:
                text += " " + self.tr("(rate table to update in Settings)")
            self.default_penalty.setText(text)

    def _update_totals(self) -> None:
        regime = self._regime()
        totals = compute_totals(self.lines.preview())
        rows = [(self.tr("Total excl. VAT"), money(totals.net))]
        for part in totals.breakdown:
            if part.tax:
                rows.append(
                    (self.tr("VAT {rate} %").format(rate=number(part.rate)), money(part.tax))
                )
        rows.append((self.tr("Total incl. VAT"), f"<b>{money(totals.gross)}</b>"))
        cells = "".join(
            f"<tr><td style='color:#6b7280;padding-right:16px'>{label}</td>"
            f"<td align='right'>{value}</td></tr>"
            for label, value in rows
        )
        mentions = []
        if regime is VatRegime.FRANCHISE:
            mentions.append(FRANCHISE_MENTION)
        elif regime is VatRegime.REVERSE_CHARGE:
            mentions.append(REVERSE_CHARGE_MENTION)
        if not self.discount.isChecked():
            mentions.append(discount_mention(None))
        note = "".join(f"<div style='color:#6b7280'>{m}</div>" for m in mentions)
        self.totals.setText(f"<table cellspacing='0'>{cells}</table>{note}")

    # -- line sources ---------------------------------------------------------------------
    def _company(self) -> int | None:
        company_id = self.client.record_id()
        if company_id is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Choose the client first."))
        return company_id

    def _vat_rate(self) -> Decimal:
        return Decimal(20)

    def _add_expense(self) -> None:
        row = self.lines.add_line(
            LineDraft("", Decimal(1), Decimal(0), line_kind="expense", unit="C62")
        )
        self.lines.setCurrentCell(row, 0)

    def _pick(self, title: str, label: str, choices: list[str]) -> int | None:
        if not choices:
            return None
        text, ok = QInputDialog.getItem(self, title, label, choices, 0, False)
        return choices.index(text) if ok else None

    def _add_report(self) -> None:
        company_id = self._company()
        if company_id is None:
            return
        reports = [
            r
            for r in invoice_sources.reports_to_bill(company_id, self.contract.currentData())
            if r.id not in self.report_ids
        ]
        if not reports:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr(
                    "No validated activity report to invoice for this client. Validate the "
                    "month's report from the contract first (Contracts › Activity reports)."
                ),
            )
            return
        labels = [f"{r.month:%m/%Y} – {r.contract}" for r in reports]
        index = self._pick(self.tr("Activity report"), self.tr("Report to invoice:"), labels)
        if index is None:
            return
        report = reports[index]
        try:
            lines = invoice_sources.report_lines(report.id, self._vat_rate())
        except DomainError as exc:
            self.banner.show_text(i18n.tr_error(exc))
            return
        self._drop_blank_line()
        for line in lines:
            self.lines.add_line(line)
        self.report_ids.append(report.id)
        self.contract.setCurrentIndex(max(self.contract.findData(report.contract_id), 0))
        self._set_period_to_month(report.month)

    def _set_period_to_month(self, month) -> None:
        import calendar

        last = month.replace(day=calendar.monthrange(month.year, month.month)[1])
        self.has_period.setChecked(True)
        self.period_start.setDate(_qdate(month))
        self.period_end.setDate(_qdate(last))

    def _drop_blank_line(self) -> None:
        """The empty line a new invoice starts with goes when real lines come."""
        if self.lines.rowCount() == 1 and not self.lines.item(0, 0).text().strip():
            self.lines.removeRow(0)

    def _add_milestone(self) -> None:
        contract_id = self.contract.currentData()
        if contract_id is None:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Choose the contract whose milestone to bill.")
            )
            return
        milestones = invoice_sources.milestones_of(contract_id)
        if not milestones:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("The contract's mission has no phases: add a free line instead."),
            )
            return
        labels = [f"{m.name} ({date(m.due_on)})" if m.due_on else m.name for m in milestones]
        index = self._pick(self.tr("Milestone"), self.tr("Milestone reached:"), labels)
        if index is None:
            return
        self._drop_blank_line()
        row = self.lines.add_line(
            LineDraft(
                f"Jalon : {milestones[index].name}",
                Decimal(1),
                Decimal(0),
                line_kind="milestone",
                unit="C62",
            )
        )
        self.type.setCurrentIndex(max(self.type.findData(InvoiceType.MILESTONE.value), 0))
        self.lines.setCurrentCell(row, 4)
        self.banner.show_text(self.tr("Type the milestone's amount excl. VAT in the line."))

    def _add_deposits(self) -> None:
        company_id = self._company()
        if company_id is None:
            return
        deposits = invoice_sources.deposits_to_deduct(company_id)
        already = {
            self.lines.item(r, 0).data(Qt.ItemDataRole.UserRole)
            for r in range(self.lines.rowCount())
        }
        deposits = [d for d in deposits if d.id not in already]
        if not deposits:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("This client has no issued deposit to deduct.")
            )
            return
        for line in invoices.deposit_deductions([d.id for d in deposits]):
            self.lines.add_line(line)
        self.type.setCurrentIndex(max(self.type.findData(InvoiceType.FINAL.value), 0))

    # -- saving -----------------------------------------------------------------------------
    def draft(self) -> InvoiceDraft:
        company_id = self.client.record_id()
        if company_id is None:
            raise ValidationError(
                [FieldError("client", CLIENT_LABEL, Message("Invoicing", CHOOSE_CLIENT))]
            )
        address = None
        if self.delivery.isChecked():
            address = Address(
                self.delivery_line.text().strip(),
                "",
                self.delivery_postal.text().strip(),
                self.delivery_city.text().strip(),
            )
        return InvoiceDraft(
            company_id=company_id,
            invoice_type=InvoiceType(self.type.currentData()),
            contract_id=self.contract.currentData(),
            series=self.series.currentData() or "",
            service_start=self.period_start.date().toPython()
            if self.has_period.isChecked()
            else None,
            service_end=self.period_end.date().toPython() if self.has_period.isChecked() else None,
            term=self._term(),
            periodic=self.periodic.isChecked(),
            discount_rate=Decimal(str(round(self.discount_rate.value(), 2)))
            if self.discount.isChecked()
            else None,
            discount_days=self.discount_days.value() if self.discount.isChecked() else 0,
            vat_regime=self._regime(),
            vat_on_debits=self.vat_on_debits.isChecked(),
            business_client=self.business.isChecked(),
            late_penalty_rate=Decimal(str(round(self.penalty_rate.value(), 2)))
            if self.agreed_rate.isChecked()
            else None,
            delivery_address=address,
            purchase_order=self.purchase_order.text(),
        )

    def _write(self) -> bool:
        """Save the draft; False (with the fields marked) when refused."""
        try:
            draft = self.draft()
            lines = self.lines.lines()
            if self.kind == InvoiceKind.CREDIT_NOTE:
                invoices.update_draft(self.invoice_id, draft, lines)
                self.saved_id = self.invoice_id
            else:
                self.saved_id = invoice_sources.save_draft(
                    draft, lines, self.invoice_id, tuple(self.report_ids)
                )
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        except DomainError as exc:
            self.errors.clear()
            self.banner.show_text(i18n.tr_error(exc))
            return False
        self.invoice_id = self.saved_id
        self.report_ids = []
        self.errors.clear()
        return True

    def save(self) -> None:
        if self._write():
            self.accept()

    def save_and_issue(self) -> None:
        if not self._write():
            return
        from desktop.ui.invoices.actions import issue_invoice

        number = issue_invoice(self, self.saved_id, report=self.banner.show_text)
        if number:
            self.issued_number = number
            self.accept()

    def save_issue_and_send(self) -> None:
        """Issue, then the caller opens the e-mail: a draft has no number to send."""
        self.send_after = True
        self.save_and_issue()
        if not self.issued_number:
            self.send_after = False
