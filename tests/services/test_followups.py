"""Follow-ups: what is due, and what done, snooze and reschedule write."""

import datetime as dt

import pytest

from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.validation import CompanyDraft, TalentDraft
from desktop.services import activities, companies, followups, talents
from desktop.store.models import ActionItem, Activity, Company, Talent
from tests.conftest import TODAY


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def talent(first: str, last: str, follow_up: dt.date | None, **values) -> int:
    return talents.create_talent(TalentDraft(first, last, next_follow_up_on=follow_up, **values))


def company(name: str, follow_up: dt.date | None, **values) -> int:
    return companies.create_company(CompanyDraft(name, next_follow_up_on=follow_up, **values))


@pytest.fixture
def planned(db):
    """Follow-ups late, due today, coming up, too far away, and none."""
    return {
        "late_talent": talent("Élodie", "Martin", day(-10), title="Architecte cloud"),
        "late_company": company("Banque Azur", day(-3), stage="qualified", owner="Camille"),
        "today_talent": talent("Bruno", "Petit", TODAY),
        "today_company": company("Acme", TODAY, stage="lead", owner="Julien"),
        "soon": talent("Chloé", "Durand", day(6)),
        "later": talent("Denis", "Roux", day(8)),
        "none": talent("Eve", "Blanc", None),
        "do_not_contact": talent("Fanny", "Noir", day(-1), status="do_not_contact"),
    }


def names(due: followups.DueFollowUps) -> list[str]:
    return [f.name for f in due.items]


def test_due_lists_overdue_first_then_today_then_the_coming_week(planned):
    due = followups.due_followups(TODAY, horizon_days=7)
    assert names(due) == [
        "Élodie Martin",  # 10 days late
        "Banque Azur",  # 3 days late
        "Acme",  # today, by name
        "Bruno Petit",
        "Chloé Durand",  # in 6 days
    ]
    assert [f.bucket for f in due.items] == ["overdue", "overdue", "today", "today", "upcoming"]
    assert [f.days_late for f in due.items] == [10, 3, 0, 0, -6]
    assert due.totals == {"overdue": 2, "today": 2, "upcoming": 1}
    assert followups.due_counts(TODAY) == due.totals  # the same, without reading the rows
    first = due.items[0]
    assert (first.kind, first.record_id, first.section) == (
        "talent",
        planned["late_talent"],
        "talents",
    )
    assert first.detail == "Architecte cloud" and first.status == "available"
    azur = due.items[1]
    assert (azur.kind, azur.status, azur.owner) == ("company", "qualified", "Camille")


def test_owner_and_kind_filters(planned):
    mine = followups.due_followups(TODAY, owner="Camille")
    assert "Banque Azur" in names(mine) and "Acme" not in names(mine)
    assert "Élodie Martin" in names(mine)  # talents are shared by the whole team
    prospects = followups.due_followups(TODAY, kinds=("company",))
    assert names(prospects) == ["Banque Azur", "Acme"]
    assert followups.followup_owners() == ["Camille", "Julien"]


def test_the_limit_keeps_the_most_urgent_and_counts_the_rest(planned):
    talent("Zoé", "Ancien", day(-30))
    due = followups.due_followups(TODAY, limit=1)
    assert names(due) == ["Zoé Ancien", "Acme", "Chloé Durand"]
    assert due.totals == {"overdue": 3, "today": 2, "upcoming": 1}
    assert due.hidden("overdue") == 2 and due.hidden("upcoming") == 0


def test_nothing_due_is_empty(db):
    talent("Eve", "Blanc", day(30))
    due = followups.due_followups(TODAY)
    assert due.empty and due.items == []


def test_done_records_the_contact_plans_the_next_and_writes_a_trace(planned):
    record = planned["late_talent"]
    trace_id = followups.mark_done(
        "talent",
        record,
        TODAY,
        next_in_days=14,
        note="Dispo en janvier",
        channel="email",
        title="Relance faite",
    )
    stored = Talent.get_by_id(record)
    assert stored.last_contact_on == TODAY and stored.next_follow_up_on == day(14)
    trace = Activity.get_by_id(trace_id)
    assert (trace.subject_type, trace.subject_id, trace.kind) == ("talent", record, "exchange")
    assert trace.channel == "email"  # a valid exchange for the traces module
    assert (trace.title, trace.body) == ("Relance faite", "Dispo en janvier")
    assert trace.occurred_at.date() == TODAY
    assert "Élodie Martin" not in names(followups.due_followups(TODAY))


