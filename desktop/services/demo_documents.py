"""The demo's paperwork: quotes, monthly activity reports, contract endings, and what an
issued invoice carries, written as the services write them but in bulk.

Each piece follows the service a user would go through, field for field:

- **quotes** (:mod:`desktop.services.quotes`): days x the client rate from the mission,
  numbered ``DE-2026-00001`` when sent (gapless per year, in the order sent), the terms of
  sale frozen then; accepted ones point at the contract they made; refused and expired
  ones dated;
- **activity reports** (:mod:`desktop.services.activity_reports`): the days worked of each
  month of an active contract, ticked on working days (French public holidays left out,
  part time spread over the month), validated, then invoiced with the invoice linked;
  the month under way is a draft;
- **endings** (:func:`desktop.services.endings.confirm`): the reason among the market's
  eight, the notice given, the checklist, the lessons, the contract's end reason and the
  note on its timeline in the contract's language;
- **issued invoices** (:func:`desktop.services.invoices.issue`): the header a draft gets
  (series, payment term, VAT regime from the settings), then the number with its sequence
  and scope, the due date, the seller and buyer identities frozen, ``issued_at``; so
  that the invoice PDF and its Factur-X can be built and a real invoice issued after the
  demo takes the next number. ``tests/services/test_demo.py`` compares a demo invoice
  with one the service issues.

Calling the services row by row would take hours at 200,000 invoices (one transaction
and a few queries each); these functions build rows for :mod:`desktop.store.bulk`.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain import contract_notes
from desktop.domain.activity_reports import FULL_DAY, HALF_DAY, MONTHS_FR
from desktop.domain.invoice_document import Party
from desktop.domain.payment_terms import PaymentTerm, TermMethod, due_date
from desktop.domain.quotes import QuoteLineDraft, totals
from desktop.domain.vocabulary import EndingReason, InvoiceKind, QuoteLineKind, QuoteStatus, label
from desktop.services import invoices
from desktop.services.demo_vocabulary import ENDINGS
from desktop.services.endings import CHECKLIST, COMPANY_FOLLOW_UP_DAYS
from desktop.store.models import Company

QUOTE_VALIDITY_DAYS = 30  # desktop.services.quotes.DEFAULT_VALIDITY_DAYS


class WorkingDays:
    """Monday to Friday minus French public holidays (the ``holidays`` package, as the
    activity report's calendar), read once per month."""

    def __init__(self) -> None:
        self._years: dict[int, object] = {}
        self._months: dict[tuple[int, int], list[dt.date]] = {}

    def _holidays(self, year: int):
        if year not in self._years:
            import holidays  # a few hundred country modules: only when a demo is written

            self._years[year] = holidays.country_holidays("FR", years=year)
        return self._years[year]

    def between(self, first: dt.date, last: dt.date) -> list[dt.date]:
        """The working days from ``first`` to ``last``, both in the same month."""
        key = (first.year, first.month)
        month = self._months.get(key)
        if month is None:
            free = self._holidays(first.year)
            day, month = first.replace(day=1), []
            while day.month == first.month:
                if day.weekday() < 5 and day not in free:
                    month.append(day)
                day += dt.timedelta(days=1)
            self._months[key] = month
        return [d for d in month if first <= d <= last]


def ticked_days(working: list[dt.date], days: Decimal) -> list[tuple[dt.date, Decimal]]:
    """``days`` spread over the working days of a period (part time: not always Fridays
    off, as a real calendar shows); the last one a half day when ``days`` ends in .5."""
    count = int(days) + (1 if days % 1 else 0)
    if count >= len(working):
        picked = working[:count]
    else:
        picked = [working[i * len(working) // count] for i in range(count)]
    half = count - 1 if days % 1 else -1
    return [(d, HALF_DAY if n == half else FULL_DAY) for n, d in enumerate(picked)]


def month_label(title: str, month: dt.date) -> str:
    """An invoice line as :func:`desktop.domain.activity_reports.invoice_lines` writes it."""
    return f"{title} – {MONTHS_FR[month.month - 1]} {month.year}"


# -- invoices ------------------------------------------------------------------------------


class InvoiceFields:
    """The header of a new draft and what issuing adds, as the invoicing service gives
    them (its settings: series, payment term, VAT on debits)."""

    def __init__(self, seller: Party) -> None:
        self.header = invoices._header(invoices.InvoiceDraft(company_id=0), InvoiceKind.INVOICE)
        self.credit_series = invoices.series_for("standard", InvoiceKind.CREDIT_NOTE)
        self.term = PaymentTerm(
            TermMethod(self.header["payment_term_method"]), self.header["payment_term_days"]
        )
        self.seller = invoices._party_json(seller)
        self._rules: dict[str, object] = {}

    def rule(self, kind: str):
        series = self.credit_series if kind == InvoiceKind.CREDIT_NOTE else self.header["series"]
        if series not in self._rules:
            self._rules[series] = invoices.numbering_rule(series)
        return self._rules[series]

    def buyers(self, company_ids: set[int]) -> dict[int, str]:
        """The clients as issuing freezes them (``invoices.party_of_company``), by id: the
        columns it reads, one query."""
        columns = (Company.id, Company.name, Company.address, Company.postal_code)
        columns += (Company.city, Company.country, Company.siren, Company.siret)
        columns += (Company.vat_number, Company.legal_form, Company.email)
        return {
            company.id: invoices._party_json(invoices.party_of_company(company))
            for company in Company.select(*columns).iterator()
            if company.id in company_ids
        }

    def due(self, issue: dt.date) -> dt.date:
        return due_date(issue, self.term)


# -- quotes --------------------------------------------------------------------------------


@dataclass
class QuoteFacts:
    """What a quote is made from: the mission (and its contract when one was accepted)."""

    mission: int
    company: int
    status: str  # the mission's
    title: str
    days: int
    part_time: int
    rate: Decimal
    contract: dict | None = None  # the contract row (before insert), if accepted
    accepted_on: dt.date | None = None


def quote_days(days: int, part_time: int) -> Decimal:
    """As ``quotes._lines_for``: the mission's days, part time counted, to the half day."""
    value = Decimal(days or 20)
    if part_time and part_time < 100:
        value = (value * part_time / 100).quantize(Decimal("0.5"))
    return value


def make_quotes(
    rng: random.Random,
    facts: Iterable[QuoteFacts],
    ids,
    terms_of_sale: str,
    today: dt.date,
) -> tuple[list[dict], list[dict]]:
    """Quote and line rows, one status or none per mission; ``ids(n)`` reserves ids.

    An accepted quote becomes the contract's figures (``quotes.accept``: estimated days,
    deposit); one with a deposit, on a contract not started yet, flags the deposit for
    invoicing.
    """
    quotes, lines = [], []
    for fact in facts:
        status, sent, answered = None, None, None
        if fact.contract is not None:
            if rng.random() < 0.7:
                status, answered = QuoteStatus.ACCEPTED, fact.accepted_on
                sent = answered - dt.timedelta(days=rng.randrange(2, 12))
        elif fact.status in ("open", "proposed"):
            status = rng.choice(("sent", "sent", "draft", "refused", "expired", None))
        elif fact.status == "cancelled":
            status = rng.choice(("refused", None))
        elif fact.status == "draft":
            status = rng.choice(("draft", None, None))
        if status is None:
            continue
        if status == QuoteStatus.SENT:
            sent = today - dt.timedelta(days=rng.randrange(0, QUOTE_VALIDITY_DAYS - 5))
        elif status == QuoteStatus.REFUSED:
            sent = today - dt.timedelta(days=rng.randrange(10, 200))
            answered = sent + dt.timedelta(days=rng.randrange(3, 20))
        elif status == QuoteStatus.EXPIRED:
            sent = today - dt.timedelta(days=rng.randrange(QUOTE_VALIDITY_DAYS + 1, 300))
        created = (sent or today - dt.timedelta(days=rng.randrange(0, 15))) - dt.timedelta(
            days=rng.randrange(0, 3)
        )
        valid_until = (sent or created) + dt.timedelta(days=QUOTE_VALIDITY_DAYS)
        if status == QuoteStatus.EXPIRED:
            answered = valid_until  # quotes.expire_due
        line = QuoteLineDraft(
            QuoteLineKind.DAYS,
            fact.title,
            quote_days(fact.days, fact.part_time),
            fact.rate,
            Decimal(20),
        )
        deposit = Decimal(0)
        contract = fact.contract
        if contract is not None and status == QuoteStatus.ACCEPTED:
            not_started = contract["status"] in ("draft", "sent", "signed")
            deposit = Decimal(30) if not_started and rng.random() < 0.5 else Decimal(0)
            contract.update(
                deposit_percent=deposit,
                deposit_invoice_due=deposit > 0,
                estimated_days=int(line.quantity),
                language="fr",
            )
        (quote_id,) = ids(1)
        quotes.append(
            {
                "id": quote_id,
                "company": fact.company,
                "mission": fact.mission,
                "offer": contract["offer"] if contract else None,
                "contract": contract["id"] if status == QuoteStatus.ACCEPTED else None,
                "reference": None,  # numbered below, in the order sent
                "title": fact.title,
                "status": str(status),
                "language": "fr",
                "created_on": created,
                "sent_on": sent,
                "valid_until": valid_until,
                "answered_on": answered,
                "deposit_percent": deposit,
                "deposit_invoice_due": deposit > 0,
                "terms_of_sale": terms_of_sale if sent else "",
                "notes": "",
                "total_excl_tax": totals([line]).excl_tax,
            }
        )
        lines.append(
            {
                "quote": quote_id,
                "position": 0,
                "kind": str(line.kind),
                "description": line.description,
                "quantity": line.quantity,
                "unit_price": line.unit_price,
                "vat_rate": line.vat_rate,
            }
        )
    number_quotes(quotes)
    return quotes, lines


def number_quotes(rows: list[dict]) -> None:
    """``DE-2026-00001``...: the sent ones, gapless per year, in the order sent (as
    ``quotes.send`` numbers them); drafts have none."""
    sequence: dict[int, int] = {}
    for row in sorted((r for r in rows if r["sent_on"]), key=lambda r: (r["sent_on"], r["id"])):
        year = row["sent_on"].year
        sequence[year] = sequence.get(year, 0) + 1
        row["reference"] = f"DE-{year}-{sequence[year]:05d}"


# -- endings -------------------------------------------------------------------------------


def make_endings(
    rng: random.Random, contracts: Iterable[dict], ids, today: dt.date
) -> tuple[list[dict], list[dict], dict[int, dt.date]]:
    """Endings of the contracts that ended, as the assistant records them: every early
    termination, and half of the contracts ended at their term (the user went through the
    assistant to keep the lessons). Returns the ending rows, the timeline notes, and the
    clients to call back (company id: date) for endings of the last month.

    The contract rows get their end reason (in their language), as ``endings.confirm``
    writes it.
    """
    endings, notes, call_back = [], [], {}
    reasons = list(EndingReason)
    for contract in contracts:
        if contract["status"] not in ("ended", "terminated"):
            continue
        early = contract["status"] == "terminated"
        if not early and rng.random() < 0.5:
            continue
        reason = rng.choice(reasons)
        note, lessons = ENDINGS[reason.value]
        end = contract["ended_on"]
        given = max(contract["start_date"], end - dt.timedelta(days=contract["notice_days"]))
        checklist = [(item, rng.random() < 0.9) for item in CHECKLIST]
        reason_text = contract_notes.ending_reason(contract["language"], reason, label(reason))
        contract["end_reason"] = f"{reason_text} — {note}"[:300]
        endings.append(
            {
                "contract": contract["id"],
                "reason": reason.value,
                "note": note,
                "notice_given_on": given,
                "end_date": end,
                "early": early,
                "checklist": json.dumps(checklist, ensure_ascii=False),
                "lessons": lessons,
                "recommended": "[]",
                "created_at": dt.datetime.combine(given, dt.time(9)),
            }
        )
        text = contract_notes.ending_note(
            contract["language"],
            contract["reference"],
            reason_text,
            note,
            given,
            end,
            checklist,
            lessons,
        )
        (activity_id,) = ids(1)
        notes.append(
            {
                "id": activity_id,
                "subject_type": "contract",
                "subject_id": contract["id"],
                "occurred_at": dt.datetime.combine(given, dt.time(9)),
                "kind": "note",
                "title": text.title,
                "body": text.body,
            }
        )
        follow_up = end + dt.timedelta(days=COMPANY_FOLLOW_UP_DAYS)
        if follow_up >= today:
            call_back[contract["company"]] = follow_up
    return endings, notes, call_back
