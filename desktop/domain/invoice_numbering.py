"""Invoice numbers: a pattern per series, one gapless chronological sequence per scope.

CGI annexe II art. 242 nonies A, I-7° (checked on Légifrance): every invoice bears « un
numéro unique basé sur une séquence chronologique et continue », which may run in
distinct series when the business justifies it. Credit notes are invoices too
(CGI art. 289, I-5: a document that amends an invoice and refers to it), so by default
they share the invoices' sequence.

A pattern is a Python format string over ``year`` and ``seq`` (``FA-{year}-{seq:05}``).
When it holds ``{year}`` the sequence restarts each year: the *scope* of a number is
the series plus the year of the issue date; otherwise the scope is the series alone.
The store gives the next number of a scope inside the IMMEDIATE transaction that
issues the invoice (desktop.store.invoice_numbering).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_errors import refuse

DEFAULT_SERIES = "FA"
DEFAULT_PATTERN = "FA-{year}-{seq:05}"
MAX_LENGTH = 35  # BR-FR-01 (Factur-X BT-1 at most 35 characters)
_ALLOWED = re.compile(r"^[A-Za-z0-9+\-_/]+$")  # BR-FR-02: letters, digits, + - _ /

BAD_PATTERN = QT_TRANSLATE_NOOP(
    "Invoicing",
    "the pattern must contain {{seq}} (the sequence number) and may contain {{year}}, "
    "e.g. FA-{{year}}-{{seq:05}}",
)
BAD_CHARACTERS = QT_TRANSLATE_NOOP(
    "Invoicing",
    "an invoice number may hold only letters, digits and + - _ / (no spaces), at most 35 "
    "characters; {number} does not",
)


@dataclass(frozen=True)
class NumberingRule:
    series: str
    pattern: str

    @property
    def yearly(self) -> bool:
        return "year" in _fields(self.pattern)

    def scope(self, year: int) -> str:
        """The sequence a number of ``year`` belongs to: ``FA/2026`` or ``FA``."""
        return f"{self.series}/{year}" if self.yearly else self.series

    def format(self, year: int, seq: int) -> str:
        return self.pattern.format(year=year, seq=seq)


def _fields(pattern: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(pattern) if name}
    except ValueError:
        return set()


def check_rule(rule: NumberingRule) -> NumberingRule:
    """Refuse a pattern that cannot number invoices (field ``pattern``)."""
    names = _fields(rule.pattern)
    if "seq" not in names or not names <= {"seq", "year"}:
        raise refuse("pattern", BAD_PATTERN)
    try:
        sample = rule.format(2026, 12345)
    except (ValueError, KeyError, IndexError):
        raise refuse("pattern", BAD_PATTERN) from None
    check_number(sample, field="pattern")
    return rule


def check_number(number: str, field: str = "pattern") -> str:
    if len(number) > MAX_LENGTH or not _ALLOWED.match(number):
        raise refuse(field, BAD_CHARACTERS, number=number)
    return number
