"""The import wizard and the export, driven as a user would, offscreen."""

import csv
import random
import threading

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressBar, QPushButton, QWizard

from desktop.domain.validation import SkillLevel, TalentDraft
from desktop.services import talents
from desktop.services.importing import writing
from desktop.services.importing.writing import insert_talents
from desktop.store.models import Company, Contact, Skill, Talent, TalentSkill, database
from desktop.ui import i18n
from desktop.ui.app import create_application
from desktop.ui.importing import ImportDialog, export_list

FIRST = ["Hélène", "Éric", "Zoé", "Jean-Pierre", "Chloé", "François", "Anaïs", "Loïc", "Maëlle"]
LAST = ["Dupré", "Lefèvre", "Gauthier", "Müller", "N'Diaye", "Le Bihan", "Côté", "Brisson"]
RATES = ["650", "1 234,50 €", "700 € HT/j", "1\u00a0050,00", "800"]
DATES = ["01/12/2026", "2026-12-01", "1.12.2026", "15/01/27", ""]


def messy_csv(path, rows: int, seed: int = 4) -> tuple[int, int]:
    """Windows-1252, ";" separated, accents, quoted line breaks, bad rows and duplicates.

    Returns (bad rows, duplicate rows) as written.
    """
    rng = random.Random(seed)
    lines = ["Prénom;Nom;Courriel;Tél.;TJM;Disponible le;Compétences;Ville;Commentaires"]
    bad: set[int] = set()
    duplicates = 0
    for n in range(rows):
        email = f"talent{n}@exemple.fr"
        rate, date = rng.choice(RATES), rng.choice(DATES)
        if n % 97 == 13:
            rate = "environ 600"
            bad.add(n)
        elif n % 89 == 7:
            date = "31/02/2026"
            bad.add(n)
        elif n % 50 == 49 and n - 1 not in bad:  # the e-mail of the row before, other case
            email, duplicates = f"TALENT{n - 1}@Exemple.FR", duplicates + 1
        notes = '"Rencontrée au salon ; à relancer\r\nen janvier"' if n % 10 == 0 else ""
        lines.append(
            f"{rng.choice(FIRST)};{rng.choice(LAST)};{email};06 12 34 56 78;{rate};{date};"
            f"Java:4, React (3), Kubernetes;Besançon;{notes}"
        )
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return len(bad), duplicates


@pytest.fixture
def app(qtbot):
    create_application()
    i18n.install(QApplication.instance(), "en")
    return QApplication.instance()


@pytest.fixture
def open_dialog(app, qtbot, db):
    dialogs: list[ImportDialog] = []

    def make(path=None, kind="talents") -> ImportDialog:
        dialog = ImportDialog(kind, None, str(path) if path else None)
        dialogs.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: not dialog.file_page.reading, timeout=20_000)  # read in the back
        return dialog

    yield make
    # Deleted now, not with deleteLater: when a test fails, its traceback keeps the pages'
    # wrappers alive, and a wizard deleted later under them crashed the next test (PySide 6.12).
    for dialog in dialogs:
        if shiboken6.isValid(dialog):
            shiboken6.delete(dialog)


def check(dialog: ImportDialog, qtbot) -> None:
    """From the file page to the check page, waiting for the check to finish."""
    dialog.next()
    assert dialog.currentPage() is dialog.mapping_page
    dialog.next()
    assert dialog.currentPage() is dialog.check_page
    qtbot.waitUntil(lambda: dialog.check_page.plan is not None, timeout=60_000)


AVAILABILITY_MESSAGE = "not a date (e.g. 31/12/2026, immédiate, sous 1 mois, janvier 2027)"


def counts() -> tuple[int, ...]:
    fts = database.execute_sql("SELECT count(*) FROM talent_fts").fetchone()[0]
    return (Talent.select().count(), TalentSkill.select().count(), Skill.select().count(), fts)


