"""Which words of a text a search matched, and a short excerpt around the first one.

The search index folds accents and case and matches word prefixes
(:func:`desktop.domain.text.fts_prefix_query`); these functions apply the same
rule to the text shown, so that the words found are the words highlighted.
"""

from __future__ import annotations

import re

from desktop.domain.text import fold

_WORD = re.compile(r"\w+", re.UNICODE)


def matched_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """``(start, end)`` of each word of ``text`` that starts with one of the folded ``terms``.

    ``matched_spans("Hélène Dupré", ["helene"])`` -> ``[(0, 6)]``.
    """
    if not terms:
        return []
    prefixes = tuple(terms)  # str.startswith takes them all at once: one fold per word
    return [
        (m.start(), m.end()) for m in _WORD.finditer(text) if fold(m.group()).startswith(prefixes)
    ]


def excerpt(text: str, terms: list[str], width: int = 90) -> str:
    """About ``width`` characters of ``text`` on one line, around the first matched word.

    A long note shows where the words were found rather than how it begins; an
    ellipsis marks each cut.
    """
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    spans = matched_spans(flat, terms)
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    if start:  # begin on a word
        space = flat.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and first - space <= width // 2 else start
    end = min(len(flat), start + width)
    if end < len(flat):
        space = flat.rfind(" ", start, end)
        end = space if space > first else end
    return ("…" if start else "") + flat[start:end].strip() + ("…" if end < len(flat) else "")
