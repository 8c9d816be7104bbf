import pytest
from PySide6.QtCore import Qt

from desktop.store import lists
from desktop.ui import table_model
from desktop.ui.table_model import ID_ROLE, LazyTableModel

PAGE = 10  # rows a page in these tests: the demo data set holds a few pages


@pytest.fixture(autouse=True)
def small_pages(monkeypatch):
    monkeypatch.setattr(table_model, "PAGE_SIZE", PAGE)


def loaded(qtbot, model: LazyTableModel) -> LazyTableModel:
    """Wait until the model's first read (on the reader thread) is shown."""
    qtbot.waitUntil(lambda: not model.loading and not model.busy)
    return model


def test_rows_arrive_with_the_count_and_further_pages_on_demand(demo_db, qtbot):
    model = LazyTableModel(lists.INVOICES)
    assert model.loading and model.rowCount() == 0  # nothing on the UI thread
    loaded(qtbot, model)
    total = model.rowCount()
    assert total == demo_db.execute_sql("SELECT count(*) FROM invoice").fetchone()[0]
    assert list(model._pages) == [(None, 0)]  # the first page came with the count
    last = model.index(total - 1, 0)
    assert last.data() == "…" and last.data(ID_ROLE) is None  # a placeholder meanwhile
    with qtbot.waitSignal(model.dataChanged):
        pass
    assert last.data(ID_ROLE) is not None
    assert list(model._pages) == [(None, 0), (None, (total - 1) // PAGE)]


def test_sorting_happens_in_sql_and_keeps_the_rows_until_the_new_ones_arrive(demo_db, qtbot):
    model = loaded(qtbot, LazyTableModel(lists.TALENTS))
    rates_column = [c.key for c in lists.TALENTS.columns].index("daily_rate")
    before = model.index(0, 0).data(ID_ROLE)
    with qtbot.waitSignal(model.loaded):
        model.sort(rates_column, Qt.SortOrder.DescendingOrder)
        assert model.index(0, 0).data(ID_ROLE) == before  # still the previous rows
    model.read_rows(0, model.rowCount() - 1)
    first = model.index(0, rates_column).data(Qt.ItemDataRole.UserRole + 2)
    last = model.index(model.rowCount() - 1, rates_column).data(Qt.ItemDataRole.UserRole + 2)
    assert first >= (last or 0)
    assert first == demo_db.execute_sql("SELECT max(daily_rate) FROM talent").fetchone()[0]


def test_the_row_of_a_record_is_found_beyond_the_pages_read(demo_db, qtbot):
    model = loaded(qtbot, LazyTableModel(lists.INVOICES))
    ids = [row[0] for row in model.query.page(0, model.rowCount())]
    found = []
    model.locate(ids[-3], found.append)  # not read yet: counted in SQL
    qtbot.waitUntil(lambda: bool(found))
    assert found == [len(ids) - 3]
    model.locate(ids[5], found.append)  # on the first page: at once
    assert found[-1] == 5


def test_money_cells_are_formatted_and_right_aligned(demo_db, qtbot):
    model = loaded(qtbot, LazyTableModel(lists.INVOICES))
    column = [c.key for c in lists.INVOICES.columns].index("total")
    from decimal import Decimal

    from desktop.domain.money import parse_amount

    for row in range(5):
        index = model.index(row, column)
        raw = index.data(Qt.ItemDataRole.UserRole + 2)  # cents
        assert "€" in index.data() and parse_amount(index.data()) == Decimal(raw) / 100
        assert index.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
