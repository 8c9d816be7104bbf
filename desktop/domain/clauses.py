"""Contract clauses: templates with named variables, filled for one contract.

A clause's text holds variables written ``{{name}}``. Filling checks every one:
a name that is not a known variable, or a known one with no value for this
contract, is *named* in a :class:`ClauseVariableError`, so that nothing ever
prints ``{{…}}`` raw. The library itself is read by
:mod:`desktop.services.clause_library`; this module only knows text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP

VARIABLE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
# Anything still looking like a variable after filling (a lone "{{", a typo "{{ x }"):
LEFTOVER = re.compile(r"\{\{|\}\}")

# Every variable a clause may use, with what it stands for (shown in the clause editor).
VARIABLES: dict[str, str] = {
    "contract_reference": QT_TRANSLATE_NOOP("Clauses", "contract reference (CT-…)"),
    "provider_name": QT_TRANSLATE_NOOP("Clauses", "your company's name (My company)"),
    "provider_iban": QT_TRANSLATE_NOOP("Clauses", "your IBAN (My company)"),
    "client_name": QT_TRANSLATE_NOOP("Clauses", "the other party's name"),
    "talent_name": QT_TRANSLATE_NOOP("Clauses", "the talent's name"),
    "mission_title": QT_TRANSLATE_NOOP("Clauses", "the mission's title"),
    "services": QT_TRANSLATE_NOOP("Clauses", "the services (the mission's deliverables)"),
    "objectives": QT_TRANSLATE_NOOP("Clauses", "the mission's measurable objectives"),
    "start_date": QT_TRANSLATE_NOOP("Clauses", "start date"),
    "duration_text": QT_TRANSLATE_NOOP("Clauses", "end date, or no fixed term"),
    "price_text": QT_TRANSLATE_NOOP("Clauses", "daily rate or fixed price"),
    "estimated_total": QT_TRANSLATE_NOOP("Clauses", "estimated amount excl. VAT"),
    "vat_text": QT_TRANSLATE_NOOP("Clauses", "VAT rate, or the exemption mention"),
    "payment_terms_days": QT_TRANSLATE_NOOP("Clauses", "payment terms in days"),
    "deposit_percent": QT_TRANSLATE_NOOP("Clauses", "deposit (% of the estimate)"),
    "milestones": QT_TRANSLATE_NOOP("Clauses", "milestones (the mission's phases)"),
    "late_rate": QT_TRANSLATE_NOOP("Clauses", "late-payment rate a year"),
    "recovery_indemnity": QT_TRANSLATE_NOOP("Clauses", "fixed recovery indemnity (40 €)"),
    "notice_text": QT_TRANSLATE_NOOP("Clauses", "notice period"),
    "confidentiality_years": QT_TRANSLATE_NOOP("Clauses", "years of confidentiality after the end"),
    "non_solicitation_months": QT_TRANSLATE_NOOP("Clauses", "months of non-solicitation"),
    "client_contract_reference": QT_TRANSLATE_NOOP(
        "Clauses", "the client contract's reference (agency mode)"
    ),
    "jurisdiction": QT_TRANSLATE_NOOP("Clauses", "city of the competent courts"),
}


@dataclass(frozen=True)
class ClauseTemplate:
    """One clause of the library, in one language."""

    key: str
    title: str
    body: str
    source: str  # the legal source it rests on (listed in docs/LEGAL-MENTIONS.md)


class ClauseVariableError(DomainError):
    """A clause names a variable that is unknown, or that this contract leaves empty."""

    def __init__(self, title: str, unknown: list[str], unfilled: list[str]) -> None:
        self.title, self.unknown, self.unfilled = title, unknown, unfilled
        if unknown:
            message = Message(
                "Clauses",
                QT_TRANSLATE_NOOP(
                    "Clauses",
                    "Clause “{title}”: unknown variable {names}. Use one of the variables "
                    "listed under the editor.",
                ),
                {"title": title, "names": ", ".join(unknown)},
            )
        else:
            message = Message(
                "Clauses",
                QT_TRANSLATE_NOOP(
                    "Clauses",
                    "Clause “{title}”: {names} has no value for this contract. Fill it in "
                    "the contract or the mission, or edit the clause.",
                ),
                {"title": title, "names": ", ".join(unfilled)},
            )
        super().__init__(message)


def variables_in(text: str) -> list[str]:
    """The variable names a text uses, in order of first use."""
    return list(dict.fromkeys(VARIABLE.findall(text)))


def check_variables(title: str, text: str, values: dict[str, str]) -> None:
    """Raise :class:`ClauseVariableError` naming what cannot be filled."""
    names = variables_in(text)
    unknown = [n for n in names if n not in VARIABLES]
    unfilled = [n for n in names if n in VARIABLES and not str(values.get(n, "")).strip()]
    if unknown or unfilled:
        raise ClauseVariableError(title, unknown, unfilled)


def fill(title: str, text: str, values: dict[str, str]) -> str:
    """The text with every variable replaced by its value (plain text, not markup).

    A stray ``{{`` or ``}}`` left after filling (a broken variable) is refused as an
    unknown variable rather than printed.
    """
    check_variables(title, text, values)
    filled = VARIABLE.sub(lambda m: str(values[m.group(1)]).strip(), text)
    leftover = LEFTOVER.search(VARIABLE.sub("", text))
    if leftover:
        start = max(0, leftover.start() - 10)
        raise ClauseVariableError(title, [VARIABLE.sub("", text)[start : leftover.end() + 10]], [])
    return filled.strip()


def paragraphs(text: str) -> list[str]:
    """A clause body cut into paragraphs at blank lines; single line breaks kept."""
    return [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
