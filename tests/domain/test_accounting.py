"""Accounting entries balance, whatever the invoice; the FEC lines have the 18 fields."""

import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.accounting import (
    FEC_FIELDS,
    AccountMap,
    SaleLine,
    check_balanced,
    fec_bytes,
    fec_file_name,
    fec_lines,
    invoice_entry,
    payment_entry,
)
from desktop.domain.vat import STANDARD_RATES, TaxableLine, VatCategory, compute_totals, net_amount

KINDS = st.sampled_from(["service", "expense", "deposit", "deposit_deduction"])
LINE = st.tuples(
    st.decimals("-20", "200", places=3, allow_nan=False, allow_infinity=False),
    st.decimals("0.01", "3000", places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(STANDARD_RATES),
    KINDS,
)


@given(st.lists(LINE, min_size=1, max_size=10), st.booleans())
def test_every_sales_entry_balances(raw, credit_note):
    sign = -1 if credit_note else 1
    nets = [(net_amount(q * sign, p), r, k) for q, p, r, k in raw]
    totals = compute_totals(TaxableLine(n, VatCategory.STANDARD, r) for n, r, _ in nets)
    entry = invoice_entry(
        AccountMap(),
        "FA-2026-00001",
        dt.date(2026, 11, 2),
        ("C000001", "Acme"),
        [SaleLine(k, n) for n, _, k in nets],
        totals.tax,
        totals.gross,
        "x",
    )
    check_balanced(entry)
    assert sum(ln.debit for ln in entry.lines) >= 0


def test_an_invoice_entry_debits_the_client_and_credits_sales_and_vat():
    entry = invoice_entry(
        AccountMap(),
        "FA-2026-00001",
        dt.date(2026, 11, 2),
        ("C000001", "Acme"),
        [SaleLine("service", Decimal("1000"))],
        Decimal("200"),
        Decimal("1200"),
        "Facture FA-2026-00001 Acme",
    )
    sides = {(ln.account, ln.debit, ln.credit) for ln in entry.lines}
    assert sides == {
        ("411000", Decimal("1200"), 0),
        ("706000", 0, Decimal("1000")),
        ("445710", 0, Decimal("200")),
    }
    pay = payment_entry(
        AccountMap(),
        "FA-2026-00001",
        dt.date(2026, 12, 1),
        ("C000001", "Acme"),
        Decimal("1200"),
        "Règlement",
    )
    check_balanced(pay)


def test_fec_lines_are_tab_separated_with_the_header_and_continuous_numbers():
    entries = [
        invoice_entry(
            AccountMap(),
            f"FA-2026-0000{i}",
            dt.date(2026, 11, i),
            ("C1", "Acme – SA"),
            [SaleLine("service", Decimal("100"))],
            Decimal("20"),
            Decimal("120"),
            "F",
        )
        for i in (2, 1)
    ]
    lines = fec_lines(entries)
    assert lines[0].split("\t") == list(FEC_FIELDS)
    records = [ln.split("\t") for ln in lines[1:]]
    assert all(len(r) == 18 for r in records)
    assert [r[2] for r in records] == ["VE000001"] * 3 + ["VE000002"] * 3
    assert records[0][3] == "20261101" and records[0][11] == "120,00"
    assert "Acme - SA" in records[0][7]  # typographic dash made ISO 8859-15 safe
    data = fec_bytes(lines)
    assert data.decode("iso8859_15").count("\r\n") == 7
    assert fec_file_name("552120222", dt.date(2026, 12, 31)) == "552120222FEC20261231.txt"
