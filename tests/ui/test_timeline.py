"""The timeline and the CV as a user drives them: dialogs, ticks, files, deletes, undo."""

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QMessageBox

from desktop.domain.activities import ActivityDraft
from desktop.domain.validation import CompanyDraft, TalentDraft
from desktop.services import activities, attachments, companies, deletion, talents
from desktop.store.models import ActionItem, Activity, Attachment
from desktop.ui import i18n, tasks
from desktop.ui.app import create_application
from desktop.ui.traces import files
from desktop.ui.traces.cv import CvWidget
from desktop.ui.traces.dialog import ActivityDialog
from desktop.ui.traces.timeline import PAGE, TimelineWidget
from tests.ui.conftest import when_modal


def shown(qtbot, timeline: TimelineWidget) -> TimelineWidget:
    """Wait until the timeline's entries are read (reader thread) and all their cards built."""
    qtbot.waitUntil(lambda: timeline.settled)
    return timeline


def save(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def answer(monkeypatch, yes: bool) -> list[tuple[str, str]]:
    """Answer every confirmation (its named button when ``yes``, else Cancel); returns the
    questions asked with the name of their button."""
    asked = []

    def confirm(parent, title, text, action, destructive=True):
        asked.append((text, action))
        return yes

    monkeypatch.setattr("desktop.ui.confirm.confirm", confirm)
    return asked


@pytest.fixture
def app():
    application = create_application()
    i18n.install(QApplication.instance(), "en")
    return application


@pytest.fixture
def company(db) -> int:
    return companies.create_company(CompanyDraft("Banque Lumière"))


@pytest.fixture
def timeline(app, qtbot, profile, company):
    widget = TimelineWidget(profile, "company")
    qtbot.addWidget(widget)
    widget.resize(800, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # shortcuts act in the active window
    widget.set_subject(company)
    return shown(qtbot, widget)


@pytest.fixture
def signals(timeline):
    seen = {"changed": 0, "deleted": []}
    timeline.changed.connect(lambda: seen.__setitem__("changed", seen["changed"] + 1))
    timeline.deleted.connect(seen["deleted"].append)
    return seen


def pdf(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(b"%PDF-1.4 test")
    return path


def test_an_empty_timeline_says_what_to_do(timeline):
    assert timeline.stack.currentWidget() is timeline.empty
    assert "No written trace yet: add a note" in timeline.empty.text()
    timeline.set_subject(None)
    assert not timeline.new_actions["note"].isEnabled()


def test_add_an_exchange_then_minutes_with_two_actions_and_tick_one(timeline, signals, qtbot):
    def exchange(dialog: ActivityDialog) -> None:
        assert dialog.current_kind() == "exchange" and dialog.channel.isVisible()
        assert not dialog.decisions.isVisible()
        dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
        dialog.title.setText("Relance sur la proposition")
        save(dialog)

    when_modal(ActivityDialog, exchange)
    timeline.new_actions["exchange"].trigger()
    stored = Activity.get(Activity.title == "Relance sur la proposition")
    assert (stored.kind, stored.channel, stored.subject_id) == (
        "exchange",
        "email",
        timeline.subject_id,
    )

    steps = []

    def minutes(dialog: ActivityDialog) -> None:
        dialog.title.setText("Comité de pilotage")
        save(dialog)  # no decision, no action yet: refused, every problem shown
        steps.append((dialog.banner.isVisible(), dialog.decisions.property("invalid")))
        table = dialog.actions.table
        assert table.rowCount() == 1  # a first row is ready
        table.item(0, 0).setText("Envoyer le planning révisé")
        table.item(0, 1).setText("Nous")
        row = dialog.actions.add_row(focus=False)
        table.item(row, 0).setText("Valider le budget")
        table.item(row, 1).setText("DSI")
        table.cellWidget(row, 2).set_date(dt.date.today() + dt.timedelta(days=5))
        save(dialog)

    when_modal(ActivityDialog, minutes)
    timeline.activateWindow()  # the offscreen platform does not give it back after a dialog
    qtbot.waitUntil(timeline.isActiveWindow)
    QTest.keyClick(
        timeline,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert steps == [(True, True)]
    meeting = Activity.get(Activity.kind == "minutes")
    actions = list(
        ActionItem.select().where(ActionItem.activity == meeting).order_by(ActionItem.id)
    )
    assert [(a.description, a.owner, a.due_on) for a in actions] == [
        ("Envoyer le planning révisé", "Nous", None),
        ("Valider le budget", "DSI", dt.date.today() + dt.timedelta(days=5)),
    ]
    assert signals["changed"] == 2
    shown(qtbot, timeline)
    assert [c.entry.kind for c in timeline.cards()] == ["minutes", "exchange"]
    qtbot.waitUntil(lambda: timeline.focusWidget() is timeline.card_of(meeting.id))

    boxes = timeline.card_of(meeting.id).findChildren(QCheckBox, "actionDone")
    qtbot.mouseClick(boxes[1], Qt.MouseButton.LeftButton)
    assert ActionItem.get_by_id(actions[1].id).done
    assert not ActionItem.get_by_id(actions[0].id).done
    assert signals["changed"] == 3


def test_edit_a_trace_by_double_click_and_change_its_kind(timeline, qtbot):
    activity = activities.create_activity(
        "company", timeline.subject_id, ActivityDraft("note", dt.datetime.now(), title="Impayé")
    )
    timeline.refresh()
    shown(qtbot, timeline)

    def to_dispute(dialog: ActivityDialog) -> None:
        assert dialog.title.text() == "Impayé"
        dialog.kind.setCurrentIndex(dialog.kind.findData("dispute"))
        assert dialog.cause.isVisible() and dialog.windowTitle() == "Edit the dispute"
        dialog.cause.setPlainText("Facture impayée à 60 jours")
        dialog.dispute_status.setCurrentIndex(dialog.dispute_status.findData("mediation"))
        save(dialog)  # mediation without a mediator: refused
        assert dialog.mediator.property("invalid")
        dialog.mediator.setText("Médiateur des entreprises")
        save(dialog)

    when_modal(ActivityDialog, to_dispute)
    QTest.mouseDClick(timeline.card_of(activity), Qt.MouseButton.LeftButton)
    shown(qtbot, timeline)
    stored = Activity.get_by_id(activity)
    assert (stored.kind, stored.dispute_status, stored.mediator) == (
        "dispute",
        "mediation",
        "Médiateur des entreprises",
    )
    assert timeline.card_of(activity).entry.dispute_status == "mediation"


def test_attach_files_by_button_and_by_dropping_on_an_entry(
    timeline, signals, tmp_path, monkeypatch, qtbot
):
    activity = activities.create_activity(
        "company", timeline.subject_id, ActivityDraft("note", dt.datetime.now(), title="Contrat")
    )
    timeline.refresh()
    shown(qtbot, timeline)
    monkeypatch.setattr(files, "choose_files", lambda *args: [pdf(tmp_path, "Kbis.pdf")])
    timeline.attach_action.trigger()
    shown(qtbot, timeline)
    loose = [c for c in timeline.cards() if c.entry.kind == "file"]
    assert [c.entry.files[0].file_name for c in loose] == ["Kbis.pdf"]

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf(tmp_path, "Contrat signé.pdf")))])
    card = timeline.card_of(activity)
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    card.dropEvent(drop)
    shown(qtbot, timeline)
    assert [f.file_name for f in timeline.card_of(activity).entry.files] == ["Contrat signé.pdf"]
    assert Attachment.get(Attachment.file_name == "Contrat signé.pdf").activity_id == activity
    assert signals["changed"] == 2

    opened = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    file_id = timeline.card_of(activity).entry.files[0].id
    timeline.card_of(activity).open_file.emit(file_id)
    assert opened == [
        QUrl.fromLocalFile(str(attachments.attachment_path(timeline.profile, file_id)))
    ]


