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
from desktop.domain.vocabulary import ContractStatus, OfferStatus, TalentStatus
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


def companies_by_stage(stages: Sequence[str]) -> list[tuple[int, int]]:
    """(companies, expected value in cents) of each of ``stages``, in their order.

    One count per stage on the narrow stage index, and one sum over the companies of the
    stage that have an expected value (the (stage, expected_value) index skips the
    others): 12 ms at 300,000 companies, where one GROUP BY over the wider index took 16.
    """
    parts = " UNION ALL ".join(
        "SELECT (SELECT COUNT(*) FROM company WHERE stage = ?),"
        " (SELECT SUM(expected_value) FROM company"
        "  WHERE stage = ? AND expected_value IS NOT NULL)"
        for _ in stages
    )
    params = [str(stage) for stage in stages for _ in range(2)]
    return [(int(n), int(cents or 0)) for n, cents in _rows(parts, params)]


def missions_by_status() -> list[tuple[str, int]]:
    """(status, missions) for every status that has missions (the status index alone)."""
    return [
        (status, int(count))
        for status, count in _rows("SELECT status, COUNT(*) FROM mission GROUP BY status")
    ]


# -- money ---------------------------------------------------------------------------------


def _per_period(select: str, periods: Sequence[tuple[dt.date, dt.date]]) -> list[int]:
    """``select`` (one SUM, with a ``BETWEEN ? AND ?``) for each period, in one statement.

    One range of the covering index per month: grouping a whole year by
    ``substr(date, 1, 7)`` sorted its 300,000 rows in a temporary tree (100-170 ms at
    600,000 invoices; 28 ms this way).
    """
    if not periods:
        return []
    sql = " UNION ALL ".join(f"SELECT {select}" for _ in periods)
    params = [_day(day) for period in periods for day in period]
    return [int(cents or 0) for (cents,) in _rows(sql, params)]


def invoiced_per_period(periods: Sequence[tuple[dt.date, dt.date]]) -> list[int]:
    """Total incl. VAT of the documents issued in each (first, last) period, in cents.

    Credit notes count negative (they are stored so): a cancelled invoice and its credit
    note add up to nothing. Drafts have no issue date, and are left out by status too.
    Read from the daily totals (store/money_days.py): a year is 365 rows, where the
    ranges of the invoices' index read every invoice of it (600,000 at 300,000 records).
    """
    return _per_period("SUM(total) FROM invoiced_day WHERE day BETWEEN ? AND ?", periods)


def collected_per_period(periods: Sequence[tuple[dt.date, dt.date]]) -> list[int]:
    """Payments received (incl. VAT) in each (first, last) period, in cents (from the
    daily totals: store/money_days.py)."""
    return _per_period("SUM(total) FROM collected_day WHERE day BETWEEN ? AND ?", periods)


