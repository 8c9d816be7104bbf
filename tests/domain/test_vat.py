"""VAT totals: per category on the sum of the lines (EN 16931 BR-CO-17), half up to the cent."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.money import round_cent
from desktop.domain.vat import (
    STANDARD_RATES,
    TaxableLine,
    VatCategory,
    VatRegime,
    category_for,
    compute_totals,
    is_allowed_rate,
    net_amount,
    regime_for,
)

S = VatCategory.STANDARD


def test_vat_is_computed_on_the_sum_of_a_rate_not_line_by_line():
    # Three lines of 0.05 at 10 %: per line 0.005 -> 0.01 each (0.03); on the sum 0.015 -> 0.02.
    lines = [TaxableLine(Decimal("0.05"), S, Decimal("10"))] * 3
    totals = compute_totals(lines)
    assert totals.tax == Decimal("0.02")
    assert totals.net == Decimal("0.15")
    assert totals.gross == Decimal("0.17")


def test_each_rate_gets_its_own_breakdown_and_exempt_categories_carry_their_reason():
    totals = compute_totals(
        [
            TaxableLine(Decimal("13325.00"), S, Decimal("20")),
            TaxableLine(Decimal("99.99"), S, Decimal("5.5")),
            TaxableLine(Decimal("40.00"), VatCategory.OUT_OF_SCOPE, Decimal("0")),
        ]
    )
    by_rate = {(b.category, b.rate): b for b in totals.breakdown}
    assert by_rate[(S, Decimal("20"))].tax == Decimal("2665.00")
    assert by_rate[(S, Decimal("5.5"))].tax == Decimal("5.50")  # 5.49945 -> 5.50
    out = by_rate[(VatCategory.OUT_OF_SCOPE, Decimal("0"))]
    assert out.tax == 0 and out.exemption_code == "VATEX-EU-O"
    assert totals.gross == Decimal("13325.00") + Decimal("99.99") + Decimal("40.00") + Decimal(
        "2670.50"
    )


def test_the_regime_follows_the_seller_and_the_client():
    assert regime_for(True, "DE", "DE136695976") is VatRegime.FRANCHISE
    assert regime_for(False, "DE", "DE136695976") is VatRegime.REVERSE_CHARGE
    assert regime_for(False, "DE", "") is VatRegime.STANDARD  # no VAT number: not a business
    assert regime_for(False, "FR", "FR40303265045") is VatRegime.STANDARD
    assert category_for(VatRegime.FRANCHISE) is VatCategory.EXEMPT
    assert category_for(VatRegime.REVERSE_CHARGE) is VatCategory.REVERSE_CHARGE
    assert category_for(VatRegime.STANDARD, out_of_scope=True) is VatCategory.OUT_OF_SCOPE


def test_only_french_rates_are_allowed_and_exempt_lines_are_at_zero():
    assert all(is_allowed_rate(S, r) for r in STANDARD_RATES)
    assert not is_allowed_rate(S, Decimal("19.6"))
    assert is_allowed_rate(VatCategory.EXEMPT, Decimal("0"))
    assert not is_allowed_rate(VatCategory.REVERSE_CHARGE, Decimal("20"))


quantities = st.decimals("-50", "500", places=3, allow_nan=False, allow_infinity=False)
prices = st.decimals("0.01", "5000", places=2, allow_nan=False, allow_infinity=False)
rates = st.sampled_from(STANDARD_RATES)
line_strategy = st.tuples(quantities, prices, rates)


def _lines(raw):
    return [TaxableLine(net_amount(q, p), S, r) for q, p, r in raw]


@given(st.lists(line_strategy, min_size=1, max_size=12))
def test_totals_are_the_sums_of_their_parts(raw):
    lines = _lines(raw)
    totals = compute_totals(lines)
    assert totals.net == sum((ln.net for ln in lines), Decimal(0))
    assert totals.tax == sum((b.tax for b in totals.breakdown), Decimal(0))
    assert totals.gross == totals.net + totals.tax
    for part in totals.breakdown:  # BR-CO-17, exactly
        assert part.tax == round_cent(part.taxable * part.rate / 100)
        assert part.taxable == sum((ln.net for ln in lines if ln.rate == part.rate), Decimal(0))


@given(st.lists(line_strategy, min_size=1, max_size=12))
def test_a_credit_note_of_every_line_cancels_the_invoice_to_the_cent(raw):
    invoice = compute_totals(_lines(raw))
    credit = compute_totals(_lines([(-q, p, r) for q, p, r in raw]))
    assert invoice.net + credit.net == 0
    assert invoice.tax + credit.tax == 0
    assert invoice.gross + credit.gross == 0
