import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.missions import MissionDraft, Phase, RequiredSkill
from desktop.domain.validation import CompanyDraft, TalentDraft
from desktop.services import companies, matching, missions, offers, talents
from desktop.store.models import Activity, Contract, Mission, Offer, Talent
from tests.conftest import TODAY


@pytest.fixture
def mission(db):
    client = companies.create_company(CompanyDraft("Banque Démo"))
    return missions.create_mission(
        MissionDraft(
            client,
            "Migration Kubernetes",
            objectives="Zéro interruption",
            deliverables="Helm charts",
            exclusions="Astreintes",
            roles="Client : ops",
            phases=(Phase("Cadrage"),),
            skills=(RequiredSkill("Kubernetes", 4),),
            client_daily_rate=Decimal("800"),
            talent_daily_rate=Decimal("650"),
            start_date=TODAY + dt.timedelta(days=20),
            duration_days=60,
            part_time_percent=80,
            status="open",
        )
    )


@pytest.fixture
def three(db):
    return [
        talents.create_talent(TalentDraft(f, "Martin", load_percent=10))
        for f in ("Anne", "Bruno", "Chloé")
    ]


def test_propose_to_several_talents_at_once(mission, three):
    proposal = offers.propose(mission, three, today=TODAY, message="Intéressé·e ?")
    assert len(proposal.created) == 3 and proposal.already_offered == []
    assert {o.proposed_rate for o in Offer.select()} == {Decimal("650.00")}
    assert Mission.get_by_id(mission).status == "proposed"
    again = offers.propose(mission, three[:1], today=TODAY)
    assert again.created == [] and again.already_offered == three[:1]


def test_an_incomplete_scope_is_flagged_before_proposing(db, three):
    client = companies.create_company(CompanyDraft("Flou SAS"))
    vague = missions.create_mission(MissionDraft(client, "Aider l'équipe"))
    with pytest.raises(offers.ScopeIncompleteError) as info:
        offers.propose(vague, three, today=TODAY)
    assert info.value.missing == ["objectives", "deliverables", "exclusions", "phases", "roles"]
    assert "Measurable objectives" in str(info.value)
    assert Offer.select().count() == 0
    assert offers.propose(vague, three, today=TODAY, allow_incomplete_scope=True).created


def test_refusal_with_reasons_then_acceptance_creates_the_contract_draft(mission, three):
    first, second, third = offers.propose(mission, three, today=TODAY).created
    offers.set_status(
        first, "refused", ("rate_too_low", "vague_scope"), "Rappeler en mars", today=TODAY
    )
    assert offers.refusal_reasons(first) == ["rate_too_low", "vague_scope"]
    assert Offer.get_by_id(first).answered_on == TODAY
    contract_id = offers.set_status(second, "accepted", today=TODAY)
    contract = Contract.get_by_id(contract_id)
    assert contract.reference == f"CT-{TODAY.year}-00001"  # the year of the acceptance
    assert (contract.status, contract.talent_id, contract.daily_rate) == (
        "draft",
        three[1],
        Decimal("800.00"),
    )
    talent = Talent.get_by_id(three[1])
    assert talent.load_percent == 10  # their own load, left alone: the contract's is dated
    facts = matching.talent_facts([three[1]])[three[1]]
    assert facts.load_on(contract.start_date) == 90  # 10 % + this 80 % mission
    assert facts.load_on(contract.end_date + dt.timedelta(days=1)) == 10
    assert Mission.get_by_id(mission).status == "staffed"
    with pytest.raises(DomainError):
        offers.set_status(second, "refused", ("values",), today=TODAY)
    assert offers.set_status(third, "withdrawn", today=TODAY) is None


