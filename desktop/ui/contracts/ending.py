"""The ending assistant: why, when (notice, a better moment), handover, who to recommend,
the letter, then the ending confirmed in one transaction.

Five steps on one dialog (Back, Next). The plan comes from
:func:`desktop.services.endings.plan`; the replacement ranking (the matching service)
runs off the UI thread. "Preview the letter" builds the PDF off the UI thread too;
"End the mission" confirms, files the letter on the contract and closes.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.domain.errors import DomainError
from desktop.domain.vocabulary import EndingReason
from desktop.profile import Profile
from desktop.services import contracts, documents, endings
from desktop.ui import i18n
from desktop.ui.documents.building import build_document, explain_failure, scratch_folder
from desktop.ui.tasks import run_task

translate = QCoreApplication.translate


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class EndingAssistant(QDialog):
    STEPS = 5

    def __init__(
        self, profile: Profile, contract_id: int, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("endingAssistant")
        self.profile = profile
        self.contract_id = contract_id
        self.today = today
        self.plan = endings.plan(contract_id, today, with_replacements=False)
        self.letter_path = None
        self.ending_id: int | None = None
        self.setWindowTitle(
            self.tr("End the mission — {reference}").format(reference=self.plan.reference)
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self._reason_page())
        self.stack.addWidget(self._dates_page())
        self.stack.addWidget(self._handover_page())
        self.stack.addWidget(self._replacements_page())
        self.stack.addWidget(self._letter_page())
        self.step_label = QLabel()
        self.step_label.setObjectName("hint")
        self.error = QLabel()
        self.error.setObjectName("errorBanner")
        self.error.setWordWrap(True)
        self.error.hide()
        self.back = QPushButton(self.tr("Back"))
        self.back.setObjectName("back")
        self.back.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.next = QPushButton(self.tr("Next"))
        self.next.setObjectName("next")
        self.next.setDefault(True)
        self.next.clicked.connect(lambda: self.go(self.stack.currentIndex() + 1))
        self.finish = QPushButton(self.tr("End the mission"))
        self.finish.setObjectName("finish")
        self.finish.clicked.connect(self.confirm)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.step_label)
        buttons.addStretch(1)
        for b in (cancel, self.back, self.next, self.finish):
            buttons.addWidget(b)
        heading = QLabel(
            f"<b>{escape(self.plan.reference)}</b> — {escape(self.plan.title)}"
            f" · {escape(self.plan.counterparty)}"
        )
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.error)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.resize(720, 520)
        self.go(0)
        self._rank_replacements()

    # -- pages ---------------------------------------------------------------------------
    def _reason_page(self) -> QWidget:
        page = QWidget()
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.addItem(self.tr("Choose…"), "")
        for reason in EndingReason:
            self.reason.addItem(i18n.tr_label(reason), reason.value)
        self.note = QPlainTextEdit()
        self.note.setObjectName("reasonNote")
        self.note.setPlaceholderText(
            self.tr("In your own words (kept on the contract, not printed)")
        )
        form = QFormLayout(page)
        intro = QLabel(
            self.tr(
                "Why does the mission end? The reasons feed the “why missions end” view "
                "beside the refusal analytics."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Details"), self.note)
        return page

    def _dates_page(self) -> QWidget:
        page = QWidget()
        self.given_on = QDateEdit(_qdate(self.today))
        self.given_on.setObjectName("givenOn")
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat("dd/MM/yyyy")
        self.given_on.dateChanged.connect(self._recompute)
        self.end = QDateEdit()
        self.end.setObjectName("endDate")
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("dd/MM/yyyy")
        self.notice_label = QLabel()
        self.notice_label.setObjectName("noticeText")
        self.notice_label.setWordWrap(True)
        self.milestone = QLabel()
        self.milestone.setObjectName("milestone")
        self.milestone.setWordWrap(True)
        form = QFormLayout(page)
        form.addRow(self.tr("Notice given on"), self.given_on)
        form.addRow(self.tr("Notice"), self.notice_label)
        form.addRow(self.tr("Last day"), self.end)
        form.addRow(self.tr("A better moment"), self.milestone)
        self._recompute()
        return page

    def _handover_page(self) -> QWidget:
        page = QWidget()
        self.checks: list[QCheckBox] = []
        box = QVBoxLayout(page)
        box.addWidget(QLabel(self.tr("The transition: what to hand over before the last day.")))
        for item in self.plan.checklist:
            check = QCheckBox(translate("Endings", item))
            check.setProperty("item", item)
            self.checks.append(check)
            box.addWidget(check)
        self.lessons = QPlainTextEdit()
        self.lessons.setObjectName("lessons")
        self.lessons.setPlaceholderText(
            self.tr("Lessons for next time (kept as a note on the contract)")
        )
        box.addWidget(QLabel(self.tr("Lessons")))
        box.addWidget(self.lessons, 1)
        return page

    def _replacements_page(self) -> QWidget:
        page = QWidget()
        self.replacements = QListWidget()
        self.replacements.setObjectName("replacements")
        self.replacements_hint = QLabel(self.tr("Ranking the talents of the pool…"))
        self.replacements_hint.setObjectName("hint")
        self.replacements_hint.setWordWrap(True)
        box = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Keep the relationship: recommend other providers to the client. The talents "
                "of the pool, ranked for this mission; the ticked ones are named in the letter."
            )
        )
        intro.setWordWrap(True)
        box.addWidget(intro)
        box.addWidget(self.replacements_hint)
        box.addWidget(self.replacements, 1)
        return page

    def _letter_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setObjectName("endingSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.preview_button = QPushButton(self.tr("Preview the letter"))
        self.preview_button.setObjectName("previewLetter")
        self.preview_button.clicked.connect(self.preview_letter)
        box = QVBoxLayout(page)
        box.addWidget(self.summary)
        box.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        return page

    # -- behaviour -----------------------------------------------------------------------
    def _rank_replacements(self) -> None:
        contract_id = self.contract_id

        def shown(found: list) -> None:
            self.replacements.clear()
            lang = i18n.language()
            for r in found:
                soon = r.available_from is not None and r.available_from > self.today
                free = formatting.format_date(r.available_from, lang) if soon else self.tr("now")
                item = QListWidgetItem(
                    self.tr("{name} — score {score}, free from {date}").format(
                        name=r.name, score=r.score, date=free
                    )
                )
                item.setData(Qt.ItemDataRole.UserRole, r.talent_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.replacements.addItem(item)
            self.replacements_hint.setText(
                self.tr("No talent of the pool fits this mission.")
                if not found
                else self.tr("{n} talents fit this mission, best first.").format(n=len(found))
            )

        run_task(lambda: endings.replacements(contract_id), shown, lambda exc: shown([]))

    def _recompute(self) -> None:
        given = self.given_on.date().toPython()
        try:
            self.plan = endings.plan(self.contract_id, given, with_replacements=False)
        except DomainError as exc:
            self.notice_label.setText(i18n.tr_error(exc))
            return
        dates = self.plan.dates
        self.end.setDate(_qdate(dates.end_date))
        lang = i18n.language()
        notice = contracts.notice_text(dates.notice, lang)
        if dates.notice_from_contract:
            text = self.tr("{notice}, as the contract states.").format(notice=notice)
        else:
            text = self.tr(
                "The contract states no notice: {notice} proposed as a reasonable notice "
                "(Code civil art. 1211; about a month per year of relationship)."
            ).format(notice=notice)
        if not dates.early:
            text += " " + self.tr("The contract reaches its term first: it simply ends then.")
        self.notice_label.setText(text)
        milestone = self.plan.next_milestone
        if milestone is None:
            self.milestone.setText(self.tr("No milestone ahead: any calm week will do."))
        else:
            name, when = milestone
            self.milestone.setText(
                self.tr(
                    "The next milestone, “{name}”, is due on {date}: announcing it just after "
                    "leaves the client with work delivered rather than a crunch."
                ).format(name=name, date=formatting.format_date(when, lang))
            )

    def go(self, index: int) -> None:
        leaving_reason = index > self.stack.currentIndex() == 0
        if leaving_reason and not self.reason.currentData():
            self._show_error(self.tr("Choose why the mission ends."))
            return
        index = max(0, min(index, self.STEPS - 1))
        self._show_error("")
        self.stack.setCurrentIndex(index)
        self.step_label.setText(
            self.tr("Step {n} of {total}").format(n=index + 1, total=self.STEPS)
        )
        self.back.setEnabled(index > 0)
        self.next.setVisible(index < self.STEPS - 1)
        self.finish.setVisible(index == self.STEPS - 1)
        if index == self.STEPS - 1:
            self._show_summary()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def end_date(self) -> dt.date:
        return self.end.date().toPython()

    def draft(self) -> endings.EndingDraft:
        recommended = []
        for i in range(self.replacements.count()):
            item = self.replacements.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                recommended.append(item.data(Qt.ItemDataRole.UserRole))
        return endings.EndingDraft(
            self.contract_id,
            self.reason.currentData() or "",
            self.given_on.date().toPython(),
            self.end_date(),
            self.note.toPlainText(),
            [(c.property("item"), c.isChecked()) for c in self.checks],
            self.lessons.toPlainText(),
            recommended,
        )

    def _show_summary(self) -> None:
        d = self.draft()
        lang = i18n.language()
        reason = i18n.tr_label(d.reason, EndingReason) if d.reason else "—"
        left = [translate("Endings", item) for item, ok in d.checklist if not ok]
        lines = [
            self.tr("Reason: {reason}").format(reason=escape(reason)),
            self.tr("Notice given on {given}, last day {end}.").format(
                given=formatting.format_date(d.given_on, lang),
                end=formatting.format_date(d.end_date, lang),
            ),
            self.tr("Talents recommended: {n}").format(n=len(d.recommended)),
        ]
        if left:
            lines.append(
                self.tr("Still to hand over: {items}").format(items=escape("; ".join(left)))
            )
        lines.append(
            self.tr(
                "On confirmation: the contract ends, the talent is free from the next day, "
                "a note keeps the reason and the lessons, and a follow-up with the client is "
                "planned a month after the end."
            )
        )
        self.summary.setText("<br>".join(lines))

    def preview_letter(self) -> None:
        draft = self.draft()
        reference = self.plan.reference
        target = scratch_folder() / documents.file_name("termination", reference)
        profile = self.profile
        self.preview_button.setEnabled(False)

        def built(result) -> None:
            self.preview_button.setEnabled(True)
            self.letter_path = result.path
            from desktop.ui.documents.preview import PdfPreviewDialog

            dialog = PdfPreviewDialog(
                result.path,
                self.tr("Termination letter {reference}").format(reference=reference),
                self,
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            dialog.open()

        def failed(exc: Exception) -> None:
            self.preview_button.setEnabled(True)
            explain_failure(self, exc)

        build_document(
            self, lambda: documents.build_termination(draft, target, profile), built, failed
        )

    def confirm(self) -> None:
        draft = self.draft()
        try:
            self.ending_id = endings.confirm(draft, self.today)
        except DomainError as exc:
            self._show_error(i18n.tr_error(exc))
            return
        target = scratch_folder() / documents.file_name("termination", self.plan.reference)
        try:
            built = documents.build_termination(draft, target, self.profile)
            documents.file_once(self.profile, built)
            self.letter_path = built.path
        except DomainError as exc:  # the ending stands; the letter can be printed later
            explain_failure(self, exc)
        self.accept()
