"""Global search (Ctrl+K): one box over talents, companies, contacts, missions and traces.

Each group reads its FTS5 table (:mod:`desktop.store.search_index`, kept in
sync by triggers): every word of the query must be found, in any order and any
column, as a word prefix, accents and case folded. Within a group, records
whose *name* holds every word come first ("dupont" finds Mr Dupont before the
notes that mention him), then the others.

Ranking costs: FTS5 computes ``bm25()`` for every matching row before it can
sort. Measured at 100,000 talents, ``ORDER BY rank LIMIT 8`` takes 130 ms for
"ma" (33,679 matches) and 10 ms for 3,200. So a set of up to
:data:`RANK_LIMIT` matches is ranked by bm25 (name weighted first); a larger
one, which the next letter typed will narrow anyway, is read newest first,
which FTS5 streams from its index without sorting. Counting stops at
:data:`COUNT_LIMIT` for the same reason: an exact count of "ma" reads 33,679
rows (2.4 ms for talents alone), a capped one 0.15 ms, and "more than 1,000"
tells the user as much. The capped count reads the matches' ids newest first: past
:data:`RANK_LIMIT`, the first of them are the group's order too, without another read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain.highlight import excerpt, matched_spans
from desktop.domain.text import fts_prefix_query, words
from desktop.services.trace_subjects import Subject, describe_subjects
from desktop.store.search_query import newest_matches, result_rows, skill_names, top_matches

KINDS = ("talent", "company", "contact", "mission", "trace")
RANK_LIMIT = 1000  # matches ranked by bm25 at most; above, newest first (see the module doc)
COUNT_LIMIT = 1000  # groups count their matches up to this; above, ``total`` says "more than"


@dataclass(frozen=True)
class SearchHit:
    """One record found, with what a result line shows and where it opens."""

    kind: str  # talent, company, contact, mission, trace
    id: int
    title: str
    subtitle: str
    status: str = ""  # vocabulary code: talent status, company stage, mission status, trace kind
    section: str = ""  # main window section to open it in; "" when it cannot be opened
    open_id: int = 0  # the record to select there (a contact opens on its company)
    subject: Subject | None = None  # traces: the record the trace is written on
    date: dt.date | None = None  # traces: when it happened


@dataclass(frozen=True)
class SearchGroup:
    kind: str
    hits: list[SearchHit]
    total: int  # every match, not only the hits shown; at most COUNT_LIMIT
    capped: bool = False  # more than ``total`` matches: the count stopped there

    @property
    def more(self) -> int:
        """How many matches the group does not show ("23 more…"; at least that if capped)."""
        return self.total - len(self.hits)


@dataclass(frozen=True)
class SearchResults:
    text: str
    terms: list[str] = field(default_factory=list)  # folded words, to highlight
    groups: list[SearchGroup] = field(default_factory=list)  # non-empty groups, in KINDS order
    too_short: bool = False  # one lone letter: waits for a second one

    @property
    def empty(self) -> bool:
        return not self.groups

    def group(self, kind: str) -> SearchGroup | None:
        return next((g for g in self.groups if g.kind == kind), None)


@dataclass(frozen=True)
class _Source:
    kind: str
    fts: str  # its FTS5 table (desktop/store/search_index.py)


_SOURCES = (
    _Source("talent", "talent_fts"),
    _Source("company", "company_fts"),
    _Source("contact", "contact_fts"),
    _Source("mission", "mission_fts"),
    _Source("trace", "activity_fts"),
)


def _top(source: _Source, query: str, matches: int, limit: int, skip: list[int]) -> list[int]:
    """Ids of the best ``limit`` rows matching ``query``, leaving out ``skip``."""
    return top_matches(source.fts, query, matches <= RANK_LIMIT, limit, skip)


def _hits(source: _Source, ids: list[int], terms: list[str]) -> list[SearchHit]:
    """The result lines of ``ids``, in that order."""
    if not ids:
        return []
    rows = result_rows(source.kind, ids)
    by_id = {row[0]: row for row in rows}
    rows = [by_id[i] for i in ids if i in by_id]
    if source.kind == "talent":
        skills = _matched_skills("talent", {r[0]: " ".join(r[1:4]) for r in rows}, terms)
        return [
            SearchHit(
                "talent", i, name, _join(title, city, skills.get(i, "")), status, "talents", i
            )
            for i, name, title, city, status in rows
        ]
    if source.kind == "company":
        return [
            SearchHit("company", i, name, _join(city, sector), stage, "companies", i)
            for i, name, city, sector, stage in rows
        ]
    if source.kind == "contact":
        return [
            SearchHit("contact", i, name, _join(role, company), "", "companies", company_id)
            for i, name, role, company, company_id in rows
        ]
    if source.kind == "mission":
        skills = _matched_skills("mission", {r[0]: " ".join(r[1:4]) for r in rows}, terms)
        return [
            SearchHit("mission", i, title, _join(company, city, skills.get(i, "")), status,
                      "missions", i)
            for i, title, company, city, status in rows
        ]  # fmt: skip
    subjects = describe_subjects((row[4], row[5]) for row in rows)
    hits = []
    for i, title, kind, text, subject_type, subject_id, occurred_at in rows:
        subject = subjects[(subject_type, subject_id)]
        hits.append(
            SearchHit(
                "trace",
                i,
                title,
                excerpt(text, terms),
                kind,
                subject.section,
                subject.open_id,
                subject,
                dt.date.fromisoformat(str(occurred_at)[:10]) if occurred_at else None,
            )
        )
    return hits


def _matched_skills(owner: str, shown: dict[int, str], terms: list[str]) -> dict[int, str]:
    """The skills that found each record, for the words its line does not show: "kube"
    finds a product owner through Kubernetes, and the line says so. ``shown`` is the
    text of each record's line (name, title, city), by id."""
    missing = {i: [t for t in terms if not matched_spans(text, [t])] for i, text in shown.items()}
    ids = [i for i, words_ in missing.items() if words_]
    if not ids:
        return {}
    found: dict[int, list[str]] = {}
    for owner_id, name in skill_names(owner, ids):
        if matched_spans(name, missing[owner_id]):
            found.setdefault(owner_id, []).append(name)
    return {owner_id: ", ".join(names) for owner_id, names in found.items()}