def test_a_full_time_acceptance_makes_the_talent_available_after_the_mission(mission, db):
    talent = talents.create_talent(TalentDraft("Dora", "Blanc"))
    missions.update_mission(
        mission,
        MissionDraft(**{**missions.mission_draft(mission).__dict__, "part_time_percent": 100}),
    )
    (offer,) = offers.propose(mission, [talent], today=TODAY).created
    contract = Contract.get_by_id(offers.set_status(offer, "accepted", today=TODAY))
    t = Talent.get_by_id(talent)
    assert t.available_from == contract.end_date + dt.timedelta(days=1)
    assert matching.talent_facts([talent])[talent].load_on(contract.start_date) == 100


def test_contract_references_follow_each_other_without_gaps(db):
    client = companies.create_company(CompanyDraft("Client"))
    refs = []
    for i in range(3):
        m = missions.create_mission(MissionDraft(client, f"M{i}", start_date=TODAY))
        t = talents.create_talent(TalentDraft("T", str(i)))
        (o,) = offers.propose(m, [t], today=TODAY, allow_incomplete_scope=True).created
        refs.append(Contract.get_by_id(offers.set_status(o, "accepted", today=TODAY)).reference)
    assert refs == [f"CT-{TODAY.year}-0000{n}" for n in (1, 2, 3)]


def test_referrals_are_recorded_and_credited(mission, three):
    newcomer = talents.create_talent(TalentDraft("Élise", "Nouvelle"))
    offers.record_referral(three[0], referred_id=newcomer, mission_id=mission, today=TODAY)
    offers.record_referral(three[0], name="Marc Ancien", today=TODAY)
    assert offers.referral_credits(three[0]) == 2
    assert Talent.get_by_id(newcomer).referrer_id == three[0]
    with pytest.raises(DomainError):
        offers.record_referral(three[0], name="  ")
    assert offers.keep_in_touch(three[1], today=TODAY) == TODAY + dt.timedelta(days=90)
    assert Talent.get_by_id(three[1]).next_follow_up_on == TODAY + dt.timedelta(days=90)


def test_a_staffed_mission_refuses_a_second_acceptance_unless_a_second_seat(mission, three):
    first, second, _third = offers.propose(mission, three, today=TODAY).created
    contract_id = offers.set_status(first, "accepted", today=TODAY)
    reference = Contract.get_by_id(contract_id).reference
    with pytest.raises(offers.AlreadyStaffedError) as info:
        offers.set_status(second, "accepted", today=TODAY)
    assert info.value.reference == reference
    assert Offer.get_by_id(second).status == "sent"  # nothing written
    assert Contract.select().count() == 1
    assert offers.set_status(second, "accepted", today=TODAY, second_seat=True)
    assert Contract.select().count() == 2


def test_after_acceptance_the_other_open_offers_are_withdrawn_with_a_trace(mission, three):
    first, second, third = offers.propose(mission, three, today=TODAY).created
    offers.set_status(third, "refused", ("values",), today=TODAY)
    offers.set_status(first, "accepted", today=TODAY)
    still_open = offers.open_offers(mission, except_offer=first)
    assert [o.offer_id for o in still_open] == [second]
    assert offers.withdraw_offers([second, third], "Offre retirée", "Mission pourvue.", TODAY) == 1
    assert Offer.get_by_id(second).status == "withdrawn"
    assert Offer.get_by_id(third).status == "refused"  # an answered offer is left alone
    trace = Activity.get((Activity.subject_type == "talent") & (Activity.subject_id == three[1]))
    assert (trace.kind, trace.title, trace.body) == (
        "exchange",
        "Offre retirée",
        "Mission pourvue.",
    )


def test_proposing_again_says_what_happened_to_the_earlier_offer(mission, three):
    first = offers.propose(mission, three[:2], today=TODAY).created[0]
    offers.set_status(first, "refused", ("values",), today=TODAY + dt.timedelta(days=2))
    again = offers.propose(mission, three, today=TODAY + dt.timedelta(days=3))
    assert len(again.created) == 1 and again.already_offered == three[:2]
    refused, sent = again.existing
    assert (refused.talent_id, refused.status, refused.on) == (
        three[0],
        "refused",
        TODAY + dt.timedelta(days=2),
    )
    assert (sent.status, sent.on) == ("sent", TODAY)
