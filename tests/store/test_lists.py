from desktop.domain.validation import CompanyDraft, SkillLevel, TalentDraft
from desktop.services.companies import create_company, update_company
from desktop.services.talents import create_talent, delete_talent, update_talent
from desktop.store import lists
from desktop.store.lists import ListQuery


def names(query: ListQuery) -> list[str]:
    return [row[1] for row in query.page(0, 1000)]


def test_talent_filter_ignores_accents_case_and_word_order(db):
    create_talent(
        TalentDraft("Hélène", "Dupré", city="Lyon", skills=(SkillLevel("Kubernetes", 4),))
    )
    create_talent(TalentDraft("Jean", "Martin", city="Paris", skills=(SkillLevel("Java", 3),)))
    assert names(ListQuery(db, lists.TALENTS, "helene")) == ["Hélène Dupré"]
    assert names(ListQuery(db, lists.TALENTS, "KUBER lyo")) == ["Hélène Dupré"]
    assert names(ListQuery(db, lists.TALENTS, "dupre java")) == []
    assert ListQuery(db, lists.TALENTS, "  ").count() == 2


def test_filter_follows_edits_and_deletes(db):
    talent = create_talent(TalentDraft("Anaïs", "Roux", title="Data engineer"))
    assert ListQuery(db, lists.TALENTS, "data").count() == 1
    update_talent(talent, TalentDraft("Anaïs", "Roux", title="Scrum master"))
    assert ListQuery(db, lists.TALENTS, "data").count() == 0
    assert ListQuery(db, lists.TALENTS, "scrum").count() == 1
    delete_talent(talent)
    assert ListQuery(db, lists.TALENTS, "anais").count() == 0


def test_sort_by_name_ignores_accents_and_case(db):
    for first, last in (("Zoé", "Zola"), ("Émile", "éluard"), ("Anne", "Bernard")):
        create_talent(TalentDraft(first, last))
    assert names(ListQuery(db, lists.TALENTS)) == ["Anne Bernard", "Émile éluard", "Zoé Zola"]
    descending = ListQuery(db, lists.TALENTS, sort_column=0, descending=True)
    assert names(descending) == ["Zoé Zola", "Émile éluard", "Anne Bernard"]


def test_pages_cover_the_list_once_in_order(demo_db):
    query = ListQuery(demo_db, lists.INVOICES)
    total = query.count()
    ids = [row[0] for offset in range(0, total, 7) for row in query.page(offset, 7)]
    assert len(ids) == total == len(set(ids))
    assert ids == [row[0] for row in query.page(0, total)]


def test_position_of_a_record_matches_its_row(demo_db):
    query = ListQuery(demo_db, lists.COMPANIES, sort_column=2)
    rows = query.page(0, 1000)
    assert query.position_of(rows[17][0]) == 17
    assert ListQuery(demo_db, lists.COMPANIES, "zzzz").position_of(rows[0][0]) is None


def test_invoice_filter_by_number_prefix_and_client_name(demo_db):
    number = demo_db.execute_sql("SELECT number FROM invoice WHERE number IS NOT NULL").fetchone()[
        0
    ]
    found = ListQuery(demo_db, lists.INVOICES, number).page(0, 10)
    assert [row[1] for row in found] == [number]
    client = demo_db.execute_sql(
        "SELECT c.name FROM invoice i JOIN company c ON c.id = i.company_id"
    ).fetchone()[0]
    assert ListQuery(demo_db, lists.INVOICES, client).count() >= 1


def test_overdue_is_derived_from_the_due_date(demo_db):
    query = ListQuery(demo_db, lists.INVOICES)
    status = 1 + [c.key for c in lists.INVOICES.columns].index("status")  # after the id
    statuses = {row[status] for row in query.page(0, 10_000)}
    assert "overdue" in statuses and "paid" in statuses


def test_company_rename_reaches_the_contacts_and_missions_index(demo_db):
    (company_id,) = demo_db.execute_sql(
        "SELECT company_id FROM mission JOIN contact USING (company_id) LIMIT 1"
    ).fetchone()
    from desktop.services.companies import company_draft

    draft = company_draft(company_id)
    update_company(company_id, CompanyDraft(**{**draft.__dict__, "name": "Zéphyrine Industries"}))
    hits = demo_db.execute_sql(
        "SELECT count(*) FROM mission_fts WHERE mission_fts MATCH 'zephyrine'"
    ).fetchone()[0]
    assert hits >= 1
    assert ListQuery(demo_db, lists.MISSIONS, "zéphyrine").count() == hits
    contacts = demo_db.execute_sql(
        "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'zephyrine'"
    ).fetchone()[0]
    assert contacts >= 1
    assert create_company(CompanyDraft("Autre"))


def test_a_condition_on_a_joined_table_is_counted_with_its_join(demo_db):
    query = ListQuery(demo_db, lists.MISSIONS, where=("company.stage = ?", ["won"]))
    assert query.count() == len(query.page(0, 10_000)) > 0


def test_a_one_letter_word_waits_for_its_second_letter(db):
    create_talent(TalentDraft("Anaïs", "Roux", title="Consultante SAP FI"))
    create_talent(TalentDraft("Jean", "Martin", title="Consultant SAP MM"))
    lone = ListQuery(db, lists.TALENTS, "s")
    assert lone.too_short and lone.count() == 2  # every row, until a second letter
    typing = ListQuery(db, lists.TALENTS, "sap f")
    assert not typing.too_short and typing.count() == 2  # "sap" alone, for now
    assert typing.signature == ListQuery(db, lists.TALENTS, "sap").signature  # nothing re-read
    assert names(ListQuery(db, lists.TALENTS, "sap fi")) == ["Anaïs Roux"]
