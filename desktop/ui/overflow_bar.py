"""A row of buttons that gives way on a small screen: what does not fit goes into "More".

Toolbars (a list's New, Edit, Delete, Import, Export; a tab's actions) used to set the
page's minimum width: in French, the companies page needed 1,330 pixels and Qt grew the
window past a 1,280-pixel screen. An :class:`OverflowBar` asks only for the room of its
"More" button; the buttons that do not fit are hidden, last first, and offered in its
menu, with their icon, text, enabled and checked state.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QMenu, QSizePolicy, QToolButton, QWidget

SPACING = 6


class OverflowBar(QWidget):
    """Buttons in a row, laid out by hand; the trailing ones that do not fit overflow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overflowBar")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._buttons: list[QAbstractButton] = []
        self._hidden: set[QAbstractButton] = set()  # hidden by the caller, not by overflow
        self.more = QToolButton(self)
        self.more.setObjectName("overflowMore")
        self.more.setText("⋯")
        self.more.setToolTip(self.tr("More actions"))
        self.more.setAccessibleName(self.tr("More actions"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.menu = QMenu(self.more)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.more.setMenu(self.menu)
        self.more.hide()

    def add_button(self, button: QAbstractButton) -> QAbstractButton:
        button.setParent(self)
        self._buttons.append(button)
        button.show()
        self.updateGeometry()
        self._relayout()
        return button

    def set_button_visible(self, button: QAbstractButton, visible: bool) -> None:
        """Show or hide a button for good (overflow aside)."""
        if visible:
            self._hidden.discard(button)
        else:
            self._hidden.add(button)
        self.updateGeometry()
        self._relayout()

    def buttons(self) -> list[QAbstractButton]:
        return [b for b in self._buttons if b not in self._hidden]

    def overflowed(self) -> list[QAbstractButton]:
        """The buttons offered in the "More" menu for want of room."""
        return [b for b in self.buttons() if b.isHidden()]

    # -- sizes ---------------------------------------------------------------
    def _height(self) -> int:
        return max([b.sizeHint().height() for b in self._buttons] + [self.more.sizeHint().height()])

    def sizeHint(self) -> QSize:
        widths = [b.sizeHint().width() for b in self.buttons()]
        return QSize(sum(widths) + SPACING * max(0, len(widths) - 1), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.more.sizeHint().width() if self.buttons() else 0, self._height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        buttons = self.buttons()
        for button in self._hidden:
            button.hide()
        widths = [b.sizeHint().width() for b in buttons]
        available = self.width()
        fitting = len(buttons)
        if sum(widths) + SPACING * max(0, len(widths) - 1) > available:
            room = available - self.more.sizeHint().width() - SPACING
            fitting, used = 0, 0
            for width in widths:
                if used + width > room:
                    break
                used += width + SPACING
                fitting += 1
        height = self.height()
        x = 0
        for i, button in enumerate(buttons):
            if i < fitting:
                button.setGeometry(
                    x,
                    (height - button.sizeHint().height()) // 2,
                    widths[i],
                    button.sizeHint().height(),
                )
                button.show()
                x += widths[i] + SPACING
            else:
                button.hide()
        if fitting < len(buttons):
            hint = self.more.sizeHint()
            self.more.setGeometry(x, (height - hint.height()) // 2, hint.width(), hint.height())
            self.more.show()
        else:
            self.more.hide()

    def _fill_menu(self) -> None:
        self.menu.clear()
        for button in self.overflowed():
            action = QAction(button.icon(), button.text().replace("&&", "&"), self.menu)
            action.setEnabled(button.isEnabled())
            action.setToolTip(button.toolTip())
            if button.isCheckable():
                action.setCheckable(True)
                action.setChecked(button.isChecked())
            action.triggered.connect(lambda _checked=False, b=button: b.click())
            self.menu.addAction(action)