def test_ten_thousand_messy_rows_import_with_a_progress_bar_while_the_ui_runs(
    open_dialog, qtbot, tmp_path
):
    path = tmp_path / "vivier.csv"
    bad, duplicates = messy_csv(path, 10_000)
    dialog = open_dialog(path)
    assert dialog.file_page.info.text() == (
        "10,000 rows, 9 columns (CSV, Windows-1252, semicolons)."
    )
    check(dialog, qtbot)
    plan = dialog.check_page.plan
    assert (plan.rejected, len(plan.duplicates)) == (bad, duplicates)
    # rows 7 and 13 are the first bad ones: rows 9 and 15 as Excel numbers them (the
    # header is 1); the line breaks in the notes of rows 0 and 10 do not shift them
    assert dialog.check_page.problems.model.rows[:2] == [
        ("9", "Available from", "31/02/2026", AVAILABILITY_MESSAGE),
        ("15", "Daily rate (TJM)", "environ 600", "not an amount (e.g. 650 or 650,50 €)"),
    ]

    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    dialog.next()  # Import
    bar = dialog.check_page.progress.findChild(QProgressBar)
    values: list[int] = []
    bar.valueChanged.connect(values.append)
    qtbot.waitUntil(lambda: len({v for v in values if 0 < v < 10_000 - bad}) >= 3, timeout=60_000)
    qtbot.waitUntil(lambda: dialog.currentPage() is dialog.done_page, timeout=120_000)
    timer.stop()
    assert values == sorted(values)  # it only moves forward
    assert len(ticks) > 10  # the event loop kept running during the import

    outcome = dialog.outcome
    assert (outcome.created, outcome.skipped, outcome.rejected) == (
        10_000 - bad - duplicates,
        duplicates,
        bad,
    )
    assert counts()[0] == outcome.created and counts()[3] == outcome.created
    assert Talent.select().where(Talent.city == "Besançon").count() == outcome.created
    assert dialog.done_page.results == {
        "new records": outcome.created,
        "records updated": 0,
        "duplicates skipped": duplicates,
        "rows left out because of problems": bad,
    }


def test_cancelling_the_import_leaves_the_database_as_it_was(
    open_dialog, qtbot, tmp_path, monkeypatch
):
    # The second batch waits for the click on Cancel: the import cannot finish first.
    clicked = threading.Event()
    batches = []

    def insert_after_cancel(drafts):
        batches.append(len(drafts))
        if len(batches) == 2:
            clicked.wait(20)
        return insert_talents(drafts)

    monkeypatch.setattr(writing, "insert_talents", insert_after_cancel)
    talents.create_talent(
        TalentDraft("Anne", "Perrin", email="anne@exemple.fr", skills=(SkillLevel("Go", 4),))
    )
    before = counts()
    path = tmp_path / "vivier.csv"
    messy_csv(path, 3000)
    dialog = open_dialog(path)
    check(dialog, qtbot)
    page = dialog.check_page
    dialog.next()  # Import
    progress = page.progress
    bar = progress.findChild(QProgressBar)
    cancel = progress.findChild(QPushButton)
    bar.valueChanged.connect(lambda value: value >= 250 and (cancel.click(), clicked.set()))
    qtbot.waitUntil(lambda: not page.importing, timeout=60_000)
    assert len(batches) <= 2  # stopped at the first step after the click

    assert page.forecast.text() == "Import cancelled: nothing was written."
    assert dialog.currentPage() is page and dialog.outcome is None
    assert counts() == before
    hits = database.execute_sql("SELECT count(*) FROM talent_fts WHERE talent_fts MATCH 'besancon'")
    assert hits.fetchone()[0] == 0

    monkeypatch.undo()
    dialog.next()  # the user tries again and lets it finish
    qtbot.waitUntil(lambda: dialog.currentPage() is dialog.done_page, timeout=60_000)
    assert counts()[0] == before[0] + dialog.outcome.created


def test_unrecognised_columns_are_chosen_by_hand_with_a_preview(open_dialog, qtbot, tmp_path):
    path = tmp_path / "export crm.csv"
    path.write_text("Col A,Col B,Mail\nHélène,Dupré,h@exemple.fr\n", encoding="utf-8")
    dialog = open_dialog(path)
    dialog.next()
    page = dialog.mapping_page
    assert page.mapping() == [None, None, "email"]
    assert not page.isComplete()
    assert page.missing.text() == "Choose a column for: First name, Last name."
    page.set_field(0, "first_name")
    page.set_field(1, "last_name")
    assert page.isComplete() and page.missing.isHidden()
    assert page.preview_model.headers == ["First name", "Last name", "E-mail"]
    assert page.preview_model.rows == [("Hélène", "Dupré", "h@exemple.fr")]
    dialog.next()
    qtbot.waitUntil(lambda: dialog.check_page.plan is not None, timeout=20_000)
    dialog.next()
    qtbot.waitUntil(lambda: dialog.currentPage() is dialog.done_page, timeout=20_000)
    assert Talent.get(Talent.email == "h@exemple.fr").first_name == "Hélène"


