"""What the contract services write into the records, in the contract's language.

A version's "what changed" summary and the note the ending assistant leaves on the
contract's timeline are stored text, read later by whoever opens the contract, and may
be printed beside it. Like the documents' fixed words (``documents/texts.py``) they
follow the contract's ``language`` (French or English), not the interface's: a stored
text cannot follow the interface, so they are tables here rather than Qt translations.
Seen on the landed code: a French user read "edited: Prix" and "changed:
payment_terms_days" in the versions, and "Reason: Recurring late payments ... Lessons:"
on the timeline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.formatting import format_date
from desktop.domain.vocabulary import EndingReason

LANGUAGES = ("fr", "en")

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "added": "ajout\u00a0: {items}",
        "removed": "retrait\u00a0: {items}",
        "edited": "modification\u00a0: {items}",
        "reordered": "clauses réordonnées",
        "changed": "conditions modifiées\u00a0: {items}",
        "separator": "\u00a0; ",
        "ending_title": "Fin de mission — {reference}",
        "reason": "Raison\u00a0: {reason}",
        "notice": "Préavis donné le {given}, fin le {end}.",
        "done": "Fait\u00a0: {items}",
        "to_do": "Reste à faire\u00a0: {items}",
        "lessons": "Leçons\u00a0: {text}",
        "list": "\u00a0; ",
    },
    "en": {
        "added": "added: {items}",
        "removed": "removed: {items}",
        "edited": "edited: {items}",
        "reordered": "clauses reordered",
        "changed": "changed: {items}",
        "separator": "; ",
        "ending_title": "Mission ending — {reference}",
        "reason": "Reason: {reason}",
        "notice": "Notice given on {given}, ends on {end}.",
        "done": "Done: {items}",
        "to_do": "Still to do: {items}",
        "lessons": "Lessons: {text}",
        "list": "; ",
    },
}

# The contract terms a version summary names (ContractTerms' fields); the four fields
# of the notice are one "notice".
TERM_NAMES: dict[str, dict[str, str]] = {
    "fr": {
        "title": "intitulé",
        "start_date": "date de début",
        "end_date": "date de fin",
        "daily_rate": "TJM",
        "estimated_days": "jours estimés",
        "payment_terms_days": "délai de paiement",
        "deposit_percent": "acompte",
        "notice": "préavis",
        "tacit_renewal": "tacite reconduction",
        "renewal_notice_days": "préavis de non-reconduction",
        "language": "langue",
    },
    "en": {
        "title": "title",
        "start_date": "start date",
        "end_date": "end date",
        "daily_rate": "daily rate",
        "estimated_days": "estimated days",
        "payment_terms_days": "payment terms",
        "deposit_percent": "deposit",
        "notice": "notice",
        "tacit_renewal": "tacit renewal",
        "renewal_notice_days": "renewal notice",
        "language": "language",
    },
}
_NOTICE_FIELDS = ("notice_unit", "notice_days", "notice_months", "notice_end_of_month")

# vocabulary.LABELS[EndingReason] is English for the interface (translated by Qt);
# the French here is the same as the interface's translation.
ENDING_REASONS_FR = {
    EndingReason.WORKLOAD: "Charge de travail excessive",
    EndingReason.LATE_PAYMENTS: "Retards de paiement récurrents",
    EndingReason.COLLABORATION: "Manque de collaboration ou de communication",
    EndingReason.BETTER_MISSION: "Une mission plus attractive",
    EndingReason.GOALS_CHANGED: "Objectifs professionnels changés",
    EndingReason.TERMS_CHANGED: "Conditions du contrat modifiées",
    EndingReason.RECOGNITION: "Manque de reconnaissance",
    EndingReason.VALUES: "Valeurs divergentes",
}
# The ending assistant's checklist (services/endings.CHECKLIST, English): in French.
CHECKLIST_FR = {
    "Handover notes written": "Notes de passation rédigées",
    "Open deliverables delivered or listed": "Livrables en cours remis ou listés",
    "Access and equipment returned": "Accès et matériel rendus",
    "Final invoice to issue": "Dernière facture à émettre",
}


def _language(language: str) -> str:
    return language if language in LANGUAGES else "fr"


def clause_changes(
    language: str,
    added: Iterable[str],
    removed: Iterable[str],
    edited: Iterable[str],
    reordered: bool,
) -> str:
    """``modification : Prix ; retrait : Confidentialité`` (clause titles as they are)."""
    words = WORDS[_language(language)]
    groups = {"added": list(added), "removed": list(removed), "edited": list(edited)}
    parts = [words[key].format(items=", ".join(titles)) for key, titles in groups.items() if titles]
    if not parts and reordered:
        parts.append(words["reordered"])
    return words["separator"].join(parts)


def terms_changes(language: str, fields: Iterable[str]) -> str:
    """``conditions modifiées : TJM, préavis`` for the ContractTerms fields that changed."""
    lang = _language(language)
    names: list[str] = []
    for name in fields:
        key = "notice" if name in _NOTICE_FIELDS else name
        label = TERM_NAMES[lang].get(key, key)
        if label not in names:
            names.append(label)
    return WORDS[lang]["changed"].format(items=", ".join(names))


def ending_reason(language: str, reason: EndingReason, english: str) -> str:
    """The reason's label in the contract's language (``english``: the interface's)."""
    return ENDING_REASONS_FR[reason] if _language(language) == "fr" else english


@dataclass(frozen=True)
class EndingNote:
    title: str
    body: str


def ending_note(
    language: str,
    reference: str,
    reason: str,
    note: str,
    given_on: dt.date,
    end_date: dt.date,
    checklist: Iterable[tuple[str, bool]],
    lessons: str,
) -> EndingNote:
    """The timeline note of an ending: why, the notice, what is done and still to do,
    the lessons. ``reason`` is already in ``language`` (:func:`ending_reason`); checklist
    items the assistant offers are put in it, items typed by the user stay as typed."""
    lang = _language(language)
    words = WORDS[lang]

    def item(text: str) -> str:
        return CHECKLIST_FR.get(text, text) if lang == "fr" else text

    items = list(checklist)
    done = [item(text) for text, ok in items if ok]
    open_items = [item(text) for text, ok in items if not ok]
    lines = [words["reason"].format(reason=reason)]
    if note.strip():
        lines.append(note.strip())
    lines.append(
        words["notice"].format(
            given=format_date(given_on, lang, "long"), end=format_date(end_date, lang, "long")
        )
    )
    if done:
        lines.append(words["done"].format(items=words["list"].join(done)))
    if open_items:
        lines.append(words["to_do"].format(items=words["list"].join(open_items)))
    if lessons.strip():
        lines.append(words["lessons"].format(text=lessons.strip()))
    return EndingNote(words["ending_title"].format(reference=reference), "\n".join(lines))
