"""A contract's activity report of one month: days ticked, on-call and overtime, comment.

Save keeps a draft; *PDF to sign* and *Send by e-mail…* give the client the month to
approve (without the draft mark); Validate freezes it once the client has approved the
month; then *Make the invoice* makes the invoice draft (days x daily rate, plus the extra
lines) and opens it in the invoice editor. The month can be changed with the arrows, the
current one being saved first when it changed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.domain.activity_reports import (
    EXTRA_LABELS,
    ExtraKind,
    ExtraLine,
    days_total,
)
from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.money import parse_amount
from desktop.domain.vat import regime_for
from desktop.profile import Profile
from desktop.services import activity_reports, mailing
from desktop.services.activity_reports import ReportContent
from desktop.ui import i18n
from desktop.ui.activity_reports.calendar import MonthCalendar
from desktop.ui.invoices import clock
from desktop.ui.invoices.common import date, editable, money, number
from desktop.ui.widgets import ErrorBanner


def month_title(month: dt.date) -> str:
    """ "novembre 2026" / "November 2026"."""
    text = formatting.format_date(month, i18n.language(), "long")  # "1 novembre 2026"
    return text.split(" ", 1)[1] if text[:1].isdigit() else month.strftime("%B %Y")


def status_text(status: str) -> str:
    texts = {
        "draft": QCoreApplication.translate("ActivityReportStatus", "Draft"),
        "validated": QCoreApplication.translate("ActivityReportStatus", "Validated"),
        "invoiced": QCoreApplication.translate("ActivityReportStatus", "Invoiced"),
    }
    return texts.get(status, status)


class ActivityReportDialog(QDialog):
    """``invoice_made(id)`` when the month's invoice draft was made (and opened)."""

    invoice_made = Signal(int)

    def __init__(
        self,
        contract_id: int,
        month: dt.date | None = None,
        parent: QWidget | None = None,
        *,
        profile: Profile | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activityReportDialog")
        self.profile = profile  # None: no PDF nor e-mail (they need the profile's folders)
        self.contract_id = contract_id
        self.contract = activity_reports.contract_header(contract_id)
        self.month = (month or clock.today()).replace(day=1)
        self.report_id: int | None = None
        self.status = "draft"
        self.dirty = False
        self.setWindowTitle(
            self.tr("Activity report — {reference} {title}").format(
                reference=self.contract.reference, title=self.contract.title
            )
        )
        self.banner = ErrorBanner()
        heading = QLabel(f"{self.contract.title} · {self.contract.company}")
        heading.setObjectName("reportHeading")
        heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.previous = QToolButton()
        self.previous.setObjectName("previousMonth")
        self.previous.setText("◀")
        self.previous.setToolTip(self.tr("Previous month"))
        self.previous.clicked.connect(lambda: self.go(-1))
        self.next = QToolButton()
        self.next.setObjectName("nextMonth")
        self.next.setText("▶")
        self.next.setToolTip(self.tr("Next month"))
        self.next.clicked.connect(lambda: self.go(1))
        self.month_label = QLabel()
        self.month_label.setObjectName("monthLabel")
        self.month_label.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.month_label.setMinimumWidth(170)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label = QLabel()
        self.status_label.setObjectName("reportStatus")
        nav = QHBoxLayout()
        nav.addWidget(self.previous)
        nav.addWidget(self.month_label)
        nav.addWidget(self.next)
        nav.addSpacing(12)
        nav.addWidget(self.status_label, 1)

        self.calendar = MonthCalendar()
        self.calendar.changed.connect(self._changed)
        self.tick_all = QPushButton(self.tr("Tick every working day"))
        self.tick_all.setObjectName("tickWorkingDays")
        self.tick_all.clicked.connect(self.calendar.tick_working_days)
        self.clear_all = QPushButton(self.tr("Clear"))
        self.clear_all.setObjectName("clearDays")
        self.clear_all.clicked.connect(self.calendar.clear)
        legend = QLabel(
            self.tr("Click: day worked, again: half day, again: not worked. Right-click: menu.")
        )
        legend.setObjectName("hint")
        legend.setWordWrap(True)
        calendar_buttons = QHBoxLayout()
        calendar_buttons.addWidget(self.tick_all)
        calendar_buttons.addWidget(self.clear_all)
        calendar_buttons.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(nav)
        left.addWidget(self.calendar)
        left.addLayout(calendar_buttons)
        left.addWidget(legend)
        left.addStretch(1)

        self.summary = QLabel()
        self.summary.setObjectName("reportSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.extras = QTableWidget(0, 4)
        self.extras.setObjectName("reportExtras")
        self.extras.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Description"), self.tr("Qty"), self.tr("Unit price")]
        )
        self.extras.verticalHeader().hide()
        header = self.extras.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.extras.setColumnWidth(0, 120)
        self.extras.setColumnWidth(2, 48)
        self.extras.setColumnWidth(3, 100)
        self.extras.setMinimumWidth(440)
        self.extras.itemChanged.connect(lambda _i: self._changed())
        self.add_extra = QPushButton(self.tr("Add on-call or overtime"))
        self.add_extra.setObjectName("addExtra")
        self.add_extra.clicked.connect(lambda: self._add_extra(None))
        self.remove_extra = QPushButton(self.tr("Remove"))
        self.remove_extra.clicked.connect(self._remove_extra)
        extra_buttons = QHBoxLayout()
        extra_buttons.addWidget(self.add_extra)
        extra_buttons.addWidget(self.remove_extra)
        extra_buttons.addStretch(1)
        extras_box = QGroupBox(self.tr("On-call duty and overtime"))
        extras_layout = QVBoxLayout(extras_box)
        extras_layout.addWidget(self.extras)
        extras_layout.addLayout(extra_buttons)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("reportComment")
        self.comment.setPlaceholderText(self.tr("Comment for the client (optional)"))
        self.comment.setMaximumHeight(70)
        self.comment.textChanged.connect(self._changed)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(extras_box, 1)
        right.addWidget(QLabel(self.tr("Comment")))
        right.addWidget(self.comment)

        body = QHBoxLayout()
        body.addLayout(left)
        body.addSpacing(16)
        body.addLayout(right, 1)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveReport")
        self.save_button.clicked.connect(self.save)
        self.validate_button = QPushButton(self.tr("Validate (approved by the client)…"))
        self.validate_button.setObjectName("validateReport")
        self.validate_button.clicked.connect(self.validate)
        self.invoice_button = QPushButton(self.tr("Make the invoice"))
        self.invoice_button.setObjectName("invoiceReport")
        self.invoice_button.clicked.connect(self.make_invoice)
        # The client approves the month on this PDF: it goes without the draft mark.
        self.pdf_button = QPushButton(self.tr("PDF to sign"))
        self.pdf_button.setObjectName("reportPdf")
        self.pdf_button.setToolTip(
            self.tr("The report for the client to sign, to look at, save or print")
        )
        self.pdf_button.clicked.connect(self.show_pdf)
        self.email_button = QPushButton(self.tr("Send by e-mail…"))
        self.email_button.setObjectName("reportEmail")
        self.email_button.setToolTip(self.tr("The report to the client, for signature"))
        self.email_button.clicked.connect(self.send_by_email)
        for button in (self.pdf_button, self.email_button):
            button.setVisible(profile is not None)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close_dialog)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.email_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.validate_button)
        buttons.addWidget(self.invoice_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.resize(1140, 600)
        self.load()

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        """Show the month: its calendar, and the report if one exists."""
        month = self.month
        self.banner.show_text("")
        self.month_label.setText(month_title(month))
        self.calendar.set_month(
            activity_reports.calendar_of(month.year, month.month, i18n.language())
        )
        self.extras.blockSignals(True)
        self.extras.setRowCount(0)
        self.extras.blockSignals(False)
        self.report_id = activity_reports.report_for(self.contract_id, month.year, month.month)
        self.invoice_id = None
        self.validated_on = None
        self.status = "draft"
        self.comment.blockSignals(True)
        self.comment.setPlainText("")
        if self.report_id is not None:
            content = activity_reports.report_content(self.report_id)
            state = activity_reports.report_state(self.report_id)
            self.status = state.status
            self.invoice_id = state.invoice_id
            self.validated_on = state.validated_on
            self.calendar.set_worked(content.days)
            for extra in content.extras:
                self._add_extra(extra)
            self.comment.setPlainText(content.comment)
        self.comment.blockSignals(False)
        self.dirty = False
        self._show_state()

    def _show_state(self) -> None:
        can_edit = self.status == "draft"
        self.calendar.set_editable(can_edit)
        for widget in (self.tick_all, self.clear_all, self.add_extra, self.remove_extra):
            widget.setEnabled(can_edit)
        self.extras.setEnabled(can_edit)
        self.comment.setReadOnly(not can_edit)
        self.save_button.setEnabled(can_edit)
        self.validate_button.setEnabled(can_edit)
        self.invoice_button.setEnabled(self.status == "validated")
        if self.status == "draft":
            text = self.tr("Draft") if self.report_id else self.tr("New report")
        elif self.status == "validated":
            text = self.tr("Validated on {date}: ready to invoice").format(
                date=date(self.validated_on)
            )
        else:
            text = self.tr("Invoiced")
        sent = mailing.last_sent("cra", self.report_id) if self.report_id else None
        if sent is not None and self.status == "draft":
            text += " · " + self.tr("sent to the client on {date}").format(date=date(sent.date()))
        self.status_label.setText(text)
        self._update_summary()
        self._update_document_buttons()

    def _changed(self) -> None:
        self.dirty = True
        self._update_summary()
        self._update_document_buttons()

    def _update_document_buttons(self) -> None:
        """A month with nothing ticked has nothing to sign yet."""
        has_days = bool(self.calendar.worked()) or self.report_id is not None
        self.pdf_button.setEnabled(has_days)
        self.email_button.setEnabled(has_days)

    def _update_summary(self) -> None:
        worked = days_total(self.calendar.worked())
        rate = self.contract.daily_rate
        business = sum(1 for b in self.calendar.buttons.values() if b.day.working)
        rows = [
            (self.tr("Days worked"), f"<b>{number(worked)}</b>"),
            (self.tr("Working days in the month"), number(business)),
            (
                self.tr("Daily rate"),
                formatting.format_rate(rate, i18n.language())
                if rate
                else self.tr("none on the contract"),
            ),
        ]
        extras = Decimal(0)
        for line in self._extras(strict=False):
            extras += line.quantity * line.unit_price
        if rate:
            total = worked * rate + extras
            rows.append((self.tr("To invoice, excl. VAT"), f"<b>{money(total)}</b>"))
        cells = "".join(
            f"<tr><td style='color:#6b7280;padding-right:16px'>{label}</td><td>{value}</td></tr>"
            for label, value in rows
        )
        self.summary.setText(f"<table>{cells}</table>")

    # -- extras -----------------------------------------------------------------------------
    def _add_extra(self, extra: ExtraLine | None) -> None:
        row = self.extras.rowCount()
        self.extras.blockSignals(True)
        self.extras.insertRow(row)
        kind = QComboBox()
        kind.setObjectName("extraKind")
        for code, label in EXTRA_LABELS.items():
            kind.addItem(QCoreApplication.translate("ActivityReport", label), code.value)
        if extra is not None:
            kind.setCurrentIndex(max(kind.findData(str(extra.kind)), 0))
        kind.currentIndexChanged.connect(lambda _i: self._changed())
        self.extras.setCellWidget(row, 0, kind)
        self.extras.setItem(row, 1, QTableWidgetItem(extra.description if extra else ""))
        self.extras.setItem(row, 2, QTableWidgetItem(editable(extra.quantity) if extra else "1"))
        self.extras.setItem(
            row, 3, QTableWidgetItem(editable(extra.unit_price, cents=True) if extra else "")
        )
        self.extras.blockSignals(False)
        if extra is None:
            self._changed()

    def _remove_extra(self) -> None:
        row = self.extras.currentRow()
        if row >= 0:
            self.extras.removeRow(row)
            self._changed()

    def _extras(self, strict: bool = True) -> list[ExtraLine]:
        lines = []
        for row in range(self.extras.rowCount()):
            texts = [
                (self.extras.item(row, c).text().strip() if self.extras.item(row, c) else "")
                for c in (1, 2, 3)
            ]
            try:
                quantity, price = parse_amount(texts[1]), parse_amount(texts[2])
            except ValueError:
                if strict:
                    raise ValueError(row + 1) from None
                continue
            kind = ExtraKind(self.extras.cellWidget(row, 0).currentData())
            lines.append(ExtraLine(kind, texts[0], quantity, price))
        return lines

    # -- actions ----------------------------------------------------------------------------
    def content(self) -> ReportContent | None:
        try:
            extras = self._extras()
        except ValueError as exc:
            self.banner.show_text(
                self.tr(
                    "On-call and overtime, line {n}: type the quantity and the unit price."
                ).format(n=exc.args[0])
            )
            return None
        return ReportContent(self.calendar.worked(), extras, self.comment.toPlainText())

    def save(self) -> bool:
        content = self.content()
        if content is None:
            return False
        unusual = self.calendar.unusual()
        if unusual and self.dirty:
            names = ", ".join(
                f"{date(d.day)}" + (f" ({d.holiday})" if d.holiday else "") for d in unusual
            )
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("These days are a weekend or a public holiday: {days}. Keep them?").format(
                    days=names
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self.report_id = activity_reports.save_report(
                self.contract_id, self.month.year, self.month.month, content
            )
        except (ValidationError, DomainError) as exc:
            self.banner.show_text(i18n.tr_error(exc))
            return False
        self.dirty = False
        self.banner.show_text("")
        self._show_state()
        return True

    def validate(self) -> None:
        if (self.dirty or self.report_id is None) and not self.save():
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "Validate the report of {month}? Do it once the client has approved it: it "
                "can no longer change, and it can then be invoiced."
            ).format(month=month_title(self.month)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            activity_reports.validate_report(self.report_id, clock.today())
        except DomainError as exc:
            self.banner.show_text(i18n.tr_error(exc))
            return
        self.load()

    def make_invoice(self) -> None:
        """The invoice draft of the validated month, opened in the invoice editor."""
        from desktop.services.invoice_sources import client_facts
        from desktop.ui.invoices.editor import InvoiceEditor

        facts = client_facts(self.contract.company_id)
        try:
            invoice_id = activity_reports.invoice_from_report(
                self.report_id,
                vat_regime=regime_for(facts.seller_franchise, facts.country, facts.vat_number),
            )
        except DomainError as exc:
            self.banner.show_text(i18n.tr_error(exc))
            return
        self.load()
        self.invoice_made.emit(invoice_id)
        editor = InvoiceEditor(invoice_id, self)
        editor.exec()
        self.last_editor = editor
        if editor.issued_number and editor.send_after and self.profile is not None:
            from desktop.ui.invoices.documents import send_invoice

            send_invoice(self, self.profile, editor.saved_id)

    # -- the document ------------------------------------------------------------------------
    def _saved_report(self) -> int | None:
        """The report as shown, saved first when it changed (the PDF prints what is saved)."""
        if self.status == "draft" and (self.dirty or self.report_id is None):
            if not self.calendar.worked() and self.report_id is None:
                self.banner.show_text(self.tr("Tick the days worked first."))
                return None
            if not self.save():
                return None
        return self.report_id

    def show_pdf(self) -> None:
        """The month's report in the app's viewer, as the client signs it."""
        report_id = self._saved_report()
        if report_id is None or self.profile is None:
            return
        from desktop.ui.invoices.documents import show_activity_report_pdf

        show_activity_report_pdf(self, self.profile, report_id)

    def send_by_email(self) -> None:
        """The report to the client for signature (saved first); the status says when."""
        report_id = self._saved_report()
        if report_id is None or self.profile is None:
            return
        from desktop.ui.invoices.documents import send_activity_report

        if send_activity_report(self, self.profile, report_id) is not None:
            self._show_state()

    def go(self, step: int) -> None:
        if self.dirty and self.status == "draft" and not self.save():
            return
        month = self.month + dt.timedelta(days=32 if step > 0 else -1)
        self.month = month.replace(day=1)
        self.load()

    def close_dialog(self) -> None:
        if self.dirty and self.status == "draft":
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Save the changes of {month}?").format(month=month_title(self.month)),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        self.accept()
