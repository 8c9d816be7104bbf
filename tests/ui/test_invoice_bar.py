"""The invoice bar reads what applies to the selected invoice on the reader thread, and
keeps the previous invoice's actions shown until the answer is there."""

from __future__ import annotations

import threading

from desktop.services.invoices import issue
from desktop.store.models import Company
from desktop.ui.invoices import section
from tests.services.invoicing_book import SELLER, simple_draft
from tests.ui.conftest import settle
from tests.ui.invoicing_book import D, my_company, set_day, signed_contract

__all__ = ["my_company", "signed_contract"]  # fixtures


def test_the_bar_reads_off_the_ui_thread_and_keeps_the_shown_actions_until_then(
    qtbot, make_window, monkeypatch, signed_contract, my_company
):
    set_day(monkeypatch, D(2026, 10, 20))
    client = Company.get().id
    draft = simple_draft(client, contract_id=signed_contract)
    issued = simple_draft(client, contract_id=signed_contract)
    issue(issued, SELLER, D(2026, 10, 1))
    window = make_window()
    page = window.go_to("invoices", draft)
    settle(qtbot, page)
    bar = page.invoice_bar
    assert bar.shown_for == draft and not bar.buttons["issue"].isHidden()

    release = threading.Event()
    threads = []
    real = section.bar_state

    def slow(invoice_id, today):
        threads.append(threading.current_thread())
        assert release.wait(5)
        return real(invoice_id, today)

    monkeypatch.setattr(section, "bar_state", slow)
    bar.update_buttons(issued)
    qtbot.waitUntil(lambda: bool(threads))
    # the read runs elsewhere; meanwhile the draft's actions stay as they were
    assert threads[0] is not threading.main_thread()
    assert not bar.settled and bar.shown_for == draft
    assert not bar.buttons["issue"].isHidden() and bar.buttons["issue"].isEnabled()
    assert bar.buttons["pdf"].isHidden()
    release.set()
    qtbot.waitUntil(lambda: bar.settled)
    assert bar.shown_for == issued
    assert bar.buttons["issue"].isHidden()
    assert bar.buttons["pdf"].isEnabled() and bar.buttons["payment"].isEnabled()

    bar.update_buttons(None)  # no selection: nothing applies, without a read
    assert bar.settled and not bar.buttons["payment"].isEnabled()
