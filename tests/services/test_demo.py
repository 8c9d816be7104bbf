import re
from collections import defaultdict

from stdnum.fr import siren, siret

from desktop.services.demo import DemoSize, generate_demo
from desktop.store.maintenance import check_database
from desktop.store.models import Company, Invoice, Offer, Talent
from tests.conftest import TODAY


def test_demo_data_is_consistent_and_searchable(demo_db):
    assert check_database(demo_db).ok
    assert Talent.select().count() == 60 and Company.select().count() == 30


def test_demo_companies_have_valid_french_identifiers(demo_db):
    for company in Company.select():
        assert siren.is_valid(company.siren)
        assert siret.is_valid(company.siret) and company.siret.startswith(company.siren)
        assert company.vat_number == "FR" + siren.to_tva(company.siren)


def test_demo_names_carry_french_accents(demo_db):
    text = " ".join(t.first_name + t.last_name + t.city for t in Talent.select())
    assert re.search(r"[éèêëàâîïôöûüçÉ]", text)


def test_demo_rates_are_market_rates(demo_db):
    rates = [t.daily_rate for t in Talent.select()]
    assert min(rates) >= 350 and max(rates) <= 1100


def test_demo_invoice_numbers_are_gapless_and_chronological_per_year(demo_db):
    by_year = defaultdict(list)
    for invoice in Invoice.select().where(Invoice.number.is_null(False)):
        year, seq = invoice.number.split("-")
        assert int(year) == invoice.issue_date.year
        by_year[year].append((int(seq), invoice.issue_date))
    for numbers in by_year.values():
        numbers.sort()
        assert [n for n, _ in numbers] == list(range(1, len(numbers) + 1))
        dates = [d for _, d in numbers]
        assert dates == sorted(dates)


def test_demo_has_invoices_offers_and_contracts_in_every_state(demo_db):
    statuses = {i.status for i in Invoice.select(Invoice.status)}
    assert {"draft", "issued", "partially_paid", "paid"} <= statuses
    credit = Invoice.get_or_none(Invoice.kind == "credit_note")
    if credit is not None:
        assert credit.credited_invoice.status == "cancelled"
    refused = Offer.select().where(Offer.status == "refused")
    assert refused.count() and all(o.reasons.count() for o in refused)


def test_stopping_the_demo_midway_writes_nothing(db):
    steps = generate_demo(DemoSize(talents=50, companies=20, missions=10, invoices=30), today=TODAY)
    for step in steps:
        if step.label == "missions":
            break
    steps.close()
    assert Talent.select().count() == 0 and Company.select().count() == 0
    triggers = db.execute_sql("SELECT count(*) FROM sqlite_master WHERE type='trigger'").fetchone()
    assert triggers[0] > 0  # the search triggers were put back by the rollback


def test_demo_phone_numbers_are_valid_french_numbers(demo_db):
    from desktop.domain.identifiers import normalise_phone
    from desktop.store.models import Contact

    for number in [t.phone for t in Talent.select()] + [c.phone for c in Contact.select()]:
        assert normalise_phone(number) == number