def test_duplicates_can_update_the_existing_records(open_dialog, qtbot, tmp_path):
    known = talents.create_talent(TalentDraft("Hélène", "Dupré", email="helene@exemple.fr"))
    path = tmp_path / "vivier.csv"
    path.write_text(
        "Prénom;Nom;E-mail;Ville\nHélène;Dupré;HELENE@exemple.fr;Lyon\nZoé;Roy;z@x.fr;Paris\n"
    )
    dialog = open_dialog(path)
    emitted = []
    dialog.imported.connect(lambda kind, count: emitted.append((kind, count)))
    check(dialog, qtbot)
    page = dialog.check_page
    assert page.duplicates.model.rows == [
        ("2", "Hélène Dupré", "HELENE@exemple.fr", "Hélène Dupré", "same e-mail")
    ]
    assert page.forecast.text() == (
        "On import — new records: 1, records updated: 0, duplicates skipped: 1."
    )
    page.merge.click()
    assert page.forecast.text() == (
        "On import — new records: 1, records updated: 1, duplicates skipped: 0."
    )
    dialog.next()
    qtbot.waitUntil(lambda: dialog.currentPage() is dialog.done_page, timeout=20_000)
    assert emitted == [("talents", 2)]
    assert Talent.get_by_id(known).city == "Lyon"
    dialog.button(QWizard.WizardButton.FinishButton).click()
    assert dialog.result() == QWizard.DialogCode.Accepted
    assert dialog.table is None and dialog.outcome.merged == 1  # the rows are let go


def test_an_address_book_is_recognised_as_contacts_and_creates_their_companies(
    open_dialog, qtbot, tmp_path
):
    path = tmp_path / "carnet.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nN:Dupré;Hélène\nORG:Études & Co\nEMAIL:h@etudes.fr\nEND:VCARD\n",
        encoding="utf-8",
    )
    dialog = open_dialog(path, kind=None)
    assert dialog.kind() == "contacts"
    check(dialog, qtbot)
    assert "Companies created as leads: 1." in dialog.check_page.forecast.text()
    dialog.next()
    qtbot.waitUntil(lambda: dialog.currentPage() is dialog.done_page, timeout=20_000)
    assert Contact.get().company.name == "Études & Co"
    assert Company.get().stage == "lead"
    assert dialog.done_page.results["companies created as leads"] == 1


def test_a_file_that_cannot_be_read_says_why_and_blocks_next(open_dialog, tmp_path):
    path = tmp_path / "ancien.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    dialog = open_dialog(path)
    assert dialog.file_page.banner.isVisible()
    assert "save it as .xlsx or .csv" in dialog.file_page.banner.text()
    assert not dialog.file_page.isComplete()


def test_export_list_asks_for_a_name_and_writes_the_chosen_format(
    app, qtbot, db, tmp_path, monkeypatch
):
    talents.create_talent(TalentDraft("Hélène", "Dupré", notes="=1+1"))
    chosen = tmp_path / "vivier"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args: (str(chosen), "CSV for Excel (*.csv)")),
    )
    written = []
    export_list(None, "talents", on_done=lambda path, rows: written.append((path, rows)))
    qtbot.waitUntil(lambda: bool(written), timeout=20_000)
    assert written == [(tmp_path / "vivier.csv", 1)]
    rows = list(
        csv.reader((tmp_path / "vivier.csv").read_text("utf-8-sig").splitlines(), delimiter=";")
    )
    assert rows[1][0] == "Hélène" and rows[1][-1] == "'=1+1"


