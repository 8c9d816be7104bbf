"""Home dashboard figures against values counted by hand on a small book.

The book (22 November 2026; this quarter: October to December; twelve months: December
2025 to November 2026) is built row by row below, each row commented with what it must
count for. Where another module owns a rule (follow-ups, contract reminders, reminders
due), the dashboard's SQL is also checked against that module on the same data.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.services import contracts, dashboard, followups, settings
from desktop.services.receivables import ageing, reminders_due
from desktop.store.models import (
    Company,
    Contract,
    ContractEnding,
    Invoice,
    Mission,
    Offer,
    OfferRefusalReason,
    Payment,
    Reminder,
    Talent,
)

D = dt.date
TODAY = D(2026, 11, 22)


def _company(name: str, stage: str, expected: str | None = None, follow_up=None) -> int:
    return Company.insert(
        name=name,
        sort_name=name.lower(),
        stage=stage,
        expected_value=Decimal(expected) if expected else None,
        next_follow_up_on=follow_up,
    ).execute()


def _talent(name: str, status: str, available=None, follow_up=None) -> int:
    return Talent.insert(
        first_name=name,
        last_name="Test",
        sort_name=f"test {name.lower()}",
        status=status,
        available_from=available,
        next_follow_up_on=follow_up,
    ).execute()


def _invoice(company, status, issued, due, incl, excl=None, paid="0", credited="0", **kw) -> int:
    return Invoice.insert(
        company=company,
        status=status,
        issue_date=issued,
        due_date=due,
        total_incl_tax=Decimal(incl),
        total_excl_tax=Decimal(excl if excl is not None else incl),
        amount_paid=Decimal(paid),
        amount_credited=Decimal(credited),
        **kw,
    ).execute()


def _contract(company, ref, status, end, tacit=False, notice=30, **kw) -> int:
    return Contract.insert(
        company=company,
        reference=ref,
        title=ref,
        status=status,
        end_date=end,
        tacit_renewal=tacit,
        renewal_notice_days=notice,
        **kw,
    ).execute()


@pytest.fixture
def book(db) -> dict[str, int]:
    ids: dict[str, int] = {}
    ids["A"] = _company("A", "lead", follow_up=D(2026, 11, 20))  # follow-up overdue
    ids["B"] = _company("B", "qualified", "10000", follow_up=TODAY)  # due today
    ids["C"] = _company("C", "qualified", "5000.50", follow_up=D(2026, 11, 29))  # this week
    ids["D"] = _company("D", "proposal", "20000", follow_up=D(2026, 11, 30))  # beyond 7 days
    ids["E"] = _company("E", "won")
    ids["F"] = _company("F", "lost", "1000")  # lost: not in the open pipeline's value

    ids["T1"] = _talent("T1", "available", follow_up=D(2026, 11, 1))  # free now; follow-up late
    ids["T2"] = _talent("T2", "available", available=TODAY)  # free now
    ids["T3"] = _talent("T3", "on_mission", available=D(2026, 12, 10))  # free on 10 Dec
    ids["T4"] = _talent("T4", "available", available=D(2026, 12, 22))  # free on day 30
    _talent("T5", "on_mission", available=D(2026, 12, 23))  # day 31: too late
    _talent("T6", "unavailable", available=D(2026, 12, 1))  # unavailable: never counted
    # not to contact: neither free nor to follow up
    _talent("T7", "do_not_contact", follow_up=D(2026, 11, 10))

    b = ids["B"]
    m1 = Mission.insert(company=b, title="M1", status="open").execute()
    Mission.insert(company=b, title="M2", status="open").execute()
    Mission.insert(company=b, title="M3", status="in_progress").execute()

    def offer(talent: str, status: str, sent: dt.date, *reasons: str) -> None:
        offer_id = Offer.insert(mission=m1, talent=ids[talent], status=status, sent_on=sent)
        offer_id = offer_id.execute()
        for reason in reasons:
            OfferRefusalReason.insert(offer=offer_id, reason=reason).execute()

    offer("T1", "refused", D(2026, 10, 5), "rate_too_low", "vague_scope")
    offer("T2", "refused", D(2026, 11, 1), "rate_too_low")
    offer("T3", "refused", D(2026, 9, 30), "values")  # last quarter
    offer("T4", "accepted", D(2026, 10, 10))

    ids["K1"] = _contract(b, "K1", "active", D(2026, 12, 10))  # ends within 30 days
    # tacit renewal: to refuse by 16 December (end less 30 days)
    ids["K2"] = _contract(b, "K2", "active", D(2027, 1, 15), tacit=True)
    _contract(b, "K3", "signed", D(2027, 3, 1), tacit=True)  # refuse by 30 January: later
    k4 = _contract(b, "K4", "ended", D(2026, 12, 1))  # ended: no deadline
    _contract(b, "K5", "active", D(2027, 2, 1))  # ends after the horizon
    # a subcontract: its counterparty is the talent
    ids["K6"] = _contract(b, "K6", "active", D(2026, 11, 25), party="subcontract", talent=ids["T3"])
    k7 = _contract(b, "K7", "terminated", D(2026, 9, 20))
    k8 = _contract(b, "K8", "active", D(2026, 12, 20))  # notice given, ends this quarter
    for contract, reason, end in (
        (k4, "workload", D(2026, 11, 15)),
        (k7, "late_payments", D(2026, 9, 20)),  # last quarter
        (k8, "workload", D(2026, 12, 20)),
    ):
        ContractEnding.insert(
            contract=contract, reason=reason, notice_given_on=D(2026, 9, 1), end_date=end
        ).execute()

    c = ids["C"]
    ids["I1"] = _invoice(c, "issued", D(2026, 11, 2), D(2026, 12, 2), "1200", "1000")  # not due
    # 22 days late, 200 paid: 1,000 in 1-30 days; no reminder yet: the friendly one is due
    ids["I2"] = _invoice(
        c, "partially_paid", D(2026, 10, 1), D(2026, 10, 31), "1200", "1000", paid="200"
    )
    # 144 days late, 100 credited: 500 over 90 days; one reminder sent: the second is due
    ids["I3"] = _invoice(c, "sent", D(2026, 6, 1), D(2026, 7, 1), "600", "500", credited="100")
    # 69 days late: 61-90 days; every reminder sent already
    ids["I4"] = _invoice(c, "sent", D(2026, 8, 15), D(2026, 9, 14), "2400", "2000")
    ids["I5"] = _invoice(c, "issued", D(2026, 11, 10), D(2026, 11, 25), "360", "300")  # due soon
    i6 = _invoice(c, "paid", D(2026, 10, 5), D(2026, 11, 4), "1200", "1000", paid="1200")
    _invoice(c, "draft", None, None, "9999")  # a draft: nothing anywhere
    _invoice(c, "issued", D(2026, 11, 15), None, "-600", "-500", kind="credit_note")
    i9 = _invoice(c, "paid", D(2025, 11, 30), D(2025, 12, 30), "1200", paid="1200")  # 13 months
    for invoice, amount, on in (
        (ids["I2"], "200", D(2026, 11, 5)),
        (i6, "1200", D(2026, 11, 3)),
        (i9, "1200", D(2025, 12, 5)),
    ):
        Payment.insert(invoice=invoice, amount=Decimal(amount), paid_on=on).execute()
    for invoice, step, level in (
        (ids["I3"], 0, "friendly"),
        (ids["I4"], 0, "friendly"),
        (ids["I4"], 1, "second"),
        (ids["I4"], 2, "formal_notice"),
    ):
        Reminder.insert(
            invoice=invoice, step=step, level=level, sent_on=D(2026, 10, 1), balance=Decimal(1)
        ).execute()
    return ids


def test_pipeline_counts_stages_with_their_expected_value_and_missions_by_status(book):
    pipeline = dashboard.pipeline(TODAY)
    assert [(s.stage, s.companies, s.expected) for s in pipeline.stages] == [
        ("lead", 1, Decimal("0.00")),
        ("contacted", 0, Decimal("0.00")),
        ("qualified", 2, Decimal("15000.50")),
        ("proposal", 1, Decimal("20000.00")),
        ("won", 1, Decimal("0.00")),
        ("lost", 1, Decimal("1000.00")),
    ]
    assert pipeline.open_expected == Decimal("35000.50")
    assert pipeline.missions == {
        "draft": 0,
        "open": 2,
        "proposed": 0,
        "staffed": 0,
        "in_progress": 1,
        "completed": 0,
        "cancelled": 0,
    }


def test_twelve_months_of_invoiced_and_collected_with_the_empty_months(book):
    months = dashboard.months(TODAY)
    assert [m.start for m in months] == [D(2025, 12, 1)] + [D(2026, n, 1) for n in range(1, 12)]
    figures = {f"{m.start:%Y-%m}": (m.invoiced, m.collected) for m in months}
    zero = Decimal("0.00")
    assert figures["2025-12"] == (zero, Decimal("1200.00"))  # paid then, issued before
    assert figures["2026-06"] == (Decimal("600.00"), zero)
    assert figures["2026-08"] == (Decimal("2400.00"), zero)
    assert figures["2026-10"] == (Decimal("2400.00"), zero)
    # 1,200 + 360 less the 600 credit note; 200 + 1,200 received
    assert figures["2026-11"] == (Decimal("960.00"), Decimal("1400.00"))
    assert figures["2026-03"] == (zero, zero)


def test_receivables_by_age_and_the_overdue_total(book):
    receivables = dashboard.receivables(TODAY)
    assert [(a.bucket, a.invoices, a.amount) for a in receivables.ageing] == [
        ("not_due", 2, Decimal("1560.00")),
        ("1_30", 1, Decimal("1000.00")),
        ("31_60", 0, Decimal("0.00")),
        ("61_90", 1, Decimal("2400.00")),
        ("over_90", 1, Decimal("500.00")),
    ]
    assert receivables.overdue == Decimal("3900.00")
    assert receivables.overdue_invoices == 3
    assert receivables.total == Decimal("5460.00")
    assert {a.bucket: a.amount for a in receivables.ageing} == ageing(TODAY).total.buckets


def test_reasons_of_this_quarter(book):
    reasons = dashboard.reasons(TODAY)
    assert reasons.quarter.start == D(2026, 10, 1) and reasons.quarter.end == D(2026, 12, 31)
    assert reasons.refused_offers == 2
    assert [(r.reason, r.count, r.share) for r in reasons.refusals] == [
        ("rate_too_low", 2, 1.0),
        ("vague_scope", 1, 0.5),
    ]
    assert reasons.endings_total == 2
    assert [(r.reason, r.count, r.share) for r in reasons.endings] == [("workload", 2, 1.0)]


def test_talents_free_now_and_in_the_next_30_days(book):
    talents = dashboard.talents(TODAY)
    assert (talents.free_now, talents.becoming_free) == (2, 2)
    assert [(t.talent_id, t.available_from) for t in talents.soonest] == [
        (book["T3"], D(2026, 12, 10)),
        (book["T4"], D(2026, 12, 22)),
    ]


def test_deadlines_follow_the_rules_of_to_do_and_of_the_receivables(book):
    deadlines = dashboard.deadlines(TODAY)
    assert deadlines.follow_ups == {"overdue": 2, "today": 1, "upcoming": 1}  # A, T1; B; C
    assert deadlines.follow_ups == followups.due_counts(TODAY, 7)
    assert (deadlines.reminders, deadlines.reminders_amount) == (2, Decimal("1500.00"))
    assert sorted(r.invoice_id for r in reminders_due(TODAY)) == [book["I2"], book["I3"]]
    assert (deadlines.invoices_due, deadlines.invoices_due_amount) == (1, Decimal("360.00"))
    assert deadlines.contract_counts == {"end_soon": 3, "renewal": 1}  # K6, K1, K8; K2
    assert [(c.kind, c.due_on, c.contract_id, c.counterparty) for c in deadlines.contracts] == [
        ("end_soon", D(2026, 11, 25), book["K6"], "T3 Test"),
        ("end_soon", D(2026, 12, 10), book["K1"], "B"),
        ("renewal", D(2026, 12, 16), book["K2"], "B"),
    ]
    theirs = [
        (r.kind, r.due_on, r.contract_id)
        for r in contracts.reminders(TODAY, 30)
        if r.kind in ("end_soon", "renewal")
    ]
    assert len(theirs) == 4
    assert theirs[:3] == [(c.kind, c.due_on, c.contract_id) for c in deadlines.contracts]


def test_reminders_follow_the_dunning_setting(book):
    settings.put("invoicing.dunning", [{"days": 30, "level": "friendly"}])
    # I2 is 22 days late (not yet); I3 had its only reminder; I4 too
    deadlines = dashboard.deadlines(TODAY)
    assert (deadlines.reminders, deadlines.reminders_amount) == (0, Decimal("0.00"))
    assert reminders_due(TODAY) == []


def test_an_empty_profile_reads_nothing_but_its_emptiness(db):
    board = dashboard.load(TODAY)
    assert board.empty and board.pipeline is None


def test_load_gathers_every_part(book):
    board = dashboard.load(TODAY)
    assert not board.empty
    assert board.receivables == dashboard.receivables(TODAY)
    assert board.deadlines == dashboard.deadlines(TODAY)
    assert len(board.months) == 12
