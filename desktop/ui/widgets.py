"""Small widgets shared by the forms: amounts, optional dates, inline field errors."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.domain.errors import FieldError, ValidationError
from desktop.domain.money import parse_amount
from desktop.ui import i18n


class AmountEdit(QLineEdit):
    """An amount typed the French or English way (``1 234,50 €``), read as a Decimal."""

    def __init__(self, parent: QWidget | None = None, example: str = "650 €") -> None:
        super().__init__(parent)
        self.example = example
        self.setPlaceholderText(example)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMaximumWidth(180)  # an amount right-aligned in a wide field gets lost

    def changeEvent(self, event: QEvent) -> None:
        """A disabled field shows no example: greyed "650 €" reads as a value."""
        if event.type() == QEvent.Type.EnabledChange:
            self.setPlaceholderText(self.example if self.isEnabled() else "")
        super().changeEvent(event)

    def amount(self) -> Decimal | None:
        """The amount, None when empty; raises ValueError when it is not an amount."""
        text = self.text().strip()
        return parse_amount(text) if text else None

    def set_amount(self, value: Decimal | None) -> None:
        if value is None:
            self.clear()
        elif i18n.language() == "fr":
            self.setText(formatting.format_rate(value, "fr"))  # "15 570 €" reads back
        else:  # "€15,570" would read back as 15.570: no thousands separator in English
            self.setText(f"{value:.2f}" if value != value.to_integral_value() else f"{value:.0f}")


class OptionalDateEdit(QWidget):
    """A date that may be left unset (a checkbox enables it). ``label`` is the box's text
    after the form's own label ("Last contact ☐ on"); empty when the label already reads
    on ("Available from ☐ from" said it twice), the box then explained by its tooltip."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(label)
        self.enabled.setToolTip(self.tr("Tick to enter a date; unticked, no date is set"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.enabled.toggled.connect(self.changed)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)

    def date(self) -> dt.date | None:
        if not self.enabled.isChecked():
            return None
        return self.edit.date().toPython()

    def set_date(self, value: dt.date | None) -> None:
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class ErrorBanner(QLabel):
    """The list of problems at the top of a form; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class FieldErrors:
    """Marks the widgets of invalid fields (red border, tooltip) and lists the errors."""

    def __init__(self, banner: ErrorBanner, widgets: dict[str, QWidget]) -> None:
        self.banner = banner
        self.widgets = widgets

    def clear(self) -> None:
        self.banner.show_text("")
        for widget in self.widgets.values():
            self._mark(widget, False, "")

    def show(self, error: ValidationError | list[FieldError]) -> None:
        errors = error.errors if isinstance(error, ValidationError) else error
        self.clear()
        self.banner.show_text(i18n.tr_error(ValidationError(errors)))
        first = None
        for e in errors:
            widget = self.widgets.get(e.field)
            if widget is not None:
                self._mark(widget, True, i18n.tr_message(e.message))
                first = first or widget
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _mark(widget: QWidget, invalid: bool, tip: str) -> None:
        widget.setProperty("invalid", invalid)
        widget.setToolTip(tip)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def vocabulary_combo(values: type, object_name: str) -> QComboBox:
    """A combo of a vocabulary's labels; ``currentData()`` is the stored code."""
    combo = QComboBox()
    combo.setObjectName(object_name)
    for value in values:
        combo.addItem(i18n.tr_label(value), value.value)
    return combo


def set_combo(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def vbox(*widgets: QWidget, margins: int = 0, spacing: int = 6) -> QVBoxLayout:
    layout = QVBoxLayout()
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.setSpacing(spacing)
    for widget in widgets:
        layout.addWidget(widget)
    return layout
