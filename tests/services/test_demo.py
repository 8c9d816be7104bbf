import re
from collections import defaultdict
from decimal import Decimal

import pytest
from stdnum.fr import siren, siret

from desktop.services.demo import DemoSize, ProfileNotEmptyError, generate_demo
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
        prefix, year, seq = invoice.number.split("-")
        assert prefix == "FA"
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


def test_demo_people_are_believable(demo_db):
    """Titles agree with the first name; the last contact is not older than a logged call;
    a contract's invoices add up to its length times its rate at most."""
    from desktop.services.demo_vocabulary import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, TITLES
    from desktop.store.models import Activity, Contact, Contract

    masculine = {m for pairs in TITLES.values() for m, f in pairs if m != f}
    feminine = {f for pairs in TITLES.values() for m, f in pairs if m != f}
    for talent in Talent.select():
        if talent.first_name in MALE_FIRST_NAMES:
            assert talent.title not in feminine, (talent.first_name, talent.title)
        if talent.first_name in FEMALE_FIRST_NAMES:
            assert talent.title not in masculine, (talent.first_name, talent.title)
    assert not any(
        c.first_name in MALE_FIRST_NAMES and c.role.startswith("Directrice")
        for c in Contact.select()
    )
    for kind, model in (("talent", Talent), ("company", Company)):
        for record in model.select():
            exchanges = Activity.select().where(
                (Activity.subject_type == kind)
                & (Activity.subject_id == record.id)
                & Activity.kind.in_(("exchange", "minutes"))
            )
            for trace in exchanges:
                assert record.last_contact_on >= trace.occurred_at.date()
    for contract in Contract.select():
        invoices = Invoice.select().where(
            (Invoice.contract == contract.id) & (Invoice.kind == "invoice")
        )
        billed = sum((i.total_excl_tax for i in invoices), Decimal(0))
        most = contract.daily_rate * contract.mission.duration_days
        assert billed <= most, (contract.reference, billed, most)
        for invoice in invoices:
            assert invoice.service_start >= contract.start_date
            assert invoice.issue_date is None or invoice.issue_date <= TODAY


def test_demo_contract_numbers_are_gapless_per_year_of_acceptance(demo_db):
    from desktop.store.models import Contract

    by_year = defaultdict(list)
    for contract in Contract.select():
        prefix, year, seq = contract.reference.split("-")
        assert prefix == "CT" and int(year) == contract.offer.answered_on.year
        by_year[year].append(int(seq))
    for numbers in by_year.values():
        assert sorted(numbers) == list(range(1, len(numbers) + 1))


def test_demo_data_twice_is_refused_and_writes_nothing(demo_db):
    """A second load would put invented invoices into the profile's own gapless series."""
    before = Invoice.select().count()
    with pytest.raises(ProfileNotEmptyError, match="empty one"):
        for _ in generate_demo(DemoSize(talents=5, companies=5, missions=8, invoices=20)):
            pass
    assert Invoice.select().count() == before
