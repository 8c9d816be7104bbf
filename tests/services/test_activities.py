"""Written traces in the database: each kind, actions, timeline, undo, search."""

import datetime as dt

import pytest

from desktop.domain.activities import ActionDraft, ActivityDraft
from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.validation import CompanyDraft, ContactDraft, TalentDraft
from desktop.services import activities, attachments, companies, contacts, deletion, talents
from desktop.store.models import ActionItem, Activity, Attachment, database
from tests.conftest import TODAY


def at(days_ago: int, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(hour, 0))


@pytest.fixture
def company(db) -> int:
    return companies.create_company(CompanyDraft("Banque Lumière"))


def minutes(**changes) -> ActivityDraft:
    values = dict(
        kind="minutes",
        occurred_at=at(2),
        title="Comité de pilotage",
        body="Participants : DSI, chef de projet, nous.",
        decisions="Mise en production reportée au 15 décembre",
        actions=(
            ActionDraft("Envoyer le planning révisé", "Nous", TODAY + dt.timedelta(days=3)),
            ActionDraft("Valider le budget", "DSI", TODAY - dt.timedelta(days=1)),
        ),
    )
    values.update(changes)
    return ActivityDraft(**values)


def test_each_kind_is_written_with_its_own_fields(company):
    note = activities.create_activity(
        "company", company, ActivityDraft("note", at(5), body="Préfère être appelé le matin"), TODAY
    )
    call = activities.create_activity(
        "company",
        company,
        ActivityDraft("exchange", at(4), title="Appel découverte", channel="call"),
        TODAY,
    )
    meeting = activities.create_activity("company", company, minutes(), TODAY)
    dispute = activities.create_activity(
        "company",
        company,
        ActivityDraft(
            "dispute",
            at(1),
            title="Retard de paiement",
            cause="Facture FA-2026-0042 impayée à 60 jours",
            solutions="Échéancier en trois fois",
            mediator="Médiateur des entreprises",
            dispute_status="mediation",
        ),
        TODAY,
    )
    assert Activity.get_by_id(note).body == "Préfère être appelé le matin"
    assert Activity.get_by_id(call).channel == "call"
    stored = activities.activity_draft(meeting)
    assert stored.decisions == "Mise en production reportée au 15 décembre"
    assert [(a.description, a.owner, a.done) for a in stored.actions] == [
        ("Envoyer le planning révisé", "Nous", False),
        ("Valider le budget", "DSI", False),
    ]
    d = Activity.get_by_id(dispute)
    assert (d.cause, d.solutions, d.mediator, d.dispute_status) == (
        "Facture FA-2026-0042 impayée à 60 jours",
        "Échéancier en trois fois",
        "Médiateur des entreprises",
        "mediation",
    )


def test_an_invalid_trace_writes_nothing(company):
    with pytest.raises(ValidationError):
        activities.create_activity("company", company, minutes(decisions="", actions=()), TODAY)
    with pytest.raises(DomainError):
        activities.create_activity("talent", 999, ActivityDraft("note", at(1), title="x"), TODAY)
    assert Activity.select().count() == 0 and ActionItem.select().count() == 0


def test_editing_minutes_keeps_the_ticked_actions_and_replaces_the_others(company):
    meeting = activities.create_activity("company", company, minutes(), TODAY)
    first, second = activities.activity_draft(meeting).actions
    activities.set_action_done(first.id, True)
    draft = activities.activity_draft(meeting)
    kept = draft.actions[0]
    assert kept.done  # the tick is in the draft the edit form gets
    activities.update_activity(
        meeting,
        ActivityDraft(
            **{
                **draft.__dict__,
                "decisions": "Mise en production maintenue",
                "actions": (kept, ActionDraft("Prévenir les utilisateurs", "Client")),
            }
        ),
        TODAY,
    )
    after = activities.activity_draft(meeting)
    assert after.decisions == "Mise en production maintenue"
    assert [(a.id, a.description, a.done) for a in after.actions] == [
        (first.id, "Envoyer le planning révisé", True),
        (after.actions[1].id, "Prévenir les utilisateurs", False),
    ]
    assert ActionItem.select().count() == 2
    assert not ActionItem.select().where(ActionItem.description == second.description).exists()


def test_changing_the_kind_drops_the_fields_of_the_old_kind(company):
    meeting = activities.create_activity("company", company, minutes(), TODAY)
    activities.update_activity(meeting, ActivityDraft("note", at(2), title="Simple note"), TODAY)
    a = Activity.get_by_id(meeting)
    assert (a.kind, a.decisions) == ("note", "")
    assert ActionItem.select().where(ActionItem.activity == meeting).count() == 0


def test_the_timeline_is_newest_first_with_actions_files_and_loose_files(
    company, profile, tmp_path
):
    old = activities.create_activity(
        "company", company, ActivityDraft("note", at(30), title="Ancienne"), TODAY
    )
    meeting = activities.create_activity("company", company, minutes(occurred_at=at(2)), TODAY)
    planned = activities.create_activity(
        "company",
        company,
        ActivityDraft("exchange", at(-7), title="Visio prévue", channel="video"),
        TODAY,
    )
    other = companies.create_company(CompanyDraft("Autre"))
    activities.create_activity(
        "company", other, ActivityDraft("note", at(1), title="Ailleurs"), TODAY
    )
    report = tmp_path / "compte-rendu.pdf"
    report.write_bytes(b"%PDF-1.4 report")
    attachments.attach_to_activity(profile, meeting, report)
    loose = tmp_path / "kbis.pdf"
    loose.write_bytes(b"%PDF-1.4 kbis")
    attachments.attach(profile, "company", company, loose)
    Attachment.update(created_at=at(10)).where(Attachment.file_name == "kbis.pdf").execute()

    entries = activities.timeline("company", company)
    assert [(e.activity_id, e.kind) for e in entries] == [
        (planned, "exchange"),
        (meeting, "minutes"),
        (None, "file"),
        (old, "note"),
    ]
    assert [a.description for a in entries[1].actions] == [
        "Envoyer le planning révisé",
        "Valider le budget",
    ]
    assert [f.file_name for f in entries[1].files] == ["compte-rendu.pdf"]
    assert entries[2].files[0].file_name == "kbis.pdf"
    assert [e.activity_id for e in activities.timeline("company", company, limit=2)] == [
        planned,
        meeting,
    ]