def test_a_refused_file_is_reported_and_the_others_are_attached(timeline, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text))
    )
    monkeypatch.setattr(attachments, "MAX_BYTES", 1024 * 1024)
    big = tmp_path / "gros.pdf"
    with big.open("wb") as f:
        f.truncate(2 * 1024 * 1024 + 1)
    assert timeline.attach_paths(None, [big, pdf(tmp_path, "petit.pdf")]) == 1
    assert len(warnings) == 1 and "“gros.pdf” weighs 3 MB; files up to 1 MB" in warnings[0]
    assert [a.file_name for a in Attachment.select()] == ["petit.pdf"]


def test_delete_asks_first_then_can_be_undone(timeline, signals, monkeypatch, qtbot):
    activity = activities.create_activity(
        "company",
        timeline.subject_id,
        ActivityDraft("note", dt.datetime.now(), title="À supprimer"),
    )
    timeline.refresh()
    shown(qtbot, timeline)
    asked = answer(monkeypatch, False)
    card = timeline.card_of(activity)
    card.setFocus()
    QTest.keyClick(card, Qt.Key.Key_Delete)
    text, action = asked[0]
    assert "Delete the trace “À supprimer”" in text and "Ctrl+Z" in text
    assert action == "Delete"  # the button says what it does, not "Yes"
    assert Activity.select().count() == 1 and signals["deleted"] == []

    answer(monkeypatch, True)
    timeline.card_of(activity).delete_requested.emit(activity)
    shown(qtbot, timeline)
    assert Activity.select().count() == 0
    assert timeline.stack.currentWidget() is timeline.empty
    (snapshot,) = signals["deleted"]
    deletion.restore(snapshot)  # what the main window's Ctrl+Z does
    timeline.refresh()
    shown(qtbot, timeline)
    assert [c.entry.activity_id for c in timeline.cards()] == [activity]


