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


# -- the paperwork: issued invoices, quotes, activity reports, endings --------------------


@pytest.fixture
def full_demo(db):
    """The demo at its default size (the window's button and ``main.py demo``)."""
    for _ in generate_demo(DemoSize(), seed=2026, today=TODAY):
        pass
    return db


def test_a_demo_invoice_is_the_invoice_the_service_issues(demo_db):
    """Same header, numbering fields, frozen identities and line categories as an invoice
    the invoicing service makes from an activity report and issues; and the next one
    issued takes the next number of the demo's series."""
    import datetime as dt

    from desktop.services import invoices
    from desktop.store.models import InvoiceLine

    demo = (
        Invoice.select()
        .where(Invoice.contract.is_null(False) & Invoice.issued_at.is_null(False))
        .where(Invoice.kind == "invoice")
        .order_by(Invoice.issue_date.desc())
        .first()
    )
    [demo_line] = demo.lines
    made = invoices.create_draft(
        invoices.InvoiceDraft(
            company_id=demo.company_id,
            contract_id=demo.contract_id,
            service_start=demo.service_start,
            service_end=demo.service_end,
        ),
        [
            invoices.LineDraft(
                demo_line.description, demo_line.quantity, demo_line.unit_price, unit="DAY"
            )
        ],
    )
    last = Invoice.select().where(Invoice.number.startswith(f"FA-{TODAY.year}-")).count()
    number = invoices.issue(made, today=TODAY)
    assert number == f"FA-{TODAY.year}-{last + 1:05d}"  # gapless after the demo's
    issued = Invoice.get_by_id(made)
    differ = {"id", "number", "sequence", "status", "amount_paid", "created_at", "updated_at"}
    differ |= {"issue_date", "due_date", "issued_at", "version"}
    for field in Invoice._meta.sorted_fields:
        if field.name not in differ:
            assert getattr(issued, field.name) == getattr(demo, field.name), field.name
    assert demo.sequence_scope == f"FA/{demo.issue_date.year}"
    assert demo.number == f"FA-{demo.issue_date.year}-{demo.sequence:05d}"
    assert demo.due_date == demo.issue_date + dt.timedelta(days=30)
    [line] = InvoiceLine.select().where(InvoiceLine.invoice == made)
    for name in ("line_kind", "unit", "vat_category", "vat_rate", "total_excl_tax"):
        assert getattr(line, name) == getattr(demo_line, name), name


def test_every_issued_demo_invoice_has_its_numbering_and_frozen_identities(demo_db):
    from desktop.store.models import InvoiceLine

    issued = Invoice.select().where(Invoice.issued_at.is_null(False))
    assert issued.count() > 50
    frozen = (Invoice.seller_snapshot != "") & (Invoice.buyer_snapshot != "")
    assert issued.where(frozen & Invoice.sequence.is_null(False)).count() == issued.count()
    for invoice in issued:
        assert invoice.number == f"FA-{invoice.issue_date.year}-{invoice.sequence:05d}"
    drafts = Invoice.select().where(Invoice.issued_at.is_null())
    assert drafts.exists() and not drafts.where(Invoice.sequence.is_null(False)).exists()
    units = {(ln.unit, ln.vat_category, ln.line_kind) for ln in InvoiceLine.select()}
    assert units == {("DAY", "S", "service")}


def test_demo_invoices_make_factur_x_that_passes_the_xsd(demo_db):
    from lxml import etree

    from desktop.documents.facturx_xml import _schema
    from desktop.services import invoices

    schema = _schema()
    picked = [
        Invoice.select().where(Invoice.contract.is_null(False) & Invoice.issued_at.is_null(False)),
        Invoice.select().where(Invoice.contract.is_null() & Invoice.issued_at.is_null(False)),
        Invoice.select().where(Invoice.kind == "credit_note"),
    ]
    checked = 0
    for query in picked:
        invoice = query.order_by(Invoice.id).first()
        if invoice is None:
            continue
        xml = etree.fromstring(invoices.facturx_xml(invoice.id))
        assert schema.validate(xml), (invoice.number, schema.error_log)
        seller = xml.find(".//{*}SellerTradeParty/{*}Name").text
        assert seller == "Atelier Numérique Martin"  # the demo's My company
        checked += 1
    assert checked >= 2