def test_done_without_a_next_date_clears_it(planned):
    followups.mark_done("company", planned["late_company"], TODAY)
    stored = Company.get_by_id(planned["late_company"])
    assert stored.next_follow_up_on is None and stored.last_contact_on == TODAY
    assert Activity.select().where(Activity.subject_type == "company").count() == 1


def test_done_is_all_or_nothing(planned):
    with pytest.raises(ValidationError) as info:
        followups.mark_done("talent", planned["late_talent"], TODAY, next_in_days=0, note="x")
    assert info.value.fields == ["next_follow_up_on"]
    assert Talent.get_by_id(planned["late_talent"]).last_contact_on != TODAY
    assert Activity.select().count() == 0
    with pytest.raises(ValidationError) as info:  # the traces module's own rules apply
        followups.mark_done("talent", planned["late_talent"], TODAY, channel="pigeon")
    assert info.value.fields == ["channel"]
    with pytest.raises(DomainError, match="no longer exists"):
        followups.mark_done("talent", 999_999, TODAY, note="ghost")
    assert Activity.select().count() == 0
    assert Talent.get_by_id(planned["late_talent"]).last_contact_on != TODAY


def test_snooze_counts_from_today_when_late_and_never_brings_a_date_closer(planned):
    assert followups.snooze("talent", planned["late_talent"], 3, today=TODAY) == day(3)
    assert Talent.get_by_id(planned["late_talent"]).next_follow_up_on == day(3)
    assert followups.snooze("talent", planned["soon"], 1, today=TODAY) == day(7)
    with pytest.raises(ValidationError):
        followups.snooze("talent", planned["soon"], 0, today=TODAY)


def test_reschedule_in_the_past_is_refused_with_the_field_named(planned):
    with pytest.raises(ValidationError) as info:
        followups.reschedule("company", planned["today_company"], day(-1), today=TODAY)
    assert info.value.fields == ["next_follow_up_on"]
    assert "past" in str(info.value) and "Next follow-up" in str(info.value)
    assert Company.get_by_id(planned["today_company"]).next_follow_up_on == TODAY
    followups.reschedule("company", planned["today_company"], day(20), today=TODAY)
    assert Company.get_by_id(planned["today_company"]).next_follow_up_on == day(20)
    followups.reschedule("company", planned["today_company"], TODAY, today=TODAY)  # today is fine


def test_meeting_actions_due_by_today_with_their_subject(db):
    client = company("Banque Azur", None)
    minutes = Activity.create(
        subject_type="company", subject_id=client, kind="minutes", title="Réunion de cadrage"
    )
    late = ActionItem.create(
        activity=minutes, description="Envoyer la proposition", owner="Camille", due_on=day(-2)
    )
    ActionItem.create(activity=minutes, description="Déjà fait", due_on=day(-5), done=True)
    ActionItem.create(activity=minutes, description="Plus tard", due_on=day(3))
    due = followups.due_actions(TODAY)
    assert [(a.id, a.days_late, a.meeting) for a in due] == [(late.id, 2, "Réunion de cadrage")]
    assert (due[0].subject.name, due[0].subject.section, due[0].subject.open_id) == (
        "Banque Azur",
        "companies",
        client,
    )
    assert followups.due_actions(TODAY, owner="Julien") == []
    activities.set_action_done(late.id, True)
    assert followups.due_actions(TODAY) == []
    assert followups.followup_owners() == ["Camille"]


def test_demo_data_has_follow_ups_in_every_bucket(demo_db):
    due = followups.due_followups(TODAY, limit=50)
    assert all(due.totals[b] for b in ("overdue", "upcoming"))
    late = due.in_bucket("overdue")
    assert [f.due_on for f in late] == sorted(f.due_on for f in late)
    assert all(f.status != "do_not_contact" for f in due.items if f.kind == "talent")
