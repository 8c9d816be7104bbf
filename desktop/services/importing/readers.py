"""Reading a file into a table of cells: CSV, Excel (.xlsx) and vCard (.vcf).

What French Excel and CRM exports produce, read without asking:

- CSV encodings: UTF-8 with or without BOM, UTF-16 (with a BOM or without), else
  Windows-1252 or Mac Roman, decided line by line (:mod:`text_lines`): a file mixing
  UTF-8 and Windows-1252 lines is read right and the odd lines named in a warning.
- CSV separators: ``;`` (French Excel: the comma is the decimal separator), ``,``, tab
  or ``|``, found by parsing the first records with each and keeping the one that gives
  the same number of columns on most of them.
- Quoted fields with line breaks. Each row keeps the row number a spreadsheet shows
  for it (records, blank ones included, the header being 1), so that an error names
  the row the user sees when the file is opened in Excel.
- Excel (:mod:`workbooks`): the active sheet (or the one asked for), dates as dates,
  numbers as exact ``Decimal``, percentages as 0-100.
- vCard (:mod:`desktop.domain.vcard`, through ``vobject``).
- A leading ``'`` that our exports put before ``= + - @`` (formula-injection guard) is
  removed again.

Every reader streams the file and stops at the :class:`ImportLimits` with a message
naming the limit; a damaged file gives a plain :class:`ImportFileError`, never a
traceback.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from desktop.domain.errors import Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.spreadsheet import unguard_formula
from desktop.services.importing.limits import (
    DEFAULT_LIMITS,
    FIELD_TOO_LONG,
    FILE_TOO_BIG,
    TOO_MANY_COLUMNS,
    TOO_MANY_ROWS,
    ImportFileError,
    ImportLimits,
    file_error,
    limit_error,
    megabytes,
)
from desktop.services.importing.text_lines import Decoding, decoded_lines, line_list

Cell = str | Decimal | dt.date | dt.datetime | bool | None

DELIMITERS = ";,\t|"
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
VCARD_SUFFIXES = (".vcf", ".vcard")

MIXED_ENCODINGS = QT_TRANSLATE_NOOP(
    "Import",
    "These lines are not UTF-8 like the rest of the file and were read as {encoding} (check "
    "their accents): {lines}.",
)

__all__ = ["Cell", "ImportFileError", "SourceRow", "SourceTable", "cell_text", "read_table"]


@dataclass(frozen=True)
class SourceRow:
    line: int  # the row a spreadsheet shows (CSV, Excel) or the line of BEGIN:VCARD
    cells: tuple[Cell, ...]
    problem: Message | None = None  # the reader knows the row cannot be a person, etc.


@dataclass
class SourceTable:
    """A file as a header and rows of cells; blank rows are left out."""

    name: str
    format: str  # csv | xlsx | vcf
    headers: list[str]
    rows: list[SourceRow] = field(default_factory=list)
    encoding: str = ""  # csv, vcf: the encoding found
    delimiter: str = ""  # csv: the separator found
    warnings: list[Message] = field(default_factory=list)  # read, but check this
    sheet: str = ""  # xlsx: the sheet read
    sheets: list[str] = field(default_factory=list)  # xlsx: every worksheet, in order
    stray_cells: dict[int, list[str]] = field(default_factory=dict)  # xlsx: row -> cells

    def column(self, index: int, limit: int = 5) -> list[str]:
        """The first ``limit`` non-empty values of column ``index``, as text (for previews)."""
        values = []
        for row in self.rows:
            value = row.cells[index] if index < len(row.cells) else None
            if value not in (None, ""):
                values.append(cell_text(value))
                if len(values) == limit:
                    break
        return values


def cell_text(value: Cell) -> str:
    """A cell as text: integral numbers without ``.0``, dates as dd/mm/yyyy."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, Decimal):
        return str(value.quantize(1)) if value == value.to_integral_value() else str(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M") if value.time() else value.strftime("%d/%m/%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


_error = file_error


def read_table(
    path: Path, *, sheet: str | None = None, limits: ImportLimits = DEFAULT_LIMITS
) -> SourceTable:
    """The table in ``path``, by its extension; raises :class:`ImportFileError`.

    ``sheet`` names the worksheet of a workbook to read (default: the active one).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise _error(
            QT_TRANSLATE_NOOP(
                "Import", "{name} is an old Excel file (.xls): save it as .xlsx or .csv first."
            ),
            name=path.name,
        )
    if suffix not in (*CSV_SUFFIXES, *XLSX_SUFFIXES, *VCARD_SUFFIXES):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Import", "{name}: unknown file type; use a .csv, .xlsx or .vcf file."
            ),
            name=path.name,
        )
    try:
        size = path.stat().st_size
        if size > limits.file_bytes:
            raise limit_error(
                FILE_TOO_BIG,
                name=path.name,
                size=megabytes(size),
                limit=megabytes(limits.file_bytes),
            )
        if suffix in XLSX_SUFFIXES:
            from desktop.services.importing.workbooks import read_xlsx

            table = read_xlsx(path, sheet, limits)
        elif suffix in VCARD_SUFFIXES:
            from desktop.services.importing.vcards import read_vcard

            with path.open("rb") as stream:
                table = read_vcard(stream, path.name, limits)
        else:
            with path.open("rb") as stream:
                table = read_csv(stream, path.name, limits)
    except OSError as exc:
        raise _error(
            QT_TRANSLATE_NOOP("Import", "Cannot read {name}: {reason}"),
            name=path.name,
            reason=exc.strerror or str(exc),
        ) from exc
    if not table.headers:
        raise _error(QT_TRANSLATE_NOOP("Import", "{name} is empty."), name=path.name)
    return table


def encoding_warnings(decoding: Decoding, rows: dict[int, int] | None = None) -> list[Message]:
    """The warning naming the lines read in another encoding; ``rows`` maps physical
    lines to the row numbers a spreadsheet shows (CSV)."""
    mixed = decoding.mixed_lines
    if not mixed:
        return []
    if rows is not None:
        mixed = sorted({rows.get(line, line) for line in mixed})
    encodings = " / ".join(sorted(decoding.fallback))
    return [Message("Import", MIXED_ENCODINGS, {"lines": line_list(mixed), "encoding": encodings})]


def _records(lines, delimiter: str):
    return csv.reader(lines, delimiter=delimiter)


def sniff_delimiter(lines: list[str]) -> str:
    """The separator that gives the most regular columns over the first records."""
    best, best_score = ";", (0.0, 0)
    for delimiter in DELIMITERS:
        try:
            records = [
                r
                for r in itertools.islice(_records(iter(lines), delimiter), 50)
                if any(c.strip() for c in r)
            ]
        except csv.Error:
            continue
        if not records or len(records[0]) < 2:
            continue
        width = len(records[0])
        regular = sum(1 for r in records if len(r) == width) / len(records)
        score = (regular, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


_EXCEL_SEPARATOR = re.compile(r'"?sep=(.)"?\r?\n?$', re.IGNORECASE)
SNIFF_CHARS = 65_536


def read_csv(stream, name: str = "", limits: ImportLimits = DEFAULT_LIMITS) -> SourceTable:
    """The table of a CSV file, streamed line by line (see the module docstring)."""
    decoding = Decoding()
    lines: Iterator[str] = decoded_lines(stream, decoding, limits, name)
    head: list[str] = []
    size = 0
    for line in lines:
        head.append(line)
        size += len(line)
        if size >= SNIFF_CHARS:
            break
    # "sep=;" on the first line: Excel's own way of naming the separator; Excel does not
    # show it as a row.
    declared = _EXCEL_SEPARATOR.match(head[0]) if head else None
    if declared:
        delimiter = declared.group(1)
        head = head[1:]
    else:
        # Judge on whole records: leave out a last line that may be cut by the sample.
        delimiter = sniff_delimiter(head[:-1] if len(head) > 1 and size >= SNIFF_CHARS else head)
    table = SourceTable(name, "csv", [], delimiter=delimiter)
    reader = _records(itertools.chain(head, lines), delimiter)
    number = 0
    skipped = 1 if declared else 0  # physical lines before the reader's first
    rows: dict[int, int] = {}  # physical line read in a fallback encoding -> its row
    mapped: dict[str, int] = {}  # how many lines of each fallback list are in ``rows``
    try:
        for number, record in enumerate(reader, 1):
            last = reader.line_num + skipped
            for encoding, lines_read in decoding.fallback.items():
                index = mapped.get(encoding, 0)
                while index < len(lines_read) and lines_read[index] <= last:
                    rows[lines_read[index]] = number
                    index += 1
                mapped[encoding] = index
            if len(record) > limits.columns:
                raise limit_error(
                    TOO_MANY_COLUMNS, name=name, line=number, count=len(record),
                    limit=limits.columns,
                )  # fmt: skip
            if not any(cell.strip() for cell in record):
                continue
            if not table.headers:
                table.headers = [h.strip().lstrip("\ufeff") for h in record]
                continue
            if len(table.rows) == limits.rows:
                raise limit_error(TOO_MANY_ROWS, name=name, limit=limits.rows)
            table.rows.append(SourceRow(number, tuple(unguard_formula(c) for c in record)))
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise limit_error(
                FIELD_TOO_LONG, name=name, line=number + 1, limit=csv.field_size_limit()
            ) from exc
        raise _error(
            QT_TRANSLATE_NOOP("Import", "{name}, line {line}: cannot read the file ({reason})."),
            name=name,
            line=number + 1,
            reason=str(exc),
        ) from exc
    table.encoding = decoding.encoding
    table.warnings += encoding_warnings(decoding, rows)
    return table


def read_csv_bytes(data: bytes, name: str = "", limits: ImportLimits = DEFAULT_LIMITS):
    """:func:`read_csv` of bytes in memory (tests, pasted text)."""
    import io

    return read_csv(io.BytesIO(data), name, limits)
