"""What was invoiced and collected each day, kept by triggers for Home's chart.

Home's chart sums twelve months of invoices issued and payments received: through their
indexes, every one of 600,000 invoices and 551,000 payments of a year at 300,000 records
(40-55 ms of the dashboard's reading). ``invoiced_day`` holds, per day of issue, the total
incl. VAT of the invoices that are not drafts (credit notes negative, as stored);
``collected_day``, per day, the payments received. A year is then 365 rows each.

Triggers keep both true whatever code path writes (services, imports, Undo), as the
search index and row versions do; :func:`install` recomputes them from the invoices and
payments (a new database, the end of a migration).
"""

from __future__ import annotations

from peewee import Database

from desktop.domain.vocabulary import InvoiceStatus

_DRAFT = f"'{InvoiceStatus.DRAFT}'"


def _add(table: str, day: str, amount: str, when: str) -> str:
    """Add ``amount`` to ``table``'s row of ``day`` (made when missing), if ``when``."""
    return (
        f"INSERT INTO {table} (day, total) SELECT {day}, {amount} WHERE {when} "
        "ON CONFLICT (day) DO UPDATE SET total = total + excluded.total;"
    )


def _take(table: str, day: str, amount: str, when: str) -> str:
    """Take ``amount`` from ``table``'s row of ``day``, if ``when``."""
    return f"UPDATE {table} SET total = total - {amount} WHERE day = {day} AND {when};"


_INVOICED_NEW = f"new.status != {_DRAFT} AND new.issue_date IS NOT NULL"
_INVOICED_OLD = f"old.status != {_DRAFT} AND old.issue_date IS NOT NULL"
_TRIGGERS = {
    "invoiced_day_ai": (
        "AFTER INSERT ON invoice",
        _add("invoiced_day", "new.issue_date", "new.total_incl_tax", _INVOICED_NEW),
    ),
    "invoiced_day_ad": (
        "AFTER DELETE ON invoice",
        _take("invoiced_day", "old.issue_date", "old.total_incl_tax", _INVOICED_OLD),
    ),
    "invoiced_day_au": (
        "AFTER UPDATE OF issue_date, status, total_incl_tax ON invoice",
        _take("invoiced_day", "old.issue_date", "old.total_incl_tax", _INVOICED_OLD)
        + " "
        + _add("invoiced_day", "new.issue_date", "new.total_incl_tax", _INVOICED_NEW),
    ),
    "collected_day_ai": (
        "AFTER INSERT ON payment",
        _add("collected_day", "new.paid_on", "new.amount", "1"),
    ),
    "collected_day_ad": (
        "AFTER DELETE ON payment",
        _take("collected_day", "old.paid_on", "old.amount", "1"),
    ),
    "collected_day_au": (
        "AFTER UPDATE OF paid_on, amount ON payment",
        _take("collected_day", "old.paid_on", "old.amount", "1")
        + " "
        + _add("collected_day", "new.paid_on", "new.amount", "1"),
    ),
}


def install(db: Database) -> None:
    """(Re)create the triggers, and recompute both tables from the invoices and payments."""
    drop_triggers(db)
    for name, (when, body) in _TRIGGERS.items():
        db.execute_sql(f"CREATE TRIGGER {name} {when} BEGIN {body} END")
    db.execute_sql("DELETE FROM invoiced_day")
    db.execute_sql(
        "INSERT INTO invoiced_day (day, total) SELECT issue_date, SUM(total_incl_tax) "
        f"FROM invoice WHERE status != {_DRAFT} AND issue_date IS NOT NULL GROUP BY issue_date"
    )
    db.execute_sql("DELETE FROM collected_day")
    db.execute_sql(
        "INSERT INTO collected_day (day, total) SELECT paid_on, SUM(amount) FROM payment "
        "GROUP BY paid_on"
    )


def drop_triggers(db: Database) -> None:
    """Drop the triggers (a migration rebuilding a table puts them back at the end)."""
    for name in _TRIGGERS:
        db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
