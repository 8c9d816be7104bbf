"""Cells that a spreadsheet would run as formulas (OWASP "CSV injection").

Excel, LibreOffice and Google Sheets evaluate a cell whose text begins with ``=``,
``+``, ``-`` or ``@`` (and, through some importers, a tab or a carriage return):
``=HYPERLINK(...)`` or a DDE call hidden in a name field runs when the export is
opened. The guard is a leading ``'``, which every spreadsheet shows as text.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_GUARDED = tuple("'" + start for start in FORMULA_STARTS)


def guard_formula(text: str) -> str:
    """``=SUM(A1)`` -> ``'=SUM(A1)``; other text unchanged."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def unguard_formula(text: str) -> str:
    """The text :func:`guard_formula` was given: ``'=SUM(A1)`` -> ``=SUM(A1)``."""
    return text[1:] if text.startswith(_GUARDED) else text