def _join(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def search_group(kind: str, text: str, limit: int = 8) -> SearchGroup:
    """One group of :func:`global_search` (the whole group when ``limit`` is large)."""
    source = next(s for s in _SOURCES if s.kind == kind)
    query = fts_prefix_query(text)
    if query is None:
        return SearchGroup(kind, [], 0)
    count_limit = max(COUNT_LIMIT, RANK_LIMIT, limit)
    newest = newest_matches(source.fts, query, count_limit)
    total = len(newest)
    if not total:
        return SearchGroup(kind, [], 0)
    # Every word in the name column. Name matches are a part of all matches: ranked when
    # all are (counting them apart cost 5 more queries a search, for the same order).
    named = f"{{name}} : ({query})"
    ids = _top(source, named, total, limit, [])
    if len(ids) < limit:
        if total > RANK_LIMIT:  # newest first, as read above
            shown = set(ids)
            ids += [i for i in newest if i not in shown][: limit - len(ids)]
        else:
            ids += _top(source, query, total, limit - len(ids), ids)
    hits = _hits(source, ids, words(text))
    return SearchGroup(kind, hits, min(total, count_limit), total > count_limit)


def global_search(text: str, limit_per_kind: int = 8) -> SearchResults:
    """Talents, companies, contacts, missions and traces matching every word of ``text``.

    A single letter waits for a second one (``too_short``): alone, it would match most
    records and rank nothing, the same rule as the lists' filter. Beside other words it
    waits too, left out until then: FTS5 indexes prefixes of 2 and 3 letters, not 1, so
    "java l" scans every word starting with "l" (25 ms at 100,000 talents, against 2 ms
    for "java ly"). ``terms`` are the words searched for.
    """
    typed = words(text)
    terms = [t for t in typed if len(t) >= 2]
    if not typed:
        return SearchResults(text)
    if not terms:
        return SearchResults(text, typed, too_short=True)
    searched = " ".join(terms)
    groups = [search_group(kind, searched, limit_per_kind) for kind in KINDS]
    return SearchResults(text, terms, [g for g in groups if g.total])
