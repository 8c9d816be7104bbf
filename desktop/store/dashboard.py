"""The Home dashboard's figures in SQL: one aggregate statement per figure.

Each function returns raw rows (money in cents, months as ``YYYY-MM`` text) and reads
only what an index holds where it can: at 300,000 companies and talents and 600,000
invoices a figure must cost a few milliseconds (docs/DESIGN.md, "Dashboard", has the
measurements and the indexes each query relies on). The service
(desktop/services/dashboard.py) turns the rows into the page's dataclasses.

Counting rules shared with the rest of the app:
- an invoice's balance is its total incl. VAT less payments and credit notes
  (desktop.domain.receivables.balance), open statuses are ``OPEN_STATUSES``, and the
  ageing buckets are ``AGEING_BUCKETS``: the same rules as the receivables view;
- an offer belongs to the period in which it was sent (desktop.services.analytics);
- an ending belongs to the period of its end date (desktop.services.endings.reason_counts).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from desktop.domain.receivables import AGEING_BUCKETS, OPEN_STATUSES
from desktop.domain.vocabulary import ContractStatus, InvoiceStatus, OfferStatus, TalentStatus
from desktop.store.models import database

_OPEN = ", ".join(f"'{status}'" for status in OPEN_STATUSES)
# Open invoices expecting money: what the receivables covering index starts with.
_OPEN_INVOICES = f"invoice.status IN ({_OPEN}) AND invoice.kind = 'invoice'"
_BALANCE = "(invoice.total_incl_tax - invoice.amount_paid - invoice.amount_credited)"


def _rows(sql: str, params: Sequence = ()) -> list[tuple]:
    return database.execute_sql(sql, list(params)).fetchall()


def _day(day: dt.date) -> str:
    return day.isoformat()


# -- pipeline ------------------------------------------------------------------------------


def companies_by_stage() -> list[tuple[str, int, int]]:
    """(stage, companies, expected value in cents) for every stage that has companies.

    Read from the (stage, expected_value) index alone.
    """
    return [
        (stage, int(count), int(cents or 0))
        for stage, count, cents in _rows(
            "SELECT stage, COUNT(*), SUM(expected_value) FROM company GROUP BY stage"
        )
    ]


def missions_by_status() -> list[tuple[str, int]]:
    """(status, missions) for every status that has missions (the status index alone)."""
    return [
        (status, int(count))
        for status, count in _rows("SELECT status, COUNT(*) FROM mission GROUP BY status")
    ]


# -- money ---------------------------------------------------------------------------------


def invoiced_by_month(first: dt.date, last: dt.date) -> list[tuple[str, int, int]]:
    """(``YYYY-MM``, total excl. VAT, total incl. VAT) of the documents issued from
    ``first`` to ``last``, per month of issue; credit notes count negative (they are
    stored so), so a cancelled invoice and its credit note add up to nothing."""
    return [
        (month, int(excl or 0), int(incl or 0))
        for month, excl, incl in _rows(
            "SELECT substr(issue_date, 1, 7) AS month, SUM(total_excl_tax), SUM(total_incl_tax)"
            " FROM invoice WHERE issue_date BETWEEN ? AND ?"
            f" AND status != '{InvoiceStatus.DRAFT}' GROUP BY month",
            [_day(first), _day(last)],
        )
    ]


def collected_by_month(first: dt.date, last: dt.date) -> list[tuple[str, int]]:
    """(``YYYY-MM``, payments received incl. VAT) from ``first`` to ``last``, per month."""
    return [
        (month, int(cents or 0))
        for month, cents in _rows(
            "SELECT substr(paid_on, 1, 7) AS month, SUM(amount) FROM payment"
            " WHERE paid_on BETWEEN ? AND ? GROUP BY month",
            [_day(first), _day(last)],
        )
    ]


def _bucket_case() -> str:
    """The ageing bucket of ``days`` (days past the due date), from AGEING_BUCKETS."""
    parts = []
    for key, low, high in AGEING_BUCKETS:
        tests = [f"days >= {low}"] if low is not None else []
        tests += [f"days <= {high}"] if high is not None else []
        parts.append(f"WHEN {' AND '.join(tests)} THEN '{key}'")
    return "CASE " + " ".join(parts) + " END"


def ageing(today: dt.date) -> list[tuple[str, int, int]]:
    """(bucket, open invoices, balance in cents) of the open invoices with a balance."""
    sql = (
        f"SELECT {_bucket_case()} AS bucket, COUNT(*), SUM(balance) FROM ("
        f" SELECT CAST(julianday(?) - julianday(invoice.due_date) AS INTEGER) AS days,"
        f" {_BALANCE} AS balance FROM invoice"
        f" WHERE {_OPEN_INVOICES} AND invoice.due_date IS NOT NULL)"
        " WHERE balance > 0 GROUP BY bucket"
    )
    return [(bucket, int(n), int(cents or 0)) for bucket, n, cents in _rows(sql, [_day(today)])]


def invoices_due(first: dt.date, last: dt.date) -> tuple[int, int]:
    """(open invoices, balance in cents) due from ``first`` to ``last``."""
    n, cents = _rows(
        f"SELECT COUNT(*), SUM({_BALANCE}) FROM invoice WHERE {_OPEN_INVOICES}"
        f" AND invoice.due_date BETWEEN ? AND ? AND {_BALANCE} > 0",
        [_day(first), _day(last)],
    )[0]
    return int(n), int(cents or 0)


def reminders_to_send(today: dt.date, step_days: Sequence[int]) -> tuple[int, int]:
    """(invoices, balance in cents) whose next reminder's day has come.

    ``step_days`` are the days after the due date of each step of the dunning schedule
    (desktop.services.receivables.schedule): an invoice with ``k`` reminders sent is due
    for the next when it is at least ``step_days[k]`` days late, none once all were sent
    (the rule of desktop.domain.receivables.next_reminder, counted in SQL).
    """
    if not step_days:
        return 0, 0
    steps = " ".join(f"WHEN {i} THEN {int(days)}" for i, days in enumerate(step_days))
    latest_due = today - dt.timedelta(days=min(step_days))
    n, cents = _rows(
        f"SELECT COUNT(*), SUM(balance) FROM ("
        f" SELECT julianday(?) - julianday(invoice.due_date) AS days, {_BALANCE} AS balance,"
        " (SELECT COUNT(*) FROM reminder WHERE reminder.invoice_id = invoice.id) AS sent"
        f" FROM invoice WHERE {_OPEN_INVOICES} AND invoice.due_date <= ?)"
        f" WHERE balance > 0 AND days >= CASE sent {steps} END",
        [_day(today), _day(latest_due)],
    )[0]
    return int(n), int(cents or 0)


# -- reasons ---------------------------------------------------------------------------------


def refusal_reasons(first: dt.date, last: dt.date) -> tuple[int, list[tuple[str, int]]]:
    """(refused offers, [(reason, offers citing it)]) of the offers sent from ``first`` to
    ``last`` and refused, most cited first; an offer refused for two reasons counts for each."""
    params = [_day(first), _day(last)]
    refused = f"offer.status = '{OfferStatus.REFUSED}' AND offer.sent_on BETWEEN ? AND ?"
    (total,) = _rows(f"SELECT COUNT(*) FROM offer WHERE {refused}", params)[0]
    reasons = _rows(
        "SELECT r.reason, COUNT(*) AS n FROM offer"
        f" JOIN offer_refusal_reason r ON r.offer_id = offer.id WHERE {refused}"
        " GROUP BY r.reason ORDER BY n DESC, r.reason",
        params,
    )
    return int(total), [(reason, int(n)) for reason, n in reasons]


def ending_reasons(first: dt.date, last: dt.date) -> list[tuple[str, int]]:
    """(reason, contracts) of the endings whose end date falls from ``first`` to ``last``."""
    return [
        (reason, int(n))
        for reason, n in _rows(
            "SELECT reason, COUNT(*) AS n FROM contract_ending"
            " WHERE end_date BETWEEN ? AND ? GROUP BY reason ORDER BY n DESC, reason",
            [_day(first), _day(last)],
        )
    ]


# -- talents ---------------------------------------------------------------------------------

# Free: available, or on a mission that ends; "unavailable" and "do not contact" are not.
_MAY_BE_FREE = f"('{TalentStatus.AVAILABLE}', '{TalentStatus.ON_MISSION}')"


def talents_free(today: dt.date, last: dt.date) -> tuple[int, int]:
    """(free today, becoming free after today and by ``last``).

    Free today: available with no availability date or one that has come. Becoming free:
    available or on a mission, with an availability date after today and by ``last``.
    """
    now, later = _rows(
        "SELECT"
        " (SELECT COUNT(*) FROM talent WHERE status = ?1"
        "  AND (available_from IS NULL OR available_from <= ?2)),"
        f" (SELECT COUNT(*) FROM talent WHERE status IN {_MAY_BE_FREE}"
        "  AND available_from > ?2 AND available_from <= ?3)",
        [str(TalentStatus.AVAILABLE), _day(today), _day(last)],
    )[0]
    return int(now), int(later)


def talents_soon_free(today: dt.date, last: dt.date, limit: int) -> list[tuple]:
    """(id, name, availability date, title) of the first talents becoming free after
    today and by ``last``, soonest first."""
    return [
        (id_, name, dt.date.fromisoformat(day), title)
        for id_, name, day, title in _rows(
            "SELECT id, first_name || ' ' || last_name, available_from, title FROM talent"
            f" WHERE status IN {_MAY_BE_FREE} AND available_from > ? AND available_from <= ?"
            " ORDER BY available_from, sort_name LIMIT ?",
            [_day(today), _day(last), limit],
        )
    ]


# -- follow-ups ------------------------------------------------------------------------------


def _follow_up_sums(source: str, params: list) -> tuple[int, int, int]:
    sums = ", ".join(f"COALESCE(SUM(next_follow_up_on {op} ?1), 0)" for op in ("<", "=", ">"))
    overdue, today, later = _rows(f"SELECT {sums} {source}", params)[0]
    return int(overdue), int(today), int(later)


def follow_ups_due(today: dt.date, last: dt.date) -> tuple[int, int, int]:
    """(overdue, due today, due after today and by ``last``) talents and companies to
    follow up: the buckets of desktop.services.followups, whose rules these are (talents
    not to contact left out, counted apart on the date index as that module does)."""
    params = [_day(today), _day(last)]
    talents = _follow_up_sums("FROM talent WHERE next_follow_up_on <= ?2", params)
    excluded = _follow_up_sums(
        f"FROM talent WHERE status = '{TalentStatus.DO_NOT_CONTACT}' AND next_follow_up_on <= ?2",
        params,
    )
    companies = _follow_up_sums("FROM company WHERE next_follow_up_on <= ?2", params)
    return tuple(t - x + c for t, x, c in zip(talents, excluded, companies, strict=True))


# -- contracts ---------------------------------------------------------------------------------

_LIVE = f"contract.status IN ('{ContractStatus.SIGNED}', '{ContractStatus.ACTIVE}')"
_RENEWAL_DEADLINE = "date(contract.end_date, '-' || contract.renewal_notice_days || ' days')"
# The rules of desktop.services.contracts.reminders (ends and tacit renewals), in SQL:
# a contract without tacit renewal whose end comes by the horizon; a tacitly renewed one
# not ended yet whose refusal deadline (end less the renewal notice) comes by the horizon.
_CONTRACT_DEADLINES = (
    "SELECT 'end_soon' AS kind, contract.end_date AS due, contract.id AS id FROM contract"
    f" WHERE {_LIVE} AND contract.tacit_renewal = 0 AND contract.end_date BETWEEN ?1 AND ?2"
    f" UNION ALL SELECT 'renewal', {_RENEWAL_DEADLINE}, contract.id FROM contract"
    f" WHERE {_LIVE} AND contract.tacit_renewal = 1 AND contract.end_date >= ?1"
    f" AND {_RENEWAL_DEADLINE} <= ?2"
)


def contract_deadlines(today: dt.date, last: dt.date) -> list[tuple[str, int]]:
    """(kind, contracts): ends (``end_soon``) and tacit renewals to refuse (``renewal``)
    coming by ``last``."""
    return [
        (kind, int(n))
        for kind, n in _rows(
            f"SELECT kind, COUNT(*) FROM ({_CONTRACT_DEADLINES}) GROUP BY kind",
            [_day(today), _day(last)],
        )
    ]


def next_contract_deadlines(today: dt.date, last: dt.date, limit: int) -> list[tuple]:
    """(kind, date, contract id, reference, counterparty) of the first ``limit`` contract
    deadlines, soonest first; the counterparty is the talent of a subcontract, else the client."""
    return [
        (kind, dt.date.fromisoformat(due), id_, reference, name)
        for kind, due, id_, reference, name in _rows(
            "SELECT d.kind, d.due, contract.id, contract.reference,"
            " CASE WHEN contract.party = 'subcontract' AND talent.id IS NOT NULL"
            " THEN talent.first_name || ' ' || talent.last_name ELSE company.name END"
            f" FROM ({_CONTRACT_DEADLINES}) AS d JOIN contract ON contract.id = d.id"
            " JOIN company ON company.id = contract.company_id"
            " LEFT JOIN talent ON talent.id = contract.talent_id"
            " ORDER BY d.due, contract.id LIMIT ?3",
            [_day(today), _day(last), limit],
        )
    ]


def has_records() -> bool:
    """Whether the profile holds a talent or a company (else Home welcomes)."""
    (found,) = _rows("SELECT EXISTS (SELECT 1 FROM talent) OR EXISTS (SELECT 1 FROM company)")[0]
    return bool(found)
