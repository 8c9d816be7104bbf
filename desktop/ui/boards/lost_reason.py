"""The question asked when a deal is moved to "Lost": why?

A lost deal without its reason teaches nothing; the rule is the domain's
(``LOST_NEEDS_REASON``), the dialog only makes it quick: the reasons given most
often are offered, any other can be typed. Cancelling leaves the deal where it was.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.domain.validation import FIELD_LABELS

REASON_MAX_LENGTH = 300  # Company.lost_reason


class LostReasonDialog(QDialog):
    def __init__(self, company: str, suggestions: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lostReasonDialog")
        self.setWindowTitle(self.tr("Deal lost"))
        question = QLabel(
            self.tr("Why was the deal with “{company}” lost?").format(company=company)
        )
        question.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setObjectName("lost_reason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems(suggestions)
        self.reason.setCurrentIndex(-1)
        self.reason.lineEdit().setMaxLength(REASON_MAX_LENGTH)
        self.reason.lineEdit().setPlaceholderText(
            self.tr("For example: budget cut, chose another provider")
        )
        self.reason.setAccessibleName(
            QCoreApplication.translate("Field", FIELD_LABELS["lost_reason"])
        )
        self.reason.setMinimumWidth(460)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move to Lost"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.currentTextChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text()))

    def text(self) -> str:
        """The reason typed or chosen, spaces collapsed."""
        return " ".join(self.reason.currentText().split())
