"""Picking a record by typing: the client of a mission, who recommended a talent."""

from desktop.domain.validation import CompanyDraft, TalentDraft
from desktop.services import companies, talents
from desktop.ui.pickers import RecordPicker


def picker(qtbot, choices) -> RecordPicker:
    widget = RecordPicker(choices)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_typing_over_a_pick_unpicks_it(qtbot, db):
    acme = companies.create_company(CompanyDraft("Acme", city="Lyon"))
    companies.create_company(CompanyDraft("Zeta Corp"))
    box = picker(qtbot, companies.company_choices)
    box.set_record(acme, "Acme (Lyon)")
    assert box.record_id() == acme
    with qtbot.waitSignal(box.picked) as signal:
        qtbot.keyClicks(box, "x")  # "Acme (Lyon)x" names nobody: not Acme any more
    assert signal.args == [None] and box.record_id() is None
    box.clear()
    qtbot.keyClicks(box, "Zeta Corp")
    box.refill()
    assert box.record_id() == companies.company_choices("zeta")[0][0]  # an exact proposal


def test_words_in_any_order_without_accents_and_namesakes_kept_apart(qtbot, db):
    helene = talents.create_talent(TalentDraft("Hélène", "Dupont"))
    talents.create_talent(TalentDraft("Jean", "Martin", city="Lyon"))
    talents.create_talent(TalentDraft("Jean", "Martin", city="Nantes"))
    box = picker(qtbot, talents.talent_choices)
    for text in ("helene dup", "dupont hel", "DUPONT"):
        box.setText(text)
        box.refill()
        assert box.model.stringList() == ["Hélène Dupont"], text
    box.completer().activated.emit("Hélène Dupont")
    assert box.record_id() == helene
    box.setText("jean mar")
    box.refill()
    labels = box.model.stringList()
    assert len(labels) == 2 and labels[0] == "Jean Martin"
    assert labels[1].startswith("Jean Martin (n°")