def test_the_rows_left_out_can_be_saved_to_fix_them(open_dialog, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "vivier.csv"
    path.write_text("Prénom;Nom;TJM\nHélène;Dupré;650\nZoé;Roy;=600\nLuc;;700\n", encoding="utf-8")
    dialog = open_dialog(path)
    check(dialog, qtbot)
    dialog.next()
    qtbot.waitUntil(lambda: dialog.currentPage() is dialog.done_page, timeout=20_000)
    page = dialog.done_page
    assert page.save_rejected.isVisible()
    target = tmp_path / "à corriger.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), ""))
    )
    page.save_rejected.click()
    assert page.saved.text() == f"Rows saved: 2, in {target}"
    rows = list(csv.reader(target.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert rows == [
        ["Prénom", "Nom", "TJM", "Problems"],
        ["Zoé", "Roy", "'=600", "Daily rate (TJM): not an amount (e.g. 650 or 650,50 €)"],
        ["Luc", "", "700", "Last name: required"],
    ]


def test_the_preview_shows_values_as_read_and_marks_those_that_cannot_be(open_dialog, tmp_path):
    path = tmp_path / "vivier.csv"
    path.write_text(
        "Prénom;Nom;TJM;Dispo;Statut\nHélène;Dupré;1 234,5 € HT;15/01/27;EN MISSION\n"
        "Zoé;Roy;beaucoup;31/02/2026;Disponible\n",
        encoding="utf-8",
    )
    dialog = open_dialog(path)
    dialog.next()
    model = dialog.mapping_page.preview_model
    assert model.rows == [
        ("Hélène", "Dupré", "€1,234.50", "15/01/2027", "On mission"),
        ("Zoé", "Roy", "beaucoup", "31/02/2026", "Available"),
    ]
    assert set(model.problems) == {(1, 2), (1, 3)}
    tip = model.data(model.index(1, 3), Qt.ItemDataRole.ToolTipRole)
    assert tip == AVAILABILITY_MESSAGE
    assert model.data(model.index(1, 3), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ForegroundRole) is None


def test_closing_the_wizard_while_the_file_is_read_is_harmless(
    app, qtbot, db, tmp_path, monkeypatch
):
    """The file is read on the worker; a wizard deleted meanwhile is not written to."""
    from desktop.ui.importing import dialog as dialog_module

    path = tmp_path / "vivier.csv"
    messy_csv(path, 300)
    release = threading.Event()
    real_read, real_loaded = dialog_module.read_table, dialog_module.FilePage.loaded
    delivered = []

    def slow_read(target):
        release.wait(10)
        return real_read(target)

    def loaded(page, *args):
        delivered.append(args[0])
        real_loaded(page, *args)  # raised on the deleted page before the fix

    monkeypatch.setattr(dialog_module, "read_table", slow_read)
    monkeypatch.setattr(dialog_module.FilePage, "loaded", loaded)
    dialog = ImportDialog("talents", None, str(path))
    shiboken6.delete(dialog)  # closed and deleted while the worker reads
    release.set()
    qtbot.waitUntil(lambda: delivered == [str(path)], timeout=20_000)


def test_a_workbook_offers_its_sheets_and_reads_the_one_chosen(open_dialog, qtbot, tmp_path):
    import openpyxl

    path = tmp_path / "classeur.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    for title, first in (("Vivier", "Hélène"), ("Anciens", "Luc")):
        sheet = book.create_sheet(title)
        sheet.append(["Prénom", "Nom"])
        sheet.append([first, "Dupré"])
    book.active = 1
    book.save(path)
    dialog = open_dialog(path)
    page = dialog.file_page
    assert not page.sheet.isHidden()
    assert [page.sheet.itemText(i) for i in range(page.sheet.count())] == [
        "Notes", "Vivier", "Anciens",
    ]  # fmt: skip
    assert page.sheet.currentText() == "Vivier" and dialog.table.rows[0].cells[0] == "Hélène"
    page.sheet.setCurrentText("Anciens")
    page.sheet.activated.emit(2)
    qtbot.waitUntil(lambda: not page.reading and dialog.table is not None, timeout=20_000)
    assert dialog.table.sheet == "Anciens" and dialog.table.rows[0].cells[0] == "Luc"
    assert "sheet “Anciens”" in page.info.text()


def test_the_check_counts_rows_and_problems_apart_and_lists_what_to_check(
    open_dialog, qtbot, tmp_path
):
    path = tmp_path / "vivier.csv"
    path.write_bytes(
        "Prénom;Nom;E-mail;Téléphone\n".encode()
        + "Hélène;Dupré;h@x.fr;07 12 34 56 78\n".encode()
        + "Zoé;;zoe@;\n".encode("cp1252")  # two problems, and a line in Windows-1252
        + "Éloi;Roy;h@x.fr;\n".encode()  # duplicates line 2
    )
    dialog = open_dialog(path)
    assert "(check their accents): 3." in dialog.file_page.notices.text()
    check(dialog, qtbot)
    page = dialog.check_page
    assert "1 row left out (2 problems)" in page.summary.text()
    assert page.duplicates.model.rows == [("4", "Éloi Roy", "h@x.fr", "line 2 of the file",
                                           "same e-mail")]  # fmt: skip
    assert "\n⚠ These lines are not UTF-8" in page.summary.text()
    assert [row[:3] for row in page.warnings.model.rows] == [("2", "Phone", "07 12 34 56 78")]
    assert page.tabs.tabText(2) == "To check (1)"
