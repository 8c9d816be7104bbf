"""Qt's own texts (standard buttons, file dialogs) speak the interface language.

Without ``qtbase_fr.qm`` a French user met "Cancel" and "Files of type" in the middle of
French dialogs, and deletes asked "Oui / Annuler" where the buttons were ours.
"""

from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from desktop.ui import i18n
from desktop.ui.app import create_application
from desktop.ui.confirm import confirm_delete
from tests.ui.conftest import when_modal


def test_standard_buttons_and_file_dialogs_are_in_french(qtbot):
    app = create_application()
    i18n.install(app, "fr")
    try:
        box = QMessageBox()
        qtbot.addWidget(box)
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
        assert box.button(QMessageBox.StandardButton.Cancel).text() == "Annuler"
        assert box.button(QMessageBox.StandardButton.Save).text() == "Enregistrer"
        files = QFileDialog()
        qtbot.addWidget(files)
        files.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on Linux
        assert "&Nom de fichier\u00a0:" in [label.text() for label in files.findChildren(QLabel)]
    finally:
        i18n.install(app, "en")
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Cancel"  # and back


def test_a_delete_asks_supprimer_or_annuler_cancel_by_default(qtbot):
    app = create_application()
    i18n.install(app, "fr")
    seen = []

    def look(box: QMessageBox) -> None:
        seen.extend(button.text() for button in box.buttons())
        seen.append(box.defaultButton().text())
        box.defaultButton().click()  # Enter on the question: nothing is deleted

    try:
        when_modal(QMessageBox, look)
        assert not confirm_delete(None, "Supprimer", "Supprimer le talent « Anne Martin » ?")
    finally:
        i18n.install(app, "en")
    assert sorted(seen[:-1]) == ["Annuler", "Supprimer"] and seen[-1] == "Annuler"
    assert QApplication.activeModalWidget() is None
