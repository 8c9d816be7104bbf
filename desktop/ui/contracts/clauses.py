"""The clause editor: choose, reorder and edit a contract's clauses; see them filled.

Left, the contract's clauses in order (add one from the library or a custom one,
move, remove); middle, the chosen clause's title and text with its ``{{variables}}``;
right, the clause as it will print, or the name of the variable it lacks. The
contract's terms (dates, rate, notice, renewal, deposit, language) sit on top.
Saving a sent contract keeps its previous version (the service does).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.clauses import VARIABLES, ClauseVariableError, fill
from desktop.domain.errors import DomainError, ValidationError
from desktop.services import clause_library, contracts
from desktop.services.contracts import ClauseDraft, ContractTerms
from desktop.ui import i18n
from desktop.ui.widgets import AmountEdit, ErrorBanner, OptionalDateEdit

translate = QCoreApplication.translate


class ClauseEditorDialog(QDialog):
    def __init__(self, contract_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clauseEditor")
        self.contract_id = contract_id
        row = contracts.contract(contract_id)
        self.setWindowTitle(
            self.tr("Contract {reference} — clauses").format(reference=row.reference)
        )
        self.values = contracts.variables(contract_id)
        self.drafts: list[ClauseDraft] = contracts.clauses(contract_id)
        self.loaded = list(self.drafts)
        self.current = -1
        self.banner = ErrorBanner()

        # terms
        terms = contracts.terms(contract_id)
        self.title_edit = QLineEdit(terms.title)
        self.start = OptionalDateEdit(self.tr("Start"))
        self.start.set_date(terms.start_date)
        self.end = OptionalDateEdit(self.tr("End"))
        self.end.set_date(terms.end_date)
        self.rate = AmountEdit()
        self.rate.set_amount(terms.daily_rate)
        self.days = QSpinBox()
        self.days.setRange(0, 2000)
        self.days.setValue(terms.estimated_days or 0)
        self.days.setSpecialValueText("—")
        self.payment = QSpinBox()
        self.payment.setRange(0, 60)
        self.payment.setValue(terms.payment_terms_days)
        self.payment.setSuffix(self.tr(" days"))
        self.deposit = QSpinBox()
        self.deposit.setRange(0, 100)
        self.deposit.setSuffix(" %")
        self.deposit.setValue(int(terms.deposit_percent))
        self.notice_unit = QComboBox()
        self.notice_unit.setObjectName("noticeUnit")
        self.notice_unit.addItem(self.tr("days"), "day")
        self.notice_unit.addItem(self.tr("months"), "month")
        self.notice_unit.addItem(self.tr("no notice clause"), "none")
        self.notice_unit.setCurrentIndex(max(0, self.notice_unit.findData(terms.notice_unit)))
        self.notice_amount = QSpinBox()
        self.notice_amount.setObjectName("noticeAmount")
        self.notice_amount.setRange(0, 365)
        self.notice_amount.setValue(
            terms.notice_months if terms.notice_unit == "month" else terms.notice_days
        )
        self.end_of_month = QCheckBox(self.tr("to the end of the month"))
        self.end_of_month.setChecked(terms.notice_end_of_month)
        self.renewal = QCheckBox(self.tr("tacit renewal, refusable up to"))
        self.renewal.setChecked(terms.tacit_renewal)
        self.renewal_days = QSpinBox()
        self.renewal_days.setRange(0, 365)
        self.renewal_days.setValue(terms.renewal_notice_days)
        self.renewal_days.setSuffix(self.tr(" days before the end"))
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(terms.language)))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Title")), 0, 0)
        grid.addWidget(self.title_edit, 0, 1, 1, 3)
        grid.addWidget(self.start, 1, 0, 1, 2)
        grid.addWidget(self.end, 1, 2, 1, 2)
        grid.addWidget(QLabel(self.tr("Daily rate")), 2, 0)
        grid.addWidget(self.rate, 2, 1)
        grid.addWidget(QLabel(self.tr("Estimated days")), 2, 2)
        grid.addWidget(self.days, 2, 3)
        grid.addWidget(QLabel(self.tr("Payment terms")), 3, 0)
        grid.addWidget(self.payment, 3, 1)
        grid.addWidget(QLabel(self.tr("Deposit")), 3, 2)
        grid.addWidget(self.deposit, 3, 3)
        notice = QHBoxLayout()
        notice.addWidget(self.notice_amount)
        notice.addWidget(self.notice_unit)
        notice.addWidget(self.end_of_month)
        notice.addStretch(1)
        grid.addWidget(QLabel(self.tr("Notice")), 4, 0)
        grid.addLayout(notice, 4, 1, 1, 3)
        renewal = QHBoxLayout()
        renewal.addWidget(self.renewal)
        renewal.addWidget(self.renewal_days)
        renewal.addStretch(1)
        grid.addLayout(renewal, 5, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Language")), 6, 0)
        grid.addWidget(self.language, 6, 1)
        terms_box = QGroupBox(self.tr("Terms"))
        terms_box.setLayout(grid)

        # clauses
        self.list = QListWidget()
        self.list.setObjectName("clauseList")
        self.list.currentRowChanged.connect(self._select)
        self.library = QComboBox()
        self.library.setObjectName("clauseLibrary")
        self._fill_library()
        add = QPushButton(self.tr("Add"))
        add.setObjectName("addClause")
        add.clicked.connect(self.add_clause)
        up = QPushButton("↑")
        up.setToolTip(self.tr("Move up"))
        up.clicked.connect(lambda: self.move(-1))
        down = QPushButton("↓")
        down.setToolTip(self.tr("Move down"))
        down.clicked.connect(lambda: self.move(1))
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("removeClause")
        remove.clicked.connect(self.remove_clause)
        moves = QHBoxLayout()
        for button in (up, down, remove):
            moves.addWidget(button)
        adding = QHBoxLayout()
        adding.addWidget(self.library, 1)
        adding.addWidget(add)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.list, 1)
        left_box.addLayout(moves)
        left_box.addLayout(adding)

        self.clause_title = QLineEdit()
        self.clause_title.setObjectName("clauseTitle")
        self.body = QPlainTextEdit()
        self.body.setObjectName("clauseBody")
        names = ", ".join(f"{{{{{name}}}}}" for name in VARIABLES)
        variables = QLabel(self.tr("Variables: {names}").format(names=names))
        variables.setObjectName("hint")
        variables.setWordWrap(True)
        variables.setToolTip(
            "\n".join(
                f"{{{{{name}}}}}: {translate('Clauses', text)}" for name, text in VARIABLES.items()
            )
        )
        middle = QWidget()
        middle_box = QVBoxLayout(middle)
        middle_box.setContentsMargins(0, 0, 0, 0)
        middle_box.addWidget(self.clause_title)
        middle_box.addWidget(self.body, 1)
        middle_box.addWidget(variables)
        self.preview = QTextBrowser()
        self.preview.setObjectName("clausePreview")
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(self.preview)
        splitter.setSizes([230, 420, 380])

        self.summary = QLineEdit()
        self.summary.setObjectName("changeSummary")
        self.summary.setPlaceholderText(
            self.tr("What changed (kept with the previous version once the contract is sent)")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(terms_box)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._refresh_preview)
        self.clause_title.textEdited.connect(lambda _t: self._edited())
        self.body.textChanged.connect(self._edited)
        self._fill_list()
        self.resize(1180, 760)

    def _fill_library(self) -> None:
        self.library.clear()
        language = self.language.currentData() if hasattr(self, "language") else "fr"
        for template in clause_library.library(language).values():
            self.library.addItem(template.title, template.key)
        self.library.addItem(self.tr("Custom clause"), "custom")

    def _fill_list(self, select: int = 0) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for i, draft in enumerate(self.drafts, start=1):
            self.list.addItem(f"{i}. {draft.title}")
        self.list.blockSignals(False)
        self.current = -1
        if self.drafts:
            self.list.setCurrentRow(min(select, len(self.drafts) - 1))

    def _select(self, row: int) -> None:
        self._store_current()
        self.current = row
        if row < 0 or row >= len(self.drafts):
            return
        draft = self.drafts[row]
        self.clause_title.blockSignals(True)
        self.body.blockSignals(True)
        self.clause_title.setText(draft.title)
        self.body.setPlainText(draft.body)
        self.clause_title.blockSignals(False)
        self.body.blockSignals(False)
        self._refresh_preview()

    def _store_current(self) -> None:
        if 0 <= self.current < len(self.drafts):
            old = self.drafts[self.current]
            self.drafts[self.current] = ClauseDraft(
                old.key, self.clause_title.text(), self.body.toPlainText()
            )

    def _edited(self) -> None:
        self._store_current()
        if 0 <= self.current < self.list.count():
            self.list.item(self.current).setText(f"{self.current + 1}. {self.clause_title.text()}")
        self._timer.start()

    def _refresh_preview(self) -> None:
        """The clause filled with this contract's values, or what stops it being filled."""
        if not 0 <= self.current < len(self.drafts):
            self.preview.clear()
            return
        draft = self.drafts[self.current]
        try:
            text = fill(draft.title, draft.body, self.values)
        except ClauseVariableError as exc:
            self.preview.setHtml(
                f"<p style='color:#b42318'><b>{_escape(i18n.tr_error(exc))}</b></p>"
            )
            return
        paragraphs = "".join(f"<p>{_escape(p)}</p>" for p in text.split("\n\n"))
        self.preview.setHtml(f"<h3>{_escape(draft.title)}</h3>{paragraphs}")

    def add_clause(self) -> None:
        self._store_current()
        key = self.library.currentData()
        if key == "custom":
            draft = ClauseDraft("custom", self.tr("New clause"), self.tr("Text of the clause."))
        else:
            template = clause_library.library(self.language.currentData())[key]
            draft = ClauseDraft(template.key, template.title, template.body)
        self.drafts.append(draft)
        self._fill_list(len(self.drafts) - 1)

    def remove_clause(self) -> None:
        if not 0 <= self.current < len(self.drafts):
            return
        del self.drafts[self.current]
        self.current = -1
        self._fill_list(max(0, self.list.currentRow()))

    def move(self, step: int) -> None:
        self._store_current()
        i, j = self.current, self.current + step
        if not (0 <= i < len(self.drafts) and 0 <= j < len(self.drafts)):
            return
        self.drafts[i], self.drafts[j] = self.drafts[j], self.drafts[i]
        self.current = -1
        self._fill_list(j)

    def terms(self) -> ContractTerms:
        unit = self.notice_unit.currentData()
        amount = self.notice_amount.value()
        current = contracts.terms(self.contract_id)
        return ContractTerms(
            title=self.title_edit.text(),
            start_date=self.start.date(),
            end_date=self.end.date(),
            daily_rate=self.rate.amount(),
            estimated_days=self.days.value() or None,
            payment_terms_days=self.payment.value(),
            deposit_percent=Decimal(self.deposit.value()),
            notice_unit=unit,
            notice_days=amount if unit == "day" else current.notice_days,
            notice_months=amount if unit == "month" else current.notice_months,
            notice_end_of_month=self.end_of_month.isChecked(),
            tacit_renewal=self.renewal.isChecked(),
            renewal_notice_days=self.renewal_days.value(),
            language=self.language.currentData(),
        )

    def save(self) -> None:
        self._store_current()
        summary = self.summary.text().strip()
        try:
            terms = self.terms()
            language_changed = terms.language != contracts.terms(self.contract_id).language
            contracts.save_terms(self.contract_id, terms, summary)
            # A new language with the clauses untouched: the library's text in that language
            # (save_terms put it in) must not be overwritten by the old one.
            if not (language_changed and self.drafts == self.loaded):
                contracts.save_clauses(self.contract_id, self.drafts, summary)
        except ValueError:
            self.banner.show_text(self.tr("The daily rate is not an amount."))
            return
        except (ValidationError, DomainError) as exc:
            self.banner.show_text(i18n.tr_error(exc))
            return
        self.accept()


def _escape(text: str) -> str:
    from html import escape

    return escape(text).replace("\n", "<br>")
