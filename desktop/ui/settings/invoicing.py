"""Settings > Invoicing: numbering per series, payment terms of new invoices, the dunning
schedule, the late-payment rate table (shipped, plus your own), the accounts of the
accounting export, and the public holidays of the activity reports.

Every value is an option of desktop.services.settings; Save checks them all with the
domain rules (a pattern without {seq}, a term beyond the legal maximum...) and writes
nothing while one is wrong, naming it.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.accounting import ACCOUNT_LABELS, AccountMap
from desktop.domain.errors import FieldError, Message, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_numbering import NumberingRule, check_rule
from desktop.domain.late_payment import (
    ECB,
    LEGAL,
    default_rate,
    half_year_start,
    minimum_rate,
)
from desktop.domain.payment_terms import TERM_LABELS, PaymentTerm, TermMethod, check_term
from desktop.domain.receivables import LEVEL_LABELS, schedule_from_setting
from desktop.domain.vocabulary import InvoiceType
from desktop.profile import Profile
from desktop.services import settings
from desktop.services.late_payment_rates import shipped_rates
from desktop.ui import i18n
from desktop.ui.invoices import clock
from desktop.ui.widgets import ErrorBanner, FieldErrors

translate = QCoreApplication.translate

SERIES_NAME = re.compile(r"^[A-Za-z0-9_-]{1,20}$")
ACCOUNT = re.compile(r"^[0-9A-Za-z]{1,20}$")
SUBDIVISIONS = (
    ("", QT_TRANSLATE_NOOP("InvoicingSettings", "None (mainland France)")),
    ("57", QT_TRANSLATE_NOOP("InvoicingSettings", "Moselle (57)")),
    ("67", QT_TRANSLATE_NOOP("InvoicingSettings", "Bas-Rhin (67)")),
    ("68", QT_TRANSLATE_NOOP("InvoicingSettings", "Haut-Rhin (68)")),
)
RATE_SERIES = {
    ECB: QT_TRANSLATE_NOOP("InvoicingSettings", "ECB main refinancing rate"),
    LEGAL: QT_TRANSLATE_NOOP("InvoicingSettings", "Legal interest rate (professional creditor)"),
}
ACCOUNT_FIELD_LABELS = {
    "client": QT_TRANSLATE_NOOP("InvoicingSettings", "Clients"),
    "services": QT_TRANSLATE_NOOP("InvoicingSettings", "Services sold"),
    "expenses": QT_TRANSLATE_NOOP("InvoicingSettings", "Expenses re-billed"),
    "deposits": QT_TRANSLATE_NOOP("InvoicingSettings", "Deposits received"),
    "interest": QT_TRANSLATE_NOOP("InvoicingSettings", "Late-payment interest"),
    "indemnity": QT_TRANSLATE_NOOP("InvoicingSettings", "Recovery indemnity"),
    "vat_collected": QT_TRANSLATE_NOOP("InvoicingSettings", "VAT collected"),
    "bank": QT_TRANSLATE_NOOP("InvoicingSettings", "Bank"),
    "sales_journal": QT_TRANSLATE_NOOP("InvoicingSettings", "Sales journal code"),
    "bank_journal": QT_TRANSLATE_NOOP("InvoicingSettings", "Bank journal code"),
}
FIELD_LABELS = {
    "pattern": QT_TRANSLATE_NOOP("Field", "Numbering pattern"),
    "series": QT_TRANSLATE_NOOP("Field", "Series"),
    "payment_term_days": QT_TRANSLATE_NOOP("Field", "Payment term"),
    "dunning": QT_TRANSLATE_NOOP("Field", "Dunning schedule"),
    "accounts": QT_TRANSLATE_NOOP("Field", "Account numbers"),
    "rates": QT_TRANSLATE_NOOP("Field", "Late-payment rates"),
}


def _error(name: str, template: str, **params: object) -> FieldError:
    return FieldError(name, FIELD_LABELS[name], Message("InvoicingSettings", template, params))


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(28)
    return table


class InvoicingSettings(QWidget):
    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings-invoicing")
        self.profile = profile
        self.banner = ErrorBanner()
        self.saved = QLabel()
        self.saved.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self._numbering_box())
        layout.addWidget(self._terms_box())
        layout.addWidget(self._dunning_box())
        layout.addWidget(self._rates_box())
        layout.addWidget(self._accounts_box())
        layout.addWidget(self._reports_box())
        save = QPushButton(self.tr("Save the invoicing settings"))
        save.setObjectName("saveInvoicing")
        save.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.saved, 1)
        row.addWidget(save)
        layout.addLayout(row)
        layout.addStretch(1)
        self.errors = FieldErrors(
            self.banner,
            {
                "pattern": self.series_table,
                "series": self.series_table,
                "payment_term_days": self.term_days,
                "dunning": self.dunning_table,
                "accounts": self.accounts_box,
                "rates": self.rates_table,
            },
        )
        self.load()

    # -- numbering ------------------------------------------------------------------------
    def _numbering_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Invoice numbers"))
        self.series_table = _table("seriesTable", [self.tr("Series"), self.tr("Pattern")])
        self.series_table.setMaximumHeight(120)
        self.series_table.itemChanged.connect(lambda _i: self._series_changed())
        add = QPushButton(self.tr("Add a series"))
        add.setObjectName("addSeries")
        add.clicked.connect(lambda: self._add_series("", ""))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self._remove(self.series_table, self._series_changed))
        self.default_series = QComboBox()
        self.default_series.setObjectName("defaultSeries")
        self.credit_series = QComboBox()
        self.credit_series.setObjectName("creditSeries")
        self.deposit_series = QComboBox()
        self.deposit_series.setObjectName("depositSeries")
        self.sample = QLabel()
        self.sample.setObjectName("hint")
        hint = QLabel(
            self.tr(
                "{year} is the year of issue (the numbering then restarts each January), "
                "{seq:05} the number on 5 digits. Each series is one gapless sequence; "
                "a number is given when the invoice is issued."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Invoices use"), self.default_series)
        form.addRow(self.tr("Credit notes use"), self.credit_series)
        form.addRow(self.tr("Deposits use"), self.deposit_series)
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addWidget(self.series_table)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(self.sample)
        return box

    def _add_series(self, name: str, pattern: str) -> None:
        row = self.series_table.rowCount()
        self.series_table.insertRow(row)
        self.series_table.setItem(row, 0, QTableWidgetItem(name))
        self.series_table.setItem(row, 1, QTableWidgetItem(pattern))
        self._series_changed()

    def _series(self) -> list[tuple[str, str]]:
        rows = []
        for row in range(self.series_table.rowCount()):
            name = self.series_table.item(row, 0)
            pattern = self.series_table.item(row, 1)
            rows.append(
                (
                    name.text().strip() if name else "",
                    pattern.text().strip() if pattern else "",
                )
            )
        return rows

    def _series_changed(self) -> None:
        names = [name for name, _ in self._series() if name]
        for combo, same in (
            (self.default_series, None),
            (self.credit_series, self.tr("Same as invoices")),
            (self.deposit_series, self.tr("Same as invoices")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if same:
                combo.addItem(same, "")
            for name in names:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        samples = []
        for name, pattern in self._series():
            try:
                samples.append(
                    check_rule(NumberingRule(name, pattern)).format(clock.today().year, 1)
                )
            except ValidationError:
                samples.append(f"{name}: ⚠")
        self.sample.setText(
            self.tr("Next numbers look like: {samples}").format(samples=", ".join(samples))
        )

    # -- terms ------------------------------------------------------------------------------
    def _terms_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Payment terms of new invoices"))
        self.term_method = QComboBox()
        self.term_method.setObjectName("defaultTermMethod")
        for method in TermMethod:
            text = translate("PaymentTerms", TERM_LABELS[method]).replace("{days}", "N")
            self.term_method.addItem(text, method.value)
        self.term_days = QSpinBox()
        self.term_days.setObjectName("defaultTermDays")
        self.term_days.setRange(0, 365)
        self.term_days.setSuffix(self.tr(" days"))
        self.term_hint = QLabel(
            self.tr(
                "The law allows at most 60 days from the issue date, or 45 days end of "
                "month (Code de commerce art. L441-10)."
            )
        )
        self.term_hint.setObjectName("hint")
        self.term_hint.setWordWrap(True)
        self.vat_on_debits = QCheckBox(
            self.tr("I opted to pay VAT on debits (printed on every invoice)")
        )
        self.vat_on_debits.setObjectName("defaultVatOnDebits")
        row = QHBoxLayout()
        row.addWidget(self.term_method)
        row.addWidget(self.term_days)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.term_hint)
        layout.addWidget(self.vat_on_debits)
        return box

    # -- dunning ----------------------------------------------------------------------------
    def _dunning_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reminders of late invoices"))
        hint = QLabel(
            self.tr(
                "Days after the due date when each reminder is due; they show in To do, one "
                "at a time, in this order. Penalties run from the day after the due date "
                "without any reminder."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.dunning_table = _table(
            "dunningTable", [self.tr("Days after the due date"), self.tr("Reminder")]
        )
        self.dunning_table.setMaximumHeight(130)
        add = QPushButton(self.tr("Add a step"))
        add.setObjectName("addDunningStep")
        add.clicked.connect(lambda: self._add_step(7, "friendly"))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self._remove(self.dunning_table))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addWidget(self.dunning_table)
        layout.addLayout(buttons)
        return box

    def _add_step(self, days: int, level: str) -> None:
        row = self.dunning_table.rowCount()
        self.dunning_table.insertRow(row)
        spin = QSpinBox()
        spin.setObjectName("stepDays")
        spin.setRange(1, 365)
        spin.setPrefix(self.tr("D+"))
        spin.setValue(days)
        combo = QComboBox()
        combo.setObjectName("stepLevel")
        for code, label in LEVEL_LABELS.items():
            combo.addItem(translate("Receivables", label), code)
        combo.setCurrentIndex(max(combo.findData(level), 0))
        self.dunning_table.setCellWidget(row, 0, spin)
        self.dunning_table.setCellWidget(row, 1, combo)

    def _steps(self) -> list[dict]:
        return [
            {
                "days": self.dunning_table.cellWidget(row, 0).value(),
                "level": self.dunning_table.cellWidget(row, 1).currentData(),
            }
            for row in range(self.dunning_table.rowCount())
        ]

    # -- rates ------------------------------------------------------------------------------
    def _rates_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Late-payment rates"))
        self.rate_status = QLabel()
        self.rate_status.setObjectName("rateStatus")
        self.rate_status.setWordWrap(True)
        self.rates_table = _table(
            "ratesTable",
            [self.tr("Rate"), self.tr("In force from"), self.tr("% a year"), self.tr("Source")],
        )
        self.rates_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.rates_table.horizontalHeader()
        for column in (1, 2, 3):  # the rate's name takes the room, never cut
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.rates_table.setMinimumHeight(150)
        self.new_rate_series = QComboBox()
        self.new_rate_series.setObjectName("newRateSeries")
        for code, label in RATE_SERIES.items():
            self.new_rate_series.addItem(translate("InvoicingSettings", label), code)
        half = half_year_start(clock.today())  # the date whose rate the penalties use
        self.new_rate_from = QDateEdit(QDate(half.year, half.month, half.day))
        self.new_rate_from.setObjectName("newRateFrom")
        self.new_rate_from.setCalendarPopup(True)
        self.new_rate_from.setDisplayFormat("dd/MM/yyyy")
        self.new_rate = QDoubleSpinBox()
        self.new_rate.setObjectName("newRate")
        self.new_rate.setDecimals(2)
        self.new_rate.setRange(-5, 50)
        self.new_rate.setSuffix(" %")
        add = QPushButton(self.tr("Add this rate"))
        add.setObjectName("addRate")
        add.clicked.connect(self.add_rate)
        remove = QPushButton(self.tr("Remove my rate"))
        remove.setObjectName("removeRate")
        remove.clicked.connect(self.remove_rate)
        hint = QLabel(
            self.tr(
                "Penalties default to the ECB rate in force on 1 January (first half-year) "
                "or 1 July (second) plus 10 points; an agreed rate may not be below three "
                "times the legal interest rate. Add a newer rate when the ECB or the "
                "arrêté publishes it: yours extend or replace the shipped ones."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(self.new_rate_series, 0, 0, 1, 5)
        grid.addWidget(self.new_rate_from, 1, 0)
        grid.addWidget(self.new_rate, 1, 1)
        grid.addWidget(add, 1, 2)
        grid.addWidget(remove, 1, 3)
        grid.setColumnStretch(4, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.rate_status)
        layout.addWidget(self.rates_table)
        layout.addLayout(grid)
        layout.addWidget(hint)
        return box

    def _show_rates(self) -> None:
        """The shipped table and the user's rates, newest first, and the rate of today."""
        shipped = shipped_rates()
        table = self.rates_table
        table.setRowCount(0)
        rows = []
        for code in RATE_SERIES:
            mine = {r["from"]: r["rate"] for r in self.user_rates.get(code, [])}
            for row in shipped.get(code, []):
                if row["from"] not in mine:
                    rows.append((code, row["from"], row["rate"], False))
            rows += [(code, day, rate, True) for day, rate in mine.items()]
        rows.sort(key=lambda r: (r[1], r[0]), reverse=True)
        for code, day, rate, mine in rows:
            index = table.rowCount()
            table.insertRow(index)
            name = QTableWidgetItem(translate("InvoicingSettings", RATE_SERIES[code]))
            name.setData(Qt.ItemDataRole.UserRole, (code, day, mine))
            table.setItem(index, 0, name)
            table.setItem(index, 1, QTableWidgetItem(_date_text(dt.date.fromisoformat(day))))
            shown = f"{Decimal(str(rate)):.2f}"  # rates are published with two decimals
            if i18n.language() == "fr":
                shown = shown.replace(".", ",")
            table.setItem(index, 2, QTableWidgetItem(shown))
            table.setItem(
                index, 3, QTableWidgetItem(self.tr("yours") if mine else self.tr("shipped"))
            )
        self._rate_status()

    def _rate_status(self) -> None:
        from desktop.domain.late_payment import RateTable

        table = RateTable.from_data(shipped_rates(), self.user_rates)
        today = clock.today()
        try:
            penalty = default_rate(table, today)
        except LookupError:
            self.rate_status.setText("")
            return
        floor = minimum_rate(table, today)
        text = self.tr(
            "Default penalty rate today: {rate} % a year (ECB {ecb} % + 10 points, in force "
            "on {half}). Lowest agreed rate: {floor} %."
        ).format(
            rate=_number(penalty.rate),
            ecb=_number(penalty.ecb_rate),
            half=_date_text(penalty.half_year),
            floor=_number(floor) if floor is not None else "—",
        )
        if penalty.stale:
            text += " " + self.tr(
                "The table stops before {half}: check the ECB rate in force on that day and "
                "add it below."
            ).format(half=_date_text(penalty.half_year))
            self.rate_status.setStyleSheet("color: #b42318")
        else:
            self.rate_status.setStyleSheet("")
        self.rate_status.setText(text)

    def add_rate(self) -> None:
        code = self.new_rate_series.currentData()
        day = self.new_rate_from.date().toPython().isoformat()
        rate = f"{Decimal(str(round(self.new_rate.value(), 2))):.2f}"
        rows = [r for r in self.user_rates.get(code, []) if r["from"] != day]
        rows.append({"from": day, "rate": rate})
        self.user_rates[code] = sorted(rows, key=lambda r: r["from"])
        known = self.user_rates.setdefault("known_until", {})
        known[code] = max(known.get(code, day), day)
        self._show_rates()
        self.saved.setText(self.tr("Rate added: save to keep it."))

    def remove_rate(self) -> None:
        row = self.rates_table.currentRow()
        if row < 0:
            return
        code, day, mine = self.rates_table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        if not mine:
            self.saved.setText(self.tr("A shipped rate cannot be removed; add yours over it."))
            return
        self.user_rates[code] = [r for r in self.user_rates.get(code, []) if r["from"] != day]
        self._show_rates()

    # -- accounts and reports ------------------------------------------------------------
    def _accounts_box(self) -> QGroupBox:
        self.accounts_box = box = QGroupBox(self.tr("Accounting export (FEC)"))
        self.accounts: dict[str, QLineEdit] = {}
        grid = QGridLayout(box)
        defaults = AccountMap()
        for index, (key, label) in enumerate(ACCOUNT_FIELD_LABELS.items()):
            edit = QLineEdit()
            edit.setObjectName(f"account-{key}")
            edit.setPlaceholderText(getattr(defaults, key))
            edit.setToolTip(ACCOUNT_LABELS.get(key, ""))
            edit.setMaximumWidth(120)
            self.accounts[key] = edit
            grid.addWidget(
                QLabel(translate("InvoicingSettings", label)), index // 2, (index % 2) * 2
            )
            grid.addWidget(edit, index // 2, (index % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return box

    def _reports_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Activity reports"))
        self.subdivision = QComboBox()
        self.subdivision.setObjectName("holidaySubdivision")
        for code, label in SUBDIVISIONS:
            self.subdivision.addItem(translate("InvoicingSettings", label), code)
        form = QFormLayout(box)
        form.addRow(self.tr("Public holidays of"), self.subdivision)
        return box

    # -- load and save --------------------------------------------------------------------
    @staticmethod
    def _remove(table: QTableWidget, then=None) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            if then:
                then()

    def load(self) -> None:
        numbering = settings.get("invoicing.numbering")
        self.series_table.setRowCount(0)
        for name, pattern in (numbering.get("series") or {}).items():
            self._add_series(name, pattern)
        self.default_series.setCurrentIndex(
            max(self.default_series.findData(numbering.get("default", "")), 0)
        )
        by_type = numbering.get("by_type") or {}
        self.credit_series.setCurrentIndex(
            max(self.credit_series.findData(by_type.get("credit_note", "")), 0)
        )
        self.deposit_series.setCurrentIndex(
            max(self.deposit_series.findData(by_type.get(InvoiceType.DEPOSIT.value, "")), 0)
        )
        term = settings.get("invoicing.payment_term")
        self.term_method.setCurrentIndex(max(self.term_method.findData(term.get("method")), 0))
        self.term_days.setValue(int(term.get("days", 30)))
        self.vat_on_debits.setChecked(bool(settings.get("invoicing.vat_on_debits")))
        self.dunning_table.setRowCount(0)
        for step in schedule_from_setting(settings.get("invoicing.dunning") or []):
            self._add_step(step.days, step.level)
        self.user_rates = dict(settings.get("invoicing.rates") or {})
        self._show_rates()
        accounts = settings.get("invoicing.accounts") or {}
        for key, edit in self.accounts.items():
            edit.setText(str(accounts.get(key, "")))
        self.subdivision.setCurrentIndex(
            max(self.subdivision.findData(settings.get("activity_reports.holiday_subdivision")), 0)
        )

    def values(self) -> dict[str, object]:
        """The settings as typed, checked (raises ValidationError naming the field)."""
        errors: list[FieldError] = []
        series = {}
        for name, pattern in self._series():
            if not SERIES_NAME.match(name) or name in series:
                errors.append(
                    _error(
                        "series",
                        QT_TRANSLATE_NOOP(
                            "InvoicingSettings",
                            "“{name}”: a series is named once, with letters, digits, - or _",
                        ),
                        name=name,
                    )
                )
                continue
            try:
                check_rule(NumberingRule(name, pattern))
            except ValidationError as exc:
                errors += exc.errors
            series[name] = pattern
        if not series:
            errors.append(
                _error("series", QT_TRANSLATE_NOOP("InvoicingSettings", "keep at least one series"))
            )
        term = PaymentTerm(TermMethod(self.term_method.currentData()), self.term_days.value())
        try:
            check_term(term)
        except ValidationError as exc:
            errors += exc.errors
        steps = self._steps()
        if len({s["days"] for s in steps}) != len(steps) or not steps:
            errors.append(
                _error(
                    "dunning",
                    QT_TRANSLATE_NOOP(
                        "InvoicingSettings", "give each reminder its own day, at least one"
                    ),
                )
            )
        accounts = {}
        for key, edit in self.accounts.items():
            text = edit.text().strip()
            if text and not ACCOUNT.match(text):
                errors.append(
                    _error(
                        "accounts",
                        QT_TRANSLATE_NOOP(
                            "InvoicingSettings", "“{value}”: an account is letters and digits"
                        ),
                        value=text,
                    )
                )
            elif text:
                accounts[key] = text
        if errors:
            raise ValidationError(errors)
        by_type = {}
        if self.credit_series.currentData():
            by_type["credit_note"] = self.credit_series.currentData()
        if self.deposit_series.currentData():
            by_type[InvoiceType.DEPOSIT.value] = self.deposit_series.currentData()
        default = self.default_series.currentData() or next(iter(series))
        return {
            "invoicing.numbering": {"series": series, "default": default, "by_type": by_type},
            "invoicing.payment_term": {"method": term.method.value, "days": term.days},
            "invoicing.vat_on_debits": self.vat_on_debits.isChecked(),
            "invoicing.dunning": sorted(steps, key=lambda s: s["days"]),
            "invoicing.rates": {k: v for k, v in self.user_rates.items() if v},
            "invoicing.accounts": accounts,
            "activity_reports.holiday_subdivision": self.subdivision.currentData(),
        }

    def save(self) -> None:
        try:
            values = self.values()
        except ValidationError as exc:
            self.errors.show(exc)
            self.saved.setText("")
            return
        self.errors.clear()
        for key, value in values.items():
            settings.put(key, value)
        self._show_rates()
        self.saved.setText(self.tr("Saved. New invoices use these settings."))


def _number(value: Decimal | None) -> str:
    from desktop.domain import formatting

    return formatting.format_number(value, i18n.language()) if value is not None else "—"


def _date_text(day: dt.date) -> str:
    from desktop.domain import formatting

    return formatting.format_date(day, i18n.language())