def test_the_timeline_filters_by_words_without_accents_and_by_file_name(company, profile, tmp_path):
    meeting = activities.create_activity("company", company, minutes(), TODAY)
    activities.create_activity(
        "company", company, ActivityDraft("note", at(3), title="Déjeuner"), TODAY
    )
    assert [
        e.activity_id for e in activities.timeline("company", company, "production report")
    ] == [meeting]
    assert [e.activity_id for e in activities.timeline("company", company, "dejeu")] != [meeting]
    contract = tmp_path / "Avenant n°2.pdf"
    contract.write_bytes(b"%PDF-1.4")
    attachments.attach_to_activity(profile, meeting, contract)
    assert [e.activity_id for e in activities.timeline("company", company, "avenant")] == [meeting]


def test_a_minutes_decision_is_found_by_the_search_index(company):
    meeting = activities.create_activity("company", company, minutes(), TODAY)
    dispute = activities.create_activity(
        "company",
        company,
        ActivityDraft(
            "dispute", at(1), cause="Pénalités de retard contestées", dispute_status="open"
        ),
        TODAY,
    )
    found = database.execute_sql(
        "SELECT rowid FROM activity_fts WHERE activity_fts MATCH ?", ('"reportee"',)
    ).fetchall()
    assert found == [(meeting,)]
    hits = activities.search("penalites")
    assert [(h.activity_id, h.subject_name) for h in hits] == [(dispute, "Banque Lumière")]
    activities.update_activity(meeting, minutes(decisions="Mise en production confirmée"), TODAY)
    assert activities.search("reportee") == []


def test_delete_then_undo_puts_back_the_trace_its_actions_and_files(company, profile, tmp_path):
    meeting = activities.create_activity("company", company, minutes(), TODAY)
    source = tmp_path / "cr.pdf"
    source.write_bytes(b"%PDF-1.4")
    file_id = attachments.attach_to_activity(profile, meeting, source)
    stored = attachments.attachment_path(profile, file_id)
    before = activities.activity_draft(meeting)

    snapshot = activities.delete_activity(meeting)
    assert str(snapshot.description) == "Written trace “Comité de pilotage” deleted"
    assert activities.timeline("company", company) == []
    assert ActionItem.select().count() == 0 and Attachment.select().count() == 0
    assert stored.exists()  # kept for undo
    assert activities.search("reportee") == []

    deletion.restore(snapshot)
    assert activities.activity_draft(meeting) == before
    assert attachments.attachment_path(profile, file_id) == stored
    assert [h.activity_id for h in activities.search("reportee")] == [meeting]


def test_open_actions_until_a_date_name_their_record(company):
    talent = talents.create_talent(TalentDraft("Hélène", "Dupré"))
    contact = contacts.create_contact(ContactDraft(company, "Durand", "Paul"))
    activities.create_activity("company", company, minutes(), TODAY)
    activities.create_activity(
        "talent",
        talent,
        minutes(actions=(ActionDraft("Mettre à jour le CV", "Hélène", TODAY),)),
        TODAY,
    )
    activities.create_activity(
        "contact",
        contact,
        minutes(actions=(ActionDraft("Sans échéance", "Paul"),)),
        TODAY,
    )
    due = activities.open_actions(until=TODAY)
    assert [(a.description, a.subject_type, a.subject_name) for a in due] == [
        ("Valider le budget", "company", "Banque Lumière"),
        ("Mettre à jour le CV", "talent", "Hélène Dupré"),
    ]
    activities.set_action_done(due[0].id, True)
    assert [a.description for a in activities.open_actions(until=TODAY)] == ["Mettre à jour le CV"]
    assert len(activities.open_actions(until=TODAY + dt.timedelta(days=3))) == 2


def test_counts_per_record(company, profile, tmp_path):
    other = companies.create_company(CompanyDraft("Autre"))
    activities.create_activity("company", company, minutes(), TODAY)
    activities.create_activity(
        "company", company, ActivityDraft("dispute", at(1), cause="x", dispute_status="open"), TODAY
    )
    activities.create_activity(
        "company",
        company,
        ActivityDraft("dispute", at(1), cause="y", dispute_status="closed"),
        TODAY,
    )
    source = tmp_path / "a.txt"
    source.write_text("x")
    attachments.attach(profile, "company", company, source)
    assert activities.trace_counts("company", [company, other]) == {company: 3}
    assert activities.summary("company", company) == activities.TraceSummary(
        traces=3, open_actions=2, open_disputes=1, files=1
    )
    assert activities.summary("company", other) == activities.TraceSummary(0, 0, 0, 0)


def test_deleting_a_talent_takes_their_traces_and_undo_brings_them_back(db):
    talent = talents.create_talent(TalentDraft("Hélène", "Dupré"))
    activities.create_activity("talent", talent, minutes(), TODAY)
    snapshot = talents.delete_talent(talent)
    assert Activity.select().count() == 0
    deletion.restore(snapshot)
    assert len(activities.timeline("talent", talent)[0].actions) == 2
