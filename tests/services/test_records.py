"""Creating, editing and deleting talents and companies through the services."""

from decimal import Decimal

import pytest

from desktop.domain.errors import RecordInUseError, ValidationError
from desktop.domain.validation import CompanyDraft, SkillLevel, TalentDraft
from desktop.services import companies, deletion, talents
from desktop.store.maintenance import check_database
from desktop.store.models import Activity, Company, Contact, Invoice, Offer, Talent, TalentSkill


def test_invalid_talent_writes_nothing(db):
    with pytest.raises(ValidationError):
        talents.create_talent(TalentDraft("", "Martin", daily_rate=Decimal("-5")))
    assert Talent.select().count() == 0


def test_talent_round_trip_through_a_draft(db):
    draft = TalentDraft(
        "Loïc",
        "Le Gall",
        email="loic@exemple.fr",
        daily_rate=Decimal("720"),
        skills=(SkillLevel("SAP FI", 5), SkillLevel("SAP CO", 3)),
    )
    talent_id = talents.create_talent(draft)
    assert talents.talent_draft(talent_id) == draft
    talents.update_talent(
        talent_id, TalentDraft("Loïc", "Le Gall", skills=(SkillLevel("sap fi", 2),))
    )
    assert talents.talent_draft(talent_id).skills == (SkillLevel("SAP FI", 2),)  # same skill row


def test_deleting_a_talent_and_undoing_it_restores_everything(db):
    talent_id = talents.create_talent(TalentDraft("Inès", "Moreau", skills=(SkillLevel("Go", 4),)))
    Activity.create(subject_type="talent", subject_id=talent_id, title="Premier appel")
    snapshot = talents.delete_talent(talent_id)
    assert Talent.select().count() == 0 and TalentSkill.select().count() == 0
    assert Activity.select().count() == 0
    deletion.restore(snapshot)
    assert talents.talent_draft(talent_id).skills == (SkillLevel("Go", 4),)
    assert Activity.get().subject_id == talent_id
    assert check_database(db).ok


def test_a_talent_with_offers_cannot_be_deleted(demo_db):
    talent_id = Offer.select(Offer.talent).first().talent_id
    with pytest.raises(RecordInUseError) as info:
        talents.delete_talent(talent_id)
    assert "offers:" in str(info.value)
    assert Talent.get_or_none(Talent.id == talent_id) is not None


def test_a_company_with_invoices_cannot_be_deleted_and_the_message_says_why(demo_db):
    company_id = Invoice.select(Invoice.company).first().company_id
    invoices = Invoice.select().where(Invoice.company == company_id).count()
    with pytest.raises(RecordInUseError) as info:
        companies.delete_company(company_id)
    message = str(info.value)
    assert f"invoices: {invoices}" in message
    assert "Lost" in message  # what to do instead
    assert Invoice.select().where(Invoice.company == company_id).count() == invoices


def test_deleting_a_prospect_takes_its_contacts_and_undo_brings_them_back(db):
    company_id = companies.create_company(CompanyDraft("Prospect SAS", siren="552 120 222"))
    Contact.create(company=company_id, first_name="Anne", last_name="Roy")
    snapshot = companies.delete_company(company_id)
    assert Company.select().count() == 0 and Contact.select().count() == 0
    deletion.restore(snapshot)
    assert Contact.get().company_id == company_id
    assert companies.company_draft(company_id).siren == "552120222"


def test_company_detail_sums_what_the_client_owes(demo_db):
    from tests.conftest import TODAY

    company_id = (
        Invoice.select(Invoice.company).where(Invoice.status == "partially_paid").first().company_id
    )
    unpaid = [
        i
        for i in Invoice.select().where(Invoice.company == company_id)
        if i.kind == "invoice" and i.status in ("issued", "partially_paid")
    ]
    detail = companies.company_detail(company_id, today=TODAY)
    assert detail.receivable == sum((i.total_incl_tax - i.amount_paid for i in unpaid), Decimal(0))
    assert detail.overdue == sum(
        (i.total_incl_tax - i.amount_paid for i in unpaid if i.due_date < TODAY), Decimal(0)
    )
    assert detail.receivable > 0


def test_complete_talent_record_round_trips(db):
    referrer = talents.create_talent(TalentDraft("Anne", "Roy"))
    draft = TalentDraft(
        "Loïc",
        "Le Gall",
        daily_rate=Decimal("700"),
        min_daily_rate=Decimal("650"),
        max_days_on_site=2,
        mobility="Bretagne",
        languages="Français, anglais (C1)",
        certifications="CKA",
        source="Cooptation",
        referrer_id=referrer,
        refused_sectors=("Défense", "Tabac"),
        skills=(SkillLevel("Kubernetes", 4, 6),),
    )
    talent_id = talents.create_talent(draft)
    assert talents.talent_draft(talent_id) == draft
    detail = talents.talent_detail(referrer)
    assert detail.referred == [(talent_id, "Loïc Le Gall")]


def test_undoing_a_referrer_deletion_relinks_who_they_recommended(db):
    referrer = talents.create_talent(TalentDraft("Anne", "Roy"))
    referred = talents.create_talent(TalentDraft("Léo", "Blanc", referrer_id=referrer))
    snapshot = talents.delete_talent(referrer)
    assert Talent.get_by_id(referred).referrer_id is None
    deletion.restore(snapshot)
    assert Talent.get_by_id(referred).referrer_id == referrer


def test_a_talent_cannot_recommend_themselves(db):
    talent_id = talents.create_talent(TalentDraft("Anne", "Roy"))
    with pytest.raises(ValidationError):
        talents.update_talent(talent_id, TalentDraft("Anne", "Roy", referrer_id=talent_id))


def test_payment_behaviour_averages_days_late_over_paid_invoices(demo_db):
    from desktop.store.models import Payment

    invoice = Invoice.select().where(Invoice.status == "paid").first()
    company_id = invoice.company_id
    paid = Invoice.select().where((Invoice.company == company_id) & (Invoice.status == "paid"))
    lateness = []
    for i in paid:
        last = max(p.paid_on for p in Payment.select().where(Payment.invoice == i.id))
        lateness.append((last - i.due_date).days)
    behaviour = companies.payment_behaviour(company_id)
    assert behaviour.paid_invoices == len(lateness)
    assert behaviour.paid_late == sum(1 for d in lateness if d > 0)
    assert behaviour.average_days_late == round(sum(max(d, 0) for d in lateness) / len(lateness))


def test_contacts_are_created_validated_and_deleted_with_undo(db):
    from desktop.domain.validation import ContactDraft
    from desktop.services import contacts

    company_id = companies.create_company(CompanyDraft("ACME"))
    contact_id = contacts.create_contact(
        ContactDraft(company_id, "Roy", "Anne", phone="0612345678")
    )
    assert contacts.contact_draft(contact_id).phone == "06 12 34 56 78"
    snapshot = contacts.delete_contact(contact_id)
    assert Contact.select().count() == 0
    deletion.restore(snapshot)
    assert Contact.get_by_id(contact_id).last_name == "Roy"


def test_a_company_leaving_lost_forgets_why_it_was_lost(db):
    company_id = companies.create_company(CompanyDraft("ACME"))
    companies.set_stage(company_id, "lost", "Budget gelé")
    assert companies.company_draft(company_id).lost_reason == "Budget gelé"
    companies.set_stage(company_id, "qualified")
    assert companies.company_draft(company_id).lost_reason == ""
