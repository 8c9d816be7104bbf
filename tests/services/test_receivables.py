"""Ageing per client and in total, reminders due, a reminder recorded with its trace."""

import datetime as dt
from decimal import Decimal

from desktop.domain.payment_terms import PaymentTerm, TermMethod
from desktop.services import settings
from desktop.services.invoices import issue
from desktop.services.payments import record_payment
from desktop.services.receivables import ageing, record_reminder, reminders_due
from desktop.store.models import Activity, Company, Reminder
from tests.services import invoicing_book
from tests.services.invoicing_book import SELLER, simple_draft

client = invoicing_book.client  # the fixture

D = dt.date
TERM = PaymentTerm(TermMethod.DAYS, 30)


def _issued(company, on, days="1", rate="1000"):
    invoice_id = simple_draft(company, days=days, rate=rate, term=TERM)
    issue(invoice_id, SELLER, on)
    return invoice_id


def test_ageing_per_client_and_in_total(client):
    other = Company.insert(name="Beta", sort_name="beta", siren="732829320").execute()
    _issued(client, D(2026, 6, 1))  # due 1 July: 144 days late on 22 Nov
    _issued(client, D(2026, 10, 1))  # due 31 Oct: 22 days
    paid = _issued(other, D(2026, 11, 2))  # due 2 Dec: not due
    record_payment(paid, Decimal("200"), D(2026, 11, 10), today=D(2026, 11, 22))
    view = ageing(D(2026, 11, 22))
    assert view.total.buckets["over_90"] == Decimal("1200.00")
    assert view.total.buckets["1_30"] == Decimal("1200.00")
    assert view.total.buckets["not_due"] == Decimal("1000.00")  # 1,200 less 200 paid
    assert [c.name for c in view.clients] == ["Acme & Co", "Beta"]
    assert ageing(D(2026, 11, 22), other).total.total == Decimal("1000.00")


def test_reminders_follow_the_schedule_one_step_at_a_time_and_leave_a_trace(client):
    late = _issued(client, D(2026, 9, 1))  # due 1 October
    _issued(client, D(2026, 11, 2))  # not due
    due = reminders_due(D(2026, 11, 22))
    assert [(r.invoice_id, r.level, r.days_late) for r in due] == [(late, "friendly", 52)]
    reminder = Reminder.get_by_id(record_reminder(late, D(2026, 11, 22)))
    assert reminder.indemnity == Decimal("40.00") and reminder.interest > 0
    assert [r.level for r in reminders_due(D(2026, 11, 22))] == ["second"]
    trace = Activity.get_by_id(reminder.activity_id)
    assert trace.subject_type == "company" and trace.subject_id == client
    assert "Relance amiable" in trace.title and "40.00" in trace.body


def test_the_schedule_is_a_setting(client):
    settings.put("invoicing.dunning", [{"days": 10, "level": "friendly"}])
    _issued(client, D(2026, 10, 1))  # due 31 October: 5 days late on 5 November
    assert reminders_due(D(2026, 11, 5)) == []
    assert len(reminders_due(D(2026, 11, 10))) == 1
