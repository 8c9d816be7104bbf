"""Recording a referral: who a talent recommends, credited to them.

Opened from the refusal hints ("Ask … for a referral"). The person recommended may
already be in the pool (pick them as you type: the referral is then linked to their
record) or not yet (their name is enough).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services import offers, talents
from desktop.ui.failures import save_in_dialog
from desktop.ui.pickers import RecordPicker
from desktop.ui.widgets import ErrorBanner


class ReferralDialog(QDialog):
    """Record that ``referrer_id`` recommends someone, for ``mission_id`` if given.

    ``saved_id`` holds the new referral's id once saved (the dialog is accepted).
    """

    def __init__(
        self,
        referrer_id: int,
        mission_id: int | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.referrer_id = referrer_id
        self.mission_id = mission_id
        self.today = today
        self.saved_id: int | None = None
        self.referred_id: int | None = None
        name = talents.display_name(referrer_id)
        self.setWindowTitle(self.tr("Referral by {name}").format(name=name))
        credits = offers.referral_credits(referrer_id)
        if credits == 0:
            intro_text = self.tr("{name} has not recommended anyone yet.")
        elif credits == 1:
            intro_text = self.tr("{name} has recommended one person so far.")
        else:
            intro_text = self.tr("{name} has recommended {count} people so far.")
        self.intro = intro = QLabel(intro_text.format(name=name, count=credits))
        intro.setObjectName("hint")
        self.banner = ErrorBanner()
        self.name = RecordPicker(lambda text: talents.talent_choices(text, 20))
        self.name.setObjectName("referredName")
        self.name.setPlaceholderText(self.tr("Name, or pick a talent of the pool"))
        self.name.picked.connect(self._picked)
        self.completions = self.name.model
        self.linked = QLabel()
        self.linked.setObjectName("hint")
        self.note = QLineEdit()
        self.note.setObjectName("referralNote")
        self.note.setPlaceholderText(self.tr("Why they would fit, how to reach them…"))
        form = QFormLayout()
        form.addRow(self.tr("Person recommended"), self.name)
        form.addRow("", self.linked)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def _picked(self, talent_id: int | None) -> None:
        self.referred_id = talent_id  # None once typed over: a name again
        self.linked.setText(
            self.tr("Linked to the talent record of the pool.") if talent_id is not None else ""
        )

    def save(self) -> None:
        def record() -> None:
            self.saved_id = offers.record_referral(
                self.referrer_id,
                name=self.name.text(),
                referred_id=self.referred_id,
                mission_id=self.mission_id,
                note=self.note.text(),
                today=self.today,
            )

        # a refusal, a lock held by another window, a full disk: said in the banner, the
        # name and note kept, Retry saves again (issue 9)
        if not save_in_dialog(self, self.banner, record, self.save):
            self.name.setFocus()
            return
        self.accept()
