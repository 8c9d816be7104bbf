"""Global search: any word, any order, accents optional, grouped; the index follows every write."""

from dataclasses import replace

import pytest

from desktop.domain.highlight import excerpt, matched_spans
from desktop.domain.missions import MissionDraft, RequiredSkill
from desktop.domain.validation import CompanyDraft, ContactDraft, SkillLevel, TalentDraft
from desktop.services import companies, contacts, deletion, missions, search, talents
from desktop.services.search import global_search
from desktop.store.models import Activity, Mission, MissionPhase, MissionSkill


def ids(text: str, kind: str, limit: int = 8) -> list[int]:
    group = global_search(text, limit).group(kind)
    return [h.id for h in group.hits] if group else []


@pytest.fixture
def records(db):
    helene = talents.create_talent(
        TalentDraft(
            "Hélène",
            "Dupré",
            title="Développeuse Java",
            city="Lyon",
            skills=(SkillLevel("Kubernetes", 4), SkillLevel("Java", 5)),
        )
    )
    bruno = talents.create_talent(TalentDraft("Bruno", "Lefèvre", city="Paris", title="SAP FI"))
    azur = companies.create_company(CompanyDraft("Banque Azur", city="Nantes", stage="lead"))
    marc = contacts.create_contact(ContactDraft(azur, "Moreau", "Marc", role="DSI"))
    cloud = missions.create_mission(
        MissionDraft(azur, "Migration cloud", city="Nantes", skills=(RequiredSkill("Terraform"),))
    )
    note = Activity.create(
        subject_type="contact",
        subject_id=marc,
        kind="exchange",
        title="Appel de relance",
        body="Le budget de la migration est validé ; relancer après le comité d’octobre.",
    ).id
    return {
        "helene": helene,
        "bruno": bruno,
        "azur": azur,
        "marc": marc,
        "cloud": cloud,
        "note": note,
    }


def test_accents_and_case_are_optional_both_ways(records):
    for text in ("helene", "HÉLÈNE", "Helene DUPRE", "dupré"):
        assert ids(text, "talent") == [records["helene"]], text
    assert ids("lefevre", "talent") == [records["bruno"]]


def test_any_word_order_any_column_and_prefixes_as_you_type(records):
    for text in ("java lyon", "lyon java", "jav ly", "kubernetes lyon", "helene kube"):
        assert ids(text, "talent") == [records["helene"]], text
    assert ids("java paris", "talent") == []  # every word must be found


def test_results_are_grouped_by_kind_with_what_opens_them(records):
    results = global_search("azur")
    assert [g.kind for g in results.groups] == ["company", "contact", "mission"]
    company = results.group("company").hits[0]
    assert (company.title, company.subtitle, company.status) == ("Banque Azur", "Nantes", "lead")
    assert (company.section, company.open_id) == ("companies", records["azur"])
    contact = results.group("contact").hits[0]  # found through its company's name
    assert (contact.title, contact.subtitle) == ("Marc Moreau", "DSI · Banque Azur")
    assert (contact.section, contact.open_id) == ("companies", records["azur"])
    mission = results.group("mission").hits[0]
    assert (mission.title, mission.section, mission.open_id) == (
        "Migration cloud",
        "missions",
        records["cloud"],
    )
    assert results.terms == ["azur"] and not results.too_short


def test_a_record_found_by_a_skill_says_which_skill(records):
    """Nothing in "Développeuse Java · Lyon" says "kube": the matched skill is shown."""
    helene = global_search("kube").group("talent").hits[0]
    assert helene.subtitle == "Développeuse Java · Lyon · Kubernetes"
    for shown in ("lyon", "java"):  # already on the line: not repeated
        assert global_search(shown).group("talent").hits[0].subtitle == "Développeuse Java · Lyon"
    assert global_search("java kube").group("talent").hits[0].subtitle.endswith("Lyon · Kubernetes")
    cloud = global_search("terra").group("mission").hits[0]
    assert cloud.subtitle == "Banque Azur · Nantes · Terraform"


def test_traces_say_which_record_they_belong_to(records):
    trace = global_search("comite budget").group("trace").hits[0]
    assert (trace.id, trace.title, trace.status) == (
        records["note"],
        "Appel de relance",
        "exchange",
    )
    assert trace.subject.name == "Marc Moreau (Banque Azur)"
    assert (trace.section, trace.open_id) == ("companies", records["azur"])  # the contact's company
    assert "budget" in trace.subtitle


def test_name_matches_come_first(records, monkeypatch):
    lyon_name = talents.create_talent(TalentDraft("Marie", "Lyon"))  # created first
    martins = [
        talents.create_talent(TalentDraft(first, "Martin", city="Lyon", notes="Lyon, Lyon, Lyon"))
        for first in ("Anne", "Paul", "Zoé")
    ]
    assert ids("lyon", "talent")[0] == lyon_name
    monkeypatch.setattr(
        search, "RANK_LIMIT", 0
    )  # too many to rank: names first, then the newest first, each once
    found = ids("lyon", "talent")
    assert found[:4] == [lyon_name, *reversed(martins)] and len(set(found)) == len(found)


