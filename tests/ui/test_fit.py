"""Every section and every dialog fits a 1280x720 laptop in French, the longer language.

A window manager keeps a window at the minimum size its widgets declare, off the
screen's edge: in French the companies page once needed 1,330 pixels. The test
opens each section (``main_window.SECTIONS``) and each dialog registered in
``tests/ui/screens.py`` at 1280x690 (720 less a taskbar) and fails when one needs more,
or when a visible button, tab or column header cannot show its whole text.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

from desktop.ui import i18n
from desktop.ui.main_window import FIRST_SIZE, SECTIONS, first_geometry
from tests.ui.conftest import settle as settle_reads
from tests.ui.screens import DIALOGS

SCREEN = QSize(1280, 720 - 30)  # a 1280x720 laptop less its taskbar


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(10)


def elided(root: QWidget) -> list[str]:
    """The visible texts that do not get the room they need: buttons, tabs, headers,
    page titles. Each as "kind 'text' (has / needs pixels)"."""
    found = []
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root) and button.text() and button.width() > 0:
            need = button.sizeHint().width()
            if button.width() + 1 < need:
                found.append(f"button '{button.text()}' ({button.width()}/{need})")
    for combo in root.findChildren(QComboBox):
        text = combo.currentText()
        if combo.isVisibleTo(root) and text and not combo.isEditable() and combo.width() > 0:
            option = QStyleOptionComboBox()
            combo.initStyleOption(option)
            field = combo.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                combo,
            )
            need = combo.fontMetrics().horizontalAdvance(text)
            if not combo.itemIcon(combo.currentIndex()).isNull():
                need += combo.iconSize().width() + 4
            if field.width() + 1 < need:
                found.append(f"combo box '{text}' ({field.width()}/{need})")
    for label in root.findChildren(QLabel):
        titled = label.objectName() in ("pageTitle", "hintsHeader") and label.isVisibleTo(root)
        need = label.sizeHint().width()
        if titled and not label.wordWrap() and label.width() + 1 < need:
            found.append(f"title '{label.text()}' ({label.width()}/{need})")
    for bar in root.findChildren(QTabBar):
        if bar.isVisibleTo(root):
            for i in range(bar.count()):
                if bar.tabRect(i).width() + 1 < bar.tabSizeHint(i).width():
                    found.append(f"tab '{bar.tabText(i)}'")
    for header in root.findChildren(QHeaderView):
        if not header.isVisibleTo(root) or header.orientation().name != "Horizontal":
            continue
        model = header.model()
        for i in range(header.count()):
            if header.isSectionHidden(i) or header.sectionSize(i) == 0:
                continue
            need = header.sectionSizeFromContents(i).width()
            if header.sectionSize(i) + 2 < need:
                text = model.headerData(i, header.orientation()) if model else i
                found.append(f"column '{text}' ({header.sectionSize(i)}/{need})")
    return found


def _words(text: str) -> list[str]:
    return text.replace("&", "").replace("\u00a0", " ").strip(" :").casefold().split()


def repeated_labels(root: QWidget) -> list[str]:
    """Form rows whose checkbox repeats the end of the row's label: "Astreinte ☐
    Astreinte", "Disponible à partir du ☑ à partir du" (seen in French)."""
    found = []
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            widget = field.widget()
            if widget is None:
                continue
            boxes = [widget] if isinstance(widget, QCheckBox) else []
            boxes += widget.findChildren(QCheckBox)
            words = _words(label.widget().text())
            for box in boxes:
                said = _words(box.text())
                if said and words[-len(said) :] == said:
                    found.append(f"'{label.widget().text()}' ☐ '{box.text()}'")
    return found


def test_a_checkbox_repeating_its_form_label_is_caught(qtbot):
    form_widget = QWidget()
    qtbot.addWidget(form_widget)
    form = QFormLayout(form_widget)
    form.addRow("Astreinte", QCheckBox("Astreinte"))
    form.addRow("Disponible à partir du\u00a0:", QCheckBox("à partir du"))
    form.addRow("Dernier contact", QCheckBox("le"))
    form.addRow("Astreinte", QCheckBox("La mission comprend des astreintes"))
    assert len(repeated_labels(form_widget)) == 2


def too_big(widget: QWidget) -> list[str]:
    problems = []
    minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    for what, size in (("minimum", minimum), ("size", widget.size())):
        if size.width() > SCREEN.width() or size.height() > SCREEN.height():
            problems.append(f"{what} {size.width()}x{size.height()}")
    return problems


@pytest.fixture
def french_window(make_window, demo_db):
    window = make_window()
    i18n.install(QApplication.instance(), "fr")
    window.close()
    window = make_window()  # built again, its texts in French
    window.resize(SCREEN)
    yield window
    i18n.install(QApplication.instance(), "en")


def test_every_section_fits_a_1280x720_screen_in_french(french_window, qtbot):
    problems = {}
    for section in SECTIONS:
        page = french_window.go_to(section.key)
        if hasattr(page, "settled"):  # with its rows: they are read off the UI thread
            settle_reads(qtbot, page)
        settle(qtbot)
        found = too_big(french_window) + elided(french_window.page(section.key))
        if found:
            problems[section.key] = found
    assert not problems


def test_the_first_window_fits_the_available_screen(make_window, demo_db):
    """A fresh profile on a 1280x720 laptop (less a 30-pixel taskbar) gets a window inside
    the free area, centred; on a big screen, the usual 1320x820."""
    laptop = QRect(0, 0, 1280, 690)
    assert laptop.contains(first_geometry(laptop))
    assert first_geometry(laptop).size() == QSize(1280, 690)
    big = QRect(0, 30, 1920, 1050)
    assert first_geometry(big).size() == FIRST_SIZE and big.contains(first_geometry(big))
    window = make_window()  # the offscreen screen: 800x800, smaller than any laptop
    available = window.screen().availableGeometry()
    assert window.height() <= available.height()
    assert window.width() <= max(available.width(), window.minimumSizeHint().width())


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_fits_a_1280x720_screen_in_french(french_window, qtbot, name):
    dialog = DIALOGS[name](french_window)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    assert too_big(dialog) + elided(dialog) + repeated_labels(dialog) == []
    dialog.close()
