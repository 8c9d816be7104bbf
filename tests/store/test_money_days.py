"""Home's chart reads what was invoiced and collected each day from totals kept by
triggers (store/money_days.py): they must be what the invoices and payments say,
whatever wrote them (the demo's bulk load, plain SQL as an import or Undo, an upgrade)."""

import datetime as dt
import shutil
from pathlib import Path

from desktop.domain.periods import add_months
from desktop.store import dashboard as figures
from desktop.store.database import open_database
from desktop.store.models import database
from tests.conftest import TODAY

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
INVOICED = (
    "SELECT issue_date, SUM(total_incl_tax) FROM invoice"
    " WHERE status != 'draft' AND issue_date IS NOT NULL GROUP BY issue_date"
)
COLLECTED = "SELECT paid_on, SUM(amount) FROM payment GROUP BY paid_on"


def _by_day(sql: str) -> dict[str, int]:
    return {day: total for day, total in database.execute_sql(sql) if total}


def _kept(table: str) -> dict[str, int]:
    return _by_day(f"SELECT day, total FROM {table}")


def _months() -> list[tuple[dt.date, dt.date]]:
    first = add_months(TODAY.replace(day=1), -36)
    starts = [add_months(first, i) for i in range(40)]
    return [(start, add_months(start, 1) - dt.timedelta(days=1)) for start in starts]


def _summed(sql: str, periods: list[tuple[dt.date, dt.date]]) -> list[int]:
    days = _by_day(sql)
    return [
        sum(total for day, total in days.items() if first.isoformat() <= day <= last.isoformat())
        for first, last in periods
    ]


def test_the_chart_sums_what_the_invoices_and_payments_say(demo_db):
    months = _months()
    invoiced = figures.invoiced_per_period(months)
    collected = figures.collected_per_period(months)
    assert invoiced == _summed(INVOICED, months)
    assert collected == _summed(COLLECTED, months)
    assert any(invoiced) and any(collected), "the demo data invoiced and collected"


def test_the_daily_totals_follow_every_write(demo_db):
    issued = [
        row[0]
        for row in database.execute_sql(
            "SELECT id FROM invoice WHERE status != 'draft' AND issue_date IS NOT NULL"
            " ORDER BY id LIMIT 4"
        )
    ]
    day = (TODAY - dt.timedelta(days=40)).isoformat()
    database.execute_sql(
        "UPDATE invoice SET total_incl_tax = total_incl_tax + 1234 WHERE id = ?", (issued[0],)
    )
    database.execute_sql("UPDATE invoice SET issue_date = ? WHERE id = ?", (day, issued[1]))
    database.execute_sql("UPDATE invoice SET status = 'draft' WHERE id = ?", (issued[2],))
    database.execute_sql(
        "UPDATE invoice SET status = 'issued', issue_date = ? WHERE id = ?", (day, issued[2])
    )
    database.execute_sql("UPDATE invoice SET status = 'draft' WHERE id = ?", (issued[3],))
    payment, invoice = database.execute_sql("SELECT id, invoice_id FROM payment LIMIT 1").fetchone()
    database.execute_sql(
        "UPDATE payment SET amount = amount + 99, paid_on = ? WHERE id = ?", (day, payment)
    )
    database.execute_sql(
        "INSERT INTO payment (invoice_id, paid_on, amount, method, reference)"
        " VALUES (?, ?, 5000, 'transfer', '')",
        (invoice, day),
    )
    other = database.execute_sql("SELECT id FROM payment WHERE id != ? LIMIT 1", (payment,))
    database.execute_sql("DELETE FROM payment WHERE id = ?", (other.fetchone()[0],))
    assert _kept("invoiced_day") == _by_day(INVOICED)
    assert _kept("collected_day") == _by_day(COLLECTED)


def test_an_upgraded_database_has_the_daily_totals(tmp_path):
    path = tmp_path / "v10.sqlite3"
    shutil.copy(FIXTURES / "schema-v10.sqlite3", path)
    db = open_database(path, tmp_path / "backups")
    try:
        assert _kept("invoiced_day") == _by_day(INVOICED)
        assert _kept("collected_day") == _by_day(COLLECTED)
        assert _kept("invoiced_day"), "the fixture has issued invoices"
    finally:
        db.close()
        database.initialize(None)
