"""Wording slips in the French translation that a reader notices at once.

Seen in the app: "jusqu'à 1 jours" (a count of one with a plural noun), "96 de plus…"
(a count with no noun), straight apostrophes beside typographic ones, a colon glued to a
word or after an ordinary space (French puts a non-breaking space before : ; ? !).
Each pattern names what it catches; an exception needs a reason in ALLOWED.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from desktop.resource_files import resources_dir

TS = resources_dir() / "translations" / "freelance_desk_fr.ts"
NBSP = "\u00a0\u202f"

PATTERNS = {
    "a count of one with a plural noun (jusqu’à 1 jours)": re.compile(
        # "mois" is the same in the singular ("sous 1 mois"): not listed
        r"(?<![\d,.])1\s+(jours|semaines|ans|talents|missions|offres|fiches|lignes)\b"
    ),
    "a count with no noun (96 de plus…)": re.compile(r"(\{(count|n)\}|\b\d+)\s+de plus"),
    "a straight apostrophe (l'offre): use ’": re.compile(r"\w'\w"),
    "an ordinary space before : ; ? ! (use a non-breaking space)": re.compile(r" [:;?!](\s|$)"),
    "no space before ; ? ! (French needs a non-breaking one)": re.compile(
        r"[^\s" + NBSP + r"(«\[{}:/'\"’.?!][;?!](\s|$)"
    ),
    "a word repeated (le le, de de)": re.compile(r"\b(\w{2,})\s+\1\b", re.IGNORECASE),
}

# (context, source start) -> why the pattern is right there
ALLOWED: dict[tuple[str, str], str] = {}


def _messages() -> list[tuple[str, str, str]]:
    rows = []
    for context in ET.parse(TS).getroot():
        name = context.findtext("name")
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.text:
                rows.append((name, message.findtext("source") or "", translation.text))
    return rows


MESSAGES = _messages()


@pytest.mark.parametrize("what", list(PATTERNS))
def test_the_french_translation_has_no_wording_slip(what):
    pattern = PATTERNS[what]
    found = [
        (context, text)
        for context, source, text in MESSAGES
        if pattern.search(text.replace("&", ""))  # & marks a shortcut letter
        and not any(context == c and source.startswith(s) for c, s in ALLOWED if s)
    ]
    assert found == [], what


def test_the_patterns_catch_what_was_seen():
    """The slips the issue quoted are caught (a pattern that cannot fail proves nothing)."""
    caught = {
        "jusqu’à 1 jours": "a count of one with a plural noun (jusqu’à 1 jours)",
        "{count} de plus…": "a count with no noun (96 de plus…)",
        "l'offre": "a straight apostrophe (l'offre): use ’",
        "Client :": "an ordinary space before : ; ? ! (use a non-breaking space)",
        "Pourquoi?": "no space before ; ? ! (French needs a non-breaking one)",
    }
    for text, what in caught.items():
        assert PATTERNS[what].search(text), text
    assert not PATTERNS["a count of one with a plural noun (jusqu’à 1 jours)"].search("11 jours")