def test_each_group_shows_a_few_and_counts_them_all(db, monkeypatch):
    for n in range(11):
        talents.create_talent(TalentDraft(f"Jean{n}", "Dupont"))
    group = global_search("dupont", limit_per_kind=8).group("talent")
    assert (len(group.hits), group.total, group.more) == (8, 11, 3)
    assert len(set(h.id for h in group.hits)) == 8 and not group.capped
    monkeypatch.setattr(search, "COUNT_LIMIT", 9)  # counting stops there: "more than"
    monkeypatch.setattr(search, "RANK_LIMIT", 9)
    group = global_search("dupont", limit_per_kind=8).group("talent")
    assert (len(group.hits), group.total, group.capped, group.more) == (8, 9, True, 1)


def test_one_letter_waits_for_a_second(records):
    assert global_search("h").too_short and global_search("h").empty
    assert not global_search("h lyon").too_short
    assert global_search("lyon j").terms == ["lyon"]  # the lone letter waits beside others too
    assert ids("dupre h", "talent") == [records["helene"]]
    assert global_search("  ").empty and not global_search("  ").too_short
    assert ids("he", "talent") == [records["helene"]]


def test_highlight_and_excerpt_follow_the_same_folding():
    assert matched_spans("Hélène Dupré-Martin", ["helene", "mar"]) == [(0, 6), (13, 19)]
    text = "Un long préambule sans intérêt. " * 5 + "Le budget est validé par le comité."
    short = excerpt(text, ["budget"], width=60)
    assert "budget" in short and short.startswith("…") and len(short) <= 62
    assert excerpt("Court.", ["x"]) == "Court."


# -- the index follows every write -------------------------------------------------------


def test_talent_edits_and_deletes_reach_the_index(records):
    helene = records["helene"]
    draft = talents.talent_draft(helene)
    talents.update_talent(helene, replace(draft, last_name="Durand", skills=()))
    assert ids("dupre", "talent") == []
    assert ids("durand", "talent") == [helene]
    assert ids("kubernetes", "talent") == []  # skills removed
    snapshot = talents.delete_talent(helene)
    assert ids("helene", "talent") == []
    deletion.restore(snapshot)  # undo puts it back in the index too
    assert ids("helene durand", "talent") == [helene]


def test_a_company_rename_reaches_its_contacts_and_missions(records):
    azur = records["azur"]
    draft = companies.company_draft(azur)
    companies.update_company(azur, replace(draft, name="Banque Céleste"))
    assert global_search("azur").empty
    results = global_search("celeste")
    assert [g.kind for g in results.groups] == ["company", "contact", "mission"]
    assert ids("celeste moreau", "contact") == [records["marc"]]
    assert ids("celeste migration", "mission") == [records["cloud"]]


def test_contact_edits_and_deletes_reach_the_index(records):
    marc = records["marc"]
    contacts.update_contact(marc, ContactDraft(records["azur"], "Moreau", "Marcel", role="CTO"))
    assert ids("marcel cto", "contact") == [marc]
    assert ids("dsi", "contact") == []
    Activity.delete().where(Activity.id == records["note"]).execute()
    contacts.delete_contact(marc)
    assert ids("moreau", "contact") == []


def test_company_delete_empties_its_entries(db):
    gone = companies.create_company(CompanyDraft("Éphémère SARL"))
    contacts.create_contact(ContactDraft(gone, "Passant", "Paul"))
    companies.delete_company(gone)
    assert global_search("ephemere").empty
    assert global_search("passant").empty


def test_mission_edits_and_deletes_reach_the_index(records):
    cloud = records["cloud"]
    draft = missions.mission_draft(cloud)
    missions.update_mission(
        cloud, replace(draft, title="Refonte du data lake", skills=(RequiredSkill("Spark"),))
    )
    assert ids("migration", "mission") == []
    assert ids("terraform", "mission") == []
    assert ids("data lake spark", "mission") == [cloud]
    MissionSkill.delete().where(MissionSkill.mission == cloud).execute()
    MissionPhase.delete().where(MissionPhase.mission == cloud).execute()
    Mission.delete().where(Mission.id == cloud).execute()
    assert ids("data lake", "mission") == []


def test_trace_edits_and_deletes_reach_the_index(records):
    note = records["note"]
    Activity.update(body="Rappeler en janvier pour le renouvellement.").where(
        Activity.id == note
    ).execute()
    assert ids("comite", "trace") == []
    assert ids("renouvellement", "trace") == [note]
    Activity.delete().where(Activity.id == note).execute()
    assert ids("renouvellement", "trace") == []
    assert ids("relance", "trace") == []
