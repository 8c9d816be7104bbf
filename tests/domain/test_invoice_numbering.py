"""Number patterns: yearly scopes, the characters Factur-X allows."""

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.invoice_numbering import NumberingRule, check_rule


def test_a_yearly_pattern_restarts_each_year_a_plain_one_does_not():
    rule = check_rule(NumberingRule("FA", "FA-{year}-{seq:05}"))
    assert rule.format(2026, 42) == "FA-2026-00042"
    assert rule.scope(2026) == "FA/2026" and rule.scope(2027) == "FA/2027"
    plain = check_rule(NumberingRule("AV", "AV{seq:06}"))
    assert plain.scope(2026) == plain.scope(2027) == "AV"


@pytest.mark.parametrize(
    "pattern", ["FA-{year}", "FA {year}-{seq}", "FA-{client}-{seq}", "FA-{seq", "X" * 40 + "{seq}"]
)
def test_a_pattern_that_cannot_number_invoices_is_refused(pattern):
    with pytest.raises(ValidationError) as caught:
        check_rule(NumberingRule("FA", pattern))
    assert caught.value.fields == ["pattern"]
