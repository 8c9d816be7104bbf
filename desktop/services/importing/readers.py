"""Reading a file into a table of cells: CSV, Excel (.xlsx) and vCard (.vcf).

What French Excel and CRM exports produce, read without asking:

- CSV encodings: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"),
  else Windows-1252 (Excel's "CSV (séparateur: point-virgule)"). A strict UTF-8 decode
  decides: Windows-1252 text with accents is never valid UTF-8 in practice.
- CSV separators: ``;`` (French Excel: the comma is the decimal separator), ``,``, tab
  or ``|``, found by parsing the first records with each and keeping the one that gives
  the same number of columns on most of them.
- Quoted fields with line breaks. Each row keeps the physical line it starts on, so that
  an error names the line a text editor shows.
- Excel: the first sheet, dates as dates, numbers as exact ``Decimal`` (through
  ``str()``, never float arithmetic), percentages as 0-100.
- A leading ``'`` that our exports put before ``= + - @`` (formula-injection guard) is
  removed again.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.spreadsheet import unguard_formula
from desktop.domain.vcard import parse_vcards

Cell = str | Decimal | dt.date | dt.datetime | bool | None

DELIMITERS = ";,\t|"
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
VCARD_SUFFIXES = (".vcf", ".vcard")

# The headers of the table a vCard file gives; header recognition maps them to fields.
VCARD_HEADERS = ("First name", "Last name", "Full name", "E-mail", "Phone", "Company", "Title")
VCARD_NOTES = "Notes"


class ImportFileError(DomainError):
    """The file cannot be read at all (missing, wrong format, damaged)."""


@dataclass(frozen=True)
class SourceRow:
    line: int  # physical line of the record start (CSV, vCard) or sheet row (Excel)
    cells: tuple[Cell, ...]


@dataclass
class SourceTable:
    """A file as a header and rows of cells; blank rows are left out."""

    name: str
    format: str  # csv | xlsx | vcf
    headers: list[str]
    rows: list[SourceRow] = field(default_factory=list)
    encoding: str = ""  # csv, vcf: the encoding found
    delimiter: str = ""  # csv: the separator found

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


def _error(template: str, **params: object) -> ImportFileError:
    return ImportFileError(Message("Import", template, params))


def read_table(path: Path) -> SourceTable:
    """The table in ``path``, by its extension; raises :class:`ImportFileError`."""
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
        if suffix in XLSX_SUFFIXES:
            table = read_xlsx(path)
        else:
            data = path.read_bytes()
            if suffix in VCARD_SUFFIXES:
                table = read_vcard_bytes(data, path.name)
            else:
                table = read_csv_bytes(data, path.name)
    except OSError as exc:
        raise _error(
            QT_TRANSLATE_NOOP("Import", "Cannot read {name}: {reason}"),
            name=path.name,
            reason=exc.strerror or str(exc),
        ) from exc
    if not table.headers:
        raise _error(QT_TRANSLATE_NOOP("Import", "{name} is empty."), name=path.name)
    return table


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding name): BOMs first, then strict UTF-8, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:  # the 5 bytes cp1252 leaves undefined: read them as Latin-1
        return data.decode("latin-1"), "Latin-1"


def _records(text: str, delimiter: str):
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def sniff_delimiter(text: str) -> str:
    """The separator that gives the most regular columns over the first records."""
    sample = text[:65_536]
    if len(sample) < len(text):  # do not judge on a record cut in half
        sample = sample[: max(sample.rfind("\n"), 0)]
    best, best_score = ";", (0.0, 0)
    for delimiter in DELIMITERS:
        try:
            records = [
                r
                for r in itertools.islice(_records(sample, delimiter), 50)
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


_EXCEL_SEPARATOR = re.compile(r'"?sep=(.)"?\r?\n', re.IGNORECASE)


def read_csv_bytes(data: bytes, name: str = "") -> SourceTable:
    text, encoding = decode_text(data)
    text = text.replace("\x00", "")
    start = 1
    # "sep=;" on the first line: Excel's own way of naming the separator.
    declared = _EXCEL_SEPARATOR.match(text)
    if declared:
        delimiter, text, start = declared.group(1), text[declared.end() :], 2
    else:
        delimiter = sniff_delimiter(text)
    table = SourceTable(name, "csv", [], encoding=encoding, delimiter=delimiter)
    reader = _records(text, delimiter)
    first = start
    try:
        for record in reader:
            line, start = start, first + reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if not table.headers:
                table.headers = [h.strip().lstrip("\ufeff") for h in record]
            else:
                table.rows.append(SourceRow(line, tuple(unguard_formula(c) for c in record)))
    except csv.Error as exc:
        raise _error(
            QT_TRANSLATE_NOOP("Import", "{name}, line {line}: cannot read the file ({reason})."),
            name=name,
            line=start,
            reason=str(exc),
        ) from exc
    return table


def _xlsx_cell(cell) -> Cell:
    value = getattr(cell, "value", None)
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        number = Decimal(str(value))
        if "%" in (getattr(cell, "number_format", "") or ""):
            number = number.scaleb(2)  # 0.8 shown as 80 %
        return Decimal(int(number)) if number == number.to_integral_value() else number
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return unguard_formula(value)
    return str(value)  # times, errors (#N/A)


def read_xlsx(path: Path) -> SourceTable:
    """The first sheet of an Excel workbook (read-only mode: rows are streamed)."""
    from zipfile import BadZipFile

    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError) as exc:
        raise _error(
            QT_TRANSLATE_NOOP("Import", "{name} is not a readable Excel (.xlsx) file."),
            name=path.name,
        ) from exc
    table = SourceTable(path.name, "xlsx", [])
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # some tools write a wrong size; read every row there is
        for number, row in enumerate(sheet.iter_rows(), 1):
            cells = tuple(_xlsx_cell(c) for c in row)
            if not any(c not in (None, "") and str(c).strip() for c in cells):
                continue
            if not table.headers:
                table.headers = [cell_text(c).strip() for c in cells]
            else:
                table.rows.append(SourceRow(number, cells))
    finally:
        workbook.close()
    return table


def read_vcard_bytes(data: bytes, name: str = "") -> SourceTable:
    """Cards as rows under :data:`VCARD_HEADERS` (first e-mail and phone of each card)."""
    text, encoding = decode_text(data)
    table = SourceTable(name, "vcf", [*VCARD_HEADERS, VCARD_NOTES], encoding=encoding)
    for card in parse_vcards(text):
        table.rows.append(
            SourceRow(
                card.line,
                (
                    card.first_name,
                    card.last_name,
                    card.full_name,
                    card.emails[0] if card.emails else "",
                    card.phones[0] if card.phones else "",
                    card.organisation,
                    card.title,
                    card.note,
                ),
            )
        )
    if not table.rows:
        table.headers = []
    return table
