"""Due dates of each term, month ends and leap years; terms beyond L441-10 refused."""

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.payment_terms import (
    PaymentTerm,
    TermMethod,
    check_term,
    discount_mention,
    due_date,
)

D = dt.date


@pytest.mark.parametrize(
    ("issue", "term", "due"),
    [
        (D(2026, 3, 15), PaymentTerm(TermMethod.ON_RECEIPT), D(2026, 3, 15)),
        (D(2026, 1, 31), PaymentTerm(TermMethod.DAYS, 30), D(2026, 3, 2)),
        (D(2028, 1, 31), PaymentTerm(TermMethod.DAYS, 30), D(2028, 3, 1)),  # leap year
        (D(2026, 1, 15), PaymentTerm(TermMethod.DAYS, 60), D(2026, 3, 16)),
        # N days end of month: + N days, then the end of that month
        (D(2026, 1, 31), PaymentTerm(TermMethod.DAYS_END_OF_MONTH, 30), D(2026, 3, 31)),
        (D(2026, 1, 29), PaymentTerm(TermMethod.DAYS_END_OF_MONTH, 30), D(2026, 2, 28)),
        (D(2028, 1, 30), PaymentTerm(TermMethod.DAYS_END_OF_MONTH, 30), D(2028, 2, 29)),
        (D(2026, 1, 15), PaymentTerm(TermMethod.DAYS_END_OF_MONTH, 45), D(2026, 3, 31)),
        # end of month + N days: the end of the issue month, then + N days
        (D(2026, 1, 15), PaymentTerm(TermMethod.END_OF_MONTH_DAYS, 45), D(2026, 3, 17)),
        (D(2028, 2, 10), PaymentTerm(TermMethod.END_OF_MONTH_DAYS, 45), D(2028, 4, 14)),
        (D(2026, 12, 31), PaymentTerm(TermMethod.END_OF_MONTH_DAYS, 0), D(2026, 12, 31)),
    ],
)
def test_due_dates(issue, term, due):
    assert due_date(issue, term) == due


@pytest.mark.parametrize(
    "term",
    [
        PaymentTerm(TermMethod.DAYS, 61),
        PaymentTerm(TermMethod.DAYS_END_OF_MONTH, 46),
        PaymentTerm(TermMethod.END_OF_MONTH_DAYS, 60),
        PaymentTerm(TermMethod.DAYS, -1),
    ],
)
def test_a_term_beyond_the_law_is_refused_naming_the_field(term):
    with pytest.raises(ValidationError) as caught:
        check_term(term)
    assert caught.value.fields == ["payment_term_days"]


def test_the_legal_maxima_themselves_are_allowed():
    check_term(PaymentTerm(TermMethod.DAYS, 60))
    check_term(PaymentTerm(TermMethod.DAYS_END_OF_MONTH, 45))
    check_term(PaymentTerm(TermMethod.END_OF_MONTH_DAYS, 45))


def test_a_periodic_invoice_is_due_within_45_days_of_issue():
    term = PaymentTerm(TermMethod.DAYS_END_OF_MONTH, 30)
    check_term(term, D(2026, 1, 1), periodic=True)  # due 31 January: 30 days
    with pytest.raises(ValidationError):
        check_term(term, D(2026, 1, 31), periodic=True)  # due 31 March: 59 days


def test_the_term_is_printed_in_french_and_so_is_the_discount():
    assert PaymentTerm(TermMethod.DAYS_END_OF_MONTH, 30).text_fr() == (
        "Paiement à 30 jours fin de mois"
    )
    assert discount_mention(None) == "Pas d'escompte pour paiement anticipé"
    assert discount_mention(Decimal("1.5"), 10) == "Escompte de 1,5 % pour paiement sous 10 jours"
