"""The coloured notices of the e-mail screens: what works, what does not and how to fix it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

STYLES = {
    "ok": "color: #067647; background: #ecfdf3; border: 1px solid #abefc6;",
    "warning": "color: #93370d; background: #fffaeb; border: 1px solid #fedf89;",
    "error": "color: #b42318; background: #fef3f2; border: 1px solid #fecdca;",
    "info": "color: #344054; background: #f8fafc; border: 1px solid #e4e7ec;",
}


class Notice(QLabel):
    """A wrapped message in a tinted box; hidden when empty."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.level = ""
        self.hide()

    def show_message(self, text: str, level: str = "info") -> None:
        self.level = level
        self.setText(text)
        self.setStyleSheet(f"QLabel {{ {STYLES[level]} border-radius: 6px; padding: 8px; }}")
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.level = ""
        self.setText("")
        self.hide()
