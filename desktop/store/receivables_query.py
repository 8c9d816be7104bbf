"""Receivables in SQL: what each client owes, by age, over the open issued invoices.

Buckets come from desktop.domain.receivables.AGEING_BUCKETS, so the SQL and the Python
rule cannot disagree. The balance of an invoice is its total minus payments and credit
notes (the same rule as desktop.domain.receivables.balance).
"""

from __future__ import annotations

import datetime as dt

from desktop.domain.receivables import AGEING_BUCKETS, OPEN_STATUSES
from desktop.store.models import database

BALANCE_SQL = "(invoice.total_incl_tax - invoice.amount_paid - invoice.amount_credited)"


def _bucket_case() -> str:
    days = "(julianday(?) - julianday(invoice.due_date))"
    parts = []
    for key, low, high in AGEING_BUCKETS:
        tests = []
        if low is not None:
            tests.append(f"{days} >= {low}")
        if high is not None:
            tests.append(f"{days} <= {high}")
        parts.append(f"WHEN {' AND '.join(tests)} THEN '{key}'")
    return "CASE " + " ".join(parts) + " END"


def ageing_rows(today: dt.date, company_id: int | None = None) -> list[tuple[int, str, int]]:
    """(company id, bucket, balance in cents) for open invoices, grouped."""
    case = _bucket_case()
    params: list[object] = [today.isoformat()] * case.count("?")
    statuses = ", ".join("?" for _ in OPEN_STATUSES)
    params += [str(s) for s in OPEN_STATUSES]
    where = ""
    if company_id is not None:
        where = " AND invoice.company_id = ?"
        params.append(company_id)
    sql = (
        f"SELECT invoice.company_id, {case} AS bucket, SUM({BALANCE_SQL})"
        f" FROM invoice WHERE invoice.kind = 'invoice' AND invoice.status IN ({statuses})"
        f" AND invoice.due_date IS NOT NULL{where}"
        " GROUP BY invoice.company_id, bucket"
    )
    return [(r[0], r[1], int(r[2] or 0)) for r in database.execute_sql(sql, params).fetchall()]


def overdue_invoices(today: dt.date, first_step_days: int) -> list[tuple]:
    """(id, company id, due date, balance cents, reminders sent) of invoices late enough
    for the first reminder."""
    statuses = ", ".join("?" for _ in OPEN_STATUSES)
    limit = today - dt.timedelta(days=first_step_days)
    sql = (
        f"SELECT invoice.id, invoice.company_id, invoice.due_date, {BALANCE_SQL},"
        " (SELECT COUNT(*) FROM reminder WHERE reminder.invoice_id = invoice.id)"
        f" FROM invoice WHERE invoice.kind = 'invoice' AND invoice.status IN ({statuses})"
        " AND invoice.due_date <= ? ORDER BY invoice.due_date, invoice.id"
    )
    rows = database.execute_sql(sql, [*[str(s) for s in OPEN_STATUSES], limit.isoformat()])
    return [
        (r[0], r[1], dt.date.fromisoformat(r[2]), int(r[3]), int(r[4])) for r in rows.fetchall()
    ]


def payment_delays(company_id: int) -> tuple[int, int | None, float | None]:
    """Over the company's paid invoices (with a due date), days from the due date to the
    last payment: (how many invoices, how many paid late, average days late with early
    payments counted as 0). The sums are None when there is no such invoice.

    SQLite's own ``julianday`` and two-argument ``MAX``; on PostgreSQL the days are
    ``MAX(p.paid_on) - i.due_date`` and the floor ``GREATEST(late, 0)``.
    """
    return database.execute_sql(
        "SELECT COUNT(*), SUM(late > 0), AVG(MAX(late, 0)) FROM ("
        " SELECT julianday(MAX(p.paid_on)) - julianday(i.due_date) AS late"
        " FROM invoice i JOIN payment p ON p.invoice_id = i.id"
        " WHERE i.company_id = ? AND i.status = 'paid' AND i.due_date IS NOT NULL"
        " GROUP BY i.id)",
        (company_id,),
    ).fetchone()
