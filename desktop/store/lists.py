"""The queries behind the big lists: count and one page at a time, in SQL.

A :class:`ListSpec` says which columns a list shows, how each sorts, how the
search box filters (through the FTS5 tables), which filter chips it offers
(:class:`FilterField`) and which columns it can be grouped by (:class:`GroupBy`).
:class:`ListQuery` runs it: ``count()`` once per filter, then
``page(offset, limit)`` for the rows on screen. Nothing loads a whole table into
Python.

Rows come back raw (money in cents, dates as ISO text): the Qt model formats
only the cells it paints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from peewee import Database

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.missions import SCOPE_ITEMS
from desktop.domain.text import fold, fts_prefix_query, words
from desktop.domain.vocabulary import (
    ContractStatus,
    DerivedStatus,
    InvoiceKind,
    InvoiceStatus,
    MissionStatus,
    PipelineStage,
    TalentStatus,
)


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # English, context "Columns"
    sql: str  # the expression selected
    sort_sql: str | None = None  # what ORDER BY uses; None: not sortable
    # text | money | rate | date | number | percent | vocabulary | siren | trust | scope
    kind: str = "text"
    width: int = 120
    hidden: bool = False  # shown from the header's right-click menu
    vocabulary: tuple[type[StrEnum], ...] = ()  # for kind "vocabulary": where codes come from
    # The FTS5 columns holding this column's words: while the column is shown, the search
    # box looks there (the words of hidden columns do not make a row match).
    search: tuple[str, ...] = ()


@dataclass(frozen=True)
class FilterField:
    """What a filter chip can keep: one status, a city, a skill, a rate range...

    ``kind``:
    - ``choice``: codes of ``vocabulary``; ``sql`` is the column compared;
    - ``values``: texts read from the data by ``choices_sql`` (one column); ``sql`` is
      the expression compared, or a condition holding ``{in}`` (the values' placeholders,
      repeated as often as ``{in}`` appears: "the city or the region");
    - ``tag``: words of a comma-separated ``sql`` column;
    - ``range``: a lower and/or upper bound on ``sql`` (``money``: euros, stored in cents);
    - ``date``: a first and/or last day on ``sql``.
    """

    key: str
    label: str  # English, context "Filters"
    kind: str
    sql: str
    vocabulary: tuple[type[StrEnum], ...] = ()
    choices_sql: str = ""
    money: bool = False


@dataclass(frozen=True)
class ListFilter:
    """One chip as the user set it: the values kept, or the bounds of a range."""

    field: str
    values: tuple[str, ...] = ()
    low: str = ""  # range: euros ("450"); date: ISO day; "" = open
    high: str = ""

    def to_json(self) -> dict:
        return {
            "field": self.field,
            "values": list(self.values),
            "low": self.low,
            "high": self.high,
        }

    @classmethod
    def from_json(cls, data: dict) -> ListFilter:
        return cls(
            str(data["field"]),
            tuple(str(v) for v in data.get("values", ())),
            str(data.get("low", "")),
            str(data.get("high", "")),
        )


@dataclass(frozen=True)
class GroupBy:
    """A column the list can be grouped by: rows of one value together, under a header."""

    key: str
    label: str  # English, context "Columns"
    sql: str  # the value grouped on (a code, a client id)
    label_sql: str = ""  # what the header shows; "" = the value itself
    order_sql: str = ""  # how groups are ordered; "" = the vocabulary's order
    vocabulary: tuple[type[StrEnum], ...] = ()


@dataclass(frozen=True)
class Group:
    """One group of a grouped list: its value, its header text (raw) and its row count."""

    value: object
    label: object
    count: int


@dataclass(frozen=True)
class ListSpec:
    name: str
    table: str  # the base table: one row of the list per row of it
    columns: tuple[Column, ...]
    # Many-to-one joins on NOT NULL keys, or LEFT joins: they never change the count.
    joins: str = ""
    # The FTS5 table whose rowid is the base table's id: the search box matches it.
    fts_table: str = ""
    # Its columns that no list column shows, with their names (context "Filters"): a
    # search that finds more rows there says so (see ListQuery.hidden_matches).
    hidden_search: dict[str, str] = field(default_factory=dict)
    # Otherwise, a WHERE fragment for a search; each "?" receives the FTS query, but the
    # last ``search_like_params`` ones, which receive a LIKE prefix pattern.
    search_sql: str = ""
    search_like_params: int = 0
    default_sort: str = ""  # key of the column sorted on first; "" = the first column
    default_descending: bool = False
    base_where: str = ""
    empty_hint: str = ""
    search_hint: str = ""  # placeholder of the filter box (context "Lists")
    filters: tuple[FilterField, ...] = ()
    groups: tuple[GroupBy, ...] = ()

    @property
    def id_sql(self) -> str:
        return f"{self.table}.id"

    @property
    def from_sql(self) -> str:
        return f"{self.table} {self.joins}".strip()

    @property
    def joined_tables(self) -> tuple[str, ...]:
        """The tables of ``joins`` (named after JOIN)."""
        parts = self.joins.split()
        return tuple(parts[i + 1] for i, word in enumerate(parts[:-1]) if word.upper() == "JOIN")

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    def filter_field(self, key: str) -> FilterField | None:
        return next((f for f in self.filters if f.key == key), None)

    def group_by(self, key: str) -> GroupBy | None:
        return next((g for g in self.groups if g.key == key), None)

    @property
    def default_sort_index(self) -> int:
        keys = [c.key for c in self.columns]
        return keys.index(self.default_sort) if self.default_sort else 0

    def search_fields(self, shown: Sequence[str]) -> tuple[str, ...]:
        """The FTS columns the search box reads while the columns ``shown`` are on screen."""
        found: list[str] = []
        for column in self.columns:
            if column.key in shown:
                found += [c for c in column.search if c not in found]
        return tuple(found)


def data_version(db: Database) -> tuple[int, int]:
    """Changes whenever another connection committed a write since the last call.

    SQLite's ``PRAGMA data_version`` on the reader thread's connection, which never
    writes: any edit, move or import by the UI or the writer thread changes it. Boards,
    lists and To do compare it on a revisit and read again only if it changed (a
    revisit of an unchanged board reads nothing). The database object is part of the
    value: a reopened profile is always new.
    """
    bound = getattr(db, "obj", db)  # the models' proxy: the database it points at
    return id(bound), db.execute_sql("PRAGMA data_version").fetchone()[0]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _cents(text: str) -> int | None:
    try:
        return int((Decimal(text.replace(",", ".").replace(" ", "")) * 100).to_integral_value())
    except (InvalidOperation, ValueError):
        return None


def _day(text: str) -> str | None:
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        return None


def filter_condition(spec: ListSpec, chip: ListFilter) -> tuple[str, list] | None:
    """The SQL condition of one chip, or None when it keeps everything (nothing chosen)."""
    definition = spec.filter_field(chip.field)
    if definition is None:
        return None
    kind, sql = definition.kind, definition.sql
    if kind in ("choice", "values"):
        if not chip.values:
            return None
        marks = ", ".join("?" * len(chip.values))
        if "{in}" in sql:
            return sql.replace("{in}", marks), list(chip.values) * sql.count("{in}")
        return f"{sql} IN ({marks})", list(chip.values)
    if kind == "tag":
        if not chip.values:
            return None
        # Tags are stored "a, b" by the services; imports may write "a,b": compare both alike.
        match = f"(',' || replace({sql}, ', ', ',') || ',') LIKE ? ESCAPE '\\'"
        return (
            "(" + " OR ".join([match] * len(chip.values)) + ")",
            [f"%,{_like_escape(' '.join(v.split()))},%" for v in chip.values],
        )
    convert = (_cents if definition.money else lambda v: v) if kind == "range" else _day
    low = convert(chip.low) if chip.low else None
    high = convert(chip.high) if chip.high else None
    clauses, params = [], []
    if low is not None:
        clauses.append(f"{sql} >= ?")
        params.append(low)
    if high is not None:
        clauses.append(f"{sql} <= ?")
        params.append(high)
    if not clauses:
        return None
    return " AND ".join(clauses), params


def filter_choices(db: Database, definition: FilterField) -> list[str]:
    """The values a chip offers, from the data (a few hundred cities, skills, owners, tags),
    sorted as a French reader expects ("Élodie" with the E's)."""
    if definition.kind == "choice":
        return [str(v) for vocabulary in definition.vocabulary for v in vocabulary]
    if not definition.choices_sql:
        return []
    seen: dict[str, str] = {}
    for (value,) in db.execute_sql(definition.choices_sql):
        parts = str(value or "").split(",") if definition.kind == "tag" else [str(value or "")]
        for part in parts:
            text = " ".join(part.split())
            if text:
                seen.setdefault(text.casefold(), text)
    return sorted(seen.values(), key=lambda v: (fold(v), v))


class ListQuery:
    """One list as currently filtered and sorted.

    Measured at 100,000 talents, each choice below matters:
    - a search on an FTS table joins *from* the FTS table (30 % faster than ``IN``);
    - counting a plain search counts the FTS table alone (1.5 ms instead of 54 ms);
    - a page is read in two steps, ids then rows, so that per-row expressions (the
      top skills subquery) run for 200 rows, not for every row the sort considers;
    - a page past the middle is read from the other end (``ORDER BY`` reversed): the
      last page of 300,000 rows costs what the first does;
    - the row of a record is the count of the rows sorted before it, on the sort
      key's index, not a ``ROW_NUMBER()`` over the whole list (162 ms at 300,000).
    """

    def __init__(
        self,
        db: Database,
        spec: ListSpec,
        text: str = "",
        sort_column: int | None = None,
        descending: bool = False,
        where: tuple[str, list] | None = None,
        filters: Sequence[ListFilter] = (),
        fields: Sequence[str] | None = None,
    ) -> None:
        """``fields``: the FTS columns the words must be found in (None: all of them)."""
        self.db = db
        self.spec = spec
        if sort_column is None:
            sort_column, descending = spec.default_sort_index, spec.default_descending
        self.sort_column = sort_column
        self.descending = descending
        self.text = text
        self.chips = tuple(filters)
        clauses: list[str] = [spec.base_where] if spec.base_where else []
        self.params: list = []
        # One lone letter matches most rows (76 % of talents for "d") and costs 40-50 ms
        # at 100,000 rows: such a "filter" narrows nothing, so it waits for a second letter.
        # So does the one-letter word being typed after others: "sap f" lists what "sap"
        # lists (reading nothing again) rather than every row holding an f-word too (a
        # second at 300,000 talents).
        terms = words(text)
        kept = [t for t in terms if len(t) >= 2]
        self.too_short = bool(terms) and not kept
        query = fts_prefix_query(" ".join(kept)) if kept else None
        self.search_query = query  # the FTS query over every column, for hidden_matches
        self.fields = tuple(fields) if fields is not None else None
        self.source = spec.from_sql
        self.count_source = spec.table
        self.fts_only_count: str | None = None
        self.fts_clause = ""
        if query and spec.fts_table:
            fts = spec.fts_table
            # CROSS JOIN: SQLite keeps the FTS table as the outer loop. Left free, it may walk
            # the sort index and probe the FTS table per row, 100x slower on common words.
            join = f"{fts} CROSS JOIN {spec.table} ON {spec.id_sql} = {fts}.rowid"
            self.source = f"{join} {spec.joins}"
            self.count_source = join
            self.fts_clause = f"{fts} MATCH ?"
            clauses.append(self.fts_clause)
            self.params.append(self.column_query(query, self.fields))
        elif query:
            clauses.append(spec.search_sql)
            fts_params = spec.search_sql.count("?") - spec.search_like_params
            like = _like_escape(text.strip())
            self.params += [query] * fts_params + [like + "%"] * spec.search_like_params
        self.extra_where = where
        extra: list[tuple[str, list]] = [where] if where else []
        extra += [c for c in (filter_condition(spec, chip) for chip in self.chips) if c]
        for condition, params in extra:
            clauses.append(condition)
            self.params += params
        if extra:
            # A caller's condition may name a joined table: count over the joins too.
            self.count_source = self.source
        elif query and spec.fts_table and not spec.base_where:
            fts = spec.fts_table
            self.fts_only_count = f"SELECT COUNT(*) FROM {fts} WHERE {fts} MATCH ?"
        self.where = (" WHERE " + " AND ".join(f"({c})" for c in clauses)) if clauses else ""
        self.filtered = bool(query or extra)
        # The joins never change which rows are listed (see ``joins``): the ids are read
        # without them unless the order or a condition names a joined table. Walking
        # 45,000 missions by start date with the client joined cost 100 ms, 2 ms without.
        needed = f"{self.where} {self.sort_sql}"
        if spec.joins and not any(f"{t}." in needed for t in spec.joined_tables):
            self.source = self.source.replace(spec.joins, "").strip()

    def column_query(self, query: str, fields: Sequence[str] | None) -> str:
        """``query`` restricted to the FTS columns ``fields`` (all of them when None)."""
        if fields is None:
            return query
        return "{" + " ".join(fields) + "} : (" + query + ")"

    @property
    def signature(self) -> tuple:
        """Equal for two queries that list the same rows in the same order."""
        return (self.spec.name, self.where, tuple(self.params), self._order_by())

    @property
    def sort_sql(self) -> str:
        column = self.spec.columns[self.sort_column]
        return column.sort_sql or self.spec.columns[self.spec.default_sort_index].sort_sql

    def _order_by(self, reverse: bool = False) -> str:
        descending = self.descending != reverse
        direction = " DESC" if descending else ""
        return f" ORDER BY {self.sort_sql}{direction}, {self.spec.id_sql}{direction}"

    def count(self) -> int:
        if self.fts_only_count:
            return self.db.execute_sql(self.fts_only_count, self.params).fetchone()[0]
        sql = f"SELECT COUNT(*) FROM {self.count_source}{self.where}"
        return self.db.execute_sql(sql, self.params).fetchone()[0]

    def _and(self, condition: str) -> str:
        return f"{self.where} AND ({condition})" if self.where else f" WHERE {condition}"

    def ids(
        self,
        offset: int,
        limit: int,
        total: int | None = None,
        group: tuple[str, object] | None = None,
    ) -> list[int]:
        """The ids of rows ``offset`` to ``offset + limit``, in list order.

        With ``total`` (the count), a page past the middle is read backwards from the
        end: an ``OFFSET`` walks every row it skips. ``group``: (expression, value)
        keeps one group of a grouped list, ``offset`` counting within it.
        """
        where, params = self.where, list(self.params)
        if group is not None:
            where = (
                self._and(f"{group[0]} = ?")
                if group[1] is not None
                else self._and(f"{group[0]} IS NULL")
            )
            params += [group[1]] if group[1] is not None else []
        reverse = total is not None and offset > total // 2
        if reverse:
            end = min(offset + limit, total)
            offset, limit = total - end, end - offset
            if limit <= 0:
                return []
        sql = (
            f"SELECT {self.spec.id_sql} FROM {self.source}{where}{self._order_by(reverse)} "
            "LIMIT ? OFFSET ?"
        )
        found = [r[0] for r in self.db.execute_sql(sql, [*params, limit, offset])]
        return found[::-1] if reverse else found

    def rows(self, ids: list[int]) -> list[tuple]:
        """The rows (id, column values...) of ``ids``, in that order."""
        if not ids:
            return []
        cols = ", ".join(c.sql for c in self.spec.columns)
        sql = (
            f"SELECT {self.spec.id_sql}, {cols} FROM {self.spec.from_sql} "
            f"WHERE {self.spec.id_sql} IN ({', '.join('?' * len(ids))})"
        )
        by_id = {row[0]: row for row in self.db.execute_sql(sql, ids)}
        return [by_id[i] for i in ids if i in by_id]

    def page(
        self,
        offset: int,
        limit: int,
        total: int | None = None,
        group: tuple[str, object] | None = None,
    ) -> list[tuple]:
        """Rows ``offset`` to ``offset + limit``: (id, column values...)."""
        return self.rows(self.ids(offset, limit, total, group))

    def contains(self, record_id: int) -> bool:
        """Whether the filter keeps ``record_id``."""
        if self.fts_clause:
            # From the record, then its FTS row: one lookup, not a walk of every match.
            fts = self.spec.fts_table
            source = (
                f"{self.spec.table} JOIN {fts} ON {fts}.rowid = {self.spec.id_sql} "
                f"{self.spec.joins}"
            )
        else:
            source = self.source
        sql = f"SELECT 1 FROM {source}{self._and(f'{self.spec.id_sql} = ?')} LIMIT 1"
        return self.db.execute_sql(sql, [*self.params, record_id]).fetchone() is not None

    def sort_value(self, record_id: int, expression: str | None = None) -> tuple[bool, object]:
        """(found, value of the sort key, or of ``expression``) of ``record_id``."""
        sql = (
            f"SELECT {expression or self.sort_sql} FROM {self.spec.from_sql} "
            f"WHERE {self.spec.id_sql} = ?"
        )
        row = self.db.execute_sql(sql, [record_id]).fetchone()
        return (row is not None, row[0] if row else None)

    def rows_before(
        self, record_id: int, value: object, group: tuple[str, object] | None = None
    ) -> int:
        """How many rows of the list sort before ``record_id`` whose sort key is ``value``."""
        key, rid = f"({self.sort_sql})", self.spec.id_sql
        # SQLite sorts NULL first ascending and last descending: the order below is
        # exactly _order_by's, row for row.
        if not self.descending:
            if value is None:
                before, params = f"{key} IS NULL AND {rid} < ?", [record_id]
            else:
                before = f"{key} IS NULL OR {key} < ? OR ({key} = ? AND {rid} < ?)"
                params = [value, value, record_id]
        elif value is None:
            before, params = f"{key} IS NOT NULL OR {rid} > ?", [record_id]
        else:
            before, params = f"{key} > ? OR ({key} = ? AND {rid} > ?)", [value, value, record_id]
        where, all_params = self._and(before), [*self.params, *params]
        if group is not None:
            where += f" AND {group[0]} = ?" if group[1] is not None else f" AND {group[0]} IS NULL"
            all_params += [group[1]] if group[1] is not None else []
        sql = f"SELECT COUNT(*) FROM {self.source}{where}"
        return self.db.execute_sql(sql, all_params).fetchone()[0]

    def position_of(self, record_id: int) -> int | None:
        """The row index of ``record_id`` in this ordering, or None if filtered out."""
        found, value = self.sort_value(record_id)
        if not found or not self.contains(record_id):
            return None
        return self.rows_before(record_id, value)

    # -- grouping ------------------------------------------------------------------------
    def groups(self, group_by: GroupBy) -> list[Group]:
        """The groups of the filtered rows, in display order, with their counts."""
        label = group_by.label_sql or group_by.sql
        order = group_by.order_sql or group_by.sql
        sql = (
            f"SELECT {group_by.sql}, {label}, {order}, COUNT(*) FROM {self.source}{self.where} "
            f"GROUP BY {group_by.sql}"
        )
        rows = self.db.execute_sql(sql, self.params).fetchall()
        if group_by.vocabulary:
            codes = [str(v) for vocabulary in group_by.vocabulary for v in vocabulary]
            rank = {code: i for i, code in enumerate(codes)}
            rows.sort(key=lambda r: (rank.get(r[0], len(rank)), str(r[0])))
        else:
            rows.sort(key=lambda r: (r[2] is None, fold(str(r[2] or "")), str(r[1] or "")))
        return [Group(value, shown, count) for value, shown, _order, count in rows]

    # -- the search box ----------------------------------------------------------------
    def hidden_matches(self) -> tuple[int, list[str]]:
        """Rows the words would also find in the FTS columns no shown column holds, and
        which of those columns (their FTS names) hold them: "12 more in mobility"."""
        spec = self.spec
        if not (self.search_query and spec.fts_table and self.fields is not None):
            return 0, []
        hidden = [c for c in spec.hidden_search if c not in self.fields]
        if not hidden:
            return 0, []
        index = self.params.index(self.column_query(self.search_query, self.fields))

        def count_in(fields: Sequence[str] | None) -> int:
            params = list(self.params)
            params[index] = self.column_query(self.search_query, fields)
            sql = self.fts_only_count or f"SELECT COUNT(*) FROM {self.count_source}{self.where}"
            return self.db.execute_sql(sql, params).fetchone()[0]

        shown = count_in(self.fields)
        more = count_in(None) - shown
        if more <= 0:
            return 0, []
        named = [h for h in hidden if count_in((*self.fields, h)) > shown]
        return more, named


def _fts(table: str, column: str = "id") -> str:
    """``column`` is the id of a record whose *name* holds the words (the name is what the
    contracts' and invoices' lists show of a client or a talent)."""
    return f"{column} IN (SELECT rowid FROM {table} WHERE {table} MATCH '{{name}} : (' || ? || ')')"


_MISSION_TOP_SKILLS = (
    "(SELECT group_concat(name, ', ') FROM (SELECT s.name FROM mission_skill ms "
    "JOIN skill s ON s.id = ms.skill_id WHERE ms.mission_id = mission.id "
    "ORDER BY ms.required DESC, ms.level DESC, s.key LIMIT 4))"
)
_TOP_SKILLS = (
    "(SELECT group_concat(name, ', ') FROM (SELECT s.name FROM talent_skill ts "
    "JOIN skill s ON s.id = ts.skill_id WHERE ts.talent_id = talent.id "
    "ORDER BY ts.level DESC, s.key LIMIT 4))"
)

# The trust indicator: how many of the four vetting checks a company passed (0 to 4).
TRUST_SQL = (
    "(company.vetted_identity + company.vetted_brief + company.vetted_budget "
    "+ company.vetted_value)"
)
# 1 when the scope checklist is complete: domain.missions.missing_scope in SQL (the texts
# are stored stripped, so an empty text is a missing item).
_SCOPE_COMPLETE = "({})".format(
    " AND ".join(
        "EXISTS (SELECT 1 FROM mission_phase p WHERE p.mission_id = mission.id)"
        if item == "phases"
        else f"mission.{item} != ''"
        for item in SCOPE_ITEMS
    )
)

TALENTS = ListSpec(
    name="talents",
    search_hint=QT_TRANSLATE_NOOP("Lists", "Filter: name, skill, city…"),
    table="talent",
    columns=(
        Column(
            "name",
            QT_TRANSLATE_NOOP("Columns", "Name"),
            "first_name || ' ' || last_name",
            "sort_name",
            width=180,
            search=("name",),
        ),
        Column(
            "title",
            QT_TRANSLATE_NOOP("Columns", "Title"),
            "title",
            "title",
            width=200,
            search=("title",),
        ),
        Column(
            "skills",
            QT_TRANSLATE_NOOP("Columns", "Main skills"),
            _TOP_SKILLS,
            width=220,
            search=("skills",),
        ),
        Column(
            "daily_rate",
            QT_TRANSLATE_NOOP("Columns", "Daily rate"),
            "daily_rate",
            "daily_rate",
            "rate",
            76,
        ),
        Column(
            "city",
            QT_TRANSLATE_NOOP("Columns", "City"),
            "city",
            "city",
            width=120,
            search=("place",),
        ),
        Column(
            "available_from",
            QT_TRANSLATE_NOOP("Columns", "Available from"),
            "available_from",
            "available_from",
            "date",
            100,
        ),
        Column(
            "load",
            QT_TRANSLATE_NOOP("Columns", "Load"),
            "load_percent",
            "load_percent",
            "percent",
            62,
            hidden=True,
        ),
        Column(
            "status",
            QT_TRANSLATE_NOOP("Columns", "Status"),
            "status",
            "status",
            "vocabulary",
            110,
            vocabulary=(TalentStatus,),
        ),
        Column(
            "follow_up",
            QT_TRANSLATE_NOOP("Columns", "Follow-up"),
            "next_follow_up_on",
            "next_follow_up_on",
            "date",
            100,
            hidden=True,
        ),
    ),
    fts_table="talent_fts",
    hidden_search={
        "contact": QT_TRANSLATE_NOOP("Filters", "e-mail or phone"),
        "notes": QT_TRANSLATE_NOOP("Filters", "notes"),
        "mobility": QT_TRANSLATE_NOOP("Filters", "mobility"),
        "languages": QT_TRANSLATE_NOOP("Filters", "languages"),
        "certifications": QT_TRANSLATE_NOOP("Filters", "certifications"),
        "source": QT_TRANSLATE_NOOP("Filters", "source"),
    },
    empty_hint=QT_TRANSLATE_NOOP(
        "Lists", "No talent yet. Add one with New (Ctrl+N), or load the demo data from Home."
    ),
    filters=(
        FilterField(
            "status",
            QT_TRANSLATE_NOOP("Filters", "Status"),
            "choice",
            "talent.status",
            vocabulary=(TalentStatus,),
        ),
        FilterField(
            "place",
            QT_TRANSLATE_NOOP("Filters", "City or region"),
            "values",
            "(talent.city IN ({in}) OR talent.region IN ({in}))",
            choices_sql=(
                "SELECT DISTINCT city FROM talent WHERE city != '' "
                "UNION SELECT DISTINCT region FROM talent WHERE region != ''"
            ),
        ),
        FilterField(
            "skill",
            QT_TRANSLATE_NOOP("Filters", "Skill"),
            "values",
            "talent.id IN (SELECT ts.talent_id FROM talent_skill ts JOIN skill s "
            "ON s.id = ts.skill_id WHERE s.name IN ({in}))",
            choices_sql="SELECT name FROM skill",
        ),
        FilterField(
            "daily_rate",
            QT_TRANSLATE_NOOP("Filters", "Daily rate"),
            "range",
            "talent.daily_rate",
            money=True,
        ),
        FilterField(
            "available_from",
            QT_TRANSLATE_NOOP("Filters", "Available from"),
            "date",
            "talent.available_from",
        ),
        FilterField(
            "follow_up",
            QT_TRANSLATE_NOOP("Filters", "Next follow-up"),
            "date",
            "talent.next_follow_up_on",
        ),
    ),
    groups=(
        GroupBy(
            "status",
            QT_TRANSLATE_NOOP("Columns", "Status"),
            "talent.status",
            vocabulary=(TalentStatus,),
        ),
    ),
)

COMPANIES = ListSpec(
    name="companies",
    search_hint=QT_TRANSLATE_NOOP("Lists", "Filter: name, SIREN, city, sector…"),
    table="company",
    columns=(
        Column(
            "name",
            QT_TRANSLATE_NOOP("Columns", "Name"),
            "name",
            "sort_name",
            width=200,
            search=("name",),
        ),
        Column(
            "siren",
            QT_TRANSLATE_NOOP("Columns", "SIREN"),
            "siren",
            "siren",
            "siren",
            100,
            search=("identity",),
        ),
        Column(
            "city",
            QT_TRANSLATE_NOOP("Columns", "City"),
            "city",
            "city",
            width=130,
            search=("place",),
        ),
        Column(
            "sector",
            QT_TRANSLATE_NOOP("Columns", "Sector"),
            "sector",
            "sector",
            width=140,
            search=("sector",),
        ),
        Column(
            "stage",
            QT_TRANSLATE_NOOP("Columns", "Stage"),
            "stage",
            "stage",
            "vocabulary",
            100,
            vocabulary=(PipelineStage,),
        ),
        Column(
            "trust",
            QT_TRANSLATE_NOOP("Columns", "Trust"),
            TRUST_SQL,
            TRUST_SQL,
            "trust",
            70,
        ),
        Column(
            "follow_up",
            QT_TRANSLATE_NOOP("Columns", "Follow-up"),
            "next_follow_up_on",
            "next_follow_up_on",
            "date",
            100,
            hidden=True,
        ),
        Column(
            "contacts",
            QT_TRANSLATE_NOOP("Columns", "Contacts"),
            "(SELECT COUNT(*) FROM contact WHERE contact.company_id = company.id)",
            None,
            "number",
            80,
        ),
        Column(
            "created",
            QT_TRANSLATE_NOOP("Columns", "Created"),
            "date(created_at)",
            "created_at",
            "date",
            100,
            hidden=True,
        ),
    ),
    fts_table="company_fts",
    hidden_search={
        "contact": QT_TRANSLATE_NOOP("Filters", "e-mail or website"),
        "notes": QT_TRANSLATE_NOOP("Filters", "notes"),
        "owner": QT_TRANSLATE_NOOP("Filters", "account owner"),
        "tags": QT_TRANSLATE_NOOP("Filters", "tags"),
    },
    empty_hint=QT_TRANSLATE_NOOP(
        "Lists", "No company yet. Add a prospect with New (Ctrl+N), or load the demo data."
    ),
    filters=(
        FilterField(
            "stage",
            QT_TRANSLATE_NOOP("Filters", "Stage"),
            "choice",
            "company.stage",
            vocabulary=(PipelineStage,),
        ),
        FilterField(
            "place",
            QT_TRANSLATE_NOOP("Filters", "City"),
            "values",
            "company.city",
            choices_sql="SELECT DISTINCT city FROM company WHERE city != ''",
        ),
        FilterField(
            "sector",
            QT_TRANSLATE_NOOP("Filters", "Sector"),
            "values",
            "company.sector",
            choices_sql="SELECT DISTINCT sector FROM company WHERE sector != ''",
        ),
        FilterField(
            "owner",
            QT_TRANSLATE_NOOP("Filters", "Account owner"),
            "values",
            "company.owner",
            choices_sql="SELECT DISTINCT owner FROM company WHERE owner != ''",
        ),
        FilterField(
            "tag",
            QT_TRANSLATE_NOOP("Filters", "Tag"),
            "tag",
            "company.tags",
            choices_sql="SELECT DISTINCT tags FROM company WHERE tags != ''",
        ),
        FilterField(
            "follow_up",
            QT_TRANSLATE_NOOP("Filters", "Next follow-up"),
            "date",
            "company.next_follow_up_on",
        ),
    ),
    groups=(
        GroupBy(
            "stage",
            QT_TRANSLATE_NOOP("Columns", "Stage"),
            "company.stage",
            vocabulary=(PipelineStage,),
        ),
    ),
)


# Columns of the missions list that the missions board's list shows too.
MISSION_CLIENT_COLUMNS = (
    Column(
        "company",
        QT_TRANSLATE_NOOP("Columns", "Client"),
        "company.name",
        "company.sort_name",
        width=180,
        search=("client",),
    ),
    Column(
        "status",
        QT_TRANSLATE_NOOP("Columns", "Status"),
        "mission.status",
        "mission.status",
        "vocabulary",
        100,
        vocabulary=(MissionStatus,),
    ),
)
MISSION_SCHEDULE_COLUMNS = (
    Column(
        "start",
        QT_TRANSLATE_NOOP("Columns", "Start"),
        "mission.start_date",
        "mission.start_date",
        "date",
        100,
    ),
    Column(
        "duration",
        QT_TRANSLATE_NOOP("Columns", "Days"),
        "mission.duration_days",
        "mission.duration_days",
        "number",
        60,
    ),
    Column(
        "rate",
        QT_TRANSLATE_NOOP("Columns", "Client rate"),
        "mission.client_daily_rate",
        "mission.client_daily_rate",
        "rate",
        90,
    ),
)

MISSIONS = ListSpec(
    name="missions",
    search_hint=QT_TRANSLATE_NOOP("Lists", "Filter: title, client, skill…"),
    table="mission",
    joins="JOIN company ON company.id = mission.company_id",
    columns=(
        Column(
            "title",
            QT_TRANSLATE_NOOP("Columns", "Title"),
            "mission.title",
            "mission.title COLLATE NOCASE",
            width=240,
            search=("name",),
        ),
        *MISSION_CLIENT_COLUMNS,
        Column(
            "skills",
            QT_TRANSLATE_NOOP("Columns", "Skills"),
            _MISSION_TOP_SKILLS,
            width=180,
            search=("skills",),
        ),
        Column(
            "scope",
            QT_TRANSLATE_NOOP("Columns", "Scope"),
            _SCOPE_COMPLETE,
            _SCOPE_COMPLETE,
            "scope",
            70,
        ),
        *MISSION_SCHEDULE_COLUMNS,
        Column(
            "city",
            QT_TRANSLATE_NOOP("Columns", "City"),
            "mission.city",
            "mission.city",
            width=110,
            search=("place",),
        ),
    ),
    fts_table="mission_fts",
    hidden_search={
        "sector": QT_TRANSLATE_NOOP("Filters", "sector"),
        "description": QT_TRANSLATE_NOOP("Filters", "description"),
        "scope": QT_TRANSLATE_NOOP("Filters", "objectives and deliverables"),
    },
    default_sort="start",
    default_descending=True,
    empty_hint=QT_TRANSLATE_NOOP("Lists", "No mission yet."),
    filters=(
        FilterField(
            "status",
            QT_TRANSLATE_NOOP("Filters", "Status"),
            "choice",
            "mission.status",
            vocabulary=(MissionStatus,),
        ),
        FilterField(
            "client",
            QT_TRANSLATE_NOOP("Filters", "Client"),
            "values",
            "mission.company_id IN (SELECT id FROM company WHERE name IN ({in}))",
            choices_sql=(
                "SELECT name FROM company WHERE id IN (SELECT DISTINCT company_id FROM mission)"
            ),
        ),
        FilterField(
            "skill",
            QT_TRANSLATE_NOOP("Filters", "Skill"),
            "values",
            "mission.id IN (SELECT ms.mission_id FROM mission_skill ms JOIN skill s "
            "ON s.id = ms.skill_id WHERE s.name IN ({in}))",
            choices_sql="SELECT name FROM skill",
        ),
        FilterField(
            "place",
            QT_TRANSLATE_NOOP("Filters", "City"),
            "values",
            "mission.city",
            choices_sql="SELECT DISTINCT city FROM mission WHERE city != ''",
        ),
        FilterField(
            "rate",
            QT_TRANSLATE_NOOP("Filters", "Client daily rate"),
            "range",
            "mission.client_daily_rate",
            money=True,
        ),
        FilterField(
            "start",
            QT_TRANSLATE_NOOP("Filters", "Start"),
            "date",
            "mission.start_date",
        ),
    ),
    groups=(
        GroupBy(
            "status",
            QT_TRANSLATE_NOOP("Columns", "Status"),
            "mission.status",
            vocabulary=(MissionStatus,),
        ),
        GroupBy(
            "client",
            QT_TRANSLATE_NOOP("Columns", "Client"),
            "mission.company_id",
            "company.name",
            "company.sort_name",
        ),
    ),
)

CONTRACTS = ListSpec(
    name="contracts",
    search_hint=QT_TRANSLATE_NOOP("Lists", "Filter: reference, client, talent…"),
    table="contract",
    joins=(
        "JOIN company ON company.id = contract.company_id "
        "LEFT JOIN talent ON talent.id = contract.talent_id"
    ),
    columns=(
        Column(
            "reference",
            QT_TRANSLATE_NOOP("Columns", "Reference"),
            "contract.reference",
            "contract.reference",
            width=110,
        ),
        Column(
            "title",
            QT_TRANSLATE_NOOP("Columns", "Title"),
            "contract.title",
            "contract.title COLLATE NOCASE",
            width=220,
        ),
        Column(
            "company",
            QT_TRANSLATE_NOOP("Columns", "Client"),
            "company.name",
            "company.sort_name",
            width=170,
        ),
        Column(
            "talent",
            QT_TRANSLATE_NOOP("Columns", "Talent"),
            "talent.first_name || ' ' || talent.last_name",
            "talent.sort_name",
            width=150,
        ),
        Column(
            "status",
            QT_TRANSLATE_NOOP("Columns", "Status"),
            "contract.status",
            "contract.status",
            "vocabulary",
            90,
            vocabulary=(ContractStatus,),
        ),
        Column(
            "start",
            QT_TRANSLATE_NOOP("Columns", "Start"),
            "contract.start_date",
            "contract.start_date",
            "date",
            95,
        ),
        Column(
            "end",
            QT_TRANSLATE_NOOP("Columns", "End"),
            "contract.end_date",
            "contract.end_date",
            "date",
            95,
        ),
        Column(
            "rate",
            QT_TRANSLATE_NOOP("Columns", "Daily rate"),
            "contract.daily_rate",
            "contract.daily_rate",
            "rate",
            90,
        ),
    ),
    search_sql=(
        _fts("company_fts", "contract.company_id")
        + " OR "
        + _fts("talent_fts", "contract.talent_id")
        + " OR contract.reference LIKE ? ESCAPE '\\'"
    ),
    search_like_params=1,
    default_sort="start",
    default_descending=True,
    empty_hint=QT_TRANSLATE_NOOP("Lists", "No contract yet."),
    filters=(
        FilterField(
            "status",
            QT_TRANSLATE_NOOP("Filters", "Status"),
            "choice",
            "contract.status",
            vocabulary=(ContractStatus,),
        ),
        FilterField(
            "client",
            QT_TRANSLATE_NOOP("Filters", "Client"),
            "values",
            "contract.company_id IN (SELECT id FROM company WHERE name IN ({in}))",
            choices_sql=(
                "SELECT name FROM company WHERE id IN (SELECT DISTINCT company_id FROM contract)"
            ),
        ),
        FilterField(
            "rate",
            QT_TRANSLATE_NOOP("Filters", "Daily rate"),
            "range",
            "contract.daily_rate",
            money=True,
        ),
        FilterField(
            "start",
            QT_TRANSLATE_NOOP("Filters", "Start"),
            "date",
            "contract.start_date",
        ),
        FilterField(
            "end",
            QT_TRANSLATE_NOOP("Filters", "End"),
            "date",
            "contract.end_date",
        ),
    ),
    groups=(
        GroupBy(
            "status",
            QT_TRANSLATE_NOOP("Columns", "Status"),
            "contract.status",
            vocabulary=(ContractStatus,),
        ),
        GroupBy(
            "client",
            QT_TRANSLATE_NOOP("Columns", "Client"),
            "contract.company_id",
            "company.name",
            "company.sort_name",
        ),
    ),
)

# "overdue" is derived, never stored: unpaid after the due date (penalties run from the next day).
_INVOICE_STATUS = (
    "CASE WHEN invoice.status IN ('issued', 'sent', 'partially_paid') "
    "AND invoice.kind = 'invoice' "
    "AND invoice.due_date < date('now', 'localtime') THEN 'overdue' ELSE invoice.status END"
)

INVOICES = ListSpec(
    name="invoices",
    search_hint=QT_TRANSLATE_NOOP("Lists", "Filter: number, client…"),
    table="invoice",
    joins="JOIN company ON company.id = invoice.company_id",
    columns=(
        # the amounts beside the client: on a laptop the last columns scroll out of view
        Column(
            "number",
            QT_TRANSLATE_NOOP("Columns", "Number"),
            "invoice.number",
            "invoice.number",
            width=100,
        ),
        Column(
            "company",
            QT_TRANSLATE_NOOP("Columns", "Client"),
            "company.name",
            "company.sort_name",
            width=200,
        ),
        Column(
            "status",
            QT_TRANSLATE_NOOP("Columns", "Status"),
            _INVOICE_STATUS,
            "invoice.status",
            "vocabulary",
            100,
            vocabulary=(InvoiceStatus, DerivedStatus),
        ),
        Column(
            "total",
            QT_TRANSLATE_NOOP("Columns", "Total incl. VAT"),
            "invoice.total_incl_tax",
            "invoice.total_incl_tax",
            "money",
            120,
        ),
        Column(
            "balance",
            QT_TRANSLATE_NOOP("Columns", "Balance due"),
            "invoice.total_incl_tax - invoice.amount_paid - invoice.amount_credited",
            "invoice.total_incl_tax - invoice.amount_paid - invoice.amount_credited",
            "money",
            110,
        ),
        Column(
            "due",
            QT_TRANSLATE_NOOP("Columns", "Due"),
            "invoice.due_date",
            "invoice.due_date",
            "date",
            95,
        ),
        Column(
            "issued",
            QT_TRANSLATE_NOOP("Columns", "Issued"),
            "invoice.issue_date",
            "invoice.issue_date",
            "date",
            95,
        ),
        Column(
            "kind",
            QT_TRANSLATE_NOOP("Columns", "Type"),
            "invoice.kind",
            "invoice.kind",
            "vocabulary",
            90,
            vocabulary=(InvoiceKind,),
        ),
    ),
    search_sql=(
        _fts("company_fts", "invoice.company_id") + " OR invoice.number LIKE ? ESCAPE '\\'"
    ),
    search_like_params=1,
    default_sort="issued",
    default_descending=True,
    empty_hint=QT_TRANSLATE_NOOP("Lists", "No invoice yet."),
    filters=(
        FilterField(
            "status",
            QT_TRANSLATE_NOOP("Filters", "Status"),
            "choice",
            _INVOICE_STATUS,
            vocabulary=(InvoiceStatus, DerivedStatus),
        ),
        FilterField(
            "client",
            QT_TRANSLATE_NOOP("Filters", "Client"),
            "values",
            "invoice.company_id IN (SELECT id FROM company WHERE name IN ({in}))",
            choices_sql=(
                "SELECT name FROM company WHERE id IN (SELECT DISTINCT company_id FROM invoice)"
            ),
        ),
        FilterField(
            "issued",
            QT_TRANSLATE_NOOP("Filters", "Issued"),
            "date",
            "invoice.issue_date",
        ),
        FilterField(
            "due",
            QT_TRANSLATE_NOOP("Filters", "Due"),
            "date",
            "invoice.due_date",
        ),
        FilterField(
            "total",
            QT_TRANSLATE_NOOP("Filters", "Total incl. VAT"),
            "range",
            "invoice.total_incl_tax",
            money=True,
        ),
    ),
    groups=(
        GroupBy(
            "status",
            QT_TRANSLATE_NOOP("Columns", "Status"),
            _INVOICE_STATUS,
            vocabulary=(InvoiceStatus, DerivedStatus),
        ),
        GroupBy(
            "client",
            QT_TRANSLATE_NOOP("Columns", "Client"),
            "invoice.company_id",
            "company.name",
            "company.sort_name",
        ),
    ),
)

ALL_LISTS = {spec.name: spec for spec in (TALENTS, COMPANIES, MISSIONS, CONTRACTS, INVOICES)}
