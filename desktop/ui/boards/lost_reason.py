"""The question asked when a deal is moved to "Lost": why?

A lost deal without its reason teaches nothing; the rule is the domain's
(``LOST_NEEDS_REASON``), the dialog only makes it quick: the reasons given most
often are offered, any other can be typed. Cancelling leaves the deal where it was.
The move is saved before the dialog closes (``save``): a failure (another window
holding the lock, a full disk) is said in it, the reason typed kept, with Retry where
it may help.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.domain.validation import FIELD_LABELS
from desktop.ui.failures import save_in_dialog
from desktop.ui.widgets import ErrorBanner

REASON_MAX_LENGTH = 300  # Company.lost_reason


class LostReasonDialog(QDialog):
    def __init__(
        self,
        company: str,
        suggestions: list[str],
        parent: QWidget | None = None,
        save: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lostReasonDialog")
        self._save = save
        self.banner = ErrorBanner()
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
        layout.addWidget(self.banner)
        layout.addWidget(question)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._update_ok()

    def accept(self) -> None:
        """Save the reason (when given ``save``), then close; a failure keeps it open."""
        if self._save is None or save_in_dialog(
            self, self.banner, lambda: self._save(self.text()), self.accept
        ):
            super().accept()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text()))

    def text(self) -> str:
        """The reason typed or chosen, spaces collapsed."""
        return " ".join(self.reason.currentText().split())
