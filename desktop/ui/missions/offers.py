"""Offers of a mission: propose it to talents, record their answers, accept into a contract."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.domain.offers import allowed_next
from desktop.domain.validation import NOT_AN_AMOUNT, field_error
from desktop.domain.vocabulary import OfferStatus, RefusalReason
from desktop.services import missions, offers, records, talents
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.failures import save_in_dialog, show_failure
from desktop.ui.widgets import AmountEdit, ErrorBanner, FieldErrors


class ProposeDialog(QDialog):
    """Propose a mission to several talents: rate, message, expiry; the scope is checked."""

    def __init__(
        self, mission_id: int, talent_ids: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("proposeDialog")
        self.mission_id = mission_id
        self.talent_ids = talent_ids
        self.proposal: offers.Proposal | None = None
        summary = missions.mission_summary(mission_id)
        self.setWindowTitle(self.tr("Propose “{title}”").format(title=summary.draft.title))
        self.setMinimumWidth(520)
        names = ", ".join(talents.display_name(t) for t in talent_ids[:8])
        if len(talent_ids) > 8:
            names += self.tr(" and {n} more").format(n=len(talent_ids) - 8)
        who = QLabel(self.tr("To: {names}").format(names=names))
        who.setWordWrap(True)
        self.rate = AmountEdit()
        self.rate.setObjectName("rate")
        self.rate.set_amount(summary.draft.talent_daily_rate)
        self.message = QPlainTextEdit()
        self.message.setObjectName("message")
        self.message.setPlaceholderText(self.tr("Why this mission fits them, what is expected…"))
        self.message.setFixedHeight(90)
        self.expiry = QSpinBox()
        self.expiry.setRange(1, 90)
        self.expiry.setValue(15)
        self.banner = ErrorBanner()
        self.errors = FieldErrors(self.banner, {"rate": self.rate})
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Field", "Daily rate (TJM)"), self.rate)
        form.addRow(self.tr("Message"), self.message)
        form.addRow(self.tr("Answer expected within (days)"), self.expiry)
        self.scope_confirm = QCheckBox()
        self.scope_confirm.setObjectName("scopeConfirm")
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(self.banner)
        if summary.missing_scope:
            from desktop.domain.validation import FIELD_LABELS

            items = ", ".join(
                QCoreApplication.translate("Field", FIELD_LABELS[m]) for m in summary.missing_scope
            )
            warning = QLabel(
                self.tr(
                    "⚠ The scope is incomplete (missing: {items}). Vague scope is one of the first "
                    "reasons talents refuse."
                ).format(items=items)
            )
            warning.setWordWrap(True)
            warning.setObjectName("scopeWarning")
            warning.setStyleSheet("color: #b54708;")
            layout.addWidget(warning)
            self.scope_confirm.setText(self.tr("Propose it anyway"))
            layout.addWidget(self.scope_confirm)
        else:
            self.scope_confirm.setChecked(True)
            self.scope_confirm.hide()
        # Talents who already had this mission: say what happened, before anything is sent.
        self.existing = offers.existing_offers(mission_id, talent_ids)
        if self.existing:
            lang = i18n.language()
            lines = "\n".join(
                self.tr("• {name}: {status} on {date}").format(
                    name=o.talent,
                    status=i18n.tr_label(o.status, OfferStatus).lower(),
                    date=formatting.format_date(o.on, lang),
                )
                for o in self.existing
            )
            already = QLabel(
                i18n.count_text(
                    len(self.existing),
                    self.tr("Already offered this mission, so nothing is sent to them again:"),
                    self.tr("Already offered this mission, so nothing is sent to them again:"),
                )
                + "\n"
                + lines
            )
            already.setWordWrap(True)
            already.setObjectName("alreadyOffered")
            already.setStyleSheet("color: #b54708;")
            layout.addWidget(already)
        layout.addLayout(form)
        # What past refusals teach, where the next offer is prepared.
        from desktop.ui.analytics.lessons import LessonsBox

        self.lessons = LessonsBox()
        if self.lessons.show_for(mission_id=mission_id):
            layout.addWidget(self.lessons)  # titled already: a group box said it twice
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        send = buttons.addButton(self.tr("Propose"), QDialogButtonBox.ButtonRole.AcceptRole)
        send.setObjectName("proposeButton")
        send.setIcon(icon("send"))
        buttons.accepted.connect(self.propose)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def propose(self) -> None:
        try:
            rate = self.rate.amount()
        except ValueError:
            self.errors.show([field_error("rate", NOT_AN_AMOUNT)])
            return

        def send() -> None:
            self.proposal = offers.propose(
                self.mission_id,
                self.talent_ids,
                rate,
                self.message.toPlainText(),
                allow_incomplete_scope=self.scope_confirm.isChecked(),
                expires_in_days=self.expiry.value(),
            )

        # a refusal, a lock held by another window, a full disk: said in the banner, what
        # was typed kept, Retry proposes again (issue 9)
        if not save_in_dialog(self, self.banner, send, self.propose):
            return
        if not self.proposal.created:
            self.banner.show_text(
                self.tr("Nothing was sent: every talent chosen already had this mission.")
            )
            return
        self.accept()


def proposal_text(proposal: offers.Proposal) -> str:
    """What a proposal did, for the status bar: sent to how many, and to whom not, why."""
    text = i18n.count_text(
        len(proposal.created),
        QCoreApplication.translate("ProposeDialog", "Mission proposed to {n} talent."),
        QCoreApplication.translate("ProposeDialog", "Mission proposed to {n} talents."),
    )
    if proposal.existing:
        lang = i18n.language()
        skipped = ", ".join(
            QCoreApplication.translate("ProposeDialog", "{name} ({status} on {date})").format(
                name=o.talent,
                status=i18n.tr_label(o.status, OfferStatus).lower(),
                date=formatting.format_date(o.on, lang),
            )
            for o in proposal.existing
        )
        text += " " + QCoreApplication.translate(
            "ProposeDialog", "Not sent again to: {names}."
        ).format(names=skipped)
    return text


class AnswerDialog(QDialog):
    """Record a talent's answer: accepted, refused (with reasons), in discussion…"""

    def __init__(self, offer_id: int, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerDialog")
        self.offer_id = offer_id
        self.contract_id: int | None = None
        self.setWindowTitle(self.tr("Record the answer"))
        self.status = QComboBox()
        self.status.setObjectName("status")
        for status in OfferStatus:
            if status in allowed_next(current):
                self.status.addItem(i18n.tr_label(status), status.value)
        self.reasons_box = QGroupBox(self.tr("Why did the talent refuse? (one or more)"))
        reasons_layout = QVBoxLayout(self.reasons_box)
        self.reasons: dict[str, QCheckBox] = {}
        for reason in RefusalReason:
            box = QCheckBox(i18n.tr_label(reason))
            box.setObjectName(f"reason-{reason.value}")
            self.reasons[reason.value] = box
            reasons_layout.addWidget(box)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("In their words, optional"))
        reasons_layout.addWidget(self.note)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.banner = ErrorBanner()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        form = QFormLayout()
        form.addRow(self.tr("Answer"), self.status)
        layout.addLayout(form)
        layout.addWidget(self.reasons_box)
        layout.addWidget(buttons)
        self._status_changed()

    def set_status(self, status: str) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(status)))

    def _status_changed(self) -> None:
        self.reasons_box.setVisible(self.status.currentData() == OfferStatus.REFUSED)
        self.adjustSize()

    def save(self, second_seat: bool = False) -> None:
        """Record the answer, then close. A refusal, a lock held by another window or a
        full disk is said in the banner with the answer and reasons kept, and Retry saves
        again (issue 9); a staffed mission asks first whether this is a second seat."""
        status = self.status.currentData()
        reasons = tuple(code for code, box in self.reasons.items() if box.isChecked())
        staffed: list[offers.AlreadyStaffedError] = []

        def record() -> None:
            try:
                self.contract_id = offers.set_status(
                    self.offer_id, status, reasons, self.note.text(), second_seat=second_seat
                )
            except offers.AlreadyStaffedError as exc:
                staffed.append(exc)  # a question, not a failure: asked below

        if not save_in_dialog(self, self.banner, record, lambda: self.save(second_seat)):
            return
        if staffed:
            if self._confirm_second_seat(staffed[0]):
                self.save(second_seat=True)
            return
        self.accept()

    def _confirm_second_seat(self, exc: offers.AlreadyStaffedError) -> bool:
        """The mission is staffed: a second acceptance only for a second seat, said so."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Mission already staffed"))
        box.setText(i18n.tr_error(exc))
        box.setInformativeText(self.tr("Does the client want a second person on this mission?"))
        second = box.addButton(self.tr("Add a second seat"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is second


class AcceptedDialog(QDialog):
    """After an acceptance: the contract draft one click away, and the mission's other
    open offers offered to be withdrawn (each talent's timeline records they were told)."""

    open_contract = Signal(int)

    def __init__(
        self, offer: records.OfferRow, contract_id: int, mission_id: int, parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("acceptedDialog")
        self.contract_id = contract_id
        self.setWindowTitle(self.tr("Offer accepted"))
        from desktop.store.models import Contract, Mission

        reference = Contract.get_by_id(contract_id).reference
        self.mission_title = Mission.get_by_id(mission_id).title
        layout = QVBoxLayout(self)
        done = QLabel(
            self.tr("{name} accepted. Contract draft {reference} created.").format(
                name=offer.talent, reference=reference
            )
        )
        done.setWordWrap(True)
        layout.addWidget(done)
        self.others = offers.open_offers(mission_id, except_offer=offer.id)
        self.withdraw = QCheckBox()
        self.withdraw.setObjectName("withdrawOthers")
        if self.others:
            lang = i18n.language()
            names = "\n".join(
                self.tr("• {name}, {status} on {date}").format(
                    name=o.talent,
                    status=i18n.tr_label(o.status, OfferStatus).lower(),
                    date=formatting.format_date(o.on, lang),
                )
                for o in self.others
            )
            others = QLabel(
                i18n.count_text(
                    len(self.others),
                    self.tr("{n} other offer for this mission is still open:"),
                    self.tr("{n} other offers for this mission are still open:"),
                )
                + "\n"
                + names
            )
            others.setWordWrap(True)
            layout.addWidget(others)
            self.withdraw.setText(
                self.tr("Withdraw them, and note on each talent that they were told")
            )
            self.withdraw.setChecked(True)
            layout.addWidget(self.withdraw)
        else:
            self.withdraw.hide()
        buttons = QDialogButtonBox()
        contract = buttons.addButton(
            self.tr("Open the contract draft"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        contract.setObjectName("openContract")
        contract.setIcon(icon("contracts"))
        contract.clicked.connect(lambda: self._finish(open_contract=True))
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(lambda: self._finish(open_contract=False))
        layout.addWidget(buttons)
        self.withdrawn = 0

    def _finish(self, open_contract: bool) -> None:
        if self.others and self.withdraw.isChecked():
            self.withdrawn = offers.withdraw_offers(
                [o.offer_id for o in self.others],
                self.tr("Offer withdrawn: mission staffed"),
                self.tr(
                    "Told them that “{title}” is staffed and the offer withdrawn; "
                    "thanked them for their interest."
                ).format(title=self.mission_title),
            )
        self.accept()
        if open_contract:
            self.open_contract.emit(self.contract_id)


class OffersTab(QWidget):
    """The offers of the mission shown, and what to do with each."""

    changed = Signal()
    contract_created = Signal(int)
    open_contract = Signal(int)
    refused_offer_selected = Signal(object)  # offer id or None: show its hints
    talent_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mission_id: int | None = None
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("offersTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Talent"),
                self.tr("Status"),
                self.tr("Rate"),
                self.tr("Sent"),
                self.tr("Refusal reasons"),
            ]
        )
        header = self.table.horizontalHeader()
        # fit: every column as wide as its text (a stretched last column elided its header)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.answer())
        self.empty = QLabel(
            self.tr(
                "No offer yet. Click “Find talents” above, select some and propose the mission."
            )
        )
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.answer_button = QPushButton(icon("edit"), self.tr("Record the answer…"))
        self.answer_button.setObjectName("answerButton")
        self.answer_button.clicked.connect(self.answer)
        # a refusal is the answer recorded most: one click to the reasons, no status to pick
        self.refuse_button = QPushButton(icon("edit"), self.tr("Refused…"))
        self.refuse_button.setObjectName("refuseButton")
        self.refuse_button.setToolTip(self.tr("Record that the talent refused, and why"))
        self.refuse_button.clicked.connect(lambda: self.answer(OfferStatus.REFUSED))
        self.follow_button = QPushButton(icon("todo"), self.tr("Keep in touch"))
        self.follow_button.setToolTip(self.tr("Plan a follow-up with this talent in 3 months"))
        self.follow_button.clicked.connect(self.keep_in_touch)
        from desktop.ui.overflow_bar import OverflowBar

        buttons = OverflowBar()  # fit: a narrow detail pane puts the last ones under "More"
        for button in (self.answer_button, self.refuse_button, self.follow_button):
            buttons.add_button(button)
        # what to do about the selected refusal, under the offers, the two sharing the height
        self.hints_holder = QWidget()
        self.hints_area = QVBoxLayout(self.hints_holder)
        self.hints_area.setContentsMargins(0, 0, 0, 0)
        self.hints_holder.hide()
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.table)
        self.split.addWidget(self.hints_holder)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(buttons)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.empty)
        self._rows: list[records.OfferRow] = []
        self._keep_offer: int | None = None  # re-selected when the same mission is shown again
        self._selection_changed()

    def set_mission(self, mission_id: int | None) -> None:
        keep = self._keep_offer if mission_id == self.mission_id else None
        if keep is None and mission_id == self.mission_id and self.selected() is not None:
            keep = self.selected().id  # the list reloaded: the same offer stays selected
        self._keep_offer = None
        self.mission_id = mission_id
        self._rows = records.mission_detail(mission_id).offers if mission_id else []
        self.table.setRowCount(0)
        lang = i18n.language()
        for row in self._rows:
            index = self.table.rowCount()
            self.table.insertRow(index)
            cells = (
                row.talent,
                i18n.tr_label(row.status, OfferStatus),
                formatting.format_rate(row.rate, lang) if row.rate is not None else "",
                formatting.format_date(row.sent_on, lang),
                ", ".join(i18n.tr_label(r, RefusalReason) for r in row.reasons),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(index, column, item)
        self.empty.setVisible(not self._rows)
        self.split.setVisible(bool(self._rows))
        self.table.setToolTip("")
        ids = [row.id for row in self._rows]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        self._selection_changed()

    def set_hints(self, widget: QWidget | None) -> None:
        """Show ``widget`` (the hints of the selected refusal) under the offers, or nothing."""
        while self.hints_area.count():
            old = self.hints_area.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        if widget is not None:
            self.hints_area.addWidget(widget)
        self.hints_holder.setVisible(widget is not None)
        if widget is not None:
            self._give_room_to_hints()

    def _give_room_to_hints(self) -> None:
        """The offers keep the height of their rows (at most half), the hints the rest:
        sharing it 2:3 left the hints three lines and their buttons below the fold."""
        total = sum(self.split.sizes()) or self.split.height()
        if total <= 0:
            return
        table = self.table
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        scroll = table.horizontalScrollBar()
        need = (
            table.horizontalHeader().height()
            + rows
            + 2 * table.frameWidth()
            + (scroll.sizeHint().height() if scroll.maximum() > 0 else 0)
        )
        offers = min(need, total // 2)
        self.split.setSizes([offers, total - offers])

    def selected(self) -> records.OfferRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.answer_button.setEnabled(row is not None and bool(allowed_next(row.status)))
        self.refuse_button.setEnabled(
            row is not None and OfferStatus.REFUSED in allowed_next(row.status)
        )
        self.follow_button.setEnabled(row is not None)
        self.refused_offer_selected.emit(
            row.id if row is not None and row.status == OfferStatus.REFUSED else None
        )

    def answer(self, status: str | None = None) -> None:
        row = self.selected()
        if row is None or not allowed_next(row.status):
            return
        dialog = AnswerDialog(row.id, row.status, self)
        if status:
            dialog.set_status(status)
        if not dialog.exec():
            return
        self._keep_offer = row.id  # a refusal: its hints show at once, no re-selecting
        self.set_mission(self.mission_id)
        if dialog.contract_id is not None:
            self.contract_created.emit(dialog.contract_id)
            accepted = AcceptedDialog(row, dialog.contract_id, self.mission_id, self)
            accepted.open_contract.connect(self.open_contract)
            accepted.exec()
        self._keep_offer = row.id
        self.changed.emit()

    def keep_in_touch(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            when = offers.keep_in_touch(row.talent_id)
        except Exception as exc:  # a lock, a full disk: said, with Retry where it may help
            if not show_failure(self, self.tr("Keep in touch"), exc, self.keep_in_touch):
                raise
            return
        QMessageBox.information(
            self,
            self.tr("Follow-up planned"),
            self.tr(
                "A follow-up with {name} is planned on {date}: it will appear in To do."
            ).format(name=row.talent, date=formatting.format_date(when, i18n.language())),
        )
        self.changed.emit()
