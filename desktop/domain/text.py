"""Text folding and search-query building, the same way SQLite's FTS5 tokenizer sees words."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lower-case, accents removed, spaces collapsed: ``"Élodie MÜLLER"`` -> ``"elodie muller"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def words(text: str) -> list[str]:
    """The words FTS5's ``unicode61`` tokenizer would index in ``text`` (accents folded)."""
    return [w for w in _WORD.findall(fold(text)) if w != "_"]


def fts_prefix_query(text: str) -> str | None:
    """An FTS5 query matching rows that contain every word of ``text`` as a word prefix.

    ``"jean dup"`` -> ``"jean"* "dup"*``. Returns None when ``text`` has no word,
    so that callers show everything instead of sending an empty MATCH.
    """
    terms = words(text)
    if not terms:
        return None
    return " ".join(f'"{t}"*' for t in terms)


def person_sort_key(first_name: str, last_name: str) -> str:
    """The key a list of people sorts by: folded last name, then first name."""
    return fold(f"{last_name} {first_name}")