def ageing(today: dt.date) -> list[tuple[str, int, int]]:
    """(bucket, open invoices, balance in cents) of the open invoices with a balance, for
    every bucket of AGEING_BUCKETS in its order.

    Each bucket is a range of due dates of the covering receivables index (8 ms at
    600,000 invoices; a CASE on the days late of every open invoice took 17).
    """
    parts, params = [], []
    for _, low, high in AGEING_BUCKETS:  # days late from low to high: due from ... to ...
        tests = []
        if high is not None:
            tests.append("invoice.due_date >= ?")
            params.append(_day(today - dt.timedelta(days=high)))
        if low is not None:
            tests.append("invoice.due_date <= ?")
            params.append(_day(today - dt.timedelta(days=low)))
        parts.append(
            f"SELECT COUNT(*), SUM({_BALANCE}) FROM invoice WHERE {_OPEN_INVOICES}"
            f" AND {' AND '.join(tests)} AND {_BALANCE} > 0"
        )
    rows = _rows(" UNION ALL ".join(parts), params)
    return [
        (key, int(n), int(cents or 0))
        for (key, _, _), (n, cents) in zip(AGEING_BUCKETS, rows, strict=True)
    ]


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
    # From refusal analytics' counts per day of sending (store/offer_tallies.py): a quarter
    # is a few hundred rows, where a search per refused offer took 40-80 ms at 300,000.
    reasons = _rows(
        "SELECT reason, SUM(offers) AS n FROM refusal_day_count WHERE sent_on BETWEEN ? AND ?"
        " GROUP BY reason HAVING n > 0 ORDER BY n DESC, reason",
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

    Free today: available with no availability date or one that has come (two ranges
    of the (status, available_from) index: an OR of both scanned every available talent).
    Becoming free: available or on a mission, with an availability date after today and
    by ``last``.
    """
    now, later = _rows(
        "SELECT"
        " (SELECT COUNT(*) FROM talent WHERE status = ?1 AND available_from IS NULL)"
        " + (SELECT COUNT(*) FROM talent WHERE status = ?1 AND available_from <= ?2),"
        f" (SELECT COUNT(*) FROM talent WHERE status IN {_MAY_BE_FREE}"
        "  AND available_from > ?2 AND available_from <= ?3)",
        [str(TalentStatus.AVAILABLE), _day(today), _day(last)],
    )[0]
    return int(now), int(later)


def talents_soon_free(today: dt.date, last: dt.date, limit: int) -> list[tuple]:
    """(id, name, availability date, title) of the first talents becoming free after
    today and by ``last``, soonest first (the same day: the first recorded)."""
    return [
        (id_, name, dt.date.fromisoformat(day), title)
        for id_, name, day, title in _rows(
            "SELECT id, first_name || ' ' || last_name, available_from, title FROM talent"
            f" WHERE status IN {_MAY_BE_FREE} AND available_from > ? AND available_from <= ?"
            " ORDER BY available_from, id LIMIT ?",  # by name: every row of the range read
            [_day(today), _day(last), limit],
        )
    ]


# -- follow-ups ------------------------------------------------------------------------------


def _follow_up_counts(table: str, where: str = "") -> str:
    """Three counts of ``table``'s follow-ups: before ?1, on ?1, after ?1 and by ?2 (three
    ranges of the date index: one SUM per bucket over the rows took 15 ms at 300,000)."""
    where = f" AND {where}" if where else ""
    ranges = ("< ?1", "= ?1", "> ?1 AND next_follow_up_on <= ?2")
    return ", ".join(
        f"(SELECT COUNT(*) FROM {table} WHERE next_follow_up_on {test}{where})" for test in ranges
    )


def follow_ups_due(today: dt.date, last: dt.date) -> tuple[int, int, int]:
    """(overdue, due today, due after today and by ``last``) talents and companies to
    follow up: the buckets of desktop.services.followups, whose rules these are (talents
    not to contact left out, counted apart on the (status, date) index)."""
    row = _rows(
        "SELECT "
        + ", ".join(
            (
                _follow_up_counts("talent"),
                _follow_up_counts("talent", f"status = '{TalentStatus.DO_NOT_CONTACT}'"),
                _follow_up_counts("company"),
            )
        ),
        [_day(today), _day(last)],
    )[0]
    talents, excluded, companies = row[0:3], row[3:6], row[6:9]
    return tuple(t - x + c for t, x, c in zip(talents, excluded, companies, strict=True))


# -- contracts ---------------------------------------------------------------------------------

_LIVE = f"contract.status IN ('{ContractStatus.SIGNED}', '{ContractStatus.ACTIVE}')"
_RENEWAL_DEADLINE = "date(contract.end_date, '-' || contract.renewal_notice_days || ' days')"
# The rules of desktop.services.contracts.reminders (ends and tacit renewals), in SQL:
# a contract without tacit renewal whose end comes by the horizon (?2); a tacitly renewed
# one not ended yet whose refusal deadline (end less the renewal notice) comes by then.
# Both read the (status, tacit_renewal, end_date) index.
_ENDS = (
    f"FROM contract WHERE {_LIVE} AND contract.tacit_renewal = 0"
    " AND contract.end_date BETWEEN ?1 AND ?2"
)
_RENEWALS = (
    f"FROM contract WHERE {_LIVE} AND contract.tacit_renewal = 1"
    f" AND contract.end_date >= ?1 AND {_RENEWAL_DEADLINE} <= ?2"
)


def contract_deadlines(today: dt.date, last: dt.date) -> dict[str, int]:
    """Contracts ending (``end_soon``) and tacit renewals to refuse (``renewal``) by ``last``."""
    ends, renewals = _rows(
        f"SELECT (SELECT COUNT(*) {_ENDS}), (SELECT COUNT(*) {_RENEWALS})",
        [_day(today), _day(last)],
    )[0]
    return {"end_soon": int(ends), "renewal": int(renewals)}


def next_contract_deadlines(today: dt.date, last: dt.date, limit: int) -> list[tuple]:
    """(kind, date, contract id, reference, counterparty) of the first ``limit`` contract
    deadlines, soonest first; the counterparty is the talent of a subcontract, else the
    client. Names are read for those few only."""
    return [
        (kind, dt.date.fromisoformat(due), id_, reference, name)
        for kind, due, id_, reference, name in _rows(
            "SELECT d.kind, d.due, contract.id, contract.reference,"
            " CASE WHEN contract.party = 'subcontract' AND talent.id IS NOT NULL"
            " THEN talent.first_name || ' ' || talent.last_name ELSE company.name END"
            f" FROM (SELECT 'end_soon' AS kind, contract.end_date AS due, contract.id AS id {_ENDS}"
            f" UNION ALL SELECT 'renewal', {_RENEWAL_DEADLINE}, contract.id {_RENEWALS}"
            " ORDER BY due, id LIMIT ?3) AS d"
            " JOIN contract ON contract.id = d.id"
            " JOIN company ON company.id = contract.company_id"
            " LEFT JOIN talent ON talent.id = contract.talent_id"
            " ORDER BY d.due, d.id",
            [_day(today), _day(last), limit],
        )
    ]


def has_records() -> bool:
    """Whether the profile holds a talent or a company (else Home welcomes)."""
    (found,) = _rows("SELECT EXISTS (SELECT 1 FROM talent) OR EXISTS (SELECT 1 FROM company)")[0]
    return bool(found)