def test_the_filter_finds_traces_by_their_words(timeline, qtbot):
    for title, body in (
        ("Déjeuner", "Rencontre informelle"),
        ("Copil", "Décision : report de la MEP"),
    ):
        activities.create_activity(
            "company",
            timeline.subject_id,
            ActivityDraft("note", dt.datetime.now(), title=title, body=body),
        )
    timeline.refresh()
    shown(qtbot, timeline)
    qtbot.keyClicks(timeline.filter, "decision")
    qtbot.waitUntil(lambda: [c.entry.title for c in timeline.cards()] == ["Copil"])
    timeline.filter.setText("introuvable")
    qtbot.waitUntil(lambda: timeline.stack.currentWidget() is timeline.empty)
    assert "No trace matches “introuvable”" in timeline.empty.text()


def test_the_cv_is_attached_opened_replaced_and_removed(
    app, qtbot, profile, db, tmp_path, monkeypatch
):
    talent = talents.create_talent(TalentDraft("Hélène", "Dupré"))
    widget = CvWidget(profile)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_talent(talent)
    assert "No CV yet" in widget.name.text() and not widget.open_button.isVisible()

    chosen = [pdf(tmp_path, "CV Hélène.pdf")]
    monkeypatch.setattr(files, "choose_files", lambda *args: chosen)
    qtbot.mouseClick(widget.attach_button, Qt.MouseButton.LeftButton)
    assert "CV Hélène.pdf" in widget.name.text() and widget.attach_button.text() == "Replace…"

    warnings = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text))
    )
    bad = tmp_path / "CV.txt"
    bad.write_text("texte")
    chosen[:] = [bad]
    widget.attach_button.click()
    assert "not a CV file" in warnings[0]
    assert attachments.cv_of(talent).file_name == "CV Hélène.pdf"

    opened = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    widget.open_button.click()
    assert opened and opened[0].toLocalFile().endswith("-cv-helene.pdf")

    deleted = []
    widget.deleted.connect(deleted.append)
    answer(monkeypatch, True)
    widget.remove_button.click()
    assert attachments.cv_of(talent) is None and "No CV yet" in widget.name.text()
    deletion.restore(deleted[0])
    widget.refresh()
    assert "CV Hélène.pdf" in widget.name.text()


def test_a_long_timeline_shows_a_page_then_older_entries_on_demand(timeline, db, qtbot):
    start = dt.datetime(2025, 1, 1, 9)
    Activity.insert_many(
        [
            {
                "subject_type": "company",
                "subject_id": timeline.subject_id,
                "kind": "note",
                "occurred_at": start + dt.timedelta(days=i),
                "title": f"Note {i}",
            }
            for i in range(PAGE + 5)
        ]
    ).execute()
    timeline.refresh()
    shown(qtbot, timeline)
    first_page = timeline.cards()
    titles = [c.entry.title for c in first_page]
    assert titles == [f"Note {i}" for i in range(PAGE + 4, 4, -1)]  # the newest, newest first
    assert timeline.more.isVisible()
    timeline.more.click()
    shown(qtbot, timeline)
    titles = [c.entry.title for c in timeline.cards()]
    assert titles == [f"Note {i}" for i in range(PAGE + 4, -1, -1)]
    assert timeline.cards()[:PAGE] == first_page  # appended under them, not rebuilt
    assert not timeline.more.isVisible()


def notes(company: int, titles: list[str]) -> None:
    start = dt.datetime(2025, 1, 1, 9)
    Activity.insert_many(
        [
            {
                "subject_type": "company",
                "subject_id": company,
                "kind": "note",
                "occurred_at": start + dt.timedelta(days=i),
                "title": title,
            }
            for i, title in enumerate(titles)
        ]
    ).execute()


def test_selecting_another_record_while_the_traces_load_shows_its_own(timeline, qtbot):
    """The cards of the record shown stay while the next one's are read; a record passed
    over while loading never shows, nor do the cards of a page still being built."""
    first = timeline.subject_id
    busy = companies.create_company(CompanyDraft("Atelier Mistral"))
    calm = companies.create_company(CompanyDraft("Coopérative Sereine"))
    notes(first, ["Premier contact"])
    notes(busy, [f"Mistral {i}" for i in range(PAGE)])
    notes(calm, ["Devis envoyé", "Réunion de lancement"])
    timeline.refresh()
    shown(qtbot, timeline)

    gate = threading.Event()  # the reader thread busy with a long read meanwhile
    tasks.run_read(lambda: gate.wait(10))
    timeline.set_subject(busy)
    timeline.set_subject(calm)
    assert [c.entry.title for c in timeline.cards()] == ["Premier contact"]  # kept meanwhile
    gate.set()
    shown(qtbot, timeline)
    assert [c.entry.title for c in timeline.cards()] == ["Réunion de lancement", "Devis envoyé"]

    timeline._build_timer.setInterval(60_000)  # the cards after the first ones wait
    timeline.set_subject(busy)
    qtbot.waitUntil(lambda: timeline.cards() and timeline.cards()[0].entry.title == "Mistral 14")
    assert not timeline.settled  # Mistral's page is still being built
    timeline.set_subject(calm)
    shown(qtbot, timeline)
    assert [c.entry.title for c in timeline.cards()] == ["Réunion de lancement", "Devis envoyé"]
