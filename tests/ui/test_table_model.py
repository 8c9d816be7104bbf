from PySide6.QtCore import Qt

from desktop.store import lists
from desktop.ui.table_model import ID_ROLE, PAGE_SIZE, LazyTableModel


def test_rows_are_fetched_a_page_at_a_time(demo_db, qapp):
    model = LazyTableModel(lists.INVOICES)
    total = model.rowCount()
    assert total == demo_db.execute_sql("SELECT count(*) FROM invoice").fetchone()[0]
    assert not model._pages
    last = model.index(total - 1, 0)
    assert last.data(ID_ROLE) is not None
    assert list(model._pages) == [(total - 1) // PAGE_SIZE]


def test_sorting_happens_in_sql_and_resets_the_model(demo_db, qapp):
    model = LazyTableModel(lists.TALENTS)
    rates_column = [c.key for c in lists.TALENTS.columns].index("daily_rate")
    model.sort(rates_column, Qt.SortOrder.DescendingOrder)
    first = model.index(0, rates_column).data(Qt.ItemDataRole.UserRole + 2)
    last = model.index(model.rowCount() - 1, rates_column).data(Qt.ItemDataRole.UserRole + 2)
    assert first >= last
    assert first == demo_db.execute_sql("SELECT max(daily_rate) FROM talent").fetchone()[0]


def test_money_cells_are_formatted_and_right_aligned(demo_db, qapp):
    model = LazyTableModel(lists.INVOICES)
    column = [c.key for c in lists.INVOICES.columns].index("total")
    from decimal import Decimal

    from desktop.domain.money import parse_amount

    for row in range(5):
        index = model.index(row, column)
        raw = index.data(Qt.ItemDataRole.UserRole + 2)  # cents
        assert "€" in index.data() and parse_amount(index.data()) == Decimal(raw) / 100
        assert index.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