def test_the_accountant_export_of_a_demo_month_has_a_factur_x_for_each_invoice(demo_db, tmp_path):
    import datetime as dt
    import zipfile

    from desktop.services.accounting_export import export_period

    start, end = dt.date(2026, 10, 1), dt.date(2026, 10, 31)
    issued = Invoice.select().where(Invoice.issue_date.between(start, end)).count()
    assert issued
    for _ in export_period(start, end, tmp_path / "t.zip", pdf_for=lambda _id: b"%PDF-"):
        pass
    with zipfile.ZipFile(tmp_path / "t.zip") as archive:
        names = archive.namelist()
    assert "sans-factur-x.txt" not in names
    assert len([n for n in names if n.startswith("factures/")]) == issued


def test_demo_quotes_in_every_status_numbered_without_gap(full_demo):
    from desktop.store.models import Contract, Quote

    statuses = {q.status for q in Quote.select(Quote.status)}
    assert statuses == {"draft", "sent", "accepted", "refused", "expired"}
    by_year = defaultdict(list)
    for quote in Quote.select():
        if quote.status == "draft":
            assert quote.reference is None and quote.sent_on is None
            continue
        prefix, year, seq = quote.reference.split("-")
        assert prefix == "DE" and int(year) == quote.sent_on.year
        by_year[year].append((int(seq), quote.sent_on))
        assert quote.sent_on <= TODAY and quote.terms_of_sale
        assert quote.total_excl_tax == sum(
            (line.quantity * line.unit_price for line in quote.lines), Decimal(0)
        )
        if quote.status == "sent":
            assert quote.valid_until >= TODAY
        if quote.status == "expired":
            assert quote.answered_on == quote.valid_until < TODAY
        if quote.status == "accepted":
            contract = Contract.get_by_id(quote.contract_id)
            assert contract.mission_id == quote.mission_id and contract.offer_id == quote.offer_id
            assert quote.answered_on == contract.offer.answered_on >= quote.sent_on
            assert contract.deposit_percent == quote.deposit_percent
    for numbers in by_year.values():
        numbers.sort()
        assert [n for n, _ in numbers] == list(range(1, len(numbers) + 1))
        assert [d for _, d in numbers] == sorted(d for _, d in numbers)


def test_demo_activity_reports_tick_the_days_each_invoice_bills(full_demo):
    import holidays

    from desktop.store.models import ActivityReport, Contract

    french = holidays.country_holidays("FR", years=range(2024, 2027))
    active = Contract.select().where(Contract.status == "active")
    assert active.exists()
    statuses = set()
    for contract in active:
        reports = list(contract.activity_reports.order_by(ActivityReport.month))
        assert reports, contract.reference
        assert reports[-1].month == TODAY.replace(day=1)  # the month under way
        assert (reports[-1].status, reports[-1].invoice_id) == ("draft", None)
        for report in reports:
            statuses.add(report.status)
            days = list(report.days)
            assert days and all(d.day.weekday() < 5 and d.day not in french for d in days)
            assert all(d.day >= contract.start_date and d.day <= TODAY for d in days)
            if report.status == "invoiced":
                [line] = Invoice.get_by_id(report.invoice_id).lines
                assert line.quantity == sum((d.fraction for d in days), Decimal(0))
                assert line.unit_price == report.daily_rate == contract.daily_rate
            if report.status != "draft":
                assert report.validated_on <= TODAY
    assert statuses == {"draft", "validated", "invoiced"}


def test_demo_endings_fill_this_quarter_and_the_last(full_demo):
    """Home's "why missions end" tile and Analytics' view have endings to show."""
    import datetime as dt

    from desktop.domain.vocabulary import EndingReason
    from desktop.services import dashboard
    from desktop.store.models import Activity, ContractEnding

    reasons = {r.value for r in EndingReason}
    for ending in ContractEnding.select():
        contract = ending.contract
        assert ending.reason in reasons and ending.lessons
        assert ending.end_date == contract.ended_on <= TODAY
        assert contract.start_date <= ending.notice_given_on <= ending.end_date
        assert ending.early == (contract.status == "terminated")
        assert contract.end_reason
        assert (
            Activity.get(
                (Activity.subject_type == "contract") & (Activity.subject_id == contract.id)
            ).title
            == f"Fin de mission — {contract.reference}"
        )
    quarter = dashboard.quarter_of(TODAY)
    previous = dashboard.quarter_of(quarter.start - dt.timedelta(days=1))
    assert dashboard.reasons(TODAY).endings_total >= 2
    assert (
        ContractEnding.select()
        .where(ContractEnding.end_date.between(previous.start, previous.end))
        .count()
        >= 2
    )
